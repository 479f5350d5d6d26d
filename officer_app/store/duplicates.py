"""Possible duplicates of a complaint about to be filed at the walk-in desk.

Two kinds of candidates, from the local profile (SQL, then an exact distance):

- **same place, same category**: open reports of the same category within
  ``radius_m`` (150 m) created in the last ``days`` (14);
- **similar text nearby**: open reports of any category within ``text_radius_m``
  whose description reads like this one (rapidfuzz token-set ratio).

SQL narrows by category / time / a bounding box around the point (indexes on
category and created_at do the work); the haversine distance decides. A report
filed with a kelurahan but no point matches on the kelurahan instead.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from crm_shared.domain import CLOSED_STATUSES

from .schema import Report

EARTH_RADIUS_M = 6_371_008.8  # mean Earth radius (IUGG)
_CLOSED = [s.value for s in CLOSED_STATUSES]


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True)
class DuplicateCandidate:
    report_id: str
    number: str
    category_id: str
    status: str
    description: str
    created_at: datetime
    distance_m: float | None  # None: matched on the kelurahan (no point)
    same_category: bool
    similarity: int  # 0-100, rapidfuzz token-set ratio of the descriptions
    supporters: int


def find_duplicates(
    session: Session,
    *,
    category_id: str | None,
    lat: float | None = None,
    lon: float | None = None,
    kelurahan_code: str | None = None,
    text: str = "",
    now: datetime | None = None,
    radius_m: float = 150.0,
    days: int = 14,
    text_radius_m: float = 300.0,
    min_similarity: int = 60,
    limit: int = 10,
) -> list[DuplicateCandidate]:
    """Candidates, nearest and most similar first (at most ``limit``)."""
    now = now or datetime.now(UTC)
    since = now - timedelta(days=days)
    found: dict[str, DuplicateCandidate] = {}
    base = (
        select(Report)
        .where(Report.created_at >= since)
        .where(Report.status.not_in(_CLOSED))
        .where(Report.in_scope.is_(True))
    )
    text = text.strip()
    if category_id:
        stmt = base.where(Report.category_id == category_id)
        for r, dist in _near(session, stmt, lat, lon, kelurahan_code, radius_m):
            found[r.id] = _candidate(r, dist, True, text)
    if len(text) >= 10:
        # Any category: narrowed by the kelurahan's index when it is known (no index
        # on the coordinates; a bounding box over the whole profile costs ~40 ms at 100k).
        nearby = base.where(Report.kelurahan_code == kelurahan_code) if kelurahan_code else base
        for r, dist in _near(session, nearby, lat, lon, kelurahan_code, text_radius_m):
            if r.id in found:
                continue
            cand = _candidate(r, dist, r.category_id == category_id, text)
            if cand.similarity >= min_similarity:
                found[r.id] = cand
    ranked = sorted(
        found.values(),
        key=lambda c: (
            not c.same_category,
            -c.similarity // 10,
            c.distance_m if c.distance_m is not None else 0.0,
        ),
    )
    return ranked[:limit]


def _near(
    session: Session,
    stmt: Select[Any],
    lat: float | None,
    lon: float | None,
    kelurahan_code: str | None,
    radius_m: float,
) -> list[tuple[Report, float | None]]:
    if lat is not None and lon is not None:
        dlat = math.degrees(radius_m / EARTH_RADIUS_M) * 1.01
        dlon = dlat / max(0.01, math.cos(math.radians(lat)))
        box = stmt.where(
            Report.lat.between(lat - dlat, lat + dlat), Report.lon.between(lon - dlon, lon + dlon)
        )
        out: list[tuple[Report, float | None]] = []
        for r in session.scalars(box):
            dist = haversine_m(lat, lon, r.lat or 0.0, r.lon or 0.0)
            if dist <= radius_m:
                out.append((r, dist))
        if kelurahan_code:  # reports filed by kelurahan only (no point) there too
            for r in session.scalars(
                stmt.where(Report.lat.is_(None), Report.kelurahan_code == kelurahan_code)
            ):
                out.append((r, None))
        return out
    if kelurahan_code:
        return [
            (r, None) for r in session.scalars(stmt.where(Report.kelurahan_code == kelurahan_code))
        ]
    return []


def _candidate(r: Report, dist: float | None, same: bool, text: str) -> DuplicateCandidate:
    similarity = int(fuzz.token_set_ratio(text.lower(), r.description.lower())) if text else 0
    return DuplicateCandidate(
        report_id=r.id,
        number=r.number,
        category_id=r.category_id,
        status=r.status,
        description=r.description,
        created_at=r.created_at,
        distance_m=dist,
        same_category=same,
        similarity=similarity,
        supporters=r.supporters or 0,
    )
