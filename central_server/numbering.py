"""Server counters: the change sequence (feed cursor) and daily report numbers.

The change sequence is the cursor of the change feed (feed.py), and a cursor may
never pass a change that commits later. So a change gets its number by
``stamp()``, the LAST statement of its transaction: one statement takes the next
value of the counter row and writes it into the report (and its scope exit);
only COMMIT follows. On PostgreSQL the counter row stays locked from that
statement until commit, so changes commit in sequence order, and the lock is held
for one statement and a commit instead of the whole transaction (the counter was
the hot row that made more workers add no write capacity, issue 16). Until then
a new report carries a placeholder (negative, never committed). A plain SEQUENCE
would not do: a change numbered 100 could commit after 101 was read
(tests/server/test_feed_concurrency.py shows that check failing for it).
On SQLite writers are serialised anyway.

Daily report numbers are taken inline: only new reports take them, a few hundred
a day, and a desk's lease takes a block in one statement.

A flood day past 9,999 (the format is JK + YYMMDD + 4 digits): numbers go on in
the NEXT day's number space (JK + tomorrow's date), whose own counter then starts
after them, so numbers stay unique, keep their format and no report is refused
or lost; the report's own times stay true (docs/deployment.md, "Report numbers").
Only when ``SPILL_DAYS`` days ahead are full too is a number refused.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from crm_shared.domain import JAKARTA_TZ, DomainError, format_number
from crm_shared.domain.numbers import MAX_DAILY_SEQUENCE

from .models import Counter, Report, ScopeExit

CHANGE_SEQ = "change_seq"
# How many days ahead a flood day's numbers may go on (see the module's docstring).
SPILL_DAYS = 7


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
    """Take the next change number at once (bulk jobs such as the seed; routes use stamp)."""
    return take(session, CHANGE_SEQ)


def placeholder_seq(session: Session) -> int:
    """A seq for a new report until ``stamp``: negative, unique among open transactions.

    On PostgreSQL it is derived from the transaction id (open transactions' ids lie
    within 2**31 of each other); on SQLite one writer runs at a time.
    """
    if session.get_bind().dialect.name != "postgresql":
        return -1
    xid = session.execute(text("SELECT pg_current_xact_id()::text::bigint")).scalar_one()
    return -1 - int(xid) % 2_000_000_000


_PG_STAMP = text(
    """
    WITH c AS (
        UPDATE counters SET value = value + 1 WHERE name = 'change_seq' RETURNING value
    ), r AS (
        UPDATE reports SET seq = c.value FROM c WHERE reports.id = :report_id RETURNING 1
    ), e AS (
        UPDATE scope_exits SET seq = c.value FROM c WHERE scope_exits.id = :exit_id RETURNING 1
    )
    SELECT value FROM c
    """
)


def stamp(session: Session, report: Report, exit_row: ScopeExit | None = None) -> int:
    """Give the report's change its sequence number: call last, then commit at once.

    Everything else pending is flushed first, so that the counter row is locked
    only for this statement and the commit.
    """
    session.flush()
    exit_id = exit_row.id if exit_row is not None else None
    if session.get_bind().dialect.name == "postgresql":
        params = {"report_id": report.id, "exit_id": exit_id}
        value = session.execute(_PG_STAMP, params).scalar_one_or_none()
        if value is None:  # a database without seed: no counter row yet
            _ensure(session, CHANGE_SEQ)
            value = session.execute(_PG_STAMP, params).scalar_one()
        seq = int(value)
    else:
        seq = take(session, CHANGE_SEQ)
        session.execute(update(Report).where(Report.id == report.id).values(seq=seq))
        if exit_id is not None:
            session.execute(update(ScopeExit).where(ScopeExit.id == exit_id).values(seq=seq))
    # The rows hold it now: record it on the objects without another UPDATE.
    set_committed_value(report, "seq", seq)
    if exit_row is not None:
        set_committed_value(exit_row, "seq", seq)
    return seq


def current_seq(session: Session) -> int:
    value = session.execute(select(Counter.value).where(Counter.name == CHANGE_SEQ)).scalar()
    return int(value or 0)


def jakarta_today(now: datetime) -> date:
    return now.astimezone(JAKARTA_TZ).date()


def take_numbers(session: Session, day: date, count: int) -> list[str]:
    """Reserve ``count`` official numbers of ``day`` (shared with server-assigned ones).

    All ``count`` come from one day's space: ``day``'s, or when it has not that many
    left, the first following day's that has (see the module's note on flood days).
    """
    for offset in range(SPILL_DAYS + 1):
        space = day + timedelta(days=offset)
        high = _take_within(session, number_counter_name(f"{space:%y%m%d}"), count)
        if high is not None:
            return [format_number(space, s) for s in range(high - count + 1, high + 1)]
    raise DomainError(
        "numbers_exhausted",
        "Nomor laporan untuk hari ini dan beberapa hari berikutnya sudah habis.",
    )


def _take_within(session: Session, name: str, count: int) -> int | None:
    """Advance counter ``name`` by ``count`` unless that passes 9,999; the new value."""
    stmt = (
        update(Counter)
        .where(Counter.name == name, Counter.value + count <= MAX_DAILY_SEQUENCE)
        .values(value=Counter.value + count)
        .returning(Counter.value)
    )
    high = session.execute(stmt).scalar_one_or_none()
    if high is None and session.get(Counter, name) is None:
        _ensure(session, name)
        high = session.execute(stmt).scalar_one_or_none()
    return None if high is None else int(high)
