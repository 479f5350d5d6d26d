"""A narrow index for the pull's recount.

After every pull the engine compares its count of the reports the server also
counts (``queries.visible_server_count``: in scope, known to the server) with the
server's. SQLite answered it from the narrowest index holding both columns, the
dashboard's covering index (eleven columns): at 100,000 reports 175 ms in a fresh
process, whose cold page cache (and, encrypted, page decryption) read all of it.
This index holds the two columns only (docs/performance.md, issue 22).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_reports_scope_count", "reports", ["in_scope", "server_status"])


def downgrade() -> None:
    op.drop_index("ix_reports_scope_count", table_name="reports")
