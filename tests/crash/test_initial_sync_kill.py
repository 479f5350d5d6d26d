"""An initial sync killed part-way (issue 22): the next sync completes it correctly.

The real ``officer-app sync`` into a new encrypted profile, against the real server,
in small pages (each one a transaction of the new-reports path), is killed with
SIGKILL at seeded moments of its run; crash follows crash on the same profile. After
each kill the profile is whole and holds exactly the reports up to its cursor (the
cursor moved only with the data), each with its timeline and search row. Then one
sync to the end, and every row of every table equals a clean, uninterrupted sync's
(the columns that hold the time of the sync aside).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from central_server.testing import LiveServer
from officer_app.profile import Profile

pytestmark = [pytest.mark.timeout(300), pytest.mark.slow]

REPO_ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "demo-password"
USER = "supervisor.demo"  # sees the most reports: many small pages
PAGE = "5"
# Columns holding the time a sync ran, not what it brought.
SYNC_TIMES = {("reports", "synced_at"), ("sync_state", "last_sync_at"),
              ("reference_data", "fetched_at")}  # fmt: skip
FTS_LAYOUT = {"reports_fts_data", "reports_fts_idx"}  # segment pages: batching, not content


def _sync_cmd(profile: Path, server: LiveServer) -> list[str]:
    return [sys.executable, "-m", "officer_app", "sync", "--profile", str(profile),
            "--server", server.url, "--user", USER, "--password-stdin", "--json",
            "--page-size", PAGE]  # fmt: skip


def _start(cmd: list[str]) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        cmd,
        cwd=REPO_ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdin is not None
    proc.stdin.write(PASSWORD + "\n")
    proc.stdin.close()
    return proc


def _wait_for_pages(root: Path, proc: subprocess.Popen[str], deadline: float) -> None:
    """Until the profile's write-ahead log holds some pages of reports (the pull is on;
    the log of an earlier run is gone: ``_tables`` closed the profile)."""
    wal = root / "officer.sqlite3-wal"
    while proc.poll() is None and time.monotonic() < deadline:
        if wal.exists() and wal.stat().st_size > 400_000:
            return
        time.sleep(0.02)


def _tables(profile: Path) -> dict[str, Any]:
    """Every row of every table (sync times and FTS segment pages aside), the FTS
    index's own check, and the sync state."""
    p = Profile(profile)
    with p.open_store(PASSWORD) as store:
        raw = store.engine.raw_connection()
        try:
            cur = raw.cursor()
            assert cur.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            cur.execute("INSERT INTO reports_fts(reports_fts) VALUES('integrity-check')")
            names = [n for (n,) in cur.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]  # fmt: skip
            out: dict[str, Any] = {}
            for name in names:
                if name in FTS_LAYOUT:
                    continue
                cols = [c[1] for c in cur.execute(f'PRAGMA table_info("{name}")')]
                keep = [c for c in cols if (name, c) not in SYNC_TIMES]
                sql = "SELECT " + ", ".join(f'"{c}"' for c in keep)
                rows = cur.execute(f'{sql} FROM "{name}"').fetchall()
                out[name] = sorted(map(tuple, rows), key=repr)
            out["fts rows"] = cur.execute(
                "SELECT rowid, * FROM reports_fts ORDER BY rowid"
            ).fetchall()
            out["cursor"] = cur.execute("SELECT cursor FROM sync_state").fetchone()
            out["seqs"] = [s for (s,) in cur.execute("SELECT seq FROM reports ORDER BY seq")]
        finally:
            raw.close()
    p.lock()
    return out


def test_a_killed_initial_sync_is_completed_by_the_next(
    server_factory: Callable[..., LiveServer], tmp_path: Path
) -> None:
    server = server_factory(n_reports=1500, seed=41)
    clean_dir = tmp_path / "clean"
    started = time.monotonic()
    clean_proc = subprocess.run(
        _sync_cmd(clean_dir, server),
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=240,
    )
    whole = time.monotonic() - started
    assert clean_proc.returncode == 0, clean_proc.stderr[-2000:]
    summary = json.loads(clean_proc.stdout.strip().splitlines()[-1])
    total = summary["pulled"]
    assert total > int(PAGE) * 10
    clean = _tables(clean_dir)

    rng = random.Random(2212)
    root = tmp_path / "killed"
    partial = 0
    for _ in range(5):
        proc = _start(_sync_cmd(root, server))
        _wait_for_pages(root, proc, deadline=time.monotonic() + 3 * whole + 30)
        time.sleep(rng.uniform(0.0, 0.6))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        assert proc.stdout is not None
        proc.stdout.close()
        state = _tables(root)  # opening and closing it checkpoints and removes the WAL
        (cursor,) = state["cursor"] or (0,)
        # The cursor moved only with the data: every report up to it, none beyond.
        assert state["seqs"] == [s for s in clean["seqs"] if s <= cursor]
        assert len(state["fts rows"]) == len(state["seqs"])
        assert state["reports"] == [r for r in clean["reports"] if r in set(state["reports"])]
        partial += 0 < len(state["seqs"]) < total
    assert partial >= 1, "no kill landed inside the pull"

    final = subprocess.run(
        _sync_cmd(root, server),
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=240,
    )
    assert final.returncode == 0, final.stderr[-2000:]
    after = _tables(root)
    assert after.keys() == clean.keys()
    for name in clean:
        assert after[name] == clean[name], name
    assert len(after["reports"]) == total
