"""Database tables of the reference central server (SQLite or PostgreSQL)."""

from __future__ import annotations

from datetime import date, datetime

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
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    type_annotation_map = {datetime: DateTime(timezone=True)}


class Unit(Base):
    """An organisational unit: provinsi, kota, kecamatan, kelurahan, dinas, sudin, biro, desk."""

    __tablename__ = "units"
    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("units.id"), index=True)
    code: Mapped[str | None] = mapped_column(String(30), index=True)  # Kemendagri 2025
    bps_code: Mapped[str | None] = mapped_column(String(30))


class Officer(Base):
    __tablename__ = "officers"
    id: Mapped[str] = mapped_column(String(100), primary_key=True)  # e.g. "officer.demo"
    name: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20))  # crm_shared.domain.Role
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    # No longer read: sign-in throttling is central_server.ratelimit (kept for older
    # databases, where failed_logins is NOT NULL).
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)


class LoginFailure(Base):
    """A failed sign-in: the sign-in throttle's memory, shared by all worker processes
    (central_server.ratelimit). Rows older than a day are deleted."""

    __tablename__ = "login_failures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # A hash of the officer id as typed: what was typed may be a password.
    account: Mapped[str] = mapped_column(String(32))
    address: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(index=True)

    __table_args__ = (
        Index("ix_login_failures_account_at", "account", "at"),
        Index("ix_login_failures_address_at", "address", "at"),
    )


class LoginSuccess(Base):
    """The last successful sign-in of an account from an address: a known pair is not
    slowed down by a credential-stuffing run from the same address."""

    __tablename__ = "login_successes"
    account: Mapped[str] = mapped_column(String(32), primary_key=True)
    address: Mapped[str] = mapped_column(String(64), primary_key=True)
    at: Mapped[datetime]


class Token(Base):
    """Bearer tokens; only a hash of the token is stored."""

    __tablename__ = "tokens"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    officer_id: Mapped[str] = mapped_column(ForeignKey("officers.id"), index=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]


class Category(Base):
    __tablename__ = "categories"
    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    agency_unit_id: Mapped[str | None] = mapped_column(ForeignKey("units.id"))
    handled_by_kelurahan: Mapped[bool] = mapped_column(Boolean, default=False)


class SlaRuleRow(Base):
    __tablename__ = "sla_rules"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    category_id: Mapped[str | None] = mapped_column(ForeignKey("categories.id"))
    channel: Mapped[str | None] = mapped_column(String(30))
    response_hours: Mapped[float] = mapped_column(Float, default=24.0)
    followup_days: Mapped[float] = mapped_column(Float, default=7.0)
    answer_days: Mapped[float] = mapped_column(Float, default=3.0)


class Report(Base):
    __tablename__ = "reports"
    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    category_id: Mapped[str] = mapped_column(ForeignKey("categories.id"), index=True)
    channel: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(30), index=True)
    description: Mapped[str] = mapped_column(Text)
    address: Mapped[str] = mapped_column(String(500), default="")
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    kelurahan_code: Mapped[str | None] = mapped_column(String(30), index=True)
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    assignee_id: Mapped[str | None] = mapped_column(ForeignKey("officers.id"))
    created_by: Mapped[str | None] = mapped_column(ForeignKey("officers.id"), index=True)
    is_private: Mapped[bool] = mapped_column(Boolean, default=True)
    priority: Mapped[str] = mapped_column(String(20), default="normal")
    created_at: Mapped[datetime] = mapped_column(index=True)
    landed_at: Mapped[datetime]
    first_response_at: Mapped[datetime | None]
    followup_at: Mapped[datetime | None]
    completed_at: Mapped[datetime | None]
    estimated_completion: Mapped[date | None] = mapped_column(Date)
    duplicate_of: Mapped[str | None] = mapped_column(String(100))
    supporters: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Server change sequence number of the last change: the cursor of the feed.
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    updated_at: Mapped[datetime] = mapped_column(index=True)

    __table_args__ = (Index("ix_reports_unit_seq", "unit_id", "seq"),)


