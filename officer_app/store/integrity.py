"""Is the profile database sound, which good copies exist, and how to go back to one.

At start, before the store is opened (``check_file``), or on an open store
(``check``): SQLite's ``PRAGMA quick_check`` (or the slower ``integrity_check``).
A file SQLite cannot even read counts as damaged too.

Good copies of a profile, beside its database file ``officer.sqlite3``:
- ``officer.sqlite3.bak-<revision>``: taken by ``migrate`` before each schema upgrade;
- ``officer.sqlite3.daily-<YYYYMMDD>``: the rolling daily copy, ``make_backup(store)``
  after a successful sync or at a clean shutdown; the newest ``keep`` are kept.
  A damaged store is never copied (so good copies are not rotated out by bad ones).
``last_good_copies`` lists those that pass the check (newest first) for a person
to choose; ``restore`` puts the chosen one in place and keeps the damaged file
(with its ``-wal``/``-shm``) aside as ``officer.sqlite3.damaged-<time>``: nothing
is overwritten or deleted silently.

Copies are made through the store's own connection (``VACUUM INTO``), so an
encrypted (SQLCipher) profile gives a copy encrypted under the same key; checks
of files (``check_file``, ``last_good_copies``) take that key as ``key``.

``schema_revision(store)`` is the profile's schema revision (for the About dialog).
Nothing here logs personal data: only file names, revisions and counts.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text

from . import migrate
from .db import Store
from .errors import StoreError

log = logging.getLogger(__name__)

DAILY_INFIX = ".daily-"
MIGRATION_INFIX = ".bak-"
DAMAGED_INFIX = ".damaged-"
DEFAULT_KEEP = 7
DEFAULT_MAX_AGE = timedelta(hours=1)
_DAILY_RE = re.compile(r"\.daily-(\d{8})$")
_MAX_MESSAGES = 20
_SIDE_FILES = ("-wal", "-shm", "-journal")

DAMAGED_MESSAGE = (
    "Basis data profil rusak. Data tidak diubah; pilih salinan baik terakhir untuk "
    "dipulihkan. Berkas yang rusak disimpan terpisah."
)

Key = bytes | bytearray


class IntegrityError(StoreError):
    """The profile database failed its integrity check (nothing was changed)."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("profile_damaged", DAMAGED_MESSAGE)
        self.messages = messages


@dataclass(frozen=True)
class CheckResult:
    """The outcome of an integrity check: ``ok``, or what SQLite reported."""

    ok: bool
    messages: tuple[str, ...]
    full: bool  # integrity_check (True) or quick_check (False)

    @property
    def summary(self) -> str:
        return "ok" if self.ok else "; ".join(self.messages[:3])


@dataclass(frozen=True)
class GoodCopy:
    """A copy of the profile that passed the check, for a person to choose from."""

    path: Path
    kind: str  # "daily" or "migration"
    revision: str | None
    taken_at: datetime  # the file's modification time (UTC)
    reports: int
    unsent_actions: int  # outbox rows not yet acknowledged by the server


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    damaged_kept_as: list[Path]  # the damaged database and its side files, set aside


# --- checks ------------------------------------------------------------------------


def _pragma_rows(execute: Callable[[str], list[Any]], full: bool) -> CheckResult:
    pragma = "integrity_check" if full else f"quick_check({_MAX_MESSAGES})"
    try:
        rows = execute(f"PRAGMA {pragma}")
    except Exception as exc:  # noqa: BLE001 - any driver's "not a database"/"malformed"
        return CheckResult(False, (f"{type(exc).__name__}: {exc}",), full)
    messages = tuple(str(row[0]) for row in rows)
    return CheckResult(messages == ("ok",), messages, full)


def check(store: Store, *, full: bool = False) -> CheckResult:
    """Check an open store through its own connection (works for encrypted stores)."""
    with store.engine.connect() as conn:

        def execute(sql: str) -> list[Any]:
            return list(conn.exec_driver_sql(sql).fetchall())

        return _pragma_rows(execute, full)


