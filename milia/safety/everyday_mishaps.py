"""Session 53's sign words that belong to another mishap, which the session's look-alikes showed (tuning_664 and after).

Someone's accident on another part of the body ("my husband sliced his palm on the hedge trimmer, bleeding all over the patio", "Dad got a
rose thorn in his thumb and it filled with pus", "the arm swelled up like a balloon" after a booster); a broken screen ("cant see half the
screen since i dropped my phone in the bath"); the news heard or read ("Heard on the radio that flashes of light can mean a detached
retina"); an old procedure done by someone else that settled ("i had a cyst drained, swollen for a week then fine"); a child "sent home
with a temperature" from a childminder's day; pool inflatables and a "floater" job, camera flashes, tube lines, rivers in flood, a biology
lesson, a blood test; films, sport and other people's illnesses; confusion that is the person's usual. Each is dropped only where the
sentence (or the words near the sign) shows the mishap and names no milia, spot or eye, and never beside a removal. Plain module: no rasa
imports.
"""
from __future__ import annotations

import re
from typing import Set

from milia.safety.analysis import Analysis

# what caused an injury that is not a milium's
_ACCIDENT = frozenset({"sliced", "slice", "cut", "cuts", "caught", "whacked", "hit", "bumped", "banged", "stubbed", "trapped", "thorn", "splinter",
                       "hammer", "trimmer", "mower", "cutter", "knife", "chisel", "secateurs", "carving", "football", "ball",
                       "fell", "tripped", "stitches", "glued", "door", "bite", "bitten", "stung", "sting", "wasp", "bee", "knock",
                       "tackle", "sprain", "sprained", "pulled", "physio", "sparring", "punched", "punch", "elbowed", "headbutted", "booster",
                       "jab", "vaccine", "vaccination", "injection", "flu"})
# the injured part, never where milia are looked at here
_OTHER_PART = frozenset({"palm", "thumb", "thumbs", "finger", "fingers", "hand", "hands", "nail", "fingernail", "knee", "knees", "head", "lip",
                         "toe", "toes", "foot", "ankle", "arm", "leg", "elbow", "wrist", "shin", "himself", "herself", "themselves", "hamstring",
                         "calf", "thigh", "muscle", "ribs", "hip", "partner"})
_MILIA_OR_EYE = frozenset({"milia", "milium", "milias", "spot", "spots", "bump", "bumps", "whitehead", "whiteheads", "eye", "eyes", "eyelid",
                           "eyelids", "lid", "lids", "seed", "seeds", "picked", "squeezed", "popped", "lump", "lumps", "mole", "moles",
                           "cyst", "dot", "dots", "growth"})
_ACCIDENT_SIGNS = ("RF_BLEED", "RF_SWELL", "RF_PUS", "RF_HOT", "RF_INFECT", "RF_GROW", "RF_OOZE", "RF_VERY_UNWELL")
_PIERCED_PART = frozenset({"ear", "ears", "nose", "navel", "belly", "tongue", "eyebrow", "lip", "septum", "cartilage", "helix", "tragus"})
# a screen that broke, not the eye: "dropped my phone in the bath", "TV keeps flashing ... got the laptop out"
_DEVICE = frozenset({"screen", "phone", "tv", "telly", "laptop", "tablet", "monitor", "ipad", "television"})
_DEVICE_FAULT = re.compile(r"\b(dropped (my|the|his|her) (phone|tablet|ipad|laptop)|cracked|smashed|scratched|water damage|signal|aerial|reception|buffering|(got|get) the (laptop|tablet|ipad) out"
                           r"|needs? (a new|replacing|fixing)|on the blink|(phone|screen|tv|telly) (is|'s) (broken|bust|knackered))\b")
_DEVICE_SIGHT = ("RF_VISION", "RF_EYE_TROUBLE", "RF_FLASHES")
# heard or read about: "Heard on the radio that ...", "a news story about ...", "read in the paper that ..."
# (never reading or watching it: "reading the newspaper there are little black commas swimming over the print", "watch the news and there's
# two presenters")
_NEWS = re.compile(r"\b(heard|read|listened) (on|in|to) (the |a |an )?(true crime )?(news|radio|paper|newspaper|podcast|article|documentary|headlines?)\b"
                   r"|\b(news|radio|podcast|article|story|documentary|headlines?) (about|says|said|saying|claims?|claimed)\b|\bnews (story|report)\b")
