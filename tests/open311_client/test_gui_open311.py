"""The window on an Open311 endpoint, configured as IT would (machine config), built
by the same code as ``officer-app sync --backend open311`` (officer_app.sync.backends);
a request the server fails on is listed in "Perlu perhatian", kept over a restart,
and gone once a later pull brings it."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_host import StubHost
from PySide6.QtCore import Qt

from officer_app import gui_main, machine_config, settings
from officer_app.app import WorkstationServices
from officer_app.sync.open311_backend import Open311Backend
from officer_app.views.attention import COL_ACTION, COL_REASON, COL_STATE, AttentionPage
from officer_app.views.signin import SignInDialog

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


def sync(services: WorkstationServices) -> None:
    outcome = services.sync(lambda _p: None, lambda: False)
    assert outcome.online, outcome
    assert outcome.outcome == "ok", outcome


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
            sync(services)
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
