"""Training mode tests: offscreen Qt, a fresh data folder, a training session per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from PIL import Image  # noqa: E402

from crm_shared.domain import Role  # noqa: E402
from officer_app import workers  # noqa: E402
from officer_app.views.tile_scheme import register_map_schemes  # noqa: E402

register_map_schemes()  # before pytest-qt creates the QApplication


@pytest.fixture(autouse=True)
def _drain_workers(qapp: object) -> Iterator[None]:
    yield
    workers.cancel_all()
    workers.wait_for_all(20_000)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def training(qapp: object, data_dir: Path) -> Iterator[Callable[..., Any]]:
    """``training(role, config=None)``: an open ``TrainingLaunch`` (closed at teardown)."""
    from officer_app import settings
    from officer_app.gui_main import TrainingLaunch

    made: list[Any] = []

    def start(role: Role, config: Any = None) -> Any:
        launch = TrainingLaunch(config or settings.Settings(data_dir), data_dir, role)
        made.append(launch)
        return launch

    yield start
    for launch in made:
        launch.close()


def sync(qtbot: Any, window: Any) -> None:
    """One full sync cycle of the window, its list loaded."""
    cycles = window.sync.cycles
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync.cycles > cycles, timeout=120_000)
    qtbot.waitUntil(lambda: not window.model.loading, timeout=30_000)


def make_jpeg(path: Path, colour: tuple[int, int, int]) -> Path:
    Image.new("RGB", (640, 480), colour).save(path, "JPEG", quality=85)
    return path
