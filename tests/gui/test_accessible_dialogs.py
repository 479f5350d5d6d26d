"""Every dialog the app opens names every control a screen reader reaches (issue 20,
point 16: "a test walks each role's windows and dialogs and fails on an unnamed one").

The rules are those of test_accessible_names (accessibleName, a button's own text or
a label whose buddy the widget is). The dialogs are built as the app builds them:
the action dialogs through the officer window's ``make_dialog`` and About through
its menu, against a real server; the others, which need no server, directly.
"""

from __future__ import annotations

import io
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
import shiboken6
from PIL import Image
from PySide6.QtWidgets import QDialog
from test_accessible_names import _open_as, unnamed_widgets

from central_server.testing import LiveServer
from crm_shared.domain import ActionType
from crm_shared.geo.datadir import find_data_dir
from officer_app import workers
from officer_app.store.desk import ReceiptData
from officer_app.views.desk.privacy_notice import PrivacyNoticeDialog
from officer_app.views.desk.receipt import ReceiptPreviewDialog
from officer_app.views.detail import PhotoViewer
from officer_app.views.dialogs import FollowupDialog, ForwardDialog, NoteDialog, ReasonDialog
from officer_app.views.integrity_dialog import IntegrityDialog
from officer_app.views.password_dialog import PasswordChangedDialog
from officer_app.views.services import Choice
from officer_app.views.signin import SignInDialog
from officer_app.views.supervisor.common import DecisionDialog, Option


@pytest.fixture(autouse=True)
def _drain() -> Iterator[None]:
    yield
    workers.cancel_all()
    workers.wait_for_all(20_000)


def _jpeg() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (320, 240), "#2e7d32").save(buf, "JPEG")
    return buf.getvalue()


def _receipt() -> ReceiptData:
    return ReceiptData(
        report_id="9f1c2d3e-0000-4000-8000-000000000001",
        number="JK2612050007",
        provisional=False,
        created_at=datetime(2026, 12, 5, 2, 15, tzinfo=UTC),
        category="Penerangan Jalan Umum",
        location="Jl. Medan Merdeka Selatan No. 8 · Kelurahan Gambir",
        summary="Lampu jalan mati.",
        channel="Pendopo Balai Kota",
        masked_nik="",
    )


def _never(*_args: object) -> None:
    raise AssertionError("nothing is submitted in this test")


UNITS = [Choice("u-1", "Dinas Bina Marga"), Choice("u-2", "Dinas Lingkungan Hidup")]

# name -> how the app builds that dialog (parentless: each is a window of its own here)
STANDALONE: dict[str, Callable[[Path], QDialog]] = {
    "sign-in": lambda _t: SignInDialog(_never, "https://crm.jakarta.go.id", "officer.demo"),
    "password changed": lambda _t: PasswordChangedDialog(),
    "privacy notice": lambda _t: PrivacyNoticeDialog(),
    "receipt preview": lambda _t: ReceiptPreviewDialog(_receipt()),
    "photo viewer": lambda _t: PhotoViewer(_jpeg(), "Foto sebelum"),
    "integrity": lambda t: IntegrityDialog(
        SimpleNamespace(root=t, db_file=t / "crm.db", database_key=lambda: None),
        ["database disk image is malformed"],
    ),
    "follow-up (with estimate)": lambda _t: FollowupDialog("JK1", _never, _never, None),
    "note": lambda _t: NoteDialog("JK1", _never, None),
    "reject": lambda _t: ReasonDialog(ActionType.REJECT, "JK1", _never, None),
    "validate": lambda _t: ReasonDialog(
        ActionType.VALIDATE, "JK1", _never, None, reason_required=False
    ),
    "forward": lambda _t: ForwardDialog("JK1", UNITS, "u-2", _never, None),
    "dispose": lambda _t: ForwardDialog(
        "JK1", UNITS, None, _never, None, action=ActionType.DISPOSE
    ),
    "reassign (supervisor)": lambda _t: DecisionDialog(
        "Alihkan",
        "2 laporan: JK1, JK2",
        choice_label="Petugas tujuan",
        options=[Option("o-1", "Agus Lubis — 3 terbuka, 0 lewat (disarankan)")],
        preselect="o-1",
    ),
    "forward (supervisor)": lambda _t: DecisionDialog(
        "Teruskan",
        "1 laporan: JK1",
        choice_label="Unit tujuan",
        options=[Option(u.id, u.name) for u in UNITS],
    ),
    "validate (validator)": lambda _t: DecisionDialog(
        "Setujui", "JK1", reason_required=False, reason_label="Catatan (boleh kosong)"
    ),
    "reject follow-up (validator)": lambda _t: DecisionDialog("Tolak tindak lanjut", "JK1"),
}


