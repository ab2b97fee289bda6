"""Session start, "did you mean ...?" suggestions and the self-removal warning."""

import asyncio
from pathlib import Path
from typing import List

import pytest
import yaml
from rasa_sdk.executor import CollectingDispatcher

import actions.fallback as fallback
import actions.safety as safety
from actions.fallback import ActionSuggestTopics
from actions.safety import ActionSignpost, ActionWarnSelfRemoval
from milia.knowledge.topics import load_topics
from tests.conftest import action_names

ROOT = Path(__file__).resolve().parent.parent


def title_of(topic_id: str) -> str:
    """A topic's question, read straight from its file."""
    raw = yaml.safe_load((ROOT / "knowledge" / "faq" / f"{topic_id}.yml").read_text(encoding="utf-8"))
    return raw["title"].strip()


def sent(dispatcher, domain) -> List[str]:
    """The response names sent; each must be a response of the domain."""
    names = [m["response"] for m in dispatcher.messages]
    unknown = [n for n in names if n not in domain["responses"]]
    assert not unknown, f"responses missing from domain.yml: {unknown}"
    return names


@pytest.fixture(scope="module")
def topics():
    return load_topics()


@pytest.fixture
def cached_topics(monkeypatch, topics):
    """The real topic files, parsed once for the module instead of on every action run."""
    monkeypatch.setattr(fallback, "topic_titles", lambda: {t.intent: t.title for t in topics})
    monkeypatch.setattr(safety, "load_topics", lambda: topics)


def run(action, dispatcher, tracker, domain):
    return asyncio.run(action.run(dispatcher, tracker, domain))


def test_actions_are_in_the_domain(domain):
    for action in (ActionSuggestTopics(), ActionWarnSelfRemoval(), ActionSignpost()):
        assert action.name() in action_names(domain)


# --------------------------------------------------------------------------
# The clinic's facts reach the responses as slots set at the start of every session


def test_each_session_starts_with_the_facts_from_clinic_yml(tracker_factory, domain):
    from actions.session import ActionSessionStart

    events = asyncio.run(ActionSessionStart().run(CollectingDispatcher(), tracker_factory(), domain))
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots == {
        "clinic_name": "sk:n", "clinic_phone": "0121 567 8111", "privacy_url": "/privacy.html",
        "callback_hours": "Monday to Friday 9am-8pm and Saturday 9am-5pm (UK time)",
    }
    assert events[0]["event"] == "session_started" and events[-1] == {**events[-1], "event": "action", "name": "action_listen"}
    assert all(name in domain["slots"] and "initial_value" not in domain["slots"][name] for name in slots)


def test_restart_greets_then_starts_afresh(tracker_factory, domain):
    from actions.session import ActionRestart

    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionRestart().run(dispatcher, tracker_factory(), domain))
    assert [m["response"] for m in dispatcher.messages] == ["utter_greet"]
    assert [e["event"] for e in events] == ["restart"]


def test_an_edit_to_clinic_yml_reaches_the_next_session_without_retraining(tracker_factory, domain, tmp_path, monkeypatch):
    from actions.session import ActionSessionStart

    edited = tmp_path / "clinic.yml"
    edited.write_text((ROOT / "clinic.yml").read_text(encoding="utf-8").replace("0121 567 8111", "0121 000 0000"),
                      encoding="utf-8")
    monkeypatch.setenv("CLINIC_SETTINGS", str(edited))
    events = asyncio.run(ActionSessionStart().run(CollectingDispatcher(), tracker_factory(), domain))
    assert {"event": "slot", "name": "clinic_phone", "value": "0121 000 0000"}.items() <= next(
        e for e in events if e.get("name") == "clinic_phone").items()


# --------------------------------------------------------------------------
# Suggestions when the assistant is unsure


def user(text="hmm"):
    return {"event": "user", "text": text}


def action(name):
    return {"event": "action", "name": name}


def unsure(tracker_factory, ranking, events=None):
    tracker = tracker_factory(text="something odd", intent="nlu_fallback", confidence=0.4,
                              events=events if events is not None else [user()])
    tracker.latest_message["intent_ranking"] = [{"name": n, "confidence": c} for n, c in ranking]
    return tracker


RANKING = [
    ("nlu_fallback", 0.4),
    ("faq_contagious", 0.3),
    ("greet", 0.12),
    ("faq_spreading", 0.1),
    ("faq_age", 0.05),
]


def test_suggests_the_two_best_faq_topics(tracker_factory, dispatcher, domain):
    events = run(ActionSuggestTopics(), dispatcher, unsure(tracker_factory, RANKING), domain)
    assert events == []
    assert sent(dispatcher, domain) == ["utter_did_you_mean"]
    assert dispatcher.messages[0]["buttons"] == [
        {"title": title_of("contagious"), "payload": "/faq_contagious"},
        {"title": title_of("spreading"), "payload": "/faq_spreading"},
        {"title": "Something else", "payload": "/out_of_scope"},
    ]
    assert title_of("contagious") == "Are milia contagious?"
    assert domain["responses"]["utter_none_of_these"][0]["text"] == "Something else"
    for button in dispatcher.messages[0]["buttons"][:2]:
        assert button["payload"][1:] in domain["intents"]


@pytest.mark.usefixtures("cached_topics")
def test_one_faq_topic_is_offered_alone(tracker_factory, dispatcher, domain):
    ranking = [("nlu_fallback", 0.5), ("greet", 0.3), ("faq_self_removal", 0.1)]
    run(ActionSuggestTopics(), dispatcher, unsure(tracker_factory, ranking), domain)
    assert sent(dispatcher, domain) == ["utter_did_you_mean"]
    assert [b["payload"] for b in dispatcher.messages[0]["buttons"]] == ["/faq_self_removal", "/out_of_scope"]


