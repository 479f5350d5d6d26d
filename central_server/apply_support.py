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

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, Session, mapped_column

from officer_app.sync.wire import ActionIn

from .models import Base, Event, Report


class ReportSupporter(Base):
    """A citizen who supports a report (seen at a walk-in desk): kept apart, never sent."""

    __tablename__ = "report_supporters"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[str] = mapped_column(ForeignKey("reports.id"), index=True)
    action_id: Mapped[str] = mapped_column(String(36), unique=True)
    channel: Mapped[str] = mapped_column(String(30))
    anonymous: Mapped[bool] = mapped_column(Boolean, default=True)
    name: Mapped[str | None] = mapped_column(String(300))
    nik: Mapped[str | None] = mapped_column(String(20))
    phone: Mapped[str | None] = mapped_column(String(30))
    address: Mapped[str | None] = mapped_column(String(500))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


_READY: set[str] = set()


def _ensure_table(session: Session) -> None:
    """Create the table on a database made before this module was imported (the
    server's ``create_all`` may run before the action code is loaded)."""
    bind = session.get_bind()
    key = str(bind.engine.url)
    if key not in _READY:
        table = ReportSupporter.__table__
        table.create(bind=session.connection(), checkfirst=True)  # type: ignore[attr-defined]
        _READY.add(key)


def add_supporter(
    session: Session,
    action: ActionIn,
    report: Report,
    payload: dict[str, Any],
    _event: Event,
    at: datetime,
) -> None:
    """Effect of a checked ``support`` action (payload from domain.intake.check_support)."""
    _ensure_table(session)
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
