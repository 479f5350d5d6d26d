"""Overload is graceful: 503 with Retry-After and a JSON body, never a dropped connection."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests
from fastapi.testclient import TestClient

from central_server.app import create_app
from central_server.config import ServerConfig
from central_server.testing import LiveServer

from . import plan
from .conftest import plan_server_kwargs


def _login(server: LiveServer, officer_id: str) -> requests.Response:
    # A new connection per request, like many PCs starting at once.
    return requests.post(
        f"{server.api}/auth/token",
        json={"officer_id": officer_id, "password": plan.PASSWORD},
        headers={"Connection": "close"},
        timeout=60,
    )


def test_saturated_worker_answers_503_with_retry_after(server_factory) -> None:  # type: ignore[no-untyped-def]
    server = server_factory(
        **plan_server_kwargs(
            plan.build(5),
            extra_args=["--max-concurrent", "1", "--queue-wait-seconds", "0.05"],
        )
    )
    officers = ["field.a", "field.a2", "field.b", "super.a", "super.kec", "desk", "validator"]
    with ThreadPoolExecutor(24) as pool:
        answers = list(pool.map(lambda i: _login(server, officers[i % len(officers)]), range(48)))
        # While it is saturated, the health probe is still answered at once.
        assert requests.get(f"{server.api}/health", timeout=10).status_code == 200
    statuses = {resp.status_code for resp in answers}
    assert statuses <= {200, 503}, statuses
    assert 200 in statuses, statuses
    assert 503 in statuses, statuses
    for resp in answers:
        if resp.status_code == 503:
            assert int(resp.headers["Retry-After"]) >= 1
            assert resp.json()["error"]["code"] == "overloaded"
            assert "sibuk" in resp.json()["error"]["message"]


def test_pool_timeout_during_login_is_json_503(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    plan.seed_database(url, plan.build(2))
    app = create_app(
        ServerConfig(
            database_url=url, media_dir=tmp_path / "media", pool_size=1, pool_timeout_s=0.1
        )
    )
    # Every connection of the login's pool is taken (size 1 + overflow 2).
    write_engine = app.state.write_sessionmaker.kw["bind"]
    held = [write_engine.connect() for _ in range(3)]
    try:
        client = TestClient(app, raise_server_exceptions=False)
        resp = client.post(
            "/api/v1/auth/token", json={"officer_id": "field.a", "password": plan.PASSWORD}
        )
    finally:
        for conn in held:
            conn.close()
    assert resp.status_code == 503
    assert resp.headers["Retry-After"] == "2"
    assert resp.json()["error"]["code"] == "unavailable"
    # With connections free again, the same login succeeds.
    ok = client.post(
        "/api/v1/auth/token", json={"officer_id": "field.a", "password": plan.PASSWORD}
    )
    assert ok.status_code == 200, ok.text


def test_ready_asks_the_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    plan.seed_database(url, plan.build(1))
    app = create_app(ServerConfig(database_url=url, media_dir=tmp_path / "media"))
    client = TestClient(app, raise_server_exceptions=False)
    assert client.get("/api/v1/ready").json()["status"] == "ready"
    # The database goes away: liveness still answers, readiness says 503 with JSON.
    (tmp_path / "c.sqlite3").unlink()
    (tmp_path / "c.sqlite3").mkdir()
    app.state.engine.dispose()
    assert client.get("/api/v1/health").status_code == 200
    resp = client.get("/api/v1/ready")
    assert resp.status_code == 503
    assert resp.json()["error"]["code"] == "not_ready"
    assert resp.headers["Retry-After"] == "2"
