"""Offline intake end to end against the real server process.

Server down -> complaints filed at the desk -> receipts carry leased numbers (a
provisional code once the block is used up) -> server up -> sync -> the server
holds the reports under exactly those numbers, with the identities; the desk
profile no longer holds any identity; an officer of the kelurahan the report was
routed to syncs and holds none either.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from central_server.testing import LiveServer, server_rows
from officer_app.store.desk import Stage, receipt_for, record_receipt, todays_filings
from officer_app.sync.engine import Outcome

from .conftest import CITIZENS, Station, leaks, secrets_of

pytestmark = pytest.mark.slow

POINTS = [(-6.1815, 106.8285), (-6.1754, 106.8272), (-6.1865, 106.8341), (-6.1900, 106.8300)]


def _file(desk: Station, n: int, reporter: dict[str, object]) -> str:
    lat, lon = POINTS[n]
    made = desk.actions.create(
        {
            "channel": "pendopo",
            "category_id": desk.category_id(),
            "description": f"Jalan berlubang besar nomor {n}, sudah dua minggu belum diperbaiki",
            "address": "Jl. Medan Merdeka Selatan",
            "lat": lat,
            "lon": lon,
            "is_private": True,
            "reporter": reporter,
        }
    )
    return made.report_id


def test_offline_intake_keeps_leased_numbers_and_wipes_identity(
    server_factory: Callable[..., LiveServer], tmp_path: Path
) -> None:
    server = server_factory(n_reports=60, seed=5)
    desk = Station(tmp_path / "desk", server, "desk.demo")
    assert desk.sync(lease_batch=3, lease_low_water=1).ok
    with desk.store.read() as s:
        from officer_app.store.schema import LeasedNumber

        leased = sorted(n.number for n in s.query(LeasedNumber).filter_by(report_id=None))
    assert len(leased) == 3

    server.stop()  # the link is down
    ids = [_file(desk, n, citizen) for n, citizen in enumerate(CITIZENS)]
    late = _file(desk, 3, {"anonymous": True})  # the block is used up
    receipts = [
        receipt_for(desk.store, rid, nik=c["nik"]) for rid, c in zip(ids, CITIZENS, strict=True)
    ]
    provisional = receipt_for(desk.store, late)
    for r in [*receipts, provisional]:
        record_receipt(desk.store, r)
    assert [r.number for r in receipts] == leased  # numbers the citizen can follow
    assert not any(r.provisional for r in receipts)
    assert provisional.provisional
    assert provisional.number.startswith("SEMENTARA-")
    assert all(r.masked_nik.count("*") == 8 for r in receipts)
    assert desk.sync(lease_batch=3, lease_low_water=1).outcome is Outcome.UNREACHABLE
    # Offline, at rest: the identity is only in the vault, encrypted.
    assert leaks(desk.root, secrets_of(CITIZENS)) == {}
    stages = {f.report_id: f.stage for f in todays_filings(desk.store, "desk.demo")}
    assert set(stages.values()) == {Stage.WAITING}

    server.start()  # the link is back (another port)
    desk.reconnect()
    result = desk.sync(lease_batch=3, lease_low_water=1)
    assert result.ok, result.summary()
    assert result.applied == 4

    for rid, citizen, number in zip(ids, CITIZENS, leased, strict=True):
        [row] = server_rows(
            server,
            "SELECT r.number, i.name, i.nik, i.phone, i.anonymous FROM reports r "
            "JOIN reporter_identities i ON i.report_id = r.id WHERE r.id = :id",
            id=rid,
        )
        assert row.number == number
        assert (row.name, row.nik, bool(row.anonymous)) == (citizen["name"], citizen["nik"], False)
        assert row.phone.endswith(citizen["phone"][1:])
    # The scan finds an identity where one is stored (the server's database file).
    assert CITIZENS[0]["nik"] in leaks(server.workdir, [CITIZENS[0]["nik"]])
    [final] = server_rows(server, "SELECT number FROM reports WHERE id = :id", id=late)
    assert final.number.startswith("JK")
    assert final.number not in leased

    # The desk profile holds no identity any more, and knows what to reprint.
    from officer_app.store.identity_vault import count_entries

    with desk.store.read() as s:
        assert count_entries(s) == 0
    desk.store.close()  # checkpoint the WAL into the file we scan
    from officer_app.store import Store

    desk.store = Store.open(desk.root)
    assert leaks(desk.root, secrets_of(CITIZENS)) == {}
    stages = {f.report_id: f.stage for f in todays_filings(desk.store, "desk.demo")}
    assert stages[late] == Stage.REPRINT
    assert {stages[rid] for rid in ids} == {Stage.SENT}
    reprint = receipt_for(desk.store, late)
    assert (reprint.number, reprint.provisional) == (final.number, False)
    record_receipt(desk.store, reprint)
    assert {f.report_id: f.stage for f in todays_filings(desk.store, "desk.demo")}[late] == (
        Stage.SENT
    )

    # The report was routed to a kelurahan: its officer syncs, and sees no identity.
    [routed] = server_rows(
        server,
        "SELECT o.id FROM reports r JOIN officers o ON o.unit_id = r.unit_id "
        "WHERE r.id = :id AND o.role = 'field_officer' LIMIT 1",
        id=ids[0],
    )
    officer = Station(tmp_path / "officer", server, routed.id)
    assert officer.sync().ok
    with officer.store.read() as s:
        from officer_app.store.schema import Report

        mine = s.query(Report).filter_by(id=ids[0]).one()
        assert mine.number == leased[0]
        assert mine.reporter.get("hidden") is True
    officer.store.close()
    assert leaks(officer.root, secrets_of(CITIZENS)) == {}
    desk.close()
