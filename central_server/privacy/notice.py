"""The privacy notice the walk-in desk gave: recorded with the report it came with."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from ..models import PrivacyNoticeGiven


def record_notice(
    session: Session, report_id: str, notice: Mapping[str, Any], officer_id: str
) -> None:
    """In the create's transaction: the notice (already checked by the domain) was given."""
    session.add(
        PrivacyNoticeGiven(
            report_id=report_id,
            version=str(notice["version"]),
            given_at=datetime.fromisoformat(str(notice["given_at"])),
            given_by=officer_id,
        )
    )
