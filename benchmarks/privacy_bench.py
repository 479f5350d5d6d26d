"""Breach questions and retention at the scale of a province's year: how long
``privacy exposure`` takes to answer by account, by PC and by time range over an audit
log of a year of identity views, and how long ``retention run`` takes to erase a year
of closed reports. The law's clock is 3 x 24 hours; the target here is well under a
minute for an answer.

    .venv/bin/python -m benchmarks --only privacy [--quick]
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from central_server.db import create_all, make_engine, make_sessionmaker
from central_server.models import AuditEntry, Category, Report, ReporterIdentity, Unit
from central_server.privacy import exposure, retention

START = datetime(2025, 1, 1, tzinfo=UTC)


def build(url: str, reports: int, views: int, validators: int = 20) -> dict[str, Any]:
    """A server database: ``reports`` (60 % closed a year ago) with identities, and
    ``views`` identity views by ``validators`` accounts on as many PCs."""
    engine = make_engine(url)
    create_all(engine)
    rng = random.Random(7)
    with engine.begin() as conn:
        conn.execute(insert(Unit), [{"id": "kel", "name": "Kel", "kind": "kelurahan"}])
        conn.execute(insert(Category), [{"id": "c", "name": "Sampah"}])
        rows, people = [], []
        for i in range(reports):
            at = START + timedelta(minutes=3 * i)
            closed = i % 5 < 3
            rows.append(
                {
                    "id": f"r{i}",
                    "number": f"JK{i:010d}",
                    "category_id": "c",
                    "channel": "jaki",
                    "status": "selesai" if closed else "proses",
                    "description": "x" * 40,
                    "address": "",
                    "unit_id": "kel",
                    "is_private": True,
                    "priority": "normal",
                    "created_at": at,
                    "landed_at": at,
                    "completed_at": at + timedelta(days=2) if closed else None,
                    "version": 1,
                    "seq": i + 1,
                    "updated_at": at + timedelta(days=2),
                }
            )
            people.append(
                {
                    "report_id": f"r{i}",
                    "anonymous": False,
                    "name": f"Warga {i}",
                    "nik": f"3171{i:012d}",
                    "phone": f"+62812{i:08d}",
                    "address": f"Rumah {i}",
                }
            )
        for start in range(0, reports, 5000):
            conn.execute(insert(Report), rows[start : start + 5000])
            conn.execute(insert(ReporterIdentity), people[start : start + 5000])
        logins = [
            {
                "at": START,
                "actor_id": f"validator{v}",
                "kind": "login",
                "detail": {"session": f"s{v:015d}", "address": f"10.0.0.{v}", "device": f"PC-{v}"},
            }
            for v in range(validators)
        ]
        conn.execute(insert(AuditEntry), logins)
        batch = []
        for n in range(views):
            v = rng.randrange(validators)
            batch.append(
                {
                    "at": START + timedelta(seconds=n * 30),
                    "actor_id": f"validator{v}",
                    "kind": "identity_view",
                    "report_id": f"r{rng.randrange(reports)}",
                    "unit_id": "kel",
                    "detail": {"session": f"s{v:015d}"},
                }
            )
            if len(batch) == 10_000:
                conn.execute(insert(AuditEntry), batch)
                batch = []
        if batch:
            conn.execute(insert(AuditEntry), batch)
    return {"engine": engine, "end": START + timedelta(seconds=views * 30)}


def _timed(fn: Any) -> tuple[float, Any]:
    t = time.perf_counter()
    out = fn()
    return (time.perf_counter() - t) * 1000, out


def suite(quick: bool) -> list[Any]:
    from benchmarks.common import Result

    reports, views = (20_000, 200_000) if quick else (185_000, 1_000_000)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'central.sqlite3'}"
        built = build(url, reports, views)
        factory = make_sessionmaker(built["engine"])
        label = f"{views // 1000}k views"
        results = []
        questions = {
            "by account": exposure.ExposureQuestion(account="validator3"),
            "by PC": exposure.ExposureQuestion(device="PC-5"),
            "by one day": exposure.ExposureQuestion(
                since=START + timedelta(days=10), until=START + timedelta(days=11)
            ),
            "by account and a week": exposure.ExposureQuestion(
                account="validator3",
                since=START + timedelta(days=10),
                until=START + timedelta(days=17),
            ),
        }
        for case, question in questions.items():
            with factory() as session:
                ms, answer = _timed(lambda q=question, s=session: exposure.answer(s, q))
            results.append(
                Result(
                    "privacy",
                    f"exposure {case} ({label})",
                    ms,
                    target=60_000.0,
                    note=f"{answer['identities_exposed']} identities",
                )
            )
        now = START + timedelta(days=365 + 3 * reports / 1440 + 10)
        ms, erased = _timed(lambda: retention.run(factory, now=now))
        results.append(
            Result(
                "privacy",
                f"retention run ({reports // 1000}k reports)",
                ms,
                note=f"{erased.reporters} identities erased",
            )
        )
        built["engine"].dispose()
    return results
