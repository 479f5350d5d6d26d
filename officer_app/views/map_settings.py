"""The map settings in force (tiles, address search) and where the map runs.

``gui_main.apply_tile_settings`` puts the tile config and the geocoder here at
start and on every change; whoever shows a map takes them from here: the
in-process web profile (``map_view.default_map_profile``) and the map process
(``map_remote.RemoteMapView``, which sends the tiles to it). Keeping them here,
not on the web profile, lets the window start without QtWebEngine when the map
runs in its own process.

Where the map runs (issue 22), ``map_mode``:
- ``separate``: a map process of its own (``map_process``), its window embedded in
  the main window. QtWebEngine (Chromium's browser side, ~240 MB at 10k reports)
  never loads in the window's process. The desk's location picker follows suit.
- ``inside``: the web view in the window's process (as before issue 22).
- ``auto`` (default): ``separate`` where a native window can be embedded (X11 and
  Windows), ``inside`` elsewhere (Wayland, macOS, offscreen tests).
Chosen by IT's machine-config key ``map_process``; in runs from source (tests,
benchmarks) the environment variable ``CRM_MAP_PROCESS`` wins over it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from officer_app.machine_config import is_production_build
from officer_app.maps.tiles import TileConfig

ENV_VAR = "CRM_MAP_PROCESS"
MODES = ("auto", "separate", "inside")
EMBEDDING_PLATFORMS = frozenset({"xcb", "windows"})

_tiles: TileConfig | None = None
_geocoder: Any = None
_configured = False
_listeners: list[Callable[[], None]] = []
_machine_mode = "auto"


def set_current(tiles: TileConfig | None, geocoder: Any) -> None:
    """The settings changed (or the app starts): tell every map."""
    global _tiles, _geocoder, _configured
    _tiles, _geocoder, _configured = tiles, geocoder, True
    for listener in list(_listeners):
        listener()


def configured() -> bool:
    """Whether the app has said anything yet (tests make maps without it)."""
    return _configured


def tiles() -> TileConfig | None:
    return _tiles


def geocoder() -> Any:
    return _geocoder


def on_change(listener: Callable[[], None]) -> None:
    if listener not in _listeners:
        _listeners.append(listener)


def forget(listener: Callable[[], None]) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def set_machine_mode(mode: str) -> None:
    """IT's ``map_process`` (machine config), set at start."""
    global _machine_mode
    _machine_mode = mode if mode in MODES else "auto"


def map_mode(platform: str, env: dict[str, str] | None = None) -> str:
    """``separate`` or ``inside`` for this run (see the module's docstring)."""
    env = dict(os.environ) if env is None else env
    # The built program follows IT's file only (as machine_config does for its path).
    wanted = "" if is_production_build() else env.get(ENV_VAR, "").strip().lower()
    wanted = wanted or _machine_mode
    if wanted not in MODES:
        wanted = "auto"
    if wanted == "auto":
        return "separate" if platform in EMBEDDING_PLATFORMS else "inside"
    return wanted
