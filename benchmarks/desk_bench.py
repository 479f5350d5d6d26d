"""Walk-in desk speed: suggestion per keystroke pause, duplicate search with
100,000 reports in the profile. Budget (issue 6): suggestion < 50 ms, duplicate
search < 100 ms.

    .venv/bin/python benchmarks/desk_bench.py [--reports 100000]
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from officer_app.store import Store
from officer_app.store.duplicates import find_duplicates
from officer_app.store.schema import Report
from officer_app.suggest import Suggester

ROOT = Path(__file__).resolve().parents[1]


def bench_suggestion() -> None:
    names = [
        "Jalan",
        "Trotoar",
        "Jaringan Listrik",
        "Parkir Liar",
        "PKL Liar",
        "Pohon",
        "Sampah",
        "Penanganan Banjir",
        "Saluran Air, Kali/Sungai",
        "Reklame/Spanduk",
    ]
    suggester = Suggester.from_categories((f"c{i}", n, None) for i, n in enumerate(names))
    with (ROOT / "tests" / "data" / "suggest_eval.csv").open(encoding="utf-8") as f:
        texts = [r["text"] for r in csv.DictReader(f)]
    times = []
    for text in texts * 5:
        for cut in range(10, len(text) + 1, 7):  # as the description grows
            t = time.perf_counter()
            suggester.suggest(text[:cut])
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    print(
        f"suggestion: {len(times)} calls, median {statistics.median(times):.3f} ms, "
        f"p99 {times[int(len(times) * 0.99)]:.3f} ms, max {times[-1]:.3f} ms (budget 50 ms)"
    )


def bench_duplicates(n: int) -> None:
    rng = random.Random(1)
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp))
        rows = []
        for i in range(n):
            at = now - timedelta(days=rng.uniform(0, 365))
            rows.append(
                {
                    "id": f"r{i}",
                    "number": f"JK{i:010d}",
                    "category_id": f"c{rng.randrange(40)}",
                    "channel": "jaki",
                    "status": rng.choice(["menunggu", "proses", "selesai"]),
                    "description": f"Jalan berlubang di depan sekolah nomor {i}",
                    "address": "",
                    "lat": rng.uniform(-6.37, -6.08),
                    "lon": rng.uniform(106.68, 106.97),
                    "kelurahan_code": f"31.71.{rng.randrange(267)}",
                    "unit_id": "u",
                    "created_at": at,
                    "landed_at": at,
                    "reporter": {"hidden": True},
                    "server_status": "menunggu",
                    "in_scope": True,
                    "is_private": True,
                    "priority": "normal",
                    "supporters": 0,
                    "version": 1,
                    "seq": i,
                    "pending_count": 0,
                }
            )
        t = time.perf_counter()
        with store.write() as s:
            for k in range(0, n, 2000):
                s.execute(insert(Report), rows[k : k + 2000])
        print(f"profile: {n} reports inserted in {time.perf_counter() - t:.1f} s")
        for with_kelurahan in (True, False):
            times = []
            for _ in range(200):
                lat, lon = rng.uniform(-6.37, -6.08), rng.uniform(106.68, 106.97)
                kel = f"31.71.{rng.randrange(267)}" if with_kelurahan else None
                t = time.perf_counter()
                with store.read() as s:
                    find_duplicates(
                        s,
                        category_id=f"c{rng.randrange(40)}",
                        lat=lat,
                        lon=lon,
                        kelurahan_code=kel,
                        text="jalan berlubang di depan sekolah",
                    )
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            label = "point + kelurahan" if with_kelurahan else "point only"
            print(
                f"duplicates ({label}): 200 searches, median {statistics.median(times):.1f} ms, "
                f"p95 {times[190]:.1f} ms, max {times[-1]:.1f} ms (budget 100 ms)"
            )
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=100_000)
    args = parser.parse_args()
    bench_suggestion()
    bench_duplicates(args.reports)


if __name__ == "__main__":
    main()
