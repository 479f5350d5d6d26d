"""Breach readiness: a leak scenario replayed on a real server. Two validators on two
PCs look at identities, a desk takes a walk-in; then the data protection officer
asks which identities an account, a PC or a time range exposed, and the answer is
exactly what happened."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime

import pytest
import requests

from central_server.testing import LiveServer, auth_header, server_rows

from .conftest import Client
from .helpers import walk_in
from .plan import PASSWORD
from .privacy_helpers import REASON, ServerStarter, crm_central, privacy_plan, reports_by_status


class DeviceClient(Client):
    """A signed-in officer on a named PC (the workstation's X-CRM-Device header)."""

    def __init__(self, server: LiveServer, officer_id: str, device: str) -> None:
        self.server = server
        self.officer_id = officer_id
        self.http = requests.Session()
        self.http.headers["X-CRM-Device"] = device
        resp = self.http.post(
            f"{server.api}/auth/token",
            json={"officer_id": officer_id, "password": PASSWORD},
            timeout=30,
        )
        assert resp.status_code == 200, resp.text
        self.token = resp.json()["token"]
        self.http.headers.update(auth_header(self.token))


@pytest.fixture
def leak(plan_server: ServerStarter) -> dict:
    plan = privacy_plan()
    live = plan_server(plan)
    waiting = {r.id for r in reports_by_status(plan, "menunggu_validasi")}
    first = DeviceClient(live, "validator", "PC-BIRO-07")
    seen_first, _, _ = first.pull_all()
    assert set(seen_first) == waiting
    time.sleep(0.05)
    between = datetime.now(UTC)
    time.sleep(0.05)
    second = DeviceClient(live, "validator2", "PC-BIRO-09")
    seen_second, _, _ = second.pull_all()
    assert set(seen_second) == waiting
    desk = DeviceClient(live, "desk", "PC-MEJA-01")
    (created,) = desk.act(walk_in())
    assert created["status"] == "applied", created
    return {
        "server": live,
        "plan": plan,
        "waiting": waiting,
        "between": between,
        "walk_in": created["report"]["id"],
        "dpo": Client(live, "dpo"),
    }


def _ask(leak: dict, **question: object) -> dict:
    answer = leak["dpo"].post("/privacy/exposure", json={**question, "reason": REASON})
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def test_an_account_a_pc_and_a_time_range_are_answered_exactly(leak: dict) -> None:
    by_account = _ask(leak, account="validator")
    assert {i["report_id"] for i in by_account["items"]} == leak["waiting"]
    assert by_account["officers"] == ["validator"]
    assert by_account["identities_exposed"] == len(leak["waiting"])
    assert by_account["persons"] == len(leak["waiting"])  # one NIK each in the plan
    for item in by_account["items"]:
        assert [v["officer"] for v in item["views"]] == ["validator"]
        assert set(item["data_held_now"]) >= {"name", "nik", "phone"}
        assert "contact" not in item  # no values unless asked for

    by_pc = _ask(leak, device="PC-BIRO-09")
    assert {i["report_id"] for i in by_pc["items"]} == leak["waiting"]
    assert by_pc["officers"] == ["validator2"]
    assert _ask(leak, device="PC-LAIN-01")["identities_exposed"] == 0

    since = _ask(leak, since=leak["between"].isoformat())
    assert {i["report_id"] for i in since["items"]} == leak["waiting"] | {leak["walk_in"]}
    assert set(since["officers"]) == {"validator2", "desk"}
    before = _ask(leak, until=leak["between"].isoformat())
    assert before["officers"] == ["validator"]

    desk = _ask(leak, account="desk")
    (typed,) = desk["items"]
    assert typed["report_id"] == leak["walk_in"]
    assert typed["entered_at_desk"]["officer"] == "desk"
    assert typed["views"] == []

    # A stolen desk PC: the identities typed on it.
    desk_pc = _ask(leak, device="PC-MEJA-01")
    assert [i["report_id"] for i in desk_pc["items"]] == [leak["walk_in"]]
    assert desk_pc["officers"] == ["desk"]

    # Names and phones to notify the people, on request, and that is audited too.
    contacts = _ask(leak, device="PC-BIRO-07", contacts=True)
    names = {i["contact"]["name"] for i in contacts["items"]}
    assert len(names) == len(leak["waiting"])
    assert all(n.startswith("Warga Pelapor Nomor") for n in names)
    asked = server_rows(
        leak["server"], "SELECT actor_id, detail FROM audit_log WHERE kind = 'exposure_query'"
    )
    assert len(asked) == 8
    assert {a[0] for a in asked} == {"dpo"}
    last = asked[-1][1] if isinstance(asked[-1][1], dict) else json.loads(asked[-1][1])
    assert last["contacts"] is True
    assert last["device"] == "PC-BIRO-07"
    assert last["reason"] == REASON
    # The officer's own look-ups are counted for that account.
    leak["dpo"].post("/privacy/search", json={"nik": "3171014508900001", "reason": REASON})
    assert _ask(leak, account="dpo")["privacy_lookups"] == 1


def test_the_command_answers_the_same_question(leak: dict) -> None:
    server = leak["server"]
    result = crm_central(
        "privacy",
        "exposure",
        "--database",
        server.database_url,
        "--as",
        "dpo",
        "--reason",
        REASON,
        "--device",
        "PC-BIRO-07",
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert {i["report_id"] for i in answer["items"]} == leak["waiting"]
    assert answer["officers"] == ["validator"]
    assert answer["first_at"] <= answer["last_at"]
    refused = crm_central(
        "privacy",
        "exposure",
        "--database",
        server.database_url,
        "--as",
        "dpo",
        "--reason",
        REASON,
    )
    assert refused.returncode == 2
    assert "--account" in refused.stderr
