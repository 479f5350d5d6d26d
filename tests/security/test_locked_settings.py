"""Locked means locked: IT's machine-wide file wins, key by key, over the user's
settings.ini, this run's command-line flags and the environment.

Every key of docs/deployment.md's table (``machine_config.KEYS``) is tried the same
way through the one rule (``MachineConfig.resolve``) as the window reads it
(``settings.Settings.get``) and as a flag would (``Settings.resolve_flag``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from officer_app import machine_config as mc
from officer_app import settings
from officer_app.gui_main import transport_policy
from officer_app.sync.backend import ProtocolError
from officer_app.sync.http_backend import HttpBackend, InsecureTransportError, TransportPolicy

from .test_transport import SHA, https_server  # noqa: F401 - a fixture

SETTING_OF = {name: key for key, name in settings.MACHINE_KEYS.items()}


def _setting(name: str) -> Any:
    key = SETTING_OF[name]
    for setting in settings.ALL_SETTINGS:
        if setting.key == key:
            return setting
    from officer_app.views.desk.intake_page import DESK_CHANNEL

    assert key == DESK_CHANNEL.key
    return DESK_CHANNEL


def _samples(tmp_path: Path) -> dict[str, tuple[Any, Any, str]]:
    """Per key: IT's value, a different value the user (file or flag) tries, its TOML."""
    it_ca = tmp_path / "pemprov-ca.pem"
    it_ca.write_text("-----BEGIN CERTIFICATE-----\n")
    user_ca = tmp_path / "evil-ca.pem"
    user_ca.write_text("-----BEGIN CERTIFICATE-----\n")
    mbtiles = tmp_path / "it.mbtiles"
    mbtiles.write_bytes(b"")
    it_map = tmp_path / "it-services.toml"
    it_map.write_text('[services]\n"001" = "penerangan-jalan"\n', encoding="utf-8")
    return {
        "server_url": ("https://crm.jakarta.go.id", "http://10.9.9.9:8765", ""),
        "ca_bundle": (str(it_ca), str(user_ca), ""),
        "allow_insecure_http": (False, True, ""),
        "trust_env_ca": (False, True, ""),
        "tile_source": (
            "https://tiles.jakarta.go.id/{z}/{x}/{y}.png",
            "https://evil.example/{z}/{x}/{y}.png",
            "",
        ),
        "tile_attribution": ("Peta dasar: Pemprov DKI", "<img src=x onerror=alert(1)>", ""),
        "tile_mbtiles": (str(mbtiles), str(tmp_path / "user.mbtiles"), ""),
        "tiles_online": (False, True, ""),
        "desk_channel": ("kelurahan", "pendopo", ""),
        "tracking_url": ("https://crm.jakarta.go.id", "https://evil.example", ""),
        "geocoder_url": (
            "https://geocode.jakarta.go.id/search",
            "https://evil.example/search",
            "",
        ),
        "sync_backend": ("open311", "native", ""),
        "open311_jurisdiction_id": ("jakarta.go.id", "kota.lain", ""),
        "open311_service_map": (str(it_map), str(tmp_path / "user-services.json"), ""),
        "map_process": ("inside", "separate", ""),
    }


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "'" + str(value) + "'"


def _machine(tmp_path: Path, table: str, name: str, value: Any) -> mc.MachineConfig:
    path = tmp_path / f"config-{table}-{name}.toml"
    path.write_text(f"[{table}]\n{name} = {_toml(value)}\n", encoding="utf-8")
    return mc.load(path)


def test_every_key_of_the_table_is_tried_here(tmp_path: Path) -> None:
    assert set(_samples(tmp_path)) == set(mc.KEYS) == set(settings.MACHINE_KEYS.values())


@pytest.mark.parametrize("name", sorted(mc.KEYS))
def test_it_enforced_value_beats_the_users_file_and_flags(name: str, tmp_path: Path) -> None:
    it_value, user_value, _ = _samples(tmp_path)[name]
    setting = _setting(name)
    config = settings.Settings(tmp_path / "data", _machine(tmp_path, "enforced", name, it_value))
    config.set(setting, user_value)  # the user's own settings.ini says otherwise
    assert config.get(setting) == setting.coerce(it_value)
    assert config.resolve_flag(setting, user_value) == setting.coerce(it_value)
    assert config.is_enforced(setting)
    # A fresh Settings over the same files: the same answer (nothing cached in memory).
    again = settings.Settings(tmp_path / "data", config.machine)
    assert again.get(setting) == setting.coerce(it_value)


@pytest.mark.parametrize("name", sorted(k for k in mc.KEYS if mc.KEYS[k].check is not mc._bool))
def test_a_key_it_locks_without_a_value_falls_back_to_the_secure_default(
    name: str, tmp_path: Path
) -> None:
    spec = mc.KEYS[name]
    _, user_value, _ = _samples(tmp_path)[name]
    setting = _setting(name)
    try:
        machine = _machine(tmp_path, "enforced", name, "")
    except mc.MachineConfigError:
        # A key that cannot be empty (the server address, the desk channel): IT's file
        # that tries is refused at start, which never lets a user's value in either.
        assert name in ("server_url", "desk_channel", "sync_backend")
        return
    config = settings.Settings(tmp_path / "data", machine)
    config.set(setting, user_value)
    assert config.get(setting) == setting.coerce(spec.builtin)
    assert config.resolve_flag(setting, user_value) == setting.coerce(spec.builtin)


