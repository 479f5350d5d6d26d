"""The citizen's rights over the data the server holds about them (UU 27/2022 art. 5-13):
to know and get a copy (``find``, ``export``), to have it corrected (``correct``) and
erased (``erase_person``), served by the data protection officer
(``crm_shared.domain.may_serve_data_rights``).

A person is found by NIK or phone number, as reporter or as supporter of a report
(the server stores no e-mail). Every step is audited with who and why; the audit
entries hold no NIK, no phone, no name (a masked NIK at most), because the audit
log can never be erased.
Erasure is refused, with the reason, while the report is still being handled (the
identity is needed to handle it and answer the reporter; it is erased by retention
once the report is closed) and while a legal hold keeps it.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from crm_shared.domain import (
    CLOSED_STATUSES,
    DomainError,
    check_nik,
    check_phone,
    check_text,
    mask_nik,
)

from .. import audit
from ..clock import as_utc, as_utc_opt
from ..errors import ApiError
from ..models import (
    AuditEntry,
    Category,
    Event,
    IdentityErasure,
    LegalHold,
    PrivacyNoticeGiven,
    Report,
    ReporterIdentity,
    ReportSupporter,
)
from .erasure import Erased, erase, identity_columns, secure_delete_on
from .retention import DEFAULT_AFTER

MIN_REASON = 10


class RightsError(ApiError):
    """A request that cannot be served as asked: a clear sentence, an HTTP status.

    An ``ApiError``: raised from a route, the server's error handler answers it."""


def check_reason(reason: str | None) -> str:
    text = " ".join((reason or "").split())
    if len(text) < MIN_REASON:
        raise RightsError(
            422,
            "reason_missing",
            f"Tuliskan alasan permintaan ini (minimal {MIN_REASON} karakter), "
            "misalnya nomor surat permohonan warga.",
        )
    return text[:1000]


@dataclass(frozen=True)
class PersonQuery:
    """Who is asked about: exactly one of NIK, phone (normalised)."""

    nik: str | None = None
    phone: str | None = None

    @classmethod
    def of(cls, nik: str | None, phone: str | None) -> PersonQuery:
        given = [v for v in (nik, phone) if v and v.strip()]
        if len(given) != 1:
            raise RightsError(
                422, "query_invalid", "Cari dengan tepat satu dari: NIK atau nomor telepon."
            )
        try:
            if nik and nik.strip():
                # Lenient: a NIK stored from another channel may not pass today's
                # checks (region, birth date), and must still be found.
                digits = re.sub(r"[\s.-]", "", nik)
                if not (digits.isascii() and digits.isdigit() and len(digits) == 16):
                    raise RightsError(422, "nik_length", "NIK harus 16 angka.")
                return cls(nik=digits)
            return cls(phone=check_phone(phone or ""))
        except DomainError as exc:
            raise RightsError(422, exc.code, exc.message) from None

    def described(self) -> dict[str, str]:
        """What the audit log may keep of the query: its kind and a masked NIK only."""
        if self.nik:
            return {"by": "nik", "nik_masked": mask_nik(self.nik)}
        return {"by": "phone"}

    def matches(self, model: type[ReporterIdentity] | type[ReportSupporter]) -> ColumnElement[bool]:
        if self.nik:
            return func.replace(func.replace(model.nik, " ", ""), ".", "") == self.nik
        phone = self.phone or ""
        local = phone.removeprefix("+62")
        compact = func.replace(
            func.replace(func.replace(func.replace(model.phone, " ", ""), "-", ""), "(", ""),
            ")",
            "",
        )
        return compact.in_([phone, "62" + local, "0" + local])


@dataclass
class HeldItem:
    """One identity held about the person: as reporter or supporter of one report."""

    subject: str  # "reporter" | "supporter"
    report_id: str
    supporter_id: int | None
    report_number: str
    status: str
    category: str
    channel: str
    reported_at: str
    closed_at: str | None
    identity: dict[str, str | None]
    legal_hold: str | None = None
    notice: dict[str, str] | None = None
    erased_by_retention_on: str | None = None
    erasable: bool = False
    refusal: str | None = None
    seen_by: list[dict[str, str | None]] = field(default_factory=list)


def find(session: Session, query: PersonQuery) -> list[HeldItem]:
    """Everything held about the person, oldest report first."""
    items: list[HeldItem] = []
    for model in (ReporterIdentity, ReportSupporter):
        rows = session.execute(
            select(model, Report)
            .join(Report, Report.id == model.report_id)
            .where(query.matches(model))
            .order_by(Report.created_at, Report.id)
        ).all()
        for row, report in rows:
            items.append(_item(session, row, report))
    items.sort(key=lambda i: (i.reported_at, i.report_id, i.subject))
    return items


