"""What the public Open311 face shows of our categories and reports.

This module decides what is public. It never reads reporter identities (the
``reporter_identities`` table is not even imported here), and a private report
(the JAKI default) is shown without its description, photos and notes: only its
category, status, unit, times and location.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_shared.domain import (
    Channel,
    DeadlineKind,
    ReportClock,
    SlaPolicy,
    SlaRule,
    Status,
    deadlines,
)
from crm_shared.domain.rating import RATING_EVENT

from ..clock import as_utc, as_utc_opt
from ..models import Attachment, Category, Event, Report, SlaRuleRow, Unit
from .formats import w3c_datetime

JURISDICTION_ID = "jakarta.go.id"
SPECIFICATION = "http://wiki.open311.org/GeoReport_v2"

# The optional attribute every service offers (its value is added to the description).
DETAIL_ATTRIBUTE = "detail"
DETAIL_MAX = 1000

KELURAHAN_GROUP = "Kelurahan"
DEFAULT_GROUP = "Pemerintah Provinsi DKI Jakarta"

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STOPWORDS = frozenset(
    {"dan", "atau", "yang", "dari", "untuk", "dengan", "terkait", "pada", "lain"}
)


def open311_status(status: str) -> str:
    """Our eight statuses in Open311's two: selesai and ditolak are closed, the rest open."""
    try:
        return "open" if Status(status).is_open else "closed"
    except ValueError:
        return "open"


def statuses_for(open311: str) -> list[str]:
    """Our statuses that Open311 ``open`` or ``closed`` stands for."""
    return [s.value for s in Status if open311_status(s.value) == open311]


# --- services ---------------------------------------------------------------------


