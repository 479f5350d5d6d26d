"""Shown at start when the profile database fails its integrity check.

Says so in plain words, lists the last good copies (newest first, with how many
actions in each were not yet sent) and restores the chosen one with
``store.integrity.restore``: the damaged file is kept aside in the profile folder,
never deleted or overwritten. The other way out is to quit. Copies are listed and
restored in workers.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from officer_app.store import integrity
from officer_app.views.roles import KeyRole
from officer_app.views.style import icon
from officer_app.views.texts import date_time_text
from officer_app.workers import run_in_worker

log = logging.getLogger(__name__)


def profile_damage(profile: Any) -> list[str] | None:
    """None when the (unlocked) profile's database is sound or new; else what SQLite said.

    Runs ``Profile.integrity_check`` (call it in a worker: it reads the whole file).
    """
    db_file = profile.db_file
    if not db_file.exists() or db_file.stat().st_size == 0:
        return None
    try:
        messages = list(profile.integrity_check())
    except Exception as exc:  # noqa: BLE001 - a file SQLite cannot read is damaged too
        return [f"{type(exc).__name__}: {exc}"]
    return None if messages == ["ok"] else messages


def _database_key(profile: Any) -> Any:
    # The copies are encrypted under the same data key as the profile (VACUUM INTO).
    return profile.database_key()


class IntegrityDialog(QDialog):
    """The profile is damaged: restore a good copy, or quit."""

    copies_loaded = Signal()
    restored_signal = Signal()

    def __init__(self, profile: Any, messages: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.messages = messages
        self.copies: list[integrity.GoodCopy] | None = None
        self.restored: integrity.RestoreResult | None = None
        self.setWindowTitle(self.tr("Profil rusak"))
        self.setWindowIcon(icon("alert-outline"))
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr(
                "Data lokal Anda di komputer ini rusak: pemeriksaan saat mulai menemukan "
                "kesalahan pada berkas basis data. Belum ada yang diubah.\n\n"
                "Pilih salinan baik terakhir untuk dipulihkan. Pekerjaan yang dibuat setelah "
                "salinan itu tidak ada di dalamnya; tindakan yang belum terkirim di salinan "
                "akan dikirim pada sinkron berikutnya."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.kept_note = QLabel(
            self.tr(
                "Berkas yang rusak tidak dihapus: disimpan di folder profil %1 dengan nama "
                "yang diawali %2 (untuk petugas TI)."
            )
            .replace("%1", str(profile.root))
            .replace("%2", f"{profile.db_file.name}{integrity.DAMAGED_INFIX}")
        )
        self.kept_note.setWordWrap(True)
        self.kept_note.setTextFormat(Qt.TextFormat.PlainText)
        self.copy_list = QListWidget()
        self.copy_list.setAccessibleName(self.tr("Salinan baik"))
        self.status = QLabel(self.tr("Mencari salinan baik…"))
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.buttons = QDialogButtonBox()
        self.restore_button = QPushButton(icon("backup-restore"), self.tr("&Pulihkan salinan ini"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.quit_button = QPushButton(self.tr("&Keluar dari aplikasi"))
        self.quit_button.clicked.connect(self.reject)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.copy_list, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.kept_note)
        layout.addWidget(self.buttons)

        db_file, key = profile.db_file, _database_key(profile)
        run_in_worker(
            lambda _ctx: integrity.last_good_copies(db_file, key=key),
            on_success=self._show_copies,
            on_failure=self._copies_failed,
            name="good-copies",
        )

    def _describe(self, copy: integrity.GoodCopy) -> str:
        when = date_time_text(copy.taken_at, zone=True)
        kind = (
            self.tr("salinan harian")
            if copy.kind == "daily"
            else self.tr("salinan sebelum pembaruan aplikasi")
        )
        counts = (
            self.tr("%1 laporan, %2 tindakan belum terkirim")
            .replace("%1", str(copy.reports))
            .replace("%2", str(copy.unsent_actions))
        )
        return f"{when} — {kind} — {counts}"

    def _show_copies(self, copies: list[integrity.GoodCopy]) -> None:
        self.copies = copies
        self.copy_list.clear()
        for copy in copies:  # newest first
            item = QListWidgetItem(self._describe(copy))
            item.setData(KeyRole, copy)
            self.copy_list.addItem(item)
        if copies:
            self.copy_list.setCurrentRow(0)
            self.restore_button.setEnabled(True)
            self.status.setText(self.tr("Salinan terbaru dipilih."))
        else:
            self.status.setText(
                self.tr(
                    "Tidak ada salinan baik di komputer ini. Keluar dan hubungi petugas TI; "
                    "berkas profil tidak diubah."
                )
            )
        self.copies_loaded.emit()

    def _copies_failed(self, exc: BaseException) -> None:
        log.warning("good copies could not be listed: %s", type(exc).__name__)
        self._show_copies([])

    def restore_selected(self) -> None:
        item = self.copy_list.currentItem()
        if item is None:
            return
        copy = item.data(KeyRole)
        self.restore_button.setEnabled(False)
        self.quit_button.setEnabled(False)
        self.status.setText(self.tr("Memulihkan…"))
        db_file = self.profile.db_file
        run_in_worker(
            lambda _ctx: integrity.restore(db_file, copy),
            on_success=self._restored,
            on_failure=self._restore_failed,
            name="restore-profile",
            lane="write",
        )

    def _restored(self, result: integrity.RestoreResult) -> None:
        self.restored = result
        log.warning("profile restored from a good copy (%s)", result.restored_from.name)
        self.restored_signal.emit()
        self.accept()

    def _restore_failed(self, exc: BaseException) -> None:
        log.error("restore failed: %s", type(exc).__name__)
        self.status.setText(
            self.tr("Pemulihan gagal; berkas profil tidak diubah. Hubungi petugas TI.")
        )
        self.quit_button.setEnabled(True)
        self.restore_button.setEnabled(True)
