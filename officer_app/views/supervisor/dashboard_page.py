"""Dasbor (supervisor): how the unit is doing, from the local store's SQL figures.

Completion rate, median response and follow-up times, the shares answered within
24 hours and followed up within 7 days, overdue count, citizens' rating; charts by
kelurahan, category, channel and month (QtCharts); the province's monthly unit
ranking; export to CSV (formula-safe) and PDF. The figures are the same as the
server's ``GET /api/v1/stats/summary`` (``store.dashboard``); computing them runs
in a worker.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter
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

from crm_shared.domain import Status
from crm_shared.domain.rating import is_low
from crm_shared.protocol.wire import StatsFigures, StatsSummary
from officer_app.store import dashboard
from officer_app.store.exports import (
    COLUMNS,
    SECTIONS,
    PdfLabels,
    export_summary_csv,
    export_summary_pdf,
)
from officer_app.store.records import ChangeSet
from officer_app.views import keyboard, style
from officer_app.views.page import Page, PageHost
from officer_app.views.texts import channel_text, date_time_text
from officer_app.workers import WorkContext, run_in_worker

TOP_N = 10
MAX_ROWS = 12  # kelurahan shown
CHART_HEIGHT = 330
# QtCharts gives the axes at most 40 % of a chart's width and cuts a longer label to
# "Po..."; a name wider than what is left is elided by us instead (full name on hover).
AXIS_SHARE = 0.4
AXIS_PADDING_PX = 36
NAME_MAX_PX = 360  # about 55 characters: longer names are elided even when there is room


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f} %"


def _rating(f: StatsFigures) -> str:
    """The average rating and how many, e.g. "4.2 (12)"; "—" when none."""
    if not f.rating_count or f.average_rating is None:
        return "—"
    return f"{f.average_rating:.1f} ({f.rating_count})"


def _hours(value: float | None) -> str:
    if value is None:
        return "—"
    return QCoreApplication.translate("DashboardPage", "%1 jam").replace("%1", f"{value:.1f}")


class DashboardPage(Page):
    loaded = Signal()
    export_noticed = Signal(bool)  # after an export: does the server know of it yet

    def __init__(self, host: PageHost) -> None:
        super().__init__(host)
        self.summary: StatsSummary | None = None
        self._generation = 0
        self.computations = 0  # how many times the figures were computed

        self.month = QComboBox()
        self.month.setAccessibleName(self.tr("Bulan"))
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

        # Key figures: two rows of four (eight side by side do not fit 1093 px).
        self.kpi: dict[str, QLabel] = {}
        kpis = QGridLayout()
        for i, (key, title) in enumerate(
            (
                ("total", self.tr("Laporan")),
                ("completion", self.tr("Tingkat penyelesaian")),
                ("overdue", self.tr("Lewat tenggat")),
                ("rating", self.tr("Nilai warga (1–5)")),
                ("response", self.tr("Median waktu respons")),
                ("response_rate", self.tr("Respons dalam 24 jam")),
                ("followup", self.tr("Median waktu tindak lanjut")),
                ("followup_rate", self.tr("Tindak lanjut dalam 7 hari")),
            )
        ):
            box = QGroupBox(title)
            value = QLabel("—")
            value.setStyleSheet("font-size: 20px; font-weight: 600;")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            QVBoxLayout(box).addWidget(value)
            self.kpi[key] = value
            kpis.addWidget(box, i // 4, i % 4)
            kpis.setColumnStretch(i % 4, 1)
        self.kpi["overdue"].setStyleSheet(
            f"font-size: 20px; font-weight: 600; color: {style.OVERDUE_COLOUR};"
        )

        # Charts.
        self.charts: dict[str, QChartView] = {}
        self.full_labels: dict[str, list[str]] = {}  # per chart, its categories bottom to top
        self.name_axes: dict[str, QBarCategoryAxis] = {}
        grid = QGridLayout()
        # Category names are long: that chart and the month chart take the whole width;
        # channel names are longer than kelurahan names, so that column is wider.
        for key, title, row, col, span in (
            ("kelurahan", self.tr("Per kelurahan: selesai / terbuka"), 0, 0, 1),
            ("channel", self.tr("Per kanal"), 0, 1, 1),
            ("category", self.tr("10 kategori terbanyak"), 1, 0, 2),
            ("month", self.tr("Per bulan: masuk / selesai"), 2, 0, 2),
        ):
            view = QChartView()
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(CHART_HEIGHT)
            view.chart().setTitle(title)
            view.setAccessibleName(title)
            view.installEventFilter(self)  # a new width: the names are fitted again
            self.charts[key] = view
            grid.addWidget(view, row, col, 1, span)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 7)

        # Ranking.
        self.ranking = QTableWidget(0, 9)
        self.ranking.setAccessibleName(self.tr("Peringkat kelurahan"))
        keyboard.tab_leaves(self.ranking)
        self.ranking.setHorizontalHeaderLabels(
            [
                self.tr("Peringkat"),
                self.tr("Unit"),
                self.tr("Laporan"),
                self.tr("Penyelesaian"),
                self.tr("Median respons"),
                self.tr("Respons dalam 24 jam"),
                self.tr("Tindak lanjut dalam 7 hari"),
                self.tr("Lewat tenggat"),
                self.tr("Nilai warga"),
            ]
        )
        self.ranking.verticalHeader().setVisible(False)
        self.ranking.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ranking.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ranking.setMinimumHeight(200)
        rank_box = QGroupBox(
            self.tr("Peringkat unit (penyelesaian, lalu waktu respons, lalu nilai warga)")
        )
        QVBoxLayout(rank_box).addWidget(self.ranking)

        # Citizens' ratings per unit and per category (only the rated ones).
        self.ratings = QTableWidget(0, 4)
        self.ratings.setAccessibleName(self.tr("Nilai warga per unit dan kategori"))
        keyboard.tab_leaves(self.ratings)
        self.ratings.setHorizontalHeaderLabels(
            [self.tr("Per"), self.tr("Nama"), self.tr("Penilaian"), self.tr("Rata-rata (1–5)")]
        )
        self.ratings.verticalHeader().setVisible(False)
        self.ratings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ratings.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ratings.setMinimumHeight(160)
        ratings_box = QGroupBox(self.tr("Nilai warga per unit dan kategori"))
        QVBoxLayout(ratings_box).addWidget(self.ratings)
        self.status_label = QLabel()

        body = QWidget()
        bl = QVBoxLayout(body)
        bl.addLayout(kpis)
        bl.addLayout(grid)
        bl.addWidget(rank_box)
        bl.addWidget(ratings_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status_label)
        self.refresh()

    # --- loading ------------------------------------------------------------------

    def on_changes(self, changes: ChangeSet, initiator: object) -> None:
        """Compute again only when a change can move a figure (not after every sync)."""
        if dashboard.touches(changes):
            self.refresh_when_visible()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        self.computations += 1
        services, month = self.services, self.month.currentData()
        self.status_label.setText(self.tr("Menghitung…"))
        run_in_worker(
            lambda _ctx: services.dashboard(month),
            on_success=lambda result: self._loaded(generation, *result),
            name="dashboard",
            owner=self,
        )

    def _loaded(self, generation: int, summary: StatsSummary, months: list[str]) -> None:
        if generation != self._generation:
            return
        # The core names channels in Indonesian: the chart and the exports use ours.
        summary = summary.model_copy(
            update={
                "by_channel": [
                    f.model_copy(update={"label": channel_text(f.key)}) for f in summary.by_channel
                ]
            }
        )
        self.summary = summary
        self._fill_months(months)
        o = summary.overall
        self.kpi["total"].setText(str(o.total))
        self.kpi["completion"].setText(_pct(o.completion_rate))
        self.kpi["response"].setText(_hours(o.median_response_hours))
        self.kpi["followup"].setText(_hours(o.median_followup_hours))
        self.kpi["overdue"].setText(str(o.overdue))
        self.kpi["rating"].setText(_rating(o))
        self.kpi["response_rate"].setText(_pct(o.response_on_time_rate))
        self.kpi["followup_rate"].setText(_pct(o.followup_on_time_rate))
        self._stacked("kelurahan", summary.by_kelurahan)
        self._bars("category", summary.by_category)
        self._channels("channel", summary.by_channel)
        self._month_chart(summary.by_month)
        self._fill_ranking(summary.by_unit)
        self._fill_ratings(summary)
        self.status_label.setText(
            self.tr("Dihitung dari data lokal, %1").replace(
                "%1", date_time_text(datetime.now(UTC), zone=True)
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
        """A new, empty chart for ``key``: QtCharts keeps drawing the titles and labels
        of removed axes over the new ones (a second load showed "0 1 Laporan" inside
        the bars), so the old chart goes as a whole."""
        view = self.charts[key]
        old = view.chart()
        chart = QChart()
        chart.setTitle(old.title())
        view.setChart(chart)  # the view gives up the old chart: deleted here
        old.deleteLater()
        return chart

    def _stacked(self, key: str, figures: Sequence[StatsFigures]) -> None:
        """Kelurahan: one horizontal bar each (selesai + terbuka + lewat tenggat)."""
        rows = _biggest(figures, lambda f: f.completed + f.open)[:MAX_ROWS]
        done = QBarSet(style.status_text(Status.SELESAI))
        done.setColor(QColor(Status.SELESAI.colour))
        waiting = QBarSet(self.tr("Terbuka"))
        waiting.setColor(QColor(Status.PROSES.colour))
        late = QBarSet(self.tr("Lewat tenggat"))
        late.setColor(QColor(style.OVERDUE_COLOUR))
        for f in reversed(rows):  # a horizontal series draws its first category at the bottom
            done.append(f.completed)
            waiting.append(f.open - f.overdue)
            late.append(f.overdue)
        series = QHorizontalStackedBarSeries()
        for s in (done, waiting, late):
            series.append(s)
        top = max((f.completed + f.open for f in rows), default=0)
        self._horizontal(key, series, [f.label for f in rows], top, 24)

    def _bars(self, key: str, figures: Sequence[StatsFigures]) -> None:
        """The TOP_N categories: reports and completed side by side, the biggest on top."""
        rows = _biggest(figures, lambda f: f.total)[:TOP_N]
        total = QBarSet(self.tr("Laporan"))
        total.setColor(QColor("#1e64c8"))
        done = QBarSet(style.status_text(Status.SELESAI))
        done.setColor(QColor(Status.SELESAI.colour))
        for f in reversed(rows):
            total.append(f.total)
            done.append(f.completed)
        series = QHorizontalBarSeries()
        series.append(done)  # a horizontal series draws its first set lowest: "Laporan" on top
        series.append(total)
        top = max((f.total for f in rows), default=0)
        self._horizontal(key, series, [f.label for f in rows], top, 30)

    def _channels(self, key: str, figures: Sequence[StatsFigures]) -> None:
        """Channels: one bar each with its count (a pie could not tell 1 from 8 of 500)."""
        rows = _biggest(figures, lambda f: f.total)  # 13 channels at most
        total = QBarSet(self.tr("Laporan"))
        total.setColor(QColor("#1e64c8"))
        total.setLabelColor(QColor("#202020"))
        for f in reversed(rows):
            total.append(f.total)
        series = QHorizontalBarSeries()
        series.append(total)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        top = max((f.total for f in rows), default=0)
        # room for the count at the end of the longest bar
        self._horizontal(key, series, [f.label for f in rows], round(top * 1.15), 24)
        self.charts[key].chart().legend().setVisible(False)

    def _month_chart(self, figures: Sequence[StatsFigures]) -> None:
        chart = self._reset("month")
        total = QBarSet(self.tr("Masuk"))
        total.setColor(QColor("#1e64c8"))
        done = QBarSet(style.status_text(Status.SELESAI))
        done.setColor(QColor(Status.SELESAI.colour))
        shown = figures[-12:]
        for f in shown:
            total.append(f.total)
            done.append(f.completed)
        series = QBarSeries()
        series.append(total)
        series.append(done)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append([f.key for f in shown])
        x.setTitleText(self.tr("Bulan"))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        y = self._count_axis(max((f.total for f in shown), default=0))
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.full_labels["month"] = [f.key for f in shown]
        self.name_axes["month"] = x
        series.hovered.connect(lambda on, i, _s: self._hovered("month", series, on, i))
        self._fit_names("month")

    def _horizontal(
        self, key: str, series: QAbstractBarSeries, names: Sequence[str], top: int, row_px: int
    ) -> None:
        """Names on the left (biggest on top; the chart's title says what they are)."""
        chart = self._reset(key)
        chart.addSeries(series)
        y = QBarCategoryAxis()
        self.full_labels[key] = list(reversed(names))  # bottom to top, as the series' values
        self.name_axes[key] = y
        self._fit_names(key)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y)
        x = self._count_axis(top)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        series.hovered.connect(lambda on, i, _s: self._hovered(key, series, on, i))
        self.charts[key].setMinimumHeight(max(CHART_HEIGHT, 150 + row_px * len(names)))

    def _fit_names(self, key: str) -> None:
        """Fit a chart's category names to its width: whole where they fit, else elided."""
        axis, view = self.name_axes.get(key), self.charts[key]
        if axis is None:
            return
        names = self.full_labels[key]
        metrics = QFontMetrics(axis.labelsFont())
        if key == "month":  # upright when twelve "2026-09" do not fit side by side
            wide = max((metrics.horizontalAdvance(n) for n in names), default=0) + 24
            fits = wide * len(names) <= view.width() - 150  # less the value axis, margins
            axis.setLabelsAngle(0 if fits else -90)
            return
        room = max(80, min(NAME_MAX_PX, int(view.width() * AXIS_SHARE) - AXIS_PADDING_PX))
        shown = _axis_names(names, metrics, room)
        if shown != axis.categories():
            axis.setCategories(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            for key, view in self.charts.items():
                if view is watched:
                    self._fit_names(key)
        return super().eventFilter(watched, event)

    def _count_axis(self, top: int) -> QValueAxis:
        """A count axis from 0 with whole-number ticks (steps of 1, 2, 5, 10, 20...)."""
        axis = QValueAxis()
        axis.setLabelFormat("%d")
        axis.setTitleText(self.tr("Laporan"))
        axis.setMinorTickCount(0)
        if top < 3:  # applyNiceNumbers would step by 0.2 or 0.5 (and fails on 0..0)
            axis.setRange(0, max(top, 1))
            axis.setTickCount(max(top, 1) + 1)
        else:
            axis.setRange(0, top)
            axis.setTickCount(6)
            axis.applyNiceNumbers()  # from 3 up its steps are whole numbers
        return axis

    def _hovered(self, key: str, series: QAbstractBarSeries, on: bool, index: int) -> None:
        """Hovering a bar: the chart's tooltip gives the full name and every count."""
        names = self.full_labels.get(key, [])
        if not on or not 0 <= index < len(names):
            self.charts[key].chart().setToolTip("")
            return
        lines = [names[index], *(f"{s.label()}: {int(s.at(index))}" for s in series.barSets())]
        # names come from the server: escaped, so a "<" in one is never taken for markup
        self.charts[key].chart().setToolTip("<br>".join(html.escape(t) for t in lines))

    def _fill_ranking(self, units: Sequence[StatsFigures]) -> None:
        self.ranking.setRowCount(len(units))
        for i, f in enumerate(units):
            values = [
                str(f.rank or ""),
                f.label,
                str(f.total),
                _pct(f.completion_rate),
                _hours(f.median_response_hours),
                _pct(f.response_on_time_rate),
                _pct(f.followup_on_time_rate),
                str(f.overdue),
                _rating(f),
            ]
            for col, value in enumerate(values):
                cell = QTableWidgetItem(value)  # plain text, never rich text
                if col != 1:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.ranking.setItem(i, col, cell)

    def _fill_ratings(self, summary: StatsSummary) -> None:
        rows = [(self.tr("Unit"), f) for f in summary.by_unit if f.rating_count] + [
            (self.tr("Kategori"), f) for f in summary.by_category if f.rating_count
        ]
        self.ratings.setRowCount(len(rows))
        for i, (grouping, f) in enumerate(rows):
            average = f.average_rating or 0.0
            values = [grouping, f.label, str(f.rating_count), f"{average:.1f}"]
            for col, value in enumerate(values):
                cell = QTableWidgetItem(value)  # plain text, never rich text
                if col >= 2:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if col == 3 and is_low(round(average)):
                    cell.setForeground(QColor(style.OVERDUE_COLOUR))
                    cell.setToolTip(self.tr("Nilai rendah"))
                self.ratings.setItem(i, col, cell)

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
        labels = pdf_labels()

        def write(_ctx: WorkContext) -> Path:
            if kind == "csv":
                return export_summary_csv(summary, path, title, labels)
            return export_summary_pdf(summary, path, title, labels)

        run_in_worker(
            write,
            on_success=lambda p: self._exported(kind, summary, p),
            on_failure=lambda exc: self.status_label.setText(
                self.tr("Gagal menyimpan: %1").replace("%1", type(exc).__name__)
            ),
            name=f"export-{kind}",
        )

    def _exported(self, kind: str, summary: StatsSummary, path: Path) -> None:
        """Saved: say so, and tell the server (its audit log records exports; worker)."""
        self.status_label.setText(self.tr("Tersimpan: %1").replace("%1", str(path)))
        record = self.services.record_export
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


def pdf_labels() -> PdfLabels:
    """The dashboard PDF's words in the app's language (the Qt-free export takes text)."""
    return PdfLabels(
        title=QCoreApplication.translate("DashboardPage", "Dasbor unit"),
        month=QCoreApplication.translate("DashboardPage", "Bulan"),
        all_months=QCoreApplication.translate("DashboardPage", "semua"),
        made_at=QCoreApplication.translate("DashboardPage", "dibuat"),
        reports=QCoreApplication.translate("DashboardPage", "Laporan"),
        completion=QCoreApplication.translate("DashboardPage", "Tingkat penyelesaian"),
        median_response=QCoreApplication.translate("DashboardPage", "Median waktu respons"),
        median_followup=QCoreApplication.translate("DashboardPage", "Median waktu tindak lanjut"),
        hours=QCoreApplication.translate("DashboardPage", "jam"),
        days=QCoreApplication.translate("DashboardPage", "hari"),
        completed=style.status_text(Status.SELESAI),
        open_on_time=QCoreApplication.translate("DashboardPage", "Terbuka, belum lewat tenggat"),
        overdue=QCoreApplication.translate("DashboardPage", "Lewat tenggat"),
        rejected=style.status_text(Status.DITOLAK),
        status_chart=QCoreApplication.translate("DashboardPage", "Status laporan"),
        unit_chart=QCoreApplication.translate("DashboardPage", "Tingkat penyelesaian per unit"),
        response_chart=QCoreApplication.translate(
            "DashboardPage", "Median waktu respons per unit (target 24 jam)"
        ),
        followup_chart=QCoreApplication.translate(
            "DashboardPage", "Median waktu tindak lanjut per unit (target 7 hari)"
        ),
        response_rate=QCoreApplication.translate("DashboardPage", "Respons dalam 24 jam"),
        followup_rate=QCoreApplication.translate("DashboardPage", "Tindak lanjut dalam 7 hari"),
        response_rate_chart=QCoreApplication.translate(
            "DashboardPage", "Respons dalam 24 jam per unit"
        ),
        followup_rate_chart=QCoreApplication.translate(
            "DashboardPage", "Tindak lanjut dalam 7 hari per unit"
        ),
        target=QCoreApplication.translate("DashboardPage", "target"),
        within_target=QCoreApplication.translate("DashboardPage", "memenuhi target"),
        over_target=QCoreApplication.translate("DashboardPage", "lewat target"),
        no_data=QCoreApplication.translate("DashboardPage", "belum ada data"),
        more_units=QCoreApplication.translate("DashboardPage", "%1 unit lain: lihat tabel"),
        overall=QCoreApplication.translate("DashboardPage", "Keseluruhan"),
        sections=(
            QCoreApplication.translate("DashboardPage", "Peringkat unit"),
            QCoreApplication.translate("DashboardPage", "Per kelurahan"),
            QCoreApplication.translate("DashboardPage", "Per kategori"),
            QCoreApplication.translate("DashboardPage", "Per kanal"),
            QCoreApplication.translate("DashboardPage", "Per bulan"),
        ),
        name=QCoreApplication.translate("DashboardPage", "Nama"),
        total=QCoreApplication.translate("DashboardPage", "Jumlah laporan"),
        open=QCoreApplication.translate("DashboardPage", "Terbuka"),
        completion_pct=QCoreApplication.translate("DashboardPage", "Penyelesaian (%)"),
        response_hours=QCoreApplication.translate("DashboardPage", "Median respons (jam)"),
        followup_hours=QCoreApplication.translate("DashboardPage", "Median tindak lanjut (jam)"),
        rating=QCoreApplication.translate("DashboardPage", "Nilai warga (1-5)"),
        rating_count=QCoreApplication.translate("DashboardPage", "Penilaian warga"),
        rating_average=QCoreApplication.translate("DashboardPage", "Nilai rata-rata (1-5)"),
        rank=QCoreApplication.translate("DashboardPage", "Peringkat"),
        no_kelurahan=QCoreApplication.translate("DashboardPage", "Tanpa kelurahan"),
        unknown=QCoreApplication.translate("DashboardPage", "Tidak dikenal"),
        as_of=QCoreApplication.translate("DashboardPage", "Per tanggal"),
        columns=tuple(QCoreApplication.translate("DashboardPage", name) for _, name in COLUMNS),
    )


# The CSV's column names, for lupdate (the core's COLUMNS hold the same source texts).
_CSV_COLUMNS = (
    QT_TRANSLATE_NOOP("DashboardPage", "Nama"),
    QT_TRANSLATE_NOOP("DashboardPage", "Kode"),
    QT_TRANSLATE_NOOP("DashboardPage", "Jumlah laporan"),
    QT_TRANSLATE_NOOP("DashboardPage", "Selesai"),
    QT_TRANSLATE_NOOP("DashboardPage", "Ditolak"),
    QT_TRANSLATE_NOOP("DashboardPage", "Terbuka"),
    QT_TRANSLATE_NOOP("DashboardPage", "Lewat tenggat"),
    QT_TRANSLATE_NOOP("DashboardPage", "Tingkat penyelesaian (%)"),
    QT_TRANSLATE_NOOP("DashboardPage", "Median respons (jam)"),
    QT_TRANSLATE_NOOP("DashboardPage", "Median tindak lanjut (jam)"),
    QT_TRANSLATE_NOOP("DashboardPage", "Respons dalam 24 jam (%)"),
    QT_TRANSLATE_NOOP("DashboardPage", "Tindak lanjut dalam 7 hari (%)"),
    QT_TRANSLATE_NOOP("DashboardPage", "Jumlah penilaian warga"),
    QT_TRANSLATE_NOOP("DashboardPage", "Nilai warga rata-rata (1-5)"),
    QT_TRANSLATE_NOOP("DashboardPage", "Peringkat"),
)


def _biggest(
    figures: Sequence[StatsFigures], size: Callable[[StatsFigures], int]
) -> list[StatsFigures]:
    """Biggest first; equal sizes by name, so the order does not jump between loads."""
    return sorted(figures, key=lambda f: (-size(f), f.label))


def _axis_names(names: Sequence[str], metrics: QFontMetrics, room: int) -> list[str]:
    """The names as a category axis shows them: whole, unless wider than ``room``.

    A category axis drops a duplicate name, so two names that elide alike are
    kept apart with zero-width spaces. Qt Charts draws axis labels as rich text:
    the names (from the server) are escaped, so "<img ...>" shows as typed.
    """
    out: list[str] = []
    for name in names:
        name = name.removeprefix("Kelurahan ").removeprefix("Kecamatan ")
        shown = html.escape(metrics.elidedText(name, Qt.TextElideMode.ElideRight, room))
        while shown in out:
            shown += "\u200b"
        out.append(shown)
    return out
