"""Who sees which reports, and that reporter identities never reach officers."""

from __future__ import annotations

import sqlite3

from central_server.testing import LiveServer

from . import plan
from .conftest import Client


def _identities(server: LiveServer) -> list[tuple[str, str, str]]:
    path = server.database_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as db:
        rows = db.execute(
            "SELECT name, nik, phone FROM reporter_identities WHERE anonymous = 0"
        ).fetchall()
    assert rows, "the plan has identified reporters"
    return rows


def test_field_officer_sees_only_own_kelurahan(shared_server: LiveServer) -> None:
    a, _, pages_a = Client(shared_server, "field.a").pull_all(limit=7)
    b, _, _ = Client(shared_server, "field.b").pull_all()
    assert a
    assert {r["unit_id"] for r in a.values()} == {plan.KEL_A}
    assert {r["unit_id"] for r in b.values()} == {plan.KEL_B}
    assert not set(a) & set(b)
    assert pages_a[-1]["total_visible"] == len(a)
    assert len(pages_a) > 1  # paged with keyset cursors


def test_supervisor_sees_units_below(shared_server: LiveServer) -> None:
    kec, _, _ = Client(shared_server, "super.kec").pull_all()
    a, _, _ = Client(shared_server, "field.a").pull_all()
    b, _, _ = Client(shared_server, "field.b").pull_all()
    assert set(a) | set(b) <= set(kec)
    lurah, _, _ = Client(shared_server, "super.a").pull_all()
    assert {r["unit_id"] for r in lurah.values()} == {plan.KEL_A}


def test_validator_sees_only_waiting_for_validation(shared_server: LiveServer) -> None:
    seen, _, _ = Client(shared_server, "validator").pull_all()
    assert seen
    assert {r["status"] for r in seen.values()} == {"menunggu_validasi"}
    # Validators receive the identity, and every view is audited.
    shown = [r for r in seen.values() if not r["reporter"]["hidden"]]
    assert shown
    assert all(r["reporter"]["nik"] for r in shown)
    path = shared_server.database_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as db:
        audited = {
            rid
            for (rid,) in db.execute(
                "SELECT report_id FROM audit_log"
                " WHERE kind = 'identity_view' AND actor_id = 'validator'"
            )
        }
    assert {r["id"] for r in shown} <= audited


def test_no_identity_in_officer_or_supervisor_payloads(shared_server: LiveServer) -> None:
    secrets = _identities(shared_server)
    for officer_id in ("field.a", "field.b", "super.kec", "super.a", "desk"):
        client = Client(shared_server, officer_id)
        raw = client.get("/sync/changes", params={"cursor": 0, "limit": 2000}).text
        reports = client.get("/sync/changes", params={"cursor": 0, "limit": 2000}).json()
        for r in reports["reports"]:
            assert r["reporter"] == {
                "hidden": True,
                "anonymous": False,
                "name": None,
                "nik": None,
                "phone": None,
                "address": None,
            }
        for identity in secrets:
            for value in filter(None, identity):
                assert value not in raw
