"""The window and ``officer-app sync`` run ONE sync (``officer_app.session``): after the
same cycle against the same real server, two profiles of the same person are alike,
follow-up steps included (export notices sent, the day's copy written)."""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from central_server.testing import LiveServer
from crm_shared.protocol.wire import ExportNotice
from officer_app.app import Connection, WorkstationServices
from officer_app.profile import Profile
from officer_app.store import export_notices
from officer_app.store.db import Store
from officer_app.store.integrity import daily_copy_path
from officer_app.store.schema import AuditEntry, OutboxItem, Report
from officer_app.store.state import sync_state
from officer_app.sync.http_backend import HttpBackend
from officer_app.views.services import OfficerView

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
USER = "supervisor.demo"
PASSWORD = "demo-password"


def cli_sync(profile: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "officer_app", "sync", "--password-stdin", "--profile",
         str(profile), *extra],
        input=PASSWORD + "\n", capture_output=True, text=True, cwd=REPO, timeout=180,
    )  # fmt: skip


def window_services(server: LiveServer, root: Path) -> WorkstationServices:
    """The services the window syncs through (``SyncController`` calls ``sync``)."""
    backend = HttpBackend(server.url)
    o = backend.login(USER, PASSWORD).officer
    officer = OfficerView(o.id, o.name, o.role, o.unit_id, o.unit_name)
    return WorkstationServices(Connection(officer, Profile(root), server.url, backend, PASSWORD))


def keep_notice(store: Store) -> None:
    """An export made offline: its notice waits in the profile for the next good sync."""
    export_notices.keep(
        store,
        ExportNotice(
            format="csv",
            what="dasbor semua bulan",
            rows=12,
            happened_at=datetime.now(UTC),
            notice_id=uuid.uuid4().hex,
        ),
    )


def state(store: Store) -> dict[str, Any]:
    """What a sync leaves in a profile (ids the server gave; no local timestamps)."""
    with store.read() as s:
        reports = sorted(
            s.execute(
                select(
                    Report.id, Report.status, Report.version, Report.assignee_id,
                    Report.unit_id, Report.in_scope, Report.pending_count,
                )
            ).tuples()
        )  # fmt: skip
        outbox = sorted(s.execute(select(OutboxItem.type, OutboxItem.state)).tuples())
        notices = [
            {k: v for k, v in (e.detail or {}).items() if k in ("sent", "refused", "format")}
            for e in s.scalars(select(AuditEntry).where(AuditEntry.kind == export_notices.KIND))
        ]
        cursor = sync_state(s).cursor
    return {
        "reports": reports,
        "outbox": outbox,
        "notices": notices,
        "pending_notices": len(export_notices.pending(store)),
        "cursor": cursor,
        "daily_copy": daily_copy_path(store.db_file, datetime.now(UTC)).exists(),
    }


def test_cli_and_window_leave_a_profile_in_the_same_state(
    server_factory: Callable[..., LiveServer], tmp_path: Path
) -> None:
    server = server_factory(n_reports=200, seed=11)
    by_cli, by_window = tmp_path / "cli", tmp_path / "window"

    # First sign-in of each: the profiles are made and filled.
    first = cli_sync(by_cli, "--server", server.url, "--user", USER)
    assert first.returncode == 0, first.stderr
    services = window_services(server, by_window)
    try:
        assert services.sync(lambda _p: None, lambda: False).online
        # An export made while offline, in each profile; then the same sync.
        keep_notice(services.store)
        with Profile(by_cli).open_store(PASSWORD) as store:
            keep_notice(store)
        second = cli_sync(by_cli)
        assert second.returncode == 0, second.stderr
        outcome = services.sync(lambda _p: None, lambda: False)
        assert outcome.online
        assert outcome.message is None  # a good cycle
        window_state = state(services.store)
    finally:
        services.close()
    with Profile(by_cli).open_store(PASSWORD) as store:
        cli_state = state(store)

    assert window_state["reports"]
    assert window_state["pending_notices"] == 0  # the notice went to the server ...
    assert window_state["notices"] == [{"format": "csv", "sent": True}]
    assert window_state["daily_copy"]  # ... and the day's copy was written
    assert cli_state == window_state
