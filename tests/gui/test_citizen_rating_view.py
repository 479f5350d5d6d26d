"""A citizen's rating from the change feed: stored with its score, it moves the
dashboard's figures, and the detail timeline shows it (a low one marked, in words)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from gui_support import synthetic_reports

from crm_shared.domain import SlaPolicy, Status
from crm_shared.domain.rating import RATING_EVENT
from crm_shared.protocol.wire import EventOut
from officer_app.store import Store, dashboard
from officer_app.store.schema import Event
from officer_app.sync import merge
from officer_app.views.services import ReportDetail, TimelineItem

SENTENCE = "Lama sekali, baru diangkut setelah dua minggu"


def _rated(report: object, score: int, at: datetime) -> object:
    event = EventOut(id=f"rating-{score}", type=RATING_EVENT, at=at, note=SENTENCE, rating=score)
    return report.model_copy(  # type: ignore[attr-defined]
        update={"events": [event], "seq": report.seq + 1000}  # type: ignore[attr-defined]
    )


def test_a_rating_from_the_feed_is_stored_and_moves_the_dashboard(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "profile")
    reports = synthetic_reports(20)
    now = datetime.now(UTC)
    with store.write() as s:
        merge.apply_reports(s, reports, policy=SlaPolicy(), now=now)
        assert dashboard.summary(s, at=now).overall.rating_count == 0
    finished = next(r for r in reports if r.status is Status.SELESAI)
    with store.write() as s:
        changes = merge.apply_reports(s, [_rated(finished, 2, now)], policy=SlaPolicy(), now=now)
        assert dashboard.touches(changes)
        stored = s.get(Event, "rating-2")
        assert stored is not None
        assert (stored.rating, stored.note, stored.actor_id) == (2, SENTENCE, None)
        figures = dashboard.summary(s, at=now)
    assert (figures.overall.rating_count, figures.overall.average_rating) == (1, 2.0)
    (unit,) = [u for u in figures.by_unit if u.key == finished.unit_id]
    assert unit.rating_count == 1
    # The same rating again (the report changed for another reason): figures untouched.
    with store.write() as s:
        again = _rated(finished, 2, now).model_copy(update={"seq": finished.seq + 2000})
        assert not dashboard.touches(merge.apply_reports(s, [again], policy=SlaPolicy(), now=now))
    store.close()


def _detail(timeline: list[TimelineItem]) -> ReportDetail:
    start = datetime(2026, 10, 1, tzinfo=UTC)
    return ReportDetail(
        id="r1",
        number="JK2610010001",
        category="Sampah",
        category_id="sampah",
        channel="pendopo",
        status=Status.SELESAI,
        description="Sampah menumpuk",
        address="Jl. Kebon Sirih",
        kelurahan="Gambir",
        lat=None,
        lon=None,
        created_at=start,
        is_private=True,
        reporter_hidden=True,
        deadlines=[],
        photos=[],
        timeline=timeline,
        pending=0,
    )


def test_the_timeline_shows_a_low_rating_in_words(qtbot) -> None:
    from officer_app.views.detail import ReportDetailPanel

    at = datetime(2026, 10, 5, 3, 0, tzinfo=UTC)
    panel = ReportDetailPanel({})
    qtbot.addWidget(panel)
    low = TimelineItem(type=RATING_EVENT, at=at, actor="", note=SENTENCE, rating=2)
    validated = TimelineItem(
        type="validate",
        at=at - timedelta(days=1),
        actor="Validator Biro",
        from_status=Status.MENUNGGU_VALIDASI,
        to_status=Status.SELESAI,
    )
    panel.show_report(_detail([validated, low]))
    texts = [panel.timeline.item(i).text() for i in range(panel.timeline.count())]
    assert texts[0].startswith("⚠ Nilai rendah dari warga")
    assert "Penilaian warga: 2 dari 5" in texts[0]
    assert f"“{SENTENCE}”" in texts[0]
    assert not panel.timeline.item(0).icon().isNull()
    good = TimelineItem(type=RATING_EVENT, at=at, actor="", note=None, rating=5)
    panel.show_report(_detail([good]))
    text = panel.timeline.item(0).text()
    assert "5 dari 5" in text
    assert "Nilai rendah" not in text
