"""Fixtures of the server tests: servers seeded with the small known plan (plan.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests

from central_server.testing import LiveServer, auth_header, find_data_dir

from . import plan as test_plan


class Client:
    """A signed-in officer talking to a live server (one keep-alive session)."""

    def __init__(self, server: LiveServer, officer_id: str, password: str = test_plan.PASSWORD):
        self.server = server
        self.officer_id = officer_id
        self.http = requests.Session()
        resp = self.http.post(
            f"{server.api}/auth/token",
            json={"officer_id": officer_id, "password": password},
            timeout=30,
        )
        assert resp.status_code == 200, resp.text
        self.token = resp.json()["token"]
        self.http.headers.update(auth_header(self.token))

    def get(self, path: str, **kw: Any) -> requests.Response:
        return self.http.get(f"{self.server.api}{path}", timeout=60, **kw)

    def post(self, path: str, **kw: Any) -> requests.Response:
        return self.http.post(f"{self.server.api}{path}", timeout=60, **kw)

    def put(self, path: str, **kw: Any) -> requests.Response:
        return self.http.put(f"{self.server.api}{path}", timeout=60, **kw)

    def head(self, path: str, **kw: Any) -> requests.Response:
        return self.http.head(f"{self.server.api}{path}", timeout=60, **kw)

    def pull_all(self, cursor: int = 0, limit: int = 500) -> tuple[dict[str, dict], int, list]:
        """Page the change feed to its end: reports by id, the final cursor, the pages."""
        reports: dict[str, dict] = {}
        pages = []
        while True:
            resp = self.get("/sync/changes", params={"cursor": cursor, "limit": limit})
            assert resp.status_code == 200, resp.text
            page = resp.json()
            pages.append(page)
            for r in page["reports"]:
                reports[r["id"]] = r
            for rid in page["removed"]:
                reports.pop(rid, None)
            cursor = page["cursor"]
            if not page["has_more"]:
                return reports, cursor, pages

    def act(self, *actions: dict[str, Any]) -> list[dict[str, Any]]:
        resp = self.post("/sync/actions", json={"actions": list(actions)})
        assert resp.status_code == 200, resp.text
        return list(resp.json()["results"])


def plan_server_kwargs(plan: Any, **kwargs: Any) -> dict[str, Any]:
    def prepare(url: str) -> None:
        test_plan.seed_database(url, plan)

    return {"n_reports": None, "demo": False, "prepare": prepare, **kwargs}


@pytest.fixture
def plan_server(
    server_factory: Callable[..., LiveServer], database_url: str | None
) -> Callable[..., LiveServer]:
    """Start a server seeded with ``plan.build(...)`` on each database backend."""

    def start(plan: Any = None, **kwargs: Any) -> LiveServer:
        return server_factory(
            **plan_server_kwargs(plan or test_plan.build(), database_url=database_url, **kwargs)
        )

    return start


@pytest.fixture(scope="session")
def shared_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """One SQLite server with the known plan, for tests that only read or add new reports."""
    server = LiveServer(
        tmp_path_factory.mktemp("shared_server"),
        data_dir=find_data_dir(),
        **plan_server_kwargs(test_plan.build(n_per_kelurahan=30)),
    )
    server.start()
    yield server
    server.stop()


def login_client(server: LiveServer, officer_id: str) -> Client:
    return Client(server, officer_id)
