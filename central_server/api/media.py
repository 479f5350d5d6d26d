"""PUT/HEAD/GET /api/v1/media/{sha256}: photo bytes, content-addressed and idempotent."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import FileResponse, JSONResponse
from sqlalchemy import exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from crm_shared.protocol.wire import MediaOut

from ..auth import CurrentOfficer, current_officer
from ..clock import utcnow
from ..config import ServerConfig
from ..db import get_session
from ..errors import ApiError
from ..media_store import MEDIA_HEADERS, MediaError, Stored, media_path, store_stream
from ..models import Attachment, Media, Report
from ..scoping import Scope

router = APIRouter(prefix="/media")
Sha256Path = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$")]


@router.put("/{sha256}", response_model=MediaOut)
async def put_media(
    sha256: Sha256Path,
    request: Request,
    officer: Annotated[CurrentOfficer, Depends(current_officer)],
) -> JSONResponse:
    config: ServerConfig = request.app.state.config
    # A declared Content-Length over the limit never gets here (central_server.body_limit).
    try:
        stored = await store_stream(
            config.media_dir, sha256, request.stream(), config.media_max_bytes
        )
    except MediaError as exc:
        raise ApiError(exc.status, exc.code, exc.message) from None
    created = await run_in_threadpool(_record, request, stored, officer)
    body = MediaOut(
        sha256=stored.sha256, size=stored.size, content_type=stored.content_type, created=created
    )
    return JSONResponse(body.model_dump(), status_code=201 if created else 200)


def _record(request: Request, stored: Stored, officer: CurrentOfficer) -> bool:
    """Add the media row; True when this upload created it."""
    factory = request.app.state.write_sessionmaker
    try:
        with factory.begin() as session:
            if session.get(Media, stored.sha256) is not None:
                return False
            session.add(
                Media(
                    sha256=stored.sha256,
                    size=stored.size,
                    content_type=stored.content_type,
                    uploaded_by=officer.id,
                    created_at=utcnow(),
                )
            )
    except IntegrityError:  # a concurrent upload of the same bytes won
        return False
    return True


def _may_read(session: Session, officer: CurrentOfficer, media: Media) -> bool:
    if media.uploaded_by == officer.id:
        return True
    scope = Scope.of(session, officer)
    return bool(
        session.execute(
            select(
                exists()
                .where(Attachment.sha256 == media.sha256, Attachment.report_id == Report.id)
                .where(scope.where())
            )
        ).scalar_one()
    )


@router.get("/{sha256}")
@router.head("/{sha256}", operation_id="head_media")
def get_media(
    sha256: Sha256Path,
    request: Request,
    officer: Annotated[CurrentOfficer, Depends(current_officer)],
    session: Annotated[Session, Depends(get_session)],
) -> FileResponse:
    """One function for GET and HEAD, so they cannot disagree on who sees what.

    HEAD answers the headers GET would, without the bytes (FileResponse knows
    HEAD): 404 for a photo that is absent and for one that is not the user's.
    """
    media = session.get(Media, sha256)
    if media is None or not _may_read(session, officer, media):
        # The same answer for "absent" and "not yours": existence is not leaked.
        raise ApiError(404, "media_not_found", "Foto tidak ditemukan.")
    config: ServerConfig = request.app.state.config
    path = media_path(config.media_dir, sha256)
    if not path.is_file():
        raise ApiError(404, "media_not_found", "Foto tidak ditemukan.")
    return FileResponse(
        path,
        media_type=media.content_type,
        headers={**MEDIA_HEADERS, "Cache-Control": "private, max-age=86400"},
    )
