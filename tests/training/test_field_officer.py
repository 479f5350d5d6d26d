"""Training as a field officer: accept, then follow up with photos; the LATIHAN marks."""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_shared.domain import ActionType, Role, Status
from officer_app.training.exercises import ExerciseId
from officer_app.views.dialogs import FollowupDialog
from officer_app.views.report_list.model import ReportRole

from .conftest import make_jpeg, sync

pytestmark = pytest.mark.slow
# A directory: save the training window and its summary there (docs/img).
SHOTS = os.environ.get("CRM_SCREENSHOT_DIR")


def open_report_allowing(qtbot: Any, window: Any, kind: ActionType) -> str:
    """Select the first listed report on which ``kind`` may be done now."""
    for row in range(window.model.rowCount()):
        item = window.model.data(window.model.index(row, 0), ReportRole)
        if item.status not in (Status.MENUNGGU, Status.KOORDINASI, Status.DISPOSISI):
            continue
        rid = str(item.id)
        window.select_row(row)
        qtbot.waitUntil(
            lambda rid=rid: window.current_detail is not None and window.current_detail.id == rid,
            timeout=20_000,
        )
        if window.actions_by_type[kind].isEnabled():
            return rid
    pytest.fail(f"no report allows {kind}")


def test_accept_and_follow_up_are_checked_timed_and_summed_up(
    qtbot: Any, training: Any, tmp_path: Path
) -> None:
    launch = training(Role.FIELD_OFFICER)
    window, session = launch.window, launch.session
    panel = session.panel
    window.show()
    # The mark on the window: its title (every title: one filter) and the banner.
    assert window.windowTitle().startswith("LATIHAN — ")
    assert session.banner.isVisible()
    assert "LATIHAN" in session.banner.text()
    assert not window.training_action.isVisible()
    assert not panel.run.started  # the exercises start once the reports are here
    sync(qtbot, window)
    assert window.sync.online is True
    assert panel.run.started
    assert panel.title.text() == "Terima laporan"
    window.open_view("map")
    assert window.windowTitle().startswith("LATIHAN — ")  # set again on every page
    window.open_view("reports")
    qtbot.waitUntil(lambda: panel.hint.text().startswith("Contoh laporan"), timeout=20_000)

    # A message box opened by any code carries the mark too.
    box = QMessageBox(QMessageBox.Icon.Information, "Info", "teks", parent=window)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitUntil(lambda: box.windowTitle() == "LATIHAN — Info", timeout=5_000)
    box.close()

    rid = open_report_allowing(qtbot, window, ActionType.ACCEPT)
    number = window.current_detail.number
    assert not panel.run.results[0].done  # selecting a report is not doing the exercise
    window.actions_by_type[ActionType.ACCEPT].trigger()
    qtbot.waitUntil(lambda: panel.run.results[0].done, timeout=30_000)
    assert panel.run.results[0].report_number == number
    assert panel.title.text() == "Catat tindak lanjut dengan foto"
    # The report to practise the follow-up on is the one just accepted.
    qtbot.waitUntil(lambda: panel.hint.text().endswith(number), timeout=20_000)

    qtbot.waitUntil(
        lambda: window.current_detail is not None and window.current_detail.status is Status.PROSES,
        timeout=20_000,
    )
    dialog = window.make_dialog(ActionType.FOLLOWUP)
    assert isinstance(dialog, FollowupDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.windowTitle().startswith("LATIHAN — "), timeout=5_000)
    # Only a before photo first: not the exercise yet (it needs before AND after).
    dialog.before.add_files([make_jpeg(tmp_path / "before.jpg", (120, 80, 40))])
    dialog.after.add_files([make_jpeg(tmp_path / "after.jpg", (40, 160, 90))])
    qtbot.waitUntil(lambda: bool(dialog.before.photos and dialog.after.photos), timeout=30_000)
    dialog.note.setPlainText("Latihan: lampu sudah diganti.")
    dialog.try_submit()
    qtbot.waitUntil(lambda: dialog.submitted, timeout=30_000)
    qtbot.waitUntil(lambda: session.summary is not None, timeout=30_000)

    summary = session.summary
    assert summary.isVisible()
    qtbot.waitUntil(lambda: summary.windowTitle() == "LATIHAN — Ringkasan latihan", timeout=5_000)
    assert "2 dari 2 latihan selesai" in summary.headline.text()
    rows = [
        [summary.table.item(r, c).text() for c in range(4)] for r in range(summary.table.rowCount())
    ]
    assert [r[0] for r in rows] == ["Terima laporan", "Catat tindak lanjut dengan foto"]
    assert [r[1] for r in rows] == ["Selesai", "Selesai"]
    assert rows[0][3] == number
    assert rows[1][3] == number
    results = panel.run.results
    assert [r.exercise for r in results] == [ExerciseId.ACCEPT, ExerciseId.FOLLOWUP]
    assert all(r.seconds is not None and 0 <= r.seconds < 600 for r in results)

    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        window.resize(1400, 860)
        window.grab().save(str(Path(SHOTS) / "id-training.png"))
        summary.grab().save(str(Path(SHOTS) / "id-training-summary.png"))
    saved = summary.save(tmp_path / "ringkasan.csv")
    with open(saved, encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0] == ["Latihan", "Selesai", "Detik", "Laporan"]
    assert [row[1] for row in table[1:]] == ["1", "1"]
    assert float(table[1][2]) == results[0].seconds
    assert table[1][3] == number

    # The work reached the training server (it is real work, on a practice server).
    sync(qtbot, window)
    assert window.sync.last_outcome.applied == 2
    with launch.services.store.read() as s:
        from officer_app.store.queries import get_report

        assert get_report(s, rid).report.server_status == Status.MENUNGGU_VALIDASI.value
    summary.accept()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)  # the session ends
    QApplication.processEvents()
