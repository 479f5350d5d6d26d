"""Validation of what people type: NIK, phone numbers, locations, text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_shared.domain import (
    DomainError,
    check_location,
    check_nik,
    check_phone,
    check_text,
    clean_text,
    mask_nik,
)


def code_of(fn: object, *args: object) -> str:
    with pytest.raises(DomainError) as refused:
        fn(*args)  # type: ignore[operator]
    assert refused.value.message
    return refused.value.code


# --- NIK: PP KK CC DDMMYY SSSS ------------------------------------------------------

# Jakarta Pusat (31 71), Gambir (01), born 15 May 1990, sequence 0001.
MAN = "3171011505900001"
# The same, a woman: the day of birth is written + 40.
WOMAN = "3171015505900002"


@pytest.mark.parametrize(
    ("nik", "normalised"),
    [
        (MAN, MAN),
        (WOMAN, WOMAN),
        ("3171 0115 0590 0001", MAN),
        ("3171.0115.0590.0001", MAN),
        ("3171-011505-900001", MAN),
        ("3201014102000123", "3201014102000123"),  # woman born 1 Feb 2000 in Bogor
        ("3171012902000001", "3171012902000001"),  # 29 Feb (2000 was a leap year)
        ("3171017112990009", "3171017112990009"),  # woman born 31 Dec 1999
    ],
)
def test_valid_nik(nik: str, normalised: str) -> None:
    assert check_nik(nik) == normalised


@pytest.mark.parametrize(
    ("nik", "code"),
    [
        ("317101150590001", "nik_length"),  # 15 digits
        ("31710115059000011", "nik_length"),  # 17 digits
        ("", "nik_digits"),
        ("31710115059000A1", "nik_digits"),
        ("3171011505900O01", "nik_digits"),  # letter O
        ("\u0663171011505900001", "nik_digits"),  # an Arabic-Indic digit
        ("9971011505900001", "nik_region"),  # no province 99
        ("2071011505900001", "nik_region"),  # no province 20
        ("3100011505900001", "nik_region"),  # regency 00
        ("3171001505900001", "nik_region"),  # district 00
        ("3171013205900001", "nik_birthdate"),  # day 32
        ("3171010005900001", "nik_birthdate"),  # day 0
        ("3171014005900001", "nik_birthdate"),  # day 40: neither a man's nor a woman's
        ("3171017205900001", "nik_birthdate"),  # a woman's day 72 = 32
        ("3171011513900001", "nik_birthdate"),  # month 13
        ("3171011500900001", "nik_birthdate"),  # month 0
        ("3171013102900001", "nik_birthdate"),  # 31 February
        ("3171011505900000", "nik_sequence"),
    ],
)
def test_invalid_nik(nik: str, code: str) -> None:
    assert code_of(check_nik, nik) == code


def test_nik_is_never_shown_in_full_on_a_receipt() -> None:
    masked = mask_nik(MAN)
    assert masked == "3171********0001"
    assert MAN[4:12] not in masked
    assert mask_nik("12345") == "*****"


# --- phone ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phone", "normalised"),
    [
        ("0812-3456-7890", "+6281234567890"),
        ("081234567890", "+6281234567890"),
        ("+62 812 3456 7890", "+6281234567890"),
        ("6281234567890", "+6281234567890"),
        ("(021) 3822255", "+62213822255"),
        ("021-382-2255", "+62213822255"),
    ],
)
def test_valid_phone(phone: str, normalised: str) -> None:
    assert check_phone(phone) == normalised


@pytest.mark.parametrize(
    "phone",
    [
        "",
        "12345",
        "0812",
        "08123",
        "+1 555 123 4567",
        "0812-3456-7890-1234",
        "nomor saya",
        "0812345678a0",
    ],
)
def test_invalid_phone(phone: str) -> None:
    assert code_of(check_phone, phone) == "phone_format"


# --- location -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lat", "lon"),
    [
        (-6.1754, 106.8272),  # Monas, Gambir
        (-6.3619, 106.8315),  # south: Jagakarsa
        (-6.1003, 106.9544),  # north-east: Cilincing
        (-6.2088, 106.7000),  # west: Kembangan
        (-5.7455, 106.6137),  # Pulau Pramuka, Kepulauan Seribu
        (-5.6100, 106.5700),  # Pulau Kelapa, Kepulauan Seribu
    ],
)
def test_locations_in_jakarta_are_accepted(lat: float, lon: float) -> None:
    check_location(lat, lon)


@pytest.mark.parametrize(
    ("lat", "lon", "code"),
    [
        (-6.9175, 107.6191, "location_outside"),  # Bandung
        (-6.5971, 106.8060, "location_outside"),  # Bogor
        (-6.2383, 107.0000 + 0.05, "location_outside"),  # Bekasi
        (6.1754, 106.8272, "location_outside"),  # sign of the latitude lost
        (106.8272, -6.1754, "location_invalid"),  # latitude and longitude swapped
        (float("nan"), 106.8, "location_invalid"),
        (-6.17, float("nan"), "location_invalid"),
        (-91.0, 106.8, "location_invalid"),
        (-6.17, 181.0, "location_invalid"),
    ],
)
def test_locations_outside_jakarta_are_refused(lat: float, lon: float, code: str) -> None:
    assert code_of(check_location, lat, lon) == code


# --- text ---------------------------------------------------------------------------


def test_clean_text_removes_control_and_direction_characters() -> None:
    assert clean_text("Jalan\x00 rusak\x07\x1b") == "Jalan rusak"
    assert clean_text("baris satu\nbaris\tdua") == "baris satu\nbaris\tdua"
    # A right-to-left override would make "gpj.exe" read differently from what it is.
    assert clean_text("foto\u202egpj.exe") == "fotogpj.exe"
    assert clean_text("\u2066a\u2069\u200fb\u200e") == "ab"
    assert clean_text("  spasi  ") == "spasi"
    assert clean_text("Cafe\u0301") == "Caf\u00e9"  # NFC


def test_clean_text_turns_every_line_break_convention_into_a_newline() -> None:
    # A lone CR (old Mac, some form posts) is a line break: dropping it merged words.
    assert clean_text("jalan\rrusak") == "jalan\nrusak"
    assert clean_text("jalan\r\nrusak") == "jalan\nrusak"
    assert clean_text("a\r\rb\n\r\nc") == "a\n\nb\n\nc"


@pytest.mark.parametrize(
    ("kind", "text", "code"),
    [
        ("description", "pendek", "description_too_short"),
        (
            "description",
            "\u202e\u202e\u202e\u202e\u202e\u202e\u202e\u202e\u202e\u202eabc",
            "description_too_short",
        ),
        ("description", "x" * 4001, "description_too_long"),
        ("note", None, "note_too_short"),
        ("note", "   \n ", "note_too_short"),
        ("note", "x" * 4001, "note_too_long"),
        ("reason", "abcd", "reason_too_short"),
        ("reason", "x" * 1001, "reason_too_long"),
        ("name", "A", "name_too_short"),
        ("address", "x" * 501, "address_too_long"),
    ],
)
def test_text_limits(kind: str, text: str | None, code: str) -> None:
    assert code_of(check_text, kind, text) == code


def test_text_at_the_limits_is_accepted() -> None:
    assert check_text("description", "x" * 10) == "x" * 10
    assert check_text("description", "x" * 4000) == "x" * 4000
    assert check_text("reason", "  abcde  ") == "abcde"
    assert check_text("address", None) == ""  # the address may be empty


@pytest.mark.parametrize("value", [5, 1.5, True, ["catatan"], {"text": "catatan"}])
def test_text_of_the_wrong_json_type_is_refused_not_crashed(value: object) -> None:
    # Payloads arrive as parsed JSON: a number where text belongs is bad input
    # (a DomainError the server turns into "rejected"), never a TypeError (a 500).
    with pytest.raises(DomainError) as refused:
        check_text("note", value)  # type: ignore[arg-type]
    assert refused.value.field == "note"


def test_empty_note_says_it_is_required() -> None:
    with pytest.raises(DomainError) as refused:
        check_text("note", "")
    assert "wajib diisi" in refused.value.message


@given(st.text(max_size=300))
def test_clean_text_never_leaves_control_or_bidi_characters(text: str) -> None:
    cleaned = clean_text(text)
    for ch in cleaned:
        assert ch in "\n\t" or not (0 <= ord(ch) < 32 or 127 <= ord(ch) < 160)
        assert ch not in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"
    assert clean_text(cleaned) == cleaned  # idempotent
