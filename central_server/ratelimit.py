"""Sign-in throttling that stops guessing but not an office (docs/sync-protocol.md).

State lives in the database (``login_failures``, ``login_successes``), so every
worker process of a server sees the same counts. Three counters, each with delays
that grow (1 s, 2 s, 4 s, ... up to a cap) instead of a lock-out:

- one account from one address (a person mistyping): delays from the 3rd failure
  since that pair's last success;
- one account from anywhere (guessing one password from many addresses): delays
  from the 10th failure since the account's last success;
- one address, many accounts (credential stuffing): delays once 20 different
  accounts failed from it within an hour.

An account that signed in successfully from an address before (within 30 days)
is slowed there only by its own typos (the first counter): the office behind one
NAT address keeps signing in while a stuffing run from that address, or a
guessing run against the account from elsewhere, is slowed down.

A delay is "no attempt before the last failure + delay": an attempt that comes too
early is refused without looking at the password and is not counted, so waiting
is the only way forward. Accounts are keyed by a hash of the id as typed (it may
be a password typed into the wrong field), unknown ids exactly like known ones,
so throttling does not tell which ids exist.

``CRM_LOGIN_THROTTLE="<pair>/<account>/<address accounts>"`` overrides the free
counts (default ``3/10/20``), e.g. for tests.
"""

from __future__ import annotations

import hashlib
import math
import os
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from .clock import as_utc
from .models import LoginFailure, LoginSuccess

ENV_VAR = "CRM_LOGIN_THROTTLE"


@dataclass(frozen=True)
class ThrottlePolicy:
    pair_free: int = 3
    account_free: int = 10
    address_accounts_free: int = 20
    pair_cap: timedelta = timedelta(minutes=5)
    account_cap: timedelta = timedelta(minutes=15)
    address_cap: timedelta = timedelta(minutes=15)
    # Failures older than this no longer count (and are deleted).
    window: timedelta = timedelta(hours=24)
    address_window: timedelta = timedelta(hours=1)
    known_for: timedelta = timedelta(days=30)

    @classmethod
    def from_env(cls) -> ThrottlePolicy:
        value = os.environ.get(ENV_VAR, "").strip()
        if not value:
            return cls()
        pair, account, address = (int(part) for part in value.split("/"))
        if min(pair, account, address) < 1:
            raise ValueError(f"{ENV_VAR} needs three positive counts, e.g. 3/10/20")
        return cls(pair_free=pair, account_free=account, address_accounts_free=address)


@dataclass(frozen=True)
class Refusal:
    """Too early: ``per_account`` (this account is being guessed) or the address is."""

    retry_after_s: int
    per_account: bool


def account_key(typed_id: str) -> str:
    return hashlib.sha256(typed_id.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _delay(count: int, free: int, cap: timedelta) -> timedelta:
    if count < free:
        return timedelta(0)
    return min(cap, timedelta(seconds=2 ** min(count - free, 30)))


def check(
    session: Session, policy: ThrottlePolicy, account: str, address: str, now: datetime
) -> Refusal | None:
    """Whether an attempt on ``account`` from ``address`` must wait (read only)."""
    since = now - policy.window
    pair_success = session.execute(
        select(LoginSuccess.at).where(
            LoginSuccess.account == account, LoginSuccess.address == address
        )
    ).scalar_one_or_none()
    pair_since = max(since, as_utc(pair_success)) if pair_success else since
    pair_count, pair_last = session.execute(
        select(func.count(LoginFailure.id), func.max(LoginFailure.at)).where(
            LoginFailure.account == account,
            LoginFailure.address == address,
            LoginFailure.at > pair_since,
        )
    ).one()
    pair_wait = _until(pair_last, _delay(pair_count, policy.pair_free, policy.pair_cap))
    if pair_wait is not None and pair_wait > now:
        return Refusal(_seconds(pair_wait - now), per_account=True)
    known = pair_success is not None and as_utc(pair_success) > now - policy.known_for
    if known:
        # The officer at a usual place: only its own typos slow it down, not a run
        # against the account from elsewhere nor one from the same address.
        return None
    account_success = session.execute(
        select(func.max(LoginSuccess.at)).where(LoginSuccess.account == account)
    ).scalar_one_or_none()
    account_since = max(since, as_utc(account_success)) if account_success else since
    account_count, account_last = session.execute(
        select(func.count(LoginFailure.id), func.max(LoginFailure.at)).where(
            LoginFailure.account == account, LoginFailure.at > account_since
        )
    ).one()
    account_wait = _until(
        account_last, _delay(account_count, policy.account_free, policy.account_cap)
    )
    if account_wait is not None and account_wait > now:
        return Refusal(_seconds(account_wait - now), per_account=True)
    accounts, address_last = session.execute(
        select(func.count(func.distinct(LoginFailure.account)), func.max(LoginFailure.at)).where(
            LoginFailure.address == address, LoginFailure.at > now - policy.address_window
        )
    ).one()
    address_wait = _until(
        address_last, _delay(accounts, policy.address_accounts_free, policy.address_cap)
    )
    if address_wait is not None and address_wait > now:
        return Refusal(_seconds(address_wait - now), per_account=False)
    return None


def _until(last: datetime | None, delay: timedelta) -> datetime | None:
    if last is None or not delay:
        return None
    return as_utc(last) + delay


def _seconds(left: timedelta) -> int:
    return max(1, math.ceil(left.total_seconds()))


def record_failure(
    session: Session, policy: ThrottlePolicy, account: str, address: str, now: datetime
) -> int:
    """Count a failed attempt in the caller's transaction; return the account's failures
    since its last success (for the audit log)."""
    session.execute(delete(LoginFailure).where(LoginFailure.at < now - policy.window))
    session.add(LoginFailure(account=account, address=address, at=now))
    session.flush()
    last_success = session.execute(
        select(func.max(LoginSuccess.at)).where(LoginSuccess.account == account)
    ).scalar_one_or_none()
    since = max(now - policy.window, as_utc(last_success)) if last_success else now - policy.window
    return int(
        session.execute(
            select(func.count(LoginFailure.id)).where(
                LoginFailure.account == account, LoginFailure.at > since
            )
        ).scalar_one()
    )


def record_success(
    session: Session, policy: ThrottlePolicy, account: str, address: str, now: datetime
) -> None:
    """Remember that this account signed in from this address (its counters restart)."""
    session.execute(delete(LoginSuccess).where(LoginSuccess.at < now - policy.known_for))
    # An upsert: two workers signing the same pair in at once must not collide.
    insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = insert(LoginSuccess).values(account=account, address=address, at=now)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=[LoginSuccess.account, LoginSuccess.address], set_={"at": now}
        )
    )


def wait_words(seconds: int) -> str:
    """``seconds`` for a person: "45 detik", "3 menit"."""
    if seconds < 60:
        return f"{seconds} detik"
    return f"{math.ceil(seconds / 60)} menit"
