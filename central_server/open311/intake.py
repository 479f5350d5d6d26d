"""POST requests: a new service request from an Open311 client (JAKI and the like).

The report is filed the way a walk-in report is: status menunggu, routed to the
kelurahan of its location, private by default, with the next change sequence
number (so the native sync feed carries it) and the next official report number.
The reporter's identity goes to ``reporter_identities`` only.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, inspect, select
from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from crm_shared.domain import (
    ActionType,
    DomainError,
    Status,
    check_location,
    check_phone,
    clean_text,
)

from .. import audit
from ..clock import utcnow
from ..models import ApiKey, Category, Event, Report, ReporterIdentity, Unit
from ..numbering import jakarta_today, placeholder_seq, stamp, take_numbers
from ..routing import kelurahan_unit
from .apikeys import find_api_key
from .formats import Open311Error
from .present import DETAIL_ATTRIBUTE, DETAIL_MAX, JURISDICTION_ID

DESCRIPTION_MAX = 4000  # the spec's limit, and our domain's
ADDRESS_MAX = 300
NAME_PART_MAX = 100
MEDIA_URL_MAX = 500


def forget_reporter_emails(engine: Engine) -> int:
    """Blank the e-mails an older version stored (column ``reporter_identities.email``).

    The column is no longer in the model; a database made before keeps it, empty.
    Returns how many e-mails were forgotten.
    """
    columns = {c["name"] for c in inspect(engine).get_columns("reporter_identities")}
    if "email" not in columns:
        return 0
    with engine.begin() as connection:
        result = connection.execute(
            sql("UPDATE reporter_identities SET email = NULL WHERE email IS NOT NULL")
        )
    return result.rowcount or 0


@dataclass(frozen=True)
class Created:
    service_request_id: str
    category_id: str
    channel: str


def _text(form: Mapping[str, str], name: str, maximum: int) -> str:
    value = clean_text(form.get(name) or "")
    if len(value) > maximum:
        raise Open311Error(400, f"{name} is too long: at most {maximum} characters.")
    return value


def _coordinate(form: Mapping[str, str], name: str) -> float:
    raw = (form.get(name) or "").strip()
    try:
        value = float(raw)
    except ValueError:
        raise Open311Error(400, f"{name} must be a decimal number (WGS84).") from None
    if not math.isfinite(value):
        raise Open311Error(400, f"{name} must be a finite decimal number (WGS84).")
    return value


def _location(
    session: Session, form: Mapping[str, str]
) -> tuple[float | None, float | None, str, Unit | None]:
    """lat/long, address_string or address_id (a kelurahan's Kemendagri code): one is required."""
    has_lat, has_long = (
        bool((form.get("lat") or "").strip()),
        bool((form.get("long") or "").strip()),
    )
    address = _text(form, "address_string", ADDRESS_MAX)
    address_id = (form.get("address_id") or "").strip()
    if has_lat != has_long:
        raise Open311Error(400, "lat and long must be given together.")
    if not (has_lat or address or address_id):
        raise Open311Error(
            400, "A location is required: lat and long, address_string or address_id."
        )
    lat = lon = None
    if has_lat:
        lat, lon = _coordinate(form, "lat"), _coordinate(form, "long")
        try:
            check_location(lat, lon)
        except DomainError:
            raise Open311Error(
                400, "lat/long lie outside DKI Jakarta (including Kepulauan Seribu)."
            ) from None
    kelurahan = None
    if address_id:
        kelurahan = session.execute(
            select(Unit).where(Unit.kind == "kelurahan", Unit.code == address_id[:30]).limit(1)
        ).scalar_one_or_none()
        if kelurahan is None:
            raise Open311Error(
                400, "address_id is not a known kelurahan code (Kemendagri, e.g. 31.71.01.1001)."
            )
    return lat, lon, address, kelurahan


def _identity(form: Mapping[str, str]) -> dict[str, object] | None:
    """Name and phone, the identity a walk-in desk keeps too.

    ``email`` is neither checked nor stored: nothing on this server writes to a
    reporter, so keeping it would be one more copy of who reported for no use
    (store the least). docs/open311.md says so.
    """
    first = _text(form, "first_name", NAME_PART_MAX)
    last = _text(form, "last_name", NAME_PART_MAX)
    raw_phone = (form.get("phone") or "").strip()
    phone = None
    if raw_phone:
        try:
            phone = check_phone(raw_phone)
        except DomainError:
            raise Open311Error(
                400, "phone is not a valid Indonesian number (e.g. 0812-3456-7890)."
            ) from None
    name = " ".join(part for part in (first, last) if part)
    if not (name or phone):
        return None
    return {"anonymous": False, "name": name or None, "phone": phone}


def _media_url(form: Mapping[str, str]) -> str:
    url = (form.get("media_url") or "").strip()
    if not url:
        return ""
    if len(url) > MEDIA_URL_MAX or not re.match(r"^https?://[^\s]+$", url):
        raise Open311Error(
            400, f"media_url must be an http(s) URL of at most {MEDIA_URL_MAX} characters."
        )
    return url


def _attributes(form: Mapping[str, str]) -> dict[str, str]:
    """``attribute[code]`` fields; codes we do not define are ignored (the spec allows it)."""
    detail = clean_text(form.get(f"attribute[{DETAIL_ATTRIBUTE}]") or "")
    if len(detail) > DETAIL_MAX:
        raise Open311Error(
            400, f"attribute[{DETAIL_ATTRIBUTE}] is too long: at most {DETAIL_MAX} characters."
        )
    return {DETAIL_ATTRIBUTE: detail} if detail else {}


def _route(session: Session, category: Category, kelurahan: Unit | None) -> Unit:
    """The kelurahan of the location; else the category's agency; else the root unit."""
    if kelurahan is not None:
        return kelurahan
    if category.agency_unit_id:
        agency = session.get(Unit, category.agency_unit_id)
        if agency is not None:
            return agency
    root = session.execute(
        select(Unit).where(Unit.parent_id.is_(None)).order_by(Unit.id).limit(1)
    ).scalar_one_or_none()
    if root is None:
        raise Open311Error(400, "This server has no units to route the request to yet.")
    return root


def check_api_key(session: Session, form: Mapping[str, str]) -> ApiKey:
    key = find_api_key(session, form.get("api_key"))
    if key is None:
        raise Open311Error(403, "Invalid or missing api_key: cannot create the service request.")
    return key


def create_request(
    session: Session, form: Mapping[str, str], key: ApiKey, data_dir: Path | None
) -> Created:
    """Check everything, then write the report in the caller's transaction (all or nothing)."""
    jurisdiction = (form.get("jurisdiction_id") or "").strip()
    if jurisdiction and jurisdiction != JURISDICTION_ID:
        raise Open311Error(404, f"jurisdiction_id not found: this server serves {JURISDICTION_ID}.")
    service_code = (form.get("service_code") or "").strip()
    if not service_code:
        raise Open311Error(400, "service_code is required.")
    category = session.get(Category, service_code[:100])
    if category is None:
        raise Open311Error(404, f"service_code '{service_code[:100]}' not found.")
    lat, lon, address, kelurahan = _location(session, form)
    description = _text(form, "description", DESCRIPTION_MAX)
    attributes = _attributes(form)
    media_url = _media_url(form)
    identity = _identity(form)

    if kelurahan is None and lat is not None and lon is not None:
        kelurahan = kelurahan_unit(session, None, lat, lon, data_dir)
    unit = _route(session, category, kelurahan)
    text = description or f"Laporan {category.name} melalui {key.label}."
    if DETAIL_ATTRIBUTE in attributes:
        text += f"\n\nKeterangan: {attributes[DETAIL_ATTRIBUTE]}"
    if media_url:
        text += f"\n\nFoto dari pelapor: {media_url}"
    if len(text) > DESCRIPTION_MAX + DETAIL_MAX + MEDIA_URL_MAX + 100:
        raise Open311Error(400, "description is too long.")

    now = utcnow()
    try:
        number = take_numbers(session, jakarta_today(now), 1)[0]
    except DomainError:
        raise Open311Error(503, "No report numbers left for today; try again tomorrow.") from None
    report = Report(
        id=str(uuid.uuid4()),
        number=number,
        category_id=category.id,
        channel=key.channel,
        status=Status.MENUNGGU.value,
        description=text,
        address=address or (kelurahan.name if kelurahan is not None else ""),
        lat=lat,
        lon=lon,
        kelurahan_code=kelurahan.code if kelurahan is not None else None,
        unit_id=unit.id,
        assignee_id=None,
        created_by=None,
        is_private=True,
        priority="normal",
        created_at=now,
        landed_at=now,
        first_response_at=None,
        followup_at=None,
        completed_at=None,
        estimated_completion=None,
        duplicate_of=None,
        supporters=0,
        version=1,
        seq=placeholder_seq(session),  # numbering.stamp gives the real one last
        updated_at=now,
    )
    session.add(report)
    session.flush()
    actor = f"apikey:{key.label}"[:100]
    session.add(
        Event(
            id=str(uuid.uuid4()),
            report_id=report.id,
            type=ActionType.CREATE.value,
            actor_id=actor,
            at=now,
            from_status=None,
            to_status=Status.MENUNGGU.value,
            note=None,
            reason=None,
            target_unit_id=unit.id,
            assignee_id=None,
            action_id=None,
        )
    )
    # Like a walk-in report, every report has its identity row (anonymous when none given).
    session.add(ReporterIdentity(report_id=report.id, **(identity or {"anonymous": True})))
    audit.record(
        session,
        audit.AuditKind.CREATE,
        actor_id=actor,
        report_id=report.id,
        unit_id=unit.id,
        detail={"via": "open311", "channel": key.channel, "number": number},
        at=now,
    )
    stamp(session, report)  # the change number last, then commit (numbering.py)
    return Created(number, category.id, key.channel)
