"""The demo-seeded server (real seed plan) and the crm-central command line."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from central_server.testing import REPO_ROOT, LiveServer, login

from . import plan


def test_demo_server_serves_the_seed_plan(live_server: LiveServer) -> None:
    token = login(live_server.url, "officer.demo")
    headers = {"Authorization": f"Bearer {token}"}
    page = requests.get(
        f"{live_server.api}/sync/changes", params={"limit": 2000}, headers=headers, timeout=60
    ).json()
    assert page["reports"]
    assert page["total_visible"] == len(page["reports"])
    units = {r["unit_id"] for r in page["reports"]}
    assert len(units) == 1
    assert all(r["reporter"]["hidden"] for r in page["reports"])
    with sqlite3.connect(live_server.database_url.removeprefix("sqlite:///")) as db:
        (n,) = db.execute("SELECT count(*) FROM reports").fetchone()
        (seq,) = db.execute("SELECT value FROM counters WHERE name = 'change_seq'").fetchone()
    assert n == 500
    assert seq == n


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "central_server", *args],
        cwd=REPO_ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_user_add_then_login(tmp_path: Path, server_factory) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    plan.seed_database(url, plan.build(2))
    added = _cli(
        "user",
        "add",
        "--database",
        url,
        "--id",
        "baru.1",
        "--name",
        "Petugas Baru",
        "--role",
        "field_officer",
        "--unit",
        plan.KEL_B,
        stdin="sandi-rahasia-1\n",
    )
    assert added.returncode == 0, added.stderr
    dup = _cli(
        "user",
        "add",
        "--database",
        url,
        "--id",
        "baru.1",
        "--name",
        "X",
        "--role",
        "field_officer",
        "--unit",
        plan.KEL_B,
        stdin="sandi-rahasia-1\n",
    )
    assert dup.returncode != 0
    assert "sudah ada" in dup.stderr
    bad_unit = _cli(
        "user",
        "add",
        "--database",
        url,
        "--id",
        "baru.2",
        "--name",
        "X",
        "--role",
        "desk",
        "--unit",
        "no.unit",
        stdin="sandi-rahasia-1\n",
    )
    assert bad_unit.returncode != 0
    server = server_factory(n_reports=None, demo=False, database_url=url)
    token = login(server.url, "baru.1", "sandi-rahasia-1")
    assert token
    with sqlite3.connect(tmp_path / "cli.sqlite3") as db:
        (stored,) = db.execute("SELECT password_hash FROM officers WHERE id='baru.1'").fetchone()
    assert "sandi-rahasia-1" not in stored
    assert stored.startswith("scrypt$")


def test_cli_seed_fills_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'seeded.sqlite3'}"
    first = _cli("seed", "--database", url, "--reports", "50", "--seed", "3")
    assert first.returncode == 0, first.stderr
    again = _cli("seed", "--database", url, "--reports", "50", "--seed", "3")
    assert again.returncode == 0
    assert "sudah berisi" in again.stdout
    with sqlite3.connect(tmp_path / "seeded.sqlite3") as db:
        (n,) = db.execute("SELECT count(*) FROM reports").fetchone()
    assert n == 50


def test_cli_apikey_add_prints_a_key_stored_only_as_a_hash(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'keys.sqlite3'}"
    made = _cli("apikey", "add", "--database", url, "--label", "kanal uji")
    assert made.returncode == 0, made.stderr
    key = made.stdout.strip()
    assert len(key) >= 20
    with sqlite3.connect(tmp_path / "keys.sqlite3") as db:
        (stored,) = db.execute("SELECT key_hash FROM api_keys").fetchone()
    assert key not in stored  # only a hash is kept
    refused = _cli("apikey", "add", "--database", url, "--label", "")
    assert refused.returncode == 2


def test_audit_log_is_append_only(live_server: LiveServer) -> None:
    login(live_server.url, "officer.demo")
    with sqlite3.connect(live_server.database_url.removeprefix("sqlite:///")) as db:
        (n,) = db.execute("SELECT count(*) FROM audit_log").fetchone()
        assert n > 0
        for statement in ("UPDATE audit_log SET kind = 'x'", "DELETE FROM audit_log"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                db.execute(statement)
