"""The table that shows the report list: whole rows, one at a time, sorted by SQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from crm_shared.domain import Status
from officer_app.views import keyboard, style
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

# Room beside a cell's text: the margins, and the icon of the status/deadline columns.
CELL_PADDING = 16
ICON_ROOM = 22
# The kelurahan column's width (its longest names are elided in the middle, with
# the full name in the tooltip); the category takes what is left.
KELURAHAN_WIDTH = 120
# The category's least width, in average letters, before a column steps aside for it
# ("Pelayanan Perhubungan" whole).
CATEGORY_MIN_LETTERS = 24
# When the list is narrow (125 % scaling, a narrow split), these step aside in this
# order so the category and the deadline stay whole: the age is in the detail
# ("Masuk ..."), the kelurahan in the category's tooltip and the detail.
NARROW_DROPS = (COL_AGE, COL_KELURAHAN)


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
        header.setMinimumSectionSize(48)
        # Long kelurahan and category names lose their middle, not the part that
        # tells Petojo Utara from Petojo Selatan.
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self._wanted: dict[int, bool] = {}  # columns shown or hidden by what they say
        self.fit_columns()
        # An empty list says why and what to do, over the blank rows (issue 20).
        self.empty_hint = QLabel(self.viewport())
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.hide()

    def column_widths(self) -> dict[int, int]:
        """Widths that fit the longest text each fixed column shows, in this font and
        language (1366x768 is the design size; at 125 % scaling the font grows)."""
        fm = self.fontMetrics()
        now = datetime.now(UTC)

        def fit(*texts: str, icon: bool = False) -> int:
            return (
                max(fm.horizontalAdvance(t) for t in texts)
                + CELL_PADDING
                + (ICON_ROOM if icon else 0)
            )

        return {
            COL_NUMBER: fit("JK2610070010"),
            COL_KELURAHAN: KELURAHAN_WIDTH,
            COL_STATUS: fit(*(style.status_text(s) for s in Status), icon=True),
            COL_AGE: fit(style.describe_age(now - timedelta(days=888), now)),
            COL_DEADLINE: fit(
                style.describe_left(timedelta(days=-888)),
                style.describe_left(timedelta(hours=23)),
                icon=True,
            ),
            COL_PENDING: fit(self.tr("menunggu dikirim"), self.tr("perlu perhatian"), icon=True),
        }

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        for col, width in self.column_widths().items():
            header.resizeSection(col, width)

    def show_column(self, col: int, on: bool) -> None:
        """Show or hide a column that only sometimes says something (the kelurahan of
        an officer whose unit is one kelurahan; "Kirim" when nothing waits)."""
        self._wanted[col] = on
        self._fit_width()

    def column_wanted(self, col: int) -> bool:
        return self._wanted.get(col, True)

    def _fit_width(self) -> None:
        """Hide what is not wanted, and what the width cannot hold (NARROW_DROPS)."""
        widths = self.column_widths()
        shown = {col for col in widths if self.column_wanted(col)}
        room = self.viewport().width() - self.fontMetrics().averageCharWidth() * (
            CATEGORY_MIN_LETTERS
        )
        for col in NARROW_DROPS:
            if sum(widths[c] for c in shown) <= room:
                break
            shown.discard(col)
        header = self.horizontalHeader()
        for col, width in widths.items():
            hidden = col not in shown
            if self.isColumnHidden(col) != hidden:
                self.setColumnHidden(col, hidden)
                if not hidden:
                    header.resizeSection(col, width)

    def show_empty_hint(self, text: str) -> None:
        """Show ``text`` in the middle of the empty table; "" hides it."""
        self.empty_hint.setText(text)
        self.empty_hint.setVisible(bool(text))
        self._place_hint()

    def _place_hint(self) -> None:
        self.empty_hint.setGeometry(self.viewport().rect().adjusted(24, 24, -24, -24))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_width()
        self._place_hint()
