"""Sync speed: initial sync vs the raw limit, delta sync, and the cost of FTS upkeep.

    .venv/bin/python benchmarks/sync_bench.py live --reports 50000
    .venv/bin/python benchmarks/sync_bench.py fts --reports 50000

``live`` seeds a reference server with N reports, moves them all into the demo
officer's unit (so that one user sees all N: a benchmark-only shortcut, done in
the server's database before it starts), then measures in the same run:

- raw limit: download the same pages with one requests.Session, parse the JSON,
  and insert the same report rows with one executemany into an empty table;
- initial sync: the real engine into an empty profile;
- delta sync: after 100 reports changed on the server.

``fts`` applies N reports (pages of 2000) into a profile in-process, once with
the per-page FTS upkeep and once without it (then one rebuild at the end).
"""

from __future__ import annotations

import argparse
import json
import secrets
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from central_server.testing import LiveServer, auth_header, find_data_dir, login  # noqa: E402
from crm_shared.domain import SlaPolicy  # noqa: E402
from crm_shared.protocol.wire import ReportOut  # noqa: E402
from officer_app.store import Store  # noqa: E402
from officer_app.store import search as fts  # noqa: E402
from officer_app.store.photos import PhotoStore  # noqa: E402
from officer_app.sync import merge  # noqa: E402
from officer_app.sync.engine import SyncConfig, SyncEngine, record_login  # noqa: E402
from officer_app.sync.fake import make_report  # noqa: E402
from officer_app.sync.http_backend import HttpBackend  # noqa: E402

PAGE = 2000


def _all_in_one_unit(database_url: str) -> None:
    path = database_url.removeprefix("sqlite:///")
    conn = sqlite3.connect(path)
    unit = conn.execute("SELECT unit_id FROM officers WHERE id = 'officer.demo'").fetchone()[0]
    conn.execute("UPDATE reports SET unit_id = ?", (unit,))
    conn.commit()
    conn.close()


def raw_limit(
    server: LiveServer, token: str, workdir: Path, *, with_events: bool = True
) -> tuple[float, int, int]:
    """Download + parse + one executemany insert of the same rows.

    The rows are the reports and (``with_events``) their timeline events: what
    the store keeps of each page. Without events it is a lower bound.
    """
    db = sqlite3.connect(workdir / f"raw-{uuid.uuid4().hex}.sqlite3")
    db.execute("PRAGMA journal_mode=WAL")
    cols = [
        "id", "number", "category_id", "channel", "status", "description", "address", "lat",
        "lon", "kelurahan_code", "unit_id", "assignee_id", "is_private", "priority",
        "created_at", "landed_at", "version", "seq",
    ]  # fmt: skip
    ev_cols = ["id", "report_id", "type", "actor_id", "at", "from_status", "to_status", "note"]
    db.execute(f"CREATE TABLE reports ({', '.join(cols)})")
    db.execute(f"CREATE TABLE events ({', '.join(ev_cols)})")
    events: list[tuple] = []
    http = requests.Session()
    started = time.perf_counter()
    cursor, rows, nbytes = 0, [], 0
    while True:
        resp = http.get(
            f"{server.api}/sync/changes",
            params={"cursor": cursor, "limit": PAGE},
            headers=auth_header(token),
            timeout=120,
        )
        nbytes += len(resp.content)
        page = json.loads(resp.content)
        rows.extend(tuple(r.get(c) for c in cols) for r in page["reports"])
        if with_events:
            events.extend(
                (e["id"], r["id"], *(e.get(c) for c in ev_cols[2:]))
                for r in page["reports"]
                for e in r["events"]
            )
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    with db:
        db.executemany(f"INSERT INTO reports VALUES ({', '.join('?' * len(cols))})", rows)
        db.executemany(f"INSERT INTO events VALUES ({', '.join('?' * len(ev_cols))})", events)
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed, len(rows), nbytes


def engine_sync(
    server: LiveServer, profile: Path, *, key: bytes | None = None
) -> tuple[float, dict]:
    """One sync into ``profile``: SQLCipher-encrypted under ``key`` (as the product
    runs, see ``Profile.open_store``), plain SQLite without one. The summary gets
    ``cpu_s``: this process's CPU time during the sync (both of its threads; not
    the server's), a figure the machine's load changes much less than the wall time."""
    store = Store.open(profile, key=key)
    backend = HttpBackend(server.url)
    record_login(store, server.url, backend.login("officer.demo", "demo-password"))
    engine = SyncEngine(store, backend, PhotoStore(profile / "photos"), config=SyncConfig())
    cpu = time.process_time()
    started = time.perf_counter()
    result = engine.run()
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu
    backend.close()
    store.close()
    return elapsed, {**result.summary(), "cpu_s": round(cpu, 4)}


