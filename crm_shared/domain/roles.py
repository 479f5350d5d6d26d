"""Roles in the workstation and what each may see."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    FIELD_OFFICER = "field_officer"
    DESK = "desk"
    SUPERVISOR = "supervisor"
    VALIDATOR = "validator"
    # The province's data protection officer (UU 27/2022 art. 53): serves citizens'
    # rights over their data on the server; has no workstation pages and no report scope.
    PRIVACY_OFFICER = "privacy_officer"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS: dict[Role, str] = {
    Role.FIELD_OFFICER: "Petugas lapangan",
    Role.DESK: "Petugas meja pengaduan",
    Role.SUPERVISOR: "Pimpinan unit",
    Role.VALIDATOR: "Validator (Biro Pemerintahan)",
    Role.PRIVACY_OFFICER: "Pejabat Pelindungan Data Pribadi",
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


def may_serve_data_rights(role: Role) -> bool:
    """Only the data protection officer looks a person up by NIK or phone, exports,
    corrects or erases what is held about them (every step audited, with a reason).

    Kept apart from the validators on purpose: a validator sees the identity of the
    reports waiting for validation, one by one; a search across all reports by NIK is
    a stronger power, given to few people.
    """
    return role is Role.PRIVACY_OFFICER
