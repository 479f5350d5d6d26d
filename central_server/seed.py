"""Put a seed plan (central_server.seed_plan) into an empty database, fast.

Core executemany in batches: 50,000 reports with their events take seconds, not
minutes. Reports get change sequence numbers in the order they were created, and
the counters (change sequence, daily report numbers) continue after the seed.

With a media directory, the follow-up photos the plan asks for (a capped number,
see ``seed_plan.MAX_PHOTO_REPORTS``) are drawn (``seed_photos``) and stored there
content-addressed, with their media and attachment rows, as if the officers'
workstations had uploaded them. Without one, the seed has no photos.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select

from .clock import as_utc, utcnow
from .media_store import store_bytes
from .models import (
    Attachment,
    Category,
    Counter,
    Event,
    Media,
    Officer,
    Report,
    ReporterIdentity,
    SlaRuleRow,
    Unit,
)
from .numbering import CHANGE_SEQ, number_counter_name
from .passwords import hash_password

log = logging.getLogger(__name__)
BATCH = 1000


def seed_if_empty(
    engine: Engine,
    data_dir: Path | None,
    n_reports: int,
    seed: int,
    *,
    demo_users: bool = True,
    now: datetime | None = None,
    media_dir: Path | None = None,
) -> bool:
    """Seed when the database has no units yet; return whether it seeded.

    Follow-up photos are seeded only with ``media_dir`` (where the server keeps media).
    """
    with engine.connect() as conn:
        if conn.execute(select(func.count()).select_from(Unit)).scalar_one():
            return False
    from .seed_plan import build_plan

    plan = build_plan(data_dir, n_reports, seed, now or utcnow(), demo_users=demo_users)
    photos = insert_plan(engine, plan, media_dir=media_dir)
    log.info(
        "seeded %d units, %d officers, %d reports, %d photos",
        len(plan.units),
        len(plan.officers),
        len(plan.reports),
        photos,
    )
    return True


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _batches(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _insert(conn: Connection, table: Any, rows: Iterable[dict[str, Any]]) -> None:
    for batch in _batches(rows):
        conn.execute(insert(table), batch)


def _parents_first(units: Sequence[Any]) -> list[Any]:
    """Order units so that every parent is inserted before its children (foreign key)."""
    by_id = {u.id: u for u in units}
    done: set[str] = set()
    ordered: list[Any] = []

    def visit(unit: Any) -> None:
        if unit.id in done:
            return
        done.add(unit.id)
        parent = by_id.get(unit.parent_id) if unit.parent_id else None
        if parent is not None:
            visit(parent)
        ordered.append(unit)

    for unit in units:
        visit(unit)
    return ordered


def _photo_rows(
    reports: Sequence[Any], media_dir: Path
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Draw and store the follow-up photos of ``reports``: (media rows, attachment rows)."""
    from .seed_photos import render

    media: dict[str, dict[str, Any]] = {}
    attachments: list[dict[str, Any]] = []
    for r in reports:
        for e in r.events:
            for photo in getattr(e, "photos", ()):
                data = render(
                    seed=photo.scene,
                    problem=photo.problem,
                    after=photo.kind == "after",
                    captured_at=photo.captured_at,
                    lat=photo.lat,
                    lon=photo.lon,
                )
                stored = store_bytes(media_dir, data)
                media.setdefault(
                    stored.sha256,
                    {
                        "sha256": stored.sha256,
                        "size": stored.size,
                        "content_type": stored.content_type,
                        "uploaded_by": e.actor_id,
                        "created_at": e.at,
                    },
                )
                attachments.append(
                    {
                        "report_id": r.id,
                        "sha256": stored.sha256,
                        "kind": photo.kind,
                        "event_id": e.id,
                        "original_sha256": None,
                        "captured_at": photo.captured_at,
                        "lat": photo.lat,
                        "lon": photo.lon,
                    }
                )
    return list(media.values()), attachments


