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

# The number column of the index holds the number and, for an official number, its
# digits without "JK" and its 4-digit day sequence: "JK2610260013 2610260013 0013", so
# a number typed without its prefix, or only its tail, is a word of the index too.
_NUMBER_TOKENS = (
    "CASE WHEN r.number GLOB 'JK[0-9]*' AND length(r.number) > 6 "
    "THEN r.number || ' ' || substr(r.number, 3) || ' ' || substr(r.number, -4) "
    "ELSE r.number END"
)

_DELETE = text(
    f"DELETE FROM {FTS_TABLE} WHERE rowid IN (SELECT rid FROM reports WHERE id IN :ids)"
).bindparams(bindparam("ids", expanding=True))
_INSERT = text(
    f"INSERT INTO {FTS_TABLE}(rowid, number, description, address, category) "
    f"SELECT r.rid, {_NUMBER_TOKENS}, r.description, r.address, coalesce(c.name, '') "
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


def index_after(session: Session, rid: int) -> None:
    """Add index rows for every report whose ``rid`` is larger than ``rid`` (reports
    just inserted, the new-reports path of a pull)."""
    session.connection().exec_driver_sql(_INSERT_AFTER, (rid,))


_INSERT_AFTER = (
    f"INSERT INTO {FTS_TABLE}(rowid, number, description, address, category) "
    f"SELECT r.rid, {_NUMBER_TOKENS}, r.description, r.address, coalesce(c.name, '') "
    "FROM reports r LEFT JOIN categories c ON c.id = r.category_id WHERE r.rid > ?"
)


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
            f"SELECT r.rid, {_NUMBER_TOKENS}, r.description, r.address, coalesce(c.name, '') "
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


# Digits typed without "JK" that are longer than a day sequence: the start of a number.
_BARE_NUMBER_PREFIX = re.compile(r"[0-9]{5,}", re.ASCII)


def number_prefix(user_text: str) -> NumberPrefix | None:
    """The ``NumberPrefix`` of what a person typed, or None if it is anything else.

    ``2610260013`` (a number without its "JK") is read as ``JK2610260013``; shorter
    digit runs (``0013``, a number's tail) are left to the index's number words."""
    words = _WORD.findall(user_text or "")[:MAX_TERMS]
    if len(words) != 1:
        return None
    word = words[0]
    if _BARE_NUMBER_PREFIX.fullmatch(word):
        low = "JK" + word
    elif _NUMBER_PREFIX.fullmatch(word):
        low = word.upper()
    else:
        return None
    high = low[:-1] + chr(ord(low[-1]) + 1)
    return NumberPrefix(low, high, f'{OTHER_COLUMNS} : "{word}"*')


# Typo tolerance: a word with no match in the index is replaced by the closest word
# of the index's vocabulary (same first letter, similar length) when one is close.
_VOCAB = "temp.reports_fts_vocab"
MIN_TYPO_LENGTH = 4


def _vocabulary(session: Session) -> str:
    session.execute(
        text(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {_VOCAB} USING fts5vocab(main, {FTS_TABLE}, 'row')"
        )
    )
    return _VOCAB


def _has_prefix(session: Session, vocab: str, word: str) -> bool:
    found = session.execute(
        text(f"SELECT 1 FROM {vocab} WHERE term >= :low AND term < :high LIMIT 1"),
        {"low": word, "high": word + "\uffff"},
    ).first()
    return found is not None


def corrected_text(session: Session, user_text: str) -> str | None:
    """What a person typed with misspelt words replaced by close words of the index
    (``sampah mnumpuk`` -> ``sampah menumpuk``), or None when nothing needed it.

    A word is misspelt when no word of the index starts with it; candidates are the
    index words with the same first letter (a range of the vocabulary, not a scan of
    the reports) within an edit distance of 1 (words up to 5 letters) or 2."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    words = _WORD.findall(user_text or "")[:MAX_TERMS]
    if not words:
        return None
    vocab = _vocabulary(session)
    changed = False
    out = []
    for word in words:
        lowered = word.lower()
        if (
            len(lowered) < MIN_TYPO_LENGTH
            or lowered.isdigit()
            or _has_prefix(session, vocab, lowered)
        ):
            out.append(word)
            continue
        limit = 1 if len(lowered) <= 5 else 2
        first = lowered[0]
        candidates = list(
            session.scalars(
                text(
                    f"SELECT term FROM {vocab} WHERE term >= :low AND term < :high "
                    "AND length(term) BETWEEN :shortest AND :longest"
                ),
                {
                    "low": first,
                    "high": chr(ord(first) + 1),
                    "shortest": len(lowered) - limit,
                    "longest": len(lowered) + limit,
                },
            )
        )
        best = process.extractOne(
            lowered, candidates, scorer=Levenshtein.distance, score_cutoff=limit
        )
        if best is None:
            out.append(word)
            continue
        out.append(best[0])
        changed = True
    return " ".join(out) if changed else None
