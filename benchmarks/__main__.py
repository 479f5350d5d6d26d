"""The performance suite: every hot path against its physical limit, in one run (issue 9).

    .venv/bin/python -m benchmarks [--quick] [--json OUT] [--only sync,map]

Each group runs in a fresh process (``benchmarks.common``), one after the other,
so that no group warms another's caches or inherits its memory, and a group that
crashes or runs over its time is reported and the rest still run. The table goes
to stdout, progress to stderr. No threshold here fails the run: the exit status
is 0 when every group produced its rows (a FAIL row is a finding, not an error).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import Result, fmt, log, machine, table, write_json

# (name, module, time budget in seconds for --quick, for the full run)
GROUPS: list[tuple[str, str, int, int]] = [
    ("sync", "benchmarks.sync_bench", 600, 2400),  # alternated rounds: 3 of each side
    ("push", "benchmarks.push_bench", 300, 900),  # alternated: 3 pairs
    ("list", "benchmarks.list_bench", 120, 900),
    ("startup", "benchmarks.startup_bench", 120, 900),
    ("map", "benchmarks.map_bench", 120, 600),
    ("photo", "benchmarks.photo_bench", 60, 300),
    ("dashboard", "benchmarks.dashboard_bench", 90, 600),
    ("desk", "benchmarks.desk_bench", 90, 600),
    ("privacy", "benchmarks.privacy_bench", 120, 900),
    # The security engineer's encrypted-profile benchmark, once it defines suite().
    ("crypto", "benchmarks.crypto_bench", 120, 900),
    # The central server under a morning rush (Locust; PostgreSQL rows need
    # CRM_BENCH_POSTGRES_URL): issue 16.
    ("load", "benchmarks.load_bench", 300, 1800),
]


def _plugged(module: str) -> str | None:
    """None when ``module`` can run in the suite, else why not (without importing Qt)."""
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        return "not written yet"
    source = Path(spec.origin).read_text(encoding="utf-8")
    if "\ndef suite(" not in source:
        return "has no suite(quick) entry point yet"
    return None


def run_group(name: str, module: str, quick: bool, budget_s: int, work: Path) -> list[Result]:
    out = work / f"{name}.json"
    cmd = [sys.executable, "-m", "benchmarks.common", module, "--out", str(out)]
    if quick:
        cmd.append("--quick")
    # Everything the group puts in temporary folders (profiles, seeded servers) lands
    # in its own folder here, removed when the group ends, however it ends.
    tmp = work / f"{name}-tmp"
    tmp.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QTWEBENGINE_DISABLE_SANDBOX": "1",
        "PYTHONUNBUFFERED": "1",
        "TMPDIR": str(tmp),
    }
    started = time.perf_counter()
    # Its own process group: at the time budget the group's servers and QtWebEngine
    # helpers are stopped with it.
    child = subprocess.Popen(
        cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True
    )
    try:
        output, _ = child.communicate(timeout=budget_s)
    except subprocess.TimeoutExpired:
        _kill_group(child)
        output, _ = child.communicate()
        tail = (output or b"").decode(errors="replace")[-1500:]
        log(f"[{name}] stopped after its budget of {budget_s} s\n{tail}")
        return [Result(name, "(group)", float(budget_s), "s", note=f"timed out: {tail[-200:]}")]
    finally:
        _kill_group(child)  # anything the group left running
        shutil.rmtree(tmp, ignore_errors=True)
    proc = subprocess.CompletedProcess(cmd, child.returncode, output)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0 or not out.exists():
        tail = proc.stdout.decode(errors="replace")[-3000:]
        log(f"[{name}] failed (exit {proc.returncode}) after {elapsed:.0f} s\n{tail}")
        return [Result(name, "(group)", elapsed, "s", note=f"failed: {tail[-300:]}")]
    log(f"[{name}] done in {elapsed:.0f} s")
    return [Result.from_json(r) for r in json.loads(out.read_text(encoding="utf-8"))]


def _kill_group(child: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(child.pid, signal.SIGKILL)


def plot(results: list[Result], path: Path, machine_info: dict) -> None:
    """One bar per targeted case: our figure as a share of what its target allows.

    For a ratio target the bar is ratio / allowed ratio; for an absolute target,
    value / target. 1.0 (the line) is the target: below it passes.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [r for r in results if r.passed is not None]
    shares = []
    for r in rows:
        if r.target_ratio is not None and r.ratio is not None:
            shares.append(r.ratio / r.target_ratio)
        else:
            shares.append(r.value / float(r.target or 1))
    labels = [f"{r.group}: {r.case}"[:70] for r in rows]
    fig, ax = plt.subplots(figsize=(11, 0.42 * len(rows) + 1.6))
    colours = ["#2e7d32" if s <= 1 else "#c62828" for s in shares]
    ax.barh(range(len(rows)), shares, color=colours)
    ax.axvline(1.0, color="black", linewidth=1)
    ax.set_yticks(range(len(rows)), labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("share of the target (ratio to raw limit / allowed ratio, or time / bound)")
    for i, (share, r) in enumerate(zip(shares, rows, strict=True)):
        text = f"{r.ratio:.2f}x" if r.target_ratio is not None and r.ratio else fmt(r.value, r.unit)
        ax.text(share, i, f" {text}", va="center", fontsize=7)
    ax.set_title(
        f"Performance suite vs targets (green passes) - {machine_info.get('nproc')} CPUs, "
        f"{machine_info.get('cpu', '')[:40]}",
        fontsize=9,
    )
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main() -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--quick", action="store_true", help="the small sizes only (< 2 min)")
    parser.add_argument("--json", type=Path, default=None, help="write the results here")
    parser.add_argument("--only", default="", help="comma-separated group names")
    parser.add_argument("--plot", type=Path, default=None, help="PNG of ratios to targets")
    parser.add_argument("--from-json", type=Path, default=None, help="re-print/plot a run")
    args = parser.parse_args()
    if args.from_json:
        saved = json.loads(args.from_json.read_text(encoding="utf-8"))
        results = [Result.from_json(r) for r in saved["results"]]
        print(table(results))
        if args.plot:
            plot(results, args.plot, saved.get("machine", {}))
        return 0
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    results: list[Result] = []
    errors = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-suite-") as tmp:
        for name, module, quick_budget, full_budget in GROUPS:
            if only and name not in only:
                continue
            why = _plugged(module)
            if why:
                log(f"[{name}] skipped: {module} {why}")
                continue
            log(f"[{name}] running {module}{' --quick' if args.quick else ''} ...")
            rows = run_group(
                name, module, args.quick, quick_budget if args.quick else full_budget, Path(tmp)
            )
            errors += any(r.case == "(group)" for r in rows)
            results.extend(rows)
    total = time.perf_counter() - started
    m = machine()
    print(
        f"\n{m['cpu']} | {m['nproc']} CPUs | {m['ram_gb']} GB RAM | Python {m['python']} | "
        f"PySide6 {m['versions']['PySide6']} | {'quick' if args.quick else 'full'} run "
        f"in {total:.0f} s\n"
    )
    print(table(results))
    failed = [r for r in results if r.passed is False]
    print(f"\n{len(results)} rows, {len(failed)} over target, {errors} group error(s)")
    if args.json:
        write_json(args.json, results, quick=args.quick, wall_s=round(total, 1))
        print(f"results written to {args.json}")
    if args.plot:
        plot(results, args.plot, m)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