@pytest.mark.parametrize("name", sorted(k for k in mc.KEYS if not mc.KEYS[k].user_may_override))
def test_it_only_keys_never_take_the_users_file(name: str, tmp_path: Path) -> None:
    """No machine file at all: settings.ini still cannot set what only IT may."""
    _, user_value, _ = _samples(tmp_path)[name]
    setting = _setting(name)
    config = settings.Settings(tmp_path / "data")  # nothing from IT
    config.set(setting, user_value)
    assert config.user_value(setting) is not None  # it is in the file ...
    assert config.get(setting) == setting.coerce(mc.KEYS[name].builtin)  # ... and ignored
    # Listed by IT under [defaults]: locked as well, a flag does not move it.
    it_value, _, _ = _samples(tmp_path)[name]
    locked = settings.Settings(tmp_path / "d2", _machine(tmp_path, "defaults", name, it_value))
    assert locked.resolve_flag(setting, user_value) == setting.coerce(it_value)


@pytest.mark.parametrize("name", sorted(k for k in mc.KEYS if mc.KEYS[k].user_may_override))
def test_keys_a_user_may_set_take_the_users_value_over_its_default(
    name: str, tmp_path: Path
) -> None:
    it_value, user_value, _ = _samples(tmp_path)[name]
    if name == "server_url":
        user_value = "https://crm-uji.jakarta.go.id"
    setting = _setting(name)
    config = settings.Settings(tmp_path / "data", _machine(tmp_path, "defaults", name, it_value))
    assert config.get(setting) == setting.coerce(it_value)
    config.set(setting, user_value)
    assert config.get(setting) == setting.coerce(user_value)


def test_the_users_file_cannot_open_plain_http_or_a_ca_of_its_own(tmp_path: Path) -> None:
    """The attack of issue 18: settings.ini with allow_insecure_http / ca_bundle."""
    evil_ca = tmp_path / "evil.pem"
    evil_ca.write_text("-----BEGIN CERTIFICATE-----\n")
    ini = tmp_path / "data" / "settings.ini"
    ini.parent.mkdir()
    ini.write_text(
        f"[security]\nallow_insecure_http=true\nca_bundle={evil_ca}\ntrust_env_ca=true\n",
        encoding="utf-8",
    )
    config = settings.Settings(tmp_path / "data")
    policy = transport_policy(
        config.get(settings.CA_BUNDLE),
        config.get(settings.ALLOW_INSECURE_HTTP),
        config.get(settings.TRUST_ENV_CA),
    )
    assert policy == TransportPolicy()
    with pytest.raises(InsecureTransportError):
        HttpBackend("http://10.1.2.3:8765", transport=policy)


