"""``errors_hook.setup_logging``: DEBUG is for the product's own loggers only.

At DEBUG Pillow logs the value of every short EXIF tag while a photo's metadata
is read (a citizen's name as Artist, a phone in UserComment): third-party
loggers must stay at INFO whatever level the product's loggers run at, and the
redacting filter still masks what looks like a NIK or a phone.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from officer_app.errors_hook import OWN_LOGGERS, setup_logging

NAME = "Sekarayu Wulandhari"
NIK = "3171015708930006"


@pytest.fixture
def logging_state() -> Iterator[None]:
    """Puts the root logger and the product's loggers back as they were."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    own = {name: logging.getLogger(name).level for name in OWN_LOGGERS}
    try:
        yield
    finally:
        for handler in list(root.handlers):
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
        for name, was in own.items():
            logging.getLogger(name).setLevel(was)


def _text(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def _photo_with_artist() -> bytes:
    exif = Image.Exif()
    exif[0x013B] = NAME  # Artist: short enough for Pillow's DEBUG record to show it
    buf = io.BytesIO()
    Image.new("RGB", (16, 16), (10, 20, 30)).save(buf, "JPEG", exif=exif)
    return buf.getvalue()


@pytest.mark.usefixtures("logging_state")
def test_debug_is_for_our_loggers_only(tmp_path: Path) -> None:
    photo = _photo_with_artist()
    path = setup_logging(tmp_path, level=logging.DEBUG)

    for name in ("officer_app.store.photos", "central_server.apply_actions"):
        assert logging.getLogger(name).isEnabledFor(logging.DEBUG), name
    for name in ("PIL.TiffImagePlugin", "urllib3.connectionpool", "sqlalchemy.engine", "x"):
        assert not logging.getLogger(name).isEnabledFor(logging.DEBUG), name
    for name in ("PIL.TiffImagePlugin", "urllib3.connectionpool"):
        assert logging.getLogger(name).isEnabledFor(logging.INFO), name

    logging.getLogger("officer_app.store.photos").debug("reading photo metadata")
    logging.getLogger("central_server.feed").debug("page of %d", 3)
    logging.getLogger("urllib3.connectionpool").info("Resetting dropped connection")
    with Image.open(io.BytesIO(photo)) as image:  # what store/photos.py does
        assert image.getexif()[0x013B] == NAME
    text = _text(path)

    assert "DEBUG MainThread officer_app.store.photos: reading photo metadata" in text
    assert "DEBUG MainThread central_server.feed: page of 3" in text
    assert "INFO MainThread urllib3.connectionpool: Resetting dropped connection" in text
    assert "PIL." not in text
    assert NAME not in text


@pytest.mark.usefixtures("logging_state")
def test_a_library_that_sets_its_own_debug_level_still_stays_out(tmp_path: Path) -> None:
    path = setup_logging(tmp_path, level=logging.DEBUG)
    chatty = logging.getLogger("somelib.internals")
    chatty.setLevel(logging.DEBUG)
    try:
        chatty.debug("tag Artist value %s", NAME)
        chatty.warning("a warning of %s is written, masked: nik %s", "somelib", NIK)
    finally:
        chatty.setLevel(logging.NOTSET)
    text = _text(path)
    assert NAME not in text
    assert "WARNING MainThread somelib.internals: a warning of somelib is written" in text
    assert NIK not in text
    assert "<nik>" in text


@pytest.mark.usefixtures("logging_state")
def test_info_is_the_default_and_a_higher_level_applies_to_everyone(tmp_path: Path) -> None:
    path = setup_logging(tmp_path)
    assert logging.getLogger().level == logging.INFO
    assert not logging.getLogger("officer_app.sync.engine").isEnabledFor(logging.DEBUG)
    logging.getLogger("officer_app.sync.engine").debug("not written")
    logging.getLogger("officer_app.sync.engine").info("written")

    setup_logging(tmp_path, level=logging.WARNING)
    assert logging.getLogger().level == logging.WARNING
    assert not logging.getLogger("officer_app.app").isEnabledFor(logging.INFO)
    assert not logging.getLogger("PIL").isEnabledFor(logging.INFO)
    text = _text(path)
    assert "not written" not in text
    assert "officer_app.sync.engine: written" in text
