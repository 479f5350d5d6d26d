"""The figures of the supervisor dashboard, computed by the server for one scope.

The definitions are ``crm_shared.stats`` (the workstation's
``officer_app.store.dashboard`` turns its own SQL into figures through it too; a
test compares both for a seeded data set). Here:

- the reports are those of the viewer's scope (``scoping.Scope``), optionally only
  those created in one month (``YYYY-MM``, Jakarta time);
- ``overdue``: the next deadline comes from ``crm_shared.domain`` with the server's
  SLA rules;
- the 24-hour response and 7-day follow-up rates count in the same SQL pass as the
  totals (``crm_shared.stats.on_time`` is the definition).

Counts and medians are SQL (window functions: portable to SQLite and PostgreSQL);
only the deadline rule runs in Python, through the one definition of the domain.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal_column, select
from sqlalchemy.orm import Session

from crm_shared.domain import Channel, ReportClock, Status
from crm_shared.domain import next_deadline as domain_next_deadline
from crm_shared.protocol.wire import StatsFigures, StatsSummary
from crm_shared.stats import (
    FOLLOWUP_TARGET_HOURS,
    GROUPINGS,
    RESPONSE_TARGET_HOURS,
    TARGET_SLACK_HOURS,
    OnTime,
    channel_labels,
    figures,
    target_cuts,
    with_ratings,
)
from crm_shared.stats import summary as figures_summary

from .auth import CurrentOfficer
from .clock import as_utc, as_utc_opt
from .models import Category, CitizenRating, Report, Unit
from .open311.present import sla_policy
from .scoping import Scope

_CLOSED = (Status.SELESAI.value, Status.DITOLAK.value)


def _hours(session: Session, later: Any, earlier: Any) -> ColumnElement[Any]:
    if session.get_bind().dialect.name == "sqlite":
        return (func.julianday(later) - func.julianday(earlier)) * 24.0
    return func.extract("epoch", later - earlier) / 3600.0


def _month(session: Session, column: Any) -> ColumnElement[Any]:
    if session.get_bind().dialect.name == "sqlite":
        return func.strftime("%Y-%m", column, "+7 hours")
    return func.to_char(func.timezone("Asia/Jakarta", column), "YYYY-MM")


def _keys(session: Session) -> dict[str, Any]:
    return {
        "kelurahan": func.coalesce(Report.kelurahan_code, ""),
        "category": Report.category_id,
        "channel": Report.channel,
        "month": _month(session, Report.created_at),
        "unit": Report.unit_id,
    }


def summary(
    session: Session, officer: CurrentOfficer, at: datetime, month: str | None = None
) -> StatsSummary:
    scope = Scope.of(session, officer)
    where: list[ColumnElement[bool]] = [scope.where()]
    if month:
        where.append(_month(session, Report.created_at) == month)
    keys = _keys(session)
    overdue = _overdue(session, where, keys, at)
    groups = {
        grouping: _figures(
            session,
            where,
            # The overall figures group by a constant; PostgreSQL refuses a bare literal
            # in GROUP BY / ORDER BY ("non-integer constant"), so it is wrapped.
            keys[grouping] if grouping else func.lower(literal_column("''")),
            overdue.get(grouping, Counter()),
            as_utc(at),
        )
        for grouping in ("", *GROUPINGS)
    }
    groups = with_ratings(groups, _ratings(session, where, keys))
    return figures_summary(groups, _labels(session), at=as_utc(at), month=month)


def _ratings(
    session: Session, where: Sequence[ColumnElement[bool]], keys: dict[str, Any]
) -> dict[str, dict[str, tuple[int, int]]]:
    """(count, sum of scores) of the citizens' ratings per key of every grouping."""
    out: dict[str, dict[str, tuple[int, int]]] = {}
    for grouping in ("", *GROUPINGS):
        key = keys[grouping] if grouping else func.lower(literal_column("''"))
        rows = session.execute(
            select(key.label("k"), func.count(), func.sum(CitizenRating.score))
            .select_from(Report)
            .join(CitizenRating, CitizenRating.report_id == Report.id)
            .where(*where)
            .group_by(key)
        ).all()
        out[grouping] = {str(k or ""): (int(n), int(total or 0)) for k, n, total in rows}
    return out


