"""Every setting of the workstation, declared once with its type and default.

Views never scatter raw QSettings keys: they read ``settings.get(IDLE_LOCK_MINUTES)``.
The values live in an INI file in the application's data directory (beside the
per-user profiles), because some of them (language, server address, last officer
id) are needed before anyone has signed in.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QSettings

from officer_app.machine_config import MachineConfig
from officer_app.maps.tiles import TileConfig, check_source
from officer_app.sync.backends import BackendChoice

log = logging.getLogger(__name__)

T = TypeVar("T", int, str, bool, float)

LANGUAGES: tuple[str, ...] = ("id", "en")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: where it is stored, its type, its default and its bounds."""

    key: str
    type: type[T]
    default: T
    doc: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[T, ...] | None = None

    def coerce(self, raw: object) -> T:
        """The stored value as ``type``; the default when it is missing or unusable."""
        if raw is None or raw == "":
            return self.default
        try:
            value: object
            if self.type is bool:
                value = raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")
            else:
                value = self.type(raw)  # type: ignore[call-overload,arg-type]
        except (TypeError, ValueError):
            log.warning("setting %s: unusable stored value, default used", self.key)
            return self.default
        if self.choices is not None and value not in self.choices:
            return self.default
        if self.minimum is not None and isinstance(value, int | float):
            value = max(value, type(value)(self.minimum))
        if self.maximum is not None and isinstance(value, int | float):
            value = min(value, type(value)(self.maximum))
        return cast(T, value)


IDLE_LOCK_MINUTES = Setting(
    "security/idle_lock_minutes",
    int,
    10,
    "Lock the window after this many minutes without keyboard or mouse input (0: never).",
    minimum=0,
    maximum=240,
)
LANGUAGE = Setting("ui/language", str, "id", "Language of the interface.", choices=LANGUAGES)
AUTO_SYNC_MINUTES = Setting(
    "sync/auto_minutes",
    int,
    5,
    "Synchronise automatically every this many minutes (0: only by hand and on reconnect).",
    minimum=0,
    maximum=240,
)
SERVER_URL = Setting(
    "sync/server_url", str, "http://127.0.0.1:8765", "Address of the central CRM server."
)
CA_BUNDLE = Setting(
    "security/ca_bundle",
    str,
    "",
    "PEM file of the CAs that sign the server's certificate (government PKI); "
    "empty: the usual public roots.",
)
ALLOW_INSECURE_HTTP = Setting(
    "security/allow_insecure_http",
    bool,
    False,
    "Allow plain http:// to a server that is not on this PC (test networks only).",
)
OPEN311_JURISDICTION_ID = Setting(
    "sync/open311_jurisdiction_id",
    str,
    "",
    "Open311 GeoReport v2: the jurisdiction_id sent with every request (many servers "
    "that serve several cities require it); empty: none.",
)
SYNC_BACKEND = Setting(
    "sync/backend",
    str,
    "native",
    "native: the central CRM server's protocol; open311: an Open311 GeoReport v2 endpoint "
    "at the server address (officer_app.sync.backends).",
    choices=("native", "open311"),
)
OPEN311_SERVICE_MAP = Setting(
    "sync/open311_service_map",
    str,
    "",
    "Open311: a JSON/TOML file mapping each service_code to a category id; empty: none.",
)
LAST_OFFICER_ID = Setting("auth/last_officer_id", str, "", "Officer id last used to sign in.")
DEADLINE_WARNING_HOURS = Setting(
    "notify/deadline_warning_hours",
    int,
    4,
    "Notify when a deadline is within this many hours.",
    minimum=1,
    maximum=72,
)
TRAY_NOTIFICATIONS = Setting(
    "notify/tray", bool, True, "Show desktop notifications for new reports and close deadlines."
)

