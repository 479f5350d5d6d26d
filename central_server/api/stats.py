"""GET /api/v1/stats/summary: the dashboard figures of the viewer's scope."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy.orm import Session

from crm_shared.domain import Role
from crm_shared.protocol.wire import StatsSummary

from ..auth import CurrentOfficer, current_officer
from ..clock import as_utc, utcnow
from ..db import get_session
from ..errors import ApiError
from ..stats import summary as stats_summary

router = APIRouter(prefix="/stats")


@router.get("/summary")
def summary(
    officer: Annotated[CurrentOfficer, Depends(current_officer)],
    session: Annotated[Session, Depends(get_session)],
    month: Annotated[str | None, Query(pattern=r"^\d{4}-(0[1-9]|1[0-2])$")] = None,
    at: Annotated[datetime | None, Query()] = None,
) -> StatsSummary:
    if officer.role is not Role.SUPERVISOR:
        raise ApiError(403, "role_forbidden", "Hanya pimpinan unit yang dapat melihat dasbor unit.")
    when = utcnow() if at is None else as_utc(at)
    try:
        return stats_summary(session, officer, when, month)
    finally:
        session.rollback()  # only reads
