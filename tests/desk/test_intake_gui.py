"""The desk pages with pytest-qt (offscreen) against a real server: live NIK and
phone checks, the suggestion (which never blocks saving), saving -> receipt with
a leased number, the PDF, and today's queue."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from page_host import StubHost
from PySide6.QtCore import Qt
from sqlalchemy import select

from central_server.testing import LiveServer
from crm_shared.domain.rating import ALPHABET
from officer_app import workers
from officer_app.app import Connection, WorkstationServices
from officer_app.profile import Profile
from officer_app.store.desk import RATING_CODE_PREFIX
from officer_app.store.identity_vault import count_entries
from officer_app.store.schema import Meta, OutboxItem, Report
from officer_app.sync.http_backend import HttpBackend
from officer_app.views.desk.intake_page import DeskIntakePage
from officer_app.views.desk.queue_page import DeskQueuePage
from officer_app.views.services import OfficerView

from .conftest import CITIZENS, PASSWORD

pytestmark = pytest.mark.slow
SHOTS = os.environ.get("DESK_SCREENSHOTS")  # a directory: save screenshots to look at


@pytest.fixture
def services(
    server_factory: Callable[..., LiveServer], tmp_path: Path, qapp: object
) -> Iterator[WorkstationServices]:
    server = server_factory(n_reports=20, seed=2)
    backend = HttpBackend(server.url)
    token = backend.login("desk.demo", PASSWORD)
    o = token.officer
    officer = OfficerView(o.id, o.name, o.role, o.unit_id, o.unit_name)
    svc = WorkstationServices(
        Connection(officer, Profile(tmp_path / "profile"), server.url, backend, PASSWORD)
    )
    assert svc.sync(lambda _p: None, lambda: False).online
    yield svc
    workers.cancel_all()
    workers.wait_for_all(20_000)
    svc.close()


def _page(qtbot: Any, services: WorkstationServices) -> DeskIntakePage:
    page = DeskIntakePage(StubHost(services))
    qtbot.addWidget(page)
    page.resize(1280, 820)
    page.show()
    qtbot.waitUntil(lambda: page.category.count() > 1, timeout=10_000)  # read in a worker
    return page


def _count(services: WorkstationServices) -> int:
    with services.store.read() as s:
        return s.query(Report).count()


def test_nik_and_phone_are_checked_while_typing(qtbot: Any, services: WorkstationServices) -> None:
    page = _page(qtbot, services)
    qtbot.keyClicks(page.nik, "31710145")
    assert "16 angka" in page.nik_hint.text()
    page.nik.setText("31710145019000a1")
    assert "angka" in page.nik_hint.text()
    page.nik.setText("3171019901900001")  # day 99: no such date of birth
    assert page.nik_hint.text() != ""
    page.nik.setText(CITIZENS[0]["nik"])
    assert page.nik_hint.text() == ""
    page.phone.setText("12345")
    assert page.phone_hint.text() != ""
    page.phone.setText("0812-3456-7890")
    assert page.phone_hint.text() == ""
    # An invalid NIK refuses the save with a sentence; nothing is written.
    before = _count(services)
    page.nik.setText("3171019901900001")
    page.name.setText("Siti")
    page.save()
    assert page.errors.isVisible()
    assert "NIK" in page.errors.text()
    assert _count(services) == before


def test_intake_saves_and_gives_a_receipt_with_a_leased_number(
    qtbot: Any, services: WorkstationServices, tmp_path: Path
) -> None:
    page = _page(qtbot, services)
    citizen = CITIZENS[0]
    page.name.setText(citizen["name"])
    page.nik.setText(citizen["nik"])
    page.phone.setText(citizen["phone"])
    page.description.setFocus()
    qtbot.keyClicks(page.description, "jln dpn sdn 03 bolong gede bgt, udh 2 mgg gk dibenerin")
    qtbot.waitUntil(lambda: page.suggest_buttons[0].isVisible(), timeout=30_000)
    assert page.suggestions[0].name == "Jalan"
    assert page.suggestions[0].agency
    # Why: the words that drove the suggestion, shown under it (issue 21).
    assert page.why_label.isVisible()
    assert "Jalan" in page.why_label.text()
    assert "«bolong»" in page.why_label.text()
    qtbot.mouseClick(page.suggest_buttons[0], Qt.MouseButton.LeftButton)
    assert page.category.currentData() == page.suggestions[0].category_id
    page.set_location(-6.1815, 106.8285, None, "Gambir")
    page.address.setText("Jl. Medan Merdeka Selatan")
    if SHOTS:
        page.grab().save(str(Path(SHOTS) / "desk-intake.png"))
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.last_receipt is not None, timeout=20_000)
    receipt = page.last_receipt
    assert receipt is not None
    assert receipt.number.startswith("JK")
    assert not receipt.provisional
    assert receipt.masked_nik == "3171********0001"
    # The rating code was made at intake and travels (only) in the create action.
    assert len(receipt.rating_code) == 8
    assert set(receipt.rating_code) <= set(ALPHABET)
    assert receipt.number not in receipt.rating_code
    assert receipt.tracking_url.endswith(f"/lacak/{receipt.number}")
    assert receipt.tracking_url.startswith("http://127.0.0.1:")  # the server's own URL
    with services.store.read() as s:
        (item,) = s.scalars(select(OutboxItem))
        assert item.payload["rating_code"] == receipt.rating_code
    assert page.nik.text() == page.name.text() == ""  # the form forgets the identity
    pdf = page.save_last_pdf(tmp_path / "receipt.pdf")
    assert pdf is not None
    assert pdf.stat().st_size > 1000
    import pypdfium2 as pdfium
    import zxingcpp

    image = pdfium.PdfDocument(str(pdf))[0].render(scale=150 / 72).to_pil()
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [receipt.tracking_url]
    with services.store.read() as s:
        assert count_entries(s) == 1  # sealed, waiting for the server

    def code_forgotten() -> bool:  # the official receipt is out: the desk forgets it
        with services.store.read() as s:
            return s.get(Meta, RATING_CODE_PREFIX + receipt.report_id) is None

    qtbot.waitUntil(code_forgotten, timeout=10_000)

    queue = DeskQueuePage(StubHost(services))
    qtbot.addWidget(queue)
    queue.resize(1000, 500)
    queue.show()
    qtbot.waitUntil(lambda: queue.table.rowCount() == 1, timeout=10_000)
    assert queue.table.item(0, 0).text() == receipt.number
    assert queue.table.item(0, 4).text() == "Menunggu dikirim"
    assert services.sync(lambda _p: None, lambda: False).applied == 1
    queue.refresh()
    qtbot.waitUntil(lambda: queue.table.item(0, 4).text() == "Terkirim", timeout=10_000)
    if SHOTS:
        queue.grab().save(str(Path(SHOTS) / "desk-queue.png"))
    with services.store.read() as s:
        assert count_entries(s) == 0  # wiped once the server applied it


def test_a_failing_suggestion_never_blocks_saving(
    qtbot: Any, services: WorkstationServices
) -> None:
    page = _page(qtbot, services)

    class Broken:
        def suggest(self, _text: str) -> list[object]:
            raise RuntimeError("broken model")

    page._suggester = Broken()  # type: ignore[assignment]
    page.anonymous.setChecked(True)
    qtbot.keyClicks(page.description, "Sampah menumpuk di pinggir kali sudah seminggu")
    page.update_suggestions()
    assert page.suggestions == []
    page.category.setCurrentIndex(1)
    page.set_location(-6.1815, 106.8285, None)
    page.address.setText("Jl. Kali Pasir")
    before = _count(services)
    page.save()
    qtbot.waitUntil(lambda: page.last_receipt is not None, timeout=20_000)
    assert _count(services) == before + 1


def test_a_channel_enforced_by_it_cannot_be_changed_at_the_desk(
    qtbot: Any, services: WorkstationServices, tmp_path: Path, monkeypatch: Any
) -> None:
    from officer_app import machine_config, settings

    config_file = tmp_path / "config.toml"
    config_file.write_text('[enforced]\ndesk_channel = "kelurahan"\n', encoding="utf-8")
    monkeypatch.setenv(machine_config.ENV_VAR, str(config_file))
    config = settings.Settings(tmp_path / "data", machine_config.load())
    page = DeskIntakePage(StubHost(services, settings=config))
    qtbot.addWidget(page)
    assert page.channel.currentData() == "kelurahan"
    assert not page.channel.isEnabled()

    free = DeskIntakePage(StubHost(services, settings=settings.Settings(tmp_path / "other")))
    qtbot.addWidget(free)
    assert free.channel.isEnabled()


def test_form_errors_all_at_once_above_the_form_with_save_in_view_at_1366x768(
    qtbot: Any, services: WorkstationServices
) -> None:
    """Issue 20: every error at once, above the form (outside the scroll area), in red
    with enough contrast, each bad field marked; Save visible at 1366x768; the list
    follows the corrections and the save then goes through."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QScrollArea

    from officer_app.views.desk.intake_page import ERROR_BACKGROUND, ERROR_COLOUR
    from officer_app.views.main_window import MainWindow

    window = MainWindow(services, auto_sync_minutes=0, tray=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_view("desk")
    page = window.findChild(DeskIntakePage)
    assert page is not None
    qtbot.waitUntil(lambda: page.category.count() > 1, timeout=10_000)
    qtbot.waitExposed(window)
    assert window.frameGeometry().height() <= 768 + 40  # the title bar is the WM's

    def in_view(widget: Any) -> bool:
        top_left = widget.mapTo(window, QPoint(0, 0))
        return (
            widget.isVisible()
            and top_left.y() >= 0
            and top_left.y() + widget.height() <= window.height()
            and top_left.x() + widget.width() <= window.width()
        )

    def inside_scroll(widget: Any) -> bool:
        parent = widget.parent()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                return True
            parent = parent.parent()
        return False

    assert in_view(page.save_button)
    assert not inside_scroll(page.save_button)

    # A name but a short NIK, a bad phone, no description, no category, no location.
    page.name.setText("Siti")
    page.nik.setText("3171")
    page.phone.setText("12345")
    before = _count(services)
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert _count(services) == before
    assert in_view(page.errors)
    assert not inside_scroll(page.errors)
    text = page.errors.text()
    for expected in ("NIK", "Uraian", "kategori", "lokasi"):
        assert expected.lower() in text.lower(), (expected, text)
    assert text.count("•") >= 5  # NIK, phone, description, category, location
    for field in (page.nik, page.phone, page.description, page.category, page.kelurahan):
        assert ERROR_COLOUR in field.styleSheet(), field
        assert field.accessibleDescription()
    assert page.name.styleSheet() == ""  # a good field is not marked
    assert page.nik.hasFocus()  # the first bad field
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "desk-errors-1366x768.png"))

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    ratio = (luminance(ERROR_BACKGROUND) + 0.05) / (luminance(ERROR_COLOUR) + 0.05)
    assert ratio >= 4.5
    assert ERROR_COLOUR in page.errors.styleSheet()

    # Corrections shrink the list as they are made; then the save goes through.
    page.nik.setText(CITIZENS[0]["nik"])
    assert "NIK" not in page.errors.text()
    assert page.nik.styleSheet() == ""
    page.phone.setText(CITIZENS[0]["phone"])
    page.description.setPlainText("Sampah menumpuk di pinggir kali sudah seminggu")
    page.category.setCurrentIndex(1)
    page.set_location(-6.1815, 106.8285, None, "Gambir")
    page.address.setText("Jl. Kali Pasir")
    assert not page.errors.isVisible()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_receipt is not None, timeout=20_000)
    assert _count(services) == before + 1
