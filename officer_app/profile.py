"""A user profile on this workstation: a directory with the database and photos.

One profile per signed-in officer (DESIGN.md): ``<profiles>/<officer id>/``
holds ``officer.sqlite3`` and ``photos/``. Tests and scripts pass a directory
explicitly; the app's default lives in the per-user data directory.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from officer_app.store.db import DB_FILENAME, Store
from officer_app.store.photos import PhotoStore

APP_NAME = "crm-officer-workstation"
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def profiles_root() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "profiles"


@dataclass(frozen=True)
class Profile:
    root: Path

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

    def exists(self) -> bool:
        return self.db_file.exists()

    def open_store(self) -> Store:
        return Store.open(self.root)

    def photo_store(self) -> PhotoStore:
        self.photos_dir.mkdir(parents=True, exist_ok=True)
        return PhotoStore(self.photos_dir)
