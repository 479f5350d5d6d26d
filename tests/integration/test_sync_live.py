"""The workstation's store and sync engine against the REAL reference server.

Each test starts its own server process on 127.0.0.1 (they change server state)
and talks HTTP to it through ``HttpBackend``, exactly as the app does.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests
from live_workstation import Workstation
from PIL import Image

from central_server.testing import LiveServer, auth_header, login
from crm_shared.domain import Role
from officer_app.store import ReportFilter, count_reports, get_report
from officer_app.store.schema import Category, Unit
from officer_app.sync.engine import Outcome

pytestmark = pytest.mark.slow

# Statuses from which an officer may accept a report.
ACCEPTABLE = ["menunggu", "koordinasi", "disposisi", "tl_ditolak"]
FORWARDABLE = ["menunggu", "koordinasi", "disposisi", "proses"]


@pytest.fixture
def world(
    server_factory: Callable[..., LiveServer], tmp_path: Path
) -> Iterator[Callable[[str], Workstation]]:
    server = server_factory(n_reports=400, seed=11)
    made: list[Workstation] = []

    def workstation(officer_id: str) -> Workstation:
        ws = Workstation(tmp_path / f"ws{len(made)}-{officer_id}", server, officer_id)
        made.append(ws)
        return ws

    yield workstation
    for ws in made:
        ws.close()


def jpeg_file(path: Path, colour: str) -> Path:
    buf = io.BytesIO()
    Image.new("RGB", (1200, 900), colour).save(buf, "JPEG", quality=90)
    path.write_bytes(buf.getvalue())
    return path


def _server_changes(server: LiveServer, officer_id: str) -> dict[str, dict]:
    token = login(server.url, officer_id)
    resp = requests.get(
        f"{server.api}/sync/changes",
        params={"cursor": 0, "limit": 2000},
        headers=auth_header(token),
        timeout=30,
    )
    resp.raise_for_status()
    return {r["id"]: r for r in resp.json()["reports"]}


def test_first_sync_then_delta_sync(world: Callable[[str], Workstation]) -> None:
    officer = world("officer.demo")
    first = officer.sync(page_size=7)
    assert first.ok, first.message
    server_view = _server_changes(officer.server, "officer.demo")
    assert first.pulled == len(server_view) > 7
    assert first.pages >= 2
    assert {r.id for r in officer.reports()} == set(server_view)
    assert first.recounted is False
    with officer.store.read() as s:
        one = get_report(s, next(iter(server_view)))
    assert one.events, "timelines come with the reports"
    assert one.report.reporter.get("hidden") is True

    again = officer.sync()
    assert (again.ok, again.pulled, again.removed) == (True, 0, 0)

    # Another client (the supervisor) adds a note: the officer's delta has just that.
    boss = world("supervisor.demo")
    assert boss.sync().ok
    target = officer.reports(statuses=ACCEPTABLE)[0]
    boss.actions.note(target.id, "Mohon segera ditindaklanjuti")
    assert boss.sync().applied == 1
    delta = officer.sync()
    assert delta.pulled == 1
    assert set(delta.changes.changed) == {target.id}
    with officer.store.read() as s:
        notes = [e.note for e in get_report(s, target.id).events]
    assert "Mohon segera ditindaklanjuti" in notes


def test_accept_and_followup_with_real_photos_are_applied(
    world: Callable[[str], Workstation], tmp_path: Path
) -> None:
    officer = world("officer.demo")
    assert officer.sync().ok
    target = officer.reports(statuses=ACCEPTABLE)[0]
    officer.actions.accept(target.number)
    officer.actions.followup(
        target.number,
        before=[jpeg_file(tmp_path / "before.jpg", "brown")],
        after=[jpeg_file(tmp_path / "after.jpg", "grey")],
        note="Lubang sudah ditambal dengan aspal",
    )
    result = officer.sync()
    assert result.ok, result.message
    assert (result.pushed, result.applied, result.media_uploaded) == (2, 2, 2)
    assert officer.outbox() == []

    with officer.store.read() as s:
        detail = get_report(s, target.id)
    assert detail.report.status == detail.report.server_status == "menunggu_validasi"
    assert not any(e.pending for e in detail.events)
    assert {a.kind for a in detail.attachments} == {"before", "after"}
    assert not any(a.pending for a in detail.attachments)
    token = login(officer.server.url, "officer.demo")
    for att in detail.attachments:
        head = requests.head(
            f"{officer.server.api}/media/{att.sha256}", headers=auth_header(token), timeout=10
        )
        assert head.status_code == 200
    server_report = _server_changes(officer.server, "supervisor.demo")[target.id]
    assert server_report["status"] == "menunggu_validasi"
    assert [e["type"] for e in server_report["events"]][-2:] == ["accept", "followup"]

    # Sending again changes nothing: the server applied each action once.
    assert officer.sync().pushed == 0


def test_conflict_when_another_client_changed_the_report_first(
    world: Callable[[str], Workstation],
) -> None:
    officer, boss = world("officer.demo"), world("supervisor.demo")
    assert officer.sync().ok
    assert boss.sync().ok
    contested, other = officer.reports(statuses=ACCEPTABLE)[:2]
    boss.actions.accept(contested.id)  # the supervisor gets there first
    assert boss.sync().applied == 1
    mine = officer.actions.accept(contested.id)  # offline, from the old state
    officer.actions.accept(other.id)
    result = officer.sync()
    assert result.outcome is Outcome.OK
    assert (result.conflicts, result.applied) == (1, 1)
    assert result.needs_attention == 1
    [item] = officer.outbox()
    assert (item.action_id, item.state, item.last_error_code) == (
        mine.action_id,
        "needs_attention",
        "stale",
    )
    assert item.last_error_message
    local = officer.reports(text=contested.number)[0]
    assert local.status == "proses"  # the server's truth
    assert officer.reports(text=other.number)[0].server_status == "proses"


def test_rejection_keeps_the_work_with_the_server_reason(
    world: Callable[[str], Workstation],
) -> None:
    officer = world("officer.demo")
    assert officer.sync().ok
    target = officer.reports(statuses=FORWARDABLE)[0]
    forwarded = officer.actions.forward(target.id, "unit-yang-tidak-ada", "Bukan kewenangan kami")
    result = officer.sync()
    assert result.rejected == 1
    [item] = officer.outbox()
    assert (item.action_id, item.last_error_code) == (forwarded.action_id, "unit_unknown")
    assert "tidak dikenal" in (item.last_error_message or "")
    assert item.payload["reason"] == "Bukan kewenangan kami"
    server_report = _server_changes(officer.server, "officer.demo")[target.id]
    assert server_report["status"] == target.status


def test_report_moved_away_while_the_officer_had_pending_work(
    world: Callable[[str], Workstation],
) -> None:
    officer, boss = world("officer.demo"), world("supervisor.demo")
    assert officer.sync().ok
    assert boss.sync().ok
    target = officer.reports(statuses=FORWARDABLE)[0]
    pending = officer.actions.note(target.id, "Sudah survei lokasi bersama RT")
    with boss.store.read() as s:
        dinas = s.query(Unit).filter_by(kind="dinas").first()
    assert dinas is not None
    boss.actions.forward(target.id, dinas.id, "Kewenangan dinas terkait")
    assert boss.sync().applied == 1

    before = {r.id for r in officer.reports()}
    result = officer.sync()
    assert result.outcome is Outcome.OK
    assert result.needs_attention == 1
    [item] = officer.outbox()
    assert item.action_id == pending.action_id
    assert item.state == "needs_attention"
    assert item.last_error_code in ("not_in_scope", "dialihkan")
    # Out of the officer's lists, but kept (with the note) until a person decides.
    assert target.id not in {r.id for r in officer.reports()}
    assert {r.id for r in officer.reports()} == before - {target.id}
    with officer.store.read() as s:
        kept = get_report(s, target.id)
        assert count_reports(s, ReportFilter(include_out_of_scope=True)) == len(before)
    assert kept.report.in_scope is False
    assert pending.action_id in {e.id for e in kept.events}
    officer.actions.discard(pending.action_id)
    with officer.store.read() as s:
        assert count_reports(s, ReportFilter(include_out_of_scope=True)) == len(before) - 1


def test_walk_in_desk_creates_a_report_offline_and_gets_the_number(
    world: Callable[[str], Workstation],
) -> None:
    desk = world("desk.demo")
    assert desk.sync().ok
    assert desk.actor.role is Role.DESK
    with desk.store.read() as s:
        category = s.query(Category).first()
    assert category is not None
    made = desk.actions.create(
        {
            "channel": "pendopo",
            "category_id": category.id,
            "description": "Saluran air tersumbat sampah di depan pasar",
            "address": "Jl. Medan Merdeka Selatan",
            "lat": -6.1815,
            "lon": 106.8285,
            "reporter": {"anonymous": True},
        }
    )
    result = desk.sync()
    assert result.applied == 1, result.summary()
    [mine] = [r for r in desk.reports() if r.id == made.report_id]
    assert mine.id == made.report_id
    assert mine.number.startswith("JK")
    assert mine.server_status == "menunggu"
