"""The benchmark suite's own machinery: paired rows and temporary folders (issue 22)."""

from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path

import pytest

from benchmarks.__main__ import run_group
from benchmarks.common import Paired, Result, alternate, scratch

REPO = Path(__file__).resolve().parents[2]


def test_alternate_runs_the_two_sides_in_turn_and_keeps_every_pair() -> None:
    calls: list[tuple[str, int]] = []
    ours_s = [2.0, 3.0, 2.2]
    limit_s = [1.0, 1.0, 2.0]

    def ours(i: int) -> float:
        calls.append(("ours", i))
        return ours_s[i]

    def limit(i: int) -> float:
        calls.append(("limit", i))
        return limit_s[i]

    pairs = alternate(ours, limit, 3)

    assert calls == [
        ("ours", 0),
        ("limit", 0),
        ("ours", 1),
        ("limit", 1),
        ("ours", 2),
        ("limit", 2),
    ]
    assert pairs.ratios == (2.0, 3.0, 1.1)
    assert pairs.median_ratio == 2.0  # the median of the pair ratios...
    assert pairs.spread == (1.1, 3.0)

    row = Result.paired("sync", "case", pairs, target_ratio=1.5)
    assert row.value == 2.2
    assert row.limit == 1.0
    assert row.ratio == 2.0
    assert row.passed is False
    assert row.ratio_text() == "2.00x (1.10-3.00, n=3)"

    saved = json.loads(json.dumps(row.to_json()))
    assert [r["ratio"] for r in saved["runs"]] == [2.0, 3.0, 1.1]
    again = Result.from_json(saved)
    assert again.ratio == 2.0
    assert again.ratio_spread == (1.1, 3.0)


def test_paired_rows_in_milliseconds_scale_both_sides() -> None:
    row = Result.paired("crypto", "q", Paired((0.010, 0.012), (0.010, 0.010)), unit="ms")
    assert row.value == pytest.approx(11.0)
    assert row.limit == pytest.approx(10.0)
    assert row.runs[0] == {"ours": pytest.approx(10.0), "limit": pytest.approx(10.0), "ratio": 1.0}


def test_scratch_folder_is_removed_when_the_benchmark_fails() -> None:
    kept: list[Path] = []

    def failing_benchmark() -> None:
        with scratch("sync-bench-") as work:
            (work / "profile").mkdir()
            kept.append(work)
            raise RuntimeError("the benchmark broke")

    with pytest.raises(RuntimeError):
        failing_benchmark()
    assert not kept[0].exists()


def _fake_group(tmp_path: Path, body: str) -> str:
    package = tmp_path / "fakebench"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "group.py").write_text(textwrap.dedent(body), encoding="utf-8")
    return "fakebench.group"


def test_a_failing_group_leaves_no_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = _fake_group(
        tmp_path,
        """
        import pathlib, tempfile

        def suite(quick):
            folder = pathlib.Path(tempfile.mkdtemp(prefix="sync-bench-"))
            (folder / "profile.sqlite3").write_bytes(b"x" * 1000)
            raise SystemExit(3)
        """,
    )
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(REPO), str(tmp_path)]))
    work = tmp_path / "work"
    work.mkdir()

    rows = run_group("fake", module, True, 120, work)

    assert [r.case for r in rows] == ["(group)"]
    assert "failed" in rows[0].note
    assert list(work.iterdir()) == []  # the group's TMPDIR went with it


def test_a_group_over_its_budget_is_stopped_with_its_children_and_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    marker = tmp_path / "child.pid"
    module = _fake_group(
        tmp_path,
        f"""
        import pathlib, subprocess, sys, tempfile, time

        def suite(quick):
            folder = pathlib.Path(tempfile.mkdtemp(prefix="sync-bench-"))
            (folder / "server.db").write_bytes(b"x")
            child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
            pathlib.Path({str(marker)!r}).write_text(str(child.pid))
            time.sleep(600)
        """,
    )
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(REPO), str(tmp_path)]))
    work = tmp_path / "work"
    work.mkdir()

    rows = run_group("fake", module, True, 5, work)

    assert [r.case for r in rows] == ["(group)"]
    assert "timed out" in rows[0].note
    assert list(work.iterdir()) == []
    pid = int(marker.read_text())
    # The group's own child (a server, a QtWebEngine helper) was stopped with it.
    try:
        os.kill(pid, 0)
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        assert state == "Z"  # killed; only its exit status is left for a reaper
    except ProcessLookupError:
        pass
