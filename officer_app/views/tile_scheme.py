"""The map page's own URL scheme and the guard on every request it makes.

- ``register_map_schemes()`` declares ``crmmap:`` to QtWebEngine. It must run
  before the first QtWebEngine object is made (``MapProfile`` calls it; the tests
  call it before the QApplication).
- ``TileSchemeHandler`` answers everything under ``crmmap://app/``: the page
  itself (a file the view registered with ``add_page``, served with its
  Content-Security-Policy), its scripts and stylesheets (an allow-list,
  ``maps.page.asset_files``), and ``/tiles/{z}/{x}/{y}`` from a
  ``maps.tiles.TileStore`` (MBTiles, then the cache, then the network) on a small
  thread pool so that the GUI thread never waits on disk or network; a tile nobody
  has is an empty transparent PNG. The page has no ``file://`` access at all.
- ``RequestGuard`` is the profile's request interceptor: anything that is not
  ``crmmap:``, ``data:`` or ``blob:`` is blocked and counted.

The page cannot reach the network by itself, but a script in it could still make
the app fetch tiles of its choosing (coordinates can carry data): that is why no
script but the app's own may run in it (the CSP, text-only DOM writes).
"""

from __future__ import annotations

import logging
import re
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from itertools import count
from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from officer_app.maps.page import PAGE_NAME, SCHEME, asset_files, content_security_policy
from officer_app.maps.tiles import EMPTY_PNG, Tile, TileStore, valid_tile

log = logging.getLogger(__name__)

TILE_SCHEME = SCHEME.encode("ascii")
APP_HOST = "app"
LOCAL_SCHEMES = frozenset({SCHEME, "data", "blob"})
_TILE_PATH = re.compile(r"^/tiles/(\d{1,2})/(\d{1,7})/(\d{1,7})(?:\.png)?$")
_MIME = {".js": "text/javascript", ".css": "text/css", ".png": "image/png"}
_MIME_HTML = "text/html"

_registered = False


def register_map_schemes() -> None:
    """Declare the ``crmmap:`` scheme (once, before any QtWebEngine object exists)."""
    global _registered
    if _registered:
        return
    scheme = QWebEngineUrlScheme(TILE_SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    # Secure (a secure context), but neither local nor allowed local access: a page
    # served from it can never read file:// URLs.
    scheme.setFlags(QWebEngineUrlScheme.Flag.SecureScheme)
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
    """Serves ``crmmap://app/``: pages, their assets, and tiles from a TileStore."""

    _tile_done = Signal(int, object)  # token, Tile | None (queued to the GUI thread)

    def __init__(self, store: TileStore | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._pool = ThreadPoolExecutor(max_workers=3, thread_name_prefix="crm-tiles")
        self._jobs: dict[int, QWebEngineUrlRequestJob] = {}
        self._tokens = count(1)
        self.served = {"tile": 0, "empty": 0, "invalid": 0, "page": 0, "asset": 0}
        self._pages: dict[str, Path] = {}
        self._assets: dict[str, Path] | None = None
        self._tile_done.connect(self._answer)

    def add_page(self, path: Path) -> str:
        """Serve this built page (``maps.page.build_page``); its ``crmmap:`` URL."""
        if not PAGE_NAME.match(path.name):
            raise ValueError(f"not a map page: {path.name}")
        self._pages[path.name] = path
        return f"{SCHEME}://{APP_HOST}/{path.name}"

    @property
    def store(self) -> TileStore | None:
        return self._store

    def set_store(self, store: TileStore | None) -> None:
        self._store = store

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 (Qt)
        url = job.requestUrl()
        if bytes(job.requestMethod().data()) != b"GET" or url.host() != APP_HOST:
            self._refuse(job)
            return
        path = url.path()
        if not path.startswith("/tiles/"):
            self._serve_file(job, path.lstrip("/"))
            return
        match = _TILE_PATH.match(path)
        if match is None or not valid_tile(*(int(g) for g in match.groups())):
            self._refuse(job)
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

    def _refuse(self, job: QWebEngineUrlRequestJob) -> None:
        self.served["invalid"] += 1
        job.fail(QWebEngineUrlRequestJob.Error.UrlInvalid)

    def _serve_file(self, job: QWebEngineUrlRequestJob, name: str) -> None:
        """A registered page (with its CSP) or an allow-listed asset; nothing else."""
        page = self._pages.get(name)
        if page is not None:
            try:
                text = page.read_text(encoding="utf-8")
            except OSError:
                self._refuse(job)
                return
            self.served["page"] += 1
            policy = content_security_policy(text, hashes=False)  # the strict one is in the page
            self._send(job, text.encode("utf-8"), _MIME_HTML, policy)
            return
        if self._assets is None:
            self._assets = asset_files()
        asset = self._assets.get(name)
        mime = _MIME.get(Path(name).suffix)
        if asset is None or mime is None:
            self._refuse(job)
            return
        try:
            data = asset.read_bytes()
        except OSError:
            self._refuse(job)
            return
        self.served["asset"] += 1
        self._send(job, data, mime, "default-src 'none'")

    def _send(
        self, job: QWebEngineUrlRequestJob, data: bytes, mime: str, csp: str, no_store: bool = False
    ) -> None:
        # A list per header: PySide6 turns a bare QByteArray value of this QMultiMap
        # into one header line per byte (a CSP of single letters).
        headers = {
            QByteArray(b"Content-Security-Policy"): [QByteArray(csp.encode("ascii"))],
            QByteArray(b"X-Content-Type-Options"): [QByteArray(b"nosniff")],
        }
        if no_store:
            headers[QByteArray(b"Cache-Control")] = [QByteArray(b"no-store")]
        job.setAdditionalResponseHeaders(headers)  # type: ignore[arg-type]
        buffer = QBuffer(job)  # deleted with the job
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(QByteArray(mime.encode("ascii")), buffer)

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
        # An empty tile is not kept by the browser: it may exist once the network is back.
        self._send(job, data, mime, "default-src 'none'", no_store=tile is None)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._jobs.clear()
