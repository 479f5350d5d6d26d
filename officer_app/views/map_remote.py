"""The report map shown from a map process of its own (issue 22).

``RemoteMapView`` has ``MapView``'s public face (signals, ``set_points``,
``set_query``, ``select_report``, ``payload``, ``is_ready``, ``run_js`` ...), so the
window uses either without knowing which; ``map_settings.map_mode`` chooses. It
starts ``map_process`` with ``QProcess`` and talks to it over the process's stdin
and stdout (``map_protocol``). The process's window is embedded here with
``QWindow.fromWinId`` + ``QWidget.createWindowContainer`` where the platform can
(X11, Windows); elsewhere (offscreen tests, a forced ``separate`` on Wayland) it
stays a window of its own and this widget says so.

This module never imports QtWebEngine: with the map here, the window's process
does not load Chromium's browser side (~240 MB of the client's memory at 10k
reports, docs/performance.md). ``picker=True``: the location picker's map.

The map process dying (a crash, killed) never takes the window with it: the map
page says so and offers to start it again, with the same points and selection.
The process ends with this widget (``shutdown``: asked to quit, then killed), with
the application (``aboutToQuit``), and by itself when the window's process is gone
(its stdin closes).
"""

from __future__ import annotations

import json
import logging
import math
import sys
from collections.abc import Callable, Iterable
from itertools import count
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QProcess,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QLabel, QPushButton, QStackedLayout, QVBoxLayout, QWidget

from officer_app import i18n
from officer_app.maps.payload import EMPTY_PAYLOAD, PointsPayload, build_points_payload
from officer_app.views import map_settings
from officer_app.views.map_protocol import (
    FLAG,
    FrameReader,
    ProtocolError,
    frame,
    tile_config_to_wire,
)
from officer_app.views.map_release import ReleasedWhenHidden
from officer_app.workers import run_in_worker

log = logging.getLogger(__name__)

PointsSource = Callable[[Any], Iterable[Any]]
QUIT_WAIT_MS = 3000  # a map process asked to quit gets this long, then it is killed


