"""Keyboard habits shared by the tables and trees (issue 20, #18).

Arrow keys move row by row, Tab leaves the table for the next control (a table that
tabs cell by cell traps keyboard-only users), and Enter opens what a double-click opens.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QWidget


def tab_leaves(view: QAbstractItemView) -> None:
    """Tab and Shift+Tab move to the next and previous control, not the next cell."""
    view.setTabKeyNavigation(False)


class _EnterOpens(QObject):
    def __init__(self, view: QAbstractItemView, open_current: Callable[[], None]) -> None:
        super().__init__(view)
        self._open = open_current

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            self._open()
            return True
        return False


def enter_opens(view: QAbstractItemView, open_current: Callable[[], None]) -> None:
    """Return and Enter (the keypad's) do what a double-click on the current row does."""
    view.installEventFilter(_EnterOpens(view, open_current))


def fields_then_buttons(dialog: QWidget, buttons: QDialogButtonBox) -> QWidget | None:
    """Tab order fields (in their order) → OK → Cancel; returns the first field.

    Dialogs whose buttons were made before their fields would otherwise start on
    Simpan and tab Simpan → Batal → fields.
    """
    fields: list[QWidget] = []
    widget = dialog.nextInFocusChain()
    while widget is not dialog and widget is not None:
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
            and widget is not buttons
            and not buttons.isAncestorOf(widget)
            and widget not in fields
        ):
            fields.append(widget)
        widget = widget.nextInFocusChain()
    order = [
        *fields,
        *(
            b
            for role in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel)
            if (b := buttons.button(role)) is not None
        ),
    ]
    for first, second in zip(order, order[1:], strict=False):
        QWidget.setTabOrder(first, second)
    return next((w for w in fields if w.isVisibleTo(dialog) and w.isEnabled()), None)
