"""A user profile on this workstation: a directory with the database and photos.

One profile per signed-in officer (DESIGN.md): ``<profiles>/<officer id>/``
holds ``officer.sqlite3``, ``photos/`` and ``profile.key``. Tests and scripts
pass a directory explicitly; the app's default lives in the per-user data
directory.

Encrypted at rest: ``unlock(password)`` unwraps the profile's random data key
(``store.keys``: scrypt + AES-GCM); the database is SQLCipher under one sub-key
and the photo files AES-GCM under another. Without the password the files are
noise. ``lock()`` closes every store opened through this object and wipes the
key from memory (as far as Python allows).

Private: the profile folder is 0700 and its files 0600 (``store.private``;
tightened again at every unlock). The one password check is the profile key's
(``keys.unlock``, with growing delays after wrong passwords); who the officer is
(name, role, unit) for an offline sign-in is kept in ``officer.bin``, encrypted
under the profile's key, never in clear.

A profile written by an earlier, unencrypted version is converted at its first
unlock: the database is exported into a new encrypted file with
``sqlcipher_export`` (the plain file stays intact until the encrypted one is
complete and checked, then replaces it atomically), plain migration backups are
deleted and the photo files are encrypted in place.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_data_dir

from officer_app.store import crypto, keys
from officer_app.store.db import DB_FILENAME, Store, check_key, connect_encrypted
from officer_app.store.errors import StoreError
from officer_app.store.keys import ProfileKey, ProfileLockedError, WrongPasswordError
from officer_app.store.photos import PhotoStore
from officer_app.store.private import make_private_dir, secure_tree

if TYPE_CHECKING:
    from officer_app.secrets import TokenStore

__all__ = ["Profile", "ProfileLockedError", "WrongPasswordError", "profiles_root"]

log = logging.getLogger(__name__)

APP_NAME = "crm-officer-workstation"
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")
_SQLITE_HEADER = b"SQLite format 3\x00"
OFFICER_FILENAME = "officer.bin"
_OFFICER_AAD = b"crm-profile-officer-v1"
# Written by earlier versions: a second, cheaper password check and the officer's
# name and unit in clear. Read once (after the profile's own check), then removed.
LEGACY_CREDENTIAL = "credential.json"


def profiles_root() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "profiles"


@dataclass
class Profile:
    root: Path
    _key: ProfileKey | None = field(default=None, repr=False, compare=False)
    _stores: list[Store] = field(default_factory=list, repr=False, compare=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.root = Path(self.root)

    @classmethod
    def for_officer(cls, officer_id: str, base: Path | None = None) -> Profile:
        name = _SAFE.sub("_", officer_id.strip()) or "default"
        return cls((base or profiles_root()) / name)

    @property
    def db_file(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def photos_dir(self) -> Path:
        return self.root / "photos"

    @property
    def key_file(self) -> Path:
        return keys.key_file(self.root)

    def exists(self) -> bool:
        return self.db_file.exists()

    def is_new(self) -> bool:
        """Nothing here yet: the first unlock will create the key (and the password)."""
        return not self.key_file.exists() and not self.db_file.exists()

    def is_plain(self) -> bool:
        """The database is an unencrypted SQLite file of an earlier version."""
        try:
            with open(self.db_file, "rb") as handle:
                return handle.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
        except OSError:
            return False

    # --- key ------------------------------------------------------------------------

    @property
    def unlocked(self) -> bool:
        return self._key is not None and not self._key.wiped

    def unlock(self, password: str, *, create: bool = True) -> None:
        """Unwrap the data key with ``password`` (creating it for a new profile).

        ``WrongPasswordError`` for a wrong password: nothing on disk is changed.
        ``create=False`` refuses to start a new key (``ProfileLockedError``).
        """
        with self._lock:
            if self.key_file.exists():
                key = keys.unlock(self.root, password)
            elif self.db_file.exists() and not self.is_plain():
                raise StoreError(
                    "profile_key_missing",
                    "Berkas kunci profil hilang: profil terenkripsi ini tidak dapat dibuka.",
                )
            elif not create:
                raise ProfileLockedError()
            else:
                make_private_dir(self.root)
                key = keys.create(self.root, password)
            try:
                if self.is_plain():
                    self._encrypt_plain_profile(key)
                check_key(self.db_file, key.database)
                secure_tree(self.root)  # what an earlier version left readable
            except BaseException:
                key.wipe()
                raise
            if self._key is not None:
                self._key.wipe()
            self._key = key

    def verify_password(self, password: str) -> bool:
        """The profile's one password check (same cost and delays as ``unlock``);
        for a profile that is open already (e.g. a stale lock page)."""
        return keys.verify(self.root, password)

    # --- who the officer is (for an offline sign-in) ------------------------------------

    @property
    def officer_file(self) -> Path:
        return self.root / OFFICER_FILENAME

    def save_officer(self, officer: dict[str, str]) -> None:
        """Keep who signed in (id, name, role, unit), encrypted under the profile's key."""
        blob = crypto.encrypt(
            bytes(self._live_key().secrets), json.dumps(officer).encode(), _OFFICER_AAD
        )
        tmp = self.officer_file.with_name(OFFICER_FILENAME + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(blob)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.officer_file)
        (self.root / LEGACY_CREDENTIAL).unlink(missing_ok=True)

    def load_officer(self) -> dict[str, str] | None:
        """Who signed in here last (the profile must be unlocked); None if unknown.

        An earlier version's ``credential.json`` is read once for its officer fields
        (the password was checked by the profile's key already), kept encrypted
        instead, and removed.
        """
        try:
            blob = self.officer_file.read_bytes()
        except FileNotFoundError:
            return self._adopt_legacy_credential()
        try:
            data = json.loads(crypto.decrypt(bytes(self._live_key().secrets), blob, _OFFICER_AAD))
        except (crypto.CryptoError, ValueError):
            log.warning("officer file does not open with this profile's key; ignored")
            return None
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else None

    def _adopt_legacy_credential(self) -> dict[str, str] | None:
        legacy = self.root / LEGACY_CREDENTIAL
        try:
            officer = json.loads(legacy.read_text(encoding="utf-8"))["officer"]
            data = {str(k): str(v) for k, v in officer.items()}
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            legacy.unlink(missing_ok=True)
            return None
        self.save_officer(data)  # and removes the legacy file
        return data

    def change_password(self, old_password: str, new_password: str) -> None:
        """Re-wrap the data key (the database and photos are not re-encrypted).

        The desk's identity vault keeps its own keyring under the password (inside
        the database): it is re-wrapped first, so that it opens with the new
        password too. ``WrongPasswordError`` for a wrong ``old_password``: nothing
        on disk is changed. Interrupted between the two steps, a repeat finishes
        the job (the vault that already opens with the new password is left alone).
        """
        if not new_password:
            raise StoreError("password_empty", "Kata sandi baru kosong.")
        with self._lock:
            key = keys.unlock(self.root, old_password)  # WrongPasswordError: nothing written
            try:
                if self.db_file.exists() and not self.is_plain():
                    from officer_app.store.identity_vault import IdentityVault

                    store = Store.open(self.root, key=key.database)
                    try:
                        IdentityVault.rekey(store, old_password, new_password)
                    finally:
                        store.close()
            finally:
                key.wipe()
            keys.change_password(self.root, old_password, new_password)

    def lock(self) -> None:
        """Close every store opened through this profile and wipe the key from memory."""
        with self._lock:
            stores, self._stores = self._stores, []
            for store in stores:
                store.close()
            if self._key is not None:
                self._key.wipe()
            self._key = None

    def _live_key(self) -> ProfileKey:
        key = self._key
        if key is None or key.wiped:
            raise ProfileLockedError()
        return key

    def database_key(self) -> bytes | bytearray:
        """The SQLCipher key of the database and of its copies (integrity checks,
        cleaning copies). Raises ProfileLockedError when locked."""
        return self._live_key().database

    # --- stores ---------------------------------------------------------------------

    def open_store(self, password: str | None = None) -> Store:
        """The profile's database; unlocks first when ``password`` is given and needed."""
        if not self.unlocked:
            if password is None:
                raise ProfileLockedError()
            self.unlock(password)
        store = Store.open(self.root, key=self._live_key().database)
        with self._lock:
            self._stores.append(store)
        return store

    def photo_store(self) -> PhotoStore:
        make_private_dir(self.photos_dir)
        return PhotoStore(self.photos_dir, key=self._live_key().photos)

    def integrity_check(self) -> list[str]:
        """SQLite's ``PRAGMA integrity_check`` of the (decrypted) database: ``["ok"]`` if sound."""
        conn = connect_encrypted(self.db_file, self._live_key().database)
        try:
            return [str(row[0]) for row in conn.execute("PRAGMA integrity_check").fetchall()]
        finally:
            conn.close()

    def token_store(self, **kwargs: Any) -> TokenStore:
        """Where the server token is kept (OS keyring, else a file under this profile's key)."""
        from officer_app.secrets import TokenStore

        return TokenStore(self.root, self._live_key().secrets, **kwargs)

    # --- converting a plain profile ----------------------------------------------------

    def _encrypt_plain_profile(self, key: ProfileKey) -> None:
        db_file = self.db_file
        tmp = db_file.with_name(db_file.name + ".encrypting")
        for stale in (tmp, *_sidecars(tmp)):
            stale.unlink(missing_ok=True)
        plain = sqlite3.connect(db_file)
        try:
            # Everything into the main file so that the export sees it all.
            plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            counts = _table_counts(plain)
        finally:
            plain.close()
        import sqlcipher3

        conn = sqlcipher3.connect(str(db_file))  # the plain file, opened without a key
        try:
            conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{bytes(key.database).hex()}'\"",
                         (str(tmp),))  # fmt: skip
            conn.execute("SELECT sqlcipher_export('encrypted')")
            version = conn.execute("PRAGMA main.user_version").fetchone()[0]
            conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
            conn.execute("DETACH DATABASE encrypted")
        except Exception:
            tmp.unlink(missing_ok=True)
            raise
        finally:
            conn.close()
        check = connect_encrypted(tmp, key.database)
        try:
            if _table_counts(check) != counts:
                raise StoreError(
                    "profile_encrypt_failed",
                    "Profil tidak dapat dienkripsi (salinan tidak lengkap); profil tidak diubah.",
                )
            check.execute("PRAGMA journal_mode=WAL")
        except Exception:
            check.close()
            tmp.unlink(missing_ok=True)
            raise
        check.close()
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        for sidecar in _sidecars(db_file):
            sidecar.unlink(missing_ok=True)  # checkpointed above: empty
        os.replace(tmp, db_file)
        for backup in db_file.parent.glob(f"{db_file.name}.bak-*"):
            if _is_plain_file(backup):
                backup.unlink()  # plain copies of personal data must not stay behind
        converted = PhotoStore(self.photos_dir, key=key.photos).encrypt_existing()
        log.info("plain profile encrypted in place (%d photo files)", converted)


def _sidecars(db_file: Path) -> tuple[Path, Path]:
    return db_file.with_name(db_file.name + "-wal"), db_file.with_name(db_file.name + "-shm")


def _is_plain_file(path: Path) -> bool:
    with contextlib.suppress(OSError), open(path, "rb") as handle:
        return handle.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    return False


def _table_counts(conn: object) -> dict[str, int]:
    execute = conn.execute  # type: ignore[attr-defined]
    names = [
        row[0]
        for row in execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    ]
    return {name: int(execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names}
