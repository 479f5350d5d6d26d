"""Category and agency suggestion: the server's trained model blended with word rules.

For each category of the reference data:

    score = lam * P_model(category | text) + (1 - lam) * P_rules(category | text)
    lam   = n / (n + HISTORY_HALF)     n: labelled reports the model learned it from

so a category with a long history follows the model, one with little or none
follows the word rules and its name (``rules.py``), and without a model (an
older server, the first sync) the rules alone decide. Each suggestion carries
the two or three words that drove it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .model import TrainedModel
from .rules import CategoryInfo, WordRules, softmax

HISTORY_HALF = 50.0  # reports at which model and rules weigh the same for a category
RULE_TEMPERATURE = 1.0
MIN_TEXT = 4  # characters: shorter texts get no suggestion
WHY_WORDS = 3
WHY_MIN_SHARE = 0.12  # a word shown as a reason carries at least this share of the evidence


@dataclass(frozen=True)
class Suggestion:
    category_id: str
    name: str
    agency: str  # "" when the reference data names no agency for it
    score: float
    why: tuple[str, ...] = ()  # the words of the text that drove it, strongest first


class Suggester:
    """Ranks a server's reference categories for a complaint's description."""

    def __init__(
        self, categories: Iterable[CategoryInfo], model: TrainedModel | None = None
    ) -> None:
        self.categories = list(categories)
        self.model = model
        known = (f[2:] for f in model.idf if f.startswith("w:")) if model else ()
        self.rules = WordRules(self.categories, known_words=known)
        reports = model.reports if model else {}
        self.lam = [
            (n / (n + HISTORY_HALF)) if (n := reports.get(c.id, 0)) else 0.0
            for c in self.categories
        ]

    @classmethod
    def from_categories(
        cls,
        rows: Iterable[tuple[str, str] | tuple[str, str, str | None]],
        model: TrainedModel | None = None,
    ) -> Suggester:
        return cls((CategoryInfo(*row) for row in rows), model)

    def suggest(self, text: str, limit: int = 3) -> list[Suggestion]:
        """Up to ``limit`` categories, best first; empty when the text says nothing."""
        return self.rank(text, limit)

    def rank(self, text: str, limit: int | None = None) -> list[Suggestion]:
        """Categories with evidence, best first (all of them without ``limit``)."""
        if len(text.strip()) < MIN_TEXT or not self.categories:
            return []
        rule_scores = self.rules.score(text)
        has_rules = any(r.score > 0 for r in rule_scores)
        p_rules = softmax([r.score for r in rule_scores], RULE_TEMPERATURE)
        scored = self.model.score(text) if self.model else None
        has_model = bool(scored and scored.matched)
        if not has_rules and not has_model:
            return []
        ranked: list[tuple[float, str, int, float]] = []
        for i, cat in enumerate(self.categories):
            lam = self.lam[i] if has_model else 0.0
            p_model = scored.probabilities.get(cat.id, 0.0) if scored else 0.0
            score = lam * p_model + (1.0 - lam) * (p_rules[i] if has_rules else 0.0)
            if score > 0:
                ranked.append((-score, cat.name, i, lam))
        ranked.sort()
        out: list[Suggestion] = []
        for neg_score, _name, i, lam in ranked[:limit]:
            cat = self.categories[i]
            model_words = scored.evidence(cat.id) if scored and lam else {}
            why = _why(rule_scores[i].words, model_words, lam)
            out.append(Suggestion(cat.id, cat.name, cat.agency or "", -neg_score, why))
        return out


def _why(
    rule_words: dict[str, float], model_words: dict[str, float], lam: float
) -> tuple[str, ...]:
    """The words with the largest share of a category's evidence (rules and model)."""
    shares: dict[str, float] = {}
    for weight, words in ((1.0 - lam, rule_words), (lam, model_words)):
        positive = {w: v for w, v in words.items() if v > 0}
        total = sum(positive.values())
        for w, v in positive.items():
            shares[w] = shares.get(w, 0.0) + weight * v / total
    total = sum(shares.values()) or 1.0
    ranked = sorted(shares.items(), key=lambda kv: -kv[1])
    return tuple(w for w, v in ranked[:WHY_WORDS] if v / total >= WHY_MIN_SHARE)
