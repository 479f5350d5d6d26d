"""The window on an Open311 endpoint, configured as IT would (machine config), built
by the same code as ``officer-app sync --backend open311`` (officer_app.sync.backends);
a request the server fails on is listed in "Perlu perhatian", kept over a restart,
and gone once a later pull brings it."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_host import StubHost
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStatusBar

from officer_app import gui_main, machine_config, settings
from officer_app.app import WorkstationServices
from officer_app.sync.open311_backend import Open311Backend
from officer_app.views.attention import COL_ACTION, COL_REASON, COL_STATE, AttentionPage
from officer_app.views.services import SyncOutcome
from officer_app.views.signin import SignInDialog
from officer_app.views.status_bar import SyncStatusBar

from .variants import Variant, VariantServer

pytestmark = pytest.mark.slow
OFFICER = "petugas.o311"
PASSWORD = "profil-sandi"


def it_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> settings.Settings:
    """The window's settings on a PC where IT's machine config says ``text``."""
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv(machine_config.ENV_VAR, str(path))
    return settings.Settings(tmp_path / "data", machine_config.load())


@pytest.fixture
def it_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> settings.Settings:
    config = it_settings(
        tmp_path,
        monkeypatch,
        '[defaults]\nsync_backend = "open311"\nopen311_jurisdiction_id = "kota.test"\n',
    )
    gui_main.set_backend_choice(config.backend_choice())  # as run_gui does
    yield config
    gui_main.set_backend_choice(None)


def sign_in(qtbot, url: str, root: Path) -> WorkstationServices:
    dialog = SignInDialog(gui_main.authenticator(root / "profiles"), url, OFFICER)
    qtbot.addWidget(dialog)
    dialog.password_edit.setText(PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=60_000)
    connection = dialog.session
    return WorkstationServices(
        connection,
        make_backend=lambda u: gui_main.make_backend(u, state_dir=connection.profile.root),
    )


def sync(services: WorkstationServices) -> SyncOutcome:
    outcome = services.sync(lambda _p: None, lambda: False)
    assert outcome.online, outcome
    assert outcome.outcome == "ok", outcome
    return outcome


def test_the_window_syncs_with_open311_and_lists_a_request_set_aside(
    qtbot, it_config: settings.Settings, tmp_path: Path
) -> None:
    assert it_config.backend_choice().open311
    assert it_config.backend_choice().jurisdiction_id == "kota.test"
    variant = Variant(n=120, cap=100, updates=False, jurisdiction="kota.test")
    with VariantServer(variant) as srv:
        services = sign_in(qtbot, srv.url, tmp_path)
        try:
            assert isinstance(services.server(), Open311Backend)
            sync(services)
            asked = [c for c in srv.calls if "/discovery" not in c[1]]  # discovery: no id
            assert asked
            assert all(c[2].get("jurisdiction_id") == ["kota.test"] for c in asked)
            assert len(services.attention_items()) == 0
            srv.variant.fail_ids = frozenset({"100010"})  # the server now fails on one id
            outcome = sync(services)
            assert outcome.attention == 1  # the end-of-sync message counts it
            status_bar = QStatusBar()
            qtbot.addWidget(status_bar)
            bar = SyncStatusBar(status_bar, services.officer)
            bar.sync_finished(outcome)
            assert bar.sync_message.text() == "1 hal perlu perhatian"
            [item] = services.attention_items()
            assert (item.state, item.report_number, item.can_resend) == (
                "set_aside",
                "100010",
                False,
            )
            assert services.outbox_summary().attention == 1  # the status bar's count
        finally:
            services.close()

        # Kept in the profile: a restart (a new sign-in) still lists it, with a sentence.
        services = sign_in(qtbot, srv.url, tmp_path)
        try:
            page = AttentionPage(StubHost(services))
            qtbot.addWidget(page)
            page.refresh()
            qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
            page.table.selectRow(0)
            model = page.model
            assert model.data(model.index(0, COL_STATE)) == "Belum terambil dari server"
            assert model.data(model.index(0, COL_ACTION)) == "Ambil data laporan"
            assert "sinkronisasi berikutnya" in model.data(model.index(0, COL_REASON))
            assert "sinkronisasi berikutnya" in page.advice.text()
            assert not page.resend_button.isEnabled()
            assert not page.discard_button.isEnabled()
            # The server answers for it again: the next pull brings it, the row goes.
            srv.variant.fail_ids = frozenset()
            sync(services)
            assert services.attention_items() == []
            assert services.outbox_summary().attention == 0
        finally:
            services.close()


def test_the_sign_in_dialog_asks_an_open311_servers_jurisdiction(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = it_settings(tmp_path, monkeypatch, '[defaults]\nsync_backend = "open311"\n')
    gui_main.set_backend_choice(config.backend_choice())
    try:
        with VariantServer(Variant(n=20, cap=100, jurisdiction="kota.test")) as srv:
            authenticate = gui_main.authenticator(tmp_path / "profiles")
            dialog = gui_main.sign_in_dialog(config, authenticate, srv.url)
            qtbot.addWidget(dialog)
            assert dialog.jurisdiction_edit is not None
            assert not dialog.jurisdiction_edit.isReadOnly()
            dialog.officer_edit.setText(OFFICER)
            dialog.password_edit.setText(PASSWORD)
            dialog.jurisdiction_edit.setText(" kota.test ")
            qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: dialog.session is not None, timeout=60_000)
            backend = dialog.session.backend
            assert isinstance(backend, Open311Backend)
            assert backend.jurisdiction_id == "kota.test"
            services = [c for c in srv.calls if c[1].endswith("/services.json")]
            assert services[-1][2].get("jurisdiction_id") == ["kota.test"]
            dialog.session.profile.lock()
    finally:
        gui_main.set_backend_choice(None)


def test_a_jurisdiction_it_fixed_is_read_only_and_a_native_server_has_none(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = it_settings(
        tmp_path,
        monkeypatch,
        '[enforced]\nsync_backend = "open311"\nopen311_jurisdiction_id = "jakarta.go.id"\n',
    )
    config.set(settings.OPEN311_JURISDICTION_ID, "kota.lain")  # the user's own try
    dialog = gui_main.sign_in_dialog(config, lambda *a: None, "https://open311.example")
    qtbot.addWidget(dialog)
    assert dialog.jurisdiction_edit is not None
    assert dialog.jurisdiction_edit.text() == "jakarta.go.id"
    assert dialog.jurisdiction_edit.isReadOnly()
    native = gui_main.sign_in_dialog(
        settings.Settings(tmp_path / "d2"), lambda *a: None, "https://crm.example"
    )
    qtbot.addWidget(native)
    assert native.jurisdiction_edit is None


def submit(qtbot, dialog: SignInDialog, jurisdiction: str) -> None:
    assert dialog.jurisdiction_edit is not None
    dialog.officer_edit.setText(OFFICER)
    dialog.password_edit.setText(PASSWORD)
    dialog.jurisdiction_edit.setText(jurisdiction)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


def test_an_open311_servers_refusal_is_shown_in_its_words_not_as_offline(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A wrong jurisdiction_id (400 with two error items) is the server's no: the sign-in
    page says so with every item, even for a profile that could sign in offline."""
    config = it_settings(tmp_path, monkeypatch, '[defaults]\nsync_backend = "open311"\n')
    gui_main.set_backend_choice(config.backend_choice())
    try:
        with VariantServer(Variant(n=20, cap=100, jurisdiction="kota.test")) as srv:
            authenticate = gui_main.authenticator(tmp_path / "profiles")
            first = gui_main.sign_in_dialog(config, authenticate, srv.url)
            qtbot.addWidget(first)
            submit(qtbot, first, "kota.test")  # signed in once: an offline sign-in is possible
            qtbot.waitUntil(lambda: first.session is not None, timeout=60_000)
            first.session.profile.lock()

            dialog = gui_main.sign_in_dialog(config, authenticate, srv.url)
            qtbot.addWidget(dialog)
            submit(qtbot, dialog, "kota.salah")
            qtbot.waitUntil(lambda: dialog.sign_in_button.isEnabled(), timeout=60_000)
            message = dialog.message.text()
            assert dialog.session is None  # not let in offline
            assert "Server Open311 menolak permintaan masuk (kode 400)" in message
            assert "jurisdiction_id is required" in message  # every error item
            assert "use 'kota.test'" in message
            assert "tidak terjangkau" not in message
    finally:
        gui_main.set_backend_choice(None)


