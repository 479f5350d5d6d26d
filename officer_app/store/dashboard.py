"""The supervisor's dashboard, computed in SQL on the local profile (no Qt).

The definitions are those of the server's ``GET /api/v1/stats/summary``: both
turn what their SQL read into figures through ``crm_shared.stats`` (one
definition; docs/sync-protocol.md "Dashboard figures"). The reports counted are
those the server also counts for this user: in scope and known to the server.
Local work not yet sent shows in the local status at once (so the two agree after
a sync, when nothing is waiting).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import numpy as np
from sqlalchemy import text
from sqlalchemy.orm import Session

from crm_shared.domain.rating import RATING_EVENT
from crm_shared.protocol.wire import StatsFigures, StatsSummary
from crm_shared.stats import (
    FOLLOWUP_TARGET_HOURS,
    RESPONSE_TARGET_HOURS,
    TARGET_SLACK_HOURS,
    OnTime,
    channel_labels,
    figures,
    target_cuts,
    with_ratings,
)
from crm_shared.stats import summary as figures_summary

from .bulk import sql_datetime
from .records import ChangeSet

GROUPINGS: dict[str, str] = {
    "kelurahan": "coalesce(kelurahan_code, '')",
    "category": "category_id",
    "channel": "channel",
    "month": "strftime('%Y-%m', created_at, '+7 hours')",  # Jakarta month
    "unit": "unit_id",
}

_SCOPE = "in_scope = 1 AND server_status IS NOT NULL"

# The fields the figures read ("*": a report new to the profile): a change to any
# other field (a timeline entry, the count of waiting actions) leaves them as they
# are; "rating": a citizen's rating arrived (sync.merge marks it).
FIGURE_FIELDS = frozenset(
    {"*", "in_scope", "server_status", "status", "created_at", "landed_at", "due_at"}
    | {"rating"}
    | {"first_response_at", "followup_at", "completed_at", "estimated_completion"}
    | {"kelurahan_code", "category_id", "channel", "unit_id"}
)


def touches(changes: ChangeSet) -> bool:
    """Whether ``changes`` can change a figure of the dashboard."""
    return bool(changes.removed) or any(
        fields & FIGURE_FIELDS for fields in changes.changed.values()
    )


def summary(
    session: Session, *, at: datetime | None = None, month: str | None = None
) -> StatsSummary:
    """All figures of the dashboard for this profile's scope."""
    at = at or datetime.now(UTC)
    where = scope_where(month)
    params = query_params(at, month)
    try:
        computed = _all_figures(session, where, params, at)
    except ValueError:  # a timestamp numpy cannot read: the per-grouping SQL below
        computed = {
            grouping: _figures(session, where, key, params)
            for grouping, key in {"": "''", **GROUPINGS}.items()
        }
    computed = with_ratings(computed, _ratings(session, where, params))
    return figures_summary(computed, _labels(session), at=at, month=month)


def query_params(at: datetime, month: str | None) -> dict[str, Any]:
    """The SQL parameters of the figures as of ``at`` (for ``scope_where(month)``)."""
    response_cut, followup_cut = target_cuts(at)
    return {
        "at": sql_datetime(at),
        "month": month,
        "response_cut": sql_datetime(response_cut),
        "followup_cut": sql_datetime(followup_cut),
    }


def _ratings(
    session: Session, where: str, params: dict[str, Any]
) -> dict[str, dict[str, tuple[int, int]]]:
    """(count, sum of scores) of the citizens' ratings (timeline events with a score)
    per key of every grouping, over the same reports as the other figures."""
    rated = (
        "SELECT r.*, e.rating AS score FROM reports r JOIN events e ON e.report_id = r.id"
        f" WHERE e.type = '{RATING_EVENT}' AND e.rating IS NOT NULL"
    )
    out: dict[str, dict[str, tuple[int, int]]] = {}
    for grouping, key in {"": "''", **GROUPINGS}.items():
        rows = session.execute(
            text(
                f"SELECT {key} AS k, count(*), sum(score) FROM ({rated}) WHERE {where} GROUP BY k"
            ),
            params,
        ).all()
        out[grouping] = {str(k or ""): (int(n), int(total or 0)) for k, n, total in rows}
    return out


# The row fields of the one-scan path, in order (see _all_figures).
_ROW_FIELDS = (
    "coalesce(kelurahan_code, '')",
    "coalesce(category_id, '')",
    "coalesce(channel, '')",
    "coalesce(unit_id, '')",
    # c: completed, r: rejected, o: open and overdue, n: open
    "CASE status WHEN 'selesai' THEN 'c' WHEN 'ditolak' THEN 'r'"
    " ELSE CASE WHEN due_at IS NOT NULL AND due_at < :at THEN 'o' ELSE 'n' END END",
    "created_at",
    "coalesce(first_response_at, 'NaT')",
    "coalesce(followup_at, 'NaT')",
)
_FLAGS = 4  # one character per report, concatenated without a separator
_FLAG_SEP = "''"
_SEP = "\x1f"  # unit separator (char(31)): never part of an id, a code or a timestamp


