"""Keyboard use (#18): Tab leaves tables, Enter opens what double-click opens, and the
action dialogs start on their first field with Tab going fields → Simpan → Batal."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPlainTextEdit
from test_accessible_names import _open_as

from central_server.testing import LiveServer
from crm_shared.domain import ActionType
from officer_app.views.dialogs import NoteDialog, ReasonDialog
from officer_app.views.services import AttentionItem
from officer_app.views.supervisor.common import DecisionDialog, Option

pytestmark = pytest.mark.slow


def _tab_chain(qtbot, dialog, steps: int) -> list[object]:
    seen = [QApplication.focusWidget()]
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


@pytest.mark.parametrize("make", ["note", "reason"])
def test_action_dialog_starts_on_its_field_and_tabs_to_save_then_cancel(qtbot, make) -> None:
    if make == "note":
        dialog = NoteDialog("JK-1", lambda *_a: None, None)
        field = dialog.note
    else:
        dialog = ReasonDialog(ActionType.REJECT, "JK-1", lambda *_a: None, None)
        field = dialog.reason
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert _tab_chain(qtbot, dialog, 3) == [field, dialog.ok_button, cancel, field]


def test_decision_dialog_starts_on_its_first_field(qtbot) -> None:
    dialog = DecisionDialog(
        "Alihkan",
        "1 laporan",
        choice_label="Petugas",
        options=[Option("agus", "Agus")],
        preselect="agus",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    assert dialog.choice is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.choice)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    dialog.reason.setPlainText("beban kerja")
    assert isinstance(dialog.reason, QPlainTextEdit)
    assert _tab_chain(qtbot, dialog, 3) == [dialog.choice, dialog.reason, ok, cancel]


def test_tables_tab_out_and_enter_opens(qtbot, server_factory, tmp_path: Path) -> None:
    server: LiveServer = server_factory(n_reports=60, seed=5)
    window = _open_as(qtbot, server.url, "supervisor.demo", tmp_path)
    tables = [v for v in window.findChildren(QAbstractItemView) if v.tabKeyNavigation()]
    assert window.table.tabKeyNavigation() is False
    # Every table of every page: arrows move rows, Tab leaves.
    for key in window.page_keys:
        window.open_view(key)
    tables = [v for v in window.findChildren(QAbstractItemView) if v.tabKeyNavigation()]
    assert not tables, [type(v).__name__ + " " + v.accessibleName() for v in tables]

    # The unit queue's tree: Enter opens the current report in the report list.
    assert window.open_view("queue")
    queue = window.page_for["queue"]
    queue.refresh()
    qtbot.waitUntil(lambda: bool(queue.visible_rows()), timeout=30_000)
    row = queue.visible_rows()[0]
    queue.select_ids([row.id])
    queue.tree.setCurrentItem(queue.tree.selectedItems()[0])  # as the arrow keys leave it
    queue.tree.setFocus()
    qtbot.keyClick(queue.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_view() == "reports", timeout=10_000)
    qtbot.waitUntil(
        lambda: window.current_detail is not None and window.current_detail.id == row.id,
        timeout=20_000,
    )

    # The attention table: Enter emits what double-click emits.
    page = window.attention_page
    window.open_view("attention")
    page.model.set_items(
        [AttentionItem("a1", row.id, "JK-1", "note", "rejected", "x", "ditolak", datetime.now(UTC))]
    )
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.table.setFocus()
    with qtbot.waitSignal(page.open_report, timeout=5_000) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Enter)
    assert opened.args == [row.id]


def test_user_guide_lists_every_action_shortcut() -> None:
    from officer_app.views.report_actions import SHORTCUTS

    guide = (Path(__file__).parents[2] / "docs" / "user-guide.md").read_text(encoding="utf-8")
    for shortcut in SHORTCUTS.values():
        assert f"| {shortcut} |" in guide, shortcut  # the Indonesian table
        assert f"({shortcut}" in guide, shortcut  # the English list
