"""Signs the message itself explains away, dropped before the detector decides a tier (session 33's blind sets).

A cause told beside the sign ("blurry when I put the ointment in, but it clears as soon as I blink", "burning up in this
heatwave", "light's too much on your website"), a mild sign beside "the eye is fine", bleeding once when pricked, burning
milia off (a removal, not eye pain), "since he passed" (died), crying asked as a cause of milia, a milium "that's killing
me". Each rule names what it keeps ("it doesn't clear when I blink" stays an emergency). Plain module: no rasa imports.
"""
from __future__ import annotations

import re
from typing import Set

from milia.safety.analysis import Analysis, sentence_text
from milia.safety.lexicon import RX_TOOL

_BLINKED_CLEAR = re.compile(r"(?<!n't )(?<!not )(?<!nt )\b(clears|cleared|goes away|went away) (as soon as|when|once|after|the moment) (i|she|he) "
                            r"(blink|blinks|blinked|wipe|wipes|wiped)|\b(till|until|til) (i|she|he) (blink|blinked|wiped)\b.*\b(clear|fine|normal)\b"
                            r"|\bonce (i|she|he) (wipe|wipes|wiped|blink|blinks|blinked) (them|it|my eyes?)?,? (my |her |his )?(sight|vision|eyes?)"
                            r"( ?'s| is| are)? (clear|fine|normal)")
_ON_A_SCREEN = frozenset({"website", "site", "app", "webpage", "mode"})


_EYE_FINE = re.compile(r"\b(eye|eyes|eyeball|vision|sight)( itself)? ('s|is|are|s) (totally |completely |absolutely )?(fine|ok|okay|normal|good|clear)\b")
_BLED_WHEN_DONE = re.compile(r"\bbled\b.*\bwhen (i|she|he) (did|picked|pricked|squeezed|popped|needled|lanced) (it|them|that one)\b.*\bstopped\b")
_SMEAR_CAUSES = frozenset({"ointment", "vaseline", "cream", "tears", "crying", "drops", "gel", "lotion", "balm", "oil", "serum"})


def _sentence_words(a: Analysis, i: int) -> Set[str]:
    return {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[i]}


def drop_explained_signs(a: Analysis) -> None:
    """Drops the signs the message explains away (see module docstring)."""
    # session 33 (followups/tuning_47): screens, pages and the weather, not the visitor: "light's too much on your website, any dark
    # mode?", "the booking page keeps going dark", "I'm burning up in this heatwave", "my head's spinning with all this skincare stuff"
    a.discard("RF_LIGHT", lambda s, e: bool(_ON_A_SCREEN & _sentence_words(a, s)) and a.low[s:e] != ["photophobia"])  # (not "marked
    # photophobia on that side and reduced acuity, can't read the bottom lines of the chart app": session 39, spent v18)
    a.discard("RF_GROW", lambda s, e: bool({"page", "website", "site", "app", "screen", "phone", "browser"} & _sentence_words(a, s))
              and not {"spot", "bump", "lump", "milium", "mole", "one", "mine"} & _sentence_words(a, s))  # "Mine isn't like the pictures on your website: ... has grown"
    a.discard("RF_FEVER", lambda s, e: bool({"heatwave", "heat", "weather", "sun", "sunshine", "office", "gym"} & _sentence_words(a, s))
              and a.low[s:e] == ["burning", "up"] and not {"picked", "squeezed", "popped", "temperature", "fever", "shivery"} & _sentence_words(a, s))
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s] in {"spinning", "head", "head's"} and bool(
        {"stuff", "information", "info", "advice", "options", "choices", "products", "skincare", "jargon", "words"} & set(a.low[e:e + 5])))
    # "hay fever is killing me, itchy watery eyes": the hay fever, not the eye after picking
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[e - 2:e] == ["killing", "me"] and bool(
        {"hay", "hayfever", "allergies", "allergy", "pollen", "fever"} & set(a.low[max(0, s - 3):s])))
    # session 33 (v12 spent, tuning_123): "can i burn the milia near my eye off", "since he passed": burning them off (a removal), died
    a.discard("RF_EYE_PAIN", lambda s, e: a.low[s] in {"burn", "burnt", "burned", "burning"} and s > 0 and a.low[s - 1] in {
        "i", "to", "can", "could", "you", "u", "me", "just"} and a.low[s + 1:s + 2] in (["the"], ["them"], ["it"], ["those"], ["these"], ["off"], ["my"]))
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s:e] == ["passed"] and (a.low[e:e + 1] == ["away"] or a.low[e:e + 1] != ["out"] and s > 0 and a.low[s - 1] in {
        "he", "she", "husband", "wife", "mum", "dad", "mother", "father", "nan", "grandad", "grandma", "gran", "partner"}))
    # "can crying cause milia?": crying asked as a cause
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s] in {"crying", "cry"} and bool({"cause", "causes", "caused", "give", "gives", "trigger", "make"}
                                                                              & set(a.low[e:e + 2])))
    # session 33 (tuning_126): "blurry when I put the eye ointment in but it clears as soon as I blink", "blurry with tears, but once
    # I wipe them my sight's clear": a smear that blinking clears, with its cause told, is not a change in sight
    for label in ("RF_VISION", "RF_EYE_TROUBLE", "RF_FLASHES", "RF_EYE_INJURY"):
        a.discard(label, lambda s, e, label=label: bool(_BLINKED_CLEAR.search(sentence_text(a, a.sentence[s]))) and bool(
            _SMEAR_CAUSES & {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]})
            and not (label == "RF_EYE_INJURY" and any(re.match(RX_TOOL, w) for w in a.low[s:e])))
    # session 33 (tuning_126): "the lid's a little sore, not swollen, eye is fine": a mildly sore lid, the eye told fine
    a.discard("RF_EYE_PAIN", lambda s, e: bool({"little", "bit", "slightly", "tad", "mildly", "tiny"} & set(a.low[s:e]))
              and not {"eye", "eyes", "eyeball"} & set(a.low[s:e]) and bool(_EYE_FINE.search(" ".join(a.low))))
    # "it bled a tiny bit when I did it and then stopped": the prick bleeding once, not a spot that bleeds (a GP's sign)
    a.discard("RF_BLEED", lambda s, e: bool(_BLED_WHEN_DONE.search(sentence_text(a, a.sentence[s]))))
    # "a milium on my brow bone that's killing me": the milium bothering the visitor, not the eye hurting
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[e - 2:e] == ["killing", "me"] and s > 0 and a.low[s - 1:s + 1] in (
        ["that", "'s"], ["it", "'s"], ["which", "is"], ["that", "is"]) and bool({"milium", "milia", "bump", "spot", "one", "lump"} & set(a.low[max(0, s - 9):s]))
        and not {"eye", "eyeball", "eyes"} & set(a.low[max(0, s - 9):s]))


