"""The first schema of the local profile: reports, timeline, photos, outbox, sync state.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_TS = sa.DateTime()


def upgrade() -> None:
    op.create_table(
        "reports",
        sa.Column("rid", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(100), nullable=False, unique=True),
        sa.Column("number", sa.String(20), nullable=False, index=True),
        sa.Column("category_id", sa.String(100), nullable=False, index=True),
        sa.Column("channel", sa.String(30), nullable=False),
        sa.Column("status", sa.String(30), nullable=False, index=True),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("address", sa.String(500), nullable=False),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("kelurahan_code", sa.String(30), index=True),
        sa.Column("unit_id", sa.String(100), nullable=False),
        sa.Column("assignee_id", sa.String(100)),
        sa.Column("is_private", sa.Boolean, nullable=False),
        sa.Column("priority", sa.String(20), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("landed_at", _TS, nullable=False),
        sa.Column("first_response_at", _TS),
        sa.Column("followup_at", _TS),
        sa.Column("completed_at", _TS),
        sa.Column("estimated_completion", sa.Date),
        sa.Column("duplicate_of", sa.String(100)),
        sa.Column("supporters", sa.Integer, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("reporter", sa.JSON, nullable=False),
        sa.Column("server_status", sa.String(30)),
        sa.Column("due_at", _TS, index=True),
        sa.Column("in_scope", sa.Boolean, nullable=False),
        sa.Column("pending_count", sa.Integer, nullable=False),
        sa.Column("synced_at", _TS),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.String(100), primary_key=True),
        sa.Column(
            "report_id",
            sa.String(100),
            sa.ForeignKey("reports.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("type", sa.String(30), nullable=False),
        sa.Column("actor_id", sa.String(100)),
        sa.Column("actor_name", sa.String(300)),
        sa.Column("at", _TS, nullable=False),
        sa.Column("from_status", sa.String(30)),
        sa.Column("to_status", sa.String(30)),
        sa.Column("note", sa.Text),
        sa.Column("reason", sa.Text),
        sa.Column("target_unit_id", sa.String(100)),
        sa.Column("assignee_id", sa.String(100)),
        sa.Column("action_id", sa.String(36)),
        sa.Column("pending", sa.Boolean, nullable=False),
    )
    op.create_index("ix_events_report_at", "events", ["report_id", "at"])
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "report_id",
            sa.String(100),
            sa.ForeignKey("reports.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("sha256", sa.String(64), nullable=False, index=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("event_id", sa.String(100)),
        sa.Column("content_type", sa.String(50), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("captured_at", _TS),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("reused", sa.Boolean, nullable=False),
        sa.Column("meta", sa.JSON, nullable=False),
        sa.Column("pending", sa.Boolean, nullable=False),
    )
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("action_id", sa.String(36), nullable=False, unique=True),
        sa.Column("report_id", sa.String(100), nullable=False, index=True),
        sa.Column("type", sa.String(30), nullable=False),
        sa.Column("base_version", sa.Integer),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("happened_at", _TS, nullable=False),
        sa.Column("state", sa.String(20), nullable=False, index=True),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_error_code", sa.String(100)),
        sa.Column("last_error_message", sa.Text),
        sa.Column("updated_at", _TS, nullable=False),
    )
    op.create_index("ix_outbox_state_seq", "outbox", ["state", "seq"])
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("server_url", sa.String(500)),
        sa.Column("officer_id", sa.String(100)),
        sa.Column("officer_name", sa.String(300)),
        sa.Column("role", sa.String(20)),
        sa.Column("unit_id", sa.String(100)),
        sa.Column("unit_name", sa.String(300)),
        sa.Column("cursor", sa.Integer, nullable=False),
        sa.Column("last_sync_at", _TS),
        sa.Column("total_visible", sa.Integer),
        sa.Column("last_error", sa.Text),
    )
    op.create_table(
        "reference_data",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("etag", sa.String(200)),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("fetched_at", _TS, nullable=False),
    )
    op.create_table(
        "categories",
        sa.Column("id", sa.String(100), primary_key=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("agency_unit_id", sa.String(100)),
        sa.Column("handled_by_kelurahan", sa.Boolean, nullable=False),
    )
    op.create_table(
        "units",
        sa.Column("id", sa.String(100), primary_key=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("parent_id", sa.String(100), index=True),
        sa.Column("code", sa.String(30), index=True),
    )
    op.create_table(
        "officers",
        sa.Column("id", sa.String(100), primary_key=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("unit_id", sa.String(100), nullable=False, index=True),
    )
    op.create_table(
        "uploaded_media",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("uploaded_at", _TS, nullable=False),
    )
    op.create_table(
        "leased_numbers",
        sa.Column("number", sa.String(20), primary_key=True),
        sa.Column("lease_id", sa.String(100), nullable=False),
        sa.Column("expires_at", _TS, nullable=False),
        sa.Column("report_id", sa.String(100)),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", _TS, nullable=False),
        sa.Column("kind", sa.String(30), nullable=False, index=True),
        sa.Column("report_id", sa.String(100)),
        sa.Column("action_id", sa.String(36)),
        sa.Column("detail", sa.JSON, nullable=False),
    )
    op.create_table(
        "meta",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.execute(
        "CREATE VIRTUAL TABLE reports_fts USING fts5("
        "number, description, address, category, tokenize = 'unicode61 remove_diacritics 2')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS reports_fts")
    for table in (
        "meta",
        "audit_log",
        "leased_numbers",
        "uploaded_media",
        "officers",
        "units",
        "categories",
        "reference_data",
        "sync_state",
        "outbox",
        "attachments",
        "events",
        "reports",
    ):
        op.drop_table(table)
