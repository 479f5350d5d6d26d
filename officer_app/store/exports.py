"""Exports of the dashboard: CSV (safe against formula injection) and PDF (no Qt).

A CSV opened in a spreadsheet runs any cell that starts with ``=``, ``+``, ``-``
or ``@`` as a formula (and tab / carriage return can smuggle one in): category
names and unit names travel through the server and must never become formulas on
a supervisor's PC. Every such text cell is prefixed with ``'`` (OWASP's advice);
numbers are written as numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from crm_shared.protocol.wire import StatsFigures, StatsSummary
from officer_app.store.page_mark import page_mark

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

COLUMNS: tuple[tuple[str, str], ...] = (
    ("label", "Nama"),
    ("key", "Kode"),
    ("total", "Jumlah laporan"),
    ("completed", "Selesai"),
    ("rejected", "Ditolak"),
    ("open", "Terbuka"),
    ("overdue", "Lewat tenggat"),
    ("completion_rate", "Tingkat penyelesaian (%)"),
    ("median_response_hours", "Median respons (jam)"),
    ("median_followup_hours", "Median tindak lanjut (jam)"),
    ("rank", "Peringkat"),
)

SECTIONS: tuple[tuple[str, str], ...] = (
    ("by_unit", "Peringkat unit"),
    ("by_kelurahan", "Per kelurahan"),
    ("by_category", "Per kategori"),
    ("by_channel", "Per kanal"),
    ("by_month", "Per bulan"),
)


def safe_cell(value: Any) -> Any:
    """A cell value a spreadsheet shows as text, never runs as a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, int | float):
        return value
    text = str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def write_csv(rows: Iterable[Sequence[Any]], target: Path | io.StringIO) -> None:
    """Rows to CSV (UTF-8 with BOM for spreadsheets), every cell made safe."""
    if isinstance(target, Path):
        with open(target, "w", newline="", encoding="utf-8-sig") as fh:
            _write(rows, fh)
    else:
        _write(rows, target)


def _write(rows: Iterable[Sequence[Any]], fh: Any) -> None:
    writer = csv.writer(fh)
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])


def _value(f: StatsFigures, name: str) -> Any:
    value = getattr(f, name)
    if name == "completion_rate" and value is not None:
        return round(value * 100, 1)
    if isinstance(value, float):
        return round(value, 1)
    return value


def summary_rows(summary: StatsSummary, title: str = "") -> list[list[Any]]:
    """The dashboard as table rows: the overall figures, then each section."""
    rows: list[list[Any]] = []
    if title:
        rows.append([title])
    rows.append(["Bulan", summary.month or "Semua", "Per", summary.at.isoformat()])
    header = [label for _, label in COLUMNS]
    rows.append([])
    rows.append(["Keseluruhan"])
    rows.append(header)
    rows.append([_value(summary.overall, c) for c, _ in COLUMNS])
    for attr, section in SECTIONS:
        rows.append([])
        rows.append([section])
        rows.append(header)
        rows.extend([_value(f, c) for c, _ in COLUMNS] for f in getattr(summary, attr))
    return rows


def export_summary_csv(summary: StatsSummary, path: Path, title: str = "") -> Path:
    write_csv(summary_rows(summary, title), path)
    return path


def export_summary_pdf(summary: StatsSummary, path: Path, title: str = "") -> Path:
    """A landscape A4 report of the dashboard's tables (fpdf2, core fonts)."""
    from fpdf import FPDF

    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.set_auto_page_break(auto=True, margin=12)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 9, _latin1(title or "Dasbor unit"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    period = f"Bulan: {summary.month or 'semua'} - per {summary.at:%Y-%m-%d %H:%M} UTC"
    pdf.cell(0, 6, _latin1(period), new_x="LMARGIN", new_y="NEXT")
    widths = (62, 26, 18, 16, 16, 16, 20, 28, 26, 30, 18)
    header = [label for _, label in COLUMNS]

    def table(name: str, figures: Sequence[StatsFigures]) -> None:
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(0, 7, _latin1(name), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "B", 6.5)
        for w, h in zip(widths, header, strict=True):
            pdf.cell(w, 6, _latin1(h), border=1)
        pdf.ln()
        pdf.set_font("Helvetica", "", 7)
        for f in figures:
            for w, (col, _) in zip(widths, COLUMNS, strict=True):
                value = _value(f, col)
                cell = "" if value is None else str(value)
                pdf.cell(w, 5, _latin1(cell)[:48], border=1)
            pdf.ln()

    table("Keseluruhan", [summary.overall])
    for attr, section in SECTIONS:
        table(section, getattr(summary, attr))
    _stamp_pages(pdf)
    pdf.output(str(path))
    return path


def _stamp_pages(pdf: Any) -> None:
    """Training mode: the page mark ("LATIHAN") at the top of every page."""
    mark = page_mark()
    if not mark:
        return
    for number in range(1, pdf.pages_count + 1):
        pdf.page = number
        pdf.set_xy(pdf.l_margin, 3)
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_text_color(176, 0, 0)
        pdf.cell(0, 6, _latin1(mark), align="R")
        pdf.set_text_color(0, 0, 0)


def _latin1(text: str) -> str:
    # The PDF core fonts cover Latin-1 (Indonesian needs no more); others become "?".
    return text.encode("latin-1", "replace").decode("latin-1")
