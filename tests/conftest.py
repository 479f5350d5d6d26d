"""Shared fixtures: the reference central server as a REAL process on 127.0.0.1.

- ``LiveServer``: one ``python -m central_server serve`` subprocess (start, stop,
  restart on the same database, log file).
- ``server_factory(...)``: function-scoped; starts servers with the options given
  and stops them at teardown.
- ``live_server``: session-scoped, demo-seeded with the real data dir when present.
  Share it only in tests that do not mutate state other tests rely on.
- ``login(url, officer_id, password)``: a bearer token.
- PostgreSQL: ``postgres_url`` gives a fresh database on the server named by
  CRM_TEST_POSTGRES_URL (skip when unset; FAIL when unset and CI=true);
  ``database_url`` is parametrised over sqlite and postgresql.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

REPO_ROOT = Path(__file__).resolve().parents[1]
DEMO_PASSWORD = "demo-password"
STARTUP_TIMEOUT_S = 120.0


def find_data_dir() -> Path | None:
    """CRM_DATA_DIR if set, else <repo>/../shared/data if it exists, else None."""
    env = os.environ.get("CRM_DATA_DIR")
    if env:
        return Path(env)
    candidate = REPO_ROOT.parent / "shared" / "data"
    return candidate if candidate.is_dir() else None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LiveServer:
    """A central server subprocess listening on 127.0.0.1."""

    def __init__(
        self,
        workdir: Path,
        *,
        database_url: str | None = None,
        data_dir: Path | None = None,
        n_reports: int | None = 200,
        seed: int = 1,
        demo: bool = True,
        token_ttl_s: float | None = None,
        media_max_bytes: int | None = None,
    ) -> None:
        workdir.mkdir(parents=True, exist_ok=True)
        self.workdir = workdir
        self.database_url = database_url or f"sqlite:///{workdir / 'central.sqlite3'}"
        self.media_dir = workdir / "media"
        self.data_dir = data_dir
        self.n_reports = n_reports
        self.seed = seed
        self.demo = demo
        self.token_ttl_s = token_ttl_s
        self.media_max_bytes = media_max_bytes
        self.log_path = workdir / "server.log"
        self.port = 0
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api(self) -> str:
        return f"{self.url}/api/v1"

    def _command(self) -> list[str]:
        cmd = [
            sys.executable,
            "-m",
            "central_server",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--database",
            self.database_url,
            "--media-dir",
            str(self.media_dir),
            "--seed",
            str(self.seed),
            "--demo" if self.demo else "--no-demo",
        ]
        if self.data_dir is not None:
            cmd += ["--data-dir", str(self.data_dir)]
        if self.n_reports is not None:
            cmd += ["--seed-reports", str(self.n_reports)]
        if self.token_ttl_s is not None:
            cmd += ["--token-ttl-seconds", str(self.token_ttl_s)]
        if self.media_max_bytes is not None:
            cmd += ["--media-max-bytes", str(self.media_max_bytes)]
        return cmd

    def start(self) -> LiveServer:
        if self._proc is not None:
            raise RuntimeError("server already running")
        for _attempt in range(3):  # the free port may be taken between probe and bind
            self.port = free_port()
            with open(self.log_path, "ab") as log:
                self._proc = subprocess.Popen(
                    self._command(),
                    cwd=REPO_ROOT,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    env={**os.environ, "PYTHONUNBUFFERED": "1"},
                )
            if self._wait_ready():
                return self
            self.stop()
        raise RuntimeError(f"central server did not start; log:\n{self.log_tail()}")

    def _wait_ready(self) -> bool:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while time.monotonic() < deadline:
            assert self._proc is not None
            if self._proc.poll() is not None:
                return False
            try:
                if requests.get(f"{self.api}/health", timeout=1).status_code == 200:
                    return True
            except requests.RequestException:
                pass
            time.sleep(0.1)
        return False

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)

    def restart(self) -> LiveServer:
        self.stop()
        return self.start()

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def log_tail(self, n: int = 80) -> str:
        if not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])


def login(url: str, officer_id: str, password: str = DEMO_PASSWORD) -> str:
    """Log in on the server at ``url`` (base url or .../api/v1); return the bearer token."""
    base = url.rstrip("/")
    if not base.endswith("/api/v1"):
        base += "/api/v1"
    resp = requests.post(
        f"{base}/auth/token", json={"officer_id": officer_id, "password": password}, timeout=30
    )
    assert resp.status_code == 200, resp.text
    return str(resp.json()["token"])


def auth_header(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def server_factory(tmp_path: Path) -> Iterator[Callable[..., LiveServer]]:
    """Start servers: ``server_factory(n_reports=200, seed=1, data_dir=..., database_url=...)``."""
    servers: list[LiveServer] = []

    def start(**kwargs: Any) -> LiveServer:
        kwargs.setdefault("data_dir", find_data_dir())
        server = LiveServer(tmp_path / f"server{len(servers)}", **kwargs)
        servers.append(server)
        return server.start()

    yield start
    for server in servers:
        server.stop()


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """One demo-seeded server for the whole session (do not break its shared state)."""
    server = LiveServer(
        tmp_path_factory.mktemp("live_server"), data_dir=find_data_dir(), n_reports=500, seed=7
    )
    server.start()
    yield server
    server.stop()


# --- PostgreSQL ---------------------------------------------------------------------


def _postgres_base_url() -> str | None:
    url = os.environ.get("CRM_TEST_POSTGRES_URL")
    if url:
        return url
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("CRM_TEST_POSTGRES_URL is not set, but CI=true: PostgreSQL tests must run")
    pytest.skip("CRM_TEST_POSTGRES_URL not set (PostgreSQL tests skipped outside CI)")
    return None


def _with_database(url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=name).render_as_string(hide_password=False)


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for this test (dropped afterwards)."""
    import psycopg
    from sqlalchemy.engine import make_url

    base = _postgres_base_url()
    assert base is not None
    name = f"crm_test_{uuid.uuid4().hex[:12]}"
    admin = make_url(base).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield _with_database(base, name)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str | None:
    """A fresh database of each backend: None means the server's own SQLite file."""
    if request.param == "sqlite":
        return None
    return str(request.getfixturevalue("postgres_url"))
