"""Journey: a desk clerk files a walk-in complaint at 1366x768, mistypes the phone
number, sees what stops the save, corrects it, saves, and saves the citizen's receipt
as PDF, by mouse and keyboard through the real widgets (issue 20). The PDF is read
as the citizen gets it. The count is kept in docs/user-guide.md."""

from __future__ import annotations

from pathlib import Path

import pytest
from journey_support import JOURNEY_SIZE, Interactions, answer_file_dialogs
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from test_accessible_names import _open_as

from central_server.testing import LiveServer
from crm_shared.domain import mask_nik

pytestmark = pytest.mark.slow

NAME = "Siti Aminah"
NIK = "3171014501900001"
BAD_PHONE = "0812345"
PHONE = "0812-3456-7890"
COMPLAINT = "Lampu penerangan jalan di depan sekolah mati sejak tiga hari, jalan gelap."
ADDRESS = "Jl. Medan Merdeka Selatan No. 8"

# The stated number (docs/user-guide.md): name, NIK and phone (click + type each),
# the privacy-notice tick, the complaint (click + type), a scroll and the suggested
# category, a scroll and the kelurahan (click, select all, type, Enter), the address
# (click + type), Simpan; the correction (select all, type), Simpan; the PDF (button,
# file). 1366x768 shows the form down to the complaint: two scrolls.
MAX_INTERACTIONS = 24


def test_desk_clerk_corrects_a_mistake_saves_and_keeps_the_receipt_pdf(
    qtbot, server_factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server: LiveServer = server_factory(n_reports=20, seed=2)
    window = _open_as(qtbot, server.url, "desk.demo", tmp_path)
    assert (window.width(), window.height()) == JOURNEY_SIZE
    window.activateWindow()
    qtbot.waitActive(window)
    page = window.page_for["desk"]
    qtbot.waitUntil(lambda: page.isVisible() and page.category.count() > 1, timeout=30_000)
    steps = Interactions()
    scroll = page.form_scroll

    for field, text, what in (
        (page.name, NAME, "the name"),
        (page.nik, NIK, "the NIK"),
        (page.phone, BAD_PHONE, "the phone (one digit group short)"),
    ):
        steps.scroll_to(scroll, field, what)
        steps.click(field, what)
        steps.type(field, text, what)
    steps.scroll_to(scroll, page.notice.given_box, "the privacy notice")
    box = page.notice.given_box
    steps.click(box, "notice given", QPoint(8, box.height() // 2))  # on its tick box
    assert page.notice.given_box.isChecked()
    steps.scroll_to(scroll, page.description, "the complaint")
    steps.click(page.description, "the complaint")
    steps.type(page.description, COMPLAINT, "the complaint")
    first = page.suggest_buttons[0]
    qtbot.waitUntil(first.isVisible, timeout=10_000)  # suggested as the clerk types
    steps.scroll_to(scroll, first, "the suggestion")
    steps.click(first, f"the suggested category {first.text()!r}")
    assert page.category.currentData() is not None

    kelurahan = page.kelurahan
    gambir = next(
        kelurahan.itemText(i)
        for i in range(kelurahan.count())
        if kelurahan.itemText(i).removeprefix("Kelurahan ") == "Gambir"
    )
    steps.scroll_to(scroll, kelurahan, "the kelurahan")
    steps.click(kelurahan, "the kelurahan")
    # The field shows "— pilih kelurahan —": select it, so what is typed replaces it.
    steps.key(kelurahan, Qt.Key.Key_A, "select all", Qt.KeyboardModifier.ControlModifier)
    steps.type(kelurahan, gambir, "the kelurahan's name")
    steps.key(kelurahan, Qt.Key.Key_Return, "Enter")
    assert kelurahan.currentText() == gambir
    assert page.location.kelurahan_code == kelurahan.currentData()
    steps.scroll_to(scroll, page.address, "the address")
    steps.click(page.address, "the address")
    steps.type(page.address, ADDRESS, "the address")

    # The mistake: the save is refused, and what stops it shows above the form, on
    # screen, with the phone field marked and focused.
    steps.click(page.save_button, "Simpan")
    assert page.last_receipt is None
    assert page.errors.isVisible()
    assert not page.errors.visibleRegion().isEmpty()
    assert "telepon" in page.errors.text().lower(), page.errors.text()
    assert "border" in page.phone.styleSheet()
    assert page.phone.hasFocus()
    assert page.phone_hint.text()  # the field's own hint says it too

    steps.key(page.phone, Qt.Key.Key_A, "select all", Qt.KeyboardModifier.ControlModifier)
    steps.type(page.phone, PHONE, "the corrected phone")
    assert not page.errors.isVisible()  # the list follows the correction
    steps.click(page.save_button, "Simpan")
    qtbot.waitUntil(lambda: page.last_receipt is not None, timeout=30_000)
    receipt = page.last_receipt

    target = tmp_path / "tanda-terima.pdf"
    answer_file_dialogs(monkeypatch, lambda: [str(target)])
    steps.click(page.pdf_button, "Simpan sebagai PDF")
    steps.choose_in_file_dialog("where the PDF goes")
    qtbot.waitUntil(target.exists, timeout=10_000)

    reader = PdfReader(target)
    assert len(reader.pages) == 1
    text = " ".join((reader.pages[0].extract_text() or "").split())
    assert receipt.number in text
    assert "Medan Merdeka Selatan" in text
    assert "Gambir" in text
    assert mask_nik(NIK) in text
    assert NIK not in text  # never the full NIK on paper
    assert "Tanda Terima Pengaduan" in text  # Indonesian, the app's language
    from desk.test_receipt import _text_runs

    sizes = sorted(size for size, _x, _t in _text_runs(target))
    assert sizes[len(sizes) // 2] >= 8, sizes  # readable, not 1 pt in a corner

    print(f"desk journey: {steps.count} interactions: {steps.steps}")
    assert steps.count <= MAX_INTERACTIONS, steps.steps
