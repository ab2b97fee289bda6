"""Session 54's sign words in long chatty messages about family life, which the session's look-alikes showed (tuning_713, tuning_714).

A son "pale as a ghost" before his exams, a toddler who "pushed a bead up her nose", a cake that "collapsed like a sinkhole", a washing
machine "leakin aw ower the kitchen", a toddler who "bit me so hard ... it drew blood (my arm, not my face)", a costume sewn till "I
stabbed my finger with the pin ... bled all over the felt", a husband who "nearly burst a blood vessel shouting" at the referee, "my
boy's swollen ankle", "Sorry, rambling", a sister-in-law who "fainted in the heat" at a barbecue; a mother with Lewy body dementia who
"sees things that aren't there" (her usual, nothing new told); a deafblind boy "using his bit of sight as normal". Each is dropped only
where the words near the sign show what it belongs to and name no milia, spot or eye, and never beside a removal. Plain module: no rasa
imports.
"""
from __future__ import annotations

from typing import Set

from milia.safety.analysis import Analysis

_MILIA_OR_EYE = frozenset({"milia", "milium", "milias", "spot", "spots", "bump", "bumps", "whitehead", "whiteheads", "eye", "eyes", "eyelid",
                           "eyelids", "lid", "lids", "face", "skin", "cheek", "cheeks", "nose", "chin", "forehead", "scab"})
_THING_FELL = frozenset({"cake", "castle", "tent", "shelf", "roof", "ceiling", "bridge", "sofa", "bed", "chair", "souffle", "soufflé", "sponge", "wall",
                         "fence", "marquee", "gazebo", "team", "deal", "plans", "business", "market", "tower", "that", "which"})
_APPLIANCE = frozenset({"washing", "machine", "dishwasher", "fridge", "freezer", "loft", "roof", "pipe", "pipes", "tap", "taps", "boiler", "ceiling",
                        "radiator", "toilet", "kitchen", "bathroom", "shower", "car", "tyre", "tent", "gutter", "kettle"})
_LIMB = frozenset({"ankle", "ankles", "knee", "knees", "wrist", "wrists", "foot", "feet", "toe", "toes", "finger", "fingers", "thumb", "arm", "arms", "leg",
                   "legs", "elbow", "shin", "hand", "hands"})
_SEWING = frozenset({"sewing", "sew", "sewed", "sewn", "costume", "felt", "stitching", "hem", "hemming", "outfit", "embroidering"})
_RELATIVE = frozenset({"law", "sister", "brother", "aunt", "auntie", "uncle", "cousin", "mum", "dad", "nan", "gran", "grandma", "grandad", "friend",
                       "neighbour", "husband", "wife", "partner", "colleague"})
_INFECTION = ("RF_SPREAD", "RF_HOT", "RF_PUS", "RF_SWELL", "RF_FEVER", "RF_FEVER_NUMBER", "RF_INFECT", "RF_OOZE")
_LEWY = frozenset({"lewy", "hallucinates", "hallucinations", "hallucinating"})
_NEW = frozenset({"new", "since", "now", "started", "worse", "suddenly", "today", "yesterday"})


def drop_everyday_chatter(a: Analysis) -> None:
    """Forget the sign words above where the words near them show the family scene they belong to."""

    def words(s: int) -> Set[str]:
        return {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]}

    def near(s: int, e: int) -> Set[str]:
        return {a.low[k] for k in range(max(0, s - 6), min(len(a.low), e + 6)) if a.sentence[k] == a.sentence[s]}

    removed = {a.sentence[k] for label in ("SELF_VERB", "TOOL_USE", "REMOVE") for k, _ in a.spans(label)}
    a.discard("RF_VISION", lambda s, e: "sight" in a.low[s:e] and (a.low[e:e + 2] == ["as", "normal"] or a.low[e:e + 1] in (["normally"], ["fine"], ["ok"])))
    a.discard("RF_FLASHES", lambda s, e: bool(_LEWY & set(a.low)) and a.low[s] in {"sees", "see", "seeing", "saw"} and not _NEW & words(s) and not any(
        a.spans(label) for label in ("SELF_VERB", "TOOL_USE", "BARE_TOOL")))
    a.discard("RF_VISION", lambda s, e: "ghost" in a.low[s:e] and (a.low[max(0, s - 3):s] in (["pale", "as", "a"], ["white", "as", "a"]) or a.low[max(0, s - 2):s] == ["seen", "a"]))
    a.discard("RF_VISION", lambda s, e: "nose" in a.low[s:e] and a.low[s] == "up" and bool({"pushed", "stuck", "shoved", "put", "bead", "pea"} & set(a.low[max(0, s - 5):s])))
    a.discard("RF_VERY_UNWELL", lambda s, e: bool(_THING_FELL & set(a.low[max(0, s - 3):s])) and a.low[s] in {"collapsed", "collapsing", "collapses", "fell"})
    a.discard("RF_OOZE", lambda s, e: a.low[s].startswith("leak") and bool(_APPLIANCE & near(s, e)) and not _MILIA_OR_EYE & near(s, e))
    a.discard("RF_BLEED", lambda s, e: a.low[s - 1:s] == ["drew"] and bool(_LIMB & words(s)) and bool({"bit", "bite", "bitten", "scratched", "clawed"} & words(s))
              and not {"milia", "milium", "eye", "eyelid", "spot"} & words(s))
    for label in ("RF_BLEED", "TOOL_USE", "TOOL", "BARE_TOOL"):
        a.discard(label, lambda s, e: bool(_SEWING & words(s)) and bool({"finger", "fingers", "thumb"} & words(s)) and not {"milia", "milium", "eye", "eyelid", "spot", "spots"}
                  & words(s))
    for label in ("RF_CANCER", "RF_BLEED", "SELF_VERB"):
        a.discard(label, lambda s, e: "burst" in a.low[max(0, s - 3):e] and "vessel" in a.low[s:e + 4] and "nearly" in a.low[max(0, s - 4):s + 1])
    a.discard("RF_SWELL", lambda s, e: bool(_LIMB & set(a.low[e:e + 1])) and not {"milia", "milium", "eye", "eyelid", "spot", "spots"} & near(s, e))
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s:e] == ["rambling"] and a.low[s - 2:s] in ([",", "sorry"], ["sorry", ","], ["i", "'m"]) or a.low[s:e] == ["rambling"]
              and a.low[s - 1:s] in (["sorry"], ["im"]))
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s] in {"fainted", "collapsed"} and bool(_RELATIVE & set(a.low[max(0, s - 3):s])) and a.sentence[s] not in removed
              and not any(a.spans(label) for label in _INFECTION) and not {"milia", "milium", "eye", "eyelid", "picked", "squeezed"} & words(s))
