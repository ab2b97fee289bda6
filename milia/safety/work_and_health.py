"""Warning-sign words of the visitor's work or health told beside a question to the clinic, not a sign on their own spot (session 43,
tuning_319, tuning_323): "I'm on blood thinners so I bruise and bleed easily", "I'm a paramedic on shifts so I see enough blood at
work", "does the cream you sell make skin look shiny? i have oily skin", "I'm a nurse so I've seen plenty of nasty infected wounds in
my time" ("my mum works in cancer care" is a mention of cancer in milia/safety/near_misses.py). Each is dropped only in its own
sentence, and never beside a removal the visitor tells. Plain module: no rasa imports.
"""
from __future__ import annotations

import re

from milia.safety.analysis import Analysis, sentence_text

_BLEEDS_EASILY = re.compile(r"\b(bruise|bruises) easily\b|\bblood thinners?\b|\bwarfarin\b|\banticoagulants?\b"
                            r"|\b(see|seen|used to) (enough|plenty of|lots of|loads of)? ?blood\b|\bblood (at work|all day)\b")
_SHINY_SKIN = re.compile(r"\b(oily|greasy) skin\b|\bskin (look|looks|looking) shiny\b")
_SEEN_AT_WORK = re.compile(r"\b(seen|see) (plenty|lots|loads|enough|a lot|hundreds) of\b.*\b(in my time|at work|in my job|as a nurse)\b"
                           r"|\b(i 'm|im|i am) a (nurse|paramedic|doctor|carer|medic)\b.*\b(seen|see) (plenty|lots|loads|enough|a lot)\b")


def drop_work_and_health_signs(a: Analysis) -> None:
    """Forget the bleeding, shine and infection words of the visitor's work or health told beside a question."""
    asked = "?" in a.low or re.search(r"\b(how much|how long|wondering|want to book|book in|prices?)\b", " ".join(a.low))
    if not asked or any(a.spans(label) for label in ("SELF_VERB", "HOME_WAY")):
        return

    def said(s: int, rx: "re.Pattern[str]") -> bool:
        return bool(rx.search(sentence_text(a, a.sentence[s])))

    a.discard("RF_BLEED", lambda s, e: said(s, _BLEEDS_EASILY))
    a.discard("RF_CANCER", lambda s, e: said(s, _SHINY_SKIN))
    a.discard("RF_INFECT", lambda s, e: said(s, _SEEN_AT_WORK))
