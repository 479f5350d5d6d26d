"""A complaint filed at a walk-in desk (check_new_report)."""

from __future__ import annotations

from typing import Any

import pytest

from crm_shared.domain import DomainError, Role, check_new_report

MONAS = {"lat": -6.1754, "lon": 106.8272}


def payload(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "channel": "pendopo",
        "category_id": "jalan-rusak",
        "description": "Jalan berlubang besar di depan sekolah, membahayakan pengendara motor.",
        "address": "Jl. Medan Merdeka Barat",
        **MONAS,
        "reporter": {"name": "Siti Aminah", "nik": "3171015505900002", "phone": "0812-3456-7890"},
    }
    base.update(changes)
    return {k: v for k, v in base.items() if v is not None}


def refused(role: Role = Role.DESK, **changes: Any) -> str:
    with pytest.raises(DomainError) as err:
        check_new_report(role, payload(**changes))
    assert err.value.message
    return err.value.code


def test_a_complete_walk_in_report_is_accepted_and_cleaned() -> None:
    report = check_new_report(
        Role.DESK,
        payload(description="  Jalan berlubang\u202e besar sekali  ", number="jk2311270012"),
    )
    assert report["channel"] == "pendopo"
    assert report["category_id"] == "jalan-rusak"
    assert report["description"] == "Jalan berlubang besar sekali"
    assert (report["lat"], report["lon"]) == (-6.1754, 106.8272)
    assert report["number"] == "JK2311270012"
    assert report["is_private"] is True  # private unless the citizen asks otherwise
    assert report["photos"] == []
    assert report["reporter"] == {
        "anonymous": False,
        "name": "Siti Aminah",
        "nik": "3171015505900002",
        "phone": "+6281234567890",
    }


@pytest.mark.parametrize("role", [Role.FIELD_OFFICER, Role.SUPERVISOR, Role.VALIDATOR])
def test_only_the_desk_files_reports(role: Role) -> None:
    assert refused(role) == "role_forbidden"


@pytest.mark.parametrize(
    "channel", ["pendopo", "wali_kota", "inspektorat", "kecamatan", "kelurahan"]
)
def test_every_face_to_face_desk_may_file(channel: str) -> None:
    assert check_new_report(Role.DESK, payload(channel=channel))["channel"] == channel


def test_channel_must_be_a_face_to_face_one() -> None:
    assert refused(channel="jaki") == "channel_not_desk"
    assert refused(channel="twitter") == "channel_not_desk"
    assert refused(channel="telepati") == "channel_invalid"
    assert refused(channel=None) == "channel_invalid"


def test_category_description_and_location_are_required() -> None:
    assert refused(category_id=None) == "category_missing"
    assert refused(category_id="  ") == "category_missing"
    assert refused(description="rusak") == "description_too_short"
    assert refused(lat=None, lon=None) == "location_missing"
    assert refused(lat=-6.9175, lon=107.6191) == "location_outside"  # Bandung
    assert refused(lat="di sini", lon=106.8) == "location_invalid"


def test_a_kelurahan_chosen_from_the_list_is_a_location() -> None:
    report = check_new_report(
        Role.DESK, payload(lat=None, lon=None, kelurahan_code=" 31.71.01.1001 ")
    )
    assert report["kelurahan_code"] == "31.71.01.1001"
    assert "lat" not in report


def test_reporter_may_stay_anonymous() -> None:
    assert check_new_report(Role.DESK, payload(reporter=None))["reporter"] == {"anonymous": True}
    anonymous = check_new_report(Role.DESK, payload(reporter={"anonymous": True, "name": "X"}))
    assert anonymous["reporter"] == {"anonymous": True}  # nothing else is kept


def test_an_identified_reporter_needs_a_name_and_a_valid_nik() -> None:
    assert refused(reporter={"name": "Siti Aminah"}).startswith("nik_")
    assert refused(reporter={"name": "Siti Aminah", "nik": "3171011505900000"}) == "nik_sequence"
    assert refused(reporter={"nik": "3171015505900002"}) == "name_too_short"
    assert refused(reporter={"name": "Siti", "nik": "3171015505900002", "phone": "123"}) == (
        "phone_format"
    )
    assert refused(reporter="Siti Aminah") == "reporter_invalid"


def test_a_public_report_and_photos_are_kept() -> None:
    photo = {"sha256": "d" * 64, "kind": "evidence"}
    report = check_new_report(Role.DESK, payload(is_private=False, photos=[photo]))
    assert report["is_private"] is False
    assert report["photos"] == [photo]


def test_a_bad_leased_number_is_refused() -> None:
    assert refused(number="JK23061803") == "number_format"
