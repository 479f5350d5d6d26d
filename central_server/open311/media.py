"""Photos on the public face: only those attached to a public report, read-only.

``media_url`` of a public service request points here. A photo of a private
report (the JAKI default) is never served, whoever asks.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..config import ServerConfig
from ..media_store import media_path
from ..models import Attachment, Media, Report

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def public_photo(session: Session, config: ServerConfig, sha256: str) -> tuple[Path, str] | None:
    """The file and content type of a photo of a public report; None for any other."""
    sha256 = sha256.lower()
    if not _SHA256.match(sha256):
        return None
    public = session.execute(
        select(Attachment.id)
        .join(Report, Report.id == Attachment.report_id)
        .where(Attachment.sha256 == sha256, Report.is_private.is_(False))
        .limit(1)
    ).first()
    if public is None:
        return None
    media = session.get(Media, sha256)
    content_type = media.content_type if media is not None else "application/octet-stream"
    path = media_path(config.media_dir, sha256)
    if not path.is_file():
        return None
    return path, content_type
