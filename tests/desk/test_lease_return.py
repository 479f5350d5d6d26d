"""Unused leased report numbers go back to the server when the lease ends.

Against the real reference server: the desk leases a block, uses one number,
signs out (``SyncEngine.release_numbers``): the unused numbers are marked
released on the server, leave the profile and are never handed out again. A
lease found expired at a later cycle is returned the same way, then deleted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from central_server.testing import LiveServer, server_rows
from officer_app.store.schema import LeasedNumber
from officer_app.sync.engine import SyncConfig, SyncEngine

from .conftest import Station

pytestmark = pytest.mark.slow


def _file(desk: Station, n: int) -> str:
    made = desk.actions.create(
        {
            "channel": "pendopo",
            "category_id": desk.category_id(),
            "description": f"Saluran air tersumbat di gang nomor {n}, air meluap ke jalan",
            "address": "Jl. Medan Merdeka Selatan",
            "lat": -6.1815,
            "lon": 106.8285,
            "is_private": True,
            "reporter": {"anonymous": True},
        }
    )
    return made.report_id


def _local_numbers(desk: Station) -> dict[str, str | None]:
    with desk.store.read() as s:
        return {n.number: n.report_id for n in s.scalars(select(LeasedNumber))}


def _server_released(server: LiveServer, numbers: list[str]) -> dict[str, bool]:
    rows = server_rows(server, "SELECT number, released FROM leased_numbers")
    return {r.number: bool(r.released) for r in rows if r.number in numbers}


def _engine(desk: Station) -> SyncEngine:
    config = SyncConfig(sleep=lambda _s: None, max_retries=0, lease_batch=5, lease_low_water=1)
    return SyncEngine(desk.store, desk.backend, desk.photos, config=config, identity=desk.vault)


def test_sign_out_returns_unused_numbers(
    server_factory: Callable[..., LiveServer], tmp_path: Path
) -> None:
    server = server_factory(n_reports=30, seed=11)
    desk = Station(tmp_path / "desk", server, "desk.demo")
    try:
        assert desk.sync(lease_batch=5, lease_low_water=1).ok
        leased = sorted(_local_numbers(desk))
        assert len(leased) == 5
        used_id = _file(desk, 0)
        used = [n for n, rid in _local_numbers(desk).items() if rid == used_id]
        assert len(used) == 1
        used_number = used[0]
        assert desk.sync(lease_batch=5, lease_low_water=1).ok  # the create reaches the server
        unused = [n for n in leased if n != used_number]

        returned = _engine(desk).release_numbers()

        assert returned == 4
        assert set(_local_numbers(desk)) <= {used_number}  # only the one on a receipt
        on_server = _server_released(server, leased)
        assert on_server == {**dict.fromkeys(unused, True), used_number: False}
        leases = server_rows(server, "SELECT returned_at FROM number_leases")
        assert [r.returned_at is not None for r in leases] == [True]

        # The next shift leases again: the returned numbers never come back.
        assert desk.sync(lease_batch=5, lease_low_water=1).ok
        fresh = set(_local_numbers(desk)) - {used_number}
        assert len(fresh) == 5
        assert not fresh & set(unused)
        later = _file(desk, 1)
        taken = [n for n, rid in _local_numbers(desk).items() if rid == later]
        assert len(taken) == 1
        assert taken[0] in fresh
        assert desk.sync(lease_batch=5, lease_low_water=1).ok
        numbers = {r.number for r in server_rows(server, "SELECT number FROM reports")}
        assert {used_number, taken[0]} <= numbers
        assert not numbers & set(unused)
    finally:
        desk.close()


def test_expired_lease_is_returned_then_deleted(
    server_factory: Callable[..., LiveServer], tmp_path: Path
) -> None:
    server = server_factory(n_reports=30, seed=12)
    desk = Station(tmp_path / "desk", server, "desk.demo")
    try:
        assert desk.sync(lease_batch=5, lease_low_water=1).ok
        old = sorted(_local_numbers(desk))
        assert len(old) == 5
        with desk.store.write() as s:  # the lease ran past its end (midnight)
            s.execute(
                update(LeasedNumber).values(expires_at=datetime.now(UTC) - timedelta(minutes=1))
            )

        result = desk.sync(lease_batch=5, lease_low_water=1)

        assert result.ok
        assert result.numbers_returned == 5
        assert _server_released(server, old) == dict.fromkeys(old, True)
        held = _local_numbers(desk)
        assert not set(held) & set(old)  # deleted here
        assert len(held) == 5  # and a fresh block leased in their place
    finally:
        desk.close()
