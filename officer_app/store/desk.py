"""What the desk pages read and record in the profile (plain Python, no Qt).

- ``receipt_for``: the data a receipt shows, from the local report (never the
  identity: the report holds none; a NIK passed in is masked).
- ``record_receipt``: which number a printed receipt carried (a local audit
  entry, kind ``receipt``), so the queue knows which receipts to print again
  once the server assigned the final number.
- ``todays_filings``: what this desk filed today, with where each stands.
- ``keep_rating_code``: the receipt's rating code (made at intake, sent with the
  ``create`` action) stays in the encrypted profile only until a receipt with the
  official number has been handed out, so that the reprint carries it too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import delete, select

from crm_shared.domain import JAKARTA_TZ, Status, mask_nik
from officer_app.store import outbox as ob
from officer_app.store.db import Store
from officer_app.store.records import ChangeSet
from officer_app.store.schema import (
    AuditEntry,
    Category,
    Event,
    Meta,
    OutboxItem,
    Report,
    Unit,
)
from officer_app.store.state import reference_data

RECEIPT_KIND = "receipt"


@dataclass(frozen=True)
class Filed:
    """A walk-in complaint just recorded: what it changed, and its receipt."""

    changes: ChangeSet
    receipt: ReceiptData


def provisional_code(report_id: str) -> str:
    return "SEMENTARA-" + report_id.replace("-", "")[:8].upper()


@dataclass(frozen=True)
class ReceiptData:
    report_id: str
    number: str  # the official number, or a provisional code
    provisional: bool
    created_at: datetime
    category: str
    location: str
    summary: str
    channel: str
    masked_nik: str = ""  # "" for an anonymous reporter
    reporter_name: str = ""  # shown only on the citizen's own receipt, "" when anonymous
    is_private: bool = True
    rating_code: str = ""  # the receipt's rating code, "" when not known here (any more)
    tracking_url: str = ""  # <base>/lacak/<number> (official numbers only)


def _summary(text: str, limit: int = 280) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


RATING_CODE_PREFIX = "rating_code:"


def keep_rating_code(store: Store, report_id: str, code: str) -> None:
    with store.write() as s:
        s.merge(Meta(key=RATING_CODE_PREFIX + report_id, value=code))


def tracking_url(base: str, number: str) -> str:
    return f"{base.rstrip('/')}/lacak/{number}" if base and number else ""


def receipt_for(
    store: Store,
    report_id: str,
    *,
    nik: str | None = None,
    name: str = "",
    tracking_fallback: str = "",
) -> ReceiptData:
    """``tracking_fallback``: the machine's tracking base URL, used when the server
    did not publish one (``ReferenceData.tracking_base_url``)."""
    from crm_shared.domain import Channel

    with store.read() as s:
        code = s.get(Meta, RATING_CODE_PREFIX + report_id)
        reference, _etag = reference_data(s)
        r = s.scalar(select(Report).where(Report.id == report_id))
        if r is None:
            raise KeyError(report_id)
        category = s.get(Category, r.category_id)
        kel = (
            s.scalar(select(Unit.name).where(Unit.code == r.kelurahan_code).limit(1))
            if r.kelurahan_code
            else None
        )
    parts = [p for p in (r.address, kel) if p]
    if r.lat is not None and r.lon is not None:
        parts.append(f"{r.lat:.5f}, {r.lon:.5f}")
    return ReceiptData(
        report_id=r.id,
        number=r.number or provisional_code(r.id),
        provisional=not r.number,
        created_at=r.created_at,
        category=category.name if category else r.category_id,
        location=" · ".join(parts),
        summary=_summary(r.description),
        channel=Channel(r.channel).label,
        masked_nik=mask_nik(nik) if nik else "",
        reporter_name=name,
        is_private=r.is_private,
        rating_code=code.value if code is not None else "",
        tracking_url=tracking_url(
            str((reference or {}).get("tracking_base_url") or tracking_fallback), r.number
        ),
    )


def record_receipt(store: Store, data: ReceiptData) -> None:
    """Remember the number this receipt carried (no identity in the entry); once a
    receipt with the official number is out, the desk forgets the rating code."""
    with store.write() as s:
        if not data.provisional:
            s.execute(delete(Meta).where(Meta.key == RATING_CODE_PREFIX + data.report_id))
        s.add(
            AuditEntry(
                at=datetime.now(UTC),
                kind=RECEIPT_KIND,
                report_id=data.report_id,
                detail={"number": data.number, "provisional": data.provisional},
            )
        )


class Stage:
    WAITING = "waiting"  # not yet on the server
    ATTENTION = "attention"  # the server refused; a person decides
    SENT = "sent"  # on the server, number as printed
    FINAL = "final"  # on the server with a final number (no receipt printed yet)
    REPRINT = "reprint"  # the printed receipt's number differs from the final one


@dataclass(frozen=True)
class Filing:
    report_id: str
    number: str
    printed_number: str | None
    category: str
    status: Status
    created_at: datetime
    stage: str
    kind: str  # "create" or "support"


def jakarta_day_start(now: datetime | None = None) -> datetime:
    now = now or datetime.now(UTC)
    local = now.astimezone(JAKARTA_TZ)
    return datetime.combine(local.date(), time(0), tzinfo=JAKARTA_TZ).astimezone(UTC)


def todays_filings(store: Store, officer_id: str, now: datetime | None = None) -> Sequence[Filing]:
    """Reports this desk filed (and supports it recorded) today, newest first."""
    since = jakarta_day_start(now)
    with store.read() as s:
        events = list(
            s.execute(
                select(Event.report_id, Event.type, Event.at)
                .where(
                    Event.actor_id == officer_id,
                    Event.type.in_(["create", "support"]),
                    Event.at >= since,
                )
                .order_by(Event.at.desc())
            ).tuples()
        )
        ids = list({rid for rid, _, _ in events})
        reports = {r.id: r for r in s.scalars(select(Report).where(Report.id.in_(ids)))}
        names = dict(s.execute(select(Category.id, Category.name)).tuples().all())
        attention = set(
            s.scalars(
                select(OutboxItem.report_id).where(
                    OutboxItem.report_id.in_(ids), OutboxItem.state == ob.NEEDS_ATTENTION
                )
            )
        )
        printed: dict[str, str] = {}
        for rid, detail in s.execute(
            select(AuditEntry.report_id, AuditEntry.detail)
            .where(AuditEntry.kind == RECEIPT_KIND, AuditEntry.report_id.in_(ids))
            .order_by(AuditEntry.id)
        ).tuples():
            if rid is not None:
                printed[rid] = str(detail.get("number", ""))
    out = []
    seen: set[tuple[str, str]] = set()
    for rid, kind, at in events:
        r = reports.get(rid)
        if r is None or (rid, kind) in seen:
            continue
        seen.add((rid, kind))
        on_server = r.server_status is not None and (kind == "create" or r.pending_count == 0)
        if rid in attention:
            stage = Stage.ATTENTION
        elif not on_server:
            stage = Stage.WAITING
        elif kind == "create" and printed.get(rid) and printed[rid] != r.number:
            stage = Stage.REPRINT
        elif kind == "create" and rid not in printed:
            stage = Stage.FINAL
        else:
            stage = Stage.SENT
        out.append(
            Filing(
                report_id=rid,
                number=r.number or provisional_code(rid),
                printed_number=printed.get(rid),
                category=names.get(r.category_id, r.category_id),
                status=Status(r.status),
                created_at=at,
                stage=stage,
                kind=kind,
            )
        )
    return out


def day_window(now: datetime | None = None) -> tuple[datetime, datetime]:
    start = jakarta_day_start(now)
    return start, start + timedelta(days=1)
