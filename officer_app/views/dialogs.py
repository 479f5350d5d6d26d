"""Dialogs for actions on a report: follow-up with photos, note, forward, reason.

Each dialog checks what the rules need before anything is written and says what
is missing; then it hands the payload to ``submit(payload)``, which records the
local action in a worker (write lane). A DomainError from the store (the rules
checked again) is shown in the dialog, which stays open; nothing is written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QImage,
    QImageReader,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_shared.domain import ActionType, DomainError, PhotoKind, check_payload
from crm_shared.domain.validation import LIMITS
from officer_app.store.photos import PhotoError
from officer_app.views import keyboard, style
from officer_app.views.detail import plain_label
from officer_app.views.roles import KeyRole
from officer_app.views.services import Choice, PhotoRef
from officer_app.views.texts import QT_DATE_FORMAT, date_time_text, domain_message, error_text
from officer_app.workers import Task, run_in_worker

log = logging.getLogger(__name__)

Submit = Callable[[dict[str, Any], Callable[[], None], Callable[[BaseException], None]], None]
ImportPhoto = Callable[[Path], PhotoRef]

PHOTO_SOURCES = "_photo_sources"  # payload key (not sent): sha256 -> chosen file
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif", ".bmp", ".tif", ".tiff")


def suggested_unit(categories: Sequence[Choice], category_id: str | None) -> str | None:
    """The unit that usually handles ``category_id`` (the category's agency), if known."""
    return next((c.hint for c in categories if c.id == category_id and c.hint), None)


def suggested_text(name: str) -> str:
    """A choice marked as the suggestion: "Dinas Lingkungan Hidup (disarankan)"."""
    return QCoreApplication.translate("Suggestion", "%1 (disarankan)").replace("%1", name)


def suggested_unit_note() -> str:
    return QCoreApplication.translate(
        "Suggestion", "Unit yang biasa menangani kategori ini sudah dipilih."
    )


class LengthHint(QLabel):
    """States a text field's minimum length beside it, live: "minimal 5 karakter,
    kurang 3" (OK used to stay grey until then without saying why)."""

    def __init__(self, edit: QPlainTextEdit, field: str = "reason") -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._edit = edit
        self.minimum = LIMITS[field].minimum
        edit.textChanged.connect(self.update_text)
        self.update_text()

    def missing(self) -> int:
        return max(self.minimum - len(self._edit.toPlainText().strip()), 0)

    def update_text(self) -> None:
        short = self.missing()
        if short:
            self.setText(
                self.tr("minimal %1 karakter, kurang %2")
                .replace("%1", str(self.minimum))
                .replace("%2", str(short))
            )
            self.setStyleSheet(f"color: {style.MUTED_TEXT_COLOUR};")
        else:
            self.setText(self.tr("minimal %1 karakter ✓").replace("%1", str(self.minimum)))
            self.setStyleSheet(f"color: {style.OK_COLOUR};")


class ActionDialog(QDialog):
    """Common frame: a message line, OK/Cancel, busy state while submitting."""

    def __init__(self, title: str, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._submit = submit
        self.body = QVBoxLayout()
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {style.OVERDUE_COLOUR};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Simpan"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.try_submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.submitted = False
        self._listing_missing = False  # the message shows the "Belum bisa disimpan" list
        self._focus_set = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """On first show: focus the first field; Tab goes fields → Simpan → Batal."""
        super().showEvent(event)
        if not self._focus_set:
            self._focus_set = True
            first = keyboard.fields_then_buttons(self, self.buttons)
            if first is not None:
                first.setFocus(Qt.FocusReason.TabFocusReason)

    def recheck_on(self, *signals: Any) -> None:
        """Keep a shown list of what is missing up to date as the person fills it in
        (it used to stay until the next Simpan, listing what had been given)."""
        for signal in signals:
            signal.connect(self._recheck)

    def _recheck(self, *_args: object) -> None:
        if self._listing_missing:
            self._show_missing(self.missing())

    def _show_missing(self, missing: list[str]) -> None:
        self._listing_missing = bool(missing)
        self.message.setText(
            self.tr("Belum bisa disimpan:") + "\n• " + "\n• ".join(missing) if missing else ""
        )

    def payload(self) -> dict[str, Any]:
        raise NotImplementedError

    def missing(self) -> list[str]:
        """What a person still has to provide, in words (empty: ready)."""
        return []

    def action(self) -> ActionType:
        raise NotImplementedError

    def try_submit(self) -> None:
        missing = self.missing()
        self._show_missing(missing)
        if missing:
            return
        payload = self.payload()
        try:
            check_payload(self.action(), payload)
        except DomainError as exc:
            self.message.setText(domain_message(exc))
            return
        self.ok_button.setEnabled(False)
        self.message.setText(self.tr("Menyimpan…"))
        self._submit(payload, self._done, self._failed)

    def _done(self) -> None:
        self.submitted = True
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, DomainError):
            self.message.setText(domain_message(exc))
        else:
            log.error("action failed: %s", type(exc).__name__, exc_info=exc)
            self.message.setText(self.tr("Tindakan tidak tersimpan karena kesalahan tak terduga."))


class PhotoDropZone(QFrame):
    """Photos of one kind (before / after), by drag-and-drop or a file picker.

    Each file is processed (orientation, size, metadata) in a worker; the zone
    lists the photos that are ready and those still being processed.
    """

    changed = Signal()

    def __init__(self, title: str, import_photo: ImportPhoto, parent: QWidget | None = None):
        super().__init__(parent)
        self._import = import_photo
        self.photos: list[PhotoRef] = []
        self.busy = 0
        self.errors: list[str] = []
        self._tasks: list[Task[Any]] = []
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(260)
        layout = QVBoxLayout(self)
        head = QLabel(title)
        head.setStyleSheet("font-weight: 600;")
        layout.addWidget(head)
        hint = QLabel(self.tr("Seret foto ke sini, atau"))
        layout.addWidget(hint)
        self.pick_button = QPushButton(style.icon("folder-image"), self.tr("Pilih berkas…"))
        self.pick_button.clicked.connect(self.pick)
        layout.addWidget(self.pick_button)
        self.list = QListWidget()
        self.list.setAccessibleName(title)  # "Foto sebelum" / "Foto sesudah"
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(96, 96))
        self.list.setMinimumHeight(130)
        layout.addWidget(self.list)
        self.remove_button = QPushButton(style.icon("delete-outline"), self.tr("Hapus foto"))
        self.remove_button.clicked.connect(self.remove_selected)
        layout.addWidget(self.remove_button)
        self.state = plain_label()
        layout.addWidget(self.state)

    def pick(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Pilih foto"),
            "",
            self.tr("Foto (%1)").replace("%1", " ".join(f"*{s}" for s in IMAGE_SUFFIXES)),
        )
        self.add_files([Path(p) for p in paths])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.add_files(paths)
        event.acceptProposedAction()

    def add_files(self, paths: Sequence[Path]) -> None:
        for path in paths:
            self.busy += 1
            self._tasks.append(
                run_in_worker(
                    partial(self._process_in_worker, path),
                    on_success=self._ready,
                    on_failure=partial(self._refused, path),
                    name="photo-import",
                )
            )
        self._show_state()

    def _process_in_worker(self, path: Path, _ctx: object) -> tuple[PhotoRef, QImage]:
        ref = self._import(path)
        reader = QImageReader(str(ref.source))
        reader.setAutoTransform(True)  # EXIF orientation, as the upload will be
        image = reader.read()
        if not image.isNull():
            image = image.scaled(
                96, 96, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation
            )
        return ref, image

    def _ready(self, result: tuple[PhotoRef, QImage]) -> None:
        ref, image = result
        self.busy -= 1
        if all(p.sha256 != ref.sha256 for p in self.photos):
            self.photos.append(ref)
            label = date_time_text(ref.captured_at) if ref.captured_at else ""
            if ref.reused:
                label = (label + " · " if label else "") + self.tr("pernah dipakai!")
            icon = QIcon(QPixmap.fromImage(image)) if not image.isNull() else style.icon("image")
            item = QListWidgetItem(icon, label)
            item.setData(KeyRole, ref.sha256)
            self.list.addItem(item)
        self._show_state()
        self.changed.emit()

    def _refused(self, path: Path, exc: BaseException) -> None:
        self.busy -= 1
        if isinstance(exc, PhotoError):
            reason = error_text(exc.code, exc.message)
        elif isinstance(exc, ValueError):
            reason = error_text(None, str(exc))
        else:
            reason = self.tr("tidak bisa dibaca")
        self.errors.append(f"{path.name}: {reason}")
        self._show_state()
        self.changed.emit()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            sha = item.data(KeyRole)
            self.photos = [p for p in self.photos if p.sha256 != sha]
            self.list.takeItem(self.list.row(item))
        self._show_state()
        self.changed.emit()

    def _show_state(self) -> None:
        lines = []
        if self.busy:
            lines.append(self.tr("Memproses %n foto…", "", self.busy))
        lines.extend(self.errors[-3:])
        self.state.setText("\n".join(lines))


