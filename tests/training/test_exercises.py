"""The exercises' checks and timing, Qt-free, on a profile store with hand-made records."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crm_shared.domain import Role, SlaPolicy, Status
from crm_shared.protocol.wire import ReportOut
from officer_app.store import Store
from officer_app.store.desk import RECEIPT_KIND
from officer_app.store.schema import Attachment, AuditEntry, Event
from officer_app.sync import merge
from officer_app.sync.fake import make_report
from officer_app.training.exercises import EXERCISES, ExerciseId, TrainingRun, summary_csv

ME = "officer.demo"


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path) as store:
        reports = [
            ReportOut.model_validate(make_report(n, status=Status.MENUNGGU)) for n in (1, 2, 3)
        ]
        with store.write() as s:
            merge.apply_reports(s, reports, policy=SlaPolicy(), now=datetime.now(UTC))
        yield store


def add_event(
    store: Store, report: str, kind: str, actor: str, at: datetime, photos: tuple[str, ...] = ()
) -> str:
    event_id = f"e-{report}-{kind}-{actor}-{at.timestamp()}"
    with store.write() as s:
        s.add(Event(id=event_id, report_id=report, type=kind, actor_id=actor, at=at))
        for n, photo in enumerate(photos):
            s.add(
                Attachment(report_id=report, sha256=f"{n}{photo}".ljust(64, "0"), kind=photo,
                           event_id=event_id)
            )  # fmt: skip
    return event_id


def test_every_workstation_role_has_its_exercises() -> None:
    assert [e.id for e in EXERCISES[Role.FIELD_OFFICER]] == [ExerciseId.ACCEPT, ExerciseId.FOLLOWUP]
    assert [e.id for e in EXERCISES[Role.DESK]] == [ExerciseId.WALK_IN, ExerciseId.RECEIPT]
    assert [e.id for e in EXERCISES[Role.SUPERVISOR]] == [ExerciseId.FORWARD, ExerciseId.REASSIGN]
    assert [e.id for e in EXERCISES[Role.VALIDATOR]] == [ExerciseId.VALIDATE]


def test_only_the_trainees_own_work_after_the_start_counts(store: Store) -> None:
    clock = Clock()
    now = datetime.now(UTC)
    run = TrainingRun(Role.FIELD_OFFICER, ME, clock=clock, now=lambda: now)
    run.start()
    # A report the exercise can be done on, the most urgent first (the oldest here).
    assert run.hint(store) == "JK2501010003"
    add_event(store, "r-000001", "accept", ME, now - timedelta(minutes=5))  # before the start
    add_event(store, "r-000002", "accept", "officer.other", now + timedelta(seconds=3))
    add_event(store, "r-000003", "note", ME, now + timedelta(seconds=4))
    assert run.check(store) is False
    assert run.current is not None
    assert run.current.id is ExerciseId.ACCEPT

    clock.t += 42.0
    add_event(store, "r-000003", "accept", ME, now + timedelta(seconds=5))
    assert run.check(store) is True
    assert run.results[0].done
    assert run.results[0].seconds == 42.0
    assert run.results[0].report_number == "JK2501010003"
    assert run.current is not None
    assert run.current.id is ExerciseId.FOLLOWUP
    assert run.elapsed() == 0.0


def test_a_follow_up_needs_a_before_and_an_after_photo(store: Store) -> None:
    clock = Clock()
    start = datetime.now(UTC)
    run = TrainingRun(Role.FIELD_OFFICER, ME, clock=clock, now=lambda: start)
    run.start()
    run.skip()  # the accept exercise left undone
    later = start + timedelta(seconds=10)
    add_event(store, "r-000001", "followup", ME, later, photos=("before",))
    assert run.check(store) is False
    clock.t += 7.5
    add_event(store, "r-000002", "followup", ME, later, photos=("before", "after"))
    assert run.check(store) is True
    assert run.finished
    assert run.current is None
    assert [(r.done, r.seconds) for r in run.results] == [(False, None), (True, 7.5)]
    assert run.results[1].report_number == "JK2501010002"
    assert not run.all_done


def test_done_stays_done_and_a_stale_probe_changes_nothing(store: Store) -> None:
    now = datetime.now(UTC)
    run = TrainingRun(Role.VALIDATOR, "validator.demo", clock=Clock(), now=lambda: now)
    run.start()
    probe = run.probe_job()
    assert probe(store) is None
    add_event(store, "r-000001", "validate", "validator.demo", now + timedelta(seconds=1))
    found = probe(store)
    assert found == (0, "JK2501010001")
    assert run.mark_done(*found) is True
    assert run.mark_done(*found) is False  # the run moved on: nothing recorded twice
    with store.write() as s:  # the report leaves the profile (e.g. moved away)
        s.query(Event).delete()
    assert run.results[0].done
    assert run.finish()[0].done


def test_the_desk_receipt_counts_only_for_a_complaint_it_recorded(store: Store) -> None:
    now = datetime.now(UTC)
    run = TrainingRun(Role.DESK, "desk.demo", clock=Clock(), now=lambda: now)
    run.start()
    add_event(store, "r-000001", "create", "desk.demo", now + timedelta(seconds=1))
    assert run.check(store) is True
    assert run.current is not None
    assert run.current.id is ExerciseId.RECEIPT
    with store.write() as s:  # a receipt reprinted for someone else's report
        s.add(AuditEntry(at=now + timedelta(seconds=2), kind=RECEIPT_KIND, report_id="r-000002"))
    assert run.check(store) is False
    with store.write() as s:
        s.add(AuditEntry(at=now + timedelta(seconds=3), kind=RECEIPT_KIND, report_id="r-000001"))
    assert run.check(store) is True
    assert run.all_done


def test_summary_csv_has_one_row_per_exercise() -> None:
    run = TrainingRun(Role.SUPERVISOR, "supervisor.demo", clock=Clock())
    run.start()
    results = run.finish()
    text = summary_csv(results, {ExerciseId.FORWARD: "Teruskan"}, ["Latihan", "Selesai", "Detik"])
    rows = list(csv.reader(io.StringIO(text)))
    assert rows == [["Latihan", "Selesai", "Detik"], ["Teruskan", "0", "", ""],
                    ["reassign", "0", "", ""]]  # fmt: skip
