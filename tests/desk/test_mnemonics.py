"""The desk intake form's Alt+letter shortcuts (&-mnemonics): one letter, one field.

Two labels or buttons with the same mnemonic make Alt+letter cycle between them
(or pick the first), which breaks the keyboard-first conversation at the desk.
Checked in both languages, since each translation picks its own letters.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from page_host import StubHost  # noqa: E402
from PySide6.QtGui import QKeySequence  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget  # noqa: E402

from officer_app import i18n  # noqa: E402
from officer_app.store import Store  # noqa: E402
from officer_app.views.desk.intake_page import DeskIntakePage  # noqa: E402


class _Services:
    """What the intake form reads while it is built: an empty profile, no server."""

    def __init__(self, store: Store) -> None:
        self.store = store  # not read by the form: it is built from the lists below

    def categories(self) -> list[Any]:
        return []

    def units(self) -> list[Any]:
        return []

    def all_kelurahan(self) -> list[Any]:
        return []

    def suggest_model(self) -> None:  # read by the form's choice loader (a worker)
        return None


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "profile")
    yield store
    store.close()


def mnemonic(text: str) -> str:
    """The Alt+letter Qt gives ``text`` ("" when none), as Qt itself parses it."""
    return QKeySequence.mnemonic(text).toString()


def mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(shortcut, text) of every label with a buddy, button, checkbox and group box."""
    found: list[tuple[str, str]] = []
    for label in root.findChildren(QLabel):
        if label.buddy() is not None:
            found.append((mnemonic(label.text()), label.text()))
    for button in root.findChildren(QAbstractButton):  # push buttons and checkboxes
        found.append((mnemonic(button.text()), button.text()))
    for box in root.findChildren(QGroupBox):
        found.append((mnemonic(box.title()), box.title()))
    return [(key, text) for key, text in found if key]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_mnemonic_letter_repeats_on_the_desk_form(qapp: object, store: Store, lang: str) -> None:
    try:
        assert i18n.install_translators(lang) == lang
        page = DeskIntakePage(StubHost(_Services(store)))
        try:
            found = mnemonics(page)
            dead = [
                label.text()
                for label in page.findChildren(QLabel)
                if mnemonic(label.text()) and label.buddy() is None
            ]
        finally:
            page.deleteLater()
    finally:
        i18n.install_translators("id")
    by_key: dict[str, list[str]] = {}
    for key, text in found:
        by_key.setdefault(key, []).append(text)
    repeated = {key: texts for key, texts in by_key.items() if len(texts) > 1}
    assert repeated == {}, f"{lang}: the same Alt+letter on {repeated}"
    assert dead == [], f"{lang}: a label's Alt+letter leads nowhere (no buddy): {dead}"
    # The walk really saw the form: its fields, checkboxes and buttons.
    assert len(found) >= 15, found
    texts = " ".join(text for _key, text in found)
    assert ("&Kanal" if lang == "id" else "Channe&l") in texts


def test_mnemonic_reads_like_qt() -> None:
    assert mnemonic("&Kanal") == "Alt+K"
    assert mnemonic("Simpan sebagai P&DF…") == "Alt+D"
    assert mnemonic("Tom && Jerry") == ""
    assert mnemonic("Kelurahan") == ""
