"""The demo seed as plain data: units, categories, officers, SLA rules, reports.

Pure Python and deterministic for a given seed; no database (``seed.py`` inserts
it). With a data directory the units are the real 6 kota, 44 kecamatan and 267
kelurahan of Jakarta (Kemendagri 2025 codes) and report points lie inside the
right kelurahan polygon; without one, a small synthetic region that says so.

Statuses follow the workflow of ``crm_shared.domain``: every event is an action
its actor's role may take from the status it starts in.
"""

from __future__ import annotations

import csv
import math
import random
import re
import secrets
import uuid
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate
from pathlib import Path
from typing import Any

from crm_shared.domain import (
    JAKARTA_TZ,
    ActionType,
    Channel,
    Priority,
    Role,
    SlaRule,
    Status,
    format_number,
)
from crm_shared.geo.boundaries import KecamatanInfo, KelurahanInfo, KotaInfo, load_boundaries
from crm_shared.geo.datadir import CATEGORIES_CSV

from . import seed_templates as T

DEMO_PASSWORD = "demo-password"
PROVINCE_ID = "prov-31"
BIRO_ID = "biro-pemerintahan"
PENDOPO_DESK_ID = "desk-pendopo"
INSPEKTORAT_DESK_ID = "desk-inspektorat"
SEED_DAYS = 60
_AGE_SCALE_DAYS = 45.0
_AGE_SPAN = 1.0 - math.exp(-SEED_DAYS / _AGE_SCALE_DAYS)


# --- the plan -------------------------------------------------------------------------


@dataclass(slots=True)
class UnitSeed:
    id: str
    name: str
    kind: str  # provinsi|kota|kecamatan|kelurahan|dinas|sudin|biro|desk
    parent_id: str | None
    code: str | None = None  # Kemendagri 2025
    bps_code: str | None = None


@dataclass(slots=True)
class CategorySeed:
    id: str
    name: str
    agency_unit_id: str | None
    handled_by_kelurahan: bool


@dataclass(slots=True)
class OfficerSeed:
    id: str
    name: str
    role: Role
    unit_id: str
    password: str
    is_demo: bool


@dataclass(slots=True)
class PhotoSeed:
    """A follow-up photo: what the officer's workstation would have sent with it.

    ``captured_at``, ``lat`` and ``lon`` are the photo's own EXIF facts as a
    workstation reads and sends them (the bytes themselves carry no metadata).
    The bytes are drawn when the plan is inserted (``seed_photos``), from ``scene``
    (the same place in a report's before and after photos) and ``problem``.
    """

    kind: str  # before|after
    captured_at: datetime
    lat: float | None
    lon: float | None
    scene: str
    problem: str


@dataclass(slots=True)
class EventSeed:
    id: str
    type: ActionType
    actor_id: str | None
    at: datetime
    from_status: Status | None
    to_status: Status | None
    note: str | None = None
    reason: str | None = None
    target_unit_id: str | None = None
    assignee_id: str | None = None
    photos: list[PhotoSeed] = field(default_factory=list)  # follow-ups only


@dataclass(slots=True)
class ReportSeed:
    id: str
    number: str
    category_id: str
    channel: Channel
    status: Status
    description: str
    address: str
    lat: float | None
    lon: float | None
    kelurahan_code: str | None
    unit_id: str
    assignee_id: str | None
    created_by: str | None
    is_private: bool
    priority: Priority
    created_at: datetime
    landed_at: datetime
    first_response_at: datetime | None
    followup_at: datetime | None
    completed_at: datetime | None
    estimated_completion: date | None
    reporter: dict[str, Any] | None
    events: list[EventSeed] = field(default_factory=list)


@dataclass(slots=True)
class SeedPlan:
    units: list[UnitSeed]
    categories: list[CategorySeed]
    officers: list[OfficerSeed]
    sla_rules: list[SlaRule]
    reports: list[ReportSeed]
    synthetic: bool
    region_note: str


# --- region: the real boundaries or a synthetic stand-in -------------------------------


@dataclass
class _Region:
    kota: list[KotaInfo]
    kecamatan: list[KecamatanInfo]
    kelurahan: list[KelurahanInfo]
    random_point: Callable[[str, random.Random], tuple[float, float]]
    home_kelurahan: KelurahanInfo  # where officer.demo works (Kelurahan Gambir)
    synthetic: bool
    note: str


def _real_region(data_dir: Path) -> _Region:
    b = load_boundaries(data_dir)
    gambir = b.find_by_name("Gambir")
    if gambir is None:
        raise ValueError("Kelurahan Gambir not found in the boundary data")
    return _Region(
        b.kota_list(),
        b.kecamatan_list(),
        b.kelurahan_list(),
        b.random_point_in,
        gambir,
        synthetic=False,
        note="Wilayah nyata DKI Jakarta: 6 kota/kabupaten, 44 kecamatan, 267 kelurahan "
        "(kode Kemendagri 2025). Batas administrasi: BPS / HDX COD-AB (CC BY-IGO).",
    )


# A small box in central Jakarta split into 2 x 2 synthetic kelurahan (lat, lon).
_SYNTHETIC_BOX = (-6.200, 106.800, -6.160, 106.840)


