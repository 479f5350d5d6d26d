"""Small pieces the supervisor and validator pages share (Qt)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from officer_app.views import keyboard
from officer_app.views.detail import local_time, plain_label
from officer_app.views.dialogs import LengthHint


@dataclass(frozen=True)
class Option:
    value: str
    text: str


def when_text(value: datetime | None) -> str:
    return local_time(value) if value is not None else "—"


class DecisionDialog(QDialog):
    """A decision on one or many reports: an optional choice plus a reason.

    The reason is required unless ``reason_required`` is False; OK stays disabled
    until what is needed is there (the domain checks lengths again).
    """

    def __init__(
        self,
        title: str,
        summary: str,
        *,
        choice_label: str | None = None,
        options: Sequence[Option] = (),
        preselect: str | None = None,
        choice_note: str = "",
        reason_label: str | None = None,
        reason_required: bool = True,
        text_label: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.reason_required = reason_required
        form = QFormLayout(self)
        info = QLabel(summary)
        info.setWordWrap(True)
        form.addRow(info)
        self.choice: QComboBox | None = None
        if choice_label is not None:
            self.choice = QComboBox()
            for option in options:
                self.choice.addItem(option.text, option.value)
            if preselect is not None:
                index = self.choice.findData(preselect)
                if index >= 0:
                    self.choice.setCurrentIndex(index)
            form.addRow(choice_label, self.choice)
            # Why the preselected choice is there ("usual agency", "least loaded").
            self.choice_note = plain_label(choice_note)
            self.choice_note.setVisible(bool(choice_note))
            form.addRow("", self.choice_note)
        self.text: QLineEdit | None = None
        if text_label is not None:
            self.text = QLineEdit()
            self.text.textChanged.connect(self._update)
            form.addRow(text_label, self.text)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        self.reason.textChanged.connect(self._update)
        form.addRow(reason_label or self.tr("Alasan"), self.reason)
        # The minimum, said beside the field and counted down as it is typed.
        self.reason_hint = LengthHint(self.reason)
        self.reason_hint.setVisible(reason_required)
        form.addRow("", self.reason_hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self._update()
        self._focus_set = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """On first show: focus the first field; Tab goes fields → OK → Cancel."""
        super().showEvent(event)
        if not self._focus_set:
            self._focus_set = True
            first = keyboard.fields_then_buttons(self, self.buttons)
            if first is not None:
                first.setFocus(Qt.FocusReason.TabFocusReason)

    def _update(self) -> None:
        ok = True
        if self.reason_required and self.reason_hint.missing():
            ok = False
        if self.text is not None and not self.text.text().strip():
            ok = False
        if self.choice is not None and self.choice.currentData() is None:
            ok = False
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        button.setEnabled(ok)

    def chosen(self) -> str | None:
        return None if self.choice is None else self.choice.currentData()

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def text_value(self) -> str:
        return "" if self.text is None else self.text.text().strip()
