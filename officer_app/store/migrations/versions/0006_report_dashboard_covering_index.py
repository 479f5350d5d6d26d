"""A covering index for the supervisor's dashboard.

The dashboard (``store.dashboard``) reads eleven narrow columns of every report in
scope in one scan. On an encrypted profile of 100,000 reports with real
descriptions the table is ~80 MB of pages to decrypt; this index holds exactly
those columns (~10 MB), so the scan never visits a table row: 0.67 s -> see
docs/performance.md. Its price is one more index to keep on every pull (measured
there too).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

DASHBOARD_COLUMNS = [
    "in_scope",
    "server_status",
    "created_at",
    "kelurahan_code",
    "category_id",
    "channel",
    "unit_id",
    "status",
    "due_at",
    "first_response_at",
    "followup_at",
]


def upgrade() -> None:
    op.create_index("ix_reports_dashboard", "reports", DASHBOARD_COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_reports_dashboard", table_name="reports")
