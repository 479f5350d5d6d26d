"""A camat's morning at 1366x768, as a script of clicks and keys (issue 20 journeys).

The camat opens the unit queue, finds a rubbish report, forwards it to the agency
the category usually goes to (preselected, marked "(disarankan)"), then reassigns
another report to the officer the workload panel names "Paling lowong" (offered and
preselected). Every click and key press is counted; docs/user-guide.md keeps the
count (JOURNEY_STEPS below), so a change that makes the journey longer is seen.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from central_server.testing import LiveServer
from crm_shared.domain import ActionType, Status
from officer_app import workers
from officer_app.views.main_window import MainWindow
from officer_app.views.supervisor.common import DecisionDialog
from officer_app.views.supervisor.queue_page import UnitQueuePage
from tests.gui.gui_support import sign_in

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
# The interactions the journey takes (docs/user-guide.md, "Journeys").
JOURNEY_STEPS = 45


@pytest.fixture(autouse=True)
def _drain() -> Iterator[None]:
    yield
    workers.cancel_all()
    workers.wait_for_all(20_000)


class Person:
    """Clicks and keys as a person gives them, counted."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        assert widget.isVisible(), widget
        assert widget.isEnabled(), widget
        self.count += 1
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())

    def type(self, widget: QWidget, text: str) -> None:
        self.count += len(text)
        self.qtbot.keyClicks(widget, text)

    def key(self, widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.count += 1
        self.qtbot.keyClick(widget, key, modifier)


def _open_dialog(qtbot, page: UnitQueuePage) -> DecisionDialog:
    def shown() -> DecisionDialog | None:
        found = [d for d in page.findChildren(DecisionDialog) if d.isVisible()]
        return found[-1] if found else None

    qtbot.waitUntil(lambda: shown() is not None, timeout=5_000)
    dialog = shown()
    assert dialog is not None
    return dialog


def _click_first_report(person: Person, page: UnitQueuePage, want) -> str:
    """Click the first report on screen that ``want(row)`` accepts; its id."""
    rows = {r.id: r for r in page.data.rows}
    tree = page.tree
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        for j in range(group.childCount()):
            item = group.child(j)
            row = rows.get(_report_id(item))
            rect = tree.visualItemRect(item)
            if row is None or not want(row):
                continue
            where = QPoint(rect.left() + 40, rect.center().y())  # on its number
            assert tree.viewport().rect().contains(where), "the report is not on screen"
            person.click(tree.viewport(), where)
            return row.id
    raise AssertionError("no such report in the queue")


def _report_id(item) -> str | None:
    from officer_app.views.roles import ReportIdRole

    value = item.data(0, ReportIdRole)
    return value if isinstance(value, str) else None


def test_camat_forwards_with_the_suggestion_and_reassigns_to_the_least_loaded(
    qtbot, server_factory, tmp_path: Path
) -> None:
    server: LiveServer = server_factory(n_reports=2000, seed=11)
    services = sign_in(qtbot, server.url, tmp_path, "supervisor.demo")
    window = MainWindow(services, auto_sync_minutes=0, tray=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    cycles = window.sync.cycles
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync.cycles > cycles, timeout=120_000)
    qtbot.waitUntil(lambda: workers.running_tasks() == 0, timeout=30_000)
    person = Person(qtbot)

    # 1. The unit queue, from the navigation.
    nav = window.nav
    row = window.page_keys.index("queue")
    person.click(nav.viewport(), nav.visualItemRect(nav.item(row)).center())
    page = window.page_for["queue"]
    assert isinstance(page, UnitQueuePage)
    qtbot.waitUntil(lambda: bool(page.data.rows) and workers.running_tasks() == 0, timeout=30_000)

    # 2. A rubbish report: the category goes to an agency the queue can forward to.
    agencies = {c.id: c.hint for c in services.categories() if c.hint}
    targets = {u for u, _n, _k in page.data.units}
    forwardable = [
        r
        for r in page.data.rows
        if r.status is Status.MENUNGGU
        and agencies.get(r.category_id) in targets
        and r.unit_id != agencies.get(r.category_id)
    ]
    assert forwardable
    category = forwardable[0].category
    person.click(page.search)
    person.type(page.search, category[:5])  # a few letters are enough
    qtbot.wait(400)  # the search waits for typing to pause
    forwarded = _click_first_report(
        person, page, lambda r: r.status is Status.MENUNGGU and r.category == category
    )
    usual = agencies[next(r.category_id for r in page.data.rows if r.id == forwarded)]

    # 3. Teruskan: the usual agency is preselected and marked.
    person.click(page.buttons[ActionType.FORWARD])
    dialog = _open_dialog(qtbot, page)
    assert dialog.chosen() == usual
    assert "(disarankan)" in dialog.choice.currentText()
    assert dialog.choice_note.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    person.click(dialog.reason)
    person.type(dialog.reason, "Ke")
    # OK is grey, and the form says why, counting down.
    assert not ok.isEnabled()
    assert dialog.reason_hint.text() == "minimal 5 karakter, kurang 3"
    person.type(dialog.reason, "wenangan dinas")
    assert ok.isEnabled()
    with qtbot.waitSignal(page.recorded, timeout=30_000) as recorded:
        person.click(ok)
    assert recorded.args == [1]

    # 4. Another report, reassigned to the officer with the most room.
    person.key(page.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    person.key(page.search, Qt.Key.Key_Backspace)
    qtbot.wait(400)
    qtbot.waitUntil(lambda: workers.running_tasks() == 0, timeout=30_000)
    staffed = {w.unit_id for w in page.data.loads}
    moved = _click_first_report(
        person,
        page,
        lambda r: r.id != forwarded and r.status is Status.MENUNGGU and r.unit_id in staffed,
    )
    best = page.least_loaded()
    assert best is not None
    # The panel names the officer the dialog will offer.
    assert page.suggestion.text().startswith(f"Paling lowong: {best.name} (")
    person.click(page.buttons[ActionType.REASSIGN])
    dialog = _open_dialog(qtbot, page)
    assert dialog.chosen() == best.officer_id
    assert dialog.choice.currentText().startswith(best.name)
    assert "(disarankan)" in dialog.choice.currentText()
    person.click(dialog.reason)
    person.type(dialog.reason, "Beban merata")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(page.recorded, timeout=30_000):
        person.click(ok)
    QApplication.processEvents()

    # Both decisions wait in the outbox, as decided.
    from officer_app.store import outbox as ob

    with services.store.read() as s:
        pending = {(i.report_id, i.type) for i in ob.items(s, [ob.PENDING])}
    assert (forwarded, ActionType.FORWARD.value) in pending
    assert (moved, ActionType.REASSIGN.value) in pending

    steps = person.count
    assert steps == JOURNEY_STEPS, f"the camat's journey now takes {steps} interactions"
    guide = (REPO / "docs" / "user-guide.md").read_text(encoding="utf-8")
    assert re.search(rf"Camat\W+{JOURNEY_STEPS} interactions", guide), "update the user guide"
