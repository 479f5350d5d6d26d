"""The table that shows the report list: whole rows, one at a time, sorted by SQL."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

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
