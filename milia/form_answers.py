"""How the callback form reads a visitor's answers: names, yes/no, "change my number", interruptions."""

from __future__ import annotations

import re
from typing import Optional

MAX_NAME = 100
NO_CONCERN = "none"
# Intents that mean the visitor asked something else instead of answering the form.
CONTROL_INTENTS = frozenset(
    {"stop", "report_red_flag", "request_human", "ask_capabilities", "bot_challenge", "out_of_scope",
     "goodbye", "thank", "greet", "message_empty", "message_too_long"}
)
# Below this confidence a message is taken as an answer, whatever the classifier guessed.
INTERRUPTION_CONFIDENCE = 0.5

CHANGE_FIELDS = (
    ("caller_phone", re.compile(r"\b(number|phone|mobile|tel)\b", re.I)),
    ("caller_name", re.compile(r"\bname\b", re.I)),
    ("callback_window", re.compile(r"\b(time|day|date|when|slot|window)\b", re.I)),
    ("callback_concern", re.compile(r"\b(note|concern|message|reason)\b", re.I)),
)
CHANGE_VERB = re.compile(r"\b(change|edit|correct|fix|update|wrong|mistake|typo|different)\b", re.I)
HAS_LETTER = re.compile(r"[^\W\d_]")


def is_interruption(intent: str, confidence: float) -> bool:
    if intent in ("stop", "report_red_flag", "faq_self_removal") and confidence >= 0.99:
        return True  # set by the safety layer or a button: always honoured
    if confidence < INTERRUPTION_CONFIDENCE:
        return False
    return intent.startswith("faq_") or intent in CONTROL_INTENTS


def valid_name(text: object) -> Optional[str]:
    """A trimmed name, or None if empty, without letters (e.g. digits only) or over 100 characters."""
    name = " ".join(str(text or "").split())
    if not name or len(name) > MAX_NAME or not HAS_LETTER.search(name) or name.startswith("/"):
        return None
    return name


def yes_or_no(intent: str, confidence: float) -> Optional[bool]:
    if intent == "affirm":
        return True
    if intent == "deny":
        return False
    return None


def change_request(text: str) -> Optional[str]:
    """The slot a visitor wants to change ("change my number" -> caller_phone), if any."""
    if not CHANGE_VERB.search(text):
        return None
    for slot, pattern in CHANGE_FIELDS:
        if pattern.search(text):
            return slot
    return None
