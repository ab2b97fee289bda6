"""Urgency tiers over the real REST channel: which reply comes first, and what the callback form does.

Every reply is matched against the response texts in domain.yml (``{slot}`` placeholders filled
with the clinic's values or the details the visitor gave), so these tests name responses instead
of repeating their wording. The tiers and their replies, most urgent first:

* emergency   -> utter_emergency alone (in the callback form: utter_callback_paused after it,
                 the form stops asking; "carry on with my callback" picks it up again)
* urgent      -> utter_red_flag_urgent
* see a GP    -> utter_red_flag_gp
* self-removal-> the warning (utter_self_removal_eye near the eye), then utter_stop_picking
"""

from __future__ import annotations

import re
import time
from functools import lru_cache
from typing import Any, Dict, List, Optional, Sequence

import pytest
import yaml

from ops.services import ROOT
from tests.e2e.conftest import Stack, Visitor
from tests.e2e.test_callback_e2e import payloads_for, wait_for_delivery

pytestmark = pytest.mark.e2e

Reply = Dict[str, Any]

# The one line of the greeting this file is about (asked for word for word).
GREETING_EYE_LINE = (
    "If you have an urgent eye problem, such as an eye injury or a sudden change in your sight, "
    "call 999 or go to A&E."
)

EMERGENCY = "utter_emergency"
PAUSED = "utter_callback_paused"
URGENT = "utter_red_flag_urgent"
GP = "utter_red_flag_gp"
STOP_PICKING = "utter_stop_picking"
WARN_EYE = "utter_self_removal_eye"
WARN = "utter_faq_self_removal"
ASK_NAME = "utter_ask_caller_name"
ASK_PHONE = "utter_ask_caller_phone"
ASK_WINDOW = "utter_ask_callback_window"
# "your request is in": the second wording is used outside callback hours (the test may run at any hour)
RECEIVED = {"utter_callback_received", "utter_callback_received_closed"}
CONTAGIOUS = "utter_faq_contagious"

EMERGENCY_MESSAGES = [
    "the needle slipped and went into my eye",
    "since i picked at my eyelid the light really hurts my eye",
    "i scratched my eye with the tweezers trying to get one out",
    "my sight suddenly went blurry after i picked at one near my eye",
    "i can't open my eye since i squeezed one on my eyelid",
    "i have severe pain in my eye after trying to remove one under it",
    "i picked at one next to my eye and now i keep seeing flashes and floaters",
    "i feel very unwell and the redness round the spot i picked is spreading fast",
    "everythings gone bluury in one eye since i popped a milia on the lid",  # typed in a hurry
]
URGENT_MESSAGES = [
    "i squeezed one on my cheek yesterday and now it's hot, swollen and full of pus",
    "there's a red line spreading out from the spot i picked",
    "i've had a fever since i tried to get one out with a needle",
    "i feel hot and shivery since i squeezed one on my chin",
    "my eyelid has swollen up since i picked a milia on it",
    "my 6 week old baby has milia and a temperature of 38.4C",
    "the one i sqeezed on my chin is infcted and swolen",  # typed in a hurry
]
GP_MESSAGES = [
    "i've had a spot on my nose for 2 months that keeps bleeding and crusting over",
    "the bump on my cheek keeps getting bigger and changing colour",
    "it's been 6 weeks and the spot on my forehead still hasn't healed",
    "the lump by my nose has a shiny pearly edge, could it be cancer?",
]


# --------------------------------------------------------------------------
# Replies as response names, read from domain.yml


@lru_cache(maxsize=1)
def _domain() -> Dict[str, Any]:
    return yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))


def _slot_defaults() -> Dict[str, str]:
    """The clinic's values ({clinic_name}, {clinic_phone}, ...), as every session starts with them."""
    from actions.session import clinic_facts

    return clinic_facts()


def _templates(name: str) -> List[str]:
    variants = _domain()["responses"].get(name)
    assert variants, f"{name} is not a response in domain.yml"
    return [v["text"] for v in variants if "text" in v]


