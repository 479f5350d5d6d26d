"""Our workflow and Open311's statuses, as well as they map.

GeoReport v2 itself knows only ``open`` and ``closed``; FixMyStreet's
``servicerequestupdates`` carry extended statuses. Inbound, the last update's
extended status is read together with the request's open/closed (``FIXED`` on an
open request is a follow-up waiting for validation, on a closed one it is done).
Outbound, each of our actions becomes the status an update asks for; actions
that Open311 cannot express (reassigning within the unit, priority) are refused
with a reason a person can read.
"""

from __future__ import annotations

from crm_shared.domain import ActionType, Status

OPEN = "OPEN"
INVESTIGATING = "INVESTIGATING"
IN_PROGRESS = "IN_PROGRESS"
ACTION_SCHEDULED = "ACTION_SCHEDULED"
FIXED = "FIXED"
CLOSED = "CLOSED"
DUPLICATE = "DUPLICATE"
NOT_COUNCILS_RESPONSIBILITY = "NOT_COUNCILS_RESPONSIBILITY"
NO_FURTHER_ACTION = "NO_FURTHER_ACTION"
INTERNAL_REFERRAL = "INTERNAL_REFERRAL"

_INBOUND: dict[str, Status] = {
    OPEN: Status.MENUNGGU,
    INVESTIGATING: Status.PROSES,
    IN_PROGRESS: Status.PROSES,
    ACTION_SCHEDULED: Status.PROSES,
    INTERNAL_REFERRAL: Status.KOORDINASI,
    FIXED: Status.MENUNGGU_VALIDASI,
    CLOSED: Status.SELESAI,
    DUPLICATE: Status.DITOLAK,
    NOT_COUNCILS_RESPONSIBILITY: Status.DITOLAK,
    NO_FURTHER_ACTION: Status.DITOLAK,
    "UNABLE_TO_FIX": Status.DITOLAK,
    "WONT_FIX": Status.DITOLAK,
    "REOPENED": Status.MENUNGGU,
}

_OUTBOUND: dict[ActionType, str] = {
    ActionType.ACCEPT: IN_PROGRESS,
    ActionType.FOLLOWUP: FIXED,
    ActionType.FORWARD: INTERNAL_REFERRAL,
    ActionType.DISPOSE: INTERNAL_REFERRAL,
    ActionType.REJECT: NOT_COUNCILS_RESPONSIBILITY,
    ActionType.MARK_DUPLICATE: DUPLICATE,
    ActionType.VALIDATE: CLOSED,
    ActionType.REJECT_FOLLOWUP: IN_PROGRESS,
}

# Event types for the timeline, from the status an update moved to.
_EVENT_TYPES: dict[Status, ActionType] = {
    Status.PROSES: ActionType.ACCEPT,
    Status.KOORDINASI: ActionType.FORWARD,
    Status.MENUNGGU_VALIDASI: ActionType.FOLLOWUP,
    Status.SELESAI: ActionType.VALIDATE,
    Status.DITOLAK: ActionType.REJECT,
}

UNSUPPORTED_MESSAGE = (
    "Server Open311 tidak mengenal tindakan '{label}'; tindakan ini tidak dapat dikirim."
)


def our_status(request_status: str | None, extended: str | None = None) -> Status:
    """Our status for an Open311 request (``open``/``closed``) and its last update's status."""
    closed = (request_status or "").strip().lower() == "closed"
    ours = _INBOUND.get((extended or "").strip().upper().replace(" ", "_"))
    if ours is None:
        return Status.SELESAI if closed else Status.MENUNGGU
    if ours is Status.MENUNGGU_VALIDASI and closed:
        return Status.SELESAI
    if ours.is_open == (not closed):
        return ours
    # The update and the request disagree (an update we did not see): trust open/closed.
    return Status.SELESAI if closed else Status.MENUNGGU


def status_after_update(extended: str | None) -> Status | None:
    """Our status for one update's extended status alone (None: unknown, keep the last)."""
    return _INBOUND.get((extended or "").strip().upper().replace(" ", "_"))


def update_status(action: ActionType) -> str | None:
    """The status an update asks for, for one of our actions; None: keep (a note) or
    not expressible (see ``expressible``)."""
    return _OUTBOUND.get(action)


def expressible(action: ActionType) -> bool:
    return action is ActionType.NOTE or action is ActionType.CREATE or action in _OUTBOUND


def event_type(before: Status | None, after: Status) -> str:
    """A timeline event type for an update that left the request in ``after``."""
    if before is after:
        return ActionType.NOTE.value
    return _EVENT_TYPES.get(after, ActionType.NOTE).value
