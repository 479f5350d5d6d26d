"""Our workflow and Open311's statuses, as well as they map.

GeoReport v2 itself knows only ``open`` and ``closed``; FixMyStreet's
``servicerequestupdates`` carry extended statuses. Inbound, the last update's
extended status is read together with the request's open/closed (``FIXED`` on an
open request is a follow-up waiting for validation, on a closed one it is done).
Outbound, each of our actions becomes the status an update asks for; actions
that Open311 cannot express (reassigning within the unit, priority, forwarding to
one of our units, anything that needs photos) are refused with a reason a person
can read, before they are queued (``local_refusal``). A note never carries a
status of its own: it repeats the status the client has just read from the server.

Status words arrive in any case and with spaces or hyphens (FixMyStreet writes
``in progress``, ``not councils responsibility``, others ``IN_PROGRESS``):
``normalise`` makes them one word. The table is documented in docs/open311.md.
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
    "CONFIRMED": Status.MENUNGGU,
    "FOR_TRIAGE": Status.MENUNGGU,
    "ACKNOWLEDGED": Status.MENUNGGU,
    "SUBMITTED": Status.MENUNGGU,
    INVESTIGATING: Status.PROSES,
    IN_PROGRESS: Status.PROSES,
    ACTION_SCHEDULED: Status.PROSES,
    INTERNAL_REFERRAL: Status.KOORDINASI,
    FIXED: Status.MENUNGGU_VALIDASI,
    CLOSED: Status.SELESAI,
    DUPLICATE: Status.DITOLAK,
    NOT_COUNCILS_RESPONSIBILITY: Status.DITOLAK,
    NO_FURTHER_ACTION: Status.DITOLAK,
    "NOT_RESPONSIBLE": Status.DITOLAK,
    "UNABLE_TO_FIX": Status.DITOLAK,
    "WONT_FIX": Status.DITOLAK,
    "REOPENED": Status.MENUNGGU,
    "FIXED_COUNCIL": Status.MENUNGGU_VALIDASI,
    "FIXED_USER": Status.MENUNGGU_VALIDASI,
    "RESOLVED": Status.SELESAI,
    "COMPLETED": Status.SELESAI,
}

# Actions a GeoReport v2 server cannot take from us: refused before they are queued.
# Forwarding names one of OUR units (``target_unit_id``): standard servers have no
# such field and refuse it. Follow-ups need before/after photos and GeoReport v2
# cannot upload photos.
_LOCAL_REFUSALS: dict[ActionType, tuple[str, str]] = {
    ActionType.FORWARD: (
        "open311_no_forward",
        "Server Open311 tidak dapat meneruskan laporan ke unit lain; teruskan lewat "
        "sistem instansi pemilik server.",
    ),
    ActionType.DISPOSE: (
        "open311_no_forward",
        "Server Open311 tidak dapat meneruskan laporan ke unit lain; teruskan lewat "
        "sistem instansi pemilik server.",
    ),
    ActionType.REASSIGN: (
        "open311_no_reassign",
        "Server Open311 tidak mengenal penugasan petugas; tindakan ini tidak dapat dikirim.",
    ),
    ActionType.SET_PRIORITY: (
        "open311_no_priority",
        "Server Open311 tidak mengenal prioritas laporan; tindakan ini tidak dapat dikirim.",
    ),
    ActionType.FOLLOWUP: (
        "open311_no_photos",
        "Server Open311 tidak menerima foto, padahal tindak lanjut wajib berfoto; "
        "catat tindak lanjut lewat server CRM.",
    ),
}
NO_PHOTOS_CODE = "open311_no_photos"
NO_PHOTOS_MESSAGE = (
    "Server Open311 tidak menerima foto; kirim catatan tanpa foto atau lewat server CRM."
)

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


def normalise(word: str | None) -> str:
    """A status word as one upper-case word: ``in progress`` -> ``IN_PROGRESS``."""
    out = (word or "").strip().upper()
    for sep in (" ", "-", "/"):
        out = out.replace(sep, "_")
    while "__" in out:
        out = out.replace("__", "_")
    return out


def our_status(request_status: str | None, extended: str | None = None) -> Status:
    """Our status for an Open311 request (``open``/``closed``) and its last update's status."""
    plain = normalise(request_status)
    closed = plain == CLOSED
    ours = _INBOUND.get(normalise(extended))
    if ours is None and plain not in ("", OPEN, CLOSED):
        ours = _INBOUND.get(plain)  # a server that puts extended words in ``status``
        if ours is not None:
            closed = not ours.is_open
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
    return _INBOUND.get(normalise(extended))


def update_status(action: ActionType) -> str | None:
    """The status an update asks for, for one of our actions; None: keep (a note) or
    not expressible (see ``expressible``)."""
    return _OUTBOUND.get(action)


def expressible(action: ActionType) -> bool:
    return (
        action is ActionType.NOTE or action is ActionType.CREATE or action in _OUTBOUND
    ) and action not in _LOCAL_REFUSALS


def local_refusal(action: ActionType, has_photos: bool = False) -> tuple[str, str] | None:
    """(code, Indonesian sentence) when a GeoReport v2 server cannot take this action
    (checked before the action is queued); None when it can."""
    refusal = _LOCAL_REFUSALS.get(action)
    if refusal is not None:
        return refusal
    if action not in _OUTBOUND and action not in (ActionType.NOTE, ActionType.CREATE):
        return ("open311_unsupported", UNSUPPORTED_MESSAGE.format(label=action.label))
    if has_photos and action is not ActionType.CREATE:
        return (NO_PHOTOS_CODE, NO_PHOTOS_MESSAGE)
    return None


def is_open311_etag(etag: str | None) -> bool:
    """Whether a profile's reference data came from an Open311 server (its ETag)."""
    return bool(etag) and str(etag).startswith("open311:")


def event_type(before: Status | None, after: Status) -> str:
    """A timeline event type for an update that left the request in ``after``."""
    if before is after:
        return ActionType.NOTE.value
    return _EVENT_TYPES.get(after, ActionType.NOTE).value
