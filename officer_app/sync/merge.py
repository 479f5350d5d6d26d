"""Applying what the server sent to the local store.

Used for every page of the change feed and for the report state that comes
back with each action result. Rules (DESIGN.md, conflict policy):

- a field changed by a local action that is still waiting to be sent is kept
  (the person sees what they did); every other field takes the server's value;
- server timeline events merge in (a local pending event whose action the server
  has applied becomes the server's event: same id);
- an older server state (lower ``seq``) never replaces a newer one;
- a report that leaves this user's scope is deleted locally, unless it holds
  unsent work: then it is kept out of scope and its waiting actions move to
  "needs attention". Photo files are never deleted here.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from crm_shared.domain import SlaPolicy
from crm_shared.domain.rating import RATING_EVENT
from crm_shared.protocol.wire import AttachmentOut, EventOut, ReporterOut, ReportOut
from officer_app.store import outbox as ob
from officer_app.store import search
from officer_app.store.bulk import (
    Converter,
    sql_bool,
    sql_date,
    sql_datetime,
    sql_json,
    write_rows,
)
from officer_app.store.records import (
    SERVER_FIELDS,
    ChangeSet,
    due_at,
    protected_fields,
)
from officer_app.store.schema import Attachment, Event, OutboxItem, Report

_REPORT_COLUMNS = (*SERVER_FIELDS, "version", "seq", "server_status")
_UPDATE_ON_CONFLICT = (*_REPORT_COLUMNS, "due_at", "in_scope", "synced_at")
_REPORT_CONVERT: dict[str, Converter] = {
    **dict.fromkeys(
        ("created_at", "landed_at", "first_response_at", "followup_at", "completed_at"),
        sql_datetime,
    ),
    "due_at": sql_datetime,
    "synced_at": sql_datetime,
    "estimated_completion": sql_date,
    "is_private": sql_bool,
    "in_scope": sql_bool,
    "reporter": sql_json,
}
_EVENT_CONVERT: dict[str, Converter] = {"at": sql_datetime, "pending": sql_bool}
_ATTACHMENT_CONVERT: dict[str, Converter] = {
    "captured_at": sql_datetime,
    "reused": sql_bool,
    "pending": sql_bool,
    "meta": sql_json,
}


def report_values(report: ReportOut) -> dict[str, Any]:
    """The server's columns of one report (reporter as the server showed it).

    Enum members are str subclasses: SQLite stores them as their text, and
    reading ``.value`` for every field of every row costs more than it seems.
    """
    return {
        "id": report.id,
        "number": report.number,
        "category_id": report.category_id,
        "channel": report.channel,
        "status": report.status,
        "description": report.description,
        "address": report.address,
        "lat": report.lat,
        "lon": report.lon,
        "kelurahan_code": report.kelurahan_code,
        "unit_id": report.unit_id,
        "assignee_id": report.assignee_id,
        "is_private": report.is_private,
        "priority": report.priority,
        "created_at": report.created_at,
        "landed_at": report.landed_at,
        "first_response_at": report.first_response_at,
        "followup_at": report.followup_at,
        "completed_at": report.completed_at,
        "estimated_completion": report.estimated_completion,
        "duplicate_of": report.duplicate_of,
        "supporters": report.supporters,
        "reporter": report.reporter.model_dump(exclude_none=True),
        "version": report.version,
        "seq": report.seq,
        "server_status": report.status,
    }


def event_values(report_id: str, event: EventOut) -> dict[str, Any]:
    return {
        "id": event.id,
        "report_id": report_id,
        "type": event.type,
        "actor_id": event.actor_id,
        "actor_name": event.actor_name,
        "at": event.at,
        "from_status": event.from_status,
        "to_status": event.to_status,
        "note": event.note,
        "reason": event.reason,
        "target_unit_id": event.target_unit_id,
        "assignee_id": event.assignee_id,
        "action_id": event.action_id,
        "rating": event.rating,
        "pending": False,
    }


def attachment_values(report_id: str, att: AttachmentOut) -> dict[str, Any]:
    return {
        "report_id": report_id,
        "sha256": att.sha256,
        "kind": att.kind,
        "event_id": att.event_id,
        "content_type": att.content_type,
        "size": att.size,
        "captured_at": att.captured_at,
        "lat": att.lat,
        "lon": att.lon,
        "reused": att.reused,
        "meta": {},
        "pending": False,
    }


def apply_reports(
    session: Session,
    reports: Sequence[ReportOut],
    *,
    policy: SlaPolicy,
    now: datetime,
) -> ChangeSet:
    """Upsert server reports with their timelines and photos, in the caller's transaction."""
    changes = ChangeSet()
    if not reports:
        return changes
    # The feed may list a report once per page at most, but action results can
    # repeat one: keep the newest state of each.
    newest: dict[str, ReportOut] = {}
    for rep in reports:
        if rep.id not in newest or rep.seq >= newest[rep.id].seq:
            newest[rep.id] = rep
    ids = list(newest)
    cols = [getattr(Report, c) for c in _REPORT_COLUMNS]
    existing = {
        row.id: row._asdict()
        for row in session.execute(select(Report.id, *cols).where(Report.id.in_(ids)))
    }
    waiting = ob.waiting_types_by_report(session)
    if NEW_REPORTS_IN_BULK and not existing and waiting.keys().isdisjoint(newest):
        # Every report is new to this profile (an initial sync's pages): plain inserts.
        insert_new_reports(session, list(newest.values()), policy=policy, now=now)
        changes.changed.update((rid, {"*"}) for rid in newest)
        return changes
    # Citizens' ratings already here: a new one moves the dashboard's figures.
    rated = set(
        session.scalars(
            select(Event.id).where(Event.report_id.in_(ids), Event.type == RATING_EVENT)
        )
    )

    bulk: list[dict[str, Any]] = []
    protected_rows: list[tuple[str, dict[str, Any]]] = []
    applied_ids: list[str] = []
    for rid, rep in newest.items():
        values = report_values(rep)
        old = existing.get(rid)
        if old is not None and old["seq"] > rep.seq:
            continue  # an older state than ours (e.g. a replayed duplicate answer)
        applied_ids.append(rid)
        keep = protected_fields(waiting.get(rid, ()))
        if old is None:
            changes.mark(rid, {"*"})
        else:
            changes.mark(
                rid,
                {f for f in SERVER_FIELDS if f not in keep and old[f] != values[f]} | {"timeline"},
            )
            if any(e.type == RATING_EVENT and e.id not in rated for e in rep.events):
                changes.mark(rid, {"rating"})
        if old is not None and keep:
            merged = {**values, **{f: old[f] for f in keep}}
            merged["due_at"] = due_at(merged, policy)
            protected_rows.append((rid, {f: merged[f] for f in merged if f not in keep}))
        else:
            values["due_at"] = due_at(values, policy)
            values.update(in_scope=True, pending_count=0, synced_at=now)
            bulk.append(values)

    write_rows(
        session,
        "reports",
        bulk,
        convert=_REPORT_CONVERT,
        conflict="id",
        update=_UPDATE_ON_CONFLICT,
    )
    for rid, values in protected_rows:
        values.pop("id", None)
        session.execute(
            update(Report).where(Report.id == rid).values(**values, in_scope=True, synced_at=now)
        )
    if not applied_ids:
        return changes

    _merge_events(session, [newest[i] for i in applied_ids])
    known = [i for i in applied_ids if i in existing]
    _merge_attachments(session, [newest[i] for i in applied_ids], known)
    search.unindex(session, known)
    search.index_new(session, applied_ids)
    ob.refresh_pending_counts(session, [i for i in applied_ids if i in waiting])
    return changes


