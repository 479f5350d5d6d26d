"""Journeys as tests (issue 20): drive the real widgets with QTest events, as a person
does, and count what the person does.

One interaction is one thing a person does: a click, a typed entry (a word or a
number typed into one field counts once), a key chord, or a choice in the
system's own file dialog (which the tests answer, as a person would). The counts
are kept in docs/user-guide.md ("Perjalanan kerja / Journeys"); a test fails when
a journey needs more than its stated number.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QWidget

JOURNEY_SIZE = (1366, 768)  # the design size


@dataclass
class Interactions:
    """Counts (and logs) what a person does in a journey."""

    steps: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.steps)

    def _reachable(self, widget: QWidget) -> None:
        """A person can only use what is shown: visible, enabled, not scrolled away."""
        assert widget.isVisible(), f"{type(widget).__name__} is hidden"
        assert widget.isEnabled(), f"{type(widget).__name__} is disabled"
        assert not widget.visibleRegion().isEmpty(), f"{type(widget).__name__} is off-screen"

    def click(self, widget: QWidget, what: str, pos: QPoint | None = None) -> None:
        self._reachable(widget)
        QTest.mouseClick(
            widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos or QPoint()
        )
        self.steps.append(f"click {what}")

    def click_row(self, view: QAbstractItemView, row: int, what: str) -> None:
        index = view.model().index(row, 0)
        view.scrollTo(index)
        rect = view.visualRect(index)
        assert rect.isValid(), f"row {row} is not shown"
        self._reachable(view)
        QTest.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            rect.center(),
        )
        self.steps.append(f"click {what}")

    def type(self, widget: QWidget, text: str, what: str) -> None:
        """Type into the widget that has the focus (the person clicked or tabbed there)."""
        self._reachable(widget)
        assert widget.hasFocus(), f"{what}: the field has no focus"
        QTest.keyClicks(widget, text)
        self.steps.append(f"type {what}")

    def key(
        self,
        widget: QWidget,
        key: Qt.Key,
        what: str,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        QTest.keyClick(widget, key, modifier)
        self.steps.append(f"key {what}")

    def choose_in_file_dialog(self, what: str) -> None:
        """The system file dialog is answered by the test (patched): one choice."""
        self.steps.append(f"choose {what}")


def answer_file_dialogs(monkeypatch: Any, paths: Callable[[], list[str]]) -> None:
    """Answer QFileDialog's open/save questions with ``paths()`` (the person's choice)."""
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *_a, **_k: (paths(), ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (paths()[0], ""))
    )
