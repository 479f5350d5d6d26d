"""Breach readiness: which reporters' identities did an account, a PC or a time range
expose? Answered from the audit log alone, so that the province can notify the people
concerned and the authority within the 3 x 24 hours UU 27/2022 (art. 46) allows.

What exposes an identity, as the audit log records it:
- ``identity_view``: the server sent a reporter's identity to a validator's
  workstation (one entry per report per answer, with the sign-in session);
- ``create`` by a desk account: the desk typed the identity from the KTP; it stayed
  on that PC (sealed in the vault) until the server had it;
- ``privacy_search`` / ``privacy_export``: the data protection officer looked a
  person up (counted in ``privacy_lookups``, not itemised: the entry names no report;
  not counted for a PC question, as they come from the server's own command line too).

A PC is known by the network address or the device name its sign-ins came from
(each ``login`` entry records them with the session it opened); every identity
view carries its session. The answer names reports, officers, times and which kinds
of data were held, never the values; with ``contacts`` it adds what is needed to
notify the people (names and phones still held), and that access is itself
audited.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from .. import audit
from ..clock import as_utc
from ..models import AuditEntry, Report, ReporterIdentity
from .erasure import identity_columns


@dataclass(frozen=True)
class ExposureQuestion:
    account: str | None = None
    device: str | None = None
    since: datetime | None = None
    until: datetime | None = None

    def described(self) -> dict[str, str | None]:
        return {
            "account": self.account,
            "device": self.device,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
        }


def _in_window(stmt: Select[Any], q: ExposureQuestion) -> Select[Any]:
    if q.since is not None:
        stmt = stmt.where(AuditEntry.at >= q.since)
    if q.until is not None:
        stmt = stmt.where(AuditEntry.at < q.until)
    return stmt


def device_sessions(session: Session, q: ExposureQuestion) -> tuple[set[str], set[str]]:
    """(sessions, accounts) of the sign-ins made from the PC ``q.device``."""
    assert q.device is not None
    stmt = select(AuditEntry.actor_id, AuditEntry.detail).where(
        AuditEntry.kind == audit.AuditKind.LOGIN,
        or_(
            AuditEntry.detail["address"].as_string() == q.device,
            AuditEntry.detail["device"].as_string() == q.device,
        ),
    )
    if q.until is not None:
        stmt = stmt.where(AuditEntry.at < q.until)
    if q.account is not None:
        stmt = stmt.where(AuditEntry.actor_id == q.account)
    sessions: set[str] = set()
    accounts: set[str] = set()
    for actor, detail in session.execute(stmt):
        if isinstance(detail, dict) and detail.get("session"):
            sessions.add(str(detail["session"]))
            if actor:
                accounts.add(str(actor))
    return sessions, accounts


def answer(session: Session, q: ExposureQuestion, *, contacts: bool = False) -> dict[str, Any]:
    if q.account is None and q.device is None and q.since is None and q.until is None:
        raise ValueError("ask about an account, a device or a time range")
    kinds = [audit.AuditKind.IDENTITY_VIEW, audit.AuditKind.CREATE]
    stmt = select(AuditEntry).where(AuditEntry.kind.in_(kinds))
    stmt = _in_window(stmt, q)
    sessions: set[str] | None = None
    if q.device is not None:
        sessions, accounts = device_sessions(session, q)
        if not accounts:
            stmt = stmt.where(AuditEntry.id < 0)  # no sign-in from that PC: nothing
        else:
            stmt = stmt.where(AuditEntry.actor_id.in_(sorted(accounts)))
    if q.account is not None:
        stmt = stmt.where(AuditEntry.actor_id == q.account)
    views: dict[str, list[dict[str, Any]]] = defaultdict(list)
    entered: dict[str, dict[str, Any]] = {}
    for entry in session.scalars(stmt.order_by(AuditEntry.id)):
        detail = entry.detail if isinstance(entry.detail, dict) else {}
        if entry.report_id is None:
            continue
        if entry.kind == audit.AuditKind.IDENTITY_VIEW:
            if sessions is not None and detail.get("session") not in sessions:
                continue
            views[entry.report_id].append(
                {
                    "at": as_utc(entry.at).isoformat(),
                    "officer": entry.actor_id,
                    "session": detail.get("session"),
                }
            )
        else:  # a desk's create: identity typed on that PC (when not anonymous)
            if sessions is not None and detail.get("session") not in sessions:
                continue
            entered[entry.report_id] = {
                "at": as_utc(entry.at).isoformat(),
                "officer": entry.actor_id,
            }
    report_ids = sorted(set(views) | set(entered))
    items: list[dict[str, Any]] = []
    persons: set[str] = set()
    for chunk_start in range(0, len(report_ids), 500):
        chunk = report_ids[chunk_start : chunk_start + 500]
        rows = session.execute(
            select(Report.id, Report.number, Report.unit_id, ReporterIdentity)
            .join(ReporterIdentity, ReporterIdentity.report_id == Report.id)
            .where(Report.id.in_(chunk))
        ).all()
        for rid, number, unit_id, who in rows:
            if who.anonymous and rid not in views:
                continue  # an anonymous report typed at the desk exposed nobody
            held = [n for n in identity_columns(ReporterIdentity) if getattr(who, n)]
            item: dict[str, Any] = {
                "report_id": rid,
                "report_number": number,
                "unit_id": unit_id,
                "data_held_now": held,
                "erased_since": not held and not who.anonymous,
                "views": views.get(rid, []),
                "entered_at_desk": entered.get(rid),
            }
            if contacts and held:
                item["contact"] = {n: getattr(who, n) for n in ("name", "phone")}
            persons.add(who.nik or f"report:{rid}")
            items.append(item)
    items.sort(key=lambda i: i["report_number"])
    lookups = session.scalar(
        _in_window(
            select(func.count())
            .select_from(AuditEntry)
            .where(
                AuditEntry.kind.in_(
                    [audit.AuditKind.PRIVACY_SEARCH, audit.AuditKind.PRIVACY_EXPORT]
                ),
                *([AuditEntry.actor_id == q.account] if q.account is not None else []),
            ),
            q,
        )
    )
    all_views = [v for i in items for v in i["views"]]
    times = sorted(v["at"] for v in all_views) + sorted(
        i["entered_at_desk"]["at"] for i in items if i["entered_at_desk"]
    )
    return {
        "question": q.described(),
        "identities_exposed": len(items),
        "persons": len(persons),
        "views": len(all_views),
        "officers": sorted(
            {v["officer"] for v in all_views if v["officer"]}
            | {i["entered_at_desk"]["officer"] for i in items if i["entered_at_desk"]}
        ),
        "first_at": min(times) if times else None,
        "last_at": max(times) if times else None,
        "privacy_lookups": 0 if q.device is not None else int(lookups or 0),
        "items": items,
    }


def ask(
    session: Session,
    actor_id: str | None,
    q: ExposureQuestion,
    reason: str,
    at: datetime,
    *,
    contacts: bool = False,
) -> dict[str, Any]:
    """``answer``, audited (who asked, why, what was found; contacts shown or not)."""
    result = answer(session, q, contacts=contacts)
    audit.record(
        session,
        audit.AuditKind.EXPOSURE_QUERY,
        actor_id=actor_id,
        detail={
            **q.described(),
            "reason": reason,
            "found": result["identities_exposed"],
            "contacts": contacts,
        },
        at=at,
    )
    return result
