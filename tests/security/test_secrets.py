"""The server token between sessions: OS keyring when real, else an encrypted file."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends import fail

from officer_app.profile import Profile
from officer_app.secrets import SERVICE, TokenStore, is_secure_backend, secure_os_keyring
from officer_app.store.keys import ProfileLockedError

TOKEN = "tok-3f9a1c-RAHASIA"
URL = "https://crm.example.go.id"


class MemoryKeyring:
    """A stand-in for a real OS keyring (priority > 0, not plaintext)."""

    priority = 5

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.items[(service, username)]


class PlaintextKeyring(MemoryKeyring):
    """Named like keyrings.alt's: base64 on disk is no protection."""


def test_unsafe_backends_are_detected() -> None:
    assert not is_secure_backend(fail.Keyring())
    assert not is_secure_backend(PlaintextKeyring())
    assert is_secure_backend(MemoryKeyring())
    # This machine (headless CI) has no real keyring: the file fallback is chosen.
    if secure_os_keyring() is None:
        assert TokenStore(Path("."), b"\0" * 32).where == "file"


def test_file_fallback_is_encrypted_and_sign_out_removes_it(tmp_path: Path) -> None:
    profile = Profile(tmp_path / "p")
    profile.unlock("sandi")
    store = profile.token_store(use_os_keyring=False)
    assert store.where == "file"
    store.save(URL, "officer.demo", TOKEN)
    assert TOKEN.encode() not in store.file.read_bytes()
    assert b"officer.demo" not in store.file.read_bytes()
    profile.lock()
    with pytest.raises(ProfileLockedError):
        store.load(URL, "officer.demo")  # the key went with the lock

    again = Profile(tmp_path / "p")
    again.unlock("sandi")
    tokens = again.token_store(use_os_keyring=False)
    assert tokens.load(URL, "officer.demo") == TOKEN
    assert tokens.load(URL, "someone.else") is None
    tokens.forget(URL, "officer.demo")
    assert tokens.load(URL, "officer.demo") is None
    assert not tokens.file.exists()


def test_real_keyring_is_used_and_sign_out_removes_it(tmp_path: Path) -> None:
    ring = MemoryKeyring()
    profile = Profile(tmp_path / "p")
    profile.unlock("sandi")
    tokens = profile.token_store(keyring_backend=ring)
    assert tokens.where == "keyring"
    tokens.save(URL, "officer.demo", TOKEN)
    assert ring.items == {(SERVICE, f"officer.demo@{URL}"): TOKEN}
    assert not tokens.file.exists()  # nothing on disk
    assert tokens.load(URL, "officer.demo") == TOKEN
    tokens.forget(URL, "officer.demo")
    assert ring.items == {}
    tokens.forget(URL, "officer.demo")  # twice: no error
    profile.lock()
