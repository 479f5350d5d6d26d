"""Drop ix_reports_urgency again: measured at 100,000 reports it made the
planner walk the whole list in urgency order for selective filters (category
12 -> 210 ms, kelurahan 8 -> 280 ms, status 52 -> 115 ms), more than it saved on
deep pages. Kept as a revision (not deleted) because profiles may already be at 0003.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_reports_urgency", table_name="reports")


def downgrade() -> None:
    op.create_index(
        "ix_reports_urgency",
        "reports",
        ["in_scope", sa.text("due_at IS NULL"), "due_at", "created_at", "rid"],
    )
