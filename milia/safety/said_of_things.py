"""Session 45's sign phrases said of things, pets, food or family, which session 46's look-alikes showed (tuning_422).

"one [cat] is way bigger than the other one", "the scratch on my car door will not heal", "some family rows will not heal", "the centre
looks sunken on every single sponge", "a hole in the hallway wall ... the centre looks sunken", "love the veins on the surface" (a blue
cheese), "leaf rubbings ... all the veins on the surface", "my compost bin is full of matter", "the soil in my big houseplant has gone
septic", "my brother's tattoo has gone septic"; a "puppy's belly button" and a puppy that "grew"; a tub's lid that no one "can budge";
a health visitor "not answering". Each is dropped only when its sentence names the thing and no spot or skin before it; a tool
that "put me right off needles" is not one the visitor means to use. Later rounds (tuning_427-437): a pinprick and "a pea to a
coin" as sizes, a dip "like a deflated balloon", "like needles" as a likeness, three of round 2's pictures of a GP's sign said
of a shed, a postcode or a cake, a clinic "not answering", a contact lens "stuck in my eye". Session 47 (tuning_443-472): each
round's new phrases said of spell-checkers, films, games, pets, teenagers, twins, phones, fog on a mirror or a motorway, and a
removal asked of in general. Plain module: no rasa imports.
"""
from __future__ import annotations

import re

from milia.safety.analysis import Analysis, sentence_text
from milia.safety.lexicon import PAST_REMOVAL
from milia.safety.skin_signs import BIGGER_THINGS

_THINGS = frozenset({"cat", "cats", "dog", "dogs", "puppy", "kitten", "pet", "sponge", "sponges", "cake", "cakes", "bread", "loaf", "cheese",
                     "leaf", "leaves", "plant", "plants", "houseplant", "soil", "compost", "bin", "wall", "walls", "ceiling", "car",
                     "door", "rows", "row", "relationship", "friendship", "marriage", "tattoo", "starter", "clock", "varifocals", "baby", "pond", "spaniel", "vet", "vets"})
_SPOTS = frozenset({"milia", "milium", "millia", "spot", "spots", "bump", "bumps", "lump", "lumps", "mole", "moles", "cyst", "cysts",
                    "whitehead", "whiteheads", "pimple", "skin", "face", "cheek", "nose", "lid", "eyelid", "forehead", "chin", "lip", "eye"})
_LABELS = ("RF_GROW", "RF_NOT_HEALED", "RF_CANCER", "RF_INFECT", "RF_PUS", "RF_PERSISTENT")
_PEOPLE = frozenset({"he", "she", "they", "we", "i", "you"})
_CONTAINERS = frozenset({"tub", "jar", "pot", "bottle", "tube", "tin", "container", "cap", "oven", "stain", "grime"})
_PICTURES = re.compile(r"^(spider threads?|(red|pink|purple) squiggles?|(moon )?craters? (look|looking|shape|shaped))$")
_PICTURED_SPOTS = _SPOTS - {"skin", "face", "cheek", "nose", "lid", "eyelid", "forehead", "chin", "lip", "eye"} | {"mine", "dot"}
_PERSONS = frozenset({"she", "he", "her", "him", "baby", "son", "daughter", "mum", "dad", "husband", "wife", "partner", "they"})
# session 47 (tuning_444-445): a spell-checker's squiggle; a sign told of a film, a game or a joke; a gadget's adverts; a video's claim
_TYPED = frozenset({"type", "typing", "typed", "types", "spell", "spelling", "spellcheck", "spellchecker", "autocorrect", "keyboard", "word", "chat"})
_FICTION = frozenset({"comedy", "sitcom", "episode", "novel", "character", "cartoon", "pretending", "pretend", "tackle", "commentators", "winger",
                      "panto"})
