"""The whole window against the real server: rows updated in place after a local
action, the idle lock after the configured time (injected clock), and About."""

from __future__ import annotations

from pathlib import Path

from gui_support import PASSWORD, open_synced_window, sign_in
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from crm_shared.domain import ActionType
from officer_app.views.report_list.model import COL_PENDING, ReportRole


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_local_action_updates_the_row_without_a_reset(qtbot, live_server, tmp_path: Path) -> None:
    services = sign_in(qtbot, live_server.url, tmp_path)
    window = open_synced_window(qtbot, services)
    model = window.model
    window.select_row(3)
    qtbot.waitUntil(lambda: window.current_detail is not None, timeout=20_000)
    report = model.data(model.index(3, 0), ReportRole)
    assert report.pending == 0
    changed_rows: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed_rows.append(top.row()))

    submit = window._submitter(report.id, ActionType.NOTE)
    with (
        qtbot.assertNotEmitted(model.modelReset, wait=200),
        qtbot.waitSignal(model.rows_updated, timeout=20_000) as updated,
    ):
        submit({"note": "Sudah dicek di lapangan."}, lambda: None, pytest_fail)
    assert updated.args == [1]  # exactly the one row changed, in place
    assert 3 in changed_rows
    assert model.data(model.index(3, COL_PENDING)) == "menunggu dikirim"
    # The selection stayed on the same report (no reset, no jump).
    selected = window.table.selectionModel().selectedRows()
    assert [model.data(i, ReportRole).id for i in selected] == [report.id]
    window.close()
    services.close()


def pytest_fail(exc: BaseException) -> None:
    raise AssertionError(f"action failed: {exc!r}")


def test_window_locks_after_idle_time_and_unlocks_with_password(
    qtbot, live_server, tmp_path: Path
) -> None:
    services = sign_in(qtbot, live_server.url, tmp_path)
    clock = FakeClock()
    window = open_synced_window(qtbot, services, idle_lock_minutes=2, idle_clock=clock)
    window.select_row(0)
    qtbot.waitUntil(lambda: window.current_detail is not None, timeout=20_000)
    enabled = {k for k, a in window.actions_by_type.items() if a.isEnabled()}
    assert enabled

    clock.now += 100  # 100 s idle: not yet
    window.idle.check()
    assert not window.locked
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Shift)  # activity resets the count
    clock.now += 100  # 100 s since the key press: still not locked
    window.idle.check()
    assert not window.locked
    with qtbot.waitSignal(window.locked_changed, timeout=30_000) as locked:
        clock.now += 21  # 121 s since the key press > 2 minutes
        window.idle.check()
    assert locked.args == [True]
    assert window.locked
    assert window.outer.currentWidget() is window.lock_page
    assert not window.filter_bar.isEnabled()
    assert not any(a.isEnabled() for a in window.actions_by_type.values())

    page = window.lock_page
    page.password_edit.setText("salah")
    page.submit()
    qtbot.waitUntil(lambda: page.message.text() == "Kata sandi salah.", timeout=10_000)
    assert window.locked
    with qtbot.waitSignal(window.locked_changed, timeout=10_000) as unlocked:
        page.password_edit.setText(PASSWORD)
        page.submit()
    assert unlocked.args == [False]
    assert not window.locked
    assert window.filter_bar.isEnabled()
    assert {k for k, a in window.actions_by_type.items() if a.isEnabled()} == enabled
    window.close()
    services.close()


def test_about_shows_version_schema_server_and_last_sync(
    qtbot, live_server, tmp_path: Path
) -> None:
    from officer_app import __version__
    from officer_app.store.migrate import head_revision

    services = sign_in(qtbot, live_server.url, tmp_path)
    window = open_synced_window(qtbot, services)
    window.about_action.trigger()  # F1 / the menu
    from officer_app.views.about import AboutDialog

    dialogs = window.findChildren(AboutDialog)
    assert len(dialogs) == 1
    about = dialogs[0]
    qtbot.waitUntil(lambda: about.info is not None, timeout=10_000)
    assert about.version.text() == __version__
    assert about.schema.text().startswith(head_revision())
    assert about.server.text() == live_server.url
    assert "WIB" in about.last_sync.text()
    assert about.info is not None
    assert about.info.last_sync_at is not None
    about.close()
    window.close()
    services.close()
