"""Settings of one running central server, declared once with their defaults."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import platformdirs

APP_NAME = "crm-central"
DEFAULT_TOKEN_TTL = timedelta(hours=12)
DEFAULT_MEDIA_MAX_BYTES = 15 * 1024 * 1024
# JSON bodies are small; anything bigger is refused before it is read.
DEFAULT_JSON_MAX_BYTES = 4 * 1024 * 1024


def default_data_home() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_url() -> str:
    return f"sqlite:///{default_data_home() / 'central.sqlite3'}"


def default_media_dir() -> Path:
    return default_data_home() / "media"


@dataclass
class ServerConfig:
    database_url: str = field(default_factory=default_database_url)
    media_dir: Path = field(default_factory=default_media_dir)
    # Third-party data (kelurahan boundaries, categories); None: not available.
    data_dir: Path | None = None
    # Demo users (is_demo) may log in only on a server started with demo seeding.
    demo: bool = False
    token_ttl: timedelta = DEFAULT_TOKEN_TTL
    media_max_bytes: int = DEFAULT_MEDIA_MAX_BYTES
    json_max_bytes: int = DEFAULT_JSON_MAX_BYTES
    max_failed_logins: int = 5
    lockout: timedelta = timedelta(minutes=15)
