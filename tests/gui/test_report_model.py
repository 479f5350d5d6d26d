"""The report list model: Qt model rules, and SQL sorting/filtering at 10,000 reports."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from gui_support import synthetic_reports
from PySide6.QtCore import Qt

from crm_shared.domain import Channel, SlaPolicy, Status
from officer_app.app import StoreReportSource
from officer_app.store import Store
from officer_app.store.schema import Category, Unit
from officer_app.sync import merge
from officer_app.views.report_list.model import (
    COL_DEADLINE,
    COL_NUMBER,
    COL_STATUS,
    PAGE_SIZE,
    ListQuery,
    ReportIdRole,
    ReportListModel,
    SortRole,
)

N = 10_000


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store.open(tmp_path_factory.mktemp("profile"))
    reports = synthetic_reports(N)
    with store.write() as s:
        for i in range(5):
            s.add(Category(id=f"cat{i}", name=f"Kategori {chr(ord('E') - i)}"))
        for i in range(4):
            s.add(
                Unit(id=f"kel{i}", name=f"Kelurahan {i}", kind="kelurahan", code=f"31.71.0{i}.1001")
            )
        for start in range(0, N, 2000):
            merge.apply_reports(
                s, reports[start : start + 2000], policy=SlaPolicy(), now=datetime.now(UTC)
            )
    from officer_app.store import search

    with store.write() as s:
        search.rebuild(s)
    return store


def make_model(store: Store) -> ReportListModel:
    model = ReportListModel(StoreReportSource(store, "officer.demo"))
    model.refresh(background=False)
    return model


def test_model_passes_qtmodeltester(qtmodeltester, big_store: Store) -> None:
    model = make_model(big_store)
    model.set_query(ListQuery(text="lampu"))
    model.refresh(background=False)
    assert 0 < model.rowCount() < N
    qtmodeltester.check(model, force_py=True)


def test_all_rows_counted_but_only_pages_fetched(big_store: Store) -> None:
    model = make_model(big_store)
    assert model.rowCount() == N
    assert model.cached_pages() == 1
    last = model.index(N - 1, COL_NUMBER)
    assert model.data(last) is not None
    assert model.cached_pages() == 2  # the first and the last page, nothing between


def test_default_order_is_most_urgent_first(big_store: Store) -> None:
    model = make_model(big_store)
    dues = [model.data(model.index(r, COL_DEADLINE), SortRole) for r in range(0, 3 * PAGE_SIZE)]
    assert dues == sorted(dues)
    # Closed reports (no deadline) come after every running deadline.
    statuses = [model.data(model.index(r, COL_STATUS), SortRole) for r in range(N - 5, N)]
    assert set(statuses) <= {Status.SELESAI.value}


def test_sorting_by_number_both_ways(big_store: Store) -> None:
    model = make_model(big_store)
    model.sort(COL_NUMBER, Qt.SortOrder.AscendingOrder)
    model.refresh(background=False)
    rows = [model.data(model.index(r, COL_NUMBER)) for r in range(N)]
    assert rows == sorted(rows)
    model.sort(COL_NUMBER, Qt.SortOrder.DescendingOrder)
    model.refresh(background=False)
    rows = [model.data(model.index(r, COL_NUMBER)) for r in range(0, N, 97)]
    assert rows == sorted(rows, reverse=True)


def test_filters_match_a_python_count(big_store: Store) -> None:
    expected = [r for r in synthetic_reports(N)]
    model = make_model(big_store)
    model.set_query(ListQuery(statuses=(Status.MENUNGGU,), category_id="cat2"))
    model.refresh(background=False)
    want = sum(1 for r in expected if r.status is Status.MENUNGGU and r.category_id == "cat2")
    assert model.rowCount() == want > 0
    for r in range(model.rowCount()):
        assert model.data(model.index(r, COL_STATUS)) == "Menunggu"
    model.set_query(ListQuery(kelurahan_code="31.71.03.1001", text="lampu"))
    model.refresh(background=False)
    want = sum(
        1 for r in expected if r.kelurahan_code == "31.71.03.1001" and "lampu" in r.description
    )
    assert model.rowCount() == want > 0
    ids = {model.data(model.index(r, 0), ReportIdRole) for r in range(model.rowCount())}
    assert all(int(i[1:]) % 7 == 0 and int(i[1:]) % 4 == 3 for i in ids)


def test_overdue_only(big_store: Store) -> None:
    model = make_model(big_store)
    model.set_query(ListQuery(overdue_only=True))
    model.refresh(background=False)
    assert 0 < model.rowCount() < N
    for r in range(0, model.rowCount(), 50):
        assert "lewat" in model.data(model.index(r, COL_DEADLINE))


def test_background_refresh_lands_on_gui_thread(qtbot, big_store: Store) -> None:
    model = ReportListModel(StoreReportSource(big_store, "x"))
    with qtbot.waitSignal(model.refreshed, timeout=20_000) as blocker:
        model.set_query(ListQuery(statuses=(Status.PROSES,)))
    assert blocker.args == [N // 4]
    assert model.rowCount() == N // 4


PAGE_QUERIES = [
    (ListQuery(), 0),
    (ListQuery(), N - 150),
    (ListQuery(text="lampu"), 0),
    (ListQuery(text="lampu jalan", sort="deadline", descending=True), 600),
    (ListQuery(text="0013"), 0),  # a number's tail: a few hits
    (ListQuery(text="trotoar", statuses=(Status.MENUNGGU,), sort="age"), 0),
    (ListQuery(text="JK2611", sort="kelurahan"), 200),
    (ListQuery(text="xyzzy"), 0),  # nothing
    (ListQuery(sort="category", descending=True), 200),
    (ListQuery(sort="status", descending=True), 1000),
    (ListQuery(statuses=(Status.PROSES,), sort="number"), 400),
    (ListQuery(statuses=(Status.SELESAI, Status.KOORDINASI), overdue_only=True), 0),
    (ListQuery(open_only=True, sort="urgency", descending=True), 0),
]


def _rows_say_what_the_reports_say(store: Store, query: ListQuery, offset: int) -> list[Any]:
    """``page`` reads the listed columns only (issue 22): each row is what the whole
    ``Report`` gives, its deadline and attention flag included, in the list's order."""
    from officer_app.app import _next_deadline
    from officer_app.store import outbox
    from officer_app.store import queries as q
    from officer_app.store.schema import OutboxItem

    source = StoreReportSource(store, "officer.demo")
    rows = source.page(query, offset, PAGE_SIZE)
    categories, kelurahan, policy = source._names()
    with store.read() as s:
        reports = q.list_reports(
            s, source._filter(query, s), limit=PAGE_SIZE, offset=offset, order=source._order(query)
        )
        attention = {
            i.report_id
            for i in s.query(OutboxItem).filter(OutboxItem.state == outbox.NEEDS_ATTENTION)
        }
    assert [r.id for r in rows] == [r.id for r in reports]
    for row, report in zip(rows, reports, strict=True):
        deadline = _next_deadline(report, policy)
        assert (row.number, row.status.value, row.created_at, row.pending) == (
            report.number, report.status, report.created_at, report.pending_count,
        )  # fmt: skip
        assert row.created_at.tzinfo is UTC
        assert row.category == categories.get(report.category_id, report.category_id)
        code = report.kelurahan_code or ""
        assert row.kelurahan == kelurahan.get(code, code)
        assert row.due_at == (deadline.due if deadline else report.due_at)
        assert row.due_start == (deadline.start if deadline else None)
        assert row.attention == (report.id in attention)
    return rows


