"""Conversations with the real Rasa server and action server over the REST channel."""

from __future__ import annotations

import sqlite3

import pytest

from tests.e2e.conftest import Visitor


def test_greeting_says_automated_not_a_diagnosis_with_privacy_notice(visitor: Visitor) -> None:
    answer = visitor.text("hello")
    assert "automated assistant" in answer
    assert "can't diagnose" in answer
    assert "/privacy.html" in answer
    assert "sk:n" in answer


def test_restart_greets_again_when_serving(visitor: Visitor) -> None:
    """The rule passed `rasa test` but never ran live: Rasa predicts nothing after action_restart."""
    visitor.text("are milia contagious?")
    answer = visitor.text("/restart")
    assert "automated assistant" in answer and "/privacy.html" in answer
    assert "not contagious" in visitor.text("are milia contagious?")  # and the conversation goes on


@pytest.mark.parametrize(
    "question, expected",
    [
        ("are milia contagious?", "not contagious"),
        ("wat r milia", "cysts"),
        ("do milia run in families", "genetic"),
        ("how does the clinic get rid of milia", "three main methods"),
        ("what's your phone number", "0121 567 8111"),
        ("how much does milia removal cost", "adviser"),
    ],
)
def test_faq_answers_come_from_the_clinic_text(visitor: Visitor, question: str, expected: str) -> None:
    assert expected in visitor.text(question)


def test_answers_offer_related_topics_as_buttons(visitor: Visitor) -> None:
    replies = visitor.say("are milia contagious?")
    payloads = [b["payload"] for r in replies for b in r.get("buttons", [])]
    assert payloads and all(p.startswith("/") for p in payloads)
    follow_up = visitor.text(payloads[0])
    assert follow_up and "Sorry" not in follow_up


def test_price_question_never_states_a_price(visitor: Visitor) -> None:
    answer = visitor.text("how much is it to get milia removed? roughly in pounds")
    assert "£" not in answer and not any(ch.isdigit() for ch in answer.replace("0121 567 8111", ""))


def test_out_of_scope_question_gets_no_milia_fact(visitor: Visitor) -> None:
    replies = visitor.say("what's the weather like in Birmingham tomorrow")
    text = "\n".join(r.get("text", "") for r in replies)
    assert "don't have information" in text or "did you mean" in text.lower() or "not sure" in text


def test_human_request_gives_phone_and_offers_callback(visitor: Visitor) -> None:
    answer = visitor.text("can I speak to a real person please")
    assert "0121 567 8111" in answer and "callback" in answer


def test_bot_challenge(visitor: Visitor) -> None:
    assert "automated assistant" in visitor.text("am i talking to a bot?")


@pytest.mark.parametrize("message", ["", "   ", "👍🙂", "?!"])
def test_empty_and_symbol_only_messages_get_an_answer(visitor: Visitor, message: str) -> None:
    answer = visitor.text(message)
    assert "didn't catch a question" in answer


def test_very_long_message_gets_an_answer(visitor: Visitor) -> None:
    answer = visitor.text("milia " * 2000)
    assert "long message" in answer


def test_self_removal_warning_and_eye_warning(visitor: Visitor) -> None:
    general = visitor.text("can i pop them with a needle at home")
    assert "not recommended" in general or "don't" in general
    near_eye = Visitor(visitor.stack).text("can I squeeze the ones on my eyelid myself")
    assert "qualified practitioner" in near_eye


def test_red_flag_advice(visitor: Visitor) -> None:
    # a change in vision after picking near the eye: an emergency, 999 or A&E first
    answer = visitor.text("I picked one under my eye and now my vision is blurry and it hurts")
    assert answer.startswith("Please call 999 or go to A&E now")


def test_unclear_message_offers_topics_then_admits_it_cannot_help(visitor: Visitor) -> None:
    first = visitor.say("blorp zzk milia qqq")
    texts = " ".join(r.get("text", "") for r in first)
    if "Did you mean" in texts:
        buttons = [b for r in first for b in r.get("buttons", [])]
        assert len(buttons) >= 2
        second = visitor.text("glarb wibble frotz")
        assert "don't have information" in second or "Did you mean" in second


def test_conversation_survives_a_rasa_restart(stack, visitor: Visitor) -> None:
    visitor.say("hi")
    visitor.say("are milia contagious?")
    stack.stop_rasa()
    stack.start_rasa()
    db = stack.tracker_db_url.replace("sqlite:///", "")
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "select count(*) from events where sender_id = ? and type_name = 'user'", (visitor.sender,)
        ).fetchone()[0]
    assert rows >= 2
    assert "not contagious" in visitor.text("are milia contagious?")


def test_mixed_question_gets_both_answers(visitor: Visitor) -> None:
    answer = visitor.text("are they contagious and can I pop them?")
    assert "not contagious" in answer
    assert "don't 'pop'" in answer or "not recommended" in answer


def test_saying_you_will_not_pick_them_gets_the_prevention_answer(visitor: Visitor) -> None:
    answer = visitor.text("I won't pick them, what else helps?")
    assert "exfoliat" in answer
    assert "qualified practitioner" not in answer


def test_clinic_removal_question_is_not_treated_as_self_removal(visitor: Visitor) -> None:
    answer = visitor.text("how do you remove milia around the eyes at the clinic?")
    assert "three main methods" in answer or "dermatologist" in answer
