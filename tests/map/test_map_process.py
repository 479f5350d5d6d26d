"""The map in a process of its own (issue 22), for real: ``RemoteMapView`` starts the
real ``map_process`` (QtWebEngine offscreen, its window its own: offscreen cannot
embed one) and everything is asked of the child's page through the protocol.

- the points reach the child's map (its page counts what it drew);
- a click in the child's page reaches the window's side as ``reportClicked``;
- the child's death is said on the map page, which starts it again on request;
- the window's process never loads QtWebEngine, and leaves no orphan when it
  ends, whether it quits or is killed (both in a subprocess of its own).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from officer_app.maps.payload import build_points_payload

READY_MS = 60_000
JAKARTA = (-6.2, 106.82)


def rows(n: int) -> list[dict[str, Any]]:
    lat0, lon0 = JAKARTA
    return [
        {
            "id": f"rep-{i}",
            "lat": lat0 + (i % 40) * 0.002,
            "lon": lon0 + (i // 40) * 0.002,
            "status": "menunggu",
            "overdue": i % 7 == 0,
            "number": f"JKT-{i:05d}",
        }
        for i in range(n)
    ]


def js(qtbot: Any, view: Any, script: str) -> Any:
    box: list[Any] = []
    view.run_js(script, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=30_000)
    return box[0]


def stats(qtbot: Any, view: Any) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(js(qtbot, view, "CrmMap.stats()"))
    return result


def sized(qtbot: Any, view: Any) -> None:
    """Embedded (xcb), the page takes the container's size a moment after it is ready:
    a click computed before that lands elsewhere."""
    container = view._container
    if container is not None:
        qtbot.waitUntil(
            lambda: js(qtbot, view, "document.documentElement.clientWidth") == container.width(),
            timeout=30_000,
        )


@pytest.fixture
def remote(qtbot: Any, data_dir: Path, tmp_path: Path) -> Any:
    from officer_app.views.map_remote import RemoteMapView

    view = RemoteMapView(data_dir=data_dir, cache_dir=tmp_path / "map-cache")
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    yield view
    pid = view.pid
    view.shutdown()
    assert pid == 0 or not _alive(pid)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_points_reach_the_child_and_a_click_there_selects_here(qtbot: Any, remote: Any) -> None:
    remote.set_points(rows(300))
    qtbot.waitUntil(lambda: remote.is_ready, timeout=READY_MS)
    assert remote.pid
    assert remote.pid != os.getpid()
    qtbot.waitUntil(lambda: stats(qtbot, remote)["points"] == 300, timeout=30_000)
    assert stats(qtbot, remote)["drawn"] > 0

    # A new set replaces the old one in the child's page.
    with qtbot.waitSignal(remote.pointsDrawn, timeout=30_000) as drawn:
        remote.set_points(rows(120))
    assert drawn.args == [120]
    assert len(remote.payload) == 120

    # A real mouse click in the child's web view, on a point: the window's side hears it.
    sized(qtbot, remote)
    target = remote.payload.ids[57]
    i = remote.payload.index_of(target)
    frames = stats(qtbot, remote)["frames"]
    js(qtbot, remote, f"CrmMap.setView({remote.payload.lat[i]}, {remote.payload.lon[i]}, 19); 1")
    qtbot.waitUntil(
        lambda: (lambda s: s["zoom"] == 19 and s["frames"] > frames)(stats(qtbot, remote)),
        timeout=30_000,
    )
    where = json.loads(js(qtbot, remote, f"CrmMap.pixelOf('{target}')"))
    with qtbot.waitSignal(remote.reportClicked, timeout=30_000) as clicked:
        remote.click(round(where["x"]), round(where["y"]))
    assert clicked.args == [target]

    # The window's selection goes the other way: the child's page highlights it.
    other = remote.payload.ids[3]
    remote.select_report(other)
    qtbot.waitUntil(lambda: stats(qtbot, remote)["selected"] == other, timeout=30_000)


def test_the_childs_death_is_said_and_it_starts_again(qtbot: Any, remote: Any) -> None:
    remote.set_points(rows(80))
    qtbot.waitUntil(lambda: remote.is_ready, timeout=READY_MS)
    remote.select_report("rep-5")
    qtbot.waitUntil(lambda: stats(qtbot, remote)["selected"] == "rep-5", timeout=30_000)
    first = remote.pid
    with qtbot.waitSignal(remote.processEnded, timeout=30_000):
        os.kill(first, signal.SIGKILL)
    assert not remote.is_ready
    assert "berhenti" in remote.status.text()
    assert remote.status.isVisible()
    assert remote.restart_button.isVisible()
    # The window's side goes on: its calls while no child runs are kept, not lost.
    remote.set_points(rows(90))
    assert len(remote.payload) == 90

    qtbot.mouseClick(remote.restart_button, _left())
    qtbot.waitUntil(lambda: remote.is_ready, timeout=READY_MS)
    assert remote.pid not in (0, first)
    qtbot.waitUntil(lambda: stats(qtbot, remote)["points"] == 90, timeout=30_000)
    assert stats(qtbot, remote)["selected"] == "rep-5"
    assert not remote.restart_button.isVisible()


def test_leaving_the_map_ends_the_child_and_coming_back_restarts_it(
    qtbot: Any, remote: Any
) -> None:
    remote.set_points(build_points_payload(rows(40)))
    qtbot.waitUntil(lambda: remote.is_ready, timeout=READY_MS)
    first = remote.pid
    remote.release_delay_ms = 0
    remote.hide()
    qtbot.waitUntil(lambda: remote.released, timeout=30_000)
    qtbot.waitUntil(lambda: not _alive(first), timeout=30_000)
    assert not remote.restart_button.isVisible()  # asked to go: not a failure
    remote.show()
    qtbot.waitUntil(lambda: remote.is_ready, timeout=READY_MS)
    qtbot.waitUntil(lambda: stats(qtbot, remote)["points"] == 40, timeout=30_000)


def test_a_hung_child_neither_freezes_the_window_nor_outlives_it(qtbot: Any, remote: Any) -> None:
    from officer_app.views import map_remote

    remote.set_points(rows(30))
    qtbot.waitUntil(lambda: remote.is_ready, timeout=READY_MS)
    child = remote.pid
    os.kill(child, signal.SIGSTOP)  # alive, but answers nothing
    try:
        started = time.monotonic()
        for n in (2_000, 3_000, 4_000):  # ~0.5 MB of points each, into a full pipe
            remote.set_points(rows(n))
            remote.select_report("rep-1")
        assert time.monotonic() - started < 30  # never waits on it (blocked: for ever)
        assert len(remote.payload) == 4_000
        started = time.monotonic()
        remote.shutdown()  # asked to quit, it cannot: killed after QUIT_WAIT_MS
        took = time.monotonic() - started
        assert took < 2 * map_remote.QUIT_WAIT_MS / 1000 + 10  # its two waits, and load
        qtbot.waitUntil(lambda: not _alive(child), timeout=30_000)
    finally:
        if _alive(child):
            os.kill(child, signal.SIGKILL)


def test_the_tile_settings_reach_the_child_but_not_its_command_line(
    qtbot: Any, data_dir: Path, tmp_path: Path
) -> None:
    from officer_app.maps.tiles import TileConfig
    from officer_app.views import map_settings
    from officer_app.views.map_remote import RemoteMapView

    source = "https://tiles.jakarta.go.id/{z}/{x}/{y}.png?key=rahasia-123"
    before = (map_settings.tiles(), map_settings.geocoder(), map_settings.configured())
    map_settings.set_current(
        TileConfig(source=source, online=False, attribution="Peta dasar: Pemprov DKI"), None
    )
    try:
        view = RemoteMapView(data_dir=data_dir, cache_dir=tmp_path / "map-cache")
        qtbot.addWidget(view)
        view.show()
        qtbot.waitUntil(lambda: view.is_ready, timeout=READY_MS)
        credit = js(
            qtbot, view, "document.querySelector('.leaflet-control-attribution').textContent"
        )
        assert "Peta dasar: Pemprov DKI" in credit
        with open(f"/proc/{view.pid}/cmdline", "rb") as f:
            assert b"rahasia-123" not in f.read()
        view.shutdown()
    finally:
        map_settings.set_current(before[0], before[1])
        if not before[2]:
            map_settings._configured = False


def test_the_desks_location_picker_in_the_map_process(
    qtbot: Any, boundaries: Any, data_dir: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    """The picker's map in the map process too: a click there picks the place here
    (checked against the kelurahan polygons in the window's process). The dialog
    closing keeps its map process, hidden, for the next walk-in: the next dialog
    takes it over (the same process, ready at once, the last point gone), and it ends
    when kept too long."""
    from officer_app.views import map_remote
    from officer_app.views.location_picker import LocationPickerDialog
    from officer_app.views.map_remote import RemoteMapView

    monkeypatch.setenv("CRM_MAP_PROCESS", "separate")
    monas = (-6.1754, 106.8272)

    def open_dialog() -> Any:
        dialog = LocationPickerDialog(
            data_dir=data_dir, cache_dir=tmp_path / "map", boundaries=boundaries
        )
        qtbot.addWidget(dialog)
        assert isinstance(dialog.picker.map, RemoteMapView)
        with qtbot.waitSignal(dialog.picker.map.ready, timeout=READY_MS):
            dialog.show()
        return dialog

    try:
        dialog = open_dialog()
        view = dialog.picker.map
        child = view.pid
        sized(qtbot, view)
        js(qtbot, view, f"CrmMap.setView({monas[0]}, {monas[1]}, 15); 1")
        where = json.loads(js(qtbot, view, f"CrmMap.pixelOfLatLng({monas[0]}, {monas[1]})"))
        with qtbot.waitSignal(dialog.picker.locationChanged, timeout=30_000) as signal:
            view.click(round(where["x"]), round(where["y"]))
        assert signal.args[0].kelurahan.display_name == "Gambir"
        assert abs(dialog.location.lat - monas[0]) < 1e-3
        qtbot.waitUntil(lambda: stats(qtbot, view)["picked"] is True, timeout=30_000)
        dialog.reject()
        assert view.pid == 0
        assert map_remote.spare_pid() == child
        assert _alive(child)

        # The next walk-in: the same map process, its last point gone, clicks work.
        again = open_dialog()
        view = again.picker.map
        assert view.pid == child
        assert map_remote.spare_pid() == 0
        qtbot.waitUntil(lambda: stats(qtbot, view)["picked"] is False, timeout=30_000)
        # Not embedded (offscreen), its own window was hidden while kept: shown again.
        qtbot.waitUntil(
            lambda: js(qtbot, view, "document.visibilityState") == "visible", timeout=30_000
        )
        sized(qtbot, view)
        js(qtbot, view, f"CrmMap.setView({monas[0]}, {monas[1]}, 15); 1")
        where = json.loads(js(qtbot, view, f"CrmMap.pixelOfLatLng({monas[0]}, {monas[1]})"))
        with qtbot.waitSignal(again.picker.locationChanged, timeout=30_000) as signal:
            view.click(round(where["x"]), round(where["y"]))
        assert signal.args[0].kelurahan.display_name == "Gambir"

        # Kept too long: it ends by itself.
        monkeypatch.setattr(map_remote, "SPARE_KEEP_MS", 0)
        again.accept()
        qtbot.waitUntil(lambda: not _alive(child), timeout=30_000)
        qtbot.waitUntil(lambda: map_remote.spare_pid() == 0, timeout=30_000)
    finally:
        map_remote.end_spares(wait=True)


def test_the_pickers_map_process_started_ahead_is_taken_by_the_dialog(
    qtbot: Any, boundaries: Any, data_dir: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    """The desk's intake page starts the picker's map process ahead: the dialog opens
    on it; and the window's quitting ends a kept one."""
    from officer_app.views import map_remote
    from officer_app.views.location_picker import LocationPickerDialog

    monkeypatch.setenv("CRM_MAP_PROCESS", "separate")
    cache = tmp_path / "map"
    try:
        assert map_remote.prestart_picker_map(data_dir=data_dir, cache_dir=cache)
        assert not map_remote.prestart_picker_map(data_dir=data_dir, cache_dir=cache)  # one
        ahead = map_remote.spare_pid()
        assert ahead
        dialog = LocationPickerDialog(data_dir=data_dir, cache_dir=cache, boundaries=boundaries)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.picker.map.ready, timeout=READY_MS):
            dialog.show()
        assert dialog.picker.map.pid == ahead
        dialog.reject()
        assert map_remote.spare_pid() == ahead
        map_remote.end_spares(wait=True)
        assert not _alive(ahead)
    finally:
        map_remote.end_spares(wait=True)


