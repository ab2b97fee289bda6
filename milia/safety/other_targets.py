"""A tool or gadget used on something other than milia: "I use a derma roller on my scalp for hair loss",
"a high frequency wand on acne on my back, nothing to do with milia", "my sister used a home plasma pen on
her skin tags", "pore strips work on my whiteheads fine".

The clause names what the tool is used on, and it is not milia (nor bumps or spots that may be milia); the
visitor's own use on milia in the same clause still counts ("a derma roller on my scalp and on the milia on
my forehead"). Plain module: no rasa imports.
"""
from __future__ import annotations

from milia.safety.analysis import Analysis

# What a tool may be used on that is not milia
OTHER_TARGETS = frozenset({
    "hair", "acne", "tags", "tag", "whiteheads", "whitehead", "blackheads", "blackhead", "warts", "wart", "moles", "mole",
    "wrinkles", "wrinkle", "lines", "scars", "scar", "stretch", "cellulite", "pores", "verruca", "verrucas", "tattoo",
    "tattoos", "freckles", "pigmentation", "splinter", "splinters",
})  # never a place on the body: "I used a needle on my legs" may be milia there
# Words that may be milia, told in the clause: "on the milia", "the bumps on my eyelids"
MAYBE_MILIA = frozenset({"milia", "milium", "millia", "milias", "mila", "bumps", "bump", "cysts", "cyst", "seeds", "dots"})
_LINKS = frozenset({"on", "for", "over", "against"})
_FILLERS = frozenset({"my", "her", "his", "their", "the", "a", "some", "of", "skin", "upper", "lower", "to",  # "on my nose blackheads"
                      "nose", "chin", "cheek", "cheeks", "forehead", "face", "back", "neck", "chest", "acne"})
# "nothing to do with milia", "not for the milia": said of the tool in so many words
_DISOWNED = ("nothing to do with milia", "nothing to do with the milia", "not for milia", "not for the milia",
             "not for my milia", "not on the milia", "not on my milia")


def used_on_something_else(a: Analysis, start: int, end: int) -> bool:
    """The tool at ``start:end`` is used on something that is not milia (see module docstring)."""
    clause = [k for k in range(len(a.low)) if a.clause[k] == a.clause[start]]
    sentence = " ".join(a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[start])
    if any(phrase in sentence for phrase in _DISOWNED):
        return True
    if MAYBE_MILIA & {a.low[k] for k in clause}:
        return False  # "a hot wax strip on my upper lip milia"
    if any(a.low[k] in MAYBE_MILIA and {"on", "at"} & set(a.low[max(end, k - 3):k]) for k in range(end, len(a.low))):
        return False  # "a plasma pen for skin tags. Will it work on the milia on my cheeks too?"
    if any(s >= end and a.sentence[s] == a.sentence[start] and MAYBE_MILIA & set(a.low[s:e]) for s, e in a.spans("REMOVE")):
        return False  # "freezing spray kits for warts from the chemist, wud that take milia off my nose" (session 51, tuning_611)
    after = [k for k in clause if k >= end][:8]
    for j, k in enumerate(after):
        if a.low[k] not in _LINKS:
            continue
        for m in after[j + 1:j + 5]:
            if a.low[m] in OTHER_TARGETS:
                return True
            if a.low[m] not in _FILLERS:
                break
    return False
