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
them) forbid bulk downloads: prefetch from a server IT runs or licenses.
"""

from __future__ import annotations

import argparse
import logging
import math
import os
import re
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import requests

log = logging.getLogger(__name__)

MAX_ZOOM = 19
USER_AGENT = "crm-officer-workstation/0.1 (tile cache)"
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
    ) -> None:
        self.config = config
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
        self.stats = {"mbtiles": 0, "cache": 0, "network": 0, "missing": 0, "failed": 0}

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

    def _write_cache(self, z: int, x: int, y: int, data: bytes) -> None:
        path = self.cache_path(z, x, y)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
            tmp.write_bytes(data)
            os.replace(tmp, path)
        except OSError:
            log.warning("tile cache %s not writable", self.cache_dir, exc_info=True)

    # --- network ----------------------------------------------------------------------

    def _http(self) -> requests.Session:
        with self._session_lock:
            if self._session is None:
                self._session = requests.Session()
                self._session.headers["User-Agent"] = USER_AGENT
                if not self.config.trust_env_ca:
                    # Named explicitly (and passed per request): the environment's CA
                    # variables do not widen trust unless IT allows it.
                    import certifi

                    self._session.verify = str(certifi.where())
            return self._session

    @property
    def may_fetch(self) -> bool:
        return bool(self.source) and self.config.online and time.monotonic() >= self._offline_until

    def fetch(self, z: int, x: int, y: int) -> bytes | None:
        """The tile from the source (kept in the cache); None when absent or offline."""
        if not self.may_fetch:
            return None
        try:
            http = self._http()
            # verify per request: requests lets REQUESTS_CA_BUNDLE beat a session's value.
            response = http.get(
                source_url(self.source, z, x, y), timeout=self._timeout, verify=http.verify
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
        if response.status_code != 200:
            self.stats["failed"] += 1
            return None
        data = response.content
        if len(data) > MAX_TILE_BYTES or sniff_mime(data) is None:
            self.stats["failed"] += 1
            return None
        self._write_cache(z, x, y, data)
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
        if data and mime:
            self.stats["cache"] += 1
            return Tile(data, mime, "cache")
        if network:
            data = self.fetch(z, x, y)
            mime = sniff_mime(data) if data else None
            if data and mime:
                self.stats["network"] += 1
                return Tile(data, mime, "network")
        self.stats["missing"] += 1
        return None


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
