"""Settings IT sets for every user of a PC: one machine-wide TOML file, read at start.

Where it is, fixed per OS:
- Windows: ``<ProgramData>\\CRM Officer\\config.toml`` (ProgramData as Windows
  reports the known folder, not from an environment variable);
- elsewhere: ``/etc/crm-officer/config.toml``.
Only a run from source (tests, development: not ``sys.frozen``) honours the
environment variable ``CRM_OFFICER_CONFIG`` naming another file; the built
program ignores it, so nobody moves IT's file away by setting a variable.
A missing file is normal (nothing set by IT). A file that is there but wrong stops
the start with ``MachineConfigError``: its message names the file, the key and
what is wrong, in Bahasa Indonesia (IT reads it in the log and the dialog).

Two tables::

    [defaults]   # the machine's defaults: a user may change those marked so
    server_url = "https://crm.jakarta.go.id"
    tile_source = "https://tiles.jakarta.go.id/{z}/{x}/{y}.png"

    [enforced]   # fixed by IT: users cannot change them
    ca_bundle = 'C:\\ProgramData\\CRM Officer\\pemprov-ca.pem'
    desk_channel = "pendopo"

One rule for every key (``MachineConfig.resolve``), whoever asks (the settings
of the window, the command line):

1. ``[enforced]``: IT's value, whatever the user's settings.ini, a command-line
   flag or the environment say; enforced empty ("locked without a value"): the
   built-in (secure) default.
2. a key IT alone may set (``ca_bundle``, ``allow_insecure_http``,
   ``trust_env_ca``) listed under ``[defaults]`` is locked too.
3. a command-line flag of this run (``flag``), then the user's own value from
   settings.ini (``user_value``), only where the key allows a user's value; an
   IT-only key takes a flag only when IT's file does not name the key, and never
   a value from settings.ini.
4. IT's ``[defaults]``, then the built-in default.

See docs/deployment.md. Qt-free: ``settings`` (Qt), the GUI and the CLI ask
``resolve(key, user_value, flag=...)``.
"""

from __future__ import annotations

import os
import sys
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from crm_shared.domain.channels import FACE_TO_FACE
from officer_app.sync.transport import is_loopback

ENV_VAR = "CRM_OFFICER_CONFIG"
WINDOWS_DIR_NAME = "CRM Officer"
POSIX_PATH = Path("/etc/crm-officer/config.toml")
TABLES = ("defaults", "enforced")

Source = Literal["enforced", "flag", "user", "machine", "builtin"]


