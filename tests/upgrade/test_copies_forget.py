"""Copies of a profile keep what a person did, not what the server sends again.

- A validator's reporters' identities: a new daily copy has them hidden and its
  sync cursor at 0 (a restored copy pulls them again); a copy written before
  (an older daily copy, a migration copy) is cleaned the next time a copy is made,
  keeping its age.
- The desk's identity vault: an unsent intake's entry is in the copy (a restore
  keeps it); once the entry is wiped (the server has it, or the action was
  discarded), it leaves every copy, and the tombstone goes when no copy holds it.

Plain and SQLCipher profiles; on a plain one the removed values are not even in
the copy's free pages (``secure_delete``) nor in a journal file.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from crm_shared.domain import SlaPolicy
from crm_shared.protocol.wire import ReportOut
from officer_app.store import integrity, migrate
from officer_app.store.db import Store, connect_encrypted
from officer_app.store.identity_vault import (
    ENTRY_PREFIX,
    WIPED_PREFIX,
    IdentityVault,
    wipe_payload,
)
from officer_app.store.schema import Meta, Report
from officer_app.store.state import sync_state
from officer_app.sync import merge
from officer_app.sync.fake import make_report

from .conftest import FAST_KDF, open_store

NIK = "3171015708930006"
NAME = "Sekarayu Wulandhari Tjokrosoewarno"
PHONE = "081377788899"
PASSWORD = "kata-sandi-meja-1"
IDENTITY = {"name": NAME, "nik": NIK, "phone": PHONE, "address": "Jl. Kebon Sirih 1"}
NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


@contextmanager
def opened(path: Path, key: bytes | None) -> Iterator[Any]:
    conn = connect_encrypted(path, key) if key is not None else sqlite3.connect(path)
    with closing(conn):
        yield conn


def reporters(path: Path, key: bytes | None) -> dict[str, dict[str, Any]]:
    with opened(path, key) as conn:
        return {rid: json.loads(r) for rid, r in conn.execute("SELECT id, reporter FROM reports")}


def cursor_of(path: Path, key: bytes | None) -> int:
    with opened(path, key) as conn:
        return int(conn.execute("SELECT cursor FROM sync_state WHERE id = 1").fetchone()[0])


def meta_keys(path: Path, key: bytes | None) -> set[str]:
    with opened(path, key) as conn:
        return {k for (k,) in conn.execute("SELECT key FROM meta")}


def validator_profile(root: Path, key: bytes | None) -> Store:
    """A validator's profile: one identified reporter, one anonymous, cursor 42."""
    store = open_store(root, key)
    identified = make_report(1)
    identified.update(seq=41, reporter={"hidden": False, "anonymous": False, **IDENTITY})
    anonymous = make_report(2)
    anonymous.update(seq=42, reporter={"hidden": False, "anonymous": True})
    with store.write() as s:
        merge.apply_reports(
            s,
            [ReportOut.model_validate(identified), ReportOut.model_validate(anonymous)],
            policy=SlaPolicy(),
            now=NOW,
        )
        state = sync_state(s)
        state.role, state.cursor = "validator", 42
    return store


def test_a_new_copy_hides_the_validators_reporters_and_pulls_again(
    tmp_path: Path, key: bytes | None
) -> None:
    with validator_profile(tmp_path, key) as store:
        copy = integrity.make_backup(store, now=NOW)
        with store.read() as s:  # the live profile is untouched
            live = s.get(Report, 1)
            assert live is not None
            assert live.reporter["nik"] == NIK
            assert sync_state(s).cursor == 42
    assert reporters(copy, key) == {
        "r-000001": {"hidden": True, "anonymous": False},
        "r-000002": {"hidden": False, "anonymous": True},  # no identity: as it was
    }
    assert cursor_of(copy, key) == 0  # restored, it pulls everything again
    assert integrity.check_file(copy, key=key, full=True).ok
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(("-journal", ".tmp"))]
    assert leftovers == []
    if key is None:
        data = copy.read_bytes()
        for value in (NIK, NAME, PHONE):
            assert value.encode() not in data

    # The copy is still a good copy to restore: the report, hidden, comes back.
    good = integrity.last_good_copies(store.db_file, key=key)
    assert [c.path for c in good] == [copy]
    integrity.restore(store.db_file, good[0])
    with open_store(tmp_path, key) as restored, restored.read() as s:
        again = s.get(Report, 1)
        assert again is not None
        assert again.reporter == {"hidden": True, "anonymous": False}
        assert sync_state(s).cursor == 0


def test_older_copies_are_cleaned_and_keep_their_age(tmp_path: Path, key: bytes | None) -> None:
    with validator_profile(tmp_path, key) as store:
        # Copies written before this version cleaned them: a daily one, a migration one.
        old_daily = integrity.daily_copy_path(store.db_file, NOW - timedelta(days=1))
        raw = store.engine.raw_connection()
        try:
            raw.driver_connection.execute("VACUUM INTO ?", (str(old_daily),))  # type: ignore[union-attr]
        finally:
            raw.close()
        migration = migrate.backup_copy(store.db_file, "0005", key)
        for path in (old_daily, migration):
            assert reporters(path, key)["r-000001"]["nik"] == NIK
        yesterday = (NOW - timedelta(days=1)).timestamp()
        os.utime(old_daily, (yesterday, yesterday))
        before = old_daily.stat().st_mtime_ns

        integrity.make_backup(store, key=key, now=NOW)

        for path in (old_daily, migration):
            assert reporters(path, key)["r-000001"] == {"hidden": True, "anonymous": False}
            assert cursor_of(path, key) == 0
            assert integrity.check_file(path, key=key, full=True).ok
            if key is None:
                assert NIK.encode() not in path.read_bytes()
        assert old_daily.stat().st_mtime_ns == before  # still offered as yesterday's
        kinds = {c.path: c.kind for c in integrity.last_good_copies(store.db_file, key=key)}
        assert kinds[old_daily] == "daily"
        assert kinds[migration] == "migration"
        # Once clean, a copy is left alone.
        migration_bytes = migration.read_bytes()
        assert integrity.forget_in_copies(store, key=key) == 0
        assert migration.read_bytes() == migration_bytes