def test_an_open311_servers_refused_api_key_is_named(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = it_settings(tmp_path, monkeypatch, '[defaults]\nsync_backend = "open311"\n')
    gui_main.set_backend_choice(config.backend_choice())
    try:
        with VariantServer(Variant(n=5, services_status=403)) as srv:
            dialog = gui_main.sign_in_dialog(
                config, gui_main.authenticator(tmp_path / "profiles"), srv.url
            )
            qtbot.addWidget(dialog)
            submit(qtbot, dialog, "")
            qtbot.waitUntil(lambda: "403" in dialog.message.text(), timeout=60_000)
            message = dialog.message.text()
            assert "kunci API tidak diterima" in message
            assert "services unavailable" in message
            assert "ID petugas atau kata sandi salah" not in message
            assert dialog.session is None
    finally:
        gui_main.set_backend_choice(None)


def sign_in_through_the_window(
    monkeypatch: pytest.MonkeyPatch, config: settings.Settings, url: str, root: Path, typed: str
) -> SignInDialog:
    """``gui_main._sign_in`` as run_gui calls it, its modal dialog filled in and submitted
    by a timer (the way a person would while ``exec`` runs)."""
    import argparse

    from PySide6.QtCore import QTimer

    shown: list[SignInDialog] = []
    real = gui_main.sign_in_dialog

    def filled(*args):  # noqa: ANN002, ANN202 - passes run_gui's arguments through
        dialog = real(*args)
        shown.append(dialog)

        def type_and_submit() -> None:
            dialog.officer_edit.setText(OFFICER)
            dialog.password_edit.setText(PASSWORD)
            assert dialog.jurisdiction_edit is not None
            if not dialog.jurisdiction_edit.isReadOnly():
                dialog.jurisdiction_edit.setText(typed)
            dialog.sign_in_button.click()

        QTimer.singleShot(0, type_and_submit)
        QTimer.singleShot(60_000, dialog.reject)  # never hang the run on a failed sign-in
        return dialog

    monkeypatch.setattr(gui_main, "sign_in_dialog", filled)
    session = gui_main._sign_in(
        argparse.Namespace(demo=False), config, gui_main.authenticator(root / "profiles"), url
    )
    assert session is not None, shown[0].message.text()
    session.profile.lock()
    return shown[0]


def test_the_jurisdiction_typed_at_sign_in_is_saved_to_the_settings(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = it_settings(tmp_path, monkeypatch, '[defaults]\nsync_backend = "open311"\n')
    gui_main.set_backend_choice(config.backend_choice())
    try:
        with VariantServer(Variant(n=5, cap=100, jurisdiction="kota.test")) as srv:
            sign_in_through_the_window(monkeypatch, config, srv.url, tmp_path, " kota.test ")
        assert config.user_value(settings.OPEN311_JURISDICTION_ID) == "kota.test"
        # In the file: the next start of the window offers it again.
        again = settings.Settings(tmp_path / "data", machine_config.load())
        assert again.backend_choice().jurisdiction_id == "kota.test"
        dialog = gui_main.sign_in_dialog(again, lambda *a: None, srv.url)
        qtbot.addWidget(dialog)
        assert dialog.jurisdiction_edit is not None
        assert dialog.jurisdiction_edit.text() == "kota.test"
    finally:
        gui_main.set_backend_choice(None)


def test_a_jurisdiction_it_enforces_is_read_only_and_not_saved_over(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = it_settings(
        tmp_path,
        monkeypatch,
        '[enforced]\nsync_backend = "open311"\nopen311_jurisdiction_id = "kota.test"\n',
    )
    gui_main.set_backend_choice(config.backend_choice())
    try:
        with VariantServer(Variant(n=5, cap=100, jurisdiction="kota.test")) as srv:
            dialog = sign_in_through_the_window(monkeypatch, config, srv.url, tmp_path, "kota.lain")
            assert dialog.jurisdiction_edit is not None
            assert dialog.jurisdiction_edit.isReadOnly()
            assert dialog.jurisdiction_edit.text() == "kota.test"
            asked = [c for c in srv.calls if c[1].endswith("/services.json")]
            assert asked[-1][2].get("jurisdiction_id") == ["kota.test"]
        assert config.user_value(settings.OPEN311_JURISDICTION_ID) is None  # IT's, not saved
        assert config.get(settings.OPEN311_JURISDICTION_ID) == "kota.test"
    finally:
        gui_main.set_backend_choice(None)


def test_a_refusal_when_a_sync_signs_in_again_is_not_called_unreachable(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sync that must sign in again (after an offline sign-in, or a new address)
    and meets the Open311 server's no (here: the jurisdiction IT changed to a wrong
    one) ends "failed" while online, not "server unreachable; sent later" (the
    status bar then says the server's answer could not be used)."""
    import dataclasses

    from officer_app.sync.engine import Outcome

    config = it_settings(tmp_path, monkeypatch, '[defaults]\nsync_backend = "open311"\n')
    gui_main.set_backend_choice(config.backend_choice())
    try:
        with VariantServer(Variant(n=10, cap=100, jurisdiction="kota.test")) as srv:
            dialog = gui_main.sign_in_dialog(
                config, gui_main.authenticator(tmp_path / "profiles"), srv.url
            )
            qtbot.addWidget(dialog)
            submit(qtbot, dialog, "kota.test")
            qtbot.waitUntil(lambda: dialog.session is not None, timeout=60_000)
            session = dialog.session
            root = session.profile.root
            good = WorkstationServices(
                session, make_backend=lambda url: gui_main.make_backend(url, state_dir=root)
            )
            assert good.sync(lambda _p: None, lambda: False).outcome == Outcome.OK.value
            good.close()

            wrong = dataclasses.replace(config.backend_choice(), jurisdiction_id="kota.salah")
            gui_main.set_backend_choice(wrong)
            services = WorkstationServices(
                session, make_backend=lambda url: gui_main.make_backend(url, state_dir=root)
            )
            services.set_server_url(srv.url)  # as after an offline sign-in: log in anew
            outcome = services.sync(lambda _p: None, lambda: False)
            services.close()
            session.profile.lock()
            assert outcome.online  # the server answered: not "unreachable"
            assert outcome.outcome == Outcome.FAILED.value
            assert outcome.message is not None
            assert "kota.test" in outcome.message  # the server's own words, kept for the log
    finally:
        gui_main.set_backend_choice(None)