class ReporterIdentity(Base):
    """Who reported: kept apart from the report, never sent to officers."""

    __tablename__ = "reporter_identities"
    report_id: Mapped[str] = mapped_column(ForeignKey("reports.id"), primary_key=True)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=True)
    name: Mapped[str | None] = mapped_column(String(300))
    nik: Mapped[str | None] = mapped_column(String(20))
    phone: Mapped[str | None] = mapped_column(String(30))
    # No e-mail: nothing here writes to a reporter (open311.intake.forget_reporter_emails).
    address: Mapped[str | None] = mapped_column(String(500))


class ReportSupporter(Base):
    """A citizen who supports an existing report (walk-in "link as duplicate"):
    kept apart like a reporter's identity and never sent to a workstation."""

    __tablename__ = "report_supporters"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[str] = mapped_column(ForeignKey("reports.id"), index=True)
    action_id: Mapped[str] = mapped_column(String(36), unique=True)
    channel: Mapped[str] = mapped_column(String(30))
    anonymous: Mapped[bool] = mapped_column(Boolean, default=True)
    name: Mapped[str | None] = mapped_column(String(300))
    nik: Mapped[str | None] = mapped_column(String(20))
    phone: Mapped[str | None] = mapped_column(String(30))
    address: Mapped[str | None] = mapped_column(String(500))
    at: Mapped[datetime]


class Event(Base):
    """The timeline of a report."""

    __tablename__ = "events"
    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    report_id: Mapped[str] = mapped_column(ForeignKey("reports.id"), index=True)
    type: Mapped[str] = mapped_column(String(30))
    actor_id: Mapped[str | None] = mapped_column(String(100))
    at: Mapped[datetime]
    from_status: Mapped[str | None] = mapped_column(String(30))
    to_status: Mapped[str | None] = mapped_column(String(30))
    note: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    target_unit_id: Mapped[str | None] = mapped_column(String(100))
    assignee_id: Mapped[str | None] = mapped_column(String(100))
    action_id: Mapped[str | None] = mapped_column(String(36))


class Attachment(Base):
    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[str] = mapped_column(ForeignKey("reports.id"), index=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("media.sha256"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    event_id: Mapped[str | None] = mapped_column(String(100))
    original_sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    captured_at: Mapped[datetime | None]
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)


class Media(Base):
    """Photo bytes are content-addressed files under the server's media directory."""

    __tablename__ = "media"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    content_type: Mapped[str] = mapped_column(String(50))
    uploaded_by: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime]


class AppliedAction(Base):
    """Every action applied, by its client UUID: replaying it answers the same."""

    __tablename__ = "applied_actions"
    action_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    officer_id: Mapped[str] = mapped_column(String(100), index=True)
    report_id: Mapped[str] = mapped_column(String(100))
    type: Mapped[str] = mapped_column(String(30))
    result: Mapped[dict] = mapped_column(JSON)  # the ActionResult of the first answer
    applied_at: Mapped[datetime]


class ScopeExit(Base):
    """A report left a scope (unit, assignee or status changed) at change ``seq``.

    The change feed uses it to tell a client which reports it must drop.
    """

    __tablename__ = "scope_exits"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    seq: Mapped[int] = mapped_column(Integer, index=True)
    report_id: Mapped[str] = mapped_column(String(100))
    old_unit_id: Mapped[str | None] = mapped_column(String(100))
    old_status: Mapped[str | None] = mapped_column(String(30))


