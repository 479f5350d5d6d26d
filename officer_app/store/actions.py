"""What a person does to a report, recorded locally first.

Every action is ONE transaction: the report changes as the domain rules say
(from its local status, with the person's role), a timeline event is appended
(pending until the server confirms it; its id is the action id, as on the
server) and an outbox row with a new UUID is appended. Anything the rules refuse
raises ``DomainError`` (or ``PhotoError`` for an unusable photo) before
anything is written, so a person learns at once what is missing.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from crm_shared.domain import (
    JAKARTA_TZ,
    ActionType,
    CheckedAction,
    DomainError,
    PhotoKind,
    Role,
    Status,
    check_action,
    check_new_report,
    check_payload,
    check_transition,
)
from crm_shared.protocol import open311_status

from . import outbox as ob
from . import search
from .db import Store
from .errors import NotFoundError, StoreError
from .identity_vault import IdentityVault, sealed_ref, wipe_payload
from .photos import PhotoStore, ProcessedPhoto, process_photo
from .queries import find_report
from .records import ChangeSet, due_at, sla_policy
from .schema import Attachment, AuditEntry, Event, LeasedNumber, OutboxItem, Report
from .state import reference_data

PhotoInput = Path | bytes
_PLACEHOLDER_SHA = "0" * 64


@dataclass(frozen=True)
class Actor:
    """The signed-in person, as the last login told the profile."""

    officer_id: str
    role: Role
    unit_id: str
    name: str = ""


@dataclass
class ActionOutcome:
    action_id: str
    report_id: str
    status: Status
    changes: ChangeSet = field(default_factory=ChangeSet)


@dataclass(frozen=True)
class _Prepared:
    kind: PhotoKind
    photo: ProcessedPhoto
    original: bytes


class LocalActions:
    """Records actions of one person into one profile."""

    def __init__(
        self,
        store: Store,
        photos: PhotoStore,
        actor: Actor,
        *,
        vault: IdentityVault | None = None,
    ) -> None:
        self.store = store
        self.photos = photos
        self.actor = actor
        self.vault = vault  # walk-in desk: seals reporters' identities (identity_vault)

    # --- officer actions ----------------------------------------------------------

    def accept(self, report: str, note: str | None = None) -> ActionOutcome:
        return self.record(report, ActionType.ACCEPT, {"note": note} if note else {})

    def followup(
        self,
        report: str,
        *,
        before: Sequence[PhotoInput],
        after: Sequence[PhotoInput],
        note: str,
        estimated_completion: date | str | None = None,
    ) -> ActionOutcome:
        payload: dict[str, Any] = {"note": note}
        if estimated_completion:
            payload["estimated_completion"] = str(estimated_completion)
        photos = [(PhotoKind.BEFORE, p) for p in before] + [(PhotoKind.AFTER, p) for p in after]
        return self.record(report, ActionType.FOLLOWUP, payload, photos)

    def note(self, report: str, text: str, photos: Sequence[PhotoInput] = ()) -> ActionOutcome:
        return self.record(
            report, ActionType.NOTE, {"note": text}, [(PhotoKind.EVIDENCE, p) for p in photos]
        )

    def forward(self, report: str, target_unit_id: str, reason: str) -> ActionOutcome:
        return self.record(
            report, ActionType.FORWARD, {"target_unit_id": target_unit_id, "reason": reason}
        )

    # --- supervisor actions -------------------------------------------------------

    def dispose(self, report: str, target_unit_id: str, reason: str) -> ActionOutcome:
        return self.record(
            report, ActionType.DISPOSE, {"target_unit_id": target_unit_id, "reason": reason}
        )

    def reassign(self, report: str, assignee_id: str, reason: str) -> ActionOutcome:
        return self.record(
            report, ActionType.REASSIGN, {"assignee_id": assignee_id, "reason": reason}
        )

    def reject(self, report: str, reason: str) -> ActionOutcome:
        return self.record(report, ActionType.REJECT, {"reason": reason})

    def set_priority(self, report: str, priority: str) -> ActionOutcome:
        return self.record(report, ActionType.SET_PRIORITY, {"priority": priority})

    def mark_duplicate(
        self, report: str, duplicate_of: str, reason: str | None = None
    ) -> ActionOutcome:
        payload = {"duplicate_of": duplicate_of}
        if reason:
            payload["reason"] = reason
        return self.record(report, ActionType.MARK_DUPLICATE, payload)

    # --- validator actions --------------------------------------------------------

    def validate(self, report: str, note: str | None = None) -> ActionOutcome:
        return self.record(report, ActionType.VALIDATE, {"note": note} if note else {})

    def reject_followup(self, report: str, reason: str) -> ActionOutcome:
        return self.record(report, ActionType.REJECT_FOLLOWUP, {"reason": reason})

    # --- the general path ---------------------------------------------------------

    def record(
        self,
        report_key: str,
        action: ActionType,
        payload: Mapping[str, Any],
        photos: Sequence[tuple[PhotoKind, PhotoInput]] = (),
    ) -> ActionOutcome:
        """Check, then record one action in one transaction."""
        if action is ActionType.CREATE:
            raise DomainError("create_not_transition", "Gunakan 'create' untuk laporan baru.")
        with self.store.read() as session:
            current = find_report(session, report_key)
            _refuse_out_of_scope(current)
            check_transition(action, self.actor.role, Status(current.status))
            _refuse_for_server(session, action, bool(photos))
        payload = {k: v for k, v in payload.items() if v is not None}
        if photos:  # learn what is missing before the slow photo work
            check_payload(action, {**payload, "photos": _placeholders(photos)})
        else:
            check_payload(action, payload)
        prepared = _prepare(photos)
        if prepared:
            payload["photos"] = [_wire_photo(p) for p in prepared]
        checked_payload = check_payload(action, payload)
        self._keep_photos(prepared)  # content-addressed files: harmless if the tx fails

        now = datetime.now(UTC)
        action_id = str(uuid.uuid4())
        with self.store.write() as session:
            report = find_report(session, report_key)  # again, under the write lock
            _refuse_out_of_scope(report)
            checked = check_action(action, self.actor.role, Status(report.status), checked_payload)
            old_status = report.status
            fields = apply_effects(report, checked, now)
            _refresh_due(session, report)
            session.add(self._event(action_id, report.id, action, old_status, checked, now))
            self._add_attachments(session, report.id, action_id, prepared)
            session.add(
                OutboxItem(
                    action_id=action_id,
                    report_id=report.id,
                    type=action.value,
                    base_version=report.version if report.server_status else None,
                    payload=checked.payload,
                    happened_at=now,
                    state=ob.PENDING,
                    attempts=0,
                    updated_at=now,
                )
            )
            session.flush()
            ob.refresh_pending_counts(session, [report.id])
            changes = ChangeSet()
            changes.mark(report.id, fields | {"timeline", "pending_count"})
            return ActionOutcome(action_id, report.id, Status(report.status), changes)

    def create(
        self, payload: Mapping[str, Any], photos: Sequence[PhotoInput] = ()
    ) -> ActionOutcome:
        """A walk-in complaint filed at the desk: a new report with a client id.

        The reporter's identity travels only in the outbox row (wiped when the
        server has applied it); the local report says "Pelapor dirahasiakan".
        """
        body = {k: v for k, v in payload.items() if k != "photos"}
        check_new_report(
            self.actor.role,
            {**body, "photos": _placeholders([(PhotoKind.EVIDENCE, p) for p in photos])},
        )
        prepared = _prepare([(PhotoKind.EVIDENCE, p) for p in photos])
        if prepared:
            body["photos"] = [_wire_photo(p) for p in prepared]
        self._keep_photos(prepared)

        now = datetime.now(UTC)
        action_id, report_id = str(uuid.uuid4()), str(uuid.uuid4())
        with self.store.write() as session:
            number = body.get("number") or _take_leased_number(session, report_id, now)
            if number:
                body["number"] = number
            cleaned = check_new_report(self.actor.role, body)
            queued = {**cleaned, "reporter": self._seal(session, cleaned["reporter"])}
            report = Report(
                id=report_id,
                number=cleaned.get("number", ""),
                category_id=cleaned["category_id"],
                channel=cleaned["channel"],
                status=Status.MENUNGGU.value,
                description=cleaned["description"],
                address=cleaned["address"],
                lat=cleaned.get("lat"),
                lon=cleaned.get("lon"),
                kelurahan_code=cleaned.get("kelurahan_code"),
                unit_id=self.actor.unit_id,
                assignee_id=None,
                is_private=cleaned["is_private"],
                priority="normal",
                created_at=now,
                landed_at=now,
                supporters=0,
                version=0,
                seq=0,
                reporter={"hidden": True, "anonymous": cleaned["reporter"]["anonymous"]},
                server_status=None,
                in_scope=True,
                pending_count=0,
            )
            session.add(report)
            session.flush()
            _refresh_due(session, report)
            session.add(
                Event(
                    id=action_id,
                    report_id=report_id,
                    type=ActionType.CREATE.value,
                    actor_id=self.actor.officer_id,
                    actor_name=self.actor.name or None,
                    at=now,
                    to_status=Status.MENUNGGU.value,
                    action_id=action_id,
                    pending=True,
                )
            )
            self._add_attachments(session, report_id, action_id, prepared)
            session.add(
                OutboxItem(
                    action_id=action_id,
                    report_id=report_id,
                    type=ActionType.CREATE.value,
                    base_version=None,
                    payload=queued,
                    happened_at=now,
                    state=ob.PENDING,
                    attempts=0,
                    updated_at=now,
                )
            )
            session.flush()
            ob.refresh_pending_counts(session, [report_id])
            search.reindex(session, [report_id])
            changes = ChangeSet()
            changes.mark(report_id, {"*"})
            return ActionOutcome(action_id, report_id, Status.MENUNGGU, changes)

    # --- needs attention: a person decides ------------------------------------------

    def resend(self, action_id: str) -> ActionOutcome:
        """Queue a needs-attention action again, based on the report as it is now.

        The rules are checked again against the local status: an action that no
        longer fits raises DomainError (the person may discard it instead).
        """
        now = datetime.now(UTC)
        with self.store.write() as session:
            item = _attention_item(session, action_id)
            report = session.scalar(select(Report).where(Report.id == item.report_id))
            if report is None:
                raise NotFoundError("report_not_found", "Laporan tidak ada lagi di profil ini.")
            fields: set[str] = set()
            action = ActionType(item.type)
            if action is not ActionType.CREATE:
                checked = check_action(
                    action, self.actor.role, Status(report.status), _checkable(item.payload)
                )
                old_status = report.status
                fields = apply_effects(report, checked, now)
                _refresh_due(session, report)
                event = session.get(Event, action_id)
                if event is None:
                    session.add(self._event(action_id, report.id, action, old_status, checked, now))
                else:
                    event.pending = True
            item.base_version = report.version if report.server_status else None
            item.state = ob.PENDING
            item.attempts = 0
            item.updated_at = now
            session.add(
                AuditEntry(
                    at=now,
                    kind="resend",
                    report_id=item.report_id,
                    action_id=action_id,
                    detail={"type": item.type, "code": item.last_error_code},
                )
            )
            item.last_error_code = item.last_error_message = None
            session.flush()
            ob.refresh_pending_counts(session, [report.id])
            changes = ChangeSet()
            changes.mark(report.id, fields | {"timeline", "pending_count"})
            return ActionOutcome(action_id, report.id, Status(report.status), changes)

    def discard(self, action_id: str) -> ChangeSet:
        """Drop a needs-attention action for good; the local audit log keeps a record."""
        now = datetime.now(UTC)
        changes = ChangeSet()
        with self.store.write() as session:
            item = _attention_item(session, action_id)
            detail = {
                "type": item.type,
                "code": item.last_error_code,
                "message": item.last_error_message,
                "happened_at": item.happened_at.isoformat(),
                # The reporter's identity is never copied into the log.
                "payload": {k: v for k, v in item.payload.items() if k != "reporter"},
            }
            session.add(
                AuditEntry(
                    at=now,
                    kind="discard",
                    report_id=item.report_id,
                    action_id=action_id,
                    detail=detail,
                )
            )
            wipe_payload(session, item.payload)  # a discarded identity is not kept either
            session.delete(item)
            session.execute(delete(Event).where(Event.id == action_id, Event.pending.is_(True)))
            session.execute(
                delete(Attachment).where(
                    Attachment.event_id == action_id, Attachment.pending.is_(True)
                )
            )
            session.flush()
            report = session.scalar(select(Report).where(Report.id == item.report_id))
            if report is not None:
                left = ob.reports_with_outbox(session, [report.id])
                if not left and (report.server_status is None or not report.in_scope):
                    search.unindex(session, [report.id])
                    session.delete(report)
                    changes.drop(report.id)
                else:
                    ob.refresh_pending_counts(session, [report.id])
                    changes.mark(report.id, {"timeline", "pending_count"})
        return changes

    # --- walk-in desk: link as duplicate ---------------------------------------------

    def support(
        self,
        report_key: str,
        *,
        channel: str,
        reporter: Mapping[str, Any] | None,
        note: str | None = None,
    ) -> ActionOutcome:
        """The citizen at the desk joins an open report as a supporter.

        One transaction: a pending timeline event and the outbox row; the
        identity is sealed in the vault (the outbox holds only its reference).
        """
        payload: dict[str, Any] = {"channel": channel, "reporter": reporter}
        if note:
            payload["note"] = note
        with self.store.read() as session:
            current = find_report(session, report_key)
            _refuse_out_of_scope(current)
        checked_payload = check_payload(ActionType.SUPPORT, payload)
        now = datetime.now(UTC)
        action_id = str(uuid.uuid4())
        with self.store.write() as session:
            report = find_report(session, report_key)
            _refuse_out_of_scope(report)
            checked = check_action(
                ActionType.SUPPORT, self.actor.role, Status(report.status), checked_payload
            )
            queued = {
                **checked.payload,
                "reporter": self._seal(session, checked.payload["reporter"]),
            }
            session.add(
                self._event(action_id, report.id, ActionType.SUPPORT, report.status, checked, now)
            )
            session.add(
                OutboxItem(
                    action_id=action_id,
                    report_id=report.id,
                    type=ActionType.SUPPORT.value,
                    base_version=report.version if report.server_status else None,
                    payload=queued,
                    happened_at=now,
                    state=ob.PENDING,
                    attempts=0,
                    updated_at=now,
                )
            )
            session.flush()
            ob.refresh_pending_counts(session, [report.id])
            changes = ChangeSet()
            changes.mark(report.id, {"timeline", "pending_count"})
            return ActionOutcome(action_id, report.id, Status(report.status), changes)

    def _seal(self, session: Session, reporter: Mapping[str, Any]) -> dict[str, Any]:
        """An identified reporter goes into the vault; the outbox keeps a reference."""
        if reporter.get("anonymous", False):
            return {"anonymous": True}
        if self.vault is None:
            raise DomainError(
                "identity_locked",
                "Identitas pelapor tidak dapat disimpan aman: masuk ulang dengan kata sandi "
                "Anda, atau catat sebagai anonim.",
                "reporter",
            )
        return self.vault.seal(session, reporter)

    # --- helpers ----------------------------------------------------------------

    def _event(
        self,
        action_id: str,
        report_id: str,
        action: ActionType,
        old_status: str,
        checked: CheckedAction,
        now: datetime,
    ) -> Event:
        return local_event(self.actor, action_id, report_id, action, old_status, checked, now)

    def _keep_photos(self, prepared: Sequence[_Prepared]) -> None:
        for item in prepared:
            self.photos.put(item.photo, item.original)

    def _add_attachments(
        self, session: Session, report_id: str, action_id: str, prepared: Sequence[_Prepared]
    ) -> None:
        for item in prepared:
            meta = item.photo.meta
            seen_before = session.scalar(
                select(Attachment.id)
                .where(Attachment.sha256 == item.photo.sha256, Attachment.report_id != report_id)
                .limit(1)
            )
            session.add(
                Attachment(
                    report_id=report_id,
                    sha256=item.photo.sha256,
                    kind=item.kind.value,
                    event_id=action_id,
                    content_type=item.photo.content_type,
                    size=len(item.photo.data),
                    captured_at=_taken_at(meta.captured_at),
                    lat=meta.lat,
                    lon=meta.lon,
                    reused=seen_before is not None,
                    meta={
                        "camera": meta.camera,
                        "width": meta.width,
                        "height": meta.height,
                        "original_sha256": meta.original_sha256,
                        "original_size": meta.original_size,
                    },
                    pending=True,
                )
            )


def apply_effects(report: Report, checked: CheckedAction, now: datetime) -> set[str]:
    """Change the local report as the action does; return the fields touched."""
    fields: set[str] = set()
    if checked.new_status.value != report.status:
        report.status = checked.new_status.value
        fields.add("status")
    if checked.counts_as_response and report.first_response_at is None:
        report.first_response_at = now
        fields.add("first_response_at")
    p = checked.payload
    if checked.action is ActionType.FOLLOWUP:
        report.followup_at = now
        fields.add("followup_at")
        if p.get("estimated_completion"):
            report.estimated_completion = date.fromisoformat(p["estimated_completion"])
            fields.add("estimated_completion")
    elif checked.action is ActionType.REASSIGN:
        report.assignee_id = p["assignee_id"]
        fields.add("assignee_id")
    elif checked.action is ActionType.SET_PRIORITY:
        report.priority = p["priority"]
        fields.add("priority")
    elif checked.action is ActionType.MARK_DUPLICATE:
        report.duplicate_of = p["duplicate_of"]
        fields.add("duplicate_of")
    elif checked.action is ActionType.VALIDATE:
        report.completed_at = now
        fields.add("completed_at")
    return fields


def _refresh_due(session: Session, report: Report) -> None:
    data, _ = reference_data(session)
    values = {
        "channel": report.channel,
        "status": report.status,
        "created_at": report.created_at,
        "landed_at": report.landed_at,
        "first_response_at": report.first_response_at,
        "followup_at": report.followup_at,
        "estimated_completion": report.estimated_completion,
        "category_id": report.category_id,
    }
    report.due_at = due_at(values, sla_policy(data))


def _refuse_out_of_scope(report: Report) -> None:
    if not report.in_scope:
        raise DomainError(
            "not_in_scope",
            "Laporan ini sudah dialihkan dari unit Anda; tindakan baru tidak dapat dicatat.",
        )


def _refuse_for_server(session: Session, action: ActionType, has_photos: bool) -> None:
    """An action the profile's server cannot take is refused here, before it is
    queued: an Open311 GeoReport v2 server (its reference data says so) cannot
    forward to our units, reassign, set priorities or receive photos."""
    _, etag = reference_data(session)
    if not open311_status.is_open311_etag(etag):
        return
    refusal = open311_status.local_refusal(action, has_photos)
    if refusal is not None:
        raise DomainError(*refusal)


def _checkable(payload: Mapping[str, Any]) -> dict[str, Any]:
    """A queued payload as the rules can check it again (a sealed reporter stands in
    as anonymous: it was checked in full when it was recorded)."""
    if sealed_ref(payload) is None:
        return dict(payload)
    return {**payload, "reporter": {"anonymous": True}}


def _taken_at(captured: datetime | None) -> datetime | None:
    """EXIF without an offset is the camera's clock, which in Jakarta is set to WIB."""
    if captured is not None and captured.tzinfo is None:
        return captured.replace(tzinfo=JAKARTA_TZ)
    return captured


