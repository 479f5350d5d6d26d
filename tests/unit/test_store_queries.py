"""Lists, filters, urgency order and full-text search of the local store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from officer_app.domain import Status
from officer_app.store import ReportFilter, Store, count_reports, get_report, list_reports
from officer_app.store.photos import PhotoStore
from officer_app.sync.engine import SyncConfig, SyncEngine
from officer_app.sync.fake import FakeServer


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "profile")
    yield s
    s.close()


def _sync(store: Store, server: FakeServer, tmp_path: Path) -> None:
    engine = SyncEngine(
        store, server, PhotoStore(tmp_path / "photos"), config=SyncConfig(page_size=50)
    )
    assert engine.run().ok


@pytest.fixture
def server() -> FakeServer:
    srv = FakeServer()
    srv.add(40)
    srv.change("r-000003", description="Pohon tumbang menutup jalan Merdeka")
    srv.change("r-000004", category_id="cat-sampah", description="Tumpukan sampah di pasar")
    srv.change("r-000005", status="proses", kelurahan_code="31.71.01.1002")
    return srv


def test_search_finds_by_description_number_address_and_category(
    store: Store, server: FakeServer, tmp_path: Path
) -> None:
    _sync(store, server, tmp_path)
    with store.read() as session:
        assert [r.id for r in list_reports(session, ReportFilter(text="pohon tumbang"))] == [
            "r-000003"
        ]
        by_number = list_reports(session, ReportFilter(text="JK2501010007"))
        assert [r.id for r in by_number] == ["r-000007"]
        assert count_reports(session, ReportFilter(text="JK250101000")) == 9  # prefix: 0001..0009
        assert [r.id for r in list_reports(session, ReportFilter(text="Contoh No 17"))] == [
            "r-000017"
        ]
        # The category name comes from the reference data, joined into the index.
        assert [r.id for r in list_reports(session, ReportFilter(text="sampah"))] == ["r-000004"]
        assert count_reports(session, ReportFilter(text="jalan rusak")) == 39


@pytest.mark.parametrize(
    "hostile",
    [
        '"',
        "*",
        "NEAR(",
        "a OR",
        "OR",
        "AND NOT",
        "(",
        ")",
        "^",
        "col:x",
        "'; DROP TABLE x;--",
        '"unterminated',
        "NEAR(a b, 3)",
        "-",
        "\x00",
        "🙂",
        "a" * 5000,
        "{number} : x",
    ],
)
def test_hostile_search_strings_never_raise(
    store: Store, server: FakeServer, tmp_path: Path, hostile: str
) -> None:
    _sync(store, server, tmp_path)
    with store.read() as session:
        n = count_reports(session, ReportFilter(text=hostile))
        rows = list_reports(session, ReportFilter(text=hostile))
    assert n == len(rows) or n > len(rows) == 200
    assert 0 <= n <= 40


def test_operators_typed_by_a_person_are_words_not_syntax(
    store: Store, server: FakeServer, tmp_path: Path
) -> None:
    server.change("r-000010", description="Lampu jalan mati OR rusak di gang NEAR sekolah")
    _sync(store, server, tmp_path)
    with store.read() as session:
        assert [r.id for r in list_reports(session, ReportFilter(text="NEAR sekolah"))] == [
            "r-000010"
        ]
        assert [r.id for r in list_reports(session, ReportFilter(text="mati OR"))] == ["r-000010"]


def test_index_follows_bulk_updates_and_removals(
    store: Store, server: FakeServer, tmp_path: Path
) -> None:
    _sync(store, server, tmp_path)
    server.change("r-000003", description="Saluran air tersumbat")
    server.change("r-000011", unit_id="kel-lain")  # leaves this officer's scope
    _sync(store, server, tmp_path)
    with store.read() as session:
        assert count_reports(session, ReportFilter(text="pohon")) == 0
        assert [r.id for r in list_reports(session, ReportFilter(text="tersumbat"))] == ["r-000003"]
        assert count_reports(session, ReportFilter(text="Contoh No 11")) == 0
        fts_rows = session.execute(text("SELECT count(*) FROM reports_fts")).scalar()
        assert fts_rows == count_reports(session)


def test_filters_by_status_category_kelurahan(
    store: Store, server: FakeServer, tmp_path: Path
) -> None:
    _sync(store, server, tmp_path)
    with store.read() as session:
        assert [r.id for r in list_reports(session, ReportFilter(statuses=["proses"]))] == [
            "r-000005"
        ]
        assert count_reports(session, ReportFilter(statuses=["menunggu"])) == 39
        assert [r.id for r in list_reports(session, ReportFilter(category_ids=["cat-sampah"]))] == [
            "r-000004"
        ]
        assert [
            r.id for r in list_reports(session, ReportFilter(kelurahan_codes=["31.71.01.1002"]))
        ] == ["r-000005"]
        both = ReportFilter(statuses=["menunggu"], category_ids=["cat-sampah"], text="pasar")
        assert [r.id for r in list_reports(session, both)] == ["r-000004"]


def test_overdue_filter_and_urgency_order(tmp_path: Path, store: Store) -> None:
    srv = FakeServer()
    now = datetime.now(UTC)
    srv.add(1, start=1, created_at=now - timedelta(hours=30))  # response overdue by 6 h
    srv.add(1, start=2, created_at=now - timedelta(hours=2))  # 22 h left
    srv.add(1, start=3, created_at=now - timedelta(hours=20))  # 4 h left
    srv.add(1, start=4, created_at=now - timedelta(days=2), status=Status.SELESAI)  # closed
    _sync(store, srv, tmp_path)
    with store.read() as session:
        ordered = [r.id for r in list_reports(session)]
        assert ordered == ["r-000001", "r-000003", "r-000002", "r-000004"]
        overdue = list_reports(session, ReportFilter(overdue_only=True))
        assert [r.id for r in overdue] == ["r-000001"]
        page = list_reports(session, limit=2, offset=1)
        assert [r.id for r in page] == ["r-000003", "r-000002"]
        assert get_report(session, "r-000004").report.due_at is None


def test_get_report_by_number_with_timeline(
    store: Store, server: FakeServer, tmp_path: Path
) -> None:
    _sync(store, server, tmp_path)
    with store.read() as session:
        detail = get_report(session, "jk2501010012")
    assert detail.report.id == "r-000012"
    assert [e.type for e in detail.events] == ["created"]
    assert detail.outbox == []
