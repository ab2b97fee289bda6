"""Session 47's and 48's sign phrases said in passing of things, jobs and moods, which session 48's look-alikes showed (tuning_473-507).

Round 1: "gone a bit blind to all the skincare adverts", "there are two of me" of a twin, a carpet that "makes the stairs look double", a
telly that "went dark in the storm", grout that "has darkened", "can't really make out my GP's handwriting", a price list where
"everything's tiny", a price that "has grown bigger", a sister "nicking my clothes", stories that "milia bleed loads", a heart racing
"cos I'm about to try" something, "sparky" (an electrician), "like a leak you can't seal", a pilot "who reads every checklist twice",
"who wins?", "burn the milia off my eyelid" (a way asked about, not a burn). Rounds 2 to 7: "a faceful of steam off the kettle", a cold
and a temperature before the clinic's appointment, biting nails, "unhealed rifts", "Don't want to bother the clinic", football results,
nodding off after lunch, on a train or when tired, "a funny turn of phrase", "wait and see two months ago", a forecast that "keeps
changing", fuzzy selfies, "oozing something cloudy", general claims ("milia can't bleed ... unless you pick them"), a negation across
"or" ("don't hurt her or bleed"), the place next to the eye that is hot and sore; round 8: a steamy mirror, a pirate's patch, a
fringe or a beard trimmed, changed shifts, prices that doubled. Each is dropped only in the words that show it is
not a sign; a removal the visitor told keeps the sight phrases. Plain module: no rasa imports.
"""
from __future__ import annotations

import re

from milia.safety.analysis import Analysis
from milia.safety.cannot_say import REMOVED_BY_SOMEONE
from milia.safety.lexicon import PAST_REMOVAL

_DEVICES = frozenset({"tv", "telly", "screen", "phone", "laptop", "monitor", "tablet", "kindle", "ipad", "pdf"})
_DARKENED_THINGS = _DEVICES | {"grout", "shower", "tiles", "tile", "sky", "room", "house", "street", "lights", "wood", "fence", "deck", "mug",
                                "kettle", "bath", "sink", "ceiling", "curtains", "paint", "hair", "roots", "stain", "teeth", "lawn", "grass",
                                "wall", "patio", "carpet", "sofa"}
_WRITING = frozenset({"handwriting", "writing", "figures", "receipts", "receipt", "letter", "form", "print", "numbers", "words", "text", "font",
                      "signature", "prescription", "label", "labels", "menu", "sign", "scribble", "scrawl"})
_PATTERNED = frozenset({"carpet", "pattern", "design", "wallpaper", "rug", "tiles", "mirror", "mirrors", "reflection", "print"})
_PRICES = frozenset({"price", "prices", "cost", "costs", "bill", "bills", "queue", "list", "waiting", "debt", "overdraft", "pile"})
_TOLD = frozenset({"stories", "story", "rumour", "rumours", "myth", "myths", "spreading"})
_SPORT = frozenset({"match", "game", "football", "goal", "goals", "team", "rugby", "cricket", "league"})
_AFTER_A_MEAL = frozenset({"lunch", "dinner", "chair", "armchair", "sofa", "telly", "tv", "afternoons", "nap", "recliner", "train", "bus", "tube", "flight",
                           "plane"})
_TIRED = frozenset({"tired", "exhausted", "knackered", "shattered", "late", "snores", "snoring"})
_PETS = frozenset({"cat", "cats", "dog", "dogs", "kitten", "puppy", "pup"})
_ILLNESSES = frozenset({"cold", "flu", "covid", "virus", "bug", "chesty", "cough", "tonsillitis", "sinusitis", "chest"})
_INFECTED = ("RF_INFECT", "RF_SPREAD", "RF_PUS", "RF_OOZE", "RF_HOT", "RF_SWELL")
_NOT_BODY = frozenset({"clothes", "sunscreen", "makeup", "make-up", "stuff", "things", "charger", "food", "chips", "seat", "car", "money", "cream",
                       "creams", "shampoo", "jumper", "hoodie", "phone", "lipstick", "mascara", "moisturiser", "brush", "brushes", "snacks"})


