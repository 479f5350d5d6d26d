"""The profile database: one SQLite file, WAL, foreign keys, a connection per thread.

Encrypted at rest with SQLCipher when a key is given (``Store.open(dir, key=...)``,
which is what ``Profile.open_store`` always does): a raw 256-bit key, set with
``PRAGMA key = "x'<hex>'"`` as the first statement of every connection (a raw key
skips SQLCipher's per-connection PBKDF2; the password's memory-hard KDF ran once,
in ``store.keys``). Without a key the file is plain SQLite: only tests and tools
that never hold personal data open it that way.

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
from typing import TYPE_CHECKING, Any

from . import migrate
from .errors import StoreError

# SQLAlchemy is imported when the first engine is made, not with this module: the
# profile checks its password (scrypt, which releases the GIL) meanwhile, and a
# headless sync imports SQLAlchemy in a helper thread at the same time (cli).
if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

DB_FILENAME = "officer.sqlite3"
BUSY_TIMEOUT_MS = 15_000
CACHE_KIB = 32 * 1024  # every connection's page cache
# The page cache of a bulk write (a pull of many pages). Its rows land at random
# places in half a dozen indexes; at 100,000 reports those index pages outgrow
# 32 MB, and every transaction re-read (and, encrypted, decrypted and verified)
# the pages the one before had evicted: 34.7 s -> 29.4 s for an encrypted 100k
# initial sync (docs/performance.md). Released after the pull (``trim_memory``).
BULK_CACHE_KIB = 128 * 1024
# SQLite's default: a commit that leaves the WAL over this many pages checkpoints it.
WAL_AUTOCHECKPOINT_PAGES = 1000


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own implicit
    # transactions start too late and cannot take the write lock up front).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable at checkpoints
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cur.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
    cur.close()


_AUTOCHECKPOINT_OFF = "crm_autocheckpoint_off"


def _on_checkin(dbapi_conn: Any, record: Any) -> None:
    """A connection back in the pool gets SQLite's automatic checkpoint again."""
    if dbapi_conn is not None and record.info.pop(_AUTOCHECKPOINT_OFF, False):
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
        cur.close()


def _on_begin(conn: Connection) -> None:
    mode = "IMMEDIATE" if conn.get_execution_options().get("sqlite_write") else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


def key_pragma(key: bytes | bytearray) -> str:
    if len(key) != 32:
        raise ValueError("a SQLCipher raw key is 32 bytes")
    return f"PRAGMA key = \"x'{bytes(key).hex()}'\""


def connect_encrypted(
    db_file: Path | str, key: bytes | bytearray, *, readonly: bool = False
) -> Any:
    """A sqlcipher3 connection with the key applied (not yet checked against the file)."""
    import sqlcipher3

    target: str = str(db_file)
    if readonly:
        target = f"{Path(db_file).resolve().as_uri()}?mode=ro"
    conn = sqlcipher3.connect(
        target, uri=readonly, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
    )
    # SQLCipher otherwise prints every failed page check (a wrong key) to stderr.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(key_pragma(key))
    return conn


def check_key(db_file: Path, key: bytes | bytearray) -> None:
    """Raise WrongKeyError if ``key`` does not open an existing ``db_file`` (read-only)."""
    import sqlcipher3

    if not db_file.exists() or db_file.stat().st_size == 0:
        return
    conn = connect_encrypted(db_file, key, readonly=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        raise WrongKeyError() from None
    finally:
        conn.close()


class WrongKeyError(StoreError):
    """The key does not open this database file (or it is not a database at all)."""

    def __init__(self) -> None:
        super().__init__(
            "wrong_key",
            "Profil tidak dapat dibuka dengan kunci ini (kata sandi salah, atau berkas "
            "rusak). Profil tidak diubah.",
        )


def _bind_plainly(module: Any) -> None:
    """Let a DB-API module bind None (and the domain's enums) without a failed-adaptation detour.

    pysqlite's binding (both the stdlib's and sqlcipher3's) looks for an adapter
    for every parameter that is not an exact int/float/str/bytes; for None it
    finds none and builds, then discards, an error per NULL parameter. Reports
    carry many NULL columns: on sqlcipher3 that was a third of a pull's binding
    time. An adapter that returns None itself makes the lookup succeed (None is
    then bound as SQL NULL, as before). Registered for the plain and the
    encrypted module alike, so benchmarks compare like with like.
    """
    module.register_adapter(type(None), _same_none)
    # The domain's enums (str subclasses) take the same detour, and are bound ~7x
    # slower than a plain str: a report's status, channel and priority and each
    # event's statuses (issue 22). ``str.__str__`` gives the member's text, which
    # SQLite stored before as well.
    from crm_shared.domain import ActionType, Channel, PhotoKind, Priority, Role, Status

    for enum in (ActionType, Channel, PhotoKind, Priority, Role, Status):
        module.register_adapter(enum, str.__str__)


def _same_none(value: None) -> None:
    return value


def make_engine(db_file: Path, key: bytes | bytearray | None = None) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    if key is None:
        import sqlite3

        _bind_plainly(sqlite3)
        engine = create_engine(
            f"sqlite:///{db_file}",
            poolclass=QueuePool,  # each thread checks out its own connection
            pool_size=4,
            max_overflow=8,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        )
    else:
        raw = bytes(key)  # the engine keeps its own copy; dispose() drops it with the engine

        def creator() -> Any:
            return connect_encrypted(db_file, raw)

        engine = create_engine(
            "sqlite://",
            creator=creator,
            module=_sqlcipher_module(),
            poolclass=QueuePool,  # explicit: with a creator it would be SingletonThreadPool
            pool_size=4,
            max_overflow=8,
        )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "checkin", _on_checkin)
    event.listen(engine, "begin", _on_begin)
    return engine


