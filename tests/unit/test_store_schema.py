"""The profile database: migrations at open, refusal of newer schemas, backups."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from officer_app.store import SchemaTooNewError, Store
from officer_app.store.db import DB_FILENAME, make_engine
from officer_app.store.migrate import alembic_config, backup_copy, head_revision, read_revision
from officer_app.store.schema import Base, OutboxItem


def migrated(db_file: Path) -> None:
    """A profile file made by running every migration from the first (as an old
    profile's upgrade does); ``Store.open`` makes a new one from the models."""
    from alembic import command

    engine = make_engine(db_file)
    try:
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    finally:
        engine.dispose()


def _master(db_file: Path) -> list[tuple[str, ...]]:
    """``sqlite_master``, runs of white space in the statements as one space (an
    ``ADD COLUMN`` of a migration puts no line break before the new column)."""
    conn = sqlite3.connect(db_file)
    try:
        rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
        return sorted((t, n, tb, re.sub(r"\s+", " ", sql or "")) for t, n, tb, sql in rows)
    finally:
        conn.close()


def test_the_migrations_make_the_schema_of_the_models(tmp_path: Path) -> None:
    migrated(tmp_path / DB_FILENAME)
    store = Store.open(tmp_path)
    try:
        assert read_revision(tmp_path / DB_FILENAME) == head_revision()
        with store.engine.connect() as conn:
            diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        # The FTS5 virtual table and its shadow tables are not in the ORM metadata.
        diffs = [d for d in diffs if not (d[0] == "remove_table" and "fts" in d[1].name)]
        assert diffs == []
    finally:
        store.close()


def test_a_new_profile_made_from_the_models_is_the_migrated_schema(tmp_path: Path) -> None:
    migrated(tmp_path / "migrated.sqlite3")
    Store.open(tmp_path / "new").close()
    new_file = tmp_path / "new" / DB_FILENAME
    assert read_revision(new_file) == head_revision()
    master = _master(new_file)
    # Every table, index (expression indexes included), the FTS table and its shadow
    # tables, the version table: the same statements (white space aside).
    assert master == _master(tmp_path / "migrated.sqlite3")
    names = {row[1] for row in master}
    assert {"reports_fts", "reports_fts_data", "alembic_version", "ix_reports_dashboard",
            "ix_reports_list_urgency"} <= names  # fmt: skip


def test_a_new_profile_is_made_without_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys; from officer_app.store.db import Store; "
        f"Store.open({str(tmp_path)!r}).close(); "
        "print(any(m == 'alembic' or m.startswith('alembic.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    assert read_revision(tmp_path / DB_FILENAME) == head_revision()


def test_a_file_with_tables_but_no_revision_is_not_taken_for_new(tmp_path: Path) -> None:
    db_file = tmp_path / DB_FILENAME
    conn = sqlite3.connect(db_file)
    conn.execute("CREATE TABLE reports (id TEXT)")  # an odd file: the migrations decide
    conn.commit()
    conn.close()
    with pytest.raises(Exception, match="reports"):
        Store.open(tmp_path)


def test_connections_use_wal_and_foreign_keys(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store, store.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_reopen_keeps_data(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    with Store.open(tmp_path) as store, store.write() as session:
        session.add(
            OutboxItem(
                action_id="a" * 32,
                report_id="r1",
                type="note",
                payload={"note": "x"},
                happened_at=datetime.now(UTC),
                state="pending",
                attempts=0,
                updated_at=datetime.now(UTC),
            )
        )
    with Store.open(tmp_path) as store, store.read() as session:
        assert session.get(OutboxItem, 1) is not None


def test_newer_schema_is_refused_and_file_left_byte_identical(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    db = tmp_path / DB_FILENAME
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = db.read_bytes()
    with pytest.raises(SchemaTooNewError) as info:
        Store.open(tmp_path)
    assert "lebih baru" in info.value.message
    assert db.read_bytes() == before
    assert not list(tmp_path.glob("*.bak-*"))


def test_not_a_database_is_refused_with_a_message(tmp_path: Path) -> None:
    (tmp_path / DB_FILENAME).write_bytes(b"this is not sqlite" * 100)
    from officer_app.store import StoreError

    with pytest.raises(StoreError) as info:
        Store.open(tmp_path)
    assert "profil" in info.value.message.lower()


def test_backup_copy_is_a_consistent_database(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    with store.write() as session:
        session.execute(text("INSERT INTO meta(key, value) VALUES ('k', 'v')"))
    # The row may still be only in the WAL: the backup API must include it.
    copy = backup_copy(tmp_path / DB_FILENAME, head_revision())
    store.close()
    assert copy.name == f"{DB_FILENAME}.bak-{head_revision()}"
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("SELECT value FROM meta WHERE key='k'").fetchone() == ("v",)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()


def test_upgrade_of_an_older_profile_copies_it_aside_first_and_keeps_the_data(
    tmp_path: Path,
) -> None:
    from alembic import command

    from officer_app.store.db import make_engine
    from officer_app.store.migrate import alembic_config

    db = tmp_path / DB_FILENAME
    engine = make_engine(db)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")  # a profile written by the first release
        conn.execute(text("INSERT INTO meta(key, value) VALUES ('written_by', '0001')"))
    engine.dispose()
    assert read_revision(db) == "0001"

    with Store.open(tmp_path) as store, store.read() as session:
        assert session.execute(text("SELECT value FROM meta")).scalar() == "0001"
        indexes = {
            row[0]
            for row in session.execute(
                text("SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='events'")
            )
        }
    assert read_revision(db) == head_revision() != "0001"
    assert "ix_events_report_id" not in indexes
    backup = tmp_path / f"{DB_FILENAME}.bak-0001"
    assert read_revision(backup) == "0001"
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("SELECT value FROM meta").fetchone() == ("0001",)
    finally:
        conn.close()


@pytest.mark.parametrize("encrypted", [False, True])
def test_none_binds_as_sql_null_through_the_direct_adapter(tmp_path: Path, encrypted: bool) -> None:
    import secrets

    import sqlcipher3

    module = sqlcipher3 if encrypted else sqlite3
    with Store.open(tmp_path, key=secrets.token_bytes(32) if encrypted else None) as store:
        # The adapter that spares pysqlite its failed lookup per NULL (store/db.py).
        assert (type(None), module.PrepareProtocol) in module.adapters
        with store.write() as session:
            session.execute(
                text("INSERT INTO units(id, name, kind, code) VALUES ('u', 'U', 'kota', :code)"),
                {"code": None},
            )
        with store.read() as session:
            row = session.execute(
                text("SELECT code IS NULL, typeof(code) FROM units WHERE id = 'u'")
            ).one()
    assert tuple(row) == (1, "null")


def test_a_bulk_writes_page_cache_is_given_back(tmp_path: Path) -> None:
    from officer_app.store.db import BULK_CACHE_KIB, CACHE_KIB

    def cache_sizes(store: Store) -> set[int]:
        # Every pooled connection the pool hands out in turn.
        sessions = [store.read().__enter__() for _ in range(3)]
        try:
            return {int(s.execute(text("PRAGMA cache_size")).scalar_one()) for s in sessions}
        finally:
            for s in sessions:
                s.close()

    with Store.open(tmp_path) as store:
        assert cache_sizes(store) == {-CACHE_KIB}
        with store.write(bulk=True) as session:
            assert session.execute(text("PRAGMA cache_size")).scalar_one() == -BULK_CACHE_KIB
        assert -BULK_CACHE_KIB in cache_sizes(store)  # kept for the next page of the pull
        store.trim_memory()
        assert cache_sizes(store) == {-CACHE_KIB}
        with store.write() as session:  # an ordinary write never grows it
            assert session.execute(text("PRAGMA cache_size")).scalar_one() == -CACHE_KIB


def test_quick_head_reads_the_same_head_as_alembic() -> None:
    from officer_app.store.migrate import quick_head

    assert quick_head() == head_revision()


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (
            {
                "a.py": 'revision = "1"\ndown_revision = None\n',
                "b.py": 'revision = "2"\ndown_revision = "1"\n',
            },
            "2",
        ),  # noqa: E501
        # A branch (two heads): Alembic decides.
        (
            {
                "a.py": 'revision = "1"\ndown_revision = None\n',
                "b.py": 'revision = "2"\ndown_revision = "1"\n',
                "c.py": 'revision = "3"\ndown_revision = "1"\n',
            },
            None,
        ),  # noqa: E501
        # A merge revision (a tuple), a computed value, a missing down_revision: unsure.
        ({"a.py": 'revision = "1"\ndown_revision = ("x", "y")\n'}, None),
        ({"a.py": "revision = make_id()\ndown_revision = None\n"}, None),
        ({"a.py": 'revision = "1"\n'}, None),
    ],
)
def test_quick_head_answers_none_when_the_history_is_not_a_plain_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], expected: str | None
) -> None:
    from officer_app.store import migrate

    (tmp_path / "versions").mkdir()
    for name, text_ in files.items():
        (tmp_path / "versions" / name).write_text(text_, encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", tmp_path)
    migrate.quick_head.cache_clear()
    try:
        assert migrate.quick_head() == expected
    finally:
        migrate.quick_head.cache_clear()


def test_a_profile_at_head_opens_without_loading_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    Store.open(tmp_path).close()
    code = (
        "import sys; from officer_app.store.db import Store; "
        f"Store.open({str(tmp_path)!r}).close(); "
        "print(any(m == 'alembic' or m.startswith('alembic.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
