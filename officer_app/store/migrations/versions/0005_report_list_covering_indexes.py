"""Covering indexes for the report list, the search filters and the map.

The profile is SQLCipher-encrypted: every page read from the reports table is
decrypted, and at 100,000 reports (80 MB, descriptions included) a filter or a
count that visits table rows cost 150-500 ms. These two narrow indexes hold every
column the list filters, counts, sorts and maps by, so those queries read index
pages only (about 15 MB at 100,000 reports) and the page of 200 rows is then
loaded by ``rid`` (see ``store.queries``):

- ``ix_reports_list``: in scope first, then the filter columns (status, category,
  kelurahan, assignee, pending), the sort columns and the map's columns;
- ``ix_reports_list_urgency``: the default order (nearest deadline first, then the
  oldest) with the filter columns after it, so a page anywhere in the list is an
  index walk that checks filters without visiting the table. Revision 0003 had
  this order without the filter columns, and the planner walked it for selective
  filters and visited a table row per index entry (0004 dropped it for that).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

LIST_COLUMNS = [
    "in_scope",
    "status",
    "category_id",
    "kelurahan_code",
    "assignee_id",
    "pending_count",
    "due_at",
    "created_at",
    "number",
    "lat",
    "lon",
    "id",
]


def upgrade() -> None:
    op.create_index("ix_reports_list", "reports", LIST_COLUMNS)
    op.create_index(
        "ix_reports_list_urgency",
        "reports",
        [
            "in_scope",
            sa.text("due_at IS NULL"),
            "due_at",
            "created_at",
            "status",
            "category_id",
            "kelurahan_code",
            "assignee_id",
            "pending_count",
        ],
    )


def downgrade() -> None:
    op.drop_index("ix_reports_list_urgency", table_name="reports")
    op.drop_index("ix_reports_list", table_name="reports")