# done by someone else long ago and settled: "i had a cyst drained, swollen for a week then fine"
_HAD_DONE = re.compile(r"\b(had|got) (a|an|my) (cyst|boil|abscess|mole|wart|skin tag|ingrown \w+|tooth|wisdom tooth) (drained|lanced|removed|out|taken out|cut out|frozen)\b")
_SETTLED = re.compile(r"^[\w ,]{0,25}\b(then|but|and then) (fine|it was fine|healed|settled|went down|cleared)\b")
_SENT_HOME = re.compile(r"\b(went|sent|go|going) home (from \w+ )?with a (temperature|temp|fever)\b")
# round 2 (tuning_669): inflatables and a job ("blown up about six giant floaters for the kids' swimming pool", "a 'floater' nurse on the
# wards"), a camera's flash, a tube line ("coming in on the red line (central)"), rivers in flood, a biology lesson or revision ("pus is dead
# white cells right?"), a blood test ("The nurse at my GP took blood from my arm")
_POOL = frozenset({"pool", "pools", "swimming", "inflatable", "inflatables", "lilo", "lilos", "paddling", "beach", "blown", "blow", "nurse", "nurses",
                   "staff", "shift", "shifts", "wards", "agency", "bank", "team", "teacher", "warehouse", "supply", "job", "hours", "rota", "role", "cover"})
_TRAVEL = frozenset({"tube", "train", "trains", "underground", "station", "stop", "bus", "central", "district", "piccadilly", "metro", "tram", "route",
                     "map", "budget", "spreadsheet"})
_WEATHER = frozenset({"river", "rivers", "stream", "streams", "canal", "rain", "flood", "flooding", "floods", "flooded", "storm", "burn", "cellar", "mud", "sewage"})
_LESSON = frozenset({"lesson", "lessons", "biology", "bio", "gcse", "gcses", "revising", "revision", "exam", "exams", "textbook", "class", "homework",
                     "lecture", "teaching", "a-level", "quiz"})
_SKIN_WORDS = frozenset({"milia", "milium", "spot", "spots", "bump", "bumps", "eyelid", "eyelids", "lid", "skin", "face", "cheek", "forehead", "nose",
                         "chin", "scab", "wound", "eye", "eyes", "mine", "picked", "squeezed", "popped"})
_BLOOD_TEST = re.compile(r"\b(took|take|taking|taken|donate|donated|donating) (some )?blood\b|\b(went|go|going) to give blood\b|\bgave blood\b|\bblood (test|tests|sample|samples|taken|donor|donation|pressure|sugar|sugars|work)\b")
# the visitor's or someone's own skin named: "my spot", "his eyelid", "the bump on her cheek"
_OWN_SKIN = re.compile(r"\b(my|his|her|their|mine|me|i|he|she)\b( \w+){0,3} (milia|milium|spot|spots|bump|bumps|eyelid|eyelids|lid|skin|face|cheek|forehead|nose|chin|scab|eye|eyes)\b"
                       r"|\b(picked|squeezed|popped)\b")
# round 3 (tuning_676): a general question from someone who leaves their own alone ("can picking milia near the eye ever affect your vision?
# just curious, mine are on my chin and I leave them alone")
_LEAVES_THEM = re.compile(r"\b(i|we) (just |always |only )?(leave|leaving) (them|mine|it|my milia) (alone|be)\b|\b(i|we) (do n't|don't|dont|never) (touch|pick|squeeze) (them|mine|it)\b")
_PHOTOS = frozenset({"camera", "cameras", "photo", "photos", "photographer", "photographers", "photography", "papped", "paparazzi", "premiere", "selfie",
                     "selfies", "flashbulb", "flashbulbs", "shoot"})
# round 4 (tuning_679, tuning_680): air let out of things ("Screen protector had a bubble and it popped", "squeezed all the air out of the armbands",
# "the air squealed out"), "blew up the paddling pool today till i was dizzy", "How far is the clinic from the station", "not trying anything
# myself just asking"
_AIR = frozenset({"bubble", "bubbles", "balloon", "balloons", "armbands", "inflatable", "air", "puncture", "tyre", "tire", "protector", "lilo", "flamingo",
                  "bubblewrap", "wrap"})
