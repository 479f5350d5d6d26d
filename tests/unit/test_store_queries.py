"""Lists, filters, urgency order and full-text search of the local store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from crm_shared.domain import Status
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


def _one_step_list(session, flt, *, order, limit, offset, now):  # type: ignore[no-untyped-def,unused-ignore]
    """The list query as it was before the two-step paging: one SELECT of whole rows."""
    from sqlalchemy import select

    from officer_app.store.queries import apply_filter
    from officer_app.store.schema import Report

    stmt = apply_filter(select(Report), flt, now).order_by(*order.clauses())
    return list(session.scalars(stmt.limit(limit).offset(offset)))


def _varied(store: Store) -> None:
    """Ties, missing deadlines, reports out of scope, assignees and pending work."""
    with store.write() as session:
        session.execute(text("UPDATE reports SET in_scope = 0 WHERE rid % 7 = 0"))
        session.execute(text("UPDATE reports SET due_at = NULL WHERE rid % 5 = 0"))
        session.execute(text("UPDATE reports SET status = 'proses' WHERE rid % 3 = 0"))
        session.execute(text("UPDATE reports SET category_id = 'cat-sampah' WHERE rid % 4 = 0"))
        session.execute(text("UPDATE reports SET assignee_id = 'me' WHERE rid % 2 = 0"))
        session.execute(text("UPDATE reports SET pending_count = 1 WHERE rid % 6 = 0"))
        # Equal sort keys: ties must break on rid in both query shapes.
        session.execute(
            text(
                "UPDATE reports SET created_at = (SELECT min(created_at) FROM reports) "
                "WHERE rid < 9"
            )
        )


def test_two_step_pages_equal_the_one_step_query(
    store: Store, server: FakeServer, tmp_path: Path
) -> None:
    from officer_app.store.queries import SORT_KEYS, ReportOrder

    _sync(store, server, tmp_path)
    _varied(store)
    now = datetime.now(UTC) + timedelta(days=2)  # some deadlines passed
    filters = [
        ReportFilter(),
        ReportFilter(include_out_of_scope=True),
        ReportFilter(statuses=["proses"]),
        ReportFilter(category_ids=["cat-sampah"], overdue_only=True),
        ReportFilter(kelurahan_codes=["31.71.01.1002"]),
        ReportFilter(assignee_id="me", pending_only=True),
        ReportFilter(open_only=True, text="jalan"),
        ReportFilter(text="JK25"),
    ]
    with store.read() as session:
        for flt in filters:
            total = count_reports(session, flt, now=now)
            for key in SORT_KEYS:
                for descending in (False, True):
                    order = ReportOrder(key, descending)  # type: ignore[arg-type]
                    for offset, limit in ((0, 7), (5, 7), (total - 3, 7), (0, 200)):
                        kw: dict[str, Any] = {
                            "order": order,
                            "limit": limit,
                            "offset": max(0, offset),
                            "now": now,
                        }
                        got = [r.id for r in list_reports(session, flt, **kw)]
                        want = [r.id for r in _one_step_list(session, flt, **kw)]
                        assert got == want, (flt, key, descending, offset)
            everything = list_reports(session, flt, limit=1000, now=now)
            assert len(everything) == total


def test_map_points_from_the_index_equal_the_report_rows(
    store: Store, server: FakeServer, tmp_path: Path
) -> None:
    from sqlalchemy import select

    from officer_app.store.queries import apply_filter, map_points
    from officer_app.store.schema import Report

    _sync(store, server, tmp_path)
    _varied(store)
    with store.write() as session:
        session.execute(text("UPDATE reports SET lat = NULL WHERE rid = 2"))
    now = datetime.now(UTC)
    for flt in (ReportFilter(), ReportFilter(statuses=["proses"]), ReportFilter(overdue_only=True)):
        with store.read() as session:
            points = map_points(session, flt, now=now)
            rows = session.scalars(
                apply_filter(select(Report), flt, now).where(
                    Report.lat.is_not(None), Report.lon.is_not(None)
                )
            ).all()
        want = {(r.id, r.number, r.lat, r.lon, r.status, r.due_at) for r in rows}
        assert {tuple(p) for p in points} == want
        assert all(p.due_at is None or p.due_at.tzinfo is UTC for p in points)
    assert "r-000002" not in {p.id for p in points}


NUMBER_SEARCHES = [
    "JK25",
    "jk2501",
    "JK",
    "JK2501010003",
    "  jk250101000  ",
    "(JK25)",
    "JK9",
    "JK2501010099",
    "2501010003",  # a number typed without its "JK"
    "250101",
    # Hostile or odd: still data, never syntax; the number-range path or the FTS path.
    '"JK25"*',
    "JK25*",
    "{number} : JK25",
    "number:JK25",
    "JK25 OR x",
    "NOT JK25",
    "JK25\x00",
    "JK٢٥",  # Arabic-Indic digits: not a report number, searched by FTS as before
    "ＪＫ25",
    "JK25" + "0" * 300,
]


def _number_mentions(server: FakeServer) -> None:
    """Number-like words outside the number column: they must keep matching."""
    server.change("r-000020", description="Lanjutan dari JK2501010003, belum ditangani")
    server.change("r-000021", address="Blok jk25xyz No. 4")
    server.change("r-000022", description="Kode JK9001 di tiang listrik")


@pytest.mark.parametrize("broad", [True, False])  # the row-by-row walk / the rid set
def test_number_prefix_search_equals_the_fts_search(
    store: Store,
    server: FakeServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    broad: bool,
) -> None:
    from officer_app.store import queries
    from officer_app.store.queries import SORT_KEYS, ReportOrder, map_points, report_position

    _number_mentions(server)
    _sync(store, server, tmp_path)
    _varied(store)
    # Ranges of more than two numbers are counted from the other side (total - outside).
    monkeypatch.setattr(queries, "_COUNT_DIRECTLY", 2)
    now = datetime.now(UTC) + timedelta(days=2)
    orders = [ReportOrder(k, d) for k in SORT_KEYS for d in (False, True)]  # type: ignore[arg-type]

    def answers(flt: ReportFilter) -> list[object]:
        with store.read() as session:
            out: list[object] = [count_reports(session, flt, now=now)]
            for order in orders:
                for offset, limit in ((0, 200), (3, 5), (25, 10)):
                    kw: dict[str, Any] = {
                        "order": order,
                        "limit": limit,
                        "offset": offset,
                        "now": now,
                    }
                    out.append([r.id for r in list_reports(session, flt, **kw)])
            out.append(sorted(map_points(session, flt, now=now)))
            out.append(report_position(session, "r-000020", flt, order=orders[0], now=now))
        return out

    filters = [
        lambda t: ReportFilter(text=t),
        lambda t: ReportFilter(text=t, include_out_of_scope=True),
        lambda t: ReportFilter(text=t, statuses=["proses"]),
        lambda t: ReportFilter(text=t, assignee_id="me", open_only=True),
    ]
    seen_hits = set()
    for typed in NUMBER_SEARCHES:
        for make in filters:
            flt = make(typed)
            monkeypatch.setattr(queries, "_is_broad", lambda *_args: broad)
            got = answers(flt)
            with monkeypatch.context() as old:
                old.setattr(queries, "number_prefix", lambda _text: None)  # FTS only, as before
                old.setattr(queries, "_index_match", lambda *_args: None)  # prefix terms
                want = answers(flt)
            assert got == want, (typed, flt)
            seen_hits.add(got[0])
    assert len(seen_hits) > 5  # the searches are not all empty or all everything


# Words with and without longer words in the index, non-ASCII and underscores (the
# tokenizer's own rules), digits, few and many hits, nothing, a typo.
TEXT_SEARCHES = [
    "lampu",
    "lampunya",
    "LAMPU padam",
    "lamp",
    "jalan",
    "jalán",
    "berlubang_besar",
    "berlubang",
    "pohon tumbang",
    "Contoh 17",
    "17",
    "nomor 3",
    "xyzzy",
    "pohn",
    "sampah pasar",
    "été",
]


def _words(server: FakeServer) -> None:
    server.change("r-000003", description="Pohon tumbang menutup jalan Merdeka")
    server.change("r-000006", description="Lampu jalan padam")
    server.change("r-000008", description="lampunya padam sejak kemarin")
    server.change("r-000009", description="Jalán berlubang_besar, été")
    server.change("r-000010", description="Tumpukan sampah di pasar", status="menunggu_validasi")


@pytest.mark.parametrize("few_hits", [0, 3, 300])  # always / sometimes / never the walk
def test_search_pages_and_counts_equal_the_prefix_query(
    store: Store,
    server: FakeServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    few_hits: int,
) -> None:
    """Exact terms where the index has no longer word, and a few hits read by primary
    key (issue 22), list and count what the one-step query with prefix terms does."""
    from sqlalchemy import func, select

    from officer_app.store import queries
    from officer_app.store.queries import SORT_KEYS, ReportOrder, apply_filter, page_rids
    from officer_app.store.schema import Report

    _words(server)
    _sync(store, server, tmp_path)
    _varied(store)
    monkeypatch.setattr(queries, "FEW_HITS", few_hits)
    now = datetime.now(UTC) + timedelta(days=2)
    orders = [ReportOrder(k, d) for k in SORT_KEYS for d in (False, True)]  # type: ignore[arg-type]
    filters = [
        lambda t: ReportFilter(text=t),
        lambda t: ReportFilter(text=t, include_out_of_scope=True),
        lambda t: ReportFilter(text=t, statuses=["proses"]),
        lambda t: ReportFilter(text=t, assignee_id="me", open_only=True),
        lambda t: ReportFilter(text=t, overdue_only=True),
    ]
    counts = set()
    with store.read() as session:
        for typed in TEXT_SEARCHES:
            for make in filters:
                flt = make(typed)
                # The reference: prefix terms (``match_expression``), one query.
                want_count = session.scalar(
                    apply_filter(select(func.count()).select_from(Report), flt, now)
                )
                assert count_reports(session, flt, now=now) == want_count, flt
                counts.add(want_count)
                # Every order for the search alone, three for the filtered ones.
                for order in orders if make is filters[0] else orders[::5]:
                    for offset, limit in ((0, 200), (2, 3)):
                        got = page_rids(
                            session, flt, limit=limit, offset=offset, now=now, order=order
                        )
                        stmt = apply_filter(select(Report.rid), flt, now)
                        want = session.scalars(
                            stmt.order_by(*order.clauses()).limit(limit).offset(offset)
                        ).all()
                        assert got == list(want), (flt, order, offset)
    assert 0 in counts
    assert max(counts) > 10
    assert len(counts) > 8


def test_exact_terms_only_where_no_longer_word_starts_with_them(
    store: Store, server: FakeServer, tmp_path: Path
) -> None:
    from officer_app.store.search import index_match_expression

    _words(server)
    _sync(store, server, tmp_path)
    with store.read() as session:
        assert index_match_expression(session, "lampu padam") == '"lampu"* "padam"'
        assert index_match_expression(session, "Lampunya") == '"Lampunya"'
        # Not ASCII, or split by the tokenizer: left as prefix terms.
        assert index_match_expression(session, "jalán") == '"jalán"*'
        assert index_match_expression(session, "berlubang_besar") == '"berlubang_besar"*'
        assert index_match_expression(session, "xyzzy") == '"xyzzy"'  # no word: no hit
        assert index_match_expression(session, "  ") is None


def test_number_prefix_finds_mentions_in_other_columns(
    store: Store, server: FakeServer, tmp_path: Path
) -> None:
    _number_mentions(server)
    _sync(store, server, tmp_path)
    with store.read() as session:
        found = {r.id for r in list_reports(session, ReportFilter(text="JK2501010003"))}
        assert found == {"r-000003", "r-000020"}
        assert "r-000021" in {r.id for r in list_reports(session, ReportFilter(text="jk25"))}
        assert [r.id for r in list_reports(session, ReportFilter(text="JK9"))] == ["r-000022"]
        assert count_reports(session, ReportFilter(text="JK2501010003")) == 2
        assert count_reports(session, ReportFilter(text="JK")) == 40


def _named_places(store: Store) -> None:
    """Categories and kelurahan with equal names, names missing, codes without a unit,
    a code held by two units, names outside ASCII."""
    from officer_app.store.schema import Category, Unit

    with store.write() as session:
        for i, name in enumerate(["Banjir", "Jalan", "Banjir", "Émbung", "air", "Zebra"]):
            session.add(Category(id=f"cat-{i}", name=name))
        for i, (code, name) in enumerate(
            [
                ("31.71.01.1001", "Gambir"),
                ("31.71.01.1002", "Cideng"),
                ("31.71.01.1003", "Gambir"),
                ("31.71.01.1004", "Ängle"),
                ("31.71.01.1004", "Zzz"),  # the same code twice
                ("31.71.01.1005", "Petojo"),
            ]
        ):
            session.add(Unit(id=f"kel-{i}", name=name, kind="kelurahan", code=code))
        session.add(Unit(id="kec-1", name="Aaa", kind="kecamatan", code="31.71.01.1006"))
        session.execute(
            text(
                "UPDATE reports SET category_id = 'cat-' || (rid % 8), "
                "kelurahan_code = CASE WHEN rid % 9 = 0 THEN NULL "
                "ELSE '31.71.01.100' || (rid % 7) END"
            )
        )


def test_name_sorted_pages_equal_the_one_step_query(
    store: Store, server: FakeServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from officer_app.store import queries
    from officer_app.store.queries import ReportOrder

    server.add(60, start=41)
    _sync(store, server, tmp_path)
    _varied(store)
    _named_places(store)
    monkeypatch.setattr(queries, "NAME_WALK_ROWS", 50)  # pages beyond it: the one-step query
    now = datetime.now(UTC)
    filters = [
        ReportFilter(),
        ReportFilter(include_out_of_scope=True),
        ReportFilter(statuses=["proses"]),
        ReportFilter(text="jalan"),
    ]
    with store.read() as session:
        for flt in filters:
            total = count_reports(session, flt, now=now)
            for key in ("category", "kelurahan"):
                for descending in (False, True):
                    order = ReportOrder(key, descending)
                    for offset, limit in ((0, 7), (9, 13), (30, 20), (45, 10), (0, 200)):
                        kw: dict[str, Any] = {
                            "order": order,
                            "limit": limit,
                            "offset": offset,
                            "now": now,
                        }
                        got = [r.id for r in list_reports(session, flt, **kw)]
                        want = [r.id for r in _one_step_list(session, flt, **kw)]
                        assert got == want, (flt, key, descending, offset)
                    everything = list_reports(session, flt, order=order, limit=1000, now=now)
                    assert len(everything) == total


def test_name_sort_without_any_names(store: Store, server: FakeServer, tmp_path: Path) -> None:
    from officer_app.store.queries import ReportOrder

    _sync(store, server, tmp_path)  # the fake's kelurahan units carry no codes
    with store.read() as session:
        for descending in (False, True):
            order = ReportOrder("kelurahan", descending)
            kw: dict[str, Any] = {
                "order": order,
                "limit": 15,
                "offset": 10,
                "now": datetime.now(UTC),
            }
            got = [r.id for r in list_reports(session, ReportFilter(), **kw)]
            assert len(got) == 15
            assert got == [r.id for r in _one_step_list(session, ReportFilter(), **kw)]


def test_number_without_prefix_and_its_tail_find_the_report(
    store: Store, server: FakeServer, tmp_path: Path
) -> None:
    """Issue 20: ``2501010013`` (no "JK") and ``0013`` (the tail) find JK2501010013."""
    _sync(store, server, tmp_path)
    with store.read() as session:
        for typed in ("2501010013", "0013", "JK2501010013", "jk2501010013"):
            assert [r.id for r in list_reports(session, ReportFilter(text=typed))] == [
                "r-000013"
            ], typed
            assert count_reports(session, ReportFilter(text=typed)) == 1, typed
        assert count_reports(session, ReportFilter(text="250101001")) == 10  # 0010..0019
        assert count_reports(session, ReportFilter(text="0013 jalan")) == 1


def test_number_words_survive_a_reindex_and_a_rebuild(
    store: Store, server: FakeServer, tmp_path: Path
) -> None:
    from officer_app.store import search

    _sync(store, server, tmp_path)
    with store.write() as session:
        search.reindex(session, ["r-000013"])
    with store.read() as session:
        assert [r.id for r in list_reports(session, ReportFilter(text="0013"))] == ["r-000013"]
    with store.write() as session:
        search.rebuild(session)
    with store.read() as session:
        assert [r.id for r in list_reports(session, ReportFilter(text="2501010013"))] == [
            "r-000013"
        ]


def test_misspelt_word_is_read_as_the_closest_indexed_word(
    store: Store, server: FakeServer, tmp_path: Path
) -> None:
    from officer_app.store.search import corrected_text

    server.change("r-000004", description="Sampah menumpuk di depan pasar")
    _sync(store, server, tmp_path)
    with store.read() as session:
        assert count_reports(session, ReportFilter(text="sampah mnumpuk")) == 0  # as typed
        fixed = corrected_text(session, "sampah mnumpuk")
        assert fixed == "sampah menumpuk"
        assert [r.id for r in list_reports(session, ReportFilter(text=fixed))] == ["r-000004"]
        assert corrected_text(session, "sampah menumpuk") is None  # nothing to correct
        assert corrected_text(session, "samp") is None  # a prefix of a word is no typo
        assert corrected_text(session, "xqzvw") is None  # nothing close: left as typed
        assert corrected_text(session, "0013") is None  # digits are never "corrected"
