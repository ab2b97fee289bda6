"""The callback form's validator: what each answer extracts, what it validates to, and what is said.

Every table row gives the visitor's input and the expected returned slot dict plus the names of
the responses sent. The clock is fixed at Tuesday 1 December 2026, 10:00 UK time (GMT).
"""

import asyncio
from datetime import datetime, timezone
from typing import Any, Dict, List

import pytest

import actions.callback_form as callback_form
from actions.callback_form import (
    ActionAskCallbackWindow,
    ValidateCallbackForm,
    decode_window,
    encode_window,
)
from milia.config.settings import load_settings
from milia.conversation.callback_time import CallbackWindow, parse_callback_time
from tests.conftest import action_names

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=timezone.utc)  # Tuesday, GMT = UK time
FORM = ValidateCallbackForm()
LOOP = "callback_form"
# What the classifier says about an ordinary answer: nothing it recognises.
PLAIN = ("nlu_fallback", 0.3)
# Consent comes before the optional note: the note is health information.
REQUIRED = ["caller_name", "caller_phone", "callback_window", "callback_consent", "callback_concern",
            "callback_confirmed"]
FILLED = {
    "caller_name": "Jane Doe",
    "caller_phone": "+447400123456",
    "callback_phone_display": "07400 123456",
    "callback_window": "2026-12-02T12:00:00+00:00/2026-12-02T17:00:00+00:00",
    "callback_window_label": "tomorrow (Wed 2 Dec) between 12pm and 5pm",
    "callback_concern": "none",
}


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch):
    monkeypatch.setattr(callback_form, "now_utc", lambda: NOW)


def sent(dispatcher, domain) -> List[str]:
    """The response names sent; each must be a response of the domain."""
    names = [m["response"] for m in dispatcher.messages]
    unknown = [n for n in names if n not in domain["responses"]]
    assert not unknown, f"responses missing from domain.yml: {unknown}"
    return names


def answer(tracker_factory, slot, text, intent=PLAIN[0], confidence=PLAIN[1], **slots):
    """The tracker when the form asked for ``slot`` and the visitor said ``text``."""
    return tracker_factory(
        slots={"requested_slot": slot, **slots}, text=text, intent=intent, confidence=confidence,
        active_loop=LOOP,
    )


def extract(slot, tracker, dispatcher, domain) -> Dict[str, Any]:
    return asyncio.run(getattr(FORM, f"extract_{slot}")(dispatcher, tracker, domain))


def validate(slot, value, tracker, dispatcher, domain) -> Dict[str, Any]:
    return asyncio.run(getattr(FORM, f"validate_{slot}")(value, dispatcher, tracker, domain))


def run_form(tracker, dispatcher, domain) -> Dict[str, Any]:
    """The whole validation action (extract, then validate), as a slot dict."""
    events = asyncio.run(FORM.run(dispatcher, tracker, domain))
    assert all(e["event"] == "slot" for e in events)
    return {e["name"]: e["value"] for e in events}


def test_form_and_slots_match_the_domain(domain):
    assert FORM.name() in action_names(domain)
    assert domain["forms"][LOOP]["required_slots"] == REQUIRED == callback_form.form_slots()
    assert FORM.domain_slots({}) == REQUIRED  # Rasa sends this action no domain (domain.yml: no send_domain)
    for slot in REQUIRED + ["callback_phone_display", "callback_window_label", "callback_failures"]:
        assert slot in domain["slots"]


# --------------------------------------------------------------------------
# Extraction happens only for the slot the form asked for


