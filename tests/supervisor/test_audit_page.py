"""Log audit (supervisor) against the real server: the unit's entries, read-only."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import requests
from page_host import StubHost
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QPushButton
from sqlalchemy import select

from central_server.testing import LiveServer, free_port, login
from crm_shared.protocol.wire import AuditEntryOut
from officer_app import workers
from officer_app.store.schema import Officer, Unit
from officer_app.sync.http_backend import HttpBackend
from officer_app.views import extra_pages
from officer_app.views.supervisor import audit_page
from officer_app.views.supervisor.audit_page import AuditLogPage, kind_text

from .conftest import jpeg_bytes, server_reports
from .test_pages_gui import open_as
from .test_supervisor_flow import _act, _put_photo

OFFLINE = "Log audit hanya tersedia saat daring."


@pytest.fixture(autouse=True)
def _drain_workers(qapp: object) -> Iterator[None]:
    yield
    workers.cancel_all()
    workers.wait_for_all(20_000)


def _offline_window() -> Any:
    """A window stand-in whose session has no server (signed in offline)."""
    return StubHost(SimpleNamespace(server=lambda: None))


def _text(page: AuditLogPage, row: int, col: int) -> str:
    item = page.table.item(row, col)
    assert item is not None
    return item.text()


def _cells(page: AuditLogPage) -> list[list[str]]:
    return [
        [_text(page, r, c) for c in range(page.table.columnCount())]
        for r in range(page.table.rowCount())
    ]


def test_registered_as_the_audit_page() -> None:
    assert extra_pages.PAGES["audit"] == "officer_app.views.supervisor.audit_page:AuditLogPage"


def test_offline_says_so_and_shows_no_detail_beyond_safe_fields(qtbot) -> None:
    page = AuditLogPage(_offline_window())
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert page.status_label.text() == OFFLINE
    assert not page.status_label.isHidden()
    assert page.table.rowCount() == 0
    assert page.more_button.isHidden()

    # Whatever else a detail object carries is never put on screen.
    hostile = AuditEntryOut(
        id=1,
        at=datetime(2026, 1, 5, 1, 0, tzinfo=UTC),
        actor_id="validator.demo",
        kind="identity_view",
        report_id="r-1",
        unit_id="u-1",
        detail={"nik": "3171012345678901", "name": "Budi Santoso", "phone": "08123"},
    )
    texts = page.row_texts(hostile)
    assert texts[0] == "05-01-2026 08:00"  # WIB
    assert texts[2] == kind_text("identity_view") == "Identitas pelapor dilihat"
    joined = " ".join(texts)
    for secret in ("3171012345678901", "Budi", "08123"):
        assert secret not in joined
    # A failed login by an unknown account id does not echo what was typed.
    typed = AuditEntryOut(
        id=2,
        at=datetime(2026, 1, 5, 1, 0, tzinfo=UTC),
        kind="login_failed",
        detail={"officer_id": "my-password-123", "reason": "unknown_or_inactive"},
    )
    assert "my-password-123" not in " ".join(page.row_texts(typed))
    assert page.actor_text(typed) == "(akun tidak dikenal)"


def _named_reports(server: LiveServer) -> set[str]:
    """Reports whose reporter gave a name (not anonymous), from the server's database."""
    path = server.database_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT report_id FROM reporter_identities WHERE anonymous = 0")
        return {str(rid) for (rid,) in rows}


def _other_supervisor(server: LiveServer, unit_id: str) -> str:
    path = server.database_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as db:
        row = db.execute(
            "SELECT id FROM officers WHERE role = 'supervisor' AND id LIKE 'camat.%'"
            " AND unit_id != ? ORDER BY id LIMIT 1",
            (unit_id,),
        ).fetchone()
    assert row is not None
    return str(row[0])


