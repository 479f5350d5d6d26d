"""Dashboard exports are audited on the server: online at once, offline after the next sync.

Against a real server: the supervisor's export (CSV/PDF, written on the
workstation) becomes an ``export`` entry of the server's audit log, with the
supervisor as actor and the supervisor's unit, visible in ``GET /api/v1/audit``
and on the Log audit page. An export made while the server is unreachable is
kept in the profile and reaches the server with the next successful sync.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import select

from central_server.testing import LiveServer, auth_header, free_port, login
from officer_app import workers
from officer_app.gui_main import make_backend
from officer_app.store import export_notices
from officer_app.store.schema import AuditEntry
from officer_app.sync.http_backend import HttpBackend
from officer_app.views.supervisor.audit_page import AuditLogPage
from officer_app.views.supervisor.dashboard_page import DashboardPage

from .test_pages_gui import open_as

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def _drain_workers(qapp: object) -> Iterator[None]:
    yield
    workers.cancel_all()
    workers.wait_for_all(20_000)


def _server_exports(server: LiveServer, officer_id: str) -> list[dict[str, Any]]:
    """The ``export`` entries of the server's audit log as ``officer_id`` reads it."""
    headers = auth_header(login(server.url, officer_id))
    entries: list[dict[str, Any]] = []
    cursor = 0
    while True:
        resp = requests.get(
            f"{server.api}/audit",
            params={"cursor": cursor, "limit": 500},
            headers=headers,
            timeout=60,
        )
        assert resp.status_code == 200, resp.text
        page = resp.json()
        entries += page["entries"]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return [e for e in entries if e["kind"] == "export"]


def _dashboard(qtbot, window: Any) -> DashboardPage:
    assert window.open_view("dashboard")
    page = window.page_for["dashboard"]
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: page.summary is not None, timeout=30_000)
    return page


def _local_notices(services: Any) -> list[dict[str, Any]]:
    with services.store.read() as s:
        return [
            dict(d)
            for d in s.scalars(
                select(AuditEntry.detail)
                .where(AuditEntry.kind == export_notices.KIND)
                .order_by(AuditEntry.id)
            )
        ]


def test_online_export_is_in_the_units_audit_log_and_on_the_audit_page(
    qtbot, server_factory, tmp_path: Path
) -> None:
    server: LiveServer = server_factory(n_reports=300, seed=11)
    window = open_as(qtbot, server.url, "supervisor.demo", tmp_path)
    services: Any = window.services
    page = _dashboard(qtbot, window)
    assert _server_exports(server, "supervisor.demo") == []

    target = tmp_path / "dasbor.csv"
    with qtbot.waitSignal(page.export_noticed, timeout=30_000) as noticed:
        page.export("csv", target)
    assert noticed.args == [True]
    assert target.exists()

    [entry] = _server_exports(server, "supervisor.demo")
    assert entry["actor_id"] == "supervisor.demo"
    assert entry["unit_id"] == services.officer.unit_id
    assert entry["detail"]["format"] == "csv"
    assert entry["detail"]["what"].startswith("dasbor ")
    assert entry["detail"]["rows"] >= 1
    assert [n["sent"] for n in _local_notices(services)] == [True]
    assert export_notices.pending(services.store) == []

    # The Log audit page shows it, as an export, with its format.
    assert window.open_view("audit")
    audit = window.page_for["audit"]
    assert isinstance(audit, AuditLogPage)
    with qtbot.waitSignal(audit.loaded, timeout=30_000):
        audit.refresh()
    audit.kind_filter.setCurrentIndex(audit.kind_filter.findData("export"))
    assert audit.table.rowCount() == 1
    items = [audit.table.item(0, c) for c in range(audit.table.columnCount())]
    row = [item.text() if item is not None else "" for item in items]
    assert row[2] == "Ekspor"
    assert "supervisor.demo" in row[1]
    assert "CSV" in row[5]
    assert entry["detail"]["what"] in row[5]

    # A field officer's export is never reported (nor could it be: 403).
    field = requests.post(
        f"{server.api}/audit/exports",
        json={"format": "pdf", "what": "dasbor", "rows": 1, "happened_at": entry["at"]},
        headers=auth_header(login(server.url, "officer.demo")),
        timeout=30,
    )
    assert field.status_code == 403
    assert field.json()["error"]["code"] == "role_forbidden"
    assert len(_server_exports(server, "supervisor.demo")) == 1


def test_offline_export_reaches_the_server_after_the_next_sync(
    qtbot, server_factory, tmp_path: Path
) -> None:
    server: LiveServer = server_factory(n_reports=300, seed=11)
    window = open_as(qtbot, server.url, "supervisor.demo", tmp_path)
    services: Any = window.services
    page = _dashboard(qtbot, window)

    # The server cannot be reached: the export is written, the notice kept.
    services._backend = HttpBackend(f"http://127.0.0.1:{free_port()}", token="x")
    services._make_backend = None
    pdf = tmp_path / "dasbor.pdf"
    with qtbot.waitSignal(page.export_noticed, timeout=60_000) as noticed:
        page.export("pdf", pdf)
    assert noticed.args == [False]
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "sinkronisasi berikutnya" in page.status_label.text()
    assert [n["sent"] for n in _local_notices(services)] == [False]
    assert _server_exports(server, "supervisor.demo") == []

    # Back online: the next sync sends it, once.
    services._backend = None
    services._make_backend = make_backend
    cycles = window.sync.cycles
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync.cycles > cycles, timeout=120_000)
    [entry] = _server_exports(server, "supervisor.demo")
    assert entry["actor_id"] == "supervisor.demo"
    assert entry["unit_id"] == services.officer.unit_id
    assert entry["detail"]["format"] == "pdf"
    notices = _local_notices(services)
    assert [n["sent"] for n in notices] == [True]
    assert notices[0]["server_id"] == entry["id"]
    assert datetime.fromisoformat(notices[0]["happened_at"]) == datetime.fromisoformat(
        entry["detail"]["happened_at"]
    )  # when it was made, not when the server heard of it

    cycles = window.sync.cycles
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync.cycles > cycles, timeout=120_000)
    assert len(_server_exports(server, "supervisor.demo")) == 1  # not sent again

    # The server recorded it but its answer was lost: the workstation still holds
    # the notice as unsent and sends it again. The server knows its notice_id.
    assert entry["detail"]["notice_id"] == notices[0]["notice_id"]
    with services.store.write() as s:
        row = s.scalars(select(AuditEntry).where(AuditEntry.kind == export_notices.KIND)).one()
        row.detail = {**row.detail, "sent": False, "server_id": None}
    cycles = window.sync.cycles
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync.cycles > cycles, timeout=120_000)
    qtbot.waitUntil(lambda: _local_notices(services)[0]["sent"] is True, timeout=30_000)
    assert len(_server_exports(server, "supervisor.demo")) == 1  # recorded once
    assert _local_notices(services)[0]["server_id"] == entry["id"]
