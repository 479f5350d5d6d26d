"""Where a sign-in session runs: recorded with the ``login`` audit entry, so that the
identities a PC received can be found (``exposure``).

A session is named by the first 16 hex digits of its token's hash (not usable as a
token); a PC by its network address and, when the workstation sends one, the device
name of ``X-CRM-Device``.
"""

from __future__ import annotations

from fastapi import Request

from ..auth import hash_token

DEVICE_HEADER = "x-crm-device"


def session_ref(token_hash: str) -> str:
    return token_hash[:16]


def sign_in_origin(request: Request, token: str) -> dict[str, str | None]:
    device = (request.headers.get(DEVICE_HEADER) or "").strip()[:100] or None
    return {
        "session": session_ref(hash_token(token)),
        "address": request.client.host if request.client else None,
        "device": device,
        "agent": (request.headers.get("user-agent") or "")[:120] or None,
    }