def _unit_names(session: Session, ids: Iterable[str | None]) -> dict[str, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    rows = session.execute(select(Unit.id, Unit.name).where(Unit.id.in_(wanted))).all()
    return {row.id: row.name for row in rows}


def _group(category: Category, units: dict[str, str]) -> str:
    if category.agency_unit_id and category.agency_unit_id in units:
        return units[category.agency_unit_id]
    if category.handled_by_kelurahan:
        return KELURAHAN_GROUP
    return DEFAULT_GROUP


def _keywords(category: Category) -> str:
    words: list[str] = []
    for word in _WORD.findall(category.name.lower()):
        if len(word) > 2 and word not in _STOPWORDS and word not in words:
            words.append(word)
    return ", ".join(words)


def _service_description(category: Category, group: str) -> str:
    if category.handled_by_kelurahan:
        return f"Pengaduan {category.name}. Ditangani oleh kelurahan di lokasi laporan."
    return f"Pengaduan {category.name}. Ditangani oleh {group}."


def service_list(session: Session) -> list[dict[str, Any]]:
    categories = session.execute(select(Category).order_by(Category.id)).scalars().all()
    units = _unit_names(session, (c.agency_unit_id for c in categories))
    out = []
    for category in categories:
        group = _group(category, units)
        out.append(
            {
                "service_code": category.id,
                "service_name": category.name,
                "description": _service_description(category, group),
                "metadata": True,  # every service has the optional "detail" attribute
                "type": "realtime",
                "keywords": _keywords(category),
                "group": group,
            }
        )
    return out


def service_definition(category: Category) -> dict[str, Any]:
    return {
        "service_code": category.id,
        "attributes": [
            {
                "variable": True,
                "code": DETAIL_ATTRIBUTE,
                "datatype": "string",
                "required": False,
                "datatype_description": f"Teks bebas, paling banyak {DETAIL_MAX} karakter.",
                "order": 1,
                "description": "Keterangan tambahan: patokan lokasi, ukuran atau sejak kapan "
                "masalah terjadi.",
            }
        ],
    }


# --- SLA: service notices and expected times ----------------------------------------


def sla_policy(session: Session) -> SlaPolicy:
    rules = []
    for row in session.execute(select(SlaRuleRow)).scalars():
        try:
            channel = Channel(row.channel) if row.channel else None
        except ValueError:
            continue
        rules.append(
            SlaRule(
                response_hours=row.response_hours,
                followup_days=row.followup_days,
                answer_days=row.answer_days,
                category_id=row.category_id,
                channel=channel,
            )
        )
    return SlaPolicy(rules)


def _number(value: float) -> str:
    return f"{value:g}"


def service_notice(rule: SlaRule) -> str:
    return (
        f"Laporan ditanggapi unit yang berwenang paling lambat {_number(rule.response_hours)} "
        f"jam dan ditindaklanjuti paling lambat {_number(rule.followup_days)} hari."
    )


def _channel(value: str) -> Channel | None:
    try:
        return Channel(value)
    except ValueError:
        return None


def expected_datetime(report: Report, rule: SlaRule) -> str | None:
    """When the follow-up is due (the SLA, or the unit's estimate); None once closed."""
    channel = _channel(report.channel)
    try:
        status = Status(report.status)
    except ValueError:
        return None
    if channel is None:
        return None
    clock = ReportClock(
        status=status,
        channel=channel,
        created_at=as_utc(report.created_at),
        landed_at=as_utc(report.landed_at),
        first_response_at=as_utc_opt(report.first_response_at),
        followup_at=as_utc_opt(report.followup_at),
        estimated_completion=report.estimated_completion,
    )
    for deadline in deadlines(clock, rule):
        if deadline.kind is DeadlineKind.FOLLOWUP:
            return w3c_datetime(deadline.due)
    return None


# --- service requests --------------------------------------------------------------


@dataclass(frozen=True)
class RequestContext:
    """Lookups shared by the requests of one response."""

    categories: dict[str, str]  # id -> name
    units: dict[str, str]  # id -> name
    notes: dict[str, str]  # report id -> last public note or reason
    photos: dict[str, str]  # report id -> sha256 of its first photo
    policy: SlaPolicy
    media_base: str  # URL prefix of photos, ends with "/"


def build_context(session: Session, reports: Sequence[Report], media_base: str) -> RequestContext:
    ids = [r.id for r in reports]
    public_ids = [r.id for r in reports if not r.is_private]
    categories = (
        dict(
            session.execute(
                select(Category.id, Category.name).where(
                    Category.id.in_({r.category_id for r in reports})
                )
            )
            .tuples()
            .all()
        )
        if ids
        else {}
    )
    units = _unit_names(session, (r.unit_id for r in reports))
    notes: dict[str, str] = {}
    photos: dict[str, str] = {}
    if public_ids:
        events = session.execute(
            select(Event.report_id, Event.reason, Event.note)
            .where(Event.report_id.in_(public_ids))
            .where((Event.reason.is_not(None)) | (Event.note.is_not(None)))
            .where(Event.type != RATING_EVENT)  # a citizen's rating is not published
            .order_by(Event.at, Event.id)
        ).all()
        for report_id, reason, note in events:
            text = (reason or "").strip() or (note or "").strip()
            if text:
                notes[report_id] = text  # the last one wins
        for report_id, sha in session.execute(
            select(Attachment.report_id, Attachment.sha256)
            .where(Attachment.report_id.in_(public_ids))
            .order_by(Attachment.id.desc())
        ).all():
            photos[report_id] = sha  # descending: the first photo is written last
    return RequestContext(categories, units, notes, photos, sla_policy(session), media_base)


def present_request(report: Report, ctx: RequestContext) -> dict[str, Any]:
    """One service request as the public sees it (identical fields in JSON and XML)."""
    rule = ctx.policy.rule_for(report.category_id, _channel(report.channel))
    public = not report.is_private
    photo = ctx.photos.get(report.id) if public else None
    return {
        "service_request_id": report.number,
        "status": open311_status(report.status),
        "status_notes": ctx.notes.get(report.id) if public else None,
        "service_name": ctx.categories.get(report.category_id, report.category_id),
        "service_code": report.category_id,
        "description": report.description if public else None,
        "agency_responsible": ctx.units.get(report.unit_id, report.unit_id),
        "service_notice": service_notice(rule),
        "requested_datetime": w3c_datetime(report.created_at),
        "updated_datetime": w3c_datetime(report.updated_at),
        "expected_datetime": expected_datetime(report, rule),
        "address": report.address or None,
        "address_id": report.kelurahan_code,
        "zipcode": None,
        "lat": report.lat,
        "long": report.lon,
        "media_url": f"{ctx.media_base}{photo}" if photo else None,
    }