def _synthetic_region() -> _Region:
    kota = KotaInfo(
        "99.01",
        "9901",
        "KOTA SINTETIS",
        "Kota Sintetis",
        "Kota Sintetis (data contoh, bukan wilayah nyata)",
    )
    kecamatan = [
        KecamatanInfo(
            f"99.01.0{i}",
            f"990100{i}",
            f"KECAMATAN SINTETIS {i}".upper(),
            f"Sintetis {i}",
            kota.code,
            kota.display_name,
        )
        for i in (1, 2)
    ]
    kelurahan: list[KelurahanInfo] = []
    boxes: dict[str, tuple[float, float, float, float]] = {}
    min_lat, min_lon, max_lat, max_lon = _SYNTHETIC_BOX
    mid_lat, mid_lon = (min_lat + max_lat) / 2, (min_lon + max_lon) / 2
    for k, kec in enumerate(kecamatan):
        lon_range = (min_lon, mid_lon) if k == 0 else (mid_lon, max_lon)
        for j, lat_range in enumerate(((mid_lat, max_lat), (min_lat, mid_lat))):
            letter = "AB"[j] if k == 0 else "CD"[j]
            code = f"{kec.code}.100{j + 1}"
            display = f"Sintetis {letter}"
            kelurahan.append(
                KelurahanInfo(
                    code,
                    f"{kec.bps_code}00{j + 1}",
                    display.upper(),
                    display,
                    kec.code,
                    kec.display_name,
                    kota.code,
                    kota.display_name,
                )
            )
            boxes[code] = (*lat_range, *lon_range)

    def random_point(code: str, rng: random.Random) -> tuple[float, float]:
        lo_lat, hi_lat, lo_lon, hi_lon = boxes[code]
        return lo_lat + (hi_lat - lo_lat) * rng.random(), lo_lon + (hi_lon - lo_lon) * rng.random()

    return _Region(
        [kota],
        kecamatan,
        kelurahan,
        random_point,
        kelurahan[0],
        synthetic=True,
        note="Wilayah SINTETIS (data batas wilayah tidak tersedia): 1 kota, 2 kecamatan, "
        "4 kelurahan contoh di sebuah kotak kecil di Jakarta Pusat. Bukan wilayah nyata.",
    )


# --- units ------------------------------------------------------------------------------

# Agencies (Dinas) that take reports from the kelurahan; each has a Suku Dinas per kota.
AGENCIES: dict[str, str] = {
    "dinas-bina-marga": "Dinas Bina Marga",
    "dinas-perhubungan": "Dinas Perhubungan",
    "dinas-satpol-pp": "Satuan Polisi Pamong Praja",
    "dinas-pertamanan": "Dinas Pertamanan dan Hutan Kota",
    "dinas-sda": "Dinas Sumber Daya Air",
    "dinas-sosial": "Dinas Sosial",
    "dinas-lingkungan-hidup": "Dinas Lingkungan Hidup",
    "dinas-kesehatan": "Dinas Kesehatan",
    "dinas-citata": "Dinas Cipta Karya, Tata Ruang dan Pertanahan",
    "dinas-pendidikan": "Dinas Pendidikan",
    "dinas-dukcapil": "Dinas Kependudukan dan Pencatatan Sipil",
    "dinas-gulkarmat": "Dinas Penanggulangan Kebakaran dan Penyelamatan",
    "dinas-pmptsp": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
}
_SUDIN_NAMES = {"dinas-satpol-pp": "Satpol PP"}


def kota_unit_id(code: str) -> str:
    return f"kota-{code}"


def kecamatan_unit_id(code: str) -> str:
    return f"kec-{code}"


def kelurahan_unit_id(code: str) -> str:
    return f"kel-{code}"


def sudin_unit_id(agency_id: str, kota_code: str) -> str:
    return f"sudin-{agency_id.removeprefix('dinas-')}-{kota_code}"


def kota_desk_id(kota_code: str) -> str:
    return f"desk-kota-{kota_code}"


def _units(region: _Region) -> list[UnitSeed]:
    units = [UnitSeed(PROVINCE_ID, "Pemerintah Provinsi DKI Jakarta", "provinsi", None, "31", "31")]
    units.append(
        UnitSeed(BIRO_ID, "Biro Pemerintahan Setda Provinsi DKI Jakarta", "biro", PROVINCE_ID)
    )
    units.append(UnitSeed(PENDOPO_DESK_ID, "Pendopo Balai Kota", "desk", PROVINCE_ID))
    units.append(
        UnitSeed(INSPEKTORAT_DESK_ID, "Meja Pengaduan Inspektorat Provinsi", "desk", PROVINCE_ID)
    )
    for kota in region.kota:
        units.append(
            UnitSeed(
                kota_unit_id(kota.code),
                kota.official_name,
                "kota",
                PROVINCE_ID,
                kota.code,
                kota.bps_code,
            )
        )
        units.append(
            UnitSeed(
                kota_desk_id(kota.code),
                f"Meja Pengaduan Kantor Wali Kota {kota.display_name}",
                "desk",
                kota_unit_id(kota.code),
            )
        )
    for kec in region.kecamatan:
        units.append(
            UnitSeed(
                kecamatan_unit_id(kec.code),
                f"Kecamatan {kec.display_name}",
                "kecamatan",
                kota_unit_id(kec.kota_code),
                kec.code,
                kec.bps_code,
            )
        )
    for kel in region.kelurahan:
        assert kel.code is not None
        assert kel.kecamatan_code is not None
        units.append(
            UnitSeed(
                kelurahan_unit_id(kel.code),
                f"Kelurahan {kel.display_name}",
                "kelurahan",
                kecamatan_unit_id(kel.kecamatan_code),
                kel.code,
                kel.bps_code,
            )
        )
    for agency_id, name in AGENCIES.items():
        units.append(UnitSeed(agency_id, name, "dinas", PROVINCE_ID))
        short = _SUDIN_NAMES.get(agency_id, name.removeprefix("Dinas "))
        for kota in region.kota:
            units.append(
                UnitSeed(
                    sudin_unit_id(agency_id, kota.code),
                    f"Suku Dinas {short} {kota.display_name}",
                    "sudin",
                    agency_id,
                )
            )
    return units


