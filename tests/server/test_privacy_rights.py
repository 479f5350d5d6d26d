"""The citizen's rights, served by the data protection officer on a real server:
find by NIK or phone, export readably, correct, erase (refused with the reason where
the identity must be kept), every step audited with who and why; every other role
gets 403."""

from __future__ import annotations

import json

import pytest
import requests

from central_server.testing import LiveServer, server_rows

from .conftest import Client
from .helpers import action, walk_in
from .plan import nik_for
from .privacy_helpers import REASON, ServerStarter, crm_central, privacy_plan, reports_by_status


@pytest.fixture
def server(plan_server: ServerStarter) -> tuple[LiveServer, object]:
    plan = privacy_plan()
    return plan_server(plan), plan


def _index(report_id: str) -> int:
    return int(report_id.removeprefix("r-"))


def test_search_finds_a_person_by_nik_and_by_phone_and_is_audited(server) -> None:
    live, plan = server
    dpo = Client(live, "dpo")
    closed = reports_by_status(plan, "selesai")[0]
    i = _index(closed.id)
    answer = dpo.post("/privacy/search", json={"nik": nik_for(i), "reason": REASON})
    assert answer.status_code == 200, answer.text
    (item,) = answer.json()["items"]
    assert item["report_number"] == closed.number
    assert item["identity"]["nik"] == nik_for(i)
    assert item["identity"]["name"] == f"Warga Pelapor Nomor{i}"
    assert item["erasable"] is True
    assert item["refusal"] is None
    assert item["erased_by_retention_on"] is not None

    # The same person by phone, written the way citizens say it (+62, spaces).
    phone = f"+62 8123{i:07d}"
    by_phone = dpo.post("/privacy/search", json={"phone": phone, "reason": REASON}).json()
    assert [x["report_id"] for x in by_phone["items"]] == [closed.id]

    entries = server_rows(
        live, "SELECT actor_id, detail FROM audit_log WHERE kind = 'privacy_search' ORDER BY id"
    )
    assert [e[0] for e in entries] == ["dpo", "dpo"]
    first = entries[0][1] if isinstance(entries[0][1], dict) else json.loads(entries[0][1])
    assert first["reason"] == REASON
    assert first["found"] == 1
    assert first["by"] == "nik"
    # The audit log, which can never be erased, keeps no NIK, phone or name.
    everything = json.dumps(
        [list(map(str, r)) for r in server_rows(live, "SELECT * FROM audit_log")]
    )
    assert nik_for(i) not in everything
    assert f"8123{i:07d}" not in everything
    assert f"Nomor{i}" not in everything


def test_export_is_readable_as_text_and_html_and_escapes_citizen_text(server) -> None:
    live, plan = server
    dpo = Client(live, "dpo")
    report = reports_by_status(plan, "menunggu_validasi")[0]
    i = _index(report.id)
    fix = dpo.post(
        "/privacy/correct",
        json={
            "report_id": report.id,
            "changes": {"address": "Gg. <b>Mawar</b> 3"},
            "reason": REASON,
        },
    )
    assert fix.status_code == 200, fix.text
    text = dpo.post("/privacy/export", json={"nik": nik_for(i), "reason": REASON, "format": "text"})
    assert text.status_code == 200
    assert text.headers["content-type"].startswith("text/plain")
    assert f"Laporan {report.number}" in text.text
    assert f"NIK: {nik_for(i)}" in text.text
    assert "Laporan masih" not in text.text  # refusals are for the officer, not the copy
    page = dpo.post("/privacy/export", json={"nik": nik_for(i), "reason": REASON, "format": "html"})
    assert page.headers["content-type"].startswith("text/html")
    assert "Gg. &lt;b&gt;Mawar&lt;/b&gt; 3" in page.text
    assert "<b>Mawar</b>" not in page.text
    as_json = dpo.post("/privacy/export", json={"nik": nik_for(i), "reason": REASON}).json()
    assert as_json["items"][0]["identity"]["address"] == "Gg. <b>Mawar</b> 3"
    kinds = [r[0] for r in server_rows(live, "SELECT kind FROM audit_log WHERE actor_id = 'dpo'")]
    assert kinds.count("privacy_export") == 3
    assert kinds.count("identity_correct") == 1