def render(name: str, **slots: str) -> str:
    """The response's (first) text as the visitor sees it, with its {slot} placeholders filled."""
    values = {**_slot_defaults(), **slots}
    text = _templates(name)[0]
    missing = set(re.findall(r"\{(\w+)\}", text)) - set(values)
    assert not missing, f"{name} needs values for {sorted(missing)}"
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], text)


def _pattern(template: str, slots: Dict[str, str]) -> "re.Pattern[str]":
    """A template as a regex: known slots must match their value, unknown ones anything."""
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(
        re.escape(part) if i % 2 == 0 else (re.escape(slots[part]) if part in slots else "(?:.+?)")
        for i, part in enumerate(parts)
    )
    return re.compile(regex, re.DOTALL)


def name_of(reply: Reply, **slots: str) -> str:
    """Which domain response a reply is ("?" if none)."""
    text = (reply.get("text") or "").strip()
    values = {**_slot_defaults(), **slots}
    for name, variants in _domain()["responses"].items():
        for variant in variants or []:
            if "text" in variant and _pattern(variant["text"].strip(), values).fullmatch(text):
                return name
    return "?"


def names(replies: Sequence[Reply], **slots: str) -> List[str]:
    return [name_of(r, **slots) for r in replies]


def transcript(replies: Sequence[Reply]) -> str:
    """The replies for a failure message: the response each was taken for, and its text."""
    return "\n".join(f"  [{name_of(r)}] {r.get('text', '')!r}" for r in replies) or "  (no reply)"


def offers_callback(replies: Sequence[Reply]) -> bool:
    payloads = [b.get("payload", "") for r in replies for b in r.get("buttons") or []]
    text = " ".join(r.get("text") or "" for r in replies).lower()
    return "/request_callback" in payloads or "callback" in text or "call you back" in text


def first_is(replies: Sequence[Reply], expected: Sequence[str]) -> None:
    assert names(replies)[: len(expected)] == list(expected), (
        f"expected {list(expected)} first; the assistant said:\n{transcript(replies)}"
    )


# --------------------------------------------------------------------------
# The callback form


def start_form(visitor: Visitor, name: str) -> List[Reply]:
    """Ask for a callback and give a name; returns the replies to the name (the phone question)."""
    asked = visitor.say("I'd like a callback please")
    assert ASK_NAME in names(asked), transcript(asked)
    replies = visitor.say(name)
    assert names(replies) == [ASK_PHONE] and replies[-1]["text"] == render(ASK_PHONE, caller_name=name), (
        transcript(replies)
    )
    return replies


def _button(reply: Reply, payload: Optional[str] = None) -> str:
    buttons = reply.get("buttons") or []
    for button in buttons:
        if payload is None or button.get("payload") == payload:
            return button["payload"]
    raise AssertionError(f"no button {payload or ''} in {reply!r}")


def finish_form(visitor: Visitor, replies: List[Reply], name: str, phone: str) -> List[Reply]:
    """Answer whatever the form asks (in its own order) until the request is in."""
    answers = {
        ASK_PHONE: lambda r: phone,
        ASK_WINDOW: lambda r: _button(r),  # the first time offered
        "utter_ask_callback_consent": lambda r: _button(r, "/affirm"),
        "utter_ask_callback_concern": lambda r: _button(r, "/deny"),  # nothing to add
        "utter_ask_callback_confirmed": lambda r: _button(r, "/affirm"),
    }
    for _ in range(8):
        asked = names(replies, caller_name=name)
        if RECEIVED & set(asked):
            return replies
        assert ASK_NAME not in asked, f"the form asked for the name again:\n{transcript(replies)}"
        question = asked[-1] if replies else "?"
        assert question in answers, f"unexpected turn in the form:\n{transcript(replies)}"
        replies = visitor.say(answers[question](replies[-1]))
    raise AssertionError(f"the form did not finish:\n{transcript(replies)}")


# --------------------------------------------------------------------------
# Tests


