"""The dashboard PDF as a person sees it: readable text inside the page, headers that
stay in their cells, names instead of codes, Jakarta time, charts drawn, and the
app's language (issue 20 point 12)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pdf_reading import chart_ink, check_readable

from crm_shared.protocol.wire import StatsFigures, StatsSummary
from crm_shared.stats import figures, summary
from officer_app.store.exports import PdfLabels, export_summary_pdf

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
