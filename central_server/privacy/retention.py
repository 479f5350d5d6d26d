"""Retention: a reporter's (and a supporter's) identity is erased from the server a
set time after the report is closed (``IDENTITY_RETENTION_DAYS`` by default; the
reasons are in ``crm_shared.domain.privacy``).

A report is closed when its status is Selesai or Ditolak; it was closed at the time
of its last event into such a status (else its ``completed_at``, else its last
change). A report under a legal hold keeps its identities until the hold is
released. ``run`` erases in batches, each its own transaction, so a long run never
holds a lock for long and a run stopped half-way is simply continued by the next.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Exists, Select, Subquery, exists, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session, sessionmaker

from crm_shared.domain import CLOSED_STATUSES
from crm_shared.domain.privacy import IDENTITY_RETENTION_DAYS

from .. import audit, tracking_limit
from ..clock import utcnow
from ..models import Event, LegalHold, Report, ReporterIdentity, ReportSupporter
from . import journal
from .erasure import (
    erase_many,
    identity_columns,
    scrub_freed_space,
    secure_delete_on,
)

DEFAULT_AFTER = timedelta(days=IDENTITY_RETENTION_DAYS)
BATCH = 900  # below the bound-parameter limit of old SQLite builds
RETENTION_REASON = "Masa simpan identitas setelah laporan ditutup telah berakhir."
REPLAY_REASON = "Dihapus lagi dari jurnal penghapusan (basis data dipulihkan dari cadangan)."

_CLOSED = sorted(s.value for s in CLOSED_STATUSES)


def closed_at_column() -> tuple[Subquery, ColumnElement[datetime]]:
    """(subquery of the last closing event per report, the closing time expression)."""
    last_close = (
        select(Event.report_id.label("rid"), func.max(Event.at).label("at"))
        .where(Event.to_status.in_(_CLOSED))
        .group_by(Event.report_id)
        .subquery()
    )
    return last_close, func.coalesce(last_close.c.at, Report.completed_at, Report.updated_at)


def active_hold(report_id: ColumnElement[str] | InstrumentedAttribute[str]) -> Exists:
    return exists().where(LegalHold.report_id == report_id, LegalHold.released_at.is_(None))


def _holds_identity(
    model: type[ReporterIdentity] | type[ReportSupporter],
) -> ColumnElement[bool]:
    return or_(*(getattr(model, name).is_not(None) for name in identity_columns(model)))


def _due(
    model: type[ReporterIdentity] | type[ReportSupporter], cutoff: datetime, *, held: bool
) -> Select[tuple[Any]]:
    """Keys of ``model`` rows past retention (``held``: those a legal hold keeps)."""
    last_close, closed_at = closed_at_column()
    hold = active_hold(model.report_id)
    key = ReportSupporter.id if model is ReportSupporter else ReporterIdentity.report_id
    return (
        select(key)
        .join(Report, Report.id == model.report_id)
        .outerjoin(last_close, last_close.c.rid == Report.id)
        .where(
            Report.status.in_(_CLOSED),
            closed_at < cutoff,
            _holds_identity(model),
            hold if held else ~hold,
        )
        .order_by(key)
    )


@dataclass
class RetentionResult:
    cutoff: datetime
    reporters: int = 0
    supporters: int = 0
    kept_by_hold: int = 0
    replayed: int = 0
    tracking_hits: int = 0  # expired rows of the tracking page's rate limit deleted
    dry_run: bool = False
    report_ids: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, object]:
        return {
            "cutoff": self.cutoff.isoformat(),
            "reporters": self.reporters,
            "supporters": self.supporters,
            "kept_by_hold": self.kept_by_hold,
            "replayed_from_journal": self.replayed,
            "tracking_hits": self.tracking_hits,
            "dry_run": self.dry_run,
        }


def run(
    factory: sessionmaker[Session],
    *,
    after: timedelta = DEFAULT_AFTER,
    now: datetime | None = None,
    dry_run: bool = False,
    journal_file: Path | None = None,
    actor_id: str | None = None,
) -> RetentionResult:
    """Erase every identity past retention; with ``journal_file``, first erase again
    what the journal lists (a restored backup); return counts (never values)."""
    now = now or utcnow()
    result = RetentionResult(cutoff=now - after, dry_run=dry_run)
    if journal_file is not None and not dry_run:
        result.replayed = replay(factory, journal_file, now=now)
    with factory() as session:
        for model in (ReporterIdentity, ReportSupporter):
            result.kept_by_hold += len(session.execute(_due(model, result.cutoff, held=True)).all())
        if dry_run:
            for model in (ReporterIdentity, ReportSupporter):
                keys = session.execute(_due(model, result.cutoff, held=False)).scalars().all()
                if model is ReporterIdentity:
                    result.reporters = len(keys)
                    result.report_ids = [str(k) for k in keys]
                else:
                    result.supporters = len(keys)
            result.tracking_hits = tracking_limit.expired_count(
                session, tracking_limit.TrackingPolicy.from_env(), now
            )
            return result
    stamp = now.isoformat()
    for model in (ReporterIdentity, ReportSupporter):
        while True:
            with factory() as session, session.begin():
                secure_delete_on(session)
                keys = list(
                    session.execute(_due(model, result.cutoff, held=False).limit(BATCH)).scalars()
                )
                done = erase_many(
                    session,
                    model,
                    keys,
                    basis="retention",
                    actor_id=actor_id,
                    reason=RETENTION_REASON,
                    at=now,
                )
            journal.append(journal_file, done, basis="retention", at=stamp)
            if model is ReporterIdentity:
                result.reporters += len(done)
                result.report_ids += [e.report_id for e in done]
            else:
                result.supporters += len(done)
            if len(keys) < BATCH:
                break
    with factory() as session, session.begin():
        # The tracking page's hits (hashed client addresses) once no limit needs them:
        # a new hit clears them too, but a quiet page would keep them for ever.
        result.tracking_hits = tracking_limit.forget_expired(
            session, tracking_limit.TrackingPolicy.from_env(), now
        )
        audit.record(
            session, audit.AuditKind.RETENTION_RUN, actor_id=actor_id, detail=result.summary()
        )
    scrub_freed_space(factory.kw["bind"])
    return result


def replay(factory: sessionmaker[Session], path: Path, *, now: datetime) -> int:
    """Erase again every identity the journal lists that holds values (a database
    restored from a backup taken before those erasures); return how many."""
    wanted: dict[type[ReporterIdentity] | type[ReportSupporter], set[Any]] = {
        ReporterIdentity: set(),
        ReportSupporter: set(),
    }
    for entry in journal.entries(path):
        if entry.subject == "supporter" and entry.supporter_id is not None:
            wanted[ReportSupporter].add(entry.supporter_id)
        else:
            wanted[ReporterIdentity].add(entry.report_id)
    count = 0
    for model, keys in wanted.items():
        key = ReportSupporter.id if model is ReportSupporter else ReporterIdentity.report_id
        ordered = sorted(keys)
        for start in range(0, len(ordered), BATCH):
            chunk = ordered[start : start + BATCH]
            with factory() as session, session.begin():
                secure_delete_on(session)
                holding = list(
                    session.execute(
                        select(key).where(key.in_(chunk), _holds_identity(model))
                    ).scalars()
                )
                count += len(
                    erase_many(
                        session,
                        model,
                        holding,
                        basis="journal",
                        actor_id=None,
                        reason=REPLAY_REASON,
                        at=now,
                    )
                )
    return count
