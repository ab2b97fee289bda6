"""Session 52's sign words in scenes that are not the visitor's skin, which the session's look-alikes showed (tuning_644 and after).

Round 1: the kitchen ("bread dough all hot and swollen after proving", "the cheese is oozing out over the sides", "boil it till it
reaches 105°C", "choux buns ... swollen like balloons", "let the mozzarella ooze and blister under the grill", "a chilli so hot my eyes
were streaming"); other people on a screen or in a ring ("Boxer on telly had his eye swollen shut by round 6"); a river in flood ("water
swollen right up to the pub door"); a cryptic crossword clue; "we practised injections on oranges". Each is dropped only where the
sentence shows the scene and nothing in it is the visitor's skin, and never beside a removal in the same sentence. Plain module: no rasa
imports.
"""
from __future__ import annotations

import re
from typing import Set

from milia.safety.analysis import Analysis

_FOOD = frozenset({"dough", "bread", "loaf", "cheese", "mozzarella", "cheddar", "jam", "recipe", "recipes", "oven", "grill", "grilled", "buns", "bun",
                   "choux", "cake", "cakes", "pizza", "pastry", "souffle", "soufflé", "baking", "bake", "bakes", "baked", "proving", "proved", "dish",
                   "casserole", "lasagne", "lasagna", "pan", "saucepan", "chilli", "chili", "curry", "marmalade", "custard", "toast", "stew", "fudge",
                   "caramel", "sugar", "syrup", "brownies", "cookies", "biscuits", "yorkshire", "puddings", "pudding", "pie", "pies", "microwave",
                   "toastie", "toasties", "sandwich", "burger", "egg", "eggs", "yolk", "brie", "camembert", "steak", "fondue", "bao", "dumplings",
                   "steamed", "croissants", "muffins", "scones", "naan", "doughnut", "donut"})
# the visitor's own skin or eyes named in the same sentence ("my eyes were streaming" is kept for ``_FOOD_TEARS``)
_SKIN = frozenset({"milia", "milium", "spot", "spots", "bump", "bumps", "lump", "lumps", "eyelid", "eyelids", "lid", "lids", "skin", "face",
                   "cheek", "cheeks", "forehead", "nose", "chin", "scab", "wound", "temperature", "temp", "fever", "feverish", "shivery"})
_FOOD_TEARS = re.compile(r"\b(chilli|chili|curry|onions?|wasabi|mustard|horseradish|hot sauce|jalapenos?|peppers?)\b.*\b(so hot|too hot|hot)\b.*\beyes? "
                         r"(were|was|are|is|went|started) (streaming|watering|running)\b")
_SCREEN = frozenset({"boxer", "boxers", "ufc", "wrestler", "footballer", "striker", "goalie", "keeper", "goalkeeper", "fighter", "actor", "actress", "character",
                     "commentator", "f1",
                     "contestant", "contestants"})  # people on a screen or in a ring (never "the TV has gone dark")
_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "our", "us"})
_THIRD = frozenset({"his", "her", "their", "he", "she", "they", "them", "him", "lad", "guy", "bloke", "player", "patient", "man", "woman", "nurse", "doctor",
                    "surgeon"})
# "cut my finger last week, bled everywhere, healed fine": another part, healed
_HEALED_CUT = re.compile(r"\b(cut|sliced|nicked|burnt|burned|grazed) my (finger|fingers|thumb|hand|knee|leg|toe|lip|arm|shin)\b.*\b(healed|fine now|all good)\b")
# "On Casualty tonight a patient had spreading redness and a fever": a programme
_ON_TV = re.compile(r"\b(on|watching|watched) (casualty|holby|grey 's anatomy|greys anatomy|emmerdale|eastenders|corrie|coronation street|er)\b")
_CLUES = frozenset({"cryptic", "clue", "clues"})  # (not "couldn't do the crossword, the squares all swim about")
_PRACTICE_OBJECTS = frozenset({"oranges", "orange", "fruit", "bananas", "banana", "dummy", "dummies", "mannequin", "mannequins", "manikin",
                               "manikins", "grapefruit", "pigskin", "models", "rubber", "plastic", "silicone", "fake", "practice"})
