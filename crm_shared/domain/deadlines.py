"""Service-level deadlines: when a report is due and how much time is left.

Defaults follow DOMAIN.md (respond within 24 hours of landing at a unit, follow
up within 7 days, answer walk-in complaints within 3 days); the server's
reference data overrides them per category and channel.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from enum import StrEnum

from .channels import Channel
from .statuses import AWAITING_RESPONSE, CLOSED_STATUSES, Status

JAKARTA_TZ = timezone(timedelta(hours=7), "WIB")


@dataclass(frozen=True)
class SlaRule:
    response_hours: float = 24.0
    followup_days: float = 7.0
    answer_days: float = 3.0  # walk-in complaints: an answer to the citizen
    category_id: str | None = None
    channel: Channel | None = None

    def specificity(self) -> int:
        return (2 if self.category_id is not None else 0) + (1 if self.channel is not None else 0)


DEFAULT_RULE = SlaRule()


class SlaPolicy:
    """Picks the most specific rule: category+channel, category, channel, default."""

    def __init__(self, rules: Iterable[SlaRule] = ()) -> None:
        self._rules = sorted(rules, key=lambda r: -r.specificity())

    def rule_for(self, category_id: str | None, channel: Channel | None) -> SlaRule:
        for rule in self._rules:
            if rule.category_id not in (None, category_id):
                continue
            if rule.channel not in (None, channel):
                continue
            return rule
        return DEFAULT_RULE


class DeadlineKind(StrEnum):
    RESPONSE = "response"  # the unit's first response (24 h)
    ANSWER = "answer"  # walk-in complaint answered (3 days)
    FOLLOWUP = "followup"  # follow-up recorded (7 days, or the estimate)


DEADLINE_LABELS = {
    DeadlineKind.RESPONSE: "Respons",
    DeadlineKind.ANSWER: "Jawaban pengaduan",
    DeadlineKind.FOLLOWUP: "Tindak lanjut",
}


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    start: datetime
    due: datetime

    def left(self, now: datetime) -> timedelta:
        return self.due - now

    def is_overdue(self, now: datetime) -> bool:
        return now > self.due

    def is_close(self, now: datetime) -> bool:
        """Less than a quarter of the allowed time is left (shown amber)."""
        span = self.due - self.start
        return not self.is_overdue(now) and self.left(now) < span / 4


@dataclass(frozen=True)
class ReportClock:
    """What the deadlines of one report depend on."""

    status: Status
    channel: Channel
    created_at: datetime
    landed_at: datetime  # when the report reached its current unit
    first_response_at: datetime | None = None
    followup_at: datetime | None = None  # when a follow-up was last recorded
    estimated_completion: date | None = None


def deadlines(clock: ReportClock, rule: SlaRule) -> list[Deadline]:
    """All deadlines still running for the report, earliest first."""
    running = _running(
        clock.status,
        clock.channel,
        clock.created_at,
        clock.landed_at,
        clock.first_response_at,
        clock.estimated_completion,
        rule,
    )
    return sorted((Deadline(*d) for d in running), key=lambda d: d.due)


def next_deadline(clock: ReportClock, rule: SlaRule) -> Deadline | None:
    running = deadlines(clock, rule)
    return running[0] if running else None


def has_running_deadline(status: Status) -> bool:
    """Whether a report in this status has any deadline running (``deadlines`` is empty
    for the others, whatever its other fields)."""
    return status not in CLOSED_STATUSES and status is not Status.MENUNGGU_VALIDASI


def next_deadline_span(
    status: Status,
    channel: Channel,
    created_at: datetime,
    landed_at: datetime,
    first_response_at: datetime | None,
    estimated_completion: date | None,
    rule: SlaRule,
) -> tuple[datetime, datetime] | None:
    """(start, due) of ``next_deadline`` for a clock with these fields, without building
    the clock or the ``Deadline``s: what a list page needs for each of its rows. The
    earliest due wins, the first of equal ones (as ``deadlines``' stable sort)."""
    running = _running(
        status, channel, created_at, landed_at, first_response_at, estimated_completion, rule
    )
    if not running:
        return None
    _kind, start, due = min(running, key=_due)
    return start, due


def _due(deadline: tuple[DeadlineKind, datetime, datetime]) -> datetime:
    return deadline[2]


def _running(
    status: Status,
    channel: Channel,
    created_at: datetime,
    landed_at: datetime,
    first_response_at: datetime | None,
    estimated_completion: date | None,
    rule: SlaRule,
) -> list[tuple[DeadlineKind, datetime, datetime]]:
    """The running deadlines as (kind, start, due), in the order the rules name them."""
    if not has_running_deadline(status):
        return []
    out = []
    if status in AWAITING_RESPONSE:
        out.append(
            (DeadlineKind.RESPONSE, landed_at, landed_at + timedelta(hours=rule.response_hours))
        )
    if channel.is_face_to_face and first_response_at is None:
        out.append((DeadlineKind.ANSWER, created_at, created_at + timedelta(days=rule.answer_days)))
    followup_due = created_at + timedelta(days=rule.followup_days)
    if estimated_completion is not None:
        # Work that takes longer (road repair) is due at the end of the estimated day.
        estimate = datetime.combine(estimated_completion, time(23, 59, 59), JAKARTA_TZ)
        followup_due = max(followup_due, estimate)
    out.append((DeadlineKind.FOLLOWUP, created_at, followup_due))
    return out


def _amount(left: timedelta) -> tuple[int, int]:
    """(value, unit index 0=minutes 1=hours 2=days) as people round a time span."""
    amount = abs(left.total_seconds())
    if amount < 3600:
        return max(1, int(amount // 60)), 0
    if amount < 2 * 86400:
        return int(amount // 3600), 1
    return int(amount // 86400), 2


def describe_left(left: timedelta) -> str:
    """Time left as people say it: "sisa 3 jam", "lewat 2 hari"."""
    value, unit = _amount(left)
    word = ("menit", "jam", "hari")[unit]
    return f"sisa {value} {word}" if left >= timedelta(0) else f"lewat {value} {word}"


def describe_left_en(left: timedelta) -> str:
    value, unit = _amount(left)
    word = ("min", "h", "d")[unit]
    return f"{value} {word} left" if left >= timedelta(0) else f"{value} {word} overdue"
