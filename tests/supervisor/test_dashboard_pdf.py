"""The dashboard PDF as a person sees it: readable text inside the page, headers that
stay in their cells, names instead of codes, Jakarta time, charts drawn, and the
app's language (issue 20 point 12)."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pdf_reading import chart_ink, check_readable, text_runs

from crm_shared.protocol.wire import StatsFigures, StatsSummary
from crm_shared.stats import figures, summary
from officer_app.store.exports import (
    PdfLabels,
    export_summary_csv,
    export_summary_pdf,
)

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


def _rated_summary() -> StatsSummary:
    """The summary with the two target rates and some citizens' ratings."""
    base = _summary()

    def rated(f: StatsFigures, i: int) -> StatsFigures:
        return f.model_copy(
            update={
                "response_on_time_rate": 0.5 + i / 40,
                "followup_on_time_rate": 0.9 - i / 20,
                "rating_count": i + 1,
                "average_rating": 1 + i * 0.4,
            }
        )

    units = [rated(f, i) for i, f in enumerate(base.by_unit)]
    overall = base.overall.model_copy(
        update={
            "response_on_time_rate": 0.8,
            "followup_on_time_rate": 0.625,
            "rating_count": 3,
            "average_rating": 10 / 3,
        }
    )
    return base.model_copy(update={"overall": overall, "by_unit": units})


def test_the_pdf_shows_the_summarys_target_rates(tmp_path: Path) -> None:
    s = _rated_summary()
    path = export_summary_pdf(s, tmp_path / "rates.pdf", "Dasbor", PdfLabels())
    text, _runs = check_readable(path)
    for words in (
        "Respons dalam 24 jam",
        "80.0 %",  # overall, among the key figures
        "Tindak lanjut dalam 7 hari per unit",
        "62.5 %",
        f"{s.by_unit[0].followup_on_time_rate * 100:.1f} %",  # beside the unit's bar
    ):
        assert words in text, words
    assert "Median waktu respons per unit" not in text  # the rates replace those charts
    ink = chart_ink(path, tmp_path / "rates.png")
    assert ink["bottom-left"] > 500, ink
    assert ink["bottom-right"] > 500, ink


def _table_rows(path: Path) -> list[list[str]]:
    """The PDF's table rows as a person reads them: text runs on one line, left to right."""
    lines: dict[tuple[int, int], list[dict[str, object]]] = {}
    for run in text_runs(path):
        if run["page"] >= 1:
            lines.setdefault((run["page"], -round(run["y"])), []).append(run)
    return [
        [str(r["text"]).strip() for r in sorted(line, key=lambda r: r["x"])]
        for _key, line in sorted(lines.items())
    ]


def test_the_pdf_has_the_citizens_ratings(tmp_path: Path) -> None:
    s = _rated_summary()
    path = export_summary_pdf(s, tmp_path / "ratings.pdf", "Dasbor", PdfLabels())
    text, runs = check_readable(path)
    first_page = " ".join(str(r["text"]) for r in runs if r["page"] == 0)
    assert "Nilai warga (1-5)" in first_page  # a key figure ...
    assert "3.3 (3)" in first_page  # ... average and how many
    assert "Penilaian warga" in text  # table columns
    assert "Nilai rata-rata" in text
    rows = _table_rows(path)
    # Each unit's row (its long name wraps around the figures' line: found by its
    # total, distinct per unit) ends with its ratings (count, average), then its rank.
    for f in s.by_unit:
        assert f.average_rating is not None
        ratings = [str(f.rating_count), f"{f.average_rating:.1f}", str(f.rank)]
        assert any(r[0] == str(f.total) and r[-3:] == ratings for r in rows), (f.key, rows)
    # A group without ratings shows 0 and "-".
    assert any(r[0] == "Sampah" and r[-2:] == ["0", "-"] for r in rows), rows


