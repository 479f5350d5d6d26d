"""Cold start of the window with N reports, then the map opened (issue 9, cases 5 and RSS).

    .venv/bin/python -m benchmarks.startup_bench [--reports 100000]

Each run is a fresh process (offscreen): from its first line to the first rows
shown in the list (imports, QApplication, profile open, window, count + first
page), then the map page opened and every report of the list pushed and
painted. The child reports its own peak RSS (VmHWM) and, separately, the
resident memory of the QtWebEngine helper processes below it (renderer, GPU,
zygote) while the map is open. The profile is filled once through the pull's
bulk path (``list_bench.fill``), not measured here.

The window engineer's ``list_bench`` measures the same cold start with its
query table; this module adds the map and the memory.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import Result, log, scratch


def child(profile_dir: Path) -> None:
    t0 = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    from officer_app.heap import limit_malloc_arenas

    limit_malloc_arenas()  # as run_gui does, before any thread starts
    # As run_gui does: QtWebEngine is loaded only when the map is shown in this process
    # (CRM_MAP_PROCESS=inside), not when it runs in its own (separate, issue 22).
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)

    from benchmarks.common import descendants, memory_mb, peak_rss_mb, rss_mb
    from benchmarks.list_bench import _services
    from crm_shared.geo.datadir import find_data_dir
    from officer_app.views.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    services = _services(profile_dir)
    window = MainWindow(
        services,
        auto_sync_minutes=0,
        tray=False,
        map_data_dir=find_data_dir(),
        map_cache_dir=profile_dir / "map-cache",
    )
    window.resize(1400, 900)
    window.show()
    spin(lambda: window.model.rowCount() > 0 and not window.model.loading, 60)
    assert window.model.data(window.model.index(0, 0)), "no first row"
    app.processEvents()
    t_rows = time.perf_counter()
    rss_list = peak_rss_mb()
    mem_list = memory_mb()

    drawn: list[float] = []
    window.open_view("map")
    view = window.map_view
    view.pointsDrawn.connect(lambda *a: drawn.append(time.perf_counter()))
    spin(lambda: bool(drawn), 120)
    t_map = drawn[0] if drawn else float("nan")
    spin(lambda: False, 0.5)  # let the page settle before reading memory
    helpers = {pid: rss_mb(pid) or 0.0 for pid in descendants(os.getpid())}
    map_pid = getattr(view, "pid", 0)  # the map process (separate) or none (inside)
    rss_map_open = rss_mb()
    peak_map_open = peak_rss_mb()
    # What the figures count (issue 22): the client's resident memory split into
    # heap and mapped files, and the proportional share (PSS) of the client and of
    # the helpers, whose libraries and shared memory they partly share.
    mem_client = memory_mb()
    mem_helpers = [memory_mb(pid) for pid in descendants(os.getpid())]

    # Back to the list: the map page is hidden and its web view released (issue 22).
    view.release_delay_ms = 0
    window.open_view("reports")
    spin(lambda: view.released, 30)
    spin(lambda: False, 1.0)  # let the renderer go and deleted objects be freed
    after = {pid: rss_mb(pid) or 0.0 for pid in descendants(os.getpid())}
    print(
        "RESULT "
        + json.dumps(
            {
                "rows_s": t_rows - t0,
                "map_s": t_map - t_rows,
                "rss_list_mb": rss_list,
                "rss_peak_mb": peak_map_open,
                "rss_now_mb": rss_map_open,
                "webengine_mb": sum(helpers.values()),
                "webengine_procs": len(helpers),
                "client_anon_list_mb": mem_list.get("anon", 0.0),
                "client_file_list_mb": mem_list.get("file", 0.0),
                "client_anon_mb": mem_client.get("anon", 0.0),
                "client_file_mb": mem_client.get("file", 0.0),
                "client_shmem_mb": mem_client.get("shmem", 0.0),
                "client_pss_mb": mem_client.get("pss", 0.0),
                "client_uss_mb": mem_client.get("uss", 0.0),
                "webengine_pss_mb": sum(m.get("pss", 0.0) for m in mem_helpers),
                "webengine_uss_mb": sum(m.get("uss", 0.0) for m in mem_helpers),
                "released": view.released,
                "rss_released_mb": rss_mb(),
                "webengine_released_mb": sum(after.values()),
                "rows": window.model.rowCount(),
                "mode": "separate" if map_pid else "inside",
                "map_process_mb": helpers.get(map_pid, 0.0),
                "webengine_in_client": any("WebEngine" in m for m in sys.modules),
            }
        ),
        flush=True,
    )
    window.close()
    services.close()
    os._exit(0)  # the web engine's teardown is not what is measured


def spin(done: Callable[[], bool], timeout_s: float) -> None:
    """Run the event loop until ``done()`` or the timeout. An event loop, not
    processEvents + sleep: on xcb that way the web view never gets its page loaded."""
    from PySide6.QtCore import QEventLoop, QTimer

    if done():
        return
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    poll.start(2)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    poll.stop()


def run_child(profile_dir: Path, mode: str = "inside") -> dict:
    """One cold start; ``mode``: the map inside the client, or in its own process."""
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.startup_bench", "--child", str(profile_dir)],
        capture_output=True,
        text=True,
        timeout=240,
        env={
            **os.environ,
            # STARTUP_BENCH_QPA=xcb (under Xvfb): the map process's window embedded
            "QT_QPA_PLATFORM": os.environ.get("STARTUP_BENCH_QPA", "offscreen"),
            "QTWEBENGINE_DISABLE_SANDBOX": "1",
            "CRM_MAP_PROCESS": mode,
        },
    )
    wall = time.perf_counter() - started
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    if not lines:
        raise RuntimeError(f"child failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return {**json.loads(lines[-1][7:]), "wall_s": wall}


def suite(quick: bool, n: int | None = None) -> list[Result]:
    from benchmarks.list_bench import fill

    n = n or (10_000 if quick else 100_000)
    runs = 1 if quick else 3
    with scratch("startup-bench-") as profile:
        t = time.perf_counter()
        fill(profile, n)
        log(f"startup: filled {n} reports in {time.perf_counter() - t:.0f} s")
        results: list[dict] = []
        apart: list[dict] = []
        for _ in range(runs):  # the two ways alternated, on the same profile
            results.append(run_child(profile, "inside"))
            apart.append(run_child(profile, "separate"))
    for r in results + apart:
        log(f"startup: {r}")
    med = _medians(results)
    sep = _medians(apart)
    label = f"{n // 1000}k"
    return _rows(med, results, runs, label) + _separate_rows(sep, apart, label)


def _medians(results: list[dict]) -> dict[str, float]:
    return {
        k: statistics.median(float(r[k]) for r in results)
        for k in results[0]
        if isinstance(results[0][k], int | float) and not isinstance(results[0][k], bool)
    }


def _separate_rows(sep: dict[str, float], apart: list[dict], label: str) -> list[Result]:
    """The map in a process of its own (CRM_MAP_PROCESS=separate, issue 22)."""
    clean = not any(r["webengine_in_client"] for r in apart)
    return [
        Result(
            "startup",
            f"client peak RSS, {label}, map open in its own process",
            sep["rss_peak_mb"],
            "MB",
            target=400.0,
            rss_mb=sep["rss_peak_mb"],
            note=f"QtWebEngine never loaded in the client: {clean}",
            extra={"runs": apart},
        ),
        Result(
            "startup",
            f"client RSS with the map open, {label}, map in its own process (now)",
            sep["rss_now_mb"],
            "MB",
            target=400.0,
            note=(
                f"PSS {sep['client_pss_mb']:.0f} MB, heap {sep['client_anon_mb']:.0f} + "
                f"files {sep['client_file_mb']:.0f}"
            ),
        ),
        Result(
            "startup",
            f"map process + its QtWebEngine helpers' RSS, {label} (reported apart)",
            sep["webengine_mb"],
            "MB",
            note=(
                f"the map process itself {sep['map_process_mb']:.0f} MB; "
                f"{int(sep['webengine_procs'])} processes"
            ),
        ),
        Result(
            "startup",
            f"whole app PSS, {label}, map in its own process (client + map process + helpers)",
            sep["client_pss_mb"] + sep["webengine_pss_mb"],
            "MB",
        ),
        Result(
            "startup",
            f"then map opened, {label} points pushed and painted, map in its own process",
            sep["map_s"],
            "s",
        ),
        Result(
            "startup",
            f"client RSS after leaving the map page (map process ended), {label}",
            sep["rss_released_mb"],
            "MB",
            target=400.0,
            note=f"helpers now {sep['webengine_released_mb']:.0f} MB",
        ),
    ]


def _rows(med: dict[str, float], results: list[dict], runs: int, label: str) -> list[Result]:
    return [
        Result(
            "startup",
            f"cold start to first rows, {label} reports (median of {runs})",
            med["rows_s"],
            "s",
            target=2.0,
            rss_mb=med["rss_list_mb"],
            extra={"runs": results},
        ),
        Result(
            "startup",
            f"then map opened, {label} points pushed and painted",
            med["map_s"],
            "s",
            extra={"runs": results},
        ),
        Result(
            "startup",
            f"peak RSS of the client with {label} reports and the map open",
            med["rss_peak_mb"],
            "MB",
            target=400.0,
            rss_mb=med["rss_peak_mb"],
            note=(
                f"QtWebEngine helpers: {med['webengine_mb']:.0f} MB in "
                f"{int(med['webengine_procs'])} processes (counted apart)"
            ),
            extra={"webengine_mb": med["webengine_mb"]},
        ),
        Result(
            "startup",
            f"QtWebEngine helper processes' RSS, {label} map open (reported apart)",
            med["webengine_mb"],
            "MB",
        ),
        Result(
            "startup",
            f"client RSS with the map open, {label} (now, not peak)",
            med["rss_now_mb"],
            "MB",
            target=400.0,
        ),
        Result(
            "startup",
            f"client PSS with the map open, {label} (shared pages in proportion)",
            med["client_pss_mb"],
            "MB",
            target=400.0,
            note=(
                f"RSS now {med['rss_now_mb']:.0f} MB = heap {med['client_anon_mb']:.0f} "
                f"+ mapped files {med['client_file_mb']:.0f} + shared memory "
                f"{med['client_shmem_mb']:.0f} (list only: heap "
                f"{med['client_anon_list_mb']:.0f} + files {med['client_file_list_mb']:.0f}); "
                f"own pages (USS) {med['client_uss_mb']:.0f} MB"
            ),
        ),
        Result(
            "startup",
            f"whole app PSS with the map open, {label} (client + QtWebEngine helpers)",
            med["client_pss_mb"] + med["webengine_pss_mb"],
            "MB",
            note=(
                f"helpers' PSS {med['webengine_pss_mb']:.0f} MB, their own pages "
                f"{med['webengine_uss_mb']:.0f} MB"
            ),
        ),
        Result(
            "startup",
            f"client RSS after leaving the map page (web view released), {label}",
            med["rss_released_mb"],
            "MB",
            target=400.0,
            note=(
                f"released: {all(r['released'] for r in results)}; helpers now "
                f"{med['webengine_released_mb']:.0f} MB"
            ),
            extra={"webengine_released_mb": med["webengine_released_mb"]},
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--child", type=Path, default=None)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    for r in suite(False, args.reports):
        print(f"{r.case}: {r.value:.2f} {r.unit} {r.note}")


if __name__ == "__main__":
    main()
