"""The supervisor's dashboard, computed in SQL on the local profile (no Qt).

The definitions are those of the server's ``GET /api/v1/stats/summary``
(``central_server/stats.py``, docs/sync-protocol.md "Dashboard figures"); the
figures use the wire model ``StatsSummary`` so that both can be compared as they
are. The reports counted are those the server also counts for this user: in
scope and known to the server. Local work not yet sent shows in the local
status at once (so the two agree after a sync, when nothing is waiting).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from officer_app.domain import Channel
from officer_app.sync.wire import StatsFigures, StatsSummary

from .bulk import sql_datetime

GROUPINGS: dict[str, str] = {
    "kelurahan": "coalesce(kelurahan_code, '')",
    "category": "category_id",
    "channel": "channel",
    "month": "strftime('%Y-%m', created_at, '+7 hours')",  # Jakarta month
    "unit": "unit_id",
}

_SCOPE = "in_scope = 1 AND server_status IS NOT NULL"


def summary(
    session: Session, *, at: datetime | None = None, month: str | None = None
) -> StatsSummary:
    """All figures of the dashboard for this profile's scope."""
    at = at or datetime.now(UTC)
    where = _SCOPE + (" AND strftime('%Y-%m', created_at, '+7 hours') = :month" if month else "")
    params: dict[str, Any] = {"at": sql_datetime(at), "month": month}
    labels = _labels(session)
    groups: dict[str, list[StatsFigures]] = {}
    for grouping, key in {"": "''", **GROUPINGS}.items():
        figures = _figures(session, where, key, params)
        names = labels.get(grouping, {})
        for f in figures:
            f.label = names.get(f.key, f.key)
        groups[grouping] = figures
    overall = groups[""][0] if groups[""] else _empty()
    return StatsSummary(
        at=at,
        month=month,
        overall=overall,
        by_kelurahan=groups["kelurahan"],
        by_category=groups["category"],
        by_channel=groups["channel"],
        by_month=groups["month"],
        by_unit=rank_units(groups["unit"]),
    )


def _empty() -> StatsFigures:
    return StatsFigures(key="", total=0, completed=0, rejected=0, open=0, overdue=0)


def _figures(session: Session, where: str, key: str, params: dict[str, Any]) -> list[StatsFigures]:
    # One pass for the counts; one window query per median (ordered within each group).
    counts = session.execute(
        text(
            f"SELECT {key} AS k, count(*),"
            " sum(status = 'selesai'), sum(status = 'ditolak'),"
            " sum(status NOT IN ('selesai', 'ditolak') AND due_at IS NOT NULL AND due_at < :at)"
            f" FROM reports WHERE {where} GROUP BY k ORDER BY k"
        ),
        params,
    ).all()
    response = _medians(session, where, key, "first_response_at", params)
    followup = _medians(session, where, key, "followup_at", params)
    out = []
    for k, total, completed, rejected, overdue in counts:
        k = str(k or "")
        total, completed, rejected = int(total), int(completed or 0), int(rejected or 0)
        counted = total - rejected
        out.append(
            StatsFigures(
                key=k,
                total=total,
                completed=completed,
                rejected=rejected,
                open=total - completed - rejected,
                overdue=int(overdue or 0),
                completion_rate=completed / counted if counted else None,
                median_response_hours=response.get(k),
                median_followup_hours=followup.get(k),
            )
        )
    return out


def _medians(
    session: Session, where: str, key: str, column: str, params: dict[str, Any]
) -> dict[str, float]:
    hours = f"(julianday({column}) - julianday(created_at)) * 24.0"
    rows = session.execute(
        text(
            "SELECT k, avg(v) FROM ("
            f" SELECT {key} AS k, {hours} AS v,"
            f"  row_number() OVER (PARTITION BY {key} ORDER BY {hours}) AS rn,"
            f"  count(*) OVER (PARTITION BY {key}) AS c"
            f" FROM reports WHERE {where} AND {column} IS NOT NULL"
            ") WHERE rn >= (c + 1) / 2 AND rn <= (c + 2) / 2 GROUP BY k"
        ),
        params,
    ).all()
    return {str(k or ""): float(v) for k, v in rows if v is not None}


def _labels(session: Session) -> dict[str, dict[str, str]]:
    units = dict(session.execute(text("SELECT id, name FROM units")).tuples().all())
    kelurahan = {
        code: name
        for code, name in session.execute(
            text("SELECT code, name FROM units WHERE kind = 'kelurahan' AND code IS NOT NULL")
        ).tuples()
    }
    categories = dict(session.execute(text("SELECT id, name FROM categories")).tuples().all())
    channels = {c.value: c.label for c in Channel}
    return {"unit": units, "kelurahan": kelurahan, "category": categories, "channel": channels}


def rank_units(figures: Sequence[StatsFigures]) -> list[StatsFigures]:
    """The province's monthly ranking: completion first, then response time, then id."""

    def order(f: StatsFigures) -> tuple[float, float, str]:
        rate = f.completion_rate if f.completion_rate is not None else -1.0
        hours = f.median_response_hours
        return (-rate, hours if hours is not None else float("inf"), f.key)

    ranked = sorted(figures, key=order)
    return [f.model_copy(update={"rank": i}) for i, f in enumerate(ranked, start=1)]


def months(session: Session) -> list[str]:
    """The months (YYYY-MM, Jakarta time) that have reports in scope, newest first."""
    rows = session.execute(
        text(
            f"SELECT DISTINCT {GROUPINGS['month']} AS m FROM reports WHERE {_SCOPE} ORDER BY m DESC"
        )
    ).scalars()
    return [str(m) for m in rows if m]
