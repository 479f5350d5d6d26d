"""The server's per-desk quota of outstanding numbers (``409 lease_quota``) is "not
now" for the sync, not an error (issue 16, the client's side).

Against the real reference server started with ``--lease-quota 5``: a desk that
already holds its five numbers asks for more; the cycle still pushes and pulls and
ends ok, the desk files with the numbers it holds, then with provisional codes, and
once its numbers are used the next cycle leases again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from central_server.testing import LiveServer
from officer_app.store.desk import provisional_code
from officer_app.store.schema import LeasedNumber, Report

from .conftest import Station
from .test_lease_return import _file  # a walk-in complaint, filed at the desk

pytestmark = pytest.mark.slow
# Always below the low-water mark: every cycle asks for five more.
LEASING = {"lease_batch": 5, "lease_low_water": 10}


def _unused(desk: Station) -> list[str]:
    with desk.store.read() as s:
        return list(s.scalars(select(LeasedNumber.number).where(LeasedNumber.report_id.is_(None))))


def _numbers(desk: Station, report_ids: list[str]) -> dict[str, str | None]:
    with desk.store.read() as s:
        rows = s.execute(select(Report.id, Report.number).where(Report.id.in_(report_ids)))
        return dict(rows.tuples().all())


def test_a_lease_over_the_quota_skips_leasing_and_the_sync_goes_on(
    server_factory: Callable[..., LiveServer], tmp_path: Path
) -> None:
    server = server_factory(n_reports=30, seed=12, extra_args=["--lease-quota", "5"])
    desk = Station(tmp_path / "desk", server, "desk.demo")
    try:
        first = desk.sync(**LEASING)
        assert first.ok, first.summary()
        assert len(_unused(desk)) == 5
        assert first.lease_declined == ""

        # Five held, five more asked for: the server says no (409 lease_quota).
        second = desk.sync(**LEASING)
        assert second.ok, second.summary()  # not "failed": nothing is shown as an error
        assert second.lease_declined == "lease_quota"
        assert second.pages >= 1  # the pull still ran after the refused lease
        assert len(_unused(desk)) == 5  # the desk keeps what it holds

        # The desk works on: five official numbers, then a provisional code.
        filed = [_file(desk, n) for n in range(6)]
        numbers = _numbers(desk, filed)
        assert sum(1 for n in numbers.values() if n) == 5
        [last] = [rid for rid, n in numbers.items() if not n]
        assert provisional_code(last).startswith("SEMENTARA-")

        # The reports go out (the provisional one gets its number from the server), the
        # quota is free again and the same cycle leases a new block.
        third = desk.sync(**LEASING)
        assert third.ok, third.summary()
        assert (third.pushed, third.applied, third.rejected) == (6, 6, 0)
        assert third.lease_declined == ""
        assert len(_unused(desk)) == 5
        assert all(_numbers(desk, filed).values())
    finally:
        desk.close()