def scan_sql(where: str) -> str:
    """The one aggregate pass of ``_all_figures``: every group_concat sees the same
    rows in the same order. It reads only columns of the covering index
    ``ix_reports_dashboard`` (migration 0006), never the encrypted table rows."""
    columns = ", ".join(
        f"group_concat({field}, {_FLAG_SEP if i == _FLAGS else 'char(31)'})"
        for i, field in enumerate(_ROW_FIELDS)
    )
    return f"SELECT count(*), {columns} FROM reports WHERE {where}"


def scope_where(month: str | None) -> str:
    """The reports the dashboard counts: in scope, known to the server (and of a month)."""
    return _SCOPE + (" AND strftime('%Y-%m', created_at, '+7 hours') = :month" if month else "")


def _all_figures(
    session: Session, where: str, params: dict[str, Any], at: datetime
) -> dict[str, list[StatsFigures]]:
    """Every grouping from ONE scan of the reports (numpy does the grouping).

    The per-grouping SQL (``_figures``) scans the wide reports table three times
    per grouping and sorts for every median: 3.5 s at 100,000 reports on a 2-core
    machine. Here SQLite reads the narrow fields once and hands them over as one
    string (a single Python object, not 800,000), and numpy counts with bincount
    and takes medians from one value sort per column plus a stable sort by group. The definitions
    are the SQL's: a median is the middle value, or the mean of the two middle
    values, of the non-null hours in a group; groups come in key order.
    Raises ValueError when a stored timestamp is not in the store's format.
    """
    row = session.execute(text(scan_sql(where)), params).one()
    n = int(row[0])
    if not n:
        return {grouping: [] for grouping in ("", *GROUPINGS)}
    fields = [str(v).split(_SEP) for v in row[1:]]
    flag_text = str(row[1 + _FLAGS])
    if len(flag_text) != n or any(len(f) != n for i, f in enumerate(fields) if i != _FLAGS):
        raise ValueError("a field holds the separator")
    flags = np.frombuffer(flag_text.encode("ascii"), dtype=np.uint8)
    created = np.array(fields[5], dtype="datetime64[us]")
    hours = {
        "response": _hours_since(fields[6], created),
        "followup": _hours_since(fields[7], created),
    }
    # Jakarta month (UTC+7, no daylight saving) of each report's creation, as a
    # month number: integers group far faster than strings.
    months = (created + np.timedelta64(7, "h")).astype("datetime64[M]").astype(np.int64)
    keys: dict[str, Any] = {
        "": None,
        "kelurahan": fields[0],
        "category": fields[1],
        "channel": fields[2],
        "month": months,
        "unit": fields[3],
    }
    completed = flags == ord("c")
    rejected = flags == ord("r")
    overdue = flags == ord("o")
    # The target rates (crm_shared.stats.on_time): nan (not done) compares False.
    response_cut, followup_cut = (_utc64(cut) for cut in target_cuts(at))
    response_due = created <= response_cut
    response_met = response_due & (hours["response"] <= RESPONSE_TARGET_HOURS + TARGET_SLACK_HOURS)
    followup_due = (created <= followup_cut) & ~rejected
    followup_met = followup_due & (hours["followup"] <= FOLLOWUP_TARGET_HOURS + TARGET_SLACK_HOURS)
    on_time = (response_due, response_met, followup_due, followup_met)
    # Sorted once by value; each grouping then only needs a stable sort by group.
    by_value = {name: _sorted_known(v) for name, v in hours.items()}
    out: dict[str, list[StatsFigures]] = {}
    for grouping, values in keys.items():
        codes: np.ndarray[Any, Any]
        if values is None:
            names, codes = [""], np.zeros(n, dtype=np.int64)
        elif grouping == "month":
            numbers, codes = np.unique(values, return_inverse=True)
            names = list(np.datetime_as_string(numbers.astype("datetime64[M]"), unit="M"))
        else:
            names, codes = _codes(values)
        m = len(names)
        total = np.bincount(codes, minlength=m)
        done = np.bincount(codes, weights=completed, minlength=m)
        refused = np.bincount(codes, weights=rejected, minlength=m)
        late = np.bincount(codes, weights=overdue, minlength=m)
        targets = [np.bincount(codes, weights=w, minlength=m).astype(np.int64) for w in on_time]
        response = _group_medians(codes, *by_value["response"], m)
        followup = _group_medians(codes, *by_value["followup"], m)
        out[grouping] = [
            figures(
                str(names[i]),
                total=int(total[i]),
                completed=int(done[i]),
                rejected=int(refused[i]),
                overdue=int(late[i]),
                median_response_hours=response[i],
                median_followup_hours=followup[i],
                targets=OnTime(*(int(t[i]) for t in targets)),
            )
            for i in range(m)
        ]
    return out


