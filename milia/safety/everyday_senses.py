"""Session 49's sign words in their everyday senses, which the session's look-alikes showed (tuning_514 and after).

Round 1: weather that "could turn nasty" and a "cloudy sky", a dog that "won't open his eyes in the sun", twins "seeing double", "I'm a
Cancer (the star sign!)", "the bleeding traffic", "lying on floaters in the hotel pool", "nearly fainted when I saw what another clinic
quoted", "the swollen river". Round 3 (tuning_523, tuning_525): "the river's swollen", "our wedding budget is swollen", "nearly dozed off"
in a massage, a leaflet's 'lancet' and 'sterile needle' in quotation marks, "bleeding ridiculous", "nearly made me pass out at the pump",
squinting at a phone "because she won't wear her glasses", "my eyes are literally bleeding" at a tiny font, "not me buying an extractor
tool" (slang for doing it). Round 4 (tuning_528-532): "a brain bleed", "bleed on the brain", "has MS and can't speak clearly", a queue or a
waiting list "getting bigger by the hour", a leaflet that "mentions a comedone extractor", a dentist's "tiny hook", a face that "went bright
red when my crush walked into the cafe", "neither of us has tried to take them out", "not going to pop the one on my lash line unless someone
tells me its safe" (a plan). Each is dropped only in the words that show it is not a sign. Plain module: no rasa imports.
"""
from __future__ import annotations

import re

from milia.safety.analysis import Analysis

_WEATHER = frozenset({"weather", "forecast", "storm", "storms", "stormy", "rain", "wind", "winds", "sky", "skies", "snow", "gales", "thunder"})
_PETS = frozenset({"dog", "dogs", "cat", "cats", "puppy", "kitten", "pup", "rabbit", "hamster", "horse", "pony", "budgie", "parrot"})
_ME = frozenset({"i", "i'm", "me", "im", "ive", "i've"})
_ZODIAC = frozenset({"star", "zodiac", "horoscope", "horoscopes", "astrology", "starsign"})
# a "bleeding" said as a curse before a thing ("the bleeding traffic", "this bleeding printer"), never before a spot or a body part
_CURSED = frozenset({"traffic", "bus", "buses", "train", "trains", "weather", "rain", "car", "computer", "phone", "website", "hell", "nuisance",
                     "council", "queue", "roadworks", "printer", "kids", "idiot", "cheek", "obvious", "parking", "wifi", "internet", "app", "builders",
                     "neighbours", "motorway", "ring", "tube", "trams", "landlord", "taxman", "prices", "price", "cost", "costs", "bills", "petrol"})
_POOL = frozenset({"pool", "pools", "lilo", "lilos", "inflatable", "inflatables", "beach", "lake", "sea", "waves"})
_PRICED = frozenset({"quoted", "quote", "quotes", "price", "prices", "bill", "cost", "costs", "charge", "charged", "charges", "invoice", "fee", "fees"})
_WATERS = frozenset({"river", "rivers", "stream", "streams", "canal", "brook", "creek", "lake", "waters", "floodwater", "ranks", "budget", "inbox",
                     "diary", "schedule", "overdraft", "bill", "bills", "water", "flooded", "flood", "floods", "tide"})  # "water swollen right up to the pub door"
_RELAXING = frozenset({"massage", "facial", "film", "movie", "meditation", "yoga", "spa", "sauna", "train", "bus", "tube", "plane", "flight", "sofa",
                       "couch", "commute", "telly", "tv", "make-up", "makeup", "mascara"})
_INFECTED = ("RF_INFECT", "RF_SPREAD", "RF_PUS", "RF_OOZE", "RF_HOT", "RF_SWELL")
_SURFACES = frozenset({"worktop", "worktops", "marble", "granite", "tiles", "floor", "floors", "trendy", "kitchen", "paint", "wallpaper", "fabric"})
_LEAFLETS = frozenset({"leaflet", "leaflets", "brochure", "website", "page", "booklet", "faq", "faqs", "site"})
_SAYS = frozenset({"mentions", "mentioned", "says", "said", "uses", "talks", "calls", "describes", "lists", "list", "words", "word", "includes", "include",
                   "has"})
