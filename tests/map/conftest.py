"""Fixtures of the map tests: real QtWebEngine, offscreen, no sandbox (we run as root).

The ``crmtile:`` scheme is registered here at import, before pytest-qt creates
the QApplication. One MapProfile (web profile + tile handler + request guard)
serves the whole session; each test resets what it counts.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
_flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
if "--no-sandbox" not in _flags:
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (_flags + " --no-sandbox").strip()

import pytest  # noqa: E402
import shiboken6  # noqa: E402

from officer_app.views.tile_scheme import register_map_schemes  # noqa: E402

register_map_schemes()

from crm_shared.geo.boundaries import Boundaries, load_boundaries  # noqa: E402
from crm_shared.geo.datadir import find_data_dir  # noqa: E402

READY_TIMEOUT_MS = 45_000


@pytest.fixture(scope="session")
def data_dir() -> Path:
    found = find_data_dir()
    if found is None:
        pytest.skip("no boundary data directory (CRM_DATA_DIR or ../shared/data)")
    return found


@pytest.fixture(scope="session")
def boundaries(data_dir: Path) -> Boundaries:
    return load_boundaries(data_dir)


@pytest.fixture(scope="session")
def map_profile(qapp: Any) -> Any:
    """The test profile lowers Chromium's own barrier (remote URLs from local
    content) so that any request a page tries reaches the guard and is counted: a
    page that asked a CDN for anything would show up in ``guard.blocked``. (In
    production both barriers stay up; test_production_profile checks it.)"""
    from PySide6.QtWebEngineCore import QWebEngineSettings

    from officer_app.views.map_view import MapProfile

    profile = MapProfile(parent=qapp)
    profile.profile.settings().setAttribute(
        QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, True
    )
    return profile


@pytest.fixture
def profile(map_profile: Any) -> Iterator[Any]:
    """The session's map profile, with its counters and tiles reset for this test."""
    map_profile.guard.blocked.clear()
    map_profile.guard.seen = 0
    map_profile.set_tiles(None)
    for key in map_profile.tiles.served:
        map_profile.tiles.served[key] = 0
    yield map_profile
    map_profile.set_tiles(None)


@pytest.fixture
def make_map(
    qtbot: Any, profile: Any, data_dir: Path, tmp_path: Path
) -> Iterator[Callable[..., Any]]:
    """``make_map(picker=False)`` -> a shown MapView whose page is ready."""
    from officer_app.views.map_view import MapView

    views: list[Any] = []

    def make(**kwargs: Any) -> Any:
        kwargs.setdefault("data_dir", data_dir)
        kwargs.setdefault("cache_dir", tmp_path / "map-cache")
        kwargs.setdefault("profile", profile)
        view = MapView(**kwargs)
        views.append(view)
        view.resize(1000, 700)
        with qtbot.waitSignal(view.ready, timeout=READY_TIMEOUT_MS):
            view.show()
        return view

    yield make
    for view in views:
        view.close()
        shiboken6.delete(view)
