"""Official report numbers: ``JK`` + YYMMDD + a 4-digit daily sequence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .errors import DomainError

_NUMBER_RE = re.compile(r"^JK(\d{2})(\d{2})(\d{2})(\d{4})$")
MAX_DAILY_SEQUENCE = 9999


@dataclass(frozen=True, order=True)
class ReportNumber:
    day: date
    sequence: int

    def __post_init__(self) -> None:
        if not 1 <= self.sequence <= MAX_DAILY_SEQUENCE:
            raise DomainError(
                "number_sequence", "Nomor urut harian laporan harus antara 0001 dan 9999."
            )
        if not 2000 <= self.day.year <= 2099:
            raise DomainError("number_year", "Tahun nomor laporan di luar jangkauan.")

    def __str__(self) -> str:
        return f"JK{self.day:%y%m%d}{self.sequence:04d}"

    @classmethod
    def parse(cls, text: str) -> ReportNumber:
        match = _NUMBER_RE.match(text.strip().upper())
        if match is None:
            raise DomainError(
                "number_format",
                "Nomor laporan harus berbentuk JK + tanggal (YYMMDD) + 4 angka, "
                "misalnya JK2306180342.",
            )
        yy, mm, dd, seq = (int(g) for g in match.groups())
        try:
            day = date(2000 + yy, mm, dd)
        except ValueError:
            raise DomainError("number_date", "Tanggal dalam nomor laporan tidak valid.") from None
        return cls(day, seq)


def format_number(day: date, sequence: int) -> str:
    return str(ReportNumber(day, sequence))


def is_report_number(text: str) -> bool:
    try:
        ReportNumber.parse(text)
    except DomainError:
        return False
    return True
