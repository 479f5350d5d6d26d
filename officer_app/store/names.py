"""The names a screen shows for ids the server sends (officers, units, report numbers)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from sqlalchemy import select

from .db import Store
from .schema import Officer, Report, Unit


@dataclass(frozen=True)
class DisplayNames:
    officers: dict[str, str] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    numbers: dict[str, str] = field(default_factory=dict)  # report id -> number


def display_names(store: Store, report_ids: Collection[str]) -> DisplayNames:
    """Every officer and unit name known here, and the numbers of ``report_ids``."""
    with store.read() as s:
        officers = dict(s.execute(select(Officer.id, Officer.name)).tuples().all())
        units = dict(s.execute(select(Unit.id, Unit.name)).tuples().all())
        numbers: dict[str, str] = {}
        ids = sorted(report_ids)
        for start in range(0, len(ids), 500):  # below SQLite's bound-parameter limit
            chunk = ids[start : start + 500]
            numbers.update(
                s.execute(select(Report.id, Report.number).where(Report.id.in_(chunk)))
                .tuples()
                .all()
            )
    return DisplayNames(officers, units, numbers)