@pytest.mark.parametrize(("query", "offset"), PAGE_QUERIES)
def test_a_page_of_rows_says_what_the_reports_say(
    big_store: Store, query: ListQuery, offset: int
) -> None:
    rows = _rows_say_what_the_reports_say(big_store, query, offset)
    assert rows or query.text == "xyzzy"


@pytest.fixture(scope="module")
def varied_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """Every kind of deadline: walk-in channels (the answer deadline), responses given,
    estimates, statuses without a deadline, rules per category and per channel, an
    unknown category, work that needs a person, reports moved out of scope."""
    from sqlalchemy import text

    from officer_app.store import outbox
    from officer_app.store.schema import OutboxItem
    from officer_app.store.state import save_reference

    store = Store.open(tmp_path_factory.mktemp("varied"))
    reports = synthetic_reports(2000, seed=11)
    now = datetime.now(UTC)
    with store.write() as s:
        save_reference(
            s,
            {
                "categories": [{"id": f"cat{i}", "name": f"Kategori {i}"} for i in range(4)],
                "units": [
                    {"id": f"kel{i}", "name": f"Kel {i}", "kind": "kelurahan",
                     "code": f"31.71.0{i}.1001"}
                    for i in range(3)
                ],
                "sla_rules": [
                    {"category_id": "cat1", "response_hours": 2, "followup_days": 1},
                    {"channel": "kelurahan", "answer_days": 0.5, "response_hours": 200},
                    {"category_id": "cat2", "channel": "pendopo", "answer_days": 9},
                ],
            },
            "etag-1",
        )  # fmt: skip
        merge.apply_reports(s, reports, policy=SlaPolicy(), now=now)
        channels = [c.value for c in Channel]
        statuses = [st.value for st in Status]
        for rid in range(1, 2001):
            s.execute(
                text(
                    "UPDATE reports SET channel = :channel, status = :status,"
                    " first_response_at = CASE WHEN :rid % 3 = 0 THEN landed_at END,"
                    " estimated_completion = CASE WHEN :rid % 5 = 0"
                    "  THEN date(created_at, '+' || (:rid % 20) || ' days') END,"
                    " landed_at = CASE WHEN :rid % 4 = 0"
                    "  THEN datetime(created_at, '+6 hours') || '.000000' ELSE landed_at END,"
                    " in_scope = :rid % 13 != 0"
                    " WHERE rid = :rid"
                ),
                {
                    "rid": rid,
                    "channel": channels[rid % len(channels)],
                    "status": statuses[(rid // 3) % len(statuses)],
                },
            )
        for i, report in enumerate(reports[::37]):
            s.add(
                OutboxItem(
                    action_id=f"a{i}",
                    report_id=report.id,
                    type="note",
                    happened_at=now,
                    updated_at=now,
                    state=outbox.NEEDS_ATTENTION if i % 2 else outbox.PENDING,
                )
            )
    return store


@pytest.mark.parametrize(
    ("query", "offset"),
    [
        (ListQuery(), 0),
        (ListQuery(), 1700),
        (ListQuery(text="lampu", sort="deadline"), 0),
        (ListQuery(text="0013"), 0),
        (ListQuery(sort="category", descending=True), 200),
        (ListQuery(needs_attention=True), 0),
        (ListQuery(open_only=True, sort="deadline"), 200),
        (ListQuery(statuses=(Status.MENUNGGU_VALIDASI, Status.TL_DITOLAK)), 0),
    ],
)
def test_every_kind_of_deadline_and_rule_in_a_page(
    varied_store: Store, query: ListQuery, offset: int
) -> None:
    rows = _rows_say_what_the_reports_say(varied_store, query, offset)
    assert rows or query.text == "xyzzy"


def test_the_varied_pages_hold_every_kind_of_deadline(varied_store: Store) -> None:
    """The fixture above is what it says: the pages compared hold answer deadlines,
    estimates past the follow-up, the per-category and per-channel rules, rows
    without a deadline and rows that need a person."""
    from crm_shared.domain import DeadlineKind
    from officer_app.app import _next_deadline
    from officer_app.store import queries as q

    source = StoreReportSource(varied_store, "officer.demo")
    _, _, policy = source._names()
    with varied_store.read() as s:
        reports = q.list_reports(s, q.ReportFilter(include_out_of_scope=True), limit=2000)
    kinds = {d.kind for r in reports if (d := _next_deadline(r, policy))}
    assert kinds == set(DeadlineKind)
    assert any(_next_deadline(r, policy) is None for r in reports)
    rules = {policy.rule_for(r.category_id, Channel(r.channel)) for r in reports}
    assert len(rules) == 4  # the default and the three overrides
    rows = [r for off in range(0, 2000, PAGE_SIZE) for r in source.page(ListQuery(), off, 200)]
    assert any(r.attention for r in rows)
    assert not all(r.attention for r in rows)
