"""Rasa NLU component: deterministic safety override for milia messages.

Place it LAST in the NLU pipeline (after the intent classifier and the
FallbackClassifier)::

    - name: rasa_ext.components.safety_detector.SafetyDetector

For every message it runs ``milia.safety.detector.detect`` (reading a follow-up with the
visitor's message before it, ``milia.safety.followup``) and lets ``milia.safety.triage.decide`` combine
that finding with the classifier's, the most urgent first:

* emergency (either)     -> intent ``report_emergency`` (confidence 1.0); the classifier's alone not
                           when a sign is denied in so many words and the detector found no red flag
* red flag (either)      -> intent ``report_red_flag`` (confidence 1.0), with the detector's tier;
                           the classifier's alone does not count when the visitor denies a sign in
                           so many words ("no temperature, she's feeding fine", milia.safety.denials):
                           the best other intent of the ranking answers
* self-removal           -> intent ``faq_self_removal`` (confidence 1.0)
* negated / clinic question / an idiom ("squeeze me in", milia.safety.idioms) while the classifier
  said ``faq_self_removal``
                         -> the best other intent of the ranking
* always adds ``safety_flag`` entities (eye_area / self_removal / red_flag, and the tier:
  emergency / urgent / gp) and, when it changed the intent (except for an emergency), an
  ``also_asked`` entity naming the classifier's original ``faq_*`` intent so the action can
  answer both.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text, Type

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.core.events import SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    EXTRACTOR,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from milia.safety import denials, followup, idioms, triage
from milia.safety import detector as safety
from rasa_ext.components.linear_intent_classifier import ASKED_ENTITY, COMPOUND_INTENT

logger = logging.getLogger(__name__)

EXTRACTOR_NAME = "SafetyDetector"
SAFETY_FLAG_ENTITY = "safety_flag"
ALSO_ASKED_ENTITY = "also_asked"

FALLBACK_INTENT_KEY = "fallback_intent"
ALSO_ASKED_THRESHOLD_KEY = "also_asked_threshold"
ALSO_ASKED_PREFIX_KEY = "also_asked_prefix"


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class SafetyDetector(GraphComponent, IntentClassifier):
    """Overrides the predicted intent when a safety rule fires."""

    @classmethod
    def required_components(cls) -> List[Type]:
        """An intent classifier must run before this component."""
        return [IntentClassifier]

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        """Intent names and the also-asked threshold."""
        return {
            FALLBACK_INTENT_KEY: DEFAULT_NLU_FALLBACK_INTENT_NAME,
            ALSO_ASKED_THRESHOLD_KEY: 0.3,
            ALSO_ASKED_PREFIX_KEY: "faq_",
        }

    def __init__(self, config: Dict[Text, Any]) -> None:
        self.component_config = {**self.get_default_config(), **(config or {})}

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SafetyDetector:
        """Creates the component and builds the (cached) matcher up front."""
        safety.warm_up()
        return cls(config)

    def process(
        self, messages: List[Message], tracker: Optional[DialogueStateTracker] = None
    ) -> List[Message]:
        """Applies the safety rules to each message (see module docstring).

        Rasa's default recipe passes the conversation so far as ``tracker`` (the message being
        parsed is not in it yet): a follow-up is read with the visitor's message before it
        (``milia.safety.followup``).
        """
        previous = previous_user_text(tracker)
        for message in messages:
            text = message.get(TEXT)
            if not text or text.startswith("/"):
                continue
            classified = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
            self._process_one(message, followup.in_context(text, previous, classified), denials.denies_a_sign(text))
        return messages

    # ------------------------------------------------------------------
    def _process_one(self, message: Message, result: safety.SafetyResult, signs_denied: bool = False) -> None:
        original: Dict[Text, Any] = dict(message.get(INTENT) or {})
        ranking: List[Dict[Text, Any]] = [dict(r) for r in message.get(INTENT_RANKING_KEY) or []]
        original_name = original.get(INTENT_NAME_KEY)

        urgency = triage.decide(
            triage.detected_urgency(result.tier, result.self_removal, result.eye_area),
            triage.classified_urgency(original_name),
            signs_denied,
        )
        reply = triage.reply_for(urgency)
        new_intent: Optional[Dict[Text, Any]] = None
        if reply.intent is not None:
            new_intent = _certain(reply.intent)
        elif original_name == triage.SELF_REMOVAL_INTENT and (
                result.negated or result.clinic_removal or idioms.removal_word_as_idiom(message.get(TEXT) or "")):
            # "I won't squeeze them", "do you squeeze them?", "can you squeeze me in this week"
            new_intent = self._best_other(ranking)
        elif original_name in (triage.RED_FLAG_INTENT, triage.EMERGENCY_INTENT):
            # a sign denied ("no temperature, she's feeding fine", "my vision's fine"): the classifier's next reading
            new_intent = self._best_other(ranking, triage.RED_FLAG_INTENT, triage.EMERGENCY_INTENT)

        if new_intent is not None:
            self._set_intent(message, new_intent, ranking)
            changed = new_intent.get(INTENT_NAME_KEY) != original_name
            if changed and urgency != triage.Urgency.EMERGENCY:
                self._add_also_asked(message, original, ranking, new_intent)
        self._add_flag_entities(message, result)
        if reply.tier is not None:
            span = result.span("red_flag") or (0, len(message.get(TEXT) or ""))
            _append_entity(message, SAFETY_FLAG_ENTITY, reply.tier, *span)

    def _best_other(self, ranking: List[Dict[Text, Any]], *also_skip: str) -> Dict[Text, Any]:
        cfg = self.component_config
        skip = {triage.SELF_REMOVAL_INTENT, cfg[FALLBACK_INTENT_KEY], *also_skip}
        for entry in ranking:
            if entry.get(INTENT_NAME_KEY) not in skip:
                return dict(entry)
        # nothing else to offer: hand over to the fallback
        return {INTENT_NAME_KEY: cfg[FALLBACK_INTENT_KEY], PREDICTED_CONFIDENCE_KEY: 0.0}

    @staticmethod
    def _set_intent(
        message: Message, intent: Dict[Text, Any], ranking: List[Dict[Text, Any]]
    ) -> None:
        name = intent.get(INTENT_NAME_KEY)
        rest = [r for r in ranking if r.get(INTENT_NAME_KEY) != name]
        message.set(INTENT, intent, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [dict(intent)] + rest, add_to_output=True)

    def _add_also_asked(
        self,
        message: Message,
        original: Dict[Text, Any],
        ranking: List[Dict[Text, Any]],
        new_intent: Dict[Text, Any],
    ) -> None:
        """Names the other question the visitor asked, when we replaced the classifier's answer.

        That is the classifier's own top ``faq_*`` intent, or, when the classifier itself put
        self-removal first ("are they contagious and can I pop them?"), its runner-up.
        """
        cfg = self.component_config
        skip = {cfg[FALLBACK_INTENT_KEY], new_intent.get(INTENT_NAME_KEY), triage.SELF_REMOVAL_INTENT}
        if original.get(INTENT_NAME_KEY) == COMPOUND_INTENT:  # two questions: the first that is a topic
            asked = [e.get(ENTITY_ATTRIBUTE_VALUE) for e in message.get(ENTITIES) or []
                     if e.get(ENTITY_ATTRIBUTE_TYPE) == ASKED_ENTITY]
            for name in asked:
                if name and name not in skip and name.startswith(cfg[ALSO_ASKED_PREFIX_KEY]):
                    _append_entity(message, ALSO_ASKED_ENTITY, name, 0, len(message.get(TEXT) or ""))
                    return
            return
        ranking = [r for r in ranking if r.get(INTENT_NAME_KEY) != COMPOUND_INTENT]
        ordered = [original] + ranking
        ordered = [r for r in ordered if r.get(INTENT_NAME_KEY) != cfg[FALLBACK_INTENT_KEY]]
        leaders = []
        for entry in ordered:
            if entry.get(INTENT_NAME_KEY) not in [e.get(INTENT_NAME_KEY) for e in leaders]:
                leaders.append(entry)
        for entry in leaders[:2]:
            name = entry.get(INTENT_NAME_KEY)
            confidence = float(entry.get(PREDICTED_CONFIDENCE_KEY) or 0.0)
            if name in skip or not name or not name.startswith(cfg[ALSO_ASKED_PREFIX_KEY]):
                continue
            if confidence >= cfg[ALSO_ASKED_THRESHOLD_KEY]:
                _append_entity(message, ALSO_ASKED_ENTITY, name, 0, len(message.get(TEXT) or ""))
            return

    @staticmethod
    def _add_flag_entities(message: Message, result: safety.SafetyResult) -> None:
        for flag in result.flags:
            span = result.span(flag)
            if span is not None:
                _append_entity(message, SAFETY_FLAG_ENTITY, flag, span[0], span[1])


def previous_user_text(tracker: Optional[DialogueStateTracker]) -> Optional[Text]:
    """The visitor's last typed message in this session, if it was their last turn.

    None when there is none, when the session restarted since, when the last thing the visitor
    did was press a button (the conversation has moved on to what the button asked), or while a form
    is open (the visitor is answering its questions: "Sam Jones" carries on no story).
    """
    if tracker is None or tracker.active_loop_name:
        return None
    for event in reversed(tracker.events):
        if isinstance(event, SessionStarted):
            return None
        if isinstance(event, UserUttered):
            text = event.text or ""
            return None if text.startswith("/") else text
    return None


def _certain(name: Text) -> Dict[Text, Any]:
    return {INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: 1.0}


def _append_entity(message: Message, entity: Text, value: Text, start: int, end: int) -> None:
    entities = list(message.get(ENTITIES) or [])
    if any(
        e.get(ENTITY_ATTRIBUTE_TYPE) == entity
        and e.get(ENTITY_ATTRIBUTE_VALUE) == value
        and e.get(EXTRACTOR) == EXTRACTOR_NAME
        for e in entities
    ):
        return
    entities.append(
        {
            ENTITY_ATTRIBUTE_TYPE: entity,
            ENTITY_ATTRIBUTE_VALUE: value,
            ENTITY_ATTRIBUTE_START: start,
            ENTITY_ATTRIBUTE_END: end,
            EXTRACTOR: EXTRACTOR_NAME,
        }
    )
    message.set(ENTITIES, entities, add_to_output=True)
