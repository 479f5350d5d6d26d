"""The dashboard's figures have one definition (``crm_shared.stats``) that the server's
and the workstation's SQL both feed; here the definition itself, and the local SQL
against it (the server-equality test is in tests/supervisor)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_shared import stats
from crm_shared.domain import Channel, Status
from officer_app.store import Store, dashboard
from officer_app.store.photos import PhotoStore
from officer_app.store.schema import Report
from officer_app.sync.engine import SyncConfig, SyncEngine
from officer_app.sync.fake import FakeServer

AT = datetime(2026, 12, 1, tzinfo=UTC)


def test_one_groups_figures_follow_the_definitions() -> None:
    f = stats.figures("k", total=10, completed=3, rejected=2, overdue=1)
    assert (f.open, f.completion_rate) == (5, 3 / 8)
    assert stats.figures("k", total=2, completed=0, rejected=2, overdue=0).completion_rate is None
    assert stats.median([]) is None
    assert stats.median([5.0, 1.0, 3.0]) == 3.0
    assert stats.median([4.0, 1.0, 3.0, 2.0]) == 2.5


def test_a_summary_names_its_groups_and_ranks_its_units() -> None:
    groups = {grouping: [] for grouping in (stats.ALL, *stats.GROUPINGS)}
    empty = stats.summary(groups, {}, at=AT, month=None)
    assert (empty.overall.total, empty.by_unit) == (0, [])
    groups["channel"] = [stats.figures("jaki", total=1, completed=1, rejected=0, overdue=0)]
    groups["unit"] = [
        stats.figures("slow", total=4, completed=1, rejected=0, overdue=2),
        stats.figures("fast", total=4, completed=3, rejected=0, overdue=0),
    ]
    labels = {"channel": stats.channel_labels(), "unit": {"fast": "Kelurahan Cepat"}}
    out = stats.summary(groups, labels, at=AT, month="2026-11")
    assert out.by_channel[0].label == Channel.JAKI.label
    assert [(u.key, u.label, u.rank) for u in out.by_unit] == [
        ("fast", "Kelurahan Cepat", 1),
        ("slow", "slow", 2),  # no name known: its key
    ]


def test_both_sides_group_the_same_way() -> None:
    assert tuple(dashboard.GROUPINGS) == stats.GROUPINGS


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    server = FakeServer()
    server.add(90)
    for i in range(1, 91, 4):  # answered after 1..7 hours (several per channel)
        rid = f"r-{i:06d}"
        created = server.reports[rid]["created_at"]
        answered = created + timedelta(hours=1 + i % 7, minutes=i)
        server.change(rid, status="proses", first_response_at=answered)
    for i in range(3, 91, 9):
        server.change(f"r-{i:06d}", status="selesai")
    s = Store.open(tmp_path / "profile")
    assert SyncEngine(s, server, PhotoStore(tmp_path / "photos"), config=SyncConfig()).run().ok
    yield s
    s.close()


def test_the_local_sql_medians_are_the_shared_median(store: Store) -> None:
    with store.read() as session:
        out = dashboard.summary(session)
        rows = session.execute(
            select(
                Report.channel, Report.created_at, Report.first_response_at, Report.status
            ).where(Report.in_scope.is_(True), Report.server_status.is_not(None))
        ).all()
    assert out.overall.total == len(rows) == 90
    by_channel = {f.key: f for f in out.by_channel}
    measured = 0
    for channel in {r.channel for r in rows}:
        mine = [r for r in rows if r.channel == channel]
        hours = [
            (r.first_response_at - r.created_at).total_seconds() / 3600
            for r in mine
            if r.first_response_at is not None
        ]
        expected = stats.median(hours)
        got = by_channel[channel].median_response_hours
        assert (got is None) == (expected is None)
        if expected is not None:
            measured += 1
            assert got == pytest.approx(expected, abs=1e-3)
        assert by_channel[channel].completed == sum(r.status == Status.SELESAI for r in mine)
    assert measured, "no channel had a response time: the medians went unchecked"
