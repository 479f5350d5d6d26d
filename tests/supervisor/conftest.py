"""Supervisor and validator tests: workstations of several people on one REAL server.

Each test starts its own server process (they change server state) and talks HTTP
to it through ``HttpBackend``, exactly as the app does.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from PIL import Image

from central_server.testing import LiveServer, auth_header, login
from officer_app.store import Store
from officer_app.store.actions import Actor, LocalActions
from officer_app.store.photos import PhotoStore
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

    def sync(self) -> SyncResult:
        engine = SyncEngine(
            self.store,
            self.backend,
            self.photos,
            config=SyncConfig(max_retries=2, sleep=lambda s: None),
        )
        result = engine.run()
        assert result.ok, result.message
        return result

    def close(self) -> None:
        self.backend.close()
        self.store.close()


@pytest.fixture
def server(server_factory: Callable[..., LiveServer]) -> LiveServer:
    return server_factory(n_reports=2000, seed=11)


@pytest.fixture
def workstation(server: LiveServer, tmp_path: Path) -> Iterator[Callable[[str], Workstation]]:
    made: list[Workstation] = []

    def make(officer_id: str) -> Workstation:
        ws = Workstation(tmp_path / f"ws{len(made)}-{officer_id}", server, officer_id)
        made.append(ws)
        return ws

    yield make
    for ws in made:
        ws.close()


def server_reports(server: LiveServer, officer_id: str) -> dict[str, dict[str, Any]]:
    """What the server shows ``officer_id`` (the whole change feed from 0)."""
    token = login(server.url, officer_id)
    out: dict[str, dict[str, Any]] = {}
    cursor = 0
    while True:
        resp = requests.get(
            f"{server.api}/sync/changes",
            params={"cursor": cursor, "limit": 2000},
            headers=auth_header(token),
            timeout=60,
        )
        resp.raise_for_status()
        page = resp.json()
        out.update({r["id"]: r for r in page["reports"]})
        for rid in page["removed"]:
            out.pop(rid, None)
        cursor = page["cursor"]
        if not page["has_more"]:
            return out


def jpeg_bytes(colour: str, size: tuple[int, int] = (800, 600)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, colour).save(buf, "JPEG", quality=90)
    return buf.getvalue()