@pytest.mark.usefixtures("cached_topics")
@pytest.mark.parametrize(
    "ranking",
    [
        [("nlu_fallback", 0.6), ("greet", 0.2), ("out_of_scope", 0.1)],
        [("faq_not_a_topic", 0.5)],
        [],
    ],
)
def test_no_faq_topic_ranked_is_out_of_scope(tracker_factory, dispatcher, domain, ranking):
    run(ActionSuggestTopics(), dispatcher, unsure(tracker_factory, ranking), domain)
    assert sent(dispatcher, domain) == ["utter_out_of_scope"]
    assert "buttons" not in dispatcher.messages[0] or not dispatcher.messages[0]["buttons"]


@pytest.mark.usefixtures("cached_topics")
@pytest.mark.parametrize(
    "events",
    [
        [user(), action("action_suggest_topics"), user()],
        [user(), action("action_suggest_topics"), action("action_listen"), user()],
        [action("action_listen"), user(), action("action_suggest_topics"), action("action_listen"), user()],
    ],
)
def test_second_suggestion_in_a_row_is_out_of_scope(tracker_factory, dispatcher, domain, events):
    run(ActionSuggestTopics(), dispatcher, unsure(tracker_factory, RANKING, events), domain)
    assert sent(dispatcher, domain) == ["utter_out_of_scope"]


@pytest.mark.usefixtures("cached_topics")
@pytest.mark.parametrize(
    "events",
    [
        [],
        [user()],
        [user(), action("utter_greet"), action("action_listen"), user()],
        # suggested two turns ago, something else since: suggest again
        [user(), action("action_suggest_topics"), action("action_listen"), user(),
         action("utter_faq_contagious"), action("action_listen"), user()],
    ],
)
def test_suggests_when_the_previous_turn_was_not_a_suggestion(tracker_factory, dispatcher, domain, events):
    run(ActionSuggestTopics(), dispatcher, unsure(tracker_factory, RANKING, events), domain)
    assert sent(dispatcher, domain) == ["utter_did_you_mean"]


# --------------------------------------------------------------------------
# The self-removal warning


def entity(name, value):
    return {"entity": name, "value": value}


W, WE, STOP = "utter_faq_self_removal", "utter_self_removal_eye", "utter_stop_picking"


@pytest.mark.usefixtures("cached_topics")
@pytest.mark.parametrize(
    "entities, responses",
    [
        ([], [W, STOP]),
        ([entity("safety_flag", "self_removal")], [W, STOP]),
        ([entity("safety_flag", "eye_area")], [WE, STOP]),
        ([entity("safety_flag", "self_removal"), entity("safety_flag", "eye_area")], [WE, STOP]),
        # the warning comes first; the other question's answer after it
        ([entity("also_asked", "faq_contagious")], [W, STOP, "utter_faq_contagious"]),
        (
            [entity("safety_flag", "eye_area"), entity("also_asked", "faq_contagious")],
            [WE, STOP, "utter_faq_contagious"],
        ),
        # the topic answered by this very action is not repeated
        ([entity("also_asked", "faq_self_removal")], [W, STOP]),
        ([entity("also_asked", "faq_not_a_topic")], [W, STOP]),
        # an also_asked value that is not a topic's intent is ignored
        ([entity("also_asked", "greet")], [W, STOP]),
        # a different entity with an FAQ value is not an also_asked
        ([entity("safety_flag", "faq_contagious")], [W, STOP]),
    ],
)
def test_warn_self_removal(tracker_factory, dispatcher, domain, entities, responses):
    tracker = tracker_factory(text="can i squeeze them", intent="faq_self_removal", confidence=1.0,
                              entities=entities)
    assert run(ActionWarnSelfRemoval(), dispatcher, tracker, domain) == []
    assert sent(dispatcher, domain) == responses


def test_warn_self_removal_reads_the_topic_files(tracker_factory, dispatcher, domain):
    tracker = tracker_factory(text="can i pop them, are they contagious", intent="faq_self_removal",
                              confidence=1.0, entities=[entity("also_asked", "faq_contagious")])
    run(ActionWarnSelfRemoval(), dispatcher, tracker, domain)
    assert sent(dispatcher, domain) == [W, STOP, "utter_faq_contagious"]


# --------------------------------------------------------------------------
# The warning-sign signpost: one reply per urgency, then the other question


@pytest.mark.usefixtures("cached_topics")
@pytest.mark.parametrize(
    "entities, responses",
    [
        ([entity("safety_flag", "urgent")], ["utter_red_flag_urgent"]),
        ([entity("safety_flag", "gp")], ["utter_red_flag_gp"]),
        ([entity("safety_flag", "red_flag"), entity("safety_flag", "urgent")], ["utter_red_flag_urgent"]),
        # the classifier alone saw a warning sign: every tier, most urgent first
        ([], ["utter_red_flag"]),
        ([entity("safety_flag", "eye_area")], ["utter_red_flag"]),
        (
            [entity("safety_flag", "gp"), entity("also_asked", "faq_price")],
            ["utter_red_flag_gp", "utter_faq_price"],
        ),
    ],
)
def test_signpost(tracker_factory, dispatcher, domain, entities, responses):
    tracker = tracker_factory(text="it bleeds", intent="report_red_flag", confidence=1.0, entities=entities)
    assert run(ActionSignpost(), dispatcher, tracker, domain) == []
    assert sent(dispatcher, domain) == responses
