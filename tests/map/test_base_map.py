"""The base map: OpenStreetMap's layer as its tile policy asks, when nothing is configured.

No test reaches the internet: the OSM URL is checked as the chosen source only; every
request goes to a tile server on 127.0.0.1 started here, which records what it gets.
"""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Iterator
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from officer_app import machine_config as mc
from officer_app.maps.tiles import (
    OSM_ATTRIBUTION,
    OSM_SOURCE,
    USER_AGENT,
    TileConfig,
    TileStore,
    cache_meta,
    lonlat_to_tile,
    prefetch,
    with_public_default,
)

from .helpers import js, set_view, stats

GAMBIR = (-6.1754, 106.8272)


def png(colour: tuple[int, int, int], size: int = 256) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (size, size), colour).save(out, "PNG")
    return out.getvalue()


GREEN = png((40, 160, 60))


class RecordingTileServer:
    """A tile server on loopback that records every request (path and headers)."""

    def __init__(
        self,
        body: bytes = GREEN,
        headers: dict[str, str] | None = None,
        delay_s: float = 0.0,
        etag: str = '"v1"',
    ) -> None:
        self.body = body
        self.headers = headers if headers is not None else {"Cache-Control": "max-age=3600"}
        self.delay_s = delay_s
        self.etag = etag
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._lock = threading.Lock()
        self.active = 0
        self.max_active = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                with outer._lock:
                    outer.requests.append((self.path, dict(self.headers.items())))
                    outer.active += 1
                    outer.max_active = max(outer.max_active, outer.active)
                try:
                    if outer.delay_s:
                        time.sleep(outer.delay_s)
                    if self.headers.get("If-None-Match") == outer.etag:
                        self.send_response(304)
                        for key, value in outer.headers.items():
                            self.send_header(key, value)
                        self.end_headers()
                        return
                    self.send_response(200)
                    self.send_header("Content-Type", "image/png")
                    self.send_header("Content-Length", str(len(outer.body)))
                    self.send_header("ETag", outer.etag)
                    self.send_header("Date", formatdate(usegmt=True))
                    for key, value in outer.headers.items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(outer.body)
                finally:
                    with outer._lock:
                        outer.active -= 1

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def template(self) -> str:
        return f"http://127.0.0.1:{self.port}/{{z}}/{{x}}/{{y}}.png"

    def tiles(self) -> list[tuple[int, int, int]]:
        out = []
        for path, _ in list(self.requests):
            z, x, y = path.strip("/").removesuffix(".png").split("/")
            out.append((int(z), int(x), int(y)))
        return out

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[RecordingTileServer]:
    srv = RecordingTileServer()
    yield srv
    srv.stop()


class Clock:
    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


# --- which source ------------------------------------------------------------------------


def test_osm_is_the_default_only_when_nothing_is_configured_and_online(tmp_path: Path) -> None:
    nothing = TileConfig(cache_dir=tmp_path, public_default=True)
    chosen = with_public_default(nothing, env={})
    assert chosen.source == OSM_SOURCE == "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    assert chosen.attribution == OSM_ATTRIBUTION == "© OpenStreetMap contributors"
    # IT's (or the user's) source stays, with its own credit line.
    mine = TileConfig(source="https://tiles.jakarta.go.id/{z}/{x}/{y}.png", public_default=True)
    assert with_public_default(mine, env={}) == mine
    # An MBTiles file, offline, someone set "no source", or switched off: no OSM.
    mbtiles = tmp_path / "it.mbtiles"
    for config in (
        TileConfig(mbtiles=mbtiles, public_default=True),
        TileConfig(online=False, public_default=True),
        TileConfig(public_default=False),
    ):
        assert with_public_default(config, env={}).source == ""
    assert with_public_default(nothing, env={"CRM_PUBLIC_TILES": "0"}).source == ""
    # An OSM source configured without credit gets OSM's credit.
    osm = TileConfig(source=OSM_SOURCE)
    assert with_public_default(osm, env={}).attribution == OSM_ATTRIBUTION


