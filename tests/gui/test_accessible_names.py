"""Every interactive widget of every role's window has a name a screen reader can say.

A widget is named by its accessibleName(), its own visible text (a button's, a check
box's) or a label whose buddy it is. Placeholder text and a dropdown's current value
are not names: they change or vanish as the person works.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from central_server.testing import LiveServer
from officer_app import workers
from officer_app.app import WorkstationServices
from officer_app.gui_main import authenticator, make_backend
from officer_app.views.main_window import MainWindow
from officer_app.views.signin import SignInDialog

pytestmark = pytest.mark.slow


INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QGraphicsView,
)


@pytest.fixture(autouse=True)
def _drain() -> Iterator[None]:
    yield
    workers.cancel_all()
    workers.wait_for_all(20_000)


def _open_as(qtbot, url: str, officer_id: str, tmp_path: Path) -> MainWindow:
    dialog = SignInDialog(authenticator(tmp_path / officer_id), url, officer_id)
    qtbot.addWidget(dialog)
    dialog.password_edit.setText("demo-password")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=30_000)
    services = WorkstationServices(dialog.session, make_backend=make_backend)
    window = MainWindow(services, auto_sync_minutes=0, tray=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    cycles = window.sync.cycles
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync.cycles > cycles, timeout=120_000)
    return window


def _is_part_of_another(widget: QWidget) -> bool:
    """Pieces of a composite widget (a combo's editor, a table's cell editor, tab arrows)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(
            parent, QComboBox | QAbstractSpinBox | QAbstractItemView | QTabBar | QLineEdit
        ):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")


def _has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text.replace("&", ""))


def _is_named(widget: QWidget, buddies: set[int]) -> bool:
    if _has_words(widget.accessibleName()) or id(widget) in buddies:
        return True
    if isinstance(widget, QAbstractButton):
        return _has_words(widget.text())
    return False  # a line edit's text or a dropdown's value is content, not a name


def unnamed_widgets(root: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and isinstance(widget, QGraphicsView):
            continue  # a picture that takes no focus is not a control
        if _is_part_of_another(widget) or _is_named(widget, buddies):
            continue
        owner = widget.parentWidget()
        found.append(
            f"{type(widget).__name__} {widget.objectName()!r} in "
            f"{type(owner).__name__ if owner else '-'} ({getattr(widget, 'text', lambda: '')()!r})"
        )
    return found


@pytest.mark.parametrize(
    "officer_id", ["officer.demo", "desk.demo", "supervisor.demo", "validator.demo"]
)
def test_every_interactive_widget_has_a_name(
    qtbot, server_factory, tmp_path: Path, officer_id: str
) -> None:
    server: LiveServer = server_factory(n_reports=60, seed=5)
    window = _open_as(qtbot, server.url, officer_id, tmp_path)
    problems: dict[str, list[str]] = {}
    assert window.page_keys
    for key in window.page_keys:
        window.open_view(key)
        qtbot.wait(300)
        qtbot.waitUntil(lambda: workers.running_tasks() == 0, timeout=30_000)
        if unnamed := unnamed_widgets(window):
            problems[key] = unnamed
    window.lock()
    qtbot.wait(200)
    if unnamed := unnamed_widgets(window):
        problems["lock"] = unnamed
    assert not problems, "\n".join(f"{k}: {v}" for k, vs in problems.items() for v in vs)