# --- categories and routing ---------------------------------------------------------------

# (pattern over the category name, kind of complaint, agency or None = the kelurahan).
# First match wins: the order puts specific words before general ones.
ROUTING_RULES: tuple[tuple[str, str, str | None], ...] = (
    (r"perizinan|izin", "umum", "dinas-pmptsp"),
    (r"trotoar", "trotoar", "dinas-bina-marga"),
    (r"jembatan penyeberangan|halte", "fasum", "dinas-bina-marga"),
    (r"^jalan$|galian|jalan rusak", "jalan", "dinas-bina-marga"),
    (r"jaringan listrik|lampu|penerangan", "lampu", "dinas-bina-marga"),
    (r"parkir", "parkir", "dinas-perhubungan"),
    (r"lalu lintas|perhubungan|transportasi", "lalin", "dinas-perhubungan"),
    (r"pkl|lokasi binaan", "pkl", "dinas-satpol-pp"),
    (r"reklame|spanduk|coretan|selebaran", "reklame", "dinas-satpol-pp"),
    (r"rokok|merokok", "rokok", "dinas-satpol-pp"),
    (
        r"ketenteraman|ketertiban|kebisingan|perda|asusila|penyakit masyarakat",
        "ketertiban",
        "dinas-satpol-pp",
    ),
    (r"pohon", "pohon", "dinas-pertamanan"),
    (r"taman|pemakaman", "taman", "dinas-pertamanan"),
    (r"banjir|sumur resapan", "banjir", "dinas-sda"),
    (r"saluran|kali|sungai", "saluran", "dinas-sda"),
    # Garbage and public facilities: the kelurahan's own PPSU crews.
    (r"sampah", "sampah", None),
    (r"prasarana dan sarana umum|fasilitas sosial|fasilitas umum|rptra", "fasum", None),
    (r"pmks|sosial|orang hilang|perlindungan anak", "sosial", "dinas-sosial"),
    (r"pencemaran|satwa", "umum", "dinas-lingkungan-hidup"),
    (
        r"kesehatan|puskesmas|rsud|demam berdarah|imunisasi|posyandu|ambulans|kjs|bpjs",
        "kesehatan",
        "dinas-kesehatan",
    ),
    (
        r"sekolah|pendidikan|ppdb|guru|siswa|kartu jakarta pintar|kurikulum",
        "umum",
        "dinas-pendidikan",
    ),
    (r"ktp|kartu keluarga|kependudukan", "umum", "dinas-dukcapil"),
    (r"kebakaran|penyelamatan", "umum", "dinas-gulkarmat"),
    (r"tata ruang|bangunan|permukiman|rumah susun|laik fungsi", "umum", "dinas-citata"),
)
_ROUTING = [(re.compile(p, re.IGNORECASE), kind, agency) for p, kind, agency in ROUTING_RULES]
_KELURAHAN_KINDS = {"sampah", "fasum"}

# How often each kind of complaint comes in (relative; roads, trees and parking lead).
KIND_WEIGHTS: dict[str, float] = {
    "jalan": 14,
    "pohon": 10,
    "parkir": 10,
    "sampah": 9,
    "ketertiban": 8,
    "saluran": 7,
    "reklame": 6,
    "pkl": 6,
    "rokok": 5,
    "fasum": 5,
    "trotoar": 4,
    "lampu": 4,
    "lalin": 3,
    "banjir": 3,
    "sosial": 3,
    "taman": 2,
    "kesehatan": 1.5,
    "umum": 0.3,  # per category: there are many of them
}

BUILTIN_CATEGORIES = (
    "Jalan",
    "Trotoar",
    "Jaringan Listrik",
    "Parkir Liar",
    "PKL Liar",
    "Reklame/Spanduk",
    "Pohon",
    "Saluran Air, Kali/Sungai",
    "Penanganan Banjir",
    "Sampah",
    "Penyandang Masalah Kesejahteraan Sosial (PMKS)",
    "Gangguan Ketenteraman dan Ketertiban",
)


def route_category(name: str) -> tuple[str, str | None, bool]:
    """(kind, agency unit id or None, handled by the kelurahan) for a category name."""
    for pattern, kind, agency in _ROUTING:
        if pattern.search(name):
            return kind, agency, agency is None and kind in _KELURAHAN_KINDS
    return "umum", None, False


def category_id(name: str) -> str:
    return "cat-" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _category_names(data_dir: Path | None) -> list[str]:
    if data_dir is None:
        return list(BUILTIN_CATEGORIES)
    with (data_dir / CATEGORIES_CSV).open(encoding="utf-8", newline="") as f:
        return [row["category"].strip() for row in csv.DictReader(f) if row["category"].strip()]


