"""SafetyDetector (Rasa 3.6 GraphComponent) on hand-made classifier outputs."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple

import pytest
from rasa.engine.constants import PLACEHOLDER_TRACKER
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.events import ActionExecuted, ActiveLoop, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from rasa_ext.components.safety_detector import SafetyDetector, previous_user_text

COMPONENT_PATH = "rasa_ext.components.safety_detector.SafetyDetector"


@pytest.fixture(scope="module")
def detector(tmp_path_factory: pytest.TempPathFactory) -> SafetyDetector:
    storage = LocalModelStorage(tmp_path_factory.mktemp("model"))
    return SafetyDetector.create(
        {**SafetyDetector.get_default_config()},
        storage,
        Resource("safety_detector"),
        ExecutionContext(GraphSchema({}), "test"),
    )


def _message(text: str, ranking: List[Tuple[str, float]], fallback: bool = False) -> Message:
    entries = [{"name": n, "confidence": c} for n, c in ranking]
    if fallback:
        entries.insert(0, {"name": "nlu_fallback", "confidence": 0.3})
    return Message(data={TEXT: text, INTENT: dict(entries[0]), INTENT_RANKING_KEY: entries})


def _run(detector: SafetyDetector, message: Message) -> Message:
    (out,) = detector.process([message])
    return out


def _intent(message: Message) -> Tuple[str, float]:
    intent = message.get(INTENT)
    return intent["name"], intent["confidence"]


def _entities(message: Message, entity: str) -> List[Dict[str, Any]]:
    return [e for e in message.get(ENTITIES) or [] if e["entity"] == entity]


def _flag_values(message: Message) -> List[str]:
    return [e["value"] for e in _entities(message, "safety_flag")]


def _also_asked(message: Message) -> Optional[str]:
    found = _entities(message, "also_asked")
    return found[0]["value"] if found else None


def test_registered_as_intent_classifier() -> None:
    registered = DefaultV1Recipe._from_registry(COMPONENT_PATH)
    assert registered.clazz is SafetyDetector
    assert DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER in registered.types
    assert not registered.is_trainable


def test_runs_last_in_the_predict_graph() -> None:
    config = {
        "recipe": "default.v1",
        "language": "en",
        "pipeline": [
            {"name": "WhitespaceTokenizer"},
            {"name": "CountVectorsFeaturizer"},
            {"name": "LogisticRegressionClassifier"},
            {"name": "FallbackClassifier", "threshold": 0.4},
            {"name": COMPONENT_PATH},
        ],
        "policies": [],
    }
    graph = DefaultV1Recipe().graph_config_for_recipe(config, {})
    nodes = graph.predict_schema.nodes
    ours = [name for name, node in nodes.items() if node.uses is SafetyDetector]
    assert len(ours) == 1
    assert nodes[ours[0]].fn == "process"
    assert "FallbackClassifier" in nodes[ours[0]].needs["messages"]
    # the conversation so far, for follow-ups (milia/safety/followup.py)
    assert nodes[ours[0]].needs["tracker"] == PLACEHOLDER_TRACKER


def test_red_flag_wins(detector: SafetyDetector) -> None:
    msg = _run(detector, _message(
        "I picked one under my eye and now it's swollen and full of pus",
        [("faq_self_removal", 0.8), ("report_red_flag", 0.15)],
    ))
    assert _intent(msg) == ("report_red_flag", 1.0)
    ranking = msg.get(INTENT_RANKING_KEY)
    assert ranking[0] == {"name": "report_red_flag", "confidence": 1.0}
    assert [r["name"] for r in ranking].count("report_red_flag") == 1
    assert set(_flag_values(msg)) == {"self_removal", "eye_area", "red_flag", "urgent"}
    # the classifier's own answer is kept for the action
    assert _also_asked(msg) is None  # the red-flag advice replaces the self-removal answer


def test_self_removal_overrides_a_wrong_classifier(detector: SafetyDetector) -> None:
    msg = _run(detector, _message("can i squeeze the ones on my eyelid",
                                  [("faq_location", 0.55), ("faq_self_removal", 0.4)]))
    assert _intent(msg) == ("faq_self_removal", 1.0)
    assert msg.get(INTENT_RANKING_KEY)[0]["name"] == "faq_self_removal"
    assert _flag_values(msg) == ["self_removal", "eye_area"]
    assert _also_asked(msg) == "faq_location"


def test_self_removal_beats_the_fallback(detector: SafetyDetector) -> None:
    msg = _run(detector, _message("are they contagious and can I pop them?",
                                  [("faq_contagious", 0.45), ("faq_self_removal", 0.4)],
                                  fallback=True))
    assert _intent(msg) == ("faq_self_removal", 1.0)
    assert _also_asked(msg) == "faq_contagious"
    entity = _entities(msg, "also_asked")[0]
    assert (entity["start"], entity["end"], entity["extractor"]) == (0, len(msg.get(TEXT)), "SafetyDetector")


def test_same_intent_gets_certain_without_also_asked(detector: SafetyDetector) -> None:
    msg = _run(detector, _message("can I pop them?", [("faq_self_removal", 0.7), ("faq_contagious", 0.2)]))
    assert _intent(msg) == ("faq_self_removal", 1.0)
    assert _also_asked(msg) is None


def test_low_confidence_other_faq_is_not_also_asked(detector: SafetyDetector) -> None:
    msg = _run(detector, _message("can I pop them?", [("faq_contagious", 0.25), ("faq_self_removal", 0.2)]))
    assert _intent(msg) == ("faq_self_removal", 1.0)
    assert _also_asked(msg) is None


def test_non_faq_original_is_not_also_asked(detector: SafetyDetector) -> None:
    msg = _run(detector, _message("can I pop them?", [("greet", 0.9)]))
    assert _intent(msg) == ("faq_self_removal", 1.0)
    assert _also_asked(msg) is None


def test_negation_demotes_self_removal(detector: SafetyDetector) -> None:
    msg = _run(detector, _message("I won't pick them, what else helps?",
                                  [("faq_self_removal", 0.6), ("nlu_fallback", 0.3),
                                   ("faq_prevention", 0.3), ("faq_home_remedy", 0.1)]))
    assert _intent(msg) == ("faq_prevention", 0.3)
    assert msg.get(INTENT_RANKING_KEY)[0]["name"] == "faq_prevention"
    assert _flag_values(msg) == []
    assert _also_asked(msg) is None


def test_an_idiom_demotes_the_classifiers_self_removal(detector: SafetyDetector) -> None:
    msg = _run(detector, _message("can you squeeze me in this week",
                                  [("faq_self_removal", 0.5), ("request_callback", 0.3)]))
    assert _intent(msg) == ("request_callback", 0.3)
    assert _flag_values(msg) == []
    # ... but never a removal the detector reads beside it
    msg = _run(detector, _message("can you squeeze me in this week? I squeezed two on my chin and want the rest done",
                                  [("faq_self_removal", 0.5), ("request_callback", 0.3)]))
    assert _intent(msg) == ("faq_self_removal", 1.0)


def test_clinic_question_demotes_self_removal(detector: SafetyDetector) -> None:
    msg = _run(detector, _message("can a dermatologist remove milia around my eyes",
                                  [("faq_self_removal", 0.5), ("faq_who_removes", 0.4)]))
    assert _intent(msg) == ("faq_who_removes", 0.4)
    assert _flag_values(msg) == ["eye_area"]
    eye = _entities(msg, "safety_flag")[0]
    assert msg.get(TEXT)[eye["start"]:eye["end"]] == "eyes"


def test_demotion_without_alternatives_falls_back(detector: SafetyDetector) -> None:
    msg = _run(detector, _message("how does the clinic remove milia", [("faq_self_removal", 0.9)]))
    assert _intent(msg) == ("nlu_fallback", 0.0)


def test_clinic_question_with_other_intent_is_untouched(detector: SafetyDetector) -> None:
    msg = _run(detector, _message("how does the clinic remove milia",
                                  [("faq_clinic_removal", 0.9), ("faq_self_removal", 0.05)]))
    assert _intent(msg) == ("faq_clinic_removal", 0.9)
    assert msg.get(ENTITIES) in (None, [])


def test_unrelated_message_is_untouched(detector: SafetyDetector) -> None:
    msg = _run(detector, _message("can I pick a time for my callback?",
                                  [("request_callback", 0.95), ("faq_self_removal", 0.02)]))
    assert _intent(msg) == ("request_callback", 0.95)
    assert msg.get(INTENT_RANKING_KEY)[0]["name"] == "request_callback"
    assert msg.get(ENTITIES) in (None, [])


def test_keeps_other_extractors_entities_and_is_idempotent(detector: SafetyDetector) -> None:
    message = _message("is it safe to pop the milia under my eyes?", [("faq_self_removal", 0.9)])
    message.set(ENTITIES, [{"entity": "time", "value": "6pm", "start": 0, "end": 1,
                            "extractor": "DucklingEntityExtractor"}])
    msg = _run(detector, _run(detector, message))
    names = [(e["entity"], e["value"]) for e in msg.get(ENTITIES)]
    assert names == [("time", "6pm"), ("safety_flag", "self_removal"), ("safety_flag", "eye_area")]


def test_message_without_classifier_output(detector: SafetyDetector) -> None:
    msg = _run(detector, Message(data={TEXT: "my eye hurts"}))
    assert _intent(msg) == ("report_red_flag", 1.0)
    assert _flag_values(msg) == ["eye_area", "red_flag", "urgent"]


def test_empty_and_intent_trigger_messages_are_skipped(detector: SafetyDetector) -> None:
    certain = {"name": "faq_self_removal", "confidence": 1.0}
    trigger = Message(data={TEXT: "/faq_self_removal", INTENT: dict(certain)})
    empty = Message(data={TEXT: ""})
    out = detector.process([trigger, empty])
    assert out[0].get(INTENT) == certain
    assert out[1].get(INTENT) is None


def test_output_properties_are_exposed(detector: SafetyDetector) -> None:
    text = "I can't see properly since I picked at my lid"
    msg = _run(detector, _message(text, [("faq_self_removal", 0.9)]))
    out = msg.as_dict_nlu()
    assert out["intent"]["name"] == "report_emergency"
    assert {"safety_flag"} <= {e["entity"] for e in out["entities"]}


def test_the_classifiers_red_flag_beats_the_detectors_self_removal(detector: SafetyDetector) -> None:
    # the detector sees only self-removal; the classifier recognised a warning sign
    msg = _run(detector, _message("i squeezed one by my eye and now it looks really weird",
                                  [("report_red_flag", 0.7), ("faq_self_removal", 0.2)]))
    assert _intent(msg)[0] == "report_red_flag"
    assert "emergency" not in _flag_values(msg) and "urgent" not in _flag_values(msg)


@pytest.mark.parametrize("text, ranking, expected", [
    # the classifier's red flag beside a denial, with no sign the detector reads: its next reading
    ("my baby has milk spots, no temperature, she's feeding fine",
     [("report_red_flag", 0.6), ("faq_neonatal", 0.3), ("faq_go_away", 0.05)], "faq_neonatal"),
    # ... but a sign the detector reads beside the denial still answers as one
    ("no fever but the redness is spreading up my cheek after I squeezed it",
     [("report_red_flag", 0.6), ("faq_self_removal", 0.3)], "report_red_flag"),
    # nor the classifier's emergency when the detector reads no sign
    ("my vision's perfect, I just want the little white dots under my eyes gone",
     [("report_emergency", 0.6), ("faq_clinic_removal", 0.3)], "faq_clinic_removal"),
    # ... but its emergency beside a red flag the detector reads still counts
    ("vision's fine but the one I squeezed by my eye is hot and full of pus",
     [("report_emergency", 0.6), ("faq_self_removal", 0.3)], "report_emergency"),
    # ... and the detector's own emergency always does
    ("no pain but the needle slipped into my eye", [("faq_needle_extraction", 0.6)], "report_emergency"),
])
def test_a_sign_denied_in_so_many_words_is_not_the_classifiers_alone(
        detector: SafetyDetector, text: str, ranking: list, expected: str) -> None:
    msg = _run(detector, _message(text, ranking))
    assert _intent(msg)[0] == expected
    if not expected.startswith("report_"):
        assert not {"red_flag", "emergency"} & set(_flag_values(msg))


def test_the_classifiers_emergency_wins_and_answers_nothing_else(detector: SafetyDetector) -> None:
    msg = _run(detector, _message("picked at my lid and now everything's gone strange, also are they contagious",
                                  [("report_emergency", 0.6), ("faq_contagious", 0.3)]))
    assert _intent(msg) == ("report_emergency", 1.0)
    assert _also_asked(msg) is None


def test_an_emergency_from_the_detector_drops_the_other_question(detector: SafetyDetector) -> None:
    msg = _run(detector, _message("the needle slipped and went into my eye, how much is removal?",
                                  [("faq_price", 0.8)]))
    assert _intent(msg) == ("report_emergency", 1.0)
    assert "emergency" in _flag_values(msg)
    assert _also_asked(msg) is None


def test_an_urgent_sign_keeps_the_other_question_for_later(detector: SafetyDetector) -> None:
    msg = _run(detector, _message("the one i squeezed is hot and full of pus, are they contagious?",
                                  [("faq_contagious", 0.8)]))
    assert _intent(msg) == ("report_red_flag", 1.0)
    assert "urgent" in _flag_values(msg)
    assert _also_asked(msg) == "faq_contagious"




EYE_REMOVAL = "I've been getting the milia off my eyelid with a sewing needle"


def _tracker(*events: Any) -> DialogueStateTracker:
    return DialogueStateTracker.from_events("visitor", [SessionStarted(), *events])


def test_follow_up_is_read_with_the_message_before(detector: SafetyDetector) -> None:
    tracker = _tracker(UserUttered(EYE_REMOVAL), ActionExecuted("utter_self_removal_eye"))
    message = _message("the needle slipped", [("faq_self_removal", 0.5), ("faq_cost", 0.2)])
    (msg,) = detector.process([message], tracker)
    assert _intent(msg) == ("report_emergency", 1.0)
    assert "emergency" in _flag_values(msg)
    # alone, the same message is self-removal
    alone = _run(detector, _message("the needle slipped", [("faq_self_removal", 0.5)]))
    assert _intent(alone) == ("faq_self_removal", 1.0)


@pytest.mark.parametrize("events", [
    [],  # nothing said yet
    [UserUttered(EYE_REMOVAL), SessionStarted()],  # a new session since
    [UserUttered(EYE_REMOVAL), UserUttered("/faq_cost")],  # a button pressed since
    [UserUttered(EYE_REMOVAL), ActiveLoop("callback_form")],  # answering the callback form
], ids=["empty", "new-session", "button", "form"])
def test_no_context_without_a_typed_message_last(events: List[Any]) -> None:
    assert previous_user_text(_tracker(*events)) is None


def test_previous_user_text_is_the_last_typed_message() -> None:
    tracker = _tracker(UserUttered("hello"), ActionExecuted("utter_greet"), UserUttered(EYE_REMOVAL),
                       ActionExecuted("utter_self_removal_eye"))
    assert previous_user_text(tracker) == EYE_REMOVAL
    assert previous_user_text(None) is None


@pytest.mark.parametrize("text,classified,expected", [
    # carries the removal on: the same warning again, the question's own answer after it
    ("what if I'm really careful?", "nlu_fallback", "faq_self_removal"),
    ("are they contagious?", "faq_contagious", "faq_self_removal"),
    # a purpose of its own: the classifier's answer stands
    ("can you call me back?", "request_callback", "request_callback"),
    ("how much is it at the clinic?", "faq_price", "faq_price"),
    ("hi", "greet", "greet"),
])
def test_a_removal_is_carried_on_unless_the_follow_up_has_its_own_purpose(
    detector: SafetyDetector, text: str, classified: str, expected: str
) -> None:
    tracker = _tracker(UserUttered(EYE_REMOVAL), ActionExecuted("utter_self_removal_eye"))
    (msg,) = detector.process([_message(text, [(classified, 0.6)])], tracker)
    assert _intent(msg)[0] == expected
    if expected == "faq_self_removal" and classified.startswith("faq_"):
        assert _also_asked(msg) == classified
