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

import math
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
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
from sqlalchemy import func, select

from crm_shared.domain import ActionType, DomainError, PhotoKind, Role, Status
from officer_app.store.schema import Attachment, Category, Report, Unit
from officer_app.sync.backend import BackendError
from officer_app.views import style
from officer_app.views.detail import plain_label
from officer_app.views.dialogs import domain_message
from officer_app.views.supervisor.common import DecisionDialog, when_text
from officer_app.workers import run_in_worker

ReportIdRole = Qt.ItemDataRole.UserRole + 1
PHOTO_SIZE = 320


@dataclass(frozen=True)
class PhotoFacts:
    sha256: str
    kind: str
    captured_at: datetime | None
    lat: float | None
    lon: float | None
    reused: bool  # the server's flag, or the local original hash seen on another report
    distance_m: float | None  # from the report's place
    hours_after_report: float | None  # capture time minus report time (negative: before it)
    path: Path | None = None


@dataclass
class ValidationItem:
    id: str
    number: str
    category: str
    kelurahan: str
    created_at: datetime
    lat: float | None
    lon: float | None
    address: str
    description: str
    reporter: dict[str, Any] = field(default_factory=dict)
    photos: list[PhotoFacts] = field(default_factory=list)


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (haversine)."""
    r = 6_371_000.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def load_validation(store: Any, photos: Any) -> list[ValidationItem]:
    """Reports waiting for validation with their latest follow-up's photos (worker)."""
    with store.read() as s:
        reports = list(
            s.scalars(
                select(Report)
                .where(
                    Report.in_scope.is_(True),
                    Report.status == Status.MENUNGGU_VALIDASI.value,
                )
                .order_by(Report.followup_at, Report.created_at)
            )
        )
        ids = [r.id for r in reports]
        categories = dict(s.execute(select(Category.id, Category.name)).tuples().all())
        kelurahan = {
            c: n
            for c, n in s.execute(
                select(Unit.code, Unit.name).where(Unit.kind == "kelurahan")
            ).tuples()
            if c
        }
        attachments = list(
            s.scalars(
                select(Attachment)
                .where(Attachment.report_id.in_(ids))
                .order_by(Attachment.report_id, Attachment.id)
            )
        )
        # Originals seen locally on other reports (a re-encoded copy has another hash).
        originals = {
            str(a.meta.get("original_sha256"))
            for a in attachments
            if a.meta and a.meta.get("original_sha256")
        }
        seen: dict[str, set[str]] = {}
        if originals:
            for sha, rid in s.execute(
                select(Attachment.sha256, Attachment.report_id).where(
                    Attachment.sha256.in_(originals)
                )
            ).tuples():
                seen.setdefault(sha, set()).add(rid)
            for att in s.scalars(
                select(Attachment).where(
                    func.json_extract(Attachment.meta, "$.original_sha256").in_(originals)
                )
            ):
                seen.setdefault(str(att.meta.get("original_sha256")), set()).add(att.report_id)
    by_report: dict[str, list[Attachment]] = {}
    for a in attachments:
        by_report.setdefault(a.report_id, []).append(a)
    items = []
    for r in reports:
        atts = by_report.get(r.id, [])
        followups = [a for a in atts if a.kind in (PhotoKind.BEFORE, PhotoKind.AFTER)]
        latest = followups[-1].event_id if followups else None
        shown = [a for a in followups if a.event_id == latest] or followups
        facts = []
        for a in shown:
            original = (a.meta or {}).get("original_sha256")
            local_reuse = bool(original) and bool(seen.get(str(original), set()) - {r.id})
            dist = (
                distance_m(r.lat, r.lon, a.lat, a.lon)
                if r.lat is not None
                and r.lon is not None
                and a.lat is not None
                and a.lon is not None
                else None
            )
            hours = (
                (a.captured_at - r.created_at).total_seconds() / 3600
                if a.captured_at is not None
                else None
            )
            path = photos.path(a.sha256) if photos.has(a.sha256) else None
            facts.append(
                PhotoFacts(
                    a.sha256,
                    a.kind,
                    a.captured_at,
                    a.lat,
                    a.lon,
                    bool(a.reused) or local_reuse,
                    dist,
                    hours,
                    path,
                )
            )
        items.append(
            ValidationItem(
                id=r.id,
                number=r.number,
                category=categories.get(r.category_id, r.category_id),
                kelurahan=kelurahan.get(r.kelurahan_code or "", r.kelurahan_code or ""),
                created_at=r.created_at,
                lat=r.lat,
                lon=r.lon,
                address=r.address,
                description=r.description,
                reporter=dict(r.reporter or {}),
                photos=facts,
            )
        )
    return items


def fetch_photo(services: Any, sha256: str) -> QImage:
    """The photo: from the profile's (encrypted) photo store, or the server (worker).

    A photo fetched from the server is hash-checked by ``media_get`` and kept only
    in memory: never written to a plain cache on disk.
    """
    if services.photos.has(sha256):
        data = services.photos.read(sha256)  # decrypted in memory
    else:
        backend = services._ensure_backend()
        if backend is None:
            raise OSError("offline")
        try:
            data = backend.media_get(sha256)
        except BackendError as exc:
            raise OSError(f"media {exc.code}") from exc
    image = QImage.fromData(data)
    return image.scaled(
        PHOTO_SIZE,
        PHOTO_SIZE,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


class ValidationPage(QWidget):
    """The validator's queue: before/after side by side, facts, accept or reject."""

    loaded = Signal()
    decided = Signal(str)  # report id
    photo_shown = Signal(str)  # sha256

    def __init__(self, window: Any) -> None:
        super().__init__()
        self.window_ = window
        self.services = window.services
        self.items: list[ValidationItem] = []
        self.current: ValidationItem | None = None
        self.photo_labels: dict[str, QLabel] = {}
        self._generation = 0

        self.queue = QListWidget()
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
        bl.addLayout(buttons)
        bl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(scroll)
        split.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._show(None)
        self.refresh()
        window.sync.finished.connect(lambda _o: self.refresh())

    # --- loading ------------------------------------------------------------------

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        store, photos = self.services.store, self.services.photos
        run_in_worker(
            lambda _ctx: load_validation(store, photos),
            on_success=lambda items: self._loaded(generation, items),
            name="validation-queue",
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

        def done(_r: object) -> None:
            self.decided.emit(report_id)
            self.window_._after_local_change()
            self.refresh()

        run_in_worker(
            lambda _ctx: services.act(report_id, kind, payload),
            on_success=done,
            on_failure=self._failed,
            lane="write",
            name=f"validation-{kind.value}",
        )

    def _failed(self, exc: BaseException) -> None:
        text = domain_message(exc) if isinstance(exc, DomainError) else self.tr("Gagal menyimpan.")
        QMessageBox.warning(self, self.tr("Keputusan tidak tersimpan"), text)
