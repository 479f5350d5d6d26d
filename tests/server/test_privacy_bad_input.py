"""Bad input to /api/v1/privacy: a clear 4xx with the error shape, never a 500, and
nothing changed or half-recorded."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from central_server.testing import LiveServer, find_data_dir, server_rows

from .conftest import Client, plan_server_kwargs
from .privacy_helpers import REASON, privacy_plan

CASES = [
    ("/privacy/search", {"reason": REASON}),  # nobody named
    ("/privacy/search", {"nik": "3171 abc", "reason": REASON}),
    ("/privacy/search", {"phone": "12", "reason": REASON}),
    ("/privacy/search", {"email": "not-an-address", "reason": REASON}),
    ("/privacy/search", {"nik": "3171000000000001"}),  # no reason
    ("/privacy/search", {"nik": ["x"], "reason": REASON}),
    ("/privacy/search", {"nik": "3171000000000001", "reason": REASON, "extra": 1}),
    ("/privacy/export", {"nik": "3171000000000001", "reason": REASON, "format": "pdf"}),
    ("/privacy/correct", {"report_id": "r-99999", "changes": {"name": "Ab Cd"}, "reason": REASON}),
    ("/privacy/correct", {"report_id": "r-00001", "changes": {}, "reason": REASON}),
    ("/privacy/correct", {"report_id": "r-00001", "changes": {"status": "x"}, "reason": REASON}),
    ("/privacy/correct", {"report_id": "r-00001", "changes": {"name": 5}, "reason": REASON}),
    ("/privacy/correct", {"report_id": "r-00001", "changes": {"phone": "12"}, "reason": REASON}),
    ("/privacy/correct", {"report_id": "r-00001", "changes": {"nik": None}, "reason": REASON}),
    (
        "/privacy/correct",
        {"report_id": "r-00001", "supporter_id": 999, "changes": {"name": "Ab"}, "reason": REASON},
    ),
    ("/privacy/erase", {"phone": "0812", "reason": REASON}),
    ("/privacy/holds", {"report": "JK000000000000", "reason": REASON}),
    ("/privacy/holds", {"report": "r-00001", "reason": "short"}),
    ("/privacy/holds/999/release", {"reason": REASON}),
    ("/privacy/exposure", {"reason": REASON}),  # no question
    ("/privacy/exposure", {"since": "yesterday", "reason": REASON}),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = LiveServer(
        tmp_path_factory.mktemp("privacy_bad_input"),
        data_dir=find_data_dir(),
        **plan_server_kwargs(privacy_plan(n_per_kelurahan=2)),
    )
    live.start()
    yield live
    live.stop()


@pytest.mark.parametrize(("path", "body"), CASES)
def test_bad_input_is_a_clear_4xx(server: LiveServer, path: str, body: dict) -> None:
    dpo = Client(server, "dpo")
    before = server_rows(server, "SELECT nik, name, phone FROM reporter_identities ORDER BY 1")
    answer = dpo.post(path, json=body)
    assert 400 <= answer.status_code < 500, (path, body, answer.status_code, answer.text)
    error = answer.json()["error"]
    assert error["code"]
    assert error["message"]
    after = server_rows(server, "SELECT nik, name, phone FROM reporter_identities ORDER BY 1")
    assert [tuple(r) for r in after] == [tuple(r) for r in before]
    assert server_rows(server, "SELECT count(*) FROM legal_holds")[0][0] == 0
    assert server_rows(server, "SELECT count(*) FROM identity_erasures")[0][0] == 0
