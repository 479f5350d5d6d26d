"""Background tiles that survive being offline (Qt-free).

``TileStore.get(z, x, y)`` answers a tile from, in this order:

1. an MBTiles file supplied by IT (SQLite; rows are in TMS order, so the row of
   XYZ tile ``y`` is ``2**z - 1 - y``);
2. the local tile cache directory (``<cache>/<z>/<x>/<y>.tile``);
3. the configured XYZ source (``https://.../{z}/{x}/{y}.png``), fetched with
   requests when online; what comes back is kept in the cache.

Nothing found -> ``None`` (the scheme handler answers an empty transparent tile
at once). After a network failure the source is left alone for a while so that
an offline workstation answers missing tiles fast instead of waiting on
timeouts. The page never talks to the network itself: the view serves these
tiles through its own URL scheme.

``prefetch(...)`` fills the cache for an area (``officer-app tiles prefetch``;
the CLI owner wires ``add_tiles_command`` in). Public tile servers (OSM's among
them) forbid bulk downloads: prefetch from a server IT runs or licenses; prefetch
refuses OpenStreetMap's own servers.

When nobody configured a tile source (no IT source, no user source, no MBTiles)
and tiles may be fetched, ``with_public_default`` gives OpenStreetMap's standard
layer, used as its tile usage policy asks: the credit line "© OpenStreetMap
contributors" on the map, this application's own User-Agent on every request,
tiles fetched only when the page shows them (no prefetch), at most
``NETWORK_CONCURRENCY`` requests at a time, and a local cache that honours the
HTTP caching headers (``Cache-Control: max-age``, ``Expires``; a stale tile is
revalidated with ``If-None-Match`` / ``If-Modified-Since``, and served as it is
while offline). A deployment of the province's size runs its own tile server
(docs/deployment.md).
"""

from __future__ import annotations

import argparse
import email.utils
import json
import logging
import math
import os
import re
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

import requests

from officer_app import __version__

log = logging.getLogger(__name__)

MAX_ZOOM = 19
# Who asks (OSM's policy: an identifying User-Agent, never a browser's or another app's).
USER_AGENT = f"CRM-Officer-Workstation/{__version__} (Jakarta CRM officer desktop app; tile cache)"
# OpenStreetMap's standard layer: the default only when nothing is configured.
OSM_SOURCE = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = "© OpenStreetMap contributors"
OSM_HOST_SUFFIX = "openstreetmap.org"
# Set to 0/off to never use a public tile server by default (tests, closed networks).
PUBLIC_TILES_ENV = "CRM_PUBLIC_TILES"
NETWORK_CONCURRENCY = 2  # tile downloads at a time, whatever the page asks
# Without caching headers a fetched tile counts as fresh this long; then it is revalidated.
DEFAULT_FRESH_S = 7 * 24 * 3600
# A 1x1 transparent PNG: what the page gets for a tile nobody has.
EMPTY_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6300010000050001"
    "0d0a2db40000000049454e44ae426082"
)
MAX_TILE_BYTES = 2 * 1024 * 1024
PREFETCH_LIMIT = 20_000  # tiles per run unless forced: a fat-fingered bbox is not a crawl


@dataclass(frozen=True)
class TileConfig:
    """Where tiles come from (settings: tile source, MBTiles file, cache directory)."""

    source: str = ""  # XYZ template with {z} {x} {y} (and optional {s}); "" = none
    cache_dir: Path | None = None
    mbtiles: Path | None = None
    online: bool = True  # False: never touch the network (tests, strict offline sites)
    attribution: str = ""  # shown on the map, e.g. "© OpenStreetMap contributors"
    # REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE may name the CAs (IT's trust_env_ca); else certifi
    trust_env_ca: bool = False
    # Nobody set a source (Settings.tile_config says so): the public default may stand in.
    public_default: bool = False


def is_osm_source(template: str) -> bool:
    """The template points at OpenStreetMap's own tile servers."""
    host = urlsplit(template.replace("{s}", "a")).hostname or ""
    return host == OSM_HOST_SUFFIX or host.endswith("." + OSM_HOST_SUFFIX)


def public_tiles_allowed(env: Mapping[str, str] | None = None) -> bool:
    env = os.environ if env is None else env
    return env.get(PUBLIC_TILES_ENV, "").strip().lower() not in ("0", "off", "false", "no")


