"""Helpers for tests that talk to a real central server on 127.0.0.1.

The launcher itself (``LiveServer``) lives in ``central_server.embedded``, which the
demo mode of the workstation uses too; it is re-exported here so that
``from central_server.testing import LiveServer`` keeps working. tests/conftest.py
builds its fixtures on this module; other test suites import it directly.
"""

from __future__ import annotations

from typing import Any

import requests
from sqlalchemy import create_engine, text

from central_server.embedded import (  # noqa: F401 - re-exported for tests
    REPO_ROOT,
    STARTUP_TIMEOUT_S,
    LiveServer,
    free_port,
)
from crm_shared.geo.datadir import find_data_dir  # noqa: F401 - re-exported for tests

DEMO_PASSWORD = "demo-password"


def login(url: str, officer_id: str, password: str = DEMO_PASSWORD) -> str:
    """Log in on the server at ``url`` (base url or .../api/v1); return the bearer token."""
    base = url.rstrip("/")
    if not base.endswith("/api/v1"):
        base += "/api/v1"
    resp = requests.post(
        f"{base}/auth/token", json={"officer_id": officer_id, "password": password}, timeout=30
    )
    assert resp.status_code == 200, resp.text
    return str(resp.json()["token"])


def auth_header(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def server_rows(server: LiveServer, sql: str, **params: Any) -> list[Any]:
    """Rows of ``sql`` read straight from the server's database (what it stored)."""
    engine = create_engine(server.database_url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(text(sql), params))
    finally:
        engine.dispose()