# The new-reports path of ``apply_reports`` (False: every page takes the general
# path; the test that compares both profiles sets it).
NEW_REPORTS_IN_BULK = True

# In the order of ``insert_new_reports``'s tuples (a test checks they are the columns
# the general path writes).
_NEW_REPORT_COLUMNS = (
    "id", "number", "category_id", "channel", "status", "description", "address", "lat",
    "lon", "kelurahan_code", "unit_id", "assignee_id", "is_private", "priority",
    "created_at", "landed_at", "first_response_at", "followup_at", "completed_at",
    "estimated_completion", "duplicate_of", "supporters", "reporter", "version", "seq",
    "server_status", "due_at", "in_scope", "pending_count", "synced_at",
)  # fmt: skip
_INSERT_REPORTS = (
    f"INSERT INTO reports ({', '.join(_NEW_REPORT_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(_NEW_REPORT_COLUMNS))})"
)
_EVENT_COLUMNS = (
    "id", "report_id", "type", "actor_id", "actor_name", "at", "from_status", "to_status",
    "note", "reason", "target_unit_id", "assignee_id", "action_id", "rating", "pending",
)  # fmt: skip
_INSERT_EVENTS = (
    f"INSERT INTO events ({', '.join(_EVENT_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(_EVENT_COLUMNS))})"
)