def _cli_sync(tmp_path: Path, config_text: str, *flags: str) -> subprocess.CompletedProcess[str]:
    machine = tmp_path / "config.toml"
    machine.write_text(config_text, encoding="utf-8")
    import os

    env = {**os.environ, mc.ENV_VAR: str(machine)}
    return subprocess.run(
        [sys.executable, "-m", "officer_app", "sync", "--profile", str(tmp_path / "p"),
         "--server", "http://crm.example.go.id", "--user", "officer.demo", "--password-stdin",
         *flags],
        input="sandi\n", capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip


def test_the_cli_flag_cannot_allow_plain_http_when_it_says_no(tmp_path: Path) -> None:
    run = _cli_sync(tmp_path, "[enforced]\nallow_insecure_http = false\n", "--allow-insecure-http")
    assert run.returncode == 1
    assert "diabaikan" in run.stderr
    assert "http tanpa enkripsi" in run.stderr
    assert "Traceback" not in run.stderr
    assert not (tmp_path / "p" / "profile.key").exists()


def test_an_enforced_server_address_beats_the_cli_flag(tmp_path: Path) -> None:
    # IT's address is https on a port nobody listens on: the run must go THERE (and
    # fail as unreachable), never to the plain-http address of the flag.
    run = _cli_sync(tmp_path, "[enforced]\nserver_url = 'https://127.0.0.1:9'\n")
    assert "--server diabaikan" in run.stderr
    assert "http tanpa enkripsi" not in run.stderr
    assert run.returncode == 3  # unreachable (IT's address), not refused as plain http


def test_it_file_location_is_fixed_in_the_built_program(tmp_path: Path, monkeypatch) -> None:
    elsewhere = tmp_path / "mine.toml"
    elsewhere.write_text("[enforced]\nallow_insecure_http = true\n", encoding="utf-8")
    env = {mc.ENV_VAR: str(elsewhere)}
    # A run from source (tests, development) may point elsewhere ...
    assert mc.default_path(env, "linux", frozen=False) == elsewhere
    # ... the built program never does, on either OS.
    assert mc.default_path(env, "linux", frozen=True) == mc.POSIX_PATH
    assert mc.default_path(env, "win32", frozen=True).name == "config.toml"
    assert mc.default_path(env, "win32", frozen=True) != elsewhere
    monkeypatch.setattr(mc.sys, "frozen", True, raising=False)
    monkeypatch.setattr(mc, "POSIX_PATH", tmp_path / "etc" / "config.toml")
    monkeypatch.setattr(mc.sys, "platform", "linux")
    loaded = mc.load(env=env)
    assert loaded.path is None  # IT's (absent) file, not the one the variable named
    assert loaded.value("allow_insecure_http") is False


def test_the_environments_ca_variables_do_not_widen_trust(
    https_server: tuple[str, Path],  # noqa: F811 - the fixture
    monkeypatch,
    tmp_path: Path,
) -> None:
    url, ca_pem = https_server
    for variable in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_FILE"):
        monkeypatch.setenv(variable, str(ca_pem))
    backend = HttpBackend(url)
    with pytest.raises(ProtocolError) as err:
        backend.media_head(SHA)
    assert err.value.code == "tls_untrusted"
    # Only where IT allows it (trust_env_ca) does the environment name the CAs.
    config = settings.Settings(
        tmp_path / "data", _machine(tmp_path, "enforced", "trust_env_ca", True)
    )
    policy = transport_policy(
        config.get(settings.CA_BUNDLE),
        config.get(settings.ALLOW_INSECURE_HTTP),
        config.get(settings.TRUST_ENV_CA),
    )
    assert HttpBackend(url, transport=policy).media_head(SHA) is True


@pytest.mark.parametrize("host", ["evil.localhost", "crm.localhost", "localhost.example.com"])
def test_names_under_localhost_are_not_this_pc_without_a_lookup(host: str) -> None:
    with pytest.raises(InsecureTransportError):
        HttpBackend(f"http://{host}:8765")
    HttpBackend("http://localhost:8765").close()
    HttpBackend("http://127.0.0.1:8765").close()


def test_the_environments_ca_variables_do_not_widen_trust_for_tiles(
    tmp_path: Path, monkeypatch
) -> None:
    import ssl
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from officer_app.maps.tiles import TileStore

    from .test_transport import _make_pki

    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32

    class Tiles(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Length", str(len(png)))
            self.end_headers()
            self.wfile.write(png)

        def log_message(self, *args: object) -> None:
            pass

    ca_pem, cert_pem, key_pem = _make_pki(tmp_path)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Tiles)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_pem, key_pem)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(ca_pem))
        template = f"https://127.0.0.1:{server.server_address[1]}/{{z}}/{{x}}/{{y}}.png"
        config = settings.Settings(tmp_path / "data")  # nothing from IT
        config.set(settings.TILE_SOURCE, template)
        refused = TileStore(config.tile_config(), offline_backoff_s=0)
        assert refused.fetch(12, 3285, 2121) is None  # the environment's CA is not trusted
        allowed = settings.Settings(
            tmp_path / "d2", _machine(tmp_path, "enforced", "trust_env_ca", True)
        )
        allowed.set(settings.TILE_SOURCE, template)
        assert TileStore(allowed.tile_config()).fetch(12, 3285, 2121) == png
    finally:
        server.shutdown()
        server.server_close()


def test_tiles_prefetch_takes_its_tile_source_from_it_when_it_fixes_one(
    tmp_path: Path, monkeypatch
) -> None:
    """The cache filled by ``tiles prefetch`` is what the map shows first: IT's
    enforced tile source beats --source and CRM_TILE_SOURCE there too."""
    import argparse
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from officer_app.maps.tiles import _run_prefetch

    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
    seen: dict[str, list[str]] = {"it": [], "other": []}

    def serve(name: str) -> ThreadingHTTPServer:
        class Tiles(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                seen[name].append(self.path)
                self.send_response(200)
                self.send_header("Content-Length", str(len(png)))
                self.end_headers()
                self.wfile.write(png)

            def log_message(self, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Tiles)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return server

    it, other = serve("it"), serve("other")
    try:
        template = "http://127.0.0.1:{}/{{z}}/{{x}}/{{y}}.png"
        machine = tmp_path / "config.toml"
        machine.write_text(
            f"[enforced]\ntile_source = '{template.format(it.server_address[1])}'\n",
            encoding="utf-8",
        )
        monkeypatch.setenv(mc.ENV_VAR, str(machine))
        monkeypatch.setenv("CRM_TILE_SOURCE", template.format(other.server_address[1]))
        args = argparse.Namespace(
            bbox=(106.82, -6.18, 106.83, -6.17),
            zooms=range(12, 13),
            source=template.format(other.server_address[1]),
            cache=str(tmp_path / "cache"),
            force=False,
            delay=0.0,
        )
        assert _run_prefetch(args) == 0
        assert seen["it"]
        assert seen["other"] == []
    finally:
        for server in (it, other):
            server.shutdown()
            server.server_close()
