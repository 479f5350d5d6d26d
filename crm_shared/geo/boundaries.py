"""The administrative boundaries of DKI Jakarta: which kelurahan contains a point.

Loaded at run time from the data directory (``datadir.find_data_dir``): the 270
kelurahan polygons (267 administrative units plus 3 non-administrative areas such
as Danau Sunter), the kecamatan and kota polygons dissolved from them, and the
Kemendagri 2025 code list with its BPS crosswalk.

Our identifiers are Kemendagri 2025 codes (``31.71.01.1001``). BPS 2020 codes are
kept only as ``bps_code`` for reference: the two numberings differ and are never
mixed. Qt-free: the map widget and the central server both use this module.
"""

from __future__ import annotations

import csv
import json
import random
import re
import threading
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry

from .datadir import KECAMATAN_GEOJSON, KELURAHAN_CODES_CSV, KELURAHAN_GEOJSON, KOTA_GEOJSON


@dataclass(frozen=True)
class KelurahanInfo:
    """One kelurahan polygon with its place in the administrative tree.

    ``code`` is the Kemendagri 2025 code; it is None only for the three
    non-administrative polygons (``is_admin_unit`` False), which lie inside
    Jakarta but belong to no kelurahan.
    """

    code: str | None
    bps_code: str
    name: str  # as the CRM writes it: "GAMBIR"
    display_name: str  # as people read it: "Gambir"
    kecamatan_code: str | None
    kecamatan_name: str
    kota_code: str | None
    kota_name: str  # "Jakarta Pusat"
    is_admin_unit: bool = True


@dataclass(frozen=True)
class KecamatanInfo:
    code: str
    bps_code: str
    name: str
    display_name: str
    kota_code: str
    kota_name: str


@dataclass(frozen=True)
class KotaInfo:
    code: str
    bps_code: str
    name: str
    display_name: str  # "Jakarta Pusat"
    official_name: str  # "Kota Administrasi Jakarta Pusat"


_PLACE_PREFIXES = frozenset({"kelurahan", "kel", "kecamatan", "kec", "desa"})


def name_key(name: str) -> str:
    """How names are compared: case, spaces, punctuation and a leading
    "Kelurahan"/"Kel." do not matter ("KELURAHAN KALI BARU" == "kalibaru")."""
    tokens = [t for t in re.split(r"[^0-9a-z]+", name.casefold()) if t]
    if len(tokens) > 1 and tokens[0] in _PLACE_PREFIXES:
        tokens = tokens[1:]
    return "".join(tokens)


def _short_kota_name(official: str) -> str:
    for prefix in ("Kota Administrasi ", "Kabupaten Administrasi ", "Kota ", "Kabupaten "):
        if official.startswith(prefix):
            return official[len(prefix) :]
    return official


class _Sampler:
    """Uniform random points inside one (multi)polygon, by rejection sampling.

    Each part gets its own bounding box (picked with probability proportional to
    its area) so that a kelurahan of small islands in a wide sea, as in Kepulauan
    Seribu, does not reject almost every draw.
    """

    def __init__(self, geometry: BaseGeometry) -> None:
        parts = list(getattr(geometry, "geoms", [geometry]))
        self._parts = parts
        self._bounds = [p.bounds for p in parts]
        self._cumulative = list(accumulate(p.area for p in parts))
        for part in parts:
            shapely.prepare(part)

    def sample(self, rng: random.Random) -> tuple[float, float]:
        total = self._cumulative[-1]
        index = bisect_left(self._cumulative, rng.random() * total)
        index = min(index, len(self._parts) - 1)
        part = self._parts[index]
        min_x, min_y, max_x, max_y = self._bounds[index]
        for _ in range(10_000):
            x = min_x + (max_x - min_x) * rng.random()
            y = min_y + (max_y - min_y) * rng.random()
            if shapely.contains_xy(part, x, y):
                return y, x
        # Practically unreachable for real polygons; a point on the surface is still inside.
        point = part.representative_point()
        return point.y, point.x


