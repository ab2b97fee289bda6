"""Removal words used as idioms (milia/safety/idioms.py); the safety component's use of them is in
tests/test_safety_component.py."""
import pytest

from milia.safety.idioms import removal_word_as_idiom

IDIOMS = ["can you squeeze me in this week", "Can you pop me in for next Tuesday?",
          "can I pop in on my lunch break to pay the deposit?", "i'll pop round to the clinic next week",
          "can i pick a time on saturday morning?", "which treatment should I pick?",
          "Should I keep an eye on milia or can I just ignore them?"]
REMOVALS = ["can I pop them", "can i pick at them", "can I squeeze them in the shower", "i popped one in the shower",
            "pick them out with a needle", ""]


@pytest.mark.parametrize("text, idiom", [(t, True) for t in IDIOMS] + [(t, False) for t in REMOVALS])
def test_a_removal_word_in_an_idiom(text: str, idiom: bool) -> None:
    assert removal_word_as_idiom(text) is idiom
