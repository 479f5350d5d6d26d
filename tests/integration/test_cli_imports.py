"""What a headless ``officer-app sync`` loads (issue 22: a short sync is mostly imports).

The sync runs as a real process against the real server; a small wrapper runs
``officer_app.__main__.main`` and then reports which modules the process holds.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from central_server.testing import LiveServer

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]

# Runs one command as ``officer-app`` does (``main()`` reads ``sys.argv``), then
# prints its exit code, the top-level packages it imported, which wire response
# models got a validator and how many objects were frozen for the exit.
_WRAPPER = """
import gc, json, sys
from officer_app.__main__ import main
sys.argv[0] = "officer-app"
code = main()
from crm_shared.protocol import wire
built = sorted(
    name for name, cls in vars(wire).items()
    if isinstance(cls, type) and issubclass(cls, wire._Response)
    and cls is not wire._Response and cls.__pydantic_complete__
)
print(json.dumps({"code": code, "modules": sorted({m.split(".")[0] for m in sys.modules}),
                  "built": built, "frozen": gc.get_freeze_count(), "gc": gc.isenabled()}))
"""


def _sync(*args: str) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, "-c", _WRAPPER, "sync", "--password-stdin", "--json", *args],
        input="demo-password\n",
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    *summary, report = proc.stdout.strip().splitlines()
    assert json.loads(summary[-1])["outcome"] == "ok"
    result: dict[str, object] = json.loads(report)
    return result


def test_a_sync_loads_no_gui_photos_or_migrations_and_nothing_new_no_sqlalchemy(
    server_factory: Callable[..., LiveServer], tmp_path: Path
) -> None:
    server = server_factory(n_reports=50, seed=8)
    profile = str(tmp_path / "profile")
    first = _sync("--server", server.url, "--user", "officer.demo", "--profile", profile)
    assert first["code"] == 0
    assert "TokenResponse" in first["built"]  # signed in: the answer was parsed

    # The first sync of a new profile leaves the day's copy to the next one, so the
    # second runs the whole cycle (it writes the copy): the token was reused and the
    # reference data had not changed, so only the page of changes was parsed; the
    # other response models were never built.
    assert not list(Path(profile).glob("officer.sqlite3.daily-*"))
    whole = _sync("--profile", profile)
    assert whole["code"] == 0
    modules = set(whole["modules"])  # type: ignore[call-overload]
    assert "sqlalchemy" in modules
    assert not modules & {"PySide6", "shiboken6", "PIL", "alembic", "mako"}
    assert "ChangesResponse" in whole["built"]  # type: ignore[operator]
    assert "TokenResponse" not in whole["built"]  # type: ignore[operator]
    assert "ReferenceData" not in whole["built"]  # type: ignore[operator]
    assert int(whole["frozen"]) > 10_000  # type: ignore[call-overload]
    assert whole["gc"] is True
    assert list(Path(profile).glob("officer.sqlite3.daily-*"))

    again = _sync("--profile", profile)
    assert again["code"] == 0
    modules = set(again["modules"])  # type: ignore[call-overload]
    # Then nothing new: answered without the engine (sync.nothing_new), so without SQLAlchemy;
    # no window, no photo decoding, no Alembic; no response model was built.
    assert not modules & {"PySide6", "shiboken6", "PIL", "alembic", "mako", "sqlalchemy"}
    assert again["built"] == []
    # Run as the program, the imports' objects are left out of the collections (during
    # the sync and on the way out), and the sync itself ran with the GC on.
    assert int(again["frozen"]) > 5_000  # type: ignore[call-overload]
    assert again["gc"] is True


def test_main_called_by_code_freezes_nothing(tmp_path: Path) -> None:
    code = (
        "import gc; from officer_app.__main__ import main; "
        f"main(['outbox', '--profile', {str(tmp_path / 'none')!r}]); "
        "print(gc.get_freeze_count(), gc.isenabled())"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], input="x\n", capture_output=True, text=True, cwd=REPO
    )
    assert proc.stdout.strip().splitlines()[-1] == "0 True", proc.stderr
