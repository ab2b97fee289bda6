"""A peel or acid put on milia near the eye at home: "can i put my TCA peel on the milia in my tear
troughs", "slapped some of my 30% AHA peel on the milia on my eyebags to dissolve them", "would a
glycolic peel dabbed along my under eye get rid of milia".

Creams and skincare are ordinary questions ("is glycolic acid good for milia?", "can I use a glycolic
toner on the milia on my cheeks"); a peel or acid the visitor puts on the milia round the eye to burn,
dissolve or strip them is removing them near the eye. Elsewhere only an acid put on the milia themselves to
get them out is ("dabbing glycolic acid on just the milium on my chin to dissolve it out", "acid peel on each
one to make them fall out"); the rest of the line between a skincare routine and a home removal is left to the
other readings. Plain module: no rasa imports.
"""
from __future__ import annotations

import re
from typing import List

from milia.safety.analysis import Analysis, Mention, eye_spans
from milia.safety.lexicon import FIRST_PERSON_SUBJECTS

ACIDS = frozenset({"peel", "peels", "tca", "aha", "bha", "aha/bha", "glycolic", "salicylic", "lactic", "acid", "acids",
                   # household remedies as harsh: "lemon juice to dry up milia on the eyelid", "nail polish remover"
                   "lemon", "vinegar", "acetone", "remover", "toothpaste", "bleach", "peroxide", "tree",
                   # session 33 (tuning_127): "baking soda paste on each one", "apple cider vinegar dabbed on milia", garlic
                   "soda", "bicarb", "bicarbonate", "cider", "garlic"})
GENTLE = frozenset({"hyaluronic", "toner", "toners", "cream", "creams", "serum", "serums", "moisturiser", "moisturizer",
                    "cleanser", "wash", "routine", "chemical"})  # "chemical peel": the clinic's treatment
APPLIED = re.compile(r"^(put|putting|puts|dab|dabs|dabbed|dabbing|slap|slapped|slapping|apply|applied|applying|paint|painted"
                     r"|painting|rub|rubbed|rubbing|smear|smeared|swipe|swiped|hold|held|treating|try|trying|tried)$")
PURPOSE = re.compile(r"^(burn|burns|burning|dissolve|dissolves|dissolving|strip|stripping|rid|shift|budge|dry)$")
# ... or put "on the milia", "on the ones under my eye" (never "is glycolic ok near my eyes?")
ON_THE_MILIA = re.compile(r"\bon (the |my |those |these |each |every )?(under ?-? ?eye |eyelid |lid )?(milia|milium|ones|bumps|spots)\b")
ASKS_SELF = frozenset({"i", "ive", "i've", "im", "my", "me", "myself", "home"})
MAKE_UP = frozenset({"up", "makeup", "make-up", "mascara", "eyeliner", "eye"})  # "eye make up remover" is gentle
PLANS = frozenset({"going", "gonna", "want", "wanna", "planning", "tonight"})  # "going to dab some on tonight"
CLINIC = frozenset({"you", "u", "clinic", "dermatologist", "derm", "nurse", "doctor", "practitioner", "facialist", "beautician"})


def acid_near_the_eye(a: Analysis) -> List[Mention]:
    """The acid or peel word of each sentence that puts one on milia near the eye (see module docstring), read
    with the sentence after it: "lemon juice to dry up milia on the eyelid, does that work? want to try it"."""
    found: List[Mention] = []
    eye_sentences = {a.sentence[s] for s, _ in eye_spans(a)}
    for sentence in sorted(eye_sentences | {s - 1 for s in eye_sentences if s > 0}):
        idx = [k for k, s in enumerate(a.sentence) if s in (sentence, sentence + 1)]
        words = [a.low[k] for k in idx]
        acids = [k for k in idx if a.low[k] in ACIDS and not (k > 0 and a.low[k - 1] in GENTLE | MAKE_UP)]
        own = {a.low[k] for k in range(len(a.low)) if acids and a.sentence[k] == a.sentence[acids[0]]}
        if not acids or GENTLE & own or CLINIC & set(words) or any(m.start == acids[0] for m in found):
            continue  # "a hyaluronic serum", "a glycolic toner", "a chemical peel if you did it"
        if not (any(APPLIED.match(w) for w in words) or any(PURPOSE.match(w) for w in words) or ON_THE_MILIA.search(" ".join(words))):
            continue  # "is glycolic acid ok near my eyes?": a skincare question
        if not (ASKS_SELF | FIRST_PERSON_SUBJECTS | PLANS) & set(words):
            continue  # "are acids ok round the eyes": nobody's own
        start = acids[0]
        found.append(Mention(start, start + 1, a.negated_before(start)))
    return found


# Elsewhere on the face: put on the milia themselves ("on just the milium", "on each one") to get them out.
ON_EACH = re.compile(r"\bon (just |only )?(the |each |every |that |this |those |these |a )?(single |individual |little )?"
                     r"(one|ones|milium|milia|bump|bumps|spot|spots)\b"
                     r"|\bthe tops? off\b")  # "use an acid to burn the tops off so they pop out" (session 34, v13)
OUT = re.compile(r"\b(dissolve|dissolves|dissolving|burn|burns|burning|eat|eats|dry|lift|lifts|melt|melts)( \w+)? (out|off|away|up)\b"
                 r"|\b(fall|falls|drop|drops|come|comes|pop|pops|peel|peels|flake|flakes) (out|off|away)\b"
                 r"|\bcome (up )?to a head\b|\bshrivel\w*\b")
# "you" meaning the clinic ("do you use a peel on each one?"), not anyone ("if you dab lemon juice on each one")
CLINIC_YOU = re.compile(r"\b(you|u) (do|use|offer|provide|sell|stock|guys|lot)\b|\byour (clinic|practitioner|nurse|team|dermatologist)\b"
                        r"|\b(clinic|dermatologist|derm|nurse|doctor|practitioner|facialist|beautician)\b")


def acid_on_the_milia(a: Analysis) -> List[Mention]:
    """The acid or peel word of each sentence that puts one on the milia themselves, anywhere, to get them out
    (see module docstring): "can I put a tiny bit of acid peel on each one to make them fall out?". Session 33
    (tuning_127): asked in general too ("does apple cider vinegar dabbed on milia make them fall off", "if you dab lemon
    juice on each one every night do they eventually fall out"), and read with the next sentence ("Does toothpaste work on
    milia? like putting a blob on each one overnight so they dry up and come off")."""
    found: List[Mention] = []
    for sentence in sorted(set(a.sentence)):
        idx = [k for k, s in enumerate(a.sentence) if s in (sentence, sentence + 1)]
        words = [a.low[k] for k in idx]
        text = " ".join(words)
        acids = [k for k in idx if a.sentence[k] == sentence and a.low[k] in ACIDS and not (k > 0 and a.low[k - 1] in GENTLE | MAKE_UP)]
        if not acids or CLINIC_YOU.search(text) or not (ON_EACH.search(text) and OUT.search(text)):
            continue
        if GENTLE & set(words) and not any(APPLIED.match(w) for w in words):
            continue  # "is a glycolic toner good for milia, will they peel off" (not "a glycolic toner dabbed on the bumps")
        if any(m.start == acids[0] for m in found):
            continue
        found.append(Mention(acids[0], acids[0] + 1, a.negated_before(acids[0])))
    return found
