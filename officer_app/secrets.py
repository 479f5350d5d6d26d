"""The server token, kept between sessions: in the OS keyring, or an encrypted file.

A real OS keyring (Windows Credential Vault, macOS Keychain, Secret Service) is
used when ``keyring`` finds one. Where there is none, ``keyring`` falls back to
backends that are no protection at all (keyrings.alt's ``PlaintextKeyring`` only
base64-encodes; the ``fail`` backend stores nothing): those are detected and the
token goes into ``<profile>/secrets.bin`` instead, AES-GCM under the profile's
secrets sub-key, so it is exactly as protected as the profile itself.

``forget`` (sign-out) removes the token from wherever it is. Nothing here logs
a token. Qt-free.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any, Protocol

from officer_app.store import crypto

log = logging.getLogger(__name__)

SERVICE = "crm-officer-workstation"
SECRETS_FILENAME = "secrets.bin"
_AAD = b"crm-profile-secrets-v1"

# Backends that do not protect a secret (by module prefix and class name).
_UNSAFE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class KeyringLike(Protocol):
    def get_password(self, service: str, username: str) -> str | None: ...
    def set_password(self, service: str, username: str, password: str) -> None: ...
    def delete_password(self, service: str, username: str) -> None: ...


# The OS keyrings keyring knows, per platform. Asking for these alone spares
# keyring's search through every installed backend (its plugins' entry points and
# on Linux the macOS backend's library lookups: ~0.1 s, paid at every sign-in).
_PLATFORM_BACKENDS = {
    "win32": ("keyring.backends.Windows.WinVaultKeyring",),
    "darwin": ("keyring.backends.macOS.Keyring",),
}
_FREEDESKTOP_BACKENDS = (
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
)


def secure_os_keyring() -> KeyringLike | None:
    """The OS keyring backend, or None where only an unsafe fallback exists.

    A keyring chosen on purpose (``PYTHON_KEYRING_BACKEND``, keyring's
    ``keyringrc.cfg``, or ``keyring.set_keyring`` in this process) is asked for as
    keyring resolves it; otherwise only this platform's OS keyrings are tried.
    """
    try:
        import keyring
        import keyring.core
        from keyring.util import platform_
    except ImportError:  # pragma: no cover - declared dependency
        return None
    configured = (
        os.environ.get("PYTHON_KEYRING_BACKEND")
        or getattr(keyring.core, "_keyring_backend", None) is not None
        or (platform_.config_root() / "keyringrc.cfg").exists()
    )
    if configured:
        return _chosen_keyring(keyring.get_keyring())
    return _platform_keyring()


def _chosen_keyring(backend: Any) -> KeyringLike | None:
    from keyring.backends import chainer

    candidates = (
        list(backend.backends) if isinstance(backend, chainer.ChainerBackend) else [backend]
    )
    safe = [b for b in candidates if is_secure_backend(b)]
    if not safe:
        return None
    return backend if len(safe) == len(candidates) else safe[0]


def _platform_keyring() -> KeyringLike | None:
    """The usable OS keyring of this platform with keyring's highest priority."""
    usable = []
    for name in _PLATFORM_BACKENDS.get(sys.platform, _FREEDESKTOP_BACKENDS):
        module, _, class_name = name.rpartition(".")
        try:
            backend = getattr(importlib.import_module(module), class_name)()
        except Exception:  # noqa: BLE001 - a backend's module or D-Bus may be missing
            continue
        if is_secure_backend(backend):
            usable.append(backend)
    if not usable:
        return None
    best: KeyringLike = max(usable, key=lambda b: float(b.priority))
    return best


def is_secure_backend(backend: Any) -> bool:
    module = type(backend).__module__
    if module.startswith(_UNSAFE_MODULES):
        return False
    if "plaintext" in type(backend).__name__.lower():
        return False
    try:
        return float(getattr(backend, "priority", 0)) > 0
    except Exception:  # priority may raise when the backend is unusable here
        return False


class TokenStore:
    """Save, load and forget the server token of one profile.

    ``profile_secret_key`` is the profile's secrets sub-key (``ProfileKey.secrets``,
    a bytearray wiped at lock); ``keyring_backend`` is for tests (default: the
    OS keyring if it is a real one, else the encrypted file).
    """

    def __init__(
        self,
        profile_root: Path,
        profile_secret_key: bytearray | bytes,
        *,
        keyring_backend: KeyringLike | None = None,
        use_os_keyring: bool = True,
    ) -> None:
        self.root = Path(profile_root)
        self._key = profile_secret_key
        self._keyring = keyring_backend
        if self._keyring is None and use_os_keyring:
            self._keyring = secure_os_keyring()

    @property
    def where(self) -> str:
        """``"keyring"`` or ``"file"``: where tokens of this profile go."""
        return "keyring" if self._keyring is not None else "file"

    @property
    def file(self) -> Path:
        return self.root / SECRETS_FILENAME

    @staticmethod
    def _account(server_url: str, officer_id: str) -> str:
        return f"{officer_id}@{server_url.rstrip('/')}"

    def save(self, server_url: str, officer_id: str, token: str) -> None:
        account = self._account(server_url, officer_id)
        if self._keyring is not None:
            self._keyring.set_password(SERVICE, account, token)
            return
        entries = self._read_file()
        entries[account] = token
        self._write_file(entries)

    def load(self, server_url: str, officer_id: str) -> str | None:
        account = self._account(server_url, officer_id)
        if self._keyring is not None:
            return self._keyring.get_password(SERVICE, account)
        return self._read_file().get(account)

    def forget(self, server_url: str, officer_id: str) -> None:
        """Sign-out: the token is removed from the keyring and from the file."""
        account = self._account(server_url, officer_id)
        if self._keyring is not None:
            with contextlib.suppress(Exception):  # keyring.errors.PasswordDeleteError: absent
                self._keyring.delete_password(SERVICE, account)
        if self.file.exists():
            entries = self._read_file()
            if entries.pop(account, None) is not None or not entries:
                if entries:
                    self._write_file(entries)
                else:
                    self.file.unlink()

    # --- the encrypted file ---------------------------------------------------------

    def _live_key(self) -> bytes:
        if not self._key:
            from officer_app.store.keys import ProfileLockedError

            raise ProfileLockedError()
        return bytes(self._key)

    def _read_file(self) -> dict[str, str]:
        try:
            blob = self.file.read_bytes()
        except FileNotFoundError:
            return {}
        try:
            data = json.loads(crypto.decrypt(self._live_key(), blob, _AAD))
        except (crypto.CryptoError, ValueError):
            log.warning("secrets file does not open with this profile's key; ignored")
            return {}
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def _write_file(self, entries: dict[str, str]) -> None:
        blob = crypto.encrypt(self._live_key(), json.dumps(entries).encode(), _AAD)
        tmp = self.file.with_name(self.file.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # owner only
        with os.fdopen(fd, "wb") as handle:
            handle.write(blob)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.file)
