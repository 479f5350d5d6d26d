"""Every role's window is usable at 125 % and 150 % display scaling (issue 20, #15).

A 1366x768 screen at 125 % offers about 1093x614 logical pixels, a 1920x1080 one at
150 % about 1280x720. At those sizes the window's minimum size must fit (nothing is
pushed off the right edge: Sinkronkan, the menu, the detail), the primary buttons
must be on screen and not hidden in a scroll area, the report list's Tenggat column
must not be cut, and the navigation names must be whole.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QWidget

from central_server.testing import LiveServer
from officer_app import workers
from officer_app.views.main_window import MainWindow
from officer_app.views.report_list.model import COL_DEADLINE
from tests.gui.gui_support import sign_in

pytestmark = pytest.mark.slow

SIZES = ((1093, 614), (1280, 720))


@pytest.fixture(autouse=True)
def _drain() -> Iterator[None]:
    yield
    workers.cancel_all()
    workers.wait_for_all(20_000)


def _settle(qtbot) -> None:
    qtbot.wait(200)
    qtbot.waitUntil(lambda: workers.running_tasks() == 0, timeout=30_000)
    qtbot.wait(50)


def in_view(window: QWidget, widget: QWidget) -> bool:
    """Whether all of ``widget`` is inside the window and not scrolled away in any
    scroll area it sits in (a primary button must be seen without scrolling)."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    if not window.rect().contains(rect):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            viewport = parent.viewport()
            port = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size())
            if not port.contains(rect):
                return False
        parent = parent.parentWidget()
    return True


def primary_buttons(window: MainWindow, key: str) -> list[QAbstractButton]:
    """The buttons a person must reach on page ``key`` (always: sync and the menu)."""
    buttons: list[QAbstractButton] = [window.filter_bar.sync_button, window.filter_bar.menu_button]
    page = window.page_for[key]
    if key == "validation":
        buttons += [page.accept_button, page.reject_button]  # type: ignore[attr-defined]
    if key == "desk":
        buttons.append(page.save_button)  # type: ignore[attr-defined]
    if key == "queue":
        buttons += list(page.buttons.values())  # type: ignore[attr-defined]
    return buttons


@pytest.mark.parametrize(
    "officer_id", ["officer.demo", "desk.demo", "supervisor.demo", "validator.demo"]
)
def test_every_role_fits_a_scaled_screen(
    qtbot, server_factory, tmp_path: Path, officer_id: str
) -> None:
    server: LiveServer = server_factory(n_reports=60, seed=5)
    services = sign_in(qtbot, server.url, tmp_path, officer_id)
    window = MainWindow(services, auto_sync_minutes=0, tray=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    cycles = window.sync.cycles
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync.cycles > cycles, timeout=120_000)
    _settle(qtbot)
    problems: list[str] = []
    for width, height in SIZES:
        window.resize(width, height)
        for key in window.page_keys:
            window.open_view(key)
            _settle(qtbot)
            hint = window.minimumSizeHint()
            if hint.width() > width or hint.height() > height:
                problems.append(f"{width}x{height} {key}: minimum size {hint.toTuple()}")
            if window.width() > width:
                problems.append(f"{width}x{height} {key}: window stays {window.width()} wide")
            for button in primary_buttons(window, key):
                if not button.isVisible() or not in_view(window, button):
                    problems.append(f"{width}x{height} {key}: {button.text()!r} out of view")
            nav = window.nav
            for row in range(nav.count()):
                item = nav.item(row)
                need = (
                    nav.visualItemRect(item).left()
                    + nav.fontMetrics().horizontalAdvance(item.text())
                    + nav.iconSize().width()
                )
                if need > nav.viewport().width():
                    problems.append(f"{width}x{height}: navigation cuts {item.text()!r}")
            if key == "reports":
                table = window.table
                right = table.columnViewportPosition(COL_DEADLINE) + table.columnWidth(COL_DEADLINE)
                if right > table.viewport().width():
                    problems.append(f"{width}x{height}: Tenggat column cut ({right} px)")
    assert problems == [], "\n".join(problems)