_DENTAL = frozenset({"dentist", "dentists", "dental", "hygienist", "orthodontist"})
_ON_THE_BUMPS = frozenset({"milia", "milium", "bumps", "spots", "eye", "eyelid", "lid", "face", "cheek", "nose", "ones", "lashline", "lash", "lashes",
                           "lids", "them",
                           "milly", "millia", "mila", "dot", "dots", "trough", "troughs", "waterline"})  # session 52 (tuning_646): "dental floss ... the milly on my tear trough"
_CONDITIONS = frozenset({"ms", "sclerosis", "stroke", "parkinson", "parkinson's", "parkinsons", "palsy", "dementia", "autism", "autistic", "mnd",
                         "neurone", "neuron", "aphasia", "aphasic", "stammer", "stutter"})
_GROWING_THINGS = frozenset({"queue", "queues", "list", "waiting", "pile", "inbox", "traffic", "backlog", "crowd", "bill"})
_CURSED_HOW = frozenset({"brilliant", "good", "great", "amazing", "fantastic", "lovely", "mental", "mad", "ridiculous", "expensive", "annoying", "awful", "useless", "stupid", "freezing", "typical", "massive", "huge", "dear",
                         "extortionate", "daylight", "murder", "nightmare", "pricey", "miles", "ages", "forever"})
_SPECS = frozenset({"glasses", "specs", "spectacles", "contacts", "lenses", "readers"})
_SCREEN_THINGS = frozenset({"font", "website", "site", "page", "text", "writing", "colours", "colors", "design", "tiny", "screen", "spreadsheet",
                            "spreadsheets", "typo", "typos", "comic", "sans"})
_PLACES = frozenset({"cafe", "café", "room", "shop", "pub", "bar", "office", "restaurant", "kitchen", "class", "classroom", "meeting", "party", "gym",
                     "library", "church", "canteen", "staffroom", "lounge"})
_CANCER_NOUNS = frozenset({"cancer", "bcc", "melanoma", "basal", "squamous", "carcinoma", "scc", "cancers"})
# a history compared with a spot now, anywhere in the message: "My sister had a basal cell on her nose. Is my spot the same thing?"
_WORRIED = frozenset({"worried", "worry", "worrying", "scared", "concerned", "similar", "resembles", "mine", "turn", "turning", "become",
                      "becoming", "paranoid", "sinister"})
_SAME = re.compile(r"\b(the same|same (thing|one|kind|type|as (hers|his|theirs|what|my|her|him)))\b")
_TREATED = frozenset({"treated", "clear", "cleared", "all-clear", "remission"})
_MONEY = frozenset({"account", "bank", "wallet", "purse", "savings", "money", "budget", "finances"})
_GLASS = frozenset({"window", "windows", "windscreen", "windshield", "glass", "shower", "screen", "mirror", "car", "kettle"})
_EYE_WORDS = frozenset({"eye", "eyes", "eyeball", "vision", "sight", "lid", "eyelid"})
_WORRY = frozenset({"?", "could", "might", "worried", "worry", "worrying", "same", "scared", "concerned", "anxious", "wonder", "wondering", "if",
                    "like", "hers", "his", "mine", "similar", "resembles"})
_CLOUDY_THINGS = frozenset({"sky", "skies", "day", "days", "weather", "morning", "afternoon", "week", "cider", "beer", "water", "juice", "lemonade",
                            "spell", "start", "outlook"})


