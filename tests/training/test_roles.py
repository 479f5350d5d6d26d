"""Training as the desk, a supervisor and a validator: each exercise done through the
real pages, found done in the profile, timed, summed up; LATIHAN on the printed pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from crm_shared.domain import ActionType, Role, Status
from officer_app.store.exports import export_summary_pdf
from officer_app.store.page_mark import page_mark
from officer_app.training.exercises import ExerciseId
from officer_app.views.desk.intake_page import DeskIntakePage
from officer_app.views.desk.receipt import receipt_html
from officer_app.views.dialogs import ForwardDialog, ReasonDialog
from officer_app.views.report_list.model import ReportRole
from officer_app.views.supervisor.queue_page import UnitQueuePage

from .conftest import sync

pytestmark = pytest.mark.slow


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def open_report_with(qtbot: Any, window: Any, status: Status, kind: ActionType) -> str:
    for row in range(window.model.rowCount()):
        item = window.model.data(window.model.index(row, 0), ReportRole)
        if item.status is not status:
            continue
        rid = str(item.id)
        window.select_row(row)
        qtbot.waitUntil(
            lambda rid=rid: window.current_detail is not None and window.current_detail.id == rid,
            timeout=20_000,
        )
        if window.actions_by_type[kind].isEnabled():
            return rid
    pytest.fail(f"no {status} report allows {kind}")


def summary_rows(summary: Any) -> list[list[str]]:
    table = summary.table
    return [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]


def test_desk_walk_in_and_receipt_marked_latihan(qtbot: Any, training: Any, tmp_path: Path) -> None:
    launch = training(Role.DESK)
    window, session = launch.window, launch.session
    panel = session.panel
    window.show()
    sync(qtbot, window)
    assert panel.run.started
    assert window.open_view("desk")
    page = window.page_for["desk"]
    assert isinstance(page, DeskIntakePage)
    qtbot.waitUntil(lambda: page.category.count() > 1, timeout=20_000)
    page.anonymous.setChecked(True)
    page.description.setPlainText("Latihan: trotoar rusak di depan sekolah, berlubang besar.")
    page.category.setCurrentIndex(1)
    page.set_location(-6.1815, 106.8285, None, "Gambir")
    page.address.setText("Jl. Medan Merdeka Selatan")
    page.save()
    qtbot.waitUntil(lambda: page.last_receipt is not None, timeout=30_000)
    qtbot.waitUntil(lambda: panel.run.results[0].done, timeout=30_000)
    assert not panel.run.results[1].done  # saved is not yet handed out
    number = page.last_receipt.number

    # The receipt, saved as PDF: LATIHAN on its page, and the exercise found done.
    pdf = page.save_last_pdf(tmp_path / "tanda-terima.pdf")
    assert pdf is not None
    pages = pdf_pages(pdf)
    assert pages
    assert all("LATIHAN" in text for text in pages)
    assert number in pages[0]
    qtbot.waitUntil(lambda: session.summary is not None, timeout=30_000)
    results = panel.run.results
    assert [r.exercise for r in results] == [ExerciseId.WALK_IN, ExerciseId.RECEIPT]
    assert all(r.done for r in results)
    assert [r.report_number for r in results] == [number, number]
    rows = summary_rows(session.summary)
    assert [r[0] for r in rows] == ["Terima pengaduan langsung", "Cetak tanda terima"]
    assert [r[1] for r in rows] == ["Selesai", "Selesai"]

    # Once training ends, nothing printed carries the mark any more.
    receipt = page.last_receipt
    assert "LATIHAN" in receipt_html(receipt)
    launch.close()
    assert page_mark() is None
    assert "LATIHAN" not in receipt_html(receipt)


def test_supervisor_forward_and_reassign_and_the_dashboard_pdf(
    qtbot: Any, training: Any, tmp_path: Path
) -> None:
    launch = training(Role.SUPERVISOR)
    window, session = launch.window, launch.session
    panel = session.panel
    window.show()
    sync(qtbot, window)
    assert panel.title.text() == "Teruskan laporan"

    forwarded = open_report_with(qtbot, window, Status.MENUNGGU, ActionType.FORWARD)
    dialog = window.make_dialog(ActionType.FORWARD)
    assert isinstance(dialog, ForwardDialog)
    qtbot.addWidget(dialog)
    dialog.unit.setCurrentIndex(1)
    dialog.reason.setPlainText("Latihan: bukan wewenang unit ini")
    dialog.try_submit()
    qtbot.waitUntil(lambda: dialog.submitted, timeout=30_000)
    qtbot.waitUntil(lambda: panel.run.results[0].done, timeout=30_000)
    assert panel.title.text() == "Alihkan laporan lain"

    assert window.open_view("queue")
    queue = window.page_for["queue"]
    assert isinstance(queue, UnitQueuePage)
    queue.refresh()
    qtbot.waitUntil(lambda: queue.data is not None and bool(queue.data.rows), timeout=30_000)
    row = next(
        r
        for r in queue.data.rows
        if r.status is Status.MENUNGGU and r.id != forwarded and r.unit_id
    )
    queue.select_ids([row.id])
    decision = queue.make_dialog(ActionType.REASSIGN)
    assert decision is not None
    qtbot.addWidget(decision)
    if decision.chosen() is None:
        decision.choice.setCurrentIndex(1)
    decision.reason.setPlainText("Latihan: pemerataan beban kerja")
    queue.submit(ActionType.REASSIGN, [row.id], queue.payload_of(ActionType.REASSIGN, decision))
    qtbot.waitUntil(lambda: session.summary is not None, timeout=30_000)
    results = panel.run.results
    assert [r.exercise for r in results] == [ExerciseId.FORWARD, ExerciseId.REASSIGN]
    assert all(r.done for r in results)
    assert results[1].report_number == row.number
    assert results[0].report_number != results[1].report_number
    assert "2 dari 2 latihan selesai" in session.summary.headline.text()

    # The dashboard's PDF: LATIHAN at the top of every page.
    summary, _months = launch.services.dashboard(None)
    pdf = export_summary_pdf(summary, tmp_path / "dasbor.pdf", "Dasbor")
    pages = pdf_pages(pdf)
    assert len(pages) >= 1
    assert all("LATIHAN" in text for text in pages)


def test_validator_validates_a_follow_up(
    qtbot: Any, training: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    launch = training(Role.VALIDATOR)
    window, session = launch.window, launch.session
    panel = session.panel
    window.show()
    # The menu's "Mode latihan" asks first; "No" changes nothing.
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    assert window.ask_training() is False
    assert not window.wants_training
    assert window.isVisible()
    sync(qtbot, window)
    assert window.open_view("reports")
    qtbot.waitUntil(lambda: not window.model.loading, timeout=30_000)
    open_report_with(qtbot, window, Status.MENUNGGU_VALIDASI, ActionType.VALIDATE)
    number = window.current_detail.number
    dialog = window.make_dialog(ActionType.VALIDATE)
    assert isinstance(dialog, ReasonDialog)
    qtbot.addWidget(dialog)
    dialog.try_submit()
    qtbot.waitUntil(lambda: dialog.submitted, timeout=30_000)
    qtbot.waitUntil(lambda: session.summary is not None, timeout=30_000)
    (result,) = panel.run.results
    assert result.exercise is ExerciseId.VALIDATE
    assert result.done
    assert result.report_number == number
    assert summary_rows(session.summary) == [
        ["Setujui tindak lanjut", "Selesai", summary_rows(session.summary)[0][2], number]
    ]
    # "Yes": the window closes and asks gui_main for training (it restarts into it).
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    assert window.isVisible()
    assert window.ask_training() is True
    assert window.wants_training
    assert not window.isVisible()
