"""Helpers of the map tests (demo-like points, running JavaScript in the page)."""

from __future__ import annotations

import json
import random
from typing import Any

from crm_shared.domain import Status
from crm_shared.geo.boundaries import Boundaries


def demo_rows(boundaries: Boundaries, n: int, seed: int = 1) -> list[dict[str, Any]]:
    """Report rows spread over the mainland kelurahan with demo-like statuses."""
    rng = random.Random(seed)
    places = [k for k in boundaries.kelurahan_list() if k.kota_name != "Kepulauan Seribu"]
    statuses = list(Status)
    weights = [20, 4, 3, 25, 8, 30, 4, 6]
    rows = []
    for i in range(n):
        place = rng.choice(places)
        assert place.code is not None
        lat, lon = boundaries.random_point_in(place.code, rng)
        rows.append(
            {
                "id": f"r{i}",
                "number": f"JK2311{i:06d}",
                "lat": lat,
                "lon": lon,
                "status": rng.choices(statuses, weights)[0],
                "overdue": rng.random() < 0.15,
            }
        )
    return rows


def js(qtbot: Any, view: Any, script: str, timeout: int = 10_000) -> Any:
    """Run JavaScript in the map page and return its result."""
    box: list[Any] = []
    view.run_js(script, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=timeout)
    return box[0]


def stats(qtbot: Any, view: Any) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(js(qtbot, view, "CrmMap.stats()"))
    return result


def set_view(qtbot: Any, view: Any, lat: float, lon: float, zoom: int) -> None:
    """Move the map and wait until the points layer has drawn the new view.

    (A fixed pause after ``CrmMap.setView`` was too short on a loaded machine: a
    click or hover then hit the frame of the old view.)
    """
    before = stats(qtbot, view)["frames"]
    js(qtbot, view, f"CrmMap.setView({lat}, {lon}, {zoom}); 1")
    qtbot.waitUntil(
        lambda: (lambda s: s["zoom"] == zoom and s["frames"] > before)(stats(qtbot, view)),
        timeout=15_000,
    )
