"""A follow-up that corrects the message before it: "sorry I meant 10 days old not 10 weeks", "sorry, not
swollen, I meant there's a tiny red dot", "I wrote blurry but I meant watery", "I don't mean pus".

What was said must be in the message before, word for word, and more than little words ("my", "the"),
and the follow-up must say it corrects ("sorry", "meant", "typo"). ``Correction`` holds the message
before as the visitor meant it, the rest of the follow-up after the correction, and where the follow-up
quotes what it takes back: those words report nothing ("I meant 36.5 not 38.5" reports no temperature of
38.5). Plain module: no rasa imports.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional, Tuple

CORRECTION_CUE = re.compile(r"\b(meant|mean|typo|mistake|sorry|correction|mistyped|misread|autocorrect|should (have )?(said|say|be))\b")
CORRECTION_LEAD = re.compile(
    r"^\s*((sorry|typo|oops|correction|my mistake|i meant|meant|i mean|it'?s|its|it was|that was|that should (have )?(said|say|be)"
    r"|should (have )?(said|say|be)|actually|oh|no|and|ah)\b[\s,:]*)+")
QUOTES = re.compile(r"(?<![a-z0-9])'|'(?![a-z0-9])|\"")
LITTLE_WORDS = frozenset("my the a an her his their our your it its that this one ones on in at by to of and or".split())
# "sorry, not swollen, I meant ...": what was said first, then what was meant
NOT_SAID_MEANT = re.compile(r"\bnot (?P<said>[^,;!?.]+?)\s*[,;:-]*\s*(i )?meant (?P<meant>[^,;!?]+)")
# "i wrote blurry but i meant watery"
WROTE_BUT_MEANT = re.compile(r"\b(wrote|said|typed|put|say) ['\"]?(?P<said>[^,;!?.'\"]+?)['\"]? but (i )?meant ['\"]?(?P<meant>[^,;!?'\"]+)")
# "I don't mean pus, it was just the hard white bit": taken back with nothing in its place
DONT_MEAN = re.compile(r"\b(i )?(don'?t|do not|didn'?t|did not) mean (?P<said>[^,;!?.]+)")
# "sorry autocorrect! I meant the tweezers slipped onto my lip": the message before told again, as meant
RESTATED = re.compile(r"\b(i )?meant (?P<meant>[^.!?]+)")
RESTATED_CUE = re.compile(r"\b(sorry|typo|autocorrect|mistyped|oops|my bad)\b")
# "sorry meant my chin": the place told before, changed
PLACE_MEANT = re.compile(r"\b(i )?meant (on )?(my|the|her|his) (?P<place>cheeks?|nose|chin|forehead|jaw|jawline|neck|chest|arms?|legs?"
                         r"|shoulders?|lips?|temples?|hairline|scalp|ears?|back)\b")
EYE_PLACE = re.compile(r"\b(eyelids?|eye ?lids?|lids?|under ?eyes?|eyes?|lash ?line|waterline|tear ?troughs?|eye ?bags)\b",
                       re.IGNORECASE)
# "sorry that was meant as a question - WILL it be swollen after? haven't had it done yet": nothing happened
ASKED_NOT_TOLD = re.compile(r"\b((that|it) was meant (as|to be) a question|i meant to ask)\b")
NOT_HAD_IT = re.compile(r"\b(haven'?t|have not|not yet|never) (had (it|them) done|done (it|them|anything)|tried (it|them|anything)"
                        r"|touched (it|them|anything))\b")


@dataclass(frozen=True)
class Correction:
    previous: str  # the message before, as the visitor meant it
    rest: str  # the follow-up after the correction
    retracted: Tuple[int, int]  # where the follow-up quotes what it takes back
    restated: bool = False  # the message before told again, or its place changed, rather than words swapped


def _said_in(previous: str, said: str) -> Optional[Tuple[re.Match, str]]:
    """The longest start of ``said`` (up to five words, not only little words) found word for word in ``previous``."""
    words = said.split()
    for n in range(min(len(words), 5), 0, -1):
        if set(words[:n]) <= LITTLE_WORDS:
            continue
        quoted = " ".join(words[:n])
        hit = re.search(r"(?<!\w)" + re.escape(quoted) + r"(?!\w)", previous, re.IGNORECASE)
        if hit:
            return hit, quoted
    return None


def _meant_not_said(low: str) -> Iterator[Tuple[str, str, int, int]]:
    """(meant, said, start, end of the clause) for each "<meant> not <said>" clause."""
    for clause in re.finditer(r"[^,;!?.]+(?:\.(?=\d)[^,;!?.]*)*", low):  # "36.3" stays whole
        if " not " in clause.group(0):
            meant, said = clause.group(0).split(" not ", 1)
            yield CORRECTION_LEAD.sub("", meant).strip(), said, clause.start() + len(meant), clause.end()


def corrected_previous(previous: str, text: str) -> Optional[Correction]:
    """The correction ``text`` makes to ``previous``, or None when it corrects nothing (see module docstring)."""
    low = QUOTES.sub(" ", text.lower())  # "meant 'eyelid' not 'eye'" (same length: spans stay valid)
    if not CORRECTION_CUE.search(low):
        return None
    for meant, said, start, end in _meant_not_said(low):
        found = _said_in(previous, said)
        if found and meant and meant != found[0].group(0).lower():
            hit = found[0]
            retracted = (start, start + len(" not ") + len(found[1]))
            return Correction(previous[:hit.start()] + meant + previous[hit.end():], text[end:].lstrip(" ,;!?."), retracted)
    for form in (NOT_SAID_MEANT, WROTE_BUT_MEANT, DONT_MEAN):
        for match in form.finditer(low):
            found = _said_in(previous, match.group("said").strip())
            if not found:
                continue
            meant = match.groupdict().get("meant") or ""
            hit = found[0]
            said_at = match.start("said")
            retracted = (said_at, said_at + len(found[1]))
            return Correction(previous[:hit.start()] + meant.strip() + previous[hit.end():], text[match.end():].lstrip(" ,;!?."),
                              retracted)
    asked = ASKED_NOT_TOLD.search(low)
    if asked and NOT_HAD_IT.search(low):
        return Correction("", text[asked.end():].lstrip(" ,;!?.-"), (0, 0), restated=True)
    place, eye = PLACE_MEANT.search(low), EYE_PLACE.search(previous)
    if place and eye:
        return Correction(previous[:eye.start()] + place.group("place") + previous[eye.end():], text[place.end():].lstrip(" ,;!?."),
                          (0, 0), restated=True)
    restated = RESTATED.search(low)
    if restated and RESTATED_CUE.search(low) and len(_content(restated.group("meant")) & _content(previous.lower())) >= 2:
        return Correction(restated.group("meant"), text[restated.end():].lstrip(" ,;!?."), (0, 0), restated=True)
    return None


def _content(text: str) -> set:
    return {w for w in re.findall(r"[a-z']+", text) if w not in LITTLE_WORDS and len(w) > 2}


def without_retracted(text: str, correction: Correction) -> str:
    """``text`` with the words it takes back blanked out (same length, so spans stay valid)."""
    start, end = correction.retracted
    return text[:start] + " " * (end - start) + text[end:]
