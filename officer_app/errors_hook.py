"""One hook for uncaught exceptions in any thread, and the log file.

- ``setup_logging(directory, level)``: a rotating log file in the profile's data
  directory; a filter masks what looks like personal data (NIK, phone numbers,
  e-mail addresses) in every record, whatever module wrote it. ``level`` is for
  the product's own loggers (``officer_app``, ``central_server``); third-party
  loggers (Pillow, urllib3, SQLAlchemy, alembic, ...) never write below INFO,
  even at DEBUG: at DEBUG Pillow logs the values of a photo's EXIF tags (a
  citizen's name as Artist or CameraOwnerName, a phone in UserComment) while
  the app reads a photo's capture time.
- ``setup_shared_logging(directory, level)``: the same file from a helper process
  (the map process, issue 22): each record appended with the file opened and closed
  around it, never rotated there (the app's process rotates; a file held open by
  two processes could not be renamed on Windows).
- ``ErrorHook``: replaces ``sys.excepthook`` and ``threading.excepthook``. The
  traceback goes to the log; a signal carries a sentence in the person's language
  so the dialog is built on the GUI thread (the signal is queued there from any
  thread).
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal

log = logging.getLogger(__name__)

LOG_FILE = "officer-app.log"
_MAX_BYTES = 2_000_000
_BACKUPS = 5
# The loggers ``level`` applies to; every other logger writes INFO and above at most.
OWN_LOGGERS = ("officer_app", "central_server")
THIRD_PARTY_LEVEL = logging.INFO

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b\d{16}\b"), "<nik>"),
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"), "<email>"),
    (re.compile(r"(?:\+62|\b0)[\s-]?\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,5}\b"), "<telepon>"),
)


def redact(text: str) -> str:
    """Mask what looks like personal data in ``text``."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Formats the record, masks personal data, and keeps the masked text only."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg = redact(message)
        record.args = None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def _own(name: str) -> bool:
    return any(name == own or name.startswith(own + ".") for own in OWN_LOGGERS)


class ThirdPartyCeiling(logging.Filter):
    """Drops third-party records below ``THIRD_PARTY_LEVEL`` (a library that sets
    its own logger to DEBUG still does not reach the file)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= THIRD_PARTY_LEVEL or _own(record.name)


def setup_logging(directory: Path, level: int = logging.INFO) -> Path:
    """Send the root logger to a rotating file in ``directory``; return its path.

    ``level`` applies to the product's own loggers (``OWN_LOGGERS``); the root
    logger, and so every third-party logger that has no level of its own, stays
    at ``THIRD_PARTY_LEVEL`` (INFO) when ``level`` is lower.
    """
    global _log_dir, _log_level
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / LOG_FILE
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    )
    _install(handler, level)
    _log_dir, _log_level = directory, level
    return path


_log_dir: Path | None = None
_log_level = logging.INFO


def log_settings() -> tuple[Path, int] | None:
    """(directory, level) of the app's log file, once ``setup_logging`` ran."""
    return (_log_dir, _log_level) if _log_dir is not None else None


class _AppendAndClose(logging.FileHandler):
    """Appends each record and closes the file again (a helper process's handler)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            super().emit(record)
        finally:
            self.close()


def setup_shared_logging(directory: Path, level: int = logging.INFO, tag: str = "") -> Path:
    """A helper process writes to the app's log file (``setup_logging``'s), tagged."""
    path = directory / LOG_FILE
    handler = _AppendAndClose(path, encoding="utf-8", delay=True)
    handler.setFormatter(
        logging.Formatter(f"%(asctime)s %(levelname)s {tag}%(threadName)s %(name)s: %(message)s")
    )
    _install(handler, level)
    return path


def _install(handler: logging.Handler, level: int) -> None:
    handler._officer_app = True  # type: ignore[attr-defined]
    handler.addFilter(ThirdPartyCeiling())
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_officer_app", False):
            root.removeHandler(old)
            old.close()
    root.addHandler(handler)
    root.setLevel(max(level, THIRD_PARTY_LEVEL))
    for name in OWN_LOGGERS:
        logging.getLogger(name).setLevel(level)


ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class ErrorHook(QObject):
    """Catches what nobody else caught; logs it; tells the GUI thread."""

    # A sentence for the person (already translated) and the exception's type name.
    error_occurred = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._old_sys: Callable[..., object] | None = None
        self._old_threading: Callable[..., object] | None = None
        self.count = 0

    def install(self) -> None:
        self._old_sys = sys.excepthook
        self._old_threading = threading.excepthook
        sys.excepthook = self._sys_hook
        threading.excepthook = self._threading_hook

    def uninstall(self) -> None:
        if self._old_sys is not None:
            sys.excepthook = self._old_sys
        if self._old_threading is not None:
            threading.excepthook = self._old_threading
        self._old_sys = self._old_threading = None

    def _sys_hook(
        self, etype: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(etype, KeyboardInterrupt) and self._old_sys is not None:
            self._old_sys(etype, value, tb)
            return
        self.report((etype, value, tb), where="main")

    def _threading_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        self.report((args.exc_type, args.exc_value, args.exc_traceback), where=name)

    def report(self, exc_info: ExcInfo, where: str = "worker") -> None:
        """Log an unexpected error and announce it (callable from any thread)."""
        self.count += 1
        log.error("uncaught %s in %s", exc_info[0].__name__, where, exc_info=exc_info)
        sentence = QCoreApplication.translate(
            "ErrorHook",
            "Terjadi kesalahan yang tidak terduga. Pekerjaan Anda yang sudah tersimpan "
            "tetap aman. Rincian teknis dicatat di berkas log.",
        )
        self.error_occurred.emit(sentence, exc_info[0].__name__)
