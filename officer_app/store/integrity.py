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

What a copy does not keep (``forget_in_copies``, run by ``make_backup`` on every
copy, the migration copies included): a copy exists to give back what a person
did, not what the server will send again. So

- a reporter's identity (``reports.reporter`` of a validator's profile) becomes
  ``{"hidden": true, "anonymous": ...}`` and the copy's sync cursor goes back to
  0: a restored copy pulls everything again, identities included (audited by the
  server as any view), and the identity does not outlive the report in a copy;
- an entry of the desk's identity vault stays as long as its intake is unsent
  (a restore keeps it), and leaves every copy once it is wiped from the profile
  (``identity_vault.wipe_payload`` leaves a tombstone; the tombstones go when no
  copy holds their entries any more).

A copy is rewritten through a temporary file with ``secure_delete`` on and its
rollback journal in memory (what is removed is not left in free pages or in a
journal file), then put in place with its old modification time.

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
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text

from crm_shared.domain import Role, may_see_identity

from . import identity_vault, migrate
from .daily_copies import DAILY_INFIX, DEFAULT_MAX_AGE, daily_copy_path
from .daily_copies import is_fresh as _fresh
from .db import Store
from .errors import StoreError
from .schema import SyncState

log = logging.getLogger(__name__)

MIGRATION_INFIX = ".bak-"
DAMAGED_INFIX = ".damaged-"
DEFAULT_KEEP = 7
_DAILY_RE = re.compile(r"\.daily-(\d{8})$")
_MAX_MESSAGES = 20
_SIDE_FILES = ("-wal", "-shm", "-journal")
_REWRITE_SUFFIX = ".scrubbing.tmp"  # matches neither copy pattern: never offered

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


def _daily_copies(db_file: Path) -> list[Path]:
    found = [
        p for p in db_file.parent.glob(f"{db_file.name}{DAILY_INFIX}*") if _DAILY_RE.search(p.name)
    ]
    return sorted(found, key=lambda p: p.name, reverse=True)  # newest day first


def make_backup(
    store: Store,
    *,
    key: Key | None = None,
    keep: int = DEFAULT_KEEP,
    now: datetime | None = None,
    max_age: timedelta = DEFAULT_MAX_AGE,
) -> Path:
    """Write today's copy of the profile (refreshed when older than ``max_age``),
    then bring every copy in line with what copies keep (``forget_in_copies``).

    Call after a successful sync or at a clean shutdown, off the GUI thread (it
    reads the whole database). Raises ``IntegrityError`` and writes nothing when
    the store itself fails the check. Keeps the newest ``keep`` daily copies;
    migration copies (``.bak-<revision>``) are never removed here. ``key``: the
    profile's database key, for the copies only it opens (``forget_in_copies``).
    """
    if keep < 1:
        raise ValueError("keep at least one daily copy")
    now = now or datetime.now(UTC)
    target = daily_copy_path(store.db_file, now)
    written: Path | None = None
    if not _fresh(target, now, max_age):
        _write_copy(store, target)
        written = target
        for old in _daily_copies(store.db_file)[keep:]:
            old.unlink(missing_ok=True)
            log.info("old daily copy removed: %s", old.name)
        log.info("daily copy written: %s", target.name)
    try:
        forget_in_copies(store, key=key, written=written)
    except Exception as exc:  # noqa: BLE001 - the copy is written; cleaned next time
        log.warning("copies not cleaned: %s", type(exc).__name__)
    return target


def _write_copy(store: Store, target: Path) -> None:
    result = check(store)
    if not result.ok:
        log.error("daily copy skipped: profile fails its check (%s)", result.summary)
        raise IntegrityError(list(result.messages))
    tmp = target.with_name(target.name + ".tmp")
    tmp.unlink(missing_ok=True)
    try:
        raw = store.engine.raw_connection()
        try:
            # The store's connections run without implicit transactions (VACUUM needs
            # that); on SQLCipher the copy is encrypted under the same key.
            raw.driver_connection.execute("VACUUM INTO ?", (str(tmp),))  # type: ignore[union-attr]
        finally:
            raw.close()
        # Read after the snapshot: an entry wiped since is in the tombstones.
        with store.read() as session:
            wiped = identity_vault.wiped_refs(session)
        with _attached(store, tmp) as cur:
            _scrub(cur, wiped, reporters=True)
            rows = cur.execute(f"PRAGMA {_COPY}.quick_check").fetchall()
    except Exception:
        tmp.unlink(missing_ok=True)
        raise
    if [str(r[0]) for r in rows] != ["ok"]:
        tmp.unlink(missing_ok=True)
        raise IntegrityError([str(r[0]) for r in rows])
    os.replace(tmp, target)
    _fsync_dir(target.parent)