def _item(session: Session, row: ReporterIdentity | ReportSupporter, report: Report) -> HeldItem:
    supporter = isinstance(row, ReportSupporter)
    category = session.get(Category, report.category_id)
    closed_at = _closed_at(session, report)
    hold = session.scalars(
        select(LegalHold.reason)
        .where(LegalHold.report_id == report.id, LegalHold.released_at.is_(None))
        .order_by(LegalHold.id)
        .limit(1)
    ).first()
    notice = session.get(PrivacyNoticeGiven, report.id) if not supporter else None
    item = HeldItem(
        subject="supporter" if supporter else "reporter",
        report_id=report.id,
        supporter_id=row.id if isinstance(row, ReportSupporter) else None,
        report_number=report.number,
        status=report.status,
        category=category.name if category is not None else report.category_id,
        channel=report.channel,
        reported_at=as_utc(report.created_at).isoformat(),
        closed_at=closed_at.isoformat() if closed_at else None,
        identity={name: getattr(row, name) for name in identity_columns(type(row))},
        legal_hold=hold,
        notice=(
            {"version": notice.version, "given_at": as_utc(notice.given_at).isoformat()}
            if notice is not None
            else None
        ),
        erased_by_retention_on=(
            (closed_at + DEFAULT_AFTER).date().isoformat() if closed_at else None
        ),
    )
    if not supporter:
        item.seen_by = [
            {"at": as_utc(at).isoformat(), "officer": actor}
            for at, actor in session.execute(
                select(AuditEntry.at, AuditEntry.actor_id)
                .where(
                    AuditEntry.kind == audit.AuditKind.IDENTITY_VIEW,
                    AuditEntry.report_id == report.id,
                )
                .order_by(AuditEntry.id)
            )
        ]
    item.refusal = refusal(item)
    item.erasable = item.refusal is None
    return item


def _closed_at(session: Session, report: Report) -> datetime | None:
    if report.status not in {s.value for s in CLOSED_STATUSES}:
        return None
    last = session.execute(
        select(func.max(Event.at)).where(
            Event.report_id == report.id,
            Event.to_status.in_([s.value for s in CLOSED_STATUSES]),
        )
    ).scalar()
    return as_utc_opt(last or report.completed_at or report.updated_at)


def refusal(item: HeldItem) -> str | None:
    """Why this identity may not be erased now (None: it may)."""
    if item.legal_hold:
        return (
            "Ditahan untuk keperluan hukum (penahanan hukum: "
            f"{item.legal_hold}); dihapus setelah penahanan dicabut."
        )
    if item.closed_at is None:
        return (
            "Laporan masih ditangani: identitas diperlukan untuk menindaklanjuti dan "
            "menjawab pelapor. Identitas dihapus otomatis setelah laporan ditutup "
            "dan masa simpan berakhir."
        )
    return None


def public_record(query: PersonQuery, items: list[HeldItem], at: datetime) -> dict[str, Any]:
    """The person's record as it is given (JSON, text, HTML)."""
    return {
        "asked_by": query.described()["by"],
        "produced_at": at.isoformat(),
        "controller": "Pemerintah Provinsi DKI Jakarta (CRM)",
        "items": [asdict(i) for i in items],
    }


# --- the steps, each audited ---------------------------------------------------------


def search(
    session: Session, actor_id: str, query: PersonQuery, reason: str, at: datetime
) -> list[HeldItem]:
    items = find(session, query)
    audit.record(
        session,
        audit.AuditKind.PRIVACY_SEARCH,
        actor_id=actor_id,
        detail={**query.described(), "reason": reason, "found": len(items)},
        at=at,
    )
    return items


def record_export(
    session: Session, actor_id: str, query: PersonQuery, reason: str, fmt: str, at: datetime
) -> list[HeldItem]:
    items = find(session, query)
    audit.record(
        session,
        audit.AuditKind.PRIVACY_EXPORT,
        actor_id=actor_id,
        detail={**query.described(), "reason": reason, "format": fmt, "items": len(items)},
        at=at,
    )
    return items


CORRECTABLE = ("name", "nik", "phone", "address")


