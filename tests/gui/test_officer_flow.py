"""The officer's day against the real reference server (a subprocess on loopback)."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_support import make_jpeg
from PySide6.QtCore import Qt

from crm_shared.domain import ActionType, Status
from officer_app.app import WorkstationServices
from officer_app.gui_main import authenticator, make_backend
from officer_app.views.dialogs import FollowupDialog
from officer_app.views.main_window import MainWindow
from officer_app.views.report_list.model import COL_PENDING, ReportRole
from officer_app.views.roles import ThumbnailRole
from officer_app.views.signin import SignInDialog

OFFICER = "officer.demo"
PASSWORD = "demo-password"


def sign_in(qtbot, url: str, tmp_path: Path) -> WorkstationServices:
    dialog = SignInDialog(authenticator(tmp_path / "profiles"), url, OFFICER)
    qtbot.addWidget(dialog)
    dialog.password_edit.setText(PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=30_000)
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    return WorkstationServices(dialog.session, make_backend=make_backend)


def open_window(qtbot, services: WorkstationServices) -> MainWindow:
    window = MainWindow(services, auto_sync_minutes=0, tray=False)
    qtbot.addWidget(window)
    window.show()
    return window


def sync(qtbot, window: MainWindow) -> None:
    cycles = window.sync.cycles
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync.cycles > cycles, timeout=120_000)
    qtbot.waitUntil(lambda: not window.model.loading, timeout=20_000)


def open_most_urgent_waiting(qtbot, window: MainWindow) -> str:
    """Select the first (most urgent) report the officer can still accept."""
    for row in range(window.model.rowCount()):
        item = window.model.data(window.model.index(row, 0), ReportRole)
        if item.status is Status.MENUNGGU:
            rid = str(item.id)
            window.select_row(row)
            qtbot.waitUntil(
                lambda rid=rid: (
                    window.current_detail is not None and window.current_detail.id == rid
                ),
                timeout=20_000,
            )
            return rid
    pytest.fail("no report waiting for a response")


def accept_and_follow_up(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.actions_by_type[ActionType.ACCEPT].trigger()
    qtbot.waitUntil(
        lambda: window.current_detail is not None and window.current_detail.status is Status.PROSES,
        timeout=20_000,
    )
    assert window.actions_by_type[ActionType.FOLLOWUP].isEnabled()
    dialog = window.make_dialog(ActionType.FOLLOWUP)
    assert isinstance(dialog, FollowupDialog)
    qtbot.addWidget(dialog)
    dialog.before.add_files([make_jpeg(tmp_path / "before.jpg", (120, 80, 40))])
    dialog.after.add_files([make_jpeg(tmp_path / "after.jpg", (40, 160, 90))])
    qtbot.waitUntil(lambda: bool(dialog.before.photos and dialog.after.photos), timeout=30_000)
    dialog.note.setPlainText("Lampu sudah diganti oleh PPSU.")
    dialog.try_submit()
    qtbot.waitUntil(lambda: dialog.submitted, timeout=30_000)
    qtbot.waitUntil(
        lambda: (
            window.current_detail is not None
            and window.current_detail.status is Status.MENUNGGU_VALIDASI
        ),
        timeout=20_000,
    )


def assert_waiting(qtbot, window: MainWindow, report_id: str) -> None:
    detail = window.current_detail
    assert detail is not None
    assert detail.pending == 2
    assert [t.pending for t in detail.timeline].count(True) == 2
    assert sum(1 for p in detail.photos if p.pending) == 2
    assert {p.kind for p in detail.photos if p.pending} == {"before", "after"}
    # The photos are encrypted in the profile; the panel still shows their thumbnails.
    photos = window.detail.photos
    qtbot.waitUntil(
        lambda: (
            photos.count() == 2
            and all(photos.item(i).data(ThumbnailRole) for i in range(photos.count()))
        ),
        timeout=20_000,
    )
    assert window.waiting_label.text() == "2 menunggu dikirim"
    qtbot.waitUntil(lambda: window.model.row_of(report_id) is not None, timeout=20_000)
    row = window.model.row_of(report_id)
    assert window.model.data(window.model.index(row, COL_PENDING)) == "menunggu dikirim"


def assert_confirmed(qtbot, window: MainWindow, services: WorkstationServices, rid: str) -> None:
    window.load_detail(rid)
    qtbot.waitUntil(
        lambda: window.current_detail is not None and window.current_detail.pending == 0,
        timeout=20_000,
    )
    detail = window.current_detail
    assert detail.status is Status.MENUNGGU_VALIDASI
    assert not any(t.pending for t in detail.timeline)
    assert {t.type for t in detail.timeline} >= {"accept", "followup"}
    assert not any(p.pending for p in detail.photos)
    assert services.outbox_summary().waiting == 0
    assert window.waiting_label.text() == "0 menunggu dikirim"
    with services.store.read() as s:
        from officer_app.store.queries import get_report

        assert get_report(s, rid).report.server_status == Status.MENUNGGU_VALIDASI.value


def test_full_officer_flow(qtbot, server_factory, tmp_path: Path) -> None:
    server = server_factory(n_reports=150, seed=11)
    services = sign_in(qtbot, server.url, tmp_path)
    window = open_window(qtbot, services)
    sync(qtbot, window)
    assert window.sync.online is True
    assert window.model.rowCount() > 0
    # A new profile's first sync leaves the day's copy to the next good sync (issue 22);
    # that one leaves today's copy of the profile, offered if the file is ever damaged.
    assert not list((tmp_path / "profiles").rglob("*.daily-*"))
    sync(qtbot, window)
    assert window.sync.online is True
    assert list((tmp_path / "profiles").rglob("*.daily-*"))
    rid = open_most_urgent_waiting(qtbot, window)
    accept_and_follow_up(qtbot, window, tmp_path)
    assert_waiting(qtbot, window, rid)
    sync(qtbot, window)
    assert window.sync.last_outcome is not None
    assert window.sync.last_outcome.applied == 2
    assert_confirmed(qtbot, window, services, rid)
    services.close()


def test_officer_flow_with_server_stopped_midway(qtbot, server_factory, tmp_path: Path) -> None:
    server = server_factory(n_reports=150, seed=12)
    services = sign_in(qtbot, server.url, tmp_path)
    window = open_window(qtbot, services)
    sync(qtbot, window)
    rows_online = window.model.rowCount()
    server.stop()

    rid = open_most_urgent_waiting(qtbot, window)
    accept_and_follow_up(qtbot, window, tmp_path)
    sync(qtbot, window)  # the server is gone: the cycle ends offline, nothing is lost
    assert window.sync.online is False
    assert "luring" in window.online_label.text()
    assert_waiting(qtbot, window, rid)
    # The window keeps working offline: filters, search and details answer.
    window.filter_bar.overdue.setChecked(True)
    qtbot.waitUntil(lambda: not window.model.loading, timeout=20_000)
    window.filter_bar.overdue.setChecked(False)
    qtbot.waitUntil(
        lambda: not window.model.loading and window.model.rowCount() == rows_online,
        timeout=20_000,
    )

    server.start()  # back (on a new port: the address changes like a setting would)
    services.set_server_url(server.url)
    sync(qtbot, window)
    assert window.sync.online is True
    assert_confirmed(qtbot, window, services, rid)
    services.close()
