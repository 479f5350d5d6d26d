"""The reference central server as a real process on 127.0.0.1 (demo mode and tests).

``LiveServer`` starts ``python -m central_server serve`` on a free loopback port,
waits for ``GET /api/v1/health``, and stops, restarts or shows the log of it.
``officer-app --demo`` runs its background server through it, and
``central_server.testing`` (the test helpers) re-exports it, so there is one
launcher. In a frozen bundle ``sys.executable -m central_server`` is handled by
``installer/entry.py``.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import requests

REPO_ROOT = Path(__file__).resolve().parents[1]
STARTUP_TIMEOUT_S = 120.0


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
        prepare: Callable[[str], None] | None = None,
        train_suggest: bool = False,
        workers: int = 1,
        extra_args: Sequence[str] = (),
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
        self.train_suggest = train_suggest  # train the suggestion model at start if missing
        self.log_path = workdir / "server.log"
        # Called once with the database URL before the first start (e.g. to seed a plan).
        self._prepare = prepare
        self.workers = workers
        self.extra_args = list(extra_args)  # more `serve` options, e.g. ["--lease-quota", "5"]
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
        if self.train_suggest:
            cmd.append("--train-suggest")
        if self.workers != 1:
            cmd += ["--workers", str(self.workers)]
        return cmd + self.extra_args

    def start(self) -> LiveServer:
        if self._proc is not None:
            raise RuntimeError("server already running")
        if self._prepare is not None:
            prepare, self._prepare = self._prepare, None
            prepare(self.database_url)
        for _attempt in range(3):  # the free port may be taken between probe and bind
            self.port = free_port()
            with open(self.log_path, "ab") as log:
                self._proc = subprocess.Popen(
                    self._command(),
                    cwd=REPO_ROOT if REPO_ROOT.is_dir() else None,
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
    def pid(self) -> int | None:
        """The server process's id while it runs (benchmarks read its CPU time)."""
        return self._proc.pid if self._proc is not None else None

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def log_tail(self, n: int = 80) -> str:
        if not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