class FollowupDialog(ActionDialog):
    """Catat tindak lanjut: before and after photos, a note, an optional estimate."""

    def __init__(
        self, report_number: str, import_photo: ImportPhoto, submit: Submit, parent: QWidget | None
    ) -> None:
        title = QCoreApplication.translate("FollowupDialog", "Catat tindak lanjut — %1")
        super().__init__(title.replace("%1", report_number), submit, parent)
        zones = QHBoxLayout()
        self.before = PhotoDropZone(self.tr("Foto sebelum"), import_photo)
        self.after = PhotoDropZone(self.tr("Foto sesudah"), import_photo)
        zones.addWidget(self.before)
        zones.addWidget(self.after)
        self.body.addLayout(zones)
        form = QFormLayout()
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Apa yang sudah dikerjakan di lapangan?"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(110)
        form.addRow(self.tr("&Catatan"), self.note)
        self.has_estimate = QCheckBox(self.tr("Pekerjaan butuh waktu lebih lama"))
        self.estimate = QDateEdit(QDate.currentDate().addDays(7))
        self.estimate.setCalendarPopup(True)
        self.estimate.setDisplayFormat(QT_DATE_FORMAT)  # 07-10-2026, as every date shown
        self.estimate.setAccessibleName(self.tr("Perkiraan tanggal selesai"))
        self.estimate.setMinimumDate(QDate.currentDate())
        self.estimate.setEnabled(False)
        self.has_estimate.toggled.connect(self.estimate.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.has_estimate)
        row.addWidget(self.estimate)
        form.addRow(self.tr("Perkiraan selesai"), row)
        self.body.addLayout(form)
        self.recheck_on(self.before.changed, self.after.changed, self.note.textChanged)
        self.resize(640, 520)

    def action(self) -> ActionType:
        return ActionType.FOLLOWUP

    def missing(self) -> list[str]:
        out = []
        if self.before.busy or self.after.busy:
            out.append(self.tr("tunggu, foto masih diproses"))
        if not self.before.photos:
            out.append(self.tr("foto sebelum penanganan"))
        if not self.after.photos:
            out.append(self.tr("foto sesudah penanganan"))
        if not self.note.toPlainText().strip():
            out.append(self.tr("catatan tindak lanjut"))
        return out

    def payload(self) -> dict[str, Any]:
        photos = [{"sha256": p.sha256, "kind": PhotoKind.BEFORE.value} for p in self.before.photos]
        photos += [{"sha256": p.sha256, "kind": PhotoKind.AFTER.value} for p in self.after.photos]
        out: dict[str, Any] = {"note": self.note.toPlainText().strip(), "photos": photos}
        # Where each photo came from: the store records the chosen files with the action.
        out[PHOTO_SOURCES] = {p.sha256: p.source for p in [*self.before.photos, *self.after.photos]}
        if self.has_estimate.isChecked():
            qd = self.estimate.date()
            out["estimated_completion"] = date(qd.year(), qd.month(), qd.day()).isoformat()
        return out


