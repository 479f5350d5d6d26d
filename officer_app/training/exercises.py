"""The exercises of training mode: what each role practises, and how it is checked.

Each role has a short set of exercises, done one after the other. An exercise is
checked from the training profile's own records (its reports, their timeline
events and photos, the desk's receipt entries), never from clicks: it is done
when the profile shows the work was really recorded, by the trainee, after the
exercise began. Done stays done (a report forwarded away may later leave the
profile). Each exercise is timed from its start to the moment it was found done.

``TrainingRun`` holds the run (which exercise, since when, what was done) and
``summary_csv`` writes its results. The texts people read (titles, instructions)
are the panel's, translated there (``views.training_panel``). Qt-free.
"""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_shared.domain import RULES, ActionType, Role
from officer_app.store.db import Store
from officer_app.store.desk import RECEIPT_KIND
from officer_app.store.schema import Attachment, AuditEntry, Event, Report


class ExerciseId(StrEnum):
    ACCEPT = "accept"  # field officer: accept a report
    FOLLOWUP = "followup"  # field officer: follow-up with before and after photos
    WALK_IN = "walk_in"  # desk: record a walk-in complaint
    RECEIPT = "receipt"  # desk: print the receipt or save it as PDF
    FORWARD = "forward"  # supervisor: forward a report to another unit
    REASSIGN = "reassign"  # supervisor: give another report to another officer
    VALIDATE = "validate"  # validator: approve a follow-up


# What is found done: the report it was done on (None: not done yet).
Check = Callable[[Session, str, datetime], "str | None"]
Hint = Callable[[Session, str], "str | None"]


def _my_events(s: Session, officer_id: str, kind: ActionType, since: datetime) -> list[Event]:
    return list(
        s.scalars(
            select(Event)
            .where(Event.actor_id == officer_id, Event.type == kind.value, Event.at >= since)
            .order_by(Event.at)
        )
    )


def _did(kind: ActionType) -> Check:
    def check(s: Session, officer_id: str, since: datetime) -> str | None:
        events = _my_events(s, officer_id, kind, since)
        return events[0].report_id if events else None

    return check


def _followup_with_photos(s: Session, officer_id: str, since: datetime) -> str | None:
    """A follow-up by the trainee carrying at least one before AND one after photo."""
    for event in _my_events(s, officer_id, ActionType.FOLLOWUP, since):
        ids = {event.id, event.action_id} - {None}
        kinds = set(
            s.scalars(
                select(Attachment.kind).where(
                    Attachment.report_id == event.report_id, Attachment.event_id.in_(ids)
                )
            )
        )
        if {"before", "after"} <= kinds:
            return event.report_id
    return None


def _receipt_handed_out(s: Session, officer_id: str, since: datetime) -> str | None:
    """A receipt printed or saved as PDF for a complaint the trainee recorded."""
    created = select(Event.report_id).where(
        Event.actor_id == officer_id, Event.type == ActionType.CREATE.value
    )
    return s.scalar(
        select(AuditEntry.report_id)
        .where(
            AuditEntry.kind == RECEIPT_KIND,
            AuditEntry.at >= since,
            AuditEntry.report_id.in_(created),
        )
        .order_by(AuditEntry.id)
        .limit(1)
    )


def _first_open(kind: ActionType) -> Hint:
    """A report in the trainee's list on which ``kind`` may be done now, theirs first."""
    statuses = [status.value for status in RULES[kind].from_statuses]

    def hint(s: Session, officer_id: str) -> str | None:
        return s.scalar(
            select(Report.number)
            .where(Report.in_scope.is_(True), Report.status.in_(statuses), Report.number != "")
            .order_by((Report.assignee_id == officer_id).desc(), Report.due_at, Report.number)
            .limit(1)
        )

    return hint


def _accepted_first(s: Session, officer_id: str) -> str | None:
    """For the follow-up: the report the trainee accepted last, if it is still open."""
    statuses = [status.value for status in RULES[ActionType.FOLLOWUP].from_statuses]
    number = s.scalar(
        select(Report.number)
        .join(Event, Event.report_id == Report.id)
        .where(
            Event.actor_id == officer_id,
            Event.type == ActionType.ACCEPT.value,
            Report.status.in_(statuses),
            Report.in_scope.is_(True),
        )
        .order_by(Event.at.desc())
        .limit(1)
    )
    return number or _first_open(ActionType.FOLLOWUP)(s, officer_id)


@dataclass(frozen=True)
class Exercise:
    id: ExerciseId
    check: Check
    hint: Hint | None = None  # a report to practise on, shown in the instructions


