"""The walk-in desk against the real reference server: a profile with its identity
vault, helpers to read the server's database and to scan a profile for identity."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from central_server.testing import LiveServer  # noqa: E402
from officer_app.store import Store  # noqa: E402
from officer_app.store.actions import Actor, LocalActions  # noqa: E402
from officer_app.store.crypto import KdfParams  # noqa: E402
from officer_app.store.identity_vault import IdentityVault  # noqa: E402
from officer_app.store.photos import PhotoStore  # noqa: E402
from officer_app.store.schema import Category  # noqa: E402
from officer_app.sync.engine import SyncConfig, SyncEngine, SyncResult, record_login  # noqa: E402
from officer_app.sync.http_backend import HttpBackend  # noqa: E402

PASSWORD = "demo-password"
FAST_KDF = KdfParams.fresh(n=2**12)  # the format is the same; tests need not wait

# Three citizens (valid NIKs: region 317101, birth date, sequence).
CITIZENS = [
    {"name": "Siti Aminah Rahasia", "nik": "3171014501900001", "phone": "081234567890"},
    {"name": "Budi Santoso Rahasia", "nik": "3171010101850003", "phone": "081298765432"},
    {"name": "Dewi Lestari Rahasia", "nik": "3171016208920004", "phone": "085711122233"},
]


class Station:
    """One signed-in profile (desk or officer) syncing with one server."""

    def __init__(self, root: Path, server: LiveServer, officer_id: str) -> None:
        self.root = root
        self.server = server
        self.officer_id = officer_id
        self.store = Store.open(root)
        self.photos = PhotoStore(root / "photos")
        self.backend = self._login()
        self.vault = IdentityVault.unlock(self.store, PASSWORD, kdf=FAST_KDF)
        self.actions = LocalActions(self.store, self.photos, self.actor, vault=self.vault)

    def _login(self) -> HttpBackend:
        backend = HttpBackend(self.server.url)
        token = backend.login(self.officer_id, PASSWORD)
        record_login(self.store, self.server.url, token)
        self.actor = Actor(token.officer.id, token.officer.role, token.officer.unit_id)
        return backend

    def reconnect(self) -> None:
        """After a server restart (new port): a new backend and login."""
        self.backend.close()
        self.backend = self._login()

    def sync(self, **config: Any) -> SyncResult:
        config.setdefault("max_retries", 0)
        engine = SyncEngine(
            self.store,
            self.backend,
            self.photos,
            config=SyncConfig(sleep=lambda _s: None, **config),
            identity=self.vault,
        )
        return engine.run()

    def category_id(self, name: str = "Jalan") -> str:
        with self.store.read() as s:
            cat = (
                s.query(Category).filter(Category.name == name).first() or s.query(Category).first()
            )
            assert cat is not None
            return cat.id

    def close(self) -> None:
        self.backend.close()
        self.store.close()


def leaks(root: Path, secrets: Iterable[str]) -> dict[str, list[str]]:
    """Which secrets appear (UTF-8 or UTF-16) in any file under a profile directory."""
    found: dict[str, list[str]] = {}
    blobs = [(p, p.read_bytes()) for p in root.rglob("*") if p.is_file()]
    for secret in secrets:
        needles = [secret.encode("utf-8"), secret.encode("utf-16-le")]
        hits = [str(p.name) for p, data in blobs if any(n in data for n in needles)]
        if hits:
            found[secret] = hits
    return found


def secrets_of(citizens: Iterable[dict[str, str]]) -> list[str]:
    out = []
    for c in citizens:
        out += [c["nik"], c["name"], c["phone"], c["phone"][1:]]  # 0812… and 812… (+62 form)
    return out
