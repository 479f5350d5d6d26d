"""Logging in and out over HTTP against a real server process."""

from __future__ import annotations

import time
from collections.abc import Callable

import requests

from central_server.testing import LiveServer, auth_header

from . import plan
from .conftest import Client, plan_server_kwargs


def _token(server: LiveServer, officer_id: str, password: str) -> requests.Response:
    return requests.post(
        f"{server.api}/auth/token",
        json={"officer_id": officer_id, "password": password},
        timeout=30,
    )


def test_health_needs_no_auth(shared_server: LiveServer) -> None:
    resp = requests.get(f"{shared_server.api}/health", timeout=10)
    assert resp.status_code == 200
    assert resp.json() == {"status": "ok", "protocol": 1}


def test_login_returns_token_and_officer(shared_server: LiveServer) -> None:
    resp = _token(shared_server, "field.a", plan.PASSWORD)
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["token_type"] == "bearer"
    assert len(body["token"]) >= 32
    assert body["officer"] == {
        "id": "field.a",
        "name": "Petugas A",
        "role": "field_officer",
        "unit_id": plan.KEL_A,
        "unit_name": "Kelurahan A",
    }
    me = requests.get(
        f"{shared_server.api}/reference", headers=auth_header(body["token"]), timeout=10
    )
    assert me.status_code == 200


def test_wrong_password_is_401_invalid_credentials(shared_server: LiveServer) -> None:
    resp = _token(shared_server, "field.b", "not-the-password")
    assert resp.status_code == 401
    assert resp.json()["error"]["code"] == "invalid_credentials"
    unknown = _token(shared_server, "nobody.here", "whatever")
    assert unknown.status_code == 401
    assert unknown.json()["error"]["code"] == "invalid_credentials"


def test_failures_slow_an_account_down_with_growing_delays(shared_server: LiveServer) -> None:
    codes = [_token(shared_server, "lock.test", "wrong").status_code for _ in range(3)]
    assert codes == [401] * 3
    # Too early after the 3rd failure: refused (even the right password, which is
    # not looked at), with how long to wait, and not counted.
    for password in ("wrong", plan.PASSWORD):
        early = _token(shared_server, "lock.test", password)
        assert early.status_code == 423
        assert early.json()["error"]["code"] == "account_locked"
        assert "detik" in early.json()["error"]["message"]
        assert early.headers["Retry-After"] == "1"
    time.sleep(1.2)
    assert _token(shared_server, "lock.test", "wrong").status_code == 401  # the 4th failure
    doubled = _token(shared_server, "lock.test", "wrong")
    assert doubled.status_code == 423
    assert doubled.headers["Retry-After"] == "2"  # the delay grows
    time.sleep(2.2)
    assert _token(shared_server, "lock.test", plan.PASSWORD).status_code == 200
    # A success restarts the count: the next typo is an ordinary 401.
    assert _token(shared_server, "lock.test", "wrong").status_code == 401


def test_unknown_ids_are_throttled_like_known_ones(shared_server: LiveServer) -> None:
    # Otherwise the throttle would tell which officer ids exist.
    codes = [_token(shared_server, "tidak.ada", "x").status_code for _ in range(4)]
    assert codes == [401, 401, 401, 423]


def test_unknown_and_missing_token_are_401(shared_server: LiveServer) -> None:
    bad = requests.get(
        f"{shared_server.api}/sync/changes", headers=auth_header("made-up-token"), timeout=10
    )
    assert bad.status_code == 401
    assert bad.json()["error"]["code"] == "token_invalid"
    missing = requests.get(f"{shared_server.api}/sync/changes", timeout=10)
    assert missing.status_code == 401
    assert set(missing.json()["error"]) == {"code", "message"}


def test_logout_revokes_the_token(shared_server: LiveServer) -> None:
    client = Client(shared_server, "field.b")
    assert client.get("/sync/changes").status_code == 200
    assert client.post("/auth/logout").status_code == 204
    after = client.get("/sync/changes")
    assert after.status_code == 401
    assert after.json()["error"]["code"] == "token_invalid"


def test_demo_users_only_on_demo_servers(shared_server: LiveServer) -> None:
    resp = _token(shared_server, "demo.field", "demo-password")
    assert resp.status_code == 401


def test_expired_token_is_401(server_factory: Callable[..., LiveServer]) -> None:
    server = server_factory(**plan_server_kwargs(plan.build(2), token_ttl_s=1.0))
    client = Client(server, "field.a")
    assert client.get("/sync/changes").status_code == 200
    time.sleep(1.3)
    resp = client.get("/sync/changes")
    assert resp.status_code == 401
    assert resp.json()["error"]["code"] == "token_invalid"


def test_failed_logins_are_audited_for_the_unit_without_what_was_typed(
    shared_server: LiveServer,
) -> None:
    from sqlalchemy import create_engine, text

    typed = "sandi-salah-di-kolom-id"  # a password typed into the id field
    assert _token(shared_server, "field.b", "wrong-password").status_code == 401
    assert _token(shared_server, typed, "whatever").status_code == 401
    engine = create_engine(shared_server.database_url)
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT actor_id, unit_id, detail FROM audit_log WHERE kind = 'login_failed'")
        ).all()
        throttle = [str(tuple(r)) for r in conn.execute(text("SELECT * FROM login_failures"))]
    engine.dispose()
    assert throttle  # the failures are counted...
    assert all(typed not in row for row in throttle)  # ...by a hash, not by what was typed
    assert any(r.actor_id == "field.b" and r.unit_id == plan.KEL_B for r in rows)
    assert all(typed not in str(r.detail) for r in rows)
