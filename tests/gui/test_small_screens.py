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
            if key == "queue":
                tree = window.page_for[key].tree  # type: ignore[attr-defined]
                right = tree.header().sectionViewportPosition(6) + tree.columnWidth(6)
                if right > tree.viewport().width():
                    problems.append(f"{width}x{height}: queue's Tenggat cut ({right} px)")
                if tree.columnWidth(1) < tree.fontMetrics().averageCharWidth() * 12:
                    problems.append(f"{width}x{height}: queue's Kategori squeezed")
            if key == "reports":
                table = window.table
                right = table.columnViewportPosition(COL_DEADLINE) + table.columnWidth(COL_DEADLINE)
                if right > table.viewport().width():
                    problems.append(f"{width}x{height}: Tenggat column cut ({right} px)")
    assert problems == [], "\n".join(problems)


def _open(
    qtbot, server_factory, tmp_path: Path, officer_id: str, n_reports: int = 60
) -> MainWindow:
    server: LiveServer = server_factory(n_reports=n_reports, seed=5)
    services = sign_in(qtbot, server.url, tmp_path, officer_id)
    window = MainWindow(services, auto_sync_minutes=0, tray=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    cycles = window.sync.cycles
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync.cycles > cycles, timeout=120_000)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=20_000)
    _settle(qtbot)
    return window


def test_the_officers_list_gives_its_room_to_what_differs(
    qtbot, server_factory, tmp_path: Path
) -> None:
    """#8: the category was cut ("Pelayana…") while "Kelurahan Gambir" repeated on every
    row and an empty "Kirim" column took room; the detail's empty description box
    pushed Riwayat below the fold."""
    from crm_shared.domain import ActionType, Status
    from officer_app.views.report_list.model import COL_CATEGORY, COL_KELURAHAN, COL_PENDING

    window = _open(qtbot, server_factory, tmp_path, "officer.demo", n_reports=600)
    table, model = window.table, window.model
    assert window.filter_bar.kelurahan_count() == 1  # the officer's unit: one kelurahan
    assert table.isColumnHidden(COL_KELURAHAN)
    assert table.isColumnHidden(COL_PENDING)  # nothing waits to be sent
    assert table.columnWidth(COL_CATEGORY) >= 250
    fm = table.fontMetrics()
    rows = range(min(model.rowCount(), 25))
    cut = [
        model.report_at(r).category
        for r in rows
        if fm.horizontalAdvance(model.report_at(r).category) + 12 > table.columnWidth(COL_CATEGORY)
    ]
    assert len(cut) <= 2, cut  # only the odd very long name is elided (tooltip: whole)

    # The detail: Riwayat is in view without scrolling for a short description.
    before_response = {Status.MENUNGGU, Status.KOORDINASI, Status.DISPOSISI}
    row = next(r for r in range(model.rowCount()) if model.report_at(r).status in before_response)
    window.select_row(row)
    qtbot.waitUntil(lambda: window.current_detail is not None, timeout=10_000)
    _settle(qtbot)
    detail = window.detail
    timeline_box = detail.timeline.parentWidget()
    top = timeline_box.mapTo(detail.viewport(), QPoint(0, 0)).y()
    assert top + 60 < detail.viewport().height(), "Riwayat is below the fold"
    description = detail.description
    assert description.height() <= description.sizeHint().height() + 4  # sized to its text

    # An action waits to be sent: now the "Kirim" column says so.
    accepted = model.report_at(row).id
    window.start_action(ActionType.ACCEPT)
    qtbot.waitUntil(lambda: not table.isColumnHidden(COL_PENDING), timeout=20_000)

    def says_waiting() -> bool:
        at = model.row_of(accepted)
        return at is not None and model.data(model.index(at, COL_PENDING)) == "menunggu dikirim"

    qtbot.waitUntil(says_waiting, timeout=20_000)


def test_the_unit_queue_tells_kelurahan_apart(qtbot, server_factory, tmp_path: Path) -> None:
    """#11: "Kelurahan Pe…" could not tell Petojo Utara from Petojo Selatan; the
    workload table was cut off."""
    window = _open(qtbot, server_factory, tmp_path, "supervisor.demo")
    window.open_view("queue")
    page = window.page_for["queue"]
    qtbot.waitUntil(lambda: bool(page.data.rows), timeout=30_000)
    _settle(qtbot)
    tree = page.tree
    fm = tree.fontMetrics()
    shown: dict[str, str] = {}
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        for j in range(group.childCount()):
            item = group.child(j)
            text = item.text(2)
            assert fm.horizontalAdvance(text) + 4 <= tree.columnWidth(2), f"unit cut: {text}"
            assert item.toolTip(2).endswith(text.split(". ", 1)[-1])  # the whole name
            shown.setdefault(text, item.toolTip(2))
    # Two kelurahan never read alike.
    assert len(set(shown)) == len(set(shown.values()))
    table = page.workload_table
    header = table.horizontalHeader()
    used = sum(header.sectionSize(c) for c in range(table.columnCount()))
    assert used <= table.viewport().width(), "the workload table is cut"
    assert not table.horizontalScrollBar().isVisible()
    name_width = header.sectionSize(0)
    assert name_width >= fm.averageCharWidth() * 12, "the officers' names are squeezed"
    for r in range(table.rowCount()):
        for c in range(1, table.columnCount()):
            if table.isColumnHidden(c):
                continue  # stepped aside; its value is in the name's tooltip
            text = table.item(r, c).text()
            assert fm.horizontalAdvance(text) + 4 <= header.sectionSize(c), (r, c, text)
