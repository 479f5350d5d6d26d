"""The map process: the report map's web view in a process of its own (issue 22).

    python -m officer_app.views.map_process --cache-dir DIR [--data-dir DIR] [--lang id]
    officer-app --map-process ...            (the built program)

Started by ``map_remote.RemoteMapView`` in the window's process. It shows the same
``MapView`` as the window would (the same page, bridge and checks), and talks to
the window over its stdin and stdout only (``map_protocol``: framed JSON), so no
other program can talk to it. Chromium's browser side, the renderer and the GPU
helpers live below this process: the window's own process never loads
QtWebEngine.

Its standard output is the protocol's: file descriptor 1 is moved aside at start
and pointed at stderr, so that nothing a library prints can corrupt a frame. The
window closing its end (it quit, or it died) ends this process: no orphan.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any, BinaryIO

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from officer_app import i18n
from officer_app.maps.payload import PointsPayload
from officer_app.views import map_settings
from officer_app.views.map_bridge import PAGE_MESSAGES
from officer_app.views.map_protocol import FrameReader, ProtocolError, frame, tile_config_from_wire
from officer_app.views.map_view import MapView, release_default_map_profile
from officer_app.views.tile_scheme import register_map_schemes

log = logging.getLogger(__name__)


def _protocol_streams() -> tuple[int, BinaryIO]:
    """(stdin's descriptor, a private copy of stdout); fd 1 now goes to stderr."""
    out = os.fdopen(os.dup(1), "wb", buffering=0)
    try:
        os.dup2(2, 1)
    except OSError:  # no usable stderr (a windowed build on Windows): nowhere
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.close(null)
    sys.stdout = sys.stderr if sys.stderr is not None else open(os.devnull, "w")  # noqa: SIM115
    return 0, out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="map_process", description=__doc__.splitlines()[0])
    parser.add_argument("--cache-dir", type=Path, required=True)
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--no-boundaries", action="store_true")
    parser.add_argument("--lang", default="id")
    parser.add_argument("--embed", action="store_true", help="the window embeds our window")
    parser.add_argument("--picker", action="store_true", help="the location picker's map")
    parser.add_argument("--log-dir", type=Path, default=None, help="the app's log directory")
    parser.add_argument("--log-level", type=int, default=logging.INFO)
    args = parser.parse_args(argv)
    if args.log_dir is not None:  # the app's log file (the window's process rotates it)
        from officer_app.errors_hook import setup_shared_logging

        setup_shared_logging(args.log_dir, args.log_level, tag="map-process ")
    else:
        logging.basicConfig(
            level=logging.WARNING,
            format="%(asctime)s %(levelname)s map-process %(name)s: %(message)s",
        )
    log.info("map process started (pid %s%s)", os.getpid(), ", picker" if args.picker else "")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    in_fd, out = _protocol_streams()

    from officer_app.heap import limit_malloc_arenas

    limit_malloc_arenas()  # as the window's process does, before any thread starts
    register_map_schemes()
    # The first message: the tile settings (not on the command line, which every user
    # of the PC can read: a tile address may carry a key), before the page is built.
    reader = FrameReader()
    first = _first_message(in_fd, reader)
    if first is None:
        return 0  # the window went before saying anything
    header = first[0][0]
    if header["op"] == "tiles":
        map_settings.set_current(tile_config_from_wire(header.get("config")), None)
        first = first[1:]
    app = QApplication([sys.argv[0]])
    app.setApplicationName("CRM Officer Workstation map")
    i18n.install_translators(args.lang)
    host = MapHost(
        out, args.cache_dir, args.data_dir, not args.no_boundaries, args.embed, args.picker
    )
    host.take_over(reader, first)
    thread = threading.Thread(target=_read_stdin, args=(in_fd, host), daemon=True)
    thread.start()
    app.exec()
    host.close()
    out.close()
    # Chromium's teardown at interpreter exit has crashed before (gui_main's notes):
    # everything is closed, the helpers follow their browser process.
    os._exit(0)


def _first_message(fd: int, reader: FrameReader) -> list[tuple[dict[str, Any], str | None]] | None:
    """Wait for the window's first message; it and any that came with it (None: EOF)."""
    while True:
        try:
            data = os.read(fd, 1 << 16)
        except OSError:
            return None
        if not data:
            return None
        try:
            messages = reader.feed(data)
        except ProtocolError:
            return None
        if messages:
            return messages


def _read_stdin(fd: int, host: Any) -> None:
    """The reader thread: bytes to the GUI thread; the end of input ends the process."""
    while True:
        try:
            data = os.read(fd, 1 << 20)
        except OSError:
            data = b""
        if not data:
            host.incoming_closed.emit()
            return
        host.incoming.emit(data)


