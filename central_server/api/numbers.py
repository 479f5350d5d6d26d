"""POST /api/v1/numbers/lease and /api/v1/numbers/lease/{lease_id}/return (desk only)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request, Response
from sqlalchemy.orm import Session

from crm_shared.domain import Role
from crm_shared.protocol.wire import LeaseRequest, LeaseResponse, LeaseReturn

from ..auth import CurrentOfficer, current_officer
from ..db import get_write_session
from ..errors import ApiError
from ..leases import lease_numbers, return_numbers

router = APIRouter(prefix="/numbers")


def _desk_only(officer: CurrentOfficer) -> None:
    if officer.role is not Role.DESK:
        raise ApiError(
            403, "role_forbidden", "Hanya petugas meja pengaduan yang dapat meminta nomor laporan."
        )


@router.post("/lease")
def lease(
    body: LeaseRequest,
    request: Request,
    officer: Annotated[CurrentOfficer, Depends(current_officer)],
    session: Annotated[Session, Depends(get_write_session)],
) -> LeaseResponse:
    _desk_only(officer)
    quota = request.app.state.config.lease_quota
    with session.begin():
        lease_id, numbers, expires_at = lease_numbers(session, officer, body.count, quota)
    return LeaseResponse(lease_id=lease_id, numbers=numbers, expires_at=expires_at)


@router.post("/lease/{lease_id}/return", status_code=204)
def return_lease(
    lease_id: Annotated[str, Path(min_length=1, max_length=100)],
    body: LeaseReturn,
    officer: Annotated[CurrentOfficer, Depends(current_officer)],
    session: Annotated[Session, Depends(get_write_session)],
) -> Response:
    _desk_only(officer)
    with session.begin():
        return_numbers(session, officer, lease_id, body.unused)
    return Response(status_code=204)
