"""The receipt as PDF: what the citizen needs is there, the full NIK is not, and a
provisional number says so; citizen text stays text."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader

from crm_shared.domain import mask_nik
from officer_app.store.desk import ReceiptData
from officer_app.views.desk.receipt import FOLLOW_URL, receipt_html, save_pdf

NIK = "3171014501900001"


def _data(**kw: object) -> ReceiptData:
    values: dict[str, object] = {
        "report_id": "9f1c2d3e-0000-4000-8000-000000000001",
        "number": "JK2501020007",
        "provisional": False,
        "created_at": datetime(2025, 1, 2, 1, 30, tzinfo=UTC),
        "category": "Jalan",
        "location": "Jl. Medan Merdeka Selatan · Gambir",
        "summary": "Jalan berlubang <b>besar</b> di depan pasar",
        "channel": "Pendopo Balai Kota",
        "masked_nik": mask_nik(NIK),
    }
    values.update(kw)
    return ReceiptData(**values)  # type: ignore[arg-type]


def _text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def test_pdf_receipt_holds_what_the_citizen_needs_and_never_the_full_nik(
    qapp: object, tmp_path: Path
) -> None:
    text = _text(save_pdf(_data(), tmp_path / "r.pdf"))
    for expected in (
        "JK2501020007",
        "02-01-2025 08:30 WIB",  # Jakarta time
        "Jalan",
        "Medan Merdeka Selatan",
        "Jalan berlubang <b>besar</b> di depan pasar",  # as typed: text, not markup
        FOLLOW_URL.removeprefix("https://"),
        "JAKI",
        "privasi",
        "3171********0001",
    ):
        assert expected in text, expected
    assert NIK not in text
    assert "SEMENTARA" not in text


def test_provisional_receipt_says_so(qapp: object, tmp_path: Path) -> None:
    data = _data(number="SEMENTARA-9F1C2D3E", provisional=True, masked_nik="")
    text = _text(save_pdf(data, tmp_path / "p.pdf"))
    assert "SEMENTARA-9F1C2D3E" in text
    assert "NOMOR SEMENTARA" in text
    assert "BELUM dapat dilacak" in text
    assert "Anonim" in text


def test_citizen_text_is_escaped_in_the_document() -> None:
    html = receipt_html(_data(summary="<script>alert(1)</script>", location="<img src=x>"))
    assert "<script>" not in html
    assert "<img" not in html
    assert "&lt;script&gt;" in html


def test_receipt_prints_in_the_apps_language_indonesian_by_default(
    qapp: object, tmp_path: Path
) -> None:
    """Indonesian unless the app runs in English; then every line of it is English,
    also when the receipt is made in a worker thread."""
    import threading

    from officer_app import i18n

    data = _data(number="SEMENTARA-9F1C2D3E", provisional=True, masked_nik="")
    indonesian = _text(save_pdf(data, tmp_path / "id.pdf"))
    for words in ("Tanda Terima Pengaduan", "Nomor laporan", "Anonim", "Cara memantau"):
        assert words in indonesian, words
    try:
        assert i18n.install_translators("en") == "en"
        english = _text(save_pdf(data, tmp_path / "en.pdf"))
        made: list[str] = []
        worker = threading.Thread(target=lambda: made.append(receipt_html(data)))
        worker.start()
        worker.join(30)
    finally:
        i18n.install_translators("id")
    for words in (
        "Complaint receipt",
        "Report number",
        "Date and time",
        "Category",
        "Reporter",
        "Anonymous",
        "PROVISIONAL NUMBER",
        "NOT yet be tracked",
        "How to follow it",
        "Privacy statement",
        FOLLOW_URL.removeprefix("https://"),
        "SEMENTARA-9F1C2D3E",  # the provisional code itself is data, not a word
    ):
        assert words in english, words
    for words in ("Tanda Terima", "Nomor laporan", "Anonim", "Pantau laporan", "privasi"):
        assert words not in english, words
    assert made
    assert "Complaint receipt" in made[0]
    assert "Tanda Terima" not in made[0]
    assert "Tanda Terima Pengaduan" in receipt_html(data)  # back to Indonesian


def _text_runs(path: Path) -> list[tuple[float, float, str]]:
    """(font size in pt, x in pt, text) of every text run on the first page, the
    text matrix applied (QPdfWriter draws at 1200 dpi and scales down)."""
    runs: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if not text.strip():
            return
        # The full transform is tm x cm; its vertical scale times the font size is the
        # size on the page, its translation the position.
        a = tm[0] * cm[0] + tm[1] * cm[2]
        d = tm[2] * cm[1] + tm[3] * cm[3]
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        runs.append((abs(size * (d if d else a)), x, text))

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return runs


def test_pdf_receipt_is_readable_and_fills_the_a5_page(qapp: object, tmp_path: Path) -> None:
    """The saved PDF must read like the printout: body text at least 8 pt and the text
    spreading over most of the page width, not a 1 pt block in a corner."""
    import pypdfium2 as pdfium

    path = save_pdf(_data(), tmp_path / "r.pdf")
    page_width = float(PdfReader(path).pages[0].mediabox.width)
    assert 415 < page_width < 422  # A5: 148 mm
    runs = _text_runs(path)
    assert runs
    sizes = sorted(size for size, _x, _t in runs)
    body = sizes[len(sizes) // 2]  # the median run is body text
    assert body >= 8, sizes
    assert min(sizes) >= 7, sizes
    xs = [x for _s, x, _t in runs]
    assert min(xs) < 0.2 * page_width  # starts near the left margin ...
    assert max(xs) > 0.3 * page_width  # ... with a second column (the values) further on
    assert len(PdfReader(path).pages) == 1  # one A5 sheet to hand over
    # As a person sees it: ink across most of the width and down a good part of the page.
    rendered = pdfium.PdfDocument(str(path))[0].render(scale=100 / 72).to_pil().convert("L")
    png = tmp_path / "receipt.png"
    rendered.save(png)
    width, height = rendered.size
    dark = [(i % width, i // width) for i, v in enumerate(rendered.tobytes()) if v < 200]
    assert len(dark) > 0.02 * width * height  # ink covers a real share of the page
    dark_xs = sorted(x for x, _y in dark)
    dark_ys = sorted(y for _x, y in dark)
    assert dark_xs[-1] - dark_xs[0] > 0.7 * width
    assert dark_ys[-1] - dark_ys[0] > 0.4 * height


def test_receipt_qr_code_scans_back_to_the_tracking_url(qapp: object, tmp_path: Path) -> None:
    """The PDF as printed, rendered to an image: its QR code decodes to the tracking URL,
    the short URL and the rating code are printed beside it."""
    import pypdfium2 as pdfium
    import zxingcpp

    url = "https://crm.jakarta.go.id/lacak/JK2501020007"
    data = _data(tracking_url=url, rating_code="K7QM4TXA")
    path = save_pdf(data, tmp_path / "qr.pdf")
    text = _text(path)
    assert "crm.jakarta.go.id/lacak/JK2501020007" in text
    assert "K7QM-4TXA" in text
    image = pdfium.PdfDocument(str(path))[0].render(scale=150 / 72).to_pil()
    found = zxingcpp.read_barcodes(image)
    assert [(r.format.name, r.text) for r in found] == [("QRCode", url)]


def test_receipt_without_an_official_number_has_no_qr_but_keeps_the_rating_code(
    qapp: object, tmp_path: Path
) -> None:
    import pypdfium2 as pdfium
    import zxingcpp

    data = _data(number="SEMENTARA-9F1C2D3E", provisional=True, rating_code="K7QM4TXA")
    path = save_pdf(data, tmp_path / "p.pdf")
    assert "K7QM-4TXA" in _text(path)
    assert "/lacak/" not in _text(path)
    image = pdfium.PdfDocument(str(path))[0].render(scale=150 / 72).to_pil()
    assert zxingcpp.read_barcodes(image) == []


def test_a_long_complaint_with_the_qr_code_still_fits_one_readable_sheet(
    qapp: object, tmp_path: Path
) -> None:
    """The QR block, a long location and a long summary together spilled two lines onto
    a second page (seen in the desk's smoke run): the receipt shrinks its text down to
    8 pt, then shortens the summary on paper, and stays one A5 sheet that still scans."""
    import pypdfium2 as pdfium
    import zxingcpp

    url = "https://crm.jakarta.go.id/lacak/JK2501020007"
    for words in (40, 400):
        summary = " ".join(["Lampu penerangan jalan mati sejak tiga hari"] * (words // 7))
        data = _data(
            tracking_url=url,
            rating_code="K7QM4TXA",
            summary=summary,
            location="Jl. Medan Merdeka Selatan No. 8 · Kelurahan Gambir · -6.18150, 106.82860",
        )
        path = save_pdf(data, tmp_path / f"long-{words}.pdf")
        assert len(PdfReader(path).pages) == 1, words
        sizes = [size for size, _x, _t in _text_runs(path)]
        assert min(sizes) >= 7.9, (words, sorted(sizes)[:5])
        text = _text(path)
        assert "K7QM-4TXA" in text
        assert "Lampu penerangan" in text
        image = pdfium.PdfDocument(str(path))[0].render(scale=150 / 72).to_pil()
        assert [r.text for r in zxingcpp.read_barcodes(image)] == [url]
