"""Scoring with the model the server trained (``SuggestModelOut``), in plain Python.

The server ships, per category, a bias and its strongest positive weights over
the features of ``crm_shared.suggest_text``, plus those features' IDF. Here the
description is cut the same way, weighted (1 + log tf) * idf, L2-normalised
over the shipped features, and each category's score is its bias plus the dot
product — the linear part of the server's logistic regression, without
scikit-learn. Each feature remembers its word, so the words that contributed
most to a category are known ("why").
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from crm_shared.suggest_text import FEATURE_VERSION, features


@dataclass(frozen=True)
class ModelScores:
    """Probabilities over the model's categories, and the evidence behind them on demand."""

    probabilities: dict[str, float]  # category id -> softmax probability
    matched: bool  # some feature of the text is known to the model
    _x: dict[str, float]  # feature -> its normalised weight in the text
    _source: dict[str, set[str]]  # feature -> the words it came from
    _model: TrainedModel

    def evidence(self, category_id: str) -> dict[str, float]:
        """Word -> its contribution to the category's score (positive weights only)."""
        weights = self._model.weights.get(category_id, {})
        out: dict[str, float] = defaultdict(float)
        for f, x in self._x.items():
            w = weights.get(f)
            if w is not None:
                words = self._source[f]
                for word in words:
                    out[word] += w * x / len(words)
        return dict(out)


class TrainedModel:
    """The exported weights as an inverted index: feature -> [(category, weight)]."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        if int(data.get("feature_version", -1)) != FEATURE_VERSION:
            raise ValueError("suggestion model made with other text features")
        names: list[str] = list(data["features"])
        idf: list[float] = list(data["idf"])
        self.version = str(data.get("version", ""))
        self.idf = dict(zip(names, idf, strict=True))
        self.category_ids: list[str] = []
        self.bias: list[float] = []
        self.reports: dict[str, int] = {}
        self.weights: dict[str, dict[str, float]] = {}  # category id -> feature -> weight
        index: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for c, cat in enumerate(data["categories"]):
            self.category_ids.append(str(cat["category_id"]))
            self.bias.append(float(cat.get("bias", 0.0)))
            self.reports[str(cat["category_id"])] = int(cat.get("reports", 0))
            weights = self.weights.setdefault(str(cat["category_id"]), {})
            for j, w in zip(cat["features"], cat["weights"], strict=True):
                index[names[j]].append((c, float(w)))
                weights[names[j]] = float(w)
        self.index = dict(index)

    @classmethod
    def from_reference(cls, reference: Mapping[str, Any] | None) -> TrainedModel | None:
        """The model carried by stored reference data, or None (none, or unusable)."""
        data = (reference or {}).get("suggest_model")
        if not data:
            return None
        version = str(data.get("version", "")) if isinstance(data, dict) else ""
        if version and version in _loaded:  # building the index takes a moment: once
            return _loaded[version]
        try:
            model = cls(data)
        except (AttributeError, KeyError, TypeError, ValueError):
            return None
        if version:
            _loaded.clear()
            _loaded[version] = model
        return model

    def score(self, text: str) -> ModelScores:
        tf: dict[str, int] = defaultdict(int)
        source: dict[str, set[str]] = defaultdict(set)
        for feature, word in features(text):
            if feature in self.idf:
                tf[feature] += 1
                source[feature].add(word)
        weighted = {f: (1.0 + math.log(n)) * self.idf[f] for f, n in tf.items()}
        norm = math.sqrt(sum(v * v for v in weighted.values())) or 1.0
        logits = list(self.bias)
        x = {f: v / norm for f, v in weighted.items()}
        for f, xf in x.items():
            for c, w in self.index.get(f, ()):
                logits[c] += w * xf
        top = max(logits) if logits else 0.0
        exps = [math.exp(v - top) for v in logits]
        total = sum(exps) or 1.0
        return ModelScores(
            probabilities={cid: e / total for cid, e in zip(self.category_ids, exps, strict=True)},
            matched=bool(x),
            _x=x,
            _source=dict(source),
            _model=self,
        )


_loaded: dict[str, TrainedModel] = {}  # the last model built, by version
