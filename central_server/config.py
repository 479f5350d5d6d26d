"""Settings of one running central server, declared once with their defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import platformdirs

APP_NAME = "crm-central"
DEFAULT_TOKEN_TTL = timedelta(hours=12)
DEFAULT_MEDIA_MAX_BYTES = 15 * 1024 * 1024
# JSON bodies are small; anything bigger is refused (central_server.body_limit).
DEFAULT_JSON_MAX_BYTES = 4 * 1024 * 1024
# A body that sends nothing for this long, or takes longer than this in all: 408.
DEFAULT_BODY_IDLE_TIMEOUT_S = 30.0
DEFAULT_BODY_TIMEOUT_S = 300.0


def _env_float(name: str, default: float) -> float:
    """A setting the environment may override (CRM_*: for operators and tests)."""
    value = os.environ.get(name, "").strip()
    return float(value) if value else default


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
    json_max_bytes: int = field(
        default_factory=lambda: int(_env_float("CRM_JSON_MAX_BYTES", DEFAULT_JSON_MAX_BYTES))
    )
    body_idle_timeout_s: float = field(
        default_factory=lambda: _env_float("CRM_BODY_IDLE_TIMEOUT_S", DEFAULT_BODY_IDLE_TIMEOUT_S)
    )
    body_timeout_s: float = field(
        default_factory=lambda: _env_float("CRM_BODY_TIMEOUT_S", DEFAULT_BODY_TIMEOUT_S)
    )
