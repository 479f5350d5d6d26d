"""What people do to a report: the action types, who may do each, from which
status, to which status, and what each needs.

This module is the one definition of the workflow: the workstation checks an
action here before queueing it (so a person learns at once what is missing) and
the central server checks it again here before applying it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from .errors import DomainError
from .roles import Role
from .statuses import CLOSED_STATUSES, Status
from .validation import check_text


class ActionType(StrEnum):
    CREATE = "create"  # walk-in desk files a new report
    ACCEPT = "accept"  # Terima / Proses
    FOLLOWUP = "followup"  # Catat tindak lanjut (before/after photos + note)
    NOTE = "note"  # Tambah catatan
    FORWARD = "forward"  # Teruskan ke unit lain (Koordinasi)
    DISPOSE = "dispose"  # Dinas -> Suku Dinas (Disposisi)
    REASSIGN = "reassign"  # to another officer of the unit
    REJECT = "reject"  # Ditolak: not a valid report
    MARK_DUPLICATE = "mark_duplicate"  # Ditolak as a duplicate of another report
    SET_PRIORITY = "set_priority"
    VALIDATE = "validate"  # validator accepts the follow-up -> Selesai
    REJECT_FOLLOWUP = "reject_followup"  # validator rejects the follow-up -> TL Ditolak
    SUPPORT = "support"  # walk-in desk: the citizen supports an existing report (duplicate)

    @property
    def label(self) -> str:
        return ACTION_LABELS[self]


ACTION_LABELS: dict[ActionType, str] = {
    ActionType.CREATE: "Laporan baru",
    ActionType.ACCEPT: "Terima dan proses",
    ActionType.FOLLOWUP: "Catat tindak lanjut",
    ActionType.NOTE: "Tambah catatan",
    ActionType.FORWARD: "Teruskan ke unit lain",
    ActionType.DISPOSE: "Disposisi ke Suku Dinas",
    ActionType.REASSIGN: "Alihkan ke petugas lain",
    ActionType.REJECT: "Tolak laporan",
    ActionType.MARK_DUPLICATE: "Tandai duplikat",
    ActionType.SET_PRIORITY: "Atur prioritas",
    ActionType.VALIDATE: "Setujui tindak lanjut",
    ActionType.REJECT_FOLLOWUP: "Tolak tindak lanjut",
    ActionType.SUPPORT: "Dukung laporan yang sama",
}


class Priority(StrEnum):
    NORMAL = "normal"
    TINGGI = "tinggi"
    MENDESAK = "mendesak"


class PhotoKind(StrEnum):
    BEFORE = "before"
    AFTER = "after"
    EVIDENCE = "evidence"  # photos a citizen brings, or attached to a note


_OFFICERS = frozenset({Role.FIELD_OFFICER, Role.SUPERVISOR})
_SUPERVISOR = frozenset({Role.SUPERVISOR})
_VALIDATOR = frozenset({Role.VALIDATOR})
_DESK = frozenset({Role.DESK})
# Everyone who works on reports (the data protection officer does not: no scope).
_ALL = frozenset(Role) - {Role.PRIVACY_OFFICER}
_BEFORE_RESPONSE = frozenset({Status.MENUNGGU, Status.KOORDINASI, Status.DISPOSISI})
_WORKABLE = _BEFORE_RESPONSE | {Status.PROSES, Status.TL_DITOLAK}
_OPEN = frozenset(Status) - CLOSED_STATUSES


@dataclass(frozen=True)
class Rule:
    """One row of the workflow table."""

    action: ActionType
    roles: frozenset[Role]
    from_statuses: frozenset[Status]
    to_status: Status | None  # None: the status does not change
    counts_as_response: bool  # stops the 24-hour response clock


RULES: dict[ActionType, Rule] = {
    rule.action: rule
    for rule in (
        Rule(
            ActionType.ACCEPT,
            _OFFICERS,
            _BEFORE_RESPONSE | {Status.TL_DITOLAK},
            Status.PROSES,
            True,
        ),
        Rule(
            ActionType.FOLLOWUP,
            _OFFICERS,
            frozenset({Status.PROSES, Status.TL_DITOLAK}),
            Status.MENUNGGU_VALIDASI,
            True,
        ),
        Rule(ActionType.NOTE, _ALL, frozenset(Status), None, False),
        Rule(
            ActionType.FORWARD,
            _OFFICERS,
            _BEFORE_RESPONSE | {Status.PROSES},
            Status.KOORDINASI,
            True,
        ),
        Rule(ActionType.DISPOSE, _SUPERVISOR, _BEFORE_RESPONSE, Status.DISPOSISI, True),
        Rule(ActionType.REASSIGN, _SUPERVISOR, _WORKABLE, None, False),
        Rule(
            ActionType.REJECT, _SUPERVISOR, _BEFORE_RESPONSE | {Status.PROSES}, Status.DITOLAK, True
        ),
        Rule(
            ActionType.MARK_DUPLICATE,
            _SUPERVISOR,
            _BEFORE_RESPONSE | {Status.PROSES},
            Status.DITOLAK,
            True,
        ),
        Rule(ActionType.SET_PRIORITY, _SUPERVISOR, _OPEN, None, False),
        Rule(
            ActionType.VALIDATE,
            _VALIDATOR,
            frozenset({Status.MENUNGGU_VALIDASI}),
            Status.SELESAI,
            False,
        ),
        Rule(
            ActionType.REJECT_FOLLOWUP,
            _VALIDATOR,
            frozenset({Status.MENUNGGU_VALIDASI}),
            Status.TL_DITOLAK,
            False,
        ),
        # Walk-in desk, "link as duplicate": the citizen joins an open report as a
        # supporter instead of filing a new one (status unchanged; payload in intake.py).
        Rule(ActionType.SUPPORT, _DESK, _OPEN, None, False),
    )
}


def allowed_actions(role: Role, status: Status) -> list[ActionType]:
    """The actions a role may take on a report in this status, in menu order."""
    return [a for a, r in RULES.items() if role in r.roles and status in r.from_statuses]


def check_transition(action: ActionType, role: Role, status: Status) -> Status:
    """Return the status after ``action``, or raise if the role or status forbids it."""
    if action is ActionType.CREATE:
        raise DomainError("create_not_transition", "Laporan baru bukan perubahan status.")
    rule = RULES[action]
    if role not in rule.roles:
        raise DomainError(
            "role_forbidden",
            f"Peran {role.label} tidak boleh melakukan '{action.label}'.",
        )
    if status not in rule.from_statuses:
        raise DomainError(
            "invalid_transition",
            f"'{action.label}' tidak bisa dilakukan pada laporan berstatus {status.label}.",
        )
    return rule.to_status or status


def is_valid_transition(action: ActionType, role: Role, status: Status) -> bool:
    try:
        check_transition(action, role, status)
    except DomainError:
        return False
    return True


@dataclass(frozen=True)
class CheckedAction:
    """An action that passed the rules, with its payload cleaned."""

    action: ActionType
    new_status: Status
    payload: dict[str, Any]
    counts_as_response: bool


def check_action(
    action: ActionType, role: Role, status: Status, payload: Mapping[str, Any]
) -> CheckedAction:
    """Check an action against the workflow and its needs; return it cleaned.

    Raises DomainError with the first thing that is wrong, in words a person reads.
    """
    new_status = check_transition(action, role, status)
    cleaned = check_payload(action, payload)
    return CheckedAction(action, new_status, cleaned, RULES[action].counts_as_response)


def check_payload(action: ActionType, payload: Mapping[str, Any]) -> dict[str, Any]:
    """Check what an action needs (independent of the report's status)."""
    checker = _PAYLOAD_CHECKS.get(action)
    if checker is None:
        raise DomainError("unknown_action", "Jenis tindakan tidak dikenal.")
    return checker(payload)


def _photos(payload: Mapping[str, Any], *, required: bool) -> list[dict[str, Any]]:
    raw = payload.get("photos") or []
    if not isinstance(raw, list):
        raise DomainError("photos_invalid", "Daftar foto tidak valid.", "photos")
    photos: list[dict[str, Any]] = []
    for item in raw:
        if not isinstance(item, Mapping):
            raise DomainError("photos_invalid", "Daftar foto tidak valid.", "photos")
        sha = item.get("sha256", "")
        if not _is_sha256(sha):
            raise DomainError("photo_hash", "Sidik (hash) foto tidak valid.", "photos")
        try:
            kind = PhotoKind(item.get("kind", PhotoKind.EVIDENCE))
        except ValueError:
            raise DomainError(
                "photo_kind", "Jenis foto harus sebelum, sesudah, atau bukti.", "photos"
            ) from None
        photo: dict[str, Any] = {"sha256": sha, "kind": kind.value}
        photo.update(_photo_facts(item))
        photos.append(photo)
    if len(photos) > 20:
        raise DomainError("photos_too_many", "Paling banyak 20 foto per tindakan.", "photos")
    if required:
        kinds = {p["kind"] for p in photos}
        if PhotoKind.BEFORE not in kinds:
            raise DomainError(
                "photo_before_missing", "Foto sebelum penanganan wajib dilampirkan.", "photos"
            )
        if PhotoKind.AFTER not in kinds:
            raise DomainError(
                "photo_after_missing", "Foto sesudah penanganan wajib dilampirkan.", "photos"
            )
    return photos


def _photo_facts(item: Mapping[str, Any]) -> dict[str, Any]:
    """What the photo itself says (EXIF), kept so a validator can compare it with the
    report: capture time and place, and the hash of the original file (a photo used
    before is flagged even when it was re-encoded)."""
    facts: dict[str, Any] = {}
    original = item.get("original_sha256")
    if original is not None:
        if not _is_sha256(original):
            raise DomainError("photo_hash", "Sidik (hash) foto asli tidak valid.", "photos")
        facts["original_sha256"] = original
    captured = item.get("captured_at")
    if captured is not None:
        try:
            facts["captured_at"] = datetime.fromisoformat(str(captured)).isoformat()
        except ValueError:
            raise DomainError(
                "photo_time", "Waktu pengambilan foto tidak valid.", "photos"
            ) from None
    lat, lon = item.get("lat"), item.get("lon")
    if lat is not None and lon is not None:
        try:
            flat, flon = float(lat), float(lon)
        except (TypeError, ValueError):
            raise DomainError("photo_place", "Lokasi foto tidak valid.", "photos") from None
        if not (-90.0 <= flat <= 90.0 and -180.0 <= flon <= 180.0):
            raise DomainError("photo_place", "Lokasi foto tidak valid.", "photos")
        facts["lat"], facts["lon"] = flat, flon
    return facts


def _is_sha256(value: object) -> bool:
    return (
        isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)
    )