_WELL_IN_SELF = re.compile(r"^((fine|ok|okay|well|good|great) in (my|him|her|them)sel(f|ves)|(his|her|my|their) (normal|usual|old) sel(f|ves)"
                           r"|sharp as a tack)\b")
_BEFORE_AN_APPOINTMENT = re.compile(r"^before (my|the|an|a|every|each) (last |first |next )?(appointment|treatment|procedure|session|op|operation"
                                    r"|jab|injection|exam|interview|dentist|wedding|flight)\b")
_NO_SLEEP = frozenset({"teething", "newborn", "sleep", "night", "nights", "shift", "hangover", "hungover"})


def drop_signs_told_away(a: Analysis) -> None:
    """Session 34 (tuning_133, tuning_135): a sign the story itself puts down to something else."""
    n = len(a.low)
    # "My dad was really ill with pneumonia at christmas ... He's his normal self", "I normally get really poorly with
    # infections ... This time I'm fine in myself": told well in a later sentence, with nothing unwell told after that
    well = [k for k in range(n) if _WELL_IN_SELF.match(" ".join(a.low[k:k + 6])) and not (  # "He is normally sharp as a tack": how he
            {"normally", "usually", "always"} & set(a.low[max(0, k - 3):k]))]  # usually is, against today (session 43, tuning_318)
    for label in ("RF_VERY_UNWELL", "RF_WORST_ILL"):
        a.discard(label, lambda s, e: any(a.sentence[k] > a.sentence[s] and not any(
            s2 > k for lab in ("RF_VERY_UNWELL", "RF_WORST_ILL") for s2, _ in a.spans(lab)) for k in well))
    # "My heart was pounding before my last appointment lol", "I get dizzy spells from low blood pressure", "feel like death
    # warmed up" after a night up with a teething baby, "forgive the rambling"
    a.discard("RF_VERY_UNWELL", lambda s, e: bool(_BEFORE_AN_APPOINTMENT.match(" ".join(a.low[e:e + 6]))))
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[e:e + 1] == ["spells"] or a.low[e:e + 3] in (
        ["from", "low", "blood"], ["from", "my", "blood"], ["from", "blood", "pressure"]))
    a.discard("RF_BLEED", lambda s, e: a.low[e - 1] == "blood" and a.low[e:e + 1] in (["pressure"], ["sugar"], ["sugars"], ["test"], ["tests"]))
    a.discard("RF_WORST_ILL", lambda s, e: "death" in a.low[s:e + 2] and bool(_NO_SLEEP & _sentence_words(a, s))
              and not {"picked", "squeezed", "popped", "infected", "spreading", "temperature", "fever"} & _sentence_words(a, s))
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s] == "rambling" and s > 0 and a.low[s - 1] in {"the", "my", "for", "forgive", "excuse", "sorry"})
    # "my nose is red and sore from tissues", "I get cold sores now and then", "under-eyes look like I've been punched, dark circles"
    for label in ("RF_PAINFUL_RED", "RF_PERSISTENT"):
        a.discard(label, lambda s, e: a.low[e:e + 1] == ["from"] and bool({"tissues", "tissue", "blowing", "cold", "wind", "shaving"} & set(a.low[e + 1:e + 4])))
    a.discard("RF_PERSISTENT", lambda s, e: a.low[s] in {"sore", "sores"} and a.low[s - 1:s] == ["cold"])
    for label in ("RF_FEVER", "RF_HOT"):
        a.discard(label, lambda s, e: "bothered" in a.low[e:e + 3])  # "feeling hot and bothered all week" (the weather)
    a.discard("RF_SWELL", lambda s, e: "punched" in a.low[s:e] and bool({"circles", "tired", "sleep", "newborn"} & _sentence_words(a, s)))
    # "Had milia removed at your clinic yesterday and there's a tiny dot of dried blood on each one": the removal healing
    a.discard("RF_BLEED", lambda s, e: any(k < s for k, _ in a.spans("CLINIC_PASSIVE")) and bool(
        {"dried", "dot", "dots", "speck", "specks", "tiny", "little"} & set(a.low[max(0, s - 4):e + 1])) and not {"keeps", "still", "again"} & _sentence_words(a, s))
    # "I can't see it properly in the mirror to do it myself": the bump, not the sight (session 34, tuning_145)
    for label in ("RF_VISION", "RF_EYE_TROUBLE"):
        a.discard(label, lambda s, e: "it" in a.low[s:e + 1] and "mirror" in a.low[e:e + 4])
    # "i cried through a whole film last night and this morning my under eye milia look so obvious against the puffiness": puffy from
    # crying, nothing picked (session 35, tuning_153)
    a.discard("RF_SWELL", lambda s, e: a.low[s] in {"puffiness", "puffy", "puffed"} and bool({"cried", "crying", "sobbed", "sobbing"} & set(a.low))
              and not any(a.spans(label) for label in ("SELF_VERB", "TOOL", "TOOL_USE", "REMOVE")))
    # "The FAQ mentions 'infection, scarring and eye damage' from DIY removal", "Quoting your page: 'if a spot bleeds, grows or
    # changes, see a GP'": the page's words quoted, not the visitor's signs (session 35, tuning_153)
    quoted = _quoted(a)
    for label in [lab for lab in a.hits if lab.startswith("RF_")]:
        a.discard(label, lambda s, e: s in quoted)
    # "i can't see the milium properly anymore cos my eyelid has gone really puffy": the bump hidden, not the sight (session 35)
    a.discard("RF_VISION", lambda s, e: bool({"milium", "milia", "bump", "bumps", "spot", "spots", "dot", "dots"} & set(a.low[s:s + 5]))
              and {"see", "find"} & set(a.low[s:s + 3]) and bool({"ca", "can", "cant", "cannot", "could", "couldnt"} & set(a.low[s:s + 2])))


_QUOTES = frozenset({"'", '"'})
# the page quoted, not a person's words ("he says things look 'wobbly'" is a report)
_QUOTE_CUES = frozenset({"mentions", "mention", "mentioned", "quoting", "quote", "quotes", "lists", "listed", "warns", "faq"})
_QUOTE_PAGE = frozenset({"page", "faq", "website", "site", "leaflet"})


def _quoted(a: Analysis) -> Set[int]:
    """Tokens inside quotation marks opened straight after a quoting word ("your FAQ says '...'", "Quoting your page: '...'")."""
    marks = [k for k, w in enumerate(a.low) if w in _QUOTES]
    inside: Set[int] = set()
    for i, j in zip(marks[::2], marks[1::2], strict=False):  # an unclosed last quote opens nothing
        before = set(a.low[max(0, i - 4):i])
        if j - i <= 30 and (_QUOTE_CUES & before or _QUOTE_PAGE & before and {"says", "said", ":", "reads"} & before):
            inside.update(range(i + 1, j))
    return inside

