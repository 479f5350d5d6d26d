"""Checks for a new report filed at a walk-in desk (the ``create`` action)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .actions import _photos
from .channels import Channel
from .errors import DomainError
from .numbers import ReportNumber
from .privacy import check_privacy_notice
from .rating import check_rating_code
from .roles import Role, may_enter_identity
from .validation import check_location, check_nik, check_phone, check_text


def check_new_report(role: Role, payload: Mapping[str, Any]) -> dict[str, Any]:
    """Check a walk-in complaint and return it cleaned.

    A location is either a point (lat/lon) or a kelurahan chosen from the list;
    the reporter is anonymous or identified by name and a valid NIK. A report is
    private unless the citizen asks otherwise.
    """
    if not may_enter_identity(role):
        raise DomainError(
            "role_forbidden", "Hanya petugas meja pengaduan yang dapat membuat laporan."
        )
    try:
        channel = Channel(str(payload.get("channel")))
    except ValueError:
        raise DomainError("channel_invalid", "Kanal pengaduan tidak dikenal.", "channel") from None
    if not channel.is_face_to_face:
        raise DomainError(
            "channel_not_desk", "Meja pengaduan hanya mencatat kanal tatap muka.", "channel"
        )
    category_id = payload.get("category_id")
    if not isinstance(category_id, str) or not category_id.strip():
        raise DomainError("category_missing", "Pilih kategori laporan.", "category_id")
    out: dict[str, Any] = {
        "channel": channel.value,
        "category_id": category_id.strip(),
        "description": check_text("description", payload.get("description")),
        "address": check_text("address", payload.get("address")),
        "is_private": bool(payload.get("is_private", True)),
        "photos": _photos(payload, required=False),
    }
    lat, lon = payload.get("lat"), payload.get("lon")
    kelurahan = payload.get("kelurahan_code")
    if lat is not None and lon is not None:
        try:
            flat, flon = float(lat), float(lon)
        except (TypeError, ValueError):
            raise DomainError(
                "location_invalid", "Koordinat lokasi tidak valid.", "location"
            ) from None
        check_location(flat, flon)
        out["lat"], out["lon"] = flat, flon
    elif not kelurahan:
        raise DomainError(
            "location_missing", "Tentukan lokasi: pilih di peta atau pilih kelurahan.", "location"
        )
    if kelurahan:
        out["kelurahan_code"] = str(kelurahan).strip()
    number = payload.get("number")
    if number:
        out["number"] = str(ReportNumber.parse(str(number)))
    out["reporter"] = _check_reporter(payload.get("reporter"))
    notice = check_privacy_notice(payload.get("privacy_notice"))
    if notice is not None:  # optional: clients before the notice do not send it
        out["privacy_notice"] = notice
    if payload.get("rating_code") is not None:  # optional: older desks do not send it
        out["rating_code"] = check_rating_code(payload.get("rating_code"))
    return out


def check_support(payload: Mapping[str, Any]) -> dict[str, Any]:
    """A citizen at the desk supports an existing report (``support`` action).

    Needs the face-to-face channel and the reporter (anonymous or identified, as
    for a new report); a short note in the citizen's words is optional.
    """
    try:
        channel = Channel(str(payload.get("channel")))
    except ValueError:
        raise DomainError("channel_invalid", "Kanal pengaduan tidak dikenal.", "channel") from None
    if not channel.is_face_to_face:
        raise DomainError(
            "channel_not_desk", "Meja pengaduan hanya mencatat kanal tatap muka.", "channel"
        )
    out: dict[str, Any] = {
        "channel": channel.value,
        "reporter": _check_reporter(payload.get("reporter")),
    }
    if payload.get("note"):
        out["note"] = check_text("note", payload.get("note"))
    return out


def _check_reporter(raw: Any) -> dict[str, Any]:
    if raw is None or (isinstance(raw, Mapping) and raw.get("anonymous")):
        return {"anonymous": True}
    if not isinstance(raw, Mapping):
        raise DomainError("reporter_invalid", "Data pelapor tidak valid.", "reporter")
    reporter: dict[str, Any] = {
        "anonymous": False,
        "name": check_text("name", raw.get("name")),
        "nik": check_nik(str(raw.get("nik") or "")),
    }
    if raw.get("phone"):
        reporter["phone"] = check_phone(str(raw["phone"]))
    if raw.get("address"):
        reporter["address"] = check_text("address", raw.get("address"))
    return reporter