def _required_id(payload: Mapping[str, Any], key: str, message: str) -> str:
    value = payload.get(key)
    if not isinstance(value, str) or not value.strip() or len(value) > 100:
        raise DomainError(f"{key}_missing", message, key)
    return value.strip()


def _optional_note(payload: Mapping[str, Any]) -> dict[str, Any]:
    note = payload.get("note")
    return {"note": check_text("note", note)} if note else {}


def _check_accept(payload: Mapping[str, Any]) -> dict[str, Any]:
    return _optional_note(payload)


def _check_followup(payload: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "note": check_text("note", payload.get("note")),
        "photos": _photos(payload, required=True),
    }
    estimate = payload.get("estimated_completion")
    if estimate:
        try:
            out["estimated_completion"] = date.fromisoformat(str(estimate)).isoformat()
        except ValueError:
            raise DomainError(
                "estimate_invalid",
                "Perkiraan tanggal selesai tidak valid (format YYYY-MM-DD).",
                "estimated_completion",
            ) from None
    return out


def _check_note(payload: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"note": check_text("note", payload.get("note"))}
    photos = _photos(payload, required=False)
    if photos:
        out["photos"] = photos
    return out


def _check_forward(payload: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "target_unit_id": _required_id(payload, "target_unit_id", "Pilih unit tujuan."),
        "reason": check_text("reason", payload.get("reason")),
    }


