"""Settings of one running central server, declared once with their defaults."""

from __future__ import annotations

import dataclasses
import json
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
    # Overload (central_server.overload): requests one worker serves at once; more wait
    # up to ``queue_wait_s`` for a turn, then get 503 with ``Retry-After: retry_after_s``.
    max_concurrent: int = 8
    queue_wait_s: float = 2.0
    retry_after_s: int = 2
    # Database pool per worker: one connection per admitted request and a few spare;
    # a request that still cannot get one within ``pool_timeout_s`` answers 503.
    pool_size: int = 10
    pool_timeout_s: float = 5.0
    # A desk may hold at most this many leased numbers not yet used or returned
    # (today's leases); more is refused with 409 lease_quota (central_server.leases).
    lease_quota: int = 200
    # Where citizens reach this server (the tracking page's base URL printed on the
    # receipt, e.g. "https://crm.jakarta.go.id"); "" = the URL the request came to.
    public_url: str = field(default_factory=lambda: os.environ.get("CRM_PUBLIC_URL", "").strip())

    def to_env(self) -> str:
        """This config as one JSON string: how ``serve --workers N`` hands it to workers."""
        out: dict[str, object] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, timedelta):
                value = value.total_seconds()
            elif isinstance(value, Path):
                value = str(value)
            out[f.name] = value
        return json.dumps(out)

    @classmethod
    def from_env(cls, raw: str | None = None) -> ServerConfig:
        """The config ``to_env`` wrote (default: the CRM_CENTRAL_CONFIG variable)."""
        data = json.loads(raw if raw is not None else os.environ[CONFIG_ENV])
        kwargs: dict[str, object] = {}
        for f in dataclasses.fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            if f.name == "token_ttl":
                value = timedelta(seconds=value)
            elif f.name in ("media_dir", "data_dir") and value is not None:
                value = Path(value)
            kwargs[f.name] = value
        return cls(**kwargs)  # type: ignore[arg-type]


# The environment variable through which ``serve`` passes its config to workers.
CONFIG_ENV = "CRM_CENTRAL_CONFIG"