class Counter(Base):
    """Named counters; the change sequence is ``name='change_seq'``.

    Taking the next value updates this row, which locks it until commit on
    PostgreSQL: commits therefore happen in sequence order and a reader of the
    feed never skips a change that commits late.
    """

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class NumberLease(Base):
    __tablename__ = "number_leases"
    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    officer_id: Mapped[str] = mapped_column(ForeignKey("officers.id"), index=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    returned_at: Mapped[datetime | None]


class LeasedNumber(Base):
    __tablename__ = "leased_numbers"
    number: Mapped[str] = mapped_column(String(20), primary_key=True)
    lease_id: Mapped[str] = mapped_column(ForeignKey("number_leases.id"), index=True)
    report_id: Mapped[str | None] = mapped_column(String(100))
    released: Mapped[bool] = mapped_column(Boolean, default=False)


class AuditEntry(Base):
    """Append-only: identity views, status changes, reassignments, logins, exports."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime]
    actor_id: Mapped[str | None] = mapped_column(String(100), index=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    report_id: Mapped[str | None] = mapped_column(String(100), index=True)
    unit_id: Mapped[str | None] = mapped_column(String(100))
    detail: Mapped[dict] = mapped_column(JSON, default=dict)


class ApiKey(Base):
    """Keys of the Open311 face (POST requests); only a hash is stored."""

    __tablename__ = "api_keys"
    key_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    channel: Mapped[str] = mapped_column(String(30), default="jaki")
    created_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]


class SuggestModelRow(Base):
    """A trained category suggestion model (central_server.suggest_model); the newest is used."""

    __tablename__ = "suggest_models"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    trained_at: Mapped[datetime]
    reports: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)  # SuggestModelOut as JSON


# --- personal data life cycle (UU 27/2022; central_server.privacy) -------------------


class LegalHold(Base):
    """The reporter's identity of a report must be kept (a court, the Ombudsman or the
    police asked for it): retention and erasure on request skip the report until the
    hold is released."""

    __tablename__ = "legal_holds"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[str] = mapped_column(ForeignKey("reports.id"), index=True)
    reason: Mapped[str] = mapped_column(Text)
    placed_by: Mapped[str] = mapped_column(String(100))
    placed_at: Mapped[datetime]
    released_at: Mapped[datetime | None]
    released_by: Mapped[str | None] = mapped_column(String(100))


class IdentityErasure(Base):
    """An identity erased from the server (by retention or on request): which one,
    when, on what basis, by whom and why; never the values erased."""

    __tablename__ = "identity_erasures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[str] = mapped_column(String(100), index=True)
    subject: Mapped[str] = mapped_column(String(20))  # "reporter" | "supporter"
    supporter_id: Mapped[int | None] = mapped_column(Integer)
    basis: Mapped[str] = mapped_column(String(20))  # "retention" | "request"
    actor_id: Mapped[str | None] = mapped_column(String(100))
    reason: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime]


class PrivacyNoticeGiven(Base):
    """The desk gave the reporter the privacy notice (which version, when, by whom)."""

    __tablename__ = "privacy_notices"
    report_id: Mapped[str] = mapped_column(ForeignKey("reports.id"), primary_key=True)
    version: Mapped[str] = mapped_column(String(30))
    given_at: Mapped[datetime]
    given_by: Mapped[str | None] = mapped_column(String(100))


class Changeset(Base):
    """When a published list last changed, shared by every worker (Open311 ``changeset``).

    ``fingerprint`` is a hash of the list as last seen; ``changed_at`` moves only
    when the fingerprint does (central_server/open311/changeset.py).
    """

    __tablename__ = "changesets"
    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    changed_at: Mapped[datetime]


# --- tracking and the citizen's rating (central_server.tracking, central_server.ratings) --


class RatingCode(Base):
    """The slow hash of the rating code printed on a walk-in receipt (never the code)."""

    __tablename__ = "rating_codes"
    report_id: Mapped[str] = mapped_column(ForeignKey("reports.id"), primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(300))


class CitizenRating(Base):
    """A citizen's rating of a finished report: one per report (the primary key)."""

    __tablename__ = "citizen_ratings"
    report_id: Mapped[str] = mapped_column(ForeignKey("reports.id"), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(100), index=True)
    score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    # The unit and category when it was rated: the figures per unit/category.
    unit_id: Mapped[str] = mapped_column(String(100), index=True)
    category_id: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(index=True)


class TrackingHit(Base):
    """A request to the public tracking page: the page's rate limit, shared by all
    workers. ``address`` is a hash of the client address; ``kind`` is "view" or
    "bad_code" (a wrong rating code, which weighs more)."""

    __tablename__ = "tracking_hits"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    address: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(10))
    report_id: Mapped[str | None] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(index=True)

    __table_args__ = (Index("ix_tracking_hits_address_at", "address", "at"),)
