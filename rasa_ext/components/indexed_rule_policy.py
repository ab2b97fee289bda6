"""RulePolicy with its rules indexed by their last action and intent: the same predictions, less work.

Rasa's RulePolicy checks every rule (235 here: a few per FAQ topic, inside and outside the
form) against the conversation on every prediction, two or more per message. A rule can only
apply if its last state's previous action and user intent are the conversation's, so this
subclass first picks the rules whose last action and intent match (or that leave them open),
then runs RulePolicy's own check on those. The rules that survive are exactly RulePolicy's.
It also skips RulePolicy's second pass that matches rules on the message's text when no rule
could match that way (rules trained from intents, as here).
"""

from __future__ import annotations

import warnings
from collections import OrderedDict
from typing import Dict, List, Optional, Set, Text, Tuple

from rasa.core.policies.rule_policy import RULES, RULES_FOR_LOOP_UNHAPPY_PATH, RulePolicy
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.core.constants import ACTION_LISTEN_NAME, PREVIOUS_ACTION, SHOULD_NOT_BE_SET, USER
from rasa.shared.core.domain import Domain, State
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import ACTION_NAME, INTENT

# Rasa's training check looks for RulePolicy by exact class and warns that `restart` and `back`
# will not work; this subclass keeps RulePolicy's handling of them (a test checks /restart).
warnings.filterwarnings("ignore", message="'RulePolicy' is not included in the model's policy configuration")

# Rules by what their last state requires: (previous action, user intent), with None for a part
# the rule leaves open (or only requires to be unset).
Index = Dict[Tuple[Optional[Text], Optional[Text]], Set[Text]]

# Rule indexes kept per policy: RulePolicy has two rule lookups; a few more do no harm.
CACHED_INDEXES = 4


def _required(value: object) -> Optional[Text]:
    return value if isinstance(value, str) and value and value != SHOULD_NOT_BE_SET else None


def last_action(state: State) -> Optional[Text]:
    return _required(state.get(PREVIOUS_ACTION, {}).get(ACTION_NAME))


def last_intent(state: State) -> Optional[Text]:
    return _required(state.get(USER, {}).get(INTENT))


def build_index(keys: List[Text]) -> Index:
    index: Index = {}
    for key in keys:
        try:
            states = RulePolicy._rule_key_to_state(key)
        except ValueError:  # not a JSON rule: let RulePolicy's own check decide
            states = None
        last = states[-1] if isinstance(states, list) and states and isinstance(states[-1], dict) else {}
        # A rule state without a previous action (a conversation start) matches any other
        # conversation start, whatever the intent: such rules are checked every time.
        intent = last_intent(last) if last.get(PREVIOUS_ACTION) else None
        index.setdefault((last_action(last), intent), set()).add(key)
    return index


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True)
class IndexedRulePolicy(RulePolicy):
    def _get_possible_keys(self, lookup: Dict[Text, Text], states: List[State]) -> Set[Text]:
        if not states:
            return super()._get_possible_keys(lookup, states)
        index, state = self._index(lookup), states[-1]
        action, intent = last_action(state), last_intent(state)
        possible: Set[Text] = set()
        for wanted in {(None, None), (action, None), (None, intent), (action, intent)}:
            possible |= index.get(wanted, set())
        for turn, state in enumerate(reversed(states)):
            possible = {key for key in possible if self._is_rule_applicable(key, turn, state)}
        return possible

    def _find_action_from_rules(
        self, tracker: DialogueStateTracker, domain: Domain, use_text_for_last_user_input: bool
    ) -> Tuple[Optional[Text], Optional[Text], bool]:
        # RulePolicy first looks for a rule that matches the message's text: it drops the intent
        # from the last state and checks every rule again. Only a rule that asks for no intent
        # after the user's message could match that; when there is none, the answer is "no rule"
        # (what RulePolicy itself answers when the text look-up does not apply).
        if use_text_for_last_user_input and not self._rules_without_intent_after_listen():
            return None, None, False
        return super()._find_action_from_rules(tracker, domain, use_text_for_last_user_input)

    def _rules_without_intent_after_listen(self) -> bool:
        for name in (RULES, RULES_FOR_LOOP_UNHAPPY_PATH):
            index = self._index(self.lookup.get(name) or {})
            if index.get((None, None)) or index.get((ACTION_LISTEN_NAME, None)):
                return True
        return False

    def _index(self, lookup: Dict[Text, Text]) -> Index:
        """The index of `lookup`, built once per lookup (RulePolicy has two) and kept while it is
        unchanged. Cached by the dict's id, so a fresh dict (e.g. `lookup.get(name) or {}`) would
        add an entry every time: empty lookups are not cached, and at most `CACHED_INDEXES` are
        kept, the least recently used going first."""
        if not lookup:
            return {}
        cache: OrderedDict = self.__dict__.setdefault("_rule_index", OrderedDict())
        entry = cache.get(id(lookup))
        if entry is None or entry[0] is not lookup or entry[1] != len(lookup):
            entry = (lookup, len(lookup), build_index(list(lookup)))
            cache[id(lookup)] = entry
        cache.move_to_end(id(lookup))
        while len(cache) > CACHED_INDEXES:
            cache.popitem(last=False)
        return entry[2]
