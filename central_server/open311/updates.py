"""The ``servicerequestupdates`` extension (as FixMyStreet uses it) on the Open311 face.

- ``GET servicerequestupdates.{fmt}``: the updates (timeline events after the
  creation) of service requests, oldest first. ``start_date``/``end_date`` bound
  ``updated_datetime`` (at most 90 days apart; without either, the last 90 days);
  our extension ``service_request_id`` (comma list, at most 1000) asks for the
  updates of those requests, at any date (the dates still filter when given).
  ``page``/``page_size`` as on ``requests``. At most 1000 updates per response.
- ``POST servicerequestupdates.{fmt}``: one update, ``api_key`` required. The
  target ``status`` (FixMyStreet's extended statuses) is turned into one action
  of our workflow and checked with the same domain rules as the native API
  (``crm_shared.domain``); a refused transition is a 409, a payload the rules
  refuse is a 400. ``update_id`` makes it idempotent: the same key sending the
  same ``update_id`` again gets the first answer (and the header
  ``X-Open311-Duplicate: true``), nothing is applied twice.

Public, like the rest of the face: no identity is read or stored (``first_name``,
``last_name``, ``email`` of the spec are ignored), and the descriptions of private
reports' updates are empty. See docs/open311.md.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from fastapi import Request, Response
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from crm_shared.domain import (
    RULES,
    ActionType,
    DomainError,
    Status,
    check_payload,
)
from crm_shared.domain.rating import RATING_EVENT
from crm_shared.protocol.open311_status import (
    ACTION_SCHEDULED,
    CLOSED,
    DUPLICATE,
    FIXED,
    IN_PROGRESS,
    INTERNAL_REFERRAL,
    INVESTIGATING,
    NO_FURTHER_ACTION,
    NOT_COUNCILS_RESPONSIBILITY,
    OPEN,
)
from crm_shared.protocol.wire import ActionIn

from .. import audit
from ..apply_actions import _EFFECTS, _Refusal  # the same effects as the native API
from ..clock import as_utc, utcnow
from ..models import AppliedAction, Event, Report, ScopeExit
from ..numbering import stamp
from .formats import Open311Error, parse_format, respond, w3c_datetime
from .intake import check_api_key
from .query import MAX_IDS, MAX_RECORDS, MAX_SPAN, parse_datetime

UPDATE_ID_MAX = 36  # the size of our action ids (applied_actions.action_id)
DESCRIPTION_MAX = 4000
_UPDATE_ID = re.compile(r"^[A-Za-z0-9._:-]{1,36}$")
DUPLICATE_HEADER = "X-Open311-Duplicate"

# FixMyStreet's extended statuses (upper case on the wire; lower case accepted):
# one list for both sides, kept with the client's mapping.
EXTENDED_STATUSES = frozenset(
    {
        OPEN,
        INVESTIGATING,
        IN_PROGRESS,
        ACTION_SCHEDULED,
        FIXED,
        CLOSED,
        DUPLICATE,
        NOT_COUNCILS_RESPONSIBILITY,
        NO_FURTHER_ACTION,
        INTERNAL_REFERRAL,
    }
)
_WORKING = frozenset({INVESTIGATING, IN_PROGRESS, ACTION_SCHEDULED})
_REFUSED = frozenset({NOT_COUNCILS_RESPONSIBILITY, NO_FURTHER_ACTION})

# What our statuses look like as an update's status.
_OUTGOING: dict[Status, str] = {
    Status.MENUNGGU: OPEN,
    Status.KOORDINASI: INTERNAL_REFERRAL,
    Status.DISPOSISI: INTERNAL_REFERRAL,
    Status.PROSES: IN_PROGRESS,
    Status.TL_DITOLAK: IN_PROGRESS,
    Status.MENUNGGU_VALIDASI: FIXED,
    Status.SELESAI: CLOSED,
    Status.DITOLAK: NOT_COUNCILS_RESPONSIBILITY,
}


def extended_status(status: str, duplicate: bool = False) -> str:
    """Our status as FixMyStreet's extended status (ditolak as a duplicate: DUPLICATE)."""
    try:
        ours = Status(status)
    except ValueError:
        return OPEN
    if ours is Status.DITOLAK and duplicate:
        return DUPLICATE
    return _OUTGOING[ours]