# watching someone else: "Watching the boxing and his eye swelled up", "watched them drain an abscess", "my dad yells 'he's bleeding' at the rugby"
_SPECTATOR = frozenset({"watching", "watched", "watch", "yells", "yelled", "shouts", "shouted", "crowd", "commentator"})
_SHOWS = frozenset({"boxing", "rugby", "football", "match", "marathon", "anatomy", "episode", "series", "film", "movie", "documentary", "fight", "game"})
# the skin and infection signs a kitchen, a match or a clue can use (never the eye's own: "the recipe card looks like it's behind wet glass")
_SKIN_SIGNS = frozenset({"RF_SWELL", "RF_HOT", "RF_OOZE", "RF_PUS", "RF_BLEED", "RF_SPREAD", "RF_SPREAD_SINCE", "RF_FEVER", "RF_FEVER_NUMBER",
                         "RF_INFECT", "RF_PERSISTENT", "RF_GROW", "RF_PAINFUL_RED", "RF_NOT_HEALED"})
_OWN_BODY = re.compile(r"\b(myself|mine|my (eye|eyes|eyelid|lid|face|skin|cheek|nose|spot|milia|bump))\b|\bi (picked|squeezed|popped|pricked|have|'ve|ve|got)\b")
# "mine feel cool and normal": the visitor's own told as fine
_MINE_FINE = re.compile(r"\bmine (feel|feels|are|is|look|looks|seem|seems) (cool|normal|fine|ok|okay|cold|totally normal)\b")
_REMOVAL = ("SELF_VERB", "TOOL", "TOOL_USE", "REMOVE")


