"""Word rules: the prior of the category suggestion, for categories with little history.

Each rule names the categories it speaks for by a pattern over the category's
name (names vary between servers) and lists words and phrases citizens use for
them, with weights. Every category also competes through the words of its own
name and of its agency's name, so a category added later, that no rule and no
history describes, can still be suggested.

Typos are corrected only toward words that carry evidence here (rule keywords
and name words), only when the typed word is unknown, starts with the same
letter, has about the same length and is very close (rapidfuzz ratio >= 85):
"salurn" -> saluran, but "dibangun" never becomes "dibuang" (its stem "bangun"
is known first). A corrected word counts a little less than a correct one.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources

from rapidfuzz import fuzz, process

from crm_shared.suggest_text import STOPWORDS, content_words, stem, words

# (patterns over category names, {word or phrase: weight}), kept as data in
# word_rules.json (one rule a line). Patterns are separated by ";" and tried in
# order: the first that matches some category names the categories of the rule
# ("reklame/spanduk" before "reklame", where both exist). A phrase keeps its words
# from other categories: "lampu merah" is not a street light ("lampu").
RULES_FILE = "word_rules.json"


def _load_rules() -> tuple[tuple[str, dict[str, float]], ...]:
    raw = resources.files(__package__).joinpath(RULES_FILE).read_text(encoding="utf-8")
    return tuple((str(rule["categories"]), dict(rule["words"])) for rule in json.loads(raw))


RULES: tuple[tuple[str, dict[str, float]], ...] = _load_rules()

NAME_WEIGHT = 2.5  # a word of the category's name, shared among the names that hold it
AGENCY_WEIGHT = 1.0  # a word of the agency's name, likewise
CORRECTED = 0.8  # evidence of a corrected word, relative to a correct one
LOCATION = 0.4  # evidence of a word that says where (after "di", "depan"...)
_LOCATIVES_TEXT = (
    "di ke dari dekat depan samping sebelah belakang sepanjang pinggir pinggiran seberang "
    "sekitar atas bawah dalam area kawasan lingkungan arah menuju ujung tengah"
)
LOCATIVES = frozenset(_LOCATIVES_TEXT.split())
# Words of names that say nothing on their own.
_NAME_STOPWORDS_TEXT = (
    "atau milik pusat swasta terkait lain lainnya dll dinas suku badan kota provinsi "
    "pemerintah daerah dki jakarta orang jaringan keluhan fasilitas kartu kegiatan lokasi "
    "tempat rumah umum gedung sarana prasarana penanganan internal pengembangan penataan "
    "administrasi layanan bidang kerja masalah permasalahan sementara pekerja pekerjaan "
    "pengendalian pemberdayaan sertifikat"
)
NAME_STOPWORDS = frozenset(_NAME_STOPWORDS_TEXT.split())


@dataclass(frozen=True)
class CategoryInfo:
    id: str
    name: str
    agency: str | None = None  # the agency the reference data names for it


@dataclass
class RuleScore:
    score: float = 0.0
    words: dict[str, float] = field(default_factory=dict)  # typed word -> evidence


class WordRules:
    """Rule, name and agency evidence for a fixed list of categories."""

    def __init__(self, categories: Sequence[CategoryInfo], known_words: Iterable[str] = ()) -> None:
        self.categories = list(categories)
        # keyword (single word) -> [(category index, weight)]; phrases separately.
        self.words: dict[str, list[tuple[int, float]]] = defaultdict(list)
        self.phrases: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for patterns, keywords in RULES:
            for i in _first_matching(self.categories, patterns.split(";")):
                for kw, w in keywords.items():
                    # Cut like the text is cut (stop words out): "tidak pulang" -> "pulang".
                    key = " ".join(content_words(kw))
                    if key:
                        (self.phrases if " " in key else self.words)[key].append((i, w))
        self._add_names()
        # Phrases by their first word: only those that can match are tried.
        self.phrase_starts: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
        for phrase in self.phrases:
            parts = phrase.split()
            self.phrase_starts[parts[0]].append((phrase, parts))
        # Correct typos only toward words that carry evidence here.
        self.vocabulary = sorted(self.words)
        phrase_words = {w for phrase in self.phrases for w in phrase.split()}
        self.known = frozenset(self.words) | frozenset(known_words) | phrase_words
        self._matches: dict[str, tuple[str, float] | None] = {}

    def _add_names(self) -> None:
        name_words = [set(_name_words(c.name)) for c in self.categories]
        agency_words = [set(_name_words(c.agency or "")) for c in self.categories]
        name_df: dict[str, int] = defaultdict(int)
        for ws in name_words:
            for w in ws:
                name_df[w] += 1
        agencies = {c.agency for c in self.categories if c.agency}
        agency_df: dict[str, int] = defaultdict(int)
        for agency in agencies:
            for w in set(_name_words(agency)):
                agency_df[w] += 1
        for i, cat in enumerate(self.categories):
            # The whole name, typed as it is, speaks for the category alone.
            full = " ".join(content_words(cat.name))
            if " " in full:
                self.phrases[full].append((i, NAME_WEIGHT))
        for i, (nws, aws) in enumerate(zip(name_words, agency_words, strict=True)):
            for w in nws:
                self.words[w].append((i, NAME_WEIGHT / name_df[w]))
            for w in aws - nws:
                self.words[w].append((i, AGENCY_WEIGHT / agency_df[w]))

    def score(self, text: str) -> list[RuleScore]:
        """Evidence per category (same order as the categories)."""
        out = [RuleScore() for _ in self.categories]
        typed, factors = _located_words(text)
        matched = [self._match(w) for w in typed]
        keys = [m[0] if m else w for w, m in zip(typed, matched, strict=True)]
        # Categories a word may still speak for once a phrase holds it (None: all).
        allowed: list[set[int] | None] = [None] * len(typed)
        present = set(keys) | set(typed)
        for first in present & self.phrase_starts.keys():
            for phrase, parts in self.phrase_starts[first]:
                n = len(parts)
                targets = self.phrases[phrase]
                for start in range(len(keys) - n + 1):
                    if keys[start : start + n] != parts and typed[start : start + n] != parts:
                        continue
                    cats = {i for i, _ in targets}
                    for k in range(start, start + n):
                        before = allowed[k]
                        allowed[k] = cats if before is None else before | cats
                    label = " ".join(typed[start : start + n])
                    factor = min(factors[start : start + n])
                    for i, w in targets:
                        _add(out[i], label, w * factor)
        seen: set[str] = set()
        for k, (word, match) in enumerate(zip(typed, matched, strict=True)):
            if match is None or match[0] in seen:
                continue
            seen.add(match[0])
            keyword, trust = match
            for i, w in self.words.get(keyword, ()):
                if (only := allowed[k]) is None or i in only:
                    _add(out[i], word, w * trust * factors[k])
        return out

    def _match(self, word: str) -> tuple[str, float] | None:
        if word not in self._matches:
            self._matches[word] = _match(word, self)
        return self._matches[word]


def _located_words(text: str) -> tuple[list[str], list[float]]:
    """Content words, each with a factor: LOCATION for the word naming where it happened.

    "pedagang di trotoar", "sampah di kali": the word after a locative says where,
    not what, so it counts less ("di trotoar" is rarely about the trotoar).
    """
    out: list[str] = []
    factors: list[float] = []
    after_locative = False
    for word in words(text):
        if word in LOCATIVES:
            after_locative = True
            continue
        if word in STOPWORDS or len(word) < 2 or word.isdigit():
            continue
        out.append(word)
        factors.append(LOCATION if after_locative else 1.0)
        after_locative = False
    return out, factors


def _first_matching(categories: Sequence[CategoryInfo], patterns: Sequence[str]) -> list[int]:
    for pattern in patterns:
        rx = re.compile(pattern, re.IGNORECASE)
        found = [i for i, cat in enumerate(categories) if rx.search(cat.name)]
        if found:
            return found
    return []


def _add(score: RuleScore, word: str, weight: float) -> None:
    score.score += weight
    score.words[word] = score.words.get(word, 0.0) + weight


def _match(word: str, rules: WordRules) -> tuple[str, float] | None:
    """The keyword a typed word stands for, and how much to trust it."""
    if word in rules.words:
        return word, 1.0
    stemmed = stem(word)
    if stemmed in rules.words:
        return stemmed, 1.0
    if word in rules.known or len(word) < 5:
        return None  # a real word we know, or too short to correct safely
    found = process.extractOne(
        word,
        rules.vocabulary,
        scorer=fuzz.ratio,
        score_cutoff=85,
        processor=None,
    )
    if found is None:
        return None
    candidate = str(found[0])
    if candidate[0] != word[0] or abs(len(candidate) - len(word)) > 1:
        return None
    return candidate, CORRECTED


def _name_words(name: str) -> list[str]:
    return [
        w
        for w in content_words(name)
        if w not in STOPWORDS and w not in NAME_STOPWORDS and len(w) >= 3
    ]


def softmax(scores: Sequence[float], temperature: float = 1.0) -> list[float]:
    if not scores:
        return []
    top = max(scores)
    exps = [math.exp((s - top) * temperature) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]