class Store:
    """The local database of one user profile."""

    def __init__(self, db_file: Path, engine: Engine) -> None:
        self.db_file = db_file
        self.engine = engine
        self._closed = False
        self._lock = threading.Lock()
        self._bulk_caches = False  # a connection may hold a bulk write's page cache
        self._checkpointer: threading.Thread | None = None

    @classmethod
    def open(cls, profile_dir: Path | str, *, key: bytes | bytearray | None = None) -> Store:
        """Open (creating or upgrading) the profile database in ``profile_dir``.

        With ``key`` (32 bytes) the file is SQLCipher-encrypted under it. Raises
        WrongKeyError for a key that does not open the file and SchemaTooNewError
        when a newer app wrote it; both leave the file untouched.
        """
        root = Path(profile_dir)
        root.mkdir(parents=True, exist_ok=True)
        db_file = root / DB_FILENAME
        if key is not None:
            check_key(db_file, key)  # read-only: writes nothing
        current = migrate.check_not_newer(db_file, key)  # read-only: writes nothing
        engine = make_engine(db_file, key)
        try:
            migrate.upgrade(engine, db_file, current, key)
        except Exception:
            engine.dispose()
            raise
        return cls(db_file, engine)

    @contextmanager
    def read(self) -> Iterator[Session]:
        from sqlalchemy.orm import Session

        with Session(self.engine, expire_on_commit=False, autoflush=False) as session:
            yield session

    @contextmanager
    def write(self, *, bulk: bool = False, checkpoint: bool = True) -> Iterator[Session]:
        """One unit of work: committed at the end, rolled back on any error.

        ``bulk``: one of many large writes in a row (a pull of many pages): its
        connection gets the large page cache (``BULK_CACHE_KIB``) until
        ``trim_memory``. ``checkpoint=False``: this commit does not run SQLite's
        automatic WAL checkpoint (and its fsyncs); the caller calls
        ``checkpoint_soon`` once its work is done.
        """
        from sqlalchemy.orm import Session

        with Session(self.engine, expire_on_commit=False) as session:
            # Procuring the connection begins the transaction: BEGIN IMMEDIATE.
            connection = session.connection(execution_options={"sqlite_write": True})
            if bulk:
                self._bulk_caches = True
                connection.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
            if not checkpoint:
                # A setting of this connection: set back when it returns to the pool.
                connection.connection.info[_AUTOCHECKPOINT_OFF] = True
                connection.exec_driver_sql("PRAGMA wal_autocheckpoint=0")
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def checkpoint_soon(self) -> None:
        """Checkpoint the WAL in a helper thread, PASSIVE (it never waits for a
        reader or a writer): the fsyncs of a checkpoint are then not in the time
        of the write that grew the WAL (a sync's last commit, ~100-300 ms on a busy
        disk, docs/performance.md). ``close`` waits for it."""
        with self._lock:
            if self._closed or (self._checkpointer is not None and self._checkpointer.is_alive()):
                return
            self._checkpointer = threading.Thread(
                target=self._checkpoint, name="store-checkpoint", daemon=False
            )
            self._checkpointer.start()

    def wal_bytes(self) -> int:
        """The size of the write-ahead log file now (0 when there is none)."""
        try:
            return self.db_file.with_name(self.db_file.name + "-wal").stat().st_size
        except OSError:
            return 0

    def wait_for_checkpoint(self) -> None:
        """Wait until a checkpoint started by ``checkpoint_soon`` has finished (a
        caller that needs its own checkpoint, e.g. TRUNCATE, must not race it)."""
        with self._lock:
            checkpointer = self._checkpointer
        if checkpointer is not None:
            checkpointer.join()

    def _checkpoint(self) -> None:
        try:
            raw = self.engine.raw_connection()
            try:
                raw.cursor().execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            finally:
                raw.close()
        except Exception as exc:  # noqa: BLE001 - the next automatic checkpoint does it
            log.info("WAL checkpoint skipped: %s", type(exc).__name__)

    def trim_memory(self) -> None:
        """Give back the page caches of bulk writes: the idle connections close
        (connections in use close when they come back); new ones start small."""
        with self._lock:
            if self._bulk_caches and not self._closed:
                self._bulk_caches = False
                self.engine.dispose()

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True  # from now on no new checkpoint thread starts
            checkpointer = self._checkpointer
        if checkpointer is not None:
            checkpointer.join()  # it holds a connection of this engine
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _sqlcipher_module() -> Any:
    import sqlcipher3

    _bind_plainly(sqlcipher3)
    return sqlcipher3
