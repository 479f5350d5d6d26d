"""POST /api/v1/sync/actions: apply a batch of outbox actions, each at most once.

Each action runs in its own transaction: one that fails never affects another.
Every rule comes from crm_shared.domain; this module only adds what needs the
database (scope, existence of units, officers and photos, numbers, effects).

The first answer to an action is kept (``applied_actions.result``) so that a
replay answers the same, but it is kept without the reporter's identity: a
validator's answer carries it, and ``reporter_identities`` is the one place the
server holds it. A replay answered to a role that may see identities gets the
identity again from there, and that view is audited like any other.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import exists, or_, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from crm_shared.domain import (
    RULES,
    ActionType,
    DomainError,
    Role,
    Status,
    check_new_report,
    check_payload,
    check_transition,
    may_see_identity,
)
from crm_shared.protocol.wire import ActionIn, ActionResult, ReporterOut

from . import audit
from .apply_support import add_supporter
from .auth import CurrentOfficer
from .clock import as_utc, utcnow
from .models import (
    AppliedAction,
    Attachment,
    Category,
    Event,
    LeasedNumber,
    Media,
    NumberLease,
    Officer,
    Report,
    ReporterIdentity,
    ScopeExit,
    Unit,
)
from .numbering import jakarta_today, placeholder_seq, stamp, take_numbers
from .privacy.notice import record_notice
from .privacy.origin import session_ref
from .ratings import keep_code
from .routing import kelurahan_unit
from .scoping import Scope
from .serialize import audit_identity_views, report_out

log = logging.getLogger(__name__)
_ATTEMPTS = 3


class _Refusal(Exception):
    """The action is not applied; ``result`` says why (the transaction rolls back)."""

    def __init__(self, result: ActionResult) -> None:
        super().__init__(result.message)
        self.result = result


def _rejected(action: ActionIn, code: str, message: str) -> _Refusal:
    return _Refusal(
        ActionResult(action_id=action.action_id, status="rejected", code=code, message=message)
    )


def apply_actions(
    factory: sessionmaker[Session],
    officer: CurrentOfficer,
    actions: Sequence[ActionIn],
    data_dir: Path | None,
) -> list[ActionResult]:
    """Apply ``actions`` in order; one result per action, in input order."""
    return [apply_one(factory, officer, action, data_dir) for action in actions]


def apply_one(
    factory: sessionmaker[Session], officer: CurrentOfficer, action: ActionIn, data_dir: Path | None
) -> ActionResult:
    action = action.model_copy(update={"action_id": action.action_id.lower()})
    for attempt in range(_ATTEMPTS):
        try:
            with factory() as session, session.begin():
                return _apply(session, officer, action, data_dir)
        except _Refusal as refusal:
            return refusal.result
        except (IntegrityError, OperationalError):
            # A concurrent replay of the same action (unique action id) or a
            # write race: the next attempt sees the winner's committed state.
            if attempt == _ATTEMPTS - 1:
                raise
            log.info("retrying action %s after a write conflict", action.action_id)
    raise AssertionError("unreachable")


def _apply(
    session: Session, officer: CurrentOfficer, action: ActionIn, data_dir: Path | None
) -> ActionResult:
    prior = session.get(AppliedAction, action.action_id)
    if prior is not None:
        if prior.officer_id != officer.id:
            raise _rejected(
                action, "action_id_taken", "Kode tindakan ini sudah dipakai oleh pengguna lain."
            )
        return _replayed(session, officer, prior)
    if action.type is ActionType.CREATE:
        report, exit_row = _create(session, officer, action, data_dir), None
    else:
        report, exit_row = _change(session, officer, action)
    out = report_out(session, report, officer)
    audit_identity_views(session, officer, [out])
    # The change number last (numbering.stamp): only this answer's record follows.
    out = out.model_copy(update={"seq": stamp(session, report, exit_row)})
    result = ActionResult(action_id=action.action_id, status="applied", report=out)
    session.add(
        AppliedAction(
            action_id=action.action_id,
            officer_id=officer.id,
            report_id=report.id,
            type=action.type.value,
            result=_without_identity(result).model_dump(mode="json"),
            applied_at=utcnow(),
        )
    )
    session.flush()
    return result


def _without_identity(result: ActionResult) -> ActionResult:
    """The answer as it is kept: the reporter as everyone but a validator sees it."""
    if result.report is None:
        return result
    hidden = result.report.model_copy(update={"reporter": ReporterOut(hidden=True)})
    return result.model_copy(update={"report": hidden})


def _replayed(session: Session, officer: CurrentOfficer, prior: AppliedAction) -> ActionResult:
    """The first answer again, as ``duplicate``: the report as it was then, with the
    reporter as this officer may see it now (a validator's identity view is audited
    in this transaction, before the answer leaves the server)."""
    first = ActionResult.model_validate(prior.result)
    answer = first.model_copy(update={"status": "duplicate"})
    if answer.report is None:
        return answer
    reporter = ReporterOut(hidden=True)
    current = session.get(Report, answer.report.id) if may_see_identity(officer.role) else None
    if current is not None:
        reporter = report_out(session, current, officer).reporter
    report = answer.report.model_copy(update={"reporter": reporter})
    audit_identity_views(session, officer, [report])
    return answer.model_copy(update={"report": report})


def _when(action: ActionIn, now: datetime) -> datetime:
    """When it happened: the client's time, but never in the server's future."""
    return min(as_utc(action.happened_at), now)


def _check_photos(session: Session, action: ActionIn, photos: list[dict[str, str]]) -> None:
    for photo in photos:
        if session.get(Media, photo["sha256"]) is None:
            raise _rejected(
                action,
                "photo_missing",
                "Foto belum terunggah ke server; kirim ulang tindakan setelah foto terkirim.",
            )


def _attach(
    session: Session, report_id: str, event_id: str, photos: list[dict[str, Any]], at: datetime
) -> None:
    """Attach photos with what the photo itself says (EXIF time and place, the hash of
    the original file): the validator compares them with the report. A photo without
    its own capture time gets none (the action's time would only mislead)."""
    del at  # kept in the signature: callers pass the action's time
    for photo in photos:
        captured = photo.get("captured_at")
        session.add(
            Attachment(
                report_id=report_id,
                sha256=photo["sha256"],
                kind=photo["kind"],
                event_id=event_id,
                original_sha256=photo.get("original_sha256"),
                captured_at=as_utc(datetime.fromisoformat(captured)) if captured else None,
                lat=photo.get("lat"),
                lon=photo.get("lon"),
            )
        )


# --- changes to an existing report ----------------------------------------------------


def _change(
    session: Session, officer: CurrentOfficer, action: ActionIn
) -> tuple[Report, ScopeExit | None]:
    """Apply a change to an existing report; return it and its scope exit, if any
    (both get their change number from numbering.stamp at the end)."""
    report = session.execute(
        select(Report).where(Report.id == action.report_id).with_for_update()
    ).scalar_one_or_none()
    if report is None or not Scope.of(session, officer).sees(report):
        raise _Refusal(
            ActionResult(
                action_id=action.action_id,
                status="conflict",
                code="not_in_scope",
                message="Laporan ini sudah dipindahkan ke unit lain atau tidak lagi terlihat "
                "oleh Anda.",
            )
        )
    try:
        payload = check_payload(action.type, action.payload)
    except DomainError as exc:
        raise _rejected(action, exc.code, exc.message) from None
    current = Status(report.status)
    try:
        new_status = check_transition(action.type, officer.role, current)
    except DomainError as exc:
        stale = (
            exc.code == "invalid_transition"
            and action.base_version is not None
            and action.base_version < report.version
        )
        if stale:
            raise _Refusal(
                ActionResult(
                    action_id=action.action_id,
                    status="conflict",
                    code="stale",
                    message=f"Laporan sudah berubah menjadi {current.label} sebelum tindakan "
                    f"'{action.type.label}' terkirim.",
                    report=report_out(session, report, officer),
                )
            ) from None
        raise _rejected(action, exc.code, exc.message) from None

    if action.type in _MOVES:
        _refuse_if_moved_since(session, officer, action, report)
    now = utcnow()
    at = _when(action, now)
    photos: list[dict[str, str]] = payload.get("photos", [])
    _check_photos(session, action, photos)
    old_unit, old_status = report.unit_id, report.status
    event = Event(
        id=action.action_id,
        report_id=report.id,
        type=action.type.value,
        actor_id=officer.id,
        at=at,
        note=payload.get("note"),
        reason=payload.get("reason"),
        action_id=action.action_id,
    )
    _EFFECTS.get(action.type, _no_effect)(session, action, report, payload, event, at)
    if RULES[action.type].counts_as_response and report.first_response_at is None:
        report.first_response_at = at
    if new_status is not current:
        event.from_status, event.to_status = current.value, new_status.value
        report.status = new_status.value
    report.version += 1
    report.updated_at = now
    session.add(event)
    session.flush()
    _attach(session, report.id, event.id, photos, at)
    exit_row = None
    if report.unit_id != old_unit or report.status != old_status:
        exit_row = ScopeExit(
            seq=report.seq, report_id=report.id, old_unit_id=old_unit, old_status=old_status
        )
        session.add(exit_row)
    _audit_change(session, officer, action, report, old_unit, old_status)
    return report, exit_row


# --- concurrent moves: two supervisors moving the same report -----------------------------

_MOVES = frozenset({ActionType.REASSIGN, ActionType.FORWARD, ActionType.DISPOSE})


def _refuse_if_moved_since(
    session: Session, officer: CurrentOfficer, action: ActionIn, report: Report
) -> None:
    """A move based on an older version loses to a move applied since that version.

    The changes since ``base_version`` are the report's last ``version - base_version``
    applied actions (each applied action adds one version). When one of them moved
    the report (another officer or unit), this action answers ``conflict stale``
    naming who moved it where; the person decides again on the current state.
    """
    if action.base_version is None or action.base_version >= report.version:
        return
    since = report.version - action.base_version
    recent = session.execute(
        select(AppliedAction.action_id, AppliedAction.type)
        .where(AppliedAction.report_id == report.id)
        .order_by(AppliedAction.applied_at.desc())
        .limit(since)
    ).all()
    moved = [aid for aid, typ in recent if typ in {t.value for t in _MOVES}]
    if not moved:
        return
    event = session.get(Event, moved[0])  # the latest move
    who = where = ""
    if event is not None:
        actor = session.get(Officer, event.actor_id) if event.actor_id else None
        who = actor.name if actor is not None else (event.actor_id or "")
        if event.assignee_id:
            target = session.get(Officer, event.assignee_id)
            where = f"petugas {target.name if target is not None else event.assignee_id}"
        elif event.target_unit_id:
            unit = session.get(Unit, event.target_unit_id)
            where = unit.name if unit is not None else event.target_unit_id
    message = (
        f"Laporan ini sudah dipindahkan oleh {who or 'pengguna lain'}"
        f"{f' ke {where}' if where else ''} sebelum tindakan '{action.type.label}' Anda "
        "terkirim. Periksa keadaan terbaru, lalu kirim ulang atau batalkan."
    )
    raise _Refusal(
        ActionResult(
            action_id=action.action_id,
            status="conflict",
            code="stale",
            message=message,
            report=report_out(session, report, officer),
        )
    )


def _no_effect(*_args: Any) -> None:
    return None


def _followup(
    _s: Session, _a: ActionIn, report: Report, payload: dict[str, Any], _e: Event, at: datetime
) -> None:
    report.followup_at = at
    if payload.get("estimated_completion"):
        report.estimated_completion = date.fromisoformat(payload["estimated_completion"])


def _move(
    session: Session,
    action: ActionIn,
    report: Report,
    payload: dict[str, Any],
    event: Event,
    at: datetime,
) -> None:
    target = session.get(Unit, payload["target_unit_id"])
    if target is None:
        raise _rejected(action, "unit_unknown", "Unit tujuan tidak dikenal.")
    if target.id == report.unit_id:
        raise _rejected(action, "same_unit", "Laporan sudah berada di unit tujuan.")
    if action.type is ActionType.DISPOSE:
        current = session.get(Unit, report.unit_id)
        if (
            current is None
            or current.kind != "dinas"
            or target.kind != "sudin"
            or (target.parent_id != current.id)
        ):
            raise _rejected(
                action,
                "dispose_target",
                "Disposisi hanya dapat dilakukan dari Dinas ke Suku Dinas di bawahnya.",
            )
    report.unit_id = target.id
    report.landed_at = at
    report.assignee_id = None
    event.target_unit_id = target.id


def _reassign(
    session: Session,
    action: ActionIn,
    report: Report,
    payload: dict[str, Any],
    event: Event,
    _at: datetime,
) -> None:
    assignee = session.get(Officer, payload["assignee_id"])
    if assignee is None or not assignee.active or assignee.unit_id != report.unit_id:
        raise _rejected(
            action, "assignee_invalid", "Petugas tujuan bukan petugas aktif unit laporan ini."
        )
    report.assignee_id = assignee.id
    event.assignee_id = assignee.id


def _mark_duplicate(
    session: Session,
    action: ActionIn,
    report: Report,
    payload: dict[str, Any],
    _e: Event,
    _at: datetime,
) -> None:
    ref = payload["duplicate_of"]
    original = session.execute(
        select(Report.id).where(or_(Report.id == ref, Report.number == ref.upper())).limit(1)
    ).scalar_one_or_none()
    if original is None or original == report.id:
        raise _rejected(action, "duplicate_unknown", "Laporan asli yang disebutkan tidak ada.")
    report.duplicate_of = original


def _set_priority(
    _s: Session, _a: ActionIn, report: Report, payload: dict[str, Any], _e: Event, _at: datetime
) -> None:
    report.priority = payload["priority"]


def _validate(
    _s: Session, _a: ActionIn, report: Report, _p: dict[str, Any], _e: Event, at: datetime
) -> None:
    report.completed_at = at


_EFFECTS = {
    ActionType.FOLLOWUP: _followup,
    ActionType.FORWARD: _move,
    ActionType.DISPOSE: _move,
    ActionType.REASSIGN: _reassign,
    ActionType.MARK_DUPLICATE: _mark_duplicate,
    ActionType.SET_PRIORITY: _set_priority,
    ActionType.VALIDATE: _validate,
    ActionType.SUPPORT: add_supporter,  # walk-in desk: link as duplicate (apply_support.py)
}


def _audit_change(
    session: Session,
    officer: CurrentOfficer,
    action: ActionIn,
    report: Report,
    old_unit: str,
    old_status: str,
) -> None:
    detail = {"action_id": action.action_id, "type": action.type.value}
    if report.status != old_status:
        audit.record(
            session,
            audit.AuditKind.STATUS_CHANGE,
            actor_id=officer.id,
            report_id=report.id,
            unit_id=old_unit,
            detail={**detail, "from": old_status, "to": report.status},
        )
    if report.unit_id != old_unit:
        audit.record(
            session,
            audit.AuditKind.FORWARD,
            actor_id=officer.id,
            report_id=report.id,
            unit_id=old_unit,
            detail={**detail, "to_unit": report.unit_id},
        )
    if action.type is ActionType.REASSIGN:
        audit.record(
            session,
            audit.AuditKind.REASSIGN,
            actor_id=officer.id,
            report_id=report.id,
            unit_id=report.unit_id,
            detail={**detail, "assignee_id": report.assignee_id},
        )


# --- a new walk-in report -----------------------------------------------------------------


def _create(
    session: Session, officer: CurrentOfficer, action: ActionIn, data_dir: Path | None
) -> Report:
    if session.get(Report, action.report_id) is not None:
        raise _rejected(action, "report_exists", "Laporan dengan kode ini sudah ada.")
    try:
        new = check_new_report(officer.role, action.payload)
    except DomainError as exc:
        raise _rejected(action, exc.code, exc.message) from None
    if session.get(Category, new["category_id"]) is None:
        raise _rejected(action, "category_unknown", "Kategori laporan tidak dikenal.")
    unit = kelurahan_unit(
        session, new.get("kelurahan_code"), new.get("lat"), new.get("lon"), data_dir
    )
    if unit is None:
        raise _rejected(
            action,
            "location_unroutable",
            "Lokasi tidak berada di kelurahan mana pun yang dikenal di DKI Jakarta.",
        )
    _check_photos(session, action, new["photos"])
    now = utcnow()
    at = _when(action, now)
    report = Report(
        id=action.report_id,
        number=_number(session, officer, action, new.get("number"), at, now),
        category_id=new["category_id"],
        channel=new["channel"],
        status=Status.MENUNGGU.value,
        description=new["description"],
        address=new["address"],
        lat=new.get("lat"),
        lon=new.get("lon"),
        kelurahan_code=unit.code,
        unit_id=unit.id,
        assignee_id=None,
        created_by=officer.id,
        is_private=new["is_private"],
        priority="normal",
        created_at=at,
        landed_at=now,
        supporters=0,
        version=1,
        seq=placeholder_seq(session),  # numbering.stamp gives the real one last
        updated_at=now,
    )
    session.add(report)
    session.flush()
    who = new["reporter"]
    session.add(
        ReporterIdentity(
            report_id=report.id,
            anonymous=who["anonymous"],
            name=who.get("name"),
            nik=who.get("nik"),
            phone=who.get("phone"),
            address=who.get("address"),
        )
    )
    if new.get("rating_code"):  # the receipt's rating code: kept only as a hash
        keep_code(session, report.id, new["rating_code"])
    if new.get("privacy_notice"):  # the desk gave the reporter the privacy notice
        record_notice(session, report.id, new["privacy_notice"], officer.id)
    session.add(
        Event(
            id=action.action_id,
            report_id=report.id,
            type=ActionType.CREATE.value,
            actor_id=officer.id,
            at=at,
            to_status=Status.MENUNGGU.value,
            target_unit_id=unit.id,
            action_id=action.action_id,
        )
    )
    session.flush()
    _attach(session, report.id, action.action_id, new["photos"], at)
    audit.record(
        session,
        audit.AuditKind.CREATE,
        actor_id=officer.id,
        report_id=report.id,
        unit_id=unit.id,
        # The sign-in session (so the desk PC) the identity was typed on: privacy.exposure.
        detail={
            "action_id": action.action_id,
            "number": report.number,
            "session": session_ref(officer.token_hash),
        },
    )
    return report


def _number(
    session: Session,
    officer: CurrentOfficer,
    action: ActionIn,
    requested: str | None,
    at: datetime,
    now: datetime,
) -> str:
    """The desk's leased number when it was live when handed out, else the next one today."""
    if requested and officer.role is Role.DESK:
        row = session.execute(
            select(LeasedNumber, NumberLease.expires_at)
            .join(NumberLease, NumberLease.id == LeasedNumber.lease_id)
            .where(LeasedNumber.number == requested, NumberLease.officer_id == officer.id)
            .with_for_update()
        ).first()
        if row is not None:
            leased, expires_at = row
            taken = session.execute(select(exists().where(Report.number == requested))).scalar_one()
            usable = (
                leased.report_id is None
                and not leased.released
                and not taken
                and at <= as_utc(expires_at)
            )
            if usable:
                leased.report_id = action.report_id
                return requested
    try:
        return take_numbers(session, jakarta_today(now), 1)[0]
    except DomainError as exc:
        raise _rejected(action, "numbers_exhausted", exc.message) from None
