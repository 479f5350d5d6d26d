"""Erasing one identity: the reporter of a report, or one supporter of it.

The identity's values (name, NIK, phone, address) become NULL; the report,
its timeline, its photos and the row's ``anonymous`` flag stay. One
``identity_erasures`` row says what was erased, when, on what basis and why, and
an audit entry says the same (never a value). ``scrub_freed_space`` then makes the
old values unreadable in the database files themselves.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, insert, select, text, update
from sqlalchemy.orm import Session

from .. import audit
from ..models import AuditEntry, IdentityErasure, Report, ReporterIdentity, ReportSupporter

IDENTITY_FIELDS = ("name", "nik", "phone", "address")  # no e-mail is stored


def identity_columns(model: type[ReporterIdentity] | type[ReportSupporter]) -> list[str]:
    """The identity columns this table has (a supporter has no e-mail)."""
    columns = model.__table__.columns
    return [name for name in IDENTITY_FIELDS if name in columns]


def holds_identity(row: ReporterIdentity | ReportSupporter) -> bool:
    return any(getattr(row, name) for name in identity_columns(type(row)))


@dataclass(frozen=True)
class Erased:
    report_id: str
    subject: str  # "reporter" | "supporter"
    supporter_id: int | None


def erase(
    session: Session,
    row: ReporterIdentity | ReportSupporter,
    *,
    basis: str,
    actor_id: str | None,
    reason: str,
    at: datetime,
    unit_id: str | None = None,
) -> Erased:
    """Erase ``row``'s identity in the caller's transaction (with its two records)."""
    subject = "supporter" if isinstance(row, ReportSupporter) else "reporter"
    supporter_id = row.id if isinstance(row, ReportSupporter) else None
    fields = [name for name in identity_columns(type(row)) if getattr(row, name)]
    for name in identity_columns(type(row)):
        setattr(row, name, None)
    session.add(
        IdentityErasure(
            report_id=row.report_id,
            subject=subject,
            supporter_id=supporter_id,
            basis=basis,
            actor_id=actor_id,
            reason=reason,
            at=at,
        )
    )
    audit.record(
        session,
        audit.AuditKind.IDENTITY_ERASE,
        actor_id=actor_id,
        report_id=row.report_id,
        unit_id=unit_id,
        detail={
            "subject": subject,
            "supporter_id": supporter_id,
            "basis": basis,
            "fields": fields,
            "reason": reason,
        },
        at=at,
    )
    return Erased(row.report_id, subject, supporter_id)


def erase_many(
    session: Session,
    model: type[ReporterIdentity] | type[ReportSupporter],
    keys: Sequence[Any],
    *,
    basis: str,
    actor_id: str | None,
    reason: str,
    at: datetime,
) -> list[Erased]:
    """``erase`` for many rows at once (retention): one UPDATE, two bulk INSERTs.

    ``keys``: report ids (reporters) or supporter ids. The same records as ``erase``.
    """
    if not keys:
        return []
    supporter = model is ReportSupporter
    key = ReportSupporter.id if supporter else ReporterIdentity.report_id
    names = identity_columns(model)
    columns = [getattr(model, n) for n in names]
    rows = session.execute(
        select(key, model.report_id, Report.unit_id, *columns)
        .join(Report, Report.id == model.report_id)
        .where(key.in_(list(keys)))
    ).all()
    session.execute(update(model).where(key.in_(list(keys))).values(dict.fromkeys(names)))
    erased: list[Erased] = []
    records: list[dict[str, Any]] = []
    entries: list[dict[str, Any]] = []
    for row in rows:
        supporter_id = int(row[0]) if supporter else None
        report_id, unit_id = str(row[1]), row[2]
        fields = [n for n, value in zip(names, row[3:], strict=True) if value]
        subject = "supporter" if supporter else "reporter"
        erased.append(Erased(report_id, subject, supporter_id))
        records.append(
            {
                "report_id": report_id,
                "subject": subject,
                "supporter_id": supporter_id,
                "basis": basis,
                "actor_id": actor_id,
                "reason": reason,
                "at": at,
            }
        )
        entries.append(
            {
                "at": at,
                "actor_id": actor_id,
                "kind": audit.AuditKind.IDENTITY_ERASE,
                "report_id": report_id,
                "unit_id": unit_id,
                "detail": {
                    "subject": subject,
                    "supporter_id": supporter_id,
                    "basis": basis,
                    "fields": fields,
                    "reason": reason,
                },
            }
        )
    if records:
        session.execute(insert(IdentityErasure), records)
        session.execute(insert(AuditEntry), entries)
    return erased


def secure_delete_on(session: Session) -> None:
    """SQLite: overwrite freed space with zeros in this session's connection, so an
    erased value is not left in a free page."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA secure_delete = ON"))


def scrub_freed_space(engine: Engine) -> None:
    """After erasing: the old values leave the files too.

    SQLite: the WAL still holds the pages written before the erasure; a TRUNCATE
    checkpoint copies the new pages into the database and empties the WAL.
    PostgreSQL: an UPDATE leaves the old row version as a dead tuple until VACUUM;
    VACUUM of the two identity tables removes them now rather than at autovacuum's
    leisure.
    """
    if engine.dialect.name == "sqlite":
        # Outside any transaction (the engine's BEGIN hook would wrap it in one). With
        # readers still active the WAL is only partly reset: checked, never raised,
        # and the next checkpoint of the server finishes it.
        raw = engine.raw_connection()
        try:
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
        finally:
            raw.close()
    elif engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM reporter_identities, report_supporters")
