"""The password changed on the server: ask once for the old one to open the profile.

The profile's data key is wrapped by the password it was created with. When IT
resets the password on the server, the new one signs in online but does not open
the profile; ``PasswordChangedDialog`` asks for the previous password so that the
sign-in can re-wrap the key (``Profile.change_password``).

``OldPasswordPrompt`` is what the sign-in (running in a worker) calls: it shows
the dialog on the GUI thread and waits for the answer, the old password or None
(cancelled).
"""

from __future__ import annotations

import queue

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from officer_app.views.style import icon


class PasswordChangedDialog(QDialog):
    """The old password, once; ``retry=True`` says the previous try was wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kata sandi sudah berubah"))
        self.setWindowIcon(icon("shield-account-outline"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.explanation = QLabel(
            self.tr(
                "Kata sandi Anda di server sudah berubah. Masukkan kata sandi lama sekali "
                "saja agar data di komputer ini bisa dibuka."
            )
        )
        self.explanation.setWordWrap(True)
        self.old_password_edit = QLineEdit()
        self.old_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Kata sandi &lama"), self.old_password_edit)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")

        self.buttons = QDialogButtonBox()
        self.open_button = QPushButton(icon("lock-open-variant-outline"), self.tr("&Buka data"))
        self.open_button.setDefault(True)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Batal"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def prepare(self, retry: bool) -> None:
        self.old_password_edit.clear()
        self.message.setText(
            self.tr("Kata sandi lama salah. Coba lagi, atau pilih Batal.") if retry else ""
        )
        self.old_password_edit.setFocus()

    def take_old_password(self) -> str:
        """The typed old password; the field is emptied."""
        password = self.old_password_edit.text()
        self.old_password_edit.clear()
        return password

    def _submit(self) -> None:
        if not self.old_password_edit.text():
            self.message.setText(self.tr("Ketik kata sandi lama."))
            return
        self.accept()


class OldPasswordPrompt(QObject):
    """``prompt(retry) -> old password | None``, callable from a worker thread.

    Create it on the GUI thread. From another thread the dialog is shown
    (not blocking the GUI) and the caller waits for the person's answer; on the
    GUI thread itself the dialog runs modally.
    """

    _ask = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: PasswordChangedDialog | None = None
        self._answers: queue.Queue[str | None] = queue.Queue()
        self._ask.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def __call__(self, retry: bool) -> str | None:
        if QThread.currentThread() is self.thread():
            dialog = self._dialog()
            dialog.prepare(retry)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.take_old_password() if accepted else None
        self._ask.emit(retry)
        return self._answers.get()

    def _dialog(self) -> PasswordChangedDialog:
        if self.dialog is None:
            self.dialog = PasswordChangedDialog()
            self.dialog.finished.connect(self._finished)
        return self.dialog

    @Slot(bool)
    def _show(self, retry: bool) -> None:
        dialog = self._dialog()
        dialog.prepare(retry)
        dialog.setProperty("waiting", True)
        dialog.open()

    @Slot(int)
    def _finished(self, result: int) -> None:
        dialog = self.dialog
        if dialog is None or not dialog.property("waiting"):
            return  # the modal (same-thread) case answers through exec()
        dialog.setProperty("waiting", False)
        accepted = result == int(QDialog.DialogCode.Accepted.value)
        self._answers.put(dialog.take_old_password() if accepted else None)
