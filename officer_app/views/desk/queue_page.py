"""Laporan saya: what this desk filed today, and whether each reached the server.

Stages: waiting to be sent, sent, final number assigned (receipt not yet
printed), needs reprint (the printed receipt carried a provisional or a
different number), needs attention (the server refused). A receipt can be
printed again, or saved as PDF, from here. Loaded in a worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officer_app.store.desk import Filing, ReceiptData, Stage
from officer_app.store.records import ChangeSet
from officer_app.views import keyboard, style
from officer_app.views.page import Page, PageHost
from officer_app.views.texts import time_text
from officer_app.workers import run_in_worker

from .receipt import print_receipt, save_pdf, suggested_pdf_path

COLUMNS = 5  # number, time, category, status, stage


class DeskQueuePage(Page):
    pdf_saved = Signal(str)  # the receipt's PDF was written there

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.filings: list[Filing] = []
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setAccessibleName(self.tr("Laporan yang saya catat hari ini"))
        keyboard.tab_leaves(self.table)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nomor"), self.tr("Jam"), self.tr("Kategori"), self.tr("Status"),
             self.tr("Pengiriman")]
        )  # fmt: skip
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.refresh_button = QPushButton(style.icon("refresh"), self.tr("&Muat ulang"))
        self.print_button = QPushButton(self.tr("&Cetak ulang tanda terima"))
        self.pdf_button = QPushButton(self.tr("Simpan tanda terima sebagai P&DF…"))
        self.refresh_button.clicked.connect(self.refresh)
        self.print_button.clicked.connect(self.reprint_selected)
        self.pdf_button.clicked.connect(lambda: self.save_selected_pdf())
        buttons = QHBoxLayout()
        for b in (self.refresh_button, self.print_button, self.pdf_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Laporan yang dicatat meja ini hari ini")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.refresh()

    def on_changes(self, changes: ChangeSet, initiator: object) -> None:
        """Today's filings change with every save here and every sync (numbers, stages)."""
        if changes or initiator is self.host.sync:
            self.refresh_when_visible()

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.refresh()

    def stage_text(self, stage: str) -> str:
        return {
            Stage.WAITING: self.tr("Menunggu dikirim"),
            Stage.ATTENTION: self.tr("Perlu perhatian"),
            Stage.SENT: self.tr("Terkirim"),
            Stage.FINAL: self.tr("Terkirim, nomor final"),
            Stage.REPRINT: self.tr("Nomor final berbeda: cetak ulang"),
        }[stage]

    def refresh(self) -> None:
        services = self.services
        run_in_worker(
            lambda _ctx: list(services.todays_filings()), self.show_filings,
            name="desk-queue", owner=self,
        )  # fmt: skip

    def show_filings(self, filings: Sequence[Filing]) -> None:
        self.filings = list(filings)
        self.table.setRowCount(len(self.filings))
        for row, f in enumerate(self.filings):
            number = (
                f.number if f.kind == "create" else self.tr("%1 (dukungan)").replace("%1", f.number)
            )
            values = [
                number,
                time_text(f.created_at),  # today's filings: the time says it
                f.category,
                style.status_text(f.status),
                self.stage_text(f.stage),
            ]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 4 and f.stage in (Stage.REPRINT, Stage.ATTENTION):
                    item.setIcon(style.icon("printer-alert" if f.stage == Stage.REPRINT else
                                            "alert-circle-outline", "#c62828"))  # fmt: skip
                self.table.setItem(row, col, item)
        waiting = sum(f.stage == Stage.WAITING for f in self.filings)
        reprint = sum(f.stage == Stage.REPRINT for f in self.filings)
        self.summary.setText(
            self.tr("%1 laporan hari ini · %2 menunggu dikirim · %3 perlu cetak ulang")
            .replace("%1", str(len(self.filings)))
            .replace("%2", str(waiting))
            .replace("%3", str(reprint))
        )

    def _selected(self) -> Filing | None:
        row = self.table.currentRow()
        return self.filings[row] if 0 <= row < len(self.filings) else None

    def reprint_selected(self) -> None:
        f = self._selected()
        if f is None:
            return
        services = self.services

        def got(data: ReceiptData) -> None:
            if print_receipt(data, self):
                self._record_receipt(data)

        run_in_worker(lambda _ctx: services.receipt(f.report_id), got, name="desk-receipt")

    def _record_receipt(self, data: ReceiptData) -> None:
        """Note the number the receipt carried (write lane), then show the new stage."""
        services = self.services
        run_in_worker(
            lambda _ctx: services.record_receipt(data),
            lambda _r: self.refresh(),
            lane="write",
            name="desk-receipt-record",
            owner=self,
        )

    def save_selected_pdf(self, path: Path | None = None) -> None:
        """Save the selected filing's receipt as a PDF (asks where unless ``path``)."""
        f = self._selected()
        if f is None:
            return
        services = self.services
        run_in_worker(
            lambda _ctx: services.receipt(f.report_id),
            lambda data: self._save_pdf(data, path),
            name="desk-receipt",
            owner=self,
        )

    def _save_pdf(self, data: ReceiptData, path: Path | None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Simpan tanda terima"), str(suggested_pdf_path(data)),
                self.tr("PDF (*.pdf)"),
            )  # fmt: skip
            if not chosen:
                return
            path = Path(chosen)
        save_pdf(data, path)
        self._record_receipt(data)
        self.pdf_saved.emit(str(path))