def test_the_childs_log_lines_land_in_the_apps_log_file(
    qtbot: Any, data_dir: Path, tmp_path: Path
) -> None:
    """The map process writes to the app's log file (``errors_hook.setup_logging``'s),
    tagged, not to a stderr nobody reads."""
    import logging

    from officer_app import errors_hook
    from officer_app.views.map_remote import RemoteMapView

    root = logging.getLogger()
    before = (list(root.handlers), root.level, errors_hook._log_dir, errors_hook._log_level)
    logs = tmp_path / "logs"
    path = errors_hook.setup_logging(logs)
    try:
        view = RemoteMapView(data_dir=data_dir, cache_dir=tmp_path / "map-cache")
        qtbot.addWidget(view)
        view.show()
        qtbot.waitUntil(lambda: view.is_ready, timeout=READY_MS)
        child = view.pid
        view._send("post", "{}", kind="nonsense")  # the child refuses it: a warning

        def logged() -> list[str]:
            text = path.read_text(encoding="utf-8") if path.exists() else ""
            return [ln for ln in text.splitlines() if " map-process " in ln]

        qtbot.waitUntil(lambda: any("refused" in ln for ln in logged()), timeout=30_000)
        lines = logged()
        assert any(f"map process started (pid {child}" in ln for ln in lines)
        view.shutdown()
    finally:
        for handler in list(root.handlers):
            if handler not in before[0]:
                root.removeHandler(handler)
                handler.close()
        for handler in before[0]:
            if handler not in root.handlers:
                root.addHandler(handler)
        root.setLevel(before[1])
        errors_hook._log_dir, errors_hook._log_level = before[2], before[3]


