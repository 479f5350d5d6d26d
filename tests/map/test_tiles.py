"""Tiles that survive being offline: cache, MBTiles (TMS rows), network kept, prefetch."""

from __future__ import annotations

import io
import sqlite3
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PIL import Image

from officer_app.maps.tiles import (
    EMPTY_PNG,
    TileConfig,
    TileStore,
    count_tiles,
    lonlat_to_tile,
    prefetch,
    sniff_mime,
)

from .helpers import js, stats


def png(colour: tuple[int, int, int], size: int = 256) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (size, size), colour).save(out, "PNG")
    return out.getvalue()


RED = png((220, 0, 0))
BLUE = png((0, 0, 220))
MAGENTA = png((255, 0, 255))


def make_mbtiles(path: Path, tiles: dict[tuple[int, int, int], bytes]) -> Path:
    """A tiny MBTiles file; ``tiles`` is keyed by XYZ (z, x, y), stored in TMS rows."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    conn.execute(
        "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
        " tile_data BLOB)"
    )
    conn.executemany("INSERT INTO metadata VALUES (?, ?)", [("name", "test"), ("format", "png")])
    for (z, x, y), data in tiles.items():
        conn.execute("INSERT INTO tiles VALUES (?, ?, ?, ?)", (z, x, (1 << z) - 1 - y, data))
    conn.commit()
    conn.close()
    return path


class TileServer:
    """A real HTTP tile server on loopback that counts requests; can be stopped."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.requests: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                outer.requests.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(outer.body)))
                self.end_headers()
                self.wfile.write(outer.body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def template(self) -> str:
        return f"http://127.0.0.1:{self.port}/{{z}}/{{x}}/{{y}}.png"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def tile_server() -> Iterator[TileServer]:
    server = TileServer(BLUE)
    yield server
    server.stop()


def test_mbtiles_are_read_with_the_tms_row_flip(tmp_path):
    path = make_mbtiles(tmp_path / "jakarta.mbtiles", {(12, 3285, 2121): RED})
    store = TileStore(TileConfig(mbtiles=path, online=False))
    tile = store.get(12, 3285, 2121)
    assert tile is not None
    assert tile.origin == "mbtiles"
    assert tile.data == RED
    # The same column at the unflipped row is another tile (absent here).
    assert store.get(12, 3285, (1 << 12) - 1 - 2121) is None


def test_cache_answers_offline_and_missing_tiles_come_back_fast(tmp_path):
    cache = tmp_path / "tiles"
    (cache / "12" / "3285").mkdir(parents=True)
    (cache / "12" / "3285" / "2121.tile").write_bytes(RED)
    # An unreachable source: the store must not wait on it more than once.
    store = TileStore(
        TileConfig(source="http://127.0.0.1:9/{z}/{x}/{y}.png", cache_dir=cache),
        timeout=(0.5, 0.5),
    )
    tile = store.get(12, 3285, 2121)
    assert tile is not None
    assert tile.origin == "cache"
    assert tile.data == RED
    assert store.get(12, 3285, 2122) is None  # tries the network once, fails
    for y in range(2123, 2143):
        assert store.get(12, 3285, y) is None
    # Offline: answered from memory of the failure, no second try (counted, not timed:
    # a wall-clock bound failed on a loaded machine).
    assert store.stats["failed"] == 1


def test_mbtiles_first_then_cache(tmp_path):
    cache = tmp_path / "tiles"
    (cache / "5" / "1").mkdir(parents=True)
    (cache / "5" / "1" / "2.tile").write_bytes(BLUE)
    store = TileStore(
        TileConfig(cache_dir=cache, mbtiles=make_mbtiles(tmp_path / "m.mbtiles", {(5, 1, 2): RED}))
    )
    tile = store.get(5, 1, 2)
    assert tile is not None
    assert tile.data == RED


def test_fetched_tiles_are_kept_and_served_when_the_source_is_gone(tmp_path, tile_server):
    cache = tmp_path / "tiles"
    store = TileStore(TileConfig(source=tile_server.template, cache_dir=cache))
    tile = store.get(13, 6571, 4240)
    assert tile is not None
    assert tile.origin == "network"
    assert tile.data == BLUE
    assert tile_server.requests == ["/13/6571/4240.png"]
    assert (cache / "13" / "6571" / "4240.tile").read_bytes() == BLUE
    tile_server.stop()
    again = TileStore(
        TileConfig(source=tile_server.template, cache_dir=cache), timeout=(0.5, 0.5)
    ).get(13, 6571, 4240)
    assert again is not None
    assert again.origin == "cache"


def test_not_an_image_is_not_kept(tmp_path):
    server = TileServer(b"<html>rate limited</html>")
    try:
        store = TileStore(TileConfig(source=server.template, cache_dir=tmp_path / "t"))
        assert store.get(3, 1, 1) is None
        assert not (tmp_path / "t" / "3" / "1" / "1.tile").exists()
    finally:
        server.stop()


def test_out_of_range_tiles_and_bad_sources_are_refused(tmp_path):
    store = TileStore(TileConfig(cache_dir=tmp_path))
    assert store.get(3, 8, 0) is None
    assert store.get(-1, 0, 0) is None
    assert store.get(30, 0, 0) is None
    with pytest.raises(ValueError, match="http"):
        TileStore(TileConfig(source="file:///etc/{z}/{x}/{y}"))
    with pytest.raises(ValueError, match="{y}"):
        TileStore(TileConfig(source="https://t.example/{z}/{x}.png"))
    assert sniff_mime(EMPTY_PNG) == "image/png"


def test_prefetch_fills_the_cache_once(tmp_path, tile_server):
    bbox = (106.80, -6.20, 106.85, -6.15)
    zooms = range(12, 14)
    progress: list[tuple[int, int]] = []
    result = prefetch(
        bbox, zooms, tile_server.template, tmp_path / "c", lambda d, t: progress.append((d, t))
    )
    total = count_tiles(bbox, zooms)
    assert result.total == total == len(progress)
    assert result.fetched == total
    assert progress[-1] == (total, total)
    x, y = lonlat_to_tile(106.82, -6.17, 13)
    assert (tmp_path / "c" / "13" / str(x) / f"{y}.tile").read_bytes() == BLUE
    again = prefetch(bbox, zooms, tile_server.template, tmp_path / "c")
    assert again.cached == total
    assert again.fetched == 0
    assert len(tile_server.requests) == total
    with pytest.raises(ValueError, match="limit"):
        prefetch((106.0, -7.0, 107.5, -5.5), range(10, 17), tile_server.template, tmp_path)


def test_tiles_prefetch_command(tmp_path, tile_server, capsys):
    # Through the real entry point, so the wiring into officer-app is tested too.
    from officer_app.__main__ import main

    argv = [
        "tiles",
        "prefetch",
        "--bbox",
        "106.82,-6.18,106.83,-6.17",
        "--zooms",
        "14",
        "--source",
        tile_server.template,
        "--cache",
        str(tmp_path / "c"),
    ]
    assert main(argv) == 0
    assert "fetched" in capsys.readouterr().out
    assert any((tmp_path / "c" / "14").rglob("*.tile"))
    with pytest.raises(SystemExit):
        main(["tiles", "prefetch", "--bbox", "1,2,3", "--zooms", "12-15"])


def test_the_page_shows_tiles_from_mbtiles(qtbot, make_map, profile, tmp_path):
    """Through the crmmap: scheme and the handler: a magenta MBTiles background."""
    tiles = {}
    for z in (11, 12):
        x0, y0 = lonlat_to_tile(106.6, -6.05, z)
        x1, y1 = lonlat_to_tile(107.05, -6.4, z)
        tiles.update({(z, x, y): MAGENTA for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)})
    mbtiles = make_mbtiles(tmp_path / "it.mbtiles", tiles)
    profile.set_tiles(TileConfig(mbtiles=mbtiles, online=False))
    view = make_map(boundaries=False)
    js(qtbot, view, "CrmMap.setView(-6.2, 106.83, 12); 1")
    qtbot.waitUntil(lambda: profile.tiles.served["tile"] >= 6, timeout=10_000)

    def centre() -> tuple[int, int, int]:
        image = view.view.grab().toImage()
        pixel = image.pixelColor(image.width() // 2, image.height() // 2)
        return (pixel.red(), pixel.green(), pixel.blue())

    # The served tiles reach the widget's surface once painted: waited for, not guessed.
    qtbot.waitUntil(lambda: centre() == (255, 0, 255), timeout=15_000)
    assert stats(qtbot, view)["ready"]
    assert profile.guard.blocked == []