def map_process_command() -> list[str]:
    """How to start the map process: the built program, or this interpreter."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FLAG]
    return [sys.executable, "-m", "officer_app.views.map_process"]


def can_embed() -> bool:
    return QGuiApplication.platformName() in map_settings.EMBEDDING_PLATFORMS


def process_arguments(
    cache_dir: Path,
    *,
    data_dir: Path | None = None,
    boundaries: bool = True,
    embed: bool = False,
    picker: bool = False,
) -> list[str]:
    """The map process's arguments (after ``map_process_command``'s program)."""
    from officer_app.errors_hook import log_settings

    args = ["--cache-dir", str(cache_dir), "--lang", i18n.current_language()]
    if data_dir is not None:
        args += ["--data-dir", str(data_dir)]
    if not boundaries:
        args.append("--no-boundaries")
    if embed:
        args.append("--embed")
    if picker:
        args.append("--picker")
    logs = log_settings()
    if logs is not None:  # the child writes to the app's log file, not to a stderr nobody reads
        args += ["--log-dir", str(logs[0]), "--log-level", str(logs[1])]
    return args


def _launch(args: list[str], parent: QObject) -> QProcess:
    """Start a map process; its first message, always: the tile settings (not in the
    arguments, which any user of the PC can read: a tile address may carry a key)."""
    process = QProcess(parent)
    process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
    command = map_process_command()
    process.start(command[0], [*command[1:], *args])
    process.write(frame("tiles", config=tile_config_to_wire(map_settings.tiles())))
    return process


# --- the picker's spare map process -------------------------------------------------------

SPARE_KEEP_MS = 5 * 60_000  # a closed picker's map process is kept this long for the next


class _Spare(QObject):
    """A picker map process nobody shows: kept after its dialog closed, or started
    ahead when the desk's intake page is shown. Reads (and drops) what it says,
    notes its window and readiness; ends after ``SPARE_KEEP_MS`` or with the app."""

    def __init__(
        self, args: list[str], process: QProcess, reader: FrameReader, window_id: int, ready: bool
    ) -> None:
        super().__init__(QCoreApplication.instance())
        self.args = args
        self.process = process
        self.reader = reader
        self.window_id = window_id
        self.ready = ready
        self._ending = False
        process.setParent(self)
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._ended)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.end)
        self._timer.start(SPARE_KEEP_MS)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.end_now)

    def _read(self) -> None:
        try:
            messages = self.reader.feed(bytes(self.process.readAllStandardOutput().data()))
        except ProtocolError:
            self.process.kill()
            return
        for header, _body in messages:
            if header.get("op") == "window":
                self.window_id = int(header.get("id") or 0)
            elif header.get("op") == "ready":
                self.ready = True
            elif header.get("op") == "failed":
                self.end()

    def _ended(self, *_args: Any) -> None:
        if _spares.get(tuple(self.args)) is self:
            del _spares[tuple(self.args)]
        self.deleteLater()

    def take(self) -> tuple[QProcess, FrameReader, int, bool]:
        self._timer.stop()
        self.process.readyReadStandardOutput.disconnect(self._read)
        self.process.finished.disconnect(self._ended)
        self.deleteLater()
        return self.process, self.reader, self.window_id, self.ready

    @Slot()
    def end(self) -> None:
        """Asked to quit; killed if it has not after ``QUIT_WAIT_MS``."""
        if _spares.get(tuple(self.args)) is self:
            del _spares[tuple(self.args)]
        process = self.process
        if self._ending or process.state() == QProcess.ProcessState.NotRunning:
            return
        self._ending = True
        process.write(frame("quit"))
        process.closeWriteChannel()
        QTimer.singleShot(QUIT_WAIT_MS, process, process.kill)

    @Slot()
    def end_now(self) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.process):
            return
        self.end()
        if not self.process.waitForFinished(QUIT_WAIT_MS):
            self.process.kill()
            self.process.waitForFinished(QUIT_WAIT_MS)


_spares: dict[tuple[str, ...], _Spare] = {}


def _keep_spare(
    args: list[str], process: QProcess, reader: FrameReader, window_id: int, ready: bool
) -> None:
    old = _spares.pop(tuple(args), None)
    if old is not None:
        old.end()
    _spares[tuple(args)] = _Spare(args, process, reader, window_id, ready)


def _take_spare(args: list[str]) -> tuple[QProcess, FrameReader, int, bool] | None:
    spare = _spares.pop(tuple(args), None)
    if spare is None or spare.process.state() == QProcess.ProcessState.NotRunning:
        return None
    return spare.take()


def prestart_picker_map(data_dir: Path | str | None = None, cache_dir: Path | None = None) -> bool:
    """Start the location picker's map process ahead (the desk's intake page is shown),
    where the picker would use one; the dialog then opens on a ready map. False: not
    started (the map runs inside, or one is kept already)."""
    if map_settings.map_mode(QGuiApplication.platformName()) != "separate":
        return False
    args = process_arguments(
        cache_dir or _default_cache_dir(),
        data_dir=Path(data_dir) if data_dir else None,
        embed=can_embed(),
        picker=True,
    )
    spare = _spares.get(tuple(args))
    if spare is not None and spare.process.state() != QProcess.ProcessState.NotRunning:
        spare._timer.start(SPARE_KEEP_MS)  # wanted again: kept longer
        return False
    holder = QCoreApplication.instance()
    assert holder is not None
    _keep_spare(args, _launch(args, holder), FrameReader(), 0, False)
    return True


def spare_pid() -> int:
    """The kept picker map process's id (tests, the bench), 0 if none."""
    for spare in _spares.values():
        if spare.process.state() != QProcess.ProcessState.NotRunning:
            return int(spare.process.processId())
    return 0