def _categories(names: Sequence[str]) -> tuple[list[CategorySeed], dict[str, str]]:
    categories: list[CategorySeed] = []
    kinds: dict[str, str] = {}
    for name in names:
        cid = category_id(name)
        if cid in kinds:
            continue
        kind, agency, by_kelurahan = route_category(name)
        categories.append(CategorySeed(cid, name, agency, by_kelurahan))
        kinds[cid] = kind
    return categories, kinds


def _sla_rules(categories: Sequence[CategorySeed], kinds: dict[str, str]) -> list[SlaRule]:
    rules = [SlaRule(), SlaRule(channel=Channel.PENDOPO, answer_days=3.0)]
    for cat in categories:
        kind = kinds[cat.id]
        if kind in ("jalan", "trotoar"):  # road works take longer
            rules.append(SlaRule(followup_days=14.0, category_id=cat.id))
        elif kind == "banjir":  # floods cannot wait a day
            rules.append(SlaRule(response_hours=6.0, followup_days=3.0, category_id=cat.id))
        elif kind == "pohon":
            rules.append(SlaRule(followup_days=10.0, category_id=cat.id))
        elif kind == "sampah":
            rules.append(SlaRule(followup_days=3.0, category_id=cat.id))
    return rules


# --- officers ---------------------------------------------------------------------------


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _person(rng: random.Random) -> tuple[str, bool]:
    female = rng.random() < 0.5
    first = rng.choice(T.FEMALE_NAMES if female else T.MALE_NAMES)
    return f"{first} {rng.choice(T.FAMILY_NAMES)}", female


@dataclass
class _Staff:
    officers: list[OfficerSeed] = field(default_factory=list)
    field_by_unit: dict[str, list[str]] = field(default_factory=dict)
    head_by_unit: dict[str, str] = field(default_factory=dict)
    desk_by_unit: dict[str, list[str]] = field(default_factory=dict)
    validators: list[str] = field(default_factory=list)


def _staff(region: _Region, rng: random.Random, demo_users: bool) -> _Staff:
    # Without demo users nobody may log in with a known password: one random
    # password shared by all (the inserter hashes each distinct password once).
    password = DEMO_PASSWORD if demo_users else secrets.token_urlsafe(24)
    staff = _Staff()

    def add(officer_id: str, role: Role, unit_id: str, name: str | None = None) -> str:
        staff.officers.append(
            OfficerSeed(officer_id, name or _person(rng)[0], role, unit_id, password, demo_users)
        )
        if role is Role.FIELD_OFFICER:
            staff.field_by_unit.setdefault(unit_id, []).append(officer_id)
        elif role is Role.SUPERVISOR:
            staff.head_by_unit.setdefault(unit_id, officer_id)
        elif role is Role.DESK:
            staff.desk_by_unit.setdefault(unit_id, []).append(officer_id)
        else:
            staff.validators.append(officer_id)
        return officer_id

    home = region.home_kelurahan
    assert home.code is not None
    assert home.kecamatan_code is not None
    home_unit = kelurahan_unit_id(home.code)
    home_kec_unit = kecamatan_unit_id(home.kecamatan_code)
    # The four demo accounts of the brief, then the rest of the province's staff.
    add("officer.demo", Role.FIELD_OFFICER, home_unit, "Petugas Demo Kelurahan")
    add("desk.demo", Role.DESK, PENDOPO_DESK_ID, "Petugas Demo Pendopo")
    add("supervisor.demo", Role.SUPERVISOR, home_kec_unit, "Camat Demo")
    add("validator.demo", Role.VALIDATOR, BIRO_ID, "Validator Demo")
    for i in (1, 2):
        add(f"validator.{i}", Role.VALIDATOR, BIRO_ID)
        add(f"pendopo.{i}", Role.DESK, PENDOPO_DESK_ID)
    add("inspektorat.1", Role.DESK, INSPEKTORAT_DESK_ID)
    for kota in region.kota:
        add(f"meja.{_slug(kota.display_name)}", Role.DESK, kota_desk_id(kota.code))
    for kec in region.kecamatan:
        unit = kecamatan_unit_id(kec.code)
        slug = _slug(kec.display_name)
        if unit != home_kec_unit:  # supervisor.demo heads the demo kecamatan
            add(f"camat.{slug}", Role.SUPERVISOR, unit)
        add(f"meja.kec.{slug}", Role.DESK, unit)
    for kel in region.kelurahan:
        assert kel.code is not None
        unit = kelurahan_unit_id(kel.code)
        slug = _slug(kel.display_name)
        add(f"lurah.{slug}", Role.SUPERVISOR, unit)
        # Kecamatan Gambir gets two field officers per kelurahan so the demo has colleagues.
        for i in range(1, 3 if kel.kecamatan_code == home.kecamatan_code else 2):
            add(f"petugas.{slug}.{i}", Role.FIELD_OFFICER, unit)
        add(f"meja.kel.{slug}", Role.DESK, unit)
    for agency_id in AGENCIES:
        short = agency_id.removeprefix("dinas-")
        add(f"kadis.{short}", Role.SUPERVISOR, agency_id)
        for kota in region.kota:
            unit = sudin_unit_id(agency_id, kota.code)
            add(f"kasudin.{short}.{kota.code}", Role.SUPERVISOR, unit)
            add(f"petugas.{short}.{kota.code}", Role.FIELD_OFFICER, unit)
    return staff