class NoteDialog(ActionDialog):
    """Tambah catatan."""

    def __init__(self, report_number: str, submit: Submit, parent: QWidget | None) -> None:
        super().__init__(
            self.tr("Tambah catatan — %1").replace("%1", report_number), submit, parent
        )
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        note_label = QLabel(self.tr("Catatan"))
        note_label.setBuddy(self.note)
        self.note.setAccessibleName(note_label.text())
        self.body.addWidget(note_label)
        self.body.addWidget(self.note)
        self.recheck_on(self.note.textChanged)
        self.resize(480, 300)

    def action(self) -> ActionType:
        return ActionType.NOTE

    def missing(self) -> list[str]:
        return [] if self.note.toPlainText().strip() else [self.tr("isi catatan")]

    def payload(self) -> dict[str, Any]:
        return {"note": self.note.toPlainText().strip()}


class ReasonDialog(ActionDialog):
    """An action that needs only a reason (reject, reject a follow-up, validate)."""

    def __init__(
        self,
        action: ActionType,
        report_number: str,
        submit: Submit,
        parent: QWidget | None,
        *,
        reason_required: bool = True,
    ) -> None:
        super().__init__(f"{style.action_text(action)} — {report_number}", submit, parent)
        self._action = action
        self._required = reason_required
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        label = self.tr("Alasan") if reason_required else self.tr("Catatan (boleh kosong)")
        reason_label = QLabel(label)
        reason_label.setBuddy(self.reason)
        self.reason.setAccessibleName(label)
        self.body.addWidget(reason_label)
        self.body.addWidget(self.reason)
        self.reason_hint = LengthHint(self.reason)
        self.reason_hint.setVisible(reason_required)
        self.body.addWidget(self.reason_hint)
        self.recheck_on(self.reason.textChanged)
        self.resize(480, 280)

    def action(self) -> ActionType:
        return self._action

    def missing(self) -> list[str]:
        if self._required and self.reason_hint.missing():
            return [self.tr("alasan")]
        return []

    def payload(self) -> dict[str, Any]:
        text = self.reason.toPlainText().strip()
        if not self._required:
            return {"note": text} if text else {}
        return {"reason": text}


