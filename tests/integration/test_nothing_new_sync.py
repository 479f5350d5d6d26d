"""A headless sync with nothing new runs without SQLAlchemy and ends as the whole cycle does.

Real processes against the real server: two copies of one profile, one synced by
the nothing-new path (``sync.nothing_new``), the other by the whole cycle (the
path turned off), then every table of both compared.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from central_server.testing import LiveServer
from officer_app.__main__ import main
from officer_app.profile import Profile
from officer_app.store import ReportFilter, list_reports
from officer_app.sync import nothing_new

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "demo-password"

# ``officer-app`` as the program runs it, then the top-level packages it imported.
_WRAPPER = """
import json, sys
from officer_app.__main__ import main
sys.argv[0] = "officer-app"
code = main()
print(json.dumps({"code": code, "modules": sorted({m.split(".")[0] for m in sys.modules})}))
"""


def _process(*args: str) -> tuple[int, dict[str, Any], set[str]]:
    proc = subprocess.run(
        [sys.executable, "-c", _WRAPPER, "sync", "--password-stdin", "--json", *args],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    *lines, report = proc.stdout.strip().splitlines()
    done = json.loads(report)
    assert done["code"] == proc.returncode == 0 or done["code"] in (0, 4), proc.stderr
    return int(done["code"]), json.loads(lines[-1]), set(done["modules"])


def _whole_cycle(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], profile: Path
) -> tuple[int, dict[str, Any]]:
    """The same command in this process with the nothing-new path answering None."""
    asked: list[bool] = []

    def declined(*args: Any, **kwargs: Any) -> None:
        asked.append(True)

    monkeypatch.setattr(nothing_new, "run", declined)
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    capsys.readouterr()
    code = main(["sync", "--password-stdin", "--json", "--profile", str(profile)])
    out = capsys.readouterr().out.strip().splitlines()
    monkeypatch.undo()
    assert asked == [True]  # it was offered the sync, and the whole cycle ran
    return code, json.loads(out[-1])


def _tables(profile: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, the time of the last sync set apart."""
    p = Profile(profile)
    with p.open_store(PASSWORD) as store:
        raw = store.engine.raw_connection()
        try:
            cur = raw.cursor()
            names = [
                n
                for (n,) in cur.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                ).fetchall()
            ]
            rows = {n: sorted(map(tuple, cur.execute(f'SELECT * FROM "{n}"').fetchall()), key=repr)
                    for n in names}  # fmt: skip
        finally:
            raw.close()
    p.lock()
    return rows


def _last_sync(rows: dict[str, list[tuple[Any, ...]]]) -> str:
    """sync_state's last_sync_at (stored text), taken out of the rows."""
    [state] = rows["sync_state"]
    stamps = [v for v in state if isinstance(v, str) and re.fullmatch(r"\d{4}-.*", v)]
    [stamp] = stamps
    rows["sync_state"] = [tuple(None if v == stamp else v for v in state)]
    return stamp