def _wire_photo(item: _Prepared) -> dict[str, Any]:
    """A photo as an action refers to it: its hash, and what the photo itself says
    (capture time and place, the original's hash) so a validator can compare."""
    meta = item.photo.meta
    out: dict[str, Any] = {
        "sha256": item.photo.sha256,
        "kind": item.kind.value,
        "original_sha256": meta.original_sha256,
    }
    taken = _taken_at(meta.captured_at)
    if taken is not None:
        out["captured_at"] = taken.isoformat()
    if meta.lat is not None and meta.lon is not None:
        out["lat"], out["lon"] = meta.lat, meta.lon
    return out


def _placeholders(photos: Sequence[tuple[PhotoKind, PhotoInput]]) -> list[dict[str, str]]:
    return [{"sha256": _PLACEHOLDER_SHA, "kind": kind.value} for kind, _ in photos]


def _prepare(photos: Sequence[tuple[PhotoKind, PhotoInput]]) -> list[_Prepared]:
    """Process every photo first: an unusable one refuses the action, nothing stored."""
    out = []
    for kind, source in photos:
        processed = process_photo(source)  # size-limited read, checks the image
        original = source if isinstance(source, bytes) else Path(source).read_bytes()
        out.append(_Prepared(kind, processed, original))
    return out


