"""How long the desk's location picker takes to open, opening after opening (issue 22).

    python -m benchmarks.picker_bench [--opens 4] [--ways inside,cold,kept,ahead]

Each way in a fresh process (``QT_QPA_PLATFORM`` as set; under Xvfb with ``xcb`` the
map process's window is embedded as on the office PCs):
- ``inside``: the picker's map in the window's process (``CRM_MAP_PROCESS=inside``);
- ``cold``: a map process per dialog, ended when it closes (before the spare);
- ``kept``: the closed dialog's map process kept for the next (``park``);
- ``ahead``: as ``kept``, and started ahead as the intake page does, waited for
  before the first opening (the officer typing the complaint's first fields).
An opening: the dialog made and shown until its map says ``ready``; on xcb also
until the map is painted inside the dialog (colours on the screen where it is).
Prints one JSON line per way: the opening times (s), the load average, and the
memory of a kept spare (RSS and PSS of the map process and its helpers, MB).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

WAYS = ("inside", "cold", "kept", "ahead")


def _tree(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text(encoding="ascii")
                children.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry))
            except (OSError, ValueError, IndexError):
                continue
    found, todo = [pid], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _memory_mb(pids: list[int]) -> dict[str, float]:
    rss = pss = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1])
        except OSError:
            continue
    return {"rss_mb": round(rss / 1024, 1), "pss_mb": round(pss / 1024, 1)}


def run_way(way: str, opens: int, data_dir: str, cache_dir: str) -> dict[str, Any]:
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    from crm_shared.geo.boundaries import load_boundaries
    from officer_app.views import map_remote
    from officer_app.views.location_picker import LocationPickerDialog

    boundaries = load_boundaries(data_dir)  # cached per process: the map is what is timed

    def wait_until(condition: Any, timeout: float) -> bool:
        end = time.monotonic() + timeout
        loop = QEventLoop()
        while not condition():
            if time.monotonic() > end:
                return False
            QTimer.singleShot(20, loop.quit)
            loop.exec()
        return True

    def painted(dialog: Any) -> bool:
        view = dialog.picker.map
        if app.platformName() != "xcb" or not view.isVisible():
            return True
        at = view.mapToGlobal(view.rect().topLeft())
        shot = app.primaryScreen().grabWindow(0, at.x() + 30, at.y() + 30, 300, 200).toImage()
        colours = {shot.pixel(x, y) for x in range(0, 300, 9) for y in range(0, 200, 9)}
        return len(colours) > 20

    spare: dict[str, float] = {}
    if way == "ahead":
        map_remote.prestart_picker_map(data_dir=data_dir, cache_dir=Path(cache_dir))
        kept = map_remote._spares[next(iter(map_remote._spares))]
        wait_until(lambda: kept.ready, 120)
    ready_s: list[float] = []
    painted_s: list[float] = []
    for _ in range(opens):
        started = time.perf_counter()
        dialog = LocationPickerDialog(
            data_dir=data_dir, cache_dir=Path(cache_dir), boundaries=boundaries
        )
        view = dialog.picker.map
        said: list[bool] = [view.is_ready]
        view.ready.connect(lambda s=said: s.append(True))
        dialog.show()
        wait_until(lambda s=said: any(s), 120)
        ready_s.append(round(time.perf_counter() - started, 2))
        wait_until(lambda d=dialog: painted(d), 30)
        painted_s.append(round(time.perf_counter() - started, 2))
        wait_until(lambda: False, 1.0)  # the officer looks at it
        dialog.reject()
        if way == "cold":
            map_remote.end_spares(wait=True)
        dialog.deleteLater()
        wait_until(lambda: False, 1.5)  # between walk-ins
        if way in ("kept", "ahead") and not spare:
            pid = map_remote.spare_pid()
            spare = _memory_mb(_tree(pid)) if pid else {}
    map_remote.end_spares(wait=True)
    return {
        "way": way,
        "platform": app.platformName(),
        "ready_s": ready_s,
        "painted_s": painted_s,
        "load": os.getloadavg()[0],
        "spare": spare,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opens", type=int, default=4)
    parser.add_argument("--ways", default=",".join(WAYS))
    parser.add_argument("--way", help=argparse.SUPPRESS)  # one way, in this process
    parser.add_argument("--data-dir", default=os.environ.get("CRM_DATA_DIR", ""))
    parser.add_argument("--cache-dir", default="/tmp/picker-bench-cache")
    args = parser.parse_args()
    if args.way:
        print("PICKER " + json.dumps(run_way(args.way, args.opens, args.data_dir, args.cache_dir)))
        sys.stdout.flush()
        os._exit(0)  # as the app: no Chromium teardown at interpreter exit
    for way in args.ways.split(","):
        env = {**os.environ, "CRM_MAP_PROCESS": "inside" if way == "inside" else "separate"}
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.picker_bench", "--way", way]
            + ["--opens", str(args.opens), "--data-dir", args.data_dir]
            + ["--cache-dir", args.cache_dir],
            capture_output=True,
            text=True,
            env=env,
            timeout=900,
        )
        lines = [ln for ln in done.stdout.splitlines() if ln.startswith("PICKER ")]
        print(lines[-1][7:] if lines else json.dumps({"way": way, "error": done.stderr[-800:]}))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
