"""Blocks of official report numbers that a walk-in desk may hand out offline.

Numbers come from the same per-day counter as server-assigned numbers, so a
leased number is never given to another report. A lease ends at midnight in
Jakarta; numbers returned unused are released (never handed out again).
"""

from __future__ import annotations

import uuid
from datetime import datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_shared.domain import JAKARTA_TZ, DomainError

from .auth import CurrentOfficer
from .clock import as_utc, utcnow
from .errors import ApiError
from .models import LeasedNumber, NumberLease, Officer
from .numbering import jakarta_today, take_numbers


def end_of_jakarta_day(now: datetime) -> datetime:
    day = jakarta_today(now)
    return datetime.combine(day + timedelta(days=1), time(0), tzinfo=JAKARTA_TZ).astimezone(
        now.tzinfo
    )


def outstanding_numbers(session: Session, officer_id: str, now: datetime) -> int:
    """Leased numbers the desk still holds: unexpired, neither used nor released (a
    partly returned lease keeps the numbers not given back)."""
    return int(
        session.execute(
            select(func.count())
            .select_from(LeasedNumber)
            .join(NumberLease, NumberLease.id == LeasedNumber.lease_id)
            .where(
                NumberLease.officer_id == officer_id,
                NumberLease.expires_at > now,
                LeasedNumber.report_id.is_(None),
                LeasedNumber.released.is_(False),
            )
        ).scalar_one()
    )


def lease_numbers(
    session: Session, officer: CurrentOfficer, count: int, quota: int
) -> tuple[str, list[str], datetime]:
    """Lease ``count`` numbers unless the desk would then hold more than ``quota`` unused.

    The quota keeps one desk (or a runaway client) from taking a day's numbers from
    everyone else. The desk's officer row is locked first, so two requests of the
    same desk cannot both pass the check; other desks are not held up.
    """
    now = utcnow()
    session.execute(select(Officer.id).where(Officer.id == officer.id).with_for_update())
    held = outstanding_numbers(session, officer.id, now)
    if held + count > quota:
        raise ApiError(
            409,
            "lease_quota",
            f"Meja ini masih memegang {held} nomor laporan yang belum dipakai (batas {quota}). "
            "Pakai atau kembalikan nomor itu dulu sebelum meminta nomor baru.",
        )
    try:
        numbers = take_numbers(session, jakarta_today(now), count)
    except DomainError:
        raise ApiError(
            409, "numbers_exhausted", "Nomor laporan untuk hari ini sudah habis."
        ) from None
    lease_id = str(uuid.uuid4())
    expires_at = end_of_jakarta_day(now)
    session.add(
        NumberLease(
            id=lease_id,
            officer_id=officer.id,
            created_at=now,
            expires_at=expires_at,
            returned_at=None,
        )
    )
    session.flush()
    session.add_all(
        LeasedNumber(number=n, lease_id=lease_id, report_id=None, released=False) for n in numbers
    )
    return lease_id, numbers, expires_at


def return_numbers(
    session: Session, officer: CurrentOfficer, lease_id: str, unused: list[str]
) -> None:
    """Release ``unused`` numbers of the officer's lease (all or nothing)."""
    lease = session.get(NumberLease, lease_id)
    if lease is None or lease.officer_id != officer.id:
        raise ApiError(404, "lease_not_found", "Blok nomor laporan tidak ditemukan.")
    rows = {
        row.number: row
        for row in session.execute(
            select(LeasedNumber).where(LeasedNumber.lease_id == lease_id).with_for_update()
        ).scalars()
    }
    wanted = [n.strip().upper() for n in unused]
    strangers = [n for n in wanted if n not in rows]
    if strangers:
        raise ApiError(
            422,
            "number_not_in_lease",
            f"Nomor {strangers[0][:20]} bukan bagian dari blok nomor ini.",
        )
    used = [n for n in wanted if rows[n].report_id is not None]
    if used:
        raise ApiError(
            409,
            "number_used",
            f"Nomor {used[0]} sudah dipakai untuk laporan; tidak bisa dikembalikan.",
        )
    for number in wanted:
        rows[number].released = True
    lease.returned_at = utcnow()


def lease_is_live(lease: NumberLease, at: datetime) -> bool:
    return lease.returned_at is None and at <= as_utc(lease.expires_at)
