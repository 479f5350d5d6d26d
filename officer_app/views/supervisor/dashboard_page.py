"""Dasbor (supervisor): how the unit is doing, from the local store's SQL figures.

Completion rate, median response and follow-up times, overdue count; charts by
kelurahan, category, channel and month (QtCharts); the province's monthly unit
ranking; export to CSV (formula-safe) and PDF. The figures are the same as the
server's ``GET /api/v1/stats/summary`` (``store.dashboard``); computing them runs
in a worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officer_app.domain import Status
from officer_app.store import dashboard
from officer_app.store.exports import SECTIONS, export_summary_csv, export_summary_pdf
from officer_app.sync.wire import StatsFigures, StatsSummary
from officer_app.views import style
from officer_app.workers import run_in_worker

TOP_N = 10


def load_dashboard(store: Any, month: str | None) -> tuple[StatsSummary, list[str]]:
    with store.read() as s:
        return dashboard.summary(s, month=month), dashboard.months(s)


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f} %"


def _hours(value: float | None) -> str:
    if value is None:
        return "—"
    return QCoreApplication.translate("DashboardPage", "%1 jam").replace("%1", f"{value:.1f}")


class DashboardPage(QWidget):
    loaded = Signal()
    export_noticed = Signal(bool)  # after an export: does the server know of it yet

    def __init__(self, window: Any) -> None:
        super().__init__()
        self.window_ = window
        self.services = window.services
        self.summary: StatsSummary | None = None
        self._generation = 0

        self.month = QComboBox()
        self.month.addItem(self.tr("Semua bulan"), None)
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button = QPushButton(style.icon("refresh"), self.tr("Muat ulang"))
        self.refresh_button.clicked.connect(self.refresh)
        self.csv_button = QPushButton(style.icon("file-delimited-outline"), self.tr("Ekspor CSV"))
        self.pdf_button = QPushButton(style.icon("file-pdf-box"), self.tr("Ekspor PDF"))
        self.csv_button.clicked.connect(lambda: self._ask_export("csv"))
        self.pdf_button.clicked.connect(lambda: self._ask_export("pdf"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Bulan")))
        bar.addWidget(self.month)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.csv_button)
        bar.addWidget(self.pdf_button)

        # Key figures.
        self.kpi: dict[str, QLabel] = {}
        kpis = QHBoxLayout()
        for key, title in (
            ("total", self.tr("Laporan")),
            ("completion", self.tr("Tingkat penyelesaian")),
            ("response", self.tr("Median waktu respons")),
            ("followup", self.tr("Median waktu tindak lanjut")),
            ("overdue", self.tr("Lewat tenggat")),
        ):
            box = QGroupBox(title)
            value = QLabel("—")
            value.setStyleSheet("font-size: 20px; font-weight: 600;")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            QVBoxLayout(box).addWidget(value)
            self.kpi[key] = value
            kpis.addWidget(box)
        self.kpi["overdue"].setStyleSheet(
            f"font-size: 20px; font-weight: 600; color: {style.OVERDUE_COLOUR};"
        )

        # Charts.
        self.charts: dict[str, QChartView] = {}
        grid = QGridLayout()
        for i, (key, title) in enumerate(
            (
                ("kelurahan", self.tr("Per kelurahan: selesai / terbuka")),
                ("category", self.tr("10 kategori terbanyak")),
                ("channel", self.tr("Per kanal")),
                ("month", self.tr("Per bulan: masuk / selesai")),
            )
        ):
            view = QChartView()
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(330)
            view.chart().setTitle(title)
            self.charts[key] = view
            grid.addWidget(view, i // 2, i % 2)

        # Ranking.
        self.ranking = QTableWidget(0, 6)
        self.ranking.setHorizontalHeaderLabels(
            [
                self.tr("Peringkat"),
                self.tr("Unit"),
                self.tr("Laporan"),
                self.tr("Penyelesaian"),
                self.tr("Median respons"),
                self.tr("Lewat tenggat"),
            ]
        )
        self.ranking.verticalHeader().setVisible(False)
        self.ranking.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ranking.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ranking.setMinimumHeight(200)
        rank_box = QGroupBox(self.tr("Peringkat unit (penyelesaian, lalu waktu respons)"))
        QVBoxLayout(rank_box).addWidget(self.ranking)
        self.status_label = QLabel()

        body = QWidget()
        bl = QVBoxLayout(body)
        bl.addLayout(kpis)
        bl.addLayout(grid)
        bl.addWidget(rank_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status_label)
        self.refresh()
        window.sync.finished.connect(lambda _o: self.refresh())

    # --- loading ------------------------------------------------------------------

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        store, month = self.services.store, self.month.currentData()
        self.status_label.setText(self.tr("Menghitung…"))
        run_in_worker(
            lambda _ctx: load_dashboard(store, month),
            on_success=lambda result: self._loaded(generation, *result),
            name="dashboard",
        )

    def _loaded(self, generation: int, summary: StatsSummary, months: list[str]) -> None:
        if generation != self._generation:
            return
        self.summary = summary
        self._fill_months(months)
        o = summary.overall
        self.kpi["total"].setText(str(o.total))
        self.kpi["completion"].setText(_pct(o.completion_rate))
        self.kpi["response"].setText(_hours(o.median_response_hours))
        self.kpi["followup"].setText(_hours(o.median_followup_hours))
        self.kpi["overdue"].setText(str(o.overdue))
        self._stacked("kelurahan", summary.by_kelurahan)
        self._bars("category", sorted(summary.by_category, key=lambda f: -f.total)[:TOP_N])
        self._pie("channel", summary.by_channel)
        self._month_chart(summary.by_month)
        self._fill_ranking(summary.by_unit)
        self.status_label.setText(
            self.tr("Dihitung dari data lokal, %1").replace(
                "%1", datetime.now(UTC).astimezone().strftime("%d-%m-%Y %H:%M")
            )
        )
        self.loaded.emit()

    def _fill_months(self, months: Sequence[str]) -> None:
        current = self.month.currentData()
        self.month.blockSignals(True)
        self.month.clear()
        self.month.addItem(self.tr("Semua bulan"), None)
        for m in months:
            self.month.addItem(m, m)
        self.month.setCurrentIndex(max(0, self.month.findData(current)))
        self.month.blockSignals(False)

    def _reset(self, key: str) -> QChart:
        chart = self.charts[key].chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        return chart

    def _stacked(self, key: str, figures: Sequence[StatsFigures]) -> None:
        chart = self._reset(key)
        done = QBarSet(style.status_text(Status.SELESAI))
        done.setColor(QColor(Status.SELESAI.colour))
        waiting = QBarSet(self.tr("Terbuka"))
        waiting.setColor(QColor(Status.PROSES.colour))
        late = QBarSet(self.tr("Lewat tenggat"))
        late.setColor(QColor(style.OVERDUE_COLOUR))
        labels = []
        for f in figures[:12]:
            done.append(f.completed)
            waiting.append(f.open - f.overdue)
            late.append(f.overdue)
            labels.append(_short(f.label))
        series = QBarSeries()
        for s in (done, waiting, late):
            series.append(s)
        self._axes(chart, series, labels, self.tr("Kelurahan"))

    def _bars(self, key: str, figures: Sequence[StatsFigures]) -> None:
        chart = self._reset(key)
        total = QBarSet(self.tr("Laporan"))
        total.setColor(QColor("#1e64c8"))
        done = QBarSet(style.status_text(Status.SELESAI))
        done.setColor(QColor(Status.SELESAI.colour))
        for f in figures:
            total.append(f.total)
            done.append(f.completed)
        series = QBarSeries()
        series.append(total)
        series.append(done)
        self._axes(chart, series, [_short(f.label) for f in figures], self.tr("Kategori"))

    def _pie(self, key: str, figures: Sequence[StatsFigures]) -> None:
        chart = self._reset(key)
        series = QPieSeries()
        for f in sorted(figures, key=lambda f: -f.total):
            piece = series.append(f"{f.label} ({f.total})", f.total)
            piece.setLabelVisible(f.total >= max(1, sum(x.total for x in figures)) * 0.05)
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)

    def _month_chart(self, figures: Sequence[StatsFigures]) -> None:
        chart = self._reset("month")
        total = QBarSet(self.tr("Masuk"))
        total.setColor(QColor("#1e64c8"))
        done = QBarSet(style.status_text(Status.SELESAI))
        done.setColor(QColor(Status.SELESAI.colour))
        for f in figures[-12:]:
            total.append(f.total)
            done.append(f.completed)
        series = QBarSeries()
        series.append(total)
        series.append(done)
        self._axes(chart, series, [f.key for f in figures[-12:]], self.tr("Bulan"), angle=0)

    def _axes(
        self,
        chart: QChart,
        series: QBarSeries,
        labels: Sequence[str],
        x_title: str,
        angle: int = -45,
    ) -> None:
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(list(labels))
        x.setLabelsAngle(angle)
        x.setTitleText(x_title)
        y = QValueAxis()
        y.setLabelFormat("%d")
        y.setTitleText(self.tr("Laporan"))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

    def _fill_ranking(self, units: Sequence[StatsFigures]) -> None:
        self.ranking.setRowCount(len(units))
        for i, f in enumerate(units):
            values = [
                str(f.rank or ""),
                f.label,
                str(f.total),
                _pct(f.completion_rate),
                _hours(f.median_response_hours),
                str(f.overdue),
            ]
            for col, value in enumerate(values):
                cell = QTableWidgetItem(value)  # plain text, never rich text
                if col != 1:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.ranking.setItem(i, col, cell)

    # --- export -------------------------------------------------------------------

    def _ask_export(self, kind: str) -> None:
        if self.summary is None:
            return
        suffix = "csv" if kind == "csv" else "pdf"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Simpan dasbor"),
            f"dasbor-{self.summary.month or 'semua'}.{suffix}",
            f"{suffix.upper()} (*.{suffix})",
        )
        if path:
            self.export(kind, Path(path))

    def export(self, kind: str, path: Path) -> None:
        """Write the shown figures to ``path`` (in a worker)."""
        summary = self.summary
        if summary is None:
            return
        title = self.tr("Dasbor %1").replace("%1", self.services.officer.unit_name)
        writer = export_summary_csv if kind == "csv" else export_summary_pdf
        run_in_worker(
            lambda _ctx: writer(summary, path, title),
            on_success=lambda p: self._exported(kind, summary, p),
            on_failure=lambda exc: self.status_label.setText(
                self.tr("Gagal menyimpan: %1").replace("%1", type(exc).__name__)
            ),
            name=f"export-{kind}",
        )

    def _exported(self, kind: str, summary: StatsSummary, path: Path) -> None:
        """Saved: say so, and tell the server (its audit log records exports; worker)."""
        self.status_label.setText(self.tr("Tersimpan: %1").replace("%1", str(path)))
        record = getattr(self.services, "record_export", None)
        if not callable(record):
            return
        what = f"dasbor {summary.month or 'semua bulan'}"
        rows = 1 + sum(len(getattr(summary, attr)) for attr, _ in SECTIONS)
        run_in_worker(
            lambda _ctx: record(kind, what, rows),
            on_success=self._export_noticed,
            on_failure=lambda _exc: self._export_noticed(False),
            name="export-notice",
        )

    def _export_noticed(self, told: bool) -> None:
        self.export_noticed.emit(bool(told))
        if not told:
            self.status_label.setText(
                self.status_label.text()
                + " · "
                + self.tr("server akan diberi tahu saat sinkronisasi berikutnya")
            )


def _short(text: str, n: int = 18) -> str:
    text = text.removeprefix("Kelurahan ").removeprefix("Kecamatan ")
    return text if len(text) <= n else text[: n - 1] + "…"