@pytest.mark.parametrize(
    "slot, requested, active_loop, text, intent, confidence",
    [
        ("caller_name", "caller_phone", LOOP, "Jane Doe", *PLAIN),
        ("caller_name", None, LOOP, "Jane Doe", *PLAIN),
        ("caller_name", "caller_name", None, "Jane Doe", *PLAIN),
        ("caller_name", "caller_name", "other_form", "Jane Doe", *PLAIN),
        ("caller_phone", "caller_name", LOOP, "07400 123456", *PLAIN),
        ("callback_window", "caller_phone", LOOP, "tomorrow afternoon", *PLAIN),
        ("callback_concern", "callback_window", LOOP, "on my eyelids", *PLAIN),
        ("callback_concern", "callback_consent", LOOP, "no", "deny", 0.99),
        ("callback_consent", "callback_confirmed", LOOP, "yes", "affirm", 0.99),
        ("callback_consent", "callback_concern", LOOP, "no", "deny", 0.99),
        ("callback_confirmed", "callback_consent", LOOP, "yes", "affirm", 0.99),
        ("callback_confirmed", "callback_consent", LOOP, "change my number", *PLAIN),
    ],
)
def test_nothing_is_extracted_for_a_slot_not_asked_for(
    tracker_factory, dispatcher, domain, slot, requested, active_loop, text, intent, confidence
):
    tracker = tracker_factory(
        slots={"requested_slot": requested}, text=text, intent=intent, confidence=confidence,
        active_loop=active_loop,
    )
    assert extract(slot, tracker, dispatcher, domain) == {}
    assert sent(dispatcher, domain) == []


@pytest.mark.parametrize(
    "slot, text, intent, confidence, expected",
    [
        ("caller_name", "Jane Doe", *PLAIN, {"caller_name": "Jane Doe"}),
        ("caller_name", "  Jane  ", *PLAIN, {"caller_name": "Jane"}),
        # a real question, confidently classified: not a name (the FAQ rule answers it)
        ("caller_name", "are milia contagious?", "faq_contagious", 0.95, {}),
        ("caller_name", "what do they look like", "faq_appearance", 0.9, {}),
        ("caller_name", "hello", "greet", 0.9, {}),
        # a name the classifier mislabels is still a name
        ("caller_name", "Jane Again", "faq_age", 0.7, {"caller_name": "Jane Again"}),
        ("caller_name", "Jane", "greet", 0.8, {"caller_name": "Jane"}),
        # below the interruption confidence anything is an answer (validation judges it)
        ("caller_name", "what are milia", "faq_what_are", 0.4, {"caller_name": "what are milia"}),
        # the safety layer / buttons (confidence 1.0) are never taken as an answer
        ("caller_name", "stop", "stop", 1.0, {}),
        ("caller_name", "Eye Pain", "report_red_flag", 1.0, {}),
        ("caller_name", "Jane", "faq_self_removal", 1.0, {}),
        ("caller_phone", "07400 123456", *PLAIN, {"caller_phone": "07400 123456"}),
        ("caller_phone", "07400 123456", "faq_price", 0.8, {"caller_phone": "07400 123456"}),
        ("caller_phone", "hello", *PLAIN, {"caller_phone": "hello"}),
        ("caller_phone", "how much does it cost?", "faq_price", 0.9, {}),
        ("caller_phone", "07400 123456", "stop", 1.0, {}),
        ("callback_window", "tomorrow afternoon", *PLAIN, {"callback_window": "tomorrow afternoon"}),
        ("callback_window", "tomorrow afternoon", "faq_age", 0.6, {"callback_window": "tomorrow afternoon"}),
        # understood as a time but not available: still an answer (validation explains)
        ("callback_window", "sunday morning", "greet", 0.7, {"callback_window": "sunday morning"}),
        ("callback_window", "are they harmful", "faq_harmful", 0.9, {}),
        ("callback_window", "blah", "out_of_scope", 0.9, {}),
        ("callback_window", "tomorrow", "report_red_flag", 1.0, {}),
        ("callback_concern", "on my eyelids", *PLAIN, {"callback_concern": "on my eyelids"}),
        ("callback_concern", "no", "deny", 0.95, {"callback_concern": "none"}),
        ("callback_concern", "nope", "deny", 0.4, {"callback_concern": "none"}),
        ("callback_concern", "are they contagious?", "faq_contagious", 0.9, {}),
        ("callback_concern", "stop", "stop", 1.0, {}),
        ("callback_consent", "yes", "affirm", 0.99, {"callback_consent": True}),
        ("callback_consent", "no", "deny", 0.99, {"callback_consent": False}),
        ("callback_consent", "maybe", *PLAIN, {"callback_consent": "maybe"}),
        ("callback_consent", "stop", "stop", 1.0, {}),
        ("callback_confirmed", "yes", "affirm", 0.99, {"callback_confirmed": True}),
        ("callback_confirmed", "no", "deny", 0.99, {"callback_confirmed": False}),
        ("callback_confirmed", "hmm", *PLAIN, {"callback_confirmed": "hmm"}),
        ("callback_confirmed", "stop", "stop", 1.0, {}),
        ("callback_confirmed", "change my number", *PLAIN, {"caller_phone": None, "callback_confirmed": None}),
        ("callback_confirmed", "change my number", "deny", 0.9,
         {"caller_phone": None, "callback_confirmed": None}),
        ("callback_confirmed", "wrong name", *PLAIN, {"caller_name": None, "callback_confirmed": None}),
        ("callback_confirmed", "can we change the time", *PLAIN,
         {"callback_window": None, "callback_confirmed": None}),
        ("callback_confirmed", "update the note", *PLAIN,
         {"callback_concern": None, "callback_confirmed": None}),
    ],
)
def test_extraction(tracker_factory, dispatcher, domain, slot, text, intent, confidence, expected):
    tracker = answer(tracker_factory, slot, text, intent, confidence)
    assert extract(slot, tracker, dispatcher, domain) == expected
    assert sent(dispatcher, domain) == []


