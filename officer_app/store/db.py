"""The profile database: one SQLite file, WAL, foreign keys, a connection per thread.

``Store`` owns the engine. Work happens in short sessions: ``store.read()`` for
queries and ``store.write()`` for one unit of work, which takes SQLite's write
lock at its start (``BEGIN IMMEDIATE``) so that two writers never deadlock on a
lock upgrade, and commits everything or nothing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from . import migrate

log = logging.getLogger(__name__)

DB_FILENAME = "officer.sqlite3"
BUSY_TIMEOUT_MS = 15_000


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own implicit
    # transactions start too late and cannot take the write lock up front).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable at checkpoints
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA cache_size=-32768")  # 32 MB: bulk pulls touch many index pages
    cur.close()


def _on_begin(conn: Connection) -> None:
    mode = "IMMEDIATE" if conn.get_execution_options().get("sqlite_write") else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(db_file: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{db_file}",
        poolclass=QueuePool,  # each thread checks out its own connection
        pool_size=4,
        max_overflow=8,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Store:
    """The local database of one user profile."""

    def __init__(self, db_file: Path, engine: Engine) -> None:
        self.db_file = db_file
        self.engine = engine
        self._closed = False
        self._lock = threading.Lock()

    @classmethod
    def open(cls, profile_dir: Path | str) -> Store:
        """Open (creating or upgrading) the profile database in ``profile_dir``.

        Raises SchemaTooNewError, leaving the file untouched, when a newer app
        wrote it.
        """
        root = Path(profile_dir)
        root.mkdir(parents=True, exist_ok=True)
        db_file = root / DB_FILENAME
        current = migrate.check_not_newer(db_file)  # read-only: writes nothing
        engine = make_engine(db_file)
        try:
            migrate.upgrade(engine, db_file, current)
        except Exception:
            engine.dispose()
            raise
        return cls(db_file, engine)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False, autoflush=False) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: committed at the end, rolled back on any error."""
        with Session(self.engine, expire_on_commit=False) as session:
            # Procuring the connection begins the transaction: BEGIN IMMEDIATE.
            session.connection(execution_options={"sqlite_write": True})
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self.engine.dispose()
                self._closed = True

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
