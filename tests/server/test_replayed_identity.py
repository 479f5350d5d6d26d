"""A validator's answer carries the reporter's identity; the server keeps it only in
``reporter_identities``.

The first answer to an action is kept (``applied_actions.result``) so that a
replay answers the same; it is kept without the identity. A replay answered to a
validator gets the identity again from ``reporter_identities``, and that view is
in the audit log like every other; a replay answered to anyone else has none.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from central_server.testing import LiveServer, server_rows

from .conftest import Client
from .helpers import action

ServerStarter = Callable[..., LiveServer]


def _views(server: LiveServer, report_id: str) -> int:
    return len(
        server_rows(
            server,
            "SELECT id FROM audit_log WHERE kind = 'identity_view' AND actor_id = 'validator' "
            "AND report_id = :r",
            r=report_id,
        )
    )


def _stored(server: LiveServer, action_id: str) -> str:
    (row,) = server_rows(
        server, "SELECT result FROM applied_actions WHERE action_id = :a", a=action_id.lower()
    )
    result = row[0]
    return result if isinstance(result, str) else json.dumps(result)


def test_the_stored_answer_holds_no_identity_and_a_replay_is_audited(
    plan_server: ServerStarter,
) -> None:
    server = plan_server()
    validator = Client(server, "validator")
    seen, _, _ = validator.pull_all()
    report = next(
        r
        for r in sorted(seen.values(), key=lambda r: r["id"])
        if not r["reporter"]["hidden"] and not r["reporter"]["anonymous"]
    )
    who = report["reporter"]
    assert who["nik"]
    assert who["name"]
    assert who["phone"]
    views = _views(server, report["id"])
    assert views >= 1  # the pull showed it

    reject = action(
        report["id"], "reject_followup", report["version"], reason="Foto sesudah tidak jelas"
    )
    (first,) = validator.act(reject)
    assert first["status"] == "applied", first
    assert first["report"]["reporter"] == who  # the validator sees the identity
    assert _views(server, report["id"]) == views + 1

    # What the server keeps of that answer: the reporter hidden, no identity anywhere.
    stored = _stored(server, reject["action_id"])
    assert json.loads(stored)["report"]["reporter"]["hidden"] is True
    for value in (who["nik"], who["name"], who["phone"], who["address"]):
        assert value not in stored
    held = server_rows(
        server, "SELECT nik FROM reporter_identities WHERE report_id = :r", r=report["id"]
    )
    assert [r[0] for r in held] == [who["nik"]]

    # The client never heard the answer and sends the action again: the same answer,
    # the identity from reporter_identities, and the view audited.
    (again,) = validator.act(reject)
    assert again["status"] == "duplicate"
    assert again["report"] == first["report"]
    assert _views(server, report["id"]) == views + 2
    assert who["nik"] not in _stored(server, reject["action_id"])


def test_a_replay_to_a_field_officer_carries_no_identity(plan_server: ServerStarter) -> None:
    server = plan_server()
    officer = Client(server, "field.a")
    reports, _, _ = officer.pull_all()
    report = next(r for r in sorted(reports.values(), key=lambda r: r["id"]))
    secrets = server_rows(
        server, "SELECT nik, name FROM reporter_identities WHERE report_id = :r", r=report["id"]
    )
    assert secrets
    nik, name = secrets[0]
    note = action(report["id"], "note", report["version"], note="Sudah dicek ke lokasi")
    views_before = len(server_rows(server, "SELECT id FROM audit_log WHERE kind = 'identity_view'"))
    first, again = officer.act(note, note)
    assert first["status"] == "applied"
    assert again["status"] == "duplicate"
    assert again["report"] == first["report"]
    assert again["report"]["reporter"]["hidden"] is True
    for answer in (first, again):
        assert nik not in json.dumps(answer)
        assert name not in json.dumps(answer)
    after = len(server_rows(server, "SELECT id FROM audit_log WHERE kind = 'identity_view'"))
    assert after == views_before
