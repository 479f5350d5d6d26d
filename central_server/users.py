"""Adding officers by hand (crm-central user add)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from crm_shared.domain import Role

from .models import Officer, Unit
from .passwords import hash_password

MIN_PASSWORD_LENGTH = 8


class UserError(ValueError):
    """A readable reason why the officer could not be added."""


def add_officer(
    session: Session, officer_id: str, name: str, role: str, unit_id: str, password: str
) -> Officer:
    try:
        Role(role)
    except ValueError:
        raise UserError(f"Peran '{role}' tidak dikenal.") from None
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"Kata sandi minimal {MIN_PASSWORD_LENGTH} karakter.")
    if session.get(Unit, unit_id) is None:
        raise UserError(f"Unit '{unit_id}' tidak ada.")
    if session.get(Officer, officer_id) is not None:
        raise UserError(f"Petugas '{officer_id}' sudah ada.")
    officer = Officer(
        id=officer_id,
        name=name,
        role=role,
        unit_id=unit_id,
        password_hash=hash_password(password),
        failed_logins=0,
        locked_until=None,
        active=True,
        is_demo=False,
    )
    session.add(officer)
    return officer
