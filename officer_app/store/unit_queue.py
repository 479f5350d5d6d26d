"""The supervisor's unit queue, read from the profile in one go (no Qt).

Every in-scope report of the unit and its sub-units with its running deadline,
the officers' workload, and the units a decision may name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from crm_shared.domain import Channel, ReportClock, SlaPolicy, Status
from crm_shared.domain import deadlines as domain_deadlines

from .db import Store
from .records import sla_policy
from .schema import Category, Officer, Report, Unit
from .state import reference_data
from .workload import OfficerLoad, unit_subtree, workload


def running_deadline(report: Any, policy: SlaPolicy) -> tuple[datetime, datetime] | None:
    """(start, due) of the report's next running deadline, or None."""
    clock = ReportClock(
        status=Status(report.status),
        channel=Channel(report.channel),
        created_at=report.created_at,
        landed_at=report.landed_at,
        first_response_at=report.first_response_at,
        followup_at=report.followup_at,
        estimated_completion=report.estimated_completion,
    )
    running = domain_deadlines(clock, policy.rule_for(report.category_id, Channel(report.channel)))
    return (running[0].start, running[0].due) if running else None


@dataclass(frozen=True)
class QueueRow:
    id: str
    number: str
    category: str
    unit_id: str
    unit: str
    assignee_id: str | None
    assignee: str
    status: Status
    priority: str
    start: datetime | None
    due: datetime | None
    category_id: str = ""  # for the category's usual agency when forwarding

    def urgency(self, now: datetime) -> str:
        """ "overdue", "near" (less than a quarter of the time left) or ""."""
        if self.due is None or self.start is None:
            return ""
        if now > self.due:
            return "overdue"
        if self.due - now < (self.due - self.start) / 4:
            return "near"
        return ""


@dataclass
class QueueData:
    rows: list[QueueRow] = field(default_factory=list)
    loads: list[OfficerLoad] = field(default_factory=list)
    units: list[tuple[str, str, str]] = field(default_factory=list)  # id, name, kind
    parent_of: dict[str, str | None] = field(default_factory=dict)
    now: datetime = field(default_factory=lambda: datetime.now(UTC))


def load_queue(store: Store, unit_id: str) -> QueueData:
    """Everything the queue page shows, read in one go (runs in a worker)."""
    now = datetime.now(UTC)
    with store.read() as s:
        units = unit_subtree(s, unit_id)
        ref, _ = reference_data(s)
        policy = sla_policy(ref)
        unit_rows = s.execute(select(Unit.id, Unit.name, Unit.kind, Unit.parent_id)).tuples().all()
        names = {u: n for u, n, _k, _p in unit_rows}
        categories = dict(s.execute(select(Category.id, Category.name)).tuples().all())
        officers = dict(s.execute(select(Officer.id, Officer.name)).tuples().all())
        reports = list(
            s.scalars(
                select(Report)
                .where(Report.in_scope.is_(True), Report.unit_id.in_(units))
                .order_by(Report.due_at.is_(None), Report.due_at, Report.created_at)
            )
        )
        loads = workload(s, units, now=now)
    rows = []
    for r in reports:
        deadline = running_deadline(r, policy)
        rows.append(
            QueueRow(
                id=r.id,
                number=r.number,
                category=categories.get(r.category_id, r.category_id),
                unit_id=r.unit_id,
                unit=names.get(r.unit_id, r.unit_id),
                assignee_id=r.assignee_id,
                assignee=officers.get(r.assignee_id or "", r.assignee_id or ""),
                status=Status(r.status),
                priority=r.priority,
                start=deadline[0] if deadline else None,
                due=deadline[1] if deadline else None,
                category_id=r.category_id,
            )
        )
    return QueueData(
        rows=rows,
        loads=loads,
        units=[(u, n, k) for u, n, k, _p in unit_rows if u in units or k in ("dinas", "sudin")],
        parent_of={u: p for u, _n, _k, p in unit_rows},
        now=now,
    )