def drop_signs_said_in_passing(a: Analysis) -> None:
    def sentence_words(s: int) -> set:
        return {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]}

    def near_before(s: int, n: int = 5) -> set:
        return {a.low[k] for k in range(max(0, s - n), s) if a.sentence[k] == a.sentence[s]}

    def about_to(s: int, e: int) -> bool:  # "cos I'm about to try a lancet"
        after = [a.low[k] for k in range(e, min(len(a.low), e + 8)) if a.sentence[k] == a.sentence[s]]
        return bool({"cos", "because", "coz", "cause", "cuz"} & set(after)) and bool({"about", "going", "gon"} & set(after))

    text = " ".join(a.low)
    # the visitor's own removal told (not "a referral for milia removal")
    removal_told = bool(PAST_REMOVAL.search(text) or REMOVED_BY_SOMEONE.search(text)) or any(a.spans(label) for label in ("SELF_VERB", "TOOL_USE", "CLINIC_PASSIVE"))
    a.discard("RF_VISION", lambda s, e: "blind" in a.low[s:e] and a.low[e:e + 1] == ["to"])
    a.discard("RF_VISION", lambda s, e: a.low[s:e][-3:] == ["two", "of", "me"] and bool({"twin", "twins"} & set(a.low)))
    a.discard("RF_FLASHES", lambda s, e: a.low[s:e] == ["sparky"])  # an electrician
    a.discard("RF_GROW", lambda s, e: "dark" in " ".join(a.low[s:e]) and bool(_DARKENED_THINGS & near_before(s)))
    a.discard("RF_GROW", lambda s, e: a.low[s].startswith("grow") and bool(_PRICES & near_before(s, 10)))
    a.discard("RF_BLEED", lambda s, e: a.low[s - 1:s] == ["milia"] and bool(_TOLD & near_before(s, 4)))
    a.discard("RF_VERY_UNWELL", lambda s, e: "heart" in " ".join(a.low[s:e]) and about_to(s, e))
    a.discard("RF_OOZE", lambda s, e: a.low[s:e] == ["leak"] and a.low[s - 2:s] == ["like", "a"])
    a.discard("RF_VISION", lambda s, e: a.low[s] in {"read", "reads", "reading", "check", "checks"} and a.low[e - 1] == "twice" and "every" in a.low[s:e])
    a.discard("RF_EYE_PAIN", lambda s, e: a.low[s] in {"burn", "burning"} and a.low[s + 1:s + 3] in (["the", "milia"], ["the", "milium"], ["them", "off"],
                                                                                                 ["it", "off"], ["milia", "off"]))
    a.discard("SELF_VERB", lambda s, e: a.low[s].startswith("nick") and a.low[e:e + 1] in (["my"], ["your"], ["his"], ["her"], ["our"], ["the"])
              and bool(_NOT_BODY & set(a.low[e + 1:e + 3])))
    a.discard("PRO_AGENT", lambda s, e: a.low[s:e] == ["who"] and a.low[e:e + 1] in (["wins"], ["won"]))
    a.discard("PRO_AGENT", lambda s, e: bool({"bother", "trouble", "pester", "disturb", "waste"} & set(a.low[max(0, s - 3):s])))  # "Don't want to bother the clinic"
    # round 5 (tuning_493, tuning_496): "a funny turn of phrase", "Funny turn of events", "a funny turn at the bus stop, no not that kind", "nods
    # off after every big dinner", "I'm so tired I nodded off mid-sentence", "wait and see two months ago", "milia can't bleed or get infected
    # unless you pick them"; "GP said no treatment on the NHS, so I've ordered a plasma pen" (a doctor who said no is not doing it)
    a.discard("RF_VERY_UNWELL", lambda s, e: "turn" in a.low[s:e] and (a.low[e:e + 1] == ["of"] or "not that kind" in " ".join(a.low) or bool(
        {"fine", "checked", "better", "recovered"} & sentence_words(s))))  # "a funny turn this morning, paramedics checked her over and she's fine"
    a.discard("RF_VERY_UNWELL", lambda s, e: any(a.low[k].startswith(("nod", "doz")) for k in range(s, e)) and bool(
        (_AFTER_A_MEAL | _TIRED) & sentence_words(s)) and not any(a.spans(label) for label in _INFECTED))
    a.discard("RF_VISION", lambda s, e: a.low[s:e][-2:] == ["see", "two"] and a.low[e:e + 1] in (["months"], ["weeks"], ["days"], ["years"], ["hours"], ["doctors"]))
    for label in ("RF_INFECT", "RF_BLEED"):
        a.discard(label, lambda s, e: bool({"n't", "cannot", "cant"} & set(a.low[max(0, s - 4):s])) and "milia" in a.low[max(0, s - 6):s])
    a.discard("SELF_VERB", lambda s, e: a.low[s - 2:s] in (["unless", "you"], ["unless", "u"]) and bool({"said", "says", "say", "told"} & set(a.low[:s])))
    a.discard("PRO_AGENT", lambda s, e: a.low[e:e + 2] in (["said", "no"], ["says", "no"], ["refused"], ["wo", "n't"], ["would", "n't"]))
    # round 6 (tuning_498, tuning_500): "Our lawn has a dark patch", "Nodded off on the train", "forecast keeps changing", "my phone camera has a
    # smudge because all my selfies look fuzzy", "the place I needled next to my eye is hot and sore" (the place, not the eye), "oozing something
    # cloudy", "What does the clinic use ..., is it a sterile needle?", "You removed my milia ... Can I do it on my eye bags?"
    a.discard("RF_GROW", lambda s, e: bool({"forecast", "weather", "plans", "plan", "schedule", "rota", "mind", "rules"} & near_before(s, 3)))
    a.discard("RF_EYE_PAIN_SEVERE", lambda s, e: a.low[s - 1:s] in (["my"], ["her"], ["his"], ["the"]) and a.low[s - 2:s - 1] in (
        ["to"], ["near"], ["by"], ["beside"], ["under"], ["around"], ["below"], ["above"]))
    a.discard("RF_EYE_PAIN", lambda s, e: a.low[s - 1:s] in (["my"], ["her"], ["his"], ["the"]) and a.low[s - 2:s - 1] in (
        ["to"], ["near"], ["beside"], ["under"], ["around"], ["below"], ["above"]))
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s:e] == ["cloudy"] and (a.low[s - 1:s] in (["something"], ["stuff"]) or bool(
        {"oozing", "leaking", "weeping", "discharge"} & set(a.low[max(0, s - 3):s]))))
    clinic_asked = any(a.spans(label) for label in ("YOU", "PRO_AGENT"))
    for label in ("TOOL", "BARE_TOOL", "CONSUMER_TOOL"):
        a.discard(label, lambda s, e: clinic_asked and any(f" {p} " in f" {' '.join(a.low[max(0, s - 4):s])} " for p in (
            "is it a", "is it the", "is that a", "is it that", "kind of", "sort of", "type of")) and not any(s2 > s for s2, _ in a.spans("SELF_CUE")))
    # (not "Wat kind of needle u use for milia under eye, i want to buy same and do myself at home": session 52, spent v31)
    a.discard("COPY", lambda s, e: clinic_asked and a.low[s] in {"can", "could", "should"})
    # round 7 (tuning_503-505): "he'll get them off my pillow", "Double booked myself", "'you'll go blind picking at your face' haha. I don't pick",
    # "Our cat has scratched the sofa", "everything comes in twos" (twins), "They don't hurt her or bleed", "He isn't rubbing it or squinting",
    # "it's grown a bit, maybe doubled", "can milia bleed, like is that something that happens to them?"
    a.discard("REMOVE", lambda s, e: a.low[e:e + 2] in (["my", "pillow"], ["the", "pillow"], ["my", "towel"], ["the", "towel"], ["my", "pillowcase"]))
    a.discard("SELF_CUE", lambda s, e: a.low[s:e] == ["myself"] and a.low[s - 1:s] in (["booked"], ["book"], ["booking"]))
    a.discard("SELF_VERB", lambda s, e: "blind" in a.low[max(0, s - 3):s] or bool(_PETS & near_before(s, 3)))
    a.discard("RF_VISION", lambda s, e: "twos" in a.low[s:e] and bool({"twin", "twins"} & set(a.low)))
    for label in ("RF_BLEED", "RF_LIGHT", "RF_EYE_PAIN", "RF_SWELL", "RF_EYE_TROUBLE"):
        a.discard(label, lambda s, e: a.low[s - 1:s] == ["or"] and bool({"n't", "not", "no", "never", "isnt", "dont", "doesnt", "nt"} & set(a.low[max(0, s - 5):s - 1])))
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s:e] == ["doubled"] and bool({"grown", "grow", "grew", "bigger", "size", "larger"} & near_before(s, 6)))
    a.discard("RF_BLEED", lambda s, e: a.low[s - 2:s] in (["can", "milia"], ["do", "milia"], ["does", "milia"]) and not re.search(
        r"\bmine\b[^.?!]{0,30}\b(does|did|bleeds|bled|bleeding)\b", " ".join(a.low[e:])))
    # round 8 (tuning_509): "the steamy mirror", a pirate "covering one eye with a patch", "took a little off the fringe", "work has changed my
    # shifts", "My wife says I can't see what's right in front of me", "Your prices have nearly doubled", "red and bigger" of a bump gone
    # "from white to yellowish-red" (a GP's change, not spreading)
    a.discard("RF_VISION", lambda s, e: a.low[s] in {"steamy", "steamed", "misted", "foggy"} and bool({"mirror", "window", "glasses"} & set(a.low[s:e + 1]))
              and not {"eye", "eyes", "vision", "sight", "effect"} & sentence_words(s))  # (not "steamed-mirror effect in one eye")
    a.discard("RF_VISION", lambda s, e: "covering" in a.low[s:e] and bool({"patch", "pirate", "costume", "party"} & sentence_words(s)))
    a.discard("REMOVE", lambda s, e: bool({"fringe", "beard", "hair", "top", "sides", "length", "ends"} & set(a.low[e:e + 3])) and "little" in a.low[s:e + 2])
    a.discard("RF_GROW", lambda s, e: bool({"shifts", "shift", "plans", "rota", "hours", "job", "number", "address"} & set(a.low[e:e + 3])))
    a.discard("RF_VISION", lambda s, e: bool({"says", "said", "reckons", "thinks"} & near_before(s, 8)) and "front" in a.low[s:e + 5])
    for label in ("TOOL", "TOOL_USE", "BARE_TOOL"):
        a.discard(label, lambda s, e: bool({"clippers", "trimmer", "razor", "scissors"} & set(a.low[s:e])) and bool({"beard", "hair", "fringe", "moustache"} & sentence_words(s)))
    for label in ("RF_VISION", "RF_GROW"):
        a.discard(label, lambda s, e: "doubled" in a.low[s:e] and bool(_PRICES & (near_before(s, 4) | set(a.low[s:e]))))
    a.discard("RF_SPREAD", lambda s, e: a.low[s:e][:2] == ["red", "and"] and a.low[e - 1] == "bigger" and any(
        a.low[k:k + 2] == ["from", "white"] for k in range(max(0, s - 8), s)))
    # round 4 (tuning_488, tuning_491): "never felt so rubbish as when we lost 4-0", "keeps nodding off in his chair after lunch", "Our new rug's
    # edges keep jumping up every time the door opens", "neither of ours are bleeding"
    a.discard("RF_WORST_ILL", lambda s, e: bool(_SPORT & sentence_words(s)) or bool(re.search(r"\blost \d+ ?- ?\d+\b", text)))
    a.discard("RF_VERY_UNWELL", lambda s, e: bool({"nodding", "dozing"} & set(a.low[s:e])) and bool(_AFTER_A_MEAL & sentence_words(s))
              and not any(a.spans(label) for label in _INFECTED))
    a.discard("RF_BLEED", lambda s, e: bool({"neither", "none"} & set(a.low[max(0, s - 5):s])) and a.low[s - 1:s] in (["are"], ["is"], ["were"]))
    # round 3 (tuning_483): "i used to bite my nails constantly", "some unhealed rifts in my family"
    for label in ("TOOL", "TOOL_USE", "BARE_TOOL"):
        a.discard(label, lambda s, e: "nails" in a.low[s:e + 1] and bool({"bite", "biting", "bit", "bitten", "chew", "chewing"} & set(a.low[max(0, s - 3):e])))
    a.discard("RF_NOT_HEALED", lambda s, e: a.low[s:e] == ["unhealed"] and a.low[e:e + 1] in (["rifts"], ["rift"], ["feud"], ["feuds"], ["issues"], ["business"],
                                                                                            ["arguments"], ["grudges"], ["wounds"]))
    # round 2 (tuning_479-480): "Got a faceful of steam off the kettle", "Got a stinking cold and a temperature, is it ok to still come in for
    # my milia removal on Thursday?"
    a.discard("REMOVE", lambda s, e: bool({"steam", "faceful", "splash", "water"} & set(a.low[s:e])))
    if not removal_told and not any(a.spans(label) for label in ("TOOL", "BARE_TOOL", "HOME_WAY")):
        a.discard("RF_VISION", lambda s, e: a.low[s] in _DEVICES and not {"side", "half", "left", "right", "corner", "edge"} & set(a.low[s:e]))
    if not removal_told:  # (not "Mam squeezed at her eye corner yesterday and today the stair carpet pattern is jumping about")
        a.discard("RF_VISION", lambda s, e: bool({"double", "doubled"} & set(a.low[s:e])) and bool(_PATTERNED & sentence_words(s)))
        a.discard("RF_FLASHES", lambda s, e: a.low[s:e] in (["zigzag"], ["zigzags"], ["zig", "zag"]) and bool(_PATTERNED & sentence_words(s)))
        a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s:e] in (["smudge"], ["fuzzy"], ["blurry"]) and bool(
            {"camera", "selfies", "selfie", "photos", "photo", "pictures", "picture", "lens"} & sentence_words(s)))
        a.discard("RF_VISION", lambda s, e: "jumping" in a.low[s:e] and bool({"rug", "rugs", "carpet", "mat", "door", "curtain", "curtains"} & sentence_words(s)))
        a.discard("RF_FEVER", lambda s, e: bool(_ILLNESSES & sentence_words(s)) and not any(a.spans(label) for label in _INFECTED) and bool(
            {"appointment", "booked", "booking", "come", "coming", "treatment", "removal", "session"} & set(a.low)))
        a.discard("RF_VISION", lambda s, e: "make" in a.low[s:e] and bool(_WRITING & set(a.low[e:e + 6])))
        a.discard("RF_VISION", lambda s, e: "tiny" in a.low[s:e] and bool(_DEVICES | {"price", "list", "font", "print"} & sentence_words(s)))
