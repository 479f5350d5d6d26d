"""Bring a profile database to the schema this app knows, safely.

Order of things at open: read the file's revision read-only (nothing is written
yet); refuse a profile written by a newer app; copy the file aside as
``<file>.bak-<revision>`` with SQLite's backup API (a consistent copy, WAL
included); then run the Alembic upgrade in one transaction.

An encrypted profile (``key`` given) is read and copied through SQLCipher with
the same key: the backup is as encrypted as the profile itself.
"""

from __future__ import annotations

import functools
import logging
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import SchemaTooNewError, StoreError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*(?::[^=]+)?=\s*(.+?)\s*$", re.M)
_QUOTED = re.compile(r"""^(?:None|(["'])([A-Za-z0-9_]+)\1)$""")


@functools.cache
def quick_head() -> str | None:
    """The head revision read from the migration files' text, or None if unsure.

    Alembic itself costs ~0.15 s to import and ~0.05 s to load the scripts; a
    profile already at head (every start but the first after an update) needs
    neither. Each file must name exactly one ``revision`` and one ``down_revision``
    as plain literals, in one line of history; anything else (a merge, a branch,
    an odd file) answers None and Alembic decides, as before.
    """
    parent: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        if path.name == "__init__.py":
            continue
        found: dict[str, str | None] = {}
        for name, raw in _REVISION_LINE.findall(path.read_text(encoding="utf-8")):
            literal = _QUOTED.match(raw)
            if literal is None or name in found:
                return None
            found[name] = literal.group(2)
        if set(found) != {"revision", "down_revision"} or found["revision"] is None:
            return None
        parent[found["revision"]] = found["down_revision"]
    children = {p for p in parent.values() if p is not None}
    heads = [rev for rev in parent if rev not in children]
    roots = [rev for rev, down in parent.items() if down is None]
    if len(heads) != 1 or len(roots) != 1 or len(children) != len(parent) - 1:
        return None
    return heads[0]


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _connect(db_file: Path, key: bytes | bytearray | None, *, readonly: bool) -> Any:
    if key is None:
        if readonly:
            return sqlite3.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True)
        return sqlite3.connect(db_file)
    from .db import connect_encrypted  # db imports this module

    return connect_encrypted(db_file, key, readonly=readonly)


def _db_errors(key: bytes | bytearray | None) -> tuple[type[Exception], type[Exception]]:
    if key is None:
        return sqlite3.Error, sqlite3.DatabaseError
    import sqlcipher3

    return sqlcipher3.Error, sqlcipher3.DatabaseError


def read_revision(db_file: Path, key: bytes | bytearray | None = None) -> str | None:
    """The schema revision of an existing file, read without writing anything."""
    if not db_file.exists() or db_file.stat().st_size == 0:
        return None
    error, database_error = _db_errors(key)
    try:
        conn = _connect(db_file, key, readonly=True)
    except error as exc:
        raise StoreError("profile_unreadable", f"Profil tidak dapat dibuka: {exc}") from exc
    try:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    except database_error as exc:
        raise StoreError(
            "profile_unreadable", f"Berkas profil rusak atau bukan basis data: {exc}"
        ) from exc
    finally:
        conn.close()


def check_not_newer(db_file: Path, key: bytes | bytearray | None = None) -> str | None:
    """Return the file's revision; refuse one this app does not know."""
    current = read_revision(db_file, key)
    if current is not None and current == quick_head():
        return current  # at head: known, without loading Alembic
    if current is not None and current not in known_revisions():
        raise SchemaTooNewError(
            "schema_too_new",
            "Profil ini dibuat oleh versi aplikasi yang lebih baru "
            f"(skema {current}). Perbarui aplikasi untuk membukanya; "
            "profil tidak diubah.",
        )
    return current


def backup_copy(db_file: Path, revision: str, key: bytes | bytearray | None = None) -> Path:
    target = db_file.with_name(f"{db_file.name}.bak-{revision}")
    src = _connect(db_file, key, readonly=False)
    try:
        dst = _connect(target, key, readonly=False)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    log.info("profile backed up before migration to %s", target.name)
    return target


def upgrade(
    engine: Engine, db_file: Path, current: str | None, key: bytes | bytearray | None = None
) -> None:
    """Upgrade to head; ``current`` is what ``check_not_newer`` returned."""
    if current is not None and current == quick_head():
        return
    if current is None and quick_head() is not None and _empty(engine):
        create_at_head(engine)
        return
    head = head_revision()
    if current == head:
        return
    from alembic import command

    if current is not None:
        backup_copy(db_file, current, key)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    log.info("profile schema upgraded from %s to %s", current, head)


def _empty(engine: Engine) -> bool:
    """No table at all: a new profile (a file with tables and no revision is not)."""
    with engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar() == 0


def create_at_head(engine: Engine) -> None:
    """A new profile's schema made from the models and stamped at the head revision.

    Running every migration from 0001 made the same schema (a test compares
    ``sqlite_master`` of both) in ~0.7 s of a first sync, with Alembic's import
    (docs/performance.md, issue 22). The version table is Alembic's own.
    """
    from sqlalchemy import Column, MetaData, PrimaryKeyConstraint, String, Table

    from .schema import FTS_DDL, Base

    head = quick_head()
    assert head is not None
    version = Table(
        "alembic_version",
        MetaData(),
        Column("version_num", String(32), nullable=False),
        PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
    )
    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        conn.exec_driver_sql(FTS_DDL)  # the search index (0001_initial), not an ORM table
        version.create(conn)
        conn.execute(version.insert().values(version_num=head))
    log.info("new profile created at schema %s", head)