def test_settings_say_when_nothing_is_configured(tmp_path: Path) -> None:
    from officer_app import settings

    assert settings.Settings(tmp_path / "a").tile_config().public_default
    user = settings.Settings(tmp_path / "b")
    user.set(settings.TILE_SOURCE, "https://mine.example/{z}/{x}/{y}.png")
    assert not user.tile_config().public_default
    path = tmp_path / "config.toml"
    path.write_text("[enforced]\ntile_source = ''\n", encoding="utf-8")
    locked = settings.Settings(tmp_path / "c", mc.load(path))
    assert not locked.tile_config().public_default  # IT locked it empty: no OSM either
    assert with_public_default(locked.tile_config(), env={}).source == ""


def test_prefetch_refuses_osm(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="bulk"):
        prefetch((106.8, -6.2, 106.81, -6.19), range(12, 13), OSM_SOURCE, tmp_path)


# --- how tiles are fetched -----------------------------------------------------------------


def test_requests_carry_the_apps_user_agent_and_no_no_cache(tmp_path, server) -> None:
    store = TileStore(TileConfig(source=server.template, cache_dir=tmp_path))
    assert store.get(14, 13105, 8480) is not None
    (_, headers), *_ = server.requests
    assert headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("CRM-Officer-Workstation/")
    assert "python-requests" not in headers["User-Agent"]
    assert "Referer" not in headers
    assert "no-cache" not in headers.get("Cache-Control", "") + headers.get("Pragma", "")


def test_the_cache_honours_http_caching(tmp_path, server) -> None:
    clock = Clock()
    store = TileStore(TileConfig(source=server.template, cache_dir=tmp_path), clock=clock)
    assert store.get(14, 13105, 8480).origin == "network"
    assert store.get(14, 13105, 8480).origin == "cache"  # fresh (max-age=3600): not asked
    assert len(server.requests) == 1
    clock.now += 3601  # expired: asked again, conditionally; 304 keeps the tile
    tile = store.get(14, 13105, 8480)
    assert tile is not None
    assert tile.data == GREEN
    assert len(server.requests) == 2
    assert server.requests[1][1]["If-None-Match"] == '"v1"'
    assert store.stats["revalidated"] == 1
    assert store.get(14, 13105, 8480).origin == "cache"  # fresh again for an hour
    assert len(server.requests) == 2
    # Expired and the source gone (offline): the old tile is still a map.
    clock.now += 7200
    server.stop()
    store._offline_until = 0.0
    stale = store.get(14, 13105, 8480)
    assert stale is not None
    assert stale.data == GREEN
    assert store.stats["stale"] == 1


def test_no_store_is_not_kept(tmp_path) -> None:
    srv = RecordingTileServer(headers={"Cache-Control": "no-store"})
    try:
        store = TileStore(TileConfig(source=srv.template, cache_dir=tmp_path))
        assert store.get(12, 3276, 2120) is not None
        assert store.get(12, 3276, 2120) is not None
        assert len(srv.requests) == 2
        assert not list(tmp_path.rglob("*.tile"))
    finally:
        srv.stop()


def test_cache_lifetimes() -> None:
    now = 1_000_000.0
    assert cache_meta({"Cache-Control": "public, max-age=600"}, now).expires == now + 600
    assert cache_meta({"Cache-Control": "max-age=600", "Age": "100"}, now).expires == now + 500
    assert cache_meta({"Cache-Control": "no-cache"}, now).expires == now
    assert cache_meta({"Cache-Control": "no-store"}, now) is None
    expires = {"Date": formatdate(now, usegmt=True), "Expires": formatdate(now + 90, usegmt=True)}
    assert cache_meta(expires, now).expires == now + 90
    assert cache_meta({}, now).expires > now + 24 * 3600  # no headers: a default lifetime


