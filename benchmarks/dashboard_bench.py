"""Dashboard and bulk-action speed on the local store (not a test).

    .venv/bin/python benchmarks/dashboard_bench.py --reports 100000

- dashboard: ``store.dashboard.summary`` over a city-level scope of N reports
  (target: within 300 ms), best of 5 and median;
- bulk: ``store.bulk_actions.bulk_reassign`` of 200 reports recorded locally in
  one transaction (target: within 200 ms), best of 5 and median.

The profile is SQLCipher-encrypted, as the product's always is, and the reports
carry descriptions and addresses of the usual length (the table the dashboard
must not read row by row is as wide as a real one).
"""

from __future__ import annotations

import argparse
import random
import secrets
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.list_bench import WORDS  # noqa: E402
from crm_shared.domain import Channel, Role, Status  # noqa: E402
from officer_app.store import Store, dashboard  # noqa: E402
from officer_app.store.actions import Actor  # noqa: E402
from officer_app.store.bulk import sql_datetime, write_rows  # noqa: E402
from officer_app.store.bulk_actions import bulk_reassign  # noqa: E402
from officer_app.store.state import save_reference  # noqa: E402

STATUSES = [s.value for s in Status]


def open_store(folder: Path) -> Store:
    # A raw key as ``Profile.open_store`` passes it (the password's KDF is not measured).
    return Store.open(folder, key=secrets.token_bytes(32))


WEIGHTS = [10, 3, 3, 12, 8, 55, 4, 5]


def seed(store: Store, n: int) -> list[str]:
    rng = random.Random(5)
    now = datetime.now(UTC)
    units = [f"kel-{i}" for i in range(40)]
    with store.write() as s:
        save_reference(
            s,
            {
                "categories": [{"id": f"cat{i}", "name": f"Kategori {i}"} for i in range(60)],
                "units": [{"id": "kota", "name": "Kota", "kind": "kota"}]
                + [
                    {
                        "id": u,
                        "name": f"Kelurahan {u}",
                        "kind": "kelurahan",
                        "parent_id": "kota",
                        "code": f"31.71.{i:02d}.1001",
                    }
                    for i, u in enumerate(units)
                ],
                "officers": [
                    {
                        "id": f"p{i}",
                        "name": f"Petugas {i}",
                        "role": "field_officer",
                        "unit_id": units[i % 40],
                    }
                    for i in range(120)
                ],
                "sla_rules": [],
                "channels": [c.value for c in Channel],
            },
            None,
        )
        rows = []
        for i in range(n):
            created = now - timedelta(hours=rng.uniform(1, 24 * 365))
            status = rng.choices(STATUSES, WEIGHTS)[0]
            responded = created + timedelta(hours=rng.uniform(0.2, 48))
            followed = responded + timedelta(hours=rng.uniform(2, 200))
            closed = status in ("selesai", "ditolak")
            rows.append(
                {
                    "id": f"r{i:06d}",
                    "number": f"JK{i:010d}",
                    "category_id": f"cat{i % 60}",
                    "channel": "jaki" if i % 10 else "pendopo",
                    "status": status,
                    "description": " ".join(rng.choices(WORDS, k=rng.randint(12, 40))),
                    "address": f"Jl. {rng.choice(WORDS).title()} No. {rng.randint(1, 300)}, RT "
                    f"{rng.randint(1, 15):03d}/RW {rng.randint(1, 12):03d}",
                    "kelurahan_code": f"31.71.{i % 40:02d}.1001",
                    "unit_id": units[i % 40],
                    "assignee_id": f"p{i % 120}",
                    "is_private": 1,
                    "priority": "normal",
                    "created_at": sql_datetime(created),
                    "landed_at": sql_datetime(created),
                    "first_response_at": sql_datetime(responded) if status != "menunggu" else None,
                    "followup_at": sql_datetime(followed)
                    if status in ("menunggu_validasi", "selesai")
                    else None,
                    "supporters": 0,
                    "version": 1,
                    "seq": i + 1,
                    "reporter": "{}",
                    "server_status": status,
                    "due_at": None if closed else sql_datetime(created + timedelta(days=7)),
                    "in_scope": 1,
                    "pending_count": 0,
                }
            )
        write_rows(s, "reports", rows)
    return [r["id"] for r in rows if r["status"] in ("menunggu", "proses")]


def timed(fn, repeat: int = 5) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return min(times), statistics.median(times)


def suite(quick: bool) -> list:
    """Rows for ``python -m benchmarks``: the dashboard and the bulk reassign."""
    from benchmarks.common import Result, log, peak_rss_mb
    from benchmarks.common import timed as timed_runs

    n = 10_000 if quick else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp))
        t = time.perf_counter()
        movable = seed(store, n)
        log(f"dashboard: seeded {n} reports in {time.perf_counter() - t:.1f} s")

        def dash() -> None:
            with store.read() as s:
                dashboard.summary(s)

        first = time.perf_counter()
        dash()  # the first call of the process (imports, cold page cache of the scan)
        first_ms = (time.perf_counter() - first) * 1000
        d = timed_runs(dash, runs=5, warmup=0)
        actor = Actor("sup", Role.SUPERVISOR, "kota", "Kepala")
        batches = iter([movable[i * 200 : (i + 1) * 200] for i in range(6)])
        b = timed_runs(
            lambda: bulk_reassign(store, actor, next(batches), "p1", "Pemerataan beban kerja"),
            runs=5,
        )
        store.close()
    label = f"{n // 1000}k"
    return [
        Result(
            "dashboard",
            f"summary at {label} (p50 of 5; first call {first_ms:.0f} ms)",
            d.p50_ms,
            target=300,
            rss_mb=peak_rss_mb(),
            extra={"p95_ms": d.p95_ms, "first_ms": first_ms, "reports": n},
        ),
        Result(
            "dashboard",
            f"bulk reassign of 200 at {label} (p50 of 5)",
            b.p50_ms,
            target=200,
            extra={"p95_ms": b.p95_ms, "reports": n},
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp))
        t = time.perf_counter()
        movable = seed(store, args.reports)
        print(f"seeded {args.reports} reports in {time.perf_counter() - t:.1f} s")

        def dash() -> None:
            with store.read() as s:
                dashboard.summary(s)

        best, median = timed(dash)
        print(
            f"dashboard summary, {args.reports} reports: best {best:.0f} ms, "
            f"median {median:.0f} ms (target 300 ms)"
        )
        actor = Actor("sup", Role.SUPERVISOR, "kota", "Kepala")
        batches = iter([movable[i * 200 : (i + 1) * 200] for i in range(5)])
        best, median = timed(
            lambda: bulk_reassign(store, actor, next(batches), "p1", "Pemerataan beban kerja")
        )
        print(
            f"bulk reassign of 200 reports recorded: best {best:.0f} ms, "
            f"median {median:.0f} ms (target 200 ms)"
        )
        store.close()


if __name__ == "__main__":
    main()
