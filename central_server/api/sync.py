"""GET /api/v1/sync/changes and POST /api/v1/sync/actions."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from crm_shared.protocol.wire import (
    DEFAULT_PAGE_SIZE,
    MAX_PAGE_SIZE,
    ActionsRequest,
    ActionsResponse,
    ChangesResponse,
)

from ..apply_actions import apply_actions
from ..auth import CurrentOfficer, current_officer
from ..db import get_session
from ..feed import changes as feed_changes
from ..serialize import audit_identity_views

router = APIRouter(prefix="/sync")


@router.get("/changes")
def changes(
    request: Request,
    officer: Annotated[CurrentOfficer, Depends(current_officer)],
    session: Annotated[Session, Depends(get_session)],
    cursor: Annotated[int, Query(ge=0, le=2**62)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
) -> ChangesResponse:
    page = feed_changes(session, officer, cursor, limit)
    session.rollback()  # the feed only reads
    if any(not r.reporter.hidden for r in page.reports):
        # Identities leave the server only once their views are in the audit log.
        with request.app.state.write_sessionmaker.begin() as audit_session:
            audit_identity_views(audit_session, officer, page.reports)
    return page


@router.post("/actions")
async def actions(
    body: ActionsRequest,
    request: Request,
    officer: Annotated[CurrentOfficer, Depends(current_officer)],
) -> ActionsResponse:
    state = request.app.state
    results = await run_in_threadpool(
        apply_actions, state.write_sessionmaker, officer, body.actions, state.config.data_dir
    )
    return ActionsResponse(results=results)
