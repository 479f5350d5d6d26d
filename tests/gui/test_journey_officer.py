"""Journey: an officer finds a report by the last 4 digits of its number, accepts it
and records a follow-up with a before and an after photo and a note, at 1366x768,
by mouse and keyboard through the real widgets (issue 20). The number of
interactions is kept in docs/user-guide.md ("Perjalanan kerja / Journeys")."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_support import make_jpeg
from journey_support import JOURNEY_SIZE, Interactions, answer_file_dialogs
from PySide6.QtWidgets import QApplication
from test_accessible_names import _open_as

from central_server.testing import LiveServer
from crm_shared.domain import ActionType, Status
from officer_app.views.dialogs import FollowupDialog
from officer_app.views.report_list.model import ReportRole

pytestmark = pytest.mark.slow

# The stated number (docs/user-guide.md): click the search box, type the tail, click
# the report, Terima, Catat tindak lanjut, two photos (button + file each), click the
# note, type it, Simpan.
MAX_INTERACTIONS = 12


def _visible_followup_dialog() -> FollowupDialog | None:
    return next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, FollowupDialog) and w.isVisible()
        ),
        None,
    )


def test_officer_finds_by_number_tail_accepts_and_follows_up(
    qtbot, server_factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server: LiveServer = server_factory(n_reports=300, seed=21)
    window = _open_as(qtbot, server.url, "officer.demo", tmp_path)
    assert (window.width(), window.height()) == JOURNEY_SIZE
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=30_000)
    items = [
        window.model.data(window.model.index(row, 0), ReportRole)
        for row in range(window.model.rowCount())
    ]
    waiting = [i for i in items if i.status is Status.MENUNGGU]
    assert waiting, {i.status for i in items}
    target = waiting[0]  # the one the citizen phones about
    tail = target.number[-4:]
    assert tail.isdigit()

    steps = Interactions()
    search = window.filter_bar.search
    steps.click(search, "the search box")
    steps.type(search, tail, f"the number's tail {tail}")
    qtbot.waitUntil(
        lambda: window.model.query.text == tail and not window.model.loading, timeout=20_000
    )
    row = window.model.row_of(str(target.id))
    assert row is not None, f"{tail} did not find {target.number}"
    assert window.model.rowCount() < len(items)  # the search narrowed the list
    steps.click_row(window.table, row, target.number)
    qtbot.waitUntil(
        lambda: window.current_detail is not None and window.current_detail.id == str(target.id),
        timeout=20_000,
    )

    steps.click(window.detail.action_buttons[ActionType.ACCEPT], "Terima")
    qtbot.waitUntil(
        lambda: window.current_detail is not None and window.current_detail.status is Status.PROSES,
        timeout=20_000,
    )
    steps.click(window.detail.action_buttons[ActionType.FOLLOWUP], "Catat tindak lanjut")
    qtbot.waitUntil(lambda: _visible_followup_dialog() is not None, timeout=10_000)
    dialog = _visible_followup_dialog()
    assert dialog is not None
    qtbot.waitExposed(dialog)

    chosen: list[str] = []
    answer_file_dialogs(monkeypatch, lambda: chosen)
    for zone, name, colour in (
        (dialog.before, "before", (120, 80, 40)),
        (dialog.after, "after", (40, 160, 90)),
    ):
        chosen[:] = [str(make_jpeg(tmp_path / f"{name}.jpg", colour))]
        steps.click(zone.pick_button, f"Pilih berkas ({name})")
        steps.choose_in_file_dialog(f"the {name} photo")
        qtbot.waitUntil(lambda zone=zone: len(zone.photos) == 1, timeout=30_000)
    steps.click(dialog.note, "the note field")
    steps.type(dialog.note, "Lampu sudah diganti oleh PPSU.", "the note")
    steps.click(dialog.ok_button, "Simpan")
    qtbot.waitUntil(lambda: dialog.submitted, timeout=30_000)
    qtbot.waitUntil(
        lambda: (
            window.current_detail is not None
            and window.current_detail.status is Status.MENUNGGU_VALIDASI
        ),
        timeout=20_000,
    )
    detail = window.current_detail
    assert {p.kind for p in detail.photos if p.pending} == {"before", "after"}
    assert any("PPSU" in (t.note or "") for t in detail.timeline), detail.timeline

    print(f"officer journey: {steps.count} interactions: {steps.steps}")
    assert steps.count <= MAX_INTERACTIONS, steps.steps
