"""Tables of the local profile database (one SQLite file per signed-in user).

The schema itself is created and changed only by the Alembic migrations in
``migrations/``; these declarations are how the code reads and writes it, and a
test checks that the two agree.

Datetimes are stored as UTC (naive in SQLite, aware in Python): ISO strings in
UTC sort in time order, which the urgency ordering relies on.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetimes in Python, UTC naive in SQLite."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime refused by the local store")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UtcDateTime(), date: Date(), dict[str, Any]: JSON()}


class Report(Base):
    """A report as the server last sent it, with the local overlay of pending work."""

    __tablename__ = "reports"
    # An integer key that VACUUM never renumbers: the row id of the search index.
    rid: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(100), unique=True)
    number: Mapped[str] = mapped_column(String(20), index=True)
    category_id: Mapped[str] = mapped_column(String(100), index=True)
    channel: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(30), index=True)  # as shown (local overlay)
    description: Mapped[str] = mapped_column(Text)
    address: Mapped[str] = mapped_column(String(500), default="")
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    kelurahan_code: Mapped[str | None] = mapped_column(String(30), index=True)
    unit_id: Mapped[str] = mapped_column(String(100))
    assignee_id: Mapped[str | None] = mapped_column(String(100))
    is_private: Mapped[bool] = mapped_column(Boolean, default=True)
    priority: Mapped[str] = mapped_column(String(20), default="normal")
    created_at: Mapped[datetime]
    landed_at: Mapped[datetime]
    first_response_at: Mapped[datetime | None]
    followup_at: Mapped[datetime | None]
    completed_at: Mapped[datetime | None]
    estimated_completion: Mapped[date | None]
    duplicate_of: Mapped[str | None] = mapped_column(String(100))
    supporters: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=0)  # server version (0: not yet)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    reporter: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # --- local columns ---
    server_status: Mapped[str | None] = mapped_column(String(30))  # None: never on the server
    due_at: Mapped[datetime | None] = mapped_column(index=True)  # next deadline, for urgency
    in_scope: Mapped[bool] = mapped_column(Boolean, default=True)  # False: moved away, work kept
    pending_count: Mapped[int] = mapped_column(Integer, default=0)  # outbox rows not yet applied
    synced_at: Mapped[datetime | None]


class Event(Base):
    """The timeline: server events, and local ones (id = action_id) until confirmed."""

    __tablename__ = "events"
    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    # Indexed by ix_events_report_at (report_id, at), below.
    report_id: Mapped[str] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"))
    type: Mapped[str] = mapped_column(String(30))
    actor_id: Mapped[str | None] = mapped_column(String(100))
    actor_name: Mapped[str | None] = mapped_column(String(300))
    at: Mapped[datetime]
    from_status: Mapped[str | None] = mapped_column(String(30))
    to_status: Mapped[str | None] = mapped_column(String(30))
    note: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    target_unit_id: Mapped[str | None] = mapped_column(String(100))
    assignee_id: Mapped[str | None] = mapped_column(String(100))
    action_id: Mapped[str | None] = mapped_column(String(36))
    pending: Mapped[bool] = mapped_column(Boolean, default=False)
    # The score (1-5) of a citizen's rating event (type "citizen_rating"), else None.
    rating: Mapped[int | None] = mapped_column(Integer)


class Attachment(Base):
    """Photos of a report; local ones stay ``pending`` until the server lists them."""

    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[str] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    event_id: Mapped[str | None] = mapped_column(String(100))
    content_type: Mapped[str] = mapped_column(String(50), default="image/jpeg")
    size: Mapped[int] = mapped_column(Integer, default=0)
    captured_at: Mapped[datetime | None]
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    reused: Mapped[bool] = mapped_column(Boolean, default=False)
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # camera, original hash...
    pending: Mapped[bool] = mapped_column(Boolean, default=False)


class OutboxItem(Base):
    """One user action waiting for the server, in the order it happened."""

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    action_id: Mapped[str] = mapped_column(String(36), unique=True)
    report_id: Mapped[str] = mapped_column(String(100), index=True)
    type: Mapped[str] = mapped_column(String(30))
    base_version: Mapped[int | None] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    happened_at: Mapped[datetime]
    state: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error_code: Mapped[str | None] = mapped_column(String(100))
    last_error_message: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime]


class SyncState(Base):
    """Where this profile stands with its server (a single row, id 1)."""

    __tablename__ = "sync_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    server_url: Mapped[str | None] = mapped_column(String(500))
    officer_id: Mapped[str | None] = mapped_column(String(100))
    officer_name: Mapped[str | None] = mapped_column(String(300))
    role: Mapped[str | None] = mapped_column(String(20))
    unit_id: Mapped[str | None] = mapped_column(String(100))
    unit_name: Mapped[str | None] = mapped_column(String(300))
    cursor: Mapped[int] = mapped_column(Integer, default=0)
    last_sync_at: Mapped[datetime | None]
    total_visible: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(Text)


class ReferenceBlob(Base):
    """The server's reference data as received, with its ETag."""

    __tablename__ = "reference_data"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    etag: Mapped[str | None] = mapped_column(String(200))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    fetched_at: Mapped[datetime]


