"""Sign-in slowed by the server's throttle says how long to wait (issue 17, client side).

Before: 423 read as "wrong password", 429 as "server unreachable" (and so an offline
sign-in attempt). A real server with a strict throttle (CRM_LOGIN_THROTTLE).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from central_server.testing import LiveServer
from officer_app.gui_main import authenticator
from officer_app.views.signin import SignInError


def test_a_throttled_sign_in_says_to_wait(
    qtbot, tmp_path: Path, server_factory: Callable[..., LiveServer], monkeypatch
) -> None:
    monkeypatch.setenv("CRM_LOGIN_THROTTLE", "1/1/1")  # delays from the first failures
    server = server_factory(n_reports=10)
    authenticate = authenticator(tmp_path / "profiles")
    messages = []
    for _ in range(4):
        with pytest.raises(SignInError) as refused:
            authenticate(server.url, "officer.demo", "not-the-password")
        messages.append(str(refused.value))
    assert "ID petugas atau kata sandi salah." in messages[0]
    waits = [m for m in messages if "Terlalu banyak percobaan masuk" in m]
    assert waits, messages
    assert not any("belum pernah masuk" in m for m in messages)  # never sent offline
    assert any("detik" in m for m in waits)
