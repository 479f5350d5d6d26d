"""Map speed: points pushed and painted, filter redraw, pan/zoom frames; folium baseline.

    QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 \\
        .venv/bin/python benchmarks/map_bench.py [--sizes 10000,50000] [--baseline 10000]

Issue 5 targets: 50,000 points pushed and painted within 1.0 s; a filter change
redrawn within 300 ms; pan/zoom at 50,000 points within 150 ms per frame
(aggregation allowed). The baseline is folium's own markers written into the HTML.
Prints a table; no thresholds are enforced here or in the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

from officer_app.views.tile_scheme import register_map_schemes  # noqa: E402

register_map_schemes()

import folium  # noqa: E402
import shiboken6  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer, QUrl  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from crm_shared.domain import Status  # noqa: E402
from crm_shared.geo.boundaries import load_boundaries  # noqa: E402
from crm_shared.geo.datadir import find_data_dir  # noqa: E402
from officer_app.maps.page import JAKARTA_CENTER, LocalMap, asset_urls  # noqa: E402
from officer_app.maps.payload import build_points_payload  # noqa: E402
from officer_app.views.map_view import MapProfile, MapView  # noqa: E402


def wait_for(signal: Any, timeout_ms: int = 60_000) -> list[Any]:
    loop = QEventLoop()
    got: list[Any] = []

    def done(*args: Any) -> None:
        got.extend(args)
        loop.quit()

    signal.connect(done)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(done)
    return got


def js(view: MapView, script: str) -> Any:
    loop = QEventLoop()
    box: list[Any] = []
    view.run_js(script, lambda r: (box.append(r), loop.quit()))
    loop.exec()
    return box[0]


def rows(n: int, seed: int = 1) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    data_dir = find_data_dir()
    statuses = list(Status)
    weights = [20, 4, 3, 25, 8, 30, 4, 6]
    out = []
    if data_dir is not None:
        b = load_boundaries(data_dir)
        places = [k for k in b.kelurahan_list() if k.kota_name != "Kepulauan Seribu"]
        for i in range(n):
            place = rng.choice(places)
            lat, lon = b.random_point_in(place.code or "", rng)
            out.append(
                {
                    "id": f"r{i}",
                    "number": f"JK{i:010d}",
                    "lat": lat,
                    "lon": lon,
                    "status": rng.choices(statuses, weights)[0],
                    "overdue": rng.random() < 0.15,
                }
            )
    else:
        for i in range(n):
            out.append(
                {
                    "id": f"r{i}",
                    "lat": -6.35 + rng.random() * 0.25,
                    "lon": 106.7 + rng.random() * 0.25,
                    "status": rng.choices(statuses, weights)[0],
                    "overdue": False,
                }
            )
    return out


def bench_points(view: MapView, n: int) -> dict[str, float]:
    data = rows(n)
    payload = build_points_payload(data)
    started = time.perf_counter()
    view.set_points(payload)
    wait_for(view.pointsDrawn)
    push_s = time.perf_counter() - started
    stats = json.loads(js(view, "CrmMap.stats()"))
    # A filter change: the open reports only (about half).
    subset = build_points_payload(
        r for r in data if r["status"] not in (Status.SELESAI, Status.DITOLAK)
    )
    started = time.perf_counter()
    view.set_points(subset)
    wait_for(view.pointsDrawn)
    filter_s = time.perf_counter() - started
    view.set_points(payload)
    wait_for(view.pointsDrawn)
    frames = {}
    for zoom in (11, 13, 15):
        js(view, f"CrmMap.setView(-6.2, 106.83, {zoom}); 1")
        frames[zoom] = float(js(view, "CrmMap.redrawTimes(10)")) / 1000.0
    started = time.perf_counter()
    js(view, "CrmMap.setView(-6.2, 106.83, 12); 1")
    for _ in range(10):
        js(view, "CrmMap.panBy(120, 80); 1")
    pan_s = (time.perf_counter() - started) / 11
    return {
        "push_paint_s": push_s,
        "page_push_ms": stats["lastPushMs"],
        "filter_s": filter_s,
        "frame_z11_s": frames[11],
        "frame_z13_s": frames[13],
        "frame_z15_s": frames[15],
        "pan_s": pan_s,
    }


def bench_folium_markers(profile: MapProfile, n: int, cache: Path) -> dict[str, float]:
    """The baseline: n folium CircleMarkers written into the page."""
    from PySide6.QtWebEngineCore import QWebEnginePage
    from PySide6.QtWebEngineWidgets import QWebEngineView

    started = time.perf_counter()
    fmap = LocalMap(
        asset_urls(),
        location=JAKARTA_CENTER,
        zoom_start=11,
        tiles=None,
        max_zoom=19,
        prefer_canvas=True,
    )
    for row in rows(n):
        folium.CircleMarker(
            (row["lat"], row["lon"]),
            radius=4,
            weight=1,
            color=Status(row["status"]).colour,
            fill=True,
        ).add_to(fmap)
    html = fmap.get_root().render()
    path = cache / f"crm-map-{n:016x}.html"  # a name the map scheme serves
    path.write_text(html, encoding="utf-8")
    build_s = time.perf_counter() - started
    view = QWebEngineView()
    page = QWebEnginePage(profile.profile, view)
    view.setPage(page)
    view.resize(1200, 800)
    view.show()
    started = time.perf_counter()
    page.load(QUrl(profile.tiles.add_page(path)))  # through crmmap:, like the app
    wait_for(page.loadFinished)
    load_s = time.perf_counter() - started
    view.close()
    view.deleteLater()
    return {"build_s": build_s, "load_paint_s": load_s, "html_mb": len(html) / 1e6}


def suite(quick: bool) -> list:
    """Rows for ``python -m benchmarks``: our canvas points against folium's markers."""
    from benchmarks.common import Result, peak_rss_mb, scratch

    sizes = [10_000] if quick else [10_000, 50_000]
    baseline_n = 10_000
    app = QApplication.instance() or QApplication(sys.argv[:1])
    profile = MapProfile(parent=app)
    with scratch("map-bench-") as cache:
        view = MapView(cache_dir=cache, profile=profile)
        view.resize(1200, 800)
        view.show()
        wait_for(view.ready)
        measured = {n: bench_points(view, n) for n in sizes}
        base = bench_folium_markers(profile, baseline_n, cache)
        view.close()
        shiboken6.delete(view)
    out = []
    for n, r in measured.items():
        label = f"{n // 1000}k"
        out.append(
            Result(
                "map",
                f"{label} points pushed and painted",
                r["push_paint_s"],
                "s",
                limit=base["build_s"] + base["load_paint_s"] if n == baseline_n else None,
                limit_name=f"folium markers in HTML, {baseline_n // 1000}k (baseline)",
                target=1.0 if n >= 50_000 else None,
                rss_mb=peak_rss_mb(),
                note=f"in page {r['page_push_ms']:.0f} ms",
                extra=r,
            )
        )
        out.append(
            Result(
                "map",
                f"{label}: filter redraw (open only)",
                r["filter_s"] * 1000,
                target=300,
                extra=r,
            )
        )
        worst = max(r["frame_z11_s"], r["frame_z13_s"], r["frame_z15_s"], r["pan_s"])
        out.append(
            Result(
                "map",
                f"{label}: pan/zoom, worst frame (zoom 11/13/15, pan)",
                worst * 1000,
                target=150,
                extra=r,
            )
        )
    out.append(
        Result(
            "map",
            f"baseline: {baseline_n // 1000}k folium markers, build + load + paint",
            base["build_s"] + base["load_paint_s"],
            "s",
            note=f"{base['html_mb']:.1f} MB of HTML",
            extra=base,
        )
    )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,50000")
    parser.add_argument("--baseline", type=int, default=10000, help="0: skip")
    args = parser.parse_args()
    app = QApplication(sys.argv)
    profile = MapProfile(parent=app)
    cache = Path(tempfile.mkdtemp(prefix="map-bench-"))
    view = MapView(cache_dir=cache, profile=profile)
    view.resize(1200, 800)
    view.show()
    wait_for(view.ready)

    print(
        f"{'points':>8} {'push+paint':>11} {'in page':>9} {'filter':>8} "
        f"{'frame z11':>10} {'frame z13':>10} {'frame z15':>10} {'pan':>8}"
    )
    for n in (int(s) for s in args.sizes.split(",")):
        r = bench_points(view, n)
        print(
            f"{n:>8} {r['push_paint_s']:>10.3f}s {r['page_push_ms'] / 1000:>8.3f}s "
            f"{r['filter_s']:>7.3f}s {r['frame_z11_s']:>9.4f}s {r['frame_z13_s']:>9.4f}s "
            f"{r['frame_z15_s']:>9.4f}s {r['pan_s']:>7.4f}s"
        )
    if args.baseline:
        b = bench_folium_markers(profile, args.baseline, cache)
        print(
            f"\nbaseline: {args.baseline} folium CircleMarkers in the HTML: build "
            f"{b['build_s']:.2f}s, load+paint {b['load_paint_s']:.2f}s, "
            f"{b['html_mb']:.1f} MB of HTML"
        )
    view.close()
    shiboken6.delete(view)  # pages go before their profile
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
