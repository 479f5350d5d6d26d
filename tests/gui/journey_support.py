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

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QScrollArea, QWidget

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

    def scroll_to(self, area: QScrollArea, widget: QWidget, what: str) -> None:
        """Scroll ``area`` with the mouse wheel until ``widget`` shows (one gesture)."""
        if not widget.visibleRegion().isEmpty():
            return
        viewport = area.viewport()
        centre = QPointF(viewport.rect().center())
        below = widget.mapTo(area.widget(), QPoint(0, 0)).y() > area.verticalScrollBar().value()
        for _ in range(100):
            event = QWheelEvent(
                centre,
                QPointF(viewport.mapToGlobal(centre.toPoint())),
                QPoint(),
                QPoint(0, -120 if below else 120),
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
                Qt.ScrollPhase.NoScrollPhase,
                False,
            )
            QApplication.sendEvent(viewport, event)
            if not widget.visibleRegion().isEmpty():
                break
        self.steps.append(f"scroll to {what}")

    def type(self, widget: QWidget, text: str, what: str) -> None:
        """Type into the widget that has the focus (the person clicked or tabbed there)."""
        self._reachable(widget)
        focus = QApplication.focusWidget()
        assert focus is not None, f"{what}: nothing has the focus"
        assert focus is widget or widget.isAncestorOf(focus) or focus.isAncestorOf(widget), (
            f"{what}: the focus is on {type(focus).__name__}"
        )
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