def with_public_default(config: TileConfig, env: Mapping[str, str] | None = None) -> TileConfig:
    """The config in force: OpenStreetMap's standard layer when nothing is configured
    (``public_default``: no source and no MBTiles from anyone) and tiles may be fetched
    (``online``; ``CRM_PUBLIC_TILES`` not off); otherwise the config as it is. A source
    on OSM's servers without a credit line gets OSM's."""
    if config.source:
        if not config.attribution and is_osm_source(config.source):
            return replace(config, attribution=OSM_ATTRIBUTION)
        return config
    if (
        config.public_default
        and config.mbtiles is None
        and config.online
        and public_tiles_allowed(env)
    ):
        return replace(config, source=OSM_SOURCE, attribution=OSM_ATTRIBUTION)
    return config


@dataclass(frozen=True)
class Tile:
    data: bytes
    mime: str
    origin: str  # "mbtiles" / "cache" / "network"


def valid_tile(z: int, x: int, y: int) -> bool:
    if not 0 <= z <= MAX_ZOOM:
        return False
    n = 1 << z
    return 0 <= x < n and 0 <= y < n


def sniff_mime(data: bytes) -> str | None:
    """The image type of tile bytes; None for anything that is not an image."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_PLACEHOLDERS = frozenset({"z", "x", "y", "s"})
# What may stand in a template outside its placeholders: a URL's printable characters.
_URL_CHARS = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%{}]+$")


def check_source(template: str) -> str:
    """A tile source template, checked: an http(s) URL with {z}, {x} and {y}.

    Only those placeholders and {s} (a subdomain letter, in the host only), no
    spaces, quotes or angle brackets, no user:password@; the host is fixed by the
    template (no placeholder other than {s} in it). Raises ValueError.
    """
    template = template.strip()
    if not template:
        return ""
    if not _URL_CHARS.match(template):
        raise ValueError("the tile source holds characters a URL cannot")
    names = _PLACEHOLDER.findall(template)
    unknown = sorted(set(names) - _PLACEHOLDERS)
    if unknown or template.count("{") != len(names) or template.count("}") != len(names):
        raise ValueError("the tile source may hold only {z}, {x}, {y} and {s}")
    for key in ("z", "x", "y"):
        if key not in names:
            raise ValueError(f"the tile source lacks {{{key}}}")
    parts = urlsplit(template.replace("{s}", "a"))
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("the tile source must be an http(s) URL template")
    if "{" in parts.netloc or "@" in parts.netloc:
        raise ValueError("the tile source's host must be fixed (only {s} may vary)")
    return template


def source_url(template: str, z: int, x: int, y: int) -> str:
    """The URL of one tile: the (checked) template with checked integers, in one pass."""
    for value in (z, x, y):
        if type(value) is not int:
            raise TypeError("tile coordinates must be integers")
    if not valid_tile(z, x, y):
        raise ValueError(f"no such tile: {z}/{x}/{y}")
    values = {"z": str(z), "x": str(x), "y": str(y), "s": "abc"[(x + y) % 3]}
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], check_source(template))


# A query on an MBTiles file may take this long / this many SQLite VM steps, no more:
# the file comes from outside (a view can recurse forever) and a tile thread must
# come back. Steps are counted in units of _PROGRESS_EVERY instructions.
MBTILES_QUERY_S = 1.0
MBTILES_QUERY_STEPS = 20_000_000
_PROGRESS_EVERY = 10_000


class MBTiles:
    """Read-only access to an MBTiles file (one connection per thread).

    Every query runs under a time and step limit (SQLite's progress handler);
    past it the query is interrupted (``sqlite3.OperationalError``).
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self.format = (self.metadata().get("format") or "png").lower()
        if self.format in ("pbf", "mvt"):
            log.warning("MBTiles %s holds vector tiles; only raster tiles are shown", self.path)

    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            uri = self.path.resolve().as_uri() + "?mode=ro"
            conn = sqlite3.connect(uri, uri=True, check_same_thread=True)
            conn.execute("PRAGMA query_only = ON")
            conn.set_progress_handler(self._progress, _PROGRESS_EVERY)
            self._local.conn = conn
        self._local.deadline = time.monotonic() + MBTILES_QUERY_S
        self._local.steps = 0
        return conn

    def _progress(self) -> int:
        """Non-zero interrupts the running query (too long, or too many steps)."""
        local = self._local
        local.steps += 1
        if local.steps * _PROGRESS_EVERY > MBTILES_QUERY_STEPS:
            return 1
        return 1 if time.monotonic() > local.deadline else 0

    def metadata(self) -> dict[str, str]:
        try:
            rows = self._conn().execute("SELECT name, value FROM metadata").fetchall()
        except sqlite3.DatabaseError:
            return {}
        return {str(name): str(value) for name, value in rows}

    def get(self, z: int, x: int, y: int) -> bytes | None:
        tms_row = (1 << z) - 1 - y
        row = (
            self._conn()
            .execute(
                "SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?",
                (z, x, tms_row),
            )
            .fetchone()
        )
        return bytes(row[0]) if row and row[0] else None


class TileStore:
    """Tiles from MBTiles, the cache directory and the network (thread-safe)."""

    def __init__(
        self,
        config: TileConfig,
        *,
        session: requests.Session | None = None,
        timeout: tuple[float, float] = (3.0, 10.0),
        offline_backoff_s: float = 60.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        config = with_public_default(config)
        self.config = config
        self._clock = clock
        self._network_slots = threading.BoundedSemaphore(NETWORK_CONCURRENCY)
        self.source = check_source(config.source)
        self.cache_dir = Path(config.cache_dir) if config.cache_dir else None
        self._mbtiles: MBTiles | None = None
        if config.mbtiles is not None:
            if Path(config.mbtiles).is_file():
                self._mbtiles = MBTiles(Path(config.mbtiles))
            else:
                log.warning("MBTiles file %s not found", config.mbtiles)
        self._session = session
        self._session_lock = threading.Lock()
        self._timeout = timeout
        self._offline_backoff_s = offline_backoff_s
        self._offline_until = 0.0
        self.stats = {
            "mbtiles": 0,
            "cache": 0,
            "network": 0,
            "revalidated": 0,
            "stale": 0,
            "missing": 0,
            "failed": 0,
        }

    # --- paths ------------------------------------------------------------------------

    def cache_path(self, z: int, x: int, y: int) -> Path | None:
        if self.cache_dir is None:
            return None
        return self.cache_dir / str(z) / str(x) / f"{y}.tile"

    def _read_cache(self, z: int, x: int, y: int) -> bytes | None:
        path = self.cache_path(z, x, y)
        if path is None:
            return None
        try:
            return path.read_bytes()
        except OSError:
            return None

    def _read_meta(self, z: int, x: int, y: int) -> CacheMeta | None:
        """The HTTP caching facts of a cached tile; None for a tile without them
        (prefetched from IT's server, or cached before they were kept: fresh)."""
        path = self.cache_path(z, x, y)
        if path is None:
            return None
        try:
            raw = json.loads(path.with_suffix(".meta").read_text(encoding="utf-8"))
            return CacheMeta(
                float(raw["expires"]), str(raw.get("etag") or ""), str(raw.get("lm") or "")
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _write_cache(
        self, z: int, x: int, y: int, data: bytes | None, meta: CacheMeta | None = None
    ) -> None:
        """Keep the tile (``data`` None: only its caching facts, after a 304)."""
        path = self.cache_path(z, x, y)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            suffix = f".{os.getpid()}.{threading.get_ident()}.tmp"
            if data is not None:
                tmp = path.with_suffix(suffix)
                tmp.write_bytes(data)
                os.replace(tmp, path)
            if meta is not None:
                tmp = path.with_suffix(".meta" + suffix)
                tmp.write_text(
                    json.dumps({"expires": meta.expires, "etag": meta.etag, "lm": meta.modified}),
                    encoding="utf-8",
                )
                os.replace(tmp, path.with_suffix(".meta"))
        except OSError:
            log.warning("tile cache %s not writable", self.cache_dir, exc_info=True)

    # --- network ----------------------------------------------------------------------

    def _http(self) -> requests.Session:
        with self._session_lock:
            if self._session is None:
                self._session = requests.Session()
                self._session.headers["User-Agent"] = USER_AGENT
                self._session.headers["Accept"] = "image/png,image/jpeg,image/webp,image/*"
                # No Referer: this is not a web page, and no no-cache headers (OSM's policy).
                if not self.config.trust_env_ca:
                    # Named explicitly (and passed per request): the environment's CA
                    # variables do not widen trust unless IT allows it.
                    import certifi

                    self._session.verify = str(certifi.where())
            return self._session

    @property
    def may_fetch(self) -> bool:
        return bool(self.source) and self.config.online and time.monotonic() >= self._offline_until

    def fetch(self, z: int, x: int, y: int, cached: CacheMeta | None = None) -> bytes | None:
        """The tile from the source (kept in the cache); None when absent or offline.

        With ``cached`` (a stale cached tile's facts) the request is conditional; a
        304 answer refreshes the facts and gives ``NOT_MODIFIED``.
        """
        if not self.may_fetch:
            return None
        headers = {}
        if cached is not None and cached.etag:
            headers["If-None-Match"] = cached.etag
        if cached is not None and cached.modified:
            headers["If-Modified-Since"] = cached.modified
        try:
            http = self._http()
            with self._network_slots:  # a modest number of downloads at a time
                if not self.may_fetch:  # went offline while this one waited for its turn
                    return None
                # verify per request: requests lets REQUESTS_CA_BUNDLE beat a session's value.
                response = http.get(
                    source_url(self.source, z, x, y),
                    timeout=self._timeout,
                    verify=http.verify,
                    headers=headers,
                )
        except requests.RequestException as exc:
            self._offline_until = time.monotonic() + self._offline_backoff_s
            self.stats["failed"] += 1
            log.info(
                "tile source unreachable (%s); offline for %.0f s",
                type(exc).__name__,
                self._offline_backoff_s,
            )
            return None
        if response.status_code == 304 and cached is not None:
            meta = cache_meta(response.headers, self._clock(), cached)
            if meta is not None:
                self._write_cache(z, x, y, None, meta)
            return NOT_MODIFIED
        if response.status_code != 200:
            self.stats["failed"] += 1
            return None
        data = response.content
        if len(data) > MAX_TILE_BYTES or sniff_mime(data) is None:
            self.stats["failed"] += 1
            return None
        meta = cache_meta(response.headers, self._clock())
        if meta is not None:  # no-store: shown, not kept
            self._write_cache(z, x, y, data, meta)
        return data

    # --- lookup -----------------------------------------------------------------------

    def get(self, z: int, x: int, y: int, *, network: bool = True) -> Tile | None:
        if not valid_tile(z, x, y):
            return None
        if self._mbtiles is not None:
            try:
                data = self._mbtiles.get(z, x, y)
            except sqlite3.DatabaseError:
                log.warning("MBTiles %s unreadable", self._mbtiles.path, exc_info=True)
                data = None
            mime = sniff_mime(data) if data else None
            if data and mime:
                self.stats["mbtiles"] += 1
                return Tile(data, mime, "mbtiles")
        data = self._read_cache(z, x, y)
        mime = sniff_mime(data) if data else None
        meta = self._read_meta(z, x, y) if data and mime else None
        if data and mime and (meta is None or meta.expires > self._clock()):
            self.stats["cache"] += 1
            return Tile(data, mime, "cache")
        if network:
            fetched = self.fetch(z, x, y, meta)
            if fetched is NOT_MODIFIED and data and mime:
                self.stats["revalidated"] += 1
                return Tile(data, mime, "cache")
            fetched_mime = sniff_mime(fetched) if fetched else None
            if fetched and fetched_mime:
                self.stats["network"] += 1
                return Tile(fetched, fetched_mime, "network")
        if data and mime:  # stale, and the source cannot say better now: still a map
            self.stats["stale"] += 1
            return Tile(data, mime, "cache")
        self.stats["missing"] += 1
        return None


# A 304's answer to ``TileStore.fetch``: the cached tile is still right.
NOT_MODIFIED = b""


@dataclass(frozen=True)
class CacheMeta:
    """HTTP caching facts of a cached tile: fresh until ``expires`` (epoch seconds)."""

    expires: float
    etag: str = ""
    modified: str = ""  # Last-Modified, as the server wrote it


def _http_date(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def cache_meta(
    headers: Mapping[str, str], now: float, previous: CacheMeta | None = None
) -> CacheMeta | None:
    """How long a response may be used without asking again (RFC 9111, private cache).

    ``Cache-Control: no-store`` -> None (not kept); ``no-cache`` -> stale at once
    (revalidated before each use); ``max-age`` beats ``Expires`` (against ``Date``);
    without either, ``DEFAULT_FRESH_S``. The validators (ETag, Last-Modified) are
    kept for the conditional request; a 304 without them keeps the previous ones.
    """
    directives: dict[str, str] = {}
    for part in (headers.get("Cache-Control") or "").split(","):
        name, _, value = part.strip().partition("=")
        if name:
            directives[name.lower()] = value.strip().strip('"')
    if "no-store" in directives:
        return None
    lifetime: float | None = None
    if "no-cache" in directives:
        lifetime = 0.0
    elif "max-age" in directives:
        try:
            lifetime = max(0.0, float(int(directives["max-age"])))
        except ValueError:
            lifetime = 0.0
        age = headers.get("Age", "")
        if age.isdigit():
            lifetime = max(0.0, lifetime - int(age))
    else:
        expires = headers.get("Expires")
        if expires is not None:
            expiry = _http_date(expires)
            date = _http_date(headers.get("Date")) or now
            lifetime = max(0.0, expiry - date) if expiry is not None else 0.0
    if lifetime is None:
        lifetime = DEFAULT_FRESH_S
    etag = headers.get("ETag") or (previous.etag if previous else "")
    modified = headers.get("Last-Modified") or (previous.modified if previous else "")
    return CacheMeta(now + lifetime, etag, modified)


# --- tile arithmetic and prefetch -------------------------------------------------------


def lonlat_to_tile(lon: float, lat: float, z: int) -> tuple[int, int]:
    """The XYZ tile containing a point at zoom ``z`` (Web Mercator)."""
    lat = max(min(lat, 85.05112878), -85.05112878)
    n = 1 << z
    x = int((lon + 180.0) / 360.0 * n)
    rad = math.radians(lat)
    y = int((1.0 - math.asinh(math.tan(rad)) / math.pi) / 2.0 * n)
    return min(max(x, 0), n - 1), min(max(y, 0), n - 1)


BBox = tuple[float, float, float, float]  # west, south, east, north


def tiles_in_bbox(bbox: BBox, zooms: range) -> Iterator[tuple[int, int, int]]:
    west, south, east, north = bbox
    for z in zooms:
        x0, y0 = lonlat_to_tile(west, north, z)
        x1, y1 = lonlat_to_tile(east, south, z)
        for x in range(x0, x1 + 1):
            for y in range(y0, y1 + 1):
                yield z, x, y


def count_tiles(bbox: BBox, zooms: range) -> int:
    total = 0
    west, south, east, north = bbox
    for z in zooms:
        x0, y0 = lonlat_to_tile(west, north, z)
        x1, y1 = lonlat_to_tile(east, south, z)
        total += (x1 - x0 + 1) * (y1 - y0 + 1)
    return total


@dataclass
class PrefetchResult:
    total: int = 0
    cached: int = 0  # already there
    fetched: int = 0
    failed: int = 0


ProgressFn = Callable[[int, int], None]


def prefetch(
    bbox: BBox,
    zooms: range,
    source: str,
    cache: Path,
    progress: ProgressFn | None = None,
    *,
    session: requests.Session | None = None,
    limit: int | None = PREFETCH_LIMIT,
    delay_s: float = 0.0,
) -> PrefetchResult:
    """Download the tiles of ``bbox`` at ``zooms`` into ``cache`` (those missing only).

    ``progress(done, total)`` is called after each tile. Raises ValueError for a
    bad bbox, a bad source or more than ``limit`` tiles.
    """
    west, south, east, north = bbox
    if not (-180 <= west < east <= 180 and -85.1 <= south < north <= 85.1):
        raise ValueError("bbox must be W,S,E,N with W<E and S<N")
    if not zooms or zooms.start < 0 or zooms.stop - 1 > MAX_ZOOM:
        raise ValueError(f"zooms must lie within 0-{MAX_ZOOM}")
    if not check_source(source):
        raise ValueError("a tile source URL template is needed")
    if is_osm_source(source):
        raise ValueError(
            "OpenStreetMap's tile servers forbid bulk downloads: prefetch from IT's own "
            "tile server (docs/deployment.md)"
        )
    total = count_tiles(bbox, zooms)
    if limit is not None and total > limit:
        raise ValueError(f"{total} tiles exceed the limit of {limit}; narrow the area or zooms")
    store = TileStore(
        TileConfig(source=source, cache_dir=Path(cache)), session=session, offline_backoff_s=0.0
    )
    result = PrefetchResult(total=total)
    for done, (z, x, y) in enumerate(tiles_in_bbox(bbox, zooms), start=1):
        if store.get(z, x, y, network=False) is not None:
            result.cached += 1
        elif store.fetch(z, x, y) is not None:
            result.fetched += 1
            if delay_s:
                time.sleep(delay_s)
        else:
            result.failed += 1
        if progress is not None:
            progress(done, total)
    return result


# --- command line -------------------------------------------------------------------------


def parse_bbox(text: str) -> BBox:
    try:
        parts = [float(p) for p in text.split(",")]
    except ValueError as exc:
        raise argparse.ArgumentTypeError("bbox: four numbers W,S,E,N") from exc
    if len(parts) != 4:
        raise argparse.ArgumentTypeError("bbox: four numbers W,S,E,N")
    return parts[0], parts[1], parts[2], parts[3]


def parse_zooms(text: str) -> range:
    try:
        if "-" in text:
            low, high = (int(p) for p in text.split("-", 1))
        else:
            low = high = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError("zooms: N or N-M, e.g. 12-15") from exc
    if not 0 <= low <= high <= MAX_ZOOM:
        raise argparse.ArgumentTypeError(f"zooms: within 0-{MAX_ZOOM}, low <= high")
    return range(low, high + 1)


def _say(message: str, end: str = "\n") -> None:
    sys.stdout.write(message + end)
    sys.stdout.flush()


def _run_prefetch(args: argparse.Namespace) -> int:
    from officer_app import machine_config

    try:
        machine = machine_config.load()
    except machine_config.MachineConfigError as exc:
        _say(exc.message)
        return 2
    # IT's tile source, where it fixes one, beats --source and CRM_TILE_SOURCE (the
    # cache filled here is what the map shows before asking any network).
    wanted = args.source or os.environ.get("CRM_TILE_SOURCE", "")
    source = str(machine.value("tile_source", flag=wanted or None) or "")
    if wanted and machine.is_enforced("tile_source") and wanted != source:
        _say("tiles prefetch: --source/CRM_TILE_SOURCE diabaikan: sumber ubin ditetapkan oleh TI")
    if not source:
        _say("tiles prefetch: no tile source (--source or CRM_TILE_SOURCE)")
        return 2
    cache = Path(args.cache) if args.cache else default_cache_dir()
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if done == total or now - last[0] > 1.0:
            last[0] = now
            _say(f"\r{done}/{total} tiles", end="")

    try:
        result = prefetch(
            args.bbox,
            args.zooms,
            source,
            cache,
            progress,
            limit=None if args.force else PREFETCH_LIMIT,
            delay_s=args.delay,
        )
    except ValueError as exc:
        _say(f"tiles prefetch: {exc}")
        return 2
    _say(
        f"\n{result.total} tiles: {result.cached} already cached, {result.fetched} fetched, "
        f"{result.failed} failed -> {cache}"
    )
    return 0 if result.failed == 0 else 1


def default_cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("crm-officer-workstation", appauthor=False)) / "tiles"


def add_tiles_command(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add ``tiles prefetch`` to a CLI; the parsed namespace's ``func(args)`` runs it."""
    tiles = subparsers.add_parser("tiles", help="background map tiles (offline cache)")
    tiles_sub = tiles.add_subparsers(dest="tiles_command", required=True)
    pre = tiles_sub.add_parser(
        "prefetch",
        help="download the tiles of an area into the cache (only from a server that allows it)",
    )
    pre.add_argument("--bbox", type=parse_bbox, required=True, help="W,S,E,N in degrees")
    pre.add_argument("--zooms", type=parse_zooms, required=True, help="e.g. 12-15")
    pre.add_argument("--source", default="", help="XYZ URL template (default: CRM_TILE_SOURCE)")
    pre.add_argument("--cache", default="", help="cache directory (default: the user cache)")
    pre.add_argument("--delay", type=float, default=0.0, help="seconds between downloads")
    pre.add_argument("--force", action="store_true", help=f"allow more than {PREFETCH_LIMIT} tiles")
    pre.set_defaults(func=_run_prefetch)
    return tiles
