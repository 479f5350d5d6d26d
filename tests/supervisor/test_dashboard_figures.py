"""The dashboard's figures: local SQL on the synced profile == the server's own figures."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
import requests
from sqlalchemy import create_engine, text

from central_server.passwords import hash_password
from central_server.ratings import CODE_COST
from central_server.testing import LiveServer, auth_header, login
from crm_shared.domain.rating import new_rating_code
from crm_shared.protocol.wire import StatsFigures, StatsSummary
from officer_app.store import dashboard

from .conftest import Workstation

pytestmark = pytest.mark.slow


def server_summary(server: LiveServer, officer_id: str, at: datetime, month: str | None = None):
    params = {"at": at.isoformat()}
    if month:
        params["month"] = month
    resp = requests.get(
        f"{server.api}/stats/summary",
        params=params,
        headers=auth_header(login(server.url, officer_id)),
        timeout=60,
    )
    assert resp.status_code == 200, resp.text
    return StatsSummary.model_validate(resp.json())


def same(local: StatsFigures, remote: StatsFigures) -> None:
    counts = ("key", "total", "completed", "rejected", "open", "overdue", "rank", "rating_count")
    assert [getattr(local, c) for c in counts] == [getattr(remote, c) for c in counts]
    for name in (
        "completion_rate",
        "median_response_hours",
        "median_followup_hours",
        "average_rating",
        "response_on_time_rate",
        "followup_on_time_rate",
    ):
        a, b = getattr(local, name), getattr(remote, name)
        assert (a is None) == (b is None), (local.key, name)
        if a is not None:
            assert a == pytest.approx(b, abs=1e-3), (local.key, name)


def rate_through_the_page(server: LiveServer, report_id: str, number: str, score: int) -> None:
    """Give a seeded report a receipt code (seeded reports have none), then rate it as a
    citizen would: the tracking page's form with the code."""
    code = new_rating_code()
    engine = create_engine(server.database_url)
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO rating_codes (report_id, code_hash) VALUES (:r, :h)"),
            {"r": report_id, "h": hash_password(code, n=CODE_COST)},
        )
    engine.dispose()
    http = requests.Session()
    page = http.get(f"{server.url}/lacak/{number}", timeout=30)
    token = re.search(r"name='token' value='([^']+)'", page.text)
    assert token, page.text
    resp = http.post(
        f"{server.url}/lacak/{number}/nilai",
        data={"token": token.group(1), "kode": code, "nilai": str(score), "kalimat": "ok"},
        timeout=30,
    )
    assert resp.status_code == 200, resp.text


def compare(local: StatsSummary, remote: StatsSummary) -> None:
    same(local.overall, remote.overall)
    for group in ("by_kelurahan", "by_category", "by_channel", "by_month", "by_unit"):
        mine, theirs = getattr(local, group), getattr(remote, group)
        assert [f.key for f in mine] == [f.key for f in theirs], group
        for a, b in zip(mine, theirs, strict=True):
            same(a, b)


def test_dashboard_equals_the_servers_figures(
    workstation: Callable[[str], Workstation], server: LiveServer
) -> None:
    supervisor = workstation("supervisor.demo")
    supervisor.sync()
    # Citizens rate three finished reports of the scope through the public page.
    with supervisor.store.read() as s:
        finished = s.execute(
            text("SELECT id, number FROM reports WHERE status = 'selesai' ORDER BY number LIMIT 3")
        ).all()
    for (report_id, number), score in zip(finished, (1, 4, 5), strict=True):
        rate_through_the_page(server, report_id, number, score)
    supervisor.sync()
    at = datetime.now(UTC)
    remote = server_summary(server, "supervisor.demo", at)
    with supervisor.store.read() as s:
        local = dashboard.summary(s, at=at)
        months = dashboard.months(s)
    assert remote.overall.total > 50, "the seed gives the kecamatan a real workload"
    assert remote.overall.completed
    assert remote.overall.overdue
    assert remote.overall.rejected
    assert remote.overall.median_response_hours
    assert remote.overall.median_followup_hours
    # The province's targets: some reports met them, some did not.
    assert 0 < (remote.overall.response_on_time_rate or 0) < 1
    assert 0 < (remote.overall.followup_on_time_rate or 0) < 1
    assert any(f.response_on_time_rate is not None for f in remote.by_unit)
    assert len(remote.by_unit) > 1
    assert remote.by_unit[0].rank == 1
    assert remote.overall.rating_count == 3
    assert remote.overall.average_rating == pytest.approx(10 / 3)
    compare(local, remote)

    # One month only: the ranking the province publishes monthly.
    month = months[0]
    with supervisor.store.read() as s:
        local_month = dashboard.summary(s, at=at, month=month)
    remote_month = server_summary(server, "supervisor.demo", at, month)
    assert [f.key for f in remote_month.by_month] == [month]
    compare(local_month, remote_month)


def test_stats_are_for_supervisors_only(server: LiveServer) -> None:
    resp = requests.get(
        f"{server.api}/stats/summary",
        headers=auth_header(login(server.url, "officer.demo")),
        timeout=30,
    )
    assert resp.status_code == 403
    assert resp.json()["error"]["code"] == "role_forbidden"
