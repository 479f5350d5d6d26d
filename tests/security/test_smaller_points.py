"""The smaller points of issue 18, one test each (the *.localhost one is in
test_locked_settings.py, beside the other transport rules)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from officer_app import settings
from officer_app.maps.tiles import MBTiles, TileConfig, TileStore

from .test_transport import https_server  # noqa: F401 - a fixture


def test_a_tls_refusal_in_the_cli_is_a_sentence_not_a_traceback(
    https_server: tuple[str, Path],  # noqa: F811 - the fixture
    tmp_path: Path,
) -> None:
    url, _ca = https_server  # a certificate from a CA nobody trusts
    env = {k: v for k, v in os.environ.items() if k != "CRM_OFFICER_CONFIG"}
    env["CRM_OFFICER_CONFIG"] = str(tmp_path / "config.toml")
    (tmp_path / "config.toml").write_text("", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "officer_app", "sync", "--profile", str(tmp_path / "p"),
         "--server", url, "--user", "officer.demo", "--password-stdin"],
        input="sandi\n", capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert "Traceback" not in run.stderr
    assert "Sertifikat server tidak tepercaya" in run.stderr
    assert run.returncode == 1
    assert not (tmp_path / "p" / "profile.key").exists()


@pytest.mark.parametrize(
    "source",
    [
        "tiles.example/{z}/{x}/{y}.png",  # no scheme
        "https://tiles.example/{z}/{x}.png",  # no {y}
        'https://tiles.example/{z}/{x}/{y}.png"><script>',
    ],
)
def test_a_bad_tile_source_in_settings_ini_does_not_stop_the_start(
    qapp: Any, tmp_path: Path, source: str
) -> None:
    from officer_app.gui_main import apply_tile_settings
    from officer_app.views.map_view import default_map_profile, release_default_map_profile

    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.ini").write_text(f"[map]\ntile_source={source}\n", encoding="utf-8")
    config = settings.Settings(data)
    assert config.tile_config().source == ""  # no online tiles, and no exception
    try:
        apply_tile_settings(config)  # what run_gui does at start
        store = default_map_profile().tiles.store
        assert store is not None
        assert store.source == ""
        # The profile refuses a bad config on its own too (settings changed later).
        default_map_profile().set_tiles(TileConfig(source=source))
        assert default_map_profile().tiles.store is None
    finally:
        release_default_map_profile()


def _hostile_mbtiles(path: Path) -> Path:
    """An MBTiles file whose 'tiles' and 'metadata' are views that recurse forever."""
    conn = sqlite3.connect(path)
    forever = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
    conn.execute(
        "CREATE VIEW tiles AS " + forever + "SELECT n AS zoom_level, n AS tile_column, "
        "n AS tile_row, x'00' AS tile_data FROM r WHERE n < 0"
    )
    conn.execute(
        "CREATE VIEW metadata AS " + forever + "SELECT 'format' AS name, 'png' AS value "
        "FROM r WHERE n < 0"
    )
    conn.commit()
    conn.close()
    return path


def test_a_hostile_mbtiles_file_cannot_keep_a_tile_thread_busy(tmp_path: Path) -> None:
    path = _hostile_mbtiles(tmp_path / "hostile.mbtiles")
    started = time.monotonic()
    store = TileStore(TileConfig(mbtiles=path, online=False))  # reads the metadata view
    results: list[Any] = []

    def lookup() -> None:
        results.append(store.get(12, 3285, 2121))

    thread = threading.Thread(target=lookup, daemon=True)
    thread.start()
    thread.join(timeout=15)
    assert not thread.is_alive(), "the tile thread is still busy"
    assert results == [None]  # nothing found, no exception out of get()
    assert time.monotonic() - started < 10
    # The limit is per query: the next lookup is refused just as fast.
    again = time.monotonic()
    assert store.get(12, 3285, 2122) is None
    assert time.monotonic() - again < 5


def test_a_normal_mbtiles_query_is_not_cut_short(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    path = tmp_path / "ok.mbtiles"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    conn.execute("CREATE TABLE tiles (zoom_level, tile_column, tile_row, tile_data BLOB)")
    conn.executemany(  # 20k rows without an index: a full scan each time, still in time
        "INSERT INTO tiles VALUES (?, ?, ?, ?)",
        [(12, x, y, png) for x in range(200) for y in range(100)],
    )
    conn.commit()
    conn.close()
    reader = MBTiles(path)
    for _ in range(20):
        assert reader.get(12, 199, (1 << 12) - 1 - 99) == png


def test_the_receipt_is_suggested_in_the_users_documents_not_the_shared_temp(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    from PySide6.QtCore import QStandardPaths

    from officer_app.views.desk.receipt import suggested_pdf_path

    class Receipt:
        number = "../../JK2605040012/<x>"  # a hostile number cannot leave the folder
        reporter_name = "Siti Rahmawati"

    documents = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        or Path.home()
    )
    path = suggested_pdf_path(Receipt())  # type: ignore[arg-type]
    assert path.parent == documents
    assert not str(path).startswith(tempfile.gettempdir())
    assert path.name == "tanda-terima-JK2605040012-x.pdf"
    assert "Siti" not in str(path)
