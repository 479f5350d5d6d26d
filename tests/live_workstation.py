"""One workstation profile of one person, syncing with a REAL reference server.

Shared by the integration and supervisor suites (importable as ``live_workstation``:
``tests/`` is on ``sys.path`` through its root ``conftest.py``). A plain store, the
officer's own login, ``LocalActions`` to record work and ``SyncEngine`` to sync, as
the app wires them.
"""

from __future__ import annotations

from pathlib import Path

from central_server.testing import LiveServer
from officer_app.store import ReportFilter, Store, list_reports
from officer_app.store import outbox as ob
from officer_app.store.actions import Actor, LocalActions
from officer_app.store.photos import PhotoStore
from officer_app.store.schema import Report
from officer_app.sync.engine import SyncConfig, SyncEngine, SyncResult, record_login
from officer_app.sync.http_backend import HttpBackend


class Workstation:
    """One profile of one person, syncing with one server."""

    def __init__(self, root: Path, server: LiveServer, officer_id: str) -> None:
        self.root = root
        self.server = server
        self.officer_id = officer_id
        self.store = Store.open(root)
        self.photos = PhotoStore(root / "photos")
        self.backend = HttpBackend(server.url)
        token = self.backend.login(officer_id, "demo-password")
        record_login(self.store, server.url, token)
        self.actor = Actor(
            token.officer.id, token.officer.role, token.officer.unit_id, token.officer.name
        )
        self.actions = LocalActions(self.store, self.photos, self.actor)

    def sync(self, **config: object) -> SyncResult:
        engine = SyncEngine(
            self.store,
            self.backend,
            self.photos,
            config=SyncConfig(max_retries=2, sleep=lambda s: None, **config),  # type: ignore[arg-type]
        )
        return engine.run()

    def reports(self, **flt: object) -> list[Report]:
        with self.store.read() as s:
            return list_reports(s, ReportFilter(**flt), limit=10_000)  # type: ignore[arg-type]

    def outbox(self) -> list[object]:
        with self.store.read() as s:
            return list(ob.items(s))

    def close(self) -> None:
        self.backend.close()
        self.store.close()