def _walk(qtbot, dialog: QDialog) -> list[str]:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(100)
    try:
        return unnamed_widgets(dialog)
    finally:
        dialog.close()


def test_every_standalone_dialog_names_its_controls(qtbot, tmp_path: Path) -> None:
    problems = {
        name: found for name, make in STANDALONE.items() if (found := _walk(qtbot, make(tmp_path)))
    }
    assert not problems, "\n".join(f"{k}: {v}" for k, vs in problems.items() for v in vs)


def test_location_picker_names_its_controls(qtbot, tmp_path: Path) -> None:
    from officer_app.views.location_picker import LocationPickerDialog

    data_dir = find_data_dir(None)
    if data_dir is None:
        pytest.skip("no boundaries data (CRM_DATA_DIR)")
    dialog = LocationPickerDialog(data_dir=data_dir, cache_dir=tmp_path / "map")
    qtbot.waitUntil(lambda: dialog.picker.search.isEnabled(), timeout=30_000)  # boundaries
    try:
        assert _walk(qtbot, dialog) == []
    finally:
        shiboken6.delete(dialog)  # its web page before the map profile goes


@pytest.mark.slow
def test_officer_window_dialogs_name_their_controls(qtbot, server_factory, tmp_path: Path) -> None:
    """The dialogs as the officer's window opens them for the shown report, and About."""
    server: LiveServer = server_factory(n_reports=30, seed=5)
    window = _open_as(qtbot, server.url, "officer.demo", tmp_path)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=30_000)
    window.select_row(0)
    qtbot.waitUntil(lambda: window.current_detail is not None, timeout=30_000)
    problems: dict[str, list[str]] = {}
    for kind in (ActionType.FOLLOWUP, ActionType.NOTE, ActionType.FORWARD, ActionType.REJECT):
        dialog = window.make_dialog(kind)
        assert dialog is not None, kind
        if found := _walk(qtbot, dialog):
            problems[kind.value] = found
    about = window.show_about()
    qtbot.waitUntil(lambda: about.info is not None, timeout=20_000)
    if found := unnamed_widgets(about):
        problems["about"] = found
    about.close()
    assert not problems, "\n".join(f"{k}: {v}" for k, vs in problems.items() for v in vs)


@pytest.mark.slow
def test_supervisor_and_validator_dialogs_name_their_controls(
    qtbot, server_factory, tmp_path: Path
) -> None:
    """The unit queue's decisions and the validator's, with the server's own data."""
    server: LiveServer = server_factory(n_reports=200, seed=5)
    problems: dict[str, list[str]] = {}
    supervisor = _open_as(qtbot, server.url, "supervisor.demo", tmp_path)
    queue = supervisor.page_for["queue"]
    supervisor.open_view("queue")
    qtbot.waitUntil(lambda: bool(queue.visible_rows()), timeout=30_000)
    queue.select_ids([queue.visible_rows()[0].id])
    for kind in (ActionType.REASSIGN, ActionType.FORWARD, ActionType.DISPOSE, ActionType.REJECT):
        dialog = queue.make_dialog(kind)
        assert dialog is not None, kind
        if found := _walk(qtbot, dialog):
            problems[f"queue {kind.value}"] = found
    supervisor.close()
    validator = _open_as(qtbot, server.url, "validator.demo", tmp_path)
    page = validator.page_for["validation"]
    validator.open_view("validation")
    qtbot.waitUntil(lambda: page.queue.count() > 0, timeout=30_000)
    page.queue.setCurrentRow(0)
    qtbot.waitUntil(lambda: page.current is not None, timeout=30_000)
    for kind in (ActionType.VALIDATE, ActionType.REJECT_FOLLOWUP):
        dialog = page.make_dialog(kind)
        assert dialog is not None, kind
        if found := _walk(qtbot, dialog):
            problems[f"validation {kind.value}"] = found
    assert not problems, "\n".join(f"{k}: {v}" for k, vs in problems.items() for v in vs)
