"""A new profile's first sync leaves the day's copy to the next sync (issue 22), unless
something a person did is in the profile."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from officer_app.session import SyncSession
from officer_app.store.daily_copies import daily_copy_path
from officer_app.store.db import Store
from officer_app.store.photos import PhotoStore
from officer_app.store.schema import SyncState
from officer_app.sync.engine import Outcome, SyncResult

KEY = os.urandom(32)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[SyncSession]:
    with Store.open(tmp_path / "p", key=KEY) as store:
        yield SyncSession(store, PhotoStore(tmp_path / "photos", key=os.urandom(32)))


def _copy(session: SyncSession) -> bool:
    return daily_copy_path(session.store.db_file, datetime.now(UTC)).exists()


def test_a_new_profile_has_never_synced_until_a_cycle_finishes(session: SyncSession) -> None:
    assert session.never_synced()
    with session.store.write() as s:
        s.add(SyncState(id=1, cursor=5))
    assert session.never_synced()  # signed in, pulled half-way: not finished
    with session.store.write() as s:
        state = s.get(SyncState, 1)
        assert state is not None
        state.last_sync_at = datetime.now(UTC)
    assert not session.never_synced()


def test_the_first_good_sync_writes_no_copy(session: SyncSession) -> None:
    session.after_cycle(object(), SyncResult(pulled=100), first=True)
    assert not _copy(session)


@pytest.mark.parametrize(
    "result",
    [SyncResult(pushed=1), SyncResult(waiting=1), SyncResult(needs_attention=1)],
    ids=["pushed", "waiting", "needs-attention"],
)
def test_a_first_sync_with_a_persons_work_writes_the_copy(
    session: SyncSession, result: SyncResult
) -> None:
    session.after_cycle(object(), result, first=True)
    assert _copy(session)


def test_later_good_syncs_write_the_copy(session: SyncSession) -> None:
    session.after_cycle(object(), SyncResult(), first=False)
    assert _copy(session)


def test_a_failed_first_sync_writes_no_copy_either(session: SyncSession) -> None:
    session.after_cycle(object(), SyncResult(outcome=Outcome.UNREACHABLE), first=False)
    assert not _copy(session)
