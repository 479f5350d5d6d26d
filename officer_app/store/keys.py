"""The profile's data key: random, wrapped by the user's password, kept beside the profile.

``profile.key`` (JSON) holds the scrypt parameters and the AES-GCM-wrapped data
key (``crypto.new_keyring`` / ``open_keyring``). Changing the password re-wraps
the data key only; the database and the photos are not re-encrypted.

Sub-keys come from the data key with HKDF-SHA256, one per purpose, so that the
same key never serves two ciphers: the SQLCipher raw key, the AES-GCM key of the
photo files and that of the secrets file (``officer_app.secrets``).

``unlock`` is the profile's one password check, wherever a password is asked
(sign-in online or offline, the lock page, the CLI, a password change): the same
scrypt cost everywhere, and the growing delays of ``attempts`` after wrong ones.

Keys live in ``bytearray``s so that ``ProfileKey.wipe`` can overwrite them. Python
makes copies we cannot reach (the ``bytes`` handed to a cipher, the hex string of
the SQLCipher pragma), so this is "as far as Python allows", not a guarantee.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from . import attempts, crypto
from .errors import StoreError
from .private import make_private_dir

KEY_FILENAME = "profile.key"
_FORMAT = "crm-profile-key-v1"

WRONG_PASSWORD_MESSAGE = (
    "Kata sandi salah: profil di komputer ini tidak dapat dibuka. Profil tidak diubah."
)
LOCKED_MESSAGE = "Profil terkunci. Masuk lagi dengan kata sandi untuk membukanya."


class WrongPasswordError(StoreError):
    """The password does not unwrap this profile's data key (nothing was changed)."""

    def __init__(self, message: str = WRONG_PASSWORD_MESSAGE) -> None:
        super().__init__("wrong_password", message)


class ProfileLockedError(StoreError):
    """The profile's key is not in memory (never unlocked, or locked since)."""

    def __init__(self) -> None:
        super().__init__("profile_locked", LOCKED_MESSAGE)


def _subkey(data_key: bytes | bytearray, purpose: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=crypto.KEY_BYTES, salt=None, info=purpose)
    return hkdf.derive(bytes(data_key))


@dataclass
class ProfileKey:
    """An unwrapped data key and its two sub-keys, wipeable."""

    database: bytearray = field(repr=False)
    photos: bytearray = field(repr=False)
    secrets: bytearray = field(repr=False)

    @classmethod
    def from_data_key(cls, data_key: bytes | bytearray) -> ProfileKey:
        return cls(
            bytearray(_subkey(data_key, b"crm-profile/sqlcipher")),
            bytearray(_subkey(data_key, b"crm-profile/photos")),
            bytearray(_subkey(data_key, b"crm-profile/secrets")),
        )

    def wipe(self) -> None:
        for buf in (self.database, self.photos, self.secrets):
            buf[:] = b"\x00" * len(buf)
            buf.clear()

    @property
    def wiped(self) -> bool:
        return not self.database


def key_file(profile_dir: Path) -> Path:
    return Path(profile_dir) / KEY_FILENAME


def has_key_file(profile_dir: Path) -> bool:
    return key_file(profile_dir).is_file()


def _read(path: Path) -> dict[str, Any]:
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(
            "profile_key_unreadable", f"Berkas kunci profil tidak dapat dibaca: {exc}"
        ) from exc
    if not isinstance(stored, dict) or stored.get("format") != _FORMAT:
        raise StoreError("profile_key_unreadable", "Berkas kunci profil tidak dikenali.")
    return stored


def _write_atomic(path: Path, stored: dict[str, Any]) -> None:
    make_private_dir(path.parent)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(stored, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def create(profile_dir: Path, password: str, kdf: crypto.KdfParams | None = None) -> ProfileKey:
    """A new random data key for a new profile, wrapped by ``password``."""
    if not password:
        raise StoreError("password_empty", "Kata sandi kosong.")
    data_key, stored = crypto.new_keyring(password, kdf)
    _write_atomic(key_file(profile_dir), {"format": _FORMAT, **stored})
    return ProfileKey.from_data_key(data_key)


def unlock(profile_dir: Path, password: str) -> ProfileKey:
    """The profile's keys; ``WrongPasswordError`` (nothing written but the count of
    failures) otherwise; ``attempts.TooManyAttemptsError`` while a delay runs."""
    stored = _read(key_file(profile_dir))
    attempts.check(profile_dir)
    try:
        data_key = crypto.open_keyring(password, stored)
    except crypto.CryptoError:
        attempts.failed(profile_dir)
        raise WrongPasswordError() from None
    attempts.succeeded(profile_dir)
    return ProfileKey.from_data_key(data_key)


def verify(profile_dir: Path, password: str) -> bool:
    """The password opens this profile (the same check and cost as ``unlock``)."""
    try:
        unlock(profile_dir, password).wipe()
    except WrongPasswordError:
        return False
    return True


def change_password(profile_dir: Path, old_password: str, new_password: str) -> None:
    """Re-wrap the same data key under ``new_password`` (data is not re-encrypted)."""
    if not new_password:
        raise StoreError("password_empty", "Kata sandi baru kosong.")
    path = key_file(profile_dir)
    stored = _read(path)
    attempts.check(profile_dir)
    try:
        rewrapped = crypto.rewrap_keyring(old_password, new_password, stored)
    except crypto.CryptoError:
        attempts.failed(profile_dir)
        raise WrongPasswordError() from None
    _write_atomic(path, {"format": _FORMAT, **rewrapped})
