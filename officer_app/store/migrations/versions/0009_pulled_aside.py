"""Reports a pull set aside, kept for "Perlu perhatian".

A report the change feed could not give (an Open311 server that fails on one
request id, a record that breaks the rules) used to be only counted in the
sync's result. This table keeps each one, with the reason, until a later pull
brings it (``officer_app.store.pulled_aside``), so the officer sees it after a
restart too.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pulled_aside",
        sa.Column("report_id", sa.String(100), primary_key=True),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("first_at", sa.DateTime, nullable=False),
        sa.Column("last_at", sa.DateTime, nullable=False),
        sa.Column("times", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("pulled_aside")