def test_nothing_new_without_sqlalchemy_ends_as_the_whole_cycle(
    server_factory: Callable[..., LiveServer],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server = server_factory(n_reports=60, seed=9)
    fast, whole = tmp_path / "fast", tmp_path / "whole"
    code, first, _ = _process("--server", server.url, "--user", "officer.demo",
                              "--profile", str(fast))  # fmt: skip
    assert code == 0
    assert first["pulled"] > 0
    # A first sync leaves the day's copy to the next (the whole cycle writes it).
    assert not list(fast.glob("officer.sqlite3.daily-*"))
    code, second, modules = _process("--profile", str(fast))
    assert code == 0
    assert second["pulled"] == 0
    assert "sqlalchemy" in modules
    assert list(fast.glob("officer.sqlite3.daily-*"))
    before = _tables(fast)
    stamp_before = _last_sync(before)
    shutil.copytree(fast, whole)  # the same profile, token and daily copy twice

    code, fast_summary, modules = _process("--profile", str(fast))
    assert code == 0
    assert not modules & {"sqlalchemy", "alembic", "pydantic", "PySide6", "PIL"}
    code_whole, whole_summary = _whole_cycle(monkeypatch, capsys, whole)
    assert code_whole == 0

    del fast_summary["duration_s"], whole_summary["duration_s"]
    assert fast_summary == whole_summary
    assert fast_summary["pulled"] == 0
    assert fast_summary["cursor"] == first["cursor"]
    after_fast, after_whole = _tables(fast), _tables(whole)
    stamp_fast, stamp_whole = _last_sync(after_fast), _last_sync(after_whole)
    assert after_fast == after_whole  # every other row of every table
    assert after_fast == before
    # The time of the sync moved on, in the form SQLAlchemy stores and reads back.
    pattern = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}"
    assert re.fullmatch(pattern, stamp_fast)
    assert re.fullmatch(pattern, stamp_whole)
    assert stamp_fast > stamp_before
    assert stamp_whole > stamp_before
    with Profile(fast).open_store(PASSWORD) as store, store.read() as session:
        from officer_app.store.schema import SyncState

        state = session.get(SyncState, 1)
        assert state is not None
        assert state.last_sync_at is not None
        assert state.last_sync_at.isoformat(sep=" ").startswith(stamp_fast[:19])
        assert state.last_error is None


def test_when_the_server_has_news_the_whole_cycle_brings_them(
    server_factory: Callable[..., LiveServer], tmp_path: Path
) -> None:
    server = server_factory(n_reports=300, seed=5)
    mine, other = tmp_path / "mine", tmp_path / "other"
    for profile in (mine, other):
        code, _, _ = _process("--server", server.url, "--user", "officer.demo",
                              "--profile", str(profile))  # fmt: skip
        assert code == 0
        code, _, _ = _process("--profile", str(profile))  # writes the day's copy
        assert code == 0
    # Another workstation of the same officer accepts a report and sends it.
    with Profile(other).open_store(PASSWORD) as store, store.read() as s:
        target = list_reports(s, ReportFilter(statuses=["menunggu", "koordinasi"]))[0]
    acted = subprocess.run(
        [sys.executable, "-m", "officer_app", "act", "accept", target.number,
         "--profile", str(other)],
        input=PASSWORD + "\n", capture_output=True, text=True, cwd=REPO, timeout=120,
    )  # fmt: skip
    assert acted.returncode == 0, acted.stderr
    code, sent, _ = _process("--profile", str(other))
    assert code == 0
    assert sent["pushed"] == 1

    code, pulled, modules = _process("--profile", str(mine))
    assert code == 0
    assert pulled["pulled"] >= 1  # the whole cycle ran (with its engine)
    assert "sqlalchemy" in modules
    with Profile(mine).open_store(PASSWORD) as store, store.read() as s:
        [report] = [r for r in list_reports(s, ReportFilter()) if r.id == target.id]
        assert report.status == "proses"
    # And the next one has nothing new again.
    code, again, modules = _process("--profile", str(mine))
    assert code == 0
    assert again["pulled"] == 0
    assert "sqlalchemy" not in modules


def test_a_failing_look_falls_back_to_the_whole_cycle(
    server_factory: Callable[..., LiveServer],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server = server_factory(n_reports=60, seed=9)
    profile = tmp_path / "p"
    for extra in (("--server", server.url, "--user", "officer.demo"), ()):
        code, _, _ = _process(*extra, "--profile", str(profile))
        assert code == 0

    def broken(*args: Any, **kwargs: Any) -> None:
        raise OSError("disk trouble")

    monkeypatch.setattr(nothing_new, "run", broken)
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    capsys.readouterr()
    code = main(["sync", "--password-stdin", "--json", "--profile", str(profile)])
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert code == 0
    assert summary["outcome"] == "ok"
    assert summary["pulled"] == 0