def test_the_pdf_tables_have_each_units_target_rates(tmp_path: Path) -> None:
    """The province's two checks per unit, in the table, not only in the charts."""
    s = _rated_summary()
    path = export_summary_pdf(s, tmp_path / "rates.pdf", "Dasbor", PdfLabels())
    text, _runs = check_readable(path)
    assert "Respons dalam 24 jam (%)" in text.replace("\n", " ")
    rows = _table_rows(path)
    for f in s.by_unit:
        assert f.response_on_time_rate is not None
        assert f.followup_on_time_rate is not None
        rates = [
            f"{f.response_on_time_rate * 100:.1f}",
            f"{f.followup_on_time_rate * 100:.1f}",
            str(f.rating_count),
        ]
        assert any(r[0] == str(f.total) and r[-5:-2] == rates for r in rows), (f.key, rows)


def test_the_csv_has_the_ratings_and_target_rates(tmp_path: Path) -> None:
    s = _rated_summary()
    path = export_summary_csv(s, tmp_path / "dasbor.csv", "Dasbor")
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    header = next(r for r in rows if r and r[0] == "Nama")
    for name in (
        "Jumlah penilaian warga",
        "Nilai warga rata-rata (1-5)",
        "Respons dalam 24 jam (%)",
        "Tindak lanjut dalam 7 hari (%)",
    ):
        assert name in header, header
    col = {name: header.index(name) for name in header}
    overall = rows[rows.index(["Keseluruhan"]) + 2]
    assert overall[col["Jumlah penilaian warga"]] == "3"
    assert overall[col["Nilai warga rata-rata (1-5)"]] == "3.33"
    assert overall[col["Respons dalam 24 jam (%)"]] == "80.0"
    assert overall[col["Tindak lanjut dalam 7 hari (%)"]] == "62.5"
    units = rows[rows.index(["Peringkat unit"]) + 2 :][: len(s.by_unit)]
    for f, row in zip(s.by_unit, units, strict=True):
        assert row[col["Kode"]] == f.key
        assert row[col["Jumlah penilaian warga"]] == str(f.rating_count)
        assert float(row[col["Nilai warga rata-rata (1-5)"]]) == pytest.approx(
            f.average_rating, abs=0.005
        )
        assert float(row[col["Tindak lanjut dalam 7 hari (%)"]]) == pytest.approx(
            f.followup_on_time_rate * 100, abs=0.05
        )
    # A group without ratings: 0 ratings, an empty average (not 0, which reads as a score).
    category = rows[rows.index(["Per kategori"]) + 2]
    assert category[col["Jumlah penilaian warga"]] == "0"
    assert category[col["Nilai warga rata-rata (1-5)"]] == ""


def test_the_csv_in_english_when_the_ui_is(qapp: object, tmp_path: Path) -> None:
    from officer_app import i18n
    from officer_app.store.exports import COLUMNS
    from officer_app.views.supervisor import dashboard_page

    # Every CSV column is marked for translation (a new one would stay Indonesian).
    assert tuple(name for _, name in COLUMNS) == dashboard_page._CSV_COLUMNS
    try:
        assert i18n.install_translators("en") == "en"
        labels = dashboard_page.pdf_labels()
    finally:
        i18n.install_translators("id")
    path = export_summary_csv(_rated_summary(), tmp_path / "dashboard.csv", "Dashboard", labels)
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    assert rows[1][0] == "Month"
    assert rows[1][2] == "As of"
    header = next(r for r in rows if r and r[0] == "Name")
    for name in (
        "Response within 24 hours (%)",
        "Follow-up within 7 days (%)",
        "Citizens' ratings",
        "Average citizens' rating (1-5)",
    ):
        assert name in header, header
    assert ["Overall"] in rows
    assert ["By channel"] in rows
    for words in ("Jumlah laporan", "Keseluruhan", "Nilai warga rata-rata (1-5)"):
        assert all(words not in row for row in rows), words
