"""One server with two worker processes on PostgreSQL: what the workers share is right.

Each request goes out on a new connection, so requests are spread over both
workers; what must hold across them lives in the database (leases, counters,
actions, the Open311 changeset). Startup of several such servers at once is in
test_multiprocess.py.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import requests
from sqlalchemy import create_engine, text

from central_server.testing import LiveServer, auth_header, find_data_dir

from . import plan
from .conftest import plan_server_kwargs
from .helpers import action

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def server(
    module_postgres_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """One server, two workers, for the whole module (a start costs seconds)."""
    server = LiveServer(
        tmp_path_factory.mktemp("two_workers"),
        data_dir=find_data_dir(),
        **plan_server_kwargs(
            plan.build(6),
            database_url=module_postgres_url,
            workers=2,
            extra_args=["--lease-quota", "250"],
        ),
    )
    server.start()
    yield server
    server.stop()


def _token(server: LiveServer, officer_id: str) -> str:
    resp = requests.post(
        f"{server.api}/auth/token",
        json={"officer_id": officer_id, "password": plan.PASSWORD},
        timeout=60,
    )
    assert resp.status_code == 200, resp.text
    return str(resp.json()["token"])


def _post(server: LiveServer, token: str, path: str, body: dict[str, Any]) -> requests.Response:
    # A fresh connection each time: the requests land on either worker.
    return requests.post(
        f"{server.api}{path}",
        json=body,
        headers={**auth_header(token), "Connection": "close"},
        timeout=60,
    )


def _rows(server: LiveServer, sql: str) -> list[Any]:
    engine = create_engine(server.database_url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(text(sql)))
    finally:
        engine.dispose()


def test_concurrent_leases_stay_unique_and_within_the_quota(server: LiveServer) -> None:
    token = _token(server, "desk")
    with ThreadPoolExecutor(8) as pool:
        answers = list(
            pool.map(lambda _: _post(server, token, "/numbers/lease", {"count": 10}), range(32))
        )
    granted = [a.json()["numbers"] for a in answers if a.status_code == 200]
    refused = [a.json()["error"]["code"] for a in answers if a.status_code != 200]
    # 32 x 10 asked, 250 allowed: 25 leases granted, the other 7 refused by the quota.
    assert len(granted) == 25
    assert refused == ["lease_quota"] * 7
    numbers = [n for block in granted for n in block]
    assert len(set(numbers)) == len(numbers) == 250
    stored = _rows(server, "SELECT count(*), count(DISTINCT number) FROM leased_numbers")
    assert tuple(stored[0]) == (250, 250)


def test_concurrent_actions_on_one_report_one_conflict_nothing_lost(server: LiveServer) -> None:
    officer, colleague = (_token(server, o) for o in ("field.a", "field.a2"))
    page = requests.get(
        f"{server.api}/sync/changes", headers=auth_header(officer), timeout=60
    ).json()
    report = next(r for r in page["reports"] if r["status"] == "menunggu")
    rid, version = report["id"], report["version"]
    notes = [action(rid, "note", None, note=f"catatan {i}") for i in range(6)]
    # Two officers accept the same waiting report from the same version: whichever
    # comes second finds it in progress already (a stale conflict), in either order.
    jobs = [
        (officer, action(rid, "accept", version)),
        (colleague, action(rid, "accept", version)),
        *((colleague, note) for note in notes),
    ]
    start = threading.Barrier(len(jobs))

    def send(job: tuple[str, dict[str, Any]]) -> dict[str, Any]:
        token, act = job
        start.wait()
        resp = _post(server, token, "/sync/actions", {"actions": [act]})
        assert resp.status_code == 200, resp.text
        return dict(resp.json()["results"][0])

    with ThreadPoolExecutor(len(jobs)) as pool:
        results = list(pool.map(send, jobs))
    decisions = sorted(r["status"] for r in results[:2])
    assert decisions == ["applied", "conflict"], results[:2]
    assert next(r for r in results[:2] if r["status"] == "conflict")["code"] == "stale"
    assert [r["status"] for r in results[2:]] == ["applied"] * len(notes)
    # Nothing lost: every applied action is in the database, each once.
    applied = {r["action_id"] for r in results if r["status"] == "applied"}
    stored = {
        row[0]
        for row in _rows(server, f"SELECT action_id FROM applied_actions WHERE report_id = '{rid}'")
    }
    assert stored == applied
    (final,) = _rows(server, f"SELECT version, seq FROM reports WHERE id = '{rid}'")
    assert final[0] == version + 1 + len(notes)
    # Every change got its own sequence number, none left as a placeholder.
    assert _rows(server, "SELECT count(*) FROM reports WHERE seq <= 0")[0][0] == 0


def test_open311_changeset_is_the_same_on_every_worker(server: LiveServer) -> None:

    def changeset(_: int) -> str:
        resp = requests.get(
            f"{server.url}/open311/v2/discovery.json", headers={"Connection": "close"}, timeout=60
        )
        assert resp.status_code == 200, resp.text
        return str(resp.json()["changeset"])

    with ThreadPoolExecutor(4) as pool:
        seen = set(pool.map(changeset, range(16)))
    assert len(seen) == 1, seen
    # Stored once, in the database.
    assert _rows(server, "SELECT count(*) FROM changesets")[0][0] == 1


def test_dashboard_figures_on_postgresql(server: LiveServer) -> None:
    token = _token(server, "super.kec")
    resp = requests.get(f"{server.api}/stats/summary", headers=auth_header(token), timeout=60)
    assert resp.status_code == 200, resp.text
    # The camat sees both kelurahan: every report of the plan is counted once.
    (total,) = _rows(server, "SELECT count(*) FROM reports")[0]
    assert resp.json()["overall"]["total"] == total
    assert {f["key"] for f in resp.json()["by_kelurahan"]} >= {plan.CODE_A, plan.CODE_B}
