"""The table that shows the report list: whole rows, one at a time, sorted by SQL."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from officer_app.views import keyboard
from officer_app.views.report_list.model import (
    COL_AGE,
    COL_CATEGORY,
    COL_DEADLINE,
    COL_KELURAHAN,
    COL_NUMBER,
    COL_PENDING,
    COL_STATUS,
    ReportListModel,
)

# Widths that fit what each column shows; the category takes what is left.
COLUMN_WIDTHS = (
    (COL_NUMBER, 118),
    (COL_KELURAHAN, 130),
    (COL_STATUS, 140),
    (COL_AGE, 64),
    (COL_DEADLINE, 100),
    (COL_PENDING, 130),
)


class ReportTable(QTableView):
    def __init__(self, model: ReportListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        keyboard.tab_leaves(self)  # arrows move row by row; Tab goes on to the detail
        # A click on a header sorts (the model asks SQL for the new order).
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicatorShown(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_CATEGORY, QHeaderView.ResizeMode.Stretch)
        for col, width in COLUMN_WIDTHS:
            header.resizeSection(col, width)
        # An empty list says why and what to do, over the blank rows (issue 20).
        self.empty_hint = QLabel(self.viewport())
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.hide()

    def show_empty_hint(self, text: str) -> None:
        """Show ``text`` in the middle of the empty table; "" hides it."""
        self.empty_hint.setText(text)
        self.empty_hint.setVisible(bool(text))
        self._place_hint()

    def _place_hint(self) -> None:
        self.empty_hint.setGeometry(self.viewport().rect().adjusted(24, 24, -24, -24))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._place_hint()
