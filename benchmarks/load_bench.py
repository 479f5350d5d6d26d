"""Load test of the central server with Locust: a morning rush, and the worst case (issue 16).

    .venv/bin/python -m benchmarks --only load            # in the suite
    .venv/bin/python -m benchmarks.load_bench [--users 20,100] [--seconds 30]
        [--configs sqlite-1,pg-1,pg-2] [--scenarios morning,initial] [--reports 10000]

For each server configuration (SQLite with one process; PostgreSQL with 1 and 2
workers, and more with ``--configs pg-4``) the server is started for real
(``crm-central serve --workers N``), seeded with the demo plan and one account per
simulated user (7 field officers, 2 supervisors, 1 desk in every 10), and each
scenario of ``benchmarks/load_locustfile.py`` runs headless at every user count.
Locust shares the CPUs with the server: compare rows of one run, and read the
ratio of throughput at the highest user count to that at the lowest (target:
>= 0.9, i.e. throughput levels off instead of collapsing).

Reported per run: successful requests/s, p50/p95/p99 over all requests, the
503-with-Retry-After answers apart from any other error, and whether every action
the server acknowledged is in its database afterwards. PostgreSQL rows need
CRM_BENCH_POSTGRES_URL (or CRM_TEST_POSTGRES_URL, e.g. under
scripts/test-postgres.sh); without it they are reported as not measured.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, create_engine, text
from sqlalchemy.engine import make_url

from benchmarks.common import Result, log
from central_server.passwords import hash_password
from central_server.testing import REPO_ROOT, LiveServer, find_data_dir

LOCUSTFILE = Path(__file__).with_name("load_locustfile.py")
PASSWORD = "bench-password-1"
ROLE_MIX = ["field_officer"] * 7 + ["supervisor"] * 2 + ["desk"]
SCENARIO_CLASS = {"morning": "MorningOfficer", "initial": "InitialSync"}


@dataclass
class Run:
    config: str
    scenario: str
    users: int
    seconds: float
    round: int = 1  # runs of one round are compared with each other (alternated rounds)
    ok_rps: float = 0.0
    p50: float = 0.0
    p95: float = 0.0
    p99: float = 0.0
    requests: int = 0
    retry_503: int = 0
    other_errors: dict[str, int] = field(default_factory=dict)
    acked: int = 0
    acked_missing: int = 0
    reports_received: int = 0  # reports in change-feed pages, all users together
    # CPU seconds (user + system) during the run: the server's processes, and Locust.
    # What the server spends per unit of work does not depend on the machine's load.
    server_cpu_s: float = 0.0
    locust_cpu_s: float = 0.0
    endpoints: list[dict[str, Any]] = field(default_factory=list)


# --- the server and its accounts ------------------------------------------------------


def _postgres_base() -> str | None:
    return os.environ.get("CRM_BENCH_POSTGRES_URL") or os.environ.get("CRM_TEST_POSTGRES_URL")


def _new_postgres_database(base: str) -> str:
    import psycopg

    name = f"crm_load_{uuid.uuid4().hex[:10]}"
    admin = make_url(base).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return make_url(base).set(database=name).render_as_string(hide_password=False)


def _add_accounts(database_url: str, count: int) -> list[list[str]]:
    """``count`` officers with one password, spread over the busiest units."""
    engine = create_engine(database_url)
    digest = hash_password(PASSWORD)
    accounts: list[list[str]] = []
    with engine.begin() as conn:
        kelurahan = [
            row[0]
            for row in conn.execute(
                text("SELECT unit_id FROM reports GROUP BY unit_id ORDER BY count(*) DESC LIMIT 60")
            )
        ]
        kecamatan = [
            row[0]
            for row in conn.execute(
                text("SELECT DISTINCT parent_id FROM units WHERE id IN :ids").bindparams(
                    bindparam("ids", expanding=True)
                ),
                {"ids": kelurahan},
            )
            if row[0]
        ]
        desks = [row[0] for row in conn.execute(text("SELECT id FROM units WHERE kind = 'desk'"))]
        for i in range(count):
            role = ROLE_MIX[i % len(ROLE_MIX)]
            pool = {"field_officer": kelurahan, "supervisor": kecamatan, "desk": desks}[role]
            officer_id = f"load.{i:04d}"
            conn.execute(
                text(
                    "INSERT INTO officers (id, name, role, unit_id, password_hash, "
                    "failed_logins, active, is_demo) VALUES (:id, :name, :role, :unit, :hash, "
                    "0, :t, :f)"
                ),
                {
                    "id": officer_id,
                    "name": f"Petugas Uji Beban {i}",
                    "role": role,
                    "unit": pool[i % len(pool)],
                    "hash": digest,
                    "t": True,
                    "f": False,
                },
            )
            accounts.append([officer_id, role])
    engine.dispose()
    return accounts


def _context_facts(database_url: str) -> dict[str, Any]:
    engine = create_engine(database_url)
    with engine.connect() as conn:
        codes = [
            row[0]
            for row in conn.execute(
                text("SELECT code FROM units WHERE kind = 'kelurahan' AND code IS NOT NULL")
            )
        ]
        category = conn.execute(text("SELECT id FROM categories ORDER BY id LIMIT 1")).scalar_one()
        seq = int(conn.execute(text("SELECT coalesce(max(seq), 0) FROM reports")).scalar_one())
    engine.dispose()
    # "Yesterday": the workstation's cursor a few hundred changes back.
    return {
        "kelurahan_codes": codes,
        "category_id": category,
        "yesterday_cursor": max(0, seq - 300),
    }


# --- one Locust run -------------------------------------------------------------------


def _locust(server: LiveServer, run: Run, context: dict[str, Any], work: Path) -> None:
    prefix = work / f"{run.config}-{run.scenario}-{run.users}"
    acked_file = work / f"acked-{prefix.name}"
    received_file = work / f"received-{prefix.name}"
    ctx_path = work / f"context-{prefix.name}.json"
    ctx_path.write_text(
        json.dumps(
            {
                **context,
                "scenario": run.scenario,
                "acked_file": str(acked_file),
                "received_file": str(received_file),
            }
        ),
        encoding="utf-8",
    )
    cmd = [
        sys.executable,
        "-m",
        "locust",
        "-f",
        str(LOCUSTFILE),
        "--headless",
        "--users",
        str(run.users),
        "--spawn-rate",
        str(max(1, run.users // 2)),  # everyone within two seconds: the rush
        "--run-time",
        f"{int(run.seconds)}s",
        "--stop-timeout",
        "15",
        "--host",
        server.url,
        "--csv",
        str(prefix),
        "--only-summary",
        "--loglevel",
        "WARNING",
        SCENARIO_CLASS[run.scenario],
    ]
    env = {**os.environ, "LOAD_CONTEXT": str(ctx_path), "PYTHONPATH": str(REPO_ROOT)}
    server_cpu = _tree_cpu_seconds(server.pid)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(
        cmd,
        env=env,
        capture_output=True,
        text=True,
        timeout=run.seconds + 180,
        cwd=REPO_ROOT,
        # The load generator shares the CPUs with the server: at a lower priority it
        # takes what the server leaves, so more users measure the server, not Locust.
        preexec_fn=lambda: os.nice(10),
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    run.locust_cpu_s = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
    run.server_cpu_s = _tree_cpu_seconds(server.pid) - server_cpu
    if proc.returncode not in (0, 1):  # 1: some requests failed (503s count as failures)
        raise RuntimeError(f"locust failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    _read_stats(run, prefix)
    acked = [
        line.strip()
        for path in work.glob(f"{acked_file.name}.*")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    run.acked = len(acked)
    run.reports_received = sum(
        int(path.read_text(encoding="utf-8") or 0) for path in work.glob(f"{received_file.name}.*")
    )
    run.acked_missing = len(acked) - _count_stored(server.database_url, acked)


def _tree_cpu_seconds(pid: int | None) -> float:
    """User + system CPU of a process and its living descendants (Linux /proc)."""
    if pid is None or not Path("/proc").is_dir():
        return 0.0
    tick = os.sysconf("SC_CLK_TCK")
    stats: dict[int, tuple[int, float]] = {}  # pid -> (parent, cpu seconds)
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        stats[int(entry.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / tick)
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        total += stats.get(current, (0, 0.0))[1]
        todo.extend(child for child, (parent, _) in stats.items() if parent == current)
    return total


def _read_stats(run: Run, prefix: Path) -> None:
    with open(f"{prefix}_stats.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        count, failures = int(row["Request Count"]), int(row["Failure Count"])
        entry = {
            "name": row["Name"],
            "requests": count,
            "failures": failures,
            "rps": float(row["Requests/s"]),
            "p50": float(row["50%"] or 0),
            "p95": float(row["95%"] or 0),
            "p99": float(row["99%"] or 0),
        }
        if row["Name"] == "Aggregated":
            run.requests = count
            run.ok_rps = entry["rps"] * (count - failures) / count if count else 0.0
            run.p50, run.p95, run.p99 = entry["p50"], entry["p95"], entry["p99"]
        else:
            run.endpoints.append(entry)
    with open(f"{prefix}_failures.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            n = int(row["Occurrences"])
            if "503 Retry-After" in row["Error"]:
                run.retry_503 += n
            else:
                key = f"{row['Name']}: {row['Error'][:100]}"
                run.other_errors[key] = run.other_errors.get(key, 0) + n


def _count_stored(database_url: str, action_ids: list[str]) -> int:
    if not action_ids:
        return 0
    engine = create_engine(database_url)
    stored = 0
    stmt = text("SELECT count(*) FROM applied_actions WHERE action_id IN :ids").bindparams(
        bindparam("ids", expanding=True)
    )
    with engine.connect() as conn:
        for i in range(0, len(action_ids), 500):
            stored += int(conn.execute(stmt, {"ids": action_ids[i : i + 500]}).scalar_one())
    engine.dispose()
    return stored


# --- the matrix -----------------------------------------------------------------------


def measure(
    configs: list[str],
    scenarios: list[str],
    users: list[int],
    seconds: float,
    reports: int,
    work: Path,
    server_args: list[str] | None = None,
    rounds: int = 1,
) -> tuple[list[Run], list[str]]:
    """Every run that could be made, and a sentence for each configuration that could not.

    With ``rounds`` > 1 the user counts alternate (20, 100, 20, 100, ...), so a ratio
    compares runs made next to each other on a machine whose load drifts.
    """
    runs: list[Run] = []
    skipped: list[str] = []
    databases: dict[str, tuple[str, dict[str, Any]]] = {}
    for config in configs:
        backend, _, workers_text = config.partition("-")
        workers = int(workers_text or 1)
        if backend == "pg" and _postgres_base() is None:
            skipped.append(f"{config}: not measured (no CRM_BENCH_POSTGRES_URL)")
            continue
        if backend not in databases:
            url = (
                _new_postgres_database(str(_postgres_base()))
                if backend == "pg"
                else f"sqlite:///{work / 'load.sqlite3'}"
            )
            databases[backend] = (url, {})
        url, context = databases[backend]
        server = LiveServer(
            work / config,
            database_url=url,
            data_dir=find_data_dir(),
            n_reports=reports,
            seed=16,
            demo=True,
            workers=workers,
            extra_args=server_args or [],
        )
        log(f"[load] starting {config} ...")
        server.start()
        try:
            if not context:
                context.update(_context_facts(url))
                context["accounts"] = _add_accounts(url, max(users))
                context["password"] = PASSWORD
            for scenario in scenarios:
                for n, round_no in [(n, r) for r in range(1, rounds + 1) for n in users]:
                    run = Run(config, scenario, n, seconds, round=round_no)
                    log(
                        f"[load] {config} {scenario} {n} users for {seconds:.0f} s "
                        f"(round {round_no}, load {os.getloadavg()[0]:.1f}) ..."
                    )
                    _locust(server, run, context, work)
                    log(
                        f"[load]   {run.ok_rps:.1f} req/s ok, p50 {run.p50:.0f} ms, "
                        f"p95 {run.p95:.0f} ms, p99 {run.p99:.0f} ms, 503 {run.retry_503}, "
                        f"other errors {sum(run.other_errors.values())}, "
                        f"acked {run.acked} missing {run.acked_missing}, "
                        f"reports received {run.reports_received}, "
                        f"CPU server {run.server_cpu_s:.1f} s, Locust {run.locust_cpu_s:.1f} s"
                    )
                    runs.append(run)
                    time.sleep(2)  # let the server settle between runs
        finally:
            server.stop()
    return runs, skipped


def markdown(runs: list[Run], skipped: list[str]) -> str:
    lines = [
        "| server | scenario | users | req/s (ok) | p50 | p95 | p99 | vs fewest users | "
        "reports/s (vs fewest) | server CPU per 1,000 reports | "
        "503 + Retry-After | other errors | acked actions in DB |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    base: dict[tuple[str, str, int], Run] = {}
    for run in runs:
        key = (run.config, run.scenario, run.round)
        head = base.setdefault(key, run)
        ratio = run.ok_rps / head.ok_rps if head.ok_rps else 0.0
        # Reports delivered measure an initial sync's work; a morning's pulls are small.
        whole = run.scenario == "initial" and head.reports_received and run.reports_received
        delivered = (
            f"{run.reports_received / run.seconds:.0f} "
            f"({run.reports_received / head.reports_received:.2f}x)"
            if whole
            else "-"
        )
        cpu_per_k = (
            f"{1000 * run.server_cpu_s / run.reports_received:.2f} s"
            if whole and run.server_cpu_s
            else "-"
        )
        others = sum(run.other_errors.values())
        stored = f"{run.acked - run.acked_missing}/{run.acked}" if run.acked else "-"
        lines.append(
            f"| {run.config} | {run.scenario} | {run.users} | {run.ok_rps:.1f} | "
            f"{run.p50:.0f} ms | {run.p95:.0f} ms | {run.p99:.0f} ms | {ratio:.2f}x | "
            f"{delivered} | {cpu_per_k} | {run.retry_503} | {others} | {stored} |"
        )
    for why in skipped:
        lines.append(f"| {why} | | | | | | | | | | | | |")
    if any(run.round > 1 for run in runs):
        lines += ["", ratio_markdown(runs)]
    return "\n".join(lines)


def ratio_markdown(runs: list[Run]) -> str:
    """Alternated rounds: each count against the fewest users of its own round."""
    lines = [
        "| server | scenario | users | rounds | req/s vs fewest: median (range) | "
        "reports/s vs fewest: median (range) |",
        "|---|---|---:|---:|---|---|",
    ]
    heads: dict[tuple[str, str, int], Run] = {}
    ratios: dict[tuple[str, str, int], tuple[list[float], list[float]]] = {}
    for run in runs:
        head = heads.setdefault((run.config, run.scenario, run.round), run)
        if run is head:
            continue
        req, rep = ratios.setdefault((run.config, run.scenario, run.users), ([], []))
        if head.ok_rps:
            req.append(run.ok_rps / head.ok_rps)
        if run.scenario == "initial" and head.reports_received:
            rep.append(run.reports_received / head.reports_received)

    def spread(values: list[float]) -> str:
        if not values:
            return "-"
        return f"{statistics.median(values):.2f}x ({min(values):.2f}-{max(values):.2f})"

    for (config, scenario, users), (req, rep) in ratios.items():
        lines.append(
            f"| {config} | {scenario} | {users} | {max(len(req), len(rep))} | "
            f"{spread(req)} | {spread(rep)} |"
        )
    return "\n".join(lines)


def endpoint_markdown(runs: list[Run]) -> str:
    """Per endpoint: requests/s (all answers) and p50/p95/p99, one column group per run."""
    lines = [
        "| server | scenario | users | endpoint | requests | req/s | p50 | p95 | p99 | failed |",
        "|---|---|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for run in runs:
        for e in sorted(run.endpoints, key=lambda e: -e["requests"]):
            lines.append(
                f"| {run.config} | {run.scenario} | {run.users} | {e['name']} | "
                f"{e['requests']} | {e['rps']:.1f} | {e['p50']:.0f} ms | {e['p95']:.0f} ms | "
                f"{e['p99']:.0f} ms | {e['failures']} |"
            )
    return "\n".join(lines)


def _results(runs: list[Run], skipped: list[str]) -> list[Result]:
    out: list[Result] = []
    first: dict[tuple[str, str, int], Run] = {}
    for run in runs:
        key = (run.config, run.scenario, run.round)
        head = first.setdefault(key, run)
        others = sum(run.other_errors.values())
        note = (
            f"{run.ok_rps:.1f} req/s; p50 {run.p50:.0f} p99 {run.p99:.0f} ms; "
            f"503 {run.retry_503}; other errors {others}; "
            f"acked {run.acked}, missing {run.acked_missing}"
        )
        out.append(
            Result(
                "load",
                f"{run.config} {run.scenario}, {run.users} users: p95",
                run.p95,
                "ms",
                note=note,
                extra={"run": run.__dict__},
            )
        )
        if run is not head and head.ok_rps:
            # Lower is better in the suite's table: throughput at the fewest users
            # over that at this many; the target 1/0.9 means "at least 0.9x".
            out.append(
                Result(
                    "load",
                    f"{run.config} {run.scenario}: req/s at {head.users} / at {run.users} users",
                    head.ok_rps,
                    "req/s",
                    limit=run.ok_rps,
                    limit_name=f"{run.users} users",
                    target_ratio=round(1 / 0.9, 3),
                )
            )
    out.extend(Result("load", why, 0.0, "-", note="not measured") for why in skipped)
    return out


def suite(quick: bool) -> list[Result]:
    users = [20, 100]
    seconds = 15.0 if quick else 30.0
    configs = ["sqlite-1"] if quick else ["sqlite-1", "pg-1", "pg-2"]
    with tempfile.TemporaryDirectory(prefix="load-bench-") as tmp:
        runs, skipped = measure(
            configs, ["morning", "initial"], users, seconds, 2000 if quick else 10000, Path(tmp)
        )
    print(markdown(runs, skipped), file=sys.stderr)
    return _results(runs, skipped)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", default="20,100")
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--configs", default="sqlite-1,pg-1,pg-2")
    parser.add_argument("--scenarios", default="morning,initial")
    parser.add_argument("--reports", type=int, default=10000)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--from-json", type=Path, default=None, help="re-print a saved run")
    parser.add_argument(
        "--rounds", type=int, default=1, help="alternate the user counts this many times"
    )
    parser.add_argument(
        "--server-args", default="", help='more `crm-central serve` options: "--max-concurrent 4"'
    )
    args = parser.parse_args()
    if args.from_json:
        saved = [Run(**r) for r in json.loads(args.from_json.read_text(encoding="utf-8"))]
        print(markdown(saved, []))
        print()
        print(endpoint_markdown(saved))
        return 0
    with tempfile.TemporaryDirectory(prefix="load-bench-") as tmp:
        runs, skipped = measure(
            [c.strip() for c in args.configs.split(",") if c.strip()],
            [s.strip() for s in args.scenarios.split(",") if s.strip()],
            [int(u) for u in args.users.split(",")],
            args.seconds,
            args.reports,
            Path(tmp),
            shlex.split(args.server_args),
            args.rounds,
        )
    print(markdown(runs, skipped))
    if args.json:
        args.json.write_text(
            json.dumps([r.__dict__ for r in runs], indent=1, default=str), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
