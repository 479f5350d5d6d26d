"""The workstation names its PC at sign-in (X-CRM-Device) and the server records it with
the session, so a breach question about one PC can be answered from the audit log."""

from __future__ import annotations

import json

from central_server.testing import LiveServer, server_rows
from officer_app.sync.http_backend import HttpBackend, device_name


def test_the_sign_in_records_this_pc(live_server: LiveServer) -> None:
    backend = HttpBackend(live_server.url)
    try:
        backend.login("validator.demo", "demo-password")
    finally:
        backend.close()
    (detail,) = server_rows(
        live_server,
        "SELECT detail FROM audit_log WHERE kind = 'login' AND actor_id = 'validator.demo' "
        "ORDER BY id DESC LIMIT 1",
    )
    data = detail[0] if isinstance(detail[0], dict) else json.loads(detail[0])
    assert data["device"] == device_name() != "unknown"
    assert data["address"] == "127.0.0.1"
    assert len(data["session"]) == 16
    assert data["agent"].startswith("crm-officer-workstation/")
