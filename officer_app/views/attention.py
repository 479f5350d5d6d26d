"""Perlu perhatian: actions the server refused or found in conflict, and reports
a pull set aside (the server failed on them).

Each row says in a sentence what the server's answer means and shows its reason;
"Kirim ulang" queues an action again (offered only where the stored error code says
a resend may succeed: a conflict or a passing failure), "Buang" drops it after a
confirmation (the store writes the discard to its audit log). A report set aside
needs no decision: the next pull asks for it again, and its row goes once it came.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_shared.domain import DomainError
from officer_app.views import keyboard, style
from officer_app.views.changes import run_local_op
from officer_app.views.detail import local_time
from officer_app.views.page import Page, PageHost
from officer_app.views.roles import ItemRole
from officer_app.views.services import AttentionItem
from officer_app.views.texts import (
    attention_advice,
    attention_state_text,
    domain_message,
    error_text,
)
from officer_app.workers import run_in_worker

COL_NUMBER = 0
COL_ACTION = 1
COL_WHEN = 2
COL_STATE = 3
COL_REASON = 4
COLUMN_COUNT = 5

_ROOT = QModelIndex()
SET_ASIDE = "set_aside"  # AttentionItem.state of a report a pull left out


class AttentionModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[AttentionItem] = []

    def set_items(self, items: Sequence[AttentionItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(  # noqa: N802 (Qt API)
        self, parent: QModelIndex | QPersistentModelIndex = _ROOT
    ) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_NUMBER: self.tr("Laporan"),
            COL_ACTION: self.tr("Tindakan"),
            COL_WHEN: self.tr("Waktu"),
            COL_STATE: self.tr("Jawaban server"),
            COL_REASON: self.tr("Alasan dari server"),
        }.get(section)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        col = index.column()
        if role == ItemRole:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == COL_NUMBER:
                return item.report_number
            if col == COL_ACTION:
                if item.state == SET_ASIDE:
                    return self.tr("Ambil data laporan")
                return style.event_text(item.type)
            if col == COL_WHEN:
                return local_time(item.happened_at)
            if col == COL_STATE:
                return attention_state_text(item.state, item.can_resend)
            if col == COL_REASON:
                return error_text(item.code, item.message) if item.code or item.message else "—"
        if role == Qt.ItemDataRole.DecorationRole and col == COL_STATE:
            return style.icon("alert-circle-outline", style.OVERDUE_COLOUR)
        return None


class AttentionPage(Page):
    """The list, its reasons, and the two decisions a person can take."""

    open_report = Signal(str)

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self._services = host.services
        self.model = AttentionModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Daftar yang perlu perhatian"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        # Every header and its column's sentences shown whole (1366x768 is the design
        # size); the server's reason takes the rest and wraps.
        for col in (COL_NUMBER, COL_ACTION, COL_WHEN, COL_STATE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.doubleClicked.connect(self._open)
        keyboard.tab_leaves(self.table)
        keyboard.enter_opens(self.table, lambda: self._open(self.table.currentIndex()))
        self.title = QLabel(self.tr("Perlu perhatian"))
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.explain = QLabel(
            self.tr(
                "Tindakan di bawah ini ditolak server atau bertabrakan dengan perubahan lain, "
                "atau laporannya belum terambil dari server. Pekerjaan Anda tetap tersimpan. "
                "Pilih satu baris untuk melihat apa yang bisa dilakukan."
            )
        )
        self.explain.setWordWrap(True)
        self.resend_button = QPushButton(style.icon("send-outline"), self.tr("&Kirim ulang"))
        self.discard_button = QPushButton(style.icon("delete-outline"), self.tr("&Buang"))
        self.resend_button.clicked.connect(self.resend_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.advice = QLabel()  # what can be done about the selected row
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.resend_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.advice)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.empty = QLabel(self.tr("Tidak ada yang perlu diperhatikan. Semua beres."))
        layout.addWidget(self.empty)
        self._update_buttons()
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def refresh(self) -> None:
        services = self._services
        run_in_worker(
            lambda _ctx: list(services.attention_items()),
            on_success=self._loaded,
            name="attention-items",
            owner=self,
        )

    def _loaded(self, items: list[AttentionItem]) -> None:
        self.model.set_items(items)
        self.empty.setVisible(not items)
        if items:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> AttentionItem | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.model.data(rows[0], ItemRole)
        return item if isinstance(item, AttentionItem) else None

    def _update_buttons(self, *_args: object) -> None:
        item = self.selected()
        action = item is not None and item.state != SET_ASIDE
        self.resend_button.setEnabled(action and item is not None and item.can_resend)
        self.discard_button.setEnabled(action)
        self.advice.setText(attention_advice(item.state, item.can_resend) if item else "")

    def _open(self, index: QModelIndex) -> None:
        item = self.model.data(index, ItemRole)
        if isinstance(item, AttentionItem):
            self.open_report.emit(item.report_id)

    def resend_selected(self) -> None:
        item = self.selected()
        if item is None or item.state == SET_ASIDE or not item.can_resend:
            return
        services = self._services
        run_local_op(
            self.host.change_bus,
            lambda: services.resend(item.action_id),
            initiator=self,
            on_success=lambda _r: self._decided(
                self.tr("Dikirim ulang pada sinkronisasi berikut.")
            ),
            on_failure=self._failed,
            name="resend",
            owner=self,
        )

    def confirm_discard(self, item: AttentionItem) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Buang tindakan?"),
            self.tr(
                "Tindakan '%1' pada laporan %2 akan dibuang dan tidak dikirim ke server. "
                "Ini tidak bisa dibatalkan. Lanjutkan?"
            )
            .replace("%1", style.event_text(item.type))
            .replace("%2", item.report_number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def discard_selected(self) -> None:
        item = self.selected()
        if item is None or item.state == SET_ASIDE or not self.confirm_discard(item):
            return
        services = self._services
        run_local_op(
            self.host.change_bus,
            lambda: services.discard(item.action_id),
            initiator=self,
            on_success=lambda _r: self._decided(self.tr("Tindakan dibuang dan dicatat.")),
            on_failure=self._failed,
            name="discard",
            owner=self,
        )

    def _decided(self, text: str) -> None:
        self.message.setText(text)  # the bus has redrawn the list and this page

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self.message.setText(domain_message(exc))
        else:
            self.message.setText(self.tr("Gagal: kesalahan tak terduga."))
