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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crm_shared.domain import JAKARTA_TZ
from crm_shared.protocol.wire import StatsFigures, StatsSummary
from crm_shared.stats import FOLLOWUP_TARGET_HOURS, RESPONSE_TARGET_HOURS
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
    ("response_on_time_rate", "Respons dalam 24 jam (%)"),
    ("followup_on_time_rate", "Tindak lanjut dalam 7 hari (%)"),
    ("rating_count", "Jumlah penilaian warga"),
    ("average_rating", "Nilai warga rata-rata (1-5)"),
    ("rank", "Peringkat"),
)
_PERCENT = ("completion_rate", "response_on_time_rate", "followup_on_time_rate")

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
    if name in _PERCENT and value is not None:
        return round(value * 100, 1)
    if name == "average_rating" and value is not None:
        return round(value, 2)
    if isinstance(value, float):
        return round(value, 1)
    return value


def summary_rows(
    summary: StatsSummary, title: str = "", labels: PdfLabels | None = None
) -> list[list[Any]]:
    """The dashboard as table rows: the overall figures, then each section; the words
    in the app's language (``labels``, Indonesian by default)."""
    words = labels or PdfLabels()
    rows: list[list[Any]] = []
    if title:
        rows.append([title])
    month = summary.month or words.all_months
    rows.append([words.month, month, words.as_of, summary.at.isoformat()])
    header = list(words.columns)
    rows.append([])
    rows.append([words.overall])
    rows.append(header)
    rows.append([_value(summary.overall, c) for c, _ in COLUMNS])
    for (attr, _), section in zip(SECTIONS, words.sections, strict=True):
        rows.append([])
        rows.append([section])
        rows.append(header)
        rows.extend([_value(f, c) for c, _ in COLUMNS] for f in getattr(summary, attr))
    return rows


def export_summary_csv(
    summary: StatsSummary, path: Path, title: str = "", labels: PdfLabels | None = None
) -> Path:
    write_csv(summary_rows(summary, title, labels), path)
    return path


@dataclass(frozen=True)
class PdfLabels:
    """Every word of the dashboard's PDF and CSV; Indonesian by default, the view passes
    its translations (the core has no Qt)."""

    title: str = "Dasbor unit"
    month: str = "Bulan"
    all_months: str = "semua"
    made_at: str = "dibuat"
    reports: str = "Laporan"
    completion: str = "Tingkat penyelesaian"
    median_response: str = "Median waktu respons"
    median_followup: str = "Median waktu tindak lanjut"
    hours: str = "jam"
    days: str = "hari"
    completed: str = "Selesai"
    open_on_time: str = "Terbuka, belum lewat tenggat"
    overdue: str = "Lewat tenggat"
    rejected: str = "Ditolak"
    status_chart: str = "Status laporan"
    unit_chart: str = "Tingkat penyelesaian per unit"
    response_chart: str = "Median waktu respons per unit (target 24 jam)"
    followup_chart: str = "Median waktu tindak lanjut per unit (target 7 hari)"
    response_rate: str = "Respons dalam 24 jam"
    followup_rate: str = "Tindak lanjut dalam 7 hari"
    response_rate_chart: str = "Respons dalam 24 jam per unit"
    followup_rate_chart: str = "Tindak lanjut dalam 7 hari per unit"
    target: str = "target"
    within_target: str = "memenuhi target"
    over_target: str = "lewat target"
    no_data: str = "belum ada data"
    more_units: str = "%1 unit lain: lihat tabel"
    overall: str = "Keseluruhan"
    sections: tuple[str, ...] = tuple(name for _, name in SECTIONS)
    name: str = "Nama"
    total: str = "Jumlah laporan"
    open: str = "Terbuka"
    completion_pct: str = "Penyelesaian (%)"
    response_hours: str = "Median respons (jam)"
    followup_hours: str = "Median tindak lanjut (jam)"
    rating: str = "Nilai warga (1-5)"
    rating_count: str = "Penilaian warga"
    rating_average: str = "Nilai rata-rata (1-5)"
    rank: str = "Peringkat"
    no_kelurahan: str = "Tanpa kelurahan"
    unknown: str = "Tidak dikenal"
    as_of: str = "Per tanggal"  # the CSV: "as of <moment>"
    columns: tuple[str, ...] = tuple(name for _, name in COLUMNS)  # the CSV's headers


# Colours with text beside them (never colour alone); the overdue bar is also hatched
# and the rejected one only outlined, so a grey printout still tells them apart.
_INK = (32, 32, 32)
_GREEN = (27, 94, 32)
_BLUE = (30, 100, 200)
_RED = (198, 40, 40)
_GREY = (120, 120, 120)
_CHART_ROWS = 8  # units per chart; the rest are in the tables
_TEXT_PT = 8  # nothing smaller: readable on paper