def test_downloads_are_few_at_a_time(tmp_path) -> None:
    srv = RecordingTileServer(delay_s=0.3)
    try:
        store = TileStore(TileConfig(source=srv.template, cache_dir=tmp_path))
        threads = [
            threading.Thread(target=store.get, args=(15, 26210 + i, 16960)) for i in range(8)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert len(srv.requests) == 8
        assert srv.max_active <= 2
    finally:
        srv.stop()


# --- in the page ----------------------------------------------------------------------------


def _tile_range(bounds: dict[str, Any]) -> tuple[int, int, int, int, int]:
    z = int(bounds["zoom"])
    x0, y0 = lonlat_to_tile(bounds["west"], bounds["north"], z)
    x1, y1 = lonlat_to_tile(bounds["east"], bounds["south"], z)
    return z, x0, x1, y0, y1


def test_the_page_asks_only_for_the_tiles_in_view_and_then_uses_the_cache(
    qtbot, make_map, profile, server, tmp_path
) -> None:
    import json

    cache = tmp_path / "tiles"
    profile.set_tiles(TileStore(TileConfig(source=server.template, cache_dir=cache)))
    view = make_map(boundaries=False)
    qtbot.waitUntil(lambda: stats(qtbot, view)["tilesLoaded"] >= 4, timeout=20_000)
    qtbot.wait(500)  # late requests would show up here
    bounds = json.loads(js(qtbot, view, "CrmMap.bounds()"))
    z, x0, x1, y0, y1 = _tile_range(bounds)
    asked = server.tiles()
    assert asked, "the page asked for no tile"
    assert len(asked) == len(set(asked))  # none twice
    for tz, tx, ty in asked:
        assert tz == z
        assert x0 <= tx <= x1
        assert y0 <= ty <= y1
    assert all(h["User-Agent"] == USER_AGENT for _, h in server.requests)
    first = len(server.requests)

    # A second map, a new store over the same cache: everything from disk, nothing asked.
    again = TileStore(TileConfig(source=server.template, cache_dir=cache))
    profile.set_tiles(again)
    second = make_map(boundaries=False)
    qtbot.waitUntil(lambda: stats(qtbot, second)["tilesLoaded"] >= 4, timeout=20_000)
    qtbot.wait(500)
    assert len(server.requests) == first
    assert again.stats["cache"] >= 4
    assert again.stats["network"] == 0


def test_without_tiles_kelurahan_names_are_labels_when_zoomed_in(qtbot, make_map, profile):
    view = make_map()  # the profile has no tile source: every tile is empty
    set_view(qtbot, view, *GAMBIR, 12)
    assert stats(qtbot, view)["labels"] == 0  # far out: no labels
    set_view(qtbot, view, *GAMBIR, 15)
    qtbot.waitUntil(lambda: stats(qtbot, view)["labels"] > 200, timeout=10_000)
    names = js(
        qtbot,
        view,
        "Array.from(document.querySelectorAll('.crm-kel-label-text'))"
        ".filter(function (n) { var b = n.getBoundingClientRect();"
        " return b.width > 0 && b.left >= 0 && b.top >= 0 && b.right <= innerWidth"
        " && b.bottom <= innerHeight; })"
        ".map(function (n) { return n.textContent; }).join('|')",
    ).split("|")
    assert "Gambir" in names  # drawn on the map, in view, not only on hover


def test_with_tiles_no_labels(qtbot, make_map, profile, server, tmp_path):
    profile.set_tiles(TileStore(TileConfig(source=server.template, cache_dir=tmp_path)))
    view = make_map()
    set_view(qtbot, view, *GAMBIR, 15)
    qtbot.waitUntil(lambda: stats(qtbot, view)["basemapReal"] > 0, timeout=20_000)
    assert stats(qtbot, view)["labels"] == 0


def test_the_app_starts_with_osm_only_when_nothing_is_set(qapp, tmp_path, monkeypatch) -> None:
    """What run_gui does at start (apply_tile_settings), with the tests' switch lifted."""
    from officer_app import settings
    from officer_app.gui_main import apply_tile_settings
    from officer_app.views.map_view import default_map_profile, release_default_map_profile

    monkeypatch.delenv("CRM_PUBLIC_TILES", raising=False)
    path = tmp_path / "config.toml"
    path.write_text(
        "[defaults]\ntile_source = 'https://tiles.jakarta.go.id/{z}/{x}/{y}.png'\n",
        encoding="utf-8",
    )
    try:
        apply_tile_settings(settings.Settings(tmp_path / "a"))
        store = default_map_profile().tiles.store
        assert store is not None
        assert store.source == OSM_SOURCE
        assert store.config.attribution == OSM_ATTRIBUTION
        apply_tile_settings(settings.Settings(tmp_path / "b", mc.load(path)))
        store = default_map_profile().tiles.store
        assert store is not None
        assert store.source == "https://tiles.jakarta.go.id/{z}/{x}/{y}.png"
        offline = settings.Settings(tmp_path / "c")
        offline.set(settings.TILES_ONLINE, False)
        apply_tile_settings(offline)
        store = default_map_profile().tiles.store
        assert store is not None
        assert store.source == ""
    finally:
        release_default_map_profile()
