"""Two questions in one message, and a story before its question (milia/conversation/compound.py,
the classifier's use of it, and action_answer_compound)."""

import asyncio
from typing import Dict

import pytest

import actions.faq as faq
from actions.faq import ActionAnswerCompound
from milia.conversation import compound
from milia.knowledge.topics import load_topics
from tests.conftest import action_names


@pytest.mark.parametrize(
    "text, questions",
    [
        ("what causes milia?", ["what causes milia?"]),
        ("are milia contagious? and how much does removal cost",
         ["are milia contagious?", "and how much does removal cost"]),
        ("what's the cheapest way to get rid of them, and what causes them?",
         ["what's the cheapest way to get rid of them", "what causes them?"]),
        ("what causes milia and can someone call me back?", ["what causes milia", "can someone call me back?"]),
        ("I'm 59 and have rosacea. I use a retinol serum. What causes milia?", ["What causes milia?"]),
        ("my baby has white spots on his nose", []),
        # "and" inside one question is not a second question
        ("are milia and whiteheads the same?", ["are milia and whiteheads the same?"]),
        ("hi. what are milia?", ["what are milia?"]),
        # joined by "+", "&", "btw", "oh and"; "r they" asks too (session 24, pairs.yml)
        ("whats ur phone number + how much do u charge", ["whats ur phone number", "how much do u charge"]),
        ("what are milia btw can they be removed?", ["what are milia", "can they be removed?"]),
        ("do they go away oh and r they dangerous", ["do they go away", "r they dangerous"]),
        ("do milk & honey masks help milia?", ["do milk & honey masks help milia?"]),
        # a clause or sentence that tells, not asks (session 25): "which is ...", "when I ..."
        ("Me and my twin both got them, which is a bit creepy. Is there a genetic link?",
         ["Is there a genetic link?"]),
        ("when I squeeze them nothing comes out. what are they?", ["what are they?"]),
        ("where it itches is my eyelid, how do I stop it", ["how do I stop it"]),
        # ... but a question that starts the same way still asks
        ("what causes them, which is the best treatment?", ["what causes them", "which is the best treatment?"]),
        ("how much is it, when is it open", ["how much is it", "when is it open"]),
        ("where is the clinic", ["where is the clinic"]),
    ],
)
def test_question_parts(text, questions):
    assert compound.question_parts(text) == questions


UNSURE = {"nlu_fallback": 0.3, "greet": 0.2}


def reader(readings: Dict[str, Dict[str, float]]):
    """A stand-in classifier: fixed probabilities per text, unsure of any other text."""
    return lambda text: readings.get(text, UNSURE)


def test_a_callback_request_worded_as_a_statement_counts_as_asked():
    text = "How much does removal cost? Please could someone call me back this afternoon."
    read = reader({text: {"faq_price": 0.6, "request_callback": 0.4},
                   "How much does removal cost?": {"faq_price": 0.9, "request_callback": 0.1},
                   "Please could someone call me back this afternoon.": {"request_callback": 0.8, "faq_price": 0.2}})
    assert compound.combine(text, read).asked == ("faq_price", "request_callback")


def test_a_statement_is_never_a_second_topic():
    text = "I've had white bumps on my nose for a year. What causes them?"
    read = reader({text: {"faq_causes": 0.6, "faq_own_bumps": 0.4},
                   "What causes them?": {"faq_causes": 0.9, "faq_own_bumps": 0.1},
                   "I've had white bumps on my nose for a year.": {"faq_own_bumps": 0.9, "faq_causes": 0.1}})
    combined = compound.combine(text, read)
    assert not combined.is_compound
    assert max(combined.probabilities, key=combined.probabilities.get) == "faq_causes"


WHOLE = "are they contagious? and how much is it"
Q1, Q2 = "are they contagious?", "and how much is it"


def test_two_confident_questions_are_answered_in_the_order_asked():
    read = reader({WHOLE: {"faq_price": 0.4, "faq_contagious": 0.35, "greet": 0.25},
                   Q1: {"faq_contagious": 0.9, "faq_price": 0.05, "greet": 0.05},
                   Q2: {"faq_price": 0.8, "faq_contagious": 0.1, "greet": 0.1}})
    combined = compound.combine(WHOLE, read)
    assert combined.is_compound and combined.asked == ("faq_contagious", "faq_price")


@pytest.mark.parametrize("q2", [{"faq_price": 0.45, "greet": 0.55 - 0.001},  # unsure
                                {"faq_contagious": 0.9, "greet": 0.1},  # the same topic twice
                                {"greet": 0.9, "faq_price": 0.1}])  # not a topic
def test_otherwise_the_whole_message_is_answered(q2):
    whole = {"faq_price": 0.4, "faq_contagious": 0.35, "greet": 0.25}
    read = reader({WHOLE: whole, Q1: {"faq_contagious": 0.9, "greet": 0.1}, Q2: q2})
    combined = compound.combine(WHOLE, read)
    assert not combined.is_compound and combined.probabilities == whole


