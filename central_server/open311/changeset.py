"""The Open311 ``changeset``: when the service list last changed, the same for every worker.

It used to live in one process's memory, so with several workers a client saw the
changeset jump between workers (each had first seen the list at another time) and
refreshed its services on every request. Now it is a row (models.Changeset): the
first process that sees a new fingerprint of the list records the time; a
concurrent one finds the fingerprint already there and keeps that time.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ..clock import as_utc, utcnow
from ..models import Changeset

SERVICES = "open311_services"


def fingerprint(items: list[dict[str, Any]]) -> str:
    return hashlib.sha256(
        json.dumps(items, sort_keys=True, ensure_ascii=False).encode()
    ).hexdigest()


def known_changeset(session: Session, services: list[dict[str, Any]]) -> datetime | None:
    """The recorded changeset when ``services`` is the list recorded; else None (a read)."""
    row = session.get(Changeset, SERVICES)
    if row is not None and row.fingerprint == fingerprint(services):
        return as_utc(row.changed_at)
    return None


def record_changeset(session: Session, services: list[dict[str, Any]]) -> datetime:
    """Record ``services`` as the current list (in the caller's write transaction)."""
    mark = fingerprint(services)
    values = {"name": SERVICES, "fingerprint": mark, "changed_at": utcnow().replace(microsecond=0)}
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    stmt = insert(Changeset).values(values)
    # Only a different fingerprint moves the time: a worker that races another one
    # to record the same new list keeps the time the first one recorded.
    stmt = stmt.on_conflict_do_update(
        index_elements=[Changeset.name],
        set_={"fingerprint": stmt.excluded.fingerprint, "changed_at": stmt.excluded.changed_at},
        where=Changeset.fingerprint != stmt.excluded.fingerprint,
    )
    session.execute(stmt)
    session.expire_all()
    return as_utc(
        session.execute(select(Changeset.changed_at).where(Changeset.name == SERVICES)).scalar_one()
    )
