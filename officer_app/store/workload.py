"""Workload of each officer of a unit, in SQL on the local profile (no Qt).

Per field officer: open reports assigned to them, how many are overdue, the median
time from a report's creation to its first response and to its follow-up, and how
many follow-ups they recorded this week and this month (Jakarta calendar). The
suggestion of who has room when reassigning is the officer with the lowest
``open + 3 x overdue`` (an overdue report weighs as much as three waiting ones).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from crm_shared.domain import JAKARTA_TZ, Role

from .bulk import sql_datetime

OVERDUE_WEIGHT = 3


@dataclass(frozen=True)
class OfficerLoad:
    officer_id: str
    name: str
    unit_id: str
    open: int = 0
    overdue: int = 0
    median_response_hours: float | None = None
    median_followup_hours: float | None = None
    done_this_week: int = 0
    done_this_month: int = 0

    @property
    def score(self) -> int:
        """Lower means more room."""
        return self.open + OVERDUE_WEIGHT * self.overdue


def unit_subtree(session: Session, unit_id: str) -> list[str]:
    """The unit and every unit below it (from the reference data)."""
    rows = session.execute(text("SELECT id, parent_id FROM units")).tuples().all()
    children: dict[str, list[str]] = {}
    for uid, parent in rows:
        if parent:
            children.setdefault(parent, []).append(uid)
    found, stack = [unit_id], [unit_id]
    while stack:
        for child in children.get(stack.pop(), []):
            if child not in found:
                found.append(child)
                stack.append(child)
    return found


def period_starts(now: datetime) -> tuple[datetime, datetime]:
    """The start of this week (Monday) and this month, Jakarta time, as aware datetimes."""
    local = now.astimezone(JAKARTA_TZ)
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight - timedelta(days=local.weekday()), midnight.replace(day=1)


def workload(
    session: Session, unit_ids: Sequence[str], *, now: datetime | None = None
) -> list[OfficerLoad]:
    """The field officers of ``unit_ids`` with their load, most room first."""
    now = now or datetime.now(UTC)
    week, month = period_starts(now)
    units = list(unit_ids)
    officers = (
        session.execute(
            text(
                "SELECT id, name, unit_id FROM officers WHERE role = :role AND unit_id IN :units"
            ).bindparams(bindparam("units", expanding=True)),
            {"role": Role.FIELD_OFFICER.value, "units": units},
        )
        .tuples()
        .all()
    )
    if not officers:
        return []
    ids = [o[0] for o in officers]
    params: dict[str, Any] = {
        "ids": ids,
        "now": sql_datetime(now),
        "week": sql_datetime(week),
        "month": sql_datetime(month),
    }
    counts = {
        row[0]: row[1:]
        for row in session.execute(
            text(
                "SELECT assignee_id,"
                " sum(status NOT IN ('selesai', 'ditolak')),"
                " sum(status NOT IN ('selesai', 'ditolak') AND due_at IS NOT NULL"
                "     AND due_at < :now),"
                " sum(followup_at >= :week), sum(followup_at >= :month)"
                " FROM reports WHERE in_scope = 1 AND assignee_id IN :ids"
                " GROUP BY assignee_id"
            ).bindparams(bindparam("ids", expanding=True)),
            params,
        ).tuples()
    }
    response = _medians(session, "first_response_at", ids)
    followup = _medians(session, "followup_at", ids)
    loads = []
    for officer_id, name, unit_id in officers:
        open_, overdue, week_n, month_n = counts.get(officer_id, (0, 0, 0, 0))
        loads.append(
            OfficerLoad(
                officer_id=officer_id,
                name=name,
                unit_id=unit_id,
                open=int(open_ or 0),
                overdue=int(overdue or 0),
                median_response_hours=response.get(officer_id),
                median_followup_hours=followup.get(officer_id),
                done_this_week=int(week_n or 0),
                done_this_month=int(month_n or 0),
            )
        )
    return sorted(loads, key=lambda w: (w.score, w.overdue, w.name, w.officer_id))


def _medians(session: Session, column: str, ids: Sequence[str]) -> dict[str, float]:
    hours = f"(julianday({column}) - julianday(created_at)) * 24.0"
    rows = session.execute(
        text(
            "SELECT k, avg(v) FROM ("
            f" SELECT assignee_id AS k, {hours} AS v,"
            f"  row_number() OVER (PARTITION BY assignee_id ORDER BY {hours}) AS rn,"
            "  count(*) OVER (PARTITION BY assignee_id) AS c"
            f" FROM reports WHERE in_scope = 1 AND assignee_id IN :ids AND {column} IS NOT NULL"
            ") WHERE rn >= (c + 1) / 2 AND rn <= (c + 2) / 2 GROUP BY k"
        ).bindparams(bindparam("ids", expanding=True)),
        {"ids": list(ids)},
    ).tuples()
    return {k: float(v) for k, v in rows if v is not None}


def suggest(loads: Sequence[OfficerLoad], unit_id: str | None = None) -> OfficerLoad | None:
    """Who has the most room (of ``unit_id`` when given): the lowest weighted load."""
    candidates = [w for w in loads if unit_id is None or w.unit_id == unit_id]
    if not candidates:
        return None
    return min(candidates, key=lambda w: (w.score, w.overdue, w.name, w.officer_id))
