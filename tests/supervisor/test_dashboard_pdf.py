"""The dashboard PDF as a person sees it: readable text inside the page, headers that
stay in their cells, names instead of codes, Jakarta time, charts drawn, and the
app's language (issue 20 point 12)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pdf_reading import chart_ink, check_readable
from sqlalchemy import select

from crm_shared.protocol.wire import StatsFigures, StatsSummary
from crm_shared.stats import figures, summary
from officer_app.store import Store
from officer_app.store.exports import PdfLabels, TargetRates, export_summary_pdf, target_rates
from officer_app.store.photos import PhotoStore
from officer_app.store.schema import Report
from officer_app.sync.engine import SyncConfig, SyncEngine
from officer_app.sync.fake import FakeServer

AT = datetime(2026, 12, 5, 2, 15, tzinfo=UTC)  # 09:15 in Jakarta


def _f(key: str, total: int, done: int, late: int, r: float | None = None) -> StatsFigures:
    return figures(
        key,
        total=total,
        completed=done,
        rejected=2,
        overdue=late,
        median_response_hours=r,
        median_followup_hours=None if r is None else r * 9,
    )


def _summary() -> StatsSummary:
    units = {f"u{i}": f"Kelurahan Petojo Utara Kecamatan Gambir {i}" for i in range(11)}
    groups = {
        "": [_f("", 500, 300, 40, 10.5)],
        "kelurahan": [_f("", 3, 1, 0), _f("3171010001", 497, 299, 40, 10.5)],
        "category": [
            _f("cat-sampah", 300, 200, 20),
            _f("cat-jalan-rusak", 190, 95, 20),
            _f("cat-without-a-name", 10, 5, 0),  # no name known: never shown as its code
        ],
        "channel": [_f("jaki", 500, 300, 40)],
        "month": [_f("2026-11", 250, 150, 20), _f("2026-12", 250, 150, 20)],
        "unit": [_f(f"u{i}", 60 - i, 30 - i, 5, 5.0 + 4 * i) for i in range(11)],
    }
    labels = {
        "kelurahan": {"3171010001": "Kelurahan Gambir"},
        "category": {"cat-sampah": "Sampah", "cat-jalan-rusak": "Jalan Rusak"},
        "channel": {"jaki": "JAKI"},
        "unit": units,
    }
    return summary(groups, labels, at=AT, month=None)


def test_dashboard_pdf_has_charts_names_and_jakarta_time(tmp_path: Path) -> None:
    path = export_summary_pdf(_summary(), tmp_path / "dasbor.pdf", "Dasbor Kecamatan Gambir")
    text, runs = check_readable(path)
    assert "05-12-2026 09:15 WIB" in text  # Jakarta time, the app's date format
    assert "UTC" not in text
    assert "cat-" not in text  # names, never internal codes
    for name in ("Sampah", "Jalan Rusak", "Tidak dikenal", "Tanpa kelurahan", "JAKI"):
        assert name in text, name
    # Indonesian by default; the charts are named and every bar has its value in text.
    for words in (
        "Status laporan",
        "Selesai",
        "Lewat tenggat",
        "target 24 jam",
        "target 7 hari",
        "300 (60 %)",
    ):
        assert words in text, words
    assert "lewat target" in text  # not colour alone
    assert "memenuhi target" in text
    # The charts are drawn: coloured bars in each quarter of the first page.
    ink = chart_ink(path, tmp_path / "dasbor.png")
    assert all(count > 500 for count in ink.values()), ink
    # A header wraps inside its cell: some header run sits on a second line.
    first_table_page = [r for r in runs if r["page"] == 1]
    assert any(r["text"].strip() in ("lanjut (jam)", "(jam)", "(%)") for r in first_table_page)


def test_dashboard_pdf_in_english_when_the_ui_is(qapp: object, tmp_path: Path) -> None:
    from officer_app import i18n
    from officer_app.views.supervisor.dashboard_page import pdf_labels

    indonesian = pdf_labels()
    assert indonesian == PdfLabels()  # the core's defaults are the Indonesian source
    try:
        assert i18n.install_translators("en") == "en"
        labels = pdf_labels()
    finally:
        i18n.install_translators("id")
    path = export_summary_pdf(_summary(), tmp_path / "dashboard.pdf", "Dashboard", labels)
    text, _runs = check_readable(path)
    for words in (
        "Report status",
        "Done",
        "Overdue",
        "Completion rate per unit",
        "target 7 days",
        "Unknown",
    ):
        assert words in text, words
    assert "09:15 WIB" in text
    for words in ("Selesai", "Lewat tenggat", "Tidak dikenal", "Keseluruhan"):
        assert words not in text, words


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """90 reports: some answered within 24 hours, some after; some followed up within
    7 days, some after; some rejected."""
    server = FakeServer()
    server.add(90)
    for i in range(1, 91, 3):
        rid = f"r-{i:06d}"
        created = server.reports[rid]["created_at"]
        answered = created + timedelta(hours=2 if i % 2 else 30)
        followed = created + timedelta(days=3 if i % 4 == 1 else 9)
        server.change(rid, status="proses", first_response_at=answered, followup_at=followed)
    for i in range(2, 91, 10):
        server.change(f"r-{i:06d}", status="ditolak")
    s = Store.open(tmp_path / "profile")
    assert SyncEngine(s, server, PhotoStore(tmp_path / "photos"), config=SyncConfig()).run().ok
    yield s
    s.close()


def test_target_rates_count_what_met_the_24_hour_and_7_day_targets(store: Store) -> None:
    with store.read() as session:
        rows = session.execute(
            select(
                Report.unit_id,
                Report.created_at,
                Report.first_response_at,
                Report.followup_at,
                Report.status,
            ).where(Report.in_scope.is_(True), Report.server_status.is_not(None))
        ).all()
        # Some reports' windows have passed, the newest are too young to count.
        at = max(r.created_at for r in rows) + timedelta(hours=20)
        at = max(at, min(r.created_at for r in rows) + timedelta(days=8))
        rates = target_rates(session, at=at, month=None)
    due = [r for r in rows if r.created_at <= at - timedelta(hours=24)]
    met = [
        r
        for r in due
        if r.first_response_at and r.first_response_at - r.created_at <= timedelta(hours=24)
    ]
    assert due
    assert 0 < len(met) < len(due)  # both kinds are there
    assert rates.response[""] == pytest.approx(len(met) / len(due))
    valid = [r for r in rows if r.created_at <= at - timedelta(days=7) and r.status != "ditolak"]
    done = [r for r in valid if r.followup_at and r.followup_at - r.created_at <= timedelta(days=7)]
    assert 0 < len(done) < len(valid)
    assert rates.followup[""] == pytest.approx(len(done) / len(valid))
    for unit in {r.unit_id for r in rows}:
        mine = [r for r in due if r.unit_id == unit]
        if mine:
            assert rates.response[unit or ""] == pytest.approx(
                sum(r in met for r in mine) / len(mine)
            )


def test_the_pdf_shows_the_target_rates(tmp_path: Path) -> None:
    s = _summary()
    rates = TargetRates(
        response={"": 0.8, **{f"u{i}": 0.5 + i / 40 for i in range(11)}},
        followup={"": 0.625, **{f"u{i}": 0.9 - i / 20 for i in range(11)}},
    )
    path = export_summary_pdf(s, tmp_path / "rates.pdf", "Dasbor", PdfLabels(), rates)
    text, _runs = check_readable(path)
    for words in (
        "Respons dalam 24 jam",
        "80.0 %",  # overall, among the key figures
        "Tindak lanjut dalam 7 hari per unit",
        "62.5 %",
        "90.0 %",  # the first unit's follow-up rate, beside its bar
    ):
        assert words in text, words
    ink = chart_ink(path, tmp_path / "rates.png")
    assert ink["bottom-left"] > 500, ink
    assert ink["bottom-right"] > 500, ink
