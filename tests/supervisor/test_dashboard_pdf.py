"""The dashboard PDF as a person sees it: readable text inside the page, headers that
stay in their cells, names instead of codes, Jakarta time, charts drawn, and the
app's language (issue 20 point 12)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fpdf import FPDF
from pypdf import PdfReader

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


def text_runs(path: Path) -> list[dict[str, Any]]:
    """Every text run of every page: page, size (pt), x, y, width (pt) and text."""
    measure = FPDF(unit="pt")
    runs: list[dict[str, Any]] = []
    for number, page in enumerate(PdfReader(path).pages):

        def visit(
            text: str, cm: list[float], tm: list[float], font: Any, size: float, n: int = number
        ) -> None:
            if not text.strip() or font is None:
                return
            scale = tm[3] * cm[3] if tm[3] * cm[3] else tm[0] * cm[0]
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            base = str(font.get("/BaseFont", "/Helvetica")).lstrip("/")
            style = ("B" if "Bold" in base else "") + ("I" if "Oblique" in base else "")
            measure.set_font("Helvetica", style, abs(size * scale))
            width = measure.get_string_width(text.rstrip())
            runs.append(
                {"page": n, "size": abs(size * scale), "x": x, "y": y, "w": width, "text": text}
            )

        page.extract_text(visitor_text=visit)
    return runs


def check_readable(path: Path) -> tuple[str, list[dict[str, Any]]]:
    """Text at least 8 pt, inside the page, no two runs of a line on top of each other
    (a header wider than its cell runs into its neighbour). Returns the whole text."""
    reader = PdfReader(path)
    runs = text_runs(path)
    assert runs
    for run in runs:
        box = reader.pages[run["page"]].mediabox
        assert run["size"] >= 8, run
        assert run["x"] >= 0, run
        assert run["x"] + run["w"] <= float(box.width), run
        assert run["size"] <= run["y"] <= float(box.height), run
    lines: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for run in runs:
        lines.setdefault((run["page"], round(run["y"])), []).append(run)
    for line in lines.values():
        line.sort(key=lambda r: r["x"])
        for left, right in zip(line, line[1:], strict=False):
            assert left["x"] + left["w"] <= right["x"] + 0.5, (left, right)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    return text, runs


def chart_ink(path: Path, png: Path) -> dict[str, int]:
    """Coloured (not grey) pixels per quarter of the first page's chart area, as
    rendered by PDFium; the PNG is saved for a person to look at."""
    import pypdfium2 as pdfium

    image = pdfium.PdfDocument(str(path))[0].render(scale=1.5).to_pil().convert("RGB")
    image.save(png)
    width, height = image.size
    counts: dict[str, int] = {}
    for name, (x0, y0, x1, y1) in {
        "top-left": (0.0, 0.28, 0.5, 0.62),
        "top-right": (0.5, 0.28, 1.0, 0.62),
        "bottom-left": (0.0, 0.62, 0.5, 0.97),
        "bottom-right": (0.5, 0.62, 1.0, 0.97),
    }.items():
        box = image.crop((int(x0 * width), int(y0 * height), int(x1 * width), int(y1 * height)))
        data = box.tobytes()
        counts[name] = sum(
            1 for i in range(0, len(data), 3) if max(data[i : i + 3]) - min(data[i : i + 3]) > 60
        )
    return counts


def test_dashboard_pdf_has_charts_names_and_jakarta_time(tmp_path: Path) -> None:
    path = export_summary_pdf(_summary(), tmp_path / "dasbor.pdf", "Dasbor Kecamatan Gambir")
    text, runs = check_readable(path)
    assert "05-12-2026 09:15 WIB" in text  # Jakarta time, the app's date format
    assert "UTC" not in text
    assert "cat-" not in text  # names, never internal codes
    for name in ("Sampah", "Jalan Rusak", "Tidak dikenal", "Tanpa kelurahan", "JAKI"):
        assert name in text, name
    # Indonesian by default; the charts are named and every bar has its value in text.
    for words in ("Status laporan", "Selesai", "Lewat tenggat", "target 24 jam", "300 (60 %)"):
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
    for words in ("Report status", "Done", "Overdue", "Completion rate per unit", "Unknown"):
        assert words in text, words
    assert "09:15 WIB" in text
    for words in ("Selesai", "Lewat tenggat", "Tidak dikenal", "Keseluruhan"):
        assert words not in text, words
