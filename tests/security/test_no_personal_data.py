"""No personal data in logs, nor in an officer's or supervisor's profile.

A full flow against the real reference server: the walk-in desk files a complaint
with the citizen's identity (sealed in the identity vault) and syncs; the field
officer of the kelurahan it was routed to syncs and records a follow-up; a
supervisor reassigns it; a validator receives the identity (an audited view).
Then every log file (each profile's rotating app log, the server's log) and every
captured logging record, and every table of the officer's and supervisor's
databases are scanned for the citizen's NIK, name and phone: none found. The same
scan finds them in the server's database, so the scan is real.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from desk.conftest import Station, secrets_of, server_rows
from sqlalchemy import inspect, text

from central_server.testing import LiveServer
from officer_app.errors_hook import setup_logging
from officer_app.store import Store

pytestmark = pytest.mark.slow

CITIZEN = {"name": "Rahmawati Kusumadewi", "nik": "3171014501900007", "phone": "081377788899"}


def dump_database(store: Store) -> str:
    """Every text value of every table, one string (the store opened as the app does)."""
    parts: list[str] = []
    with store.read() as session:
        conn = session.connection()
        for table in inspect(conn).get_table_names():
            for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                parts += [str(v) for v in row if v is not None]
    return "\n".join(parts)


def dump_server_database(server: LiveServer) -> str:
    from sqlalchemy import create_engine

    engine = create_engine(server.database_url)
    parts: list[str] = []
    try:
        with engine.connect() as conn:
            for table in inspect(conn).get_table_names():
                for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                    parts += [str(v) for v in row if v is not None]
    finally:
        engine.dispose()
    return "\n".join(parts)


def found(haystack: str, secrets: Iterable[str]) -> list[str]:
    return [s for s in secrets if s in haystack]


def test_full_flow_leaves_no_personal_data_in_logs_or_profiles(
    server_factory: Callable[..., LiveServer],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    server = server_factory(n_reports=40, seed=21)
    secrets = secrets_of([CITIZEN])
    log_files: list[Path] = []

    def station(name: str, officer_id: str) -> Station:
        # Each profile writes its own rotating app log, as the app does.
        log_files.append(setup_logging(tmp_path / name / "logs", level=logging.DEBUG))
        return Station(tmp_path / name, server, officer_id)

    desk = station("desk", "desk.demo")
    assert desk.sync().ok
    made = desk.actions.create(
        {
            "channel": "pendopo",
            "category_id": desk.category_id("Sampah"),
            "description": "Sampah menumpuk di pinggir jalan sudah tiga hari tidak diangkut",
            "address": "Jl. Medan Merdeka Selatan",
            "lat": -6.1815,
            "lon": 106.8285,
            "is_private": True,
            "reporter": {
                "name": CITIZEN["name"],
                "nik": CITIZEN["nik"],
                "phone": CITIZEN["phone"],
                "address": "Jl. Kebon Sirih 1",
            },
        }
    )
    assert desk.sync().ok
    rows = server_rows(server, "SELECT id, unit_id FROM reports WHERE id = :r", r=made.report_id)
    assert len(rows) == 1
    report_id, unit_id = rows[0]

    field = server_rows(
        server, "SELECT id FROM officers WHERE unit_id = :u AND role = 'field_officer'", u=unit_id
    )
    supers = server_rows(
        server,
        "SELECT o.id FROM officers o JOIN units u ON u.id = :u "
        "WHERE o.role = 'supervisor' AND o.unit_id IN (u.id, u.parent_id)",
        u=unit_id,
    )
    validators = server_rows(server, "SELECT id FROM officers WHERE role = 'validator'")
    assert field, "no field officer for the routed kelurahan"
    assert supers, "no supervisor above the routed kelurahan"

    officer = station("officer", field[0].id)
    assert officer.sync().ok
    officer.actions.accept(report_id, note="Diterima, petugas segera ke lokasi")
    officer.actions.note(report_id, "Sudah dicek ke lokasi, sampah akan diangkut besok pagi")
    pushed = officer.sync()
    assert pushed.ok
    assert pushed.applied == 2

    supervisor = station("supervisor", supers[0].id)
    assert supervisor.sync().ok
    other = field[1].id if len(field) > 1 else field[0].id
    supervisor.actions.reassign(report_id, other, "Pembagian beban kerja")
    reassigned = supervisor.sync()
    assert reassigned.ok
    assert reassigned.applied == 1
    assert officer.sync().ok

    if validators:  # a validator syncs too (identities go only to validators)
        validator = station("validator", validators[0].id)
        assert validator.sync().ok
        validator.close()
    views = server_rows(server, "SELECT kind FROM audit_log WHERE report_id = :r", r=report_id)
    kinds = {v.kind for v in views}
    assert kinds  # the flow left its trail on the server
    assert {"create", "reassign"} <= kinds

    for handler in logging.getLogger().handlers:
        handler.flush()

    # --- the scan ------------------------------------------------------------------
    assert all(p.is_file() for p in log_files)
    texts = {str(p): p.read_text(errors="replace") for p in log_files}
    for p in tmp_path.rglob("*.log*"):
        texts[str(p)] = p.read_text(errors="replace")
    texts["server.log"] = server.log_path.read_text(errors="replace")
    texts["captured records"] = "\n".join(
        f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in caplog.records
    )
    assert sum(len(t) for t in texts.values()) > 1000  # the logs hold the flow
    assert "sync" in texts["captured records"].lower()
    for where, body in texts.items():
        assert found(body, secrets) == [], where

    for who in (officer, supervisor):
        dump = dump_database(who.store)
        assert report_id in dump  # the report is there...
        assert found(dump, secrets) == [], who.officer_id  # ...its reporter is not

    # The scan is real: the server, which must hold the identity, shows it.
    server_dump = dump_server_database(server)
    assert CITIZEN["nik"] in server_dump
    assert CITIZEN["name"] in server_dump
    assert CITIZEN["phone"] in server_dump or CITIZEN["phone"][1:] in server_dump

    for s in (desk, officer, supervisor):
        s.close()