# --- reports ----------------------------------------------------------------------------

# Channels: JAKI ~90 %, the rest spread over the other twelve (relative weights).
CHANNEL_WEIGHTS: dict[Channel, float] = {
    Channel.JAKI: 90.0,
    Channel.PENDOPO: 1.4,
    Channel.TWITTER: 1.2,
    Channel.SMS_WHATSAPP: 1.3,
    Channel.KELURAHAN: 1.2,
    Channel.KECAMATAN: 0.8,
    Channel.WALI_KOTA: 0.8,
    Channel.LAPOR_1708: 0.8,
    Channel.EMAIL: 0.6,
    Channel.SOSMED_GUBERNUR: 0.4,
    Channel.FACEBOOK: 0.3,
    Channel.INSPEKTORAT: 0.1,
    Channel.MEDIA_MASSA: 0.1,
}

# Status mix by age of the report: young ones wait, old ones are mostly done; a
# few old ones still wait or are in progress, so that deadlines are overdue.
_STATUS_MIX: tuple[tuple[float, dict[Status, float]], ...] = (
    (
        1.0,
        {
            Status.MENUNGGU: 45,
            Status.PROSES: 33,
            Status.KOORDINASI: 5,
            Status.DISPOSISI: 3,
            Status.MENUNGGU_VALIDASI: 12,
            Status.DITOLAK: 2,
        },
    ),
    (
        7.0,
        {
            Status.MENUNGGU: 8,
            Status.PROSES: 28,
            Status.KOORDINASI: 4,
            Status.DISPOSISI: 3,
            Status.MENUNGGU_VALIDASI: 20,
            Status.SELESAI: 30,
            Status.TL_DITOLAK: 4,
            Status.DITOLAK: 3,
        },
    ),
    (
        1e9,
        {
            Status.MENUNGGU: 2,
            Status.PROSES: 6,
            Status.KOORDINASI: 1,
            Status.DISPOSISI: 1,
            Status.MENUNGGU_VALIDASI: 4,
            Status.SELESAI: 80,
            Status.TL_DITOLAK: 2,
            Status.DITOLAK: 4,
        },
    ),
)


class _Chooser:
    """Weighted choice with precomputed cumulative weights (fast for 50k draws)."""

    def __init__(self, items: Sequence[Any], weights: Sequence[float]) -> None:
        self.items = list(items)
        self.cumulative = list(accumulate(weights))

    def __call__(self, rng: random.Random) -> Any:
        x = rng.random() * self.cumulative[-1]
        return self.items[min(bisect_right(self.cumulative, x), len(self.items) - 1)]


_STATUS_CHOOSERS = [(limit, _Chooser(list(mix), list(mix.values()))) for limit, mix in _STATUS_MIX]


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _nik(rng: random.Random, female: bool, kota_index: int) -> str:
    birth = date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 55))
    day = birth.day + (40 if female else 0)
    return (
        f"31{71 + kota_index % 5:02d}{rng.randint(1, 10):02d}"
        f"{day:02d}{birth.month:02d}{birth.year % 100:02d}{rng.randint(1, 9999):04d}"
    )


def _phone(rng: random.Random) -> str:
    return f"08{rng.choice('1235789')}{rng.randint(1, 9)}{rng.randrange(10**7, 10**8)}"