# --- the map's background tiles (see maps/tiles.py) ---
MAP_PREFIX = "map/"
TILE_SOURCE = Setting(
    "map/tile_source",
    str,
    "",
    "XYZ tile address template with {z} {x} {y} (optional {s}); empty: no online tiles.",
)
TILE_MBTILES = Setting(
    "map/mbtiles", str, "", "An MBTiles file supplied by IT, read before the cache and network."
)
TILE_CACHE_DIR = Setting(
    "map/tile_cache_dir",
    str,
    "",
    "Where fetched tiles are kept for offline use; empty: 'tiles' in the data directory.",
)
TILE_ATTRIBUTION = Setting(
    "map/tile_attribution", str, "", "Credit line of the tile source shown on the map."
)
TRUST_ENV_CA = Setting(
    "security/trust_env_ca",
    bool,
    False,
    "Let REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE name the CAs to trust (IT only).",
)
TRACKING_URL = Setting(
    "desk/tracking_url",
    str,
    "https://crm.jakarta.go.id",
    "Where citizens follow a report (the receipt's QR code) when the server does not "
    "publish it (IT only).",
)
TILES_ONLINE = Setting(
    "map/tiles_online", bool, True, "Fetch missing tiles from the tile source when online."
)

# IT only (machine config): what is typed there is a citizen's address.
GEOCODER_URL = Setting(
    "search/geocoder_url",
    str,
    "",
    "Nominatim-compatible search address for street and place search in the location "
    "picker (IT only); empty: kelurahan and kecamatan names only.",
)

# IT only (machine config): where the map's web engine runs (views.map_settings).
MAP_PROCESS = Setting(
    "map/process",
    str,
    "auto",
    "Where the map's web engine runs: separate, inside or auto (IT only).",
    choices=("auto", "separate", "inside"),
)

ALL_SETTINGS: tuple[Setting[int] | Setting[str] | Setting[bool], ...] = (
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    AUTO_SYNC_MINUTES,
    SERVER_URL,
    CA_BUNDLE,
    ALLOW_INSECURE_HTTP,
    TRUST_ENV_CA,
    SYNC_BACKEND,
    OPEN311_JURISDICTION_ID,
    OPEN311_SERVICE_MAP,
    LAST_OFFICER_ID,
    DEADLINE_WARNING_HOURS,
    TRAY_NOTIFICATIONS,
    TILE_SOURCE,
    TILE_MBTILES,
    TILE_CACHE_DIR,
    TILE_ATTRIBUTION,
    TILES_ONLINE,
    TRACKING_URL,
    GEOCODER_URL,
    MAP_PROCESS,
)

SETTINGS_FILE = "settings.ini"

# Settings IT may set for every user of the PC (``machine_config``), by machine key.
MACHINE_KEYS: dict[str, str] = {
    SERVER_URL.key: "server_url",
    CA_BUNDLE.key: "ca_bundle",
    ALLOW_INSECURE_HTTP.key: "allow_insecure_http",
    TRUST_ENV_CA.key: "trust_env_ca",
    TILE_SOURCE.key: "tile_source",
    TILE_ATTRIBUTION.key: "tile_attribution",
    TILE_MBTILES.key: "tile_mbtiles",
    TILES_ONLINE.key: "tiles_online",
    GEOCODER_URL.key: "geocoder_url",
    MAP_PROCESS.key: "map_process",
    SYNC_BACKEND.key: "sync_backend",
    OPEN311_JURISDICTION_ID.key: "open311_jurisdiction_id",
    OPEN311_SERVICE_MAP.key: "open311_service_map",
    "desk/channel": "desk_channel",  # views.desk.intake_page.DESK_CHANNEL
    TRACKING_URL.key: "tracking_url",
}


