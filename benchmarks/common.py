"""What every benchmark of the suite shares: timing, percentiles, memory, the table.

A benchmark module plugs into ``python -m benchmarks`` by defining

    def suite(quick: bool) -> list[Result]: ...

The runner calls it in a fresh process (``python -m benchmarks.common MODULE``), so
that each group starts cold, its peak RSS is its own, and a crash in one group
(QtWebEngine, say) does not take the others down. No threshold here is a test:
the suite measures and reports; tests prove behaviour.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

# ------------------------------------------------------------------ results


@dataclass
class Result:
    """One row of the table.

    ``value`` is our figure in ``unit`` ("s", "ms" or "MB"); ``limit`` is the
    physical limit or baseline measured in the same run (same unit), when the
    case has one. A target is either a ratio to that limit (``target_ratio``) or
    an absolute bound in ``unit`` (``target``). ``passed`` is None when the case
    has no target (informational rows).

    A paired row (``Result.paired``) measured both sides alternately, several
    times: ``value`` and ``limit`` are the medians of each side, ``ratio_median``
    the median of the per-pair ratios (what the target is checked against),
    ``ratio_spread`` their lowest and highest, and ``runs`` every pair's figures.
    """

    group: str
    case: str
    value: float
    unit: str = "ms"
    limit: float | None = None
    limit_name: str = ""
    target: float | None = None
    target_ratio: float | None = None
    rss_mb: float | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    ratio_median: float | None = None
    ratio_spread: tuple[float, float] | None = None
    runs: list[dict[str, float]] = field(default_factory=list)

    @classmethod
    def paired(cls, group: str, case: str, pairs: Paired, unit: str = "s", **kw: Any) -> Result:
        """A row from alternated runs of our side and the limit's (``alternate``)."""
        scale = 1000.0 if unit == "ms" else 1.0
        return cls(
            group,
            case,
            statistics.median(pairs.ours) * scale,
            unit,
            limit=statistics.median(pairs.limit) * scale,
            ratio_median=pairs.median_ratio,
            ratio_spread=pairs.spread,
            runs=pairs.runs(scale),
            **kw,
        )

    @property
    def ratio(self) -> float | None:
        if self.ratio_median is not None:
            return self.ratio_median
        if self.limit is None or not self.limit:
            return None
        return self.value / self.limit

    def ratio_text(self) -> str:
        ratio = self.ratio
        if ratio is None:
            return "-"
        if self.ratio_spread is None:
            return f"{ratio:.2f}x"
        low, high = self.ratio_spread
        return f"{ratio:.2f}x ({low:.2f}-{high:.2f}, n={len(self.runs)})"

    @property
    def passed(self) -> bool | None:
        if self.target_ratio is not None:
            ratio = self.ratio
            return None if ratio is None else ratio <= self.target_ratio
        if self.target is not None:
            return self.value < self.target
        return None

    def target_text(self) -> str:
        if self.target_ratio is not None:
            return f"<= {self.target_ratio:g}x"
        if self.target is not None:
            return f"< {self.target:g} {self.unit}"
        return ""

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["ratio"] = self.ratio
        out["passed"] = self.passed
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Result:
        data = {k: v for k, v in data.items() if k not in ("ratio", "passed")}
        if data.get("ratio_spread") is not None:
            data["ratio_spread"] = tuple(data["ratio_spread"])
        return cls(**data)


# ------------------------------------------------------------------ paired runs


@dataclass(frozen=True)
class Paired:
    """Alternated runs of two sides: ``ours[i]`` ran just before ``limit[i]``."""

    ours: tuple[float, ...]
    limit: tuple[float, ...]

    @property
    def ratios(self) -> tuple[float, ...]:
        return tuple(o / lim for o, lim in zip(self.ours, self.limit, strict=True) if lim)

    @property
    def median_ratio(self) -> float:
        return statistics.median(self.ratios)

    @property
    def spread(self) -> tuple[float, float]:
        return min(self.ratios), max(self.ratios)

    def runs(self, scale: float = 1.0) -> list[dict[str, float]]:
        return [
            {"ours": o * scale, "limit": lim * scale, "ratio": o / lim if lim else float("nan")}
            for o, lim in zip(self.ours, self.limit, strict=True)
        ]


def alternate(ours: Callable[[int], float], limit: Callable[[int], float], runs: int) -> Paired:
    """Run ours, limit, ours, limit, ... ``runs`` times each; each call returns seconds.

    On a shared machine the load drifts over seconds: a side measured once, in
    sequence with the other, can read 1x one run and 2.8x the next. Alternating
    puts each pair under the same load; the median of the pair ratios and their
    spread say how much to trust the row. Calls get the run number (0-based).
    """
    mine: list[float] = []
    theirs: list[float] = []
    for i in range(runs):
        mine.append(ours(i))
        theirs.append(limit(i))
        log(f"  pair {i + 1}/{runs}: ours {mine[-1]:.3f} s, limit {theirs[-1]:.3f} s")
    return Paired(tuple(mine), tuple(theirs))


@contextmanager
def scratch(prefix: str) -> Iterator[Path]:
    """A temporary folder removed afterwards, also when the benchmark fails.

    (The runner also points each group's TMPDIR into its own folder, so even a
    group killed at its time budget leaves nothing behind.)
    """
    path = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


# ------------------------------------------------------------------ timing


