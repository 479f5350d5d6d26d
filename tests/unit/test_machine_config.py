"""Machine-wide settings: where the file is, what it may say, and who wins."""

from __future__ import annotations

from pathlib import Path

import pytest

from officer_app import machine_config as mc


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_file_locations_per_platform_and_the_env_override() -> None:
    assert mc.default_path({}, "linux") == Path("/etc/crm-officer/config.toml")
    windows = mc.default_path({"PROGRAMDATA": r"D:\ProgramData"}, "win32")
    assert windows == Path(r"D:\ProgramData") / "CRM Officer" / "config.toml"
    assert mc.default_path({mc.ENV_VAR: "/srv/crm.toml"}, "win32") == Path("/srv/crm.toml")


def test_missing_default_file_means_nothing_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mc, "POSIX_PATH", tmp_path / "etc" / "config.toml")
    monkeypatch.setattr(mc.sys, "platform", "linux")
    config = mc.load(env={})
    assert (config.defaults, config.enforced, config.path) == ({}, {}, None)
    assert config.resolve("server_url") == mc.Resolved("http://127.0.0.1:8765", "builtin")


def test_a_path_named_in_the_environment_must_exist(tmp_path: Path) -> None:
    with pytest.raises(mc.MachineConfigError, match="tidak ditemukan"):
        mc.load(env={mc.ENV_VAR: str(tmp_path / "typo.toml")})


def test_precedence_enforced_over_user_over_machine_default_over_builtin(tmp_path: Path) -> None:
    ca = tmp_path / "pemprov-ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    path = write(
        tmp_path,
        f"""
        [defaults]
        server_url = "https://crm.jakarta.go.id/"
        tile_source = "https://tiles.jakarta.go.id/{{z}}/{{x}}/{{y}}.png"
        ca_bundle = '{ca}'

        [enforced]
        tiles_online = false
        desk_channel = "kelurahan"
        """,
    )
    config = mc.load(env={mc.ENV_VAR: str(path)})
    assert config.path == path
    # machine default, then the user's own value wins over it
    assert config.resolve("server_url") == mc.Resolved("https://crm.jakarta.go.id", "machine")
    assert config.resolve("server_url", "https://uji.crm.example") == mc.Resolved(
        "https://uji.crm.example", "user"
    )
    assert config.resolve("server_url", "").source == "machine"  # empty: the user set nothing
    # enforced beats the user
    assert config.resolve("tiles_online", True) == mc.Resolved(False, "enforced")
    assert config.is_enforced("tiles_online")
    # a key only IT may set ignores the user's value even as a machine default
    assert config.resolve("ca_bundle", "/tmp/evil.pem") == mc.Resolved(str(ca), "machine")
    assert config.is_enforced("ca_bundle")
    assert not config.is_enforced("server_url")
    # nothing anywhere: the built-in default
    assert config.resolve("tile_attribution") == mc.Resolved("", "builtin")
    assert config.resolve("tile_attribution", "© Pemprov").source == "user"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[defaults]\nserver_url = 'crm.jakarta.go.id'", "[defaults].server_url: harus alamat"),
        ("[defaults]\nserver_url = 'http://crm.jakarta.go.id'", "gunakan https"),
        ("[enforced]\nca_bundle = '/nowhere/ca.pem'", "[enforced].ca_bundle: berkas tidak"),
        ("[defaults]\ntile_source = 'https://t.example/{z}/{x}.png'", "harus memuat {y}"),
        ("[defaults]\ntiles_online = 'yes'", "harus true atau false"),
        ("[enforced]\ngeocoder_url = 'http://geocode.example/search'", "gunakan https"),
        ("[enforced]\ngeocoder_url = 'https://g.example/search?q=x'", "tanpa ?..."),
        (
            "[enforced]\ndesk_channel = 'jaki'",
            "harus salah satu dari: inspektorat, kecamatan, kelurahan, pendopo, wali_kota",
        ),
        (
            "[defaults]\nsync_backend = 'soap'",
            "sync_backend: harus salah satu dari: native, open311",
        ),
        ("[enforced]\nopen311_jurisdiction_id = 5", "open311_jurisdiction_id: harus berupa teks"),
        ("[defaults]\nopen311_service_map = '/nowhere/s.toml'", "berkas tidak ditemukan"),
        ("[defaults]\nserver = 'https://x'", "kunci tidak dikenal [defaults].server"),
        ("[default]\nserver_url = 'https://x'", "bagian tidak dikenal: default"),
        ("[defaults\nserver_url = 1", "bukan TOML yang sah"),
        (
            "[defaults]\nserver_url = 'https://a'\n[enforced]\nserver_url = 'https://b'",
            "[defaults] dan [enforced] sekaligus: server_url",
        ),
    ],
)
def test_invalid_files_are_refused_with_the_key_and_the_reason(
    tmp_path: Path, text: str, message: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(mc.MachineConfigError) as refused:
        mc.load(path)
    assert message in refused.value.message
    assert str(path) in refused.value.message


def test_loopback_http_and_a_notepad_bom_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes("\ufeff[defaults]\nserver_url = 'http://127.0.0.1:8765'\n".encode())
    assert mc.load(path).resolve("server_url").value == "http://127.0.0.1:8765"


def test_every_key_is_documented_in_the_deployment_guide() -> None:
    guide = Path(__file__).resolve().parents[2] / "docs" / "deployment.md"
    text = guide.read_text(encoding="utf-8")
    for key in mc.KEYS:
        assert f"`{key}`" in text, key


def test_the_geocoder_address_is_it_only(tmp_path: Path) -> None:
    path = write(tmp_path, "[defaults]\ngeocoder_url = 'https://geocode.jakarta.go.id/search/'\n")
    config = mc.load(path)
    # listed by IT even as a default: locked, the user's value and a flag never apply
    assert config.resolve("geocoder_url", "https://evil.example/search") == mc.Resolved(
        "https://geocode.jakarta.go.id/search", "machine"
    )
    assert config.resolve("geocoder_url", flag="https://x.example/search").source == "machine"
    assert config.is_enforced("geocoder_url")
    # nothing from IT: no address search, whatever the user's file says
    assert mc.MachineConfig().resolve("geocoder_url", "https://evil.example/s").value == ""
    assert mc.load(write(tmp_path, "[enforced]\ngeocoder_url = ''\n")).value("geocoder_url") == ""
