"""How the callback form reads answers: names, interruptions, yes/no and "change my number"."""

import pytest

from milia.conversation.form_answers import (
    MAX_NAME,
    change_request,
    is_forced,
    is_interruption,
    looks_like_name,
    valid_name,
    yes_or_no,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jane", "Jane"),
        ("  Jane   Doe  ", "Jane Doe"),
        ("Jane\tDoe\n", "Jane Doe"),
        ("Zoë O'Brien-Smith", "Zoë O'Brien-Smith"),
        ("李雷", "李雷"),
        ("Jane 2nd", "Jane 2nd"),
        ("a" * MAX_NAME, "a" * MAX_NAME),
        ("  " + "a" * MAX_NAME + "  ", "a" * MAX_NAME),
        ("", None),
        ("   ", None),
        (None, None),
        ("12345", None),
        ("07400 123456", None),
        ("!!!", None),
        ("a" * (MAX_NAME + 1), None),
        ("Jane " * 25, None),
        ("/stop", None),
        (12345, None),
        # an answer to "would you like a callback?", not a name
        ("yes", None),
        ("Yes please!", None),
        ("ok sure", None),
        ("no thanks", None),
        ("Yesenia", "Yesenia"),
        ("Ye", "Ye"),  # a surname, not "yeah"
        ("Sunny Day", "Sunny Day"),
        # the name without what was said around it
        ("my name is priya", "priya"),
        ("My name's Jo Bloggs", "Jo Bloggs"),
        ("hi, I'm Sam Taylor", "Sam Taylor"),
        ("it's Ade here", "Ade"),
        ("Call me Maz, thanks", "Maz"),
        ("name is: Li Wei", "Li Wei"),
        ("Imogen", "Imogen"),
        ("Isla Thanksford", "Isla Thanksford"),
    ],
)
def test_valid_name(text, expected):
    assert valid_name(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jane", True),
        ("Jane Again", True),
        ("Mary Jane van Dyke", True),
        ("Jane, Doe", True),
        ("Dr. Smith", True),
        ("Zoë", True),
        ("a b c d e", False),  # too many words for a name
        ("are milia contagious?", False),
        ("Jane?", False),
        ("what are milia", False),
        ("how much", False),
        # a lead-in is taken off (valid_name), so these are the name "Jane" / "Priya Shah"
        ("my name is Jane", True),
        ("I'm Jane", True),
        ("hi, I'm Priya Shah", True),
        ("hello my name is jo", True),
        ("I'm worried about them", False),
        ("im not sure", False),
        ("hello", False),
        ("Hi there", False),
        ("Yes.", False),
        ("no", False),
        ("stop", False),
        ("cancel it", False),
        ("R2D2", False),
        ("07400 123456", False),
        ("", False),
        ("   ", False),
        ("a" * 101, False),
    ],
)
def test_looks_like_name(text, expected):
    assert looks_like_name(text) is expected


@pytest.mark.parametrize(
    "intent, confidence, forced, interruption",
    [
        ("stop", 1.0, True, True),
        ("stop", 0.99, True, True),
        ("stop", 0.98, False, True),
        ("stop", 0.3, False, False),
        ("report_red_flag", 1.0, True, True),
        ("faq_self_removal", 1.0, True, True),
        ("faq_self_removal", 0.8, False, True),
        ("faq_contagious", 1.0, False, True),
        ("faq_age", 0.7, False, True),
        ("faq_age", 0.5, False, True),
        ("faq_age", 0.49, False, False),
        ("greet", 0.9, False, True),
        ("goodbye", 0.9, False, True),
        ("out_of_scope", 0.9, False, True),
        ("request_human", 0.9, False, True),
        ("message_empty", 1.0, False, True),
        ("affirm", 0.99, False, False),
        ("deny", 0.99, False, False),
        ("request_callback", 0.9, False, False),
        ("nlu_fallback", 0.9, False, False),
        ("", 0.0, False, False),
    ],
)
def test_is_forced_and_is_interruption(intent, confidence, forced, interruption):
    assert is_forced(intent, confidence) is forced
    assert is_interruption(intent, confidence) is interruption


@pytest.mark.parametrize(
    "intent, confidence, expected",
    [
        ("affirm", 0.99, True),
        ("affirm", 0.1, True),
        ("deny", 0.99, False),
        ("deny", 0.1, False),
        ("greet", 0.99, None),
        ("stop", 1.0, None),
        ("faq_contagious", 0.9, None),
        ("", 0.0, None),
    ],
)
def test_yes_or_no(intent, confidence, expected):
    assert yes_or_no(intent, confidence) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("change my number", "caller_phone"),
        ("Change my phone please", "caller_phone"),
        ("I made a typo in my mobile", "caller_phone"),
        ("that's the wrong number", "caller_phone"),
        ("wrong name", "caller_name"),
        ("can you fix my name", "caller_name"),
        ("can we change the time", "callback_window"),
        ("I'd like a different day", "callback_window"),
        ("update the note", "callback_concern"),
        ("edit my message", "callback_concern"),
        ("my number is 07400 123456", None),
        ("my name is Jane", None),
        ("change it", None),
        ("yes", None),
        ("", None),
    ],
)
def test_change_request(text, expected):
    assert change_request(text) == expected


@pytest.mark.parametrize("text", ["yes, the number is correct", "yes my name is correct"])
def test_confirming_a_detail_is_not_a_change_request(text):
    assert change_request(text) is None