@pytest.mark.slow
def test_supervisor_reads_the_units_audit_log(
    qtbot, server_factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server: LiveServer = server_factory(n_reports=2000, seed=11)
    window = open_as(qtbot, server.url, "supervisor.demo", tmp_path)
    services: Any = window.services
    unit_id = services.officer.unit_id
    with services.store.read() as s:
        parents = dict(s.execute(select(Unit.id, Unit.parent_id)).tuples().all())
        field_officers = list(
            s.scalars(
                select(Officer.id).where(Officer.role == "field_officer").order_by(Officer.id)
            )
        )

    def in_subtree(unit: str | None) -> bool:
        while unit is not None:
            if unit == unit_id:
                return True
            unit = parents.get(unit)
        return False

    # The camat reassigns one report of the kecamatan.
    mine = server_reports(server, "supervisor.demo")
    report = next(
        r for r in mine.values() if r["status"] == "menunggu" and in_subtree(r["unit_id"])
    )
    assignee = next(o for o in field_officers if o != report.get("assignee_id"))
    token = login(server.url, "supervisor.demo")
    result = _act(
        server, token, report, "reassign", assignee_id=assignee, reason="Pemerataan beban kerja"
    )
    assert result["status"] == "applied", result
    # An officer sends a follow-up; the validator then sees reporters' identities.
    officer = login(server.url, "officer.demo")
    named = _named_reports(server)
    target = next(
        r
        for r in server_reports(server, "officer.demo").values()
        if r["status"] == "proses" and r["id"] in named
    )
    before = _put_photo(server, officer, jpeg_bytes("#884422"))
    after = _put_photo(server, officer, jpeg_bytes("#228844"))
    photos = [{"sha256": before, "kind": "before"}, {"sha256": after, "kind": "after"}]
    assert (
        _act(server, officer, target, "followup", note="Selesai.", photos=photos)["status"]
        == "applied"
    )
    seen = server_reports(server, "validator.demo")
    identities = [
        r for r in seen.values() if not r["reporter"]["hidden"] and not r["reporter"]["anonymous"]
    ]
    viewed_here = {r["id"] for r in identities if r["id"] in mine}
    assert viewed_here, "the validator saw at least one identity of a report of this kecamatan"
    # Another kecamatan's camat signs in: that is not this unit's business.
    other = _other_supervisor(server, unit_id)
    login(server.url, other)

    monkeypatch.setattr(audit_page, "PAGE_ROWS", 5)
    page = AuditLogPage(window)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.busy, timeout=30_000)
    assert page.status_label.isHidden(), page.status_label.text()
    entries = page.entries
    ids = [e.id for e in entries]
    assert ids == sorted(set(ids))

    # The right kinds are there, of this unit subtree only.
    kinds = {e.kind for e in entries}
    assert {"login", "reassign", "identity_view", "status_change"} <= kinds
    [reassigned] = [e for e in entries if e.kind == "reassign" and e.report_id == report["id"]]
    assert reassigned.actor_id == "supervisor.demo"
    assert {e.report_id for e in entries if e.kind == "identity_view"} >= viewed_here
    assert all(e.actor_id == "validator.demo" for e in entries if e.kind == "identity_view")
    assert any(e.kind == "login" and e.actor_id == "supervisor.demo" for e in entries)
    assert not any(e.actor_id == other for e in entries)
    assert all(in_subtree(e.unit_id) or e.report_id in mine for e in entries)

    # Newest first, PAGE_ROWS at a time; "Muat lagi" shows older ones.
    assert page.table.rowCount() == 5
    assert not page.more_button.isHidden()
    newest = page.visible_entries()[0]
    assert newest.id == max(ids)
    assert _text(page, 0, 0) == page.row_texts(newest)[0]
    qtbot.mouseClick(page.more_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == min(10, len(entries))

    # The filter by kind: only reassignments, with the report's number and the assignee.
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("reassign"))
    rows = _cells(page)
    assert rows
    assert all(row[2] == "Pengalihan petugas" for row in rows)
    row = next(r for r in rows if r[3] == report["number"])
    assert assignee in row[5]
    assert "supervisor.demo" in row[1]
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("identity_view"))
    assert {r[2] for r in _cells(page)} == {"Identitas pelapor dilihat"}

    # No identity on this screen, whatever kind is shown.
    page.kind_filter.setCurrentIndex(0)
    page.shown = len(entries)
    page._fill()
    text = "\n".join(" | ".join(r) for r in _cells(page))
    for r in identities:
        for key in ("name", "nik", "phone"):
            value = r["reporter"].get(key)
            if value and len(str(value)) > 3:
                assert str(value) not in text

    # Read-only: no editing, no context menu, no buttons that change anything.
    assert page.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert page.table.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    for row_no in range(page.table.rowCount()):
        for col in range(page.table.columnCount()):
            cell = page.table.item(row_no, col)
            assert cell is not None
            assert not cell.flags() & Qt.ItemFlag.ItemIsEditable
    buttons = {b.text() for b in page.findChildren(QPushButton)}
    assert buttons == {"Muat ulang", "Muat lagi (yang lebih lama)"}
    first = page.entries[0].id
    assert requests.delete(f"{server.api}/audit/{first}", timeout=10).status_code in (401, 404, 405)

    # A refresh asks only for what is new: the camat's next login comes on top.
    known = len(page.entries)
    login(server.url, "supervisor.demo")
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.refresh()
    assert len(page.entries) == known + 1
    assert page.entries[-1].kind == "login"
    assert _text(page, 0, 2) == "Masuk"

    # Offline: the log stays on screen, and the page says why it cannot be refreshed.
    services._backend = HttpBackend(f"http://127.0.0.1:{free_port()}", token="x")
    services._make_backend = None
    with qtbot.waitSignal(page.failed, timeout=30_000) as failed:
        page.refresh()
    assert failed.args == [OFFLINE]
    assert page.table.rowCount() > 0
    fresh = AuditLogPage(window)
    qtbot.addWidget(fresh)
    qtbot.waitUntil(lambda: not fresh.busy, timeout=30_000)
    assert fresh.status_label.text() == OFFLINE
    assert fresh.table.rowCount() == 0


