"""Validation of what people type: locations, NIK, phone numbers, text lengths.

These checks are cheap and need no data files; the precise "which kelurahan
contains this point" check against the boundary polygons lives in
``crm_shared.geo.boundaries``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from .errors import DomainError

# Bounding boxes of DKI Jakarta: the mainland and the Kepulauan Seribu archipelago
# (min_lon, min_lat, max_lon, max_lat), with a small margin around the boundaries.
JAKARTA_MAINLAND_BBOX = (106.67, -6.39, 107.0, -6.07)
KEPULAUAN_SERIBU_BBOX = (106.30, -6.10, 106.90, -5.15)


def is_in_jakarta(lat: float, lon: float) -> bool:
    return any(
        min_lon <= lon <= max_lon and min_lat <= lat <= max_lat
        for (min_lon, min_lat, max_lon, max_lat) in (JAKARTA_MAINLAND_BBOX, KEPULAUAN_SERIBU_BBOX)
    )


def check_location(lat: float, lon: float) -> None:
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0) or lat != lat or lon != lon:
        raise DomainError("location_invalid", "Koordinat lokasi tidak valid.", "location")
    if not is_in_jakarta(lat, lon):
        raise DomainError(
            "location_outside",
            "Lokasi berada di luar wilayah DKI Jakarta (termasuk Kepulauan Seribu).",
            "location",
        )


@dataclass(frozen=True)
class TextLimit:
    field: str
    label: str
    minimum: int
    maximum: int


# Lengths in characters after trimming white space.
LIMITS: dict[str, TextLimit] = {
    "description": TextLimit("description", "Uraian laporan", 10, 4000),
    "note": TextLimit("note", "Catatan", 1, 4000),
    "reason": TextLimit("reason", "Alasan", 5, 1000),
    "address": TextLimit("address", "Alamat", 0, 500),
    "name": TextLimit("name", "Nama", 2, 200),
    "phone": TextLimit("phone", "Nomor telepon", 0, 20),
}


def clean_text(text: str) -> str:
    """Normalise citizen text: NFC, no control characters except newlines and tabs.

    Line breaks of any convention (CRLF, a lone CR) become ``\n``: dropping a CR
    would merge the words on either side. Bidirectional overrides are removed
    because they can make a report read differently from what it says.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    out = []
    for ch in text:
        if ch in "\n\t":
            out.append(ch)
            continue
        cat = unicodedata.category(ch)
        if cat == "Cc" or ch in _BIDI_CONTROLS:
            continue
        out.append(ch)
    return "".join(out).strip()


_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


def check_text(kind: str, text: str | None) -> str:
    """Return the cleaned text, or raise a DomainError naming what is wrong."""
    limit = LIMITS[kind]
    if text is not None and not isinstance(text, str):
        # Payloads are parsed JSON: a number or list where text belongs is bad input.
        raise DomainError(f"{kind}_invalid", f"{limit.label} harus berupa teks.", kind)
    cleaned = clean_text(text or "")
    if len(cleaned) < limit.minimum:
        if limit.minimum <= 1:
            message = f"{limit.label} wajib diisi."
        else:
            message = f"{limit.label} terlalu pendek: minimal {limit.minimum} karakter."
        raise DomainError(f"{kind}_too_short", message, kind)
    if len(cleaned) > limit.maximum:
        raise DomainError(
            f"{kind}_too_long",
            f"{limit.label} terlalu panjang: maksimal {limit.maximum} karakter.",
            kind,
        )
    return cleaned


# Province codes of Indonesia (the first two digits of a NIK).
PROVINCE_CODES: frozenset[int] = frozenset(
    {11, 12, 13, 14, 15, 16, 17, 18, 19, 21}
    | {31, 32, 33, 34, 35, 36}
    | {51, 52, 53}
    | {61, 62, 63, 64, 65}
    | {71, 72, 73, 74, 75, 76}
    | {81, 82}
    | {91, 92, 93, 94, 95, 96, 97}
)


def check_nik(nik: str) -> str:
    """Check a NIK (Nomor Induk Kependudukan) and return it normalised.

    Structure: PP KK CC DDMMYY SSSS -- province, regency, district, birth date
    (day + 40 for women) and a sequence that is never 0000.
    """
    digits = re.sub(r"[\s.-]", "", nik or "")
    if not digits.isdigit() or not digits.isascii():
        raise DomainError("nik_digits", "NIK hanya boleh berisi angka.", "nik")
    if len(digits) != 16:
        raise DomainError("nik_length", "NIK harus 16 angka.", "nik")
    province = int(digits[0:2])
    regency = int(digits[2:4])
    district = int(digits[4:6])
    if province not in PROVINCE_CODES or regency == 0 or district == 0:
        raise DomainError(
            "nik_region", "Kode wilayah pada NIK (6 angka pertama) tidak dikenal.", "nik"
        )
    day = int(digits[6:8])
    if day > 40:
        day -= 40
    month = int(digits[8:10])
    year = int(digits[10:12])
    try:
        # The century is not in the NIK; 2000 is a leap year, so 29 Feb is accepted.
        date(2000 + year, month, day)
    except ValueError:
        raise DomainError(
            "nik_birthdate", "Tanggal lahir pada NIK (angka ke-7 s.d. 12) tidak valid.", "nik"
        ) from None
    if digits[12:16] == "0000":
        raise DomainError("nik_sequence", "Nomor urut pada NIK tidak boleh 0000.", "nik")
    return digits


def mask_nik(nik: str) -> str:
    """A NIK as it may appear on a receipt: never in full."""
    return nik[:4] + "*" * 8 + nik[-4:] if len(nik) == 16 else "*" * len(nik)


_PHONE_RE = re.compile(r"^(?:\+62|62|0)8[1-9]\d{6,11}$|^(?:\+62|62|0)[2-9]\d{6,10}$")


def check_phone(phone: str) -> str:
    """Indonesian mobile (08xx, +628xx) or landline (021...) numbers, normalised to +62."""
    compact = re.sub(r"[\s().-]", "", phone or "")
    if not _PHONE_RE.match(compact):
        raise DomainError(
            "phone_format",
            "Nomor telepon tidak valid; contoh: 0812-3456-7890 atau (021) 3822255.",
            "phone",
        )
    if compact.startswith("+62"):
        return compact
    if compact.startswith("62"):
        return "+" + compact
    return "+62" + compact[1:]
