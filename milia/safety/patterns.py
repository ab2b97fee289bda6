"""The single source of truth for the safety detector's concepts: label -> spaCy token patterns,
and each red-flag label's tier. ``detector.save_pipeline`` writes the same patterns into an
``entity_ruler``."""
from __future__ import annotations

from typing import Dict, FrozenSet, List, Tuple

from milia.safety.eye_signs import EYE_PATTERNS
from milia.safety.home_ways import HOME_WAY_PATTERNS
from milia.safety.removal_patterns import REMOVAL_PATTERNS
from milia.safety.skin_signs import GENERAL_PATTERNS, INFECTION_PATTERNS
from milia.safety.tokens import TokenPattern

# --------------------------------------------------------------------------
# The single source of truth: concept label -> token patterns.
# Labels starting with ``RF_`` are red-flag symptoms.
# --------------------------------------------------------------------------
PATTERNS: Dict[str, List[TokenPattern]] = {
    **REMOVAL_PATTERNS,  # removing milia, who does it, where (milia/safety/removal_patterns.py)
    **HOME_WAY_PATTERNS,  # a home way of getting them out, in roundabout words (milia/safety/home_ways.py)
    # ---- red flags ----
    **INFECTION_PATTERNS,  # milia/safety/skin_signs.py
    **EYE_PATTERNS,  # milia/safety/eye_signs.py
    **GENERAL_PATTERNS,  # milia/safety/skin_signs.py
}

RED_FLAG_LABELS: Tuple[str, ...] = tuple(k for k in PATTERNS if k.startswith("RF_"))

# Each red-flag label's tier (milia.safety.triage): emergency -> 999/A&E, urgent -> NHS 111 or an urgent
# GP appointment today, gp -> see a GP. The most urgent label found decides.
TIER_ORDER: Tuple[str, ...] = ("emergency", "urgent", "gp")
TIER_OF: Dict[str, str] = {
    "RF_VISION": "emergency",
    "RF_EYE_PAIN_SEVERE": "emergency",
    "RF_EYE_INJURY": "emergency",
    "RF_EYE_SHUT": "emergency",
    "RF_LIGHT": "emergency",
    "RF_FLASHES": "emergency",
    "RF_EYE_TROUBLE": "emergency",
    "RF_VERY_UNWELL": "urgent",
    "RF_WORST_ILL": "urgent",
    "RF_FEVER_NUMBER": "urgent",
    "RF_CANCER": "gp",
    "RF_SWELL": "urgent",
    "RF_HOT": "urgent",
    "RF_PUS": "urgent",
    "RF_OOZE": "urgent",
    "RF_SPREAD": "urgent",
    "RF_SPREAD_SINCE": "urgent",
    "RF_FEVER": "urgent",
    "RF_INFECT": "urgent",
    "RF_EYE_PAIN": "urgent",
    "RF_PAINFUL_RED": "urgent",
    "RF_BLEED": "gp",
    "RF_GROW": "gp",
    "RF_NOT_HEALED": "gp",
    "RF_PERSISTENT": "gp",
}
# One spot named before a relative clause: "a spot that bleeds" (singular: "milia that bleed" is general)
SPOT_WORDS: FrozenSet[str] = frozenset({"spot", "milia", "milium", "one", "lump", "bump", "mole", "mark", "pimple", "cyst"})
# A question that says the thing happened: "can the needle going in my eye cause damage because it did"
ADMISSIONS = ("because it did", "cos it did", "coz it did", "which it did", "as it did", "because it has", "which it has",
              "because i did", "cos i did", "coz i did", "which i did", "as i did", "because i have", "i just did",
              "because i just did", "cos i just did", "because i just have", "because she did", "because he did",
              # "is it safe to squeeze milia under the eye", then "welp. did it anyway and the lower lid has swollen up" (session 35)
              "did it anyway", "done it anyway", "did anyway", "went ahead and did it", "did it already", "already did it",
              # "Would it be normal for a milium removed by your therapist to be oozing ...? Because mine is." (session 46, spent v25)
              "because mine is .", "cos mine is .", "coz mine is .", "because mine does .", "because mine has .", "because mine did .",
              # "does everyone get a pus spot after? bc i have one", "Is a red line running from it normal? I have one.", "... thats whats
              # going on with mine" (session 46, tuning_433)
              "bc i have one", "because i have one", "cos i have one", "coz i have one", "as i have one", "i have one .", "i 've got one .",
              "that s what s going on with mine", "that 's what 's going on with mine", "that is what is going on with mine")
