"""Applying actions: at most once, conflicts, rejections, forwarding, walk-in creates.

Each test gets its own server (SQLite, and PostgreSQL when available).
"""

from __future__ import annotations

from collections.abc import Callable

from central_server.testing import LiveServer

from . import plan
from .conftest import Client
from .helpers import action, walk_in

ServerStarter = Callable[..., LiveServer]


def _first(client: Client, status: str) -> dict:
    reports, _, _ = client.pull_all()
    return next(r for r in sorted(reports.values(), key=lambda r: r["id"]) if r["status"] == status)


def test_same_action_twice_is_applied_once(plan_server: ServerStarter) -> None:
    server = plan_server()
    officer = Client(server, "field.a")
    report = _first(officer, "menunggu")
    note = action(report["id"], "note", report["version"], note="Sudah dicek ke lokasi")
    first, second = officer.act(note, note)
    assert first["status"] == "applied"
    assert second["status"] == "duplicate"
    assert second["report"] == first["report"]
    assert first["report"]["version"] == report["version"] + 1
    # A later replay (the client never heard the answer) also answers the same.
    (third,) = officer.act(note)
    assert third["status"] == "duplicate"
    assert third["report"] == first["report"]
    now, _, _ = officer.pull_all()
    notes = [e for e in now[report["id"]]["events"] if e["id"] == note["action_id"]]
    assert len(notes) == 1
    assert now[report["id"]]["version"] == report["version"] + 1


def test_stale_status_change_is_a_conflict_with_current_state(plan_server: ServerStarter) -> None:
    server = plan_server()
    lurah = Client(server, "super.a")
    officer = Client(server, "field.a")
    report = _first(officer, "menunggu")
    (rejected,) = lurah.act(
        action(report["id"], "reject", report["version"], reason="Bukan pengaduan")
    )
    assert rejected["status"] == "applied"
    # The officer, still on the old version, tries to accept it.
    (result,) = officer.act(action(report["id"], "accept", report["version"]))
    assert result["status"] == "conflict"
    assert result["code"] == "stale"
    assert result["report"]["status"] == "ditolak"
    assert result["report"]["version"] == report["version"] + 1
    assert "Ditolak" in result["message"]


def test_invalid_transition_is_rejected_with_a_reason(plan_server: ServerStarter) -> None:
    server = plan_server()
    officer = Client(server, "field.a")
    report = _first(officer, "menunggu_validasi")
    (result,) = officer.act(action(report["id"], "accept", report["version"]))
    assert result["status"] == "rejected"
    assert result["code"] == "invalid_transition"
    assert "Menunggu Validasi" in result["message"]
    (forbidden,) = officer.act(action(report["id"], "validate", report["version"]))
    assert forbidden["status"] == "rejected"
    assert forbidden["code"] == "role_forbidden"
    after, _, _ = officer.pull_all()
    assert after[report["id"]]["version"] == report["version"]


def test_out_of_scope_report_is_a_conflict(plan_server: ServerStarter) -> None:
    server = plan_server()
    b_report = _first(Client(server, "field.b"), "menunggu")
    (result,) = Client(server, "field.a").act(action(b_report["id"], "note", 1, note="halo"))
    assert result["status"] == "conflict"
    assert result["code"] == "not_in_scope"
    assert result["report"] is None


def test_forwarded_report_is_removed_from_the_old_officer(plan_server: ServerStarter) -> None:
    server = plan_server()
    a, b = Client(server, "field.a"), Client(server, "field.b")
    before, cursor_a, _ = a.pull_all()
    _, cursor_b, _ = b.pull_all()
    report = next(r for r in before.values() if r["status"] == "menunggu")
    (moved,) = a.act(
        action(
            report["id"],
            "forward",
            report["version"],
            target_unit_id=plan.KEL_B,
            reason="Lokasi di wilayah Kelurahan B",
        )
    )
    assert moved["status"] == "applied"
    assert moved["report"]["status"] == "koordinasi"
    assert moved["report"]["unit_id"] == plan.KEL_B
    page = a.get("/sync/changes", params={"cursor": cursor_a}).json()
    assert report["id"] in page["removed"]
    assert page["total_visible"] == len(before) - 1
    arrived = b.get("/sync/changes", params={"cursor": cursor_b}).json()
    assert [r["id"] for r in arrived["reports"]] == [report["id"]]