# --------------------------------------------------------------------------
# The whole validation action, as Rasa runs it


@pytest.mark.parametrize(
    "slot, text, intent, confidence, expected",
    [
        ("caller_name", "Jane Again", "faq_age", 0.7, {"caller_name": "Jane Again", "callback_failures": 0.0}),
        ("caller_name", "are milia contagious?", "faq_contagious", 0.95, {}),
        ("caller_name", "stop", "stop", 1.0, {}),
        (
            "caller_phone", "my number is 07400 123456", *PLAIN,
            {"caller_phone": "+447400123456", "callback_phone_display": "07400 123456", "callback_failures": 0.0},
        ),
        (
            "callback_window", "tomorrow afternoon", *PLAIN,
            {
                "callback_window": "2026-12-02T12:00:00+00:00/2026-12-02T17:00:00+00:00",
                "callback_window_label": "tomorrow (Wed 2 Dec) between 12pm and 5pm",
                "callback_failures": 0.0,
            },
        ),
        ("callback_concern", "no", "deny", 0.95, {"callback_concern": "none"}),
        ("callback_consent", "yes", "affirm", 0.99, {"callback_consent": True, "callback_failures": 0.0}),
        ("callback_confirmed", "yes", "affirm", 0.99, {"callback_confirmed": True}),
    ],
)
def test_form_run_fills_only_the_asked_slot(tracker_factory, dispatcher, domain, slot, text, intent,
                                            confidence, expected):
    tracker = answer(tracker_factory, slot, text, intent, confidence)
    assert run_form(tracker, dispatcher, domain) == expected
    assert sent(dispatcher, domain) == []


def test_form_run_rejects_a_bad_answer(tracker_factory, dispatcher, domain):
    tracker = answer(tracker_factory, "caller_phone", "12345", caller_name="Jane")
    assert run_form(tracker, dispatcher, domain) == {"caller_phone": None, "callback_failures": 1.0}
    assert sent(dispatcher, domain) == ["utter_invalid_caller_phone"]


