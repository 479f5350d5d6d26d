"""Searching the officer's list the way people type (issue 20): a number without
"JK", a number's tail, a misspelt word; an empty list says what to do."""

from __future__ import annotations

import re
from pathlib import Path

from test_officer_flow import open_window, sign_in, sync

from officer_app.views.main_window import MainWindow
from officer_app.views.report_list.model import ReportRole


def _search(qtbot, window: MainWindow, typed: str) -> int:
    window.filter_bar.search.setText(typed)
    qtbot.waitUntil(
        lambda: window.model.query.text == typed and not window.model.loading, timeout=20_000
    )
    return window.model.rowCount()


def _numbers(window: MainWindow) -> list[str]:
    return [
        window.model.data(window.model.index(row, 0), ReportRole).number
        for row in range(window.model.rowCount())
    ]


def test_number_tail_typo_and_empty_hint(qtbot, live_server, tmp_path: Path) -> None:
    services = sign_in(qtbot, live_server.url, tmp_path)
    try:
        window = open_window(qtbot, services)
        sync(qtbot, window)
        assert window.model.rowCount() > 0
        assert window.table.empty_hint.isHidden()
        first = window.model.data(window.model.index(0, 0), ReportRole)
        number = first.number
        assert re.fullmatch(r"JK[0-9]{10}", number)

        assert _search(qtbot, window, number[2:]) >= 1  # without "JK"
        assert number in _numbers(window)
        assert _search(qtbot, window, number[-4:]) >= 1  # its tail
        assert number in _numbers(window)
        assert window.table.empty_hint.isHidden()

        # A misspelt word of the category: one letter dropped, still found.
        word = max(re.findall(r"[A-Za-z]+", first.category), key=len)
        assert len(word) >= 5, first.category
        typo = word[0] + word[2:]
        assert _search(qtbot, window, typo) >= 1
        assert window.table.empty_hint.isHidden()

        # Nothing at all: the table says what to do instead of staying blank.
        assert _search(qtbot, window, "zzqxwv") == 0
        hint = window.table.empty_hint
        assert hint.isVisible()
        assert "zzqxwv" in hint.text()
        assert "Periksa ejaan" in hint.text()
        assert hint.geometry().width() > 200
        assert _search(qtbot, window, "") > 0
        assert window.table.empty_hint.isHidden()
    finally:
        services.close()