def _figures(
    session: Session,
    where: Sequence[ColumnElement[bool]],
    key: Any,
    overdue: Counter[str],
    at: datetime,
) -> list[StatsFigures]:
    # The target counts (crm_shared.stats.on_time), in the same pass as the others.
    response_cut, followup_cut = target_cuts(at)
    response_due = Report.created_at <= response_cut
    followup_due = and_(Report.created_at <= followup_cut, Report.status != Status.DITOLAK.value)
    response_met = and_(
        response_due,
        Report.first_response_at.is_not(None),
        _hours(session, Report.first_response_at, Report.created_at)
        <= RESPONSE_TARGET_HOURS + TARGET_SLACK_HOURS,
    )
    followup_met = and_(
        followup_due,
        Report.followup_at.is_not(None),
        _hours(session, Report.followup_at, Report.created_at)
        <= FOLLOWUP_TARGET_HOURS + TARGET_SLACK_HOURS,
    )
    counts = session.execute(
        select(
            key.label("k"),
            func.count(),
            func.sum(case((Report.status == Status.SELESAI.value, 1), else_=0)),
            func.sum(case((Report.status == Status.DITOLAK.value, 1), else_=0)),
            *[
                func.sum(case((condition, 1), else_=0))
                for condition in (response_due, response_met, followup_due, followup_met)
            ],
        )
        .where(*where)
        .group_by(key)
        .order_by(key)
    ).all()
    response = _medians(
        session,
        where,
        key,
        _hours(session, Report.first_response_at, Report.created_at),
        Report.first_response_at,
    )
    followup = _medians(
        session,
        where,
        key,
        _hours(session, Report.followup_at, Report.created_at),
        Report.followup_at,
    )
    out = []
    for k, total, completed, rejected, *targets in counts:
        k = str(k or "")
        out.append(
            figures(
                k,
                total=int(total),
                completed=int(completed or 0),
                rejected=int(rejected or 0),
                overdue=overdue.get(k, 0),
                median_response_hours=response.get(k),
                median_followup_hours=followup.get(k),
                targets=OnTime(*(int(t or 0) for t in targets)),
            )
        )
    return out


def _medians(
    session: Session,
    where: Sequence[ColumnElement[bool]],
    key: Any,
    value: ColumnElement[Any],
    present: Any,
) -> dict[str, float]:
    inner = (
        select(
            key.label("k"),
            value.label("v"),
            func.row_number().over(partition_by=key, order_by=value).label("rn"),
            func.count().over(partition_by=key).label("c"),
        )
        .where(*where, present.is_not(None))
        .subquery()
    )
    rows = session.execute(
        select(inner.c.k, func.avg(inner.c.v))
        .where(
            and_(
                inner.c.rn >= (inner.c.c + 1) // 2,
                inner.c.rn <= (inner.c.c + 2) // 2,
            )
        )
        .group_by(inner.c.k)
    ).all()
    return {str(k or ""): float(v) for k, v in rows if v is not None}


def _overdue(
    session: Session,
    where: Sequence[ColumnElement[bool]],
    keys: dict[str, Any],
    at: datetime,
) -> dict[str, Counter[str]]:
    """Overdue open reports per key of every grouping ("" = all)."""
    policy = sla_policy(session)
    out: dict[str, Counter[str]] = {g: Counter() for g in ("", *GROUPINGS)}
    rows = session.execute(
        select(
            Report.status,
            Report.channel,
            Report.category_id,
            Report.created_at,
            Report.landed_at,
            Report.first_response_at,
            Report.followup_at,
            Report.estimated_completion,
            *[keys[g].label(g) for g in GROUPINGS],
        ).where(*where, Report.status.not_in(_CLOSED))
    )
    at = as_utc(at)
    for row in rows:
        channel = Channel(row.channel)
        clock = ReportClock(
            status=Status(row.status),
            channel=channel,
            created_at=as_utc(row.created_at),
            landed_at=as_utc(row.landed_at),
            first_response_at=as_utc_opt(row.first_response_at),
            followup_at=as_utc_opt(row.followup_at),
            estimated_completion=row.estimated_completion,
        )
        deadline = domain_next_deadline(clock, policy.rule_for(row.category_id, channel))
        if deadline is None or not deadline.due < at:
            continue
        out[""][""] += 1
        for g in GROUPINGS:
            out[g][str(getattr(row, g) or "")] += 1
    return out


def _labels(session: Session) -> dict[str, dict[str, str]]:
    units = dict(session.execute(select(Unit.id, Unit.name)).tuples().all())
    kelurahan = {
        code: name
        for code, name in session.execute(
            select(Unit.code, Unit.name).where(Unit.kind == "kelurahan")
        ).tuples()
        if code
    }
    categories = dict(session.execute(select(Category.id, Category.name)).tuples().all())
    channels = channel_labels()
    return {"unit": units, "kelurahan": kelurahan, "category": categories, "channel": channels}
