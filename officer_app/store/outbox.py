"""The outbox: user actions waiting for the server, oldest first.

States: ``pending`` (waiting to be sent), ``sending`` (in a batch on the wire;
turned back to ``pending`` at the start of the next cycle, the server's
idempotency makes the resend harmless) and ``needs_attention`` (the server
refused it, or the report moved away: a person decides to resend or discard).
An applied action leaves the outbox.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import UTC, datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from .schema import OutboxItem, Report

PENDING = "pending"
SENDING = "sending"
NEEDS_ATTENTION = "needs_attention"
WAITING_STATES = (PENDING, SENDING)

# Reason given when the server moved a report away from this user.
MOVED_AWAY_CODE = "dialihkan"
MOVED_AWAY_MESSAGE = (
    "Laporan ini sudah dialihkan ke unit atau petugas lain sebelum tindakan Anda "
    "terkirim. Kirim ulang atau batalkan tindakan ini."
)


# Refusals a resend may overcome (decided by the stored error code): the report
# changed or moved meanwhile (look, then resend), a photo that had not arrived, a
# server that failed for a while. Any other code (data the server finds invalid, a
# step the workflow forbids, an unknown unit) is refused again exactly as it is.
CONFLICT_CODES = frozenset({"stale", "not_in_scope", "conflict", MOVED_AWAY_CODE})
TRANSIENT_CODES = frozenset(
    {"photo_missing", "open311_server_error", "numbers_exhausted", "lease_quota", "unavailable"}
)


def is_conflict(code: str | None) -> bool:
    """The server's answer was a conflict with another change (not a refusal)."""
    return bool(code) and (code in CONFLICT_CODES or str(code).startswith("conflict"))


def resend_may_succeed(code: str | None) -> bool:
    """Whether "Kirim ulang" can help: conflicts and passing failures only."""
    if code is None:
        return True  # nothing stored about why: let the person try
    return is_conflict(code) or code in TRANSIENT_CODES or code.startswith("http_5")


def refresh_pending_counts(session: Session, report_ids: Collection[str]) -> None:
    """Recount the waiting outbox rows of these reports into ``reports.pending_count``."""
    if not report_ids:
        return
    waiting = (
        select(func.count())
        .select_from(OutboxItem)
        .where(OutboxItem.report_id == Report.id)
        .where(OutboxItem.state.in_(WAITING_STATES))
        .correlate(Report)
        .scalar_subquery()
    )
    # One statement for any number of reports (a correlated count per row).
    session.execute(
        update(Report)
        .where(Report.id.in_(list(report_ids)))
        .values(pending_count=waiting)
        .execution_options(synchronize_session=False)
    )


def waiting_types_by_report(session: Session) -> dict[str, list[str]]:
    """Action types still waiting to be sent, per report (protects their fields)."""
    out: dict[str, list[str]] = {}
    rows = session.execute(
        select(OutboxItem.report_id, OutboxItem.type)
        .where(OutboxItem.state.in_(WAITING_STATES))
        .order_by(OutboxItem.seq)
    )
    for rid, typ in rows.tuples():
        out.setdefault(rid, []).append(typ)
    return out


def reports_with_outbox(session: Session, report_ids: Collection[str]) -> set[str]:
    """Which of these reports hold unsent work in any state."""
    if not report_ids:
        return set()
    rows = session.scalars(
        select(OutboxItem.report_id).where(OutboxItem.report_id.in_(list(report_ids))).distinct()
    )
    return set(rows)


def next_pending(session: Session, limit: int, after_seq: int = 0) -> list[OutboxItem]:
    """The oldest pending rows after ``after_seq``, in the order they happened."""
    stmt = select(OutboxItem).where(OutboxItem.state == PENDING, OutboxItem.seq > after_seq)
    return list(session.scalars(stmt.order_by(OutboxItem.seq).limit(limit)))


def items(
    session: Session, states: Sequence[str] = (PENDING, SENDING, NEEDS_ATTENTION)
) -> list[OutboxItem]:
    stmt = select(OutboxItem).where(OutboxItem.state.in_(list(states))).order_by(OutboxItem.seq)
    return list(session.scalars(stmt))


def count_by_state(session: Session) -> dict[str, int]:
    rows = session.execute(
        select(OutboxItem.state, func.count()).group_by(OutboxItem.state)
    ).tuples()
    return {state: int(n) for state, n in rows}


def needs_attention(
    session: Session, item: OutboxItem, code: str, message: str, now: datetime | None = None
) -> None:
    item.state = NEEDS_ATTENTION
    item.last_error_code = code[:100]
    item.last_error_message = message
    item.updated_at = now or datetime.now(UTC)


def requeue_sending(session: Session) -> int:
    """Rows left ``sending`` by an interrupted cycle go back to ``pending``."""
    result = session.execute(
        update(OutboxItem).where(OutboxItem.state == SENDING).values(state=PENDING)
    )
    return int(getattr(result, "rowcount", 0) or 0)
