"""The change feed: GET /api/v1/sync/changes (keyset paging on the change sequence).

The page is read below a ceiling M (the change sequence when the request
started). Changes commit in sequence order (numbering.py), so everything at or
below M is committed when M is visible, and a cursor of M skips nothing.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_shared.domain import Role
from crm_shared.protocol.wire import ChangesResponse

from .auth import CurrentOfficer
from .models import Report, ScopeExit
from .numbering import current_seq
from .scoping import Scope
from .serialize import reports_out


def changes(session: Session, officer: CurrentOfficer, cursor: int, limit: int) -> ChangesResponse:
    ceiling = current_seq(session)
    scope = Scope.of(session, officer)
    in_scope = scope.where()
    # Plain rows (attribute access like the mapped class): no ORM objects to build
    # for pages of thousands of reports.
    rows = list(
        session.execute(
            select(Report.__table__)
            .where(in_scope, Report.seq > cursor, Report.seq <= ceiling)
            .order_by(Report.seq)
            .limit(limit + 1)
        )
    )
    has_more = len(rows) > limit
    rows = rows[:limit]
    page_end = rows[-1].seq if has_more else max(ceiling, cursor)
    removed = _removed(session, scope, cursor, page_end)
    total = session.execute(select(func.count()).select_from(Report).where(in_scope)).scalar_one()
    return ChangesResponse(
        reports=reports_out(session, rows, officer),
        removed=removed,
        cursor=page_end,
        has_more=has_more,
        total_visible=int(total),
    )


def _removed(session: Session, scope: Scope, after: int, upto: int) -> list[str]:
    """Reports that left this scope in (after, upto] and are not visible now."""
    if upto <= after or scope.role is Role.DESK:
        # A desk's scope (the reports it created) never shrinks.
        return []
    exits = session.execute(
        select(ScopeExit.report_id, ScopeExit.old_unit_id, ScopeExit.old_status)
        .where(ScopeExit.seq > after, ScopeExit.seq <= upto)
        .order_by(ScopeExit.seq)
    ).all()
    candidates: list[str] = []
    for report_id, old_unit, old_status in exits:
        if scope.contains(old_unit, old_status, None) and report_id not in candidates:
            candidates.append(report_id)
    if not candidates:
        return []
    visible = set(
        session.execute(select(Report.id).where(Report.id.in_(candidates), scope.where())).scalars()
    )
    return [rid for rid in candidates if rid not in visible]