def action_for(target: str, current: Status) -> ActionType:
    """The action of our workflow that moves a report in ``current`` towards ``target``.

    A target the report is already at (as far as Open311 can tell) is a note.
    Whether the action is allowed from ``current`` is checked afterwards with the
    workflow table, so an impossible move is refused, not bent.
    """
    if target == OPEN:
        return ActionType.NOTE
    if target in _WORKING:
        if current is Status.PROSES:
            return ActionType.NOTE
        if current is Status.MENUNGGU_VALIDASI:
            return ActionType.REJECT_FOLLOWUP
        return ActionType.ACCEPT
    if target == FIXED:
        if current in (Status.MENUNGGU_VALIDASI, Status.SELESAI):
            return ActionType.NOTE
        return ActionType.FOLLOWUP
    if target == CLOSED:
        if not current.is_open:
            return ActionType.NOTE
        return ActionType.VALIDATE
    if target == DUPLICATE:
        return ActionType.NOTE if current is Status.DITOLAK else ActionType.MARK_DUPLICATE
    if target in _REFUSED:
        return ActionType.NOTE if current is Status.DITOLAK else ActionType.REJECT
    if target == INTERNAL_REFERRAL:
        return ActionType.FORWARD
    raise Open311Error(400, f"status must be one of: {', '.join(sorted(EXTENDED_STATUSES))}.")


# --- GET ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Update:
    event: Event
    report: Report
    status: str


def _comma_list(raw: str | None) -> list[str]:
    return [part.strip().upper() for part in (raw or "").split(",") if part.strip()]


def _positive_int(name: str, raw: str | None, default: int, maximum: int) -> int:
    if raw is None or not raw.strip():
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        raise Open311Error(400, f"{name} must be a whole number.") from None
    if not 1 <= value <= maximum:
        raise Open311Error(400, f"{name} must be between 1 and {maximum}.")
    return value


def _replayed_statuses(session: Session, report_ids: Sequence[str]) -> dict[str, str]:
    """The status after every event of these reports (events in time order)."""
    after: dict[str, str] = {}
    current: dict[str, str] = {}
    for start in range(0, len(report_ids), 500):
        chunk = report_ids[start : start + 500]
        rows = session.execute(
            select(Event.id, Event.report_id, Event.to_status)
            .where(Event.report_id.in_(chunk))
            .order_by(Event.report_id, Event.at, Event.id)
        ).all()
        for event_id, report_id, to_status in rows:
            if to_status:
                current[report_id] = to_status
            after[event_id] = current.get(report_id, Status.MENUNGGU.value)
    return after


def find_updates(
    session: Session, params: Mapping[str, str], now: datetime
) -> tuple[list[_Update], bool, int, int]:
    numbers = _comma_list(params.get("service_request_id"))
    if len(numbers) > MAX_IDS:
        raise Open311Error(400, f"service_request_id: at most {MAX_IDS} ids at once.")
    dates = {
        name: parse_datetime(name, params[name])
        for name in ("start_date", "end_date")
        if params.get(name, "").strip()
    }
    start, end = dates.get("start_date"), dates.get("end_date")
    if start is not None and end is not None:
        if start > end:
            raise Open311Error(400, "start_date must not be after end_date.")
        if end - start > MAX_SPAN and not numbers:
            raise Open311Error(400, "start_date and end_date may not span more than 90 days.")
    query = (
        select(Event, Report)
        .join(Report, Report.id == Event.report_id)
        # A citizen's rating is not an update of the request (and never published).
        .where(Event.type.not_in([ActionType.CREATE.value, "created", RATING_EVENT]))
    )
    if numbers:
        query = query.where(Report.number.in_(numbers))
    elif start is None and end is None:
        query = query.where(Event.at >= as_utc(now) - timedelta(days=90))
    if start is not None:
        query = query.where(Event.at >= start)
    if end is not None:
        query = query.where(Event.at <= end)
    page = _positive_int("page", params.get("page"), 1, 10_000_000)
    page_size = _positive_int("page_size", params.get("page_size"), MAX_RECORDS, MAX_RECORDS)
    rows = session.execute(
        query.order_by(Event.at, Event.id).offset((page - 1) * page_size).limit(page_size + 1)
    ).all()
    has_more = len(rows) > page_size
    rows = rows[:page_size]
    statuses = _replayed_statuses(session, sorted({report.id for _, report in rows}))
    out = [_Update(event, report, statuses.get(event.id, report.status)) for event, report in rows]
    return out, has_more, page, page_size


