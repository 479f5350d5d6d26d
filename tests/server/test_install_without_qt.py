"""The server's own install carries no Qt and no workstation code (issue 15).

Two checks: pyproject's ``server`` extra (plus the base) names no client-only
package, and a real server process in which ``PySide6`` and ``officer_app`` cannot
be imported starts, answers a login and serves the change feed.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import requests

from central_server.embedded import LiveServer
from central_server.testing import auth_header, login

ROOT = Path(__file__).resolve().parents[2]
CLIENT_ONLY = {"pyside6", "folium", "qtawesome", "sqlcipher3", "keyring", "alembic", "fpdf2"}

# Run as `python -c`: make the named packages unimportable, then start the CLI.
BLOCKER = (
    "import runpy, sys\n"
    "for name in ('PySide6', 'shiboken6', 'officer_app'):\n"
    "    sys.modules[name] = None\n"
    "sys.argv[0] = 'crm-central'\n"
    "runpy.run_module('central_server', run_name='__main__', alter_sys=True)\n"
)


def _names(requirements: list[str]) -> set[str]:
    names = set()
    for req in requirements:
        name = req.split(";")[0].split("[")[0]
        for sep in "<>=!~ ":
            name = name.split(sep)[0]
        names.add(name.strip().lower())
    return names


def test_the_server_extra_names_no_client_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    server = _names(project["dependencies"]) | _names(project["optional-dependencies"]["server"])
    assert "fastapi" in server, "the server extra is not where this test looks"
    assert server & CLIENT_ONLY == set()
    workstation = _names(project["optional-dependencies"]["workstation"])
    assert "pyside6" in workstation


class _QtlessServer(LiveServer):
    def _command(self) -> list[str]:
        cmd = super()._command()
        assert cmd[1:3] == ["-m", "central_server"]
        return [sys.executable, "-c", BLOCKER, *cmd[3:]]


def test_a_server_without_qt_or_the_workstation_serves_the_protocol(tmp_path: Path) -> None:
    server = _QtlessServer(tmp_path / "srv", n_reports=30).start()
    try:
        token = login(server.url, "officer.demo")
        answer = requests.get(
            f"{server.api}/sync/changes",
            params={"cursor": 0, "limit": 50},
            headers=auth_header(token),
            timeout=30,
        )
        assert answer.status_code == 200
        assert answer.json()["reports"], "the seeded reports of the unit did not come"
    finally:
        server.stop()
    assert "ModuleNotFoundError" not in server.log_tail(400)
