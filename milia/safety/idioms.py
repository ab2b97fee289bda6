"""Removal words used as idioms: "can you squeeze me in this week", "I'll pop in on Saturday",
"which treatment should I pick?", "keep an eye on them".

The classifier reads such a message by its words ("squeeze", "pop", "pick") as ``faq_self_removal``
and would answer with the self-removal warning. When the detector, which reads what the verb is
done to, found no removal, and an idiom explains the word, the SafetyDetector component lets the
classifier's next reading answer instead. Plain module: no rasa imports.
"""
from __future__ import annotations

import re

IDIOMS = re.compile(
    r"\b(squeeze|fit|pop|slot|sneak)\s+(me|us|him|her|my\s+\w+|in\s+my\s+\w+)\s+in\b"  # "squeeze me in", "pop my mum in"
    r"|\bpop(s|ped|ping)?\s+(in|by|round|over|down|back|into|along|up\s+to)\b"  # "I'll pop in", "popping into the clinic"
    r"|\bpick(ing)?\s+(a|the|another|which|what|one|my|your)\s+(\w+\s+)?(time|slot|date|day|appointment|treatment|option|method|package)s?\b"
    r"|\b(which|what)\s+(\w+\s+)?(should|do|would|shall)\s+(i|we)\s+pick\b"  # "which treatment should I pick?"
    r"|\bkeep\s+an\s+eye\b|\bsee\s+eye\s+to\s+eye\b",
    re.IGNORECASE,
)


def removal_word_as_idiom(text: str) -> bool:
    """A removal word in the message is part of an idiom (see module docstring)."""
    return bool(IDIOMS.search(text or ""))
