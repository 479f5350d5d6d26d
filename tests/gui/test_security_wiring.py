"""The security pieces wired into the window: idle lock drops the keys, sign-out
forgets the token, transport rules refuse plain http before any request."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_support import OFFICER, PASSWORD, sign_in
from PySide6.QtCore import Qt

from officer_app.profile import Profile, ProfileLockedError


@pytest.fixture
def signed_in(qtbot, live_server, tmp_path: Path):
    services = sign_in(qtbot, live_server.url, tmp_path)
    yield services
    services.close()


def _window(qtbot, services):
    from officer_app.views.main_window import MainWindow

    window = MainWindow(services, auto_sync_minutes=0, tray=False)
    qtbot.addWidget(window)
    window.show()
    return window


def _type_on_lock_page(qtbot, window, password: str) -> None:
    window.lock_page.password_edit.setText(password)
    qtbot.mouseClick(window.lock_page.unlock_button, Qt.MouseButton.LeftButton)


def test_sign_in_saves_the_server_token(signed_in, live_server) -> None:
    token = signed_in.profile.token_store().load(live_server.url, OFFICER)
    assert token
    assert token == signed_in.connection.backend.token


def test_idle_lock_closes_the_store_and_drops_the_key_until_the_right_password(
    qtbot, signed_in
) -> None:
    services = signed_in
    window = _window(qtbot, services)
    old_store = services.store
    assert services.profile.unlocked

    window.lock()
    assert window.locked
    qtbot.waitUntil(lambda: services.profile._key is None, timeout=10_000)
    assert old_store._closed  # the engine is disposed
    assert not services.profile.unlocked
    assert services.connection.password == ""  # the password is not kept while locked
    with pytest.raises(ProfileLockedError):  # a locked profile gives no key at all
        services.profile.token_store()

    _type_on_lock_page(qtbot, window, "not-the-password")
    qtbot.waitUntil(lambda: window.lock_page.message.text() != "", timeout=20_000)
    assert window.locked
    assert not services.profile.unlocked

    _type_on_lock_page(qtbot, window, PASSWORD)
    qtbot.waitUntil(lambda: not window.locked, timeout=20_000)
    assert services.profile.unlocked
    assert services.store is not old_store
    assert not services.store._closed
    assert services.report_source.store is services.store
    assert services.outbox_summary().waiting >= 0  # the reopened store reads


def test_sign_out_forgets_the_token_and_locks(qtbot, signed_in, live_server) -> None:
    services = signed_in
    root = services.profile.root
    assert services.profile.token_store().load(live_server.url, OFFICER)
    window = _window(qtbot, services)
    with qtbot.waitSignal(window.signed_out, timeout=20_000):
        window.sign_out_action.trigger()
    assert window.has_signed_out
    assert services.profile._key is None
    assert services.store._closed

    again = Profile(root)
    again.unlock(PASSWORD, create=False)
    try:
        assert again.token_store().load(live_server.url, OFFICER) is None
    finally:
        again.lock()


# --- transport ---------------------------------------------------------------------------


def test_plain_http_to_another_host_is_refused_before_any_request(
    qtbot, tmp_path: Path, monkeypatch
) -> None:

    import urllib3.util.connection

    from officer_app.gui_main import authenticator
    from officer_app.views.signin import SignInDialog

    connects: list[object] = []

    def no_connect(address, *args, **kwargs):
        connects.append(address)
        raise OSError("the test forbids connections")

    monkeypatch.setattr(urllib3.util.connection, "create_connection", no_connect)
    dialog = SignInDialog(authenticator(tmp_path / "profiles"), "http://10.1.2.3:8765", OFFICER)
    qtbot.addWidget(dialog)
    dialog.password_edit.setText(PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.sign_in_button.isEnabled(), timeout=30_000)
    assert "http://" in dialog.message.text()
    assert "https://" in dialog.message.text()
    assert dialog.session is None
    assert connects == []  # refused before any socket was opened
    assert not (tmp_path / "profiles" / OFFICER).exists()  # no offline fallback either


def test_loopback_http_signs_in_and_an_explicit_setting_allows_other_hosts(
    signed_in, live_server
) -> None:
    from officer_app.gui_main import make_backend, transport_policy
    from officer_app.sync.http_backend import InsecureTransportError

    assert live_server.url.startswith("http://127.0.0.1")
    assert signed_in.connection.backend is not None  # online sign-in over loopback http
    with pytest.raises(InsecureTransportError):
        make_backend("http://10.1.2.3:8765", transport_policy(None, False))
    allowed = make_backend("http://10.1.2.3:8765", transport_policy("", True))
    assert allowed.transport.allow_insecure_http
    assert allowed.http.verify not in (False, None, "")  # TLS verification never off


def test_a_missing_ca_bundle_refuses_the_sign_in(qtbot, tmp_path: Path) -> None:
    from officer_app import gui_main
    from officer_app.views.signin import SignInError

    gui_main.set_transport(gui_main.transport_policy(tmp_path / "absent.pem", False))
    try:
        authenticate = gui_main.authenticator(tmp_path / "profiles")
        with pytest.raises(SignInError, match="CA"):
            authenticate("https://crm.example.invalid", OFFICER, PASSWORD)
    finally:
        gui_main.set_transport(None)


def test_about_shows_the_profile_schema_from_the_integrity_module(qtbot, signed_in) -> None:
    from officer_app.store import integrity
    from officer_app.views.about import AboutDialog

    dialog = AboutDialog(signed_in)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pass
    assert dialog.info is not None
    assert dialog.info.schema_version == integrity.schema_revision(signed_in.store)
    assert dialog.info.schema_head == integrity.head_revision()
    assert integrity.head_revision() in dialog.schema.text()
    assert dialog.server.text() == signed_in.connection.server_url