def test_a_correction_reaches_the_validator_holding_the_report(server) -> None:
    live, plan = server
    validator = Client(live, "validator")
    seen, cursor, _ = validator.pull_all()
    report = reports_by_status(plan, "menunggu_validasi")[0]
    assert seen[report.id]["reporter"]["phone"] == f"08123{_index(report.id):07d}"
    dpo = Client(live, "dpo")
    fixed = dpo.post(
        "/privacy/correct",
        json={"report_id": report.id, "changes": {"phone": "0812 9999 0000"}, "reason": REASON},
    )
    assert fixed.status_code == 200, fixed.text
    assert fixed.json()["item"]["identity"]["phone"] == "+6281299990000"
    again, _, _ = validator.pull_all(cursor)
    assert again[report.id]["reporter"]["phone"] == "+6281299990000"
    (detail,) = server_rows(
        live,
        "SELECT detail FROM audit_log WHERE kind = 'identity_correct' AND report_id = :r",
        r=report.id,
    )
    data = detail[0] if isinstance(detail[0], dict) else json.loads(detail[0])
    assert data["fields"] == ["phone"]
    assert data["reason"] == REASON
    assert "9999" not in json.dumps(data)
    bad = dpo.post(
        "/privacy/correct",
        json={"report_id": report.id, "changes": {"nik": "12"}, "reason": REASON},
    )
    assert bad.status_code == 422
    assert bad.json()["error"]["code"] == "nik_length"


def test_erasure_erases_closed_reports_and_refuses_open_or_held_ones(server) -> None:
    live, plan = server
    dpo = Client(live, "dpo")
    closed, held = reports_by_status(plan, "selesai")[:2]
    open_report = reports_by_status(plan, "proses")[0]
    hold = dpo.post(
        "/privacy/holds", json={"report": held.number, "reason": "Permintaan Ombudsman 7/2026"}
    )
    assert hold.status_code == 201, hold.text
    outcomes = {}
    for report in (closed, held, open_report):
        answer = dpo.post(
            "/privacy/erase", json={"nik": nik_for(_index(report.id)), "reason": REASON}
        )
        assert answer.status_code == 200, answer.text
        outcomes[report.id] = answer.json()
    assert outcomes[closed.id]["erased"] == [
        {"report_id": closed.id, "subject": "reporter", "supporter_id": None}
    ]
    (refused_open,) = outcomes[open_report.id]["refused"]
    assert "masih ditangani" in refused_open["reason"]
    (refused_held,) = outcomes[held.id]["refused"]
    assert "Ombudsman 7/2026" in refused_held["reason"]

    def identity(report_id: str) -> list:
        return list(
            server_rows(
                live,
                "SELECT name, nik, phone, address FROM reporter_identities WHERE report_id = :r",
                r=report_id,
            )[0]
        )

    assert identity(closed.id) == [None] * 4
    assert identity(open_report.id)[1] == nik_for(_index(open_report.id))
    assert identity(held.id)[1] == nik_for(_index(held.id))
    # The report itself, and its timeline, stay.
    assert (
        server_rows(live, "SELECT number FROM reports WHERE id = :r", r=closed.id)[0][0]
        == closed.number
    )
    basis = server_rows(live, "SELECT basis, actor_id, reason FROM identity_erasures")
    assert [tuple(b) for b in basis] == [("request", "dpo", REASON)]
    refusals = server_rows(live, "SELECT report_id FROM audit_log WHERE kind = 'erasure_refused'")
    assert sorted(r[0] for r in refusals) == sorted([held.id, open_report.id])

    # Released, the held identity may go.
    released = dpo.post(
        f"/privacy/holds/{hold.json()['hold_id']}/release",
        json={"reason": "Perkara Ombudsman selesai"},
    )
    assert released.status_code == 200
    answer = dpo.post(
        "/privacy/erase", json={"nik": nik_for(_index(held.id)), "reason": REASON}
    ).json()
    assert [e["report_id"] for e in answer["erased"]] == [held.id]
    # Erased: found no more, and nothing left to correct.
    assert (
        dpo.post(
            "/privacy/search", json={"nik": nik_for(_index(closed.id)), "reason": REASON}
        ).json()["items"]
        == []
    )
    again = dpo.post(
        "/privacy/correct",
        json={"report_id": closed.id, "changes": {"name": "Nama Baru"}, "reason": REASON},
    )
    assert again.status_code == 409


def test_a_supporter_is_found_and_erased_too(server) -> None:
    live, plan = server
    desk = Client(live, "desk")
    (created,) = desk.act(walk_in())
    assert created["status"] == "applied", created
    support = action(
        created["report"]["id"],
        "support",
        created["report"]["version"],
        channel="pendopo",
        reporter={"name": "Budi Pendukung", "nik": "3171011203850002", "phone": "0813-1111-2222"},
    )
    (result,) = desk.act(support)
    assert result["status"] == "applied", result
    dpo = Client(live, "dpo")
    found = dpo.post("/privacy/search", json={"phone": "081311112222", "reason": REASON}).json()
    (item,) = found["items"]
    assert item["subject"] == "supporter"
    assert item["identity"]["name"] == "Budi Pendukung"
    refused = dpo.post("/privacy/erase", json={"nik": "3171011203850002", "reason": REASON}).json()
    assert refused["erased"] == []
    assert len(refused["refused"]) == 1


