"""The supervisor dashboard's figures: ONE definition for the server and the workstation.

The server (``central_server/stats.py``, ``GET /api/v1/stats/summary``) and the
workstation (``officer_app/store/dashboard.py``, from the local profile) each read
their own database with their own SQL; what they read becomes figures here, so both
say the same about the same reports:

- ``completed``: status Selesai; ``rejected``: status Ditolak; ``open``: neither;
- ``completion_rate`` = completed / (total - rejected) (None when nothing counts);
- ``median_response_hours``: median of created_at -> first_response_at over the
  reports that had a response (the middle value, or the mean of the two middle
  values); ``median_followup_hours`` likewise to followup_at;
- ``overdue``: open reports whose next deadline is before the summary's ``at``;
- ``rating_count`` / ``average_rating``: the citizens' ratings (1-5) of the group's
  reports (``with_ratings``), grouped by the report's current keys;
- ``response_on_time_rate``: of the reports created at least 24 hours before ``at``
  (their window has passed: a report of this morning is not late yet), the share
  whose first response came within 24 hours of created_at;
  ``followup_on_time_rate``: of the valid (not Ditolak) reports created at least 7
  days before ``at``, the share followed up within 7 days (``on_time``; the
  province checks both targets, DOMAIN.md "Deadlines"). None when no report counts;
- groups: per kelurahan, category, channel, month (YYYY-MM, Jakarta time) and unit,
  each in key order; the units ranked by ``crm_shared.domain.ranking``.

Pure Python: no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from crm_shared.domain import Channel
from crm_shared.domain.ranking import rank_units
from crm_shared.protocol.wire import StatsFigures, StatsSummary

GROUPINGS = ("kelurahan", "category", "channel", "month", "unit")
ALL = ""  # the grouping (and the key) of the figures over every report

RESPONSE_TARGET_HOURS = 24.0  # SE Sekda 61/SE/2018: the first response within 24 hours
FOLLOWUP_TARGET_HOURS = 7 * 24.0  # every report followed up within 7 days
# "Within" to the few milliseconds: SQLite's julianday() keeps milliseconds and
# rounds in floating point, PostgreSQL and numpy count microseconds exactly.
TARGET_SLACK_HOURS = 1e-6


@dataclass(frozen=True)
class OnTime:
    """How many of a group's reports the two targets count (``due``) and how many of
    those met them (``met``); ``on_time`` adds one report's part."""

    response_due: int = 0
    response_met: int = 0
    followup_due: int = 0
    followup_met: int = 0


def target_cuts(at: datetime) -> tuple[datetime, datetime]:
    """The latest created_at whose response window, and follow-up window, has passed
    at ``at``: reports created after it do not count (yet)."""
    return (
        at - timedelta(hours=RESPONSE_TARGET_HOURS),
        at - timedelta(hours=FOLLOWUP_TARGET_HOURS),
    )


def within(hours: float | None, target: float) -> bool:
    """Whether a time of ``hours`` from created_at met ``target`` (None: not yet done)."""
    return hours is not None and hours <= target + TARGET_SLACK_HOURS


def on_time(
    *,
    created_at: datetime,
    first_response_at: datetime | None,
    followup_at: datetime | None,
    rejected: bool,
    at: datetime,
) -> OnTime:
    """One report's part in the two target rates: the definition both sides' SQL follows
    (the tests compare their figures with it)."""

    def hours(later: datetime | None) -> float | None:
        return None if later is None else (later - created_at).total_seconds() / 3600

    response_cut, followup_cut = target_cuts(at)
    response_due = created_at <= response_cut
    followup_due = created_at <= followup_cut and not rejected
    return OnTime(
        response_due=int(response_due),
        response_met=int(response_due and within(hours(first_response_at), RESPONSE_TARGET_HOURS)),
        followup_due=int(followup_due),
        followup_met=int(followup_due and within(hours(followup_at), FOLLOWUP_TARGET_HOURS)),
    )


def figures(
    key: str,
    *,
    total: int,
    completed: int,
    rejected: int,
    overdue: int,
    median_response_hours: float | None = None,
    median_followup_hours: float | None = None,
    targets: OnTime | None = None,
) -> StatsFigures:
    """The figures of one group from its counts, medians and target counts."""
    counted = total - rejected
    targets = targets or OnTime()
    return StatsFigures(
        key=key,
        total=total,
        completed=completed,
        rejected=rejected,
        open=total - completed - rejected,
        overdue=overdue,
        completion_rate=completed / counted if counted else None,
        median_response_hours=median_response_hours,
        median_followup_hours=median_followup_hours,
        response_on_time_rate=_share(targets.response_met, targets.response_due),
        followup_on_time_rate=_share(targets.followup_met, targets.followup_due),
    )


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def with_ratings(
    groups: Mapping[str, Sequence[StatsFigures]],
    ratings: Mapping[str, Mapping[str, tuple[int, int]]],
) -> dict[str, list[StatsFigures]]:
    """The figures with the citizens' ratings of each group: ``ratings[grouping][key]``
    is (how many ratings, the sum of their scores); the average is sum / count."""
    out: dict[str, list[StatsFigures]] = {}
    for grouping, rows in groups.items():
        found = ratings.get(grouping, {})
        out[grouping] = [
            f.model_copy(
                update={
                    "rating_count": found[f.key][0],
                    "average_rating": found[f.key][1] / found[f.key][0],
                }
            )
            if found.get(f.key, (0, 0))[0]
            else f
            for f in rows
        ]
    return out


def median(values: Sequence[float]) -> float | None:
    """The median as the dashboard defines it (None for no values)."""
    ordered = sorted(values)
    n = len(ordered)
    if not n:
        return None
    return (ordered[(n - 1) // 2] + ordered[n // 2]) / 2


def channel_labels() -> dict[str, str]:
    """Channel value -> its name (the other groupings' names come from each side's units
    and categories)."""
    return {c.value: c.label for c in Channel}


def summary(
    groups: Mapping[str, Sequence[StatsFigures]],
    labels: Mapping[str, Mapping[str, str]],
    *,
    at: datetime,
    month: str | None,
) -> StatsSummary:
    """The whole summary from the figures of every grouping (``ALL`` and ``GROUPINGS``);
    each group is labelled with its name (its key when none is known)."""
    named: dict[str, list[StatsFigures]] = {}
    for grouping in (ALL, *GROUPINGS):
        names = labels.get(grouping, {})
        named[grouping] = [
            f.model_copy(update={"label": names.get(f.key, f.key)}) for f in groups[grouping]
        ]
    empty = figures(ALL, total=0, completed=0, rejected=0, overdue=0)
    overall = named[ALL][0] if named[ALL] else empty
    return StatsSummary(
        at=at,
        month=month,
        overall=overall,
        by_kelurahan=named["kelurahan"],
        by_category=named["category"],
        by_channel=named["channel"],
        by_month=named["month"],
        by_unit=rank_units(named["unit"]),
    )
