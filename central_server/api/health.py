"""GET /api/v1/health (liveness) and GET /api/v1/ready (readiness); no auth.

``health`` answers as long as the process serves HTTP: a load balancer or
supervisor restarts a worker that stops answering it. ``ready`` also asks the
database (one tiny query on the schema): a reverse proxy sends traffic only to
workers that answer it 200, and takes a worker out while its database is away.
Neither waits behind the overload bound (central_server.overload).
"""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from crm_shared.protocol.wire import PROTOCOL_VERSION

from ..errors import error_response
from ..models import Counter

router = APIRouter()
log = logging.getLogger(__name__)


@router.get("/health")
def health() -> dict[str, object]:
    return {"status": "ok", "protocol": PROTOCOL_VERSION}


@router.get("/ready", response_model=None)
def ready(request: Request) -> dict[str, object] | JSONResponse:
    try:
        with request.app.state.sessionmaker() as session:
            session.execute(select(Counter.name).limit(1)).all()
    except SQLAlchemyError as exc:
        log.warning("not ready: %s", type(exc).__name__)
        retry = str(request.app.state.config.retry_after_s)
        return error_response(
            503,
            "not_ready",
            "Server belum siap: basis data tidak dapat dihubungi.",
            {"Retry-After": retry},
        )
    return {"status": "ready", "protocol": PROTOCOL_VERSION}
