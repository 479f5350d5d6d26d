"""A damaged profile database is detected, good copies are offered, nothing is lost.

Runs on a plain profile and, when this version encrypts profiles (``Store.open``
takes ``key``), on a SQLCipher one too: copies and checks go through the store's
own connection, so they are as encrypted as the profile.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from officer_app.store import integrity, outbox
from officer_app.store.db import Store
from officer_app.store.migrate import head_revision

from .conftest import OldProfile, open_store

PAGE = 4096


def upgraded(profile: OldProfile, key: bytes | None) -> Store:
    """The oldest profile opened (and so upgraded) by this app, plain or encrypted.

    For the encrypted case the 0001 file is first exported into a SQLCipher file
    under ``key`` (what a conversion does), so that the upgrade, its migration
    copy and the daily copies are all encrypted.
    """
    if key is not None:
        import sqlcipher3

        plain = profile.db_file
        encrypted = plain.with_name("encrypted.tmp")
        conn = sqlcipher3.connect(str(plain))
        conn.execute(f"ATTACH DATABASE '{encrypted}' AS enc KEY \"x'{key.hex()}'\"")
        conn.execute("SELECT sqlcipher_export('enc')")
        conn.execute("DETACH DATABASE enc")
        conn.close()
        os.replace(encrypted, plain)
        assert not plain.read_bytes().startswith(b"SQLite format 3")
    return open_store(profile.root, key)


def table_root_page(store: Store, table: str) -> int:
    with store.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT rootpage FROM sqlite_master WHERE type='table' AND name=?", (table,)
        ).fetchone()
    assert row is not None
    return int(row[0])


def damage(db_file: Path, pages: list[int]) -> bytes:
    """Overwrite whole pages (1-based) with garbage; return the damaged file's bytes."""
    with open(db_file, "r+b") as handle:
        for page in pages:
            handle.seek((page - 1) * PAGE)
            handle.write(bytes((i * 37 + page) % 251 for i in range(PAGE)))
    return db_file.read_bytes()


def unsent(store: Store) -> set[str]:
    with store.read() as session:
        return {item.action_id for item in outbox.items(session)}


def test_sound_profile_passes_and_reports_its_schema_revision(
    oldest_profile: OldProfile, key: bytes | None
) -> None:
    with upgraded(oldest_profile, key) as store:
        assert integrity.check(store).ok
        assert integrity.check(store, full=True).ok
        assert integrity.schema_revision(store) == integrity.head_revision() == head_revision()
    assert integrity.check_file(oldest_profile.db_file, key=key).ok


def test_damaged_database_is_detected_and_the_last_good_copy_restored_without_loss(
    oldest_profile: OldProfile, key: bytes | None
) -> None:
    db_file = oldest_profile.db_file
    with upgraded(oldest_profile, key) as store:
        expected = unsent(store)
        assert expected == set(oldest_profile.pending_actions)
        daily = integrity.make_backup(store)
        damaged_pages = [table_root_page(store, "outbox"), table_root_page(store, "reports")]
    damaged_bytes = damage(db_file, damaged_pages)

    result = integrity.check_file(db_file, key=key)
    assert not result.ok
    assert result.messages
    assert result.messages != ("ok",)

    copies = integrity.last_good_copies(db_file, key=key)
    assert copies[0].path == daily
    assert copies[0].kind == "daily"
    assert copies[0].revision == head_revision()
    assert copies[0].unsent_actions == len(expected)
    assert copies[0].reports == len(oldest_profile.report_ids)
    # the copy migrate made before upgrading 0001 is offered too
    migration = [c for c in copies if c.kind == "migration"]
    assert [c.revision for c in migration] == ["0001"]
    assert migration[0].unsent_actions == len(expected)
    daily_bytes = daily.read_bytes()

    restored = integrity.restore(db_file, copies[0])

    # the damaged file is kept aside, byte for byte; the copy itself is left as it was
    aside = restored.damaged_kept_as[0]
    assert aside.name.startswith(f"{db_file.name}.damaged-")
    assert aside.read_bytes() == damaged_bytes
    assert daily.read_bytes() == daily_bytes
    assert integrity.check_file(db_file, key=key).ok
    with open_store(oldest_profile.root, key) as store:
        assert unsent(store) == expected
        assert integrity.check(store, full=True).ok


def test_restoring_twice_never_overwrites_an_earlier_damaged_file(
    oldest_profile: OldProfile, key: bytes | None
) -> None:
    db_file = oldest_profile.db_file
    with upgraded(oldest_profile, key) as store:
        daily = integrity.make_backup(store)
        page = table_root_page(store, "outbox")
    first = damage(db_file, [page])
    when = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
    one = integrity.restore(db_file, daily, now=when)
    second = damage(db_file, [page, page + 1])
    two = integrity.restore(db_file, daily, now=when)  # same second: a new name anyway
    assert one.damaged_kept_as[0] != two.damaged_kept_as[0]
    assert one.damaged_kept_as[0].read_bytes() == first
    assert two.damaged_kept_as[0].read_bytes() == second


def test_restore_sets_the_damaged_files_wal_aside_instead_of_replaying_it(
    oldest_profile: OldProfile,
) -> None:
    db_file = oldest_profile.db_file
    with upgraded(oldest_profile, None) as store:
        daily = integrity.make_backup(store)
    wal = db_file.with_name(db_file.name + "-wal")
    wal.write_bytes(b"left over from the damaged file")
    restored = integrity.restore(db_file, daily)
    assert not wal.exists()
    kept = {p.name for p in restored.damaged_kept_as}
    assert f"{restored.damaged_kept_as[0].name}-wal" in kept


def test_a_damaged_store_is_never_copied_so_good_copies_are_not_rotated_out(
    oldest_profile: OldProfile, key: bytes | None
) -> None:
    db_file = oldest_profile.db_file
    day = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
    with upgraded(oldest_profile, key) as store:
        good = [integrity.make_backup(store, now=day + timedelta(days=i), keep=2) for i in (0, 1)]
        page = table_root_page(store, "reports")
    good_bytes = [p.read_bytes() for p in good]
    damage(db_file, [page])
    with open_store(oldest_profile.root, key) as store:
        assert not integrity.check(store).ok
        with pytest.raises(integrity.IntegrityError):
            integrity.make_backup(store, now=day + timedelta(days=2), keep=2)
    assert [p.read_bytes() for p in good] == good_bytes
    assert not integrity.daily_copy_path(db_file, day + timedelta(days=2)).exists()
    assert not list(db_file.parent.glob("*.tmp"))


def test_daily_copies_roll_and_migration_copies_stay(oldest_profile: OldProfile) -> None:
    db_file = oldest_profile.db_file
    day = datetime(2026, 11, 1, 18, 0, tzinfo=UTC)
    with upgraded(oldest_profile, None) as store:
        made = [integrity.make_backup(store, now=day + timedelta(days=i), keep=3) for i in range(5)]
        # a second call the same day within max_age keeps the copy it has
        again = integrity.make_backup(store, now=day + timedelta(days=4), keep=3)
        assert again == made[-1]
    daily = sorted(p.name for p in db_file.parent.glob(f"{db_file.name}.daily-*"))
    assert daily == sorted(p.name for p in made[-3:])
    assert (db_file.parent / f"{db_file.name}.bak-0001").is_file()


def test_a_file_that_is_no_database_at_all_counts_as_damaged(tmp_path: Path) -> None:
    db_file = tmp_path / "officer.sqlite3"
    db_file.write_bytes(b"\x00garbage" * 2000)
    result = integrity.check_file(db_file)
    assert not result.ok
    assert integrity.last_good_copies(db_file) == []