def insert_plan(engine: Engine, plan: Any, *, media_dir: Path | None = None) -> int:
    """Insert every part of ``plan`` in one transaction; return how many photos.

    The plan's follow-up photos are drawn and stored only with ``media_dir``.
    """
    hashes: dict[str, str] = {}  # one scrypt per distinct password: demo users share one

    def password_hash(password: str) -> str:
        if password not in hashes:
            hashes[password] = hash_password(password)
        return hashes[password]

    reports = sorted(plan.reports, key=lambda r: (as_utc(r.created_at), r.id))
    media: list[dict[str, Any]] = []
    attachments: list[dict[str, Any]] = []
    if media_dir is not None:  # drawn before the transaction: it holds the write lock
        media, attachments = _photo_rows(reports, media_dir)
    with engine.begin() as conn:
        _insert(
            conn,
            Unit.__table__,
            (
                {
                    "id": u.id,
                    "name": u.name,
                    "kind": _plain(u.kind),
                    "parent_id": u.parent_id,
                    "code": u.code,
                    "bps_code": u.bps_code,
                }
                for u in _parents_first(plan.units)
            ),
        )
        _insert(
            conn,
            Category.__table__,
            (
                {
                    "id": c.id,
                    "name": c.name,
                    "agency_unit_id": c.agency_unit_id,
                    "handled_by_kelurahan": bool(c.handled_by_kelurahan),
                }
                for c in plan.categories
            ),
        )
        _insert(
            conn,
            Officer.__table__,
            (
                {
                    "id": o.id,
                    "name": o.name,
                    "role": _plain(o.role),
                    "unit_id": o.unit_id,
                    "password_hash": password_hash(o.password),
                    "failed_logins": 0,
                    "locked_until": None,
                    "active": True,
                    "is_demo": bool(o.is_demo),
                }
                for o in plan.officers
            ),
        )
        _insert(
            conn,
            SlaRuleRow.__table__,
            (
                {
                    "category_id": r.category_id,
                    "channel": _plain(r.channel),
                    "response_hours": r.response_hours,
                    "followup_days": r.followup_days,
                    "answer_days": r.answer_days,
                }
                for r in plan.sla_rules
            ),
        )
        _insert(
            conn, Report.__table__, (_report_row(r, seq) for seq, r in enumerate(reports, start=1))
        )
        _insert(
            conn,
            ReporterIdentity.__table__,
            (_identity_row(r) for r in reports if r.reporter is not None),
        )
        _insert(
            conn,
            Event.__table__,
            (
                {
                    "id": e.id,
                    "report_id": r.id,
                    "type": _plain(e.type),
                    "actor_id": e.actor_id,
                    "at": e.at,
                    "from_status": _plain(e.from_status),
                    "to_status": _plain(e.to_status),
                    "note": e.note,
                    "reason": e.reason,
                    "target_unit_id": e.target_unit_id,
                    "assignee_id": getattr(e, "assignee_id", None),
                    "action_id": None,
                }
                for r in reports
                for e in r.events
            ),
        )
        _insert(conn, Media.__table__, media)
        _insert(conn, Attachment.__table__, attachments)
        _insert(conn, Counter.__table__, _counter_rows(reports))
    return len(attachments)


def _report_row(r: Any, seq: int) -> dict[str, Any]:
    times = [r.created_at] + [e.at for e in r.events]
    return {
        "id": r.id,
        "number": r.number,
        "category_id": r.category_id,
        "channel": _plain(r.channel),
        "status": _plain(r.status),
        "description": r.description,
        "address": r.address or "",
        "lat": r.lat,
        "lon": r.lon,
        "kelurahan_code": r.kelurahan_code,
        "unit_id": r.unit_id,
        "assignee_id": r.assignee_id,
        "created_by": r.created_by,
        "is_private": bool(r.is_private),
        "priority": _plain(r.priority) or "normal",
        "created_at": r.created_at,
        "landed_at": r.landed_at,
        "first_response_at": r.first_response_at,
        "followup_at": r.followup_at,
        "completed_at": r.completed_at,
        "estimated_completion": r.estimated_completion,
        "duplicate_of": getattr(r, "duplicate_of", None),
        "supporters": getattr(r, "supporters", 0) or 0,
        "version": 1 + len(r.events),
        "seq": seq,
        "updated_at": max(as_utc(t) for t in times),
    }


def _identity_row(r: Any) -> dict[str, Any]:
    who = r.reporter or {}
    return {
        "report_id": r.id,
        "anonymous": bool(who.get("anonymous", False)),
        "name": who.get("name"),
        "nik": who.get("nik"),
        "phone": who.get("phone"),
        "address": who.get("address"),
    }


def _counter_rows(reports: Sequence[Any]) -> list[dict[str, Any]]:
    """The change sequence and, per day, the highest daily report number used."""
    daily: dict[str, int] = {}
    for r in reports:
        number = str(r.number)
        if len(number) == 12 and number.startswith("JK") and number[2:].isdigit():
            day, sequence = number[2:8], int(number[8:])
            daily[day] = max(daily.get(day, 0), sequence)
    rows = [{"name": CHANGE_SEQ, "value": len(reports)}]
    rows += [{"name": number_counter_name(day), "value": v} for day, v in sorted(daily.items())]
    return rows