def _left() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


# --- the window's process: no QtWebEngine, no orphans ----------------------------------

_HOST = textwrap.dedent(
    """
    import json, os, sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from officer_app.views.map_remote import RemoteMapView
    view = RemoteMapView(data_dir=sys.argv[1], cache_dir=Path(sys.argv[2]))
    view.resize(800, 600)
    view.show()
    rows = [{"id": f"r{i}", "lat": -6.2 + i * 1e-4, "lon": 106.8 + i * 1e-4,
             "status": "menunggu"} for i in range(200)]
    view.set_points(rows)
    drawn = []
    view.pointsDrawn.connect(drawn.append)
    end = time.time() + 90
    while not drawn and time.time() < end:
        app.processEvents()
        time.sleep(0.01)
    maps = Path("/proc/self/maps").read_text()
    print("HOST " + json.dumps({
        "drawn": drawn, "child": view.pid,
        "webengine_modules": sorted(m for m in sys.modules if "WebEngine" in m),
        "webengine_mapped": "WebEngine" in maps,
    }), flush=True)
    if sys.argv[3] == "quit":
        view.close()
        app.quit()
    else:
        time.sleep(600)  # killed by the test
    """
)


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


@pytest.mark.parametrize("how", ["quit", "killed"])
def test_the_window_process_has_no_webengine_and_leaves_no_orphan(
    how: str, data_dir: Path, tmp_path: Path
) -> None:
    host = subprocess.Popen(
        [sys.executable, "-c", _HOST, str(data_dir), str(tmp_path / "cache"), how],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert host.stdout is not None
        line = ""
        for line in host.stdout:
            if line.startswith("HOST "):
                break
        report = json.loads(line[5:])
        assert report["drawn"] == [200]
        assert report["webengine_modules"] == []
        assert report["webengine_mapped"] is False
        child = report["child"]
        below = _descendants(host.pid)
        assert child in below
        # The map process's own helpers (renderer, GPU, zygote) are below it.
        helpers = _descendants(child)
        assert helpers, "the map process runs QtWebEngine's helpers"
        if how == "killed":
            host.send_signal(signal.SIGKILL)
        host.wait(timeout=60)
        end = time.monotonic() + 30
        while time.monotonic() < end and any(_alive(p) for p in below):
            time.sleep(0.2)
        assert [p for p in below if _alive(p)] == []
    finally:
        if host.poll() is None:
            host.kill()
            host.wait()


# --- embedded on a real X display (Xvfb) -------------------------------------------------

_EMBED = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from officer_app.views.map_remote import RemoteMapView
    view = RemoteMapView(data_dir=sys.argv[1], cache_dir=Path(sys.argv[2]))
    view.resize(800, 600)
    view.move(300, 200)
    view.show()
    view.set_points([{"id": f"r{i}", "lat": -6.2 + i * 1e-4, "lon": 106.8 + i * 1e-4,
                      "status": "menunggu"} for i in range(100)])
    drawn = []
    view.pointsDrawn.connect(drawn.append)
    end = time.time() + 90
    while (not drawn or view._container is None) and time.time() < end:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(100):  # let the embedded window paint
        app.processEvents()
        time.sleep(0.01)
    shot = app.primaryScreen().grabWindow(0).toImage()
    def colours(x0, y0, x1, y1):
        return len({shot.pixel(x, y) for x in range(x0, x1, 7) for y in range(y0, y1, 7)})
    top_left = view.mapToGlobal(view.rect().topLeft())
    print("EMBED " + json.dumps({
        "platform": app.platformName(), "drawn": drawn,
        "embedded": view._container is not None and view._container.isVisible(),
        "at": [top_left.x(), top_left.y()],
        "map_colours": colours(top_left.x() + 50, top_left.y() + 50,
                               top_left.x() + 750, top_left.y() + 550),
        "root_colours": colours(0, 0, 250, 150),
    }), flush=True)
    view.close()
    """
)


def _xvfb() -> Any:
    import shutil

    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (Debian package xvfb)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as f:
        display = f.readline().strip()
    return server, f":{display}"


def test_on_x11_the_map_process_window_is_embedded_in_the_window(
    data_dir: Path, tmp_path: Path
) -> None:
    server, display = _xvfb()
    try:
        env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
        done = subprocess.run(
            [sys.executable, "-c", _EMBED, str(data_dir), str(tmp_path / "cache")],
            capture_output=True,
            text=True,
            env=env,
            timeout=180,
        )
        lines = [ln for ln in done.stdout.splitlines() if ln.startswith("EMBED ")]
        assert lines, done.stderr[-3000:]
        report = json.loads(lines[-1][6:])
        assert report["platform"] == "xcb"
        assert report["drawn"] == [100]
        assert report["embedded"] is True
        assert report["at"] == [300, 200]
        # The map (boundaries, controls, points) is painted where the window shows it
        # ... and nothing of it at the top left, where the map process's window would
        # be if it had stayed a window of its own.
        assert report["map_colours"] > 20
        assert report["root_colours"] == 1
    finally:
        server.kill()
        server.wait()


_PICKER_EMBED = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from crm_shared.geo.boundaries import load_boundaries
    from officer_app.views import map_remote
    from officer_app.views.location_picker import LocationPickerDialog
    boundaries = load_boundaries(sys.argv[1])
    def wait(condition, timeout):
        end = time.time() + timeout
        loop = QEventLoop()
        while not condition() and time.time() < end:
            QTimer.singleShot(20, loop.quit)
            loop.exec()
        return condition()
    def colours(view):
        at = view.mapToGlobal(view.rect().topLeft())
        shot = app.primaryScreen().grabWindow(0, at.x() + 30, at.y() + 30, 300, 200).toImage()
        return len({shot.pixel(x, y) for x in range(0, 300, 9) for y in range(0, 200, 9)})
    report = []
    for _ in range(2):
        dialog = LocationPickerDialog(data_dir=sys.argv[1], cache_dir=Path(sys.argv[2]),
                                      boundaries=boundaries)
        dialog.move(200, 100)
        view = dialog.picker.map
        dialog.show()
        ready = wait(lambda: view.is_ready and view._container is not None, 120)
        painted = wait(lambda: colours(view) > 20, 30)
        report.append({"pid": view.pid, "ready": ready, "painted": painted,
                       "embedded": view._container is not None})
        dialog.reject()
        wait(lambda: False, 0.5)
    gone = wait(lambda: colours(view) <= 2, 10)  # hidden: nothing of it on the screen
    print("PICKER " + json.dumps({"opens": report, "kept": map_remote.spare_pid(),
                                  "gone_from_screen": gone}), flush=True)
    map_remote.end_spares(wait=True)
    """
)


