"""/api/v1/privacy: the citizen's rights and breach questions, for the data protection
officer (``may_serve_data_rights``); every other role gets 403. Each step needs a
reason and is audited (``central_server.privacy``). The register of processing is
readable by every signed-in officer.

Everything that names a person travels in a POST body, never in the URL: URLs end
up in access logs, bodies do not.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from crm_shared.domain import may_serve_data_rights

from ..auth import CurrentOfficer, current_officer
from ..clock import as_utc, utcnow
from ..db import get_write_session
from ..errors import ApiError
from ..privacy import exposure, journal, readable, rights
from ..privacy.register import generate

router = APIRouter(prefix="/privacy")


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PersonQueryIn(_Body):
    nik: str | None = Field(default=None, max_length=40)
    phone: str | None = Field(default=None, max_length=40)
    reason: str = Field(max_length=2000)


class PersonExportIn(PersonQueryIn):
    format: Literal["json", "text", "html"] = "json"


class CorrectionIn(_Body):
    report_id: str = Field(max_length=100)
    supporter_id: int | None = None
    changes: dict[str, str | None]
    reason: str = Field(max_length=2000)


class HoldIn(_Body):
    report: str = Field(max_length=100, description="report id or number")
    reason: str = Field(max_length=2000)


class ReasonIn(_Body):
    reason: str = Field(max_length=2000)


class ExposureIn(_Body):
    account: str | None = Field(default=None, max_length=100)
    device: str | None = Field(default=None, max_length=100)
    since: datetime | None = None
    until: datetime | None = None
    contacts: bool = False
    reason: str = Field(max_length=2000)


def _officer(officer: CurrentOfficer) -> CurrentOfficer:
    if not may_serve_data_rights(officer.role):
        raise ApiError(
            403,
            "role_forbidden",
            "Hanya Pejabat Pelindungan Data Pribadi yang dapat melayani permintaan ini.",
        )
    return officer


Officer = Annotated[CurrentOfficer, Depends(current_officer)]
WriteSession = Annotated[Session, Depends(get_write_session)]


@router.post("/search")
def search(body: PersonQueryIn, officer: Officer, session: WriteSession) -> dict[str, Any]:
    """What is held about a person (by NIK or phone)."""
    who = _officer(officer)
    now = utcnow()
    query = rights.PersonQuery.of(body.nik, body.phone)
    reason = rights.check_reason(body.reason)
    with session.begin():
        items = rights.search(session, who.id, query, reason, now)
    return rights.public_record(query, items, now)


@router.post("/export", response_model=None)
def export(body: PersonExportIn, officer: Officer, session: WriteSession) -> Any:
    """The same, as the citizen takes it away: JSON, plain text or an HTML page."""
    who = _officer(officer)
    now = utcnow()
    query = rights.PersonQuery.of(body.nik, body.phone)
    reason = rights.check_reason(body.reason)
    with session.begin():
        items = rights.record_export(session, who.id, query, reason, body.format, now)
    record = rights.public_record(query, items, now)
    if body.format == "text":
        return Response(readable.to_text(record), media_type="text/plain; charset=utf-8")
    if body.format == "html":
        return Response(readable.to_html(record), media_type="text/html; charset=utf-8")
    return record


@router.post("/correct")
def correct(body: CorrectionIn, officer: Officer, session: WriteSession) -> dict[str, Any]:
    """Correct the identity held with one report (reporter, or one supporter)."""
    who = _officer(officer)
    now = utcnow()
    reason = rights.check_reason(body.reason)
    with session.begin():
        item = rights.correct(
            session,
            who.id,
            report_id=body.report_id,
            supporter_id=body.supporter_id,
            changes=body.changes,
            reason=reason,
            at=now,
        )
    return {"item": asdict(item)}


@router.post("/erase")
def erase(body: PersonQueryIn, officer: Officer, session: WriteSession) -> dict[str, Any]:
    """Erase what may be erased about the person; say why the rest is kept."""
    who = _officer(officer)
    now = utcnow()
    query = rights.PersonQuery.of(body.nik, body.phone)
    reason = rights.check_reason(body.reason)
    with session.begin():
        outcome = rights.erase_person(session, who.id, query, reason, now)
    journal.append(journal.journal_path(), outcome.erased, basis="request", at=now.isoformat())
    return {
        "erased": [
            {"report_id": e.report_id, "subject": e.subject, "supporter_id": e.supporter_id}
            for e in outcome.erased
        ],
        "refused": [
            {
                "report_id": i.report_id,
                "report_number": i.report_number,
                "subject": i.subject,
                "supporter_id": i.supporter_id,
                "reason": i.refusal,
            }
            for i in outcome.refused
        ],
    }


@router.post("/holds", status_code=201)
def place_hold(body: HoldIn, officer: Officer, session: WriteSession) -> dict[str, Any]:
    """A legal hold: the report's identities are kept (no retention, no erasure)."""
    who = _officer(officer)
    reason = rights.check_reason(body.reason)
    with session.begin():
        hold_id = rights.place_hold(session, who.id, body.report, reason, utcnow())
    return {"hold_id": hold_id}


@router.post("/holds/{hold_id}/release")
def release_hold(
    hold_id: int, body: ReasonIn, officer: Officer, session: WriteSession
) -> dict[str, Any]:
    who = _officer(officer)
    reason = rights.check_reason(body.reason)
    with session.begin():
        rights.release_hold(session, who.id, hold_id, reason, utcnow())
    return {"hold_id": hold_id, "released": True}


@router.post("/exposure")
def exposure_query(body: ExposureIn, officer: Officer, session: WriteSession) -> dict[str, Any]:
    """Which identities an account, a PC or a time range exposed (breach readiness)."""
    who = _officer(officer)
    if body.account is None and body.device is None and body.since is None and body.until is None:
        raise ApiError(
            422, "query_invalid", "Sebutkan akun, perangkat, atau rentang waktu yang ditanyakan."
        )
    reason = rights.check_reason(body.reason)
    question = exposure.ExposureQuestion(
        account=body.account,
        device=body.device,
        since=as_utc(body.since) if body.since else None,
        until=as_utc(body.until) if body.until else None,
    )
    with session.begin():
        return exposure.ask(session, who.id, question, reason, utcnow(), contacts=body.contacts)


@router.get("/register", response_class=Response)
def register(_officer: Officer) -> Response:
    """The register of processing (Markdown), for every signed-in officer."""
    return Response(generate(), media_type="text/markdown; charset=utf-8")