class ForwardDialog(ActionDialog):
    """Teruskan ke unit lain: a unit (the category's usual agency first) and a reason."""

    def __init__(
        self,
        report_number: str,
        units: Sequence[Choice],
        suggested_unit_id: str | None,
        submit: Submit,
        parent: QWidget | None,
        *,
        action: ActionType = ActionType.FORWARD,
    ) -> None:
        super().__init__(f"{style.action_text(action)} — {report_number}", submit, parent)
        self._action = action
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit.addItem(self.tr("— pilih unit —"), None)
        suggested_index = -1
        for choice in units:
            text = choice.name
            if choice.id == suggested_unit_id:
                text = suggested_text(choice.name)
                suggested_index = self.unit.count()
            self.unit.addItem(text, choice.id)
        if suggested_index > 0:
            self.unit.setCurrentIndex(suggested_index)
        else:
            self.unit.setCurrentIndex(0)
        self.suggestion = plain_label(suggested_unit_note() if suggested_index > 0 else "")
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason_hint = LengthHint(self.reason)
        form = QFormLayout()
        form.addRow(self.tr("&Unit tujuan"), self.unit)
        form.addRow("", self.suggestion)
        form.addRow(self.tr("&Alasan"), self.reason)
        form.addRow("", self.reason_hint)
        self.body.addLayout(form)
        self.recheck_on(self.unit.currentTextChanged, self.reason.textChanged)
        self.resize(520, 320)

    def action(self) -> ActionType:
        return self._action

    def selected_unit(self) -> str | None:
        index = self.unit.findText(self.unit.currentText())
        if index < 0:
            return None
        value = self.unit.itemData(index)
        return str(value) if value else None

    def missing(self) -> list[str]:
        out = []
        if self.selected_unit() is None:
            out.append(self.tr("unit tujuan"))
        if self.reason_hint.missing():
            out.append(self.tr("alasan meneruskan"))
        return out

    def payload(self) -> dict[str, Any]:
        return {
            "target_unit_id": self.selected_unit() or "",
            "reason": self.reason.toPlainText().strip(),
        }
