"""POST /audit/exports: a notice sent again (its answer lost) is recorded once."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from .conftest import login_client


def _exports(client: Any) -> list[dict[str, Any]]:
    entries, cursor = [], 0
    while True:
        resp = client.get("/audit", params={"cursor": cursor, "limit": 500})
        assert resp.status_code == 200, resp.text
        page = resp.json()
        entries += [e for e in page["entries"] if e["kind"] == "export"]
        if not page["has_more"]:
            return entries
        cursor = page["next_cursor"]


def test_a_replayed_notice_is_one_entry_and_a_new_one_is_another(plan_server) -> None:
    shared_server = plan_server()  # on SQLite and on PostgreSQL (JSON field lookup)
    client = login_client(shared_server, "super.a")
    before = len(_exports(client))
    notice = {
        "format": "csv",
        "what": "dasbor 2026-11",
        "rows": 12,
        "happened_at": datetime.now(UTC).isoformat(),
        "notice_id": uuid.uuid4().hex,
    }
    first = client.post("/audit/exports", json=notice)
    again = client.post("/audit/exports", json=notice)
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json() == first.json()
    assert first.json()["detail"]["notice_id"] == notice["notice_id"]
    assert len(_exports(client)) == before + 1

    # Another supervisor's notice with the same id is theirs, not a replay.
    other = login_client(shared_server, "super.kec").post("/audit/exports", json=notice)
    assert other.status_code == 201
    assert other.json()["id"] != first.json()["id"]

    # A new notice, and one from an older workstation without an id, are new entries.
    fresh = client.post("/audit/exports", json={**notice, "notice_id": uuid.uuid4().hex})
    plain = {k: v for k, v in notice.items() if k != "notice_id"}
    older = [client.post("/audit/exports", json=plain) for _ in range(2)]
    assert [r.status_code for r in (fresh, *older)] == [201, 201, 201]
    assert len(_exports(client)) == before + 4


def test_a_malformed_notice_id_is_refused_with_a_message(shared_server) -> None:
    client = login_client(shared_server, "super.a")
    resp = client.post(
        "/audit/exports",
        json={
            "format": "pdf",
            "what": "dasbor",
            "rows": 1,
            "happened_at": datetime.now(UTC).isoformat(),
            "notice_id": "'; DROP TABLE audit_log; --",
        },
    )
    assert resp.status_code == 422
    assert "error" in resp.json()
