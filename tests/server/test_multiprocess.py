"""Several server processes on one PostgreSQL database (issue 16).

``crm-central migrate`` started many times at once, and several ``serve --workers 2``
started at once on an empty database, must all succeed: the schema lock
(central_server.db.create_all) serialises the DDL, the seed runs once.
"""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from sqlalchemy import create_engine, text

from central_server.testing import REPO_ROOT, LiveServer, find_data_dir, login

pytestmark = pytest.mark.postgres


def _scalar(url: str, sql: str) -> object:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql)).scalar()
    finally:
        engine.dispose()


def test_migrate_started_many_times_at_once(postgres_url: str) -> None:
    cmd = [sys.executable, "-m", "central_server", "migrate", "--database", postgres_url]
    procs = [
        subprocess.Popen(cmd, cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        for _ in range(4)
    ]
    outputs = [p.communicate(timeout=120)[0].decode(errors="replace") for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], outputs
    # The schema is there once, with its append-only guard, and a rerun is a no-op.
    assert (
        _scalar(
            postgres_url, "SELECT count(*) FROM pg_trigger WHERE tgname = 'audit_log_append_only'"
        )
        == 1
    )
    again = subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert "mutakhir" in again.stdout


def test_several_servers_with_two_workers_start_at_once(postgres_url: str, tmp_path: Path) -> None:
    servers = [
        LiveServer(
            tmp_path / f"s{i}",
            database_url=postgres_url,
            data_dir=find_data_dir(),
            n_reports=30,
            seed=3,
            workers=2,
        )
        for i in range(3)
    ]
    try:
        with ThreadPoolExecutor(len(servers)) as pool:
            list(pool.map(LiveServer.start, servers))
        for server in servers:
            token = login(server.url, "officer.demo")
            resp = requests.get(
                f"{server.api}/sync/changes",
                headers={"Authorization": f"Bearer {token}"},
                timeout=60,
            )
            assert resp.status_code == 200, resp.text
        # Seeded once, not three times.
        assert _scalar(postgres_url, "SELECT count(*) FROM reports") == 30
    finally:
        for server in servers:
            server.stop()
