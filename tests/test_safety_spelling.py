"""The safety detector reads a misspelled warning sign as the sign (milia/safety/spelling.py)."""

from __future__ import annotations

import pytest

from milia.safety import detector as safety
from milia.safety import spelling


@pytest.mark.parametrize("typed,meant", [
    ("bluury", "blurry"),
    ("bleding", "bleeding"),
    ("infcted", "infected"),
    ("vidion", "vision"),
    ("eyebsll", "eyeball"),
    ("rednwss", "redness"),
    ("tweeers", "tweezers"),
    ("shuttt", "shut"),  # a letter held down
    ("properlyyy", "properly"),
    ("sooo", "so"),  # not "soot" (a sign when floaters are described), one slip away
    ("drosy", "drowsy"),
    ("doubel", "double"),  # two letters swapped is one slip
    ("seein", "seeing"),  # the g dropped
    ("scabbin", "scabbing"),
])
def test_a_misspelled_word_the_detector_reads_is_repaired(typed: str, meant: str) -> None:
    assert spelling.repair(typed) == meant


@pytest.mark.parametrize("word", [
    "mila",        # the patterns' own spelling of milia
    "opne",        # ... and of open
    "breed",       # a real word one slip from "bleed"
    "smell",       # ... from "swell"
    "kayleigh",    # a name the dictionary does not know, no neighbour the detector reads
    "Bluury",      # only lower-case words are looked up (the detector passes lower_)
    "bl00dy",      # not a word
])
def test_words_left_as_typed(word: str) -> None:
    assert spelling.repair(word) == word


@pytest.mark.parametrize("text,tier", [
    ("everythings bluury since i popped the milia by my eye", "emergency"),
    ("the one i squeezed on my chin is infcted and hot", "urgent"),
    ("the white bump on my nose keeps bleding", "gp"),
    ("i cant see properly out of my eye, the vidion is all smeared since i used a pin", "emergency"),
    ("my eye is swollen shuttt after popping milia", "emergency"),
    # session 26 (tuning_62): typed fast on a phone
    ("cnt c proply after pickin eyelid spot", "emergency"),
    ("seein double since i popd one on my eyelid", "emergency"),
    ("dbl vision after squeezing one by my eye", "emergency"),
    ("it keeps scabbin over n comin back", "gp"),
])
def test_signs_typed_in_a_hurry_are_found(text: str, tier: str) -> None:
    assert safety.detect(text).tier == tier


def test_spans_point_into_the_visitors_own_text() -> None:
    text = "My eye is bluury since I popped one on the lid"
    result = safety.detect(text)
    start, end = result.span("red_flag")
    assert "bluury" in text[start:end]


def test_a_message_without_typos_is_read_unchanged() -> None:
    doc = safety.build_nlp().make_doc("my eyelid is swollen after I squeezed a milium")
    assert spelling.repaired(doc) is doc


def test_the_tuning_half_typed_in_a_hurry() -> None:
    """A third of the tuning half's emergency and urgent messages, with two slips each (the same variants
    as the classifier's typo report): at least 95% still get their tier (97.4% and 98.1% when the
    repair was added; without it 79.3% and 87.9%)."""
    from milia.safety import report
    from milia.safety.triage import Urgency
    from milia.staff.typos import misspell

    rows = [r for r in report.load_rows(report.HALVES["tuning"]) if r.expected in (Urgency.EMERGENCY, Urgency.URGENT)]
    rows = rows[::3]  # a third of them, for time: about 1,300 messages
    for tier in (Urgency.EMERGENCY, Urgency.URGENT):
        texts = [r.text for r in rows if r.expected == tier]
        found = sum(report.predict(misspell(text, 2)) == tier for text in texts)
        assert found / len(texts) >= 0.95, f"{tier.label}: {found}/{len(texts)} typed in a hurry"


@pytest.mark.parametrize("before, word, after, heard", [
    ("my", "i", "lid", "eye"),
    ("", "aye", "lid", "eye"),
    ("into", "aye", "", "aye"),  # no owner, no eye part: left alone
    ("", "i", "squeezed", "i"),
    ("right", "i", "'ll", "i"),  # "right I'll give my chin a scrub then": the pronoun
    ("right", "i", "is", "eye"),  # "my right I is swollen"
    ("my", "i", "can", "eye"),  # "my I can't open"
    ("n't", "sea", "properly", "see"),
    ("cnt", "c", "proply", "see"),  # text-speak
    ("", "c", "you", "c"),
    ("", "dbl", "vision", "double"),
    ("the", "sea", "", "sea"),
    ("", "puss", "coming", "pus"),
    ("is", "swore", "", "sore"),
    ("i", "swore", "never", "swore"),
])
def test_a_word_heard_for_another_is_read_by_its_neighbours(before, word, after, heard):
    assert spelling.sound_alike(before, word, after) == heard


def test_punctuation_said_aloud_is_read_as_the_mark_it_names() -> None:
    """Speech to text writes "full stop" and "comma" as words (session 54, tuning_690); the detector reads the marks, and its spans
    still point into the visitor's text."""
    from milia.safety import spelled_out

    text = "I used a sewing needle on his eyelid and now full stop the needle went in the corner of his eye comma there's blood"
    decoded = spelled_out.decode(text)
    assert decoded is not None
    read, to_text = decoded
    assert read == "I used a sewing needle on his eyelid and now . the needle went in the corner of his eye , there's blood"
    start = read.index("there's")
    assert text[to_text(start):to_text(start) + len("there's")] == "there's"
    assert safety.detect(text).tier == "emergency"
    assert spelled_out.decode("a new line of redness from the spot") is None  # a line on the skin, not a new line dictated
    assert spelled_out.decode("she was in a coma for a week") is None