class MachineConfigError(ValueError):
    """The machine-wide config file is unusable; ``message`` says where and why."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = f"Berkas konfigurasi komputer {path}: {message}"


# --- the keys -------------------------------------------------------------------------


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("harus berupa teks")
    return value.strip()


def _server_url(value: Any) -> str:
    url = _str(value).rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValueError("harus alamat lengkap seperti https://crm.jakarta.go.id")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ValueError("alamat http:// hanya untuk server di komputer ini; gunakan https://")
    return url


def _existing_file(value: Any) -> str:
    if _str(value) == "":
        return ""  # locked (or defaulted) without a value: the built-in default
    path = Path(_str(value)).expanduser()
    if not path.is_file():
        raise ValueError(f"berkas tidak ditemukan: {path}")
    return str(path)


def _public_url(value: Any) -> str:
    url = _str(value).rstrip("/")
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValueError("harus alamat lengkap seperti https://crm.jakarta.go.id")
    return url


def _tile_source(value: Any) -> str:
    template = _str(value)
    if not template:
        return ""
    missing = [p for p in ("{z}", "{x}", "{y}") if p not in template]
    if missing:
        raise ValueError(f"templat ubin harus memuat {', '.join(missing)}")
    if urlsplit(template.replace("{s}", "a")).scheme not in ("https", "http"):
        raise ValueError("templat ubin harus alamat http(s)")
    return template


def _geocoder_url(value: Any) -> str:
    if _str(value) == "":
        return ""  # locked (or defaulted) without a value: no address search
    url = _server_url(value)
    if urlsplit(url).query or urlsplit(url).fragment:
        raise ValueError("alamat pencarian tanpa ?...: parameter ditambahkan oleh aplikasi")
    return url


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("harus true atau false")
    return value


def _desk_channel(value: Any) -> str:
    channel = _str(value)
    allowed = sorted(c.value for c in FACE_TO_FACE)
    if channel not in allowed:
        raise ValueError(f"harus salah satu dari: {', '.join(allowed)}")
    return channel


def _sync_backend(value: Any) -> str:
    kind = _str(value)
    if kind not in SYNC_BACKENDS:
        raise ValueError(f"harus salah satu dari: {', '.join(SYNC_BACKENDS)}")
    return kind


SYNC_BACKENDS = ("native", "open311")  # officer_app.sync.backends.KINDS
MAP_PROCESS_MODES = ("auto", "separate", "inside")  # officer_app.views.map_settings.MODES


def _map_process(value: Any) -> str:
    mode = _str(value)
    if mode and mode not in MAP_PROCESS_MODES:
        raise ValueError(f"harus salah satu dari: {', '.join(MAP_PROCESS_MODES)}")
    return mode


@dataclass(frozen=True)
class Key:
    """One machine-wide setting: its check, built-in default and whether users may override."""

    name: str
    check: Callable[[Any], Any]
    builtin: Any
    user_may_override: bool
    doc: str


KEYS: dict[str, Key] = {
    k.name: k
    for k in (
        Key(
            "server_url",
            _server_url,
            "http://127.0.0.1:8765",
            True,
            "Address of the central CRM server.",
        ),
        Key(
            "ca_bundle",
            _existing_file,
            "",
            False,
            "PEM file of the CAs that sign the server's certificate (government PKI); "
            "empty: the usual public roots.",
        ),
        Key(
            "allow_insecure_http",
            _bool,
            False,
            False,
            "Allow plain http:// to a server that is not on this PC (test networks only).",
        ),
        Key(
            "tile_source",
            _tile_source,
            "",
            True,
            "XYZ tile address template with {z} {x} {y} (optional {s}); empty: no online tiles.",
        ),
        Key("tile_attribution", _str, "", True, "Credit line of the tile source."),
        Key(
            "tile_mbtiles",
            _existing_file,
            "",
            True,
            "An MBTiles file of the area, read before the cache and the network.",
        ),
        Key("tiles_online", _bool, True, True, "Fetch missing tiles from the tile source."),
        Key(
            "trust_env_ca",
            _bool,
            False,
            False,
            "Let REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE name the CAs to trust (e.g. a TLS "
            "inspecting proxy); off: the environment never widens trust.",
        ),
        Key(
            "tracking_url",
            _public_url,
            "https://crm.jakarta.go.id",
            False,
            "Where citizens follow a report (<url>/lacak/<number>: the receipt's QR code) "
            "when the server does not publish it.",
        ),
        Key(
            "geocoder_url",
            _geocoder_url,
            "",
            False,  # what is typed there is a citizen's address: only where IT chose
            "Nominatim-compatible search address (e.g. https://geocode.jakarta.go.id/search) "
            "for street and place search in the location picker; empty: kelurahan and "
            "kecamatan names only (offline).",
        ),
        Key(
            "desk_channel",
            _desk_channel,
            "",
            True,  # a where-am-I fact the desk may pick, unless IT enforces it
            "The walk-in desk this PC serves (pendopo, kelurahan, kecamatan, ...): "
            "the channel of the complaints filed here.",
        ),
        Key(
            "sync_backend",
            _sync_backend,
            "native",
            True,
            "native: the central CRM server's protocol; open311: an Open311 GeoReport v2 "
            "endpoint at the server address.",
        ),
        Key(
            "open311_jurisdiction_id",
            _str,
            "",
            True,
            "Open311: the jurisdiction_id sent with every request (servers that serve "
            "several cities require it); empty: none.",
        ),
        Key(
            "map_process",
            _map_process,
            "auto",
            False,
            "Where the map's web engine runs: separate (a process of its own, its window "
            "embedded: the app's own memory stays lean), inside (in the app's process), "
            "auto (separate on Windows and X11, inside where a window cannot be embedded).",
        ),
        Key(
            "open311_service_map",
            _existing_file,
            "",
            True,
            "Open311: a JSON/TOML file mapping each service_code to a category id.",
        ),
    )
}


@dataclass(frozen=True)
class Resolved:
    value: Any
    source: Source


@dataclass(frozen=True)
class MachineConfig:
    """The validated machine-wide settings (empty when there is no file)."""

    path: Path | None = None
    defaults: Mapping[str, Any] = field(default_factory=dict)
    enforced: Mapping[str, Any] = field(default_factory=dict)

    def is_enforced(self, key: str) -> bool:
        """IT's file decides this key (enforced, or an IT-only key it lists at all)."""
        spec = KEYS[key]
        return key in self.enforced or (not spec.user_may_override and key in self.defaults)

    def resolve(self, key: str, user_value: Any = None, *, flag: Any = None) -> Resolved:
        """The value in force (the module's rule): enforced > flag > user > machine > built-in.

        ``user_value`` (settings.ini) and ``flag`` (this run's command line) None or
        "" mean nothing set; each applies only where the key allows it.
        """
        spec = KEYS[key]
        if key in self.enforced:
            value = self.enforced[key]
            return Resolved(spec.builtin if value == "" else value, "enforced")
        if not _unset(flag) and not self.is_enforced(key):
            return Resolved(flag, "flag")
        if spec.user_may_override and not _unset(user_value):
            return Resolved(user_value, "user")
        if key in self.defaults:
            return Resolved(self.defaults[key], "machine")
        return Resolved(spec.builtin, "builtin")

    def value(self, key: str, user_value: Any = None, *, flag: Any = None) -> Any:
        return self.resolve(key, user_value, flag=flag).value