class Boundaries:
    """Kelurahan, kecamatan and kota of Jakarta with point lookup.

    Build it with ``load_boundaries(data_dir)``; the object is immutable and safe
    to share between threads.
    """

    def __init__(
        self,
        polygons: list[tuple[KelurahanInfo, BaseGeometry]],
        kecamatan: list[tuple[KecamatanInfo, BaseGeometry]],
        kota: list[tuple[KotaInfo, BaseGeometry]],
        aliases: Iterable[tuple[str, str]] = (),
    ) -> None:
        self._infos = [info for info, _ in polygons]
        self._geometries = [geometry for _, geometry in polygons]
        for geometry in self._geometries:
            shapely.prepare(geometry)
        self._tree = shapely.STRtree(self._geometries)
        self._by_code = {info.code: i for i, info in enumerate(self._infos) if info.code}
        self._samplers: dict[str, _Sampler] = {}
        self._sampler_lock = threading.Lock()
        self._kecamatan = {info.code: (info, geometry) for info, geometry in kecamatan}
        self._kota = {info.code: (info, geometry) for info, geometry in kota}
        # Official names first: an alias (BPS spelling) never takes over another's name.
        self._by_name: dict[str, str] = {}
        for info in self._infos:
            if info.code:
                self._by_name.setdefault(name_key(info.display_name), info.code)
        for alias, code in aliases:
            self._by_name.setdefault(name_key(alias), code)

    # --- lookup -------------------------------------------------------------------

    def locate(self, lat: float, lon: float) -> KelurahanInfo | None:
        """The kelurahan containing the point, or None outside Jakarta.

        A point on a shared border gets the first administrative unit found; a
        point in a non-administrative area (a lake, a reservoir) gets that area's
        info with ``is_admin_unit`` False.
        """
        hits = self._tree.query(Point(lon, lat), predicate="intersects")
        if len(hits) == 0:
            return None
        infos = [self._infos[i] for i in sorted(hits)]
        return next((i for i in infos if i.is_admin_unit), infos[0])

    def kelurahan(self, code: str) -> KelurahanInfo:
        """The kelurahan of a Kemendagri 2025 code; KeyError if there is none."""
        return self._infos[self._by_code[code]]

    def find_by_name(self, name: str) -> KelurahanInfo | None:
        """A kelurahan by its name as people write it (Kemendagri or BPS spelling)."""
        code = self._by_name.get(name_key(name))
        return self.kelurahan(code) if code else None

    def kelurahan_list(self) -> list[KelurahanInfo]:
        """The 267 administrative kelurahan, ordered by code."""
        return sorted((i for i in self._infos if i.code), key=lambda i: i.code or "")

    def kecamatan_list(self) -> list[KecamatanInfo]:
        return [info for info, _ in sorted(self._kecamatan.values(), key=lambda x: x[0].code)]

    def kota_list(self) -> list[KotaInfo]:
        return [info for info, _ in sorted(self._kota.values(), key=lambda x: x[0].code)]

    def kecamatan(self, code: str) -> KecamatanInfo:
        return self._kecamatan[code][0]

    def kota(self, code: str) -> KotaInfo:
        return self._kota[code][0]

    def all_polygons(self) -> list[KelurahanInfo]:
        """All 270 polygons, including the non-administrative ones."""
        return list(self._infos)

    # --- geometry -----------------------------------------------------------------

    def kelurahan_geometry(self, code: str) -> BaseGeometry:
        return self._geometries[self._by_code[code]]

    def polygon_geometry(self, info: KelurahanInfo) -> BaseGeometry:
        """The polygon of any entry of ``all_polygons()`` (admin or not)."""
        return self._geometries[self._infos.index(info)]

    def kecamatan_geometry(self, code: str) -> BaseGeometry:
        return self._kecamatan[code][1]

    def kota_geometry(self, code: str) -> BaseGeometry:
        return self._kota[code][1]

    def contains(self, code: str, lat: float, lon: float) -> bool:
        """Whether the kelurahan's polygon contains the point (fast, prepared)."""
        return bool(shapely.contains_xy(self.kelurahan_geometry(code), lon, lat))

    def random_point_in(self, code: str, rng: random.Random) -> tuple[float, float]:
        """A uniformly random (lat, lon) inside the kelurahan, drawn from ``rng``."""
        sampler = self._samplers.get(code)
        if sampler is None:
            with self._sampler_lock:
                sampler = self._samplers.get(code)
                if sampler is None:
                    sampler = _Sampler(self.kelurahan_geometry(code))
                    self._samplers[code] = sampler
        return sampler.sample(rng)


