"""Reading the PDFs the app writes as a person reads them: text size and position
(pypdf), page fit, text runs that overlap (a header wider than its cell), and the
picture PDFium renders (issue 20: "artefacts checked as a person sees them")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fpdf import FPDF
from pypdf import PdfReader


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
