"""The menu's "Mode latihan" in the real launcher: confirm, train, end.

``run_gui`` runs for real (``--demo``, its event loop); a timer plays the person:
it confirms "Mode latihan" in the demo window, waits for the training window (its
exercises started), ends the training and closes the summary: the program ends.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from officer_app import i18n
from officer_app.__main__ import build_parser, run_gui
from officer_app.views.main_window import MainWindow
from officer_app.views.training_panel import TrainingSession

pytestmark = pytest.mark.slow


def windows() -> list[MainWindow]:
    shown = QApplication.topLevelWidgets()
    return [w for w in shown if isinstance(w, MainWindow) and w.isVisible()]


def session_of(window: MainWindow) -> TrainingSession | None:
    found = window.findChildren(TrainingSession)
    return found[0] if found else None


def test_mode_latihan_restarts_into_training(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    data = tmp_path / "data"
    seen: list[str] = []
    state: dict[str, Any] = {}

    def step() -> None:
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QMessageBox) and box.isVisible():  # an error shown: note it
                seen.append("error: " + box.text())
                box.done(0)
        shown = windows()
        if not shown:
            return
        window = shown[0]
        session = session_of(window)
        if session is None and "real" not in seen:
            seen.append("real")
            state["real_title"] = window.windowTitle()
            window.ask_training()  # the menu entry, confirmed
        elif session is not None and "training" not in seen and session.panel.run.started:
            seen.append("training")
            state["training_title"] = window.windowTitle()
            state["role"] = session.panel.run.role
            session.panel.finish()  # "Selesai latihan": the summary opens over the window
        elif session is not None and session.summary is not None and "summary" not in seen:
            seen.append("summary")
            session.summary.accept()  # closing the summary ends the training session

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(200)
    args = build_parser().parse_args(
        ["--demo", "--demo-reports", "40", "--lang", "id", "--data-dir", str(data)]
    )
    try:
        assert run_gui(args) == 0
    finally:
        timer.stop()
        i18n.install_translators("id")
    assert seen == ["real", "training", "summary"]
    assert not state["real_title"].startswith("LATIHAN")
    assert state["training_title"].startswith("LATIHAN — ")
    assert state["role"].value == "field_officer"  # the signed-in officer's role
    assert (data / "training" / "profile").is_dir()
    assert (data / "profiles" / "officer.demo").is_dir()
