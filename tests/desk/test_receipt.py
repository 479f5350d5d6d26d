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
