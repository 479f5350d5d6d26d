"""Reports as the wire shows them (wire.ReportOut), for one viewer.

Events and attachments come along. The reporter is hidden ({"hidden": true})
for everyone but validators; every identity a validator receives is written to
the audit log (audit_identity_views) before it leaves the server.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, or_, select
from sqlalchemy.orm import Session

from crm_shared.domain import Role, may_see_identity
from crm_shared.protocol.wire import AttachmentOut, EventOut, ReporterOut, ReportOut

from . import audit
from .auth import CurrentOfficer
from .clock import as_utc, as_utc_opt
from .models import Attachment, CitizenRating, Event, Media, Officer, Report, ReporterIdentity
from .privacy.origin import session_ref


def reports_out(
    session: Session, reports: Sequence[Report] | Sequence[Row[Any]], viewer: CurrentOfficer
) -> list[ReportOut]:
    """Serialise ``reports`` (in order) for ``viewer`` (see audit_identity_views).

    ``reports`` are mapped objects or plain rows of the reports table (the feed's)."""
    if not reports:
        return []
    ids = [r.id for r in reports]
    events = _events(session, ids)
    attachments = _attachments(session, ids)
    identities = _identities(session, ids, viewer) if may_see_identity(viewer.role) else {}
    out = []
    for r in reports:
        reporter = identities.get(r.id, ReporterOut(hidden=True))
        out.append(
            ReportOut(
                id=r.id,
                number=r.number,
                category_id=r.category_id,
                channel=r.channel,
                status=r.status,
                description=r.description,
                address=r.address or "",
                lat=r.lat,
                lon=r.lon,
                kelurahan_code=r.kelurahan_code,
                unit_id=r.unit_id,
                assignee_id=r.assignee_id,
                is_private=r.is_private,
                priority=r.priority,
                created_at=as_utc(r.created_at),
                landed_at=as_utc(r.landed_at),
                first_response_at=as_utc_opt(r.first_response_at),
                followup_at=as_utc_opt(r.followup_at),
                completed_at=as_utc_opt(r.completed_at),
                estimated_completion=r.estimated_completion,
                duplicate_of=r.duplicate_of,
                supporters=r.supporters or 0,
                version=r.version,
                seq=r.seq,
                reporter=reporter,
                attachments=attachments.get(r.id, []),
                events=events.get(r.id, []),
            )
        )
    return out


def report_out(session: Session, report: Report, viewer: CurrentOfficer) -> ReportOut:
    return reports_out(session, [report], viewer)[0]


def _chunks(ids: Sequence[str], size: int = 900) -> list[Sequence[str]]:
    # Stay below the bound-parameter limits of old SQLite builds.
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def _events(session: Session, ids: Sequence[str]) -> dict[str, list[EventOut]]:
    # Plain rows, not ORM objects: an initial sync reads every event of thousands of
    # reports, and building mapped objects was most of its time (load test, issue 16).
    out: dict[str, list[EventOut]] = defaultdict(list)
    for chunk in _chunks(ids):
        rows = session.execute(
            select(
                Event.report_id,
                Event.id,
                Event.type,
                Event.actor_id,
                Officer.name,
                Event.at,
                Event.from_status,
                Event.to_status,
                Event.note,
                Event.reason,
                Event.target_unit_id,
                Event.assignee_id,
                Event.action_id,
                CitizenRating.score,
            )
            .outerjoin(Officer, Officer.id == Event.actor_id)
            .outerjoin(CitizenRating, CitizenRating.event_id == Event.id)
            .where(Event.report_id.in_(chunk))
            .order_by(Event.report_id, Event.at, Event.id)
        )
        for row in rows:
            out[row[0]].append(
                EventOut(
                    id=row[1],
                    type=row[2],
                    actor_id=row[3],
                    actor_name=row[4],
                    at=as_utc(row[5]),
                    from_status=row[6],
                    to_status=row[7],
                    note=row[8],
                    reason=row[9],
                    target_unit_id=row[10],
                    assignee_id=row[11],
                    action_id=row[12],
                    rating=row[13],
                )
            )
    return out


def _attachments(session: Session, ids: Sequence[str]) -> dict[str, list[AttachmentOut]]:
    rows: list[Any] = []
    for chunk in _chunks(ids):
        rows += session.execute(
            select(Attachment, Media.content_type, Media.size)
            .join(Media, Media.sha256 == Attachment.sha256)
            .where(Attachment.report_id.in_(chunk))
            .order_by(Attachment.report_id, Attachment.id)
        ).all()
    if not rows:
        return {}
    seen_on = _reports_by_hash(session, rows)
    out: dict[str, list[AttachmentOut]] = defaultdict(list)
    for att, content_type, size in rows:
        out[att.report_id].append(
            AttachmentOut(
                sha256=att.sha256,
                kind=att.kind,
                event_id=att.event_id,
                content_type=content_type,
                size=size,
                captured_at=as_utc_opt(att.captured_at),
                lat=att.lat,
                lon=att.lon,
                reused=_reused(att, seen_on),
            )
        )
    return out


def _reports_by_hash(session: Session, rows: Sequence[Any]) -> dict[str, set[str]]:
    """Photo hash (sent or original) -> the reports it is attached to."""
    hashes = sorted(
        {a.sha256 for a, _, _ in rows}
        | {a.original_sha256 for a, _, _ in rows if a.original_sha256}
    )
    seen_on: dict[str, set[str]] = defaultdict(set)
    for chunk in _chunks(hashes, 450):
        for report_id, sha, original in session.execute(
            select(Attachment.report_id, Attachment.sha256, Attachment.original_sha256).where(
                or_(Attachment.sha256.in_(chunk), Attachment.original_sha256.in_(chunk))
            )
        ):
            seen_on[sha].add(report_id)
            if original:
                seen_on[original].add(report_id)
    return seen_on


def _reused(att: Attachment, seen_on: dict[str, set[str]]) -> bool:
    """The photo (its bytes, or the original file it came from) is on ANOTHER report:
    possibly reused evidence with only the date changed."""
    reports = set(seen_on.get(att.sha256, ()))
    if att.original_sha256:
        reports |= seen_on.get(att.original_sha256, set())
    return bool(reports - {att.report_id})


def _identities(
    session: Session, ids: Sequence[str], viewer: CurrentOfficer
) -> dict[str, ReporterOut]:
    assert viewer.role is Role.VALIDATOR
    out: dict[str, ReporterOut] = {}
    for chunk in _chunks(ids):
        for who in session.execute(
            select(ReporterIdentity).where(ReporterIdentity.report_id.in_(chunk))
        ).scalars():
            out[who.report_id] = ReporterOut(
                hidden=False,
                anonymous=who.anonymous,
                name=who.name,
                nik=who.nik,
                phone=who.phone,
                address=who.address,
            )
    return out


def audit_identity_views(session: Session, viewer: CurrentOfficer, shown: list[ReportOut]) -> int:
    """Write one audit row per identity in ``shown``; return how many.

    Callers write these in a writing transaction that commits before the
    response leaves the server: no identity is shown unaudited.
    """
    count = 0
    for report in shown:
        if not report.reporter.hidden and not report.reporter.anonymous:
            audit.record(
                session,
                audit.AuditKind.IDENTITY_VIEW,
                actor_id=viewer.id,
                report_id=report.id,
                unit_id=report.unit_id,
                # The sign-in session (and so the PC) it went to: privacy.exposure.
                detail={"session": session_ref(viewer.token_hash)},
            )
            count += 1
    return count
