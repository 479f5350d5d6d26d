"""Training mode on screen: the LATIHAN marks, the exercise panel, the summary.

- ``TitleMarker``: one application-wide event filter that puts "LATIHAN — " before
  the title of every top-level window (the main window and every dialog, message
  box and file dialog), whatever code opened it.
- ``training_banner``: the strip above the main window's filter bar.
- ``TrainingPanel``: the side panel with the current exercise's instructions, a
  report to practise on and its running time. It looks in the profile (in a
  worker) after every local change, after every sync and every few seconds
  (``TrainingRun``: what is checked, and how, is Qt-free in ``officer_app.training``).
- ``TrainingSummaryDialog``: each exercise, done or not, and its time; savable as CSV.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_shared.domain import Role
from officer_app.store.db import Store
from officer_app.training.exercises import ExerciseId, ExerciseResult, TrainingRun, summary_csv
from officer_app.views import style
from officer_app.workers import run_in_worker

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 3000  # a receipt printed is recorded without a change signal
BANNER_COLOUR = "#8a3b00"  # white on it: above 4.5:1 (WCAG AA)


def training_mark() -> str:
    """The word on every window and printed page of training mode."""
    return QCoreApplication.translate("Training", "LATIHAN")


def marked_title(title: str) -> str:
    prefix = training_mark() + " — "
    return title if title.startswith(prefix) else prefix + title if title else training_mark()


class TitleMarker(QObject):
    """Puts the training mark before the title of every top-level window.

    No application-wide event filter (PySide would wrap every object of every
    event, some half-destroyed: a crash): a window is found when the focus moves
    and on a short timer, then its own ``windowTitleChanged`` keeps it marked.
    """

    SWEEP_MS = 200

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.mark_all)
        self._timer.start(self.SWEEP_MS)
        app.focusWindowChanged.connect(self.mark_all)
        self.mark_all()

    def uninstall(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._app.focusWindowChanged.disconnect(self.mark_all)

    def mark_all(self, *_args: object) -> None:
        for widget in self._app.topLevelWidgets():
            if widget.isVisible():
                self.mark(widget)

    def mark(self, widget: QWidget) -> None:
        """Mark ``widget``'s title now and whenever it changes."""
        if not widget.property("trainingMarked"):
            widget.setProperty("trainingMarked", True)
            widget.windowTitleChanged.connect(lambda _title, w=widget: self._mark(w))
        self._mark(widget)

    @staticmethod
    def _mark(widget: QWidget) -> None:
        title = widget.windowTitle()
        wanted = marked_title(title)
        if title != wanted:
            widget.setWindowTitle(wanted)


def training_banner() -> QLabel:
    banner = QLabel(
        "<b>"
        + training_mark()
        + "</b> — "
        + QCoreApplication.translate(
            "Training",
            "Mode latihan: data contoh di server latihan di komputer ini. Tidak ada yang "
            "dikirim ke server sebenarnya atau disimpan di profil Anda.",
        )
    )
    banner.setObjectName("trainingBanner")
    banner.setWordWrap(True)
    banner.setStyleSheet(
        f"QLabel#trainingBanner {{ background: {BANNER_COLOUR}; color: white; padding: 6px; }}"
    )
    banner.setAccessibleName(QCoreApplication.translate("Training", "Tanda mode latihan"))
    return banner


def exercise_title(exercise: ExerciseId) -> str:
    translate = QCoreApplication.translate
    return {
        ExerciseId.ACCEPT: translate("Training", "Terima laporan"),
        ExerciseId.FOLLOWUP: translate("Training", "Catat tindak lanjut dengan foto"),
        ExerciseId.WALK_IN: translate("Training", "Terima pengaduan langsung"),
        ExerciseId.RECEIPT: translate("Training", "Cetak tanda terima"),
        ExerciseId.FORWARD: translate("Training", "Teruskan laporan"),
        ExerciseId.REASSIGN: translate("Training", "Alihkan laporan lain"),
        ExerciseId.VALIDATE: translate("Training", "Setujui tindak lanjut"),
    }[exercise]


def exercise_instructions(exercise: ExerciseId) -> str:
    translate = QCoreApplication.translate
    return {
        ExerciseId.ACCEPT: translate(
            "Training",
            "Pilih laporan berstatus Menunggu di halaman Laporan, lalu tekan «Terima dan proses».",
        ),
        ExerciseId.FOLLOWUP: translate(
            "Training",
            "Pada laporan berstatus Proses, tekan «Catat tindak lanjut», tambahkan paling "
            "sedikit satu foto sebelum dan satu foto sesudah, tulis catatan, lalu simpan.",
        ),
        ExerciseId.WALK_IN: translate(
            "Training",
            "Di halaman Meja Pengaduan, isi identitas warga (atau pilih anonim), uraian, "
            "kategori dan lokasi, lalu simpan.",
        ),
        ExerciseId.RECEIPT: translate(
            "Training",
            "Untuk laporan yang baru Anda simpan, tekan «Cetak tanda terima» atau «Simpan "
            "sebagai PDF». Tanda terima latihan bertanda LATIHAN.",
        ),
        ExerciseId.FORWARD: translate(
            "Training",
            "Pilih laporan yang bukan wewenang unit Anda, tekan «Teruskan ke unit lain», "
            "pilih unit tujuan dan tulis alasannya.",
        ),
        ExerciseId.REASSIGN: translate(
            "Training",
            "Di halaman Antrian unit, pilih laporan lain, tekan «Alihkan ke petugas lain», "
            "pilih petugas dan tulis alasannya.",
        ),
        ExerciseId.VALIDATE: translate(
            "Training",
            "Di halaman Validasi, periksa foto sebelum dan sesudah sebuah tindak lanjut, "
            "lalu tekan «Setujui tindak lanjut».",
        ),
    }[exercise]


