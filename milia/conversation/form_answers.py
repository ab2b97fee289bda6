"""How the callback form reads a visitor's answers: names, yes/no, "change my number", interruptions."""

from __future__ import annotations

import re
from typing import Optional

MAX_NAME = 100
NO_CONCERN = "none"
# Intents that mean the visitor asked something else instead of answering the form.
CONTROL_INTENTS = frozenset(
    {"stop", "report_red_flag", "report_emergency", "request_human", "ask_capabilities", "bot_challenge", "out_of_scope",
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
CHANGE_VERB = re.compile(r"\b(change|edit|incorrect|fix|update|wrong|mistake|typo|different)\b", re.I)
HAS_LETTER = re.compile(r"[^\W\d_]")


NOT_A_NAME = frozenset(
    """what how can could are is do does why when where will would should who which may am i i'm im my
    it its they them these hi hello hey thanks thank cheers yes yeah yep no nope ok okay stop cancel quit
    help please sorry bye goodbye never forget""".split()
)


def is_forced(intent: str, confidence: float) -> bool:
    """Set by the safety layer or a button: always honoured, whatever the form asked."""
    return intent in ("stop", "report_red_flag", "report_emergency", "faq_self_removal") and confidence >= 0.99


def is_interruption(intent: str, confidence: float) -> bool:
    if is_forced(intent, confidence):
        return True
    if confidence < INTERRUPTION_CONFIDENCE:
        return False
    return intent.startswith("faq_") or intent in CONTROL_INTENTS


def looks_like_name(text: str) -> bool:
    """A short answer that reads as a name rather than a question ("Jane Again", "hi, my name is Jane",
    "hello, I'm Priya Shah"; not "are they contagious" or "I'm worried about them")."""
    name = valid_name(text)
    if name is None or "?" in text or any(ch.isdigit() for ch in text):
        return False
    words = name.replace(",", " ").split()
    if not 0 < len(words) <= 4:
        return False
    said = " ".join(text.split())
    if name != said:  # a lead-in was taken off
        lead = said[: said.find(name)].lower() if name in said else ""
        if "name" in lead or "call me" in lead:
            return True
        return not any(word[0].islower() for word in words)  # "I'm Priya Shah", not "I'm worried"
    return words[0].lower().strip(".!") not in NOT_A_NAME


# A reply made only of these ("yes", "ok sure", "yes please") answers the offer, it is not a name.
ANSWER_WORDS = frozenset("yes yeah yep yup ok okay sure alright no nope nah please pls thanks thank you".split())


# "my name is Priya", "I'm Jo", "it's Sam here": the name is what follows.
NAME_LEAD_IN = re.compile(
    r"^(?:(?:hi|hello|hey|ok|okay|yes|sure)[,!. ]+)?"
    r"(?:my (?:full )?name(?:'s| is)|name(?:'s| is)|i am|i'm|im|it's|its|it is|this is|call me)[:,]?\s+(?=\S)",
    re.I,
)
NAME_TAIL = re.compile(r"[,.!]?\s+(?:here|thanks|thank you|ta)[.!]*$", re.I)


def valid_name(text: object) -> Optional[str]:
    """A trimmed name without a lead-in ("my name is ..."), or None if empty, without letters (e.g.
    digits only), over 100 characters or only yes/no/ok words."""
    name = " ".join(str(text or "").split())
    name = NAME_TAIL.sub("", NAME_LEAD_IN.sub("", name)).strip()
    if not name or len(name) > MAX_NAME or not HAS_LETTER.search(name) or name.startswith("/"):
        return None
    if all(word.strip(".,!") in ANSWER_WORDS for word in name.lower().split()):
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
