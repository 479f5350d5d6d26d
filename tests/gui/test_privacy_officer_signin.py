"""The data protection officer serves citizens' rights on the server: the workstation
refuses the sign-in with a sentence saying where that work is done, and keeps no
profile data for it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from central_server.testing import REPO_ROOT, LiveServer, server_rows

DPO_PASSWORD = "sandi-pejabat-pdp-1"


def test_the_workstation_refuses_the_data_protection_officer(
    server_factory: Callable[..., LiveServer], tmp_path: Path, qapp: object
) -> None:
    from officer_app.gui_main import authenticator
    from officer_app.views.signin import SignInError

    server = server_factory(n_reports=20, seed=2)
    (unit,) = server_rows(server, "SELECT id FROM units WHERE kind = 'biro' ORDER BY id LIMIT 1")
    added = subprocess.run(
        [sys.executable, "-m", "central_server", "user", "add", "--database", server.database_url,
         "--id", "pdp.dki", "--name", "Pejabat PDP", "--role", "privacy_officer",
         "--unit", unit[0]],
        input=DPO_PASSWORD + "\n", capture_output=True, text=True, cwd=REPO_ROOT, timeout=120,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    authenticate = authenticator(tmp_path / "profiles")
    with pytest.raises(SignInError, match="crm-central privacy"):
        authenticate(server.url, "pdp.dki", DPO_PASSWORD)
    # Nothing of it is kept on the PC: no credential, no token, no database.
    kept = [p.name for p in (tmp_path / "profiles").rglob("*") if p.is_file()]
    assert not any(name.endswith((".sqlite3", ".json")) for name in kept), kept
