"""The walk-in desk records that it gave the reporter the privacy notice: the create
action's optional ``privacy_notice`` is stored with the report; a wrong one is refused
with a clear reason, and a create without it (an older client) still works."""

from __future__ import annotations

from datetime import UTC, datetime

from central_server.testing import server_rows
from crm_shared.domain.privacy import NOTICE_VERSION

from .conftest import Client
from .helpers import walk_in
from .privacy_helpers import ServerStarter, privacy_plan


def test_the_notice_is_recorded_with_the_report(plan_server: ServerStarter) -> None:
    server = plan_server(privacy_plan())
    desk = Client(server, "desk")
    given_at = datetime(2026, 12, 4, 1, 30, tzinfo=UTC)
    with_notice = walk_in(
        privacy_notice={"version": NOTICE_VERSION, "given_at": given_at.isoformat()}
    )
    without = walk_in()
    bad = walk_in(privacy_notice={"version": "1999-01", "given_at": given_at.isoformat()})
    results = desk.act(with_notice, without, bad)
    assert [r["status"] for r in results] == ["applied", "applied", "rejected"]
    assert results[2]["code"] == "notice_version"
    rows = server_rows(server, "SELECT report_id, version, given_by FROM privacy_notices")
    assert [tuple(r) for r in rows] == [(results[0]["report"]["id"], NOTICE_VERSION, "desk")]
    # The data protection officer sees it in the person's record.
    dpo = Client(server, "dpo")
    record = dpo.post(
        "/privacy/search",
        json={"nik": "3171014508900001", "reason": "Permohonan warga nomor 1/PDP/2026"},
    ).json()
    notices = {i["report_id"]: i["notice"] for i in record["items"]}
    assert notices[results[0]["report"]["id"]]["version"] == NOTICE_VERSION
    assert notices[results[1]["report"]["id"]] is None
