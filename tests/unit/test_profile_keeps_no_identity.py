"""A validator's profile holds a reporter's identity only while it needs it: a report
that leaves the validator's scope is deleted (with secure_delete), and one kept for
unsent work keeps no identity (UU 27/2022: no more than needed, no longer than needed)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from crm_shared.domain import Role, Status
from officer_app.store import Store
from officer_app.store.actions import Actor, LocalActions
from officer_app.store.photos import PhotoStore
from officer_app.store.schema import Report
from officer_app.sync.engine import SyncConfig, SyncEngine
from officer_app.sync.fake import OTHER_UNIT, FakeServer

VALIDATOR = Actor("officer.demo", Role.VALIDATOR, "kel-gambir", "Validator")


def identity(n: int) -> dict[str, object]:
    return {
        "hidden": False,
        "anonymous": False,
        "name": f"Warga Rahasia {n}",
        "nik": f"31710145089{n:05d}",
        "phone": f"+62812000{n:05d}",
        "address": f"Gang Mawar {n}",
    }


@pytest.fixture
def profile(tmp_path: Path) -> Iterator[tuple[Store, PhotoStore, FakeServer]]:
    store = Store.open(tmp_path / "profile")

    # As SQLCipher (the real profiles) does, and unlike Debian's SQLite: freed space is
    # not zeroed unless the code asks for it.
    @event.listens_for(store.engine, "checkout")
    def _plain_delete(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        dbapi_connection.execute("PRAGMA secure_delete = OFF")

    photos = PhotoStore(tmp_path / "profile" / "photos")
    server = FakeServer(role=Role.VALIDATOR)
    for rid in server.add(4, status=Status.MENUNGGU_VALIDASI):
        server.change(rid, reporter=identity(int(rid.rsplit("-", 1)[1])))
    yield store, photos, server
    store.close()


def sync(store: Store, photos: PhotoStore, server: FakeServer) -> None:
    SyncEngine(store, server, photos, config=SyncConfig(page_size=10)).run()


def reporters(store: Store) -> dict[str, dict]:
    with store.read() as s:
        return {r.id: dict(r.reporter or {}) for r in s.scalars(select(Report))}


def test_reports_leaving_scope_take_their_identity_with_them(profile) -> None:
    store, photos, server = profile
    sync(store, photos, server)
    held = reporters(store)
    assert len(held) == 4
    assert all(r.get("nik") for r in held.values())  # the validator needs them now

    kept, dropped = "r-000001", "r-000002"
    LocalActions(store, photos, VALIDATOR).note(kept, "Periksa foto sesudah")  # unsent work
    server.push = lambda actions: []  # type: ignore[method-assign,assignment,return-value]
    server.change(kept, unit_id=OTHER_UNIT)  # validated elsewhere: out of this scope
    server.change(dropped, unit_id=OTHER_UNIT)
    sync(store, photos, server)

    after = reporters(store)
    assert dropped not in after
    assert after[kept] == {"hidden": True, "anonymous": False}  # kept for its work only
    assert all(after[r].get("nik") for r in ("r-000003", "r-000004"))  # still in scope
    with store.read() as s:
        in_scope = s.scalar(select(Report.in_scope).where(Report.id == kept))
        assert in_scope is False
    # Nothing of the dropped identity is left in the file's free pages either. The
    # sync's own background checkpoint must be over first: a TRUNCATE checkpoint that
    # meets it answers "busy" and leaves the WAL (with old page images) in place.
    store.wait_for_checkpoint()
    with store.engine.connect() as conn:
        busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    assert busy is not None
    assert busy[0] == 0, "the WAL could not be checkpointed"
    raw = b"".join(p.read_bytes() for p in store.db_file.parent.glob(store.db_file.name + "*"))
    assert identity(1)["nik"].encode() not in raw  # type: ignore[union-attr]
    assert identity(2)["nik"].encode() not in raw  # type: ignore[union-attr]
    assert identity(3)["nik"].encode() in raw  # type: ignore[union-attr]  (plain test profile)
