"""Row updates from change sets, and the store's list order/filters behind the list."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from gui_support import synthetic_reports
from sqlalchemy import select, update

from crm_shared.domain import SlaPolicy, Status
from officer_app.app import StoreReportSource
from officer_app.store import Store
from officer_app.store import queries as q
from officer_app.store.schema import Category, OutboxItem, Report, Unit
from officer_app.sync import merge
from officer_app.views.report_list.model import ListQuery, ReportListModel, ReportRole

N = 600


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store.open(tmp_path / "profile")
    with store.write() as s:
        for i in range(5):
            s.add(Category(id=f"cat{i}", name=f"Kategori {chr(ord('E') - i)}"))
        for i in range(4):
            s.add(
                Unit(id=f"kel{i}", name=f"Kelurahan {i}", kind="kelurahan", code=f"31.71.0{i}.1001")
            )
        merge.apply_reports(s, synthetic_reports(N), policy=SlaPolicy(), now=datetime.now(UTC))
    return store


def loaded_model(qtbot, store: Store) -> ReportListModel:
    model = ReportListModel(StoreReportSource(store, "officer.demo"))
    model.refresh(background=False)
    model.report_at(250)  # a second page in the cache
    assert model.cached_pages() == 2
    return model


def test_changed_row_is_updated_in_place(qtbot, store: Store) -> None:
    model = loaded_model(qtbot, store)
    target = model.data(model.index(210, 0), ReportRole)
    with store.write() as s:
        s.execute(update(Report).where(Report.id == target.id).values(pending_count=2))
    rows: list[int] = []
    model.dataChanged.connect(lambda top, _b, _r: rows.append(top.row()))
    with (
        qtbot.assertNotEmitted(model.modelReset, wait=100),
        qtbot.waitSignal(model.rows_updated, timeout=10_000) as done,
    ):
        model.update_rows({target.id})
    assert done.args == [1]
    assert rows == [210]
    assert model.data(model.index(210, 0), ReportRole).pending == 2
    assert model.cached_pages() == 2


def test_changed_order_resets(qtbot, store: Store) -> None:
    model = loaded_model(qtbot, store)
    last = model.data(model.index(model.rowCount() - 1, 0), ReportRole)
    with store.write() as s:  # now the most urgent of all
        s.execute(
            update(Report)
            .where(Report.id == last.id)
            .values(due_at=datetime.now(UTC) - timedelta(days=400))
        )
    with qtbot.waitSignal(model.modelReset, timeout=10_000):
        model.update_rows({last.id})
    assert model.data(model.index(0, 0), ReportRole).id == last.id


def test_removed_report_resets(qtbot, store: Store) -> None:
    model = loaded_model(qtbot, store)
    gone = model.data(model.index(5, 0), ReportRole)
    with store.write() as s:
        s.execute(update(Report).where(Report.id == gone.id).values(in_scope=False))
    with qtbot.waitSignal(model.rows_updated, timeout=10_000) as done:
        model.update_rows((), {gone.id})
    assert done.args == [-1]
    assert model.rowCount() == N - 1
    assert model.row_of(gone.id) is None


def test_store_order_by_every_list_column(store: Store) -> None:
    with store.read() as s:
        for key in q.SORT_KEYS:
            up = [r.id for r in q.list_reports(s, limit=N, order=q.ReportOrder(key))]
            down = [r.id for r in q.list_reports(s, limit=N, order=q.ReportOrder(key, True))]
            assert len(up) == len(down) == N
            assert set(up) == set(down)
            assert up != down, key
        numbers = [r.number for r in q.list_reports(s, limit=N, order=q.ReportOrder("number"))]
        assert numbers == sorted(numbers)
        with pytest.raises(ValueError, match="unknown sort key"):
            q.ReportOrder("nope").clauses()  # type: ignore[arg-type]


def test_store_filters_assigned_needs_attention_open(store: Store) -> None:
    now = datetime.now(UTC)
    with store.write() as s:
        ids = list(s.scalars(select(Report.id).order_by(Report.rid).limit(7)))
        s.execute(update(Report).where(Report.id.in_(ids[:3])).values(assignee_id="officer.demo"))
        s.add(
            OutboxItem(
                action_id="a-1",
                report_id=ids[5],
                type="note",
                payload={},
                happened_at=now,
                state="needs_attention",
                updated_at=now,
            )
        )
    with store.read() as s:
        mine = q.list_reports(s, q.ReportFilter(assignee_id="officer.demo"), limit=N)
        assert sorted(r.id for r in mine) == sorted(ids[:3])
        attention = q.list_reports(s, q.ReportFilter(needs_attention=True), limit=N)
        assert [r.id for r in attention] == [ids[5]]
        open_ = q.count_reports(s, q.ReportFilter(open_only=True))
        closed = q.count_reports(s, q.ReportFilter(statuses=[Status.SELESAI.value]))
        assert open_ == N - closed  # synthetic data has no "ditolak"
        # The row position the window uses to select a report from the map.
        order = q.ReportOrder("number", True)
        listed = [r.id for r in q.list_reports(s, limit=N, order=order)]
        for row in (0, 17, N - 1):
            assert q.report_position(s, listed[row], order=order) == row
        assert q.report_position(s, ids[0], q.ReportFilter(needs_attention=True)) is None


def test_map_points_are_the_list_set(store: Store) -> None:
    source = StoreReportSource(store, "officer.demo")
    with store.write() as s:
        rows = list(s.execute(select(Report.id, Report.rid)).all())
        for rid_, rowid in rows:
            s.execute(
                update(Report)
                .where(Report.id == rid_)
                .values(lat=-6.2 + rowid * 1e-4, lon=106.8 + rowid * 1e-4)
            )
    query = ListQuery(statuses=(Status.MENUNGGU,), text="lampu")
    payload = source.map_points(query)
    listed = {r.id for r in source.page(query, 0, N)}
    assert set(payload.ids) == listed
    assert 0 < len(listed) < N