def insert_new_reports(
    session: Session, reports: Sequence[ReportOut], *, policy: SlaPolicy, now: datetime
) -> None:
    """``apply_reports`` for reports none of which this profile holds, none with
    waiting work, each listed once: the rows the general path would write, in the
    same order (so the same ``rid``), as plain INSERTs of tuples built in one pass.

    What makes it the same: with no row to conflict with, an upsert is an insert;
    no local field to protect, no old timeline, photo or index row to replace. An
    event id the profile already holds (only a server that reuses ids across
    reports sends one) fails the plain insert: that insert is rolled back to its
    savepoint and the general upsert runs instead.
    """
    dt, synced = sql_datetime, sql_datetime(now)
    rows = []
    for r in reports:
        due = due_at(
            {
                "channel": r.channel, "status": r.status, "created_at": r.created_at,
                "landed_at": r.landed_at, "first_response_at": r.first_response_at,
                "followup_at": r.followup_at, "estimated_completion": r.estimated_completion,
                "category_id": r.category_id,
            },
            policy,
        )  # fmt: skip
        reporter = _reporter_text(r.reporter)
        rows.append((
            r.id, r.number, r.category_id, r.channel, r.status, r.description, r.address,
            r.lat, r.lon, r.kelurahan_code, r.unit_id, r.assignee_id, sql_bool(r.is_private),
            r.priority, dt(r.created_at), dt(r.landed_at), dt(r.first_response_at),
            dt(r.followup_at), dt(r.completed_at), sql_date(r.estimated_completion),
            r.duplicate_of, r.supporters, reporter, r.version, r.seq, r.status,
            dt(due), 1, 0, synced,
        ))  # fmt: skip
    connection = session.connection()
    last_rid = connection.exec_driver_sql("SELECT coalesce(max(rid), 0) FROM reports").scalar()
    connection.exec_driver_sql(_INSERT_REPORTS, rows)
    events = [
        (e.id, r.id, e.type, e.actor_id, e.actor_name, dt(e.at), e.from_status, e.to_status,
         e.note, e.reason, e.target_unit_id, e.assignee_id, e.action_id, e.rating, 0)
        for r in reports for e in r.events
    ]  # fmt: skip
    if events:
        connection.exec_driver_sql("SAVEPOINT new_events")
        try:
            connection.exec_driver_sql(_INSERT_EVENTS, events)
        except IntegrityError:
            connection.exec_driver_sql("ROLLBACK TO new_events")
            connection.exec_driver_sql("RELEASE new_events")
            _merge_events(session, reports)
        else:
            connection.exec_driver_sql("RELEASE new_events")
            _drop_confirmed_events(session, reports)
    _merge_attachments(session, reports, [])
    # ``rid`` is the table's INTEGER PRIMARY KEY: SQLite gives each new row the
    # largest rid + 1, so the new rows are the rids after ``last_rid`` (checked;
    # the list of ids otherwise).
    last_rid = int(last_rid or 0)
    top = connection.exec_driver_sql("SELECT max(rid) FROM reports").scalar()
    if top == last_rid + len(rows):
        search.index_after(session, last_rid)
    else:
        search.index_new(session, [r.id for r in reports])


# The stored text of reporters without identity fields (every role's but a
# validator's: ``{"hidden": true, "anonymous": false}``), made once, not per report.
# Nothing with an identity in it is kept here.
_PLAIN_REPORTERS: dict[tuple[Any, ...], str] = {}


def _reporter_text(reporter: ReporterOut) -> str:
    key = tuple(reporter.__dict__.values())
    text = _PLAIN_REPORTERS.get(key)
    if text is None:
        text = sql_json(reporter.model_dump(exclude_none=True))
        plain = (reporter.name, reporter.nik, reporter.phone, reporter.address) == (None,) * 4
        if plain and len(_PLAIN_REPORTERS) < 16:
            _PLAIN_REPORTERS[key] = text
    return text


def _merge_events(session: Session, reports: Sequence[ReportOut]) -> None:
    rows = [event_values(r.id, e) for r in reports for e in r.events]
    if not rows:
        return
    write_rows(
        session,
        "events",
        rows,
        convert=_EVENT_CONVERT,
        conflict="id",
        update=[c for c in rows[0] if c != "id"],
    )
    _drop_confirmed_events(session, reports)


def _drop_confirmed_events(session: Session, reports: Sequence[ReportOut]) -> None:
    # A server that gave an applied action's event its own id: drop our copy.
    confirmed = [
        e.action_id for r in reports for e in r.events if e.action_id and e.action_id != e.id
    ]
    if confirmed:
        session.execute(delete(Event).where(Event.id.in_(confirmed), Event.pending.is_(True)))


_DROP_CONFIRMED = text(
    "DELETE FROM attachments WHERE pending = 1 AND report_id IN :ids AND EXISTS "
    "(SELECT 1 FROM attachments s WHERE s.pending = 0 AND s.report_id = attachments.report_id "
    "AND s.sha256 = attachments.sha256)"
).bindparams(bindparam("ids", expanding=True))


