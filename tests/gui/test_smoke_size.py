"""``--smoke --size WxH``: the smoke run's window, and so its screenshots, have that size."""

from __future__ import annotations

import argparse

import pytest

from officer_app.gui_main import window_size


def test_size_flag_parses_width_by_height() -> None:
    assert window_size("1366x768") == (1366, 768)
    assert window_size("1093X614") == (1093, 614)
    for bad in ("1366", "x768", "1366x", "0x768", "axb", "1366x768x2"):
        with pytest.raises(argparse.ArgumentTypeError):
            window_size(bad)


# The smoke run at --size 1366x768 itself, and that every picture has that size, is
# checked in test_smoke_artefacts.py's desk run (one smoke run for both).