class Settings:
    """Typed access to the settings file of one data directory."""

    def __init__(self, directory: Path, machine: MachineConfig | None = None) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.path = directory / SETTINGS_FILE
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._listeners: list[Callable[[Setting[Any]], None]] = []
        self.machine = machine or MachineConfig()

    def on_change(self, listener: Callable[[Setting[Any]], None]) -> None:
        """Call ``listener(setting)`` after each ``set``/``reset`` (on the caller's thread)."""
        self._listeners.append(listener)

    def _changed(self, setting: Setting[Any]) -> None:
        for listener in list(self._listeners):
            listener(setting)

    def get(self, setting: Setting[T]) -> T:
        """The value in force.

        For a key of IT's table (``MACHINE_KEYS``) the one rule of
        ``MachineConfig.resolve``: IT's enforced value > the user's own value (only
        where the key allows one) > IT's default > the built-in default. A key only
        IT may set never takes a value from this file.
        """
        name = MACHINE_KEYS.get(setting.key)
        if name is not None:
            return setting.coerce(self.machine.resolve(name, self.user_value(setting)).value)
        return setting.coerce(self._qs.value(setting.key))

    def resolve_flag(self, setting: Setting[T], flag: T | None) -> T:
        """The value in force when this run's command line gives ``flag`` for it
        (IT's file still wins; see ``MachineConfig.resolve``)."""
        name = MACHINE_KEYS.get(setting.key)
        if name is None:
            return setting.coerce(flag) if flag not in (None, "") else self.get(setting)
        resolved = self.machine.resolve(name, self.user_value(setting), flag=flag)
        return setting.coerce(resolved.value)

    def user_value(self, setting: Setting[T]) -> T | None:
        """What the user set in this file; None when unset (not the built-in default)."""
        raw = self._qs.value(setting.key)
        if raw is None or raw == "":
            return None
        return setting.coerce(raw)

    def is_enforced(self, setting: Setting[Any]) -> bool:
        """IT fixed this setting for the PC: show it read-only, do not offer to change it."""
        name = MACHINE_KEYS.get(setting.key)
        return name is not None and self.machine.is_enforced(name)

    def set(self, setting: Setting[T], value: T) -> None:
        self._qs.setValue(setting.key, setting.coerce(value))
        self._qs.sync()
        self._changed(setting)

    def reset(self, setting: Setting[T]) -> None:
        self._qs.remove(setting.key)
        self._qs.sync()
        self._changed(setting)

    def backend_choice(self) -> BackendChoice:
        """The sync backend in force (``officer_app.sync.backends``, shared with the CLI)."""
        service_map = self.get(OPEN311_SERVICE_MAP).strip()
        return BackendChoice(
            kind=self.get(SYNC_BACKEND),
            jurisdiction_id=self.get(OPEN311_JURISDICTION_ID).strip() or None,
            service_map=Path(service_map) if service_map else None,
        )

    def tile_config(self) -> TileConfig:
        """The map's tile settings as a ``maps.tiles.TileConfig``.

        A tile source that is not a usable template (a typo in settings.ini) means
        no online tiles, with a warning: the map is not worth a refused start.
        Nobody set a source or an MBTiles file (not IT, enforced empty included, not
        the user): ``public_default``, OpenStreetMap's layer may stand in
        (``maps.tiles.with_public_default``).
        """
        unset = self.machine.resolve("tile_source", self.user_value(TILE_SOURCE)).source
        unset_mbtiles = self.machine.resolve("tile_mbtiles", self.user_value(TILE_MBTILES)).source
        cache = self.get(TILE_CACHE_DIR).strip()
        mbtiles = self.get(TILE_MBTILES).strip()
        source = self.get(TILE_SOURCE).strip()
        try:
            source = check_source(source)
        except ValueError as exc:
            log.warning("map/tile_source unusable (%s): no online tiles", exc)
            source = ""
        return TileConfig(
            source=source,
            cache_dir=Path(cache) if cache else self.path.parent / "tiles",
            mbtiles=Path(mbtiles) if mbtiles else None,
            online=self.get(TILES_ONLINE),
            attribution=self.get(TILE_ATTRIBUTION).strip(),
            trust_env_ca=self.get(TRUST_ENV_CA),
            public_default=unset == "builtin" and unset_mbtiles == "builtin",
        )