def _check_reassign(payload: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "assignee_id": _required_id(payload, "assignee_id", "Pilih petugas tujuan."),
        "reason": check_text("reason", payload.get("reason")),
    }


def _check_reason(payload: Mapping[str, Any]) -> dict[str, Any]:
    return {"reason": check_text("reason", payload.get("reason"))}


def _check_duplicate(payload: Mapping[str, Any]) -> dict[str, Any]:
    out = {
        "duplicate_of": _required_id(
            payload, "duplicate_of", "Sebutkan laporan asli yang diduplikasi."
        )
    }
    if payload.get("reason"):
        out["reason"] = check_text("reason", payload.get("reason"))
    return out


def _check_priority(payload: Mapping[str, Any]) -> dict[str, Any]:
    try:
        return {"priority": Priority(str(payload.get("priority"))).value}
    except ValueError:
        raise DomainError(
            "priority_invalid", "Prioritas harus normal, tinggi, atau mendesak.", "priority"
        ) from None


def _check_support(payload: Mapping[str, Any]) -> dict[str, Any]:
    from .intake import check_support  # intake builds on this module

    return check_support(payload)


_PAYLOAD_CHECKS = {
    ActionType.ACCEPT: _check_accept,
    ActionType.FOLLOWUP: _check_followup,
    ActionType.NOTE: _check_note,
    ActionType.FORWARD: _check_forward,
    ActionType.DISPOSE: _check_forward,
    ActionType.REASSIGN: _check_reassign,
    ActionType.REJECT: _check_reason,
    ActionType.MARK_DUPLICATE: _check_duplicate,
    ActionType.SET_PRIORITY: _check_priority,
    ActionType.VALIDATE: _check_accept,
    ActionType.REJECT_FOLLOWUP: _check_reason,
    ActionType.SUPPORT: _check_support,
}
