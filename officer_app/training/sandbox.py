"""The walls around training mode: its own folder, its own server, nothing else.

Training (``officer-app --training``) must never reach a real server or a real
profile. That is enforced here, by construction, not by care in the callers:

- ``TrainingPaths``: everything training writes lives under ``<data>/training/``
  (the embedded server's database and media, the training profile), wiped and
  made again at every start. The folder may not be, contain or lie inside the
  real profiles folder (``TrainingIsolationError``).
- ``TrainingBackends``: the only backend factory of a training session. It makes
  ``HttpBackend`` objects for ONE address, the embedded server's loopback URL
  given when the session started; any other address (the setting, the machine
  config, a --server flag, a later ``set_server_url``) is refused before any
  request is made.
- ``sign_in``: the training account of a role signs in to that server with a
  profile under ``TrainingPaths.profile``; no token is kept (not in the OS
  keyring, not in a file): a training session leaves nothing behind it.

Qt-free.
"""

from __future__ import annotations

import ipaddress
import logging
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crm_shared.domain import Role
from officer_app.profile import Profile
from officer_app.store.private import make_private_dir
from officer_app.sync.backend import BackendError
from officer_app.sync.http_backend import HttpBackend, TransportPolicy

log = logging.getLogger(__name__)

TRAINING_DIR = "training"
# The training accounts of the embedded server, one per role (its demo seed), and
# the password of each; the training profile is encrypted under the same one.
TRAINING_ACCOUNTS: dict[Role, str] = {
    Role.FIELD_OFFICER: "officer.demo",
    Role.DESK: "desk.demo",
    Role.SUPERVISOR: "supervisor.demo",
    Role.VALIDATOR: "validator.demo",
}
TRAINING_PASSWORD = "demo-password"
TRAINING_ROLES: tuple[Role, ...] = tuple(TRAINING_ACCOUNTS)


class TrainingIsolationError(BackendError):
    """Training was about to touch something real; nothing was done."""

    def __init__(self, message: str) -> None:
        super().__init__("training_isolation", message)


def _inside(path: Path, other: Path) -> bool:
    path, other = path.resolve(), other.resolve()
    return path == other or other in path.parents


@dataclass(frozen=True)
class TrainingPaths:
    """``<data>/training/``: ``server/`` (embedded server) and ``profile/``."""

    root: Path
    real_profiles: Path

    @classmethod
    def under(cls, data_dir: Path, real_profiles: Path | None = None) -> TrainingPaths:
        return cls(
            Path(data_dir) / TRAINING_DIR, Path(real_profiles or Path(data_dir) / "profiles")
        )

    def __post_init__(self) -> None:
        if _inside(self.root, self.real_profiles) or _inside(self.real_profiles, self.root):
            raise TrainingIsolationError(
                f"Folder latihan {self.root} bertumpang tindih dengan folder profil "
                f"{self.real_profiles}: latihan tidak dimulai."
            )

    @property
    def server(self) -> Path:
        return self.root / "server"

    @property
    def profile(self) -> Path:
        return self.root / "profile"

    def reset(self) -> TrainingPaths:
        """Wipe what an earlier training left and make the folders again."""
        if self.root.exists():
            shutil.rmtree(self.root)
        make_private_dir(self.root)
        return self


def is_loopback_url(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class TrainingBackends:
    """``make_backend(url)`` for a training session: the embedded server only."""

    def __init__(self, server_url: str) -> None:
        if not is_loopback_url(server_url):
            raise TrainingIsolationError(
                f"Server latihan harus berjalan di komputer ini, bukan {server_url}."
            )
        self.server_url = server_url.rstrip("/")
        self.refused: list[str] = []  # what was asked and refused (for the log and tests)

    def __call__(self, url: str, transport: Any = None) -> HttpBackend:
        if url.rstrip("/") != self.server_url:
            self.refused.append(url)
            log.warning("training: a backend for another address was refused")
            raise TrainingIsolationError(
                "Mode latihan hanya terhubung ke server latihan di komputer ini; "
                "alamat server lain tidak dihubungi."
            )
        return HttpBackend(self.server_url, transport=TransportPolicy())


@dataclass
class TrainingSignIn:
    """What ``sign_in`` produced: the account, its open profile and backend."""

    officer: Any  # crm_shared.protocol TokenResponse.officer
    profile: Profile
    backend: HttpBackend
    password: str


def sign_in(paths: TrainingPaths, backends: TrainingBackends, role: Role) -> TrainingSignIn:
    """Sign the training account of ``role`` in: a fresh profile, no kept token."""
    account = TRAINING_ACCOUNTS[role]
    backend = backends(backends.server_url)
    token = backend.login(account, TRAINING_PASSWORD)
    profile = Profile(paths.profile)
    if _inside(profile.root, paths.real_profiles) or not _inside(profile.root, paths.root):
        raise TrainingIsolationError("Profil latihan harus berada di folder latihan.")
    profile.unlock(TRAINING_PASSWORD, create=True)
    return TrainingSignIn(token.officer, profile, backend, TRAINING_PASSWORD)
