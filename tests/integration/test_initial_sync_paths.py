"""An initial sync's new-reports path (``merge.insert_new_reports``) writes what the
general path writes (issue 22).

The same server data is pulled into two new encrypted profiles by the real engine
against the real server, once with the new-reports path and once with it turned off
(every page through the general upsert), with the clock fixed; then every row of
every table, the full-text index's rows and the app's searches are compared. The
second test makes a page fall back: a server that reuses an event id across reports.
"""

from __future__ import annotations

import io
import json
import secrets
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from central_server.testing import LiveServer
from crm_shared.domain import SlaPolicy
from crm_shared.protocol.wire import ReportOut
from officer_app.__main__ import main
from officer_app.store import ReportFilter, Store, list_reports
from officer_app.store import search as fts
from officer_app.store import state as state_module
from officer_app.store.photos import PhotoStore
from officer_app.store.schema import FTS_TABLE, Event
from officer_app.sync import engine as engine_module
from officer_app.sync import merge
from officer_app.sync.engine import SyncConfig, SyncEngine, record_login
from officer_app.sync.fake import make_report
from officer_app.sync.http_backend import HttpBackend

pytestmark = pytest.mark.slow

PAGE = 5
FIXED_NOW = datetime(2026, 11, 3, 8, 30, 15, 123456, tzinfo=UTC)
# The FTS5 segment pages: their layout depends on how inserts were batched, not on
# what the index holds (compared below through its rows and its searches instead).
FTS_LAYOUT = {f"{FTS_TABLE}_data", f"{FTS_TABLE}_idx"}
SEARCHES = ["jalan", "sampah", "lampu mati", "JK26", "pohon tumbang", "banjir", "xyzzy"]


class _FrozenClock(datetime):
    @classmethod
    def now(cls, tz: Any = None) -> Any:
        return FIXED_NOW if tz is not None else FIXED_NOW.replace(tzinfo=None)


@pytest.fixture
def frozen_engine_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "datetime", _FrozenClock)
    monkeypatch.setattr(state_module, "datetime", _FrozenClock)  # reference_data.fetched_at


def _spy_new_path(monkeypatch: pytest.MonkeyPatch, enabled: bool) -> list[int]:
    """Turn the new-reports path on or off; the sizes of the pages it wrote."""
    calls: list[int] = []
    real = merge.insert_new_reports

    def spy(session: Any, reports: Any, **kwargs: Any) -> None:
        calls.append(len(reports))
        real(session, reports, **kwargs)

    monkeypatch.setattr(merge, "NEW_REPORTS_IN_BULK", enabled)
    monkeypatch.setattr(merge, "insert_new_reports", spy)
    return calls


def _sync(server: LiveServer, profile: Path, user: str, key: bytes) -> dict[str, Any]:
    store = Store.open(profile, key=key)
    backend = HttpBackend(server.url)
    try:
        record_login(store, server.url, backend.login(user, "demo-password"))
        engine = SyncEngine(
            store, backend, PhotoStore(profile / "photos"), config=SyncConfig(page_size=PAGE)
        )
        result = engine.run()
        assert result.ok, result.message
        return result.summary()
    finally:
        backend.close()
        store.close()


def _contents(profile: Path, key: bytes) -> dict[str, Any]:
    """Every row of every table (FTS segment pages aside), the index's own check and rows,
    and what the app's searches find."""
    store = Store.open(profile, key=key)
    try:
        raw = store.engine.raw_connection()
        try:
            cur = raw.cursor()
            names = [n for (n,) in cur.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]  # fmt: skip
            out: dict[str, Any] = {
                n: sorted(map(tuple, cur.execute(f'SELECT * FROM "{n}"').fetchall()), key=repr)
                for n in names
                if n not in FTS_LAYOUT
            }
            out["fts rows"] = cur.execute(
                f"SELECT rowid, * FROM {FTS_TABLE} ORDER BY rowid"
            ).fetchall()
            cur.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES('integrity-check')")
            for word in SEARCHES:
                expr = fts.match_expression(word)
                out[f"match {word}"] = cur.execute(
                    f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? ORDER BY rowid",
                    (expr,),
                ).fetchall()
        finally:
            raw.close()
        with store.read() as session:
            for word in SEARCHES:
                out[f"list {word}"] = [r.id for r in list_reports(session, ReportFilter(text=word))]
    finally:
        store.close()
    return out


@pytest.mark.usefixtures("frozen_engine_clock")
@pytest.mark.parametrize("user", ["officer.demo", "supervisor.demo", "validator.demo"])
def test_the_new_reports_path_writes_what_the_general_path_writes(
    server_factory: Callable[..., LiveServer],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    user: str,
) -> None:
    server = server_factory(n_reports=400, seed=23)
    key = secrets.token_bytes(32)
    fast_pages = _spy_new_path(monkeypatch, enabled=True)
    fast = _sync(server, tmp_path / "fast", user, key)
    general_pages = _spy_new_path(monkeypatch, enabled=False)
    general = _sync(server, tmp_path / "general", user, key)

    del fast["duration_s"], general["duration_s"]
    assert fast == general
    assert fast["pulled"] > PAGE * 3  # several pages
    assert sum(fast_pages) == fast["pulled"]  # every page took the new-reports path
    assert general_pages == []
    a, b = _contents(tmp_path / "fast", key), _contents(tmp_path / "general", key)
    assert a.keys() == b.keys()
    for name in a:
        assert a[name] == b[name], name
    # Not vacuous: reports, their timelines and photos, the index and searches are there.
    assert len(a["reports"]) == fast["pulled"]
    assert len(a["events"]) > len(a["reports"])
    assert a["attachments"]
    assert len(a["fts rows"]) == fast["pulled"]
    assert any(a[f"list {w}"] for w in SEARCHES)
    # A validator's profile holds reporters' identities (the other roles' never do).
    with_identity = [r for r in a["reports"] if any('"name": ' in str(v) for v in r)]
    assert bool(with_identity) == (user == "validator.demo")


