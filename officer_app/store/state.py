"""The profile's sync state (one row) and its copy of the server's reference data."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from .schema import Category, Officer, ReferenceBlob, SyncState, Unit


def sync_state(session: Session) -> SyncState:
    """The single sync-state row, created on first use."""
    state = session.get(SyncState, 1)
    if state is None:
        state = SyncState(id=1, cursor=0)
        session.add(state)
        session.flush()
    return state


def reference_data(session: Session) -> tuple[dict[str, Any] | None, str | None]:
    """The stored reference data and its ETag (None, None before the first sync)."""
    blob = session.get(ReferenceBlob, 1)
    if blob is None:
        return None, None
    return blob.data, blob.etag


def save_reference(session: Session, data: dict[str, Any], etag: str | None) -> bool:
    """Store new reference data and its lookup tables; True if SLA rules changed."""
    blob = session.get(ReferenceBlob, 1)
    old_rules = blob.data.get("sla_rules") if blob is not None else None
    if blob is None:
        blob = ReferenceBlob(id=1, data=data, etag=etag, fetched_at=datetime.now(UTC))
        session.add(blob)
    else:
        blob.data, blob.etag, blob.fetched_at = data, etag, datetime.now(UTC)
    session.execute(delete(Category))
    session.execute(delete(Unit))
    session.execute(delete(Officer))
    if data.get("categories"):
        session.execute(
            insert(Category),
            [
                {
                    "id": c["id"],
                    "name": c["name"],
                    "agency_unit_id": c.get("agency_unit_id"),
                    "handled_by_kelurahan": bool(c.get("handled_by_kelurahan", False)),
                }
                for c in data["categories"]
            ],
        )
    if data.get("units"):
        session.execute(
            insert(Unit),
            [
                {
                    "id": u["id"],
                    "name": u["name"],
                    "kind": u["kind"],
                    "parent_id": u.get("parent_id"),
                    "code": u.get("code"),
                }
                for u in data["units"]
            ],
        )
    if data.get("officers"):
        session.execute(
            insert(Officer),
            [
                {"id": o["id"], "name": o["name"], "role": o["role"], "unit_id": o["unit_id"]}
                for o in data["officers"]
            ],
        )
    return old_rules != data.get("sla_rules")


def categories(session: Session) -> list[Category]:
    return list(session.scalars(select(Category).order_by(Category.name)))


def units(session: Session) -> list[Unit]:
    return list(session.scalars(select(Unit).order_by(Unit.name)))


def officers(session: Session) -> list[Officer]:
    return list(session.scalars(select(Officer).order_by(Officer.name)))
