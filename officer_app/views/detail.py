"""The detail of the selected report: status, deadlines, description, privacy,
photos, timeline and the action buttons.

Citizen text (description, address, notes) is always set as plain text.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_shared.domain import ActionType, PhotoKind, Role, Status, allowed_actions
from crm_shared.domain.rating import RATING_EVENT, is_low
from officer_app.views import style
from officer_app.views.flow_layout import ElidedLabel, FlowLayout
from officer_app.views.roles import KeyRole, ThumbnailRole
from officer_app.views.services import PhotoView, ReportDetail, TimelineItem
from officer_app.views.texts import channel_text, date_time_text
from officer_app.workers import run_in_worker

PRIVACY_BANNER = (
    "Laporan bersifat privasi. Jangan berikan informasi dalam laporan ini kepada siapapun"
)
THUMB = 112

log = logging.getLogger(__name__)

# Set on a photo item once its real thumbnail replaced the placeholder icon.


def local_time(when: datetime) -> str:
    return date_time_text(when)


def photo_kind_text(kind: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        PhotoKind.BEFORE.value: QCoreApplication.translate("Photo", "sebelum"),
        PhotoKind.AFTER.value: QCoreApplication.translate("Photo", "sesudah"),
        PhotoKind.EVIDENCE.value: QCoreApplication.translate("Photo", "bukti"),
    }.get(kind, kind)


def plain_label(text: str = "", *, wrap: bool = True, selectable: bool = True) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    return label


def load_thumbnails(photos: Sequence[PhotoView], size: int = THUMB) -> dict[str, QImage]:
    """Scaled images of the photos in the profile (worker: QImage is thread-safe, QPixmap
    not). The files are encrypted at rest, so images are made from the decrypted bytes."""
    out: dict[str, QImage] = {}
    for photo in photos:
        data = _read(photo)
        if data is None:
            continue
        image = QImage.fromData(data)
        if not image.isNull():
            out[photo.sha256] = image.scaled(
                size,
                size,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
    return out


def _read(photo: PhotoView) -> bytes | None:
    if photo.load is None:
        return None
    try:
        return photo.load()
    except (OSError, ValueError):  # missing, damaged or locked: no thumbnail
        log.warning("photo %s could not be read", photo.sha256[:12])
        return None


class PhotoViewer(QDialog):
    """One photo at a readable size."""

    def __init__(self, data: bytes, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(caption)
        layout = QVBoxLayout(self)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = QPixmap()
        if pixmap.loadFromData(data):
            pixmap = pixmap.scaled(
                QSize(960, 720),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.image.setPixmap(pixmap)
        layout.addWidget(self.image)
        layout.addWidget(plain_label(caption))


class StatusBadge(QLabel):
    """Status as icon + coloured text (never colour alone)."""

    def set_status(self, status: Status) -> None:
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(style.status_text(status))
        colour = style.STATUS_TEXT_COLOURS[status]
        self.setStyleSheet(
            f"color: {colour}; font-weight: 600; border: 1px solid {colour};"
            " border-radius: 4px; padding: 2px 6px;"
        )


class ReportDetailPanel(QScrollArea):
    """Shows one ``ReportDetail``; action buttons mirror the window's QActions."""

    photo_opened = Signal(str)

    def __init__(self, actions: dict[ActionType, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The content follows the column's width (wrapping, eliding); it never
        # scrolls sideways, so nothing hides beyond the right edge.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(260)
        self._actions = actions
        self.report: ReportDetail | None = None
        self.clock = lambda: datetime.now(UTC)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)

        self.select_hint = self.tr("Pilih laporan di daftar untuk melihat rinciannya.")
        self.empty = QLabel(self.select_hint)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

        self.content = QWidget()
        c = QVBoxLayout(self.content)
        c.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.content)
        layout.addStretch(1)

        head = QHBoxLayout()
        self.number = ElidedLabel()
        self.number.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.status_icon = QLabel()
        self.status = StatusBadge()
        head.addWidget(self.number, 1)
        head.addWidget(self.status_icon)
        head.addWidget(self.status)
        c.addLayout(head)
        self.category = plain_label()
        self.category.setStyleSheet("font-weight: 600;")
        c.addWidget(self.category)
        self.pending_banner = QLabel()
        self.pending_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.pending_banner.setWordWrap(True)
        self.pending_banner.setStyleSheet(
            f"color: {style.CLOSE_COLOUR}; background: #fff6e0; padding: 4px;"
        )
        c.addWidget(self.pending_banner)

        # Action buttons, bound to the window's actions (same shortcut, same state);
        # they wrap onto a second line when the column is narrow.
        self.action_box = QWidget()
        self.action_box.setObjectName("detailActions")
        self.action_bar = FlowLayout(self.action_box)
        self.action_buttons: dict[ActionType, QToolButton] = {}
        for kind, action in actions.items():
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.action_buttons[kind] = button
            self.action_bar.addWidget(button)
        c.addWidget(self.action_box)

        self.deadlines = QLabel()
        self.deadlines.setTextFormat(Qt.TextFormat.PlainText)
        self.deadlines.setWordWrap(True)
        deadlines_box = QGroupBox(self.tr("Tenggat"))
        QVBoxLayout(deadlines_box).addWidget(self.deadlines)
        c.addWidget(deadlines_box)

        desc_box = QGroupBox(self.tr("Isi laporan"))
        dl = QVBoxLayout(desc_box)
        # As tall as its text (a box of fixed height, mostly empty, pushed the
        # timeline below the fold at 1366x768); selectable, never rich text.
        self.description = plain_label()
        self.description.setObjectName("detailDescription")
        dl.addWidget(self.description)
        self.address = plain_label()
        self.location = plain_label()
        self.meta = plain_label()
        dl.addWidget(self.address)
        dl.addWidget(self.location)
        dl.addWidget(self.meta)
        c.addWidget(desc_box)

        reporter_box = QGroupBox(self.tr("Pelapor"))
        rl = QVBoxLayout(reporter_box)
        self.reporter = plain_label()
        self.reporter.setStyleSheet("font-weight: 600;")
        rl.addWidget(self.reporter)
        self.privacy = plain_label()
        self.privacy.setStyleSheet(
            "background: #fdecea; color: #8a1c1c; padding: 6px; border-radius: 4px;"
        )
        rl.addWidget(self.privacy)
        c.addWidget(reporter_box)

        photos_box = QGroupBox(self.tr("Foto"))
        pl = QVBoxLayout(photos_box)
        self.photos = QListWidget()
        self.photos.setViewMode(QListWidget.ViewMode.IconMode)
        self.photos.setIconSize(QSize(THUMB, THUMB))
        self.photos.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.photos.setMovement(QListWidget.Movement.Static)
        self.photos.setMaximumHeight(THUMB + 48)
        self.photos.itemActivated.connect(self._open_photo)
        self.no_photos = QLabel(self.tr("Belum ada foto."))
        pl.addWidget(self.photos)
        pl.addWidget(self.no_photos)
        c.addWidget(photos_box)

        timeline_box = QGroupBox(self.tr("Riwayat"))
        tl = QVBoxLayout(timeline_box)
        self.timeline = QListWidget()
        self.timeline.setWordWrap(True)
        self.timeline.setMinimumHeight(160)
        tl.addWidget(self.timeline)
        c.addWidget(timeline_box)

        self.show_report(None)

    # --- filling -----------------------------------------------------------------

    def show_report(self, report: ReportDetail | None, role: Role | None = None) -> None:
        self.report = report
        self.empty.setVisible(report is None)
        self.content.setVisible(report is not None)
        if report is None:
            return
        now = self.clock()
        self.number.setText(report.number)
        self.status.set_status(report.status)
        self.status_icon.setPixmap(style.status_icon(report.status).pixmap(20, 20))
        self.category.setText(report.category)
        if report.pending:
            self.pending_banner.setText(
                self.tr("%n tindakan menunggu dikirim ke server", "", report.pending)
            )
        self.pending_banner.setVisible(report.pending > 0)

        lines = []
        for d in report.deadlines:
            lines.append(
                f"{style.deadline_kind_text(d.kind)}: {style.describe_left(d.due - now)}"
                f"  ({local_time(d.due)} WIB)"
            )
        self.deadlines.setText("\n".join(lines) or self.tr("Tidak ada tenggat yang berjalan."))
        first = report.deadlines[0] if report.deadlines else None
        colour = style.deadline_colour(first.due, first.start, now) if first else None
        flag = style.deadline_flag(first.due, first.start, now) if first else None
        if flag is not None:  # words and a shape beside the colour
            self.deadlines.setText(f"⚠ {flag[1]} — " + self.deadlines.text())
        self.deadlines.setStyleSheet(f"color: {colour}; font-weight: 600;" if colour else "")

        self.description.setText(report.description)
        self.address.setText(self.tr("Alamat: %1").replace("%1", report.address or "—"))
        if report.lat is not None and report.lon is not None:
            where = f"{report.lat:.5f}, {report.lon:.5f}"
        else:
            where = self.tr("tanpa koordinat")
        self.location.setText(
            self.tr("Kelurahan: %1 · Lokasi: %2")
            .replace("%1", report.kelurahan or "—")
            .replace("%2", where)
        )
        self.meta.setText(
            self.tr("Masuk %1 melalui %2")
            .replace("%1", local_time(report.created_at))
            .replace("%2", channel_text(report.channel))
        )
        if report.reporter_hidden:
            self.reporter.setText(self.tr("Pelapor dirahasiakan"))
        else:
            self.reporter.setText(self.tr("Identitas pelapor hanya dapat dilihat validator."))
        self.privacy.setText(
            self.tr(
                "Laporan bersifat privasi. Jangan berikan informasi dalam laporan ini "
                "kepada siapapun"
            )
            if report.is_private
            else ""
        )
        self.privacy.setVisible(report.is_private)

        self._fill_photos(report.photos)
        self._fill_timeline(report.timeline)
        self.update_actions(role)

    def update_actions(self, role: Role | None) -> None:
        allowed = (
            set(allowed_actions(role, self.report.status))
            if role is not None and self.report is not None
            else set()
        )
        for kind, button in self.action_buttons.items():
            button.setVisible(kind in allowed)

    def _fill_photos(self, photos: Sequence[PhotoView]) -> None:
        self.photos.clear()
        self.no_photos.setVisible(not photos)
        self.photos.setVisible(bool(photos))
        for photo in photos:
            label = photo_kind_text(photo.kind)
            if photo.pending:
                label += " · " + self.tr("belum terkirim")
            if photo.reused:
                label += " · " + self.tr("pernah dipakai")
            item = QListWidgetItem(style.icon("image-outline"), label)
            item.setData(KeyRole, photo.sha256)
            item.setToolTip(label)
            self.photos.addItem(item)
        if not photos:
            return
        report_id = self.report.id if self.report else None
        run_in_worker(
            lambda _ctx: load_thumbnails(photos),
            on_success=lambda images: self._thumbnails_ready(report_id, images),
            name="thumbnails",
        )

    def _thumbnails_ready(self, report_id: str | None, images: dict[str, QImage]) -> None:
        if self.report is None or self.report.id != report_id:
            return
        for i in range(self.photos.count()):
            item = self.photos.item(i)
            image = images.get(item.data(KeyRole))
            if image is not None:
                item.setIcon(QPixmap.fromImage(image))
                item.setData(ThumbnailRole, True)

    def _open_photo(self, item: QListWidgetItem) -> None:
        if self.report is None:
            return
        sha = item.data(KeyRole)
        for photo in self.report.photos:
            data = _read(photo) if photo.sha256 == sha else None
            if data is not None:
                self.photo_opened.emit(sha)
                PhotoViewer(data, item.text(), self).exec()
                return

    def _rating_item(self, ev: TimelineItem) -> QListWidgetItem:
        """A citizen's rating: the score and the citizen's own sentence (plain text); a
        low one (2 or less) is marked so the unit sees it at once."""
        score = self.tr("%1 dari 5").replace("%1", str(ev.rating or "?"))
        lines = [f"{local_time(ev.at)} · {style.event_text(ev.type)}: {score}"]
        if ev.note:
            lines.append(f"“{ev.note}”")
        low = is_low(ev.rating)
        if low:
            lines.insert(0, self.tr("⚠ Nilai rendah dari warga"))
        item = QListWidgetItem("\n".join(lines))
        item.setIcon(style.icon("star-outline", Status.MENUNGGU.colour if low else None))
        if low:
            item.setForeground(style.status_colour(Status.MENUNGGU).darker(130))
        return item

    def _fill_timeline(self, items: Sequence[TimelineItem]) -> None:
        self.timeline.clear()
        for ev in sorted(items, key=lambda e: e.at, reverse=True):
            if ev.type == RATING_EVENT:  # no actor: a citizen, never named
                self.timeline.addItem(self._rating_item(ev))
                continue
            head = f"{local_time(ev.at)} · {ev.actor or '—'} · {style.event_text(ev.type)}"
            if ev.to_status is not None and ev.from_status != ev.to_status:
                before = style.status_text(ev.from_status) if ev.from_status else "—"
                head += f" ({before} → {style.status_text(ev.to_status)})"
            lines = [head]
            if ev.target:
                lines.append(self.tr("Ke: %1").replace("%1", ev.target))
            if ev.reason:
                lines.append(self.tr("Alasan: %1").replace("%1", ev.reason))
            if ev.note:
                lines.append(ev.note)
            if ev.pending:
                lines.append(self.tr("⏳ menunggu dikirim (belum dikonfirmasi server)"))
            # QListWidgetItem text is plain text: citizen notes are never rich text.
            item = QListWidgetItem("\n".join(lines))
            if ev.pending:
                item.setIcon(style.icon("send-clock-outline", style.CLOSE_COLOUR))
                item.setForeground(style.status_colour(Status.PROSES).darker(150))
            elif ev.to_status is not None:
                item.setIcon(style.status_icon(ev.to_status))
            self.timeline.addItem(item)