def _unset(value: Any) -> bool:
    return value is None or value == ""


def is_production_build() -> bool:
    """The built program (PyInstaller sets ``sys.frozen``), not a run from source."""
    return bool(getattr(sys, "frozen", False))


def _program_data(env: Mapping[str, str]) -> Path:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        from platformdirs.windows import get_win_folder

        return Path(get_win_folder("CSIDL_COMMON_APPDATA"))  # the known folder API
    return Path(env.get("PROGRAMDATA") or r"C:\ProgramData")  # tests elsewhere


def env_override(env: Mapping[str, str] | None = None, *, frozen: bool | None = None) -> str:
    """``CRM_OFFICER_CONFIG`` where it is honoured (runs from source only), else ""."""
    env = os.environ if env is None else env
    frozen = is_production_build() if frozen is None else frozen
    return "" if frozen else env.get(ENV_VAR, "").strip()


def default_path(
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
    *,
    frozen: bool | None = None,
) -> Path:
    """Where the machine-wide file is looked for (fixed per OS; see the module doc)."""
    env = os.environ if env is None else env
    override = env_override(env, frozen=frozen)
    if override:
        return Path(override).expanduser()
    if (platform or sys.platform) == "win32":
        return _program_data(env) / WINDOWS_DIR_NAME / "config.toml"
    return POSIX_PATH


def parse(text: str, path: Path) -> MachineConfig:
    """Validate the file's text; ``MachineConfigError`` names the first problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise MachineConfigError(path, f"bukan TOML yang sah ({exc})") from None
    unknown_tables = sorted(set(data) - set(TABLES))
    if unknown_tables:
        raise MachineConfigError(
            path,
            f"bagian tidak dikenal: {', '.join(unknown_tables)} "
            f"(yang dikenal: [defaults], [enforced])",
        )
    tables: dict[str, dict[str, Any]] = {}
    for table in TABLES:
        raw = data.get(table, {})
        if not isinstance(raw, dict):
            raise MachineConfigError(path, f"[{table}] harus berupa tabel")
        checked: dict[str, Any] = {}
        for key, value in raw.items():
            spec = KEYS.get(key)
            if spec is None:
                known = ", ".join(sorted(KEYS))
                raise MachineConfigError(
                    path, f"kunci tidak dikenal [{table}].{key} (yang dikenal: {known})"
                )
            try:
                checked[key] = spec.check(value)
            except ValueError as exc:
                raise MachineConfigError(path, f"[{table}].{key}: {exc}") from None
        tables[table] = checked
    both = sorted(set(tables["defaults"]) & set(tables["enforced"]))
    if both:
        raise MachineConfigError(
            path, f"kunci ada di [defaults] dan [enforced] sekaligus: {', '.join(both)}"
        )
    return MachineConfig(path, tables["defaults"], tables["enforced"])


def load(path: Path | None = None, env: Mapping[str, str] | None = None) -> MachineConfig:
    """Read and validate the machine-wide file; an absent file gives an empty config.

    A path named in ``CRM_OFFICER_CONFIG`` must exist (a typo there should be loud).
    """
    env = os.environ if env is None else env
    if env.get(ENV_VAR, "").strip() and is_production_build():
        import logging

        logging.getLogger(__name__).warning(
            "%s ignored: the built program reads IT's file at its fixed place only", ENV_VAR
        )
    named = path is not None or bool(env_override(env))
    target = path if path is not None else default_path(env)
    try:
        text = target.read_text(encoding="utf-8-sig")  # Notepad may add a BOM
    except FileNotFoundError:
        if named:
            raise MachineConfigError(target, "berkas tidak ditemukan") from None
        return MachineConfig()
    except (OSError, UnicodeDecodeError) as exc:
        raise MachineConfigError(target, f"tidak dapat dibaca ({exc})") from None
    return parse(text, target)
