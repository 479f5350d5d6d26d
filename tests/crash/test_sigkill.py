"""Crash safety (issue 3): SIGKILL at random points while recording and syncing.

A subprocess works on a real profile against the real server on 127.0.0.1 and
is killed with SIGKILL at a seeded random moment; crash follows crash on the
same profile, as on a workstation whose power keeps failing. After each kill:

- ``PRAGMA integrity_check`` of the profile database says ``ok`` and the profile
  opens;
- every action the process acknowledged as recorded (it prints the id only
  after the transaction committed) is still in the outbox or already on the
  server: nothing acknowledged is lost;
- the outbox rule held: each outbox row has its timeline event, and each
  report's ``pending_count`` equals its waiting rows (no half-written action).

After the series a clean full sync empties the outbox, and the server holds
each action exactly once: one ``applied_actions`` row and one timeline event
per action id, for every action this officer ever sent (none sent twice).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from properties.sync_world import (
    DESK,
    OFFICER,
    Client,
    ServerDb,
    assert_converged,
    outbox_of,
    start_server,
    walk_ins,
)
from sqlalchemy import func, select

from central_server import models as server_models
from central_server.testing import DEMO_PASSWORD, LiveServer, login
from officer_app.profile import Profile
from officer_app.store import outbox as ob
from officer_app.store.db import DB_FILENAME, Store
from officer_app.store.schema import Event, OutboxItem, Report

pytestmark = pytest.mark.timeout(240)

DRIVER = Path(__file__).with_name("driver.py")
REPO_ROOT = Path(__file__).resolve().parents[2]
READY_TIMEOUT_S = 60.0
EXIT_TIMEOUT_S = 15.0


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = start_server(tmp_path_factory.mktemp("crash_server"), seed=31)
    yield live
    live.stop()


@pytest.fixture(scope="module")
def db(server: LiveServer) -> Iterator[ServerDb]:
    look = ServerDb(server)
    yield look
    look.close()


@dataclass
class Run:
    """One subprocess and the lines it printed before it died."""

    proc: subprocess.Popen[str]
    lines: list[str] = field(default_factory=list)
    stamps: list[float] = field(default_factory=list)  # time.monotonic() of each line
    ready: threading.Event = field(default_factory=threading.Event)
    reader: threading.Thread | None = None

    @classmethod
    def start(cls, cmd: list[str], stdin_text: str | None = None) -> Run:
        proc = subprocess.Popen(
            cmd,
            cwd=REPO_ROOT,
            stdin=subprocess.PIPE if stdin_text is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        run = cls(proc)
        if stdin_text is not None:
            assert proc.stdin is not None
            proc.stdin.write(stdin_text)
            proc.stdin.close()
        run.reader = threading.Thread(target=run._read, daemon=True)
        run.reader.start()
        return run

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line)  # with its newline: a line cut by the kill has none
            self.stamps.append(time.monotonic())
            if line.startswith("ready"):
                self.ready.set()
        self.ready.set()  # EOF: nobody waits forever

    def kill(self) -> int:
        """SIGKILL (if still alive); wait for the end and for every printed line."""
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        code = self.proc.wait(timeout=EXIT_TIMEOUT_S)
        assert self.reader is not None
        self.reader.join(EXIT_TIMEOUT_S)
        assert not self.reader.is_alive()
        assert self.proc.stdout is not None
        self.proc.stdout.close()
        return code

    def acknowledged(self) -> list[str]:
        """Action ids the process said were committed (whole lines only)."""
        out = []
        for line in self.lines:
            if not line.endswith("\n"):
                continue
            if line.startswith("action "):
                out.append(line.split()[1])
            elif line.startswith("{"):
                out.append(json.loads(line)["action_id"])
        return out

    def seconds_between(self, first: str, then: str) -> float:
        at = {line.split()[0]: stamp for line, stamp in zip(self.lines, self.stamps, strict=True)}
        return at[then] - at[first]

    def count(self, prefix: str) -> int:
        return sum(1 for line in self.lines if line.startswith(prefix))


def check_after_kill(root: Path, db: ServerDb, acked: list[str]) -> None:
    profile = Profile(root)  # encrypted at rest: checked through the profile's key
    store = profile.open_store(DEMO_PASSWORD)
    assert profile.integrity_check() == ["ok"]
    try:
        box = outbox_of(store)
        on_server = set(db.applied_status(acked))
        lost = [a for a in acked if a not in box and a not in on_server]
        assert not lost, f"acknowledged actions lost by the crash: {lost}"
        with store.read() as session:
            # The outbox rule: an action is its report change + event + outbox row, or nothing.
            events = set(session.scalars(select(Event.id)))
            assert set(box) <= events
            waiting = dict(
                session.execute(
                    select(OutboxItem.report_id, func.count())
                    .where(OutboxItem.state.in_(ob.WAITING_STATES))
                    .group_by(OutboxItem.report_id)
                ).all()
            )
            shown = dict(
                session.execute(
                    select(Report.id, Report.pending_count).where(Report.pending_count > 0)
                ).all()
            )
            assert shown == waiting
    finally:
        store.close()


def officer_actions_on_server(db: ServerDb, report_ids: list[str]) -> dict[str, tuple[int, int]]:
    """Every action of the officer on these reports: (applied rows, events) per id."""
    model = server_models.AppliedAction
    with db.engine.connect() as conn:
        ids = list(
            conn.scalars(
                select(model.action_id).where(
                    model.officer_id == OFFICER, model.report_id.in_(report_ids)
                )
            )
        )
    return db.counts(ids)


def final_check(
    server: LiveServer, db: ServerDb, root: Path, acked: list[str], reports: list[str]
) -> None:
    """A clean full sync: outbox empty, every action on the server exactly once."""
    client = Client(root, server.url)
    try:
        result = client.sync()
        assert result.ok, result.message
        assert result.needs_attention == 0, outbox_of(client.store)
        assert len(set(acked)) == len(acked)
        sent = officer_actions_on_server(db, reports)
        assert set(acked) <= set(sent)
        doubled = {a: c for a, c in sent.items() if c != (1, 1)}
        assert not doubled, f"actions held more or less than once: {doubled}"
        assert_converged(server.url, db, client, acked)
    finally:
        client.close()


def new_profile(server: LiveServer, root: Path, count: int) -> list[str]:
    reports = walk_ins(server.url, count, desk_token=login(server.url, DESK))
    client = Client(root, server.url)
    try:
        assert client.sync().ok
    finally:
        client.close()
    return reports


# --- the tests -------------------------------------------------------------------------------


def test_sigkill_while_recording_and_syncing(
    server: LiveServer, db: ServerDb, tmp_path: Path
) -> None:
    """14 kills of a process that records actions in one thread and syncs in another."""
    rng = random.Random(20240603)
    root = tmp_path / "profile"
    reports = new_profile(server, root, 4)
    acked: list[str] = []
    seen_sync = 0
    for run_no in range(14):
        with_sync = run_no % 4 != 3  # now and then only recording, the outbox grows
        cmd = [sys.executable, str(DRIVER), str(root), server.url, str(run_no), ",".join(reports)]
        run = Run.start(cmd if with_sync else [*cmd, "--no-sync"])
        try:
            assert run.ready.wait(READY_TIMEOUT_S), "driver never became ready"
            assert run.count("ready") == 1, run.lines
            time.sleep(rng.uniform(0.05, 1.2))
        finally:
            code = run.kill()
        assert code == -signal.SIGKILL, f"driver ended by itself ({code}): {run.lines[-5:]}"
        acked += run.acknowledged()
        seen_sync += run.count("push ") + run.count("sync ")
        check_after_kill(root, db, acked)
    assert len(acked) >= 14  # the kills did interrupt real work
    assert seen_sync >= 1
    final_check(server, db, root, acked, reports)


def test_sigkill_during_cli_sync(server: LiveServer, db: ServerDb, tmp_path: Path) -> None:
    """6 kills of ``officer-app sync`` pushing a full outbox in small pages."""
    rng = random.Random(77)
    root = tmp_path / "profile"
    reports = new_profile(server, root, 3)
    acked: list[str] = []
    killed = 0
    for _ in range(6):
        client = Client(root, server.url)
        try:
            for i in range(rng.randint(8, 20)):
                acked.append(client.note(rng.choice(reports), f"catatan ke-{i} sebelum sinkron"))
        finally:
            client.close()
        cmd = [
            sys.executable,
            "-m",
            "officer_app",
            "sync",
            "--profile",
            str(root),
            "--password-stdin",
            "--page-size",
            "5",
            "--json",
        ]
        run = Run.start(cmd, stdin_text=DEMO_PASSWORD + "\n")
        time.sleep(rng.uniform(0.3, 1.4))
        killed += run.kill() == -signal.SIGKILL
        check_after_kill(root, db, acked)
    assert killed >= 1, "the kills came too late to interrupt anything"
    final_check(server, db, root, acked, reports)


def test_sigkill_during_cli_act(server: LiveServer, db: ServerDb, tmp_path: Path) -> None:
    """``officer-app act note`` runs one after another; one in each round is killed."""
    rng = random.Random(5)
    root = tmp_path / "profile"
    reports = new_profile(server, root, 2)
    acked: list[str] = []
    for round_no in range(3):
        for step in range(3):
            report = rng.choice(reports)
            text = f"catatan dari baris perintah {round_no}.{step}"
            cmd = [sys.executable, "-m", "officer_app", "act", "note", report]
            run = Run.start(
                [*cmd, "--text", text, "--profile", str(root), "--json"],
                stdin_text=DEMO_PASSWORD + "\n",  # the profile's password
            )
            if step == 2:
                time.sleep(rng.uniform(0.3, 1.0))
                run.kill()
            else:
                assert run.proc.wait(timeout=60) == 0
                run.kill()
            acked += run.acknowledged()
            check_after_kill(root, db, acked)
    assert len(acked) >= 6
    final_check(server, db, root, acked, reports)


def test_sigkill_while_a_new_profile_is_created(tmp_path: Path) -> None:
    """12 kills during the first open (schema migrations): the profile opens afterwards."""
    rng = random.Random(11)
    code = (
        "import sys\n"
        "from officer_app.store.db import Store\n"
        "print('ready', flush=True)\n"
        "Store.open(sys.argv[1]).close()\n"
        "print('done', flush=True)\n"
    )
    # How long a whole first open takes here: the kills land inside that window.
    whole = Run.start([sys.executable, "-c", code, str(tmp_path / "measured")])
    assert whole.proc.wait(timeout=60) == 0
    whole.kill()
    window = whole.seconds_between("ready", "done")
    interrupted = 0
    for run_no in range(12):
        root = tmp_path / f"profile{run_no}"
        run = Run.start([sys.executable, "-c", code, str(root)])
        assert run.ready.wait(READY_TIMEOUT_S)
        time.sleep(rng.uniform(0.0, window))
        run.kill()
        interrupted += run.count("done") == 0
        if (root / DB_FILENAME).exists():
            with sqlite3.connect(root / DB_FILENAME) as raw:
                assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            raw.close()
        store = Store.open(root)  # finishes (or redoes) what the killed process began
        try:
            with store.write() as session:
                assert ob.count_by_state(session) == {}
        finally:
            store.close()
    print(f"first open interrupted {interrupted} of 12 times")
    assert interrupted >= 1, "the kills came too late to interrupt the migrations"
