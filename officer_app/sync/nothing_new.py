"""A headless sync with nothing to do, without the engine (issue 22).

Most ``officer-app sync`` runs find nothing new; most of their time was importing
SQLAlchemy, the schema and the engine (docs/performance.md). Here the profile is
read with the SQLCipher driver alone and the server is asked, with the saved
token, whether anything is new: the reference data's ETag (304) and one short
page of the change feed from the stored cursor. When both say nothing and the
profile has nothing to send, the cycle's outcome is exactly what the engine's
would be (the cursor the server gave, its count, the time of the sync), written
in one transaction; ``run`` answers the summary the command prints.

Anything else answers None *before anything is written*, and the command runs
the whole cycle as always: actions or export notices waiting, a desk (it leases
numbers) or a role that receives identities (its copies are cleaned after a
sync), no daily copy from the last hour (the cycle writes one), no saved token,
an answer other than 304 / an empty page, a count that differs from ours (the
engine re-pulls), a schema not at head, any error at all.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from officer_app.store import migrate
from officer_app.store.daily_copies import daily_copy_is_fresh
from officer_app.store.db import connect_encrypted

from .transport import TransportPolicy, device_name

log = logging.getLogger(__name__)

API_PREFIX = "/api/v1"  # crm_shared.protocol.wire.API_PREFIX (a test keeps them equal)
OK_MESSAGE = "Sinkronisasi selesai."  # engine.MESSAGES[Outcome.OK] (tested equal)
# Roles whose cycle is the reference, the push and the pull only: not the desk (it
# leases numbers) nor the validator (it receives identities: copies are cleaned).
PLAIN_ROLES = frozenset({"field_officer", "supervisor"})
EXPORT_NOTICE_KIND = "export_notice"  # store.export_notices.KIND (tested equal)
WIPED_PREFIX = "identity_wiped/"  # store.identity_vault.WIPED_PREFIX (tested equal)
PEEK_LIMIT = 1  # an empty page is all this path accepts
CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 30.0
_OUTBOX_WAITING = ("pending", "sending")


@dataclass(frozen=True)
class LocalState:
    """What the profile says about its next cycle (read in one read transaction)."""

    server_url: str
    officer_id: str
    cursor: int
    etag: str
    needs_attention: int
    visible: int  # reports the server also counts (``queries.visible_server_count``)


def read_local(db_file: Path, key: bytes | bytearray) -> LocalState | None:
    """The profile's state, or None when its cycle has more to do than ask."""
    conn = connect_encrypted(db_file, key)
    try:
        conn.isolation_level = None
        conn.execute("BEGIN")  # one snapshot for every read below (closed: rolled back)
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        head = migrate.quick_head()
        if revision is None or head is None or revision[0] != head:
            return None  # the store would migrate it first
        state = conn.execute(
            "SELECT server_url, officer_id, role, cursor FROM sync_state WHERE id = 1"
        ).fetchone()
        if state is None or not state[0] or not state[1] or state[2] not in PLAIN_ROLES:
            return None
        etag = conn.execute("SELECT etag FROM reference_data WHERE id = 1").fetchone()
        if etag is None or not etag[0]:
            return None
        counts = dict(conn.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())
        if any(counts.get(s) for s in _OUTBOX_WAITING):
            return None
        if _notices_waiting(conn) or _tombstones(conn):
            return None
        visible = conn.execute(
            "SELECT count(*) FROM reports WHERE in_scope = 1 AND server_status IS NOT NULL"
        ).fetchone()[0]
        return LocalState(
            server_url=state[0],
            officer_id=state[1],
            cursor=int(state[3] or 0),
            etag=etag[0],
            needs_attention=int(counts.get("needs_attention", 0)),
            visible=int(visible),
        )
    finally:
        conn.close()


def _notices_waiting(conn: Any) -> bool:
    """An export notice not yet sent nor refused (``export_notices.pending``)."""
    rows = conn.execute(
        "SELECT detail FROM audit_log WHERE kind = ?", (EXPORT_NOTICE_KIND,)
    ).fetchall()
    for (detail,) in rows:
        d = json.loads(detail) if isinstance(detail, str) else {}
        if not isinstance(d, dict) or (d.get("sent") is False and not d.get("refused")):
            return True
    return False


def _tombstones(conn: Any) -> bool:
    """Identities wiped here that copies may still hold (``identity_vault.wiped_refs``)."""
    row = conn.execute(
        "SELECT 1 FROM meta WHERE substr(key, 1, ?) = ? LIMIT 1",
        (len(WIPED_PREFIX), WIPED_PREFIX),
    ).fetchone()
    return row is not None


