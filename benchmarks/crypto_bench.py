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
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.common import Result, log, percentile
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
    pages = _pages(n, seed=7)
    key = secrets.token_bytes(32)
    results = []
    with tempfile.TemporaryDirectory(prefix="crypto-bench-") as tmp:
        stores, fills = {}, {}
        for name, store_key in (("plain", None), ("encrypted", key)):
            folder = Path(tmp) / name
            os.makedirs(folder)
            stores[name] = Store.open(folder, key=store_key)
            fills[name] = _fill(stores[name], pages)
            log(f"{name}: {n} reports applied in {fills[name]:.2f} s")
        # Queries in alternating rounds, so neither profile gets the warmer machine.
        rounds: dict[str, list[dict[str, float]]] = {"plain": [], "encrypted": []}
        for _ in range(3):
            for name in ("encrypted", "plain"):
                rounds[name].append(_queries(stores[name], runs))
        for store in stores.values():
            store.close()
        plain_fill, enc_fill = fills["plain"], fills["encrypted"]
        plain_q = {k: min(r[k] for r in rounds["plain"]) for k in rounds["plain"][0]}
        enc_q = {k: min(r[k] for r in rounds["encrypted"]) for k in rounds["encrypted"][0]}
        results.append(
            Result(
                "crypto",
                f"pull apply {n // 1000}k",
                enc_fill,
                unit="s",
                limit=plain_fill,
                limit_name="plain SQLite",
                target_ratio=TARGET_RATIO,
            )
        )
        for case, p95 in enc_q.items():
            results.append(
                Result(
                    "crypto",
                    f"{case} p95 {n // 1000}k",
                    p95,
                    limit=plain_q[case],
                    limit_name="plain SQLite",
                    target_ratio=TARGET_RATIO,
                )
            )
    return results


if __name__ == "__main__":
    from benchmarks.common import table

    print(table(suite(quick=True)))
