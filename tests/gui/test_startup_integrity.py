"""A damaged profile is caught at sign-in, before the store opens: the dialog offers
the last good copy, restores it (the damaged file kept aside) or lets the person quit."""

from __future__ import annotations

from pathlib import Path

from gui_support import OFFICER, PASSWORD, open_synced_window, sign_in
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from officer_app.gui_main import authenticator, repair_if_damaged
from officer_app.store.schema import Report
from officer_app.views.integrity_dialog import IntegrityDialog

PAGE = 4096


def _report_count(store) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(Report)) or 0)


def _root_page(store, table: str) -> int:
    with store.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT rootpage FROM sqlite_master WHERE type='table' AND name=?", (table,)
        ).fetchone()
    return int(row[0])


def _damage(db_file: Path, pages: list[int]) -> None:
    with open(db_file, "r+b") as handle:
        for page in pages:
            handle.seek((page - 1) * PAGE)
            handle.write(bytes((i * 37 + page) % 251 for i in range(PAGE)))


def _damaged_profile(qtbot, live_server, tmp_path: Path) -> tuple[Path, int]:
    services = sign_in(qtbot, live_server.url, tmp_path)
    window = open_synced_window(qtbot, services)
    db_file = services.profile.db_file
    # A new profile's first sync leaves the day's copy to the next good sync.
    assert not list(db_file.parent.glob(f"{db_file.name}.daily-*"))
    assert services.sync(lambda _p: None, lambda: False).online  # writes the daily copy
    count = _report_count(services.store)
    assert count > 0
    pages = [_root_page(services.store, "reports"), _root_page(services.store, "outbox")]
    window.close()
    services.close()
    services.profile.lock()
    assert list(db_file.parent.glob(f"{db_file.name}.daily-*"))
    _damage(db_file, pages)
    return db_file, count


def _drive_modal(qtbot, action) -> None:
    """Act on the integrity dialog once its copies are listed (it runs modally)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, IntegrityDialog) and dialog.copies is not None:
            action(dialog)
        else:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(0, poll)


def test_damaged_profile_offers_the_daily_copy_and_restoring_opens_its_data(
    qtbot, live_server, tmp_path: Path
) -> None:
    from officer_app.app import WorkstationServices
    from officer_app.gui_main import make_backend

    db_file, count = _damaged_profile(qtbot, live_server, tmp_path)
    damaged_bytes = db_file.read_bytes()

    connection = authenticator(tmp_path / "profiles")(live_server.url, OFFICER, PASSWORD)
    assert connection.damage  # caught before any store was opened
    assert db_file.read_bytes() == damaged_bytes  # the check changed nothing

    seen: dict[str, object] = {}

    def choose_newest(dialog: IntegrityDialog) -> None:
        seen["copies"] = list(dialog.copies or [])
        seen["first_row"] = dialog.copy_list.item(0).text()
        seen["note"] = dialog.kept_note.text()
        dialog.restore_button.click()

    _drive_modal(qtbot, choose_newest)
    assert repair_if_damaged(connection)

    copies = seen["copies"]
    assert copies
    assert copies[0].kind == "daily"  # newest first: the daily copy
    assert "0 tindakan belum terkirim" in str(seen["first_row"])
    assert str(db_file.parent) in str(seen["note"])
    aside = list(db_file.parent.glob(f"{db_file.name}.damaged-*"))
    assert any(p.read_bytes() == damaged_bytes for p in aside)  # kept, byte for byte

    services = WorkstationServices(connection, make_backend=make_backend)
    try:
        assert _report_count(services.store) == count
        from officer_app.views.main_window import MainWindow

        window = MainWindow(services, auto_sync_minutes=0, tray=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=20_000)
    finally:
        services.close()


def test_quitting_leaves_the_damaged_profile_untouched(qtbot, live_server, tmp_path: Path) -> None:
    db_file, _count = _damaged_profile(qtbot, live_server, tmp_path)
    damaged_bytes = db_file.read_bytes()
    connection = authenticator(tmp_path / "profiles")(live_server.url, OFFICER, PASSWORD)
    assert connection.damage

    _drive_modal(qtbot, lambda dialog: dialog.quit_button.click())
    assert not repair_if_damaged(connection)
    assert db_file.read_bytes() == damaged_bytes
    assert not list(db_file.parent.glob(f"{db_file.name}.damaged-*"))
    assert not connection.profile.unlocked  # keys dropped on the way out
