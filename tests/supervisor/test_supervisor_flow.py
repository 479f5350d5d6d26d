"""Supervisors move reports, validators decide follow-ups: against the REAL server."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
import requests
from sqlalchemy import select

from central_server.testing import LiveServer, auth_header, login
from crm_shared.domain import ActionType, Status
from officer_app.store import get_report
from officer_app.store import outbox as ob
from officer_app.store.bulk_actions import BulkRefused, bulk_forward, bulk_reassign
from officer_app.store.schema import Officer, Report, Unit
from officer_app.store.workload import suggest, unit_subtree, workload

from .conftest import Workstation, jpeg_bytes, server_reports

pytestmark = pytest.mark.slow

MOVABLE = [Status.MENUNGGU.value, Status.KOORDINASI.value, Status.PROSES.value]


def _open_reports_of_unit(ws: Workstation, unit_id: str, statuses: list[str]) -> list[Report]:
    with ws.store.read() as s:
        return list(
            s.scalars(
                select(Report)
                .where(Report.unit_id == unit_id, Report.status.in_(statuses))
                .where(Report.in_scope.is_(True))
                .order_by(Report.number)
            )
        )


def test_bulk_forward_20_offline_then_sync(workstation: Callable[[str], Workstation]) -> None:
    supervisor = workstation("supervisor.demo")
    officer = workstation("officer.demo")
    supervisor.sync()
    officer.sync()
    home = officer.actor.unit_id
    chosen = _open_reports_of_unit(supervisor, home, MOVABLE)[:20]
    assert len(chosen) == 20, "the seed gives Kelurahan Gambir enough open reports"
    with supervisor.store.read() as s:
        sibling = s.scalar(
            select(Unit.id).where(
                Unit.kind == "kelurahan",
                Unit.parent_id == supervisor.actor.unit_id,
                Unit.id != home,
            )
        )
    assert sibling is not None

    # The officer, offline, writes a note on one of them before the move reaches it.
    kept = chosen[3]
    note = officer.actions.note(kept.id, "Sudah dicek ke lokasi, menunggu material.")

    # The supervisor, offline: one decision, twenty queued actions, one transaction.
    outcome = bulk_forward(
        supervisor.store,
        supervisor.actor,
        [r.id for r in chosen],
        sibling,
        "Lokasi masuk wilayah kelurahan tetangga",
    )
    assert len(outcome.action_ids) == 20
    with supervisor.store.read() as s:
        assert len(ob.items(s, [ob.PENDING])) == 20
        assert {
            r.status for r in s.scalars(select(Report).where(Report.id.in_(outcome.report_ids)))
        } == {Status.KOORDINASI.value}

    result = supervisor.sync()
    assert result.applied == 20
    assert result.conflicts == 0
    on_server = server_reports(supervisor.server, "supervisor.demo")
    assert {on_server[r.id]["unit_id"] for r in chosen} == {sibling}
    assert {on_server[r.id]["status"] for r in chosen} == {"koordinasi"}

    moved = officer.sync()
    assert {r.id for r in chosen} - {kept.id} <= moved.changes.removed
    assert moved.needs_attention == 1
    with officer.store.read() as s:
        assert not any(
            r.in_scope
            for r in s.scalars(select(Report).where(Report.id.in_([c.id for c in chosen])))
        )
        attention = ob.items(s, [ob.NEEDS_ATTENTION])
        assert [i.action_id for i in attention] == [note.action_id]
        assert get_report(s, kept.id).report.in_scope is False  # kept locally with the work
    assert kept.id not in server_reports(officer.server, "officer.demo")


def test_bulk_is_all_or_nothing(workstation: Callable[[str], Workstation]) -> None:
    supervisor = workstation("supervisor.demo")
    supervisor.sync()
    home = supervisor.actor.unit_id
    with supervisor.store.read() as s:
        closed = s.scalar(select(Report).where(Report.status == Status.SELESAI.value).limit(1))
        officer = s.scalar(select(Officer).where(Officer.id == "officer.demo"))
    assert closed is not None
    assert officer is not None
    movable = _open_reports_of_unit(supervisor, officer.unit_id, MOVABLE)[:3]
    with pytest.raises(BulkRefused) as refused:
        bulk_reassign(
            supervisor.store,
            supervisor.actor,
            [r.id for r in movable] + [closed.id],
            "officer.demo",
            "Pemerataan beban kerja",
        )
    assert closed.number in refused.value.message
    with supervisor.store.read() as s:
        assert ob.items(s) == []  # nothing of the bulk was recorded
    assert home


def test_two_supervisors_reassign_the_same_report(
    workstation: Callable[[str], Workstation],
) -> None:
    camat = workstation("supervisor.demo")
    other = workstation("supervisor.demo")  # a second workstation of a colleague
    camat.sync()
    other.sync()
    officer_unit = workstation("officer.demo").actor.unit_id
    with camat.store.read() as s:
        colleagues = list(
            s.scalars(
                select(Officer.id).where(
                    Officer.unit_id == officer_unit, Officer.role == "field_officer"
                )
            )
        )
    assert len(colleagues) >= 2
    report = _open_reports_of_unit(camat, officer_unit, MOVABLE)[0]
    camat.actions.reassign(report.id, colleagues[0], "Petugas ini menangani wilayah RW 02")
    other.actions.reassign(report.id, colleagues[1], "Petugas ini sedang luang minggu ini")
    first = camat.sync()
    second = other.sync()
    assert first.applied == 1
    assert second.conflicts == 1
    assert second.applied == 0
    with other.store.read() as s:
        [item] = ob.items(s, [ob.NEEDS_ATTENTION])
        assert item.last_error_code
        assert "stale" in item.last_error_code
        message = item.last_error_message or ""
        assert "Camat Demo" in message
        assert "dipindahkan" in message
    on_server = server_reports(camat.server, "supervisor.demo")[report.id]
    assert on_server["assignee_id"] == colleagues[0]


def test_workload_and_suggestion(workstation: Callable[[str], Workstation]) -> None:
    supervisor = workstation("supervisor.demo")
    supervisor.sync()
    with supervisor.store.read() as s:
        units = unit_subtree(s, supervisor.actor.unit_id)
        loads = workload(s, units)
        by_id = {w.officer_id: w for w in loads}
        rows = list(
            s.scalars(
                select(Report).where(
                    Report.assignee_id == "officer.demo",
                    Report.status.not_in(["selesai", "ditolak"]),
                )
            )
        )
    assert by_id["officer.demo"].open == len(rows)
    assert any(w.median_followup_hours for w in loads)
    best = suggest(loads, by_id["officer.demo"].unit_id)
    assert best is not None
    assert best.score == min(w.score for w in loads if w.unit_id == best.unit_id)


def _put_photo(server: LiveServer, token: str, data: bytes) -> str:
    sha = hashlib.sha256(data).hexdigest()
    resp = requests.put(
        f"{server.api}/media/{sha}", data=data, headers=auth_header(token), timeout=30
    )
    assert resp.status_code in (200, 201), resp.text
    return sha


def _act(server: LiveServer, token: str, report: dict, type_: str, **payload: object) -> dict:
    body = {
        "actions": [
            {
                "action_id": str(uuid.uuid4()),
                "report_id": report["id"],
                "type": type_,
                "base_version": report["version"],
                "payload": payload,
                "happened_at": datetime.now(UTC).isoformat(),
            }
        ]
    }
    resp = requests.post(
        f"{server.api}/sync/actions", json=body, headers=auth_header(token), timeout=30
    )
    assert resp.status_code == 200, resp.text
    return dict(resp.json()["results"][0])


def test_validator_accepts_and_rejects_and_the_officer_sees_why(
    workstation: Callable[[str], Workstation], server: LiveServer
) -> None:
    officer = workstation("officer.demo")
    officer.sync()
    token = login(server.url, "officer.demo")
    before = _put_photo(server, token, jpeg_bytes("#884422"))
    after = _put_photo(server, token, jpeg_bytes("#228844"))
    workable = [
        r for r in server_reports(server, "officer.demo").values() if r["status"] == "proses"
    ][:4]
    assert len(workable) == 4
    for i, report in enumerate(workable):
        photos = [
            {
                "sha256": before,
                "kind": "before",
                "captured_at": "2026-01-05T08:00:00+07:00",
                "lat": -6.1754,
                "lon": 106.8272,
            },
            {"sha256": after, "kind": "after"},
        ]
        if i == 2:  # re-encoded copies of photos used elsewhere: their originals match
            photos = [
                {
                    "sha256": _put_photo(server, token, jpeg_bytes("#123456")),
                    "kind": "before",
                    "original_sha256": before,
                },
                {
                    "sha256": _put_photo(server, token, jpeg_bytes("#654321")),
                    "kind": "after",
                    "original_sha256": after,
                },
            ]
        if i == 3:  # photos of this report only: nothing to flag
            photos = [
                {"sha256": _put_photo(server, token, jpeg_bytes("#0a7f3c")), "kind": "before"},
                {"sha256": _put_photo(server, token, jpeg_bytes("#7f0a3c")), "kind": "after"},
            ]
        res = _act(server, token, report, "followup", note="Sudah dibersihkan PPSU.", photos=photos)
        assert res["status"] == "applied", res

    validator = workstation("validator.demo")
    validator.sync()
    with validator.store.read() as s:
        details = {r["id"]: get_report(s, r["id"]) for r in workable}
    # The same photo bytes on two reports are flagged on both; the shared original too.
    flags = {
        rid: {a.sha256: a.reused for a in detail.attachments if a.event_id}
        for rid, detail in details.items()
    }
    for report in workable[:3]:
        assert flags[report["id"]], report["id"]
        assert all(flags[report["id"]].values()), report["id"]
    # Photos used on one report only are not flagged.
    assert len(flags[workable[3]["id"]]) == 2
    assert not any(flags[workable[3]["id"]].values())
    with validator.store.read() as s:
        shown = [r.reporter for r in s.scalars(select(Report))]
    assert any(not r.get("hidden", True) and r.get("name") for r in shown)  # validators only
    first = details[workable[0]["id"]]
    photo = next(a for a in first.attachments if a.sha256 == before)
    assert photo.captured_at is not None
    assert photo.lat == pytest.approx(-6.1754)

    accepted, rejected = workable[0]["id"], workable[1]["id"]
    validator.actions.record(accepted, ActionType.VALIDATE, {"note": "Sesuai"})
    reason = "Foto sesudah tidak menunjukkan lokasi yang sama"
    validator.actions.record(rejected, ActionType.REJECT_FOLLOWUP, {"reason": reason})
    result = validator.sync()
    assert result.applied == 2
    on_server = server_reports(server, "officer.demo")
    assert on_server[accepted]["status"] == "selesai"
    assert on_server[rejected]["status"] == "tl_ditolak"

    officer.sync()
    with officer.store.read() as s:
        detail = get_report(s, rejected)
    assert detail.report.status == Status.TL_DITOLAK.value
    assert any(e.type == "reject_followup" and e.reason == reason for e in detail.events)
    assert detail.report.reporter.get("hidden") is True  # never for the officer
