"""Push of 1,000 queued actions against posting the same bytes raw (issue 9, case 2).

    .venv/bin/python -m benchmarks.push_bench [--actions 1000]

A reference server on 127.0.0.1 with every report in the demo officer's unit;
the officer's profile is synced first (not measured). Then, in the same run:

- raw limit: the same number of note actions, in batches of 200 (the protocol's
  maximum), posted with one ``requests.Session`` and their answers parsed: the
  server's own work plus the wire, nothing of ours. They go to other reports
  than the engine's, so that the server applies both (a replay would answer
  ``duplicate`` and be cheaper);
- ours: the same number of notes recorded locally (``LocalActions.note``, not
  measured), then ``SyncEngine.run``; the push phase is timed from the start of
  the cycle to the engine's last "push" progress callback (it includes the
  reference-data check at the start of every cycle, so it over-counts a little).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import requests

from benchmarks.common import Result, alternate, log, peak_rss_mb, scratch
from central_server.testing import LiveServer, auth_header, find_data_dir, login
from crm_shared.domain import Role
from officer_app.store import Store
from officer_app.store.actions import Actor, LocalActions
from officer_app.store.photos import PhotoStore
from officer_app.sync.engine import SyncConfig, SyncEngine, SyncProgress, record_login
from officer_app.sync.http_backend import HttpBackend

OFFICER = "officer.demo"
BATCH = 200
NOTE = "Sudah dicek ke lokasi bersama RT setempat, menunggu jadwal perbaikan."


def _all_in_one_unit(database_url: str) -> None:
    conn = sqlite3.connect(database_url.removeprefix("sqlite:///"))
    unit = conn.execute("SELECT unit_id FROM officers WHERE id = ?", (OFFICER,)).fetchone()[0]
    conn.execute("UPDATE reports SET unit_id = ?", (unit,))
    conn.commit()
    conn.close()


def _open_reports(store: Store) -> list[tuple[str, int]]:
    with store.read() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT id, version FROM reports WHERE status NOT IN ('selesai', 'ditolak')"
            " AND in_scope = 1 ORDER BY id"
        )
        return [(str(rid), int(v)) for rid, v in rows]


def raw_push(server: LiveServer, token: str, reports: list[tuple[str, int]]) -> tuple[float, int]:
    now = datetime.now(UTC).isoformat()
    bodies = [
        json.dumps(
            {
                "actions": [
                    {
                        "action_id": str(uuid.uuid4()),
                        "report_id": rid,
                        "type": "note",
                        "base_version": version,
                        "payload": {"note": NOTE},
                        "happened_at": now,
                    }
                    for rid, version in reports[i : i + BATCH]
                ]
            }
        ).encode()
        for i in range(0, len(reports), BATCH)
    ]
    http = requests.Session()
    headers = {**auth_header(token), "Content-Type": "application/json"}
    applied = 0
    started = time.perf_counter()
    for body in bodies:
        resp = http.post(f"{server.api}/sync/actions", data=body, headers=headers, timeout=120)
        resp.raise_for_status()
        applied += sum(r["status"] == "applied" for r in json.loads(resp.content)["results"])
    elapsed = time.perf_counter() - started
    http.close()
    return elapsed, applied


def engine_push(server: LiveServer, profile: Path, store: Store, reports: list[str]) -> dict:
    with store.read() as s:
        actor = Actor(
            OFFICER,
            Role.FIELD_OFFICER,
            str(s.connection().exec_driver_sql("SELECT unit_id FROM sync_state").scalar() or ""),
            "Bench",
        )
    actions = LocalActions(store, PhotoStore(profile / "photos"), actor)
    for rid in reports:
        actions.note(rid, NOTE)
    backend = HttpBackend(server.url)
    record_login(store, server.url, backend.login(OFFICER, "demo-password"))
    last_push: list[float] = []

    def progress(p: SyncProgress) -> None:
        if p.phase == "push":
            last_push.append(time.perf_counter())

    engine = SyncEngine(store, backend, PhotoStore(profile / "photos"), on_progress=progress)
    engine.config = SyncConfig()
    started = time.perf_counter()
    result = engine.run()
    total = time.perf_counter() - started
    backend.close()
    return {
        "push_s": (last_push[-1] - started) if last_push else total,
        "cycle_s": total,
        "summary": result.summary(),
    }


def suite(quick: bool, n_actions: int | None = None, runs: int = 3) -> list[Result]:
    n_actions = n_actions or (200 if quick else 1000)
    with scratch("push-bench-") as work:
        return _suite(work, n_actions, runs)


def _suite(work: Path, n_actions: int, runs: int) -> list[Result]:
    server = LiveServer(
        work / "server", data_dir=find_data_dir(), n_reports=10 * n_actions, seed=3, prepare=None
    )
    log(f"push: seeding {10 * n_actions} reports ...")
    server.start()
    server.stop()
    _all_in_one_unit(server.database_url)
    server.start()
    raw_applied: list[int] = []
    cycles: list[dict] = []
    try:
        profile = work / "profile"
        store = Store.open(profile)
        backend = HttpBackend(server.url)
        record_login(store, server.url, backend.login(OFFICER, "demo-password"))
        SyncEngine(store, backend, PhotoStore(profile / "photos")).run()
        backend.close()
        token = login(server.url, OFFICER)

        # Alternated: ours, raw, ours, raw... Each round reads the versions the
        # previous cycle pulled, so that the raw notes apply as the engine's do.
        def ours(_: int) -> float:
            reports = _open_reports(store)
            if len(reports) < 2 * n_actions:
                raise SystemExit(f"only {len(reports)} open reports; need {2 * n_actions}")
            mine = [r for r, _ in reports[n_actions : 2 * n_actions]]
            cycles.append(engine_push(server, profile, store, mine))
            return float(cycles[-1]["push_s"])

        def raw(_: int) -> float:
            raw_s, applied = raw_push(server, token, _open_reports(store)[:n_actions])
            raw_applied.append(applied)
            return raw_s

        pairs = alternate(ours, raw, runs)
        store.close()
    finally:
        server.stop()
    s = cycles[-1]["summary"]
    log(f"push: {pairs.runs()}, {s}")
    return [
        Result.paired(
            "push",
            f"push {n_actions} queued actions (batches of {BATCH})",
            pairs,
            limit_name="same bytes posted raw",
            target_ratio=2.0,
            rss_mb=peak_rss_mb(),
            note=f"applied {s.get('applied')}, raw applied {raw_applied[-1]}",
            extra={
                "cycle_s": [c["cycle_s"] for c in cycles],
                "summary": s,
                "raw_applied": raw_applied,
            },
        )
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=1000)
    args = parser.parse_args()
    for r in suite(False, args.actions):
        print(f"{r.case}: ours {r.value:.2f} s, raw {r.limit} s, ratio {r.ratio} ({r.note})")


if __name__ == "__main__":
    main()
