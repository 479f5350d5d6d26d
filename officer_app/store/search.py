"""Full-text search over number, description, address and category name.

The FTS5 table is kept in step in bulk: whoever changes reports calls
``reindex(ids)`` once per page (in the same transaction) instead of paying a
trigger per row. What a person types is treated as data: it is cut into words
and each word is quoted, so no input can be read as FTS syntax.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import NamedTuple

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from .schema import FTS_TABLE

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 12
# A report number or the start of one (``JK`` + digits; see ``domain.numbers``).
_NUMBER_PREFIX = re.compile(r"JK[0-9]*", re.IGNORECASE | re.ASCII)
# The index columns other than ``number`` (an FTS5 column filter).
OTHER_COLUMNS = "{description address category}"

_DELETE = text(
    f"DELETE FROM {FTS_TABLE} WHERE rowid IN (SELECT rid FROM reports WHERE id IN :ids)"
).bindparams(bindparam("ids", expanding=True))
_INSERT = text(
    f"INSERT INTO {FTS_TABLE}(rowid, number, description, address, category) "
    "SELECT r.rid, r.number, r.description, r.address, coalesce(c.name, '') "
    "FROM reports r LEFT JOIN categories c ON c.id = r.category_id WHERE r.id IN :ids"
).bindparams(bindparam("ids", expanding=True))


def reindex(session: Session, report_ids: Collection[str]) -> None:
    """Refresh the index rows of these reports (call after changing them)."""
    if not report_ids:
        return
    ids = list(report_ids)
    session.execute(_DELETE, {"ids": ids})
    session.execute(_INSERT, {"ids": ids})


def index_new(session: Session, report_ids: Collection[str]) -> None:
    """Add index rows for reports that have none yet (new to this profile)."""
    if report_ids:
        session.execute(_INSERT, {"ids": list(report_ids)})


def unindex(session: Session, report_ids: Collection[str]) -> None:
    """Drop the index rows of these reports (call before deleting them)."""
    if report_ids:
        session.execute(_DELETE, {"ids": list(report_ids)})


def rebuild(session: Session) -> None:
    """Rebuild the whole index (after category names changed, or a bulk load)."""
    session.execute(text(f"DELETE FROM {FTS_TABLE}"))
    session.execute(
        text(
            f"INSERT INTO {FTS_TABLE}(rowid, number, description, address, category) "
            "SELECT r.rid, r.number, r.description, r.address, coalesce(c.name, '') "
            "FROM reports r LEFT JOIN categories c ON c.id = r.category_id"
        )
    )


def match_expression(user_text: str) -> str | None:
    """An FTS5 MATCH expression for what a person typed, or None if no words.

    Every word becomes a quoted prefix term ("jalan"*), all of which must match;
    operators, quotes, brackets and stars typed by the person are just text.
    """
    words = _WORD.findall(user_text or "")[:MAX_TERMS]
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


class NumberPrefix(NamedTuple):
    """A search that is one report-number prefix, e.g. ``JK26``.

    Report numbers are single tokens, so the FTS prefix term ``"jk26"*`` matches a
    report whose number lies in ``[low, high)`` (a range on the ``number`` index,
    cheap however many reports it holds) or whose other columns hold a word with
    that prefix (``other``, an FTS query over those columns only).
    """

    low: str
    high: str
    other: str


def number_prefix(user_text: str) -> NumberPrefix | None:
    """The ``NumberPrefix`` of what a person typed, or None if it is anything else."""
    words = _WORD.findall(user_text or "")[:MAX_TERMS]
    if len(words) != 1 or _NUMBER_PREFIX.fullmatch(words[0]) is None:
        return None
    low = words[0].upper()
    high = low[:-1] + chr(ord(low[-1]) + 1)
    return NumberPrefix(low, high, f'{OTHER_COLUMNS} : "{words[0]}"*')