class Category(Base):
    __tablename__ = "categories"
    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    agency_unit_id: Mapped[str | None] = mapped_column(String(100))
    handled_by_kelurahan: Mapped[bool] = mapped_column(Boolean, default=False)


class Unit(Base):
    __tablename__ = "units"
    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))
    parent_id: Mapped[str | None] = mapped_column(String(100), index=True)
    code: Mapped[str | None] = mapped_column(String(30), index=True)


class Officer(Base):
    __tablename__ = "officers"
    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20))
    unit_id: Mapped[str] = mapped_column(String(100), index=True)


class UploadedMedia(Base):
    """Photos the server is known to hold (HEAD or PUT said so)."""

    __tablename__ = "uploaded_media"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    uploaded_at: Mapped[datetime]


class LeasedNumber(Base):
    """Official report numbers the desk may hand out offline."""

    __tablename__ = "leased_numbers"
    number: Mapped[str] = mapped_column(String(20), primary_key=True)
    lease_id: Mapped[str] = mapped_column(String(100))
    expires_at: Mapped[datetime]
    report_id: Mapped[str | None] = mapped_column(String(100))


class PulledAside(Base):
    """A report the change feed could not give this cycle (the server failed on it, or
    its record was unusable): shown in "Perlu perhatian" until a later pull brings it
    (``store.pulled_aside``). The reason names fields and error kinds, never values."""

    __tablename__ = "pulled_aside"
    report_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    reason: Mapped[str] = mapped_column(Text)
    first_at: Mapped[datetime]
    last_at: Mapped[datetime]
    times: Mapped[int] = mapped_column(Integer, default=1)


class AuditEntry(Base):
    """What a person decided locally that the server never sees (discards, resends)."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(30), index=True)
    report_id: Mapped[str | None] = mapped_column(String(100))
    action_id: Mapped[str | None] = mapped_column(String(36))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Meta(Base):
    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


Index("ix_outbox_state_seq", OutboxItem.state, OutboxItem.seq)
Index("ix_events_report_at", Event.report_id, Event.at)
# The report list's covering indexes (migration 0005): filters, counts, sorts and map
# points read these narrow indexes only, never the encrypted table rows.
Index(
    "ix_reports_list",
    Report.in_scope,
    Report.status,
    Report.category_id,
    Report.kelurahan_code,
    Report.assignee_id,
    Report.pending_count,
    Report.due_at,
    Report.created_at,
    Report.number,
    Report.lat,
    Report.lon,
    Report.id,
)
Index(
    "ix_reports_list_urgency",
    Report.in_scope,
    Report.due_at.is_(None),
    Report.due_at,
    Report.created_at,
    Report.status,
    Report.category_id,
    Report.kelurahan_code,
    Report.assignee_id,
    Report.pending_count,
)
# The dashboard's covering index (migration 0006): its one scan of the scope reads
# these columns from the index, never the encrypted table rows (store/dashboard.py).
Index(
    "ix_reports_dashboard",
    Report.in_scope,
    Report.server_status,
    Report.created_at,
    Report.kelurahan_code,
    Report.category_id,
    Report.channel,
    Report.unit_id,
    Report.status,
    Report.due_at,
    Report.first_response_at,
    Report.followup_at,
)
# The pull's recount (queries.visible_server_count, migration 0010): two columns,
# a few pages to read even in a fresh process at 100,000 reports.
Index("ix_reports_scope_count", Report.in_scope, Report.server_status)

# Full-text index over number, description, address and category name. A plain
# FTS5 table keyed by reports.rid, maintained in bulk per page (see search.py),
# never by per-row triggers.
FTS_TABLE = "reports_fts"
FTS_DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "number, description, address, category, tokenize = 'unicode61 remove_diacritics 2')"
)