def display_name(f: StatsFigures, grouping: str, labels: PdfLabels) -> str:
    """A group's name as a person reads it, never an internal code (``cat-...``)."""
    if grouping == "month" or (f.label and f.label != f.key):
        return f.label or f.key
    if grouping == "kelurahan" and not f.key:
        return labels.no_kelurahan
    return labels.unknown  # no name known for this code


def export_summary_pdf(
    summary: StatsSummary,
    path: Path,
    title: str = "",
    labels: PdfLabels | None = None,
) -> Path:
    """A landscape A4 report of the dashboard: key figures and charts on the first
    page, then every table (fpdf2 with its core fonts, drawn without Qt). The lower
    charts show the summary's two target rates per unit (24-hour response, 7-day
    follow-up); when no report's window has passed yet (or the summary comes from a
    peer without them), each unit's median time against its target."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    words = labels or PdfLabels()
    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.set_auto_page_break(auto=True, margin=12)
    pdf.set_margins(12, 12, 12)
    pdf.set_text_color(*_INK)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, _latin1(title or words.title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    when = summary.at.astimezone(JAKARTA_TZ).strftime("%d-%m-%Y %H:%M WIB")
    period = f"{words.month}: {summary.month or words.all_months} · {words.made_at} {when}"
    pdf.cell(0, 6, _latin1(period), new_x="LMARGIN", new_y="NEXT")
    _key_figures(pdf, summary.overall, words)

    top = pdf.get_y() + 3
    half = (pdf.epw - 8) / 2
    left, right = pdf.l_margin, pdf.l_margin + half + 8
    height = (pdf.h - 14 - top - 6) / 2
    units = sorted(summary.by_unit, key=lambda f: (-f.total, f.label))
    named = [(display_name(f, "unit", words), f) for f in units]
    _status_chart(pdf, left, top, half, height, summary.overall, words)
    _bar_chart(
        pdf,
        (right, top, half, height),
        words.unit_chart,
        [(n, f.completion_rate) for n, f in named],
        1.0,
        lambda v: f"{v * 100:.1f} %",
        None,
        words,
    )
    lower = [(left, top + height + 6, half, height), (right, top + height + 6, half, height)]
    o = summary.overall
    if o.response_on_time_rate is not None or o.followup_on_time_rate is not None:
        for box, chart, share in zip(
            lower,
            (words.response_rate_chart, words.followup_rate_chart),
            ("response_on_time_rate", "followup_on_time_rate"),
            strict=True,
        ):
            _bar_chart(
                pdf,
                box,
                chart,
                [(n, getattr(f, share)) for n, f in named],
                1.0,
                lambda v: f"{v * 100:.1f} %",
                None,
                words,
            )
    else:
        _bar_chart(
            pdf,
            lower[0],
            words.response_chart,
            [(n, f.median_response_hours) for n, f in named],
            RESPONSE_TARGET_HOURS,
            lambda v: f"{v:.1f} {words.hours}",
            RESPONSE_TARGET_HOURS,
            words,
        )
        _bar_chart(
            pdf,
            lower[1],
            words.followup_chart,
            [(n, f.median_followup_hours) for n, f in named],
            FOLLOWUP_TARGET_HOURS,
            lambda v: f"{v:.1f} {words.hours}",
            FOLLOWUP_TARGET_HOURS,
            words,
        )

    pdf.add_page()
    pdf.set_fill_color(255, 255, 255)
    pdf.set_draw_color(*_GREY)
    columns = [
        words.name,
        words.total,
        words.completed,
        words.rejected,
        words.open,
        words.overdue,
        words.completion_pct,
        words.response_hours,
        words.followup_hours,
        # The province's two checks, as rates beside the medians.
        f"{words.response_rate} (%)",
        f"{words.followup_rate} (%)",
        words.rating_count,
        words.rating_average,
    ]

    def table(name: str, grouping: str, figures: Sequence[StatsFigures]) -> None:
        ranked = grouping == "unit"
        heads = [*columns, words.rank] if ranked else columns
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 7, _latin1(name), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", _TEXT_PT)
        # 14 columns fill the 273 mm width; "Penyelesaian (%)" needs a little more
        # than the others to stay one word in bold.
        widths = [17.5] * len(heads)
        widths[0], widths[columns.index(words.completion_pct)] = 38, 21.5
        with pdf.table(
            col_widths=widths,
            width=min(pdf.epw, sum(widths)),
            align="LEFT",
            text_align=tuple("LEFT" if i == 0 else "RIGHT" for i in range(len(heads))),
            headings_style=FontFace(emphasis="BOLD", fill_color=(235, 238, 242)),
            line_height=4.2,
            padding=1,
        ) as t:
            header = t.row()
            for head in heads:
                header.cell(_latin1(head))
            for f in figures:
                cells = [
                    display_name(f, grouping, words) if grouping else words.overall,
                    f.total,
                    f.completed,
                    f.rejected,
                    f.open,
                    f.overdue,
                    _percent(f.completion_rate),
                    _rounded(f.median_response_hours),
                    _rounded(f.median_followup_hours),
                    _percent(f.response_on_time_rate),
                    _percent(f.followup_on_time_rate),
                    f.rating_count,
                    None if f.average_rating is None else f"{f.average_rating:.1f}",
                ]
                if ranked:
                    cells.append(f.rank)
                row = t.row()
                for value in cells:
                    row.cell(_latin1("-" if value is None else str(value)))

    table(words.overall, "", [summary.overall])
    groupings = ("unit", "kelurahan", "category", "channel", "month")
    for (attr, _), name, grouping in zip(SECTIONS, words.sections, groupings, strict=True):
        table(name, grouping, getattr(summary, attr))
    _stamp_pages(pdf)
    pdf.output(str(path))
    return path


def _percent(rate: float | None) -> float | None:
    return None if rate is None else round(rate * 100, 1)


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _key_figures(pdf: Any, o: StatsFigures, words: PdfLabels) -> None:
    hours = words.hours

    def share(value: float | None) -> str:
        return "-" if value is None else f"{value * 100:.1f} %"

    items = [
        (words.reports, str(o.total)),
        (
            words.completion,
            "-" if o.completion_rate is None else f"{o.completion_rate * 100:.1f} %",
        ),
        (
            words.median_response,
            "-" if o.median_response_hours is None else f"{o.median_response_hours:.1f} {hours}",
        ),
        (
            words.median_followup,
            "-" if o.median_followup_hours is None else f"{o.median_followup_hours:.1f} {hours}",
        ),
        (words.overdue, str(o.overdue)),
        (words.rating, rating_text(o)),
    ]
    items.insert(3, (words.response_rate, share(o.response_on_time_rate)))
    items.insert(5, (words.followup_rate, share(o.followup_on_time_rate)))
    width = pdf.epw / len(items)
    y = pdf.get_y() + 2
    for i, (name, value) in enumerate(items):
        x = pdf.l_margin + i * width
        pdf.set_draw_color(*_GREY)
        pdf.rect(x + 1, y, width - 2, 17)  # room for a name on two lines
        pdf.set_xy(x + 2, y + 1)
        pdf.set_font("Helvetica", "", 9)
        pdf.multi_cell(width - 4, 4, _latin1(name), align="L", new_x="LEFT", new_y="NEXT")
        pdf.set_xy(x + 2, y + 10)
        pdf.set_font("Helvetica", "B", 13)
        pdf.cell(width - 4, 6, _latin1(value))
    pdf.set_xy(pdf.l_margin, y + 18)


def rating_text(f: StatsFigures) -> str:
    """The average rating and how many gave it, e.g. "4.2 (12)"; "-" when none."""
    if not f.rating_count or f.average_rating is None:
        return "-"
    return f"{f.average_rating:.1f} ({f.rating_count})"


def _chart_title(pdf: Any, x: float, y: float, w: float, title: str) -> None:
    pdf.set_font("Helvetica", "B", 10)
    pdf.set_xy(x, y)
    pdf.cell(w, 6, _latin1(title))
    pdf.set_draw_color(*_GREY)
    pdf.rect(x, y, w, 0.01)


def _hatch(pdf: Any, x: float, y: float, w: float, h: float) -> None:
    """Diagonal white lines over a bar: its pattern, besides its colour and label."""
    if w <= 0:
        return
    pdf.set_draw_color(255, 255, 255)
    pdf.set_line_width(0.35)
    with pdf.rect_clip(x, y, w, h):
        step = 1.6
        offset = -h
        while offset < w:
            pdf.line(x + offset, y + h, x + offset + h, y)
            offset += step
    pdf.set_line_width(0.2)


def _status_chart(
    pdf: Any, x: float, y: float, w: float, h: float, o: StatsFigures, words: PdfLabels
) -> None:
    """One horizontal bar per status, each named and counted in text."""
    _chart_title(pdf, x, y, w, words.status_chart)
    rows = [
        (words.completed, o.completed, _GREEN, "solid"),
        (words.open_on_time, o.open - o.overdue, _BLUE, "solid"),
        (words.overdue, o.overdue, _RED, "hatched"),
        (words.rejected, o.rejected, _GREY, "outline"),
    ]
    _bars(
        pdf,
        x,
        y + 8,
        w,
        h - 8,
        [(n, float(v), c, kind) for n, v, c, kind in rows],
        o.total,
        lambda v: f"{int(v)} ({v / o.total * 100:.0f} %)" if o.total else "0",
        None,
        words,
    )


def _bar_chart(
    pdf: Any,
    box: tuple[float, float, float, float],
    title: str,
    values: Sequence[tuple[str, float | None]],
    scale: float,
    text: Any,
    target: float | None,
    words: PdfLabels,
) -> None:
    x, y, w, h = box
    _chart_title(pdf, x, y, w, title)
    shown = list(values[:_CHART_ROWS])
    top = max([scale, *(v for _, v in shown if v is not None)])
    rows = []
    for name, value in shown:
        late = target is not None and value is not None and value > target
        rows.append((name, value, _RED if late else _GREEN, "hatched" if late else "solid"))

    def label(v: float) -> str:
        if target is None:
            return str(text(v))
        return f"{text(v)} · {words.over_target if v > target else words.within_target}"

    _bars(pdf, x, y + 8, w, h - 14, rows, top, label, target, words)
    rest = len(values) - len(shown)
    if rest > 0:
        pdf.set_font("Helvetica", "I", _TEXT_PT)
        pdf.set_xy(x, y + h - 5)
        pdf.cell(w, 4, _latin1(words.more_units.replace("%1", str(rest))))


def _bars(
    pdf: Any,
    x: float,
    y: float,
    w: float,
    h: float,
    rows: Sequence[tuple[str, float | None, tuple[int, int, int], str]],
    top: float,
    label: Any,
    target: float | None,
    words: PdfLabels,
) -> None:
    """Horizontal bars: the name on the left (cut to its room), the value in text at
    the bar's end; an optional dashed target line, named."""
    if not rows:
        pdf.set_font("Helvetica", "I", 9)
        pdf.set_xy(x, y + 2)
        pdf.cell(w, 5, _latin1(words.no_data))
        return
    name_w = min(w * 0.36, 62)
    value_w = 40
    bar_x, bar_w = x + name_w + 2, w - name_w - value_w - 4
    pitch = min(8.0, h / len(rows))
    bar_h = pitch * 0.62
    if target is not None and top:  # first, so the bars' texts are drawn over it
        line_x = bar_x + bar_w * target / top
        bottom = y + len(rows) * pitch
        pdf.set_draw_color(*_INK)
        with pdf.local_context(dash_pattern={"dash": 1, "gap": 1}):
            pdf.line(line_x, y - 1, line_x, bottom)
        pdf.set_font("Helvetica", "", _TEXT_PT)
        pdf.set_xy(line_x - 15, bottom)
        days = target >= 48 and target % 24 == 0  # 168 hours reads as 7 days
        amount = f"{target / 24:.0f} {words.days}" if days else f"{target:.0f} {words.hours}"
        pdf.cell(30, 4, _latin1(f"{words.target} {amount}"), align="C")
    pdf.set_font("Helvetica", "", 9)
    for i, (name, value, colour, kind) in enumerate(rows):
        row_y = y + i * pitch
        pdf.set_xy(x, row_y)
        pdf.cell(name_w, bar_h, _latin1(_fit(pdf, name, name_w)), align="R")
        if value is None:
            pdf.set_xy(bar_x, row_y)
            pdf.cell(bar_w, bar_h, _latin1(words.no_data))
            continue
        length = bar_w * (value / top if top else 0)
        pdf.set_fill_color(*colour)
        pdf.set_draw_color(*colour)
        pdf.rect(bar_x, row_y, max(length, 0.3), bar_h, style="D" if kind == "outline" else "DF")
        if kind == "hatched":
            _hatch(pdf, bar_x, row_y, length, bar_h)
        pdf.set_xy(bar_x + length + 1.5, row_y)
        shown = _latin1(str(label(value)))
        pdf.set_fill_color(255, 255, 255)  # the value stays readable over the target line
        pdf.cell(pdf.get_string_width(shown) + 1, bar_h, shown, fill=True)


def _fit(pdf: Any, text: str, width: float) -> str:
    """``text`` fitted to ``width`` in the current font: "Kelurahan " and "Kecamatan "
    dropped (as the screen's charts do), then cut in the middle, so names that differ
    only at their end ("Petojo Utara", "Petojo Selatan") stay apart."""
    text = text.removeprefix("Kelurahan ").removeprefix("Kecamatan ")

    def fits(candidate: str) -> bool:
        return bool(pdf.get_string_width(_latin1(candidate)) <= width - 1)

    if fits(text):
        return text
    head, tail = text[: len(text) // 2], text[len(text) // 2 :]
    while head and tail and not fits(head.rstrip() + "..." + tail.lstrip()):
        if len(head) >= len(tail):
            head = head[:-1]
        else:
            tail = tail[1:]
    return head.rstrip() + "..." + tail.lstrip()


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