def present_update(update: _Update) -> dict[str, Any]:
    event, report = update.event, update.report
    public = not report.is_private
    text = ((event.reason or "").strip() or (event.note or "").strip()) if public else ""
    duplicate = event.type == ActionType.MARK_DUPLICATE.value or (
        update.status == Status.DITOLAK.value and report.duplicate_of is not None
    )
    return {
        "update_id": event.id,
        "service_request_id": report.number,
        "status": extended_status(update.status, duplicate),
        "updated_datetime": w3c_datetime(event.at),
        "description": text or None,
        "media_url": None,
    }


def _sessions(request: Request, write: bool = False) -> Any:
    return getattr(request.app.state, "write_sessionmaker" if write else "sessionmaker")


async def get_updates(fmt: str, request: Request) -> Response:
    from .routes import _check_jurisdiction, _params

    out = parse_format(fmt)
    params = _params(request)
    _check_jurisdiction(params)

    def load() -> tuple[list[dict[str, Any]], bool, int, int]:
        with _sessions(request)() as session:
            updates, has_more, page, page_size = find_updates(session, params, utcnow())
            return [present_update(u) for u in updates], has_more, page, page_size

    body, has_more, page, page_size = await run_in_threadpool(load)
    headers = {}
    if has_more:
        following = request.url.include_query_params(page=page + 1, page_size=page_size)
        headers["Link"] = f'<{following}>; rel="next"'
    return respond(out, "service_request_updates", body, "request_update", headers=headers)


# --- POST -----------------------------------------------------------------------------


def _refusal_to_error(refusal: _Refusal) -> Open311Error:
    result = refusal.result
    status = 409 if result.status == "conflict" else 400
    return Open311Error(status, result.message or "The update was refused.")


def _payload(action: ActionType, form: Mapping[str, str], text: str) -> dict[str, Any]:
    if action in (ActionType.REJECT, ActionType.REJECT_FOLLOWUP):
        return {"reason": text}
    if action is ActionType.FORWARD:
        return {"target_unit_id": (form.get("target_unit_id") or "").strip(), "reason": text}
    if action is ActionType.MARK_DUPLICATE:
        payload: dict[str, Any] = {"duplicate_of": (form.get("duplicate_of") or "").strip()}
        if text:
            payload["reason"] = text
        return payload
    if action is ActionType.FOLLOWUP:
        return {"note": text, "photos": []}
    return {"note": text} if text else {}