def _desk(tmp_path: Path, key: bytes | None) -> tuple[Store, IdentityVault, str]:
    store = open_store(tmp_path, key)
    vault = IdentityVault.unlock(store, PASSWORD, kdf=FAST_KDF)
    with store.write() as s:
        sealed = vault.seal(s, {"anonymous": False, **IDENTITY})
    return store, vault, str(sealed["vault"])


def test_an_unsent_intake_survives_in_the_copy_and_leaves_it_once_wiped(
    tmp_path: Path, key: bytes | None
) -> None:
    store, vault, ref = _desk(tmp_path, key)
    with store:
        copy = integrity.make_backup(store, now=NOW)
        assert ENTRY_PREFIX + ref in meta_keys(copy, key)  # unsent: a restore keeps it
        copy_bytes = copy.read_bytes()

        with store.write() as s:  # the server applied the create (or it was discarded)
            assert wipe_payload(s, {"reporter": {"anonymous": False, "vault": ref}})
        with store.read() as s:
            assert s.get(Meta, ENTRY_PREFIX + ref) is None
            assert s.get(Meta, WIPED_PREFIX + ref) is not None  # a tombstone until...

        # The next copy after a sync: today's is fresh, but every copy is cleaned.
        assert integrity.make_backup(store, now=NOW + timedelta(minutes=5)) == copy
        keys = meta_keys(copy, key)
        assert ENTRY_PREFIX + ref not in keys
        assert "identity_vault.keyring" in keys
        if key is None:
            assert ref.encode() in copy_bytes
            assert ref.encode() not in copy.read_bytes().replace((WIPED_PREFIX + ref).encode(), b"")
        with store.read() as s:  # ...no copy holds the entry any more
            assert s.get(Meta, WIPED_PREFIX + ref) is None


def test_the_restored_copy_still_opens_the_unsent_identity(
    tmp_path: Path, key: bytes | None
) -> None:
    store, _vault, ref = _desk(tmp_path, key)
    with store:
        copy = integrity.make_backup(store, now=NOW)
    integrity.restore(store.db_file, copy)
    with open_store(tmp_path, key) as restored, restored.read() as s:
        vault = IdentityVault.unlock(restored, PASSWORD)
        assert vault.reveal(s, ref) == {"anonymous": False, **IDENTITY}


def test_a_tombstone_stays_until_every_copy_is_clean(
    tmp_path: Path, key: bytes | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, _vault, ref = _desk(tmp_path, key)
    with store:
        copy = integrity.make_backup(store, now=NOW)
        # A file named like a copy that does not open with this key is left as it is.
        stranger = integrity.daily_copy_path(store.db_file, NOW - timedelta(days=2))
        stranger.write_bytes(b"not a database" * 100)
        with store.write() as s:
            wipe_payload(s, {"reporter": {"anonymous": False, "vault": ref}})

        def fail(*_args: Any) -> None:
            raise OSError("disk full")

        monkeypatch.setattr(integrity, "_rewrite", fail)
        assert integrity.forget_in_copies(store, key=key) == 0
        assert ENTRY_PREFIX + ref in meta_keys(copy, key)
        with store.read() as s:
            assert s.get(Meta, WIPED_PREFIX + ref) is not None  # tried again next time
        monkeypatch.undo()

        assert integrity.forget_in_copies(store, key=key) == 1
        assert ENTRY_PREFIX + ref not in meta_keys(copy, key)
        with store.read() as s:
            assert s.get(Meta, WIPED_PREFIX + ref) is None
        assert stranger.read_bytes() == b"not a database" * 100


def test_a_migration_copy_opens_only_with_the_key_and_keeps_the_tombstone_until_then(
    tmp_path: Path,
) -> None:
    key = os.urandom(32)
    store, _vault, ref = _desk(tmp_path, key)
    with store:
        # Taken before a schema upgrade, while the intake was unsent (its own salt).
        migration = migrate.backup_copy(store.db_file, "0005", key)
        with store.write() as s:
            wipe_payload(s, {"reporter": {"anonymous": False, "vault": ref}})

        integrity.make_backup(store, now=NOW)  # no key: the migration copy does not open
        assert ENTRY_PREFIX + ref in meta_keys(migration, key)
        with store.read() as s:
            assert s.get(Meta, WIPED_PREFIX + ref) is not None

        integrity.make_backup(store, key=key, now=NOW)  # as the app calls it
        assert ENTRY_PREFIX + ref not in meta_keys(migration, key)
        assert integrity.check_file(migration, key=key, full=True).ok
        with store.read() as s:
            assert s.get(Meta, WIPED_PREFIX + ref) is None