def drop_everyday_senses(a: Analysis) -> None:
    """Forget the sign words above where the sentence shows their everyday sense."""

    def sentence_words(s: int) -> set:
        return {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]}

    text = set(a.low)
    removal = any(a.spans(label) for label in ("SELF_VERB", "TOOL", "TOOL_USE", "BARE_TOOL"))
    a.discard("RF_CANCER", lambda s, e: "nasty" in a.low[s:e] and bool(_WEATHER & sentence_words(s)))
    for label in ("RF_EYE_SHUT", "RF_LIGHT", "RF_EYE_TROUBLE", "RF_PERSISTENT"):
        a.discard(label, lambda s, e: bool(_PETS & sentence_words(s)) and not _ME & sentence_words(s) and "my" not in a.low[s:e])
    for label in ("RF_VISION", "RF_FLASHES"):
        a.discard(label, lambda s, e: "double" in a.low[s:e] and bool({"twin", "twins"} & text) and not removal)
    a.discard("RF_CANCER", lambda s, e: a.low[s:e] == ["cancer"] and (bool(_ZODIAC & sentence_words(s)) or a.low[max(0, s - 2):s] in (["'m", "a"], ["am", "a"])))
    a.discard("RF_BLEED", lambda s, e: a.low[s:e] in (["bleeding"], ["bleedin"]) and a.low[e:e + 1] != [] and a.low[e] in _CURSED)
    for label in ("RF_FLASHES", "RF_EYE_TROUBLE"):
        a.discard(label, lambda s, e: a.low[s:e] == ["floaters"] and bool(_POOL & sentence_words(s)))
    a.discard("RF_VERY_UNWELL", lambda s, e: any(w.startswith(("faint", "pass")) for w in a.low[s:e]) and bool(_PRICED & sentence_words(s)))
    a.discard("RF_SWELL", lambda s, e: a.low[s:e] == ["swollen"] and bool(_WATERS & set(a.low[max(0, s - 3):e + 1])))
    for label in ("RF_VERY_UNWELL", "RF_WORST_ILL"):
        a.discard(label, lambda s, e: bool({"dozed", "dozing", "nodded", "nodding", "drifted", "asleep", "fell", "falling"} & set(a.low[s:e])) and (
            bool({"nearly", "almost"} & set(a.low[max(0, s - 2):s])) or bool(_RELAXING & sentence_words(s)) or a.low[e:e + 3] in (["in", "my", "make"], ["in", "my", "makeup"]))
            and not {"keep", "keeps", "kept", "keeping"} & set(a.low[max(0, s - 2):s + 1]) and not any(a.spans(other) for other in _INFECTED))
    for label in ("TOOL", "BARE_TOOL", "TOOL_USE", "CONSUMER_TOOL", "SELF_VERB"):
        a.discard(label, lambda s, e, label=label: (label != "SELF_VERB" or a.low[s - 1:s] == ["'"]) and bool(_LEAFLETS & sentence_words(s)) and (
            a.low[s - 1:s] == ["'"] or bool(_SAYS & sentence_words(s))))
        a.discard(label, lambda s, e: bool(_DENTAL & sentence_words(s)) and not _ON_THE_BUMPS & sentence_words(s))
    a.discard("RF_BLEED", lambda s, e: a.low[s:e] in (["bleeding"], ["bleedin"]) and a.low[e:e + 1] != [] and a.low[e] in _CURSED_HOW)
    for label in ("RF_LIGHT", "RF_VISION", "RF_EYE_TROUBLE"):
        a.discard(label, lambda s, e: any(w.startswith("squint") for w in a.low[s:e]) and bool(_SPECS & sentence_words(s)) and (bool(
            _SPECS & set(a.low[e:e + 8])) or not any(a.sentence[k] == a.sentence[s] for other in ("SELF_VERB", "TOOL", "REMOVE") for k, _ in a.spans(other))))
    a.discard("RF_BLEED", lambda s, e: bool({"eyes", "eye", "eyeballs"} & set(a.low[max(0, s - 4):s])) and bool(_SCREEN_THINGS & sentence_words(s)))
    a.discard("RF_BLEED", lambda s, e: "brain" in a.low[max(0, s - 3):e + 3])
    # round 6 (tuning_539, tuning_541, tuning_542): "got scared off reading the rest", "got a bloodshot eye from a late night out", "bright lights
    # dont hurt", "white pearly things at the outer corner of her eye" (milia are pearly white; a pearly edge is a GP's sign)
    a.discard("REMOVE", lambda s, e: bool({"scared", "frightened", "spooked", "bloodshot", "hangover"} & set(a.low[s:e])))
    for label in ("RF_LIGHT", "RF_EYE_PAIN"):
        a.discard(label, lambda s, e: a.low[e - 1] in {"hurt", "hurts", "bother", "bothers", "sting", "stings"} and bool(
            {"nt", "n't", "not", "never", "dont", "doesnt"} & set(a.low[max(s, e - 3):e - 1])))
    for label in ("RF_LIGHT", "RF_VISION", "RF_FLASHES"):
        a.discard(label, lambda s, e: bool({"nt", "n't", "not", "never", "dont", "doesnt"} & set(a.low[e:e + 2])) and bool(
            {"hurt", "hurts", "bother", "bothers", "sting", "stings"} & set(a.low[e + 1:e + 3])))
    a.discard("RF_CANCER", lambda s, e: a.low[s:e] == ["pearly"] and "white" in a.low[max(0, s - 1):e + 1] and not {
        "edge", "edges", "rim", "border", "shiny", "rolled", "vessels", "bleeds", "bleeding", "growing", "bigger", "changed"} & sentence_words(s))
    # round 5 (tuning_534, tuning_537): "a night of crying"; "My mum had a BCC on her back years ago", "I had a BCC removed from my ear in 2018 and
    # I'm still on yearly check-ups": a history told, no question about a spot now
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s:e] == ["crying"] and (a.low[s - 1:s] in (["of"], ["from"], ["after"]) or a.low[e:e + 1] in (
        ["normally"], ["normal"], ["as"], ["like"])))  # "he's feeding, crying normally and otherwise looks well" (round 9)
    # round 9 (tuning_554): "I looked like a ghost lol", "mottled marble worktops", "Bleeding-heart vegan here", "fell asleep in my make-up"
    a.discard("RF_VISION", lambda s, e: a.low[s:e] == ["ghost"] and a.low[max(0, s - 3):s - 1] in (["looked", "like"], ["look", "like"], ["looks", "like"]))
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s:e] == ["mottled"] and bool(_SURFACES & sentence_words(s)))
    a.discard("RF_BLEED", lambda s, e: "heart" in a.low[e:e + 2])
    a.discard("RF_CANCER", lambda s, e: bool(_CANCER_NOUNS & set(a.low[s:e])) and (bool({"had", "'d"} & set(a.low[max(0, s - 3):s])) or bool(
        _TREATED & sentence_words(s))) and not _WORRY & sentence_words(s) and not _WORRIED & text and not _SAME.search(" ".join(a.low)))
    # round 7 (tuning_544, tuning_547): "my bank account is bleeding", "cheeks puffed out like a hamster" blowing up balloons, "the grey cloudy film
    # on the inside" of a windscreen, "our faces doubled in the funfair hall of mirrors", "the puffy bit" under the eye (a place), "hardly talks"
    # (how someone always is), skin "gone a mottled brownish colour" (a spot's colour, not mottled skin of someone very ill), "ten out of ten" for
    # a friend's work
    a.discard("RF_BLEED", lambda s, e: bool(_MONEY & set(a.low[max(0, s - 4):s])))
    # round 8 (tuning_549): "caught sight of the little white dots on my forehead", "does the needle you use hurt much?"
    a.discard("RF_FLASHES", lambda s, e: a.low[s - 1:s] == ["caught"] and a.low[s] == "sight")
    # round 10 (tuning_559, tuning_560): "treating myself next: milia removal!", "digging out tree stumps", "I'm squinting too lol"
    a.discard("SELF_CUE", lambda s, e: a.low[s:e] in (["myself"], ["herself"], ["himself"]) and a.low[s - 1:s] in (["treat"], ["treating"], ["treated"], ["treats"]))
    a.discard("SELF_VERB", lambda s, e: bool({"tree", "stumps", "stump", "weeds", "roots", "splinter", "soil", "snow", "car"} & set(a.low[e:e + 3])))
    a.discard("RF_LIGHT", lambda s, e: a.low[s].startswith("squint") and a.low[e:e + 2] in (["too", "lol"], ["lol"], ["haha"], ["too", "haha"]))
    a.discard("SELF_VERB", lambda s, e: a.low[s:e] == ["pierced"] and bool({"ears", "ear", "nose", "belly", "tongue", "lip", "eyebrow"} & set(a.low[max(0, s - 3):s])))
    for label in ("TOOL", "BARE_TOOL"):
        a.discard(label, lambda s, e: a.low[e:e + 2] in (["you", "use"], ["u", "use"], ["you", "used"], ["you", "guys"], ["your", "nurse"]) and not (
            {"buy", "home", "myself", "order", "get"} & text))
    a.discard("RF_SWELL", lambda s, e: "cheeks" in sentence_words(s) and bool({"balloons", "balloon", "hamster", "trumpet"} & sentence_words(s)))
    a.discard("RF_SWELL", lambda s, e: a.low[s:e] == ["puffy"] and a.low[e:e + 1] in (["bit"], ["part"], ["area"], ["bits"]) and not any(
        a.sentence[k] == a.sentence[s] for k, _ in a.spans("SELF_VERB")))
    for label in ("RF_EYE_TROUBLE", "RF_VISION", "RF_EYE_INJURY"):
        a.discard(label, lambda s, e: bool({"cloudy", "film"} & set(a.low[max(0, s - 2):e])) and bool(_GLASS & sentence_words(s)) and not _EYE_WORDS & set(
            a.low[max(0, s - 6):e + 6]))
    for label in ("RF_VISION", "RF_EYE_TROUBLE"):
        a.discard(label, lambda s, e: bool({"doubled", "double"} & set(a.low[s:e])) and bool({"mirrors", "funfair", "fairground", "maze"} & sentence_words(s)))
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s:e] in (["hardly", "talks"], ["barely", "talks"], ["hardly", "speaks"], ["barely", "speaks"], ["never", "talks"]))
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s:e] == ["mottled"] and bool({"colour", "color", "brown", "brownish"} & set(a.low[e:e + 3])))
    for label in ("RF_EYE_PAIN", "RF_EYE_TROUBLE"):
        a.discard(label, lambda s, e: bool({"give", "gave", "rate", "rated", "score", "scored"} & set(a.low[max(0, s - 4):s])) and "out" in a.low[s:e])
    a.discard("RF_VERY_UNWELL", lambda s, e: bool({"speak", "speaking", "talk", "talking", "speech", "words"} & set(a.low[s:e])) and bool(
        _CONDITIONS & sentence_words(s)) and bool({"has", "had", "with", "since"} & sentence_words(s)))
    a.discard("RF_SPREAD", lambda s, e: bool({"hour", "minute"} & set(a.low[s:e])) and bool(_GROWING_THINGS & sentence_words(s)))
    a.discard("RF_LIGHT", lambda s, e: a.low[e - 1] == "bright" and a.low[e:e + 1] in (["red"], ["pink"], ["scarlet"], ["crimson"]))
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s:s + 2] == ["walked", "into"] and a.low[e:e + 1] != [] and a.low[e] in _PLACES)
    for label in ("REMOVE", "TRIED", "SELF_VERB", "SELF_CUE"):
        a.discard(label, lambda s, e: bool(re.search(r"\b(neither|none) of (us|them)( two)? (has|have|'s|'ve|had) (ever )?(tried|touched|done|picked|squeezed)\b",
                                                      " ".join(a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]))))
    # "not going to pop the one on my lash line unless someone tells me its safe": a plan waiting on an answer
    a.discard("NEG", lambda s, e: a.low[s:e] in (["not"], ["n't"], ["nt"]) and any(a.has("SELF_VERB", k) for k in range(e, min(len(a.low), e + 4))) and any(
        a.low[k] == "unless" and a.sentence[k] == a.sentence[s] for k in range(e, min(len(a.low), e + 14))))
    # "Is the Tweezerman ingrown hair tool better than an ordinary needle for lifting milia out": a comparison, both tools in play (session 54)
    a.discard("NEG", lambda s, e: a.low[s:e] == ["than"] and a.low[s - 1:s] in (["better"], ["safer"], ["worse"], ["easier"], ["gentler"], ["quicker"],
                                                                              ["kinder"], ["cleaner"], ["sharper"], ["finer"])
              and any(k > s and a.sentence[k] == a.sentence[s] for k, _ in a.spans("SELF_VERB")))  # (not "is laser better than a needle for milia")
    a.discard("NEG", lambda s, e: a.low[s:e] == ["not"] and (s == 0 or a.low[s - 1] in {".", "!", "?", ","}) and a.low[e:e + 1] == ["me"]
              and a.low[e + 1:e + 2] != [] and a.low[e + 1].endswith("ing"))
    for label in ("RF_EYE_TROUBLE", "RF_VISION"):
        a.discard(label, lambda s, e: a.low[s:e] == ["cloudy"] and a.low[e:e + 1] != [] and a.low[e] in _CLOUDY_THINGS)
