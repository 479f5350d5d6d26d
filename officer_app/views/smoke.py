"""The smoke run: sync, open every main view, save one PNG per view and language.

Used by ``officer-app --demo --smoke --screenshot DIR`` and by the GUI tests.
Returns 0 when every step worked and nothing unexpected was raised.

File names: ``<lang>-<view>.png`` for the field officer (the first role), and
``<lang>-<role>-<view>.png`` for the others (``desk``, ``supervisor``,
``validator``). Besides one PNG per navigation entry, each role's dialogs are
captured drawn over the dimmed window with their title bar, as a person sees
them: the follow-up, forward and note dialogs, About, the lock page and the
sign-in (field officer), the receipt preview (desk), the reassign dialog
(supervisor). The PDFs the app writes lie beside them, written by the code the
buttons run (only the file dialog skipped), to be read as people get them:
``<lang>-desk-receipt.pdf`` ("Simpan sebagai PDF…") and
``<lang>-supervisor-dashboard.pdf`` ("Ekspor PDF").
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from crm_shared.domain import ActionType, Role
from officer_app import i18n, workers
from officer_app.views.main_window import MainWindow
from officer_app.views.services import Services
from officer_app.views.signin import SignInDialog

log = logging.getLogger(__name__)

# The demo users' password (README); the smoke run only ever signs in as them.
DEMO_PASSWORD = "demo-password"

# The prefix of a role's screenshots (the field officer's have none).
ROLE_PREFIX: dict[Role, str] = {
    Role.FIELD_OFFICER: "",
    Role.DESK: "desk-",
    Role.SUPERVISOR: "supervisor-",
    Role.VALIDATOR: "validator-",
}
TITLE_BAR_PX = 26
# The window size of a smoke run without --size.
DEFAULT_SIZE = (1400, 860)


def wait_until(predicate: Callable[[], bool], timeout_s: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if predicate():
            return True
        time.sleep(0.01)
    QCoreApplication.processEvents()
    return predicate()


def settle(timeout_s: float = 30.0, quiet_s: float = 0.3) -> bool:
    """Wait until no background task is running (pages load in workers), then paint."""
    ok = wait_until(lambda: workers.running_tasks() == 0, timeout_s)
    wait_until(lambda: False, quiet_s)
    return ok


def grab(widget: QWidget, path: Path) -> bool:
    QCoreApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    ok = widget.grab().save(str(path))
    log.info("screenshot %s: %s", path.name, ok)
    return bool(ok)


def dialog_over_window(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window, dimmed, with the dialog and a title bar drawn over its centre.

    Offscreen there is no window manager, so a plain grab of a dialog has no title
    and no context; this is what the person sees on a desktop."""
    QCoreApplication.processEvents()
    return compose_dialog(window.grab(), dialog.grab(), dialog.windowTitle(), dialog.font())