def percentile(samples: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of a non-empty sample."""
    ordered = sorted(samples)
    rank = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[rank]


@dataclass(frozen=True)
class Timing:
    samples: tuple[float, ...]  # seconds

    @property
    def p50_ms(self) -> float:
        return statistics.median(self.samples) * 1000

    @property
    def p95_ms(self) -> float:
        return percentile(self.samples, 95) * 1000

    @property
    def best_ms(self) -> float:
        return min(self.samples) * 1000


def timed(fn: Callable[[], Any], runs: int = 5, warmup: int = 1) -> Timing:
    """Run ``fn`` ``warmup`` times unmeasured, then ``runs`` times measured."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return Timing(tuple(samples))


class Stopwatch:
    """``with Stopwatch() as sw: ...`` then ``sw.s`` / ``sw.ms``."""

    def __enter__(self) -> Stopwatch:
        self._t = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.s = time.perf_counter() - self._t

    @property
    def ms(self) -> float:
        return self.s * 1000


# ------------------------------------------------------------------ memory (Linux /proc)


def _status_kb(pid: int | str, key: str) -> int | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


def peak_rss_mb(pid: int | str = "self") -> float | None:
    """Peak resident set size (VmHWM) of a process, in MB; None off Linux."""
    kb = _status_kb(pid, "VmHWM")
    return None if kb is None else kb / 1024


def rss_mb(pid: int | str = "self") -> float | None:
    kb = _status_kb(pid, "VmRSS")
    return None if kb is None else kb / 1024


def memory_mb(pid: int | str = "self") -> dict[str, float]:
    """What a process's resident memory is made of, in MB (Linux; empty elsewhere).

    ``rss`` counts every resident page the process maps, shared libraries in full;
    ``anon`` / ``file`` / ``shmem`` split it (heap and stacks / mapped files such as
    libraries / shared memory); ``pss`` charges each shared page to the processes
    sharing it in proportion; ``uss`` is what only this process holds (what
    ending it would give back).
    """
    out: dict[str, float] = {}
    for key, name in (("VmRSS", "rss"), ("RssAnon", "anon"), ("RssFile", "file"),
                      ("RssShmem", "shmem")):  # fmt: skip
        kb = _status_kb(pid, key)
        if kb is not None:
            out[name] = kb / 1024
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as f:
            rollup = {ln.split(":")[0]: int(ln.split()[1]) for ln in f if ln.endswith("kB\n")}
        out["pss"] = rollup["Pss"] / 1024
        out["uss"] = (rollup["Private_Clean"] + rollup["Private_Dirty"]) / 1024
    except (OSError, KeyError, ValueError, IndexError):
        pass
    return out


def reset_peak_rss() -> bool:
    """Reset this process's VmHWM to its current RSS (Linux >= 4.0)."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
            f.write("5")
        return True
    except OSError:
        return False


def descendants(pid: int) -> list[int]:
    """Every live process below ``pid`` (QtWebEngine's helpers, say)."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        parents.setdefault(ppid, []).append(int(entry))
    out, stack = [], [pid]
    while stack:
        for child in parents.get(stack.pop(), []):
            out.append(child)
            stack.append(child)
    return out


# ------------------------------------------------------------------ the machine


def machine() -> dict[str, Any]:
    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    ram_gb = None
    kb = None
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    kb = int(line.split()[1])
                    break
    except OSError:
        pass
    if kb:
        ram_gb = round(kb / 1024 / 1024, 1)
    versions: dict[str, str] = {}
    from importlib import metadata

    for dist in ("PySide6", "SQLAlchemy", "pydantic", "fastapi", "Pillow", "requests"):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = "-"
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gb": ram_gb,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "versions": versions,
    }


# ------------------------------------------------------------------ output


def fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.2f}"


def table(results: Iterable[Result]) -> str:
    head = ("group", "case", "ours", "limit (same run)", "ratio", "target", "result", "peak RSS")
    rows = [head]
    for r in results:
        verdict = {True: "pass", False: "FAIL", None: "info"}[r.passed]
        limit = fmt(r.limit, r.unit)
        if r.limit is not None and r.limit_name:
            limit = f"{limit} ({r.limit_name})"
        rows.append(
            (
                r.group,
                r.case,
                fmt(r.value, r.unit),
                limit,
                r.ratio_text(),
                r.target_text() or "-",
                verdict,
                fmt(r.rss_mb, "MB"),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = []
    for n, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_table(results: Iterable[Result]) -> str:
    lines = [
        "| case | ours | limit / baseline (same run) | ratio | target | result | peak RSS |",
        "|---|---:|---:|---:|---|---|---:|",
    ]
    for r in results:
        verdict = {True: "pass", False: "**FAIL**", None: "info"}[r.passed]
        limit = fmt(r.limit, r.unit)
        if r.limit is not None and r.limit_name:
            limit = f"{limit} ({r.limit_name})"
        lines.append(
            f"| {r.group}: {r.case} | {fmt(r.value, r.unit)} | {limit} | "
            f"{r.ratio_text()} | {r.target_text() or '-'} | "
            f"{verdict} | {fmt(r.rss_mb, 'MB')} |"
        )
    return "\n".join(lines)


def write_json(path: Path, results: Sequence[Result], **meta: Any) -> None:
    payload = {"machine": machine(), **meta, "results": [r.to_json() for r in results]}
    path.write_text(json.dumps(payload, indent=2, default=str), encoding="utf-8")


def log(message: str) -> None:
    """Progress on stderr (the table goes to stdout)."""
    print(message, file=sys.stderr, flush=True)


# ------------------------------------------------------------------ child entry point


def run_group(module: str, quick: bool, out: Path) -> int:
    mod = importlib.import_module(module)
    results: list[Result] = mod.suite(quick)
    out.write_text(json.dumps([r.to_json() for r in results]), encoding="utf-8")
    return 0


def _main() -> int:
    parser = argparse.ArgumentParser(description="run one benchmark group (used by the runner)")
    parser.add_argument("module")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    return run_group(args.module, args.quick, args.out)


if __name__ == "__main__":
    raise SystemExit(_main())
