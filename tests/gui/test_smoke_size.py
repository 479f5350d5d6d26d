"""``--smoke --size WxH``: the smoke run's window, and so its screenshots, have that size."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PIL import Image

from officer_app import i18n
from officer_app.gui_main import add_gui_arguments, run_gui, window_size


def test_size_flag_parses_width_by_height() -> None:
    assert window_size("1366x768") == (1366, 768)
    assert window_size("1093X614") == (1093, 614)
    for bad in ("1366", "x768", "1366x", "0x768", "axb", "1366x768x2"):
        with pytest.raises(argparse.ArgumentTypeError):
            window_size(bad)


def test_smoke_screenshots_have_the_requested_size(qapp, tmp_path: Path) -> None:
    parser = argparse.ArgumentParser()
    add_gui_arguments(parser)
    shots = tmp_path / "shots"
    args = parser.parse_args(
        [
            "--demo",
            "--smoke",
            "--demo-user",
            "desk.demo",
            "--lang",
            "id",
            "--size",
            "1366x768",
            "--screenshot",
            str(shots),
            "--data-dir",
            str(tmp_path / "data"),
            "--demo-reports",
            "40",
        ]
    )
    try:
        assert run_gui(args) == 0
    finally:
        i18n.install_translators("id")
    pictures = sorted(shots.glob("id-desk-*.png"))
    assert {p.name for p in pictures} >= {"id-desk-desk.png", "id-desk-mine.png"}
    for path in pictures:  # views and dialogs drawn over the window alike
        with Image.open(path) as image:
            assert image.size == (1366, 768), path.name