def duration_text(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    whole = int(round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


class TrainingPanel(QWidget):
    """The exercises of the trainee's role, one at a time, checked from the profile."""

    advanced = Signal()  # an exercise was found done (or skipped)
    finished = Signal(object)  # list[ExerciseResult]

    def __init__(
        self, run: TrainingRun, store: Callable[[], Store], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPanel")
        self.run = run
        self._store = store
        self._checking = False
        self._again = False
        self.results: list[ExerciseResult] | None = None

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; font-size: 12pt")
        self.instructions = QLabel()
        self.instructions.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.clock_label = QLabel()
        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Daftar latihan"))
        self.steps.setWordWrap(True)
        self.steps.setMaximumHeight(150)
        for exercise in run.exercises:
            self.steps.addItem(QListWidgetItem(exercise_title(exercise.id)))
        self.skip_button = QPushButton(self.tr("&Lewati latihan ini"))
        self.skip_button.clicked.connect(self.skip)
        self.finish_button = QPushButton(self.tr("&Selesai latihan"))
        self.finish_button.clicked.connect(self.finish)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.steps)
        layout.addWidget(self.title)
        layout.addWidget(self.instructions)
        layout.addWidget(self.hint)
        layout.addWidget(self.clock_label)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.finish_button)
        layout.addLayout(buttons)

        self._tick = QTimer(self)
        self._tick.timeout.connect(self._show_clock)
        self._poll = QTimer(self)
        self._poll.timeout.connect(self.check_now)
        self._show_state()

    # --- the run --------------------------------------------------------------------

    def start(self) -> None:
        """Begin the first exercise (after the first sync brought the reports)."""
        if self.run.started:
            return
        self.run.start()
        self._tick.start(1000)
        self._poll.start(CHECK_INTERVAL_MS)
        self._show_state()
        self._load_hint()

    def check_now(self, *_args: object) -> None:
        """Look in the profile (in a worker) whether the current exercise is done."""
        if not self.run.started or self.run.current is None:
            return
        if self._checking:
            self._again = True
            return
        self._checking = True
        run, store = self.run, self._store()
        job = run.probe_job()

        def landed(found: Any) -> None:
            self._checking = False
            if found is not None and run.mark_done(*found):
                self._advanced()
            if self._again:
                self._again = False
                self.check_now()

        def failed(exc: BaseException) -> None:
            self._checking = False
            log.warning("training check failed: %s", type(exc).__name__)

        run_in_worker(
            lambda _ctx: job(store),
            on_success=landed,
            on_failure=failed,
            name="training-check",
            owner=self,
        )

    def skip(self) -> None:
        self.run.skip()
        self._advanced()

    def finish(self) -> list[ExerciseResult]:
        """End the run: the summary (``finished``) says what was done and how fast."""
        self._tick.stop()
        self._poll.stop()
        if self.results is None:
            self.results = self.run.finish()
            self._show_state()
            self.finished.emit(self.results)
        return self.results

    def _advanced(self) -> None:
        self._show_state()
        self.advanced.emit()
        if self.run.current is None:
            self.finish()
        else:
            self._load_hint()

    def _load_hint(self) -> None:
        run, store = self.run, self._store()
        index = run.index

        def landed(number: str | None) -> None:
            if run.index == index and number:
                self.hint.setText(
                    self.tr("Contoh laporan untuk latihan ini: %1").replace("%1", number)
                )

        run_in_worker(
            lambda _ctx: run.hint(store), on_success=landed, name="training-hint", owner=self
        )

    # --- showing it -------------------------------------------------------------------

    def _show_state(self) -> None:
        run = self.run
        done = sum(1 for r in run.results if r.done)
        self.heading.setText(
            self.tr("Latihan %1 dari %2 selesai")
            .replace("%1", str(done))
            .replace("%2", str(len(run.results)))
        )
        for row, result in enumerate(run.results):
            item = self.steps.item(row)
            if item is None:
                continue
            if result.done:
                item.setIcon(style.icon("check-circle", style.OK_COLOUR))
                item.setText(
                    exercise_title(result.exercise)
                    + " — "
                    + self.tr("selesai (%1)").replace("%1", duration_text(result.seconds))
                )
            elif row == run.index and not run.finished:
                item.setIcon(style.icon("arrow-right-bold"))
            else:
                item.setIcon(style.icon("circle-outline"))
        current = run.current
        self.hint.clear()
        self.skip_button.setEnabled(current is not None)
        if not run.started:
            self.title.setText(self.tr("Menyiapkan data latihan…"))
            self.instructions.setText(
                self.tr("Latihan dimulai setelah laporan latihan diambil dari server latihan.")
            )
        elif current is None:
            self.title.setText(self.tr("Latihan selesai"))
            self.instructions.setText(self.tr("Lihat ringkasan hasil latihan Anda."))
            self.finish_button.setEnabled(self.results is None)
        else:
            self.title.setText(exercise_title(current.id))
            self.instructions.setText(exercise_instructions(current.id))
        self._show_clock()

    def _show_clock(self) -> None:
        if self.run.current is None:
            self.clock_label.clear()
            return
        self.clock_label.setText(
            self.tr("Waktu: %1").replace("%1", duration_text(self.run.elapsed()))
        )


class TrainingSummaryDialog(QDialog):
    """Each exercise, done or not, and how long it took; saved as CSV on request."""

    def __init__(
        self, results: list[ExerciseResult], role: Role, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.results = results
        self.setWindowTitle(self.tr("Ringkasan latihan"))
        done = sum(1 for r in results if r.done)
        total_seconds = sum(r.seconds or 0.0 for r in results)
        self.headline = QLabel(
            self.tr("%1 dari %2 latihan selesai (%3), waktu %4.")
            .replace("%1", str(done))
            .replace("%2", str(len(results)))
            .replace("%3", style.role_text(role))
            .replace("%4", duration_text(total_seconds))
        )
        self.headline.setWordWrap(True)
        self.table = QTableWidget(len(results), 4)
        self.table.setAccessibleName(self.tr("Hasil latihan"))
        self.table.setHorizontalHeaderLabels(self.headers())
        for row, r in enumerate(results):
            cells = [
                exercise_title(r.exercise),
                self.tr("Selesai") if r.done else self.tr("Belum"),
                duration_text(r.seconds),
                r.report_number or "—",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if col == 1:
                    item.setIcon(
                        style.icon("check-circle", style.OK_COLOUR)
                        if r.done
                        else style.icon("close-circle-outline", style.OVERDUE_COLOUR)
                    )
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumWidth(560)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("&Simpan ringkasan…"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(lambda: self.save())
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def headers(self) -> list[str]:
        return [self.tr("Latihan"), self.tr("Selesai"), self.tr("Waktu (m:dd)"), self.tr("Laporan")]

    def csv_text(self) -> str:
        titles = {r.exercise: exercise_title(r.exercise) for r in self.results}
        headers = [self.tr("Latihan"), self.tr("Selesai"), self.tr("Detik"), self.tr("Laporan")]
        return summary_csv(self.results, titles, headers)

    def save(self, path: Path | None = None) -> Path | None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Simpan ringkasan latihan"),
                str(Path.home() / "ringkasan-latihan.csv"),
                self.tr("CSV (*.csv)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        path.write_text(self.csv_text(), encoding="utf-8-sig")
        return path


class TrainingSession(QObject):
    """Training mode on a main window: banner, panel in a dock, summary at the end."""

    ended = Signal()

    def __init__(self, window: QMainWindow, run: TrainingRun, store: Callable[[], Store]) -> None:
        super().__init__(window)
        self.window = window
        self.summary: TrainingSummaryDialog | None = None
        self.panel = TrainingPanel(run, store)
        self.dock = QDockWidget(self.tr("Latihan"), window)
        self.dock.setObjectName("trainingDock")
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.dock.setWidget(self.panel)
        self.dock.setMinimumWidth(320)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.banner = training_banner()
        show_banner = getattr(window, "show_banner", None)
        if callable(show_banner):
            show_banner(self.banner)
        training_action = getattr(window, "training_action", None)
        if training_action is not None:
            training_action.setVisible(False)  # already training
        change_bus = getattr(window, "change_bus", None)
        if change_bus is not None:
            change_bus.changed.connect(self.panel.check_now)
        sync = getattr(window, "sync", None)
        if sync is not None:
            sync.finished.connect(self._synced)
        self.panel.finished.connect(self._show_summary)

    def _synced(self, _outcome: object) -> None:
        if not self.panel.run.started:
            self.panel.start()
        self.panel.check_now()

    def _show_summary(self, results: list[ExerciseResult]) -> None:
        """After "Selesai latihan" (or the last exercise): the summary over the window."""
        if self.summary is not None or not self.window.isVisible():
            return
        self.summary = TrainingSummaryDialog(results, self.panel.run.role, self.window)
        self.summary.finished.connect(lambda _code: self.ended.emit())
        self.summary.open()

    def summary_for_close(self) -> TrainingSummaryDialog:
        """The summary, made now if the window was closed before "Selesai latihan"."""
        results = self.panel.finish()
        if self.summary is None:
            self.summary = TrainingSummaryDialog(results, self.panel.run.role)
        return self.summary
