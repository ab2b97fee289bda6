"""Warning signs denied in so many words (milia/safety/denials.py)."""
import pytest

from milia.safety.denials import denies_a_sign


@pytest.mark.parametrize("text", [
    "no temperature, she's feeding fine",
    "theyre not sore, red or swollen, just lots of them",
    "came out easily, no redness at all",
    "vision's fine, no pain",
    "it doesn't hurt or bleed",
    "his temp is 36.8",
    "all healed, just wanted to say thanks",
    "my vision's perfect, I just want the little white dots gone",
    "no signs of infection",
    "Thankfully mine aren\u2019t very swollen, so they don\u2019t look too bad",
    "it isn't that red any more",
    "I was assured it won\u2019t hurt and hopefully won\u2019t get scabs",
])
def test_denials(text: str) -> None:
    assert denies_a_sign(text)


@pytest.mark.parametrize("text", [
    "my baby has a temperature of 38.5",
    "the redness is spreading",
    "no idea what these are",
    "there's pus and it hurts",
    "I can't see properly",
    "is blurry vision normal after removal?",
    "is my eye ok? I squeezed one on the lid",
    "my eye won't stop hurting",
    "it won't stop bleeding",
    "",
])
def test_not_denials(text: str) -> None:
    assert not denies_a_sign(text)
