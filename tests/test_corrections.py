"""A follow-up that corrects the message before it (milia/safety/corrections.py)."""
from __future__ import annotations

from typing import Optional

import pytest

from milia.safety.corrections import corrected_previous, without_retracted

# (message before, follow-up, the message before as meant; None: no correction)
CASES = [
    # "<meant> not <said>", in one clause
    ("my son is 5 weeks old with a temp of 38.4", "sorry I meant 5 months not 5 weeks", "my son is 5 months old with a temp of 38.4"),
    ("she's 37.2 and a week old", "typo, it's 38.2 not 37.2", "she's 38.2 and a week old"),
    ("I picked at my eye yesterday", "I meant 'eyelid' not 'eye'", "I picked at my eyelid yesterday"),
    # "not <said>, I meant <meant>"
    ("my lid is puffy since I squeezed it", "sorry, not puffy, I meant a bit pink", "my lid is a bit pink since I squeezed it"),
    # "I wrote <said> but I meant <meant>"
    ("everything's blurry since I pricked the one under my eye", "oops I wrote blurry but I meant teary",
     "everything's teary since I pricked the one under my eye"),
    # "I don't mean <said>": taken back, nothing in its place
    ("there's pus where I popped one on my chin", "sorry I don't mean pus, just the white bit that came out",
     "there's  where I popped one on my chin"),
    # the place changed
    ("I used a pin on the milia on my eyelid", "sorry meant my nose", "I used a pin on the milia on my nose"),
    # a question meant, nothing done
    ("I had them removed and it's bleeding", "sorry that was meant as a question, will it bleed? I haven't had it done yet", ""),
    # the message before told again, as meant
    ("the needle went in my eye", "sorry autocorrect, I meant the needle went in the milium by my nose",
     "the needle went in the milium by my nose"),
    # no cue, or what was said is not in the message before: nothing is corrected
    ("my lid is swollen after I squeezed it", "it's my left eye not my right", None),
    ("my lid is swollen after I squeezed it", "sorry, I meant it's really swollen now", None),
    ("the needle went in my eye", "I meant to say it really hurts", None),
    ("my vision is blurry after picking", "not sure what to do", None),
]


@pytest.mark.parametrize("previous,text,expected", CASES, ids=[c[1][:40] for c in CASES])
def test_the_message_before_as_meant(previous: str, text: str, expected: Optional[str]) -> None:
    correction = corrected_previous(previous, text)
    if expected is None:
        assert correction is None
    else:
        assert correction is not None and correction.previous.lower() == expected.lower()


def test_the_words_taken_back_are_blanked_and_nothing_else() -> None:
    text = "I meant 36.9 not 38.9, sorry"
    correction = corrected_previous("a temperature of 38.9 after squeezing", text)
    assert correction is not None
    blanked = without_retracted(text, correction)
    assert len(blanked) == len(text) and "38.9" not in blanked and "36.9" in blanked and blanked.endswith(", sorry")


def test_a_correction_needs_a_cue() -> None:
    assert corrected_previous("she is 10 weeks old", "10 days not 10 weeks") is None
    assert corrected_previous("she is 10 weeks old", "I meant 10 days not 10 weeks") is not None
