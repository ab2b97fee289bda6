"""RulePolicy with its rules indexed by their last action: the same predictions, less work.

Rasa's RulePolicy checks every rule (235 here: a few per FAQ topic, inside and outside the
form) against the conversation on every prediction, two or more per message. A rule can only
apply if its last state's previous action is the conversation's previous action, so this
subclass first picks the rules whose last action matches (plus the rules that name no action),
then runs RulePolicy's own check on those. The rules that survive are exactly RulePolicy's.
"""

from __future__ import annotations

import warnings
from typing import Dict, List, Optional, Set, Text, Tuple

from rasa.core.policies.rule_policy import RulePolicy
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.core.constants import PREVIOUS_ACTION, SHOULD_NOT_BE_SET
from rasa.shared.core.domain import State
from rasa.shared.nlu.constants import ACTION_NAME

# Rasa's training check looks for RulePolicy by exact class and warns that `restart` and `back`
# will not work; this subclass keeps RulePolicy's handling of them (a test checks /restart).
warnings.filterwarnings("ignore", message="'RulePolicy' is not included in the model's policy configuration")

# Rules by the name of their last previous action, and the rules that name none.
Index = Tuple[Dict[Text, Set[Text]], Set[Text]]


def last_action(state: State) -> Optional[Text]:
    name = state.get(PREVIOUS_ACTION, {}).get(ACTION_NAME)
    return name if isinstance(name, str) and name and name != SHOULD_NOT_BE_SET else None


def build_index(keys: List[Text]) -> Index:
    by_action: Dict[Text, Set[Text]] = {}
    anywhere: Set[Text] = set()
    for key in keys:
        try:
            states = RulePolicy._rule_key_to_state(key)
        except ValueError:  # not a JSON rule: let RulePolicy's own check decide
            states = None
        name = last_action(states[-1]) if isinstance(states, list) and states and isinstance(states[-1], dict) else None
        if name is None:
            anywhere.add(key)
        else:
            by_action.setdefault(name, set()).add(key)
    return by_action, anywhere


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True)
class IndexedRulePolicy(RulePolicy):
    def _get_possible_keys(self, lookup: Dict[Text, Text], states: List[State]) -> Set[Text]:
        if not states:
            return super()._get_possible_keys(lookup, states)
        by_action, anywhere = self._index(lookup)
        possible = anywhere | by_action.get(last_action(states[-1]) or "", set())
        for turn, state in enumerate(reversed(states)):
            possible = {key for key in possible if self._is_rule_applicable(key, turn, state)}
        return possible

    def _index(self, lookup: Dict[Text, Text]) -> Index:
        cache = self.__dict__.setdefault("_rule_index", {})
        entry = cache.get(id(lookup))
        if entry is None or entry[0] is not lookup or entry[1] != len(lookup):
            entry = (lookup, len(lookup), build_index(list(lookup)))
            cache[id(lookup)] = entry
        return entry[2]
