"""The walk-in desk's "link as duplicate": a citizen supports an existing report.

Instead of filing a second report about the same pothole, the desk records a
``support`` action on the open report: its ``supporters`` count goes up and the
supporter's identity (or "anonymous") is kept here, server-side only, like a
reporter's (never serialised to any workstation; validators see the reporter of
the report, not its supporters).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from crm_shared.protocol.wire import ActionIn

from .models import Event, Report, ReportSupporter


def add_supporter(
    session: Session,
    action: ActionIn,
    report: Report,
    payload: dict[str, Any],
    _event: Event,
    at: datetime,
) -> None:
    """Effect of a checked ``support`` action (payload from domain.intake.check_support)."""
    who = payload["reporter"]
    session.add(
        ReportSupporter(
            report_id=report.id,
            action_id=action.action_id,
            channel=payload["channel"],
            anonymous=bool(who.get("anonymous", True)),
            name=who.get("name"),
            nik=who.get("nik"),
            phone=who.get("phone"),
            address=who.get("address"),
            at=at,
        )
    )
    report.supporters = (report.supporters or 0) + 1