# round 5 (tuning_683, tuning_684, tuning_687): confusion that is the person's usual ("confused since a fall last year (no worse than usual)",
# "she's very deaf and gets muddled"); giving blood ("went a bit woozy"); a storm that "took half our roof off"; a film or series ("the hero
# bleeds out", "Zombie series binge, all rotting flesh and pus"); sport ("knocked out cold in rugby", "Marathon ... my nipples bled");
# someone else's illness ("Aunt's got sepsis from a UTI, she's in ICU"); chickenpox scratched; "Do you open on Sundays?", "she want to open
# them with a lancet" (a verb, not an open sore)
_CONFUSED = frozenset({"confused", "confusion", "muddled", "forgetful", "vague", "disorientated", "disoriented"})
_USUAL = re.compile(r"\b(since (a|her|his|the) (fall|stroke|op|operation)( \w+){0,3} (ago|year|years)|for (years|ages|a long time)|(no|not any) worse than usual"
                    r"|as (usual|always)|same as (always|ever|usual)|normal for (her|him|them)|always (is|has been|gets|been)|her usual|his usual)\b")
_HABIT = frozenset({"gets", "get", "always", "often", "sometimes", "usually", "easily"})
# (a story on a screen, never the screen or book the visitor cannot see: "watching netflix and the screen keeps flickering", "reading her book")
_SCREEN_STORY = frozenset({"binge", "binged", "boxset", "zombie", "zombies", "hero", "heroine", "villain"})
_SPORT = frozenset({"rugby", "football", "boxing", "hockey", "netball", "concussion", "marathon", "race", "training", "match", "tackle", "sparring",
                    "toenails", "toenail", "nipples", "blisters", "gym", "ultra", "triathlon", "cycling"})  # (never "running": "running a fever")
_OTHER_ILLNESS = frozenset({"uti", "icu", "pneumonia", "covid", "chemo", "hospice", "ward", "chest", "kidney", "appendix", "appendicitis", "flu", "gastro"})
_RELATIVES = frozenset({"aunt", "aunty", "auntie", "uncle", "cousin", "gran", "granny", "grandad", "grandpa", "grandma", "nan", "friend", "neighbour",
                        "colleague", "boss", "dad", "mum", "brother", "sister", "husband", "wife"})
_ITCHY = frozenset({"chickenpox", "chicken", "pox", "eczema", "bites", "hives", "nits", "lice", "scabies", "itchy", "itch", "itching", "rash"})
_HOUSE = frozenset({"roof", "tiles", "wallpaper", "fence", "shed", "tyre", "tire", "door", "doors", "gutter", "chimney", "window", "windows"})
_BABY_WORDS = frozenset({"baby", "babies", "newborn", "weeks", "week", "wk", "wks"})