def test_consent_refused_ends_the_form(tracker_factory, dispatcher, domain):
    before_note = {k: v for k, v in FILLED.items() if k != "callback_concern"}
    tracker = answer(tracker_factory, "callback_consent", "no", "deny", 0.99, **before_note)
    events = run_form(tracker, dispatcher, domain)
    # no note is asked for without consent
    assert events == {"callback_consent": False, "callback_concern": "none", "callback_confirmed": False}
    assert sent(dispatcher, domain) == []
    # every required slot is now set, so the form ends and the submit action stores nothing
    slots = {**before_note, **events}
    assert all(slots.get(slot) is not None for slot in REQUIRED)


@pytest.mark.parametrize(
    "text, cleared",
    [
        ("change my number", "caller_phone"),
        ("wrong name", "caller_name"),
        ("can we change the time", "callback_window"),
    ],
)
def test_form_run_change_request_clears_the_detail(tracker_factory, dispatcher, domain, text, cleared):
    tracker = answer(tracker_factory, "callback_confirmed", text, *PLAIN, callback_consent=True, **FILLED)
    events = run_form(tracker, dispatcher, domain)
    assert events[cleared] is None
    assert events["callback_confirmed"] is None


@pytest.mark.parametrize(
    "text, cleared",
    [
        ("change my number", "caller_phone"),
        ("wrong name", "caller_name"),
        ("can we change the time", "callback_window"),
        ("update the note", "callback_concern"),
    ],
)
def test_form_run_change_request_sends_no_error(tracker_factory, dispatcher, domain, text, cleared):
    tracker = answer(tracker_factory, "callback_confirmed", text, *PLAIN, callback_consent=True, **FILLED)
    events = run_form(tracker, dispatcher, domain)
    assert sent(dispatcher, domain) == []
    assert events[cleared] is None
    assert "callback_failures" not in events


# --------------------------------------------------------------------------
# Validation


@pytest.mark.parametrize(
    "value, expected, responses",
    [
        ("Jane Doe", {"caller_name": "Jane Doe", "callback_failures": 0.0}, []),
        ("  Jane   Again ", {"caller_name": "Jane Again", "callback_failures": 0.0}, []),
        ("", {"caller_name": None, "callback_failures": 1.0}, ["utter_invalid_caller_name"]),
        ("12345", {"caller_name": None, "callback_failures": 1.0}, ["utter_invalid_caller_name"]),
        ("x" * 101, {"caller_name": None, "callback_failures": 1.0}, ["utter_invalid_caller_name"]),
        ("/stop", {"caller_name": None, "callback_failures": 1.0}, ["utter_invalid_caller_name"]),
    ],
)
def test_validate_caller_name(tracker_factory, dispatcher, domain, value, expected, responses):
    tracker = answer(tracker_factory, "caller_name", str(value))
    assert validate("caller_name", value, tracker, dispatcher, domain) == expected
    assert sent(dispatcher, domain) == responses


@pytest.mark.parametrize(
    "value, e164, display",
    [
        ("07400 123456", "+447400123456", "07400 123456"),
        ("+44 7400 123456", "+447400123456", "07400 123456"),
        ("0121 567 8111", "+441215678111", "0121 567 8111"),
        ("my number is 07400123456 thanks", "+447400123456", "07400 123456"),
    ],
)
def test_validate_good_phone(tracker_factory, dispatcher, domain, value, e164, display):
    tracker = answer(tracker_factory, "caller_phone", value)
    assert validate("caller_phone", value, tracker, dispatcher, domain) == {
        "caller_phone": e164, "callback_phone_display": display, "callback_failures": 0.0,
    }
    assert sent(dispatcher, domain) == []


@pytest.mark.parametrize("value", ["12345", "hello", "+1 202 555 0143", "1" * 40, ""])
def test_validate_bad_phone(tracker_factory, dispatcher, domain, value):
    tracker = answer(tracker_factory, "caller_phone", str(value))
    assert validate("caller_phone", value, tracker, dispatcher, domain) == {
        "caller_phone": None, "callback_failures": 1.0,
    }
    assert sent(dispatcher, domain) == ["utter_invalid_caller_phone"]


