"""POST /api/v1/auth/token and /api/v1/auth/logout.

Failed sign-ins are throttled per account, per account and address, and per
address across accounts, with delays that grow (``central_server.ratelimit``,
state in the database, shared by all workers): ``423 account_locked`` while an
account must wait, ``429 too_many_attempts`` while an address must; both with
Retry-After. Demo users log in only on a server started with demo seeding.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import secrets
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from crm_shared.protocol.wire import OfficerInfo, TokenRequest, TokenResponse

from .. import audit
from ..auth import CurrentOfficer, current_officer, issue_token
from ..clock import utcnow
from ..config import ServerConfig
from ..db import get_write_session
from ..errors import ApiError
from ..models import Officer, Token, Unit
from ..passwords import hash_password, verify_password
from ..ratelimit import (
    Refusal,
    ThrottlePolicy,
    account_key,
    check,
    record_failure,
    record_success,
    wait_words,
)

router = APIRouter(prefix="/auth")
log = logging.getLogger(__name__)

_BAD_CREDENTIALS = ApiError(401, "invalid_credentials", "ID petugas atau kata sandi salah.")


@functools.cache
def _dummy_hash() -> str:
    """Checked against for unknown ids, so that they take as long as known ones."""
    return hash_password(secrets.token_hex(16))


def _refused(refusal: Refusal) -> ApiError:
    wait = wait_words(refusal.retry_after_s)
    headers = {"Retry-After": str(refusal.retry_after_s)}
    if refusal.per_account:
        return ApiError(
            423,
            "account_locked",
            f"Terlalu banyak percobaan masuk yang gagal untuk akun ini. Coba lagi dalam {wait}.",
            headers=headers,
        )
    return ApiError(
        429,
        "too_many_attempts",
        f"Terlalu banyak percobaan masuk yang gagal dari alamat ini. Coba lagi dalam {wait}.",
        headers=headers,
    )


@router.post("/token")
def token(body: TokenRequest, request: Request) -> TokenResponse:
    config: ServerConfig = request.app.state.config
    policy = _policy(request)
    address = request.client.host if request.client else "unknown"
    account = account_key(body.officer_id)
    now = utcnow()
    reads: sessionmaker[Session] = request.app.state.sessionmaker
    with reads() as session:
        refusal = check(session, policy, account, address, now)
        officer = session.get(Officer, body.officer_id)
    if refusal is not None:
        # Too early: the password is not even looked at, and nothing is counted.
        log.warning(
            "sign-in throttled (%s) from %s: wait %d s",
            "account" if refusal.per_account else "address: many accounts",
            address,
            refusal.retry_after_s,
        )
        raise _refused(refusal)
    usable = officer is not None and officer.active and (not officer.is_demo or config.demo)
    # The password check runs outside any transaction (scrypt takes a while).
    stored = officer.password_hash if officer is not None and usable else _dummy_hash()
    good = verify_password(body.password, stored) and usable

    writes: sessionmaker[Session] = request.app.state.write_sessionmaker
    with writes.begin() as session:
        if not good:
            failures = record_failure(session, policy, account, address, now)
            _audit_failure(session, body.officer_id, officer, usable, failures)
        else:
            assert officer is not None
            record_success(session, policy, account, address, now)
            value, expires_at = issue_token(session, officer.id, config)
            unit = session.get(Unit, officer.unit_id)
            audit.record(
                session, audit.AuditKind.LOGIN, actor_id=officer.id, unit_id=officer.unit_id
            )
            response = TokenResponse(
                token=value,
                expires_at=expires_at,
                officer=OfficerInfo(
                    id=officer.id,
                    name=officer.name,
                    role=officer.role,
                    unit_id=officer.unit_id,
                    unit_name=unit.name if unit is not None else officer.unit_id,
                ),
            )
    if not good:
        raise _BAD_CREDENTIALS
    return response


def _audit_failure(
    session: Session, typed: str, officer: Officer | None, usable: bool, failures: int
) -> None:
    if officer is not None and usable:
        audit.record(
            session,
            audit.AuditKind.LOGIN_FAILED,
            actor_id=officer.id,
            unit_id=officer.unit_id,  # the unit's supervisor sees attempts on its accounts
            detail={"officer_id": officer.id, "reason": "wrong_password", "count": failures},
        )
        return
    audit.record(
        session,
        audit.AuditKind.LOGIN_FAILED,
        actor_id=None,
        unit_id=officer.unit_id if officer is not None else None,
        # What was typed may be a password in the wrong field: keep only a
        # fingerprint of an id that names nobody.
        detail={
            "officer_id": officer.id if officer is not None else None,
            "typed_sha256": hashlib.sha256(typed.encode("utf-8", "surrogatepass")).hexdigest()[:16],
            "reason": "unknown_or_inactive",
        },
    )


def _policy(request: Request) -> ThrottlePolicy:
    policy = getattr(request.app.state, "login_throttle", None)
    if policy is None:
        policy = request.app.state.login_throttle = ThrottlePolicy.from_env()
    return policy


@router.post("/logout", status_code=204)
def logout(
    officer: Annotated[CurrentOfficer, Depends(current_officer)],
    session: Annotated[Session, Depends(get_write_session)],
) -> Response:
    with session.begin():
        session.execute(
            update(Token)
            .where(Token.token_hash == officer.token_hash, Token.revoked_at.is_(None))
            .values(revoked_at=utcnow())
        )
        audit.record(session, audit.AuditKind.LOGOUT, actor_id=officer.id, unit_id=officer.unit_id)
    return Response(status_code=204)
