"""A home removal asked about for anyone: "is it bad to use your nails on them", "Asking purely hypothetically: could you use a
lancet from a diabetic testing kit on milia in the tear trough? I've got a whole box spare", "hypothetically speaking if u went at ur
undereyes with a grainy scrub", "What if someone just kept squeezing really hard - would the milia on their chin come out" (session 44,
tuning_359). The visitor's "you" or "someone" is the visitor, asking ahead of doing it. Read only when no other removal was found, and
never of the clinic ("do you use a needle?"). Plain module: no rasa imports.
"""
from __future__ import annotations

import re
from typing import List

from milia.safety.analysis import Analysis, Mention

_NAILS = re.compile(r"\b(use|using|used) (your|ur|yr|their|someone 's|a person 's) (own )?(nails|fingernails|fingers|thumbs)\b"
                    r"(?=.*\b(milia|milium|them|they|it)\b)")
_ANYONE = re.compile(r"\b(hypothetically|asking for a friend|what if (someone|somebody|you|u|a person|i)|i 'm game|im game|(can|could) borrow)\b")
_HOME_REMOVAL = re.compile(r"\b(squeez\w*|pick\w*|pop|popping|popped|lanc\w*|needles?|pins?|tweezers|nails|went at|go at|scrub\w*|dig\w*|prick\w*"
                           r"|vacuum|suction|pens?)\b")
_THE_CLINIC = re.compile(r"\b(do|does|did|would|will) (you|u|the clinic|your (nurses?|staff|team|clinic))\b(?! (think|reckon|recommend|advise))"
                         r"|\b(your|the) (clinic|nurses?|practitioners?|dermatologists?)\b")


# a household tool named, then asked of for the milia (session 44, tuning_376): "my compass point ..., could i use it on the bump by the
# inner corner of my eye", "An earring post ... Was planning to use it to lift the milia", "I have an earring stud I could sterilise. Go
# for it or leave it?"
_USE_IT = re.compile(r"\b(use|using) it (on|to|for)\b|\b(i|we) could (sterilise|sterilize)\b")


def anyones_removal_asked(a: Analysis) -> List[Mention]:
    """A home removal asked of "your" nails or of anyone, as above: one mention over the message's first question word."""
    text = " ".join(a.low)
    if _THE_CLINIC.search(text) or not re.search(r"\b(milia|milium|them|they|ones|one|bump|spot)\b", text):
        return []
    if a.spans("TOOL") and _USE_IT.search(text) and re.search(r"\b(bump|milia|milium|spot|one|ones|them)\b", text) and (
            "?" in a.low or re.search(r"\b(planning|going to|gon na|i 'll|(could|can|should) i)\b", text)):
        k = a.spans("TOOL")[0][0]
        return [Mention(k, k + 1, False)]
    if any(_asked(text, m.start()) for m in _NAILS.finditer(text)) or _ANYONE.search(text) and _HOME_REMOVAL.search(text):
        k = next((i for i, w in enumerate(a.low) if w in {"use", "using", "used", "hypothetically", "asking", "what", "if"}), 0)
        return [Mention(k, k + 1, False)]
    return []


def _asked(text: str, at: int) -> bool:
    """The sentence around ``at`` is a question ("is it bad to use your nails on them"; not "my nan says use your nails on them")."""
    start = max(text.rfind(" . ", 0, at), text.rfind(" ! ", 0, at), text.rfind(" ? ", 0, at)) + 1
    ends = [k for k in (text.find(" .", at), text.find(" !", at), text.find(" ?", at)) if k >= 0]
    end = min(ends) if ends else len(text)
    sentence = text[start:end + 2].strip()
    return sentence.endswith("?") or bool(re.match(r"(is|are|can|could|should|would|will|does|do|what|how|ok|okay)\b", sentence)) and not re.search(
        r"\b(says|said|told|tells)\b", sentence)