def test_greeting_sends_urgent_eye_problems_to_999(visitor: Visitor) -> None:
    replies = visitor.say("hi")
    first_is(replies, ["utter_greet"])
    assert replies[0]["text"] == render("utter_greet")
    assert GREETING_EYE_LINE in replies[0]["text"]


@pytest.mark.parametrize("message", EMERGENCY_MESSAGES)
def test_emergency_goes_to_999_first_with_no_callback_offer(visitor: Visitor, message: str) -> None:
    replies = visitor.say(message)
    first_is(replies, [EMERGENCY])
    assert replies[0]["text"] == render(EMERGENCY)
    assert not any(r.get("buttons") for r in replies), transcript(replies)
    assert not offers_callback(replies), transcript(replies)


def test_yes_after_an_emergency_does_not_start_a_callback(visitor: Visitor) -> None:
    first_is(visitor.say("the needle slipped and went into my eye"), [EMERGENCY])
    replies = visitor.say("yes")
    assert ASK_NAME not in names(replies), transcript(replies)


@pytest.mark.parametrize("message", URGENT_MESSAGES)
def test_urgent_signs_go_to_nhs_111_today(visitor: Visitor, message: str) -> None:
    replies = visitor.say(message)
    first_is(replies, [URGENT])
    assert replies[0]["text"] == render(URGENT)


@pytest.mark.parametrize("message", GP_MESSAGES)
def test_changing_or_unhealed_spot_goes_to_a_gp(visitor: Visitor, message: str) -> None:
    replies = visitor.say(message)
    first_is(replies, [GP])
    assert replies[0]["text"] == render(GP)


@pytest.mark.parametrize(
    "message, warning",
    [
        ("can i squeeze the ones on my eyelid myself", WARN_EYE),
        ("i'm going to dig out the milia under my eye with tweezers tonight", WARN_EYE),
        ("can i pop them with a needle at home", WARN),
    ],
)
def test_self_removal_warning_then_stop_picking(visitor: Visitor, message: str, warning: str) -> None:
    replies = visitor.say(message)
    first_is(replies, [warning, STOP_PICKING])
    assert [r["text"] for r in replies[:2]] == [render(warning), render(STOP_PICKING)]


@pytest.mark.parametrize(
    "follow_up, first",
    [
        ("the needle slipped", [EMERGENCY]),  # alone: a self-removal warning, no eye named
        ("how much would the clinic charge to do it?", None),  # a question: no warning sign
        ("can you call me back please?", [ASK_NAME]),  # a callback request starts the form, no warning again
    ],
    ids=["sign", "question", "callback"],
)
def test_follow_up_is_read_with_the_message_before(
    visitor: Visitor, follow_up: str, first: Optional[List[str]]
) -> None:
    first_is(visitor.say("i've been getting the milia off my eyelid with a sewing needle"), [WARN_EYE])
    replies = visitor.say(follow_up)
    if first == [ASK_NAME]:
        assert names(replies) == first, transcript(replies)
    elif first is not None:
        first_is(replies, first)
        assert not offers_callback(replies), transcript(replies)
    else:
        assert not {EMERGENCY, URGENT, GP} & set(names(replies)), transcript(replies)


@pytest.mark.parametrize(
    "message, first, then",
    [
        # Two questions in one message (issue 14): the tier reply first, then the other answer,
        # also when the classifier itself put the safety intent first.
        ("the spot i squeezed is hot and full of pus, also are milia contagious?", [URGENT], CONTAGIOUS),
        ("i've had a spot on my nose for 2 months that keeps bleeding, and are milia contagious?", [GP], CONTAGIOUS),
        ("can i squeeze the ones on my eyelid myself? and are milia contagious?", [WARN_EYE, STOP_PICKING],
         CONTAGIOUS),
        ("the needle slipped and went into my eye, are milia contagious?", [EMERGENCY], None),
    ],
    ids=["urgent", "gp", "self_removal_eye", "emergency"],
)
def test_tier_reply_comes_before_the_other_answer(
    visitor: Visitor, message: str, first: List[str], then: Optional[str]
) -> None:
    replies = visitor.say(message)
    first_is(replies, first)
    if then is None:  # an emergency: nothing else need follow, but no callback offer
        assert not offers_callback(replies), transcript(replies)
    else:
        assert then in names(replies)[len(first):], f"no {then} after the tier reply:\n{transcript(replies)}"