# --- loading ----------------------------------------------------------------------

_cache: dict[Path, Boundaries] = {}
_cache_lock = threading.Lock()


def load_boundaries(data_dir: Path | str) -> Boundaries:
    """Load (once per directory) the boundaries from a data directory.

    Takes about 0.15 s on the machines we measured (2.5 MB of GeoJSON).
    """
    path = Path(data_dir).expanduser().resolve()
    with _cache_lock:
        cached = _cache.get(path)
        if cached is None:
            cached = _load(path)
            _cache[path] = cached
        return cached


def _read_features(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        features: list[dict[str, Any]] = json.load(f)["features"]
    return features


def _load(path: Path) -> Boundaries:
    with (path / KELURAHAN_CODES_CSV).open(encoding="utf-8", newline="") as f:
        rows = {row["kode_kemendagri"]: row for row in csv.DictReader(f)}

    kota: list[tuple[KotaInfo, BaseGeometry]] = []
    kota_by_bps: dict[str, KotaInfo] = {}
    official_kota = {row["kota_kode"]: row["kota"] for row in rows.values()}
    for feature in _read_features(path / KOTA_GEOJSON):
        props = feature["properties"]
        official = official_kota[props["kode_kemendagri"]]
        short = _short_kota_name(official)
        kota_info = KotaInfo(
            props["kode_kemendagri"], props["bps_code"], short.upper(), short, official
        )
        kota.append((kota_info, shape(feature["geometry"])))
        kota_by_bps[kota_info.bps_code] = kota_info
    kota_by_code = {info.code: info for info, _ in kota}

    kecamatan: list[tuple[KecamatanInfo, BaseGeometry]] = []
    kecamatan_names = {row["kecamatan_kode"]: row["kecamatan"] for row in rows.values()}
    for feature in _read_features(path / KECAMATAN_GEOJSON):
        props = feature["properties"]
        code = props["kode_kemendagri"]
        display = kecamatan_names[code]
        parent = kota_by_code[props["kota_kode_kemendagri"]]
        kec_info = KecamatanInfo(
            code, props["bps_code"], display.upper(), display, parent.code, parent.display_name
        )
        kecamatan.append((kec_info, shape(feature["geometry"])))

    polygons: list[tuple[KelurahanInfo, BaseGeometry]] = []
    aliases: list[tuple[str, str]] = []
    for feature in _read_features(path / KELURAHAN_GEOJSON):
        props = feature["properties"]
        bps_code = str(props["village_code"]).removeprefix("id")
        code = props.get("kode_kemendagri")
        if props.get("is_admin_unit", True) and code:
            row = rows[code]
            parent_kota = kota_by_code[row["kota_kode"]]
            info = KelurahanInfo(
                code=code,
                bps_code=row["bps_code_2020"],
                name=row["kelurahan"].upper(),
                display_name=row["kelurahan"],
                kecamatan_code=row["kecamatan_kode"],
                kecamatan_name=row["kecamatan"],
                kota_code=parent_kota.code,
                kota_name=parent_kota.display_name,
            )
            aliases.append((row["bps_kelurahan"], code))
        else:
            # Not a kelurahan: no Kemendagri code; its kota is known from the BPS regency.
            regency = kota_by_bps.get(str(props.get("regency_code", "")).removeprefix("id"))
            display = str(props.get("village") or "Wilayah non-administratif")
            info = KelurahanInfo(
                code=None,
                bps_code=bps_code,
                name=display.upper(),
                display_name=display,
                kecamatan_code=None,
                kecamatan_name="",
                kota_code=regency.code if regency else None,
                kota_name=regency.display_name if regency else "",
                is_admin_unit=False,
            )
        polygons.append((info, shape(feature["geometry"])))

    return Boundaries(polygons, kecamatan, kota, aliases)