def _page(*reports: dict[str, Any]) -> list[ReportOut]:
    return [ReportOut.model_validate(r) for r in reports]


def _with_event(report: dict[str, Any], event_id: str, note: str) -> dict[str, Any]:
    at = FIXED_NOW - timedelta(hours=1)
    report["events"] = [{"id": event_id, "type": "note", "at": at, "note": note}]  # only this
    return report


@pytest.mark.parametrize("enabled", [True, False])
def test_an_event_id_already_held_falls_back_to_the_upsert(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, enabled: bool
) -> None:
    """Two pages of new reports whose timelines reuse one event id (a server bug): the
    plain insert fails, is rolled back to its savepoint, and the upsert gives the
    general path's result: one event, moved to the later report."""
    calls = _spy_new_path(monkeypatch, enabled=enabled)
    store = Store.open(tmp_path / "p", key=secrets.token_bytes(32))
    policy = SlaPolicy([])
    try:
        with store.write() as session:
            merge.apply_reports(
                session,
                _page(_with_event(make_report(1), "ev-shared", "pertama"), make_report(2)),
                policy=policy,
                now=FIXED_NOW,
            )
        with store.write() as session:
            merge.apply_reports(
                session,
                _page(_with_event(make_report(3), "ev-shared", "kedua"), make_report(4)),
                policy=policy,
                now=FIXED_NOW,
            )
        with store.read() as session:
            rows = session.execute(
                select(Event.id, Event.report_id, Event.note).where(Event.id == "ev-shared")
            ).all()
            assert [tuple(r) for r in rows] == [("ev-shared", "r-000003", "kedua")]
            assert session.scalar(select(func.count()).select_from(Event)) == 3  # + one of 2 and 4
            found = list_reports(session, ReportFilter(text="rumah nomor"))
            assert sorted(r.id for r in found) == ["r-000001", "r-000002", "r-000003", "r-000004"]
    finally:
        store.close()
    assert calls == ([2, 2] if enabled else [])


def _cli_sync(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> dict[str, Any]:
    monkeypatch.setattr(sys, "stdin", io.StringIO("demo-password\n"))
    capsys.readouterr()
    code = main(["sync", "--password-stdin", "--json", "--page-size", str(PAGE), *args])
    assert code == 0
    summary: dict[str, Any] = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    return summary


def test_a_new_profiles_first_page_downloads_while_the_profile_is_made(
    server_factory: Callable[..., LiveServer],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``officer-app sync`` into a new profile asks for the first page right after the
    sign-in; the engine takes that page (its bytes counted once), and a profile synced
    without the early request ends the same."""
    server = server_factory(n_reports=120, seed=29)
    fetched: list[tuple[int, int, bool]] = []
    real_fetch = HttpBackend._fetch_changes

    def spy(self: HttpBackend, cursor: int, limit: int, *, count_bytes: bool) -> Any:
        fetched.append((cursor, limit, count_bytes))
        return real_fetch(self, cursor, limit, count_bytes=count_bytes)

    monkeypatch.setattr(HttpBackend, "_fetch_changes", spy)
    login = ("--server", server.url, "--user", "officer.demo")
    early = _cli_sync(monkeypatch, capsys, *login, "--profile", str(tmp_path / "early"))
    assert fetched[0] == (0, PAGE, False)  # the early request, counted when taken
    assert (0, PAGE, True) not in fetched  # the engine did not ask for it again
    assert early["pages"] == len(fetched) > 1

    fetched.clear()
    monkeypatch.setattr(HttpBackend, "prefetch_changes", lambda self, cursor, limit: None)
    late = _cli_sync(monkeypatch, capsys, *login, "--profile", str(tmp_path / "late"))
    assert fetched[0] == (0, PAGE, True)
    del early["duration_s"], late["duration_s"]
    assert early == late  # the same pages, reports and bytes
    assert early["pulled"] > 0


def test_the_new_reports_path_writes_the_general_paths_columns() -> None:
    general = {"id", *merge._UPDATE_ON_CONFLICT, "pending_count"}  # report_values + bookkeeping
    assert set(merge._NEW_REPORT_COLUMNS) == general
    assert len(merge._NEW_REPORT_COLUMNS) == len(general)
    event = merge.event_values("r-1", ReportOut.model_validate(
        _with_event(make_report(1), "ev-1", "catatan")).events[0])  # fmt: skip
    assert tuple(event) == merge._EVENT_COLUMNS
