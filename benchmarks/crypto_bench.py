"""What encryption at rest costs: the same pull and the same list queries on a
plain SQLite profile and on a SQLCipher profile (issue 8: at most 20 % more).

Both profiles are filled through the pull's bulk path (``merge.apply_reports``),
which is what a sync spends its local time on, committed as the engine commits
when the client is the bottleneck (pages already downloaded join one
transaction, ``SyncConfig.commit_reports``), then asked the list's questions
(search, status filter, first page, a deep page). The plain profile is the limit.
The whole sync with and without encryption is measured in ``sync_bench``.
"""

from __future__ import annotations

import os
import random
import secrets
import shutil
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from benchmarks.common import Paired, Result, alternate, log, percentile, scratch
from benchmarks.list_bench import PAGE, STATUS_WEIGHTS, WORDS

TARGET_RATIO = 1.2


def _pages(n: int, seed: int) -> list[list[Any]]:
    from crm_shared.domain import Channel, Status
    from crm_shared.protocol.wire import ReportOut

    rng = random.Random(seed)
    now = datetime.now(UTC)
    statuses = list(Status)
    pages = []
    for start in range(0, n, PAGE):
        page = []
        for i in range(start, min(n, start + PAGE)):
            created = now - timedelta(hours=rng.uniform(1, 24 * 120))
            page.append(
                ReportOut(
                    id=f"r{i:07d}",
                    number=f"JK{created:%y%m%d}{i % 10000:04d}",
                    category_id=f"cat{rng.randrange(40)}",
                    channel=Channel.JAKI,
                    status=rng.choices(statuses, STATUS_WEIGHTS)[0],
                    description=" ".join(rng.choices(WORDS, k=rng.randint(6, 18))),
                    address=f"Jl. {rng.choice(WORDS).title()} No. {rng.randint(1, 300)}",
                    lat=-6.1 - rng.random() * 0.25,
                    lon=106.7 + rng.random() * 0.25,
                    unit_id="u1",
                    created_at=created,
                    landed_at=created,
                    version=1,
                    seq=i + 1,
                )
            )
        pages.append(page)
    return pages


def _fill(store: Any, pages: list[list[Any]]) -> float:
    from crm_shared.domain import SlaPolicy
    from officer_app.sync import merge
    from officer_app.sync.engine import SyncConfig

    per_commit = max(1, SyncConfig().commit_reports // PAGE)
    now = datetime.now(UTC)
    started = time.perf_counter()
    for first in range(0, len(pages), per_commit):
        with store.write() as session:
            for page in pages[first : first + per_commit]:
                merge.apply_reports(session, page, policy=SlaPolicy(), now=now)
    return time.perf_counter() - started


def _queries(store: Any, runs: int) -> dict[str, float]:
    """p95 in ms of each list question."""
    from crm_shared.domain import Status
    from officer_app.store.queries import ReportFilter, count_reports, list_reports

    cases: dict[str, Callable[[Any], object]] = {
        "search 'lampu'": lambda s: (
            count_reports(s, ReportFilter(text="lampu")),
            list_reports(s, ReportFilter(text="lampu")),
        ),
        "filter Menunggu": lambda s: (
            count_reports(s, ReportFilter(statuses=(Status.MENUNGGU.value,))),
            list_reports(s, ReportFilter(statuses=(Status.MENUNGGU.value,))),
        ),
        "first page": lambda s: list_reports(s),
        "deep page": lambda s: list_reports(s, offset=count_reports(s) // 2),
    }
    out = {}
    for name, question in cases.items():
        samples = []
        for _ in range(runs + 1):
            with store.read() as session:
                t = time.perf_counter()
                question(session)
                samples.append(time.perf_counter() - t)
        out[name] = percentile(samples[1:], 95) * 1000
    return out


def suite(quick: bool) -> list[Result]:
    from officer_app.store.db import Store

    n = 10_000 if quick else 50_000
    runs = 10 if quick else 30
    rounds = 3
    pages = _pages(n, seed=7)
    key = secrets.token_bytes(32)
    results = []
    with scratch("crypto-bench-") as tmp:
        stores: dict[str, Any] = {}

        def fill(name: str, store_key: bytes | None) -> Callable[[int], float]:
            def run(i: int) -> float:
                folder = tmp / f"{name}-{i}"
                os.makedirs(folder)
                store = Store.open(folder, key=store_key)
                seconds = _fill(store, pages)
                log(f"{name}: {n} reports applied in {seconds:.2f} s")
                if name in stores:  # the first of each kind stays for the queries
                    store.close()
                    shutil.rmtree(folder, ignore_errors=True)
                else:
                    stores[name] = store
                return seconds

            return run

        # Alternated: encrypted, plain, encrypted, plain... into fresh profiles.
        fills = alternate(fill("encrypted", key), fill("plain", None), rounds)
        # Queries in alternating rounds too, so neither profile gets the warmer machine.
        p95: dict[str, list[dict[str, float]]] = {"plain": [], "encrypted": []}
        for _ in range(rounds):
            for name in ("encrypted", "plain"):
                p95[name].append(_queries(stores[name], runs))
        for store in stores.values():
            store.close()
        results.append(
            Result.paired(
                "crypto",
                f"pull apply {n // 1000}k",
                fills,
                unit="s",
                limit_name="plain SQLite",
                target_ratio=TARGET_RATIO,
            )
        )
        for case in p95["plain"][0]:
            pairs = Paired(
                tuple(r[case] / 1000 for r in p95["encrypted"]),
                tuple(r[case] / 1000 for r in p95["plain"]),
            )
            results.append(
                Result.paired(
                    "crypto",
                    f"{case} p95 {n // 1000}k",
                    pairs,
                    unit="ms",
                    limit_name="plain SQLite",
                    target_ratio=TARGET_RATIO,
                )
            )
    return results


if __name__ == "__main__":
    from benchmarks.common import table

    print(table(suite(quick=True)))
