"""Bearer tokens: issue, check (the ``current_officer`` dependency), revoke.

Only a sha256 of each token is stored, so a copy of the database holds no usable
token. Tokens expire (ServerConfig.token_ttl) and logout revokes them.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_shared.domain import Role

from .clock import as_utc, utcnow
from .config import ServerConfig
from .db import get_session
from .errors import ApiError
from .models import Officer, Token


@dataclass(frozen=True)
class CurrentOfficer:
    """The signed-in officer of a request (plain values: safe outside the session)."""

    id: str
    name: str
    role: Role
    unit_id: str
    token_hash: str


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(session: Session, officer_id: str, config: ServerConfig) -> tuple[str, datetime]:
    """Create a token for the officer in the caller's transaction; return it and its expiry."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    expires_at = now + config.token_ttl
    session.add(
        Token(
            token_hash=hash_token(token),
            officer_id=officer_id,
            created_at=now,
            expires_at=expires_at,
            revoked_at=None,
        )
    )
    return token, expires_at


def _invalid() -> ApiError:
    return ApiError(
        401,
        "token_invalid",
        "Sesi Anda sudah berakhir atau tidak valid. Silakan masuk kembali.",
        headers={"WWW-Authenticate": "Bearer"},
    )


def bearer_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(
            401,
            "token_missing",
            "Silakan masuk terlebih dahulu (token tidak ada).",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return token.strip()


def current_officer(
    request: Request, session: Annotated[Session, Depends(get_session)]
) -> CurrentOfficer:
    """FastAPI dependency: the officer behind the request's bearer token, or 401."""
    token_hash = hash_token(bearer_token(request))
    row = session.execute(
        select(Token, Officer)
        .join(Officer, Officer.id == Token.officer_id)
        .where(Token.token_hash == token_hash)
    ).first()
    if row is None:
        raise _invalid()
    token, officer = row
    session.rollback()  # end the read: the route may use this session afresh
    if token.revoked_at is not None or as_utc(token.expires_at) <= utcnow() or not officer.active:
        raise _invalid()
    try:
        role = Role(officer.role)
    except ValueError:
        raise _invalid() from None
    return CurrentOfficer(officer.id, officer.name, role, officer.unit_id, token_hash)
