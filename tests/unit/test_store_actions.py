"""Local actions: one transaction each, refusals write nothing."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from crm_shared.domain import DomainError, Role, Status
from officer_app.store import Store, get_report
from officer_app.store.actions import Actor, LocalActions
from officer_app.store.errors import StoreError
from officer_app.store.photos import PhotoError, PhotoStore
from officer_app.store.schema import (
    Attachment,
    AuditEntry,
    Event,
    LeasedNumber,
    OutboxItem,
    Report,
)
from officer_app.sync.engine import SyncConfig, SyncEngine
from officer_app.sync.fake import FakeServer

OFFICER = Actor("officer.demo", Role.FIELD_OFFICER, "kel-gambir", "Petugas Demo")


def jpeg(colour: str, size: tuple[int, int] = (80, 60)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, colour).save(buf, "JPEG")
    return buf.getvalue()


@pytest.fixture
def env(tmp_path: Path) -> Iterator[tuple[Store, PhotoStore, FakeServer]]:
    store = Store.open(tmp_path / "profile")
    photos = PhotoStore(tmp_path / "profile" / "photos")
    server = FakeServer()
    server.add(5)
    server.change("r-000002", status="proses")
    assert SyncEngine(store, server, photos, config=SyncConfig()).run().ok
    yield store, photos, server
    store.close()


def _counts(store: Store) -> tuple[int, int, int, int]:
    with store.read() as s:
        return (
            s.scalar(select(func.count()).select_from(OutboxItem)) or 0,
            s.scalar(select(func.count()).select_from(Event)) or 0,
            s.scalar(select(func.count()).select_from(Attachment)) or 0,
            s.scalar(select(func.count()).select_from(Report)) or 0,
        )


def _photo_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_accept_updates_report_appends_event_and_outbox_in_one_go(env) -> None:
    store, photos, _ = env
    outcome = LocalActions(store, photos, OFFICER).accept("JK2501010001", note="Segera dicek")
    assert outcome.status is Status.PROSES
    uuid.UUID(outcome.action_id)  # a real UUID
    with store.read() as s:
        detail = get_report(s, "r-000001")
    assert detail.report.status == "proses"
    assert detail.report.first_response_at is not None
    assert detail.report.pending_count == 1
    event = detail.events[-1]
    assert (event.id, event.type, event.pending) == (outcome.action_id, "accept", True)
    assert (event.from_status, event.to_status, event.note) == (
        "menunggu",
        "proses",
        "Segera dicek",
    )
    [item] = detail.outbox
    assert (item.action_id, item.type, item.state, item.base_version) == (
        outcome.action_id,
        "accept",
        "pending",
        1,
    )
    assert item.payload == {"note": "Segera dicek"}
    assert "status" in outcome.changes.changed["r-000001"]


def test_refused_transition_writes_nothing(env) -> None:
    store, photos, _ = env
    before = _counts(store)
    with pytest.raises(DomainError) as info:
        LocalActions(store, photos, OFFICER).followup(
            "r-000001", before=[jpeg("red")], after=[jpeg("blue")], note="x"
        )
    assert info.value.code == "invalid_transition"
    assert "Menunggu" in info.value.message
    assert _counts(store) == before
    assert _photo_files(photos.root) == []
    with store.read() as s:
        assert get_report(s, "r-000001").report.status == "menunggu"


def test_followup_without_after_photo_is_refused_before_photo_work(env) -> None:
    store, photos, _ = env
    before = _counts(store)
    with pytest.raises(DomainError) as info:
        LocalActions(store, photos, OFFICER).followup(
            "r-000002", before=[jpeg("red")], after=[], note="Sudah diperbaiki"
        )
    assert info.value.code == "photo_after_missing"
    assert _counts(store) == before
    assert _photo_files(photos.root) == []


def test_unusable_photo_refuses_the_action_and_writes_nothing(env, tmp_path: Path) -> None:
    store, photos, _ = env
    bogus = tmp_path / "notes.jpg"
    bogus.write_bytes(b"this is a text file, not a photo" * 10)
    before = _counts(store)
    with pytest.raises(PhotoError):
        LocalActions(store, photos, OFFICER).followup(
            "r-000002", before=[jpeg("red")], after=[bogus], note="Sudah diperbaiki"
        )
    assert _counts(store) == before
    assert _photo_files(photos.root) == []


def test_followup_keeps_photos_and_records_them_pending(env, tmp_path: Path) -> None:
    store, photos, _ = env
    after_file = tmp_path / "after.jpg"
    after_file.write_bytes(jpeg("blue", (3000, 2000)))
    outcome = LocalActions(store, photos, OFFICER).followup(
        "r-000002",
        before=[jpeg("red")],
        after=[after_file],
        note="Lubang sudah ditambal",
        estimated_completion="2030-01-31",
    )
    assert outcome.status is Status.MENUNGGU_VALIDASI
    with store.read() as s:
        detail = get_report(s, "r-000002")
    kinds = {a.kind: a for a in detail.attachments}
    assert set(kinds) == {"before", "after"}
    assert all(a.pending and a.event_id == outcome.action_id for a in detail.attachments)
    assert kinds["after"].meta["width"] == 1920  # shrunk to the long-edge limit
    for att in detail.attachments:
        assert photos.has(att.sha256)
        assert photos.has(att.meta["original_sha256"], original=True)
    payload = detail.outbox[0].payload
    assert {p["sha256"] for p in payload["photos"]} == {a.sha256 for a in detail.attachments}
    assert payload["estimated_completion"] == "2030-01-31"
    assert detail.report.estimated_completion.isoformat() == "2030-01-31"


def test_role_is_checked(env) -> None:
    store, photos, _ = env
    before = _counts(store)
    with pytest.raises(DomainError) as info:
        LocalActions(store, photos, OFFICER).reject("r-000001", "Bukan pengaduan yang sah")
    assert info.value.code == "role_forbidden"
    assert _counts(store) == before


def test_supervisor_actions_change_their_fields(env) -> None:
    store, photos, _ = env
    boss = LocalActions(store, photos, Actor("supervisor.demo", Role.SUPERVISOR, "kec-gambir"))
    boss.set_priority("r-000001", "mendesak")
    boss.reassign("r-000001", "officer.lain", "Dekat dengan lokasi")
    boss.mark_duplicate("r-000003", "r-000004")
    with store.read() as s:
        one = get_report(s, "r-000001")
        three = get_report(s, "r-000003")
    assert (one.report.priority, one.report.assignee_id) == ("mendesak", "officer.lain")
    assert [o.type for o in one.outbox] == ["set_priority", "reassign"]
    assert (three.report.status, three.report.duplicate_of) == ("ditolak", "r-000004")


def test_unknown_report_is_refused(env) -> None:
    store, photos, _ = env
    with pytest.raises(StoreError) as info:
        LocalActions(store, photos, OFFICER).accept("JK2501019999")
    assert "tidak ada" in info.value.message


def test_desk_create_uses_a_leased_number_and_keeps_identity_out_of_the_report(
    env,
) -> None:
    store, photos, _ = env
    with store.write() as s:
        s.add(
            LeasedNumber(
                number="JK2501020001",
                lease_id="lease-1",
                expires_at=datetime.now(UTC) + timedelta(hours=8),
            )
        )
    from officer_app.store.crypto import KdfParams
    from officer_app.store.identity_vault import IdentityVault

    vault = IdentityVault.unlock(store, "pw", kdf=KdfParams.fresh(n=2**10))
    desk = LocalActions(store, photos, Actor("desk.demo", Role.DESK, "desk-pendopo"), vault=vault)
    outcome = desk.create(
        {
            "channel": "pendopo",
            "category_id": "cat-jalan",
            "description": "Jalan berlubang di depan sekolah dasar",
            "address": "Jl. Merdeka Barat",
            "lat": -6.17,
            "lon": 106.82,
            "reporter": {"name": "Siti Aminah", "nik": "3171014501900001"},
        },
        photos=[jpeg("green")],
    )
    uuid.UUID(outcome.report_id)
    with store.read() as s:
        detail = get_report(s, outcome.report_id)
        lease = s.get(LeasedNumber, "JK2501020001")
    assert detail.report.number == "JK2501020001"
    assert lease is not None
    assert lease.report_id == outcome.report_id
    assert detail.report.server_status is None
    assert "Siti" not in str(detail.report.reporter)
    # The outbox holds a reference to the sealed identity, never the identity.
    assert "Siti" not in str(detail.outbox[0].payload)
    with store.read() as s:
        revealed = vault.fill(s, detail.outbox[0].payload)
    assert revealed["reporter"]["name"] == "Siti Aminah"
    assert [a.kind for a in detail.attachments] == ["evidence"]


def test_desk_create_refused_writes_nothing(env) -> None:
    store, photos, _ = env
    before = _counts(store)
    desk = LocalActions(store, photos, Actor("desk.demo", Role.DESK, "desk-pendopo"))
    with pytest.raises(DomainError) as info:
        desk.create({"channel": "pendopo", "category_id": "cat-jalan", "description": "pendek"})
    assert info.value.field == "description"
    assert _counts(store) == before


def test_discard_logs_and_removes_local_work_resend_rechecks(env) -> None:
    store, photos, server = env
    actions = LocalActions(store, photos, OFFICER)
    server.change("r-000001", status="proses")  # someone else accepted it first
    stale = actions.accept("r-000001")
    note = actions.note("r-000001", "Catatan lapangan")
    result = SyncEngine(store, server, photos, config=SyncConfig()).run()
    assert (result.conflicts, result.applied) == (1, 1)
    with pytest.raises(StoreError):
        actions.discard(note.action_id)  # applied: not in the outbox any more
    # Resend re-checks the rules against the local (now server) status: refused.
    with pytest.raises(DomainError):
        actions.resend(stale.action_id)
    actions.discard(stale.action_id)
    with store.read() as s:
        detail = get_report(s, "r-000001")
        audit = s.scalars(select(AuditEntry)).all()
    assert detail.outbox == []
    assert stale.action_id not in {e.id for e in detail.events}
    assert note.action_id in {e.id for e in detail.events}
    assert [(a.kind, a.action_id, a.detail["code"]) for a in audit] == [
        ("discard", stale.action_id, "stale")
    ]


def _jpeg_taken_at(when: str) -> bytes:
    image = Image.new("RGB", (64, 48), "green")
    exif = Image.Exif()
    exif[0x8769] = {0x9003: when}  # Exif IFD: DateTimeOriginal, no offset
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def test_followup_tells_the_server_what_each_photo_says(env) -> None:
    store, photos, _ = env
    outcome = LocalActions(store, photos, OFFICER).followup(
        "r-000002",
        before=[_jpeg_taken_at("2026:11:20 08:15:00")],
        after=[jpeg("blue")],
        note="Sampah sudah diangkut",
    )
    with store.read() as s:
        detail = get_report(s, outcome.report_id)
    sent = {p["kind"]: p for p in detail.outbox[0].payload["photos"]}
    originals = {a.kind: a.meta["original_sha256"] for a in detail.attachments}
    assert sent["before"]["original_sha256"] == originals["before"]
    # A camera clock without an offset is read as Jakarta time (WIB, +07:00).
    assert sent["before"]["captured_at"] == "2026-11-20T08:15:00+07:00"
    assert "captured_at" not in sent["after"]  # no EXIF: no invented time
