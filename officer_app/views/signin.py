"""Sign-in dialog, the idle watcher and the lock page.

The dialog knows nothing about HTTP or password hashes: it is given an
``authenticate(server, officer_id, password) -> object`` function (built by
``app.py`` from the sync client and the profile's offline credentials) and runs
it in a worker. The lock page is given ``verify(password) -> bool``.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow
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

from officer_app.views.style import MUTED_TEXT_COLOUR, icon
from officer_app.workers import run_in_worker

log = logging.getLogger(__name__)


class SignInError(Exception):
    """Sign-in refused; ``str(exc)`` is a sentence for the person (translated)."""


Authenticate = Callable[[str, str, str], Any]


class SignInDialog(QDialog):
    """Server address, officer id, password; the result is in ``self.session``."""

    def __init__(
        self,
        authenticate: Authenticate,
        server_url: str = "",
        officer_id: str = "",
        parent: QWidget | None = None,
        *,
        server_locked: bool = False,
        jurisdiction: str | None = None,
        jurisdiction_locked: bool = False,
    ) -> None:
        super().__init__(parent)
        self._authenticate = authenticate
        self.server_locked = server_locked
        # An Open311 server's jurisdiction_id (None: not an Open311 server, no field).
        # Kept in a plain attribute too: the sign-in worker reads it off the GUI thread.
        self.jurisdiction_id = jurisdiction or ""
        self.jurisdiction_locked = jurisdiction_locked
        self.session: Any = None
        self.setWindowTitle(self.tr("Masuk — Workstation Petugas CRM"))
        self.setWindowIcon(icon("shield-account-outline"))

        self.server_edit = QLineEdit(server_url)
        self.server_edit.setPlaceholderText("https://crm.jakarta.go.id")
        if server_locked:
            self.server_edit.setReadOnly(True)
            self.server_edit.setToolTip(
                self.tr("Alamat server ditetapkan oleh petugas TI untuk komputer ini.")
            )
        self.officer_edit = QLineEdit(officer_id)
        self.officer_edit.setPlaceholderText(self.tr("contoh: officer.demo"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        form = QFormLayout()
        form.addRow(self.tr("Alamat &server"), self.server_edit)
        form.addRow(self.tr("&ID petugas"), self.officer_edit)
        form.addRow(self.tr("Kata &sandi"), self.password_edit)
        self.jurisdiction_edit: QLineEdit | None = None
        if jurisdiction is not None:
            edit = QLineEdit(jurisdiction)
            edit.setPlaceholderText(self.tr("contoh: jakarta.go.id (kosong: tidak ada)"))
            edit.setToolTip(
                self.tr(
                    "jurisdiction_id yang diminta server Open311 ini; tanyakan kepada "
                    "pengelola server."
                )
            )
            if jurisdiction_locked:
                edit.setReadOnly(True)
                edit.setToolTip(self.tr("Ditetapkan oleh petugas TI untuk komputer ini."))
            edit.textChanged.connect(self._jurisdiction_changed)
            form.addRow(self.tr("&Yurisdiksi Open311"), edit)
            self.jurisdiction_edit = edit

        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.hint = QLabel(
            self.tr(
                "Tanpa koneksi, petugas yang pernah masuk di komputer ini tetap bisa "
                "membuka data lokalnya dengan kata sandi yang sama."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {MUTED_TEXT_COLOUR};")

        self.buttons = QDialogButtonBox()
        self.sign_in_button = QPushButton(icon("login"), self.tr("&Masuk"))
        self.sign_in_button.setDefault(True)
        self.buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Workstation Petugas CRM Jakarta"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        (self.password_edit if officer_id else self.officer_edit).setFocus()

    def _jurisdiction_changed(self, text: str) -> None:
        self.jurisdiction_id = text.strip()

    def submit(self) -> None:
        server = self.server_edit.text().strip()
        officer = self.officer_edit.text().strip()
        password = self.password_edit.text()
        missing = []
        if not server:
            missing.append(self.tr("alamat server"))
        if not officer:
            missing.append(self.tr("ID petugas"))
        if not password:
            missing.append(self.tr("kata sandi"))
        if missing:
            self.message.setText(self.tr("Isi dulu: %1.").replace("%1", ", ".join(missing)))
            return
        self._set_busy(True)
        self.message.setText(self.tr("Sedang masuk…"))
        run_in_worker(
            lambda _ctx: self._authenticate(server, officer, password),
            on_success=self._signed_in,
            on_failure=self._failed,
            name="sign-in",
            owner=self,  # a dialog closed meanwhile is not touched (its result is dropped)
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.server_edit, self.officer_edit, self.password_edit):
            widget.setEnabled(not busy)
        self.server_edit.setReadOnly(self.server_locked)
        if self.jurisdiction_edit is not None:
            self.jurisdiction_edit.setEnabled(not busy)
            self.jurisdiction_edit.setReadOnly(self.jurisdiction_locked)
        self.sign_in_button.setEnabled(not busy)

    def _signed_in(self, session: Any) -> None:
        self.session = session
        self.message.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, SignInError):
            self.message.setText(str(exc))
        else:
            log.warning("sign-in failed: %s", type(exc).__name__)
            self.message.setText(self.tr("Gagal masuk karena kesalahan tak terduga."))
        self.password_edit.selectAll()
        self.password_edit.setFocus()


_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` after ``timeout_ms`` without keyboard or mouse input.

    Input is seen by an event filter on the focused top-level *window* (QWindow),
    which receives every key and mouse event before its widgets do. (An
    application-wide filter written in Python is not used: with QtWebEngine,
    PySide6 re-enters it while wrapping Chromium's internal objects until the
    stack overflows.)
    """

    idle = Signal()

    def __init__(
        self,
        timeout_ms: int,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.clock = clock  # seconds; tests pass a fake one
        self._timeout_ms = timeout_ms
        self._last = clock()
        self._fired = False
        self._watched: list[QWindow] = []
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self.watch)
            self.watch(app.focusWindow())
        self.set_timeout(timeout_ms)

    def watch(self, window: QWindow | None) -> None:
        """See the input of this top-level window (the focused one is watched anyway)."""
        if window is None or any(w is window for w in self._watched):
            return
        self._watched = [w for w in self._watched if shiboken6.isValid(w)]
        window.installEventFilter(self)
        self._watched.append(window)

    def set_timeout(self, timeout_ms: int) -> None:
        self._timeout_ms = timeout_ms
        self._timer.stop()
        if timeout_ms > 0:
            self._timer.start(max(50, min(15_000, timeout_ms // 4)))

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def reset(self) -> None:
        self._last = self.clock()
        self._fired = False

    def stop(self) -> None:
        self._timer.stop()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            try:
                app.focusWindowChanged.disconnect(self.watch)
            except (RuntimeError, TypeError):
                pass
        for window in self._watched:
            if shiboken6.isValid(window):
                window.removeEventFilter(self)
        self._watched.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in _ACTIVITY:
            self._last = self.clock()
        return False

    def check(self) -> None:
        """Emit ``idle`` once the time without input reached the timeout (timer slot)."""
        if self._timeout_ms <= 0 or self._fired:
            return
        if (self.clock() - self._last) * 1000 >= self._timeout_ms:
            self._fired = True
            self.idle.emit()


class LockPage(QWidget):
    """Covers the window's content until the password is typed again."""

    unlocked = Signal()

    def __init__(self, verify: Callable[[str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._verify = verify
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # the officer's name: from the server
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.lock_icon = QLabel()
        self.lock_icon.setPixmap(icon("lock-outline").pixmap(64, 64))
        self.lock_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password_edit = QLineEdit()
        self.password_edit.setAccessibleName(self.tr("Kata sandi"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaximumWidth(320)
        self.password_edit.returnPressed.connect(self.submit)
        self.unlock_button = QPushButton(icon("lock-open-variant-outline"), self.tr("&Buka"))
        self.unlock_button.clicked.connect(self.submit)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: #c62828;")

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.lock_icon)
        layout.addWidget(self.title)
        hint = QLabel(self.tr("Layar terkunci karena tidak ada aktivitas. Ketik kata sandi Anda."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(hint)
        layout.addWidget(self.password_edit, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.message)
        layout.addStretch(2)

    def prepare(self, officer_name: str) -> None:
        self.title.setText(self.tr("Terkunci — %1").replace("%1", officer_name))
        self.password_edit.clear()
        self.message.clear()
        self.password_edit.setFocus()

    def _jurisdiction_changed(self, text: str) -> None:
        self.jurisdiction_id = text.strip()

    def submit(self) -> None:
        password = self.password_edit.text()
        if not password:
            self.message.setText(self.tr("Ketik kata sandi."))
            return
        self.unlock_button.setEnabled(False)
        run_in_worker(
            lambda _ctx: self._verify(password),
            on_success=self._checked,
            on_failure=self._refused,
            name="unlock",
        )

    def _refused(self, exc: BaseException) -> None:
        wait = getattr(exc, "wait_s", None)  # store.attempts.TooManyAttemptsError
        if not isinstance(wait, int | float):
            self._checked(False)
            return
        self.unlock_button.setEnabled(True)
        self.message.setText(
            self.tr("Terlalu banyak kata sandi salah. Coba lagi dalam %1 detik.").replace(
                "%1", str(max(1, math.ceil(wait)))
            )
        )
        self.password_edit.selectAll()

    def _checked(self, ok: bool) -> None:
        self.unlock_button.setEnabled(True)
        if ok:
            self.password_edit.clear()
            self.message.clear()
            self.unlocked.emit()
        else:
            self.message.setText(self.tr("Kata sandi salah."))
            self.password_edit.selectAll()
