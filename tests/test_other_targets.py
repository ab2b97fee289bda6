"""A tool or gadget used on something other than milia (milia/safety/other_targets.py), read by the detector."""
from __future__ import annotations

import pytest

from milia.safety.detector import detect

CASES = [
    # used on something else: no self-removal
    ("I use a microneedling pen on my acne scars, should I stop before my milia appointment?", False),
    ("my partner used a plasma pen on his skin tags last year", False),
    ("a high frequency wand on my back acne, nothing to do with milia, is it ok to keep using it?", False),
    ("blackhead strips work great on my nose blackheads, are milia different?", False),
    # ... but aimed at milia, in the same clause or asked next, it still counts
    ("I use a microneedling pen on my acne scars and on the milia on my cheeks", True),
    ("I have a plasma pen for skin tags, would it work on the milia on my chin?", True),
    ("bought a derma pen for wrinkles. Could I use it on the milia on my forehead?", True),
    ("I used a needle on my legs to get the milia out", True),
]


@pytest.mark.parametrize("text,self_removal", CASES, ids=[c[0][:40] for c in CASES])
def test_a_tool_used_on_something_else_is_not_self_removal(text: str, self_removal: bool) -> None:
    assert detect(text).self_removal is self_removal