_IN_A_FILM = re.compile(r"\bin (the|a|that|this) (film|movie|show|play)\b")
_FICTION_LABELS = ("RF_CANCER", "RF_VISION", "RF_FLASHES", "RF_EYE_PAIN", "RF_EYE_TROUBLE", "RF_EYE_INJURY", "RF_EYE_SHUT", "RF_LIGHT")
_REMOVAL_TOLD = ("SELF_VERB", "REMOVE", "TOOL_USE", "TOOL", "GADGET", "CONSUMER_TOOL")
_PETS = frozenset({"dog", "dogs", "cat", "cats", "puppy", "kitten", "spaniel", "labrador", "terrier", "pup", "vet", "vets", "horse", "pony", "rabbit",
                   "hamster", "budgie"})
_NOT_A_DRINKER = re.compile(r"\b(does ?n't|doesnt|does not|do n't|dont|never|not been|has n't been|hasn't been|hasnt been) (drink|drinks|drinking)\b|\btee ?-?total\b|\bno alcohol\b")
_FOGGED_THINGS = frozenset({"mirror", "window", "windows", "lens", "glasses", "shot", "shots", "kitchen", "bathroom", "steam", "shower", "mask", "windscreen"})
_CLAIMED = frozenset({"video", "videos", "youtube", "tiktok", "reel", "reels", "article", "influencer", "blog", "post", "advert", "ad"})
_SERVICES = frozenset({"visitor", "surgery", "gp", "doctor", "doctors", "midwife", "practice", "clinic", "111", "helpline", "receptionist",
                       "nobody", "noone", "line"})


