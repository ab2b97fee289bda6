"""Messages with no question in them: empty, symbols or emoji only, or far too long."""

import pytest

from milia.conversation.input_check import EMPTY, TOO_LONG, classify_input


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", EMPTY),
        (" ", EMPTY),
        ("  \t\n ", EMPTY),
        ("😀", EMPTY),
        ("👍🏽🙏", EMPTY),
        ("😀 😀 😀", EMPTY),
        ("?", EMPTY),
        ("...", EMPTY),
        ("?!?! --- ***", EMPTY),
        ("😀?!", EMPTY),
        ("a" * 2001, TOO_LONG),
        ("word " * 401, TOO_LONG),
        ("a" * 2000, None),
        ("hello", None),
        ("are milia contagious?", None),
        ("  ok  ", None),
        ("7", None),
        ("Zoë", None),
        ("😀 can I squeeze them?", None),
    ],
)
def test_classify_input(text, expected):
    assert classify_input(text) == expected


def test_intent_names_are_in_the_domain(domain):
    assert {EMPTY, TOO_LONG} <= set(domain["intents"])


def test_max_chars_can_be_changed():
    assert classify_input("abcdef", max_chars=5) == TOO_LONG
    assert classify_input("abcde", max_chars=5) is None