class _ReportMaker:
    def __init__(
        self,
        region: _Region,
        categories: list[CategorySeed],
        kinds: dict[str, str],
        staff: _Staff,
        rng: random.Random,
        now: datetime,
    ) -> None:
        self.region = region
        self.rng = rng
        self.now = now
        self.staff = staff
        self.kinds = kinds
        self.categories = categories
        # Weight per category: its kind's weight shared among the categories of that kind.
        per_kind: dict[str, int] = {}
        for cat in categories:
            per_kind[kinds[cat.id]] = per_kind.get(kinds[cat.id], 0) + 1
        weights = [
            KIND_WEIGHTS[kinds[c.id]] / (1 if kinds[c.id] == "umum" else per_kind[kinds[c.id]])
            for c in categories
        ]
        self.pick_category = _Chooser(categories, weights)
        self.pick_channel = _Chooser(list(CHANNEL_WEIGHTS), list(CHANNEL_WEIGHTS.values()))
        home = region.home_kelurahan
        in_kec = [
            k
            for k in region.kelurahan
            if k.kecamatan_code == home.kecamatan_code and k.code != home.code
        ]
        others = [k for k in region.kelurahan if k.kecamatan_code != home.kecamatan_code]
        # ~15 % in the demo kelurahan, ~30 % in its kecamatan, the rest over Jakarta
        # (the islands of Kepulauan Seribu get fewer).
        groups: list[tuple[list[KelurahanInfo], float]] = [
            ([home], 0.15),
            (in_kec, 0.15),
            (others, 0.70),
        ]
        places: list[KelurahanInfo] = []
        place_weights: list[float] = []
        for group, share in groups:
            if not group:
                continue
            group_w = [0.2 if k.kota_code == "31.01" else 1.0 for k in group]
            total = sum(group_w)
            places += group
            place_weights += [share * w / total for w in group_w]
        self.pick_place = _Chooser(places, place_weights)
        self.kota_index = {k.code: i for i, k in enumerate(region.kota)}

    # -- small helpers ------------------------------------------------------------------

    def _choice(self, options: Sequence[Any]) -> Any:
        return options[int(self.rng.random() * len(options))]

    def _street(self, kel: KelurahanInfo) -> str:
        rng = self.rng
        if rng.random() < 0.35:
            return self._choice(T.LOCAL_STREETS).format(kel=kel.display_name, n=rng.randint(1, 9))
        return str(self._choice(T.STREETS))

    def _description(
        self, kind: str, cat: CategorySeed, kel: KelurahanInfo, street: str, rt: int, rw: int
    ) -> str:
        rng = self.rng
        text = self._choice(T.DESCRIPTIONS[kind]).format(
            jalan=street,
            patokan=self._choice(T.LANDMARKS).format(n=rng.randint(1, 20)),
            rt=f"{rt:02d}" if rng.random() < 0.5 else str(rt),
            rw=f"{rw:02d}",
            kel=kel.display_name,
            durasi=self._choice(T.DURATIONS),
            kategori=cat.name.lower(),
        )
        opener = self._choice(T.OPENERS)
        if opener:
            text = opener + text[0].lower() + text[1:]
        text += self._choice(T.CLOSERS)
        roll = rng.random()
        if roll < 0.3:
            text = T.abbreviate(text)
        if roll < 0.12:
            text = text.lower().rstrip(".")
        return text[0].upper() + text[1:] if roll >= 0.12 else text

    def _address(self, kel: KelurahanInfo, street: str, rt: int, rw: int, gps: bool) -> str:
        if gps and self.rng.random() < 0.6:
            # As a phone's reverse geocoder writes it.
            return (
                f"{street}, RT.{rt}/RW.{rw}, {kel.display_name}, Kecamatan "
                f"{kel.kecamatan_name}, Kota {kel.kota_name}, Daerah Khusus Ibukota Jakarta"
            )
        return (
            f"{street} No. {self.rng.randint(1, 120)}, RT {rt:03d}/RW {rw:03d}, "
            f"Kel. {kel.display_name}, Kec. {kel.kecamatan_name}, {kel.kota_name}"
        )

    def _later(self, t: datetime, mean_hours: float, share: float = 0.6) -> datetime:
        """A moment after ``t``: a random delay, but never reaching ``now``."""
        room = (self.now - t).total_seconds() * share
        delay = min(self.rng.expovariate(1.0 / (mean_hours * 3600)), room)
        return t + timedelta(seconds=max(delay, min(60.0, room)))

    # -- one report -----------------------------------------------------------------------

    def make(self) -> ReportSeed:
        rng = self.rng
        now = self.now
        cat: CategorySeed = self.pick_category(rng)
        kind = self.kinds[cat.id]
        channel: Channel = self.pick_channel(rng)
        kel: KelurahanInfo = self.pick_place(rng)
        assert kel.code is not None
        assert kel.kecamatan_code is not None
        kota_code = kel.kota_code or ""

        # Truncated exponential: recent days busier than old ones (about 4x), no spike.
        age_days = -_AGE_SCALE_DAYS * math.log(1.0 - rng.random() * _AGE_SPAN)
        created = now - timedelta(days=age_days)
        if channel.is_face_to_face:
            # Walk-in desks work office hours: move to a plausible time that day (WIB).
            local = created.astimezone(JAKARTA_TZ)
            local = local.replace(hour=rng.randint(8, 14), minute=rng.randint(0, 59))
            created = min(local.astimezone(now.tzinfo), now - timedelta(minutes=30))
        status: Status = next(c for limit, c in _STATUS_CHOOSERS if age_days < limit)(rng)

        lat, lon = self.region.random_point(kel.code, rng)
        street = self._street(kel)
        rt, rw = rng.randint(1, 15), rng.randint(1, 12)
        description = self._description(kind, cat, kel, street, rt, rw)
        address = self._address(kel, street, rt, rw, channel.has_gps)

        created_by: str | None = None
        reporter: dict[str, Any] | None
        if channel.is_face_to_face:
            created_by = self._desk(channel, kel)
            name, female = _person(rng)
            reporter = {
                "anonymous": False,
                "name": name,
                "nik": _nik(rng, female, self.kota_index.get(kota_code, 0)),
                "phone": _phone(rng),
            }
            is_private = rng.random() < 0.9
        else:
            reporter = {"anonymous": True} if rng.random() < 0.3 else None
            is_private = rng.random() < (0.85 if channel is Channel.JAKI else 0.5)

        report = ReportSeed(
            id=_uuid(rng),
            number="",  # given in order of creation once all reports exist
            category_id=cat.id,
            channel=channel,
            status=Status.MENUNGGU,
            description=description,
            address=address,
            lat=lat,
            lon=lon,
            kelurahan_code=kel.code,
            unit_id=kelurahan_unit_id(kel.code),
            assignee_id=None,
            created_by=created_by,
            is_private=is_private,
            priority=Priority.NORMAL,
            created_at=created,
            landed_at=created,
            first_response_at=None,
            followup_at=None,
            completed_at=None,
            estimated_completion=None,
            reporter=reporter,
        )
        if kind in ("banjir", "sosial") and rng.random() < 0.3:
            report.priority = Priority.TINGGI if rng.random() < 0.7 else Priority.MENDESAK
        report.events.append(
            EventSeed(_uuid(rng), ActionType.CREATE, created_by, created, None, Status.MENUNGGU)
        )
        self._walk(report, cat, kind, status, kota_code)
        return report

    def _desk(self, channel: Channel, kel: KelurahanInfo) -> str:
        desks = self.staff.desk_by_unit
        assert kel.code is not None
        assert kel.kecamatan_code is not None
        unit = {
            Channel.PENDOPO: PENDOPO_DESK_ID,
            Channel.INSPEKTORAT: INSPEKTORAT_DESK_ID,
            Channel.WALI_KOTA: kota_desk_id(kel.kota_code or ""),
            Channel.KECAMATAN: kecamatan_unit_id(kel.kecamatan_code),
            Channel.KELURAHAN: kelurahan_unit_id(kel.code),
        }[channel]
        return str(self._choice(desks[unit]))

    def _event(
        self,
        report: ReportSeed,
        action: ActionType,
        actor: str,
        at: datetime,
        to_status: Status | None,
        **fields: Any,
    ) -> None:
        report.events.append(
            EventSeed(
                _uuid(self.rng),
                action,
                actor,
                at,
                report.status,
                to_status or report.status,
                **fields,
            )
        )
        if to_status is not None:
            report.status = to_status

    def _walk(
        self, report: ReportSeed, cat: CategorySeed, kind: str, target: Status, kota_code: str
    ) -> None:
        """Play the actions that bring a new report to ``target``, as the roles would."""
        rng = self.rng
        staff = self.staff
        if target is Status.MENUNGGU:
            return
        unit = report.unit_id
        t = report.created_at
        agency = cat.agency_unit_id
        # Reports for an agency: forwarded (Koordinasi), disposed to the city's Suku
        # Dinas (Disposisi), which then works on it; some stay with the kelurahan.
        via_agency = (
            agency is not None
            and (target in (Status.KOORDINASI, Status.DISPOSISI) or rng.random() < 0.25)
            and target is not Status.DITOLAK
        )
        if target in (Status.KOORDINASI, Status.DISPOSISI) and agency is None:
            target = Status.PROSES
        if via_agency and agency is not None:
            t = self._later(t, 6)
            self._event(
                report,
                ActionType.FORWARD,
                self._choice(staff.field_by_unit[unit]),
                t,
                Status.KOORDINASI,
                reason=self._choice(T.FORWARD_REASONS),
                target_unit_id=agency,
            )
            report.first_response_at = t
            report.unit_id = unit = agency
            report.landed_at = t
            if target is Status.KOORDINASI:
                return
            t = self._later(t, 8)
            sudin = sudin_unit_id(agency, kota_code)
            self._event(
                report,
                ActionType.DISPOSE,
                staff.head_by_unit[agency],
                t,
                Status.DISPOSISI,
                reason=self._choice(T.DISPOSE_REASONS),
                target_unit_id=sudin,
            )
            report.unit_id = unit = sudin
            report.landed_at = t
            if target is Status.DISPOSISI:
                return
        if target is Status.DITOLAK:
            t = self._later(t, 10)
            self._event(
                report,
                ActionType.REJECT,
                staff.head_by_unit[unit],
                t,
                Status.DITOLAK,
                reason=self._choice(T.REJECT_REASONS),
            )
            report.first_response_at = report.first_response_at or t
            return
        officer = str(self._choice(staff.field_by_unit[unit]))
        t = self._later(t, 8)
        self._event(
            report,
            ActionType.ACCEPT,
            officer,
            t,
            Status.PROSES,
            note=self._choice(T.ACCEPT_NOTES),
            assignee_id=officer,
        )
        report.assignee_id = officer
        report.first_response_at = report.first_response_at or t
        if kind in ("jalan", "trotoar") and rng.random() < 0.3:
            report.estimated_completion = (t + timedelta(days=rng.randint(10, 30))).date()
        if target is Status.PROSES:
            return
        rounds = 2 if target is Status.SELESAI and rng.random() < 0.06 else 1
        for round_ in range(rounds):
            t = self._later(t, 40)
            self._event(
                report,
                ActionType.FOLLOWUP,
                officer,
                t,
                Status.MENUNGGU_VALIDASI,
                note=self._choice(T.FOLLOWUP_NOTES[kind]),
            )
            report.followup_at = t
            if target is Status.MENUNGGU_VALIDASI:
                return
            t = self._later(t, 12)
            validator = str(self._choice(staff.validators))
            if target is Status.TL_DITOLAK or round_ < rounds - 1:
                self._event(
                    report,
                    ActionType.REJECT_FOLLOWUP,
                    validator,
                    t,
                    Status.TL_DITOLAK,
                    reason=self._choice(T.REJECT_FOLLOWUP_REASONS),
                )
                if target is Status.TL_DITOLAK:
                    return
            else:
                self._event(
                    report,
                    ActionType.VALIDATE,
                    validator,
                    t,
                    Status.SELESAI,
                    note=self._choice(T.VALIDATE_NOTES),
                )
                report.completed_at = t


