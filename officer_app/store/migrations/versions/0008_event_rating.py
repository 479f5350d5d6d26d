"""The score of a citizen's rating on the timeline (issue 23).

A rating arrives from the server as a timeline event of type ``citizen_rating``
whose ``rating`` is the score (1-5); the detail view shows it (a low one stands
out) and the dashboard averages it per unit and category.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("events", sa.Column("rating", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("rating")