def change_reports(server: LiveServer, n: int) -> None:
    token = login(server.url, "supervisor.demo")
    http = requests.Session()
    resp = http.get(
        f"{server.api}/sync/changes",
        params={"cursor": 0, "limit": n},
        headers=auth_header(token),
        timeout=60,
    )
    ids = [r["id"] for r in resp.json()["reports"]][:n]
    now = datetime.now(UTC).isoformat()
    actions = [
        {
            "action_id": str(uuid.uuid4()),
            "report_id": rid,
            "type": "note",
            "payload": {"note": "Catatan tolok ukur"},
            "happened_at": now,
        }
        for rid in ids
    ]
    out = http.post(
        f"{server.api}/sync/actions",
        json={"actions": actions},
        headers=auth_header(token),
        timeout=60,
    )
    out.raise_for_status()


def cmd_live(args: argparse.Namespace) -> None:
    from benchmarks.common import scratch

    with scratch("sync-bench-") as work:
        _live(args, work)


def _live(args: argparse.Namespace, work: Path) -> None:
    server = LiveServer(
        work / "server",
        data_dir=find_data_dir(),
        n_reports=args.reports,
        seed=1,
        prepare=None,
    )
    print(f"seeding {args.reports} reports ...", flush=True)
    server.start()
    server.stop()
    _all_in_one_unit(server.database_url)
    server.start()
    try:
        token = login(server.url, "officer.demo")
        raws, engines = [], []
        for i in range(args.repeat):
            bare_s, _, _ = raw_limit(server, token, work, with_events=False)
            raw_s, n, nbytes = raw_limit(server, token, work)
            eng_s, summary = engine_sync(server, work / f"profile-{i}")
            raws.append(raw_s)
            engines.append(eng_s)
            print(
                f"run {i + 1}: raw {raw_s:.2f} s ({n} reports, {nbytes / 1e6:.1f} MB; "
                f"reports only {bare_s:.2f} s), "
                f"engine {eng_s:.2f} s (pulled {summary['pulled']}), "
                f"ratio {eng_s / raw_s:.2f}",
                flush=True,
            )
        print(
            f"initial sync: engine median {statistics.median(engines):.2f} s vs raw "
            f"{statistics.median(raws):.2f} s -> ratio "
            f"{statistics.median(engines) / statistics.median(raws):.2f} (goal <= 1.5)"
        )
        deltas = []
        for _ in range(args.repeat):
            change_reports(server, 100)
            profile = work / "profile-0"
            eng_s, summary = engine_sync(server, profile)
            deltas.append(eng_s)
            print(f"delta sync: {eng_s * 1000:.0f} ms, pulled {summary['pulled']}", flush=True)
        print(f"delta sync of 100 changes: median {statistics.median(deltas) * 1000:.0f} ms "
              "(goal < 200 ms)")  # fmt: skip
    finally:
        server.stop()


def cmd_fts(args: argparse.Namespace) -> None:
    now = datetime.now(UTC)
    reports = [
        ReportOut.model_validate({**make_report(i), "seq": i}) for i in range(1, args.reports + 1)
    ]
    policy = SlaPolicy()
    cleanup: list[Path] = []

    def run(with_fts: bool) -> float:
        root = Path(tempfile.mkdtemp(prefix="fts-bench-"))
        store = Store.open(root)
        cleanup.append(root)
        saved = fts.unindex, fts.index_new
        if not with_fts:
            fts.unindex = fts.index_new = lambda session, ids: None  # type: ignore[assignment]
        try:
            started = time.perf_counter()
            for _ in range(2):  # initial load, then the same reports again as updates
                for start in range(0, len(reports), PAGE):
                    with store.write() as session:
                        merge.apply_reports(
                            session, reports[start : start + PAGE], policy=policy, now=now
                        )
            if not with_fts:
                with store.write() as session:
                    fts.rebuild(session)
            return time.perf_counter() - started
        finally:
            fts.unindex, fts.index_new = saved
            store.close()

    try:
        with_index = run(True)
        without = run(False)
    finally:
        for root in cleanup:
            shutil.rmtree(root, ignore_errors=True)
    print(
        f"{args.reports} reports loaded then updated in pages of {PAGE}: "
        f"with per-page FTS upkeep {with_index:.2f} s, without (one rebuild at the end) "
        f"{without:.2f} s, upkeep costs {100 * (with_index / without - 1):.0f} %"
    )