MAX_DAILY_SEQUENCE = 9999


def _number_reports(reports: list[ReportSeed]) -> None:
    """JK + YYMMDD (Jakarta day of creation) + a daily sequence in creation order."""
    daily: dict[date, int] = {}
    for report in sorted(reports, key=lambda r: (r.created_at, r.id)):
        day = report.created_at.astimezone(JAKARTA_TZ).date()
        daily[day] = daily.get(day, 0) + 1
        if daily[day] > MAX_DAILY_SEQUENCE:
            raise ValueError(f"more than {MAX_DAILY_SEQUENCE} seeded reports on {day}")
        report.number = format_number(day, daily[day])


# --- follow-up photos ---------------------------------------------------------------------

# Which seeded follow-ups get before/after photos. Only reports now waiting for
# validation: the validator's page is the one screen that fetches photos from the
# server (workstations do not download media when they sync), so photos on
# finished reports would cost seed time and disk for nothing. At most
# MAX_PHOTO_REPORTS of them, in the validator's queue order (oldest follow-up
# first): the demo's 2,000 reports have about 140 waiting, all with photos; the
# benchmarks' 100,000 have thousands, and drawing ~2 ms and storing ~25 kB per
# photo for all would slow their seed for no screen. Each report's photos are
# drawn for that report (never shared): the validator flags a photo hash seen on
# another report as reused evidence.
MAX_PHOTO_REPORTS = 200

