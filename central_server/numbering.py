"""Server counters: the change sequence (feed cursor) and daily report numbers.

Both are taken with ``UPDATE counters SET value = value + 1`` inside the writing
transaction: on PostgreSQL the row stays locked until commit, so changes commit
in sequence order and a feed reader never skips one that commits late; on
SQLite writers are serialised anyway.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from crm_shared.domain import JAKARTA_TZ, format_number

from .models import Counter

CHANGE_SEQ = "change_seq"


def number_counter_name(yymmdd: str) -> str:
    return f"report_number:{yymmdd}"


def _ensure(session: Session, name: str) -> None:
    dialect = session.get_bind().dialect.name
    values = {"name": name, "value": 0}
    if dialect == "postgresql":
        session.execute(pg_insert(Counter).values(values).on_conflict_do_nothing())
    elif dialect == "sqlite":
        session.execute(sqlite_insert(Counter).values(values).on_conflict_do_nothing())
    elif session.get(Counter, name) is None:
        session.add(Counter(**values))
        session.flush()


def take(session: Session, name: str, count: int = 1) -> int:
    """Advance counter ``name`` by ``count``; return its new (highest) value."""
    result = session.execute(
        update(Counter)
        .where(Counter.name == name)
        .values(value=Counter.value + count)
        .returning(Counter.value)
    ).scalar_one_or_none()
    if result is None:
        _ensure(session, name)
        result = session.execute(
            update(Counter)
            .where(Counter.name == name)
            .values(value=Counter.value + count)
            .returning(Counter.value)
        ).scalar_one()
    return int(result)


def next_seq(session: Session) -> int:
    return take(session, CHANGE_SEQ)


def current_seq(session: Session) -> int:
    value = session.execute(select(Counter.value).where(Counter.name == CHANGE_SEQ)).scalar()
    return int(value or 0)


def jakarta_today(now: datetime) -> date:
    return now.astimezone(JAKARTA_TZ).date()


def take_numbers(session: Session, day: date, count: int) -> list[str]:
    """Reserve ``count`` official numbers of ``day`` (shared with server-assigned ones)."""
    high = take(session, number_counter_name(f"{day:%y%m%d}"), count)
    return [format_number(day, s) for s in range(high - count + 1, high + 1)]
