"""The password changed on the server (IT reset): the old one, once, opens the profile.

The new password signs in online but does not unwrap the profile's key; the
sign-in asks for the previous password, re-wraps the key (and the desk's identity
vault) and goes on. Unsent work survives and syncs; a wrong old password and
"Batal" change nothing on disk.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import create_engine, text

from central_server.passwords import hash_password
from officer_app.app import WorkstationServices
from officer_app.gui_main import authenticator, make_backend
from officer_app.profile import Profile, WrongPasswordError
from officer_app.store.schema import Category
from officer_app.views.password_dialog import PasswordChangedDialog
from officer_app.views.signin import SignInDialog

OLD = "demo-password"
NEW = "sandi-baru-dari-TI-2026"
DESK = "desk.demo"
CITIZEN = {"name": "Siti Aminah Rahasia", "nik": "3171014501900001", "phone": "081234567890"}


def _set_server_password(server: Any, officer_id: str, password: str) -> None:
    engine = create_engine(server.database_url)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE officers SET password_hash = :h WHERE id = :id"),
            {"h": hash_password(password), "id": officer_id},
        )
    engine.dispose()


def _start_sign_in(qtbot: Any, profiles: Path, server: Any, password: str) -> SignInDialog:
    dialog = SignInDialog(authenticator(profiles), server.url, DESK)
    qtbot.addWidget(dialog)
    dialog.password_edit.setText(password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    return dialog


def _asking_dialog(qtbot: Any) -> PasswordChangedDialog:
    def shown() -> list[PasswordChangedDialog]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, PasswordChangedDialog) and w.isVisible()
        ]

    qtbot.waitUntil(lambda: len(shown()) == 1, timeout=30_000)
    return shown()[0]


def _answer(qtbot: Any, asking: PasswordChangedDialog, old_password: str) -> None:
    asking.old_password_edit.setText(old_password)
    qtbot.mouseClick(asking.open_button, Qt.MouseButton.LeftButton)


def _pending(services: WorkstationServices) -> int:
    return services.outbox_summary().waiting


def _first_session_with_unsent_intake(qtbot: Any, profiles: Path, server: Any) -> None:
    """Sign in as the desk, fetch the categories, file one identified complaint unsent."""
    dialog = _start_sign_in(qtbot, profiles, server, OLD)
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=30_000)
    services = WorkstationServices(dialog.session, make_backend=make_backend)
    assert services.sync(lambda _p: None, lambda: False).online
    assert services.identity_vault is not None
    with services.store.read() as s:
        category = s.query(Category).first()
        assert category is not None
        category_id = category.id
    services.actions.create(
        {
            "channel": "pendopo",
            "category_id": category_id,
            "description": "Saluran air tersumbat di depan kantor kelurahan sejak minggu lalu",
            "address": "Jl. Medan Merdeka Selatan",
            "lat": -6.1815,
            "lon": 106.8285,
            "is_private": True,
            "reporter": {"anonymous": False, **CITIZEN},
        }
    )
    assert _pending(services) == 1
    services.close()
    dialog.session.profile.lock()


def test_changed_password_asks_for_the_old_one_once_and_keeps_unsent_work(
    qtbot: Any, server_factory: Any, tmp_path: Path
) -> None:
    server = server_factory(n_reports=20, seed=7)
    profiles = tmp_path / "profiles"
    _first_session_with_unsent_intake(qtbot, profiles, server)
    profile = Profile.for_officer(DESK, profiles)
    key_before = profile.key_file.read_bytes()
    _set_server_password(server, DESK, NEW)

    dialog = _start_sign_in(qtbot, profiles, server, NEW)
    asking = _asking_dialog(qtbot)
    assert "sudah berubah" in asking.explanation.text()
    assert dialog.session is None

    _answer(qtbot, asking, "bukan-sandi-lama")  # wrong: refused, nothing changed
    qtbot.waitUntil(lambda: bool(asking.message.text()) and asking.isVisible(), timeout=30_000)
    assert "salah" in asking.message.text()
    assert dialog.session is None
    assert profile.key_file.read_bytes() == key_before

    _answer(qtbot, asking, OLD)
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=30_000)
    assert not asking.isVisible()
    assert profile.key_file.read_bytes() != key_before
    session: Any = dialog.session

    # The profile is open under the new password; the desk's vault opens too and the
    # unsent complaint (its identity sealed in the vault) goes out.
    services = WorkstationServices(session, make_backend=make_backend)
    assert services.identity_vault is not None
    assert _pending(services) == 1
    outcome = services.sync(lambda _p: None, lambda: False)
    assert outcome.online
    assert outcome.attention == 0
    assert _pending(services) == 0
    services.close()
    session.profile.lock()
    engine = create_engine(server.database_url)
    with engine.connect() as conn:
        sent = conn.execute(
            text("SELECT count(*) FROM reports WHERE description LIKE 'Saluran air tersumbat%'")
        ).scalar()
    engine.dispose()
    assert sent == 1

    # The old password no longer opens the profile; the new one does, without asking.
    with pytest.raises(WrongPasswordError):
        Profile.for_officer(DESK, profiles).unlock(OLD, create=False)
    again = _start_sign_in(qtbot, profiles, server, NEW)
    qtbot.waitUntil(lambda: again.session is not None, timeout=30_000)
    assert not any(
        isinstance(w, PasswordChangedDialog) and w.isVisible()
        for w in QApplication.topLevelWidgets()
    )
    again.session.profile.lock()


def test_cancelling_the_old_password_changes_nothing(
    qtbot: Any, server_factory: Any, tmp_path: Path
) -> None:
    server = server_factory(n_reports=20, seed=8)
    profiles = tmp_path / "profiles"
    _first_session_with_unsent_intake(qtbot, profiles, server)
    profile = Profile.for_officer(DESK, profiles)
    key_before = profile.key_file.read_bytes()
    _set_server_password(server, DESK, NEW)

    dialog = _start_sign_in(qtbot, profiles, server, NEW)
    asking = _asking_dialog(qtbot)
    _answer(qtbot, asking, "bukan-sandi-lama")
    qtbot.waitUntil(lambda: bool(asking.message.text()) and asking.isVisible(), timeout=30_000)
    qtbot.mouseClick(asking.cancel_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.sign_in_button.isEnabled(), timeout=30_000)
    assert dialog.session is None
    assert "dibatalkan" in dialog.message.text()
    assert profile.key_file.read_bytes() == key_before
    profile.unlock(OLD, create=False)  # still under the old password, data intact
    store = profile.open_store()
    try:
        from officer_app.store import outbox

        with store.read() as s:
            assert outbox.count_by_state(s).get(outbox.PENDING, 0) == 1
    finally:
        profile.lock()