def drop_everyday_scenes(a: Analysis) -> None:
    """Forget the sign and removal words above where the sentence shows the scene they belong to."""

    def words(s: int) -> Set[str]:
        return {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]}

    def removal_in(s: int) -> bool:
        return any(a.sentence[k] == a.sentence[s] for label in _REMOVAL for k, _ in a.spans(label))

    def before(s: int) -> Set[str]:
        return {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s] - 1}

    def after(s: int) -> Set[str]:  # "my dad yells 'he's bleeding, get him off!' at the rugby": the quote ends a sentence
        return {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s] + 1}

    def food_in(s: int) -> bool:  # a food named, not a comparison ("swollen like egg")
        return any(a.low[k] in _FOOD and not (a.low[k - 1:k] in (["like"], ["as"]) or a.low[max(0, k - 2):k] in (["like", "a"], ["like", "an"], ["as", "a"], ["size", "of"]))
                   for k in range(len(a.low)) if a.sentence[k] == a.sentence[s])

    def text_of(s: int) -> str:
        return " ".join(a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s])

    # "my dad yells 'he's bleeding, get him off!' at the rugby": a player off the pitch
    a.discard("REMOVE", lambda s, e: e - s == 3 and a.low[s + 1] in {"him", "her", "me", "us"} and a.low[e - 1] == "off")
    # "watched them drain an abscess full of pus": someone else's hands
    for label in ("SELF_VERB", "REMOVE"):
        a.discard(label, lambda s, e: a.low[s - 1:s] in (["them"], ["him"], ["her"]) and bool({"watched", "watching", "saw", "seen"} & set(a.low[max(0, s - 3):s])))
    removed = any(a.spans(label) for label in ("SELF_VERB", "TOOL_USE"))  # the visitor's or someone's own removal (not "milia removal")
    for label in [label for label in a.hits if label in _SKIN_SIGNS]:
        # the kitchen: "my bread dough is all hot and swollen", "the cheese is oozing out", "boil it till it reaches 105°C"
        a.discard(label, lambda s, e: food_in(s) and not _SKIN & words(s) and not {"eye", "eyes"} & words(s) and not removal_in(s))
        # "made a chilli so hot my eyes were streaming": tears from the food
        a.discard(label, lambda s, e: bool(_FOOD_TEARS.search(text_of(s))) and not _SKIN & words(s) and not removal_in(s))
        # "My cheese toastie was oozing everywhere at lunch and it made me wonder - is there anything runny inside milia?"
        a.discard(label, lambda s, e: any(a.low[k] in _FOOD for k in range(max(0, s - 4), s)) and not (_SKIN | {"like", "as", "size"}) & set(a.low[max(0, s - 4):e])
                  and not removal_in(s))
        # "Watching the boxing and his eye swelled up like a golf ball by round 8, made me wince"
        a.discard(label, lambda s, e: bool(_ON_TV.search(text_of(s))) and bool(_THIRD & words(s)) and not _OWN_BODY.search(text_of(s)) and not removed)
        # "hot and swollen is how I'd describe the bao buns I steamed today"
        a.discard(label, lambda s, e: any(a.low[k] in _FOOD and not (_SKIN | {"like", "as", "size"}) & set(a.low[s:k])
                                          for k in range(e, min(len(a.low), e + 8)) if a.sentence[k] == a.sentence[s])
                  and not removal_in(s))
        # "i keep joking to my mum that im growing sesame seeds on my face"
        a.discard(label, lambda s, e: bool({"joking", "joke", "jokes", "joked"} & set(a.low[max(0, s - 10):s])) and not removal_in(s))
        a.discard(label, lambda s, e: bool(_SPECTATOR & words(s)) and bool(_SHOWS & (words(s) | after(s))) and bool(_THIRD & words(s)) and not _OWN_BODY.search(text_of(s))
                  and not removed)
        # "is a milium supposed to be hot to the touch? my mum says bad spots feel hot. mine feel cool and normal, just curious"
        a.discard(label, lambda s, e, label=label: label in ("RF_HOT", "RF_FEVER") and bool(_MINE_FINE.search(" ".join(a.low))) and not removed)
        # "Cryptic clue: 'Red line spreading, we hear, in old capital' (7)"
        a.discard(label, lambda s, e: bool(_CLUES & (words(s) | before(s))) and not {"milia", "milium", "eye", "eyelid"} & words(s) and not removed)
    # "Boxer on telly had his eye swollen shut by round 6": someone on a screen or in a ring, whatever the sign
    for label in [label for label in a.hits if label.startswith("RF_") and label != "RF_CANCER"]:
        a.discard(label, lambda s, e: bool(_SCREEN & words(s)) and not _FIRST_PERSON & words(s) and not removal_in(s))
    # "cut my finger last week, bled everywhere, healed fine"; "my milia look like sugar sprinkles on a doughnut" (a dip in the middle is a doughnut's);
    # "our family is 'high risk' for skin cancer" (a family's risk, no spot told)
    for label in ("RF_BLEED", "RF_SWELL"):
        a.discard(label, lambda s, e: bool(_HEALED_CUT.search(text_of(s))) and not removal_in(s))
    a.discard("RF_CANCER", lambda s, e: a.low[s:e] in (["doughnut"], ["donut"]) and a.low[s - 2:s] in (["on", "a"], ["on", "the"]))
    a.discard("RF_CANCER", lambda s, e: "risk" in a.low[max(0, s - 5):s] and bool({"family", "we", "all"} & words(s))
              and not {"spot", "bump", "mole", "lump", "milium", "milia", "mine", "them"} & words(s))
    # "lol I'm growing seeds on my chin apparently": having milia, not a spot that grows
    # (not "GROWING milia on my temple?? that cant be right", "Growing milia under my eye?? Is that a thing": a word opening the message, session 54)
    a.discard("RF_GROW", lambda s, e: a.low[e - 1] in {"growing", "grow", "grew", "grown"} and a.low[e:e + 1] != [] and a.low[e] in {
        "seeds", "sesame", "milia", "whiteheads", "cress", "sprinkles"} and s > 0)
    # "Binge watched Grey's Anatomy all weekend so now I think every bump is a tumour lol"
    a.discard("RF_CANCER", lambda s, e: any(a.low[k] == "every" and a.low[k + 1] in {"bump", "spot", "lump", "mole", "freckle", "mark", "blemish"}
                                            for k in range(max(0, s - 4), s)) and not removal_in(s))
    # "today we practised injections on oranges": practice on a thing, not on milia
    for label in ("REMOVE", "SELF_CUE"):
        a.discard(label, lambda s, e: a.low[s].startswith("practi") and bool(set(a.low[e:e + 3]) & _PRACTICE_OBJECTS))
    # "my face looks like a blistered pepper": the vegetable, not specks in sight
    a.discard("RF_FLASHES", lambda s, e: a.low[s:e] == ["pepper"] and a.low[s - 1:s] != [] and a.low[s - 1] in {
        "a", "blistered", "roasted", "stuffed", "bell", "red", "green", "yellow", "chilli", "chili"})
