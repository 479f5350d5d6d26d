"""Supervisor and validator tests: workstations of several people on one REAL server.

Each test starts its own server process (they change server state) and talks HTTP
to it through ``HttpBackend``, exactly as the app does.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import live_workstation
import pytest
import requests
from PIL import Image

from central_server.testing import LiveServer, auth_header, login
from officer_app.sync.engine import SyncResult


class Workstation(live_workstation.Workstation):
    """A workstation whose every sync must succeed (these tests are about the outcome)."""

    def sync(self, **config: object) -> SyncResult:
        result = super().sync(**config)
        assert result.ok, result.message
        return result


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