def _merge_attachments(session: Session, reports: Sequence[ReportOut], known: list[str]) -> None:
    local_meta: dict[tuple[str, str], dict[str, Any]] = {}
    if known:
        # Facts about our own photos (camera, original hash) survive every re-listing.
        rows_meta = session.execute(
            select(Attachment.report_id, Attachment.sha256, Attachment.meta).where(
                Attachment.report_id.in_(known)
            )
        ).tuples()
        local_meta = {(rid, sha): meta for rid, sha, meta in rows_meta if meta}
        session.execute(
            delete(Attachment).where(Attachment.report_id.in_(known), Attachment.pending.is_(False))
        )
    rows = [attachment_values(r.id, a) for r in reports for a in r.attachments]
    for row in rows:
        row["meta"] = local_meta.get((row["report_id"], row["sha256"]), {})
    write_rows(session, "attachments", rows, convert=_ATTACHMENT_CONVERT)
    if known and rows:
        session.execute(_DROP_CONFIRMED, {"ids": known})


@dataclass
class RemovedOutcome:
    deleted: int = 0
    kept_with_work: int = 0  # out of scope, their waiting work moved to needs attention


def apply_removed(
    session: Session, report_ids: Collection[str], *, now: datetime, changes: ChangeSet
) -> RemovedOutcome:
    """Reports gone from this user's scope."""
    outcome = RemovedOutcome()
    if not report_ids:
        return outcome
    present = set(session.scalars(select(Report.id).where(Report.id.in_(list(report_ids)))))
    with_work = ob.reports_with_outbox(session, present)
    reporters = dict(
        session.execute(select(Report.id, Report.reporter).where(Report.id.in_(list(with_work))))
        .tuples()
        .all()
    )
    if any(holds_identity(r) for r in reporters.values()):
        secure_delete_on(session)
    for rid in with_work:
        # Kept only for the unsent work: the reporter's identity (a validator's view)
        # is no longer needed here, and goes (UU 27/2022: keep no more than needed).
        session.execute(
            update(Report)
            .where(Report.id == rid)
            .values(in_scope=False, reporter=hidden_reporter(reporters.get(rid)))
        )
        waiting = session.scalars(
            select(OutboxItem).where(
                OutboxItem.report_id == rid, OutboxItem.state.in_(ob.WAITING_STATES)
            )
        )
        for item in waiting:
            ob.needs_attention(session, item, ob.MOVED_AWAY_CODE, ob.MOVED_AWAY_MESSAGE, now)
        changes.mark(rid, {"in_scope", "reporter"})
        outcome.kept_with_work += 1
    if with_work:
        session.flush()
        ob.refresh_pending_counts(session, with_work)
    drop = present - with_work
    if drop:
        _secure_if_identities(session, drop)
        search.unindex(session, drop)
        session.execute(delete(Report).where(Report.id.in_(list(drop))))  # cascades
        for rid in drop:
            changes.drop(rid)
        outcome.deleted = len(drop)
    return outcome


def drop_unseen(session: Session, seen: Collection[str], changes: ChangeSet) -> int:
    """After a full re-pull: delete server reports the server no longer lists.

    Reports holding unsent work, and reports the server never had (created here,
    not yet sent), stay.
    """
    seen_set = set(seen)
    local = set(
        session.scalars(
            select(Report.id).where(Report.server_status.is_not(None), Report.in_scope.is_(True))
        )
    )
    stale = local - seen_set
    stale -= ob.reports_with_outbox(session, stale)
    if stale:
        _secure_if_identities(session, stale)
        search.unindex(session, stale)
        session.execute(delete(Report).where(Report.id.in_(list(stale))))
        for rid in stale:
            changes.drop(rid)
    return len(stale)


def hidden_reporter(reporter: Any) -> dict[str, Any]:
    """The reporter as every role but a validator sees it: hidden, "anonymous" kept."""
    anonymous = isinstance(reporter, dict) and bool(reporter.get("anonymous", False))
    return {"hidden": True, "anonymous": anonymous}


def holds_identity(reporter: Any) -> bool:
    return isinstance(reporter, dict) and any(
        reporter.get(k) for k in ("name", "nik", "phone", "email", "address")
    )


def secure_delete_on(session: Session) -> None:
    """Zero what is deleted or overwritten from here on in this connection: a reporter's
    identity does not stay readable in the profile's free pages."""
    session.execute(text("PRAGMA secure_delete = ON"))


def _secure_if_identities(session: Session, report_ids: Collection[str]) -> None:
    """Before deleting reports: secure_delete when any of them holds an identity (only
    a validator's profile ever does; everybody else's deletes stay fast)."""
    ids = list(report_ids)
    for start in range(0, len(ids), 500):
        rows = session.scalars(
            select(Report.reporter).where(Report.id.in_(ids[start : start + 500]))
        )
        if any(holds_identity(r) for r in rows):
            secure_delete_on(session)
            return
