"""Which reports an officer may see (protocol v1 "Scope").

- field officer: reports of the officer's unit;
- supervisor: reports of the unit and every unit below it;
- desk: reports the desk officer created;
- validator: reports waiting for validation.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, false, select
from sqlalchemy.orm import Session

from crm_shared.domain import Role, Status

from .auth import CurrentOfficer
from .models import Report, Unit


def descendant_units(session: Session, unit_id: str) -> frozenset[str]:
    """The unit and all units below it."""
    children: dict[str, list[str]] = {}
    for uid, parent in session.execute(select(Unit.id, Unit.parent_id)):
        if parent is not None:
            children.setdefault(parent, []).append(uid)
    found = {unit_id}
    stack = [unit_id]
    while stack:
        for child in children.get(stack.pop(), ()):
            if child not in found:
                found.add(child)
                stack.append(child)
    return frozenset(found)


@dataclass(frozen=True)
class Scope:
    """The scope of one officer, usable both as a SQL filter and in Python."""

    role: Role
    officer_id: str
    units: frozenset[str]

    @classmethod
    def of(cls, session: Session, officer: CurrentOfficer) -> Scope:
        if officer.role is Role.SUPERVISOR:
            units = descendant_units(session, officer.unit_id)
        else:
            units = frozenset({officer.unit_id})
        return cls(officer.role, officer.id, units)

    def where(self) -> ColumnElement[bool]:
        """SQL condition on Report for the reports in scope."""
        if self.role is Role.DESK:
            return Report.created_by == self.officer_id
        if self.role is Role.VALIDATOR:
            return Report.status == Status.MENUNGGU_VALIDASI.value
        if self.role is Role.PRIVACY_OFFICER:
            return false()  # serves rights through /privacy, syncs no reports
        if len(self.units) == 1:
            return Report.unit_id == next(iter(self.units))
        return Report.unit_id.in_(sorted(self.units))

    def contains(self, unit_id: str | None, status: str | None, created_by: str | None) -> bool:
        """Whether a report with these values is (or was) in scope."""
        if self.role is Role.DESK:
            return created_by == self.officer_id
        if self.role is Role.VALIDATOR:
            return status == Status.MENUNGGU_VALIDASI.value
        if self.role is Role.PRIVACY_OFFICER:
            return False
        return unit_id in self.units

    def sees(self, report: Report) -> bool:
        return self.contains(report.unit_id, report.status, report.created_by)
