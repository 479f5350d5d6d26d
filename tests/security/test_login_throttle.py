"""Sign-in throttling that stops guessing but not an office, against real servers.

Clients speak from different loopback addresses (127.0.0.x: all of 127/8 is this
machine), so "one office behind one NAT address" and "one account tried from many
addresses" are real TCP peers, not a header. Throttling state is in the database:
two server processes on one database (two workers) share it.
"""

from __future__ import annotations

import http.client
import json
from collections.abc import Callable

import pytest
from server import plan
from server.conftest import plan_server_kwargs

from central_server.testing import LiveServer

OFFICE = "127.0.0.5"  # the office's one NAT address


def sign_in(
    server: LiveServer, officer_id: str, password: str, source: str = OFFICE
) -> tuple[int, dict, dict[str, str]]:
    """POST /auth/token from the loopback address ``source``: (status, body, headers)."""
    conn = http.client.HTTPConnection(
        "127.0.0.1", server.port, timeout=30, source_address=(source, 0)
    )
    try:
        body = json.dumps({"officer_id": officer_id, "password": password})
        conn.request("POST", "/api/v1/auth/token", body, {"Content-Type": "application/json"})
        resp = conn.getresponse()
        return (
            resp.status,
            json.loads(resp.read() or b"{}"),
            {k.lower(): v for k, v in resp.getheaders()},
        )
    finally:
        conn.close()


@pytest.fixture
def throttled(
    server_factory: Callable[..., LiveServer], monkeypatch: pytest.MonkeyPatch
) -> LiveServer:
    # Free counts: 3 per account and address, 10 per account, 5 accounts per address.
    monkeypatch.setenv("CRM_LOGIN_THROTTLE", "3/10/5")
    return server_factory(**plan_server_kwargs(plan.build(n_per_kelurahan=1)))


def test_one_interns_typos_do_not_stop_the_office(throttled: LiveServer) -> None:
    for _ in range(3):
        assert sign_in(throttled, "field.b", "salah ketik")[0] == 401
    status, body, headers = sign_in(throttled, "field.b", "salah ketik")
    assert status == 423  # the intern waits a second...
    assert body["error"]["code"] == "account_locked"
    assert headers["retry-after"] == "1"
    # ...while colleagues behind the same address sign in as usual.
    for colleague in ("field.a", "super.kec", "desk"):
        assert sign_in(throttled, colleague, plan.PASSWORD)[0] == 200, colleague


def test_credential_stuffing_from_one_address_is_slowed(throttled: LiveServer) -> None:
    stuffer = "127.0.0.66"
    # The office signed in from this address before (a known pair).
    assert sign_in(throttled, "field.a", plan.PASSWORD, stuffer)[0] == 200
    # A few typos from many accounts is a Monday: nothing waits.
    codes = [sign_in(throttled, f"daftar.bocor.{i}", "123456", stuffer)[0] for i in range(5)]
    assert codes == [401] * 5
    # The 6th different account from the same address: the address must wait.
    status, body, headers = sign_in(throttled, "daftar.bocor.5", "123456", stuffer)
    assert status == 429
    assert body["error"]["code"] == "too_many_attempts"
    assert 1 <= int(headers["retry-after"]) <= 900
    assert "alamat ini" in body["error"]["message"]
    # An account never signed in from here waits too (its password is not even tried)...
    assert sign_in(throttled, "field.b", plan.PASSWORD, stuffer)[0] == 429
    # ...but the officer known at this address is not locked out by the run.
    assert sign_in(throttled, "field.a", plan.PASSWORD, stuffer)[0] == 200
    # Other addresses are untouched.
    assert sign_in(throttled, "field.b", plan.PASSWORD, "127.0.0.67")[0] == 200


def test_one_account_guessed_from_many_addresses_is_slowed(throttled: LiveServer) -> None:
    assert sign_in(throttled, "super.kec", plan.PASSWORD)[0] == 200  # at the office, as usual
    # Never 3 failures from one address, so only the per-account counter can act.
    codes = [sign_in(throttled, "super.kec", "tebakan", f"127.0.1.{i}")[0] for i in range(1, 11)]
    assert codes == [401] * 10
    status, body, _ = sign_in(throttled, "super.kec", plan.PASSWORD, "127.0.1.50")
    assert status == 423
    assert body["error"]["code"] == "account_locked"
    # The guessing run does not lock the officer out of the usual place.
    assert sign_in(throttled, "super.kec", plan.PASSWORD)[0] == 200


def test_throttling_is_shared_between_worker_processes(
    server_factory: Callable[..., LiveServer],
    monkeypatch: pytest.MonkeyPatch,
    database_url: str | None,
) -> None:
    monkeypatch.setenv("CRM_LOGIN_THROTTLE", "3/10/5")
    kwargs = plan_server_kwargs(plan.build(n_per_kelurahan=1), database_url=database_url)
    first = server_factory(**kwargs)
    second = server_factory(database_url=first.database_url, n_reports=None, demo=False)
    assert sign_in(second, "desk", plan.PASSWORD)[0] == 200  # a known pair (an upsert)
    assert sign_in(first, "desk", plan.PASSWORD)[0] == 200  # the same pair, once again
    for _ in range(3):
        assert sign_in(first, "field.a", "salah")[0] == 401
    # The other process knows: the next attempt is too early there as well.
    assert sign_in(second, "field.a", "salah")[0] == 423
