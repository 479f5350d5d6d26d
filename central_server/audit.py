"""The audit log: who saw an identity, who changed what, who logged in.

Rows are only ever appended; where cheap the database itself refuses UPDATE and
DELETE on the table (a trigger), so a bug elsewhere cannot rewrite history.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from .models import AuditEntry


class AuditKind:
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGOUT = "logout"
    IDENTITY_VIEW = "identity_view"
    STATUS_CHANGE = "status_change"
    REASSIGN = "reassign"
    FORWARD = "forward"
    CREATE = "create"
    EXPORT = "export"  # a supervisor exported figures on the workstation
    # Personal data life cycle (central_server.privacy): never a NIK, phone or name in
    # ``detail``, only which fields, how many, who and why.
    IDENTITY_ERASE = "identity_erase"
    IDENTITY_CORRECT = "identity_correct"
    ERASURE_REFUSED = "erasure_refused"
    PRIVACY_SEARCH = "privacy_search"
    PRIVACY_EXPORT = "privacy_export"
    LEGAL_HOLD = "legal_hold"
    LEGAL_HOLD_RELEASE = "legal_hold_release"
    RETENTION_RUN = "retention_run"
    EXPOSURE_QUERY = "exposure_query"


def record(
    session: Session,
    kind: str,
    *,
    actor_id: str | None,
    report_id: str | None = None,
    unit_id: str | None = None,
    detail: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> AuditEntry:
    """Append one audit row in the caller's transaction (commits with the change)."""
    entry = AuditEntry(
        at=at or datetime.now(UTC),
        actor_id=actor_id,
        kind=kind,
        report_id=report_id,
        unit_id=unit_id,
        detail=detail or {},
    )
    session.add(entry)
    return entry


_SQLITE_GUARDS = [
    """CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
]

_PG_GUARDS = [
    """CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'audit_log is append-only'; END; $$ LANGUAGE plpgsql""",
    "DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log",
    """CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
       FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()""",
]


def install_append_only_guard(conn: Connection) -> None:
    """Install the guard in the caller's transaction (db.create_all holds the schema lock)."""
    statements = _SQLITE_GUARDS if conn.dialect.name == "sqlite" else _PG_GUARDS
    if conn.dialect.name not in ("sqlite", "postgresql"):
        return
    for statement in statements:
        conn.execute(text(statement))