def drop_signs_said_of_things(a: Analysis) -> None:
    def words(s: int) -> set:
        return {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]}

    def before(s: int) -> set:  # "my compost bin is full of matter ..., could that be giving me milia?": the spot asked about after
        return {a.low[k] for k in range(s) if a.sentence[k] == a.sentence[s]}

    def next_words(s: int) -> set:
        return {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s] + 1}

    for label in _LABELS:
        a.discard(label, lambda s, e: bool(_THINGS & words(s)) and not _SPOTS & before(s))
    # "it's put me right off needles": not a tool the visitor means to use
    a.discard("TOOL", lambda s, e: a.low[s - 1:s] == ["off"] and bool({"put", "puts", "putting", "putted"} & set(a.low[max(0, s - 5):s])))
    # "It started as a pinprick and it's now the size of a small shirt button": a size, not a removal
    a.discard("SELF_VERB", lambda s, e: a.low[s] in {"pinprick", "pin-prick"} and a.low[s - 2:s] in (["as", "a"], ["like", "a"], ["than", "a"]))
    # "The moth hole in my favourite jumper has gone from a pea to a coin": a size told of a thing before it
    a.discard("RF_GROW", lambda s, e: a.low[s] == "from" and a.low[e - 1] in BIGGER_THINGS and not (_SPOTS | {"it", "its", "it's", "mine", "one", "ones", "they"}) & before(s))
    # "Mine has a little sunken dip now, like a deflated balloon": a dip, not a swelling
    a.discard("RF_SWELL", lambda s, e: "deflated" in a.low[s:e])
    # round 4 (look-alikes tuning_437): three of session 46's pictures of a GP's sign only with a spot named in the sentence, not "walked
    # straight through spider threads", "a red squiggle under my postcode", "a lemon drizzle ... with a proper crater look" (little red
    # vessels are read wherever they are: "drew little red vessels all over a diagram" is still a GP signpost); "now it's like a lentil
    # mush"; "the wind ... felt like needles on my cheeks" is no tool
    a.discard("RF_CANCER", lambda s, e: bool(_PICTURES.match(" ".join(a.low[s:e]))) and not _PICTURED_SPOTS & words(s))
    a.discard("RF_GROW", lambda s, e: a.low[s] == "now" and a.low[e:e + 1] in (["mush"], ["soup"], ["texture"], ["paste"], ["consistency"]))
    for label in ("TOOL", "BARE_TOOL"):
        a.discard(label, lambda s, e: a.low[s - 1:s] == ["like"] and a.low[s] in {"needles", "pins"} and a.low[e:e + 1] not in (["to"], ["for"]))
    # "Our puppy's belly button", "as he grew": not a dip like a belly button, not a spot that grew
    a.discard("RF_CANCER", lambda s, e: a.low[s:e] == ["belly", "button"] and a.low[s - 1:s] in (["'s"], ["my"], ["his"], ["her"], ["our"], ["their"]))
    a.discard("RF_GROW", lambda s, e: a.low[s:e] == ["grew"] and s >= 2 and a.low[s - 2] == "as" and a.low[s - 1] in _PEOPLE)
    # "the tub of eye cream ... arrived with the lid screwed right shut, neither me nor my husband can budge it"
    a.discard("REMOVE", lambda s, e: a.low[s] == "budge" and bool(_CONTAINERS & words(s)))
    # "a temperature of 38.0. Health visitor not answering." (spent v25): the service, not a drowsy baby
    # "Rang the clinic twice, not answering": a service named before it and no person
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s] in {"not", "n't", "nt"} and a.low[s + 1:s + 2] in (["answering"], ["responding"]) and bool(
        _SERVICES & before(s)) and not _PERSONS & before(s))
    # "Contact lens wearer here. Stuck it in my eye this morning as normal": the lens, not a tool (none is named before it)
    a.discard("RF_EYE_INJURY", lambda s, e: a.low[s:s + 2] in (["stuck", "it"], ["popped", "it"], ["put", "it"]) and not any(
        t < s for t, _ in a.spans("TOOL"))
              and bool({"lens", "lenses", "contacts", "drops"} & set(a.low)))
    # "this chat box puts a red squiggle under milia every time I type it": the spell-checker's, not a spot's
    for label in ("RF_CANCER", "RF_EYE_TROUBLE"):
        a.discard(label, lambda s, e: "squiggle" in a.low[s:e] and bool(_TYPED & words(s)))
    # "In the comedy we watched the butler walks into things", "keeps holding his eye ... pretending it's a patch", "the winger keeps holding his
    # eye after that tackle", "'Is it the cancer??' is literally what my dad texted me": when no removal is told
    if not any(a.spans(label) for label in _REMOVAL_TOLD):
        for label in _FICTION_LABELS:
            a.discard(label, lambda s, e: bool(_FICTION & (words(s) | next_words(s))) or bool(_IN_A_FILM.search(sentence_text(a, a.sentence[s]))) or (
                "texted" in words(s) | next_words(s) and bool({"literally", "joke", "bill", "lol", "haha"} & (words(s) | next_words(s)))))  # (not "Dad texted me, he wants to know if milia
            # can turn into cancer", session 48)
    # "Bought a fancy eye cream ... because apparently cold helps puffiness": puffiness in general
    a.discard("RF_SWELL", lambda s, e: a.low[s:e] == ["puffiness"] and a.low[s - 1:s] in (["helps"], ["help"], ["for"], ["reduce"], ["reduces"], ["against"]))
    # "those red spider threads people get on their cheeks": other people's
    a.discard("RF_CANCER", lambda s, e: "people" in words(s) and "those" in before(s) and not {"my", "mine"} & before(s))
    # "I keep getting plasma pen adverts", "Do those spinning cleansing brushes cause milia": a gadget advertised, or asked of as a cause
    for label in ("GADGET", "CONSUMER_TOOL"):
        a.discard(label, lambda s, e: a.low[e:e + 1] in (["adverts"], ["ads"], ["advert"], ["ad"], ["commercials"]) or a.low[e:e + 1] in (
            ["cause"], ["causes"], ["give"], ["gives"]) and bool({"milia", "them"} & set(a.low[e + 1:e + 3])))
    # "I use a toothpick for testing my sponges", "uses a toothpick for his teeth" (session 47, tuning_453)
    for label in ("TOOL", "TOOL_USE", "BARE_TOOL"):
        a.discard(label, lambda s, e: "toothpick" in a.low[s:e] and a.low[e:e + 1] == ["for"] and bool({"teeth", "testing", "cakes", "sponges", "cake", "his", "her"} & set(
            a.low[e + 1:e + 3])))
    # "Our old spaniel has gone a bit blind with age (cataracts, the vet says)": a pet's sight, no removal told
    for label in ("RF_VISION", "RF_EYE_SHUT", "RF_EYE_TROUBLE", "RF_LIGHT", "RF_FLASHES"):
        a.discard(label, lambda s, e: bool(_PETS & words(s)) and not any(a.spans(lab) for lab in _REMOVAL_TOLD))
    # round 4 (look-alikes tuning_458): "sleeps and sleeps" of a cat or a teenager (a baby's only), "sounds drunk ... only his new dentures",
    # "hers used to be like a grain of rice ... all her life", "The grout in our bathroom has gone a sort of brown"
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s:e] in (["sleeps", "and", "sleeps"], ["sleeping", "and", "sleeping"]) and not (
        a.spans("BABY_AGE") or {"baby", "newborn", "week", "weeks", "infant"} & set(a.low)))
    a.discard("RF_VERY_UNWELL", lambda s, e: "drunk" in a.low[s:e] and not _NOT_A_DRINKER.search(" ".join(a.low)))
    a.discard("RF_GROW", lambda s, e: a.low[s] == "used" and bool({"grain", "pinhead", "pin", "dot", "speck", "pinprick", "freckle"} & set(a.low[s:e])) and not {
        "now", "bigger", "size", "larger", "grown"} & words(s))
    a.discard("RF_GROW", lambda s, e: a.low[s] in {"gone", "turned"} and a.low[s + 2:s + 4] in (["sort", "of"], ["kind", "of"]) and not (
        _SPOTS | {"it", "one", "mine", "its", "it's"}) & before(s))
    # "I popped the milia under my eye ... a tiny white grain came out. Now there's just a little dent": where the milium came out
    # (not "Picked at a 'milium' on my lower eyelid last night and nothing came out ... it actually has a little dip in the middle": session 54)
    a.discard("RF_CANCER", lambda s, e: bool({"dent", "dip", "hole"} & set(a.low[s:e])) and bool(re.search(r"(?<!nothing )came out", " ".join(a.low))) and any(
        a.spans(label) for label in ("SELF_VERB", "TOOL_USE")))
    # "pricked the milia on my lower lid ... there's a small white speck left"
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s:e] == ["speck"] and (a.low[e:e + 1] in (["left"], ["still"]) or a.low[s - 1:s] == ["white"]))
    # round 5 (look-alikes tuning_463): "the bathroom mirror, it's all fog", "'You've gone a bit blind, Mum'" with no removal told; "Some days
    # he won't let anyone near his face, not even with a razor"; "hayfever tablets make me really drowsy"; "an infection spreading through
    # it" (a care home); "a little dent in the case", "in the plasterboard"
    if not any(a.spans(label) for label in ("SELF_VERB", "REMOVE", "TOOL_USE")):
        a.discard("RF_VISION", lambda s, e: a.low[s:e][-1:] in (["fog"], ["foggy"], ["fogged"], ["misty"], ["mist"]) and "all" in a.low[s:e] or (
            "bit" in a.low[s:e] and "blind" in a.low[s:e]))
    a.discard("RF_EYE_PAIN", lambda s, e: a.low[s] in {"won't", "wont", "wo"} and bool({"days", "even", "always", "never"} & words(s)))
    a.discard("RF_VERY_UNWELL", lambda s, e: bool({"drowsy", "sleepy"} & set(a.low[s:e])) and any(
        a.low[k:k + 2] in (["make", "me"], ["makes", "me"], ["made", "me"]) for k in range(max(0, s - 4), s)))
    a.discard("RF_VISION", lambda s, e: bool({"fog", "foggy", "misty"} & set(a.low[s:e])) and bool(_FOGGED_THINGS & words(s)) and "actually" not in a.low[s:e]
              and not any(a.spans(label) for label in ("SELF_VERB", "TOOL_USE")))
    a.discard("RF_VISION", lambda s, e: "blind" in a.low[s:e] and a.low[s - 2:s] == ["must", "have"])
    for label in ("RF_SPREAD", "RF_INFECT"):
        a.discard(label, lambda s, e: bool({"home", "ward", "school", "nursery", "office", "hospital"} & before(s)) and "through" in a.low[s:e + 3])
    a.discard("RF_CANCER", lambda s, e: "dent" in a.low[s:e] and a.low[e:e + 1] == ["in"] and a.low[e + 1:e + 2] in (["the"], ["my"], ["our"], ["a"]) and a.low[
        e + 2:e + 3] not in (["middle"], ["centre"], ["center"], ["skin"], ["top"], ["spot"], ["bump"], ["milium"]))
    # round 6 (look-alikes tuning_468): "Me and my twin sister look double of each other", "looks double the size it was" (a GP's); a phone
    # screen "gone dark on one side", "I can't really make out from the photos on your website", "it's all fog on the M6", "it's all fog to
    # me which gauge is best", "barely wakes on a weekend", "barely wakes from his nap"; "won't let anyone near his face for long" with no
    # removal done
    text = " ".join(a.low)
    removal_told = bool(PAST_REMOVAL.search(text)) or any(a.spans(label) for label in ("SELF_VERB", "TOOL_USE", "TOOL", "REMOVE", "CLINIC_PASSIVE"))
    a.discard("RF_VISION", lambda s, e: a.low[e - 1] in {"double", "doubled"} and a.low[e:e + 1] in (["of"], ["the"], ["spotty"], ["size"]))
    if not removal_told:
        a.discard("RF_VISION", lambda s, e: a.low[s:s + 2] in (["gone", "dark"], ["going", "dark"], ["went", "dark"]) and "side" in a.low[s:e] or (
            "make" in a.low[s:e] and "really" in a.low[s:e]) or a.low[s] in {"screen", "phone", "tv", "telly", "laptop", "monitor"} or (
            "fog" in a.low[s:e] and not {"eye", "eyes", "sight", "vision"} & words(s)))
    a.discard("RF_VISION", lambda s, e: "fog" in a.low[s:e] and a.low[e:e + 2] in (["to", "me"], ["on", "the"]))
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s] in {"barely", "hardly"} and a.low[e:e + 1] in (["on"], ["from"]))
    a.discard("RF_VISION", lambda s, e: "make" in a.low[s:e] and a.low[e - 1] == "from")
    a.discard("RF_GROW", lambda s, e: a.low[s] in {"gone", "went", "going"} and "dark" in a.low[s:e] and bool({"sight", "vision", "eyesight"} & before(s)))
    a.discard("RF_EYE_PAIN", lambda s, e: a.low[s] in {"won't", "wont", "wo"} and (not removal_told or "long" in a.low[e:e + 6]))
    # "I wear glasses and can't really make out the tiny milia on my nose without them"
    a.discard("RF_VISION", lambda s, e: "make" in a.low[s:e] and bool(re.search(r"\bwithout (them|my glasses|glasses|my specs|specs|my contacts)\b",
                                                                               sentence_text(a, a.sentence[s]))))
    # "A YouTube video said you can pop both the same way but I don't trust it"
    a.discard("SELF_VERB", lambda s, e: s >= 3 and a.low[s - 3] in {"said", "says", "say", "claimed", "claims"} and a.low[s - 2] in {"you", "u"} and a.low[
        s - 1] in {"can", "could", "should"} and bool(_CLAIMED & before(s)) and bool({"trust", "believe", "appointment"} & set(a.low[s:])))
