"""Drop ix_events_report_id: ix_events_report_at (report_id, at) already serves it.

One index less to maintain for every timeline event of a bulk pull.

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-02
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_events_report_id", table_name="events")


def downgrade() -> None:
    op.create_index("ix_events_report_id", "events", ["report_id"])
