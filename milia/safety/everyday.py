"""Everyday readings of alarming words, dropped before the detector decides a tier (session 30's blind sets).

"Rambling a bit, bear with", "gritty since we put the heating on", "the shadow under my eyes", "the edge is blurry",
"the skin above my eye is swollen", "well below my eye", "a hot flannel", "I go faint at needles", "how to rid myself
of". Each rule names what it keeps ("my eye is throbbing" stays an emergency). Plain module: no rasa imports.
"""
from __future__ import annotations

import re
from typing import List

from milia.safety.analysis import Analysis, sentence_text
from milia.safety.lexicon import RX_HEAL, RX_NEG_TOKEN

_EVERYDAY_EYE_CAUSE = re.compile(
    r"\b(heating|central heating|air ?con|contacts too long|my contacts|lenses too long|short.?sighted|long.?sighted|without my (lenses|glasses|contacts)"
    r"|stood up\b.{0,25}\b(quickly|fast)|standing up\b.{0,25}\b(quickly|fast)|micellar|shampoo (in|got|went|sting\w*)|(?<!since )(?<!from )(?<!at )\b\d+ ?am\b|hands shake"
    r"|appointments? booked|booked (twice|two)|not my eyes?\b|light ?'?s too dim|light is too dim|all (my|his|her|their) li(fe|ves)(?!.*\b(today|now|suddenly|this morning|yesterday)\b)"
    r"|since (birth|childhood|i was (born|a child|little))|face ?blind"
    r"|(dust|sawdust|grit) in my eyes all day|goggles steam|staring at (spreadsheets|screens?|a screen|my laptop)|night 's sleep wo n't fix"
    r"|always go red and sting after swimming|chlorine"
    # session 44 (tuning_346): "Been squinting in the sun all week on holiday", "I get my usual migraine with a sparkly aura"
    r"|squint\w* (in|at|into) the (sun|sunshine|glare)|not because (the )?(light|sun|brightness)|(?<!like my )(?<!from my )(?<!than my )(usual|normal|regular|typical|same old) migraines?\b)")  # sessions 40, 43 (tuning_319)


_AWAY = frozenset({("well", "below"), ("well", "above"), ("nowhere", "near"), ("far", "from"), ("away", "from"), ("not", "near"),
                   ("miles", "from"), ("nowhere", "close"), ("far", "below"), ("far", "above"),
                   # "a good couple of inches above my eyebrows" (session 49, tuning_541)
                   ("inches", "above"), ("inches", "below"), ("inches", "from")})


_TREATMENT_DONE = re.compile(r"\b(since|after) (my|the|her|his|your|their) (appointment|treatment|procedure|removal|session)\b|\btreated\b"
                             r"|\b(got|had|get) (them|it|mine|the milia|my milia) (done|removed|taken off|out) at\b")  # "Got them done at a beauty place" (session 50)

def _away_from(before: List[str]) -> bool:
    """The words before an eye word place something away from it: "well below my", "nowhere near the", "not my"."""
    words = list(before)
    if words[-1:] and words[-1] in {"my", "the", "her", "his", "your", "their"}:
        words = words[:-1]
    return tuple(words[-2:]) in _AWAY or words[-1:] == ["not"] and len(before) > len(words)