def _utc64(moment: datetime) -> Any:
    """A moment as numpy reads the store's UTC timestamps (naive, microseconds)."""
    return np.datetime64(moment.astimezone(UTC).replace(tzinfo=None), "us")


def _hours_since(stamps: Sequence[str], created: Any) -> Any:
    at = np.array(stamps, dtype="datetime64[us]")
    hours = (at - created).astype(np.float64) / 3.6e9  # microseconds -> hours
    hours[np.isnat(at)] = np.nan  # NaT converts to a huge negative number, not nan
    return hours


def _codes(values: Sequence[str]) -> tuple[list[str], Any]:
    """Sorted distinct values and each value's index among them (as np.unique, faster)."""
    names = sorted(dict.fromkeys(values))
    index = {name: i for i, name in enumerate(names)}
    codes = np.fromiter(map(index.__getitem__, values), dtype=np.int64, count=len(values))
    small = np.int16 if len(names) < 2**15 else np.int64  # radix sort below
    return names, codes.astype(small)


def _sorted_known(values: Any) -> tuple[Any, Any]:
    """Indices of the non-null values in ascending value order, and those values."""
    known = np.flatnonzero(~np.isnan(values))
    order = known[np.argsort(values[known], kind="stable")]
    return order, values[order]


def _group_medians(codes: Any, order: Any, ordered: Any, groups: int) -> list[float | None]:
    group_of = codes[order]
    regroup = np.argsort(group_of, kind="stable")  # value order kept inside each group
    ordered = ordered[regroup]
    counts = np.bincount(group_of, minlength=groups)
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    out: list[float | None] = []
    for start, count in zip(starts.tolist(), counts.tolist(), strict=True):
        if not count:
            out.append(None)
            continue
        low, high = ordered[start + (count - 1) // 2], ordered[start + count // 2]
        out.append(float((low + high) / 2))
    return out


def _figures(session: Session, where: str, key: str, params: dict[str, Any]) -> list[StatsFigures]:
    # One pass for the counts; one window query per median (ordered within each group).
    counts = session.execute(
        text(
            f"SELECT {key} AS k, count(*),"
            " sum(status = 'selesai'), sum(status = 'ditolak'),"
            " sum(status NOT IN ('selesai', 'ditolak') AND due_at IS NOT NULL AND due_at < :at),"
            # the target counts (crm_shared.stats.on_time)
            " sum(created_at <= :response_cut),"
            " sum(created_at <= :response_cut"
            f" AND {_within('first_response_at', RESPONSE_TARGET_HOURS)}),"
            " sum(created_at <= :followup_cut AND status != 'ditolak'),"
            " sum(created_at <= :followup_cut AND status != 'ditolak'"
            f" AND {_within('followup_at', FOLLOWUP_TARGET_HOURS)})"
            f" FROM reports WHERE {where} GROUP BY k ORDER BY k"
        ),
        params,
    ).all()
    response = _medians(session, where, key, "first_response_at", params)
    followup = _medians(session, where, key, "followup_at", params)
    return [
        figures(
            str(k or ""),
            total=int(total),
            completed=int(completed or 0),
            rejected=int(rejected or 0),
            overdue=int(overdue or 0),
            median_response_hours=response.get(str(k or "")),
            median_followup_hours=followup.get(str(k or "")),
            targets=OnTime(*(int(c or 0) for c in targets)),
        )
        for k, total, completed, rejected, overdue, *targets in counts
    ]


def _within(column: str, target: float) -> str:
    hours = f"(julianday({column}) - julianday(created_at)) * 24.0"
    return f"{column} IS NOT NULL AND {hours} <= {target + TARGET_SLACK_HOURS!r}"


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
    channels = channel_labels()
    return {"unit": units, "kelurahan": kelurahan, "category": categories, "channel": channels}


def months(session: Session) -> list[str]:
    """The months (YYYY-MM, Jakarta time) that have reports in scope, newest first."""
    rows = session.execute(
        text(
            f"SELECT DISTINCT {GROUPINGS['month']} AS m FROM reports WHERE {_SCOPE} ORDER BY m DESC"
        )
    ).scalars()
    return [str(m) for m in rows if m]
