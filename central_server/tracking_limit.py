"""Rate limit of the public tracking page, kept in the database like the sign-in
throttle (central_server.ratelimit) so that every worker process sees the same counts.

Per client address (stored as a hash) within a sliding window:
- at most ``requests`` requests of the page (views, ratings, unknown numbers alike:
  guessing numbers costs the same as reading one's own);
- at most ``bad_codes`` wrong rating codes.
Per report, at most ``report_bad_codes`` wrong codes a day from all addresses
together, so a code cannot be guessed from many addresses either.

A refusal says how long to wait (``Retry-After``): until the oldest counted hit
leaves the window. ``CRM_TRACKING_LIMIT="<requests>/<bad codes>/<window seconds>"``
overrides the defaults (``60/5/600``), e.g. for tests.
"""

from __future__ import annotations

import hashlib
import math
import os
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.orm import Session

from .clock import as_utc
from .models import TrackingHit

ENV_VAR = "CRM_TRACKING_LIMIT"
VIEW = "view"
BAD_CODE = "bad_code"


@dataclass(frozen=True)
class TrackingPolicy:
    requests: int = 60
    bad_codes: int = 5
    window: timedelta = timedelta(minutes=10)
    report_bad_codes: int = 10
    report_window: timedelta = timedelta(days=1)

    @classmethod
    def from_env(cls) -> TrackingPolicy:
        value = os.environ.get(ENV_VAR, "").strip()
        if not value:
            return cls()
        requests, bad, seconds = (int(part) for part in value.split("/"))
        if min(requests, bad, seconds) < 1:
            raise ValueError(f"{ENV_VAR} needs three positive numbers, e.g. 60/5/600")
        return cls(requests=requests, bad_codes=bad, window=timedelta(seconds=seconds))


def address_key(address: str) -> str:
    """The address as stored: a hash (throttling needs equality, not the address)."""
    return hashlib.sha256(("tracking:" + address).encode()).hexdigest()[:32]


def _wait(oldest: datetime | None, window: timedelta, now: datetime) -> int:
    if oldest is None:
        return 1
    left = as_utc(oldest) + window - now
    return max(1, math.ceil(left.total_seconds()))


def refused(session: Session, policy: TrackingPolicy, address: str, now: datetime) -> int | None:
    """Seconds this address must wait, or None when it may ask (read only)."""
    since = now - policy.window
    count, oldest = session.execute(
        select(func.count(TrackingHit.id), func.min(TrackingHit.at)).where(
            TrackingHit.address == address, TrackingHit.at > since
        )
    ).one()
    if count >= policy.requests:
        return _wait(oldest, policy.window, now)
    bad, bad_oldest = session.execute(
        select(func.count(TrackingHit.id), func.min(TrackingHit.at)).where(
            TrackingHit.address == address,
            TrackingHit.kind == BAD_CODE,
            TrackingHit.at > since,
        )
    ).one()
    if bad >= policy.bad_codes:
        return _wait(bad_oldest, policy.window, now)
    return None


def report_locked(
    session: Session, policy: TrackingPolicy, report_id: str, now: datetime
) -> int | None:
    """Seconds until a report whose code is being guessed may be rated again, or None."""
    count, oldest = session.execute(
        select(func.count(TrackingHit.id), func.min(TrackingHit.at)).where(
            TrackingHit.report_id == report_id,
            TrackingHit.kind == BAD_CODE,
            TrackingHit.at > now - policy.report_window,
        )
    ).one()
    if count >= policy.report_bad_codes:
        return _wait(oldest, policy.report_window, now)
    return None


def record(
    session: Session,
    policy: TrackingPolicy,
    address: str,
    now: datetime,
    kind: str = VIEW,
    report_id: str | None = None,
) -> None:
    """Count one hit in the caller's transaction; forget hits no window needs any more."""
    forget_expired(session, policy, now)
    session.add(TrackingHit(address=address, kind=kind, report_id=report_id, at=now))


def _expired(policy: TrackingPolicy, now: datetime) -> ColumnElement[bool]:
    return (TrackingHit.at < now - max(policy.window, policy.report_window)) | (
        (TrackingHit.kind == VIEW) & (TrackingHit.at < now - policy.window)
    )


def forget_expired(session: Session, policy: TrackingPolicy, now: datetime) -> int:
    """Delete the hits no window needs any more (a new hit does this, and so does
    ``crm-central retention run`` for a page nobody visits); return how many."""
    result = session.execute(delete(TrackingHit).where(_expired(policy, now)))
    return int(getattr(result, "rowcount", 0) or 0)


def expired_count(session: Session, policy: TrackingPolicy, now: datetime) -> int:
    """How many hits ``forget_expired`` would delete now (a dry run)."""
    query = select(func.count(TrackingHit.id)).where(_expired(policy, now))
    return int(session.scalar(query) or 0)
