"""The citizen's rating of a finished report, and the receipt's rating code.

The rating code is printed on the walk-in receipt and proves that whoever rates
holds the receipt: the report number alone (public, guessable) is not enough.
It is random (``secrets``), never derived from the number, and generated on the
desk PC at intake because the desk files complaints offline. The server keeps
only a slow hash of it (central_server.ratings) and never sends it back.

The alphabet leaves out letters and digits people confuse on paper (0/O, 1/I/L,
2/Z, 5/S, 8/B, U/V): 23 symbols, 8 of them: about 7.8e10 codes.
"""

from __future__ import annotations

import secrets

from .errors import DomainError
from .validation import clean_text

ALPHABET = "34679ACDEFGHJKMNPQRTWXY"  # no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V
CODE_LENGTH = 8
SCORES = range(1, 6)
COMMENT_MAX = 500
# A rating at or below this is "low": it shows on the unit's timeline and dashboard.
LOW_RATING = 2
# The timeline event type of a citizen's rating (server and workstation).
RATING_EVENT = "citizen_rating"


def new_rating_code() -> str:
    """A fresh random code, e.g. ``K7QM4TXA``."""
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def format_rating_code(code: str) -> str:
    """As printed: two groups of four (``K7QM-4TXA``), easier to read out and type."""
    return f"{code[:4]}-{code[4:]}" if len(code) == CODE_LENGTH else code


def normalize_rating_code(typed: str) -> str:
    """What a citizen typed, without spaces/dashes and in upper case (may still be wrong)."""
    return "".join(ch for ch in str(typed).upper() if ch not in " -\t\n")[:40]


def check_rating_code(code: object) -> str:
    """A code the desk sends with a new report: exactly the shape it generates."""
    value = normalize_rating_code(code) if isinstance(code, str) else ""
    if len(value) != CODE_LENGTH or any(ch not in ALPHABET for ch in value):
        raise DomainError("rating_code_invalid", "Kode penilaian tidak valid.", "rating_code")
    return value


def check_score(raw: object) -> int:
    try:
        score = int(str(raw).strip())
    except ValueError:
        score = 0
    if score not in SCORES:
        raise DomainError("rating_score", "Pilih nilai 1 sampai 5.", "score")
    return score


def check_comment(raw: object) -> str:
    text = clean_text(raw) if isinstance(raw, str) else ""
    if len(text) > COMMENT_MAX:
        raise DomainError(
            "rating_comment_too_long",
            f"Kalimat penilaian terlalu panjang: maksimal {COMMENT_MAX} karakter.",
            "comment",
        )
    return text


def is_low(score: int | None) -> bool:
    return score is not None and score <= LOW_RATING
