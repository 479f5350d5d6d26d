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


# A word whose index token is the word itself, lower-cased (unicode61 keeps ASCII
# letters and digits as they are, bar case, and splits on everything else).
_ASCII_WORD = re.compile(r"[a-z0-9]+", re.ASCII)


def index_match_expression(session: Session, user_text: str) -> str | None:
    """``match_expression`` with each word that no longer word of the index starts with
    written as an exact term (``"lampu"``, not ``"lampu"*``): the same rows, since a
    prefix term matches the index's words that start with it. FTS5 answers a prefix
    term by reading and merging the doclists of all those words before the first row;
    an exact term is read as it goes (at 100,000 reports: a search's count ~1-5 ms
    less, the list's page ~1-4 ms, docs/performance.md "Search at 100k: fourth pass").

    Asked in the transaction that runs the query, so it sees the same index."""
    words = _WORD.findall(user_text or "")[:MAX_TERMS]
    if not words:
        return None
    instances = _vocabulary(session, "instance")
    terms = []
    for word in words:
        lowered = word.lower()
        exact = _ASCII_WORD.fullmatch(lowered) is not None and not _has_longer(
            session, instances, lowered
        )
        terms.append(f'"{word}"' if exact else f'"{word}"*')
    return " ".join(terms)


def _has_longer(session: Session, instances: str, word: str) -> bool:
    """Whether the index holds a word that starts with ``word`` (ASCII) and is longer."""
    # ">= word + chr(1)", not "> word": the vocabulary seeks to a lower bound but
    # would walk every occurrence of ``word`` itself before a strict one is true.
    found = session.execute(
        text(f"SELECT 1 FROM {instances} WHERE term >= :low AND term < :high LIMIT 1"),
        {"low": word + "\x01", "high": word[:-1] + chr(ord(word[-1]) + 1)},
    ).first()
    return found is not None


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
# The same vocabulary one row per occurrence: whether a word has a match reads one
# entry of it (~0.03 ms), where the 'row' table above counts the documents of the
# first term it finds (~0.9 ms for a common word at 100,000 reports).
_INSTANCES = "temp.reports_fts_instances"
MIN_TYPO_LENGTH = 4


def _vocabulary(session: Session, kind: str = "row") -> str:
    name = _VOCAB if kind == "row" else _INSTANCES
    session.execute(
        text(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {name} "
            f"USING fts5vocab(main, {FTS_TABLE}, '{kind}')"
        )
    )
    return name


def _has_prefix(session: Session, instances: str, word: str) -> bool:
    found = session.execute(
        text(f"SELECT 1 FROM {instances} WHERE term >= :low AND term < :high LIMIT 1"),
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
    instances = _vocabulary(session, "instance")
    changed = False
    out = []
    for word in words:
        lowered = word.lower()
        if (
            len(lowered) < MIN_TYPO_LENGTH
            or lowered.isdigit()
            or _has_prefix(session, instances, lowered)
        ):
            out.append(word)
            continue
        limit = 1 if len(lowered) <= 5 else 2
        first = lowered[0]
        vocab = _vocabulary(session)
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
