"""Report numbers searchable without "JK" and by their tail.

The search index's number column now holds, beside an official number
(``JK2610260013``), its digits (``2610260013``) and its day sequence (``0013``)
as words of their own (``search._NUMBER_TOKENS``). This fills the existing rows
that way: one pass over the reports, at the upgrade only.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_FILL = (
    "INSERT INTO reports_fts(rowid, number, description, address, category) "
    "SELECT r.rid, {number}, r.description, r.address, coalesce(c.name, '') "
    "FROM reports r LEFT JOIN categories c ON c.id = r.category_id"
)
_WITH_WORDS = (
    "CASE WHEN r.number GLOB 'JK[0-9]*' AND length(r.number) > 6 "
    "THEN r.number || ' ' || substr(r.number, 3) || ' ' || substr(r.number, -4) "
    "ELSE r.number END"
)


def upgrade() -> None:
    op.execute("DELETE FROM reports_fts")
    op.execute(_FILL.format(number=_WITH_WORDS))


def downgrade() -> None:
    op.execute("DELETE FROM reports_fts")
    op.execute(_FILL.format(number="r.number"))
