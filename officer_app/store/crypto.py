"""Small authenticated-encryption helpers for data at rest (no Qt, no I/O).

- ``KdfParams`` + ``derive_key``: a key-encryption key from a password with
  scrypt; the salt and cost parameters are stored beside what they protect.
- ``new_keyring`` / ``open_keyring``: a random data key, wrapped (AES-GCM) by the
  password's key. Changing the password re-wraps the data key only
  (``rewrap_keyring``); the data itself is not re-encrypted.
- ``encrypt`` / ``decrypt``: AES-256-GCM with a random 96-bit nonce; the blob is
  ``version byte | nonce | ciphertext+tag``. ``aad`` binds a blob to its place
  (e.g. a vault entry id) so that blobs cannot be swapped between entries.

General on purpose: the identity vault uses it now; the whole profile may later.
"""

from __future__ import annotations

import base64
import os
from dataclasses import asdict, dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

KEY_BYTES = 32
NONCE_BYTES = 12
_VERSION = b"\x01"


class CryptoError(Exception):
    """Wrong password or key, or a blob that was altered."""


@dataclass(frozen=True)
class KdfParams:
    salt: str  # base64
    n: int = 2**15
    r: int = 8
    p: int = 1
    algorithm: str = "scrypt"

    @classmethod
    def fresh(cls, *, n: int = 2**15, r: int = 8, p: int = 1) -> KdfParams:
        return cls(base64.b64encode(os.urandom(16)).decode(), n, r, p)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KdfParams:
        if data.get("algorithm") != "scrypt":
            raise CryptoError(f"unknown key derivation {data.get('algorithm')!r}")
        return cls(str(data["salt"]), int(data["n"]), int(data["r"]), int(data["p"]))


def derive_key(password: str, params: KdfParams) -> bytes:
    """The 256-bit key-encryption key of ``password`` under ``params``."""
    kdf = Scrypt(salt=base64.b64decode(params.salt), length=KEY_BYTES, n=params.n, r=params.r,
                 p=params.p)  # fmt: skip
    return kdf.derive(password.encode("utf-8"))


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=KEY_BYTES * 8)


def encrypt(key: bytes, plaintext: bytes, aad: bytes = b"") -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return _VERSION + nonce + AESGCM(key).encrypt(nonce, plaintext, aad or None)


def decrypt(key: bytes, blob: bytes, aad: bytes = b"") -> bytes:
    if len(blob) < 1 + NONCE_BYTES + 16 or blob[:1] != _VERSION:
        raise CryptoError("not an encrypted blob of this format")
    nonce, body = blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
    try:
        return AESGCM(key).decrypt(nonce, body, aad or None)
    except InvalidTag:
        raise CryptoError("wrong key, or the data was altered") from None


_KEYRING_AAD = b"crm-keyring-v1"


def new_keyring(password: str, params: KdfParams | None = None) -> tuple[bytes, dict[str, Any]]:
    """A fresh data key and its stored form (KDF parameters + the wrapped key)."""
    params = params or KdfParams.fresh()
    data_key = new_key()
    wrapped = encrypt(derive_key(password, params), data_key, _KEYRING_AAD)
    return data_key, {"kdf": params.to_dict(), "wrapped": base64.b64encode(wrapped).decode()}


def open_keyring(password: str, stored: dict[str, Any]) -> bytes:
    """The data key of a stored keyring; CryptoError for a wrong password."""
    params = KdfParams.from_dict(stored["kdf"])
    return decrypt(derive_key(password, params), base64.b64decode(stored["wrapped"]), _KEYRING_AAD)


def rewrap_keyring(old_password: str, new_password: str, stored: dict[str, Any]) -> dict[str, Any]:
    """The same data key, wrapped by a new password (fresh salt)."""
    data_key = open_keyring(old_password, stored)
    params = KdfParams.fresh(n=int(stored["kdf"]["n"]), r=int(stored["kdf"]["r"]),
                             p=int(stored["kdf"]["p"]))  # fmt: skip
    wrapped = encrypt(derive_key(new_password, params), data_key, _KEYRING_AAD)
    return {"kdf": params.to_dict(), "wrapped": base64.b64encode(wrapped).decode()}