def test_a_story_before_one_question_weighs_the_question_more():
    text = "i have had them for years and tried everything. what causes them?"
    read = reader({text: {"faq_go_away": 0.5, "faq_causes": 0.3, "greet": 0.2},
                   "what causes them?": {"faq_causes": 0.9, "faq_go_away": 0.05, "greet": 0.05}})
    combined = compound.combine(text, read)
    assert not combined.is_compound
    assert max(combined.probabilities, key=combined.probabilities.get) == "faq_causes"
    assert combined.probabilities["faq_causes"] == pytest.approx(0.6)


def test_at_most_two_answers_each_once():
    assert compound.order_asked(["faq_a", "faq_b", "faq_a", "faq_c"]) == ["faq_a", "faq_b"]


# --------------------------------------------------------------------------
# action_answer_compound


@pytest.fixture
def cached_topics(monkeypatch):
    topics = load_topics()
    monkeypatch.setattr(faq, "load_topics", lambda: topics)


def asked(*names):
    return [{"entity": "asked", "value": n} for n in names]


@pytest.mark.usefixtures("cached_topics")
@pytest.mark.parametrize(
    "names, active_loop, responses, events",
    [
        (("faq_contagious", "faq_price"), None, ["utter_faq_contagious", "utter_faq_price"], []),
        (("faq_price", "faq_contagious"), None, ["utter_faq_price", "utter_faq_contagious"], []),
        # an FAQ and a callback request: the answer, then the form
        (("faq_causes", "request_callback"), None, ["utter_faq_causes"],
         [{"event": "followup", "name": "callback_form"}]),
        # ... but not a second form while one is open
        (("faq_causes", "request_callback"), "callback_form", ["utter_faq_causes"], []),
        (("faq_not_a_topic",), None, ["utter_default"], []),
        # a question the page does not answer says so, in either order (session 25)
        (("faq_contagious", "out_of_scope"), None, ["utter_faq_contagious", "utter_out_of_scope_part"], []),
        (("out_of_scope", "faq_price"), None, ["utter_out_of_scope_part", "utter_faq_price"], []),
        (("out_of_scope", "request_callback"), None, ["utter_out_of_scope_part"],
         [{"event": "followup", "name": "callback_form"}]),
    ],
)
def test_answer_compound(tracker_factory, dispatcher, domain, names, active_loop, responses, events):
    tracker = tracker_factory(text="two questions", intent="faq_compound", entities=asked(*names),
                              active_loop=active_loop)
    got = asyncio.run(ActionAnswerCompound().run(dispatcher, tracker, domain))
    assert [m["response"] for m in dispatcher.messages] == responses
    assert all(r in domain["responses"] for r in responses)
    assert [{k: e[k] for k in ("event", "name")} for e in got] == events
    assert ActionAnswerCompound().name() in action_names(domain)


def test_a_warning_sign_in_the_whole_message_is_never_re_read_by_its_parts():
    read = reader({WHOLE: {"report_emergency": 0.5, "faq_price": 0.3, "faq_contagious": 0.2},
                   Q1: {"faq_contagious": 0.9, "faq_price": 0.05, "report_emergency": 0.05},
                   Q2: {"faq_price": 0.8, "faq_contagious": 0.1, "report_emergency": 0.1}})
    combined = compound.combine(WHOLE, read, keep=frozenset({"report_emergency"}))
    assert not combined.is_compound and combined.probabilities["report_emergency"] == 0.5


@pytest.mark.parametrize("question, expected", [
    ("What exactly is that?", True),
    ("what does it mean?", True),
    ("What is this?", True),
    ("What causes them?", False),
    ("Are they milia?", False),
    ("is that normal?", False),
])
def test_a_question_that_only_points_back_names_nothing(question, expected):
    assert compound.names_nothing(question) is expected


def test_a_question_that_names_nothing_leaves_the_story_its_topic():
    text = "My dermatologist mentioned needle extraction and ran out of time. What exactly is that?"
    read = reader({text: {"faq_needle_extraction": 0.5, "faq_what_are": 0.4},
                   "What exactly is that?": {"faq_what_are": 0.9, "faq_needle_extraction": 0.05}})
    combined = compound.combine(text, read)
    assert max(combined.probabilities, key=combined.probabilities.get) == "faq_needle_extraction"


def test_a_question_after_thanks_is_read_on_its_own():
    text = "thanks, that's really helpful. is there parking near the clinic?"
    question = "is there parking near the clinic?"
    read = reader({text: {"thank": 0.45, "out_of_scope": 0.4, "greet": 0.15},
                   question: {"out_of_scope": 0.85, "thank": 0.05, "greet": 0.1}})
    combined = compound.combine(text, read)
    assert not combined.is_compound and combined.probabilities == read(question)


@pytest.mark.parametrize("part,expected", [
    ("thanks that's helpful.", True),
    ("ok cool", True),
    ("Hi there,", True),
    ("thanks, my baby has white spots on her nose.", False),
])
def test_acknowledges(part, expected):
    assert compound.acknowledges(part) is expected
