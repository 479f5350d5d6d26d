"""A hostile or broken server: the workstation keeps running, sets bad reports aside.

A tiny stdlib HTTP server on 127.0.0.1 answers the reference and change-feed
endpoints of protocol v1 with pages that mix good reports with malformed and
hostile ones (wrong types, missing fields, 10 MB strings, markup, control
characters, right-to-left overrides, ids that look like paths, negative and huge
versions). The real ``HttpBackend`` and ``SyncEngine`` sync a real profile store
against it. Each bad report is set aside with a logged reason that carries no
citizen text; the good ones are applied. A page that is not JSON, has the wrong
shape or an impossible cursor stops the cycle: nothing of it applied, the cursor
where it was.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from crm_shared.protocol.wire import TokenResponse
from officer_app.store import Store
from officer_app.store.photos import PhotoStore
from officer_app.store.schema import Report, SyncState
from officer_app.sync.engine import Outcome, SyncConfig, SyncEngine, record_login
from officer_app.sync.http_backend import HttpBackend

NOW = datetime(2024, 5, 6, 8, 0, tzinfo=UTC)
SECRET_TEXT = "Warga Rahasia Sekali 3171014501900001"  # must never reach a log line
BIG = "x" * (10 * 1024 * 1024)

REFERENCE = {
    "categories": [{"id": "cat-jalan", "name": "Jalan"}],
    "units": [{"id": "kel-1", "name": "Gambir", "kind": "kelurahan", "code": "31.71.01.1001"}],
    "officers": [
        {"id": "officer.demo", "name": "Petugas", "role": "field_officer", "unit_id": "kel-1"}
    ],
    "sla_rules": [],
    "channels": ["jaki"],
}


def report(n: int, **changes: Any) -> dict[str, Any]:
    """A good report (as the server sends it), with ``changes`` applied."""
    at = (NOW - timedelta(hours=n)).isoformat()
    data: dict[str, Any] = {
        "id": f"rep-{n:04d}",
        "number": f"JK24050600{n:02d}",
        "category_id": "cat-jalan",
        "channel": "jaki",
        "status": "menunggu",
        "description": f"Jalan berlubang nomor {n}",
        "address": "Jl. Merdeka",
        "lat": -6.17,
        "lon": 106.82,
        "unit_id": "kel-1",
        "created_at": at,
        "landed_at": at,
        "version": 1,
        "seq": n,
        "events": [{"id": f"ev-{n:04d}", "type": "created", "at": at}],
    }
    data.update(changes)
    return data


def without(data: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != key}


# Each hostile report, by what is wrong with it (ids 100+ so they never collide).
HOSTILE: dict[str, dict[str, Any]] = {
    "version is text": report(100, version="satu", description=SECRET_TEXT),
    "status unknown": report(101, status="<script>alert(1)</script>"),
    "missing unit": without(report(102, description=SECRET_TEXT), "unit_id"),
    "missing id": without(report(103), "id"),
    "10 MB description": report(104, description=BIG),
    "10 MB id": report(105, id=BIG[:200_000]),
    "script in id": report(106, id="<script>alert(1)</script>"),
    "path id": report(107, id="../../../etc/passwd"),
    "windows path id": report(108, id="..\\..\\Windows\\System32"),
    "control characters": report(109, description=SECRET_TEXT + "\x1b[2J\x00\x07"),
    "rtl override": report(110, description="Jalan \u202egnipmas\u202c " + SECRET_TEXT),
    "rtl override in number": report(111, number="JK\u202e0011"),
    "negative version": report(112, version=-5),
    "huge version": report(113, version=10**30),
    "huge seq": report(114, seq=2**64),
    "not an object": "laporan",  # type: ignore[dict-item]
    "list instead of object": [1, 2, 3],  # type: ignore[dict-item]
    "latitude off Earth": report(115, lat=123.0),
    "event id is a path": report(
        116, events=[{"id": "/tmp/x", "type": "created", "at": NOW.isoformat()}]
    ),
}
# Markup inside citizen text is data, not a reason to refuse: stored verbatim.
MARKUP = '<img src=x onerror="alert(1)"><b>tebal</b> &amp; <a href="javascript:x">x</a>'


class FeedServer:
    """Answers /reference and /sync/changes from a list of page bodies (by cursor)."""

    def __init__(self) -> None:
        self.pages: dict[int, bytes | Callable[[], bytes]] = {}
        self.requests: list[str] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802
                parts = urlsplit(self.path)
                owner.requests.append(self.path)
                if parts.path == "/api/v1/reference":
                    self._send(200, json.dumps(REFERENCE).encode(), {"ETag": '"r1"'})
                elif parts.path == "/api/v1/sync/changes":
                    cursor = int(parse_qs(parts.query)["cursor"][0])
                    body = owner.pages.get(cursor)
                    if body is None:
                        self._send(404, b'{"error": {"code": "x", "message": "x"}}')
                    else:
                        self._send(200, body() if callable(body) else body)
                else:
                    self._send(404, b'{"error": {"code": "x", "message": "x"}}')

            def _send(self, status: int, body: bytes, extra: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                for key, value in (extra or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def page(
        self,
        cursor: int,
        reports: list[Any],
        next_cursor: int,
        *,
        has_more: bool = False,
        total: int | None = None,
        removed: list[str] | None = None,
    ) -> None:
        body = {
            "reports": reports,
            "removed": removed or [],
            "cursor": next_cursor,
            "has_more": has_more,
            "total_visible": len(reports) if total is None else total,
        }
        self.pages[cursor] = json.dumps(body).encode()


@pytest.fixture
def feed() -> Iterator[FeedServer]:
    server = FeedServer()
    server.thread.start()
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "profile")
    yield store
    store.close()


def engine_for(store: Store, feed: FeedServer, tmp_path: Path) -> SyncEngine:
    token = TokenResponse.model_validate(
        {
            "token": "t",
            "expires_at": (NOW + timedelta(days=1)).isoformat(),
            "officer": {
                "id": "officer.demo",
                "name": "Petugas",
                "role": "field_officer",
                "unit_id": "kel-1",
                "unit_name": "Gambir",
            },
        }
    )
    record_login(store, feed.url, token)
    config = SyncConfig(max_retries=1, sleep=lambda _s: None, recount=False)
    return SyncEngine(
        store, HttpBackend(feed.url, token="t"), PhotoStore(tmp_path / "ph"), config=config
    )


def local_reports(store: Store) -> dict[str, Report]:
    with store.read() as session:
        return {r.id: r for r in session.query(Report).all()}


def cursor_of(store: Store) -> int:
    with store.read() as session:
        state = session.get(SyncState, 1)
        return state.cursor if state else 0


def test_bad_reports_set_aside_with_reasons_rest_applied(
    feed: FeedServer, store: Store, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    good_first = [report(1), report(2, description=MARKUP)]
    good_second = [report(3), report(4, description="Trotoar rusak\nbaris dua\ttab")]
    hostile = list(HOSTILE.values())
    half = len(hostile) // 2
    # Two pages: bad reports between good ones on both; a path-like removed id too.
    feed.page(0, [good_first[0], *hostile[:half], good_first[1]], 10, has_more=True)
    feed.page(
        10,
        [*hostile[half:], *good_second],
        20,
        total=4 + len(hostile),
        removed=["../../profile.db"],
    )
    caplog.set_level(logging.INFO)

    result = engine_for(store, feed, tmp_path).run()

    assert result.outcome is Outcome.OK, result.message
    assert result.set_aside == len(HOSTILE)
    assert result.pulled == 4
    assert result.pages == 2
    held = local_reports(store)
    assert set(held) == {"rep-0001", "rep-0002", "rep-0003", "rep-0004"}
    assert held["rep-0002"].description == MARKUP  # markup kept as text, not refused
    assert held["rep-0004"].description == "Trotoar rusak\nbaris dua\ttab"
    assert cursor_of(store) == 20

    aside = [r for r in caplog.records if "set aside" in r.getMessage()]
    assert len(aside) == len(HOSTILE)
    text = "\n".join(r.getMessage() for r in caplog.records)
    # Every reason names the problem...
    for needle in ("version", "unit_id", "id: not a valid id", "description", "control", "lat"):
        assert needle in text, needle
    assert "removed id(s)" in text
    # ...and no log line carries citizen text, payloads or giant strings.
    assert "Rahasia" not in text
    assert "3171014501900001" not in text
    assert "<script>" not in text
    assert "etc/passwd" not in text
    assert "\u202e" not in text
    assert "\x1b" not in text
    assert max(len(r.getMessage()) for r in caplog.records) < 1000


def test_set_aside_report_keeps_the_local_copy_on_a_full_pull(
    feed: FeedServer, store: Store, tmp_path: Path
) -> None:
    feed.page(0, [report(1), report(2)], 5)
    assert engine_for(store, feed, tmp_path).run().ok
    # The server now sends report 2 broken (a negative version) on a full re-pull.
    with store.write() as session:
        state = session.get(SyncState, 1)
        assert state is not None
        state.cursor = 0
    feed.page(0, [report(1, description="baru"), report(2, version=-1)], 6)
    result = engine_for(store, feed, tmp_path).run()
    assert result.ok
    assert result.set_aside == 1
    held = local_reports(store)
    assert held["rep-0001"].description == "baru"
    assert held["rep-0002"].description == "Jalan berlubang nomor 2"  # kept, not dropped


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"<html><body>Login Wi-Fi</body></html>", id="not-json"),
        pytest.param(b"[]", id="list"),
        pytest.param(
            json.dumps(
                {
                    "reports": "semua",
                    "removed": [],
                    "cursor": 9,
                    "has_more": False,
                    "total_visible": 1,
                }
            ).encode(),
            id="reports-not-list",
        ),
        pytest.param(
            json.dumps(
                {"reports": [report(9)], "removed": [], "has_more": False, "total_visible": 1}
            ).encode(),
            id="no-cursor",
        ),
        pytest.param(
            json.dumps(
                {
                    "reports": [report(9)],
                    "removed": [],
                    "cursor": "9",
                    "has_more": False,
                    "total_visible": 1,
                }
            ).encode(),
            id="cursor-text",
        ),
        pytest.param(
            json.dumps(
                {
                    "reports": [report(9)],
                    "removed": [],
                    "cursor": 2,
                    "has_more": False,
                    "total_visible": 1,
                }
            ).encode(),
            id="cursor-backwards",
        ),
        pytest.param(
            json.dumps(
                {
                    "reports": [report(9)],
                    "removed": [],
                    "cursor": -1,
                    "has_more": False,
                    "total_visible": 1,
                }
            ).encode(),
            id="cursor-negative",
        ),
        pytest.param(
            json.dumps(
                {
                    "reports": [report(9)],
                    "removed": [],
                    "cursor": 10**30,
                    "has_more": False,
                    "total_visible": 1,
                }
            ).encode(),
            id="cursor-huge",
        ),
        pytest.param(
            json.dumps(
                {
                    "reports": [report(9)],
                    "removed": [7],
                    "cursor": 9,
                    "has_more": False,
                    "total_visible": 1,
                }
            ).encode(),
            id="removed-wrong-type",
        ),
    ],
)
def test_malformed_page_stops_the_cycle_nothing_applied(
    feed: FeedServer, store: Store, tmp_path: Path, body: bytes
) -> None:
    feed.page(0, [report(1)], 5, has_more=True)
    feed.pages[5] = body
    result = engine_for(store, feed, tmp_path).run()

    assert result.outcome in (Outcome.FAILED, Outcome.UNREACHABLE)
    assert result.message  # a sentence for the officer, work kept
    assert "tersimpan" in result.message
    held = local_reports(store)
    assert "rep-0009" not in held  # nothing of the bad page
    assert set(held) == {"rep-0001"}  # the good page before it stays
    assert cursor_of(store) == 5  # not advanced past the bad page

    # The client keeps running: once the server behaves, the same profile syncs on.
    feed.page(5, [report(9)], 9, total=2)
    again = engine_for(store, feed, tmp_path).run()
    assert again.ok, again.message
    assert set(local_reports(store)) == {"rep-0001", "rep-0009"}
    assert cursor_of(store) == 9