EXERCISES: dict[Role, tuple[Exercise, ...]] = {
    Role.FIELD_OFFICER: (
        Exercise(ExerciseId.ACCEPT, _did(ActionType.ACCEPT), _first_open(ActionType.ACCEPT)),
        Exercise(ExerciseId.FOLLOWUP, _followup_with_photos, _accepted_first),
    ),
    Role.DESK: (
        Exercise(ExerciseId.WALK_IN, _did(ActionType.CREATE)),
        Exercise(ExerciseId.RECEIPT, _receipt_handed_out),
    ),
    Role.SUPERVISOR: (
        Exercise(ExerciseId.FORWARD, _did(ActionType.FORWARD), _first_open(ActionType.FORWARD)),
        Exercise(ExerciseId.REASSIGN, _did(ActionType.REASSIGN), _first_open(ActionType.REASSIGN)),
    ),
    Role.VALIDATOR: (
        Exercise(ExerciseId.VALIDATE, _did(ActionType.VALIDATE), _first_open(ActionType.VALIDATE)),
    ),
}


@dataclass
class ExerciseResult:
    exercise: ExerciseId
    done: bool = False
    seconds: float | None = None  # from its start to done (None: not done)
    report_number: str | None = None  # the report it was done on


@dataclass
class TrainingRun:
    """One trainee's run through the exercises of their role, timed.

    ``clock`` (seconds, monotonic) times the exercises; ``now`` (UTC) is the start
    the profile's records are compared with.
    """

    role: Role
    officer_id: str
    clock: Callable[[], float] = time.monotonic
    now: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    results: list[ExerciseResult] = field(init=False)
    index: int = field(init=False, default=-1)  # -1: not started
    finished: bool = field(init=False, default=False)
    _started: float = field(init=False, default=0.0)
    _started_at: datetime = field(init=False)

    def __post_init__(self) -> None:
        self.exercises: Sequence[Exercise] = EXERCISES[self.role]
        self.results = [ExerciseResult(e.id) for e in self.exercises]
        self._started_at = self.now()

    @property
    def started(self) -> bool:
        return self.index >= 0

    @property
    def current(self) -> Exercise | None:
        if self.finished or not 0 <= self.index < len(self.exercises):
            return None
        return self.exercises[self.index]

    def start(self) -> None:
        if not self.started:
            self._begin(0)

    def _begin(self, index: int) -> None:
        self.index = index
        self._started = self.clock()
        self._started_at = self.now()
        if index >= len(self.exercises):
            self.finished = True

    def elapsed(self) -> float:
        """Seconds spent on the current exercise so far."""
        return self.clock() - self._started if self.current is not None else 0.0

    def hint(self, store: Store) -> str | None:
        """The number of a report to practise the current exercise on (None: any)."""
        exercise = self.current
        if exercise is None or exercise.hint is None:
            return None
        with store.read() as s:
            return exercise.hint(s, self.officer_id)

    def probe_job(self) -> Callable[[Store], tuple[int, str] | None]:
        """What looks for the current exercise in a profile (safe to run in a worker):
        ``(exercise index, report number)`` once done, else None."""
        exercise, index, since = self.current, self.index, self._started_at
        officer_id = self.officer_id

        def probe(store: Store) -> tuple[int, str] | None:
            if exercise is None:
                return None
            with store.read() as s:
                report_id = exercise.check(s, officer_id, since)
                if report_id is None:
                    return None
                number = s.scalar(select(Report.number).where(Report.id == report_id))
            return index, number or ""

        return probe

    def mark_done(self, index: int, report_number: str) -> bool:
        """The exercise ``index`` was found done: record its time, go to the next.
        False when the run has moved on since the probe started."""
        if index != self.index or self.current is None:
            return False
        result = self.results[index]
        result.done = True
        result.seconds = round(self.clock() - self._started, 1)
        result.report_number = report_number or None
        self._begin(index + 1)
        return True

    def check(self, store: Store) -> bool:
        """Look in the profile whether the current exercise is done; move on if so."""
        found = self.probe_job()(store)
        return found is not None and self.mark_done(*found)

    def skip(self) -> None:
        """Leave the current exercise undone and go to the next."""
        if self.current is not None:
            self._begin(self.index + 1)

    def finish(self) -> list[ExerciseResult]:
        """End the run: whatever is not done yet stays not done."""
        self.finished = True
        return list(self.results)

    @property
    def all_done(self) -> bool:
        return all(r.done for r in self.results)


def summary_csv(
    results: Sequence[ExerciseResult], titles: dict[ExerciseId, str], headers: Sequence[str]
) -> str:
    """The summary as CSV text: exercise, done, seconds, report (the panel's words)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(headers)
    for r in results:
        writer.writerow(
            [
                titles.get(r.exercise, r.exercise.value),
                "1" if r.done else "0",
                "" if r.seconds is None else f"{r.seconds:.1f}",
                r.report_number or "",
            ]
        )
    return out.getvalue()
