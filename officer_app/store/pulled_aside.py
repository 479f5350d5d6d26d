"""Reports a pull set aside: kept until a later pull brings them (``PulledAside``).

The sync engine writes here in the transaction of each change-feed page: the
reports the page holds (or removes) leave the list, the ones it set aside join it
(again: ``times`` counts the cycles). "Perlu perhatian" lists them, so an officer
knows a report may be out of date here, after a restart too.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from .schema import PulledAside

_CHUNK = 500  # ids per DELETE (well under SQLite's bound parameters)


def clear(session: Session, report_ids: Collection[str]) -> None:
    """These reports arrived (or were removed): they need no attention any more."""
    if not report_ids or session.scalar(select(PulledAside.report_id).limit(1)) is None:
        return  # the usual case: nothing set aside, one cheap look per page
    ids = list(report_ids)
    for start in range(0, len(ids), _CHUNK):
        session.execute(
            delete(PulledAside).where(PulledAside.report_id.in_(ids[start : start + _CHUNK]))
        )


def keep_only(session: Session, seen: Collection[str]) -> None:
    """The end of a whole pull: a report it neither brought nor set aside is gone
    from the server's view, and so is the reason to look at it."""
    gone = [rid for rid in session.scalars(select(PulledAside.report_id)) if rid not in seen]
    clear(session, gone)


def record(session: Session, items: Iterable[tuple[str, str]], now: datetime) -> None:
    """``(report_id, reason)`` set aside by this pull (reasons name no values)."""
    for report_id, reason in dict(items).items():  # one row per report
        row = session.get(PulledAside, report_id)
        if row is None:
            session.add(
                PulledAside(report_id=report_id, reason=reason, first_at=now, last_at=now, times=1)
            )
        else:
            row.reason, row.last_at, row.times = reason, now, row.times + 1


def count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(PulledAside)) or 0)


def listing(session: Session) -> list[PulledAside]:
    """What is set aside now, the longest waiting first."""
    return list(session.scalars(select(PulledAside).order_by(PulledAside.first_at)))
