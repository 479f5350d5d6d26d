"""Retention: a reporter's (and a supporter's) identity is erased a set time after the
report is closed; the report, its timeline and its photos stay; a legal hold keeps
it; a database restored from a backup follows the rule again from the erasure
journal."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from central_server import tracking_limit
from central_server.db import make_engine, make_sessionmaker
from central_server.models import LegalHold, ReporterIdentity, ReportSupporter, TrackingHit
from central_server.privacy import retention
from central_server.testing import LiveServer, server_rows

from . import plan as test_plan
from .conftest import Client
from .privacy_helpers import REASON, crm_central, privacy_plan

CLOSED = ("selesai", "ditolak")


def _seeded(tmp_path: Path, name: str = "central.sqlite3") -> tuple[str, object]:
    plan = privacy_plan()
    url = f"sqlite:///{tmp_path / name}"
    test_plan.seed_database(url, plan)
    return url, plan


def _identities(url: str) -> dict[str, str | None]:
    engine = make_engine(url)
    try:
        with make_sessionmaker(engine)() as session:
            return {r.report_id: r.nik for r in session.scalars(select(ReporterIdentity))}
    finally:
        engine.dispose()


def test_only_identities_of_reports_closed_longer_than_the_period_go(tmp_path: Path) -> None:
    url, plan = _seeded(tmp_path)
    closed = [r for r in plan.reports if r.status in CLOSED]
    # The seed's reports were closed a minute apart; cut between the 3rd and the 4th.
    third = sorted(closed, key=lambda r: r.created_at)[2]
    now = third.created_at.astimezone(UTC) + retention.DEFAULT_AFTER + timedelta(seconds=30)
    engine = make_engine(url, immediate=True)
    factory = make_sessionmaker(engine)
    with factory.begin() as session:  # a legal hold on the first closed report
        first = sorted(closed, key=lambda r: r.created_at)[0]
        session.add(
            LegalHold(
                report_id=first.id, reason="Perkara PN 1/2026", placed_by="dpo", placed_at=now
            )
        )
        session.add(
            ReportSupporter(
                report_id=third.id,
                action_id="a" * 36,
                channel="pendopo",
                anonymous=False,
                name="Pendukung",
                nik="3171011203850002",
                at=now,
            )
        )
    dry = retention.run(factory, now=now, dry_run=True)
    assert dry.reporters == 2  # second and third; the first is held
    assert dry.supporters == 1
    assert dry.kept_by_hold == 1
    assert all(_identities(url).values())  # a dry run erases nothing

    result = retention.run(factory, now=now)
    assert (result.reporters, result.supporters, result.kept_by_hold) == (2, 1, 1)
    after = _identities(url)
    ordered = sorted(closed, key=lambda r: r.created_at)
    assert after[ordered[0].id] is not None  # held
    assert after[ordered[1].id] is None
    assert after[ordered[2].id] is None
    assert all(after[r.id] for r in ordered[3:])  # closed too recently
    assert all(after[r.id] for r in plan.reports if r.status not in CLOSED)  # open
    with factory() as session:
        row = session.get(ReporterIdentity, ordered[1].id)
        assert row is not None
        assert (row.name, row.nik, row.phone, row.address) == (None,) * 4
        assert row.anonymous is False  # it was an identified report; the fact stays
        supporter = session.scalars(select(ReportSupporter)).one()
        assert (supporter.name, supporter.nik) == (None, None)
    # Run again: nothing more to do (the run is idempotent).
    assert retention.run(factory, now=now).reporters == 0
    engine.dispose()


def test_a_restored_backup_is_erased_again_from_the_journal(tmp_path: Path) -> None:
    url, plan = _seeded(tmp_path)
    db = Path(url.removeprefix("sqlite:///"))
    backup = tmp_path / "backup.sqlite3"
    shutil.copy(db, backup)  # last night's backup, taken before the erasure
    journal = tmp_path / "conf" / "erasures.jsonl"
    now = datetime.now(UTC)
    engine = make_engine(url, immediate=True)
    erased = retention.run(make_sessionmaker(engine), now=now, journal_file=journal)
    engine.dispose()
    assert erased.reporters == len([r for r in plan.reports if r.status in CLOSED])
    lines = [json.loads(x) for x in journal.read_text().splitlines()]
    assert sorted(x["report_id"] for x in lines) == sorted(erased.report_ids)
    assert all(set(x) == {"report_id", "subject", "supporter_id", "basis", "at"} for x in lines)

    shutil.copy(backup, db)  # the restore brings the identities back
    assert all(_identities(url).values())
    # Before serving: retention run with the journal (here with a period nothing has
    # reached, so only the journal can erase).
    engine = make_engine(url, immediate=True)
    again = retention.run(
        make_sessionmaker(engine), after=timedelta(days=100_000), now=now, journal_file=journal
    )
    engine.dispose()
    assert again.replayed == erased.reporters
    assert again.reporters == 0
    after = _identities(url)
    assert sorted(k for k, v in after.items() if v is None) == sorted(erased.report_ids)


def test_the_command_erases_identities_but_keeps_reports_timeline_and_photos(
    server_factory: Callable[..., LiveServer], database_url: str | None
) -> None:
    server = server_factory(n_reports=300, seed=3, database_url=database_url)
    counts = (
        "SELECT (SELECT count(*) FROM reports), (SELECT count(*) FROM events), "
        "(SELECT count(*) FROM attachments), (SELECT count(*) FROM media)"
    )
    before = tuple(server_rows(server, counts)[0])
    closed_identified = server_rows(
        server,
        "SELECT i.nik FROM reports r JOIN reporter_identities i ON i.report_id = r.id "
        "WHERE r.status IN ('selesai', 'ditolak') AND i.nik IS NOT NULL",
    )
    open_identified = server_rows(
        server,
        "SELECT count(*) FROM reports r JOIN reporter_identities i ON i.report_id = r.id "
        "WHERE r.status NOT IN ('selesai', 'ditolak') AND i.nik IS NOT NULL",
    )[0][0]
    assert closed_identified
    assert open_identified
    erased_niks = [str(row[0]) for row in closed_identified]
    db = ["--database", server.database_url]
    dry = crm_central("retention", "run", *db, "--after-days", "0", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout)["reporters"] == len(closed_identified)
    run = crm_central("retention", "run", *db, "--after-days", "0")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["reporters"] == len(closed_identified)
    left = server_rows(
        server,
        "SELECT count(*) FROM reports r JOIN reporter_identities i ON i.report_id = r.id "
        "WHERE r.status IN ('selesai', 'ditolak') AND (i.nik IS NOT NULL OR i.name IS NOT NULL "
        "OR i.phone IS NOT NULL OR i.address IS NOT NULL)",
    )[0][0]
    assert left == 0
    still_open = server_rows(
        server,
        "SELECT count(*) FROM reports r JOIN reporter_identities i ON i.report_id = r.id "
        "WHERE r.status NOT IN ('selesai', 'ditolak') AND i.nik IS NOT NULL",
    )[0][0]
    assert still_open == open_identified
    assert tuple(server_rows(server, counts)[0]) == before
    assert before[2] > 0  # the seed has photos, and they stayed
    basis = server_rows(server, "SELECT DISTINCT basis FROM identity_erasures")
    assert [b[0] for b in basis] == ["retention"]
    runs = server_rows(server, "SELECT detail FROM audit_log WHERE kind = 'retention_run'")
    assert len(runs) == 1
    # The erased values are gone from the files themselves (secure_delete, and the
    # WAL checkpointed), not only from the table.
    if not server.database_url.startswith("sqlite"):
        return  # PostgreSQL: VACUUM removed the dead rows (scrub_freed_space)
    files = Path(server.database_url.removeprefix("sqlite:///"))
    raw = b"".join(
        p.read_bytes() for p in (files, files.with_name(files.name + "-wal")) if p.exists()
    )
    assert erased_niks
    leaked = [nik for nik in erased_niks if nik.encode() in raw]
    assert leaked == []


def test_an_erasure_on_request_is_journalled_by_the_server(
    plan_server: Callable[..., LiveServer], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = tmp_path / "outside-the-database" / "erasures.jsonl"
    monkeypatch.setenv("CRM_ERASURE_JOURNAL", str(journal))  # inherited by the server
    plan = privacy_plan()
    server = plan_server(plan)
    closed = next(r for r in plan.reports if r.status == "selesai")
    dpo = Client(server, "dpo")
    nik = closed.reporter["nik"]
    answer = dpo.post("/privacy/erase", json={"nik": nik, "reason": REASON})
    assert answer.status_code == 200, answer.text
    (line,) = [json.loads(x) for x in journal.read_text().splitlines()]
    assert line["report_id"] == closed.id
    assert line["basis"] == "request"
    assert nik not in journal.read_text()


def test_the_run_deletes_the_tracking_pages_expired_hits(tmp_path: Path) -> None:
    """The tracking page's rate-limit rows (hashed client addresses) go once no window
    needs them, even when nobody visits the page any more (a new hit clears them too)."""
    url, _plan = _seeded(tmp_path)
    now = datetime.now(UTC)
    policy = tracking_limit.TrackingPolicy()  # views: 10 minutes; wrong codes: a day
    hits = {
        "old-view": (tracking_limit.VIEW, now - policy.window - timedelta(minutes=1)),
        "new-view": (tracking_limit.VIEW, now - timedelta(minutes=1)),
        "bad-code-today": (tracking_limit.BAD_CODE, now - timedelta(hours=2)),
        "bad-code-old": (tracking_limit.BAD_CODE, now - policy.report_window - timedelta(hours=1)),
    }
    engine = make_engine(url, immediate=True)
    factory = make_sessionmaker(engine)
    with factory.begin() as session:
        for address, (kind, at) in hits.items():
            session.add(TrackingHit(address=address, kind=kind, report_id=None, at=at))

    def left() -> set[str]:
        with factory() as session:
            return set(session.scalars(select(TrackingHit.address)))

    dry = retention.run(factory, after=timedelta(days=100_000), now=now, dry_run=True)
    assert dry.tracking_hits == 2
    assert left() == set(hits)  # a dry run deletes nothing
    engine.dispose()

    run = crm_central("retention", "run", "--database", url, "--after-days", "100000")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["tracking_hits"] == 2
    engine = make_engine(url)
    factory = make_sessionmaker(engine)
    assert left() == {"new-view", "bad-code-today"}  # still counted by the limit
    engine.dispose()