@pytest.mark.parametrize(
    "slot, value, error",
    [
        ("caller_name", "123", "utter_invalid_caller_name"),
        ("caller_phone", "12345", "utter_invalid_caller_phone"),
        ("callback_window", "blah", "utter_invalid_callback_window_unparseable"),
        ("callback_consent", "maybe", "utter_invalid_callback_consent"),
    ],
)
def test_second_failure_in_a_row_offers_a_way_out(tracker_factory, domain, slot, value, error):
    from rasa_sdk.executor import CollectingDispatcher

    first = CollectingDispatcher()
    result = validate(slot, value, answer(tracker_factory, slot, value), first, domain)
    assert result == {slot: None, "callback_failures": 1.0}
    assert sent(first, domain) == [error]

    second = CollectingDispatcher()
    tracker = answer(tracker_factory, slot, value, callback_failures=result["callback_failures"])
    assert validate(slot, value, tracker, second, domain) == {slot: None, "callback_failures": 0.0}
    assert sent(second, domain) == [error, "utter_callback_struggling"]


def test_a_good_answer_resets_the_failures(tracker_factory, dispatcher, domain):
    tracker = answer(tracker_factory, "caller_phone", "07400 123456", callback_failures=1.0)
    result = validate("caller_phone", "07400 123456", tracker, dispatcher, domain)
    assert result["callback_failures"] == 0.0
    assert sent(dispatcher, domain) == []


@pytest.mark.parametrize(
    "text, window, label",
    [
        (
            "tomorrow afternoon",
            "2026-12-02T12:00:00+00:00/2026-12-02T17:00:00+00:00",
            "tomorrow (Wed 2 Dec) between 12pm and 5pm",
        ),
        (
            "this evening",
            "2026-12-01T17:00:00+00:00/2026-12-01T20:00:00+00:00",
            "today (Tue 1 Dec) between 5pm and 8pm",
        ),
        (
            "friday 10.30am",
            "2026-12-04T10:30:00+00:00/2026-12-04T11:30:00+00:00",
            "on Fri 4 Dec between 10.30am and 11.30am",
        ),
        (
            "saturday",
            "2026-12-05T09:00:00+00:00/2026-12-05T17:00:00+00:00",
            "on Sat 5 Dec between 9am and 5pm",
        ),
        # 14 days ahead is the last day that can be booked
        (
            "15/12 morning",
            "2026-12-15T09:00:00+00:00/2026-12-15T12:00:00+00:00",
            "on Tue 15 Dec between 9am and 12pm",
        ),
    ],
)
def test_validate_window_accepted(tracker_factory, dispatcher, domain, text, window, label):
    tracker = answer(tracker_factory, "callback_window", text)
    result = validate("callback_window", text, tracker, dispatcher, domain)
    assert result == {"callback_window": window, "callback_window_label": label, "callback_failures": 0.0}
    assert sent(dispatcher, domain) == []
    # the stored pair reads back to the same window
    parsed = parse_callback_time(text, NOW, load_settings())
    assert decode_window(result["callback_window"]) == parsed
    assert encode_window(parsed) == window


