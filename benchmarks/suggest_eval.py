"""Category suggestion: accuracy on our held-out set, training time, size shipped, speed.

    PYTHONPATH=. CRM_DATA_DIR=../shared/data .venv/bin/python benchmarks/suggest_eval.py \
        [--reports 2000] [--markdown]

The held-out set (tests/data/suggest_heldout.csv) holds informal complaints
labelled by CATEGORY (one of the 135 observed JAKI names), each with a date.
Three conditions, with the demo server's categories and agencies:

- rules:    word rules and category/agency names alone (no model: an older server);
- seed:     the model trained on the demo history only (``--reports`` seeded reports,
            written from templates); none of the held-out texts is in training;
- time:     the model trained on the demo history plus the held-out complaints dated
            before CUT (as if officers had settled them), scored on those from CUT on.

Scores: top-1 / top-3 category, top-1 agency (the agency of the first suggestion
is the agency of the right category), per-category recall, confusion pairs.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from central_server.seed_plan import build_plan, category_id
from central_server.suggest_model import train
from crm_shared.geo.datadir import find_data_dir
from officer_app.suggest import CategoryInfo, Suggester, TrainedModel

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "data" / "suggest_heldout.csv"
# Written after the word rules, scored once, never tuned on (docs/suggestion.md).
FRESH = ROOT / "tests" / "data" / "suggest_fresh.csv"
CUT = "2025-07-01"  # held-out complaints before this date may be history; from it, scored
SEED_NOW = datetime(2026, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Labelled:
    date: str
    category: str
    text: str


@dataclass
class Scores:
    n: int = 0
    top1: int = 0
    top3: int = 0
    agency: int = 0
    per_category: dict[str, list[int]] = field(default_factory=dict)  # name -> [hits, n]
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)
    millis: list[float] = field(default_factory=list)

    def rate(self, hits: int) -> float:
        return hits / self.n if self.n else 0.0


@dataclass(frozen=True)
class Demo:
    """The demo server's categories (with agency names) and its seeded history."""

    categories: list[CategoryInfo]
    history: list[tuple[str, str]]  # (description, category id), rejected ones left out


def heldout(path: Path = HELDOUT) -> list[Labelled]:
    with path.open(encoding="utf-8", newline="") as f:
        return [Labelled(r["date"], r["category"], r["text"]) for r in csv.DictReader(f)]


def demo(n_reports: int, data_dir: Path | None = None) -> Demo:
    data = data_dir or find_data_dir()
    plan = build_plan(data, n_reports, 1, SEED_NOW)
    units = {u.id: u.name for u in plan.units}
    categories = [
        CategoryInfo(c.id, c.name, units.get(c.agency_unit_id or "")) for c in plan.categories
    ]
    history = [(r.description, r.category_id) for r in plan.reports if r.status != "ditolak"]
    return Demo(categories, history)


def trained(history: Sequence[tuple[str, str]]) -> tuple[TrainedModel, float, int]:
    """The model as the PC receives it, training seconds, bytes shipped (JSON)."""
    started = time.perf_counter()
    model = train([t for t, _ in history], [c for _, c in history])
    seconds = time.perf_counter() - started
    assert model is not None
    body = model.model_dump_json()
    return TrainedModel(json.loads(body)), seconds, len(body.encode())


def score(suggester: Suggester, rows: Sequence[Labelled]) -> Scores:
    names = {c.id: c.name for c in suggester.categories}
    agency = {c.id: c.agency or "kelurahan" for c in suggester.categories}
    out = Scores()
    for row in rows:
        gold = category_id(row.category)
        started = time.perf_counter()
        found = suggester.suggest(row.text)
        out.millis.append((time.perf_counter() - started) * 1000)
        ids = [s.category_id for s in found]
        first = ids[0] if ids else None
        out.n += 1
        out.top1 += first == gold
        out.top3 += gold in ids
        out.agency += first is not None and agency[first] == agency[gold]
        hits = out.per_category.setdefault(row.category, [0, 0])
        hits[0] += first == gold
        hits[1] += 1
        if first != gold:
            out.confusions[(row.category, names.get(first or "", "(nothing)"))] += 1
    return out


def run(n_reports: int) -> dict[str, object]:
    rows = heldout()
    before = [r for r in rows if r.date < CUT]
    after = [r for r in rows if r.date >= CUT]
    d = demo(n_reports)
    seed_model, seed_seconds, seed_bytes = trained(d.history)
    extra = [(r.text, category_id(r.category)) for r in before]
    time_model, time_seconds, time_bytes = trained(d.history + extra)
    return {
        "rules (all)": score(Suggester(d.categories), rows),
        "rules (from cut)": score(Suggester(d.categories), after),
        "seed model (all)": score(Suggester(d.categories, seed_model), rows),
        "seed model (from cut)": score(Suggester(d.categories, seed_model), after),
        "time split (from cut)": score(Suggester(d.categories, time_model), after),
        "fresh set, rules": score(Suggester(d.categories), heldout(FRESH)),
        "fresh set, seed model": score(Suggester(d.categories, seed_model), heldout(FRESH)),
        "training": {
            "seed": (len(d.history), seed_seconds, seed_bytes),
            "time": (len(d.history) + len(extra), time_seconds, time_bytes),
        },
    }


def _print(results: dict[str, object], markdown: bool) -> None:
    print("| condition | n | top-1 | top-3 | agency | ms median / p95 |")
    print("|---|---|---|---|---|---|")
    for name, s in results.items():
        if not isinstance(s, Scores):
            continue
        ms = sorted(s.millis)
        print(
            f"| {name} | {s.n} | {s.rate(s.top1):.1%} | {s.rate(s.top3):.1%} | "
            f"{s.rate(s.agency):.1%} | {statistics.median(ms):.1f} / "
            f"{ms[int(len(ms) * 0.95)]:.1f} |"
        )
    training = results["training"]
    assert isinstance(training, dict)
    for name, (n, seconds, size) in training.items():
        print(f"\ntraining ({name}): {n} reports, {seconds:.1f} s, shipped {size / 1024:.0f} KB")
    main = results["time split (from cut)"]
    assert isinstance(main, Scores)
    print("\n| category | recall (time split, from cut) |\n|---|---|")
    for cat, (hits, n) in sorted(main.per_category.items()):
        print(f"| {cat} | {hits}/{n} |")
    print("\n| right category | suggested first | times |\n|---|---|---|")
    for (gold, got), k in main.confusions.most_common():
        print(f"| {gold} | {got} | {k} |")
    fresh = results["fresh set, seed model"]
    assert isinstance(fresh, Scores)
    print("\nfresh set, seed model, misses:")
    for (gold, got), k in fresh.confusions.most_common():
        print(f"  {gold} -> {got} ({k})")
    if not markdown:
        seed_all = results["seed model (all)"]
        assert isinstance(seed_all, Scores)
        print("\nconfusions, seed model on the whole set:")
        for (gold, got), k in seed_all.confusions.most_common():
            print(f"  {gold} -> {got} ({k})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=2000)
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    _print(run(args.reports), args.markdown)


if __name__ == "__main__":
    main()
