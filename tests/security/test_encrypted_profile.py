"""The profile at rest: SQLCipher database and AES-GCM photo files under the password.

Known plaintext goes in through the real store; then the files on disk are read
as bytes and with the stdlib ``sqlite3`` (which must fail), a wrong password is
refused with every file byte-identical, a password change re-wraps only, and a
plain profile of an earlier version is converted in place.
"""

from __future__ import annotations

import hashlib
import io
import sqlite3
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import text

from officer_app.profile import Profile
from officer_app.store import keys
from officer_app.store.db import Store
from officer_app.store.errors import StoreError
from officer_app.store.photos import PhotoError, PhotoStore, process_photo

PASSWORD = "sandi-rahasia-123"
SECRET = "RAHASIA-Kebocoran-Pipa-Jl-Kenari-0815"


def _jpeg(colour: tuple[int, int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(buf, "JPEG")
    return buf.getvalue()


def _fill(profile: Profile) -> tuple[str, bytes]:
    """Known plaintext in the database (a meta row and an FTS row) and one photo."""
    store = profile.open_store()
    with store.write() as s:
        s.execute(text("INSERT INTO meta(key, value) VALUES ('known', :v)"), {"v": SECRET})
    original = _jpeg((200, 30, 30))
    processed = process_photo(original)
    profile.photo_store().put(processed, original)
    store.close()
    return processed.sha256, original


def _snapshot(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_files_are_noise_without_the_password(tmp_path: Path) -> None:
    profile = Profile(tmp_path / "p")
    profile.unlock(PASSWORD)
    sha, original = _fill(profile)
    profile.lock()

    every_byte = b"".join(p.read_bytes() for p in (tmp_path / "p").rglob("*") if p.is_file())
    assert SECRET.encode() not in every_byte
    assert b"SQLite format 3" not in every_byte
    photos = PhotoStore(profile.photos_dir)  # no key: what anyone with the disk sees
    stored = photos.path(sha).read_bytes()
    assert original[:64] not in every_byte
    assert b"\xff\xd8\xff" not in stored[:64]  # no JPEG header
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(profile.db_file).execute("SELECT * FROM sqlite_master").fetchall()

    # With the password everything is back, FTS included.
    again = Profile(tmp_path / "p")
    store = again.open_store(PASSWORD)
    with store.read() as s:
        assert s.execute(text("SELECT value FROM meta WHERE key='known'")).scalar() == SECRET
        s.execute(text("SELECT count(*) FROM reports_fts WHERE reports_fts MATCH 'pipa'")).all()
    assert again.photo_store().read(sha) == process_photo(original).data
    assert again.photo_store().read(process_photo(original).meta.original_sha256, original=True)
    again.lock()


def test_wrong_password_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    profile = Profile(tmp_path / "p")
    profile.unlock(PASSWORD)
    _fill(profile)
    profile.lock()
    before = _snapshot(tmp_path / "p")

    intruder = Profile(tmp_path / "p")
    with pytest.raises(keys.WrongPasswordError) as err:
        intruder.unlock("bukan-sandinya")
    assert "Kata sandi salah" in err.value.message
    with pytest.raises(keys.WrongPasswordError):
        intruder.open_store("bukan-sandinya")
    assert not intruder.unlocked
    # Byte-identical, nothing created either, but the count of wrong passwords (the
    # growing delays of store/attempts.py, tests/security/test_private_profile.py).
    after = _snapshot(tmp_path / "p")
    assert after.pop("unlock-attempts.json", None) is not None
    assert after == before
    (tmp_path / "p" / "unlock-attempts.json").unlink()

    # A raw key that is not the profile's: refused by the store too, file unchanged.
    with pytest.raises(StoreError, match="tidak dapat dibuka"):
        Store.open(tmp_path / "p", key=b"\x01" * 32)
    assert _snapshot(tmp_path / "p") == before


def test_password_change_rewraps_only(tmp_path: Path) -> None:
    profile = Profile(tmp_path / "p")
    profile.unlock(PASSWORD)
    sha, _ = _fill(profile)
    profile.lock()
    db_before = hashlib.sha256(profile.db_file.read_bytes()).hexdigest()
    photo_before = PhotoStore(profile.photos_dir).path(sha).read_bytes()

    profile.change_password(PASSWORD, "sandi-baru-456")
    assert hashlib.sha256(profile.db_file.read_bytes()).hexdigest() == db_before
    assert PhotoStore(profile.photos_dir).path(sha).read_bytes() == photo_before
    with pytest.raises(keys.WrongPasswordError):
        Profile(profile.root).unlock(PASSWORD)
    fresh = Profile(profile.root)
    with fresh.open_store("sandi-baru-456") as store, store.read() as s:
        assert s.execute(text("SELECT value FROM meta WHERE key='known'")).scalar() == SECRET
    fresh.lock()


def test_lock_closes_stores_and_wipes_the_key(tmp_path: Path) -> None:
    profile = Profile(tmp_path / "p")
    store = profile.open_store(PASSWORD)
    photos = profile.photo_store()
    original = _jpeg((1, 2, 3))
    processed = process_photo(original)
    photos.put(processed, original)
    key = profile._key
    assert key is not None
    profile.lock()
    assert not profile.unlocked
    assert key.database == bytearray()  # overwritten, then emptied
    assert key.photos == bytearray()
    with pytest.raises(keys.ProfileLockedError):
        profile.open_store()
    with pytest.raises(PhotoError, match="terkunci"):
        photos.read(processed.sha256)  # a photo store handed out earlier is disarmed too
    assert store._closed


def test_plain_profile_of_an_earlier_version_is_encrypted_in_place(tmp_path: Path) -> None:
    root = tmp_path / "old"
    with Store.open(root) as store, store.write() as s:  # no key: how earlier versions wrote it
        s.execute(text("INSERT INTO meta(key, value) VALUES ('known', :v)"), {"v": SECRET})
    original = _jpeg((10, 200, 10))
    processed = process_photo(original)
    PhotoStore(root / "photos").put(processed, original)
    (root / "officer.sqlite3.bak-0001").write_bytes((root / "officer.sqlite3").read_bytes())
    assert SECRET.encode() in (root / "officer.sqlite3").read_bytes()

    profile = Profile(root)
    assert profile.is_plain()
    profile.unlock(PASSWORD)
    assert not profile.is_plain()
    every_byte = b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file())
    assert SECRET.encode() not in every_byte
    assert original[:100] not in every_byte
    assert not list(root.glob("*.bak-*")), "plain backups must not stay behind"
    with profile.open_store() as store, store.read() as s:
        assert s.execute(text("SELECT value FROM meta WHERE key='known'")).scalar() == SECRET
    assert profile.photo_store().read(processed.sha256) == processed.data
    profile.lock()
    with pytest.raises(keys.WrongPasswordError):
        Profile(root).unlock("lain")


def test_migrations_backup_of_an_encrypted_profile_is_encrypted(tmp_path: Path) -> None:
    from officer_app.store import migrate

    profile = Profile(tmp_path / "p")
    profile.unlock(PASSWORD)
    _fill(profile)
    key = profile._live_key().database
    copy = migrate.backup_copy(profile.db_file, "test", key)
    assert SECRET.encode() not in copy.read_bytes()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(copy).execute("SELECT * FROM sqlite_master").fetchall()
    assert migrate.read_revision(copy, key) == migrate.head_revision()
    profile.lock()
