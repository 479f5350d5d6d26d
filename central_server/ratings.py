"""The citizen's rating of a finished report (docs/user-guide.md, "Lacak dan nilai").

- ``keep_code``: a new walk-in report's rating code (made on the desk PC, sent with
  the ``create`` action) is stored only as a scrypt hash, like a password; it is
  never returned by any answer (the feed, Open311, the tracking page).
- ``rate``: the holder of the receipt rates a report in status Selesai once. The
  rating becomes a timeline event (type ``citizen_rating``: the score and the
  citizen's sentence, no identity) and the report gets a new change sequence
  number, so the unit's workstations receive it through the change feed. It does
  not change the report's version (no officer's pending action conflicts with it)
  nor its ``updated_at`` (what Open311 shows does not move).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from crm_shared.domain import Status
from crm_shared.domain.rating import RATING_EVENT, normalize_rating_code

from .models import CitizenRating, Event, RatingCode, Report
from .numbering import stamp
from .passwords import hash_password, verify_password

# scrypt at 1/4 of the password cost: a desk's batch of new reports stays quick,
# and a leaked hash still costs an attacker years for 23**8 codes.
CODE_COST = 2**12


def keep_code(session: Session, report_id: str, code: str) -> None:
    session.add(RatingCode(report_id=report_id, code_hash=hash_password(code, n=CODE_COST)))


def code_matches(session: Session, report_id: str, typed: str) -> bool:
    stored = session.get(RatingCode, report_id)
    # A report without a code (filed online, or by an older desk) cannot be rated:
    # checked like a wrong code, so the answer does not tell which reports have one.
    wanted = stored.code_hash if stored is not None else _NO_CODE
    matched = verify_password(normalize_rating_code(typed), wanted)
    return matched and stored is not None


_NO_CODE = hash_password("-", n=CODE_COST)


class Outcome(Enum):
    RATED = "rated"
    NOT_FINISHED = "not_finished"
    ALREADY = "already"


@dataclass(frozen=True)
class Rated:
    outcome: Outcome
    score: int | None = None


def rate(session: Session, report: Report, score: int, comment: str, now: datetime) -> Rated:
    """Record the rating in the caller's transaction (the code was checked before)."""
    if report.status != Status.SELESAI.value:
        return Rated(Outcome.NOT_FINISHED)
    if session.get(CitizenRating, report.id) is not None:
        return Rated(Outcome.ALREADY)
    event_id = str(uuid.uuid4())
    try:
        with session.begin_nested():
            session.add(
                CitizenRating(
                    report_id=report.id,
                    event_id=event_id,
                    score=score,
                    comment=comment,
                    unit_id=report.unit_id,
                    category_id=report.category_id,
                    at=now,
                )
            )
            session.flush()
    except IntegrityError:  # rated at the same moment from elsewhere
        return Rated(Outcome.ALREADY)
    session.add(
        Event(
            id=event_id,
            report_id=report.id,
            type=RATING_EVENT,
            actor_id=None,
            at=now,
            note=comment or None,
        )
    )
    stamp(session, report)
    return Rated(Outcome.RATED, score)


def scores_of_events(session: Session, event_ids: list[str]) -> dict[str, int]:
    """The score of each rating event among ``event_ids`` (for the feed)."""
    if not event_ids:
        return {}
    rows = session.execute(
        select(CitizenRating.event_id, CitizenRating.score).where(
            CitizenRating.event_id.in_(event_ids)
        )
    ).all()
    return {event_id: score for event_id, score in rows}
