"""Engine and sessions: SQLite (WAL, foreign keys, busy timeout) or PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastapi import Request
from sqlalchemy import Engine, create_engine, event, make_url, text
from sqlalchemy.orm import Session, sessionmaker

from .models import Base

SQLITE_BUSY_TIMEOUT_MS = 30_000


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def make_engine(
    url: str, *, immediate: bool = False, pool_size: int = 10, pool_timeout: float = 30.0
) -> Engine:
    """Create an engine; ``immediate`` makes SQLite transactions take the write lock at BEGIN.

    A deferred SQLite transaction that reads and then writes fails at once with
    "database is locked" when another writer committed in between; write paths
    therefore begin IMMEDIATE and wait (busy timeout) for their turn instead.
    """
    if not is_sqlite(url):
        # A few connections over the pool for short bursts (the middleware bounds
        # requests, not connections: a request may briefly hold two).
        return create_engine(
            url,
            pool_pre_ping=True,
            pool_size=pool_size,
            max_overflow=max(2, pool_size // 2),
            pool_timeout=pool_timeout,
        )
    in_memory = make_url(url).database in (None, "", ":memory:")
    pool: dict[str, Any] = (
        {}
        if in_memory
        else {
            "pool_size": pool_size,
            "max_overflow": max(2, pool_size // 2),
            "pool_timeout": pool_timeout,
        }
    )
    engine = create_engine(
        url,
        connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        **pool,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy emit BEGIN itself (pysqlite's own handling is unreliable).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A connection may ask for IMMEDIATE itself (the schema migration does).
        wanted = immediate or conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if wanted else "BEGIN")

    return engine


# Key of the PostgreSQL advisory lock that serialises schema changes ("CRMM").
MIGRATION_LOCK_KEY = 0x43524D4D


def create_all(engine: Engine) -> None:
    """Bring the schema up to date: idempotent, and safe when run by many processes at once.

    Everything happens in ONE transaction: on PostgreSQL it first takes a
    transaction-level advisory lock, so concurrent starters wait and then find the
    tables made (without it, two processes race on ``CREATE TABLE`` and on
    ``CREATE OR REPLACE FUNCTION audit_log_append_only``: "tuple concurrently
    updated"). On SQLite the transaction begins IMMEDIATE, which serialises writers
    across processes the same way. PostgreSQL and SQLite both run DDL in a transaction.
    """
    from .audit import install_append_only_guard

    with engine.connect() as conn:
        conn = conn.execution_options(sqlite_immediate=True)
        with conn.begin():
            if conn.dialect.name == "postgresql":
                conn.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
                )
            Base.metadata.create_all(conn)
            install_append_only_guard(conn)


@contextmanager
def startup_lock(engine: Engine) -> Iterator[None]:
    """Hold the schema lock (PostgreSQL) for a startup step such as seeding.

    A session-level advisory lock on a connection of its own, so the step may use
    other connections; on SQLite the step's own IMMEDIATE transactions serialise it.
    """
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK_KEY})
            conn.commit()


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def get_session(request: Request) -> Iterator[Session]:
    """FastAPI dependency: a session for reading (and short writes)."""
    factory: sessionmaker[Session] = request.app.state.sessionmaker
    with factory() as session:
        yield session


def get_write_session(request: Request) -> Iterator[Session]:
    """FastAPI dependency: a session whose transactions read then write.

    On SQLite it begins IMMEDIATE (see make_engine); on PostgreSQL it is the same
    engine as get_session.
    """
    factory: sessionmaker[Session] = request.app.state.write_sessionmaker
    with factory() as session:
        yield session
