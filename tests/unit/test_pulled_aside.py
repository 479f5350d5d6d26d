"""Reports a pull sets aside are kept in the profile until a pull brings them
(``store.pulled_aside``, written by the sync engine in each page's transaction)."""

from __future__ import annotations

from pathlib import Path

from officer_app.store import Store
from officer_app.store import pulled_aside as pa
from officer_app.store.photos import PhotoStore
from officer_app.sync.engine import SyncConfig, SyncEngine, SyncResult
from officer_app.sync.fake import FakeServer

BAD_DESCRIPTION = "Jalan rusak \u202e di depan pasar"  # a direction override: unusable


def _sync(store: Store, server: FakeServer, root: Path) -> SyncResult:
    config = SyncConfig(page_size=4, sleep=lambda _s: None)
    return SyncEngine(store, server, PhotoStore(root / "photos"), config=config).run()


def _aside(store: Store) -> dict[str, str]:
    with store.read() as s:
        return {row.report_id: row.reason for row in pa.listing(s)}


def test_kept_over_a_reopen_and_cleared_when_a_pull_brings_it(tmp_path: Path) -> None:
    server = FakeServer()
    ids = server.add(10)
    store = Store.open(tmp_path / "profile")
    assert _sync(store, server, tmp_path).ok
    assert _aside(store) == {}

    server.change(ids[3], description=BAD_DESCRIPTION)
    result = _sync(store, server, tmp_path)
    assert result.ok
    assert result.set_aside >= 1  # (a recount may read it twice)
    aside = _aside(store)
    assert list(aside) == [ids[3]]
    assert "description" in aside[ids[3]]  # the field, never the text itself
    assert "pasar" not in aside[ids[3]]
    store.close()

    store = Store.open(tmp_path / "profile")  # a restart: still listed
    assert list(_aside(store)) == [ids[3]]
    with store.read() as s:
        assert pa.count(s) == 1
    server.change(ids[3], description="Jalan rusak di depan pasar")
    assert _sync(store, server, tmp_path).ok
    assert _aside(store) == {}
    store.close()


def test_a_whole_pull_forgets_what_the_server_no_longer_shows(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "profile")
    try:
        with store.write() as s:
            from datetime import UTC, datetime

            pa.record(s, [("r-gone", "description: control characters")], datetime.now(UTC))
        server = FakeServer()
        server.add(5)
        assert _sync(store, server, tmp_path).ok  # cursor 0: a whole pull
        assert _aside(store) == {}
    finally:
        store.close()