def drop_everyday_readings(a: Analysis) -> None:
    """Drops the readings of alarming words that the message itself explains as everyday (see module docstring)."""
    # "Rambling a bit, bear with", "sorry for rambling": how the visitor writes, not a confused patient
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s] in {"rambling", "babbling"} and (
        s == 0 or a.low[s - 1] in {"i", "'m", "im", "am", "for", "my", "me", "still"} or bool({"bear", "sorry", "apologies"} & set(a.low[max(0, s - 2):s + 6]))
        # "He's still babbling, feeding well": a baby's babble (session 49, tuning_518)
        or a.low[s] == "babbling" and bool({"baby", "babies", "months", "month", "mo", "infant", "toddler", "week", "weeks", "newborn"} & set(a.low))))
    # "it was just a smudge on my contact lens": a mark on the lens or glasses, not on the sight
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[e - 1] in {"smudge", "smudges", "smudged", "smear", "smeared"} and bool(
        {"lens", "lenses", "contact", "contacts", "glasses", "specs", "screen", "mirror", "phone", "camera"} & set(a.low[e:e + 4])))
    # "no swelling, healing great": the negation ends at the comma, before the healing
    a.discard("RF_NOT_HEALED", lambda s, e: re.match(RX_NEG_TOKEN, a.low[s]) is not None and re.match(RX_HEAL, a.low[e - 1]) is not None
              and any(a.low[k] in {",", ";", ".", "!"} for k in range(s + 1, e - 1)))
    # "the shadow under my eyes, where concealer goes": the under-eye, not a shadow over the sight
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[e - 1] in {"shadow", "shadows"} and a.low[e:e + 1] in (
        ["under"], ["below"], ["beneath"], ["round"], ["around"], ["underneath"]))
    # "the edge is blurry now": the spot's edge, not the sight
    a.discard("RF_VISION", lambda s, e: bool({"edge", "edges", "border", "borders", "outline", "margin", "margins", "rim"}
                                             & set(a.low[max(0, s - 3):s])) and not {"vision", "sight", "eye", "eyes", "seeing"}
              & set(a.low[max(0, s - 5):e]))
    # "the skin above my eye is now swollen and throbbing": the skin round the eye, not the eye itself
    for label in ("RF_EYE_PAIN", "RF_EYE_TROUBLE"):
        a.discard(label, lambda s, e: any(a.low[k] in {"above", "below", "under", "beside", "around", "round", "near", "by"}
                                          and "skin" in a.low[max(0, k - 3):k] and a.clause[k] == a.clause[s]
                                          and not {"eye", "eyes", "eyeball"} & set(a.low[k + 3:s])
                                          for k in range(max(0, s - 10), s + 1)))
    # "well below my eye", "nowhere near my eyes", "(not my eyes, the ones by my lips)": a place told by its distance from the eye
    a.discard("EYE", lambda s, e: _away_from(a.low[max(0, s - 4):s]))
    # "gone from white to a pinky-red and it's bigger too": the spot grew and changed colour (a GP's), nothing picked
    a.discard("RF_SPREAD", lambda s, e: a.low[e - 1] in {"bigger", "larger"} and (e - 1) in a.covered.get("RF_GROW", set())
              and not any(a.spans(label) for label in ("SELF_VERB", "REMOVE", "TOOL", "BARE_TOOL", "RF_PUS", "RF_HOT"))
              # (not "Since my appointment ... the red area is bigger every day": redness spreading after a treatment, session 47, tuning_452)
              and not ({"red", "redness", "pink", "ring", "halo", "circle"} & set(a.low[s:e]) and bool(_TREATMENT_DONE.search(" ".join(a.low)))))
    # an everyday cause told in the sentence: "gritty since we put the heating on", "I wear my contacts too long", "short-sighted,
    # without my lenses", "sparkles when I stood up too quickly", "the micellar water stings", "it's 2am", "hands shake when I
    # hold the camera", "seeing double, two appointments booked"; "colours look washed out on my new TV, not my eyes"
    for label in ("RF_EYE_SHUT", "RF_EYE_TROUBLE", "RF_EYE_PAIN", "RF_VISION", "RF_FLASHES", "RF_LIGHT"):
        # (not "It's 3am and my eye is throbbing so badly I can't sleep, worst pain I've ever had": session 40, tuning_242)
        a.discard(label, lambda s, e: bool(_EVERYDAY_EYE_CAUSE.search(sentence_text(a, a.sentence[s]))) and not {
            "worst", "agony", "unbearable", "excruciating", "badly"} & set(sentence_text(a, a.sentence[s]).split()) and not any(
            a.sentence[k] == a.sentence[s] for other in ("SELF_VERB", "TOOL", "BARE_TOOL", "GADGET", "CONSUMER_TOOL", "RF_EYE_INJURY")
            for k, _ in a.spans(other)))
    # "my mum is a bit forgetful and muddled in the evenings": long-standing confusion, not a new sign
    a.discard("RF_VERY_UNWELL", lambda s, e: bool({"forgetful", "dementia", "alzheimer's", "alzheimers", "alzheimer"} & set(a.low))
              and not {"suddenly", "more", "worse", "usual", "today", "new", "now"} & set(a.low) and not any(
                  a.spans(label) for label in ("RF_SWELL", "RF_HOT", "RF_PUS", "RF_OOZE", "RF_SPREAD", "RF_INFECT", "RF_FEVER")))
    # "Grandma is always sleepy after lunch, that's normal for her" (session 44, tuning_360): her usual, in a sentence of its own
    a.discard("RF_VERY_UNWELL", lambda s, e: bool(re.search(r"\b(always|normal for (her|him|them|me)|usual for (her|him|them|me))\b", sentence_text(
        a, a.sentence[s]))) and not {"now", "today", "suddenly", "more", "worse", "not", "n't", "nt"} & set(sentence_text(a, a.sentence[s]).split()))
    # "the little scab is nearly gone", "a little scab already and it looks like it's healing": a removal's scab healing (session 44, tuning_361)
    a.discard("RF_PERSISTENT", lambda s, e: bool(re.search(r"\b((nearly|almost) gone|(it 's|its|is|looks like it 's|it is) healing|healing (nicely|well|up))\b",
                                                           sentence_text(a, a.sentence[s]))) and not re.search(r"\b(weeks|months|again|keeps)\b", " ".join(a.low)))
    # "I can barely keep my eyes open": the eyes, not an open sore
    a.discard("RF_PERSISTENT", lambda s, e: a.low[e - 1] == "open" and a.low[s - 1:s] in (["eyes"], ["eye"], ["them"]))
    # "I go faint at needles": a fear, not fainting
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[e - 1] in {"faint", "fainty", "woozy", "dizzy"} and a.low[e:e + 1] == ["at"])
    # "what are the signs of infection I should look out for after my appointment?": asked in general
    a.discard("RF_INFECT", lambda s, e: bool(re.search(r"\b(look out for|watch (out )?for|what are the signs|signs to look for)\b",
                                                       sentence_text(a, a.sentence[s]))))
    # "I put a hot flannel on my face, skin feels warm and a bit pink now": the flannel's warmth, nothing picked
    for label in ("RF_HOT", "RF_PAINFUL_RED", "RF_FEVER"):
        a.discard(label, lambda s, e: bool(re.search(r"\b(flannel|compress|face ?cloth|facecloth|hot bath|sauna|steam(ing)?)\b",
                                                     " ".join(a.low))) and not any(
            a.spans(other) for other in ("SELF_VERB", "REMOVE", "TOOL", "BARE_TOOL", "GADGET", "RF_PUS", "RF_SWELL", "RF_OOZE")))
    # "it was just soap that got in": a harmless splash, told as such
    a.discard("RF_EYE_INJURY", lambda s, e: bool({"soap", "shampoo", "water", "cleanser"} & set(a.low[s:e]))
              and bool({"just", "only"} & set(a.low[max(0, s - 4):e])))
    # "how to rid myself of under eye milia": the reflexive of "rid", not doing it themselves
    a.discard("SELF_CUE", lambda s, e: a.low[s] == "myself" and a.low[s - 1:s] == ["rid"] and a.low[e:e + 1] == ["of"])
    # "very itchy and burns when I scratch": scratching an itch, with nothing scratched off named
    a.discard("SELF_VERB", lambda s, e: a.low[s].startswith("scratch") and not any(a.has("OBJ", k) for k in range(e, min(len(a.low), e + 3)))
              and any(a.low[k].startswith("itch") and a.sentence[k] == a.sentence[s] for k in range(len(a.low))))
