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
    assert page_mark() is None  # the mark ends with the session


def test_training_role_must_be_a_workstation_role() -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--training", "--training-role", "privacy_officer"])
