"""Bad input everywhere: a 4xx with {"error": {"code", "message"}}, never a 500,
and nothing stored half-way."""

from __future__ import annotations

import sqlite3

import pytest
import requests

from central_server.testing import LiveServer

from .conftest import Client
from .helpers import action, walk_in


def _assert_error(resp: requests.Response, status: int | None = None) -> dict:
    assert 400 <= resp.status_code < 500, (resp.status_code, resp.text)
    if status is not None:
        assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message"}
    assert body["error"]["message"].strip()
    return body["error"]


def _counts(server: LiveServer) -> tuple[int, int, int]:
    with sqlite3.connect(server.database_url.removeprefix("sqlite:///")) as db:
        return tuple(  # type: ignore[return-value]
            db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("reports", "events", "applied_actions")
        )


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"[]",
        b'{"actions": "many"}',
        b'{"actions": [{"action_id": 5}]}',
        b'{"actions": [], "extra": 1}',
        b'{"actions": [{"action_id": "not-a-uuid", "report_id": "r", "type": "note",'
        b' "happened_at": "2025-01-01T00:00:00Z"}]}',
        b'{"actions": [{"action_id": "0b6f4f3e-0000-4000-8000-000000000001", "report_id": "r",'
        b' "type": "fly", "happened_at": "2025-01-01T00:00:00Z"}]}',
        b'{"actions": [{"action_id": "0b6f4f3e-0000-4000-8000-000000000001",'
        b' "report_id": "' + b"x" * 5000 + b'", "type": "note",'
        b' "happened_at": "2025-01-01T00:00:00Z"}]}',
    ],
)
def test_malformed_actions_are_422(shared_server: LiveServer, body: bytes) -> None:
    client = Client(shared_server, "field.a")
    before = _counts(shared_server)
    resp = client.post("/sync/actions", data=body, headers={"Content-Type": "application/json"})
    error = _assert_error(resp, 422)
    assert error["code"] == "invalid_request"
    assert _counts(shared_server) == before


def test_readable_validation_message(shared_server: LiveServer) -> None:
    resp = Client(shared_server, "field.a").post("/sync/actions", json={"actions": [{}]})
    message = _assert_error(resp, 422)["message"]
    assert "wajib diisi" in message
    assert "actions.0" in message


def test_huge_body_is_413(shared_server: LiveServer) -> None:
    client = Client(shared_server, "field.a")
    resp = client.post(
        "/sync/actions", data=b"x" * (5 * 1024 * 1024), headers={"Content-Type": "application/json"}
    )
    _assert_error(resp, 413)


def test_invalid_payloads_are_rejected_per_action(shared_server: LiveServer) -> None:
    desk = Client(shared_server, "desk")
    before = _counts(shared_server)
    results = desk.act(
        walk_in(description="x" * 20000),
        walk_in(reporter={"name": "Budi", "nik": "123"}),
        walk_in(channel="jaki"),
        walk_in(lat="utara", lon=106.8, kelurahan_code=None),
        walk_in(photos="semua"),
    )
    assert [r["status"] for r in results] == ["rejected"] * 5
    assert all(r["message"] for r in results)
    assert _counts(shared_server) == before


@pytest.mark.parametrize(
    "params", [{"cursor": "abc"}, {"cursor": -1}, {"limit": 0}, {"limit": 2001}, {"cursor": "1e9"}]
)
def test_bad_cursor_or_limit(shared_server: LiveServer, params: dict) -> None:
    resp = Client(shared_server, "field.a").get("/sync/changes", params=params)
    _assert_error(resp, 422)


def test_unknown_route_and_method(shared_server: LiveServer) -> None:
    client = Client(shared_server, "field.a")
    assert _assert_error(client.get("/no/such/thing"), 404)["code"] == "not_found"
    wrong = client.http.delete(f"{shared_server.api}/sync/actions")
    _assert_error(wrong, 405)
    assert wrong.headers["Allow"] == "POST"
    # A path served by several routes names all their methods, not the first one's.
    media = client.post(f"/media/{'a' * 64}")
    _assert_error(media, 405)
    assert media.headers["Allow"] == "GET, HEAD, PUT"


def test_bad_login_bodies(shared_server: LiveServer) -> None:
    url = f"{shared_server.api}/auth/token"
    for body in (
        {},
        {"officer_id": "field.a"},
        {"officer_id": "a", "password": ""},
        {"officer_id": "a" * 1000, "password": "x"},
        {"officer_id": "field.a", "password": "x", "role": "validator"},
    ):
        _assert_error(requests.post(url, json=body, timeout=10), 422)
    _assert_error(requests.post(url, data=b"\xff\xfe", timeout=10), 422)


def test_note_with_wrong_types_is_rejected(shared_server: LiveServer) -> None:
    client = Client(shared_server, "field.a")
    reports, _, _ = client.pull_all()
    report = next(iter(reports.values()))
    before = _counts(shared_server)
    results = client.act(
        action(report["id"], "note", report["version"], note=["list", "not", "text"]),
        action(report["id"], "set_priority", report["version"], priority="urgent"),
    )
    assert [r["status"] for r in results] == ["rejected", "rejected"]
    assert _counts(shared_server) == before


def test_reference_etag(shared_server: LiveServer) -> None:
    client = Client(shared_server, "field.a")
    first = client.get("/reference")
    assert first.status_code == 200
    assert {c["id"] for c in first.json()["categories"]} == {"jalan", "sampah"}
    etag = first.headers["ETag"]
    again = client.get("/reference", headers={"If-None-Match": etag})
    assert again.status_code == 304
    other = client.get("/reference", headers={"If-None-Match": '"different"'})
    assert other.status_code == 200
