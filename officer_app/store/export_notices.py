"""Exports the server has not been told about yet, kept in the profile's audit log.

A supervisor's CSV/PDF export is audited on the server (``POST
/api/v1/audit/exports``). Made offline, the notice waits here: a row of the
local ``audit_log`` of kind ``export_notice`` whose ``detail`` holds the notice
and a ``sent`` flag. The services send what is pending after each successful
sync and set the flag; the row itself stays, as the workstation's own record.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from crm_shared.protocol.wire import ExportNotice

from .schema import AuditEntry

KIND = "export_notice"


def keep(store: Any, notice: ExportNotice) -> int:
    """Record ``notice`` as not yet sent; the id of its local audit row."""
    with store.write() as s:
        entry = AuditEntry(
            at=datetime.now(UTC),
            kind=KIND,
            detail={**notice.model_dump(mode="json"), "sent": False},
        )
        s.add(entry)
        s.flush()
        return int(entry.id)


def pending(store: Any) -> list[tuple[int, ExportNotice]]:
    """Notices not yet sent (nor refused by the server), oldest first."""
    with store.read() as s:
        rows = s.execute(
            select(AuditEntry.id, AuditEntry.detail)
            .where(AuditEntry.kind == KIND)
            .order_by(AuditEntry.id)
        ).all()
    out: list[tuple[int, ExportNotice]] = []
    for entry_id, detail in rows:
        d = dict(detail or {})
        if d.get("sent") is False and not d.get("refused"):
            notice = {k: d[k] for k in ExportNotice.model_fields if k in d}
            out.append((int(entry_id), ExportNotice.model_validate(notice)))
    return out


def mark(store: Any, entry_id: int, *, server_id: int | None = None, refused: str = "") -> None:
    """The server took the notice (its entry id), or refused it for good (the code)."""
    with store.write() as s:
        entry = s.get(AuditEntry, entry_id)
        if entry is None:
            return
        detail = dict(entry.detail or {})
        if refused:
            detail["refused"] = refused
        else:
            detail["sent"] = True
            detail["server_id"] = server_id
        entry.detail = detail  # a new dict: the JSON column sees the change