def correct(
    session: Session,
    actor_id: str,
    *,
    report_id: str,
    supporter_id: int | None,
    changes: dict[str, str | None],
    reason: str,
    at: datetime,
) -> HeldItem:
    """Correct identity fields of one reporter (or supporter) row; audited (fields only).

    ``report_id`` may also be the report's number."""
    report_id = _report(session, report_id).id
    row: ReporterIdentity | ReportSupporter | None
    if supporter_id is not None:
        row = session.get(ReportSupporter, supporter_id)
        if row is not None and row.report_id != report_id:
            row = None
    else:
        row = session.get(ReporterIdentity, report_id)
    if row is None:
        raise RightsError(404, "not_found", "Data identitas untuk laporan itu tidak ditemukan.")
    allowed = identity_columns(type(row))
    unknown = sorted(set(changes) - set(allowed))
    if unknown or not changes:
        raise RightsError(
            422,
            "fields_invalid",
            "Yang dapat diperbaiki: " + ", ".join(allowed) + ".",
        )
    if session.scalar(
        select(func.count())
        .select_from(IdentityErasure)
        .where(
            IdentityErasure.report_id == report_id,
            IdentityErasure.supporter_id.is_(None)
            if supporter_id is None
            else IdentityErasure.supporter_id == supporter_id,
        )
    ):
        raise RightsError(409, "erased", "Identitas ini sudah dihapus; tidak ada yang diperbaiki.")
    cleaned = _checked(changes)
    secure_delete_on(session)
    for name, value in cleaned.items():
        setattr(row, name, value)
    report = session.get(Report, report_id)
    assert report is not None
    report.updated_at = at
    audit.record(
        session,
        audit.AuditKind.IDENTITY_CORRECT,
        actor_id=actor_id,
        report_id=report_id,
        unit_id=report.unit_id,
        detail={
            "subject": "supporter" if supporter_id is not None else "reporter",
            "supporter_id": supporter_id,
            "fields": sorted(cleaned),
            "reason": reason,
        },
        at=at,
    )
    # A validator holding the report receives the corrected identity with the next pull.
    # The change number is taken last, just before the caller commits (numbering.stamp:
    # the feed never publishes a number that commits after a later one was read).
    from ..numbering import stamp  # late: numbering takes the change counter

    stamp(session, report)
    return _item(session, row, report)


def _checked(changes: dict[str, str | None]) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    try:
        for name, value in changes.items():
            value = (value or "").strip() or None
            if name == "nik":
                if value is None:
                    raise RightsError(422, "nik_missing", "NIK tidak boleh dikosongkan.")
                out[name] = check_nik(value)
            elif name == "phone":
                out[name] = check_phone(value) if value else None
            elif name == "name":
                out[name] = check_text("name", value)
            else:
                out[name] = check_text("address", value) or None
    except DomainError as exc:
        raise RightsError(422, exc.code, exc.message) from None
    return out


@dataclass
class ErasureOutcome:
    erased: list[Erased]
    refused: list[HeldItem]


def erase_person(
    session: Session, actor_id: str, query: PersonQuery, reason: str, at: datetime
) -> ErasureOutcome:
    """Erase every identity of the person that may be erased; say why for the others."""
    secure_delete_on(session)
    outcome = ErasureOutcome([], [])
    for item in find(session, query):
        if not any(item.identity.values()):
            continue
        if item.refusal is not None:
            outcome.refused.append(item)
            audit.record(
                session,
                audit.AuditKind.ERASURE_REFUSED,
                actor_id=actor_id,
                report_id=item.report_id,
                detail={
                    "subject": item.subject,
                    "supporter_id": item.supporter_id,
                    "reason": reason,
                    "refusal": item.refusal,
                },
                at=at,
            )
            continue
        row: ReporterIdentity | ReportSupporter | None = (
            session.get(ReportSupporter, item.supporter_id)
            if item.supporter_id is not None
            else session.get(ReporterIdentity, item.report_id)
        )
        if row is None:
            continue
        report = session.get(Report, item.report_id)
        outcome.erased.append(
            erase(
                session,
                row,
                basis="request",
                actor_id=actor_id,
                reason=reason,
                at=at,
                unit_id=report.unit_id if report is not None else None,
            )
        )
    return outcome


def place_hold(session: Session, actor_id: str, report_ref: str, reason: str, at: datetime) -> int:
    report = _report(session, report_ref)
    hold = LegalHold(report_id=report.id, reason=reason, placed_by=actor_id, placed_at=at)
    session.add(hold)
    session.flush()
    audit.record(
        session,
        audit.AuditKind.LEGAL_HOLD,
        actor_id=actor_id,
        report_id=report.id,
        unit_id=report.unit_id,
        detail={"hold_id": hold.id, "reason": reason},
        at=at,
    )
    return hold.id


def release_hold(session: Session, actor_id: str, hold_id: int, reason: str, at: datetime) -> None:
    hold = session.get(LegalHold, hold_id)
    if hold is None or hold.released_at is not None:
        raise RightsError(
            404, "hold_not_found", "Penahanan hukum itu tidak ada atau sudah dicabut."
        )
    hold.released_at, hold.released_by = at, actor_id
    audit.record(
        session,
        audit.AuditKind.LEGAL_HOLD_RELEASE,
        actor_id=actor_id,
        report_id=hold.report_id,
        detail={"hold_id": hold.id, "reason": reason},
        at=at,
    )


def _report(session: Session, ref: str) -> Report:
    report = session.scalars(
        select(Report).where(or_(Report.id == ref, Report.number == ref.strip().upper())).limit(1)
    ).first()
    if report is None:
        raise RightsError(404, "report_not_found", "Laporan itu tidak ada.")
    return report
