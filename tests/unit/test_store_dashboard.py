"""The dashboard's one-scan path: it reads the covering index only and agrees with
the per-grouping SQL it replaced (the server-equality test is in tests/supervisor)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from crm_shared.protocol.wire import StatsFigures
from officer_app.store import Store, dashboard
from officer_app.store.bulk import sql_datetime
from officer_app.store.photos import PhotoStore
from officer_app.sync.engine import SyncConfig, SyncEngine
from officer_app.sync.fake import FakeServer

DONE = set(range(1, 121, 7))
REFUSED = set(range(2, 121, 11)) - DONE


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    server = FakeServer()
    server.add(120)
    for i in DONE:
        server.change(f"r-{i:06d}", status="selesai")
    for i in REFUSED:
        server.change(f"r-{i:06d}", status="ditolak")
    s = Store.open(tmp_path / "profile")
    engine = SyncEngine(s, server, PhotoStore(tmp_path / "photos"), config=SyncConfig())
    assert engine.run().ok
    yield s
    s.close()


@pytest.mark.parametrize("month", [None, "2026-11"])
def test_the_scan_reads_the_covering_index_not_the_table(store: Store, month: str | None) -> None:
    with store.read() as session:
        plan = session.execute(
            text("EXPLAIN QUERY PLAN " + dashboard.scan_sql(dashboard.scope_where(month))),
            {"at": sql_datetime(datetime.now(UTC)), "month": month},
        ).all()
    details = " | ".join(str(row[-1]) for row in plan)
    assert "COVERING INDEX ix_reports_dashboard" in details, details


def test_one_scan_figures_equal_the_per_grouping_sql(store: Store) -> None:
    at = datetime.now(UTC)
    params = dashboard.query_params(at, None)
    where = dashboard.scope_where(None)
    with store.read() as session:
        fast = dashboard._all_figures(session, where, params, at)
        for grouping, key in {"": "''", **dashboard.GROUPINGS}.items():
            slow = dashboard._figures(session, where, key, params)
            assert [_rounded(f) for f in fast[grouping]] == [_rounded(f) for f in slow], grouping
    overall = fast[""][0]
    assert (overall.total, overall.completed, overall.rejected) == (120, len(DONE), len(REFUSED))


def _rounded(figures: StatsFigures) -> dict[str, object]:
    return {k: round(v, 6) if isinstance(v, float) else v for k, v in figures.model_dump().items()}
