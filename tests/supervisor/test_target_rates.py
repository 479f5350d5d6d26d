"""The 24-hour response and 7-day follow-up rates: one definition (``crm_shared.stats``)
that the workstation's dashboard figures follow, on both of its paths (the one-scan
numpy path and the per-grouping SQL), to the second at the targets' edges."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crm_shared import stats
from crm_shared.protocol.wire import StatsSummary
from officer_app.store import Store, dashboard
from officer_app.store.photos import PhotoStore
from officer_app.sync.engine import SyncConfig, SyncEngine
from officer_app.sync.fake import FakeServer

AT = datetime(2026, 12, 5, 2, 15, tzinfo=UTC)
H = timedelta(hours=1)
DAY = timedelta(days=1)
SECOND = timedelta(seconds=1)

# (category, age at AT, response after, follow-up after, status)
REPORTS = [
    # cat-a: both windows have passed
    ("cat-a", 10 * DAY, 24 * H, 7 * DAY, "proses"),  # exactly on both targets: met
    ("cat-a", 10 * DAY, 24 * H + SECOND, 7 * DAY + SECOND, "proses"),  # a second late
    ("cat-a", 10 * DAY, 2 * H, None, "proses"),  # answered, never followed up
    ("cat-a", 10 * DAY, None, None, "ditolak"),  # rejected: no follow-up due
    # cat-b: the response window has passed, the follow-up window has not
    ("cat-b", 2 * DAY, H, None, "proses"),
    ("cat-b", 2 * DAY, None, None, "menunggu"),
    ("cat-b", H, H / 2, None, "proses"),  # too young to count at all
    # cat-c: nothing old enough
    ("cat-c", 3 * H, None, None, "menunggu"),
]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    server = FakeServer()
    for n, (category, age, answered, followed, status) in enumerate(REPORTS, start=1):
        created = AT - age
        [rid] = server.add(1, start=n, category_id=category, created_at=created)
        server.change(
            rid,
            status=status,
            first_response_at=None if answered is None else created + answered,
            followup_at=None if followed is None else created + followed,
        )
    s = Store.open(tmp_path / "profile")
    assert SyncEngine(s, server, PhotoStore(tmp_path / "photos"), config=SyncConfig()).run().ok
    yield s
    s.close()


def definition(category: str | None) -> tuple[float | None, float | None]:
    """The two rates of a category (None = all) by ``crm_shared.stats.on_time``."""
    parts = [
        stats.on_time(
            created_at=AT - age,
            first_response_at=None if answered is None else AT - age + answered,
            followup_at=None if followed is None else AT - age + followed,
            rejected=status == "ditolak",
            at=AT,
        )
        for cat, age, answered, followed, status in REPORTS
        if category in (None, cat)
    ]
    r_due = sum(p.response_due for p in parts)
    r_met = sum(p.response_met for p in parts)
    f_due = sum(p.followup_due for p in parts)
    f_met = sum(p.followup_met for p in parts)
    return (r_met / r_due if r_due else None, f_met / f_due if f_due else None)


def test_the_definition_at_the_targets_edges() -> None:
    assert definition("cat-a") == (2 / 4, 1 / 3)
    assert definition("cat-b") == (1 / 2, None)
    assert definition("cat-c") == (None, None)
    assert definition(None) == (3 / 6, 1 / 3)
    f = stats.figures("k", total=3, completed=0, rejected=0, overdue=0)
    assert (f.response_on_time_rate, f.followup_on_time_rate) == (None, None)


def rates(summary: StatsSummary) -> dict[str | None, tuple[float | None, float | None]]:
    out: dict[str | None, tuple[float | None, float | None]] = {
        f.key: (f.response_on_time_rate, f.followup_on_time_rate) for f in summary.by_category
    }
    out[None] = (summary.overall.response_on_time_rate, summary.overall.followup_on_time_rate)
    return out


def expected() -> dict[str | None, tuple[float | None, float | None]]:
    return {c: definition(c) for c in ("cat-a", "cat-b", "cat-c", None)}


def test_the_dashboard_figures_follow_the_definition(store: Store) -> None:
    with store.read() as session:
        summary = dashboard.summary(session, at=AT)
    assert rates(summary) == expected()
    # every grouping carries them: the one unit's are the overall ones
    [unit] = summary.by_unit
    assert (unit.response_on_time_rate, unit.followup_on_time_rate) == (3 / 6, 1 / 3)


def test_the_sql_path_gives_the_same_rates(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def unreadable(*_args: object) -> None:
        raise ValueError("a timestamp numpy cannot read")

    monkeypatch.setattr(dashboard, "_all_figures", unreadable)
    with store.read() as session:
        summary = dashboard.summary(session, at=AT)
    assert rates(summary) == expected()


def test_a_month_counts_only_its_reports(store: Store) -> None:
    month = (AT - 10 * DAY + timedelta(hours=7)).strftime("%Y-%m")
    with store.read() as session:
        summary = dashboard.summary(session, at=AT, month=month)
    assert month == "2026-11"
    assert rates(summary)[None] == definition("cat-a")  # the November reports