def end_spares(*, wait: bool = False) -> None:
    for spare in list(_spares.values()):
        if wait:
            spare.end_now()
        else:
            spare.end()


class RemoteMapView(ReleasedWhenHidden):
    """Reports on the map (in the map process), linked to the list."""

    reportClicked = Signal(str)  # noqa: N815 - MapView's names
    ready = Signal()
    pointsDrawn = Signal(int)  # noqa: N815
    locationClicked = Signal(float, float)  # noqa: N815
    loadFailed = Signal(str)  # noqa: N815
    processEnded = Signal()  # noqa: N815 - the map process ended without being asked

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        data_dir: Path | str | None = None,
        cache_dir: Path | None = None,
        boundaries: bool = True,
        picker: bool = False,
        embed: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mapView")
        self._data_dir = Path(data_dir) if data_dir else None
        self._cache_dir = cache_dir or _default_cache_dir()
        self._boundaries = boundaries
        self._picker = picker
        self._embed = can_embed() if embed is None else embed
        self._payload: PointsPayload = EMPTY_PAYLOAD
        self._known_ids: frozenset[str] = frozenset()
        self._selected_id: str | None = None
        self._points_source: PointsSource | None = None
        self._query_generation = 0
        self._is_ready = False
        self._stopping = False
        self._js_tokens = count(1)
        self._js_waiting: dict[int, Callable[[Any], None]] = {}
        self._reader = FrameReader()
        self._process: QProcess | None = None
        self._container: QWidget | None = None
        self._window: QWindow | None = None
        self.child_window_id = 0

        self.status = QLabel(self.tr("Memuat peta…"), self)
        self.status.setObjectName("mapStatus")
        self.status.setWordWrap(True)
        self.restart_button = QPushButton(self.tr("Mulai ulang peta"), self)
        self.restart_button.setObjectName("mapRestart")
        self.restart_button.clicked.connect(self.restart)
        self.restart_button.hide()
        self._status_page = QWidget(self)
        status_layout = QVBoxLayout(self._status_page)
        status_layout.addStretch(1)
        status_layout.addWidget(self.status)
        status_layout.addWidget(self.restart_button)
        status_layout.addStretch(1)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self._status_page)

        self._init_release()
        map_settings.on_change(self._tiles_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.destroyed.connect(_forget_listener(self._tiles_changed))
        self._start()

    # --- the process ------------------------------------------------------------------

    def _arguments(self) -> list[str]:
        """The map process's arguments (also what a spare must have been started with)."""
        return process_arguments(
            self._cache_dir,
            data_dir=self._data_dir,
            boundaries=self._boundaries,
            embed=self._embed,
            picker=self._picker,
        )

    def _start(self) -> None:
        self._reader = FrameReader()
        self._is_ready = False
        self._stopping = False
        self.restart_button.hide()
        self.status.setText(self.tr("Memuat peta…"))
        self._stack.setCurrentWidget(self._status_page)
        spare = _take_spare(self._arguments()) if self._picker else None
        if spare is not None:
            self._adopt(*spare)
            return
        process = _launch(self._arguments(), self)
        self._connect(process)
        self._process = process
        # Written now, read when the process is up; its MapView holds them until its
        # page is ready (the last points, the selection).
        if len(self._payload):
            self._send_points_again()
        if self._selected_id is not None:
            self.select_report(self._selected_id)

    def _send_points_again(self) -> None:
        """A new map process gets the current points: their text is made again in a
        worker (~1 s at 100k on a loaded machine, while the process starts) rather than
        kept in this process for a restart (6-10 MB at 100k reports)."""
        payload, process = self._payload, self._process

        def landed(json_text: str) -> None:
            if self._process is process and self._payload is payload:
                self._send("post", json_text, kind="points")
                if self._selected_id is not None:  # after its points
                    self.select_report(self._selected_id)

        run_in_worker(
            lambda _ctx: payload.to_json(), on_success=landed, name="map-points-again", owner=self
        )

    def _connect(self, process: QProcess) -> None:
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._ended)
        process.errorOccurred.connect(self._failed_to_start)

    def _adopt(self, process: QProcess, reader: FrameReader, window_id: int, ready: bool) -> None:
        """Take over a spare map process (the picker's, kept or started ahead)."""
        process.setParent(self)
        self._reader = reader
        self._process = process
        self._connect(process)
        # The tiles may have changed meanwhile; the last walk-in's point and view go.
        self._send("tiles", config=tile_config_to_wire(map_settings.tiles()))
        self._send("post", json.dumps({"clear": True}), kind="pick")
        self._send("post", "{}", kind="home")
        if window_id:
            self._embed_window(window_id)
        if not self._embed:
            self._send("shown", visible=True)
        elif self._container is not None:
            self._send("embedded")
        if ready:  # said after the caller has connected to ``ready``
            QTimer.singleShot(0, self, lambda: self._handle({"op": "ready"}, None))
        if process.bytesAvailable():
            QTimer.singleShot(0, self, self._read_adopted)

    def _read_adopted(self) -> None:
        if self._process is not None:
            self._take_output(self._process)

    def park(self) -> None:
        """The picker's dialog closes: keep its map process, hidden, for the next one
        (``SPARE_KEEP_MS``), or where it is embedded start a fresh one for it; anything
        else (or a map not ready): end it."""
        process = self._process
        if (
            not self._picker
            or process is None
            or not self._is_ready
            or process.state() != QProcess.ProcessState.Running
        ):
            self.shutdown()
            return
        if self._embed:
            # A window taken out of one dialog and embedded in the next did not always
            # draw again (under Xvfb about 1 next dialog in 3 stayed blank), so where
            # the map is embedded the next walk-in gets a fresh process, started now
            # and never embedded before; it is ready by the time the dialog opens.
            args = self._arguments()
            self.shutdown()
            holder = QCoreApplication.instance()
            assert holder is not None
            _keep_spare(args, _launch(args, holder), FrameReader(), 0, False)
            return
        for sig, slot in (
            (process.readyReadStandardOutput, self._read),
            (process.finished, self._ended),
            (process.errorOccurred, self._failed_to_start),
        ):
            sig.disconnect(slot)
        self._process = None
        self._stopping = True
        self._is_ready = False
        self._drop_container(keep_window=True)
        if not self._embed:  # a window of its own: not left on the desktop
            process.write(frame("shown", visible=False))
        _keep_spare(self._arguments(), process, self._reader, self.child_window_id, True)

    @property
    def pid(self) -> int:
        """The map process's id (0 when none runs)."""
        process = self._process
        if process is None or process.state() == QProcess.ProcessState.NotRunning:
            return 0
        return int(process.processId())

    def _send(self, op: str, body: str | None = None, **fields: Any) -> None:
        process = self._process
        if process is None or process.state() == QProcess.ProcessState.NotRunning:
            return  # none runs: ``_start`` sends the points and selection again
        process.write(frame(op, body, **fields))

    def _read(self) -> None:
        process = self.sender()
        if process is not self._process or self._process is None:
            return
        self._take_output(self._process)

    def _take_output(self, process: QProcess) -> None:
        data = bytes(process.readAllStandardOutput().data())
        try:
            messages = self._reader.feed(data)
        except ProtocolError as exc:
            log.error("map process: not a frame (%s); it is ended", exc)
            process.kill()
            return
        for header, body in messages:
            try:
                self._handle(header, body)
            except (ValueError, TypeError, KeyError) as exc:
                log.warning("map process: message %r refused (%s)", header.get("op"), exc)

    def _handle(self, header: dict[str, Any], body: str | None) -> None:
        op = header["op"]
        if op == "ready":
            self._is_ready = True
            if self._container is not None:
                self._stack.setCurrentWidget(self._container)
            else:
                self.status.setText(self.tr("Peta terbuka di jendela tersendiri."))
            self.ready.emit()
        elif op == "window":
            self._embed_window(int(header["id"]))
        elif op == "select":
            report_id = str(header["id"])
            if report_id in self._known_ids:  # only what it was given (its bridge checks too)
                self._selected_id = report_id
                self.reportClicked.emit(report_id)
        elif op == "pick":
            lat, lon = float(header["lat"]), float(header["lon"])
            if math.isfinite(lat) and math.isfinite(lon) and abs(lat) <= 90 and abs(lon) <= 180:
                self.locationClicked.emit(lat, lon)
        elif op == "drawn":
            self.pointsDrawn.emit(int(header["count"]))
        elif op == "failed":
            self.status.setText(
                self.tr("Peta tidak dapat dimuat. Daftar laporan tetap bisa dipakai.")
            )
            self._stack.setCurrentWidget(self._status_page)
            self.loadFailed.emit(self.status.text())
        elif op == "js":
            callback = self._js_waiting.pop(int(header["id"]), None)
            if callback is not None:
                callback(json.loads(body) if body else None)

    def _embed_window(self, window_id: int) -> None:
        self.child_window_id = window_id
        if not self._embed or not window_id:
            return
        window = QWindow.fromWinId(window_id)
        if window is None:
            log.warning("map process: its window could not be embedded")
            return
        container = QWidget.createWindowContainer(window, self)
        container.setObjectName("mapContainer")
        self._drop_container()
        self._window, self._container = window, container
        self._stack.addWidget(container)
        if self._is_ready:
            self._stack.setCurrentWidget(container)

    def _drop_container(self, *, keep_window: bool = False) -> None:
        container, self._container = self._container, None
        window, self._window = self._window, None
        if window is not None and shiboken6.isValid(window):
            window.hide()  # not shown on the desktop while the map process goes
            if keep_window:
                # Out of the container before it goes: an X window is destroyed with
                # the window it sits in, whoever made it (hidden, so never on screen).
                window.setParent(None)
        if container is not None and shiboken6.isValid(container):
            self._stack.removeWidget(container)
            container.hide()
            container.deleteLater()

    def _failed_to_start(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            log.error("map process could not be started")
            self._ended(-1, QProcess.ExitStatus.CrashExit)

    def _ended(self, code: int, status: QProcess.ExitStatus) -> None:
        process = self.sender()
        if isinstance(process, QProcess) and process is not self._process:
            return
        self._is_ready = False
        self._drop_container()
        for callback in self._js_waiting.values():
            callback(None)
        self._js_waiting.clear()
        if self._stopping or self._released:
            return
        log.error("map process ended unexpectedly (code %s, %s)", code, status.name)
        self.status.setText(self.tr("Peta berhenti bekerja. Daftar laporan tetap bisa dipakai."))
        self.restart_button.show()
        self._stack.setCurrentWidget(self._status_page)
        self.processEnded.emit()

    @Slot()
    def restart(self) -> None:
        """Start the map process again (after it ended), with the same points."""
        self._stop()
        self._start()

    def _stop(self, *, wait: bool = False) -> None:
        """Ask the map process to quit; kill it if it does not within QUIT_WAIT_MS.

        ``wait``: until it has gone (the app quits); otherwise the UI goes on and a
        timer kills a process that did not quit."""
        process, self._process = self._process, None
        self._stopping = True
        self._drop_container()
        if process is None or not shiboken6.isValid(process):
            return
        process.blockSignals(True)
        if process.state() == QProcess.ProcessState.NotRunning:
            process.deleteLater()
            return
        process.write(frame("quit"))
        process.closeWriteChannel()
        if wait:
            if not process.waitForFinished(QUIT_WAIT_MS):
                process.kill()
                process.waitForFinished(QUIT_WAIT_MS)
            process.deleteLater()
            return
        process.finished.connect(process.deleteLater)
        process.blockSignals(False)
        QTimer.singleShot(QUIT_WAIT_MS, process, process.kill)

    @Slot()
    def shutdown(self) -> None:
        """End the map process (the window closes, the app quits)."""
        if shiboken6.isValid(self):
            self._stop(wait=True)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt)
        self.shutdown()
        super().closeEvent(event)

    # --- points (MapView's API) ---------------------------------------------------------

    @property
    def is_ready(self) -> bool:
        return self._is_ready

    @property
    def payload(self) -> PointsPayload:
        return self._payload

    @Slot(object)
    def set_points(self, points: PointsPayload | Iterable[Any]) -> None:
        payload = points if isinstance(points, PointsPayload) else build_points_payload(points)
        self._show_payload(payload, payload.to_json())

    def _show_payload(self, payload: PointsPayload, json_text: str) -> None:
        self._payload = payload
        self._known_ids = frozenset(payload.ids)
        self._send("post", json_text, kind="points")

    def set_points_source(self, source: PointsSource | None) -> None:
        self._points_source = source

    @Slot(object)
    def set_query(self, query: Any) -> None:
        source = self._points_source
        if source is None:
            return
        self._query_generation += 1
        generation = self._query_generation

        def work(_ctx: object) -> tuple[PointsPayload, str]:
            rows = source(query)
            payload = rows if isinstance(rows, PointsPayload) else build_points_payload(rows)
            return payload, payload.to_json()

        def landed(result: tuple[PointsPayload, str]) -> None:
            if generation == self._query_generation:
                self._show_payload(*result)

        run_in_worker(work, on_success=landed, name="map-points", owner=self)

    @Slot()
    def fit_points(self) -> None:
        self._send("post", "{}", kind="fit")

    @Slot(str)
    def select_report(self, report_id: str) -> None:
        self._selected_id = report_id or None
        self._send("post", json.dumps({"id": report_id or "", "centre": True}), kind="select")

    @Slot(str, str, str)
    def show_report_info(self, report_id: str, title: str, text: str) -> None:
        info = json.dumps({"id": report_id, "title": title, "text": text})
        self._send("post", info, kind="info")

    def show_area(self, south: float, west: float, north: float, east: float) -> None:
        area = {"south": south, "west": west, "north": north, "east": east}
        self._send("post", json.dumps(area), kind="area")

    def set_pick(self, lat: float, lon: float, *, centre: bool = False, zoom: int = 15) -> None:
        pick = {"lat": lat, "lon": lon, "centre": centre, "zoom": zoom}
        self._send("post", json.dumps(pick), kind="pick")

    def _tiles_changed(self) -> None:
        if shiboken6.isValid(self):
            self._send("tiles", config=tile_config_to_wire(map_settings.tiles()))

    # --- memory: the map process ended while the map is not shown ----------------------

    @Slot()
    def release_web_view(self) -> None:
        """End the map process while the map is not shown (it all goes)."""
        if self._released or self.isVisible():
            return
        self._released = True
        self._stop()
        self.status.setText(self.tr("Memuat peta…"))
        self._stack.setCurrentWidget(self._status_page)
        log.info("map: the map process ended while the map is not shown")

    def restore_web_view(self) -> None:
        if not self._released:
            return
        self._released = False
        self._start()

    # --- tests and tools ----------------------------------------------------------------

    def run_js(self, script: str, callback: Callable[[Any], None] | None = None) -> None:
        """Run a script in the map process's page; ``callback(result)`` (None if it ended)."""
        token = next(self._js_tokens)
        if callback is not None:
            self._js_waiting[token] = callback
        self._send("js", script, id=token)

    def click(self, x: int, y: int) -> None:
        """A mouse click on the page at x, y (in the map process; tests and tools)."""
        self._send("click", x=int(x), y=int(y))


def _forget_listener(listener: Callable[[], None]) -> Callable[..., None]:
    def forget(*_args: Any) -> None:
        map_settings.forget(listener)

    return forget


def _default_cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("crm-officer-workstation", appauthor=False)) / "map"
