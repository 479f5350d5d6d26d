"""The window with its map in a map process of its own (issue 22), for real: the
reference server, the real window, the real ``map_process`` (offscreen, its window
its own). The window's code is the same as with the map inside: the list's set
reaches the child's page, a click on a point there selects the report in the
list and shows its detail beside the map, and the window closing ends the child.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from gui_support import open_synced_window, sign_in

from officer_app.views.report_list.model import ReportRole

READY_MS = 60_000


def js(qtbot: Any, view: Any, script: str) -> Any:
    box: list[Any] = []
    view.run_js(script, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=30_000)
    return box[0]


def stats(qtbot: Any, view: Any) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(js(qtbot, view, "CrmMap.stats()"))
    return result


def test_the_map_in_its_own_process_links_to_the_list(
    qtbot, server_factory, tmp_path: Path, monkeypatch
) -> None:
    from officer_app.views.map_remote import RemoteMapView

    monkeypatch.setenv("CRM_MAP_PROCESS", "separate")
    server = server_factory(n_reports=300, seed=22)
    services = sign_in(qtbot, server.url, tmp_path)
    window = open_synced_window(qtbot, services, map_cache_dir=tmp_path / "map")
    window.open_view("map")
    view = window.map_view
    assert isinstance(view, RemoteMapView)
    qtbot.waitUntil(lambda: view.is_ready, timeout=READY_MS)
    qtbot.waitUntil(lambda: len(view.payload) > 5, timeout=30_000)
    qtbot.waitUntil(lambda: stats(qtbot, view)["points"] == len(view.payload), timeout=30_000)
    child = view.pid
    assert child

    # A click on a point in the child's page: selected in the window's list. Embedded
    # (xcb), the page first takes the container's size.
    container = view._container
    if container is not None:
        qtbot.waitUntil(
            lambda: js(qtbot, view, "document.documentElement.clientWidth") == container.width(),
            timeout=30_000,
        )
    target = view.payload.ids[len(view.payload) // 2]
    i = view.payload.index_of(target)
    frames = stats(qtbot, view)["frames"]
    js(qtbot, view, f"CrmMap.setView({view.payload.lat[i]}, {view.payload.lon[i]}, 19); 1")
    qtbot.waitUntil(
        lambda: (lambda s: s["zoom"] == 19 and s["frames"] > frames)(stats(qtbot, view)),
        timeout=30_000,
    )
    where = json.loads(js(qtbot, view, f"CrmMap.pixelOf('{target}')"))
    view.click(round(where["x"]), round(where["y"]))
    qtbot.waitUntil(
        lambda: window.current_detail is not None and window.current_detail.id == target,
        timeout=30_000,
    )
    assert window.current_view() == "map"
    selected = window.table.selectionModel().selectedRows()
    assert len(selected) == 1
    assert window.model.data(selected[0], ReportRole).id == target

    # The list's selection reaches the child's page.
    window.open_view("reports")
    other = next(
        window.model.data(window.model.index(r, 0), ReportRole).id
        for r in range(window.model.rowCount())
        if window.model.data(window.model.index(r, 0), ReportRole).id in set(view.payload.ids)
        and window.model.data(window.model.index(r, 0), ReportRole).id != target
    )
    window.select_report(other)
    qtbot.waitUntil(lambda: stats(qtbot, view)["selected"] == other, timeout=30_000)

    window.close()
    qtbot.waitUntil(lambda: not Path(f"/proc/{child}").exists() or _zombie(child), timeout=30_000)
    services.close()


def _zombie(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    except OSError:
        return True
    return stat.rsplit(")", 1)[1].split()[0] == "Z"
