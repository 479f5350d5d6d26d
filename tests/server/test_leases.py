"""Official report numbers leased to a walk-in desk."""

from __future__ import annotations

from datetime import datetime

from central_server.testing import LiveServer
from crm_shared.domain import JAKARTA_TZ, ReportNumber

from .conftest import Client
from .helpers import walk_in


def test_lease_gives_consecutive_numbers_of_today(shared_server: LiveServer) -> None:
    desk = Client(shared_server, "desk")
    resp = desk.post("/numbers/lease", json={"count": 5})
    assert resp.status_code == 200, resp.text
    body = resp.json()
    numbers = [ReportNumber.parse(n) for n in body["numbers"]]
    today = datetime.now(JAKARTA_TZ).date()
    assert {n.day for n in numbers} == {today}
    sequences = [n.sequence for n in numbers]
    assert sequences == list(range(sequences[0], sequences[0] + 5))
    expires = datetime.fromisoformat(body["expires_at"]).astimezone(JAKARTA_TZ)
    assert expires.date() > today
    assert (expires.hour, expires.minute) == (0, 0)
    again = desk.post("/numbers/lease", json={"count": 2}).json()
    assert ReportNumber.parse(again["numbers"][0]).sequence > sequences[-1]


def test_only_desks_lease(shared_server: LiveServer) -> None:
    resp = Client(shared_server, "field.a").post("/numbers/lease", json={"count": 5})
    assert resp.status_code == 403
    assert resp.json()["error"]["code"] == "role_forbidden"


def test_lease_count_is_bounded(shared_server: LiveServer) -> None:
    desk = Client(shared_server, "desk")
    for count in (0, 201, "lima"):
        resp = desk.post("/numbers/lease", json={"count": count})
        assert resp.status_code == 422
        assert resp.json()["error"]["code"] == "invalid_request"


def test_return_unused_numbers(shared_server: LiveServer) -> None:
    desk = Client(shared_server, "desk")
    lease = desk.post("/numbers/lease", json={"count": 3}).json()
    used, unused = lease["numbers"][0], lease["numbers"][1:]
    (created,) = desk.act(walk_in(number=used))
    assert created["report"]["number"] == used
    path = f"/numbers/lease/{lease['lease_id']}/return"
    refused = desk.post(path, json={"unused": [used]})
    assert refused.status_code == 409
    stranger = desk.post(path, json={"unused": ["JK9901010001"]})
    assert stranger.status_code == 422
    assert desk.post(path, json={"unused": unused}).status_code == 204
    # A released number is not accepted for a new report afterwards.
    (late,) = desk.act(walk_in(number=unused[0]))
    assert late["status"] == "applied"
    assert late["report"]["number"] != unused[0]
    other = Client(shared_server, "field.a").post(path, json={"unused": unused})
    assert other.status_code == 403
    missing = desk.post("/numbers/lease/no-such-lease/return", json={"unused": []})
    assert missing.status_code == 404