def test_on_x11_each_picker_dialog_gets_a_fresh_painted_map_process(
    data_dir: Path, tmp_path: Path
) -> None:
    """The picker's map on X11: painted in every dialog, each from a process started
    when the dialog before it closed; nothing of the old one on screen between."""
    server, display = _xvfb()
    try:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "xcb",
            "DISPLAY": display,
            "CRM_MAP_PROCESS": "separate",
        }
        done = subprocess.run(
            [sys.executable, "-c", _PICKER_EMBED, str(data_dir), str(tmp_path / "cache")],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        lines = [ln for ln in done.stdout.splitlines() if ln.startswith("PICKER ")]
        assert lines, done.stderr[-3000:]
        report = json.loads(lines[-1][7:])
        first, second = report["opens"]
        assert first == {"pid": first["pid"], "ready": True, "painted": True, "embedded": True}
        assert second == {"pid": second["pid"], "ready": True, "painted": True, "embedded": True}
        # Embedded maps are not moved from one dialog to the next: each closing starts
        # a fresh process for the next walk-in.
        assert second["pid"] != first["pid"]
        assert report["kept"] not in (0, first["pid"], second["pid"])
        assert report["gone_from_screen"] is True
    finally:
        server.kill()
        server.wait()


def test_the_program_itself_becomes_the_map_process_on_its_hidden_flag() -> None:
    """The built program has no ``-m``: ``officer-app --map-process`` is how the window
    starts it there (``map_remote.map_process_command``)."""
    done = subprocess.run(
        [sys.executable, "-m", "officer_app", "--map-process", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "--cache-dir" in done.stdout
    assert "--picker" in done.stdout
