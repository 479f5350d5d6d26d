"""The validator's queue, read from the profile (no Qt).

Reports waiting for validation with the photos of their latest follow-up, each
photo's capture time and place compared with the report's; a photo whose original
file was used on another report here is flagged (besides the server's ``reused``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from crm_shared.domain import PhotoKind, Status

from .db import Store
from .schema import Attachment, Category, Report, Unit


@dataclass(frozen=True)
class PhotoFacts:
    sha256: str
    kind: str
    captured_at: datetime | None
    lat: float | None
    lon: float | None
    reused: bool  # the server's flag, or the local original hash seen on another report
    distance_m: float | None  # from the report's place
    hours_after_report: float | None  # capture time minus report time (negative: before it)
    path: Path | None = None


@dataclass
class ValidationItem:
    id: str
    number: str
    category: str
    kelurahan: str
    created_at: datetime
    lat: float | None
    lon: float | None
    address: str
    description: str
    reporter: dict[str, Any] = field(default_factory=dict)
    photos: list[PhotoFacts] = field(default_factory=list)


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (haversine)."""
    r = 6_371_000.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def load_validation(store: Store, photos: Any) -> list[ValidationItem]:
    """Reports waiting for validation with their latest follow-up's photos (worker)."""
    with store.read() as s:
        reports = list(
            s.scalars(
                select(Report)
                .where(
                    Report.in_scope.is_(True),
                    Report.status == Status.MENUNGGU_VALIDASI.value,
                )
                .order_by(Report.followup_at, Report.created_at)
            )
        )
        ids = [r.id for r in reports]
        categories = dict(s.execute(select(Category.id, Category.name)).tuples().all())
        kelurahan = {
            c: n
            for c, n in s.execute(
                select(Unit.code, Unit.name).where(Unit.kind == "kelurahan")
            ).tuples()
            if c
        }
        attachments = list(
            s.scalars(
                select(Attachment)
                .where(Attachment.report_id.in_(ids))
                .order_by(Attachment.report_id, Attachment.id)
            )
        )
        # Originals seen locally on other reports (a re-encoded copy has another hash).
        originals = {
            str(a.meta.get("original_sha256"))
            for a in attachments
            if a.meta and a.meta.get("original_sha256")
        }
        seen: dict[str, set[str]] = {}
        if originals:
            for sha, rid in s.execute(
                select(Attachment.sha256, Attachment.report_id).where(
                    Attachment.sha256.in_(originals)
                )
            ).tuples():
                seen.setdefault(sha, set()).add(rid)
            for att in s.scalars(
                select(Attachment).where(
                    func.json_extract(Attachment.meta, "$.original_sha256").in_(originals)
                )
            ):
                seen.setdefault(str(att.meta.get("original_sha256")), set()).add(att.report_id)
    by_report: dict[str, list[Attachment]] = {}
    for a in attachments:
        by_report.setdefault(a.report_id, []).append(a)
    items = []
    for r in reports:
        atts = by_report.get(r.id, [])
        followups = [a for a in atts if a.kind in (PhotoKind.BEFORE, PhotoKind.AFTER)]
        latest = followups[-1].event_id if followups else None
        shown = [a for a in followups if a.event_id == latest] or followups
        facts = []
        for a in shown:
            original = (a.meta or {}).get("original_sha256")
            local_reuse = bool(original) and bool(seen.get(str(original), set()) - {r.id})
            dist = (
                distance_m(r.lat, r.lon, a.lat, a.lon)
                if r.lat is not None
                and r.lon is not None
                and a.lat is not None
                and a.lon is not None
                else None
            )
            hours = (
                (a.captured_at - r.created_at).total_seconds() / 3600
                if a.captured_at is not None
                else None
            )
            path = photos.path(a.sha256) if photos.has(a.sha256) else None
            facts.append(
                PhotoFacts(
                    a.sha256,
                    a.kind,
                    a.captured_at,
                    a.lat,
                    a.lon,
                    bool(a.reused) or local_reuse,
                    dist,
                    hours,
                    path,
                )
            )
        items.append(
            ValidationItem(
                id=r.id,
                number=r.number,
                category=categories.get(r.category_id, r.category_id),
                kelurahan=kelurahan.get(r.kelurahan_code or "", r.kelurahan_code or ""),
                created_at=r.created_at,
                lat=r.lat,
                lon=r.lon,
                address=r.address,
                description=r.description,
                reporter=dict(r.reporter or {}),
                photos=facts,
            )
        )
    return items