def test_every_other_role_is_refused_and_reasons_are_required(server) -> None:
    live, plan = server
    requests_ = [
        ("/privacy/search", {"nik": nik_for(1), "reason": REASON}),
        ("/privacy/export", {"nik": nik_for(1), "reason": REASON, "format": "html"}),
        (
            "/privacy/correct",
            {"report_id": "r-00001", "changes": {"name": "X Y"}, "reason": REASON},
        ),
        ("/privacy/erase", {"nik": nik_for(1), "reason": REASON}),
        ("/privacy/holds", {"report": "r-00001", "reason": REASON}),
        ("/privacy/holds/1/release", {"reason": REASON}),
        ("/privacy/exposure", {"account": "validator", "reason": REASON}),
    ]
    for officer in ("validator", "desk", "field.a", "super.kec"):
        client = Client(live, officer)
        for path, body in requests_:
            answer = client.post(path, json=body)
            assert answer.status_code == 403, (officer, path, answer.text)
            assert answer.json()["error"]["code"] == "role_forbidden"
    for path, body in requests_:
        anonymous = requests.post(f"{live.api}{path}", json=body, timeout=30)
        assert anonymous.status_code == 401
    # Nothing was looked up, erased or held for them.
    assert server_rows(live, "SELECT count(*) FROM audit_log WHERE kind LIKE 'privacy%'")[0][0] == 0
    assert server_rows(live, "SELECT count(*) FROM legal_holds")[0][0] == 0
    dpo = Client(live, "dpo")
    no_reason = dpo.post("/privacy/search", json={"nik": nik_for(1), "reason": "x"})
    assert no_reason.status_code == 422
    assert no_reason.json()["error"]["code"] == "reason_missing"
    two = dpo.post("/privacy/search", json={"nik": nik_for(1), "phone": "08123", "reason": REASON})
    assert two.status_code == 422
    assert two.json()["error"]["code"] == "query_invalid"
    # The register is for everyone signed in.
    register = Client(live, "field.a").get("/privacy/register")
    assert register.status_code == 200
    assert "reporter_identities" in register.text
    # A data protection officer syncs no reports and is no assignee on workstations.
    seen, _, _ = dpo.pull_all()
    assert seen == {}
    officers = Client(live, "field.a").get("/reference").json()["officers"]
    assert "dpo" not in {o["id"] for o in officers}


def test_the_command_line_serves_the_same_rights_as_a_named_officer(server) -> None:
    live, plan = server
    closed = reports_by_status(plan, "ditolak")[0]
    nik = nik_for(_index(closed.id))
    db = ["--database", live.database_url]
    found = crm_central("privacy", "search", *db, "--as", "dpo", "--reason", REASON, "--nik", nik)
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout)["items"][0]["report_number"] == closed.number
    refused = crm_central(
        "privacy", "search", *db, "--as", "validator", "--reason", REASON, "--nik", nik
    )
    assert refused.returncode == 2
    assert "bukan Pejabat Pelindungan Data Pribadi" in refused.stderr
    text = crm_central(
        "privacy",
        "export",
        *db,
        "--as",
        "dpo",
        "--reason",
        REASON,
        "--nik",
        nik,
        "--format",
        "text",
    )
    assert f"NIK: {nik}" in text.stdout
    fixed = crm_central(
        "privacy", "correct", *db, "--as", "dpo", "--reason", REASON,
        "--report", closed.number, "--name", "Nama Yang Benar",
    )  # fmt: skip
    assert fixed.returncode == 0, fixed.stderr
    assert json.loads(fixed.stdout)["identity"]["name"] == "Nama Yang Benar"
    erased = crm_central("privacy", "erase", *db, "--as", "dpo", "--reason", REASON, "--nik", nik)
    assert erased.returncode == 0, erased.stderr
    assert json.loads(erased.stdout)["erased"][0]["report_id"] == closed.id
    rows = server_rows(
        live, "SELECT nik FROM reporter_identities WHERE report_id = :r", r=closed.id
    )
    assert rows[0][0] is None
    actors = server_rows(
        live,
        "SELECT DISTINCT actor_id FROM audit_log "
        "WHERE kind LIKE 'privacy%' OR kind = 'identity_erase'",
    )
    assert [a[0] for a in actors] == ["dpo"]
