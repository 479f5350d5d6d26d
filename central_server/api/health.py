"""GET /api/v1/health: is the server up, which protocol does it speak (no auth)."""

from __future__ import annotations

from fastapi import APIRouter

from crm_shared.protocol.wire import PROTOCOL_VERSION

router = APIRouter()


@router.get("/health")
def health() -> dict[str, object]:
    return {"status": "ok", "protocol": PROTOCOL_VERSION}