# A crust or scab that keeps coming back is a sign to see a GP whatever its duration.
RECURRING_PHRASES = ("again and again", "time and again", "time after time",  # session 39: "crusts over and flakes off again and again"
                     "falls off and comes back", "fall off and come back", "and then comes back", "then comes back", "comes and goes", "come and go", "go and come", "goes and comes", "go and come again", "coming and going", "came and went", "never clears", "never cleared",
                     "wont clear", "won't clear", "wo n't clear", "doesnt clear", "does n't clear",
                     "never goes away", "never go away", "never gone", "wont go", "won't go", "wo n't go", "wo nt go",
                     "not going away", "keeps coming back", "keep coming back", "never heals", "never healed",
                     "never goes", "every few days", "every couple of days", "every other day", "every few weeks",
                     "every week", "every month", "every morning", "each morning", "every single morning", "every couple of weeks", "every other week", "every so often", "over and over", "on and off", "off and on", "crusts again", "crusted again",
                     "crusting again", "scabs again", "scabbed again", "scabbing again", "crust again", "scab again",
                     "later there 's a crust", "later there 's a scab", "then it crusts", "then it scabs",
                     # session 37 (spent v16): "a crust on top that falls off and then forms again", "the crust comes off and it
                     # starts again"
                     "forms again", "form again", "and it starts again", "then it starts again", "grows back again", "reforms")
# ... and told of a spot named in the sentence: "a white bump on my nose that has a crust on it most of the time" (session 44, spent v23;
# not "my lasagne has a crust most of the time", tuning_354)
RECURRING_OF_A_SPOT = ("most of the time", "all the time", "almost always", "most days",
                       # second round (tuning_361): "then a new one forms. this has happened like 4 or 5 times now", "scabbed 3 times since Sept.
                       # Each time I think it has healed it comes back"
                       "then a new one forms", "times now", "times since", "it comes back", "comes back again",
                       "now and then", "now and again", "every now and then")  # "bump under my beard crusts up now and then" (session 54)
# Feeling faint at a thought, not from an illness: "the idea of a needle makes me feel faint"
SQUEAMISH_WORDS: FrozenSet[str] = frozenset(
    {"idea", "thought", "thinking", "picturing", "nervous", "anxious", "squeamish", "imagine", "imagining", "phobia", "fear", "wimp", "test", "tests",
     "injection", "injections", "jab", "jabs", "vaccine", "vaccines", "vaccination", "charged", "price", "prices", "cost",
     "costs", "bill", "quote", "sight", "video"}
)
# RF_SPREAD matches that start with these words ("spreading across my cheek", "gone past the line")
# count only beside redness or an infection word in the same sentence.
SPREAD_ALONE_WORDS: FrozenSet[str] = frozenset({"past", "beyond", "outside", "over", "spreading", "spread", "spreads", "creeping",
                                                "crawling", "fanning", "travelling", "traveling", "marching",
                                                "creeps", "crept", "crawls", "crawled"})  # "my newborn's milia seem to have crept a bit further" (session 39)
