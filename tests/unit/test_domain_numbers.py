"""Official report numbers: JK + YYMMDD + a 4-digit daily sequence (JK2306180342)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_shared.domain import DomainError, ReportNumber, format_number, is_report_number


def test_format_and_parse_the_documented_example() -> None:
    assert format_number(date(2023, 6, 18), 342) == "JK2306180342"
    parsed = ReportNumber.parse("JK2306180342")
    assert parsed == ReportNumber(date(2023, 6, 18), 342)
    assert parsed.day == date(2023, 6, 18)
    assert parsed.sequence == 342


def test_parse_is_lenient_about_case_and_surrounding_space_only() -> None:
    assert str(ReportNumber.parse("  jk2311270012 \n")) == "JK2311270012"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "number_format"),
        ("JK230618034", "number_format"),  # 3-digit sequence
        ("JK23061803421", "number_format"),  # 5-digit sequence
        ("XK2306180342", "number_format"),
        ("JK 2306180342", "number_format"),
        ("JK23O6180342", "number_format"),  # letter O
        ("JK2313180342", "number_date"),  # month 13
        ("JK2302300001", "number_date"),  # 30 February
        ("JK2306000001", "number_date"),  # day 0
        ("JK2306180000", "number_sequence"),
    ],
)
def test_bad_numbers_are_refused(text: str, code: str) -> None:
    with pytest.raises(DomainError) as refused:
        ReportNumber.parse(text)
    assert refused.value.code == code
    assert not is_report_number(text)


@pytest.mark.parametrize(
    ("day", "sequence", "code"),
    [
        (date(2023, 6, 18), 0, "number_sequence"),
        (date(2023, 6, 18), 10000, "number_sequence"),
        (date(1999, 12, 31), 1, "number_year"),
        (date(2100, 1, 1), 1, "number_year"),
    ],
)
def test_numbers_outside_the_format_cannot_be_made(day: date, sequence: int, code: str) -> None:
    with pytest.raises(DomainError) as refused:
        format_number(day, sequence)
    assert refused.value.code == code


def test_numbers_sort_by_day_then_sequence() -> None:
    numbers = [ReportNumber.parse(t) for t in ["JK2306190001", "JK2306180342", "JK2306180009"]]
    assert [str(n) for n in sorted(numbers)] == ["JK2306180009", "JK2306180342", "JK2306190001"]


@given(
    day=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
    sequence=st.integers(min_value=1, max_value=9999),
)
def test_round_trip(day: date, sequence: int) -> None:
    text = format_number(day, sequence)
    assert len(text) == 12
    assert text.startswith("JK")
    assert text[2:8] == day.strftime("%y%m%d")
    assert int(text[8:]) == sequence
    assert ReportNumber.parse(text) == ReportNumber(day, sequence)
    assert is_report_number(text)
