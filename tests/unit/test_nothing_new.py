"""``sync.nothing_new``: which profiles it answers for, and that it says what the engine says.

The path itself runs against the real server in
tests/integration/test_nothing_new_sync.py; here its reading of the profile.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crm_shared.domain import Role, may_see_identity
from crm_shared.protocol.wire import API_PREFIX
from officer_app.store import export_notices, identity_vault
from officer_app.store.daily_copies import daily_copy_is_fresh, daily_copy_path
from officer_app.store.db import Store
from officer_app.store.integrity import make_backup
from officer_app.store.schema import Meta, OutboxItem, ReferenceBlob, SyncState
from officer_app.sync import nothing_new
from officer_app.sync.engine import MESSAGES, Outcome, SyncResult

KEY = os.urandom(32)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "p", key=KEY) as s:
        with s.write() as session:
            session.add(
                SyncState(
                    id=1, server_url="http://127.0.0.1:1", officer_id="officer.demo",
                    role="field_officer", cursor=42,
                )
            )  # fmt: skip
            session.add(ReferenceBlob(id=1, etag='"abc"', data={}, fetched_at=datetime.now(UTC)))
        yield s


def _read(store: Store) -> nothing_new.LocalState | None:
    return nothing_new.read_local(store.db_file, KEY)


def test_a_profile_with_nothing_to_send_is_read_without_the_engine(store: Store) -> None:
    local = _read(store)
    assert local == nothing_new.LocalState(
        server_url="http://127.0.0.1:1", officer_id="officer.demo", cursor=42, etag='"abc"',
        needs_attention=0, visible=0,
    )  # fmt: skip


def _outbox(state: str) -> Callable[[Store], None]:
    def add(store: Store) -> None:
        now = datetime.now(UTC)
        with store.write() as session:
            session.add(
                OutboxItem(action_id="a" * 36, report_id="r1", type="note", payload={},
                           happened_at=now, state=state, updated_at=now)
            )  # fmt: skip

    return add


def _role(role: str) -> Callable[[Store], None]:
    def set_role(store: Store) -> None:
        with store.write() as session:
            state = session.get(SyncState, 1)
            assert state is not None
            state.role = role

    return set_role


def _no_etag(store: Store) -> None:
    with store.write() as session:
        blob = session.get(ReferenceBlob, 1)
        assert blob is not None
        blob.etag = None


def _notice(store: Store) -> None:
    from crm_shared.protocol.wire import ExportNotice

    export_notices.keep(
        store,
        ExportNotice(format="csv", what="dasbor 2026-12", rows=3, happened_at=datetime.now(UTC)),
    )


def _tombstone(store: Store) -> None:
    with store.write() as session:
        session.add(Meta(key=identity_vault.WIPED_PREFIX + "ref1", value=""))


@pytest.mark.parametrize(
    "change",
    [
        _outbox("pending"),
        _outbox("sending"),
        _role("desk"),
        _role("validator"),
        _no_etag,
        _notice,
        _tombstone,
    ],  # fmt: skip
    ids=["pending", "sending", "desk", "validator", "no-etag", "export-notice", "tombstone"],
)
def test_anything_the_cycle_would_do_leaves_it_to_the_cycle(
    store: Store, change: Callable[[Store], None]
) -> None:
    change(store)
    assert _read(store) is None


def test_items_needing_attention_are_counted_not_sent(store: Store) -> None:
    _outbox("needs_attention")(store)
    local = _read(store)
    assert local is not None
    assert local.needs_attention == 1


def test_a_sent_or_refused_export_notice_is_not_waiting(store: Store) -> None:
    _notice(store)
    [(entry_id, _)] = export_notices.pending(store)
    export_notices.mark(store, entry_id, refused="role_forbidden")
    assert export_notices.pending(store) == []
    assert _read(store) is not None


def test_the_empty_page_must_be_the_last_and_count_what_we_hold() -> None:
    local = nothing_new.LocalState("u", "o", cursor=10, etag="e", needs_attention=0, visible=5)
    page = {"reports": [], "removed": [], "cursor": 12, "has_more": False, "total_visible": 5}
    assert nothing_new._empty_page(page, local)
    assert not nothing_new._empty_page({**page, "total_visible": 6}, local)  # the engine re-pulls
    assert not nothing_new._empty_page({**page, "has_more": True}, local)
    assert not nothing_new._empty_page({**page, "removed": ["r1"]}, local)
    assert not nothing_new._empty_page({**page, "reports": [{}]}, local)
    assert not nothing_new._empty_page({**page, "cursor": 9}, local)  # never backwards
    assert not nothing_new._empty_page({**page, "cursor": True}, local)
    assert nothing_new._empty_page(page, replace(local, cursor=12))


def test_its_constants_are_the_ones_it_stands_in_for() -> None:
    assert MESSAGES[Outcome.OK] == nothing_new.OK_MESSAGE
    assert nothing_new.API_PREFIX == API_PREFIX
    assert nothing_new.EXPORT_NOTICE_KIND == export_notices.KIND
    assert nothing_new.WIPED_PREFIX == identity_vault.WIPED_PREFIX
    for role in Role:
        if role.value in nothing_new.PLAIN_ROLES:
            assert role is not Role.DESK
            assert not may_see_identity(role)
    # The summary has the engine's keys, in its order, and a cycle's values of nothing.
    engine = SyncResult(pages=1, cursor=7, bytes=99).summary()
    ours = nothing_new.summary(cursor=7, needs_attention=0, received=99, duration_s=0.0)
    assert list(ours) == list(engine)
    assert ours == engine


def test_the_daily_copy_is_fresh_as_make_backup_decides(store: Store) -> None:
    now = datetime.now(UTC)
    assert not daily_copy_is_fresh(store.db_file, now)
    written = make_backup(store, key=KEY, now=now)
    assert written == daily_copy_path(store.db_file, now)
    later = datetime.now(UTC)  # after the copy's time
    assert daily_copy_is_fresh(store.db_file, later)
    assert not daily_copy_is_fresh(store.db_file, later + timedelta(hours=2))
