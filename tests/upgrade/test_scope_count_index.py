"""Migration 0010: a profile of 0009 opened by this app gets the recount's narrow index,
keeps its reports, and the recount reads the new index (not the dashboard's)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from sqlalchemy import func, insert, select, text
from sqlalchemy.dialects import sqlite

from officer_app.store.db import DB_FILENAME, Store, make_engine
from officer_app.store.migrate import alembic_config, read_revision
from officer_app.store.queries import visible_server_count
from officer_app.store.schema import Report

from .conftest import open_store


def _profile_at(root: Path, revision: str, key: bytes | None) -> None:
    """A profile file migrated up to ``revision`` only, with a few reports."""
    root.mkdir(parents=True, exist_ok=True)
    engine = make_engine(root / DB_FILENAME, key)
    try:
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
        now = datetime.now(UTC)
        rows = [
            {"id": f"R-{n}", "number": f"JK2512050{n:03d}", "category_id": "jalan",
             "channel": "jaki", "status": "proses", "description": "Jalan berlubang",
             "unit_id": "u1", "created_at": now, "landed_at": now,
             "server_status": None if n % 5 == 0 else "proses", "in_scope": n % 7 != 0}
            for n in range(1, 36)
        ]  # fmt: skip
        with engine.begin() as conn:
            conn.execute(insert(Report.__table__), rows)
    finally:
        engine.dispose()


def _plan(store: Store) -> str:
    """SQLite's plan of the recount's statement (``queries.visible_server_count``)."""
    stmt = (
        select(func.count())
        .select_from(Report)
        .where(Report.in_scope.is_(True), Report.server_status.is_not(None))
    )
    sql = str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with store.read() as session:
        rows = session.execute(text("EXPLAIN QUERY PLAN " + sql)).all()
    return " ".join(str(r[-1]) for r in rows)


def _indexes(store: Store) -> set[str]:
    with store.read() as session:
        return set(
            session.scalars(text("SELECT name FROM sqlite_master WHERE type = 'index'")).all()
        )


def test_a_0009_profile_gets_the_recount_index_and_keeps_its_reports(
    tmp_path: Path, key: bytes | None
) -> None:
    root = tmp_path / "profile"
    _profile_at(root, "0009", key)
    open_store(root, key).close()  # opening upgrades it
    assert read_revision(root / DB_FILENAME, key) == "0010"
    assert (root / f"{DB_FILENAME}.bak-0009").is_file()  # copied aside first
    with open_store(root, key) as store:
        assert "ix_reports_scope_count" in _indexes(store)
        with store.read() as session:
            # in scope (not every 7th) and known to the server (not every 5th)
            expected = sum(1 for n in range(1, 36) if n % 7 and n % 5)
            assert visible_server_count(session) == expected
        assert "ix_reports_scope_count" in _plan(store)


def test_the_migration_goes_back_down(tmp_path: Path) -> None:
    root = tmp_path / "profile"
    _profile_at(root, "0010", None)
    engine = make_engine(root / DB_FILENAME)
    try:
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0009")
        with engine.connect() as conn:
            names = set(conn.scalars(text("SELECT name FROM sqlite_master")).all())
    finally:
        engine.dispose()
    assert "ix_reports_scope_count" not in names
    assert "ix_reports_dashboard" in names