def _seeded_server(work: Path, n: int) -> LiveServer:
    server = LiveServer(
        work / f"server-{n}", data_dir=find_data_dir(), n_reports=n, seed=1, prepare=None
    )
    server.start()
    server.stop()
    _all_in_one_unit(server.database_url)
    return server.start()


def _process_env() -> dict[str, str]:
    import os

    return {**os.environ, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1"}


def _timed_process(cmd: list[str], password: bytes, what: str) -> tuple[float, dict]:
    """Run ``cmd`` as a fresh process with the password on stdin; its time and the
    JSON of its last output line."""
    import subprocess

    started = time.perf_counter()
    proc = subprocess.run(cmd, input=password, capture_output=True, env=_process_env(), timeout=900)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{what} exited {proc.returncode}: {proc.stderr[-500:]!r}")
    return elapsed, json.loads(proc.stdout.decode().strip().splitlines()[-1])


def cli_sync(server: LiveServer, profile: Path) -> tuple[float, dict]:
    """``officer-app sync`` as a whole fresh process (imports, unlock, sign-in, sync)."""
    cmd = [sys.executable, "-m", "officer_app", "sync", "--profile", str(profile)]
    cmd += ["--server", server.url, "--user", "officer.demo", "--password-stdin", "--json"]
    return _timed_process(cmd, b"demo-password\n", "officer-app sync")


def raw_process(server: LiveServer, db_file: Path, cursor: int = 0) -> tuple[float, dict]:
    """The whole-process limit (``benchmarks.raw_client``), timed the same way."""
    cmd = [sys.executable, "-m", "benchmarks.raw_client", server.url, "officer.demo"]
    cmd += [str(db_file), "--cursor", str(cursor)]
    return _timed_process(cmd, b"demo-password\n", "raw client")


def _gone(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


def suite(quick: bool) -> list:
    """Rows for ``python -m benchmarks``.

    Per size, in rounds (encrypted sync, raw limit, plain sync; repeated): the
    initial sync in process against the raw limit and against the same sync into a
    plain profile, each row the median of its per-round ratios. At the first size,
    whole processes alternated: ``officer-app sync`` against ``benchmarks.raw_client``
    for the initial sync and for a sync with nothing new; then the delta of 100
    changes. Every profile and the seeded servers are removed afterwards.
    """
    from benchmarks.common import Paired, Result, log, peak_rss_mb, reset_peak_rss, scratch

    sizes = [10_000] if quick else [10_000, 50_000, 100_000]
    runs = 3
    key = secrets.token_bytes(32)  # profiles are encrypted, as the product's always are
    out = []
    with scratch("sync-bench-") as work:
        for n in sizes:
            t = time.perf_counter()
            server = _seeded_server(work, n)
            log(f"sync: seeded {n} reports in {time.perf_counter() - t:.0f} s")
            try:
                token = login(server.url, "officer.demo")
                enc, raw, plain, rss = [], [], [], []
                nbytes, summary = 0, dict[str, Any]()
                for i in range(runs):
                    reset_peak_rss()
                    enc_s, summary = engine_sync(server, work / f"enc-{n}-{i}", key=key)
                    rss.append(peak_rss_mb() or 0.0)
                    raw_s, got, nbytes = raw_limit(server, token, work)
                    plain_s, _ = engine_sync(server, work / f"plain-{n}-{i}")
                    enc.append(enc_s)
                    raw.append(raw_s)
                    plain.append(plain_s)
                    log(f"  round {i + 1}: enc {enc_s:.2f} s, raw {raw_s:.2f} s, "
                        f"plain {plain_s:.2f} s")  # fmt: skip
                    _gone(work / f"plain-{n}-{i}")
                    if i:  # the first stays for the delta rows
                        _gone(work / f"enc-{n}-{i}")
                for leftover in work.glob("raw-*.sqlite3*"):
                    leftover.unlink()
                out.append(
                    Result.paired(
                        "sync",
                        f"initial sync {n // 1000}k reports ({nbytes / 1e6:.0f} MB JSON)",
                        Paired(tuple(enc), tuple(raw)),
                        limit_name="download+parse+executemany",
                        target_ratio=1.5,
                        rss_mb=max(rss),
                        note=f"pulled {summary['pulled']} of {got}",
                        extra={"bytes": nbytes, "summary": summary},
                    )
                )
                out.append(
                    Result.paired(
                        "sync",
                        f"initial sync {n // 1000}k: SQLCipher profile vs plain",
                        Paired(tuple(enc), tuple(plain)),
                        limit_name="same sync, plain SQLite profile",
                        target_ratio=1.2,
                        note="issue 8: encryption costs at most 20 % on the sync benchmark",
                    )
                )
                if n == sizes[0]:
                    out += _whole_process_rows(server, work, n, runs)
                    out.append(_delta_row(server, work / f"enc-{n}-0", key, n))
            finally:
                server.stop()
                _gone(work / f"server-{n}")
    return out


def _whole_process_rows(server: LiveServer, work: Path, n: int, runs: int) -> list:
    """``officer-app sync`` vs ``raw_client``, each a fresh process, alternated."""
    from benchmarks.common import Paired, Result, log

    ours, theirs = [], []
    cursor = 0
    for i in range(runs):
        profile = work / f"cli-{n}-{i}"
        ours_s, summary = cli_sync(server, profile)
        raw_s, got = raw_process(server, work / f"raw-proc-{i}.sqlite3")
        cursor = got["cursor"]
        ours.append(ours_s)
        theirs.append(raw_s)
        log(f"  process round {i + 1}: officer-app sync {ours_s:.2f} s, raw {raw_s:.2f} s")
        if i:
            _gone(profile)
    rows = [
        Result.paired(
            "sync",
            f"initial sync {n // 1000}k, whole process (officer-app sync)",
            Paired(tuple(ours), tuple(theirs)),
            limit_name="raw_client process: sign-in+download+parse+executemany",
            target_ratio=1.5,
            note=f"pulled {summary['pulled']}",
        )
    ]
    # A new profile's first sync leaves the day's copy to the next one (issue 22): that
    # sync writes it and runs the whole cycle; the rows time the usual nothing-new sync.
    cli_sync(server, work / f"cli-{n}-0")
    ours, theirs = [], []
    for i in range(runs + 2):  # short runs: a few more pairs
        ours_s, summary = cli_sync(server, work / f"cli-{n}-0")
        raw_s, _ = raw_process(server, work / f"raw-proc-{i}.sqlite3", cursor=cursor)
        ours.append(ours_s)
        theirs.append(raw_s)
    for leftover in work.glob("raw-proc-*"):
        leftover.unlink()
    _gone(work / f"cli-{n}-0")
    rows.append(
        Result.paired(
            "sync",
            "nothing new, whole process (officer-app sync)",
            Paired(tuple(ours), tuple(theirs)),
            limit_name="raw_client process: sign-in + one empty page",
            target=0.5,
            note=f"pulled {summary['pulled']}",
        )
    )
    return rows


def _delta_row(server: LiveServer, profile: Path, key: bytes, n: int) -> Any:
    from benchmarks.common import Result

    deltas, cpus = [], []
    pulled = 0
    for _ in range(5):
        change_reports(server, 100)
        d_s, d_summary = engine_sync(server, profile, key=key)
        deltas.append(d_s)
        cpus.append(d_summary["cpu_s"])
        pulled = d_summary["pulled"]
    return Result(
        "sync",
        f"delta sync of 100 changes (median of {len(deltas)}, {n // 1000}k profile)",
        statistics.median(deltas) * 1000,
        target=200,
        note=f"pulled {pulled}; client CPU median {statistics.median(cpus) * 1000:.0f} ms",
        runs=[{"ours": d * 1000, "cpu_ms": c * 1000} for d, c in zip(deltas, cpus, strict=True)],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    live = sub.add_parser("live")
    live.add_argument("--reports", type=int, default=50_000)
    live.add_argument("--repeat", type=int, default=3)
    live.set_defaults(run=cmd_live)
    f = sub.add_parser("fts")
    f.add_argument("--reports", type=int, default=50_000)
    f.set_defaults(run=cmd_fts)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
