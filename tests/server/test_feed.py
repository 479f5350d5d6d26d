"""The change feed under concurrent writes: nothing lost, nothing delivered twice."""

from __future__ import annotations

import threading
from collections.abc import Callable

from central_server.testing import LiveServer

from . import plan
from .conftest import Client
from .helpers import action

ServerStarter = Callable[..., LiveServer]


def test_paging_while_another_client_writes(plan_server: ServerStarter) -> None:
    server = plan_server(plan.build(n_per_kelurahan=60))
    reader = Client(server, "field.a")
    writer = Client(server, "field.a2")
    targets, _, _ = Client(server, "super.a").pull_all()
    ids = sorted(targets)
    stop = threading.Event()
    written: list[str] = []

    def write() -> None:
        i = 0
        while not stop.is_set() and i < 400:
            rid = ids[(i * 7) % len(ids)]
            (result,) = writer.act(action(rid, "note", None, note=f"catatan {i}"))
            assert result["status"] == "applied"
            written.append(rid)
            i += 1

    thread = threading.Thread(target=write)
    thread.start()
    try:
        seen: dict[str, int] = {}
        delivered: set[tuple[str, int]] = set()
        cursor, pages = 0, 0
        while True:
            page = reader.get("/sync/changes", params={"cursor": cursor, "limit": 5}).json()
            pages += 1
            seqs = [r["seq"] for r in page["reports"]]
            assert seqs == sorted(seqs)
            assert all(s > cursor for s in seqs)
            for r in page["reports"]:
                key = (r["id"], r["version"])
                assert key not in delivered, f"{key} delivered twice"
                delivered.add(key)
                seen[r["id"]] = r["version"]
            cursor = page["cursor"]
            if not page["has_more"]:
                break
    finally:
        stop.set()
        thread.join()
    assert pages > 10
    assert written, "the writer ran concurrently"
    assert set(seen) == set(ids)
    # One more pull brings the reader exactly up to date with the server.
    final = reader.get("/sync/changes", params={"cursor": cursor, "limit": 2000}).json()
    for r in final["reports"]:
        assert (r["id"], r["version"]) not in delivered
        seen[r["id"]] = r["version"]
    truth, _, _ = Client(server, "super.a").pull_all()
    assert seen == {rid: r["version"] for rid, r in truth.items()}
    assert final["total_visible"] == len(ids)