def test_one_bad_action_does_not_affect_the_others(plan_server: ServerStarter) -> None:
    server = plan_server()
    officer = Client(server, "field.a")
    report = _first(officer, "menunggu")
    good = action(report["id"], "accept", report["version"])
    bad = action(
        report["id"], "forward", report["version"], target_unit_id="no.such.unit", reason="salah"
    )
    note = action(report["id"], "note", None, note="catatan")
    results = officer.act(good, bad, note)
    assert [r["status"] for r in results] == ["applied", "rejected", "applied"]
    assert results[1]["code"] == "unit_unknown"
    assert results[2]["report"]["version"] == report["version"] + 2
    assert results[2]["report"]["status"] == "proses"


def test_followup_needs_uploaded_photos(plan_server: ServerStarter) -> None:
    server = plan_server()
    officer = Client(server, "field.a")
    report = _first(officer, "proses")
    before_sha = "a" * 64
    (missing,) = officer.act(
        action(
            report["id"],
            "followup",
            report["version"],
            note="Sudah dibersihkan",
            photos=[
                {"sha256": before_sha, "kind": "before"},
                {"sha256": "b" * 64, "kind": "after"},
            ],
        )
    )
    assert missing["status"] == "rejected"
    assert missing["code"] == "photo_missing"
    (no_after,) = officer.act(
        action(
            report["id"],
            "followup",
            report["version"],
            note="x",
            photos=[{"sha256": before_sha, "kind": "before"}],
        )
    )
    assert no_after["status"] == "rejected"
    assert no_after["code"] == "photo_after_missing"


def test_walk_in_create_routes_numbers_and_hides_identity(plan_server: ServerStarter) -> None:
    server = plan_server()
    desk = Client(server, "desk")
    lease = desk.post("/numbers/lease", json={"count": 3}).json()
    create = walk_in(number=lease["numbers"][0])
    (result,) = desk.act(create)
    assert result["status"] == "applied", result
    report = result["report"]
    assert report["id"] == create["report_id"]
    assert report["number"] == lease["numbers"][0]
    assert report["unit_id"] == plan.KEL_A
    assert report["status"] == "menunggu"
    assert report["reporter"]["hidden"] is True
    assert "Siti Pelapor Rahasia" not in str(result)
    # Without a leased number the server assigns the next one of the day.
    (second,) = desk.act(walk_in())
    assert second["status"] == "applied"
    assert second["report"]["number"] not in lease["numbers"]
    mine, _, _ = desk.pull_all()
    assert set(mine) == {create["report_id"], second["report"]["id"]}
    officer_view, _, _ = Client(server, "field.a").pull_all()
    assert officer_view[create["report_id"]]["reporter"]["hidden"] is True
    # The same leased number is never used twice.
    (third,) = desk.act(walk_in(number=lease["numbers"][0]))
    assert third["report"]["number"] != lease["numbers"][0]


def test_create_refused_for_officers_and_bad_locations(plan_server: ServerStarter) -> None:
    server = plan_server()
    (by_officer,) = Client(server, "field.a").act(walk_in())
    assert by_officer["status"] == "rejected"
    assert by_officer["code"] == "role_forbidden"
    desk = Client(server, "desk")
    (nowhere,) = desk.act(walk_in(kelurahan_code="99.99.99.9999"))
    assert nowhere["status"] == "rejected"
    assert nowhere["code"] == "location_unroutable"
    (no_category,) = desk.act(walk_in(category_id="tidak-ada"))
    assert no_category["code"] == "category_unknown"
    mine, _, pages = desk.pull_all()
    assert mine == {}
    assert pages[-1]["total_visible"] == 0
