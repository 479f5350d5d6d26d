"""Questions the screens ask the local store: lists, counts, one report in full.

Rows come back as detached ORM objects (plain attribute access, no lazy loads),
safe to hand to another thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Select, func, or_, select, text
from sqlalchemy.orm import Session

from .errors import NotFoundError
from .schema import FTS_TABLE, Attachment, Event, OutboxItem, Report
from .search import match_expression


@dataclass(frozen=True)
class ReportFilter:
    """What the filter bar asks for; empty means "everything in scope"."""

    statuses: Sequence[str] = ()
    category_ids: Sequence[str] = ()
    kelurahan_codes: Sequence[str] = ()
    overdue_only: bool = False
    text: str = ""
    pending_only: bool = False  # only reports with work waiting to be sent
    include_out_of_scope: bool = False  # reports moved away that still hold local work


@dataclass
class ReportDetail:
    report: Report
    events: list[Event] = field(default_factory=list)  # oldest first
    attachments: list[Attachment] = field(default_factory=list)
    outbox: list[OutboxItem] = field(default_factory=list)  # this report's unsent work


def apply_filter(stmt: Select, flt: ReportFilter, now: datetime) -> Select:
    """Add the WHERE clauses of ``flt`` to a select over ``Report`` (for custom queries)."""
    if not flt.include_out_of_scope:
        stmt = stmt.where(Report.in_scope.is_(True))
    if flt.statuses:
        stmt = stmt.where(Report.status.in_(list(flt.statuses)))
    if flt.category_ids:
        stmt = stmt.where(Report.category_id.in_(list(flt.category_ids)))
    if flt.kelurahan_codes:
        stmt = stmt.where(Report.kelurahan_code.in_(list(flt.kelurahan_codes)))
    if flt.overdue_only:
        stmt = stmt.where(Report.due_at.is_not(None), Report.due_at < now)
    if flt.pending_only:
        stmt = stmt.where(Report.pending_count > 0)
    expression = match_expression(flt.text)
    if expression is not None:
        matching = text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q").bindparams(
            q=expression
        )
        stmt = stmt.where(Report.rid.in_(matching))
    return stmt


_filtered = apply_filter  # the name the first callers used


def list_reports(
    session: Session,
    flt: ReportFilter = ReportFilter(),
    *,
    limit: int = 200,
    offset: int = 0,
    now: datetime | None = None,
) -> list[Report]:
    """Reports most urgent first: the nearest deadline, then the oldest."""
    now = now or datetime.now(UTC)
    stmt = apply_filter(select(Report), flt, now).order_by(
        Report.due_at.is_(None), Report.due_at, Report.created_at, Report.rid
    )
    return list(session.scalars(stmt.limit(limit).offset(offset)))


def count_reports(
    session: Session, flt: ReportFilter = ReportFilter(), *, now: datetime | None = None
) -> int:
    now = now or datetime.now(UTC)
    stmt = apply_filter(select(func.count()).select_from(Report), flt, now)
    return int(session.scalar(stmt) or 0)


def find_report(session: Session, id_or_number: str) -> Report:
    """A report by its id or its official number."""
    key = id_or_number.strip()
    report = session.scalar(
        select(Report).where(or_(Report.id == key, Report.number == key.upper())).limit(1)
    )
    if report is None:
        raise NotFoundError("report_not_found", f"Laporan {key} tidak ada di profil ini.")
    return report


def get_report(session: Session, id_or_number: str) -> ReportDetail:
    report = find_report(session, id_or_number)
    events = session.scalars(
        select(Event).where(Event.report_id == report.id).order_by(Event.at, Event.id)
    )
    attachments = session.scalars(
        select(Attachment).where(Attachment.report_id == report.id).order_by(Attachment.id)
    )
    outbox = session.scalars(
        select(OutboxItem).where(OutboxItem.report_id == report.id).order_by(OutboxItem.seq)
    )
    return ReportDetail(report, list(events), list(attachments), list(outbox))


def visible_server_count(session: Session) -> int:
    """Reports of this profile the server also counts (in scope, known to it)."""
    stmt = (
        select(func.count())
        .select_from(Report)
        .where(Report.in_scope.is_(True), Report.server_status.is_not(None))
    )
    return int(session.scalar(stmt) or 0)