def compose_dialog(picture: QPixmap, inner: QPixmap, title: str, font: QFont) -> QPixmap:
    """``inner`` (a dialog's grab) with a title bar over the dimmed ``picture``.

    Under display scaling (``QT_SCALE_FACTOR``) a grab has more device pixels than
    logical ones; a painter on it works in logical pixels, so every size here is
    logical (``deviceIndependentSize``). Device-pixel sizes placed the dialog off
    centre and left a grey band of the frame beside it."""
    outer = picture.deviceIndependentSize().toSize()
    inner_size = inner.deviceIndependentSize().toSize()
    width = min(inner_size.width(), outer.width())
    height = min(inner_size.height() + TITLE_BAR_PX, outer.height())
    left = max(0, (outer.width() - width) // 2)
    top = max(0, (outer.height() - height) // 3)
    painter = QPainter(picture)
    painter.fillRect(QRect(QPoint(0, 0), outer), QColor(0, 0, 0, 90))
    painter.fillRect(QRect(left - 1, top - 1, width + 2, height + 2), QColor("#5a5a5a"))
    bar = QRect(left, top, width, TITLE_BAR_PX)
    painter.fillRect(bar, QColor("#dfe3e8"))
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(QColor("#202020"))
    painter.drawText(
        bar.adjusted(10, 0, -10, 0),
        int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
        title,
    )
    painter.drawPixmap(QPoint(left, top + TITLE_BAR_PX), inner)  # its own pixel ratio
    painter.end()
    return picture


class Shooter:
    """Saves the screenshots of one window (one role, one language)."""

    def __init__(self, window: MainWindow, directory: Path, lang: str) -> None:
        self.window = window
        self.directory = directory
        self.prefix = f"{lang}-{ROLE_PREFIX.get(window.officer.role, '')}"
        self.saved: list[Path] = []

    def path(self, name: str) -> Path:
        return self.directory / f"{self.prefix}{name}.png"

    def shot(self, name: str, widget: QWidget) -> None:
        path = self.path(name)
        if not grab(widget, path):
            raise RuntimeError(f"screenshot {path} failed")
        self.saved.append(path)

    def shot_dialog(self, name: str, dialog: QWidget) -> None:
        dialog.show()
        wait_until(lambda: False, 0.2)
        path = self.path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not dialog_over_window(self.window, dialog).save(str(path)):
            raise RuntimeError(f"screenshot {path} failed")
        log.info("screenshot %s: True", path.name)
        self.saved.append(path)

    def save_pdf(self, name: str, write: Callable[[Path], object]) -> Path:
        """A PDF the app writes, beside the screenshots (``<lang>-<role>-<name>.pdf``)."""
        path = self.path(name).with_suffix(".pdf")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.unlink(missing_ok=True)
        write(path)
        if not wait_until(lambda: path.exists() and path.stat().st_size > 0, 30):
            raise RuntimeError(f"{path.name} was not written")
        settle()  # an export writes in a worker, and tells the server after
        log.info("pdf %s: True", path.name)
        self.saved.append(path)
        return path


def screenshot_views(window: MainWindow, directory: Path, lang: str) -> list[Path]:
    """One PNG per navigation entry, plus the role's dialogs (and the lock page)."""
    shooter = Shooter(window, directory, lang)
    for key in window.page_keys:
        window.open_view(key)
        page = window.page_for[key]
        if key == "map":
            _wait_for_map(window)
        elif page is window.report_split:
            wait_until(lambda: not window.model.loading, 20)
            if window.model.rowCount() and window.current_detail is None:
                window.select_row(0)
                wait_until(lambda: window.current_detail is not None, 20)
            settle()  # thumbnails
        else:
            settle()
            _prepare_page(key, page)
        shooter.shot(key, window)
    role = window.officer.role
    if role is Role.FIELD_OFFICER:
        _officer_dialogs(window, shooter)
    elif role is Role.DESK:
        _desk_extras(window, shooter)
    elif role is Role.SUPERVISOR:
        _supervisor_extras(window, shooter)
    return shooter.saved


def _prepare_page(key: str, page: QWidget) -> None:
    """Show a page with something selected, as an officer would have it."""
    if key == "validation":
        queue = getattr(page, "queue", None)
        if queue is not None and queue.count() and queue.currentRow() < 0:
            queue.setCurrentRow(0)
            settle()  # before/after photos come from the server


def _officer_dialogs(window: MainWindow, shooter: Shooter) -> None:
    window.open_view("reports")
    for kind, name in (
        (ActionType.FOLLOWUP, "followup"),
        (ActionType.FORWARD, "forward"),
        (ActionType.NOTE, "note"),
    ):
        dialog = window.make_dialog(kind)
        if dialog is not None:
            shooter.shot_dialog(name, dialog)
            dialog.reject()
    about = window.show_about()
    if not wait_until(lambda: about.info is not None, 20):
        raise RuntimeError("about dialog did not load")
    shooter.shot_dialog("about", about)
    about.close()
    window.lock()
    shooter.shot("lock", window)
    # Unlock as a person does: the password on the lock page reopens the profile.
    window.lock_page.password_edit.setText(DEMO_PASSWORD)
    window.lock_page.submit()
    if not wait_until(lambda: not window.locked, 60):
        raise RuntimeError("the lock page did not unlock with the password")
    signin = SignInDialog(lambda *_a: None, "https://crm.jakarta.go.id", "officer.demo")
    signin.show()
    shooter.shot("signin", signin)
    signin.close()


DEMO_COMPLAINT = (
    "Lampu penerangan jalan di depan sekolah mati sejak tiga hari, jalan gelap malam hari."
)
# The demo location: the street, and a point on it (Balai Kota, Jl. Medan Merdeka
# Selatan No. 8-9) inside Kelurahan Gambir; the kelurahan comes from the boundaries,
# so text and point always agree.
DEMO_ADDRESS = "Jl. Medan Merdeka Selatan No. 8"
DEMO_POINT = (-6.18150, 106.82860)
DEMO_KELURAHAN = "Gambir"  # the kelurahan DEMO_POINT lies in (tests check it)


def demo_location(data_dir: Path | None) -> tuple[float | None, float | None, str | None]:
    """The demo point and its kelurahan code from the boundaries (no point without
    them: then only the kelurahan is chosen, by name)."""
    from crm_shared.geo.boundaries import load_boundaries
    from crm_shared.geo.datadir import find_data_dir

    found = find_data_dir(data_dir)
    if found is None:
        return None, None, None
    info = load_boundaries(found).locate(*DEMO_POINT)
    if info is None or not info.code:
        return None, None, None
    return DEMO_POINT[0], DEMO_POINT[1], info.code


def _fill_demo_complaint(intake: Any) -> None:
    """An anonymous walk-in complaint, typed as the desk would (demo server only)."""
    intake.anonymous.setChecked(True)
    intake.description.setPlainText(DEMO_COMPLAINT)
    intake.update_suggestions()
    if intake.suggestions:
        intake.apply_suggestion(0)
    if intake.category.currentData() is None and intake.category.count() > 1:
        intake.category.setCurrentIndex(1)
    lat, lon, code = demo_location(intake.data_dir)
    index = intake.kelurahan.findData(code) if code else -1
    if index < 0:  # no boundaries: the kelurahan by its name, without a point
        index = intake.kelurahan.findText(
            DEMO_KELURAHAN, Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchFixedString
        )
        lat = lon = None
    if index >= 0:
        intake.kelurahan.setCurrentIndex(index)
        code = intake.kelurahan.itemData(index)
        intake.set_location(lat, lon, code, intake.kelurahan.itemText(index))
    intake.address.setText(DEMO_ADDRESS)


def _desk_extras(window: MainWindow, shooter: Shooter) -> None:
    """File one anonymous walk-in complaint, then preview its receipt."""
    intake: Any = window.page_for.get("desk")
    if intake is None:
        return
    window.open_view("desk")
    wait_until(lambda: intake.category.count() > 1, 30)  # its lists load in a worker
    _fill_demo_complaint(intake)
    settle()
    shooter.shot("desk-filled", window)
    intake.save()
    if not wait_until(lambda: intake.last_receipt is not None, 30):
        raise RuntimeError(f"desk: the complaint was not saved ({intake.message.text()})")
    settle()
    preview = intake.preview_receipt()
    shooter.shot_dialog("receipt", preview)
    preview.close()
    # The receipt as "Simpan sebagai PDF..." writes it (only the file dialog skipped),
    # left beside the screenshots to be read as the citizen gets it.
    shooter.save_pdf("receipt", lambda path: intake.save_last_pdf(path))
    window.open_view("mine")
    settle()
    shooter.shot("mine", window)


def _supervisor_extras(window: MainWindow, shooter: Shooter) -> None:
    dashboard: Any = window.page_for.get("dashboard")
    if dashboard is not None:
        window.open_view("dashboard")
        if not wait_until(lambda: dashboard.summary is not None, 60):
            raise RuntimeError("dashboard did not load")
        # The dashboard as its "Ekspor PDF" button writes it (the file dialog skipped).
        shooter.save_pdf("dashboard", lambda path: dashboard.export("pdf", path))
    queue: Any = window.page_for.get("queue")
    if queue is None:
        return
    window.open_view("queue")
    settle()
    rows = queue.visible_rows()
    if not rows:
        raise RuntimeError("unit queue is empty")
    queue.select_ids([rows[0].id])
    dialog = queue.make_dialog(ActionType.REASSIGN)
    if dialog is None:
        raise RuntimeError("reassign dialog not available")
    shooter.shot_dialog("reassign", dialog)
    dialog.reject()


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
    size: tuple[int, int] = DEFAULT_SIZE,
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
        code = _smoke_window(window, directory, lang, size) or code
        window.close()
        workers.wait_for_all(30_000)  # no result may land on a deleted window
        shiboken6.delete(window)  # its map page goes before the map profile does
        wait_until(lambda: False, 0.2)
    if errors:
        log.error("smoke: %d unexpected errors: %s", len(errors), ", ".join(errors))
        code = code or 5
    return code


def _smoke_window(
    window: MainWindow, directory: Path, lang: str, size: tuple[int, int] = DEFAULT_SIZE
) -> int:
    code = 0
    window.resize(*size)
    if (window.width(), window.height()) != size:
        log.warning("smoke: the window is %dx%d, not %dx%d", window.width(), window.height(), *size)
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
    if window.model.rowCount() == 0 and window.officer.role is not Role.DESK:
        log.error("smoke: no reports after sync")
        code = 2
    try:
        screenshot_views(window, directory, lang)
    except Exception:
        log.exception("smoke: screenshots failed")
        code = 4
    return code
