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


def test_a_turn_is_given_back_when_the_answer_starts_not_when_it_is_read() -> None:
    """A slow reader blocks only its own bytes; the next request is admitted meanwhile."""
    import asyncio

    from central_server.overload import AdmissionControl

    reader_blocked = asyncio.Event()

    async def app(scope, receive, send):  # type: ignore[no-untyped-def]
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"x" * 10, "more_body": False})

    async def scenario() -> list[int]:
        middleware = AdmissionControl(app, limit=1, queue_wait_s=0.2, retry_after_s=1)
        statuses: list[int] = []
        never_drained = asyncio.Event()

        async def slow_send(message):  # type: ignore[no-untyped-def]
            if message["type"] == "http.response.body":
                reader_blocked.set()
                await never_drained.wait()  # the reader never takes the body

        async def fast_send(message):  # type: ignore[no-untyped-def]
            if message["type"] == "http.response.start":
                statuses.append(message["status"])

        async def receive():  # type: ignore[no-untyped-def]
            return {"type": "http.request", "body": b"", "more_body": False}

        scope = {"type": "http", "path": "/api/v1/sync/changes", "method": "GET"}
        slow = asyncio.ensure_future(middleware(scope, receive, slow_send))
        await reader_blocked.wait()
        await middleware(scope, receive, fast_send)
        slow.cancel()
        # The cancelled request still gives nothing back twice: a third is admitted too.
        await asyncio.gather(slow, return_exceptions=True)
        await middleware(scope, receive, fast_send)
        assert middleware._slots is not None
        assert middleware._slots._value == 1
        return statuses

    assert asyncio.run(scenario()) == [200, 200]


def test_a_reader_that_takes_nothing_does_not_hold_the_workers_turn(server_factory) -> None:  # type: ignore[no-untyped-def]
    """Real server, one turn: a PC downloads a large photo and reads nothing of it.

    Uvicorn waits for a slow reader before it writes the next part of an answer, so a
    file sent in parts (a photo) used to keep the worker's only turn.
    """
    import hashlib
    import io
    import random
    import socket
    import time

    from PIL import Image

    server = server_factory(
        **plan_server_kwargs(
            plan.build(2),
            extra_args=["--max-concurrent", "1", "--queue-wait-seconds", "0.5"],
        )
    )
    noise = random.Random(7).randbytes(1800 * 1800 * 3)
    buf = io.BytesIO()
    Image.frombytes("RGB", (1800, 1800), noise).save(buf, "PNG")
    data = buf.getvalue()  # ~9.7 MB: more than the kernel's send buffer takes (~2.8 MB)
    digest = hashlib.sha256(data).hexdigest()
    token = _login(server, "field.a").json()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    put = requests.put(f"{server.api}/media/{digest}", data=data, headers=auth, timeout=60)
    assert put.status_code == 201, put.text

    stalled = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # A tiny receive window: the server's writes fill up and wait for this reader.
    stalled.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    stalled.connect(("127.0.0.1", server.port))
    try:
        request = (
            f"GET /api/v1/media/{digest} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Authorization: Bearer {token}\r\n\r\n"
        )
        stalled.sendall(request.encode())
        stalled.settimeout(60)
        first = stalled.recv(64)
        assert first.startswith(b"HTTP/1.1 200"), first
        time.sleep(0.5)  # the server is now waiting for this reader
        answers = [_login(server, "field.b") for _ in range(3)]
        assert [a.status_code for a in answers] == [200, 200, 200], [a.text for a in answers]
    finally:
        stalled.close()
