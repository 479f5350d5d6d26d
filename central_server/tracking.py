"""What the public tracking page (``/lacak/<number>``) shows of a report.

Built from what the public Open311 face already publishes and nothing else:
the request as ``open311.present.present_request`` gives it (category, unit,
dates, deadline; the description only of a public report) and the status steps
as ``servicerequestupdates`` gives them (FixMyStreet's extended statuses, which
hide Koordinasi/Disposisi and TL Ditolak). No reporter data is read here: the
module does not import the identity tables. tests/server/test_tracking_page.py
compares the two field by field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_shared.domain import Status
from crm_shared.protocol.open311_status import (
    CLOSED,
    DUPLICATE,
    FIXED,
    IN_PROGRESS,
    INTERNAL_REFERRAL,
    NOT_COUNCILS_RESPONSIBILITY,
    OPEN,
)

from .clock import as_utc
from .models import Report
from .open311.present import build_context, present_request
from .open311.updates import find_updates, present_update

# What a report number may look like in the URL (JK + YYMMDD + sequence, or close):
# anything else is answered like an unknown number without touching the database.
_NUMBER = re.compile(r"^[A-Z]{2}[0-9]{6,12}$")


@dataclass(frozen=True)
class Step:
    status: str  # an extended Open311 status (crm_shared.protocol.open311_status)
    at: datetime


@dataclass(frozen=True)
class TrackingView:
    number: str
    status: str  # extended Open311 status of the last step
    category: str
    unit: str
    requested_at: datetime
    expected_at: datetime | None  # the follow-up deadline (None once closed)
    description: str | None  # public reports only
    steps: list[Step]
    report_id: str  # internal: the rating form's target, never shown

    @property
    def finished(self) -> bool:
        return self.status == CLOSED


# The extended statuses, in the words of the page (Indonesian, English).
STATUS_WORDS: dict[str, tuple[str, str]] = {
    OPEN: ("Menunggu tanggapan unit", "Waiting for the unit to respond"),
    INTERNAL_REFERRAL: ("Diteruskan ke unit yang berwenang", "Passed to the responsible unit"),
    IN_PROGRESS: ("Sedang ditindaklanjuti", "Being followed up"),
    FIXED: ("Tindak lanjut sedang diperiksa", "Follow-up being checked"),
    CLOSED: ("Selesai", "Completed"),
    NOT_COUNCILS_RESPONSIBILITY: ("Ditolak", "Rejected"),
    DUPLICATE: ("Digabung dengan laporan yang sama", "Merged with the same report"),
}


def clean_number(raw: str) -> str | None:
    number = raw.strip().upper()
    return number if _NUMBER.match(number) else None


def _parse(value: str | None) -> datetime | None:
    return as_utc(datetime.fromisoformat(value)) if value else None


def find_report(session: Session, raw_number: str) -> Report | None:
    number = clean_number(raw_number)
    if number is None:
        return None
    return session.execute(select(Report).where(Report.number == number)).scalar_one_or_none()


def tracking_view(session: Session, report: Report, now: datetime) -> TrackingView:
    public = present_request(report, build_context(session, [report], media_base=""))
    updates, _more, _page, _size = find_updates(session, {"service_request_id": report.number}, now)
    requested = _parse(public["requested_datetime"])
    assert requested is not None
    steps = [Step(OPEN, requested)]
    for update in updates:
        shown = present_update(update)
        at = _parse(shown["updated_datetime"])
        if at is not None and shown["status"] != steps[-1].status:
            steps.append(Step(shown["status"], at))
    return TrackingView(
        number=public["service_request_id"],
        status=steps[-1].status,
        category=public["service_name"],
        unit=public["agency_responsible"],
        requested_at=requested,
        expected_at=_parse(public["expected_datetime"]),
        description=public["description"],
        steps=steps,
        report_id=report.id,
    )


def is_finished(report: Report) -> bool:
    return report.status == Status.SELESAI.value