@pytest.mark.slow
def test_names_arrive_with_the_first_sync_after_the_page_loaded(
    qtbot, server_factory, tmp_path: Path
) -> None:
    """A fresh profile: the page fetches the log when the window opens, before the
    first sync has brought the reference data (units, officers). Once that sync is
    done, the page shows unit and officer names, not their ids."""
    from officer_app.app import WorkstationServices
    from officer_app.gui_main import authenticator, make_backend
    from officer_app.views.main_window import MainWindow
    from officer_app.views.signin import SignInDialog

    server: LiveServer = server_factory(n_reports=200, seed=11)
    dialog = SignInDialog(authenticator(tmp_path / "profiles"), server.url, "supervisor.demo")
    qtbot.addWidget(dialog)
    dialog.password_edit.setText("demo-password")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=30_000)
    services: Any = WorkstationServices(dialog.session, make_backend=make_backend)
    window = MainWindow(services, auto_sync_minutes=0, tray=False)
    qtbot.addWidget(window)
    window.show()
    page = window.page_for["audit"]
    assert isinstance(page, AuditLogPage)
    qtbot.waitUntil(lambda: not page.busy and bool(page.entries), timeout=30_000)
    unit_id = services.officer.unit_id
    with services.store.read() as s:
        assert s.get(Unit, unit_id) is None  # no reference data yet: the first sync is to come

    def login_row() -> list[str]:
        entry = next(
            e for e in page.visible_entries() if e.kind == "login" and e.unit_id == unit_id
        )
        return page.row_texts(entry)

    assert login_row()[4] == unit_id  # nothing better to show before the sync

    assert window.current_view() != "audit"  # the sync ends while the page is hidden
    cycles = window.sync.cycles
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync.cycles > cycles, timeout=120_000)
    with services.store.read() as s:
        unit = s.get(Unit, unit_id)
        assert unit is not None
        camat = s.get(Officer, "supervisor.demo")
        assert camat is not None
    assert window.open_view("audit")
    qtbot.waitUntil(lambda: login_row()[4] == unit.name, timeout=15_000)
    assert login_row()[1] == f"{camat.name} (supervisor.demo)"
    shown = [_text(page, r, 4) for r in range(page.table.rowCount())]
    assert unit.name in shown
    assert unit_id not in shown