def drop_everyday_mishaps(a: Analysis) -> None:
    """Forget the sign words above where the sentence shows the mishap they belong to."""

    def words(s: int) -> Set[str]:
        return {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]}

    def near(s: int, e: int) -> Set[str]:  # (a message typed without stops runs on into the question: "... its all foggy do u treat milia")
        return {a.low[k] for k in range(max(0, s - 8), min(len(a.low), e + 6)) if a.sentence[k] == a.sentence[s]}

    def text_of(s: int) -> str:
        return " ".join(a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s])

    def removal_in(s: int, skip: str = "") -> bool:
        return any(a.sentence[k] == a.sentence[s] for label in ("SELF_VERB", "TOOL_USE", "REMOVE") for k, _ in a.spans(label) if a.low[k] != skip)

    # "bf got his ear pierced at a market stall": a piercing, not a milium pierced
    a.discard("SELF_VERB", lambda s, e: a.low[s:e] in (["pierced"], ["piercing"]) and bool(_PIERCED_PART & set(a.low[max(0, s - 3):e + 1]))
              and not _MILIA_OR_EYE & words(s))
    # "phone screen so scratched i cant see properly": the screen scratched
    a.discard("SELF_VERB", lambda s, e: bool(_DEVICE & set(a.low[max(0, s - 3):s])) and a.low[s] in {"scratched", "cracked", "scraped", "smashed"})
    # "so I've given up and got the laptop out": another device, not a milium got out
    a.discard("REMOVE", lambda s, e: bool(_DEVICE & set(a.low[s:e])))
    # "Is there a discount for two people?": a booking, not double vision
    a.discard("RF_VISION", lambda s, e: a.low[s] in {"two", "2"} and a.low[s - 1:s] in (["for"], ["between"], ["with"]))
    # "i had a cyst drained": done to the visitor by someone else
    a.discard("SELF_VERB", lambda s, e: bool(_HAD_DONE.search(" ".join(a.low[max(0, s - 5):e]))) and not {"milia", "milium"} & words(s))
    for label in [label for label in a.hits if label in _ACCIDENT_SIGNS]:
        a.discard(label, lambda s, e: bool(_ACCIDENT & words(s)) and bool(_OTHER_PART & words(s)) and not _MILIA_OR_EYE & words(s) and not removal_in(s))
        a.discard(label, lambda s, e: bool(_PIERCED_PART & words(s)) and bool({"pierced", "piercing"} & words(s)) and not _MILIA_OR_EYE & words(s)
                  and not removal_in(s, skip="pierced"))
        a.discard(label, lambda s, e: bool(_HAD_DONE.search(text_of(s))) and bool(_SETTLED.search(" ".join(a.low[e:e + 10]))) and not {"milia", "milium"} & words(s))
    # "read in the paper that plasma pens cause scarring. do you use them here?"
    for label in [label for label in a.hits if label.startswith("RF_") and label != "RF_CANCER"] + ["GADGET", "CONSUMER_TOOL"]:
        a.discard(label, lambda s, e: bool(_NEWS.search(text_of(s))) and not _OWN_SKIN.search(text_of(s)) and not {"milia", "milium"} & words(s))
    # "a true crime podcast about someone being jabbed with a needle in a club" (round 4, tuning_679)
    for label in ("TOOL_USE", "TOOL", "BARE_TOOL", "SELF_VERB"):
        a.discard(label, lambda s, e: bool(_NEWS.search(text_of(s))) and not _OWN_SKIN.search(text_of(s)) and not {"milia", "milium", "my", "i"} & words(s))
    for label in _DEVICE_SIGHT:
        a.discard(label, lambda s, e: bool(_DEVICE & near(s, e)) and bool(_DEVICE_FAULT.search(text_of(s))) and not _MILIA_OR_EYE & near(s, e) and not removal_in(s))
    for label in ("RF_FLASHES", "RF_EYE_TROUBLE", "RF_SWELL"):
        a.discard(label, lambda s, e: bool({"floater", "floaters", "blown"} & set(a.low[s:e])) and bool(_POOL & words(s)) and not _OWN_SKIN.search(text_of(s))
                  and not removal_in(s))
    # "Wedding photographer so I've got flashes going off in my face all day", "Got papped by flash cameras at the premiere"
    a.discard("REMOVE", lambda s, e: bool({"flash", "flashes"} & set(a.low[s:e])))
    a.discard("SELF_VERB", lambda s, e: a.low[s:e] == ["popped"] and a.low[e:e + 1] == ["by"] and bool(_PHOTOS & words(s)))  # "papped", read as "popped"
    a.discard("SELF_VERB", lambda s, e: a.low[s].startswith("pick") and a.low[e:e + 1] == ["up"] and bool(_PHOTOS & words(s) | {"flash"} & words(s)))  # "My camera flash picks up every bump"
    # (never a flash seen "like a camera going off")
    a.discard("RF_FLASHES", lambda s, e: bool(_PHOTOS & words(s)) and not {"eye", "eyes", "eyelid", "eyelids", "lid", "milia", "milium"} & words(s)
              and not {"like", "if", "though", "inside"} & words(s)
              and not removal_in(s))
    a.discard("RF_SPREAD", lambda s, e: "line" in a.low[s:e] and bool(_TRAVEL & words(s)) and not _SKIN_WORDS & words(s))
    for label in ("RF_SWELL", "RF_OOZE", "RF_SPREAD"):
        a.discard(label, lambda s, e: bool(_WEATHER & words(s)) and not _SKIN_WORDS & near(s, e) and not removal_in(s))
    for label in ("RF_PUS", "RF_BLEED", "RF_INFECT", "RF_OOZE"):
        a.discard(label, lambda s, e: bool(_LESSON & words(s)) and not _OWN_SKIN.search(text_of(s)) and not removal_in(s))
    a.discard("RF_BLEED", lambda s, e: bool(_BLOOD_TEST.search(text_of(s))) and "blood" in a.low[s:e] and not removal_in(s) and not _MILIA_OR_EYE & words(s))
    a.discard("SELF_VERB", lambda s, e: e - s == 1 and a.low[s].endswith("ing") and "?" in text_of(s) and a.low[s - 1:s] in (["can"], ["does"], ["could"], ["will"], ["would"])
              and bool(_LEAVES_THEM.search(" ".join(a.low[e:]))))
    for label in ("SELF_VERB", "REMOVE"):
        a.discard(label, lambda s, e: bool(_AIR & words(s)) and not _MILIA_OR_EYE & (words(s) - {"popped", "squeezed", "picked"}))
    a.discard("RF_VERY_UNWELL", lambda s, e: bool({"blew", "blowing", "blow", "blown"} & words(s)) and bool(_AIR & words(s) | {"pool", "balloons", "balloon"} & words(s))
              and not removal_in(s))
    a.discard("HOWTO", lambda s, e: a.low[s:e] == ["how", "far"] and a.low[e:e + 1] in (["is"], ["'s"], ["are"], ["from"]))
    a.discard("SELF_CUE", lambda s, e: a.low[s:e] == ["myself"] and a.low[s - 1:s] == ["anything"] and bool({"not", "n't", "nt", "never"} & set(a.low[max(0, s - 4):s]))
              and bool({"trying", "try", "doing", "do", "planning", "attempting", "touching"} & set(a.low[max(0, s - 4):s])))
    # (a habit only with no change told after it: not "gets muddled these days and I caught him picking at his eye bags. Since then he's
    # been feeling along the wall")
    a.discard("RF_VERY_UNWELL", lambda s, e: bool(_CONFUSED & set(a.low[s:e])) and (
        bool(_USUAL.search(" ".join(a.low[s:e + 12]))) or bool(_HABIT & set(a.low[max(0, s - 2):s])) and not {"since", "now", "started", "suddenly", "today"} & set(a.low[e:])))
    a.discard("RF_VERY_UNWELL", lambda s, e: bool(_BLOOD_TEST.search(text_of(s))) and not _MILIA_OR_EYE & words(s))
    for label in ("REMOVE", "SELF_VERB"):
        a.discard(label, lambda s, e: any(a.low[k] in _HOUSE and a.low[k - 1] in {"our", "the", "a", "their", "my", "his", "her", "half"} for k in range(s + 1, e))
                  or a.low[s:e][-2:] == ["knocked", "out"] or a.low[s:e] in (["got", "knocked", "out"],))
    removed = any(a.spans(label) for label in ("SELF_VERB", "TOOL_USE", "REMOVE"))
    for label in ("RF_BLEED", "RF_PUS", "RF_OOZE", "RF_SWELL", "RF_INFECT"):
        a.discard(label, lambda s, e: bool(_SCREEN_STORY & words(s)) and not _OWN_SKIN.search(text_of(s)) and not {"milia", "milium"} & near(s, e) and not removal_in(s))
    # (never a comparison: "breathing like I've run a marathon", "swollen like I've been in a boxing match")
    for label in ("RF_BLEED", "RF_SWELL"):
        a.discard(label, lambda s, e: bool(_SPORT & words(s)) and not {"like", "if", "though"} & words(s) and not _MILIA_OR_EYE & words(s) and not removal_in(s)
                  and not any(w in {"one", "it", "scab"} for w in words(s)))
    a.discard("RF_VERY_UNWELL", lambda s, e: bool({"cold", "out"} & set(a.low[s:e])) and bool({"rugby", "boxing", "concussion", "ko", "ko'd"} & words(s)))
    for label in ("RF_VERY_UNWELL", "RF_INFECT", "RF_FEVER"):
        a.discard(label, lambda s, e: bool(_OTHER_ILLNESS & words(s)) and bool(_RELATIVES & words(s)) and not _MILIA_OR_EYE & words(s) and not removed)
    a.discard("RF_OOZE", lambda s, e: "water" in a.low[s:e] and bool(_WEATHER & words(s) | _HOUSE & words(s)) and not _SKIN_WORDS & near(s, e))
    a.discard("SELF_VERB", lambda s, e: a.low[s].startswith("scratch") and bool(_ITCHY & words(s)) and not {"milia", "milium"} & words(s))
    a.discard("RF_PERSISTENT", lambda s, e: a.low[s:e] == ["open"] and (a.low[s - 1:s] in (["you"], ["u"], ["ya"], ["you're"], ["clinic"], ["to"], ["want"], ["wants"])
                                                                       or a.low[e:e + 1] in (["on"], ["at"], ["till"], ["until"], ["them"], ["it"], ["up"], ["late"], ["today"])))
    # "one toddler went home with a temperature": a child at the visitor's work or school, not a baby after picking
    for label in ("RF_FEVER", "RF_FEVER_NUMBER"):
        a.discard(label, lambda s, e: bool(_SENT_HOME.search(text_of(s))) and not _BABY_WORDS & words(s) and not any(a.sentence[k] == a.sentence[s] for k, _ in a.spans("BABY_AGE")) and not removal_in(s))
