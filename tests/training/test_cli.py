"""``officer-app --training``: the real launcher, offscreen, end to end."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from officer_app import i18n
from officer_app.__main__ import build_parser, run_gui
from officer_app.store.page_mark import page_mark

pytestmark = pytest.mark.slow


def test_training_flag_opens_the_marked_window_in_its_own_folder(
    qapp: object, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    shots = tmp_path / "shots"
    args = build_parser().parse_args(
        [
            "--training",
            "--training-role",
            "validator",
            "--smoke",
            "--lang",
            "id",
            "--screenshot",
            str(shots),
            "--data-dir",
            str(data),
            # Neither is used in training: its own server and its own profile.
            "--server",
            "https://crm.jakarta.go.id",
            "--profile",
            str(tmp_path / "real-profile"),
        ]
    )
    try:
        assert run_gui(args) == 0  # started the exercises, every window marked
    finally:
        i18n.install_translators("id")
    for name in ("id-training.png", "id-training-summary.png"):
        with Image.open(shots / name) as image:
            assert image.size[0] > 300
    assert (data / "training" / "profile").is_dir()
    assert (data / "training" / "server").is_dir()
    assert not (data / "profiles").exists()  # no real profile was even looked for
    assert not (tmp_path / "real-profile").exists()
    assert page_mark() is None  # the mark ends with the session


def test_training_runs_until_its_window_closes(qapp: object, tmp_path: Path) -> None:
    """Without --smoke: the window runs until the summary (after the last exercise or
    "Selesai latihan") is closed; the application itself is never quit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from officer_app.views.main_window import MainWindow
    from officer_app.views.training_panel import TrainingSession

    seen: list[str] = []

    def step() -> None:
        for window in QApplication.topLevelWidgets():
            if not (isinstance(window, MainWindow) and window.isVisible()):
                continue
            session = window.findChildren(TrainingSession)[0]
            if session.panel.run.started and "finish" not in seen:
                seen.append("finish")
                session.panel.finish()
            elif session.summary is not None and "summary" not in seen:
                seen.append("summary")
                session.summary.accept()

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(200)
    args = build_parser().parse_args(
        ["--training", "--training-role", "desk", "--lang", "id", "--data-dir", str(tmp_path)]
    )
    try:
        assert run_gui(args) == 0
    finally:
        timer.stop()
        i18n.install_translators("id")
    assert seen == ["finish", "summary"]
    assert page_mark() is None


def test_training_role_must_be_a_workstation_role() -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--training", "--training-role", "privacy_officer"])
