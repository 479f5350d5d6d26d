"""The machine-wide config (IT) applied at start: precedence, read-only fields, errors."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

import pytest

from officer_app import machine_config, settings
from officer_app.gui_main import add_gui_arguments, run_gui, sign_in_dialog


def _write_config(tmp_path: Path, monkeypatch, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv(machine_config.ENV_VAR, str(path))
    return path


@pytest.fixture
def ca_file(tmp_path: Path) -> Path:
    pem = tmp_path / "pemprov-ca.pem"
    pem.write_text("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n")
    return pem


def test_precedence_enforced_then_user_then_machine_default_then_builtin(
    tmp_path: Path, monkeypatch, ca_file: Path
) -> None:
    _write_config(
        tmp_path,
        monkeypatch,
        f"""
[defaults]
server_url = "https://crm.jakarta.go.id"
tile_source = "https://tiles.jakarta.go.id/{{z}}/{{x}}/{{y}}.png"

[enforced]
ca_bundle = '{ca_file}'
desk_channel = "kelurahan"
tiles_online = false
""",
    )
    config = settings.Settings(tmp_path / "data", machine_config.load())

    # nothing set by the user: the machine's defaults, then the built-in ones
    assert config.user_value(settings.SERVER_URL) is None
    assert config.get(settings.SERVER_URL) == "https://crm.jakarta.go.id"
    assert config.get(settings.TILE_SOURCE) == "https://tiles.jakarta.go.id/{z}/{x}/{y}.png"
    assert config.get(settings.TILE_ATTRIBUTION) == ""
    assert config.get(settings.ALLOW_INSECURE_HTTP) is False
    # the user's own value beats the machine default ...
    config.set(settings.SERVER_URL, "https://crm-uji.jakarta.go.id")
    assert config.user_value(settings.SERVER_URL) == "https://crm-uji.jakarta.go.id"
    assert config.get(settings.SERVER_URL) == "https://crm-uji.jakarta.go.id"
    assert not config.is_enforced(settings.SERVER_URL)
    # ... but not what IT enforced
    config.set(settings.CA_BUNDLE, str(tmp_path / "mine.pem"))
    config.set(settings.TILES_ONLINE, True)
    assert config.get(settings.CA_BUNDLE) == str(ca_file)
    assert config.get(settings.TILES_ONLINE) is False
    assert config.tile_config().online is False
    assert config.is_enforced(settings.CA_BUNDLE)
    from officer_app.views.desk.intake_page import DESK_CHANNEL

    assert config.get(DESK_CHANNEL) == "kelurahan"
    assert config.is_enforced(DESK_CHANNEL)


def test_without_a_machine_file_the_users_settings_apply(tmp_path: Path) -> None:
    config = settings.Settings(tmp_path / "data")
    assert config.get(settings.SERVER_URL) == settings.SERVER_URL.default
    config.set(settings.SERVER_URL, "https://crm-uji.jakarta.go.id")
    assert config.get(settings.SERVER_URL) == "https://crm-uji.jakarta.go.id"
    assert not config.is_enforced(settings.SERVER_URL)
    # ... but never for a key only IT may set (tests/security/test_locked_settings.py)
    config.set(settings.ALLOW_INSECURE_HTTP, True)
    assert config.get(settings.ALLOW_INSECURE_HTTP) is False


def test_an_enforced_server_address_is_read_only_at_sign_in(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    _write_config(tmp_path, monkeypatch, '[enforced]\nserver_url = "https://crm.jakarta.go.id"\n')
    config = settings.Settings(tmp_path / "data", machine_config.load())
    config.set(settings.SERVER_URL, "https://elsewhere.example")  # an old user value
    dialog = sign_in_dialog(config, lambda *a: None, config.get(settings.SERVER_URL))
    qtbot.addWidget(dialog)
    assert dialog.server_edit.text() == "https://crm.jakarta.go.id"
    assert dialog.server_edit.isReadOnly()
    assert dialog.server_edit.toolTip()


def test_a_server_address_the_user_may_change_stays_editable(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    _write_config(tmp_path, monkeypatch, '[defaults]\nserver_url = "https://crm.jakarta.go.id"\n')
    config = settings.Settings(tmp_path / "data", machine_config.load())
    dialog = sign_in_dialog(config, lambda *a: None, config.get(settings.SERVER_URL))
    qtbot.addWidget(dialog)
    assert dialog.server_edit.text() == "https://crm.jakarta.go.id"
    assert not dialog.server_edit.isReadOnly()


def test_a_wrong_machine_file_stops_the_start_with_its_message(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    _write_config(tmp_path, monkeypatch, '[enforced]\nserver_url = "http://10.1.2.3:8765"\n')
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    parser = argparse.ArgumentParser()
    add_gui_arguments(parser)
    args = parser.parse_args(["--data-dir", str(tmp_path / "data")])
    try:
        code = run_gui(args)
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "_officer_app", False):  # run_gui's log file
                root.removeHandler(handler)
                handler.close()
    assert code != 0
    assert len(shown) == 1
    assert "config.toml" in shown[0]
    assert "server_url" in shown[0]
    log_text = "".join(p.read_text() for p in (tmp_path / "data" / "logs").glob("*.log*"))
    assert "machine-wide config unusable" in log_text
