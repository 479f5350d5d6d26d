"""Category and agency suggestion for a complaint's description (Qt-free).

    model = TrainedModel.from_reference(reference_data)      # None: word rules alone
    suggester = Suggester(categories, model)                 # reference data, at run time
    suggester.suggest("jln dpn sdn 03 bolong gede bgt, udh 2 mgg gk dibenerin")
    -> [Suggestion(category_id, name, agency, score, why), ...]  (up to 3, best first)

See ``suggester.py`` for how model and rules are blended, and docs/suggestion.md
for how well it does.
"""

from crm_shared.suggest_text import normalize

from .model import TrainedModel
from .rules import CategoryInfo, WordRules
from .suggester import Suggester, Suggestion

__all__ = ["CategoryInfo", "Suggester", "Suggestion", "TrainedModel", "WordRules", "normalize"]
