"""GUI tests: offscreen Qt, a fresh data dir per test, helpers to build the window."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # the map's QtWebEngine, as root

import argparse  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from officer_app import workers  # noqa: E402
from officer_app.views.main_window import MainWindow  # noqa: E402
from officer_app.views.page import Page  # noqa: E402
from officer_app.views.tile_scheme import register_map_schemes  # noqa: E402

register_map_schemes()  # before pytest-qt creates the QApplication


@pytest.fixture(autouse=True)
def _drain_workers(qapp: object) -> Iterator[None]:
    """No test leaves background work running into the next one, nor a window or a
    page alive once pytest-qt has closed the widgets it was given (napari's check)."""
    yield
    workers.cancel_all()
    workers.wait_for_all(20_000)
    QCoreApplication.processEvents()  # the last results land (and are dropped)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    leftover = [
        type(w).__name__ for w in QApplication.allWidgets() if isinstance(w, MainWindow | Page)
    ]
    assert leftover == [], f"left alive after the test: {leftover}"


@pytest.fixture(scope="session")
def smoke_shots(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What one ``--smoke`` run leaves: every role, both languages, at 1366x768.

    Shared by the tests that read its screenshots and PDFs: a run takes ~40 s, and
    three tests each made their own.
    """
    from officer_app import i18n
    from officer_app.gui_main import add_gui_arguments, run_gui

    root = tmp_path_factory.mktemp("smoke")
    parser = argparse.ArgumentParser()
    add_gui_arguments(parser)
    shots = root / "shots"
    args = parser.parse_args(
        [
            "--demo",
            "--smoke",
            "--lang",
            "all",
            "--size",
            "1366x768",
            "--screenshot",
            str(shots),
            "--data-dir",
            str(root / "data"),
            "--demo-reports",
            "60",
        ]
    )
    try:
        assert run_gui(args) == 0
    finally:
        i18n.install_translators("id")
    return shots
