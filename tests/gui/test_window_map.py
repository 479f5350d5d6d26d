"""The map inside the window, for real: reference server, QtWebEngine offscreen.

The map shows the list's set, follows its filters, a click on a point selects
the report in the list and shows its detail beside the map, and selecting in the
list centres the map on the report.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from gui_support import open_synced_window, sign_in
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from crm_shared.domain import Status
from officer_app.views.report_list.model import ReportRole

READY_MS = 60_000


def js(qtbot: Any, view: Any, script: str) -> Any:
    box: list[Any] = []
    view.run_js(script, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


def stats(qtbot: Any, view: Any) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(js(qtbot, view, "CrmMap.stats()"))
    return result


def list_ids(window: Any) -> set[str]:
    model = window.model
    return {model.data(model.index(row, 0), ReportRole).id for row in range(model.rowCount())}


def located_ids(services: Any, ids: set[str]) -> set[str]:
    from sqlalchemy import select

    from officer_app.store.schema import Report

    with services.store.read() as s:
        return set(
            s.scalars(
                select(Report.id).where(
                    Report.id.in_(ids), Report.lat.is_not(None), Report.lon.is_not(None)
                )
            )
        )


def open_map(qtbot: Any, window: Any) -> Any:
    assert window.map_view is None  # created only when the page is first shown
    window.open_view("map")
    view = window.map_view
    assert view is not None
    qtbot.waitUntil(lambda: view.is_ready, timeout=READY_MS)
    qtbot.waitUntil(lambda: len(view.payload) > 0, timeout=20_000)
    qtbot.waitUntil(lambda: stats(qtbot, view)["points"] == len(view.payload), timeout=20_000)
    return view


def test_map_follows_the_list_and_links_both_ways(qtbot, server_factory, tmp_path: Path) -> None:
    server = server_factory(n_reports=200, seed=21)
    services = sign_in(qtbot, server.url, tmp_path)
    window = open_synced_window(qtbot, services, map_cache_dir=tmp_path / "map")
    view = open_map(qtbot, window)
    # Nothing selected yet: the map page says what to do there (it has no list).
    hint = window.map_detail.empty.text()
    assert window.map_detail.empty.isVisible()
    assert "daftar" not in hint
    assert "di peta" in hint

    # The same set as the list (every listed report that has a location).
    shown = set(view.payload.ids)
    assert shown == located_ids(services, list_ids(window))
    assert len(shown) > 20

    # A filter change: the map shows the new, smaller set.
    combo = window.filter_bar.status
    combo.setCurrentIndex(combo.findData(Status.MENUNGGU.value))
    qtbot.waitUntil(
        lambda: not window.model.loading and set(view.payload.ids) != shown, timeout=20_000
    )
    waiting = list_ids(window)
    assert 0 < len(waiting) < len(shown)
    assert set(view.payload.ids) == located_ids(services, waiting)
    qtbot.waitUntil(lambda: stats(qtbot, view)["points"] == len(view.payload), timeout=20_000)

    # Click on a point -> the report is selected in the list, its detail shows by the map.
    target = view.payload.ids[len(view.payload) // 2]
    i = view.payload.index_of(target)
    frames = stats(qtbot, view)["frames"]
    js(qtbot, view, f"CrmMap.setView({view.payload.lat[i]}, {view.payload.lon[i]}, 19); 1")
    # Clicked once the points layer has drawn the new view (a fixed pause was load-bound).
    qtbot.waitUntil(
        lambda: (lambda s: s["zoom"] == 19 and s["frames"] > frames)(stats(qtbot, view)),
        timeout=15_000,
    )
    where = json.loads(js(qtbot, view, f"CrmMap.pixelOf('{target}')"))
    surface = view.view.focusProxy()
    pos = QPoint(round(where["x"]), round(where["y"]))
    QTest.mouseMove(surface, pos)
    QTest.mouseClick(surface, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    qtbot.waitUntil(
        lambda: window.current_detail is not None and window.current_detail.id == target,
        timeout=10_000,
    )
    assert window.current_view() == "map"  # the officer keeps the map in view
    assert window.map_detail.number.full_text() == window.current_detail.number
    assert window.map_detail.content.isVisible()
    selected = window.table.selectionModel().selectedRows()
    assert len(selected) == 1
    assert window.model.data(selected[0], ReportRole).id == target

    # List selection -> the map centres on that report and highlights it.
    window.open_view("reports")
    far_row = max(
        range(window.model.rowCount()),
        key=lambda r: abs(view.payload.lat[i] - _lat(view, window, r)),
    )
    report = window.model.data(window.model.index(far_row, 0), ReportRole)
    j = view.payload.index_of(report.id)
    assert j is not None
    window.select_row(far_row)

    def centred() -> bool:
        now = stats(qtbot, view)
        return (
            abs(now["lat"] - view.payload.lat[j]) < 1e-3
            and abs(now["lon"] - view.payload.lon[j]) < 1e-3
            and now["selected"] == report.id
        )

    qtbot.waitUntil(centred, timeout=10_000)
    window.close()
    services.close()


def _lat(view: Any, window: Any, row: int) -> float:
    report = window.model.data(window.model.index(row, 0), ReportRole)
    k = view.payload.index_of(report.id)
    return view.payload.lat[k] if k is not None else view.payload.lat[0]
