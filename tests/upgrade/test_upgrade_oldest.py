"""A profile of the oldest supported schema (0001) opened by this app: nothing lost.

And a profile from a newer app is refused with every file left byte-identical.
The profile is opened the way the app opens it (``Profile``: unlocked with the
password when this version encrypts profiles, then ``open_store``).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import text

from crm_shared.domain.actions import ActionType, check_payload
from officer_app.profile import Profile
from officer_app.store import integrity, outbox
from officer_app.store.db import Store
from officer_app.store.errors import SchemaTooNewError
from officer_app.store.identity_vault import IdentityVault
from officer_app.store.migrate import head_revision, read_revision
from officer_app.store.queries import ReportFilter, count_reports, get_report

from .conftest import OLDEST_REVISION, VAULT_PASSWORD, OldProfile

OFFICER_PASSWORD = "kata-sandi-petugas"


def open_as_the_app(root: Path) -> tuple[Profile, Store]:
    profile = Profile(root)
    unlock = getattr(profile, "unlock", None)
    if unlock is not None:  # profiles are encrypted at rest from this version on
        unlock(OFFICER_PASSWORD)
    return profile, profile.open_store()


def test_oldest_profile_is_upgraded_and_all_offline_work_is_found(
    oldest_profile: OldProfile,
) -> None:
    assert read_revision(oldest_profile.db_file) == OLDEST_REVISION != head_revision()
    profile, store = open_as_the_app(oldest_profile.root)
    with store:
        assert integrity.schema_revision(store) == head_revision()
        assert integrity.check(store, full=True).ok
        # the copy taken before the upgrade is there
        assert (oldest_profile.root / f"{oldest_profile.db_file.name}.bak-0001").is_file()
        with store.read() as session:
            # every pending action, unchanged, in the order the engine will push them
            pending = outbox.next_pending(session, limit=50)
            assert [item.action_id for item in pending] == list(oldest_profile.pending_actions)
            for item in pending:
                written = oldest_profile.pending_actions[item.action_id]
                assert item.state == outbox.PENDING
                assert (item.report_id, item.type) == (written["report_id"], written["type"])
                assert item.payload == written["payload"]
                if item.type in (ActionType.FOLLOWUP, ActionType.NOTE):
                    check_payload(ActionType(item.type), item.payload)  # still valid today
            # the reports, with their "waiting to send" marks
            assert count_reports(session) == len(oldest_profile.report_ids)
            assert count_reports(session, ReportFilter(pending_only=True)) == 2
            detail = get_report(session, "R-OLD-1")
            assert {a.sha256 for a in detail.attachments} == set(oldest_profile.photos)
            assert all(a.pending for a in detail.attachments)
            assert [e.type for e in detail.events if e.pending] == ["followup"]
            # the walk-in reporter's identity, still sealed, still opens
            vault = IdentityVault.unlock(store, VAULT_PASSWORD)
            create = next(i for i in pending if i.type == ActionType.CREATE)
            assert vault.fill(session, create.payload)["reporter"] == oldest_profile.identity
        # the photo files, upload and original, byte for byte
        photos = profile.photo_store()
        for sha, data in oldest_profile.photos.items():
            assert photos.read(sha) == data
        for sha, data in oldest_profile.originals.items():
            assert photos.read(sha, original=True) == data


def _snapshot(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_profile_from_a_newer_app_is_refused_and_left_byte_identical(tmp_path: Path) -> None:
    # A profile the way this app writes it (encrypted when this version encrypts),
    # then stamped with a revision only a newer app would know.
    root = tmp_path / "profile"
    profile, store = open_as_the_app(root)
    with store.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9001_from_the_future'"))
    store.close()
    lock = getattr(profile, "lock", None)
    if lock is not None:
        lock()
    before = _snapshot(root)
    assert before  # the database (and its key file, when encrypted) are there
    with pytest.raises(SchemaTooNewError) as refused:
        open_as_the_app(root)
    assert "lebih baru" in refused.value.message
    after = _snapshot(root)
    # SQLite may leave its shared-memory index and an EMPTY write-ahead log beside a
    # WAL database it only read; nothing else may appear, and no byte may change
    # (no migration copy, no new key, no conversion).
    if "officer.sqlite3-wal" in after:
        assert (root / "officer.sqlite3-wal").stat().st_size == 0
    transient = {"officer.sqlite3-wal", "officer.sqlite3-shm"}
    assert {k: v for k, v in after.items() if k not in transient} == {
        k: v for k, v in before.items() if k not in transient
    }
    assert set(after) - transient == set(before) - transient
