"""The change-feed cursor under concurrent writers that commit out of order (PostgreSQL).

Writers apply one note to each of their reports, with random pauses between their
statements and before COMMIT, so transactions finish in another order than they
began. Readers page the feed meanwhile with small pages, moving their cursors. At
the end each reader must hold every report at its final version: a cursor that
moved past a change committing later would never deliver it (each report changes
once). The same check run with a plain SEQUENCE taken before the commit (what the
issue warns against) must miss changes; that proves the check can fail.
"""

from __future__ import annotations

import random
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Engine, event, text, update
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import set_committed_value

import central_server.apply_actions as apply_actions_module
import central_server.feed as feed_module
from central_server.apply_actions import apply_one
from central_server.auth import CurrentOfficer
from central_server.db import make_engine, make_sessionmaker
from central_server.feed import changes
from central_server.models import Report, ScopeExit
from crm_shared.domain import Role
from crm_shared.protocol.wire import ActionIn

from . import plan

pytestmark = pytest.mark.postgres

WRITERS = 6
READERS = 3
REPORTS = 24  # in kelurahan A; each writer notes REPORTS / WRITERS of them once

WRITER = CurrentOfficer("field.a2", "Petugas A2", Role.FIELD_OFFICER, plan.KEL_A, "-")
READER = CurrentOfficer("super.a", "Lurah A", Role.SUPERVISOR, plan.KEL_A, "-")


@pytest.fixture
def engine(postgres_url: str) -> Iterator[Engine]:
    plan.seed_database(postgres_url, plan.build(n_per_kelurahan=REPORTS))
    engine = make_engine(postgres_url, pool_size=WRITERS + READERS + 2)
    with engine.begin() as conn:
        conn.execute(text("CREATE SEQUENCE plain_change_seq START 1000"))
    yield engine
    engine.dispose()


def _shuffle_commits(engine: Engine, writers: set[int]) -> None:
    """Random pauses in writer threads: between statements and just before COMMIT."""

    @event.listens_for(engine, "before_cursor_execute")
    def _pause(*_args: Any) -> None:
        if threading.get_ident() in writers:
            threading.Event().wait(random.uniform(0, 0.004))

    @event.listens_for(engine, "commit")
    def _pause_commit(_conn: Any) -> None:
        if threading.get_ident() in writers:
            threading.Event().wait(random.choice([0, 0, 0.005, 0.03, 0.08]))


def _plain_sequence_stamp(session: Session, report: Report, exit_row: ScopeExit | None) -> int:
    """The broken design: a SEQUENCE value, taken without holding anything until commit."""
    session.flush()
    seq = int(session.execute(text("SELECT nextval('plain_change_seq')")).scalar_one())
    session.execute(update(Report).where(Report.id == report.id).values(seq=seq))
    set_committed_value(report, "seq", seq)
    if exit_row is not None:
        session.execute(update(ScopeExit).where(ScopeExit.id == exit_row.id).values(seq=seq))
    return seq


def _plain_sequence_ceiling(session: Session) -> int:
    return int(session.execute(text("SELECT last_value FROM plain_change_seq")).scalar_one())


def _run(engine: Engine) -> tuple[dict[str, int], list[dict[str, int]]]:
    """Write and read concurrently; the final versions and what each reader holds."""
    factory: sessionmaker[Session] = make_sessionmaker(engine)
    with factory() as session:
        ids = sorted(
            session.execute(
                text("SELECT id FROM reports WHERE unit_id = :u"), {"u": plan.KEL_A}
            ).scalars()
        )
        cursor0 = int(
            session.execute(text("SELECT coalesce(max(seq), 0) FROM reports")).scalar_one()
        )
    assert len(ids) == REPORTS
    writer_threads: set[int] = set()
    _shuffle_commits(engine, writer_threads)
    writing = threading.Event()
    writing.set()
    errors: list[BaseException] = []

    def write(mine: list[str]) -> None:
        writer_threads.add(threading.get_ident())
        try:
            for rid in mine:
                act = ActionIn(
                    action_id=str(uuid.uuid4()),
                    report_id=rid,
                    type="note",
                    payload={"note": f"catatan {rid}"},
                    happened_at=datetime.now(UTC),
                )
                result = apply_one(factory, WRITER, act, None)
                assert result.status == "applied", result
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    def read(held: dict[str, int]) -> None:
        cursor = cursor0
        try:
            while True:
                done = not writing.is_set()
                while True:  # to the end of the feed as it is now
                    with factory() as session:
                        page = changes(session, READER, cursor, 5)
                    for report in page.reports:
                        held[report.id] = max(held.get(report.id, 0), report.version)
                    cursor = page.cursor
                    if not page.has_more:
                        break
                if done:
                    return
        except BaseException as exc:
            errors.append(exc)

    held_by: list[dict[str, int]] = [{} for _ in range(READERS)]
    readers = [threading.Thread(target=read, args=(held,)) for held in held_by]
    writers = [threading.Thread(target=write, args=(ids[i::WRITERS],)) for i in range(WRITERS)]
    for thread in readers + writers:
        thread.start()
    for thread in writers:
        thread.join(timeout=120)
    writing.clear()
    for thread in readers:
        thread.join(timeout=120)
    assert not errors, errors
    with factory() as session:
        final = dict(
            session.execute(
                text("SELECT id, version FROM reports WHERE unit_id = :u"), {"u": plan.KEL_A}
            ).all()
        )
    assert set(final.values()) == {2}  # every note applied once
    return final, held_by


def _missed(final: dict[str, int], held: dict[str, int]) -> list[str]:
    return sorted(rid for rid, version in final.items() if held.get(rid) != version)


def test_every_reader_sees_every_change_when_commits_come_out_of_order(engine: Engine) -> None:
    final, held_by = _run(engine)
    for held in held_by:
        assert _missed(final, held) == []


def test_the_check_catches_a_plain_sequence(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(apply_actions_module, "stamp", _plain_sequence_stamp)
    monkeypatch.setattr(feed_module, "current_seq", _plain_sequence_ceiling)
    final, held_by = _run(engine)
    assert any(_missed(final, held) for held in held_by), (
        "a plain sequence should have let a cursor pass a change that committed later"
    )
