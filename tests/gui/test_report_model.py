"""The report list model: Qt model rules, and SQL sorting/filtering at 10,000 reports."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from gui_support import synthetic_reports
from PySide6.QtCore import Qt

from crm_shared.domain import SlaPolicy, Status
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


@pytest.mark.parametrize(
    ("query", "offset"),
    [
        (ListQuery(), 0),
        (ListQuery(), N - 150),
        (ListQuery(text="lampu"), 0),
        (ListQuery(sort="category", descending=True), 200),
        (ListQuery(statuses=(Status.PROSES,), sort="number"), 400),
    ],
)
def test_a_page_of_rows_says_what_the_reports_say(
    big_store: Store, query: ListQuery, offset: int
) -> None:
    """``page`` reads the listed columns only (issue 22): each row is what the whole
    ``Report`` gives, its deadline included, in the list's order."""
    from officer_app.app import _next_deadline
    from officer_app.store import queries as q

    source = StoreReportSource(big_store, "officer.demo")
    rows = source.page(query, offset, PAGE_SIZE)
    assert rows
    _, _, policy = source._names()
    with big_store.read() as s:
        reports = q.list_reports(
            s, source._filter(query, s), limit=PAGE_SIZE, offset=offset, order=source._order(query)
        )
    assert [r.id for r in rows] == [r.id for r in reports]
    for row, report in zip(rows, reports, strict=True):
        deadline = _next_deadline(report, policy)
        assert (row.number, row.status.value, row.created_at, row.pending) == (
            report.number, report.status, report.created_at, report.pending_count,
        )  # fmt: skip
        assert row.due_at == (deadline.due if deadline else report.due_at)
        assert row.due_start == (deadline.start if deadline else None)