def apply_update(session: Session, form: Mapping[str, str]) -> tuple[dict[str, Any], bool]:
    """Apply one update in the caller's transaction: (the answer, whether it is a replay)."""
    key = check_api_key(session, form)
    actor = f"apikey:{key.label}"[:100]
    owner = f"apikey:{key.key_hash[:40]}"
    update_id = (form.get("update_id") or "").strip()
    if not update_id:
        raise Open311Error(400, "update_id is required (it makes a retry safe).")
    if not _UPDATE_ID.match(update_id):
        raise Open311Error(400, f"update_id must be 1..{UPDATE_ID_MAX} letters, digits or . _ : -")
    prior = session.get(AppliedAction, update_id.lower())
    if prior is not None:
        if prior.officer_id != owner:
            raise Open311Error(400, "update_id is already used by another client.")
        return dict(prior.result), True

    number = (form.get("service_request_id") or "").strip().upper()[:40]
    if not number:
        raise Open311Error(400, "service_request_id is required.")
    target = (form.get("status") or "").strip().upper()
    if not target:
        raise Open311Error(400, "status is required.")
    if target not in EXTENDED_STATUSES:
        raise Open311Error(400, f"status must be one of: {', '.join(sorted(EXTENDED_STATUSES))}.")
    text = (form.get("description") or "").strip()
    if len(text) > DESCRIPTION_MAX:
        raise Open311Error(400, f"description is too long: at most {DESCRIPTION_MAX} characters.")
    now = utcnow()
    at = now
    if (form.get("updated_datetime") or "").strip():
        at = min(parse_datetime("updated_datetime", form["updated_datetime"]), now)

    report = session.execute(
        select(Report).where(Report.number == number).with_for_update()
    ).scalar_one_or_none()
    if report is None:
        raise Open311Error(404, f"service_request_id '{number}' not found.")
    current = Status(report.status)
    action = action_for(target, current)
    if action is ActionType.NOTE and not text:
        raise Open311Error(
            400,
            f"The request is already {target}: an update without a status change needs "
            "a description.",
        )
    try:
        payload = check_payload(action, _payload(action, form, text))
    except DomainError as exc:
        raise Open311Error(400, exc.message) from None
    rule = RULES[action]
    if current not in rule.from_statuses:
        raise Open311Error(
            409,
            f"The request's status ({extended_status(current.value)}, ours: {current.label}) "
            f"does not allow {target}.",
        )
    # The native effects take an ActionIn: only its id (for refusals) and type are read.
    native = ActionIn(action_id=uuid.uuid4().hex, report_id=report.id, type=action, happened_at=at)
    event = Event(
        id=update_id,
        report_id=report.id,
        type=action.value,
        actor_id=actor,
        at=at,
        note=payload.get("note"),
        reason=payload.get("reason"),
        action_id=update_id.lower(),
    )
    old_unit, old_status = report.unit_id, report.status
    effect = _EFFECTS.get(action)
    if effect is not None:
        try:
            effect(session, native, report, payload, event, at)
        except _Refusal as refusal:
            raise _refusal_to_error(refusal) from None
    new_status = rule.to_status or current
    if rule.counts_as_response and report.first_response_at is None:
        report.first_response_at = at
    if new_status is not current:
        event.from_status, event.to_status = current.value, new_status.value
        report.status = new_status.value
    report.version += 1
    report.updated_at = now
    session.add(event)
    session.flush()
    exit_row = None
    if report.status != old_status or report.unit_id != old_unit:
        exit_row = ScopeExit(
            seq=report.seq, report_id=report.id, old_unit_id=old_unit, old_status=old_status
        )
        session.add(exit_row)
        audit.record(
            session,
            audit.AuditKind.STATUS_CHANGE,
            actor_id=actor,
            report_id=report.id,
            unit_id=old_unit,
            detail={
                "via": "open311",
                "update_id": update_id,
                "from": old_status,
                "to": report.status,
            },
        )
    answer = {
        "update_id": update_id,
        "service_request_id": report.number,
        "status": extended_status(report.status, report.duplicate_of is not None),
        "updated_datetime": w3c_datetime(at),
    }
    session.add(
        AppliedAction(
            action_id=update_id.lower(),
            officer_id=owner,
            report_id=report.id,
            type=action.value,
            result=answer,
            applied_at=now,
        )
    )
    stamp(session, report, exit_row)  # the change number last, then commit (numbering.py)
    return answer, False


async def post_update(fmt: str, request: Request) -> Response:
    from .routes import _form

    out = parse_format(fmt)
    form = await _form(request)
    factory = _sessions(request, write=True)

    def run() -> tuple[dict[str, Any], bool]:
        for attempt in range(3):
            try:
                with factory() as session, session.begin():
                    return apply_update(session, form)
            except (IntegrityError, OperationalError):
                # The same update_id sent twice at once: the next try sees the winner.
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    answer, replay = await run_in_threadpool(run)
    headers = {DUPLICATE_HEADER: "true"} if replay else {}
    return respond(out, "service_request_updates", [answer], "request_update", headers=headers)
