"""The category suggestion model: trained here on the labelled history, shipped as weights.

Every report the server holds carries the category its officers finally settled
on (after Disposisi and corrections). This module learns from those
descriptions — TF-IDF over the shared features of ``crm_shared.suggest_text``
(words, light stems, character n-grams, word pairs) and a multinomial logistic
regression (scikit-learn, server side only) — and exports only what inference
needs: per category a bias and its strongest positive feature weights, plus the
IDF of those features (``SuggestModelOut``). The reference data carries it, so
it travels under the reference ETag; the workstation scores with plain Python.

    crm-central train-suggest --database URL      (e.g. nightly)
    crm-central serve --train-suggest ...         (train at start when there is no model)
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
import warnings
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from crm_shared.domain import Status
from crm_shared.protocol.wire import SuggestCategoryWeights, SuggestModelOut
from crm_shared.suggest_text import FEATURE_VERSION, analyzer

from .clock import utcnow
from .models import Category, Report, SuggestModelRow

log = logging.getLogger(__name__)

# What the export keeps: the strongest positive weights of each category, from a
# vocabulary capped so that a large history still ships a small model.
MAX_FEATURES = 60_000
KEEP_PER_CATEGORY = 200
MIN_WEIGHT = 0.05
MIN_REPORTS = 30  # fewer labelled reports than this: no model, the word rules alone
REGULARISATION_C = 10.0
MAX_PASSES = 30
DIGITS = 3  # rounding of shipped numbers (smaller JSON, no visible effect)


@dataclass(frozen=True)
class TrainingReport:
    """What one training run did (logged, and printed by the CLI)."""

    reports: int
    categories: int
    features_shipped: int
    seconds: float
    json_bytes: int


def training_rows(session: Session, until: datetime | None = None) -> list[tuple[str, str]]:
    """(description, final category id) of the reports a model may learn from.

    Rejected reports are left out (spam, duplicates: their category says little);
    ``until`` keeps only reports created before it (time-split evaluation).
    """
    query = select(Report.description, Report.category_id).where(
        Report.status != Status.DITOLAK.value
    )
    if until is not None:
        query = query.where(Report.created_at < until)
    return [(d, c) for d, c in session.execute(query.order_by(Report.created_at)).tuples()]


def train(
    texts: Sequence[str], labels: Sequence[str], trained_at: datetime | None = None
) -> SuggestModelOut | None:
    """Fit on (text, category id) pairs and export the pruned weights; None: too little data."""
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    if len(texts) < MIN_REPORTS or len(set(labels)) < 2:
        return None
    vectorizer = TfidfVectorizer(
        analyzer=analyzer, sublinear_tf=True, min_df=2, max_features=MAX_FEATURES
    )
    x = vectorizer.fit_transform(texts)
    # saga: a few passes over sparse data, several times faster than lbfgs for ~135
    # classes; it stops short of full convergence, which ranking does not notice.
    classifier = LogisticRegression(C=REGULARISATION_C, solver="saga", max_iter=MAX_PASSES)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        classifier.fit(x, labels)
    names = vectorizer.get_feature_names_out()
    idf = vectorizer.idf_
    counts = Counter(labels)
    coef = classifier.coef_
    intercept = classifier.intercept_
    classes = list(classifier.classes_)
    if len(classes) == 2:  # scikit-learn keeps one row for two classes
        coef = [-coef[0], coef[0]]
        intercept = [-intercept[0], intercept[0]]
    kept: dict[int, int] = {}  # vocabulary index -> shipped index
    per_category: list[SuggestCategoryWeights] = []
    for row, category_id in enumerate(classes):
        weights = coef[row]
        order = weights.argsort()[::-1][:KEEP_PER_CATEGORY]
        feats: list[int] = []
        ws: list[float] = []
        for j in order:
            w = float(weights[j])
            if w < MIN_WEIGHT:
                break
            feats.append(kept.setdefault(int(j), len(kept)))
            ws.append(round(w, DIGITS))
        per_category.append(
            SuggestCategoryWeights(
                category_id=category_id,
                reports=counts[category_id],
                bias=round(float(intercept[row]), DIGITS),
                features=feats,
                weights=ws,
            )
        )
    shipped = sorted(kept, key=kept.__getitem__)
    body = {
        "feature_version": FEATURE_VERSION,
        "reports": len(texts),
        "features": [str(names[j]) for j in shipped],
        "idf": [round(float(idf[j]), DIGITS) for j in shipped],
        "categories": [c.model_dump() for c in per_category],
    }
    version = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:16]
    return SuggestModelOut.model_validate(
        {**body, "version": version, "trained_at": trained_at or utcnow()}
    )


def train_and_store(
    read: sessionmaker[Session], write: sessionmaker[Session] | None = None
) -> TrainingReport | None:
    """Train on every labelled report and store the model as the current one.

    Reading, training and storing are separate: no transaction stays open while
    the model learns, and the write is one short INSERT (SQLite: no lock held
    during training, no "database is locked" after a read).
    """
    started = time.perf_counter()
    with read() as session:
        rows = training_rows(session)
        known = set(session.scalars(select(Category.id)))
    rows = [(d, c) for d, c in rows if c in known]
    model = train([d for d, _ in rows], [c for _, c in rows])
    if model is None:
        return None
    text = model.model_dump_json()
    with (write or read).begin() as session:
        session.add(SuggestModelRow(trained_at=model.trained_at, reports=model.reports, body=text))
    report = TrainingReport(
        reports=model.reports,
        categories=len(model.categories),
        features_shipped=len(model.features),
        seconds=time.perf_counter() - started,
        json_bytes=len(text.encode()),
    )
    log.info("suggestion model trained: %s", report)
    return report


def current_model(session: Session) -> SuggestModelOut | None:
    """The newest stored model (its JSON read and parsed once, then kept)."""
    row = session.execute(
        select(SuggestModelRow.id, SuggestModelRow.trained_at, SuggestModelRow.reports)
        .order_by(SuggestModelRow.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    # Keyed by more than the id: several databases (tests) may live in one process.
    key = (row[0], str(row[1]), row[2])
    model = _cache.get(key)
    if model is None:
        body = session.scalar(select(SuggestModelRow.body).where(SuggestModelRow.id == row[0]))
        model = SuggestModelOut.model_validate_json(body or "")
        _cache.clear()  # only the newest matters
        _cache[key] = model
    return model


_cache: dict[tuple[int, str, int], SuggestModelOut] = {}