# --- what copies do not keep -----------------------------------------------------------

_COPY = "profile_copy"  # the schema name a copy is attached under
# A reporter that carries any identity field (or that cannot be read as JSON).
_HOLDS_IDENTITY = (
    "CASE WHEN reporter IS NULL THEN 0 WHEN NOT json_valid(reporter) THEN 1 "
    "WHEN json_type(reporter) != 'object' THEN 1 "
    "WHEN coalesce(json_extract(reporter, '$.name'), json_extract(reporter, '$.nik'), "
    "json_extract(reporter, '$.phone'), json_extract(reporter, '$.address'), "
    "json_extract(reporter, '$.email')) IS NOT NULL THEN 1 ELSE 0 END = 1"
)
# What every role but a validator is sent: hidden (the "anonymous" flag is kept).
_HIDDEN_REPORTER = (
    "json_object('hidden', json('true'), 'anonymous', json(CASE WHEN json_valid(reporter) "
    "AND json_type(reporter) = 'object' THEN (CASE WHEN json_extract(reporter, '$.anonymous') "
    "THEN 'true' ELSE 'false' END) ELSE 'false' END))"
)


@contextmanager
def _attached(store: Store, path: Path, key: Key | None = None) -> Iterator[Any]:
    """A cursor of one of the store's connections with ``path`` attached as ``_COPY``.

    Without ``key`` SQLCipher attaches with the profile's own key and salt: that
    opens the copies ``VACUUM INTO`` wrote (same salt), not a migration copy (a
    file of its own, with its own salt); with ``key`` any copy under that key opens.
    """
    raw = store.engine.raw_connection()
    try:
        cur = raw.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            keyed = "" if key is None else f" KEY \"x'{bytes(key).hex()}'\""
            cur.execute(f"ATTACH DATABASE ? AS {_COPY}{keyed}", (str(path),))
            try:
                yield cur
            finally:
                try:
                    cur.execute(f"DETACH DATABASE {_COPY}")
                except Exception:
                    raw.invalidate()  # never back to the pool with the copy attached
                    raise
        finally:
            cur.close()
    finally:
        raw.close()


def _key_lists(wiped: Sequence[str]) -> Iterator[list[str]]:
    keys = [identity_vault.ENTRY_PREFIX + ref for ref in wiped]
    for start in range(0, len(keys), 500):
        yield keys[start : start + 500]


def _receives_identities(role: str | None) -> bool:
    """Only a role that may see identities receives them (DOMAIN: validators)."""
    try:
        return role is None or may_see_identity(Role(role))
    except ValueError:
        return True  # a role this version does not know: look


def _may_hold_identities(cur: Any) -> bool:
    row = cur.execute(f"SELECT role FROM {_COPY}.sync_state WHERE id = 1").fetchone()
    return _receives_identities(None if row is None else row[0])


def _holds_wiped(cur: Any, wiped: Sequence[str]) -> bool:
    for keys in _key_lists(wiped):
        marks = ",".join("?" * len(keys))
        sql = f"SELECT 1 FROM {_COPY}.meta WHERE key IN ({marks}) LIMIT 1"
        if cur.execute(sql, keys).fetchone() is not None:
            return True
    return False


def _to_forget(cur: Any, wiped: Sequence[str], *, reporters: bool) -> bool:
    """Whether the attached copy holds what a copy may not keep (the reporters' too
    when ``reporters``)."""
    if _holds_wiped(cur, wiped):
        return True
    if not reporters or not _may_hold_identities(cur):
        return False
    sql = f"SELECT 1 FROM {_COPY}.reports WHERE {_HOLDS_IDENTITY} LIMIT 1"
    return cur.execute(sql).fetchone() is not None


def _scrub(cur: Any, wiped: Sequence[str], *, reporters: bool) -> tuple[int, int]:
    """Remove from the attached copy the reporters' identities (``reporters``) and the
    vault entries of ``wiped``; return how many of each (counts only: never values)."""
    cur.execute(f"PRAGMA {_COPY}.secure_delete = ON")
    cur.execute(f"PRAGMA {_COPY}.journal_mode = MEMORY")  # no journal file beside it
    cur.execute("BEGIN")  # deferred: only the copy is locked, never the profile
    try:
        hidden = entries = 0
        if reporters:
            cur.execute(
                f"UPDATE {_COPY}.reports SET reporter = {_HIDDEN_REPORTER} WHERE {_HOLDS_IDENTITY}"
            )
            hidden = max(cur.rowcount, 0)
            if hidden:  # a restored copy pulls everything again, identities included
                cur.execute(f"UPDATE {_COPY}.sync_state SET cursor = 0")
        for keys in _key_lists(wiped):
            marks = ",".join("?" * len(keys))
            cur.execute(f"DELETE FROM {_COPY}.meta WHERE key IN ({marks})", keys)
            entries += max(cur.rowcount, 0)
        cur.execute("COMMIT")
    except BaseException:
        cur.execute("ROLLBACK")
        raise
    return hidden, entries


