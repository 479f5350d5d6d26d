"""Text from outside is shown as text in every widget, never as rich text.

A REAL reference server whose officer and unit names carry markup (an image, a
link, 80 px letters: what lock-screen phishing would use). The workstation signs
in, syncs, opens its pages and locks; then every widget of the window is walked:
no label, tooltip, text view or chart axis may render that markup.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from officer_app.views.tile_scheme import register_map_schemes  # noqa: E402

register_map_schemes()  # before pytest-qt creates the QApplication

MARKUP = (
    '<img src="x"><a href="https://evil.example/login">klik di sini</a>'
    '<h1 style="font-size:80px">MASUKKAN SANDI</h1>'
)
HOSTILE_NAME = "Budi " + MARKUP
MARKERS = ("<img", "<a href", "<h1")


def _make_hostile(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE officers SET name = :n"), {"n": HOSTILE_NAME})
            conn.execute(text("UPDATE units SET name = name || :m"), {"m": MARKUP})
    finally:
        engine.dispose()


def _rich_text_found(root: Any) -> list[str]:
    """Every place under ``root`` where outside markup would be rendered as markup."""
    from PySide6.QtCharts import QBarCategoryAxis, QChartView
    from PySide6.QtGui import Qt
    from PySide6.QtWidgets import QLabel, QTextEdit, QWidget

    def hostile(value: str) -> bool:
        return any(m in value for m in MARKERS)

    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__}({widget.objectName()})"
        if isinstance(widget, QLabel) and hostile(widget.text()):
            fmt = widget.textFormat()
            if fmt == Qt.TextFormat.RichText or (
                fmt != Qt.TextFormat.PlainText and Qt.mightBeRichText(widget.text())
            ):
                found.append(f"{name} text: {widget.text()[:60]!r}")
        if hostile(widget.toolTip()) and Qt.mightBeRichText(widget.toolTip()):
            found.append(f"{name} tooltip: {widget.toolTip()[:60]!r}")
        if isinstance(widget, QTextEdit) and '<img src="x"' in widget.toHtml():
            found.append(f"{name} document holds an image element")
        if isinstance(widget, QChartView):
            chart = widget.chart()
            if hostile(chart.title()):
                found.append(f"{name} chart title")
            for axis in chart.axes():
                if isinstance(axis, QBarCategoryAxis):
                    found += [
                        f"{name} axis label {c[:40]!r}" for c in axis.categories() if hostile(c)
                    ]
    return found


@pytest.mark.parametrize("officer_id", ["officer.demo", "supervisor.demo"])
def test_no_rich_text_anywhere_after_a_hostile_sync(
    qtbot: Any, server_factory: Any, tmp_path: Path, officer_id: str
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from officer_app import workers
    from officer_app.app import WorkstationServices
    from officer_app.gui_main import authenticator, make_backend
    from officer_app.views.main_window import MainWindow
    from officer_app.views.signin import SignInDialog

    server = server_factory(n_reports=60)
    _make_hostile(server.database_url)
    dialog = SignInDialog(authenticator(tmp_path / "profiles"), server.url, officer_id)
    qtbot.addWidget(dialog)
    dialog.password_edit.setText("demo-password")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=60_000)
    services = WorkstationServices(dialog.session, make_backend=make_backend)
    assert services.officer.name == HOSTILE_NAME  # the server's name, as it came
    window = MainWindow(services, auto_sync_minutes=0, tray=False, map_cache_dir=tmp_path / "map")
    qtbot.addWidget(window)
    window.show()
    try:
        cycles = window.sync.cycles
        window.sync_action.trigger()
        qtbot.waitUntil(lambda: window.sync.cycles > cycles, timeout=120_000)
        qtbot.waitUntil(lambda: not window.model.loading, timeout=30_000)
        # Visit every page the role has (each fills its widgets on show).
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            qtbot.wait(400)
        qtbot.wait(1500)
        assert _rich_text_found(window) == []
        # The name is on screen, as text (the status bar).
        shown = [w for w in window.findChildren(QLabel) if HOSTILE_NAME in w.text()]
        assert shown
        # Locked: the lock page's title carries the name, as text.
        window.lock()
        qtbot.waitUntil(lambda: window.locked, timeout=10_000)
        assert HOSTILE_NAME in window.lock_page.title.text()
        assert window.lock_page.title.textFormat() == Qt.TextFormat.PlainText
        assert _rich_text_found(window) == []
    finally:
        workers.cancel_all()
        workers.wait_for_all(20_000)
        window.close()
        services.close()
