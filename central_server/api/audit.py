"""GET /api/v1/audit: the audit log of the supervisor's unit subtree, oldest first.

Read-only: no route changes or deletes an entry (the table refuses UPDATE and
DELETE itself, ``central_server.audit``). An entry is in scope when its unit is
in the supervisor's subtree or it concerns a report currently there.

POST /api/v1/audit/exports: a supervisor's workstation tells the server it
exported figures (CSV/PDF); one entry of kind ``export`` is appended, nothing
else is touched.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from crm_shared.domain import Role
from crm_shared.protocol.wire import AuditEntryOut, AuditPage, ExportNotice

from .. import audit
from ..auth import CurrentOfficer, current_officer
from ..clock import as_utc
from ..db import get_session, get_write_session
from ..errors import ApiError
from ..models import AuditEntry, Report
from ..scoping import descendant_units

router = APIRouter(prefix="/audit")

MAX_LIMIT = 500


@router.get("")
def audit_log(
    officer: Annotated[CurrentOfficer, Depends(current_officer)],
    session: Annotated[Session, Depends(get_session)],
    cursor: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
) -> AuditPage:
    if officer.role is not Role.SUPERVISOR:
        raise ApiError(
            403, "role_forbidden", "Hanya pimpinan unit yang dapat melihat log audit unitnya."
        )
    try:
        units = sorted(descendant_units(session, officer.unit_id))
        in_units = select(Report.id).where(Report.unit_id.in_(units))
        rows = session.scalars(
            select(AuditEntry)
            .where(
                AuditEntry.id > cursor,
                or_(AuditEntry.unit_id.in_(units), AuditEntry.report_id.in_(in_units)),
            )
            .order_by(AuditEntry.id)
            .limit(limit + 1)
        ).all()
        entries = [
            AuditEntryOut(
                id=r.id,
                at=as_utc(r.at),
                actor_id=r.actor_id,
                kind=r.kind,
                report_id=r.report_id,
                unit_id=r.unit_id,
                detail=dict(r.detail or {}),
            )
            for r in rows[:limit]
        ]
    finally:
        session.rollback()  # only reads
    return AuditPage(
        entries=entries,
        next_cursor=entries[-1].id if entries else cursor,
        has_more=len(rows) > limit,
    )


@router.post("/exports", status_code=201)
def export_notice(
    body: ExportNotice,
    response: Response,
    officer: Annotated[CurrentOfficer, Depends(current_officer)],
    session: Annotated[Session, Depends(get_write_session)],
) -> AuditEntryOut:
    """Append one ``export`` entry: who exported what, in the supervisor's unit.

    A notice sent again with the same ``notice_id`` (its answer was lost) is
    answered ``200`` with the entry recorded the first time: exports are counted
    once however often a workstation has to ask.
    """
    if officer.role is not Role.SUPERVISOR:
        raise ApiError(
            403, "role_forbidden", "Hanya pimpinan unit yang dapat melaporkan ekspor data unitnya."
        )
    with session.begin():
        row = _recorded_notice(session, officer.id, body.notice_id)
        if row is not None:
            response.status_code = 200
        else:
            detail: dict[str, object] = {
                "format": body.format,
                "what": body.what,
                "rows": body.rows,
                "happened_at": body.happened_at.isoformat(),
            }
            if body.notice_id:
                detail["notice_id"] = body.notice_id
            row = audit.record(
                session,
                audit.AuditKind.EXPORT,
                actor_id=officer.id,
                unit_id=officer.unit_id,
                detail=detail,
            )
            session.flush()  # the entry's id
        return AuditEntryOut(
            id=row.id,
            at=as_utc(row.at),
            actor_id=row.actor_id,
            kind=row.kind,
            unit_id=row.unit_id,
            detail=dict(row.detail or {}),
        )


def _recorded_notice(session: Session, actor_id: str, notice_id: str | None) -> AuditEntry | None:
    if not notice_id:
        return None
    return session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.actor_id == actor_id,
            AuditEntry.kind == audit.AuditKind.EXPORT,
            AuditEntry.detail["notice_id"].as_string() == notice_id,
        )
        .order_by(AuditEntry.id)
        .limit(1)
    ).first()