@pytest.mark.parametrize(
    "message, advice",
    [
        (URGENT_MESSAGES[0], [URGENT]),
        (GP_MESSAGES[0], [GP]),
        ("can i squeeze the ones on my eyelid myself?", [WARN_EYE, STOP_PICKING]),
    ],
    ids=["urgent", "gp", "self_removal_eye"],
)
def test_advice_in_the_callback_form_then_the_same_question_again(
    visitor: Visitor, message: str, advice: List[str]
) -> None:
    start_form(visitor, "Robin Ash")
    replies = visitor.say(message)
    assert names(replies, caller_name="Robin Ash") == advice + [ASK_PHONE], transcript(replies)
    assert replies[-1]["text"] == render(ASK_PHONE, caller_name="Robin Ash")
    nxt = visitor.say("07400 918273")
    assert names(nxt)[-1:] == [ASK_WINDOW], f"the form did not carry on:\n{transcript(nxt)}"


@pytest.mark.parametrize(
    "message, at",
    [
        ("the needle slipped and went into my eye", "phone"),
        ("since i picked at my eyelid the light really hurts my eye", "time"),
    ],
)
def test_emergency_pauses_the_callback_form_and_sends_nothing(
    stack: Stack, visitor: Visitor, message: str, at: str
) -> None:
    start_form(visitor, "Sam Lee")
    if at == "time":
        asked = visitor.say("07400 927364")
        assert names(asked)[-1:] == [ASK_WINDOW], transcript(asked)
    replies = visitor.say(message)
    assert names(replies) == [EMERGENCY, PAUSED], transcript(replies)
    assert [r["text"] for r in replies] == [render(EMERGENCY), render(PAUSED)]
    # Paused, not just quiet: no question of the form comes. A question asked straight after the emergency gets the
    # emergency reply again (nothing says the sign is over: milia/safety/followup.py); said to be over, it gets its answer.
    later = visitor.say("are milia contagious?")
    assert names(later)[:1] == [EMERGENCY], transcript(later)
    assert not any(n.startswith("utter_ask_") for n in names(later)), transcript(later)
    over = visitor.say("false alarm, my eye's fine now. are milia contagious?")
    assert CONTAGIOUS in names(over) and EMERGENCY not in names(over), transcript(over)
    assert not any(n.startswith("utter_ask_") for n in names(over)), transcript(over)
    time.sleep(2)
    assert payloads_for(stack, visitor.sender) == []


@pytest.mark.parametrize(
    "resume, name, phone",
    [
        ("carry on with my callback", "Jane Smith", "07400 900001"),
        ("call me back", "Priya Patel", "07400 900002"),
    ],
)
def test_paused_callback_resumes_at_the_next_detail_and_is_delivered(
    stack: Stack, visitor: Visitor, resume: str, name: str, phone: str
) -> None:
    start_form(visitor, name)
    paused = visitor.say("the needle slipped and went into my eye")
    assert names(paused) == [EMERGENCY, PAUSED], transcript(paused)
    replies = visitor.say(resume)
    asked = names(replies, caller_name=name)
    assert ASK_NAME not in asked and asked[-1:] == [ASK_PHONE], (
        f"expected the phone question (name kept):\n{transcript(replies)}"
    )
    assert replies[-1]["text"] == render(ASK_PHONE, caller_name=name)
    finish_form(visitor, replies, name, phone)
    delivered = wait_for_delivery(stack, visitor.sender)
    assert len(delivered) == 1, delivered
    data = delivered[0]["data"]
    assert data["name"] == name
    assert data["phone"] == "+44" + phone.replace(" ", "")[1:]
