"""The wire between the window and its map process (``views.map_protocol``) and the
choice of where the map runs (``views.map_settings.map_mode``). Qt-free."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from officer_app.maps.payload import PointsPayload, build_points_payload
from officer_app.maps.tiles import TileConfig
from officer_app.views import map_settings
from officer_app.views.map_protocol import (
    FrameReader,
    ProtocolError,
    frame,
    tile_config_from_wire,
    tile_config_to_wire,
)


def test_frames_survive_any_chunking() -> None:
    points = build_points_payload(
        [{"id": f"r{i}", "lat": -6.2, "lon": 106.8, "status": "menunggu"} for i in range(50)]
    )
    stream = (
        frame("post", points.to_json(), kind="points")
        + frame("ready")
        + frame("js", json.dumps("teks: ünïcode ✓"), id=7)
    )
    for size in (1, 3, 64, len(stream)):
        reader = FrameReader()
        got = []
        for start in range(0, len(stream), size):
            got += reader.feed(stream[start : start + size])
        assert [h["op"] for h, _ in got] == ["post", "ready", "js"]
        assert PointsPayload.from_json(got[0][1] or "") == points
        assert got[1][1] is None
        assert json.loads(got[2][1] or "") == "teks: ünïcode ✓"
        assert got[2][0]["id"] == 7


@pytest.mark.parametrize(
    "garbage",
    [
        b"not json\n",
        b"[1, 2]\n",
        b'{"no_op": 1}\n',
        b'{"op": "post", "size": -1}\n',
        b'{"op": "post", "size": 99999999999}\n',
        b'{"op": "post", "size": true}\n',
        b"x" * 70_000,
    ],
)
def test_what_is_not_a_frame_breaks_the_reader_for_good(garbage: bytes) -> None:
    reader = FrameReader()
    with pytest.raises(ProtocolError):
        reader.feed(garbage)
    with pytest.raises(ProtocolError):
        reader.feed(frame("ready"))  # nothing after garbage is trusted


def test_points_of_unequal_length_are_refused() -> None:
    text = json.dumps({"ids": ["a", "b"], "lat": [1.0], "lon": [1, 2], "s": [0, 0],
                       "o": [0, 0], "n": ["1", "2"]})  # fmt: skip
    with pytest.raises(ValueError, match="unequal"):
        PointsPayload.from_json(text)


def test_tile_settings_cross_the_wire_unchanged(tmp_path: Path) -> None:
    config = TileConfig(
        source="https://tiles.jakarta.go.id/{z}/{x}/{y}.png",
        cache_dir=tmp_path / "tiles",
        mbtiles=tmp_path / "it.mbtiles",
        online=False,
        attribution="Pemprov DKI",
        public_default=True,
    )
    wire = json.loads(json.dumps(tile_config_to_wire(config)))
    assert tile_config_from_wire(wire) == config
    assert tile_config_from_wire({"nonsense": 1}) is None
    assert tile_config_to_wire(None) is None


def test_where_the_map_runs() -> None:
    try:
        assert map_settings.map_mode("xcb", {}) == "separate"
        assert map_settings.map_mode("windows", {}) == "separate"
        for platform in ("wayland", "offscreen", "cocoa"):
            assert map_settings.map_mode(platform, {}) == "inside"
        env = {map_settings.ENV_VAR: "separate"}
        assert map_settings.map_mode("offscreen", env) == "separate"
        assert map_settings.map_mode("xcb", {map_settings.ENV_VAR: "inside"}) == "inside"
        assert map_settings.map_mode("xcb", {map_settings.ENV_VAR: "bogus"}) == "separate"
        map_settings.set_machine_mode("inside")  # IT's machine config
        assert map_settings.map_mode("windows", {}) == "inside"
        assert map_settings.map_mode("windows", env) == "separate"  # runs from source
    finally:
        map_settings.set_machine_mode("auto")