class MapHost(QObject):
    """The map view, and the conversation with the window about it."""

    incoming = Signal(bytes)  # from the reader thread (queued)
    incoming_closed = Signal()

    def __init__(
        self,
        out: BinaryIO,
        cache_dir: Path,
        data_dir: Path | None,
        boundaries: bool,
        embed: bool = False,
        picker: bool = False,
    ) -> None:
        super().__init__()
        self._out = out
        self._reader = FrameReader()
        self.incoming.connect(self._received)
        self.incoming_closed.connect(self._quit)
        self.view = MapView(
            data_dir=data_dir, cache_dir=cache_dir, boundaries=boundaries, picker=picker
        )
        self.view.release_delay_ms = 10**9  # the window decides when the map goes
        self.view.setWindowTitle(QCoreApplication.translate("MapProcess", "Peta laporan"))
        self.view.ready.connect(self._ready)
        self.view.reportClicked.connect(lambda rid: self._send("select", id=rid))
        self.view.locationClicked.connect(lambda la, lo: self._send("pick", lat=la, lon=lo))
        self.view.pointsDrawn.connect(lambda n: self._send("drawn", count=n))
        self.view.loadFailed.connect(lambda text: self._send("failed", text=text))
        self.view.resize(900, 650)
        if embed:
            # Until the window has taken it in (and whenever Qt recreates it), our
            # window is no window of its own: off screen, no frame, no taskbar entry,
            # not placed by the window manager.
            self.view.setWindowFlags(
                Qt.WindowType.Tool
                | Qt.WindowType.FramelessWindowHint
                | Qt.WindowType.X11BypassWindowManagerHint
            )
            self.view.move(-32000, -32000)
        self._window_id = 0
        self.view.show()
        self._announce_window()

    def _announce_window(self) -> None:
        """Tell the window our native window's id (again when it changed: the web view
        showing the first time makes Qt recreate the top-level for OpenGL)."""
        window_id = int(self.view.winId())
        if window_id != self._window_id:
            self._window_id = window_id
            self._send("window", id=window_id)

    def _ready(self) -> None:
        self._announce_window()
        self._send("ready")

    def _send(self, op: str, body: str | None = None, **fields: Any) -> None:
        try:
            self._out.write(frame(op, body, **fields))
        except OSError:  # the window is gone: nothing to tell, time to go
            self._quit()

    def take_over(
        self, reader: FrameReader, pending: list[tuple[dict[str, Any], str | None]]
    ) -> None:
        """Go on with the reader that read the first message, and what came with it."""
        self._reader = reader
        for header, body in pending:
            self._handle_safely(header, body)

    def _handle_safely(self, header: dict[str, Any], body: str | None) -> None:
        try:
            self._handle(header, body)
        except (ValueError, TypeError, KeyError) as exc:
            log.warning("map process: message %r refused (%s)", header.get("op"), exc)

    def _received(self, data: bytes) -> None:
        try:
            messages = self._reader.feed(data)
        except ProtocolError as exc:
            log.error("map process: not a frame from the window (%s); quitting", exc)
            self._quit()
            return
        for header, body in messages:
            self._handle_safely(header, body)

    def _handle(self, header: dict[str, Any], body: str | None) -> None:
        op = header["op"]
        view = self.view
        if op == "post" and body is not None:
            kind = header["kind"]
            if kind not in PAGE_MESSAGES:
                raise ValueError("not a page message")
            if kind == "points":
                view.show_points_json(PointsPayload.from_json(body), body)
            elif kind == "select":
                view.select_report(str(json.loads(body).get("id") or ""))
            else:
                view.post_raw(kind, body)
        elif op == "tiles":
            # The default profile follows map_settings (map_view.default_map_profile).
            map_settings.set_current(tile_config_from_wire(header.get("config")), None)
        elif op == "js" and body is not None:
            token = int(header["id"])
            view.run_js(body, lambda result: self._send("js", json.dumps(result), id=token))
        elif op == "click":
            _click(view.view.focusProxy() or view.view, int(header["x"]), int(header["y"]))
        elif op == "embedded":
            self._redraw_when_exposed(time.monotonic() + 10.0)
        elif op == "shown":  # not embedded: the window cannot hide or show ours
            view.setVisible(bool(header["visible"]))
            if view.isVisible():
                view.raise_()
                view.activateWindow()
        elif op == "quit":
            self._quit()

    def _redraw_when_exposed(self, until: float) -> None:
        """Embedded again (a kept picker map in the next dialog): X unmapped our window
        meanwhile, and once it is on screen again the page did not always draw a new
        frame (seen under Xvfb: the next dialog stayed blank). When the window is
        exposed, tell the page it is seen again and ask for a frame."""
        handle = self.view.windowHandle()
        if handle is None or not handle.isExposed():
            if time.monotonic() < until:
                QTimer.singleShot(50, lambda: self._redraw_when_exposed(until))
            return
        page = self.view.view.page()
        page.setVisible(False)
        page.setVisible(True)
        self.view.view.update()

    def _quit(self) -> None:
        QCoreApplication.quit()

    def close(self) -> None:
        if shiboken6.isValid(self.view):
            self.view.close()
            shiboken6.delete(self.view)
        release_default_map_profile()


def _click(widget: Any, x: int, y: int) -> None:
    """A left click at x, y as the mouse would make it: move, press, release (QtTest is
    not in the built program)."""
    local = QPointF(x, y)
    screen = QPointF(widget.mapToGlobal(QPoint(x, y)))
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, button, buttons in (
        (QEvent.Type.MouseMove, none, none),
        (QEvent.Type.MouseButtonPress, left, left),
        (QEvent.Type.MouseButtonRelease, left, none),
    ):
        event = QMouseEvent(kind, local, screen, button, buttons, Qt.KeyboardModifier.NoModifier)
        QCoreApplication.sendEvent(widget, event)


if __name__ == "__main__":
    sys.exit(main())