def forget_in_copies(store: Store, *, key: Key | None = None, written: Path | None = None) -> int:
    """Take out of every copy of the profile what copies do not keep (module
    docstring); return how many copies were rewritten.

    ``key``: the profile's database key (SQLCipher), to open the copies that do not
    share the profile's salt (migration copies); None for a plain profile.
    ``written``: a copy just written by ``make_backup`` (already without
    identities: only the vault's tombstones are looked for in it). The tombstones
    read at the start go when every copy is without their entries. A copy that
    does not open with the profile's key cannot be restored either: it is left as
    it is (and logged); on an encrypted profile without ``key`` it keeps the
    tombstones (it may be a copy that only the key opens). Never raises for one copy.
    """
    with store.read() as session:
        wiped = identity_vault.wiped_refs(session)
        # Copies are written without identities; only a copy of a profile that
        # receives them (a migration copy, or one of an older version) may hold any.
        state = session.get(SyncState, 1)
        receives = _receives_identities(state.role if state is not None else None)
    if not wiped and not receives:  # the usual case after a sync
        log.debug("copies not looked at: no wiped vault entries, no identities received")
        return 0
    unsure = key is None and _encrypted(store)
    rewritten, done = 0, True
    copies = _copies(store.db_file)
    for path in copies:
        try:
            with _attached(store, path, key) as cur:
                todo = _to_forget(cur, wiped, reporters=path != written)
        except Exception as exc:  # noqa: BLE001 - not a profile this key opens
            log.info("copy %s not looked at (%s)", path.name, type(exc).__name__)
            done = done and not unsure
            continue
        if not todo:
            continue
        try:
            _rewrite(store, path, wiped, key)
            rewritten += 1
        except Exception as exc:  # noqa: BLE001 - kept as it was; tried again next time
            done = False
            log.warning("copy %s not cleaned (%s)", path.name, type(exc).__name__)
    if wiped and done:
        with store.write() as session:
            identity_vault.forget_tombstones(session, wiped)
    log.debug(
        "copies looked at: %d, cleaned: %d, wiped vault entries: %d",
        len(copies),
        rewritten,
        len(wiped),
    )
    return rewritten


def _encrypted(store: Store) -> bool:
    """Whether the store runs on SQLCipher (``cipher_version`` answers only there)."""
    with store.engine.connect() as conn:
        answer = conn.exec_driver_sql("PRAGMA cipher_version")
        return answer.returns_rows and answer.fetchone() is not None


def _rewrite(store: Store, path: Path, wiped: Sequence[str], key: Key | None) -> None:
    """Clean a copy through a temporary file; the copy is replaced only when sound."""
    tmp = path.with_name(store.db_file.name + _REWRITE_SUFFIX)
    tmp.unlink(missing_ok=True)
    stat = path.stat()
    try:
        shutil.copy2(path, tmp)
        with _attached(store, tmp, key) as cur:
            hidden, entries = _scrub(cur, wiped, reporters=True)
            rows = cur.execute(f"PRAGMA {_COPY}.quick_check").fetchall()
        if [str(r[0]) for r in rows] != ["ok"]:
            raise IntegrityError([str(r[0]) for r in rows])
        os.utime(tmp, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # the copy's age is kept
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    _fsync_dir(path.parent)
    log.info(
        "copy %s cleaned: %d reporter identities, %d vault entries", path.name, hidden, entries
    )


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


def _migration_copies(db_file: Path) -> list[Path]:
    return sorted(
        p
        for p in db_file.parent.glob(f"{db_file.name}{MIGRATION_INFIX}*")
        if not p.name.endswith(_SIDE_FILES) and p.is_file()
    )


def _copies(db_file: Path) -> list[Path]:
    """Every copy of the profile a person may be offered: daily, then migration."""
    return [p for p in _daily_copies(db_file) if p.is_file()] + _migration_copies(db_file)


def last_good_copies(db_file: Path, *, key: Key | None = None) -> list[GoodCopy]:
    """The copies of this profile that pass the check and this app can open, newest first."""
    candidates: list[tuple[Path, str]] = [(p, "daily") for p in _daily_copies(db_file)]
    candidates += [(p, "migration") for p in _migration_copies(db_file)]
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
