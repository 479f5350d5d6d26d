"""Roles in the workstation and what each may see."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    FIELD_OFFICER = "field_officer"
    DESK = "desk"
    SUPERVISOR = "supervisor"
    VALIDATOR = "validator"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS: dict[Role, str] = {
    Role.FIELD_OFFICER: "Petugas lapangan",
    Role.DESK: "Petugas meja pengaduan",
    Role.SUPERVISOR: "Pimpinan unit",
    Role.VALIDATOR: "Validator (Biro Pemerintahan)",
}


def may_see_identity(role: Role) -> bool:
    """Whether a role may ever be shown a reporter's identity.

    Identity protection is the default, not a setting: field officers and
    supervisors never see who reported. The desk enters identity (and only in its
    own create action); validators may look it up, and every look is audited.
    """
    return role is Role.VALIDATOR


def may_enter_identity(role: Role) -> bool:
    """Only the walk-in desk takes a citizen's identity from the KTP."""
    return role is Role.DESK
