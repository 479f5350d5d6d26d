"""The receipt's rating code: random, unambiguous, checked on the way in."""

from __future__ import annotations

import pytest

from crm_shared.domain import DomainError, Role, check_new_report
from crm_shared.domain.rating import (
    ALPHABET,
    CODE_LENGTH,
    check_comment,
    check_rating_code,
    check_score,
    format_rating_code,
    new_rating_code,
    normalize_rating_code,
)


def test_codes_are_random_and_use_no_confusable_symbols() -> None:
    codes = {new_rating_code() for _ in range(2000)}
    assert len(codes) == 2000
    assert all(len(c) == CODE_LENGTH and set(c) <= set(ALPHABET) for c in codes)
    assert not set("0O1IL2Z5S8BUV") & set(ALPHABET)


def test_a_code_as_printed_or_typed_is_the_same_code() -> None:
    assert format_rating_code("K7QM4TXA") == "K7QM-4TXA"
    assert normalize_rating_code(" k7qm-4txa ") == "K7QM4TXA"
    assert check_rating_code("k7qm-4txa") == "K7QM4TXA"
    for bad in ("K7QM4TX", "K7QM4TXO", "", 12345678, None):
        with pytest.raises(DomainError):
            check_rating_code(bad)


def test_score_and_sentence() -> None:
    assert check_score("4") == 4
    for bad in ("0", "6", "x", None, "4.5"):
        with pytest.raises(DomainError):
            check_score(bad)
    assert check_comment("  bagus\u202e sekali ") == "bagus sekali"
    with pytest.raises(DomainError):
        check_comment("x" * 501)


def test_a_new_report_carries_its_code_only_when_well_formed() -> None:
    base = {
        "channel": "pendopo",
        "category_id": "sampah",
        "description": "Sampah tidak diangkut selama seminggu",
        "address": "Jl. Merdeka 1",
        "kelurahan_code": "31.71.01.1001",
        "reporter": {"anonymous": True},
    }
    assert "rating_code" not in check_new_report(Role.DESK, base)  # older desks
    assert check_new_report(Role.DESK, {**base, "rating_code": "k7qm-4txa"})["rating_code"] == (
        "K7QM4TXA"
    )
    with pytest.raises(DomainError) as refused:
        check_new_report(Role.DESK, {**base, "rating_code": "JK2501020007"})
    assert refused.value.code == "rating_code_invalid"
