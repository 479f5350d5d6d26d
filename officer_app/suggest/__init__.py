"""Category and agency suggestion for a complaint's description (Qt-free).

    suggester = Suggester.from_categories(categories)   # reference data, at run time
    suggester.suggest("jln dpn sdn 03 bolong gede bgt, udh 2 mgg gk dibenerin")
    -> [Suggestion(category_id, name, agency, score), ...]  (up to 3, best first)

See ``rules.py`` for the approach and docs/suggestion.md for its accuracy.
"""

from .rules import KINDS, Suggester, Suggestion, classify, normalize

__all__ = ["KINDS", "Suggester", "Suggestion", "classify", "normalize"]
