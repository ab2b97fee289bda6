"""Messages that ask two things, and long messages whose question comes after a story.

The intent classifier reads the whole message. Two things go wrong with that on real messages:

- "what's the cheapest way to get rid of them, and what causes them?" asks two questions; the
  whole message sits between two topics and gets "did you mean" or one answer;
- "I'm 59 and have rosacea and ... Would you please explain what causes milia?" is read by the
  story's words, not the question's.

``question_parts`` splits a message into its questions; ``combine`` then decides, from the
classifier's reading of the whole message and of each question, what to answer:

- two questions each read confidently as different answerable topics: both, in the order asked
  (never more than ``MAX_ANSWERS``); a request for a callback counts even when it is not worded as
  a question ("How much is it? Please could someone call me back.");
- one question beside a story: the whole message's and the question's readings averaged, so the
  question weighs more and the story still gives context ("my baby has white spots on his nose.
  what are they?" stays about babies); a question that only points back ("what exactly is that?")
  names nothing, so the whole message's reading stands;
- otherwise the whole message's reading, unchanged.

Safety is not decided here: the safety detector reads the whole message afterwards and its reply
always comes first. Plain module: no rasa imports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, FrozenSet, List, Mapping, Sequence, Tuple

MAX_ANSWERS = 2
# A question's own reading must be at least this sure to count as a second question.
MIN_PART_CONFIDENCE = 0.5
# Intents that can be answered one after the other (the rest, e.g. greetings, never combine). A
# question the page does not answer (out_of_scope) is answered as such beside the one it does.
ANSWERABLE_PREFIXES = ("faq_",)
ANSWERABLE = frozenset({"request_callback", "out_of_scope"})
# Answerable when asked as a statement too: "I'd like a callback to book a consultation please."
REQUESTS = frozenset({"request_callback"})

QUESTION_WORDS = (
    "what|whats|what's|why|how|hows|when|where|who|which|can|could|cud|do|does|did|is|isnt|are|arent|r"
    "|will|would|should|shall|may|might|am|have|has"
)
_SENTENCE_END = re.compile(r"(?<=[?!.])\s+|\n+")
# ", and what ...", " and can I ...", ", how ...": a second clause that asks something new
# a clause that starts a new question: a wh-word, or a verb and its subject ("can someone", "are they")
# "when I was little ...", "where it itches": a sentence or clause that tells, not asks; after a
# comma, "which is ..." tells too ("..., which is a bit creepy.")
_TELLS_START = r"(?:when|where|which|whenever)\s+(?:i|i'm|im|we|they|he|she|it|it's|its|my)\b"
_TELLS = (rf"{_TELLS_START}|which\s+(?:is|was|are|were|has|had|means|meant|makes|made)\b"
          r"(?!\s+(?:the|better|best|safer|safest|cheaper|cheapest|quicker|quickest|more|less|most|least)\b)")
_NEW_QUESTION = (
    rf"(?!{_TELLS})(?:what|whats|what's|why|how|hows|when|where|who|which)\b"
    r"|(?:can|could|do|does|is|are|r|will|would|should)\s+"
    r"(?:i|you|u|they|it|milia|these|those|them|someone|anyone|my|we|he|she|there)\b"
)
# ", and what ...", " + how much ...", " btw can I ...", " oh and is it ..."
_CLAUSE = re.compile(rf"\s*(?:,\s*(?:and|also|plus|but|btw|oh and)?|\s(?:and|also|plus|btw|oh and)|\s[+&])\s+(?=(?:{_NEW_QUESTION}))",
                     re.I)
_STARTS_AS_QUESTION = re.compile(rf"^(?:{QUESTION_WORDS}|tell me|explain|please explain|any idea)\b", re.I)
_MIN_WORDS = 2

Probabilities = Mapping[str, float]


@dataclass(frozen=True)
class Part:
    text: str
    is_question: bool


_LEADING_LINK = re.compile(r"^(?:and|also|plus|but|so|oh|ok|okay|and also|oh and|one more thing)\b[\s,:-]*", re.I)


_TELLING = re.compile(_TELLS_START, re.I)


def _is_question(text: str) -> bool:
    text = _LEADING_LINK.sub("", text.strip())
    return text.endswith("?") or bool(_STARTS_AS_QUESTION.match(text) and not _TELLING.match(text))


# Words of a question that points back at the story without naming anything: "what is that?",
# "what does it mean?", "what exactly is this?"
_POINTING = frozenset(
    "what whats what's is are was that this it they those these exactly does do mean means meaning"
    " please then then's so and oh ok okay really actually".split()
)
_WORD = re.compile(r"[a-z']+")


def names_nothing(question: str) -> bool:
    """The question only points back ("What exactly is that?"): its topic is in the story around it."""
    words = _WORD.findall(question.lower())
    return bool(words) and all(w in _POINTING for w in words)


# Words of a part that only acknowledges or greets: "thanks that's helpful.", "ok cool.", "hi there,"
_ACKNOWLEDGING = frozenset(
    "thanks thank you thx ty ta cheers that's thats that is was really very so super helpful useful great good ok okay"
    " cool right lovely brilliant perfect fab nice got it hi hello hey there morning afternoon evening sorry"
    " another q question one more thing quick".split()
)


def acknowledges(part: str) -> bool:
    """The part only thanks, agrees or greets ("thanks that's helpful.", "ok cool"): nothing to answer."""
    words = _WORD.findall(part.lower())
    return bool(words) and all(w in _ACKNOWLEDGING for w in words)


def split_message(text: str) -> List[Part]:
    """Sentences, and the clauses of a sentence that ask something new, in order."""
    parts: List[Part] = []
    for sentence in _SENTENCE_END.split(text.strip()):
        sentence = sentence.strip()
        if not sentence:
            continue
        clauses = [c.strip() for c in _CLAUSE.split(sentence) if c and c.strip()]
        for clause in clauses:
            if len(clause.split()) < _MIN_WORDS and parts:
                continue  # "ok." "thanks!": not a part of its own
            question = _is_question(clause) or (clause is clauses[-1] and sentence.endswith("?"))
            parts.append(Part(clause, question))
    return parts


def question_parts(text: str) -> List[str]:
    return [p.text for p in split_message(text) if p.is_question]


def _answerable(intent: str) -> bool:
    return intent in ANSWERABLE or intent.startswith(ANSWERABLE_PREFIXES)


def _top(probabilities: Probabilities) -> Tuple[str, float]:
    name = max(probabilities, key=probabilities.__getitem__)
    return name, probabilities[name]


@dataclass(frozen=True)
class Combined:
    """What to answer: the probabilities to rank, and the topics asked (two or more: compound)."""

    probabilities: Probabilities
    asked: Tuple[str, ...] = ()

    @property
    def is_compound(self) -> bool:
        return len(self.asked) >= 2


def combine(text: str, read: Callable[[str], Probabilities], keep: FrozenSet[str] = frozenset()) -> Combined:
    """The reading of ``text`` (``read`` gives the classifier's probabilities for any text).

    A whole message read as one of ``keep`` (the warning-sign intents) is never re-read by its
    parts: a red flag the classifier saw in the whole message must not be lost to its questions.
    """
    whole = read(text)
    parts = split_message(text)
    questions = [p.text for p in parts if p.is_question]
    if len(parts) < 2 or not questions or _top(whole)[0] in keep:
        return Combined(whole)
    readings = [read(q) for q in questions]
    asked: List[str] = []
    reading_of = dict(zip(questions, readings, strict=True))
    for part in parts:
        # a question, or a request that is not worded as one ("please could someone ring me back.")
        reading = reading_of.get(part.text) if part.is_question else read(part.text)
        name, confidence = _top(reading)
        if confidence < MIN_PART_CONFIDENCE or name in asked:
            continue
        if (part.is_question and _answerable(name)) or (not part.is_question and name in REQUESTS):
            asked.append(name)
    if len(asked) >= 2:
        return Combined(whole, tuple(asked[:MAX_ANSWERS]))
    if len(questions) == 1 and names_nothing(questions[0]):
        return Combined(whole)  # "My derm mentioned needle extraction ... What exactly is that?": the story names it
    if len(questions) == 1 and all(p.is_question or acknowledges(p.text) for p in parts):
        return Combined(readings[0])  # "thanks. is there parking at the clinic?": the thanks adds nothing to read
    if len(questions) == 1:
        averaged = {k: (whole.get(k, 0.0) + readings[0].get(k, 0.0)) / 2 for k in whole}
        return Combined(averaged)
    return Combined(whole)


def order_asked(asked: Sequence[str]) -> List[str]:
    """The topics to answer, at most ``MAX_ANSWERS``, each once, in the order asked."""
    seen: List[str] = []
    for name in asked:
        if name not in seen:
            seen.append(name)
    return seen[:MAX_ANSWERS]