def _take_leased_number(session: Session, report_id: str, now: datetime) -> str | None:
    leased = session.scalar(
        select(LeasedNumber)
        .where(LeasedNumber.report_id.is_(None), LeasedNumber.expires_at > now)
        .order_by(LeasedNumber.number)
        .limit(1)
    )
    if leased is None:
        return None
    leased.report_id = report_id
    return leased.number


def _attention_item(session: Session, action_id: str) -> OutboxItem:
    item = session.scalar(select(OutboxItem).where(OutboxItem.action_id == action_id))
    if item is None:
        raise NotFoundError("action_not_found", "Tindakan tersebut tidak ada di antrean.")
    if item.state != ob.NEEDS_ATTENTION:
        raise StoreError(
            "action_not_attention",
            "Hanya tindakan yang perlu perhatian yang dapat dikirim ulang atau dibatalkan.",
        )
    return item


def local_event(
    actor: Actor,
    action_id: str,
    report_id: str,
    action: ActionType,
    old_status: str,
    checked: CheckedAction,
    now: datetime,
) -> Event:
    """The timeline event of an action recorded here, pending until the server has it."""
    p = checked.payload
    changed = checked.new_status.value != old_status
    return Event(
        id=action_id,
        report_id=report_id,
        type=action.value,
        actor_id=actor.officer_id,
        actor_name=actor.name or None,
        at=now,
        from_status=old_status if changed else None,
        to_status=checked.new_status.value if changed else None,
        note=p.get("note"),
        reason=p.get("reason"),
        target_unit_id=p.get("target_unit_id"),
        assignee_id=p.get("assignee_id"),
        action_id=action_id,
        pending=True,
    )
