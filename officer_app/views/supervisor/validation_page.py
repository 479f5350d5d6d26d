"""Validasi (validator, Biro Pemerintahan): follow-ups waiting for a decision.

    +------------------+-------------------------------------------------------+
    | JK... Sampah     | report: number, category, time, place, description    |
    | JK... Jalan      | reporter identity (validators only, audited server-side)|
    | ...              | SEBELUM                 | SESUDAH                     |
    |                  | [photo]                 | [photo]                     |
    |                  | diambil 05-01 08:00     | diambil ...                 |
    |                  | 3,2 jam setelah laporan | 120 m dari lokasi laporan   |
    |                  | ! foto pernah dipakai di laporan lain                 |
    |                  | [Setujui -> Selesai]  [Tolak TL -> TL Ditolak]        |
    +------------------+-------------------------------------------------------+

Photos come from the local (encrypted) photo store, or from the server's media GET
in a worker (hash-checked, kept in memory only). The photo's own capture time and
place are compared with the report's; a photo whose hash (or whose original file)
was used on another report is flagged (the server's ``reused``, and the local
original hashes).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crm_shared.domain import ActionType, DomainError, PhotoKind, Role
from officer_app.store.records import ChangeSet
from officer_app.store.validation_queue import PhotoFacts, ValidationItem
from officer_app.views import style
from officer_app.views.changes import run_local_op
from officer_app.views.detail import plain_label
from officer_app.views.dialogs import domain_message
from officer_app.views.page import Page, PageHost
from officer_app.views.roles import ReportIdRole
from officer_app.views.services import Services
from officer_app.views.supervisor.common import DecisionDialog, when_text
from officer_app.workers import run_in_worker

PHOTO_SIZE = 320
# A change to these fields of any report may move it into or out of the queue.
ENTRY_FIELDS = frozenset({"*", "in_scope", "status"})


def fetch_photo(services: Services, sha256: str) -> QImage:
    """The photo, scaled for the page (worker): ``Services.photo_bytes`` reads it from
    the profile's (encrypted) photo store or fetches it from the server (memory only).
    """
    image = QImage.fromData(services.photo_bytes(sha256))
    return image.scaled(
        PHOTO_SIZE,
        PHOTO_SIZE,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


class ValidationPage(Page):
    """The validator's queue: before/after side by side, facts, accept or reject."""

    loaded = Signal()
    decided = Signal(str)  # report id
    photo_shown = Signal(str)  # sha256

    def __init__(self, host: PageHost) -> None:
        super().__init__(host)
        self.reads = 0  # how many times the queue was read (tests: no needless reload)
        self.items: list[ValidationItem] = []
        self.current: ValidationItem | None = None
        self.photo_labels: dict[str, QLabel] = {}
        self._generation = 0

        self.queue = QListWidget()
        self.queue.setAccessibleName(self.tr("Antrean validasi"))
        self.queue.currentItemChanged.connect(self._current_changed)
        self.count_label = QLabel()
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.count_label)
        ll.addWidget(self.queue, 1)

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.facts = plain_label()
        self.description = plain_label()
        self.reporter_box = QGroupBox(self.tr("Identitas pelapor (hanya untuk validator)"))
        self.reporter = plain_label()
        QVBoxLayout(self.reporter_box).addWidget(self.reporter)
        self.reuse_warning = QLabel()
        self.reuse_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.reuse_warning.setWordWrap(True)
        self.reuse_warning.setStyleSheet(
            f"color: white; background: {style.OVERDUE_COLOUR}; padding: 6px; font-weight: 600;"
        )
        self.reuse_warning.hide()
        self.photo_grid = QGridLayout()
        photos_box = QWidget()
        photos_box.setLayout(self.photo_grid)

        self.accept_button = QPushButton(
            style.icon(style.ACTION_ICONS[ActionType.VALIDATE], style.OK_COLOUR),
            self.tr("Setujui → Selesai"),
        )
        self.reject_button = QPushButton(
            style.icon(style.ACTION_ICONS[ActionType.REJECT_FOLLOWUP], style.OVERDUE_COLOUR),
            self.tr("Tolak tindak lanjut → TL Ditolak"),
        )
        self.accept_button.clicked.connect(self.start_validate)
        self.reject_button.clicked.connect(self.start_reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)

        body = QWidget()
        bl = QVBoxLayout(body)
        for w in (self.title, self.facts, self.description, self.reporter_box):
            bl.addWidget(w)
        bl.addWidget(self.reuse_warning)
        bl.addWidget(photos_box)
        bl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        # The decision stays in view below the scrolled evidence (at 125 % scaling
        # the photos alone are taller than the window).
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(scroll, 1)
        rl.addLayout(buttons)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._show(None)
        self.refresh()

    # --- loading ------------------------------------------------------------------

    def on_changes(self, changes: ChangeSet, initiator: object) -> None:
        """Reload when a report enters or leaves the queue, or one of it changed."""
        shown = {it.id for it in self.items}
        if (
            changes.removed & shown
            or shown & changes.changed.keys()
            or any(fields & ENTRY_FIELDS for fields in changes.changed.values())
        ):
            self.refresh_when_visible()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        self.reads += 1
        services = self.services
        run_in_worker(
            lambda _ctx: services.validation_items(),
            on_success=lambda items: self._loaded(generation, items),
            name="validation-queue",
            owner=self,
        )

    def _loaded(self, generation: int, items: list[ValidationItem]) -> None:
        if generation != self._generation:
            return
        keep = self.current.id if self.current is not None else None
        self.items = items
        self.queue.blockSignals(True)
        self.queue.clear()
        for it in items:
            flag = " ⚠" if any(p.reused for p in it.photos) else ""
            row = QListWidgetItem(f"{it.number} · {it.category}{flag}")
            row.setData(ReportIdRole, it.id)
            self.queue.addItem(row)
        self.queue.blockSignals(False)
        self.count_label.setText(self.tr("%n menunggu validasi", "", len(items)))
        ids = [it.id for it in items]
        if keep in ids:
            self.queue.setCurrentRow(ids.index(keep))
        elif items:
            self.queue.setCurrentRow(0)
        else:
            self._show(None)
        self.loaded.emit()

    def _current_changed(self, item: QListWidgetItem | None, _prev: object) -> None:
        rid = item.data(ReportIdRole) if item is not None else None
        self._show(next((it for it in self.items if it.id == rid), None))

    def select(self, report_id: str) -> None:
        for row in range(self.queue.count()):
            if self.queue.item(row).data(ReportIdRole) == report_id:
                self.queue.setCurrentRow(row)
                return

    # --- showing ------------------------------------------------------------------

    def _show(self, item: ValidationItem | None) -> None:
        self.current = item
        self.accept_button.setEnabled(item is not None)
        self.reject_button.setEnabled(item is not None)
        while self.photo_grid.count():
            taken = self.photo_grid.takeAt(0)
            w = taken.widget() if taken is not None else None
            if w is not None:
                w.deleteLater()
        self.photo_labels = {}
        if item is None:
            self.title.setText(self.tr("Tidak ada tindak lanjut yang menunggu validasi."))
            for w in (self.facts, self.description, self.reporter):
                w.setText("")
            self.reporter_box.hide()
            self.reuse_warning.hide()
            return
        self.title.setText(f"{item.number} — {item.category}")
        place = (
            f"{item.lat:.5f}, {item.lon:.5f}"
            if item.lat is not None and item.lon is not None
            else self.tr("tanpa koordinat")
        )
        self.facts.setText(
            self.tr("Masuk %1 · %2 · %3 · %4")
            .replace("%1", when_text(item.created_at))
            .replace("%2", item.kelurahan)
            .replace("%3", item.address)
            .replace("%4", place)
        )
        self.description.setText(item.description)  # citizen text: plain text only
        self._show_reporter(item.reporter)
        reused = [p for p in item.photos if p.reused]
        self.reuse_warning.setVisible(bool(reused))
        self.reuse_warning.setText(
            self.tr(
                "⚠ %n foto pernah dipakai pada laporan lain: periksa keasliannya.", "", len(reused)
            )
        )
        columns = {PhotoKind.BEFORE.value: 0, PhotoKind.AFTER.value: 1}
        heads = (self.tr("SEBELUM"), self.tr("SESUDAH"))
        for col, text in enumerate(heads):
            head = QLabel(text)
            head.setStyleSheet("font-weight: 600;")
            self.photo_grid.addWidget(head, 0, col)
        rows = [1, 1]
        for photo in item.photos:
            col = columns.get(photo.kind, 1)
            picture = QLabel(self.tr("memuat foto…"))
            picture.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            picture.setStyleSheet("background: palette(alternate-base);")
            self.photo_grid.addWidget(picture, rows[col], col)
            caption = plain_label(self.photo_caption(photo))
            if photo.reused:
                caption.setStyleSheet(f"color: {style.OVERDUE_COLOUR}; font-weight: 600;")
            self.photo_grid.addWidget(caption, rows[col] + 1, col)
            rows[col] += 2
            self.photo_labels[photo.sha256] = picture
            self._load_photo(item.id, photo.sha256)
        for col, row in enumerate(rows):
            if row == 1:  # a column without any photo says so (never an empty space)
                none = QLabel(self.tr("Tidak ada foto"))
                none.setStyleSheet(f"color: {style.OVERDUE_COLOUR};")
                self.photo_grid.addWidget(none, 1, col)

    def _show_reporter(self, reporter: dict[str, Any]) -> None:
        # Identity only ever on a validator's screen (the server sends it only to them).
        if self.services.officer.role is not Role.VALIDATOR or reporter.get("hidden", True):
            self.reporter_box.setVisible(self.services.officer.role is Role.VALIDATOR)
            self.reporter.setText(self.tr("Pelapor dirahasiakan"))
            return
        self.reporter_box.show()
        if reporter.get("anonymous"):
            self.reporter.setText(self.tr("Pelapor anonim"))
            return
        lines = [
            self.tr("Nama: %1").replace("%1", str(reporter.get("name") or "—")),
            self.tr("NIK: %1").replace("%1", str(reporter.get("nik") or "—")),
            self.tr("Telepon: %1").replace("%1", str(reporter.get("phone") or "—")),
        ]
        self.reporter.setText("\n".join(lines))

    def photo_caption(self, photo: PhotoFacts) -> str:
        lines = []
        if photo.captured_at is None:
            lines.append(self.tr("Waktu pengambilan tidak diketahui"))
        else:
            lines.append(self.tr("Diambil %1").replace("%1", when_text(photo.captured_at)))
        if photo.hours_after_report is not None:
            h = photo.hours_after_report
            text = (
                self.tr("%1 jam setelah laporan masuk")
                if h >= 0
                else self.tr("%1 jam SEBELUM laporan masuk")
            )
            lines.append(text.replace("%1", f"{abs(h):.1f}"))
        if photo.distance_m is not None:
            lines.append(
                self.tr("%1 m dari lokasi laporan").replace("%1", f"{photo.distance_m:,.0f}")
            )
        elif photo.lat is None:
            lines.append(self.tr("Lokasi foto tidak diketahui"))
        if photo.reused:
            lines.append(self.tr("Foto ini pernah dipakai pada laporan lain"))
        return "\n".join(lines)

    def _load_photo(self, report_id: str, sha256: str) -> None:
        services = self.services
        run_in_worker(
            lambda _ctx: fetch_photo(services, sha256),
            on_success=lambda image: self._photo_ready(report_id, sha256, image),
            on_failure=lambda _exc: self._photo_failed(report_id, sha256),
            name="validation-photo",
        )

    def _photo_ready(self, report_id: str, sha256: str, image: QImage) -> None:
        label = self.photo_labels.get(sha256)
        if label is None or self.current is None or self.current.id != report_id:
            return
        label.setPixmap(QPixmap.fromImage(image))
        self.photo_shown.emit(sha256)

    def _photo_failed(self, report_id: str, sha256: str) -> None:
        label = self.photo_labels.get(sha256)
        if label is not None and self.current is not None and self.current.id == report_id:
            label.setText(self.tr("Foto belum tersedia (luring?)"))

    # --- decisions ----------------------------------------------------------------

    def make_dialog(self, kind: ActionType) -> DecisionDialog | None:
        if self.current is None:
            return None
        if kind is ActionType.VALIDATE:
            return DecisionDialog(
                style.action_text(kind),
                self.current.number,
                reason_required=False,
                reason_label=self.tr("Catatan (boleh kosong)"),
                parent=self,
            )
        return DecisionDialog(
            style.action_text(kind),
            self.current.number + "\n" + self.tr("Alasan ini dibaca petugas di linimasa laporan."),
            parent=self,
        )

    def start_validate(self) -> None:
        self._start(ActionType.VALIDATE)

    def start_reject(self) -> None:
        self._start(ActionType.REJECT_FOLLOWUP)

    def _start(self, kind: ActionType) -> None:
        dialog = self.make_dialog(kind)
        if dialog is None or self.current is None:
            return
        report_id = self.current.id
        dialog.accepted.connect(lambda: self.decide(report_id, kind, dialog.reason_text()))
        dialog.open()

    def decide(self, report_id: str, kind: ActionType, text: str) -> None:
        """Record the decision locally (sent at the next sync)."""
        payload = (
            {"reason": text}
            if kind is ActionType.REJECT_FOLLOWUP
            else ({"note": text} if text else {})
        )
        services = self.services

        def done(_changes: ChangeSet) -> None:
            self.decided.emit(report_id)  # the bus has told this page and the others

        run_local_op(
            self.host.change_bus,
            lambda: services.act(report_id, kind, payload),
            initiator=self,
            on_success=done,
            on_failure=self._failed,
            name=f"validation-{kind.value}",
            owner=self,
        )

    def _failed(self, exc: BaseException) -> None:
        text = domain_message(exc) if isinstance(exc, DomainError) else self.tr("Gagal menyimpan.")
        QMessageBox.warning(self, self.tr("Keputusan tidak tersimpan"), text)