def _connect_readonly(db_file: Path, key: Key | None) -> Any:
    """A read-only DB-API connection: plain sqlite3, or SQLCipher with ``key``."""
    if key is None:
        return sqlite3.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True)
    from . import db

    connect_encrypted = getattr(db, "connect_encrypted", None)
    if connect_encrypted is None:
        raise StoreError("no_encryption", "Profil terenkripsi tidak didukung versi ini.")
    return connect_encrypted(db_file, key, readonly=True)


@contextmanager
def _readonly(db_file: Path, key: Key | None) -> Iterator[Any]:
    conn = _connect_readonly(db_file, key)
    try:
        yield conn
    finally:
        conn.close()


def check_file(db_file: Path, *, key: Key | None = None, full: bool = False) -> CheckResult:
    """Check a database file read-only (before ``Store.open``; writes nothing).

    A missing or empty file is ``ok`` (a new profile); one SQLite cannot read is not.
    """
    if not db_file.exists() or db_file.stat().st_size == 0:
        return CheckResult(True, ("ok",), full)
    try:
        with _readonly(db_file, key) as conn:
            return _pragma_rows(lambda sql: list(conn.execute(sql).fetchall()), full)
    except StoreError:
        raise
    except Exception as exc:  # noqa: BLE001 - cannot even be opened: damaged
        return CheckResult(False, (f"{type(exc).__name__}: {exc}",), full)


def schema_revision(store: Store) -> str | None:
    """The profile's schema revision (Alembic), e.g. ``"0004"``; None if unversioned."""
    with store.engine.connect() as conn:
        row = conn.execute(text("SELECT version_num FROM alembic_version")).fetchone()
    return None if row is None else str(row[0])


def head_revision() -> str:
    """The newest schema revision this app knows (what ``Store.open`` upgrades to)."""
    return migrate.head_revision()


# --- copies ------------------------------------------------------------------------


def daily_copy_path(db_file: Path, day: datetime) -> Path:
    return db_file.with_name(f"{db_file.name}{DAILY_INFIX}{day:%Y%m%d}")


def _daily_copies(db_file: Path) -> list[Path]:
    found = [
        p for p in db_file.parent.glob(f"{db_file.name}{DAILY_INFIX}*") if _DAILY_RE.search(p.name)
    ]
    return sorted(found, key=lambda p: p.name, reverse=True)  # newest day first


def make_backup(
    store: Store,
    *,
    keep: int = DEFAULT_KEEP,
    now: datetime | None = None,
    max_age: timedelta = DEFAULT_MAX_AGE,
) -> Path:
    """Write today's copy of the profile (refreshed when older than ``max_age``).

    Call after a successful sync or at a clean shutdown, off the GUI thread (it
    reads the whole database). Raises ``IntegrityError`` and writes nothing when
    the store itself fails the check. Keeps the newest ``keep`` daily copies;
    migration copies (``.bak-<revision>``) are never removed here.
    """
    if keep < 1:
        raise ValueError("keep at least one daily copy")
    now = now or datetime.now(UTC)
    target = daily_copy_path(store.db_file, now)
    if target.exists():
        age = now.timestamp() - target.stat().st_mtime
        if 0 <= age < max_age.total_seconds():
            return target
    result = check(store)
    if not result.ok:
        log.error("daily copy skipped: profile fails its check (%s)", result.summary)
        raise IntegrityError(list(result.messages))
    tmp = target.with_name(target.name + ".tmp")
    tmp.unlink(missing_ok=True)
    raw = store.engine.raw_connection()
    try:
        # The store's connections run without implicit transactions (VACUUM needs
        # that); on SQLCipher the copy is encrypted under the same key.
        raw.driver_connection.execute("VACUUM INTO ?", (str(tmp),))  # type: ignore[union-attr]
        # ATTACH without a KEY clause uses the main database's key under SQLCipher.
        cur = raw.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cur.execute("ATTACH DATABASE ? AS backup_check", (str(tmp),))
            try:
                rows = cur.execute("PRAGMA backup_check.quick_check").fetchall()
            finally:
                cur.execute("DETACH DATABASE backup_check")
        finally:
            cur.close()
    except Exception:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        raw.close()
    if [str(r[0]) for r in rows] != ["ok"]:
        tmp.unlink(missing_ok=True)
        raise IntegrityError([str(r[0]) for r in rows])
    os.replace(tmp, target)
    _fsync_dir(target.parent)
    for old in _daily_copies(store.db_file)[keep:]:
        old.unlink(missing_ok=True)
        log.info("old daily copy removed: %s", old.name)
    log.info("daily copy written: %s", target.name)
    return target


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_facts(path: Path, key: Key | None) -> tuple[str | None, int, int]:
    with _readonly(path, key) as conn:
        row = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        revision = None
        if row:
            found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = None if found is None else str(found[0])
        reports = int(conn.execute("SELECT count(*) FROM reports").fetchone()[0])
        unsent = int(
            conn.execute(
                "SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending', "
                "'needs_attention')"
            ).fetchone()[0]
        )
    return revision, reports, unsent


