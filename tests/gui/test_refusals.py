"""Dialogs refuse what the rules refuse, say what is missing, and write nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_support import make_jpeg

from crm_shared.domain import ActionType, Status
from officer_app.views.dialogs import FollowupDialog, ForwardDialog
from officer_app.views.services import Choice, PhotoRef

UNITS = [Choice("dinas-bm", "Dinas Bina Marga"), Choice("dinas-hub", "Dinas Perhubungan")]


class Recorder:
    """Stands in for the store: counts what reaches it."""

    def __init__(self) -> None:
        self.calls: list[dict] = []

    def submit(self, payload, done, fail) -> None:
        self.calls.append(payload)
        done()


def fake_import(path: Path) -> PhotoRef:
    return PhotoRef(sha256=f"{abs(hash(path.name)):064x}"[-64:], source=path)


def test_followup_without_after_photo_is_refused(qtbot, tmp_path: Path) -> None:
    recorder = Recorder()
    dialog = FollowupDialog("JK2611270012", fake_import, recorder.submit, None)
    qtbot.addWidget(dialog)
    dialog.before.add_files([make_jpeg(tmp_path / "b.jpg", (10, 20, 30))])
    qtbot.waitUntil(lambda: len(dialog.before.photos) == 1, timeout=10_000)
    dialog.note.setPlainText("Sudah dibersihkan.")
    dialog.try_submit()
    assert recorder.calls == []
    assert not dialog.submitted
    assert "foto sesudah penanganan" in dialog.message.text()
    assert "foto sebelum" not in dialog.message.text()


def test_followup_without_anything_lists_every_missing_piece(qtbot) -> None:
    recorder = Recorder()
    dialog = FollowupDialog("JK2611270012", fake_import, recorder.submit, None)
    qtbot.addWidget(dialog)
    dialog.try_submit()
    text = dialog.message.text()
    for piece in ("foto sebelum penanganan", "foto sesudah penanganan", "catatan tindak lanjut"):
        assert piece in text
    assert recorder.calls == []


def test_forward_without_reason_is_refused(qtbot) -> None:
    recorder = Recorder()
    dialog = ForwardDialog("JK2611270012", UNITS, "dinas-hub", recorder.submit, None)
    qtbot.addWidget(dialog)
    assert dialog.selected_unit() == "dinas-hub"  # the category's usual agency is suggested
    dialog.try_submit()
    assert recorder.calls == []
    assert "alasan meneruskan" in dialog.message.text()
    assert "unit tujuan" not in dialog.message.text()
    dialog.reason.setPlainText("Lampu lalu lintas kewenangan Dinas Perhubungan.")
    dialog.try_submit()
    assert recorder.calls == [
        {"target_unit_id": "dinas-hub", "reason": "Lampu lalu lintas kewenangan Dinas Perhubungan."}
    ]


@pytest.fixture
def synced(qtbot, live_server, tmp_path: Path):
    from test_officer_flow import open_window, sign_in, sync

    services = sign_in(qtbot, live_server.url, tmp_path)
    window = open_window(qtbot, services)
    sync(qtbot, window)
    yield services, window
    services.close()


def test_refusals_write_nothing_to_the_store(qtbot, synced, tmp_path: Path) -> None:
    """Against a real profile: the refused dialogs leave the outbox empty."""
    services, window = synced
    from officer_app.app import StoreReportSource  # noqa: F401 (the real store is in use)

    target = None
    for row in range(window.model.rowCount()):
        item = window.model.report_at(row)
        if item is not None and item.status in (Status.MENUNGGU, Status.PROSES):
            target = row
            break
    assert target is not None
    window.select_row(target)
    qtbot.waitUntil(lambda: window.current_detail is not None, timeout=20_000)
    dialog = window.make_dialog(ActionType.FORWARD)
    assert isinstance(dialog, ForwardDialog)
    qtbot.addWidget(dialog)
    dialog.try_submit()
    assert "alasan meneruskan" in dialog.message.text()
    assert services.outbox_summary().waiting == 0
    # The store checks again: a payload without a reason is a DomainError, nothing written.
    from crm_shared.domain import DomainError

    with pytest.raises(DomainError):
        services.act(window.current_detail.id, ActionType.FORWARD, {"target_unit_id": "x"})
    assert services.outbox_summary().waiting == 0


def test_followup_missing_list_follows_what_is_given(qtbot, tmp_path: Path) -> None:
    """Issue 20: after a refused Simpan the list of what is missing must shrink as
    the officer gives each piece, and be gone once all three are there."""
    recorder = Recorder()
    dialog = FollowupDialog("JK2611270012", fake_import, recorder.submit, None)
    qtbot.addWidget(dialog)
    dialog.try_submit()
    assert "foto sebelum penanganan" in dialog.message.text()
    dialog.before.add_files([make_jpeg(tmp_path / "b.jpg", (10, 20, 30))])
    qtbot.waitUntil(lambda: "foto sebelum" not in dialog.message.text(), timeout=10_000)
    assert "foto sesudah penanganan" in dialog.message.text()
    dialog.after.add_files([make_jpeg(tmp_path / "a.jpg", (200, 210, 220))])
    qtbot.waitUntil(lambda: "foto sesudah" not in dialog.message.text(), timeout=10_000)
    assert "catatan tindak lanjut" in dialog.message.text()
    dialog.note.setPlainText("Sampah sudah diangkut.")
    assert dialog.message.text() == ""
    assert recorder.calls == []  # nothing is saved behind the officer's back
    dialog.try_submit()
    assert len(recorder.calls) == 1
    assert dialog.submitted


def test_forward_missing_list_clears_when_reason_is_typed(qtbot) -> None:
    recorder = Recorder()
    dialog = ForwardDialog("JK2611270012", UNITS, "dinas-hub", recorder.submit, None)
    qtbot.addWidget(dialog)
    dialog.try_submit()
    assert "alasan meneruskan" in dialog.message.text()
    dialog.reason.setPlainText("Kewenangan Dinas Perhubungan.")
    assert "Belum bisa disimpan" not in dialog.message.text()