@pytest.mark.parametrize(
    "text, response",
    [
        ("sunday morning", "utter_invalid_callback_window_closed"),
        ("sunday", "utter_invalid_callback_window_closed"),
        ("tomorrow 9pm", "utter_invalid_callback_window_closed"),  # out of hours
        ("today 9am", "utter_invalid_callback_window_past"),
        ("this morning 9:15", "utter_invalid_callback_window_past"),
        ("30/11", "utter_invalid_callback_window_past"),
        ("21/12", "utter_invalid_callback_window_too_far"),  # 20 days ahead
        ("16 december", "utter_invalid_callback_window_too_far"),  # 15 days ahead
        ("blah", "utter_invalid_callback_window_unparseable"),
        ("", "utter_invalid_callback_window_unparseable"),
        # relative days/weeks are documented as not understood (milia/conversation/callback_time.py)
        ("in 3 weeks", "utter_invalid_callback_window_unparseable"),
        ("yesterday", "utter_invalid_callback_window_unparseable"),
    ],
)
def test_validate_window_rejected(tracker_factory, dispatcher, domain, text, response):
    tracker = answer(tracker_factory, "callback_window", text)
    result = validate("callback_window", text, tracker, dispatcher, domain)
    assert result == {"callback_window": None, "callback_failures": 1.0}
    assert sent(dispatcher, domain) == [response]


@pytest.mark.parametrize(
    "value, expected",
    [
        ("on my eyelids", "on my eyelids"),
        ("  on   my\n eyelids ", "on my eyelids"),
        ("none", "none"),
        ("", "none"),
        ("   ", "none"),
        (None, None),
        ("x" * 600, "x" * 500),
    ],
)
def test_validate_concern(tracker_factory, dispatcher, domain, value, expected):
    tracker = answer(tracker_factory, "callback_concern", str(value))
    assert validate("callback_concern", value, tracker, dispatcher, domain) == {"callback_concern": expected}
    assert sent(dispatcher, domain) == []


@pytest.mark.parametrize(
    "value, expected, responses",
    [
        (True, {"callback_consent": True, "callback_failures": 0.0}, []),
        (False, {"callback_consent": False, "callback_concern": "none", "callback_confirmed": False}, []),
        ("maybe", {"callback_consent": None, "callback_failures": 1.0}, ["utter_invalid_callback_consent"]),
        ("yes", {"callback_consent": None, "callback_failures": 1.0}, ["utter_invalid_callback_consent"]),
    ],
)
def test_validate_consent(tracker_factory, dispatcher, domain, value, expected, responses):
    tracker = answer(tracker_factory, "callback_consent", str(value))
    assert validate("callback_consent", value, tracker, dispatcher, domain) == expected
    assert sent(dispatcher, domain) == responses


@pytest.mark.parametrize(
    "value, consent, expected, responses",
    [
        (True, True, {"callback_confirmed": True}, []),
        (None, True, {"callback_confirmed": None}, []),
        (False, True, {"callback_confirmed": None}, ["utter_callback_what_to_change"]),
        ("hmm", True, {"callback_confirmed": None}, ["utter_callback_what_to_change"]),
        # consent refused: the False set by the consent step stands, nothing more is said
        (False, False, {"callback_confirmed": False}, []),
    ],
)
def test_validate_confirmed(tracker_factory, dispatcher, domain, value, consent, expected, responses):
    tracker = answer(tracker_factory, "callback_confirmed", str(value), callback_consent=consent)
    assert validate("callback_confirmed", value, tracker, dispatcher, domain) == expected
    assert sent(dispatcher, domain) == responses


# --------------------------------------------------------------------------
# Asking for a time


def test_ask_callback_window_offers_three_windows(tracker_factory, dispatcher, domain):
    action = ActionAskCallbackWindow()
    assert action.name() in action_names(domain)
    events = asyncio.run(action.run(dispatcher, tracker_factory(active_loop=LOOP), domain))
    assert events == []
    assert sent(dispatcher, domain) == ["utter_ask_callback_window"]
    buttons = dispatcher.messages[0]["buttons"]
    assert [b["payload"] for b in buttons] == [
        "2026-12-01 morning", "2026-12-01 afternoon", "2026-12-01 evening",
    ]
    assert [b["title"] for b in buttons] == [
        "This morning (10–12)", "This afternoon (12–5pm)", "This evening (5–8pm)",
    ]
    # each button's payload is accepted back as a window
    settings = load_settings()
    for button in buttons:
        assert isinstance(parse_callback_time(button["payload"], NOW, settings), CallbackWindow)
