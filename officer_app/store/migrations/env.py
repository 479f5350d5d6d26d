"""Alembic environment of the local profile database.

Migrations run programmatically at open (``officer_app.store.migrate``), on the
connection the store hands over in ``config.attributes["connection"]``.
"""

from __future__ import annotations

from alembic import context

from officer_app.store.schema import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables
)
with context.begin_transaction():
    context.run_migrations()