INFECTION_WORDS: FrozenSet[str] = frozenset(
    {"infection", "infected", "swelling", "swollen", "hot", "pus", "angry", "inflamed", "redness", "red"}
)
# Signs that are a report, not a general question, when placed after a removal, even the clinic's:
# "is it normal to see double after having milia removed?", "is spreading redness normal after extraction?"
AFTER_REMOVAL_REPORTS: FrozenSet[str] = frozenset(
    {label for label, tier in TIER_OF.items() if tier == "emergency"} | {"RF_SPREAD"}
)
OWN_WORDS: FrozenSet[str] = frozenset({"this", "it", "these", "mine", "my", "that", "its", "it's"})
EYEBALL_WORDS: FrozenSet[str] = frozenset({"eye", "eyes", "eyeball", "eyeballs", "eys", "ocular", "ojo", "ojos"})  # "ojo": tuning_122
EYEBALL_CONTEXT: FrozenSet[str] = EYEBALL_WORDS | frozenset(
    {"vision", "sight", "eyesight", "eyeline", "see", "sees", "seeing", "look", "looking", "blink", "blinking", "cornea", "sclera", "iris", "conjunctiva"}
)
SEVERITY_WORDS: FrozenSet[str] = frozenset(
    {"severe", "severely", "extreme", "extremely", "agony", "agonising", "agonizing", "unbearable", "crushing", "boring", "skull",
     "excruciating", "unbearably", "really", "so", "badly", "killing", "stabbing", "terrible", "awful", "loads", "intense",
     "horrendous", "horrific", "searing", "pounding", "throbbing", "sharp", "10/10", "9/10", "8/10", "11/10",
     "unbelievably", "unbelievable", "incredibly", "very", "strong", "properly", "insanely", "insane", "horribly", "unreal", "crazy", "sweat", "sweating",
     "shake", "shaking", "crying", "scream", "screaming", "vomit", "vomiting", "sick", "drill", "woke", "waking", "worst",  # "I keep waking up from the pain in my eye" (session 43, spent v22)
     "stabbed", "knifed", "coal", "coals", "poker", "sobbing", "sobbed", "lots",  # "his hand clamped over it saying it feels like a hot coal" (session 50, tuning_600)
     "horrible", "horrid", "dreadful",  # "the eye i picked near has horrible pain now" (session 47, spent v26)
     "hell", "proper",  # session 34 (v13, spent): "hurting like hell, like proper hurting"
     "fuerte", "intenso",  # session 39 (spent v18): "dolor muy fuerte en el ojo"
     "terribly", "dreadfully", "awfully",  # session 41 (spent v20): "my eye has become terribly painful this evening"
     "rocking", "moaning", "writhing", "howling", "wailing"}  # session 38 (tuning_195): "been rocking on the edge of the bed holding my eye"
)
# "can't think", "can barely stand": feeling very unwell only when nothing follows the verb
# ("can't think, sweaty", "can't stand up") - not "can't think of a reason", "can't stand the look of them"
UNWELL_BARE_VERBS: FrozenSet[str] = frozenset({"think", "stand", "walk"})
UNWELL_BARE_NEXT: FrozenSet[str] = frozenset(
    {"", ",", ".", "!", "?", "...", "and", "without", "up", "properly", "clearly", "straight", "anymore", "now",
     "or", "-", "&"}
)
# Labels that make infection signs an emergency when they come together.
EMERGENCY_WITH: FrozenSet[str] = frozenset({"RF_VERY_UNWELL", "RF_WORST_ILL"})
INFECTION_SIGNS: FrozenSet[str] = frozenset(
    {"RF_SWELL", "RF_HOT", "RF_PUS", "RF_OOZE", "RF_SPREAD", "RF_SPREAD_SINCE", "RF_FEVER", "RF_INFECT", "RF_PAINFUL_RED"}
)


# A cold pack or cloth held on the eye counts only with distress told beside it (session 38, tuning_195, tuning_210): "holding a
# tissue over the eye, rocking", "a hanky over the eye, moaning" (not "a warm flannel on my eye bags and then squeeze")
COVERING_WORDS: FrozenSet[str] = frozenset({"tissue", "towel", "cloth", "hanky", "hankie", "handkerchief", "flannel", "peas", "pack",
                                            "sweetcorn", "compress", "facecloth", "ice"})
COVERED_EYE_DISTRESS: FrozenSet[str] = frozenset({"rocking", "moaning", "groaning", "howling", "wailing", "sobbing", "trembling", "ow", "wo",
                                                  "won't", "wont", "never", "screaming", "agony", "unbearable", "excruciating", "severe",
                                                  "terrible", "writhing", "killing", "scale", "worst", "bear"})  # "still off the scale", "a tea towel over her eyes
                                                                    # saying she can't bear it" (session 39)
