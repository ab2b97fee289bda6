"""IndexedRulePolicy finds exactly the rules RulePolicy finds, for every conversation state."""

from __future__ import annotations

import itertools
import json
import random

import pytest
from rasa.core.policies.rule_policy import RulePolicy
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource

from rasa_ext.components.indexed_rule_policy import CACHED_INDEXES, IndexedRulePolicy

LISTEN = {"action_name": "action_listen"}
NOT_SET = "should_not_be_set"


def _state(action=None, intent=None, loop=None, slot=None) -> dict:
    state = {}
    if action:
        state["prev_action"] = {"action_name": action}
    if intent:
        state["user"] = {"intent": intent}
    if loop:
        state["active_loop"] = {"name": loop}
    if slot:
        state["slots"] = {slot: (1.0,)}
    return state


RULE_STATES = [
    [_state("action_listen", "faq_contagious")],
    [_state("action_listen", "faq_contagious"), _state("utter_faq_contagious", "faq_contagious")],
    [_state("action_listen", "faq_price", loop="callback_form")],
    [_state("utter_faq_price"), _state("action_listen", "affirm")],
    [_state("utter_faq_price"), _state("action_listen", "deny"), _state("utter_anything_else", "deny")],
    [_state("action_listen", "greet")],
    [_state(loop=NOT_SET, action="callback_form"), _state("action_submit_callback", loop=NOT_SET)],
    [_state("action_listen", "stop", loop="callback_form"), _state("action_deactivate_loop", "stop", loop=NOT_SET)],
    [_state(intent="greet")],  # a conversation-start rule: no previous action
    [{"prev_action": {"action_name": NOT_SET}, "user": {"intent": "thank"}}],
    [_state("action_listen", "faq_age", slot="name")],
    [_state("utter_red_flag")],
]
ACTIONS = [None, "action_listen", "utter_faq_contagious", "utter_faq_price", "utter_anything_else", "callback_form",
           "action_submit_callback", "action_deactivate_loop", "utter_red_flag"]
INTENTS = [None, "faq_contagious", "faq_price", "affirm", "deny", "greet", "stop", "thank", "faq_age"]
LOOPS = [None, "callback_form", NOT_SET]


def _policy(cls, tmp_path):
    return cls(cls.get_default_config(), LocalModelStorage(tmp_path), Resource("rules"),
               ExecutionContext(GraphSchema({}), "test"))


@pytest.fixture()
def lookup() -> dict:
    return {json.dumps(states, sort_keys=True): "some_action" for states in RULE_STATES}


def test_same_rules_as_rule_policy_for_random_conversations(tmp_path, lookup) -> None:
    plain, indexed = _policy(RulePolicy, tmp_path / "a"), _policy(IndexedRulePolicy, tmp_path / "b")
    rng = random.Random(3)
    states = list(itertools.product(ACTIONS, INTENTS, LOOPS, [None, "name"]))
    checked = matched = 0
    for _ in range(3000):
        conversation = [_state(*rng.choice(states)) for _ in range(rng.randint(1, 5))]
        expected = RulePolicy._get_possible_keys(plain, lookup, conversation)
        assert indexed._get_possible_keys(lookup, conversation) == expected
        checked += 1
        matched += bool(expected)
    assert matched > 300  # the random conversations do hit rules


def test_each_rule_is_found_by_its_own_states(tmp_path, lookup) -> None:
    plain, indexed = _policy(RulePolicy, tmp_path / "a"), _policy(IndexedRulePolicy, tmp_path / "b")
    found = 0
    for states in RULE_STATES:
        key = json.dumps(states, sort_keys=True)
        expected = RulePolicy._get_possible_keys(plain, lookup, states)
        assert indexed._get_possible_keys(lookup, states) == expected
        found += key in expected
    assert found >= len(RULE_STATES) - 2  # rules that demand a slot or "not set" need more than their own states


def test_index_follows_a_changed_lookup(tmp_path, lookup) -> None:
    indexed = _policy(IndexedRulePolicy, tmp_path)
    conversation = [_state("action_listen", "greet")]
    before = indexed._get_possible_keys(lookup, conversation)
    new_rule = json.dumps([_state("action_listen", "greet"), _state("utter_greet", "greet")], sort_keys=True)
    lookup[new_rule] = "action_listen"
    assert indexed._get_possible_keys(lookup, conversation + [_state("utter_greet", "greet")]) >= {new_rule}
    assert before  # the first rule was found before the change


def test_empty_conversation_matches_rule_policy(tmp_path, lookup) -> None:
    plain, indexed = _policy(RulePolicy, tmp_path / "a"), _policy(IndexedRulePolicy, tmp_path / "b")
    assert indexed._get_possible_keys(lookup, []) == RulePolicy._get_possible_keys(plain, lookup, [])


