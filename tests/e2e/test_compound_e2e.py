"""Two questions in one message, over REST against the running assistant (issue 14): both answers
in the order asked; a safety reply always first; an FAQ and a callback request; an FAQ and a
question the page does not answer."""

from __future__ import annotations

from tests.e2e.conftest import Visitor


def texts(visitor: Visitor, message: str) -> list:
    return [r.get("text", "") for r in visitor.say(message) if r.get("text")]


def test_two_faq_questions_get_both_answers_in_the_order_asked(visitor: Visitor) -> None:
    replies = texts(visitor, "are milia contagious? and how much does removal cost")
    assert len(replies) == 2, replies
    assert "not contagious" in replies[0]
    assert "adviser" in replies[1] and "not contagious" not in replies[1]


def test_the_other_order(visitor: Visitor) -> None:
    replies = texts(visitor, "how much does removal cost? and are milia contagious")
    assert len(replies) == 2, replies
    assert "not contagious" in replies[1] and "not contagious" not in replies[0]


def test_a_question_the_page_does_not_answer_is_answered_as_such(visitor: Visitor) -> None:
    replies = texts(visitor, "are milia contagious? and can I have it done while pregnant")
    assert len(replies) == 2, replies
    assert "not contagious" in replies[0]
    assert "isn't covered by the clinic's patient information" in replies[1], replies


def test_a_safety_reply_comes_before_the_question(visitor: Visitor) -> None:
    replies = texts(visitor, "what causes milia? also my eyelid is swollen and full of pus since i squeezed one")
    assert "NHS 111" in replies[0], replies
    assert any("keratin" in r for r in replies[1:]), replies


def test_a_question_and_a_callback_request(visitor: Visitor) -> None:
    replies = texts(visitor, "what causes milia and can someone call me back?")
    assert "keratin" in replies[0], replies
    assert "what's your name" in replies[-1], replies
    # the form is open: the next message is taken as the name
    assert "number" in visitor.text("Sam").lower()


def test_a_question_and_a_callback_request_worded_as_a_statement(visitor: Visitor) -> None:
    replies = texts(visitor, "What causes milia? Please could someone call me back this afternoon.")
    assert "keratin" in replies[0], replies
    assert "what's your name" in replies[-1], replies