def last_good_copies(db_file: Path, *, key: Key | None = None) -> list[GoodCopy]:
    """The copies of this profile that pass the check and this app can open, newest first."""
    candidates: list[tuple[Path, str]] = [(p, "daily") for p in _daily_copies(db_file)]
    candidates += [
        (p, "migration")
        for p in db_file.parent.glob(f"{db_file.name}{MIGRATION_INFIX}*")
        if not p.name.endswith(_SIDE_FILES)
    ]
    known = migrate.known_revisions()
    good: list[GoodCopy] = []
    for path, kind in candidates:
        if not path.is_file() or not check_file(path, key=key).ok:
            log.info("copy %s fails its check: not offered", path.name)
            continue
        try:
            revision, reports, unsent = _copy_facts(path, key)
        except Exception as exc:  # noqa: BLE001 - unreadable as a profile: not offered
            log.info("copy %s is not a readable profile (%s)", path.name, type(exc).__name__)
            continue
        if revision is not None and revision not in known:
            continue  # written by a newer app: this app could not open it either
        taken = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        good.append(GoodCopy(path, kind, revision, taken, reports, unsent))
    good.sort(key=lambda c: c.taken_at, reverse=True)
    return good


def _aside_name(db_file: Path, stamp: str) -> Path:
    base = db_file.with_name(f"{db_file.name}{DAMAGED_INFIX}{stamp}")
    candidate, n = base, 1
    while candidate.exists() or any(
        candidate.with_name(candidate.name + s).exists() for s in _SIDE_FILES
    ):
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate


def restore(db_file: Path, copy: GoodCopy | Path, *, now: datetime | None = None) -> RestoreResult:
    """Put a good copy in place of a damaged database; the store must be closed.

    The damaged file and its ``-wal``/``-shm`` move aside (renamed, never deleted;
    a WAL of the damaged file must not be replayed into the copy); the copy itself
    stays where it was (it is copied, not moved).
    """
    source = copy.path if isinstance(copy, GoodCopy) else Path(copy)
    if not source.is_file():
        raise StoreError("copy_missing", f"Salinan tidak ditemukan: {source.name}")
    stamp = f"{(now or datetime.now(UTC)):%Y%m%dT%H%M%S}"
    aside = _aside_name(db_file, stamp)
    kept: list[Path] = []
    if db_file.exists():
        os.replace(db_file, aside)
        kept.append(aside)
    for suffix in _SIDE_FILES:
        side = db_file.with_name(db_file.name + suffix)
        if side.exists():
            target = aside.with_name(aside.name + suffix)
            os.replace(side, target)
            kept.append(target)
    tmp = db_file.with_name(db_file.name + ".restoring")
    shutil.copy2(source, tmp)
    os.replace(tmp, db_file)
    _fsync_dir(db_file.parent)
    log.warning("profile restored from %s; damaged file kept as %s", source.name, aside.name)
    return RestoreResult(source, kept)
