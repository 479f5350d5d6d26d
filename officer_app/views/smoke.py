"""The smoke run: sync, open every main view, save one PNG per view and language.

Used by ``officer-app --demo --smoke --screenshot DIR`` and by the GUI tests.
Returns 0 when every step worked and nothing unexpected was raised.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from officer_app import i18n
from officer_app.domain import ActionType
from officer_app.views.main_window import MainWindow
from officer_app.views.services import Services
from officer_app.views.signin import SignInDialog

log = logging.getLogger(__name__)


def wait_until(predicate: Callable[[], bool], timeout_s: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if predicate():
            return True
        time.sleep(0.01)
    QCoreApplication.processEvents()
    return predicate()


def grab(widget: QWidget, path: Path) -> bool:
    QCoreApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    ok = widget.grab().save(str(path))
    log.info("screenshot %s: %s", path.name, ok)
    return bool(ok)


def screenshot_views(window: MainWindow, directory: Path, lang: str) -> list[Path]:
    """One PNG per navigation entry, plus the dialogs and the lock page."""
    saved: list[Path] = []

    def shot(name: str, widget: QWidget) -> None:
        path = directory / f"{lang}-{name}.png"
        if not grab(widget, path):
            raise RuntimeError(f"screenshot {path} failed")
        saved.append(path)

    for key in window.page_keys:
        window.open_view(key)
        if key == "attention":
            wait_until(lambda: False, 0.5)
        elif key == "map":
            _wait_for_map(window)
        elif window.page_for[key] is window.report_split:
            wait_until(lambda: not window.model.loading, 20)
            if window.model.rowCount() and window.current_detail is None:
                window.select_row(0)
                wait_until(lambda: window.current_detail is not None, 20)
            wait_until(lambda: False, 0.3)  # thumbnails
        shot(key, window)
    window.open_view("reports")
    for kind, name in ((ActionType.FOLLOWUP, "followup"), (ActionType.FORWARD, "forward")):
        dialog = window.make_dialog(kind)
        if dialog is not None:
            dialog.show()
            shot(name, dialog)
            dialog.reject()
    about = window.show_about()
    if not wait_until(lambda: about.info is not None, 20):
        raise RuntimeError("about dialog did not load")
    shot("about", about)
    about.close()
    window.lock()
    shot("lock", window)
    window.unlock()
    signin = SignInDialog(lambda *_a: None, "https://crm.jakarta.go.id", "officer.demo")
    signin.show()
    shot("signin", signin)
    signin.close()
    return saved


def _wait_for_map(window: MainWindow) -> None:
    """The map page shows the boundaries and the list's reports before its picture."""
    view = window.ensure_map()
    drawn: list[int] = []
    view.pointsDrawn.connect(drawn.append)
    if not wait_until(lambda: view.is_ready, 60):
        raise RuntimeError("map page did not load")
    count = window.model.rowCount()
    if not wait_until(lambda: bool(drawn) or (count == 0 and len(view.payload) == 0), 30):
        raise RuntimeError("map points were not drawn")
    view.fit_points()  # the whole set (the selected report stays highlighted)
    wait_until(lambda: False, 1.5)  # boundaries, tiles and the centring animation paint


def run_smoke(
    build_window: Callable[[], MainWindow],
    services: Services,
    languages: Sequence[str],
    directory: Path,
    errors: list[str],
) -> int:
    app = QApplication.instance()
    assert app is not None
    code = 0
    for lang in languages:
        effective = i18n.install_translators(lang)
        if effective != lang:
            log.error("language %s not available", lang)
            code = 3
        window = build_window()
        code = _smoke_window(window, directory, lang) or code
        window.close()
        shiboken6.delete(window)  # its map page goes before the map profile does
        wait_until(lambda: False, 0.2)
    if errors:
        log.error("smoke: %d unexpected errors: %s", len(errors), ", ".join(errors))
        code = code or 5
    return code


def _smoke_window(window: MainWindow, directory: Path, lang: str) -> int:
    code = 0
    window.resize(1400, 860)
    window.show()
    window.sync.sync_now()
    if not wait_until(lambda: window.sync.cycles > 0, 180):
        log.error("smoke: sync did not finish")
        return 2
    outcome = window.sync.last_outcome
    if outcome is None or not outcome.online or outcome.login_needed:
        log.error("smoke: sync failed (%s)", outcome)
        code = 2
    wait_until(lambda: not window.model.loading and window.model.rowCount() > 0, 30)
    if window.model.rowCount() == 0:
        log.error("smoke: no reports after sync")
        code = 2
    try:
        screenshot_views(window, directory, lang)
    except Exception:
        log.exception("smoke: screenshots failed")
        code = 4
    return code