# Category kind (the routing rules above) -> what the "before" photo shows
# (``seed_photos`` draws it; the "after" photo shows the place without it).
PROBLEM_OF_KIND: dict[str, str] = {
    "jalan": "pothole",
    "trotoar": "pothole",
    "sampah": "garbage",
    "fasum": "garbage",
    "ketertiban": "garbage",
    "umum": "garbage",
    "kesehatan": "garbage",
    "sosial": "garbage",
    "rokok": "banners",
    "reklame": "banners",
    "pohon": "branch",
    "taman": "branch",
    "saluran": "flood",
    "banjir": "flood",
    "lampu": "lamp",
    "lalin": "lamp",
    "pkl": "vehicles",
    "parkir": "vehicles",
}
_METRES_PER_DEGREE = 111_320.0


def _near(
    lat: float | None, lon: float | None, rng: random.Random
) -> tuple[float | None, float | None]:
    """A point a few tens of metres from (lat, lon): where the officer stood."""
    if lat is None or lon is None:
        return None, None
    north, east = rng.uniform(-25.0, 25.0), rng.uniform(-25.0, 25.0)
    scale = math.cos(math.radians(lat))
    return lat + north / _METRES_PER_DEGREE, lon + east / (_METRES_PER_DEGREE * scale)


def plan_followup_photos(
    reports: Sequence[ReportSeed], kinds: dict[str, str], seed: int, limit: int
) -> int:
    """Give the latest follow-up of up to ``limit`` waiting reports a before and an
    after photo; return how many reports got them.

    A random generator of its own: the reports of a seed stay what they were.
    """
    rng = random.Random(f"follow-up photos {seed}")
    waiting = sorted(
        (r for r in reports if r.status is Status.MENUNGGU_VALIDASI and r.followup_at),
        key=lambda r: (r.followup_at, r.created_at, r.id),
    )
    done = 0
    for report in waiting[: max(0, limit)]:
        followups = [i for i, e in enumerate(report.events) if e.type is ActionType.FOLLOWUP]
        if not followups:
            continue
        index = followups[-1]
        event = report.events[index]
        started = report.events[index - 1].at if index > 0 else report.created_at
        span = max((event.at - started).total_seconds(), 0.0)
        # At the place soon after taking the report on (in the first half of the
        # work); the "after" photo shortly before the follow-up was recorded (in
        # its last 30 %): before < after <= the follow-up.
        before_at = started + timedelta(seconds=span * rng.uniform(0.05, 0.45))
        after_at = event.at - timedelta(seconds=min(span * 0.3, rng.uniform(120.0, 1800.0)))
        problem = PROBLEM_OF_KIND.get(kinds.get(report.category_id, ""), "garbage")
        for kind, at in (("before", before_at), ("after", after_at)):
            lat, lon = _near(report.lat, report.lon, rng)
            event.photos.append(PhotoSeed(kind, at, lat, lon, report.id, problem))
        done += 1
    return done


# --- the entry point --------------------------------------------------------------------


def build_plan(
    data_dir: Path | None,
    n_reports: int,
    seed: int,
    now: datetime,
    demo_users: bool = True,
    photo_reports: int = MAX_PHOTO_REPORTS,
) -> SeedPlan:
    """The whole demo seed for ``now``; the same arguments give the same plan.

    ``now`` without a time zone is taken as UTC. Without ``data_dir`` the region is
    synthetic (``synthetic=True``; ``region_note`` says so). With ``demo_users``
    False the staff exists (reports need actors) but nobody has a known password.
    Up to ``photo_reports`` reports waiting for validation get before/after
    photos on their follow-up (``plan_followup_photos``).
    """
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    rng = random.Random(seed)
    region = _real_region(Path(data_dir)) if data_dir is not None else _synthetic_region()
    units = _units(region)
    categories, kinds = _categories(_category_names(Path(data_dir) if data_dir else None))
    staff = _staff(region, rng, demo_users)
    maker = _ReportMaker(region, categories, kinds, staff, rng, now)
    reports = [maker.make() for _ in range(n_reports)]
    _number_reports(reports)
    plan_followup_photos(reports, kinds, seed, photo_reports)
    return SeedPlan(
        units=units,
        categories=categories,
        officers=staff.officers,
        sla_rules=_sla_rules(categories, kinds),
        reports=reports,
        synthetic=region.synthetic,
        region_note=region.note,
    )
