"""POST /api/v1/auth/token and /api/v1/auth/logout.

Wrong passwords count; after ServerConfig.max_failed_logins in a row the account
is locked for ServerConfig.lockout (423). Failed attempts are also limited per
client address (``ratelimit``: 429 with Retry-After). Demo users log in only on a server
started with demo seeding.
"""

from __future__ import annotations

import hashlib
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from crm_shared.protocol.wire import OfficerInfo, TokenRequest, TokenResponse

from .. import audit
from ..auth import CurrentOfficer, current_officer, issue_token
from ..clock import as_utc, utcnow
from ..config import ServerConfig
from ..db import get_write_session
from ..errors import ApiError
from ..models import Officer, Token, Unit
from ..passwords import verify_password
from ..ratelimit import LoginRateLimiter

router = APIRouter(prefix="/auth")

_BAD_CREDENTIALS = ApiError(401, "invalid_credentials", "ID petugas atau kata sandi salah.")


def _locked(minutes: int) -> ApiError:
    return ApiError(
        423,
        "account_locked",
        f"Akun dikunci sementara karena terlalu banyak percobaan masuk yang gagal. "
        f"Coba lagi dalam {minutes} menit.",
    )


@router.post("/token")
def token(
    body: TokenRequest,
    request: Request,
    session: Annotated[Session, Depends(get_write_session)],
) -> TokenResponse:
    config: ServerConfig = request.app.state.config
    limiter = _limiter(request)
    address = request.client.host if request.client else "unknown"
    wait = limiter.retry_after(address)
    if wait is not None:
        raise ApiError(
            429,
            "too_many_attempts",
            f"Terlalu banyak percobaan masuk yang gagal dari alamat ini. "
            f"Coba lagi dalam {max(1, round(wait / 60))} menit.",
            headers={"Retry-After": str(wait)},
        )
    now = utcnow()
    # The password check (scrypt, tens of ms) runs outside any transaction: the
    # officer's row is read, the hash checked, and only then is the row locked for
    # the short write (token or failure count), re-checked as it is then.
    with session.begin():
        known = session.get(Officer, body.officer_id)
        checked_hash = known.password_hash if known is not None else None
    password_ok = checked_hash is not None and verify_password(body.password, checked_hash)
    with session.begin():
        officer = session.execute(
            select(Officer).where(Officer.id == body.officer_id).with_for_update()
        ).scalar_one_or_none()
        if officer is None or not officer.active or (officer.is_demo and not config.demo):
            audit.record(
                session,
                audit.AuditKind.LOGIN_FAILED,
                actor_id=None,
                unit_id=officer.unit_id if officer is not None else None,
                # What was typed may be a password in the wrong field: keep only a
                # fingerprint of an id that names nobody.
                detail={
                    "officer_id": officer.id if officer is not None else None,
                    "typed_sha256": hashlib.sha256(body.officer_id.encode()).hexdigest()[:16],
                    "reason": "unknown_or_inactive",
                },
            )
            error: ApiError | None = _BAD_CREDENTIALS
        elif officer.locked_until is not None and as_utc(officer.locked_until) > now:
            left = as_utc(officer.locked_until) - now
            error = _locked(max(1, round(left.total_seconds() / 60)))
        elif not password_ok or officer.password_hash != checked_hash:
            # (a password changed between the check and the lock counts as wrong)
            error = _count_failure(session, officer, config, now)
        else:
            error = None
            officer.failed_logins = 0
            officer.locked_until = None
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
    # Failed attempts are committed too: the count must survive the refusal.
    if error is not None:
        limiter.failed(address)
        raise error
    return response


def _limiter(request: Request) -> LoginRateLimiter:
    limiter = getattr(request.app.state, "login_limiter", None)
    if limiter is None:
        limiter = request.app.state.login_limiter = LoginRateLimiter.from_env()
    return limiter


def _count_failure(
    session: Session, officer: Officer, config: ServerConfig, now: object
) -> ApiError:
    officer.failed_logins = (officer.failed_logins or 0) + 1
    audit.record(
        session,
        audit.AuditKind.LOGIN_FAILED,
        actor_id=officer.id,
        unit_id=officer.unit_id,  # the unit's supervisor sees attempts on its accounts
        detail={
            "officer_id": officer.id,
            "reason": "wrong_password",
            "count": officer.failed_logins,
        },
    )
    if officer.failed_logins >= config.max_failed_logins:
        officer.failed_logins = 0
        officer.locked_until = utcnow() + config.lockout
        return _locked(round(config.lockout.total_seconds() / 60))
    return _BAD_CREDENTIALS


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
