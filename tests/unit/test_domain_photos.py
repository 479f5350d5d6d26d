"""Photo items of an action keep what the photo itself says, checked."""

from __future__ import annotations

import pytest

from crm_shared.domain import ActionType, DomainError, check_payload

SHA = "a" * 64
ORIG = "b" * 64


def _followup(**facts: object) -> dict[str, object]:
    return {
        "note": "Sudah dibersihkan",
        "photos": [
            {"sha256": SHA, "kind": "before", **facts},
            {"sha256": "c" * 64, "kind": "after"},
        ],
    }


def test_capture_facts_are_kept() -> None:
    payload = check_payload(
        ActionType.FOLLOWUP,
        _followup(
            original_sha256=ORIG, captured_at="2026-11-27T08:30:00+07:00", lat=-6.17, lon=106.82
        ),
    )
    before = payload["photos"][0]
    assert before["original_sha256"] == ORIG
    assert before["captured_at"] == "2026-11-27T08:30:00+07:00"
    assert (before["lat"], before["lon"]) == (-6.17, 106.82)
    assert set(payload["photos"][1]) == {"sha256", "kind"}


@pytest.mark.parametrize(
    ("facts", "code"),
    [
        ({"original_sha256": "xyz"}, "photo_hash"),
        ({"original_sha256": 5}, "photo_hash"),
        ({"captured_at": "kemarin"}, "photo_time"),
        ({"lat": "abc", "lon": 106.8}, "photo_place"),
        ({"lat": 95.0, "lon": 106.8}, "photo_place"),
    ],
)
def test_bad_facts_are_refused(facts: dict[str, object], code: str) -> None:
    with pytest.raises(DomainError) as refused:
        check_payload(ActionType.FOLLOWUP, _followup(**facts))
    assert refused.value.code == code


def test_a_hash_that_is_not_text_is_refused() -> None:
    with pytest.raises(DomainError) as refused:
        check_payload(ActionType.NOTE, {"note": "x", "photos": [{"sha256": 123}]})
    assert refused.value.code == "photo_hash"
