"""The map page's own URL scheme and the guard on every request it makes.

- ``register_map_schemes()`` declares ``crmtile:`` to QtWebEngine. It must run
  before the QApplication is created (the app and the tests call it first).
- ``TileSchemeHandler`` answers ``crmtile://tiles/{z}/{x}/{y}`` from a
  ``maps.tiles.TileStore`` (MBTiles, then the cache, then the network), on a
  small thread pool so that the GUI thread never waits on disk or network; a
  tile nobody has is an empty transparent PNG.
- ``RequestGuard`` is the profile's request interceptor: anything that is not
  ``file:``, ``qrc:``, ``crmtile:``, ``data:`` or ``blob:`` is blocked and counted.
  The page therefore cannot reach the network even if a script tried.
"""

from __future__ import annotations

import logging
import re
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from itertools import count

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from officer_app.maps.tiles import EMPTY_PNG, Tile, TileStore, valid_tile

log = logging.getLogger(__name__)

TILE_SCHEME = b"crmtile"
LOCAL_SCHEMES = frozenset({"file", "qrc", "crmtile", "data", "blob"})
_TILE_PATH = re.compile(r"^/(\d{1,2})/(\d{1,7})/(\d{1,7})(?:\.png)?$")

_registered = False


def register_map_schemes() -> None:
    """Declare the ``crmtile:`` scheme (once, before the QApplication exists)."""
    global _registered
    if _registered:
        return
    if QCoreApplication.instance() is not None:
        log.warning("register_map_schemes called after the QApplication was created")
    scheme = QWebEngineUrlScheme(TILE_SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    # Local: a page loaded from a file may use it (remote URLs stay forbidden).
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme
        | QWebEngineUrlScheme.Flag.LocalScheme
        | QWebEngineUrlScheme.Flag.LocalAccessAllowed
    )
    QWebEngineUrlScheme.registerScheme(scheme)
    _registered = True


class RequestGuard(QWebEngineUrlRequestInterceptor):
    """Blocks and counts every request to a non-local scheme."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self.seen = 0
        self.blocked: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802 (Qt)
        url = info.requestUrl()
        scheme = url.scheme().lower()
        with self._lock:
            self.seen += 1
            if scheme in LOCAL_SCHEMES:
                return
            self.blocked.append(url.toString())
        info.block(True)
        log.warning("map page: blocked a request to a %s: URL", scheme or "schemeless")

    @property
    def blocked_count(self) -> int:
        with self._lock:
            return len(self.blocked)


class TileSchemeHandler(QWebEngineUrlSchemeHandler):
    """Serves ``crmtile://tiles/{z}/{x}/{y}`` from a TileStore, off the GUI thread."""

    _tile_done = Signal(int, object)  # token, Tile | None (queued to the GUI thread)

    def __init__(self, store: TileStore | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._pool = ThreadPoolExecutor(max_workers=3, thread_name_prefix="crm-tiles")
        self._jobs: dict[int, QWebEngineUrlRequestJob] = {}
        self._tokens = count(1)
        self.served = {"tile": 0, "empty": 0, "invalid": 0}
        self._tile_done.connect(self._answer)

    @property
    def store(self) -> TileStore | None:
        return self._store

    def set_store(self, store: TileStore | None) -> None:
        self._store = store

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 (Qt)
        url = job.requestUrl()
        match = _TILE_PATH.match(url.path())
        if (
            bytes(job.requestMethod().data()) != b"GET"
            or url.host() != "tiles"
            or match is None
            or not valid_tile(*(int(g) for g in match.groups()))
        ):
            self.served["invalid"] += 1
            job.fail(QWebEngineUrlRequestJob.Error.UrlInvalid)
            return
        z, x, y = (int(g) for g in match.groups())
        store = self._store
        if store is None:
            self._reply(job, None)
            return
        token = next(self._tokens)
        self._jobs[token] = job
        future = self._pool.submit(store.get, z, x, y)
        future.add_done_callback(partial(self._finished, token))

    def _finished(self, token: int, future: Future[Tile | None]) -> None:
        # On a pool thread: hand the result to the GUI thread.
        try:
            tile = future.result()
        except Exception:  # noqa: BLE001 - a broken tile must not break the map
            log.warning("tile lookup failed", exc_info=True)
            tile = None
        self._tile_done.emit(token, tile)

    def _answer(self, token: int, tile: Tile | None) -> None:
        job = self._jobs.pop(token, None)
        if job is None or not shiboken6.isValid(job):
            return  # the page no longer wants it (scrolled away, closed)
        self._reply(job, tile)

    def _reply(self, job: QWebEngineUrlRequestJob, tile: Tile | None) -> None:
        data, mime = (tile.data, tile.mime) if tile is not None else (EMPTY_PNG, "image/png")
        self.served["tile" if tile is not None else "empty"] += 1
        if tile is None:
            # Not kept by the browser: the tile may exist once the network is back.
            job.setAdditionalResponseHeaders(
                {QByteArray(b"Cache-Control"): QByteArray(b"no-store")}
            )
        buffer = QBuffer(job)  # deleted with the job
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(QByteArray(mime.encode("ascii")), buffer)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._jobs.clear()