@pytest.fixture(scope="module")
def trained_pair(tmp_path_factory):
    """RulePolicy and IndexedRulePolicy trained on this project's rules, with its domain."""
    from rasa.shared.core.generator import TrainingDataGenerator
    from rasa.shared.importers.importer import TrainingDataImporter

    root = __import__("pathlib").Path(__file__).resolve().parent.parent
    importer = TrainingDataImporter.load_from_dict(
        domain_path=str(root / "domain.yml"), training_data_paths=[str(root / "data")]
    )
    domain = importer.get_domain()
    trackers = TrainingDataGenerator(importer.get_stories(), domain, augmentation_factor=0).generate()
    policies = []
    for cls in (RulePolicy, IndexedRulePolicy):
        policy = _policy(cls, tmp_path_factory.mktemp(cls.__name__))
        policy.train(trackers, domain)
        policies.append(policy)
    return policies, domain, trackers


def _with_text(event):
    from rasa.shared.core.events import UserUttered

    if isinstance(event, UserUttered) and not event.text:
        intent = event.intent_name or ""
        return UserUttered(f"visitor says {intent}", {"name": intent, "confidence": 1.0}, timestamp=event.timestamp)
    return event


def test_same_predictions_as_rule_policy_on_the_projects_rules(trained_pair) -> None:
    from rasa.shared.core.events import ActionExecuted
    from rasa.shared.core.trackers import DialogueStateTracker

    (plain, indexed), domain, trackers = trained_pair
    assert indexed.lookup == plain.lookup and indexed.lookup["rules"]
    compared = 0
    for tracker in trackers:
        events = [_with_text(e) for e in tracker.events]
        for end, event in enumerate(events):
            if not isinstance(event, ActionExecuted) or end == 0:
                continue
            prefix = DialogueStateTracker.from_events("t", events[:end], domain.slots)
            expected = plain.predict_action_probabilities(prefix, domain)
            got = indexed.predict_action_probabilities(prefix, domain)
            assert got.probabilities == expected.probabilities
            assert [e.as_dict() for e in got.events] == [e.as_dict() for e in expected.events]
            assert (got.is_end_to_end_prediction, got.is_no_user_prediction) == (
                expected.is_end_to_end_prediction, expected.is_no_user_prediction)
            compared += 1
    assert compared > 200


def test_empty_lookups_do_not_grow_the_index_cache(tmp_path, lookup) -> None:
    from rasa.core.policies.rule_policy import RULES, RULES_FOR_LOOP_UNHAPPY_PATH

    indexed = _policy(IndexedRulePolicy, tmp_path)
    indexed.lookup = {RULES: lookup, RULES_FOR_LOOP_UNHAPPY_PATH: {}}  # no loop-unhappy-path rules
    for _ in range(500):  # what every prediction asks
        indexed._rules_without_intent_after_listen()
        assert indexed._get_possible_keys({}, [_state("action_listen", "greet")]) == set()
    assert len(indexed.__dict__.get("_rule_index", {})) <= 1


def test_many_lookups_do_not_grow_the_index_cache_without_limit(tmp_path, lookup) -> None:
    indexed = _policy(IndexedRulePolicy, tmp_path)
    conversation = [_state("action_listen", "greet")]
    expected = indexed._get_possible_keys(lookup, conversation)
    lookups = [dict(lookup) for _ in range(200)]  # all kept alive, so no id is reused
    for other in lookups:
        assert indexed._get_possible_keys(other, conversation) == expected
    assert len(indexed._rule_index) <= CACHED_INDEXES
    assert indexed._get_possible_keys(lookup, conversation) == expected


def test_predictions_with_an_empty_lookup_keep_the_index_cache_small(trained_pair, tmp_path) -> None:
    from rasa.core.policies.rule_policy import RULES_FOR_LOOP_UNHAPPY_PATH
    from rasa.shared.core.trackers import DialogueStateTracker

    (_, trained), domain, trackers = trained_pair
    indexed = _policy(IndexedRulePolicy, tmp_path)
    indexed.lookup = {**trained.lookup, RULES_FOR_LOOP_UNHAPPY_PATH: {}}  # a project without such rules
    tracker = DialogueStateTracker.from_events("t", [_with_text(e) for e in trackers[0].events], domain.slots)
    expected = indexed.predict_action_probabilities(tracker, domain).probabilities
    for _ in range(300):
        assert indexed.predict_action_probabilities(tracker, domain).probabilities == expected
    assert len(indexed._rule_index) <= 2  # one entry per non-empty rule lookup