def run(
    db_file: Path,
    key: bytes | bytearray,
    local: LocalState,
    *,
    server: str,
    token: str,
    transport: TransportPolicy,
) -> dict[str, Any] | None:
    """Ask the server; the cycle's summary when nothing is new (written), else None."""
    started = time.monotonic()
    if not daily_copy_is_fresh(db_file, datetime.now(UTC)):
        return None  # the cycle writes the day's copy
    page = _ask(server, token, transport, local)
    if page is None:
        return None
    received, cursor, total = page
    now = datetime.now(UTC).replace(tzinfo=None)
    conn = connect_encrypted(db_file, key)
    try:
        conn.isolation_level = None
        conn.execute("PRAGMA synchronous=NORMAL")  # as the store's connections (store.db)
        conn.execute("BEGIN IMMEDIATE")
        try:
            again = conn.execute(
                "SELECT count(*) FROM outbox WHERE state IN (?, ?)", _OUTBOX_WAITING
            ).fetchone()[0]
            current = conn.execute("SELECT cursor FROM sync_state WHERE id = 1").fetchone()
            if again or current is None or int(current[0] or 0) != local.cursor:
                conn.execute("ROLLBACK")  # something happened meanwhile: the whole cycle
                return None
            # As the engine's cycle ends (``_apply_page`` and ``_finish``); the stored
            # form of a datetime is SQLAlchemy's for SQLite (naive UTC, microseconds).
            conn.execute(
                "UPDATE sync_state SET cursor = ?, total_visible = ?, last_sync_at = ?,"
                " last_error = NULL WHERE id = 1",
                (cursor, total, now.strftime("%Y-%m-%d %H:%M:%S.%f")),
            )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()
    return summary(
        cursor=cursor,
        needs_attention=local.needs_attention,
        received=received,
        duration_s=time.monotonic() - started,
    )


def _ask(
    server: str, token: str, transport: TransportPolicy, local: LocalState
) -> tuple[int, int, int] | None:
    """(bytes received, the server's cursor, its count) when nothing is new, else None."""
    import requests

    from officer_app import __version__

    try:
        transport.check_url(server)
        verify = transport.verify()
    except ValueError:
        return None  # the whole cycle says why
    base = server.rstrip("/") + API_PREFIX
    timeout = (CONNECT_TIMEOUT_S, READ_TIMEOUT_S)
    with requests.Session() as http:
        http.verify = verify
        http.headers["User-Agent"] = f"crm-officer-workstation/{__version__}"
        http.headers["X-CRM-Device"] = device_name()
        http.headers["Accept"] = "application/json"
        http.headers["Authorization"] = f"Bearer {token}"
        try:
            ref = http.get(
                f"{base}/reference",
                headers={"If-None-Match": local.etag},
                timeout=timeout,
                allow_redirects=False,
            )
            if ref.status_code != 304:
                return None
            feed = http.get(
                f"{base}/sync/changes",
                params={"cursor": local.cursor, "limit": PEEK_LIMIT},
                timeout=timeout,
                allow_redirects=False,
            )
            body = feed.content
        except requests.RequestException as exc:
            log.info("nothing-new check not answered: %s", type(exc).__name__)
            return None
    if feed.status_code != 200:
        return None
    try:
        page = json.loads(body)
    except ValueError:
        return None
    if not _empty_page(page, local):
        return None
    return len(ref.content) + len(body), page["cursor"], page["total_visible"]


def _empty_page(page: Any, local: LocalState) -> bool:
    """A last page with nothing in it, whose count is ours (else the engine re-pulls)."""
    if not isinstance(page, dict):
        return False
    cursor, total = page.get("cursor"), page.get("total_visible")
    return (
        page.get("reports") == []
        and page.get("removed") == []
        and page.get("has_more") is False
        and type(cursor) is int
        and type(total) is int
        and local.cursor <= cursor < 2**63
        and total == local.visible
    )


def summary(
    *, cursor: int, needs_attention: int, received: int, duration_s: float
) -> dict[str, Any]:
    """``SyncResult.summary()`` of a cycle that found nothing (a test compares them)."""
    return {
        "outcome": "ok",
        "message": OK_MESSAGE,
        "pulled": 0,
        "removed": 0,
        "pushed": 0,
        "applied": 0,
        "duplicates": 0,
        "conflicts": 0,
        "rejected": 0,
        "media_uploaded": 0,
        "duration_s": round(duration_s, 3),
        "cursor": cursor,
        "pages": 1,
        "bytes": received,
        "recounted": False,
        "set_aside": 0,
        "numbers_returned": 0,
        "lease_declined": "",
        "needs_attention": needs_attention,
        "waiting": 0,
    }
