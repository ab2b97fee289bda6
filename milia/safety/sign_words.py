"""A red-flag match read in its own words: whether they report a sign at all here (not "a hot flannel",
"a pearly highlighter", "puffy from crying") and which sign. Rules over an ``Analysis``; no rasa."""
from __future__ import annotations

import re
from typing import (
    List,
    Optional,
    Sequence,
    Set,
)

from milia.safety.analysis import Analysis, eye_spans, in_sentence, sentence_text
from milia.safety.lexicon import (
    BECAME_OR_LOOKS,
    BECAME_WORDS,
    BLOOD_EXCLUDE_NEXT,
    GROW_EXCLUDE_NEXT,
    HEARSAY_WORDS,
    HOT_EXCLUDE_NEXT,
    LOCATIVES,
    NO_VISION_NEXT,
    NOT_TEMPERATURE_NEXT,
    NOT_TEMPERATURE_NEXT_COUNT,
    NOT_TEMPERATURE_PREV,
    OTHER_PEOPLE,
    PAIN_NOT_A_PAIN,
    PASSED_ON_NEXT,
    PLAIN_NEGATORS,
    PLAQUE_WORDS,
    PRODUCT_WORDS,
    PUZZLED_NEXT,
    RX_BIGGER,
    RX_CHEMICAL,
    RX_EYE_WORD,
    RX_LID,
    RX_RED,
    RX_SPREAD,
    RX_TOOL,
    RX_VISION,
    SENTENCE_BREAK,
    SHINY_WORDS,
    STORY_PEOPLE,
    THIRD_PARTY_USERS,
    VESSEL_WORDS,
    WITHOUT_HARM,
)
from milia.safety.patterns import (
    COVERED_EYE_DISTRESS,
    COVERING_WORDS,
    EMERGENCY_WITH,
    EYEBALL_CONTEXT,
    EYEBALL_WORDS,
    INFECTION_WORDS,
    RED_FLAG_LABELS,
    SEVERITY_WORDS,
    SPOT_WORDS,
    SPREAD_ALONE_WORDS,
    SQUEAMISH_WORDS,
    UNWELL_BARE_NEXT,
    UNWELL_BARE_VERBS,
)
from milia.safety.scene_sight import (
    CHANGE_BEGAN,
    CONTRAST_PERCEPT,
    ONE_EYE_PHRASE_STARTS,
    OTHER_EYE_NORMAL_WORDS,
)

AGE_NOUNS = frozenset({"son", "daughter", "husband", "wife", "partner", "mum", "mom", "dad", "brother", "sister", "friend", "he", "she"})


WEATHER_WORDS = frozenset({"holiday", "weather", "heatwave", "outside", "abroad", "summer", "sunny", "climate", "beach"})


CROSS_CLAUSE_LABELS = frozenset({"RF_NOT_HEALED", "RF_GROW", "RF_SPREAD_SINCE"})


ALLERGY_WORDS = frozenset({"hayfever", "hay", "allergies", "allergy", "allergic", "pollen"})


# "my mascara is making my eyes sting": an eye product as the cause
EYE_PRODUCTS = frozenset({"mascara", "eyeliner", "eyeshadow"})


# "my eyes are swollen from crying": a cause that is not picking
SWELL_CAUSES = frozenset({"crying", "cry", "sleep", "sleeping", "tiredness", "wine", "drinking", "salt", "lack", "glasses", "screen",
                          "screens", "migraine", "migraines"})


PICTURE_WORDS = frozenset({"pics", "pictures", "photos", "images", "pic", "picture", "photo", "image", "online", "google"})


FEVER_LABELS = frozenset({"RF_FEVER", "RF_FEVER_NUMBER"})
# "kid brother got me in the eye with tweezers": hit in the eye by someone or something
HIT_VERBS = frozenset({"got", "get", "gets", "caught", "catch", "poked", "jabbed", "stabbed", "hit", "scratched", "nicked", "spiked"})
HIT_WHOM = frozenset({"me", "her", "him", "them", "myself", "herself", "himself", "us"})


ILLNESSES = frozenset({"flu", "covid", "covid-19", "virus", "bug", "tonsillitis", "cough", "chest", "sinusitis", "norovirus", "throat"})


HARMLESS_WORDS = frozenset({"harmless", "benign", "normal", "age-related", "nothing", "fine", "ok", "okay"})


# Pain told without naming the eye: "hurting deep inside", "hurts so bad" (only beside the eye)
EYE_UNNAMED_PAIN = frozenset({"inside", "behind", "bad", "badly", "much", "kind", "sort", "type",
                              "severe", "agonising", "agonizing", "unbearable", "excruciating", "terrible", "extreme", "agony",
                              # session 38: "pain is not easing", "never had pain like it", "hurts like nothing ever", "won't let
                              # anyone lift it", "a tissue over ... rocking", "hand over her face ... howling", "a hot coal in there"
                              "easing", "never", "nothing", "let", "tissue", "towel", "cloth", "hanky", "hankie", "handkerchief",
                              "flannel", "peas", "pack", "sweetcorn", "compress", "facecloth", "ice", "howling", "screaming", "sobbing",
                              "wailing", "there"})


SELF_PRONOUNS = frozenset({"himself", "herself", "myself", "themselves", "yourself"})


# The last word of a sign that counts only beside picking or another sign ("not himself", "not making sense")
ONLY_BESIDE_WORDS = SELF_PRONOUNS | {"sense", "day", "year", "month", "die"}


# A sign the visitor puts down to something else in its sentence: "(nothing to do with milia)"
UNRELATED_PHRASES = tuple(f"{lead} {what}" for lead in ("nothing to do with", "not to do with", "unrelated to", "not related to")
                          for what in ("milia", "the milia", "my milia", "them", "the spots", "my spots", "picking", "my skin",
                                       "the skin"))


# An eye sign given an ordinary cause in the same sentence: "sunglasses in the house trying them on for my
# holiday", "drew the curtains to have a nap", "puffy from crying", "a lazy eye", "the optician put drops in"
BENIGN_EYE_CAUSES = ("end of the day", "for my holiday", "for holiday", "to have a nap", "for a nap", "from crying", "lazy eye", "is cracked",
                     "widen my pupils", "dilate", "new glasses", "new specs", "new contacts", "new contact lenses",
                     "new prescription", "get used to them", "getting used to them", "dilating drops", "dilated",
                     "eye test", "from the ointment", "the ointment", "from the numbing", "from hay fever", "from hayfever",
                     # "her glasses broke so she's been walking into things all week" (session 36)
                     "glasses broke", "broke her glasses", "broke his glasses", "broke my glasses", "lost her glasses", "lost his glasses",
                     "lost my glasses", "without her glasses", "without his glasses")


# Puffy eyes given an everyday cause in the same sentence: "my eyes are a bit puffy from sneezing"
SWELL_EYE_CAUSES = ("from sneezing", "from a cold", "with a cold", "from crying", "hay fever", "hayfever", "from no sleep",
                    "from lack of sleep", "from allergies", "my allergies",
                    # session 27 (tuning_76): "salty chinese last night, eyes are puffy", "puff up when I sleep on my front"
                    "salty", "after crying", "had a cold", "when i sleep", "in the morning", "in the mornings", "always puffy",
                    "swell easily", "puff up easily", "every morning",
                    # session 49 (tuning_534): "puffy eye bags after 4 hrs sleep lol", "super puffy this morning after a night of crying"
                    "hrs sleep", "hours sleep", "hours of sleep", "hrs of sleep", "late night", "night out", "hangover", "hungover", "of crying")


# ... and, for grit, stinging or soreness only (never sight, light or an eye that will not open), an everyday irritant
MILD_EYE_CAUSES = ("from staring at screens", "from staring at a screen", "from screens", "from the screen", "day on screens",
                   "day on the computer", "day at the computer", "day on my laptop",
                   "when it runs into them", "when it gets in them", "when it gets in my eye", "from my mascara", "from mascara")


MILD_CAUSE_LABELS = frozenset({"RF_EYE_TROUBLE", "RF_EYE_PAIN"})


BENIGN_CAUSE_LABELS = frozenset({"RF_LIGHT", "RF_VISION", "RF_FLASHES", "RF_EYE_TROUBLE", "RF_EYE_SHUT", "RF_EYE_PAIN"})


FAINT_ADJECTIVE_NEXT = frozenset({"red", "pink", "line", "lines", "streak", "streaks", "mark", "marks", "scar", "white", "yellow",
                                  "dot", "dots", "but", "trace", "tinge", "outline", "ring", "smell", "pinkish", "reddish", "bruise"})


FEEL_WORDS = frozenset({"feel", "feels", "felt", "feeling", "went", "going", "go", "am", "was", "i'm", "im", "very", "bit", "little",
                        "really", "so", "quite", "slightly"})


WORRY_WORDS = frozenset({"worried", "thought", "wondered", "scared", "afraid", "feared", "worrying"})


WARM_CAUSES = frozenset({"water", "compress", "flannel", "cloth", "shower", "showers", "bath", "weather", "towel", "drink", "tea", "sun",
                         "sauna", "steam", "steaming", "gym", "run", "workout", "exercise"})


CHANGE_CUES = frozenset({"now", "started", "starting", "become", "becoming", "gone", "changed", "changing", "different", "new", "since",
                         "suddenly", "getting"})


PEOPLE_GROWING = frozenset({"son", "daughter", "he", "she", "baby", "kids", "children", "he's", "she's", "boy", "girl"})


MAKEUP_WORDS = frozenset({"highlighter", "eyeshadow", "shadow", "lipstick", "gloss", "nail", "polish", "finish", "glow", "shimmer",
                          "foundation", "primer", "blusher", "blush", "makeup", "make-up", "powder"})


TRAUMA_WORDS = frozenset({"caught", "razor", "shaving", "scratched", "knocked", "nicked", "snagged"})


HEALED_WORDS = frozenset({"healed", "stopped", "fine", "settled"})


# Eye signs someone has lived with: "I've had the same floaters since I was a kid"
LIFELONG_LABELS = frozenset({"RF_FLASHES", "RF_VISION", "RF_LIGHT"})
# eye trouble that is sight, long-standing like it ("straight lines have looked slightly wavy ... for about 10 years", session 36)
_SIGHT_TROUBLE = frozenset({"read", "see", "focus", "wavy", "wonky", "bendy", "blurry", "blurred", "fuzzy", "distorted", "cloudy", "hazy",
                            "misty", "foggy"})


# ... and eye pain put down to migraines: "bright light hurts my eyes because of my migraines, always has done"
MIGRAINE_PHRASES = ("because of migraines", "because of my migraines", "from migraines", "from my migraines", "with my migraines",
                    "when i get migraines", "when i have a migraine")


LIFELONG_PHRASES = ("since i was a kid", "since i was a child", "since i was little", "since i was young",
                    "since i was a teenager", "since childhood", "all my life", "my whole life", "always had",
                    "since birth", "for years and years", "for years", "for decades", "because of migraines",
                    "because of my migraines", "from migraines", "from my migraines", "always have", "nothing new",
                    "isnt new", "isn't new", "not new", "not changed", "haven't changed", "havent changed", "since i was a baby",
                    "during an attack", "like that forever", "same as always", "as it always does", "just the prescription",
                    "just my prescription", "my old glasses", "need new glasses",
                    # session 38 (tuning_194): "the same old specks I've had forever", "purple blob ... then it was gone, like always"
                    "forever", "for a decade", "same old", "like always", "as always", "for ages", "since my teens",
                    "since my 20s", "since my twenties", "since my 30s", "since my thirties",
                    # session 38 (tuning_201): "from years ago ... exactly the same, no new ones", "it has n't changed"
                    "from years ago", "exactly the same", "no new ones", "has n't changed", "hasn't changed", "hasnt changed",
                    "have n't changed", "nothing in my vision has changed", "nothing has changed",
                    # third round (tuning_209): an after-image from a real camera or stage lights
                    "like anyone does", "photographer 's flash", "photographer's flash", "strobe lights left", "the flash left me",
                    # session 39 (tuning_216, tuning_219): "long-standing floaters that my optician knows all about", "the usual
                    # floaters I've had since uni", "optician checked it"
                    "long - standing", "long-standing", "long standing", "longstanding", "optician knows", "optician checked",
                    "optician has checked", "eye doctor say normal", "eye doctor said normal", "the usual floaters", "since uni",
                    "since university", "since college", "since school")
# "I've had the same few squiggles in my left eye for about 15 years" (session 38, tuning_194)
LIFELONG_YEARS = re.compile(r"\bfor (about |around |over |nearly |almost |at least |well over )?(\d+|two|three|four|five|six|seven|eight|nine"
                            r"|ten|eleven|twelve|fifteen|twenty|thirty|forty|a few|a couple of|many) years\b"
                            r"|\bsince i was (about |around )?\d+\b"
                            # session 39: "moving in my eyes many years", "since he was a boy"
                            r"|\bmany years\b(?! ago)|\bsince (he|she|they) (was|were) (a |about |around )?(\d+|kid|child|boy|girl|teenager|baby|little|young|teen)\b")
# What the long-standing check reads as sight trouble of that kind: "the same two wiggly shapes", "the same old specks"
_LIFELONG_TROUBLE_ENDS = frozenset({"floaters", "floater", "squiggles", "specks", "blob", "blobs", "shapes", "threads", "dots", "cobwebs",
                                    "strobe", "squiggle", "floating", "drifting", "strings", "sparkles", "read", "things"})  # session 39


# "is it sore", "a bit sore", "will it be sore": "sore" as a feeling, never "a sore"
SORE_AS_A_FEELING = frozenset({"it", "is", "be", "feel", "feels", "felt", "bit", "very", "so", "too", "really", "that", "not",
                               "slightly", "little", "abit", "quite", "was", "get", "gets"})


# What the visitor looks at, told as smeared or wavy: "the picture's all smeared" (a sign only beside the eye)
SCREEN_WORDS = frozenset({"picture", "screen", "telly", "tv", "words", "text", "page", "writing", "print"})


SMEARED = frozenset({"smeared", "smeary", "smudged", "smudgy", "fuzzy", "wavy", "warped", "wobbly", "distorted", "swimming"})


# Bleeding at the clinic's removal: "she said it bled a tiny bit at the clinic"
CLINIC_BLEED = ("at the clinic", "after a professional", "after the treatment", "after the procedure", "during the treatment",
                "during the procedure", "after the removal", "during the removal", "had hers removed", "had his removed",
                "had theirs removed", "removed at another", "done at another")


# Someone else's story told as the reason for asking: "my sister once got a needle in her eye ... and ended up in A&E,
# so I'm not going anywhere near mine", "my friend ... got a nasty infection. That's exactly why I'm coming to you"
STORY_MARKERS = ("ended up in", "that 's why", "that 's exactly why", "thats why", "which is why", "that is why", "scared me off",
                 "which is exactly why", "that is exactly why",
                 "put me off", "has scared me", "which scared me")


# The eye told by its parts: "the white bit", "the coloured bit", "the ball of it", "the bit you see with"
EYE_PART_WORDS = frozenset({"white", "coloured", "colored", "ball", "black", "clear", "see"})


# "nicked it. not the lid": told after a slip or a nick
SLIP_WORDS = frozenset({"nicked", "caught", "hit", "scratched", "poked", "touched", "slipped", "jabbed", "went", "stabbed",
                        "scraped", "grazed"})


GROWING_NOT_A_SPOT = frozenset({"kids", "toddler", "prices", "price", "business", "number", "numbers", "amount", "count"})


# "now I can't see", "can't see at all", "can't see, it's all white": what may follow a bare "can't see"
CANT_SEE_NEXT = frozenset({"", ".", ",", "!", "?", "...", ";", ":", "-", "now", "anymore", "at", "and", "either", "since", "to",
                           "after", "then", "a", "with", "from", "outta", "out", "through", "properly", "'", "\"", "’"})  # "keeps saying 'can't see'" (session 36)


# "my 16 y/o can't see the whiteboard this afternoon ... she picked the white spots around her eye" (session 54, spent v33): what anyone sees
# every day from across a room, read as sight beside a removal near the eye
THINGS_SEEN_FAR = frozenset({"whiteboard", "board", "blackboard", "tv", "telly", "clock", "road", "subtitles", "teacher", "signs", "menu"})


STOPPED_AT_ONCE = ("stopped in a second", "stopped in seconds", "stopped straight away", "stopped right away", "stopped immediately", "stopped at once", "stopped quickly",
                   "stopped in seconds", "stopped after a few seconds", "stopped after a second")


EYE_EMERGENCY_LABELS = frozenset({"RF_VISION", "RF_EYE_INJURY", "RF_EYE_SHUT", "RF_LIGHT", "RF_FLASHES", "RF_EYE_TROUBLE"})


# Charities, wards and jobs named after cancer
# Cancers of another organ than the skin: not a worry about a spot
OTHER_CANCERS = frozenset({"bowel", "breast", "prostate", "lung", "lungs", "ovarian", "cervical", "pancreatic", "liver", "kidney",
                           "bladder", "throat", "stomach", "brain", "testicular", "womb", "uterine", "colon", "blood", "thyroid",
                           "bone", "oesophageal", "leukaemia", "leukemia", "lymphoma"})


CANCER_BODY_NEXT = frozenset({"research", "charity", "charities", "support", "ward", "wards", "nurse", "nurses", "shop",
                              "shops", "trust", "centre", "center", "unit", "fundraiser", "fundraising",
                              "treatment", "treatments", "hospital", "hospitals", "surgery", "patients", "survivor", "survivors", "awareness"})


def _has_one_now(a: Analysis, end: int) -> bool:
    """The next sentence says the visitor has it now: "... a blind spot? i have one now"."""
    return bool(re.search(r"\b(i|she|he) (have|has|'ve got|'s got|got) (one|it) now\b", " ".join(a.low[end:end + 12])))


def _told_without_the_eye(a: Analysis, label: str, start: int, end: int) -> bool:
    """Signs that count only beside the eye, the lid, seeing or looking (this sentence, the one before
    or the one after): "can't get it to open", "it went into the pink bit", "a dark patch in the middle"."""
    words = a.low[start:end]
    if label == "RF_EYE_SHUT":
        return bool({"get", "make", "to"} & set(words)) or words[:1] == ["it"] and ("been" in words or words[1:2] in (["shut"], ["closed"])) or (
            words[1:2] == ["it"])  # "keeping it shut" (session 38)
        # "it's been shut since lunch", "has had it shut for an hour"
    if label == "RF_EYE_INJURY" and words[-1] == "in" and (re.match(RX_TOOL, words[0]) or words[0] == "it"):
        return True  # "the pin went in", "it went in"
    if label == "RF_EYE_INJURY":
        return (words[0] in {"went", "go", "goes", "slipped", "jabbed", "poked", "stabbed", "going"}
                or bool(EYE_PART_WORDS & set(words))) and not ({"eye", "eyes", "eyeball", "eyeballs", "cornea"} & set(words))
    if label == "RF_EYE_SHUT" and "blink" in words or label == "RF_VISION" and words[-2:] == ["at", "all"]:
        return True  # "cant even blink", "cant focus at all"
    if label == "RF_EYE_PAIN":
        return bool(EYE_UNNAMED_PAIN & set(words)) and not any(re.match(RX_EYE_WORD, w) or re.match(RX_LID, w) for w in words)
    if label == "RF_VISION" and words == ["blind", "spot"] and _has_one_now(a, end):
        return False  # "can milia cause a blind spot? i have one now after i tried to get mine out" (session 39, spent v18)
    return label == "RF_VISION" and (words[0] in {"dark", "black", "grey", "gray", "blank", "blind", "missing", "disappear", "disappears", "sliding",
                                                   "slides", "slid",
                                                   "disappearing", "disappeared", "vanish", "vanishes", "vanishing", "vanished"} and not any(
        re.match(RX_VISION, w) for w in words) or words[-1] == "see" or words[0] in SCREEN_WORDS and words[-1] in SMEARED)


# Sight told as it has long been ("the same floaters I've had for 10 years", "for about ten years, my optician says
# they're harmless" (session 32), "double vision ever since a stroke
# 5 years ago", "I have cataracts so I can't see it well"), with nothing new told in the same sentence
LONG_STANDING_SIGHT = re.compile(r"\b(always (been|had|the same|has|does)(?! (blue|red|green|white|black|brown|grey|gray|yellow|pink|purple|orange|cream)\b)|same ones|same as (they|it|i)\W*(ve|'ve|s|'s|have|has)? ?(always|had)"
                                 r"|for (about |around |over |nearly |almost |like |roughly |well over )?(\d+|many|ten|twenty|a few|several|years and"
                                 r"|a couple of|couple of|two|three|four|five) years|as ever|same as always"
                                 r"|for (ages|decades|yonks|as long as i can remember)|(optician|ophthalmologist|eye doctor)\W*s? (says|said|told)"
                                 r"|years? ago|(from|since) birth"
                                 r"|since (a|my|the) stroke|long\W*standing|stable|nothing new|nothing (\W*s |has |is )?changed"
                                 r"|always been the case|been like (that|this) for years"
                                 r"|no change|cataracts?|macular degeneration|glaucoma|registered blind|partially sighted"
                                 r"|(i\W*m|i am) blind|(?<!gone )(?<!a bit )blind in one eye|lazy eye|slowly going)\b")
NEW_IN_SIGHT = re.compile(r"\b(now|suddenly|sudden|new|newer|worse|today|yesterday|tonight|this morning|last night|since i|after i"
                          r"|since (picking|squeezing|popping)|after (picking|squeezing|popping)|different)\b")


def long_standing_sight(a: Analysis, start: int) -> bool:
    """Nothing new is told in the clause of the sight sign at ``start``, and its sentence says it is long-standing."""
    clause = " ".join(w for k, w in enumerate(a.low) if a.clause[k] == a.clause[start])
    return bool(LONG_STANDING_SIGHT.search(sentence_text(a, a.sentence[start]))) and not NEW_IN_SIGHT.search(
        re.sub(r"\bnothing new\b", " ", clause)) and not back_again_later(a, start)


def back_again_later(a: Analysis, start: int) -> bool:
    """A later sentence says it is back or new: "Had blurry vision years ago. Now I've got it again since I poked one"."""
    sentences: dict = {}
    for k, w in enumerate(a.low):
        if a.sentence[k] > a.sentence[start]:
            sentences.setdefault(a.sentence[k], []).append(w)
    # a question ("could that make them worse?", "anything I should put on the lid now?") or a word that nothing has changed
    # ("exactly the same after I popped the milia") tells nothing new (session 39, tuning_216)
    later = " ".join(" ".join(words) for words in sentences.values() if not ("?" in words and "again" not in words) and not re.search(
        r"\b(exactly the same|same as (always|before|ever)|as they always were|never changed|nothing new)\b", " ".join(words)))
    return bool(re.search(r"\b(again|now|worse|since i|new)\b", re.sub(r"\b(nothing|not|n't|nt) new\b", " ", later)))


def in_sentence_phrase(a: Analysis, i: int, phrases: Sequence[str]) -> bool:
    """Does the sentence of token ``i`` hold one of ``phrases`` (lower case, words apart by spaces)?"""
    text = " " + sentence_text(a, a.sentence[i]) + " "
    return any(" " + phrase + " " in text for phrase in phrases)


def _other_illness(a: Analysis, i: int) -> bool:
    """The fever at ``i`` is put down to another illness in its sentence: "a fever from flu", "a
    temperature with covid"."""
    words = [a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[i]]
    return any(w in {"from", "with", "because", "cos", "due"} and (
        ILLNESSES & set(words[j + 1:j + 4]) or " a cold" in " " + " ".join(words[j + 1:j + 4]))
        or w in {"got", "have", "has", "had", "caught", "'ve"} and (ILLNESSES & set(words[j + 1:j + 4]) or words[j + 1:j + 3] == ["a", "cold"])
        # session 33 (tuning_130): "I had a temperature last week but it was a cold and I'm over it"
        or w == "was" and (ILLNESSES & set(words[j + 1:j + 3]) or words[j + 1:j + 3] == ["a", "cold"]) and j > 0 and words[j - 1] in {"it", "that", "which"}
        for j, w in enumerate(words) if not {"like", "as"} & set(words[max(0, j - 4):j]))  # "a cold", never "cold shivers"; "I've got a
    # cold and a bit of a temperature"; not a comparison: "hot then cold and shivery, like when you've got flu" (session 34)


def _professional_said_harmless(a: Analysis, i: int) -> bool:
    """The sign at ``i`` is reported as a professional's verdict that it is harmless: "the doctor said
    my eye floaters are age-related and harmless", "my optician told me the flashes are normal"."""
    sentence = a.sentence[i]
    idx = [k for k in range(len(a.low)) if a.sentence[k] == sentence]
    said = [k for k in idx if k < i and a.low[k] in {"said", "says", "told", "tells", "reckons", "confirmed"}
            and any(a.has("PRO_AGENT", j) or a.low[j] in {"optician", "optometrist"} for j in range(max(0, k - 8), k))]
    harmless = [k for k in idx if k > i and a.low[k] in HARMLESS_WORDS]
    negated = {"not", "n't", "nt", "isnt", "arent", "never", "no", "hardly"}
    # "the GP already checked it last month and said it was nothing, and the bleeding has stopped" (session 32)
    verdict_first = bool(said) and any(a.low[k] in HARMLESS_WORDS and a.low[k - 1] not in negated for k in idx if said[0] < k < i) and (
        bool({"stopped", "healed", "gone", "settled"} & ({a.low[k] for k in idx if k > i} | set(a.low[max(0, i - 2):i])))) and not (
        {"but", "now", "since", "worse", "again"} & {a.low[k] for k in idx if said[0] < k < i})
    return verdict_first or bool(said) and bool(harmless) and not any(a.low[k - 1] in negated for k in harmless) and not (
        {"but", "now", "since", "worse"} & {a.low[k] for k in idx if k > i})  # not "the GP said it's not normal"


TEMPERATURE_CHECK_NEXT = frozenset({"check", "checked", "checks", "reading", "readings", "test", "tested", "taken"})


RESOLVED_WORDS = frozenset({"ago", "anymore", "fine", "healed", "teenager", "stopped"})


NORMAL_WORDS = frozenset({"normal", "fine", "ok", "okay"})


# A sign that is only "a temp" or "a bit warm": a stated temperature below 38 says how high it is
MILD_WARMTH = frozenset({"a", "high", "raised", "hi", "temp", "temperature", "temprature", "tempreture", "bit", "warm",
                         "warmish", "slightly", "little", ",", "feels", "feel", "felt", "feeling"})


def _said_normal(a: Analysis, end: int) -> bool:
    """The temperature is said to be normal in the same or the next sentence: "it was normal" (not "his
    breathing was normal")."""
    return any(a.low[k] in NORMAL_WORDS and a.sentence[k] - a.sentence[end - 1] in (0, 1) and a.low[k - 1] in {"was", "is", "'s", "were"}
               and a.low[k - 2] in {"it", "temp", "temperature", "reading", "which", "that", "thermometer"}
               for k in range(max(end, 2), len(a.low)))


def _normal_temperature_only(a: Analysis) -> bool:
    """The message states a temperature, every one of them below 38 ("a bit warm, 37.8")."""
    values = []
    for word in a.low:
        try:
            value = float(word.rstrip("c").rstrip("°"))
        except ValueError:
            continue
        if 35.0 <= value < 43.0 and "." in word:
            values.append(value)
    return bool(values) and max(values) < 38.0


EYE_NOT_THE_EYE = frozenset({"area", "areas", "cream", "creams", "bags", "bag", "makeup", "make-up", "drops", "contour", "serum",
                             "gel", "patches", "lid", "lids", "socket", "sockets"})
_RINSED = frozenset({"rinsed", "rinse", "washed", "flushed", "bathed"})
_FINE_AGAIN = ("completely fine", "totally fine", "perfectly fine", "fine now", "been fine", "fine since", "vision normal", "vision 's normal",
               "sight 's normal", "sight normal", "vision is normal", "can see fine", "can see normally", "can see perfectly")
_NOT_OVER = frozenset({"still", "worse", "again", "burning", "stinging", "hurts", "hurting", "painful", "blurry", "red", "streaming",
                       "watering", "sore", "now", "dark", "darker", "shadow", "cloudy", "flashes", "flashing", "floaters", "open",
                       "swollen", "blurred", "double", "hazy", "misty", "dim", "grey", "gray", "other", "but", "can't", "cant",
                       "n't", "nt", "cannot", "pain"})
_PRODUCTS = frozenset({"cream", "toner", "remover", "peel", "acid", "serum", "lotion", "makeup", "make-up", "mascara", "eyeliner",
                       "solution", "shampoo", "soap", "spray", "sunscreen", "spf"})


def _rinsed_and_fine(a: Analysis) -> bool:
    """A product in the eye, rinsed out and told as fine in so many words, with no sign left: "rinsed it out and
    it's completely fine now, vision normal" (not "rinsed but it's still stinging", "was fine for an hour but now
    I can't open it", nor a needle or tool in the eye). Only "no pain", "not blurry" may deny a sign word."""
    text = " " + " ".join(a.low) + " "
    if not (_RINSED & set(a.low)) or not (_PRODUCTS & set(a.low) or any(re.match(RX_CHEMICAL, w) for w in a.low)):
        return False
    if any(re.match(RX_TOOL, w) for w in a.low) or not any(f" {p} " in text for p in _FINE_AGAIN):
        return False
    fine_at = max(text.rfind(f" {p} ") for p in _FINE_AGAIN)
    after = text[fine_at:].split()
    denied = {k for k in range(len(a.low)) if k > 0 and a.low[k - 1] in {"no", "not"}}
    return not ({a.low[k] for k in range(len(a.low)) if k not in denied and a.low[k] != "now"} & _NOT_OVER) and not (
        {"but", "now"} & set(after[3:]))


ILL_AS_I_WILL_NEXT = frozenset({"need", "have", "be", "get", "go", "come", "call", "ring", "book", "do", "try", "ask", "just",
                                "probably", "see", "let", "send", "pop", "leave", "wait", "check", "give", "bring", "tell"})


def _below_38(words: List[str]) -> bool:
    """``words`` is one temperature in degrees Celsius, from 35 to below 38 ("36.5", "37.2c")."""
    try:
        return len(words) == 1 and 35.0 <= float(words[0].rstrip("c").rstrip("°")) < 38.0
    except ValueError:
        return False


def _asks_to_treat(a: Analysis, start: int, end: int) -> bool:
    """Thread veins as a treatment asked about: "do you treat thread veins", "can you remove thread veins"
    (not "can you remove this pearly bump", which is still a sign to see a GP about)."""
    return bool({"vein", "veins"} & set(a.low[start:end])) and bool(
        {"treat", "remove", "offer", "zap"} & set(a.low[max(0, start - 3):start])) and any(
        a.has("YOU", k) for k in range(max(0, start - 4), start))


def _other_signs(a: Analysis) -> bool:
    """Any warning sign in the message besides the word "confused"."""
    return any(
        not (label == "RF_VERY_UNWELL" and a.low[start].startswith(("confus", "muddl")))
        for label in RED_FLAG_LABELS for start, _ in a.spans(label)
    )


# "My friend says her vision went blurry about an hour ago": happening now, to someone the visitor is with
JUST_NOW = re.compile(r"\b(an? hour|half an hour|\d+ (hours?|hrs?|mins?|minutes?)) ago\b|\b(today|tonight|this (morning|afternoon|evening)"
                      r"|right now|just now)\b")


def _someone_elses(a: Analysis, i: int) -> bool:
    """The sign at ``i`` is someone else's that the visitor read or heard about: "saw a horror story where
    someone's eyelid swelled up", "I read on a forum that a woman went blind after a salon did hers"."""
    before = a.low[max(0, i - 4):i]
    if {"like", "if"} & set(a.low[max(0, i - 6):i]):
        return False  # "it's like someone's flicking a torch in the corner of my eye"
    if any(before[k:k + 2] in (["someone", "'s"], ["somebody", "'s"]) and before[k + 2:k + 3] and before[k + 2].endswith("ed")
           for k in range(len(before))):
        return False  # "my wife says someone's smeared vaseline over her right eye": someone has, not someone's eye (session 35)
    if {"someone's", "someones", "somebody's", "people's"} & set(before) or any(
            before[k:k + 2] in (["someone", "'s"], ["somebody", "'s"], ["people", "'s"]) for k in range(len(before))):
        return True
    sentence = [a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[i]]
    clause = [a.low[k] for k in range(max(0, i - 8), i) if a.sentence[k] == a.sentence[i]]
    last = [w for k, w in enumerate(clause[-3:]) if not (w == "mine" and clause[-3:][k - 1:k] == ["of"])]  # "a friend of mine"
    visitor_last = bool({"my", "me", "i", "mine"} & set(last))
    text = " " + " ".join(sentence) + " "
    if any(f" {who} see {many} " in text for who in ("i", "we") for many in ("a lot of", "quite a lot of", "lots of", "loads of", "plenty of", "so many")) and (
            {"people", "patients", "clients", "customers"} & set(sentence)):
        return True  # "I'm an optician so I see quite a lot of eye injuries from people messing with their faces - flashes"
    # "my friend lost some sight ... years ago": "my" names the friend, not the visitor
    their_last = visitor_last and not ({"me", "i", "mine"} & set(last)) and any(
        w == "my" and last[k + 1:k + 2] and last[k + 1] in STORY_PEOPLE for k, w in enumerate(last))
    if (not visitor_last or their_last) and ({"friend", "friends", "mate", "mates", "colleague", "colleagues"} & set(clause) or sentence[:1] in (
            ["she"], ["he"]) and not {"i", "me"} & set(sentence)) and _long_ago(sentence):
        return True  # "a friend of mine scratched her eye with tweezers years ago and ended up in A&E"
    message = " " + " ".join(a.low) + " "
    before_sign = {a.low[k] for k in range(i) if a.sentence[k] == a.sentence[i]}
    if STORY_PEOPLE & set(sentence) and {"said", "says", "told"} & set(sentence) and {"her", "his"} & set(a.low[max(0, i - 3):i]) and not (
            {"my", "me", "i", "mine"} & set(a.low[max(0, i - 3):i])) and not ("says" in sentence and JUST_NOW.search(message)) and not (
            {"temperature", "temp", "thermometer"} & set(a.low[max(0, i - 3):i])):  # (not "her temperature says 38 point 4", session 50)
        return True  # "my friend said her eyelid swelled after she had hers done somewhere else"
    tail = clause[-3:]
    teller_last = bool({"i", "me", "mine"} & set(tail)) or any(
        w == "my" and tail[k + 1:k + 2] and tail[k + 1] not in STORY_PEOPLE for k, w in enumerate(tail))
    if not teller_last and STORY_PEOPLE & set(sentence) and (
            " turned out " in text or " is that common " in text or " does that happen " in text or text.rstrip().endswith(" wild")
            or any(f" {m} " in message for m in STORY_MARKERS)) and not (
            {"i", "me", "i'm", "im", "i've", "ive", "mine"} & before_sign or {"now", "still", "today", "yesterday"} & set(sentence)):
        return True  # "my colleague had what she thought was milia and it turned out to be a cyst that got infected, wild"
    return bool(set(clause) & (THIRD_PARTY_USERS | OTHER_PEOPLE)) and not visitor_last and bool(HEARSAY_WORDS & set(sentence))


def _long_ago(words: List[str]) -> bool:
    """Dated long ago ("years ago", "last year", "back in 2015") and nothing says it is now."""
    text = " " + " ".join(words) + " "
    # "she died years ago": another event's date (session 33, followups/tuning_47)
    text = re.sub(r" (died|passed away|passed|was born|born|married|moved here|moved house|moved) (\w+ )?(years ago|year ago|months ago|ages ago|last year) ",
                  " ", text)
    return any(f" {p} " in text for p in ("years ago", "year ago", "months ago", "ages ago", "last year", "back in")) and not (
        {"now", "still", "today", "again", "currently", "tonight", "yesterday"} & set(words))


_LID_SWELLING = frozenset({"puffy", "swollen", "puffed", "swelled", "swelling", "puffing", "swolen"})


_PAIN_IN_SO_MANY_WORDS = frozenset({"hurt", "hurts", "hurting", "pain", "painful", "ache", "aches", "burning", "burns",
                                    "stinging", "stings"})


def _fragments_back(a: Analysis, i: int) -> int:
    """How many sentences just before the one of ``i`` are fragments of a word or two ("eye.", "ouch!")."""
    count, sentence = 0, a.sentence[i] - 1
    while sentence >= 0 and len([k for k in range(len(a.low)) if a.sentence[k] == sentence and a.low[k] not in {".", "!", "?", "..."}]) <= 2:
        count, sentence = count + 1, sentence - 1
    return count


_SCORED_HIGH = re.compile(r"\b(blinked|blinks|tapped|taps|knocked|squeezed my hand|held up|holds up|showed) (ten|nine|eight|10|9|8) (times|fingers)\b")


def pain_score(a: Analysis, start: int, end: int) -> bool:
    """A pain told by its score or its heat: "a scale of 1 to 10 ... a 9", "9 out of 10", "9/10", "searing pain", "off the charts", "pain
    level: kidney stone" (session 45)."""
    words = a.low[start:end]
    return words[0] in {"scale", "searing", "scorching"} or words[1:3] == ["out", "of"] or bool(re.match(r"^\d+/10$", words[0])) or bool(
        {"charts", "chart", "level"} & set(words)) or words[:1] == ["pain"] and words[-1] == "severe"  # "pain scale ... severe" (session 51)


def severe_eye_pain(a: Analysis, start: int, end: int, after_self_removal: bool) -> bool:
    """Pain in the eye itself (not the lid) that is severe, or that follows picking near it."""
    if a.low[start:start + 2] == ["like", "a"] and a.low[end - 1] in {"coal", "coals", "poker", "ember"}:
        return True  # "hand clamped over it saying it feels like a hot coal" (session 50, tuning_600; only beside an eye word: everyday_words.py)
    if after_self_removal and {"concentrate", "function"} & set(a.low[start:end]):
        return True  # "since I used the extractor on my upper lid it's the kind of pain where I can't concentrate"
    if a.low[start] in {"never", "wo", "won't", "wont"} or a.low[start + 1:start + 3] == ["like", "nothing"] or (
            a.low[start] in {"hand", "hands"}) or "there" == a.low[end - 1] or "easing" in a.low[start:end] or a.low[end - 2:end] == ["something", "else"]:
        return True  # "never had pain like it", "won't let anyone lift it", "hurts like nothing ever before" (session 38), "this eye pain is something else" (42)
    # "blink out his eye pain 1 to 10 ... He blinked ten times, then ten again" (session 52, tuning_648): a high score given without words
    if _SCORED_HIGH.search(" ".join(a.low[k] for k in range(len(a.low)) if a.sentence[start] <= a.sentence[k] <= a.sentence[end - 1] + 1)):
        return True
    if pain_score(a, start, end):
        # "On a scale of 1 to 10 it's a 9, my eye I mean", "my eye feels like it's been branded, burning searing pain", "pain off the charts in
        # my right eye", "pain level: kidney stone. location: eyeball" (session 45): severe beside the eye (kept only after a removal:
        # vague_sight.drop_pain_scores_of_other_things)
        return any(a.low[k] in EYEBALL_WORDS for k in range(len(a.low)) if a.sentence[start] - 1 <= a.sentence[k] <= a.sentence[end - 1] + 1)
    inside = EYE_UNNAMED_PAIN & set(a.low[start:end]) and any(  # "my eye. hurting deep inside", "Hurts SO bad. Eye."
        a.low[k] in EYEBALL_WORDS for k in range(len(a.low)) if a.sentence[start] - 1 <= a.sentence[k] <= a.sentence[start] + 1)
    if not EYEBALL_WORDS & set(a.low[start:end]) and a.low[end - 2:end] not in (["the", "i"], ["my", "i"]) and not inside:
        return False
    # the sentences the sign spans: "ouch ouch ouch my eye. the pain is insane." (session 52, spent v31)
    words = {a.low[k] for k in range(len(a.low)) if a.sentence[start] <= a.sentence[k] <= a.sentence[end - 1]}
    if _telegraphic(a.low[start:end]):
        words |= set(a.low[start:end])  # "Pain. Severe. Right eye." (session 39)
    if _LID_SWELLING & set(a.low[start:end]) and not (_PAIN_IN_SO_MANY_WORDS | SEVERITY_WORDS) & words:
        return False  # "eye lid all puffy and sore after i squeezed": the lid swelling (urgent), no pain told
    # "hurts worse than anything I've had", "still hurts worse than when I broke my arm" (session 38, tuning_195)
    worse_than = any(a.low[k:k + 2] == ["worse", "than"] and a.sentence[k] == a.sentence[start] for k in range(start, len(a.low) - 1))
    if COVERING_WORDS & set(a.low[start:end]):  # a cold pack held on the eye is severe only with distress told beside it (session 38;
        # checked first since session 39: "the skin has puffed up, she can still open it ... Holding a cold flannel on it" is not)
        near = {a.low[k] for k in range(len(a.low)) if abs(a.sentence[k] - a.sentence[start]) <= 1}
        return bool(COVERED_EYE_DISTRESS & near)
    if a.low[start] in {"pushing", "shoving", "jamming", "grinding", "pushes", "shoves", "fist", "palm", "knuckles", "holds", "hold", "pressing",
                        "holding", "held", "catches", "catching"} and (after_self_removal or a.low[start] not in {"holding", "held", "hold", "holds"}):
        return True  # a young child "pushing her fist into that eye", "shoving his eye into the cushions" (session 36, tuning_176)
    if a.low[start + 1:start + 2] in (["nothing"], ["zilch"], ["zero"]):
        return True  # painkillers that "did nothing for the eye" (session 38, tuning_195)
    if a.low[start] in {"like", "as"} and {"coal", "poker", "knife", "drill", "nail", "dagger", "icepick", "spike", "blade"} & set(
            a.low[start:start + 4]):
        return True  # "like a hot coal sitting behind my eye" (session 36, followups/tuning_57)
    # "is it normal for the eye to hurt this much" (session 36, spent v15)
    this_much = any(a.low[k:k + 2] in (["this", "much"], ["so", "much"], ["this", "bad"], ["this", "painful"], ["so", "painful"], ["big", "pain"], ["very", "pain"], ["strong", "pain"],
                                       ["too", "much"],  # "my eye is paining too much" (session 38, tuning_195)
                                       ["that", "much"])  # "hurts that much" (session 43, spent v22)
                    for k in range(start, min(len(a.low), end + 3)))  # "eye have big pain" (session 36, tuning_168)
    return after_self_removal or bool(SEVERITY_WORDS & words) or worse_than or this_much  # "hurts worse than anything I've had"


HANGOVER = ("hangover", "hungover", "works do", "work do", "night out", "drunk", "drinking", "pints", "the party", "a party",
            "a few too many", "too much to drink", "too much wine")


_AGE = re.compile(r"\b(\d+(?:\.\d+)?) ?(-| )?(days?|d|wks?|weeks?|w|months?|mths?|mo|m/o|years?|yrs?|yo|y/o)\b(?!-| ago)")
_DEGREES = re.compile(r"\b(3[5-9]|4[0-2])(\.\d)?\b")
_IN_MONTHS = {"d": 1 / 30, "w": 1 / 4.3, "m": 1.0, "y": 12.0}


def _older_baby(a: Analysis) -> bool:
    """A child's age told, every age 3 months or more, and (under 6 months) no temperature of 39C or more: the NHS's
    under-3-months rule does not apply ("5mo son, 38.2 this morning, he's teething")."""
    text = " ".join(a.low)
    now = re.search(r"\b(now|is|'s) (\d+(?:\.\d+)?) ?(months?|mths?|mo|years?|yrs?)\b", text)  # "she's now 7 months and well"
    child = re.search(r"\b(old|son|daughter|grandson|granddaughter|grandchild|baby|boy|girl|little one|lo|mo|m/o)\b", text)
    text = text[now.start():] if now and re.search(r"\bnow\b", text[now.start():now.end()]) else text
    ages = [float(m.group(1)) * _IN_MONTHS["m" if m.group(3).startswith("mo") or m.group(3).startswith("mth") or m.group(3) == "m/o"
                                        else m.group(3)[0]] for m in _AGE.finditer(text)]
    if not ages or min(ages) <= 3 or not child or re.search(
            r"\b(under|nearly|almost|not quite|not yet|barely|only)\s+\d", text):
        return False  # "just under 3 months", "nearly 4 months": under 3 months, or near enough to be read so
    return min(ages) >= 6 or not any(float(m.group(0)) >= 39 for m in _DEGREES.finditer(text))


# "the squares all swim about, and I've done it every day for 40 years without trouble": years of doing something fine, not a
# long-standing sight problem (session 43, tuning_335)
_FINE_FOR_YEARS = re.compile(r"\b(without (any )?(trouble|problems?|bother|glasses)|no (trouble|problems?)"
                             r"|(he|she|i|we) ('s|'ve|has|have) (used|had|known) for years"
                             r"|all (my|his|her|their) li(fe|ves)\b.*\b(and|but) (today|now|suddenly|this morning))\b")  # "... all my life and today I cannot make out"  # "the TV remote he's used for years" (session 49)


def measured_below_38(a: Analysis) -> bool:
    """A temperature taken and told below 38C, and none of 38C or more: "felt hot to touch ... I checked and she's only 37.1"
    (session 43, tuning_334)."""
    degrees = [float(m.group(0)) for m in _DEGREES.finditer(" ".join(a.low))]
    return bool(degrees) and max(degrees) < 38 and bool({"checked", "took", "measured", "thermometer", "only", "just"} & set(a.low))


def _telegraphic(words: list) -> bool:
    """Two or more pieces between full stops, each of one or two words, none denied: "Pain. Severe. Right eye"."""
    if {"?", "no", "not", "nothing", "n't", "nt", "never", "none"} & set(words):
        return False
    pieces, piece = [], []
    for w in words:
        if w in SENTENCE_BREAK:
            pieces.append(piece)
            piece = []
        else:
            piece.append(w)
    pieces = [p for p in pieces + [piece] if p]
    return len(pieces) >= 2 and all(len(p) <= 2 for p in pieces)


def read_match(a: Analysis, label: str, start: int, end: int, any_self: Set[int], past_self: Set[int],
               idiom: Set[int], not_eyes: Set[int]) -> Optional[str]:
    """The sign a red-flag match reports in its own words: None when the words are not a sign here
    ("a hot flannel", "a pearly highlighter", "puffy from crying"), or the label of another sign ("double the
    size it was in spring" is a spot growing, not swelling). ``any_self``/``past_self``: the sentences with the
    visitor's own removal (any, told in the past); ``idiom``/``not_eyes``: tokens where "eye" is not the eye."""
    n = len(a.low)
    sent_of_start = a.sentence[start]
    # "red, spreading outward every day" is one sign across a comma; "pinkish-red, slightly bigger" is not
    crosses = label in CROSS_CLAUSE_LABELS or (
        label == "RF_SPREAD" and any(re.match(RX_SPREAD, w) for w in a.low[start:end])) or (
        label == "RF_SPREAD" and a.low[start + 1:start + 2] in (["line"], ["lines"], ["streak"], ["streaks"])) or (
        label in {"RF_EYE_PAIN", "RF_LIGHT"} and any(a.low[k] == "," and a.low[k + 1] in {"it", "its", "it's"} for k in range(start, end - 1))) or (
        label == "RF_CANCER" and "(" in a.low[start:end]) or (  # "little red lines (veins?) running across it"
        label == "RF_CANCER" and {"veins", "vessels"} & set(a.low[start:end]) and a.low[end - 1] in {"over", "across"}) or (
        label == "RF_VISION" and "actually" in a.low[start:end] and a.low[end - 1] == "eye") or (  # "the lens has fogged up but it's actually my eye"  # "tiny red threads,
        # like little veins, running over a bump" (session 47, tuning_447)
        label == "RF_EYE_INJURY" and a.low[start] in {"pupil", "pupils"}) or (  # "my pupil looks weird, like a different shape"
        label == "RF_EYE_INJURY" and a.low[end - 6:end - 4] == ["into", "the"]) or (
        label == "RF_FLASHES" and a.low[start] == "since") or (  # "Since the pin: dots." (session 38)
        label == "RF_SPREAD" and "size" in a.low[start:end] and a.low[end - 1] == "now") or (  # "the size of a lentil, now it's a 2p"
        label == "RF_EYE_SHUT" and a.low[start] in {"eye", "eyelid", "lid"} and a.low[end - 1] in {"shut", "closed"}) or (
        label == "RF_EYE_SHUT" and a.low[start] in {"eye", "eyelid", "lid"} and a.low[start + 1:start + 2] in (["shut"], ["closed"], ["close"])
        and not {"tight", "tightly", "fast", "firmly"} & set(a.low[start + 2:start + 3]))  # "eye shut, gripping the arm of the chair"  # "went in further, right into the corner of the eye"
    one_eye = a.low[start] in {"other", "left", "right"} and a.low[end - 1] in OTHER_EYE_NORMAL_WORDS or (
        a.low[start] in ONE_EYE_PHRASE_STARTS and a.low[end - 1] == "eye" and a.low[end - 2] in {"left", "right", "other", "good"} and (
            end - start == 4 or end - start == 6 and a.low[start + 2] in {"use", "uses", "shut", "shuts", "cover", "covers", "close", "closes"}))
    if a.low[start:end] == ["cloudy"] and a.low[end:end + 1] in (["yellow"], ["liquid"], ["fluid"], ["stuff"], ["pus"], ["discharge"], ["white"]):
        return None  # "leaking a cloudy yellow liquid" (session 36, followups/tuning_60)
    if label == "RF_EYE_INJURY" and a.low[start] in {"pupil", "pupils"} and LONG_STANDING_SIGHT.search(sentence_text(a, a.sentence[start])):
        return None  # "my left pupil has always been bigger than the right, since I was a kid" (session 36, tuning_174)
    if label == "RF_VISION" and one_eye and not (
            any_self and CONTRAST_PERCEPT & set(a.low) and CHANGE_BEGAN.search(" ".join(a.low))
            and not LONG_STANDING_SIGHT.search(" ".join(a.low))):
        return None  # "the other eye is fine" counts only against a new change in one eye after a removal (session 36)
    # "i think i got my eye, it really really hurts": "it" is the eye
    # "Red streak. Goes from my jaw down my neck.": a line told as short typed lines
    streak = label == "RF_SPREAD" and a.low[start:start + 2] in (["red", "streak"], ["red", "line"], ["red", "streaks"],
                                                                 ["red", "lines"]) and a.sentence[end - 1] == a.sentence[start] + 1
    # "Ow. Lancet. Eye. Help": a tool and the eye cried out a word at a time (session 34, v13)
    streak = streak or label == "RF_EYE_INJURY" and bool(re.match(RX_TOOL, a.low[start])) and a.low[end - 1] in {
        "help", "ow", "ouch", "owww", "oww", "argh", "hurts", "bleeding"}
    # "when she shuts her left eye, the words in her book get smaller": the test, then what it shows (session 36, tuning_162)
    streak = streak or label == "RF_VISION" and a.low[start] in {"when", "if", "whenever"} and a.sentence[start] == a.sentence[end - 1] and (
        a.low[start + 2] in {"cover", "covers", "covered", "shut", "shuts", "close", "closes", "closed"})
    # "OMG my eye!!! the pin": the eye and the tool cried out, the tool last (session 36, spent v15)
    streak = streak or label == "RF_EYE_INJURY" and a.low[start + 1] in {"eye", "eyeball"} and bool(re.match(RX_TOOL, a.low[end - 1])) and (
        all(w in SENTENCE_BREAK | {"!", "help", "ow", "ouch"} for w in a.low[end:]))
    # "half of what I see out of my right eye is just... gone": a pause, not a new sentence
    streak = streak or label == "RF_VISION" and "..." in a.low[start:end] and a.low[end - 1] in {"gone", "vanished", "disappeared", "blacked"}
    # "I feel worse than I have ever felt in my life" (session 37)
    streak = streak or label == "RF_WORST_ILL" and a.low[start:start + 2] == ["worse", "than"] and a.sentence[start] == a.sentence[end - 1]
    # "the redness ... was the size of a pea yesterday. Today it's the size of a 50p": two sizes, one sentence after the other
    streak = streak or label == "RF_SPREAD" and a.low[end - 1] in {"size", "as"} and a.sentence[end - 1] == a.sentence[start] + 1
    # "Pain. Severe. Right eye.": eye pain told a word or two at a time (session 39, tuning_217); "Red line. Forearm. From where I
    # picked." (tuning_227); "like I've been crying for hours, except it's not going down"; "black spots like after you look at
    # the sun but they're moving" (spent v18, tuning_216)
    streak = streak or label == "RF_EYE_PAIN" and _telegraphic(a.low[start:end])
    streak = streak or label == "RF_VISION" and a.low[start] in {"read", "see", "make"} and any(
        a.low[k:k + 2] == ["but", "not"] for k in range(start, end)) and a.sentence[start] == a.sentence[end - 1]  # "read the clock with my right eye but not my left"
    streak = streak or label == "RF_SPREAD" and a.low[start:start + 2] in (["red", "line"], ["red", "streak"]) and "where" in a.low[start:end]
    streak = streak or label == "RF_LIGHT" and a.low[start] in {"sunglasses", "shades", "blinds", "curtains"} and "still" in a.low[start:end] and (
        a.sentence[start] == a.sentence[end - 1])  # "Blackout blinds down, sunglasses on, still hurts" (session 40)
    streak = streak or label == "RF_SWELL" and "crying" in a.low[start:end] and a.low[end - 1] == "down" and a.sentence[start] == a.sentence[end - 1]
    streak = streak or label == "RF_FLASHES" and a.low[end - 1] in {"moving", "drifting", "floating"} and "they" in a.low[start:end] and (
        a.sentence[start] == a.sentence[end - 1])
    streak = streak or label == "RF_SPREAD" and a.low[start] == "from" and a.sentence[start] == a.sentence[end - 1] and a.low[end - 1] in {
        "arm", "forearm", "leg", "neck", "wrist", "hand"}  # "From the spot on my thumb, up the inside of my arm" (session 41)
    streak = streak or label == "RF_SPREAD" and a.low[start] in {"red", "redness"} and "now" in a.low[start:end] and (
        a.sentence[start] == a.sentence[end - 1])  # "the red was at my chin, now it's touching my neck" (session 41)
    streak = streak or label == "RF_VISION" and a.low[start] in {"sun", "light", "flash", "bulb"} and a.low[end - 1] in {"now", "rn"} and (
        end - start <= 14)  # "stare at the sun n then look away? thats my eye now" (session 41)
    streak = streak or label == "RF_EYE_PAIN" and a.low[start] == "eye" and "pain" in a.low[start + 1:end] and end - start <= 12 and (
        a.sentence[start] == a.sentence[end - 1]) and not {"no", "not", "n't", "without"} & set(a.low[start:end])  # "holds hand on eye, cry from pain" (session 41)
    streak = streak or label == "RF_EYE_INJURY" and a.low[start] in {"poked", "jabbed", "stabbed", "pricked", "nicked"} and a.low[end - 2] in {
        "eye", "eyeball"} and end - start <= 5  # "poked it. eye. with the lancet" (session 41)
    streak = streak or label == "RF_VISION" and a.low[end - 1] == "than" and a.sentence[start] == a.sentence[end - 1]  # "looks closer than it is" (42)
    # "day 2: hot, red, tender": infection signs listed with commas; "the redness was small yesterday but today it's like the size of my
    # palm" (session 42, spent v21)
    streak = streak or label == "RF_SPREAD" and a.low[end - 1] in {"palm", "hand", "fist", "saucer", "plate", "orange"} and "size" in a.low[start:end] and (
        a.sentence[start] == a.sentence[end - 1])
    # "now that lid is bigger than the other one" after squeezing (session 45, tuning_400)
    streak = streak or label == "RF_SWELL" and a.low[end - 2:end] == ["the", "other"] and a.sentence[start] == a.sentence[end - 1]
    # "pain level: kidney stone. location: eyeball" (session 45, tuning_399)
    streak = streak or label == "RF_EYE_PAIN" and "level" in a.low[start:end] and a.sentence[start] == a.sentence[end - 1]
    # "the letters on my Kindle, even at biggest size, are swimming" (session 45, spent v24)
    streak = streak or label == "RF_VISION" and a.low[end - 1] in {"swimming", "swimmy", "smeared", "smudged", "double", "doubled", "melted", "melting"} and (
        a.sentence[start] == a.sentence[end - 1])
    # "a bit of matter in it this morning, yellowish" (session 44, tuning_365)
    streak = streak or label == "RF_PUS" and a.low[start] == "matter" and a.sentence[start] == a.sentence[end - 1]
    # "the red is more wide than yesterday" (session 44, tuning_357)
    streak = streak or label == "RF_SPREAD" and "than" in a.low[start:end] and a.low[end - 1] in {"yesterday", "before", "last", "this"} and (
        a.sentence[start] == a.sentence[end - 1])
    streak = streak or label in {"RF_HOT", "RF_PAINFUL_RED", "RF_SWELL"} and end - start <= 5 and a.sentence[start] == a.sentence[end - 1] and set(
        a.low[start:end]) <= {"hot", "red", "tender", "swollen", "sore", "puffy", "warm", "angry", "throbbing", ",", "and", "&"}
    # "lamps = ouch. eye." (session 47, spent v26)
    streak = streak or label == "RF_LIGHT" and "=" in a.low[start:end] and end - start <= 6
    # "I could open my eye a tiny slit, now not at all"; "the size of a 5p yesterday, today it's the size of a £2 coin" (session 48, spent v27)
    streak = streak or label == "RF_EYE_SHUT" and "now" in a.low[start:end] and a.sentence[start] == a.sentence[end - 1]
    streak = streak or label == "RF_SPREAD" and "size" in a.low[start:end] and {"yesterday", "today"} <= set(a.low[start:end]) and (
        a.sentence[start] == a.sentence[end - 1])
    # "dark patch. in my vision. left eye." (session 49, tuning_530): fragments typed one after another
    streak = streak or label == "RF_VISION" and a.low[start + 2:start + 3] in (["."], [","], ["..."]) and a.low[end - 1] in {"vision", "sight"} and end - start == 6
    streak = streak or label == "RF_EYE_PAIN" and a.low[start + 1:start + 3] == ["out", "of"] and a.low[start + 4:start + 5] in (["?"], ["."]) and end - start == 6
    # "he pointed to 'pain', then 'eye', then 'very bad'" on a communication book (session 52, tuning_643): the words chosen one after another
    streak = streak or label in ("RF_EYE_PAIN", "RF_VISION") and a.sentence[start] == a.sentence[end - 1] and any(
        a.low[k] in {"pointed", "pointing", "points", "tapped", "tapping", "taps", "pressed", "chose", "signed", "touched"} for k in range(max(0, start - 4), start))
    if not a.same_clause(start, end) and not (crosses and a.sentence[start] == a.sentence[end - 1]) and not streak:
        return None  # a list may spread one sign over commas: "it scabs, falls off, then comes back"
    if label == "RF_EYE_PAIN" and "," in a.low[start:end] and set(
            a.low[start + a.low[start:end].index(","):end]) & (PLAIN_NEGATORS | {"isnt", "arent", "dont", "doesnt"}):
        return None  # "a bump on my eyelid, its not sore"
    nxt = a.low[end] if end < n else ""
    if label == "RF_HOT" and (nxt in HOT_EXCLUDE_NEXT or {"while", "whilst"} & set(a.low[max(0, start - 4):start])):
        return None  # "a hot flannel", "while the skin's warm and soft" (a condition, not a sign)
    if label == "RF_GROW" and a.low[end - 1] == "different" and nxt in {"to", "from", "than"} and bool(
            {"normal", "spots", "spot", "pimples", "pimple", "whiteheads", "whitehead", "acne", "zits", "regular", "ordinary", "usual"}
            & set(a.low[end + 1:end + 3])) and not (
            (CHANGE_CUES - {"different"}) & {a.low[k] for k in range(n) if a.sentence[k] == sent_of_start}) and not (
            {"was", "used", "before", "last", "month", "week", "year"} & set(a.low[end:end + 6])):
        return None  # "little hard white dots that look different to normal spots": unlike spots, not changed (session 34)
    if label == "RF_GROW" and (nxt in GROW_EXCLUDE_NEXT or a.low[end:end + 2] == ["my", "own"]):
        return None
    if label == "RF_GROW" and set(a.low[start:end]) & {"odd", "weird", "strange", "funny"} and "from" not in a.low[start:start + 2] and not (
            CHANGE_CUES & {a.low[k] for k in range(n) if a.sentence[k] == sent_of_start}):
        return None  # "they look a bit odd though" (not "it's started to look odd")
    if label == "RF_EYE_TROUBLE" and a.low[start:end] == ["gritty"] and nxt in {"scrub", "face", "facial", "exfoliating",
                                                                              "exfoliant", "cleanser", "exfoliator", "paste", "texture",
                                                                              "feel", "sugar", "salt"}:
        return None  # "a gritty face scrub"
    if label == "RF_VISION" and nxt in {"about", "regarding", "online", "on"} and a.low[end - 1] in {"anything", "it", "that"}:
        return None  # "I couldn't see anything about the body on your prices page"
    if label == "RF_VERY_UNWELL" and a.low[start:end] == ["faint"] and nxt in FAINT_ADJECTIVE_NEXT and not (
            start > 0 and a.low[start - 1] in FEEL_WORDS):
        return None  # "a faint red line", "faint but it's definitely there" (not "felt faint but")
    if label == "RF_INFECT" and a.low[max(0, start - 2):start] in (["were", "an"], ["was", "an"], ["be", "an"]) and (
            WORRY_WORDS & {a.low[k] for k in range(start) if a.sentence[k] == sent_of_start}):
        return None  # "I was worried the milk spots were an infection"
    if label == "RF_GROW" and a.low[start].startswith("grow") and PEOPLE_GROWING & set(a.low[max(0, start - 3):start]) and (
            nxt in {"so", "up", "taller", "older", "lots", "loads"} or a.low[end:end + 2] == ["a", "lot"]):
        return None  # "my son has grown so much since his milk spots"
    if label == "RF_SWELL" and "size" in a.low[start:end] and sent_of_start not in any_self and not any(
            re.match(RX_EYE_WORD, a.low[k]) or re.match(RX_LID, a.low[k]) for k in range(n) if a.sentence[k] == sent_of_start) and any(
            a.sentence[s] == sent_of_start for lab in ("RF_CANCER", "RF_GROW") for s, _ in a.spans(lab)):
        return None  # "now in October it's about twice the size ... tiny red lines over it": growth (a GP sign), not swelling
    if label in {"RF_BLEED", "RF_GROW"} and a.low[max(0, start - 4):start - 2] == ["not", "the"] and a.low[start - 1] == "that":
        return None  # "it's not the bump that bled, I nicked myself shaving next to it"
    if label == "RF_BLEED" and start > 0 and a.low[start - 1] == "bad" and a.low[start] == "blood":
        return None  # "my nan said milia were caused by bad blood"
    if label == "RF_EYE_TROUBLE" and a.low[start] == "being" and a.low[start - 1:start] in (
            ["after"], ["before"], ["from"], ["without"], ["of"], ["when"], ["by"]):
        return None  # "do they come back after being squeezed?": the milia squeezed, not the eye feeling squeezed (session 35)
    if label == "RF_VISION" and a.low[start] in {"through", "out"} and nxt in {"area", "bag", "bags", "lid", "lids", "socket", "corner",
                                                                             "brow", "-", "cream", "drops", "makeup", "make-up"}:
        return None  # "got one out of my left eye area", "a needle through the eye area": a place, not looking through it (session 35)
    if label == "RF_CANCER" and {"dent", "dip", "hole", "crater", "pit", "mark"} & set(a.low[start:end]) and {
            "leave", "leaves", "left", "leaving"} & set(a.low[max(0, start - 6):start]) and sent_of_start not in any_self:
        return None  # "Do milia leave a scar or a little dent after you've removed them?": a mark removal may leave (session 35)
    if label == "RF_CANCER" and nxt in MAKEUP_WORDS:
        return None  # "a pearly highlighter", "pearly eyeshadow"
    if label == "RF_FLASHES" and a.low[start:end] == ["glitter"] and ({"were", "was", "like", "as", "thought"} & set(
            a.low[max(0, start - 2):start]) or nxt in {"shadow", "eyeshadow", "liner", "eyeliner", "makeup", "make-up", "nail",
                                                        "polish", "palette", "pen", "gel"}):
        return None  # "my friend thought my milia were glitter"
    if label == "RF_BLEED" and TRAUMA_WORDS & set(a.low[max(0, start - 12):end + 8]) and any(
            a.low[k] in HEALED_WORDS and not PLAIN_NEGATORS & set(a.low[max(0, k - 2):k]) and "n't" not in a.low[max(0, k - 2):k]
            for k in range(len(a.low)) if a.sentence[k] == sent_of_start):
        return None  # "caught it with my razor, it bled a bit but healed in a couple of days"
    if label == "RF_BLEED" and (any_self or in_sentence_phrase(a, start, ("came out", "pricked", "popped", "squeezed"))) and (
            in_sentence_phrase(a, start, STOPPED_AT_ONCE)) and not (
            in_sentence_phrase(a, start, ("but now", "again", "keeps", "still", "every day"))):
        return None  # "bled a tiny bit when I pricked it and stopped straight away": the prick, not a spot that bleeds
    if label in {"RF_HOT"} | FEVER_LABELS and nxt in {"after", "from"} and WARM_CAUSES & set(a.low[end:end + 5]):
        return None  # "my face feels hot after a hot flannel"
    if label == "RF_GROW" and a.low[start].startswith("look") and start > 0 and a.low[start - 1] == "just":
        return None  # "it doesn't hurt or bleed, just looks odd": nothing else about it
    if label == "RF_EYE_PAIN" and a.low[start] in {"hurt", "damage", "harm"} and a.low[max(0, start - 2):start] in (
            [m, y] for m in ("can", "could", "will", "would", "might") for y in ("you", "u", "they")):
        return None  # "can you hurt my eye with the tool?": a question about the treatment
    if label == "RF_GROW" and a.low[start].startswith("look") and PICTURE_WORDS & set(a.low[max(0, start - 4):start]):
        return None  # "the pics online all look different"
    if label == "RF_VISION" and a.low[start].startswith("blur") and nxt in PICTURE_WORDS | {"photo", "selfie", "selfies", "pics"}:
        return None  # "blurry pics sorry"
    if label == "RF_PUS" and (a.low[start + 1:start + 3] == ["or", "no"] or a.low[max(0, start - 2):start] == ["or", "no"]):
        return None  # "pus or no pus in milia?": what milia are like
    if label == "RF_EYE_TROUBLE" and (a.low[end - 2:end] == ["by", "itself"] or a.low[end:end + 2] == ["by", "itself"]) and (
            {"went", "gone", "go", "goes"} & set(a.low[start:end])):
        return None  # "the one near my eye went by itself": the milium went away
    if label == "RF_SWELL" and not any_self and a.low[start - 1:start] in (["slightly"], ["bit"], ["little"]) and (
            in_sentence_phrase(a, start, ("for ages", "for years", "for months", "for a long time"))):
        return None  # "had a bump on my eyelid for ages, slightly puffy": a long-standing bump, no sign of infection
    if label == "RF_SWELL" and a.low[start] in {"puffiness", "puffy", "puffs"} and a.low[start - 1:start] in (
            ["for"], ["reduce"], ["reduces"], ["reducing"], ["against"]) and sent_of_start not in any_self:
        return None  # "is a gua sha routine round the eyes okay for puffiness?": what a routine is for (session 35, tuning_146)
    if label == "RF_PUS" and a.origin[start].lower_ == "puis" and {"dit", "les", "sur", "le", "et", "avec"} & set(a.low):
        return None  # "serviette chaude puis presser": French "then" (session 35, tuning_146)
    if label == "RF_SWELL" and a.low[start] == "lopsided" and {"edge", "shape", "irregular", "round", "darker", "spot", "mole", "bump"} & {
            a.low[k] for k in range(n) if a.sentence[k] == a.sentence[start]}:
        return None  # "used to be round but now it's got an irregular edge, kind of lopsided": its shape (a GP's)
    if label == "RF_VERY_UNWELL" and a.low[start] == "mottled" and nxt in {"brown", "black", "grey", "gray", "tan"}:
        return None  # "gone from white to a mottled brown and black": the spot's colour (a GP's)
    if label == "RF_CANCER" and a.low[start] == "thread" and {"legs", "leg", "thighs", "ankles", "calves"} & set(a.low[end:end + 4]):
        return None  # "thread veins on my legs": not on a spot
    if label == "RF_GROW" and a.low[start].startswith("grow") and ((PEOPLE_GROWING | GROWING_NOT_A_SPOT) & {
            a.low[k] for k in range(max(0, start - 3), start)} and (
                nxt not in {"a", "an", "another", "some", "this"} or a.low[end:end + 2] == ["a", "lot"])
            or a.low[end:end + 2] == ["like", "weeds"]):
        return None  # "they're growing like weeds", "my toddler is growing so fast", "your prices have grown"
    if label == "RF_CANCER" and a.low[start] == "cancer" and nxt in {"check", "checks", "screening", "screenings", "clinic",
                                                                  "specialist", "follow", "follow-up", "mapping"}:
        return None  # "do you offer skin cancer checks?", "at my skin cancer follow-up": a service, not their spot
    if label == "RF_SPREAD" and {"your", "the"} & set(a.low[max(0, start - 8):start]) and in_sentence_phrase(
            a, start, ("after your treatment", "after the treatment", "after treatment")) and sent_of_start not in any_self:
        return None  # "After your treatment, does the redness spread?": a question about the clinic's treatment
    if label == "RF_BLEED" and a.sentence[start] not in any_self and in_sentence_phrase(a, start, CLINIC_BLEED):
        return None  # "she said it bled a tiny bit at the clinic, is that normal after a professional removal?"
    if label == "RF_VERY_UNWELL" and a.low[end - 1] == "track" and nxt == "of":
        return None  # "I'm blind and can't keep track of changes myself"
    if label == "RF_VISION" and (a.low[end:end + 2] == ["enough", "to"] or a.low[end:end + 3] == ["well", "enough", "to"]):
        return None  # "my gran can't see well enough to do it herself": eyesight for a task, not a change in it
    if label == "RF_VISION" and "without" in a.low[end:end + 2] and {"glasses", "specs", "contacts", "lenses"} & set(
            a.low[end:end + 4]):
        return None  # "my husband can't see well without his glasses"
    if label == "RF_PERSISTENT" and a.low[start:end] == ["sore"] and start > 0 and a.low[start - 1] in SORE_AS_A_FEELING and not (
            a.low[start - 3:start - 1] == ["into", "a"]):  # (not "turned into a little sore, still there": session 41, spent v20)
        return None  # "how much and is it sore": how it feels, not a sore that won't heal
    if label == "RF_VISION" and a.low[end - 1] == "see" and "suddenly" not in a.low[max(0, start - 3):start] and not (
            any_self and a.low[end:end + 1] == ["the"] and a.low[end + 1:end + 2] != [] and a.low[end + 1] in THINGS_SEEN_FAR and any(
                re.match(RX_EYE_WORD, w) for w in a.low)) and (
            nxt not in CANT_SEE_NEXT or not any_self and not any(
            re.match(RX_EYE_WORD, w) or re.match(RX_LID, w) for w in a.low)) and not (any_self and any(
            re.match(RX_EYE_WORD, a.low[k]) for k in range(max(0, start - 7), start) if a.sentence[k] == a.sentence[start]) and nxt not in {
            "it", "them", "one", "that", "this", "those", "these", "what", "where", "if", "how", "why", "properly", "well", "fine", "clearly"}) and not (
            (any_self or a.spans("CLINIC_PASSIVE")) and re.search(r"\b(left|right|one) (side|half)\b|\bthe side where\b",
                                                                 sentence_text(a, a.sentence[start]))) and not (
            any_self and re.search(r"^(\S+ ){0,3}(with|out of|from|in) (my|her|his|their|the) (good|left|right|other|bad|only) eye\b",
                                   " ".join(a.low[end:end + 9]))):  # "she can't see her knitting with her good eye since she scratched at
        # the spots under it" (session 48, spent v27); "couldn't see the food on the left
        # side of her plate" after picking under her eye (session 43, tuning_320)
        # ("my left eye can't see the top part of things", "left eye is very dark, he cannot see the road" after a picking: session 39)
        return None  # "I can't see them any more", "can't see why", "the font's tiny, I can't see": not a loss of sight
    if _told_without_the_eye(a, label, start, end) and not any(
            re.match(RX_EYE_WORD, w) or re.match(RX_LID, w) or w in EYEBALL_CONTEXT | {"looks"}
            for k in range(n) if sent_of_start - 1 <= a.sentence[k] <= sent_of_start + 1 for w in [a.low[k]]) and not (
            label == "RF_VISION" and any(sent_of_start - 1 <= a.sentence[s] <= sent_of_start + 1 for s, _ in a.spans("EYE"))):
        # (an eye-area name counts for a scene: "disappeared into grey on one side. I'd lanced a milium on my brow bone", session 37)
        return None  # "can't get it to open", "went into the pink bit", "a dark patch in the middle": only beside the eye
    if label in {"RF_VISION", "RF_FLASHES"} and a.low[start] == "everything" and in_sentence(a, sent_of_start, PICTURE_WORDS) and not any(
            a.low[k] in PICTURE_WORDS and {"like", "as"} & set(a.low[max(0, k - 3):k]) for k in range(end, min(n, end + 6))):
        return None  # "everything looks misty in the photos of my skin" (not "slightly out of focus, like a bad photo", session 42)
    if label in FEVER_LABELS and not any_self and _older_baby(a):
        return None  # session 33 (tuning_126): "My 5 month old has a temperature of 38.2 ... milia nobody has touched": the tier
        # table's temperature sign is a baby's under 3 months, or a fever after picking (NHS: 3 to 6 months from 39C)
    if label in FEVER_LABELS | {"RF_HOT"} and _AGE.search(" ".join(a.low)) and measured_below_38(a):
        return None  # a baby who felt hot, then measured below 38C (session 43, tuning_334)
    if label in FEVER_LABELS and a.sentence[start] not in past_self and not a.spans("BABY_AGE") and _other_illness(a, start):
        return None  # "I've had a fever this week from flu, can I still come Monday?" (a baby's fever always counts;
        # a removal only planned in the sentence is not its cause: "had flu, still a temperature, can I pop them myself?")
    if label == "RF_VISION" and "see" in a.low[start:end] and {"it", "them", "mine"} & set(a.low[start:end + 1]) and re.search(
            r"\b(on|of) my (back|bum|bottom|neck|shoulder)\b|\bback of my\b", sentence_text(a, sent_of_start)):
        return None  # "I SAID it's on my back, I can't see it properly": out of view, not a loss of sight
    if label == "RF_VISION" and "see" in a.low[start:end] and {"milia", "milium", "them", "bumps", "spots", "ones"} & set(a.low[start:end]) and (
            {"small", "tiny", "little", "magnifying", "mirror"} & set(sentence_text(a, sent_of_start).split())
            or re.search(r"\b(eyesight|vision|sight)('s| is) (fine|ok|okay|normal|perfect|good)\b", " ".join(a.low))):
        return None  # "I can't see the milia properly because they're so small, my eyesight is fine": the bumps, not sight
    if label == "RF_NOT_HEALED" and {"see", "read", "focus"} & set(a.low[start:end]):
        return None  # "I can't see well close up": eyesight, not a sore that has not closed up
    if label == "RF_INFECT" and {"stop", "stops", "prevent", "prevents", "avoid", "avoids"} & set(a.low[max(0, start - 3):start]):
        return None  # "will the antibiotics stop them getting infected": keeping infection away, asked
    if label in {"RF_VERY_UNWELL", "RF_EYE_TROUBLE"} and a.sentence[start] not in any_self and in_sentence(
            a, sent_of_start, frozenset({"anxiety", "anxious", "panic", "panicking", "nervous", "nerves"})) and not (
            label == "RF_VERY_UNWELL" and any(a.sentence[k] == sent_of_start for other in ("RF_INFECT", "RF_SPREAD", "RF_PUS") for k, _ in a.spans(other))):
        # (not "The infected one has gone red right across my jaw and my heart's racing ..., probably anxiety": session 49, tuning_520)
        return None  # "my anxiety is through the roof, heart pounding, I've got a wedding in 2 weeks"
    if a.sentence[start] not in any_self and _professional_said_harmless(a, start):
        return None  # "the doctor said my eye floaters are age-related and harmless"
    if a.sentence[start] not in any_self and in_sentence_phrase(a, start, UNRELATED_PHRASES):
        return None  # "Bright light hurts my eyes when I get migraines (nothing to do with milia)"
    # (not "the words look doubled but only with that eye open, new glasses time?" a day after a needle by the eye: a guess
    # asked, session 37)
    guessed = re.search(r"\bnew (glasses|specs|contacts|prescription)( time)? \?", sentence_text(a, sent_of_start)) and bool(past_self) or bool(
        re.search(r"\beven with (my|her|his) new (glasses|specs|contacts|lenses)\b", sentence_text(a, sent_of_start)))  # "even with my new glasses I can't make out faces" (session 44)
    if label in BENIGN_CAUSE_LABELS and a.sentence[start] not in any_self and in_sentence_phrase(a, start, BENIGN_EYE_CAUSES) and not guessed:
        return None  # "I drew the curtains to have a nap", "sunglasses on indoors trying them on for my holiday"
    if label == "RF_SWELL" and a.sentence[start] not in any_self and not a.spans("BABY_AGE") and in_sentence_phrase(
            a, start, SWELL_EYE_CAUSES):
        return None  # "I've got a stinking cold and my eyes are a bit puffy from sneezing"
    if label in MILD_CAUSE_LABELS and a.sentence[start] not in any_self and in_sentence_phrase(a, start, MILD_EYE_CAUSES):
        return None  # "my eyes are tired and gritty from staring at screens", "they sting when it runs into them"
    if label in MILD_CAUSE_LABELS and a.sentence[start] not in any_self and in_sentence_phrase(a, start, MIGRAINE_PHRASES) and not (
            back_again_later(a, start)):
        return None  # "bright light hurts my eyes because of my migraines"
    if (label in LIFELONG_LABELS or label == "RF_EYE_TROUBLE" and (a.low[end - 1] in _LIFELONG_TROUBLE_ENDS or _SIGHT_TROUBLE & set(
            a.low[start:end]))) and (
            a.sentence[start] not in any_self) and ((in_sentence_phrase(a, start, LIFELONG_PHRASES) or LIFELONG_YEARS.search(
                sentence_text(a, a.sentence[start]))) and not back_again_later(a, start) or long_standing_sight(a, start)) and not (
            _FINE_FOR_YEARS.search(sentence_text(a, a.sentence[start]))):
        return None  # "I've had the same floaters since I was a kid", "I have cataracts so I can't see it clearly"
    if label == "RF_VERY_UNWELL" and any(a.low[k].startswith("heart") for k in range(start, end)) and (
            {"thinking", "thought", "nervous", "anxious", "scared", "excited"} & set(a.low[end:end + 5])):
        return None  # "my heart's racing just thinking about the needle lol"
    if label == "RF_EYE_TROUBLE" and a.low[end - 1] in {"watering", "streaming"} and not any(
            a.sentence[start] - k in any_self for k in range(_fragments_back(a, start) + 3)):
        return None  # "my eyes won't stop watering from hay fever": only after picking near the eye (a few sentences back,
        # more across one-word fragments: "tweezers. eye. ouch. it won't stop watering", session 32)
    if label == "RF_EYE_INJURY" and a.low[start] == "not" and not (any(
            a.low[k] in SLIP_WORDS for k in range(start) if sent_of_start - 1 <= a.sentence[k] <= sent_of_start) and any(
            re.match(RX_EYE_WORD, w) or re.match(RX_LID, w) for k, w in enumerate(a.low) if a.sentence[k] <= sent_of_start + 1)):
        return None  # "not the skin" counts only after a slip or a nick near the eye
    if label == "RF_EYE_INJURY" and a.low[end - 1] == "in" and (re.match(RX_TOOL, a.low[start]) or a.low[start] == "it") and not (
            end == n or nxt in SENTENCE_BREAK | {",", "and", "so", "now", "ouch", "ow", "omg"}) and not (
            nxt in {"my", "his", "her", "the", "their"} and a.low[end + 1:end + 2] in (["eye"], ["eyes"], ["eyeball"], ["i"])) and not any(
            a.low[k:k + 3] in (["not", "the", "skin"], ["not", "the", "lid"], ["not", "my", "skin"])
            for k in range(end, n) if a.sentence[k] <= sent_of_start + 1) and not any(
            a.low[k] == "into" and {"eye", "eyeball", "cornea"} & set(a.low[k + 1:k + 6])
            for k in range(end, n) if a.sentence[k] == a.sentence[start]):
        return None  # "the needle went in a bit" (how deep, not the eye), "the pin went in and out"
        # (not "went in too far, right into the white of my eye")
    if label in {"RF_EYE_PAIN", "RF_EYE_TROUBLE"} and a.low[start] in {"eye", "eyes"} and a.low[start + 1:start + 2] in (
            ["drops"], ["cream"], ["creams"], ["serum"], ["gel"]) and a.sentence[start] not in any_self:
        return None  # "my eye drops sting for a second when they go in": the drops, not the eye
    if label == "RF_EYE_INJURY" and a.low[end - 1] in {"eye", "eyes"} and nxt in EYE_NOT_THE_EYE:
        return None  # "dabbed the acid pad in my eye area", "peel in my eye cream drawer": not the eye itself
    if label == "RF_EYE_TROUBLE" and a.low[end - 2:end] == ["killing", "me"] and nxt in {"not", "waiting", "to", "that", "lol"}:
        return None  # "it's killing me not knowing the price"
    if label == "RF_VISION" and "blind" in a.low[start:end] and not any_self and (nxt in {"looking", "reading", "at"} or {
            "price", "prices", "lol", "haha"} & {a.low[k] for k in range(n) if a.sentence[k] == sent_of_start}):
        return None  # "I nearly went blind looking at your prices lol"
    if label in {"RF_VERY_UNWELL", "RF_EYE_TROUBLE"} and not any_self and {"thinking", "thought", "idea"} & set(a.low[end:end + 3]):
        return None  # "heart's pounding just thinking about a needle near my eye"
    if label == "RF_BLEED" and (a.low[start - 2:start] == ["sight", "of"] or nxt in {"test", "tests"} or a.low[start - 1:start] == ["about"]):
        return None  # "I faint at the sight of blood", "my blood test", "a total wimp about blood"
    if label == "RF_VERY_UNWELL" and not any_self and a.low[end:end + 3] == ["at", "the", "sight"]:
        return None  # "I faint at the sight of blood", "I go dizzy at the sight of needles"
    if label == "RF_SPREAD" and a.low[start - 2:start - 1] == ["about"] and {"site", "page", "website", "leaflet", "list"} & {
            a.low[k] for k in range(n) if a.sentence[k] == sent_of_start}:
        return None  # "the bit on your site about a red line spreading made me jump": the page quoted
    if label == "RF_VERY_UNWELL" and a.low[end - 1] == "ill" and nxt in ILL_AS_I_WILL_NEXT:
        return None  # "so ill need someone to drive me": "I'll" typed without its apostrophe
    if label == "RF_EYE_TROUBLE" and PICTURE_WORDS & set(a.low[max(0, start - 3):start]):
        return None  # "the pictures were horrific"
    if label == "RF_VERY_UNWELL" and a.low[end - 1] == "die" and nxt in {"down", "off", "of", "for", "out", "away"}:
        return None  # "it's going to die down I think"
    if label == "RF_LIGHT" and a.low[end - 1] == "squint" and a.low[start - 1:start] in (["a"], ["his"], ["her"], ["my"], ["lazy"]):
        return None  # "my son has a squint and wears a patch": the eye's turn, not light hurting (session 36, tuning_172)
    if label == "RF_LIGHT" and a.low[end - 1] in {"squint", "squinting"} and not any_self:
        return None  # "bright sunshine makes me squint", "squinting at headlights for hours": no picking told
    if label in EYE_EMERGENCY_LABELS and _rinsed_and_fine(a):
        return None  # "got a bit of toner in my eye, rinsed it out and it's completely fine now, no pain, vision normal"
    if label == "RF_EYE_INJURY" and a.low[start] in {"in", "into"} and not (
        (start == 0 or a.low[start - 1] in SENTENCE_BREAK) and (nxt in SENTENCE_BREAK or end == n)
    ) and not (start > 1 and a.low[start - 1] in HIT_WHOM and a.low[start - 2] in HIT_VERBS) and not (
        {"went", "slipped", "jabbed", "stabbed", "shot", "skidded", "plunged", "slid", "flew", "jumped", "got", "broke", "lodged"}
        & set(a.low[max(0, start - 4):start]) and any(re.match(RX_TOOL, w) for w in a.low[max(0, start - 12):start])):
        # "the tweezers went point-first into my eye" (session 37); "got the needle right in my eye", "a bit of the pin broke off and
        # is in my eye", "using a microneedle pen on my cheekbone and it jumped up into my eye" (session 39, spent v18, tuning_220)
        return None  # "In my eye." on its own after "the needle went in", not "milia in my eye area" ("got me in the eye" is)
    if label == "RF_EYE_INJURY" and a.low[start] in EYEBALL_WORDS and (
        (LOCATIVES | {"of", "to"}) & set(a.low[max(0, start - 2):start])
    ) and not any(re.match(RX_TOOL, w) or w in {"white", "cornea", "eyeball"} for w in a.low[start:end]):
        return None  # "the spot near my eye is bleeding", "corner of my eye is bleeding": not the eye itself
    # "it's shut tight and won't open, started about an hour after i scraped at the spots under it": only an eye is shut and won't
    # open (session 35, tuning_150)
    shut = {"shut", "closed", "clamped"} & set(a.low[max(0, start - 4):start]) and a.low[end - 1] == "open" and bool(any_self)
    # "Excruciating. The eyeball itself, not the lid." (session 48, spent v27): a word on its own, the eye in the next sentence
    told_next = (-1,) if all(a.sentence[k] != a.sentence[start] or k in range(start, end) or a.low[k] in SENTENCE_BREAK for k in range(n)) else ()
    if label == "RF_EYE_TROUBLE" and not shut and (a.low[end:end + 2] == ["in", "size"] or nxt in PRODUCT_WORDS | VESSEL_WORDS or not (any(
        in_sentence(a, a.sentence[start] - k, EYEBALL_CONTEXT, skip=not_eyes) for k in (*told_next, 0, 1, 2)
    ) or any(a.sentence[start] - k in any_self and any(a.sentence[s] == a.sentence[start] - k for s, _ in eye_spans(a))
             for k in (-1, 0, 1, 2)) or n <= 8 and any(w in EYEBALL_WORDS for w in a.low))):  # "agony. eye. help" (session 36)
        return None  # "the pain is unbearable" about a cheek is not an eye emergency; "help my
        # eye!! it went straight in" is; "keep an eye on it, it has doubled in size" is not; "dug at her
        # eyelid with a needle. Since then she keeps bumping into things" is
    if label == "RF_EYE_INJURY" and a.low[start + 1:start + 2] == ["it"] and not EYEBALL_WORDS & set(a.low[start:end]) and not any(
            a.low[k] in EYEBALL_WORDS for k in range(start) if a.sentence[k] == a.sentence[start]) and not any(
            a.low[k:k + 3] in (["eye", "is", "cooked"], ["eye", "'s", "cooked"]) for k in range(start)):  # "eye is cooked. ... stabbed it w the lancet"
        return None  # "scratched it with the tweezers" is the eye only when the eye was named before it
    if label == "RF_EYE_INJURY" and a.low[end - 1] == "it" and not any(
            a.low[k] in EYEBALL_WORDS for k in range(start + 1) if a.sentence[start] - 2 <= a.sentence[k]):
        return None  # "ow my eye. got the needle in it" (not "got the needle in it" about a spot)
    if label == "RF_CANCER" and a.low[start:end] == ["pearly"] and (a.spans("BABY_AGE") or {"baby", "babies", "newborn",
            "newborns", "daughter", "son"} & set(a.low)) and not {"edge", "edges", "border", "rim", "veins", "vessels", "lump", "growing",
                                                                  "bigger"} & set(a.low) and not (  # (not "I am 84 and have a small pearly
            {"i", "i'm", "im"} & set(a.low[max(0, start - 8):start]) and "have" in a.low[max(0, start - 6):start]):  # looking bump ... My daughter thinks")
        return None  # "our daughter has tiny pearly dots on her nose ... milk spots on newborns?": how milia look
    if label == "RF_CANCER" and a.low[end - 1] == "pearly" and a.low[end:end + 1] in (["white"], ["-"]) and not {
            "edge", "edges", "border", "borders", "rim", "rims", "sheen", "shiny", "new", "growing", "grown", "bigger"} & set(a.low):
        return None  # "my milium is pearly white ... hasn't changed": the milium's own colour, not a pearly edge
    if label == "RF_CANCER" and a.low[end - 1] in SHINY_WORDS and a.low[start] in BECAME_OR_LOOKS and not any(
            a.low[k] in SPOT_WORDS for k in range(start) if a.sentence[k] == a.sentence[start]):
        return None  # "my skin looks shiny after the cream" (not "the bump near my hairline looks shiny")
    if label == "RF_VISION" and a.low[start] in {"no", "without", "zero", "nil"} and nxt in NO_VISION_NEXT:
        return None  # "no vision problems", "without any sight issues": a sign denied, not a loss of sight
    if any(a.low[k] == "without" and a.low[k + 1] in WITHOUT_HARM for k in range(max(0, start - 2), end - 1)):
        return None  # "how do I do my lash line without hurting my eye?" (never "without any vision")
    if label == "RF_EYE_TROUBLE" and a.low[end - 1] == "out" and nxt in {"to", "there", "for", "at", "in", "here", "of", "on",
                                                                        "the", "today", "tomorrow", "tonight"}:
        return None  # "I couldn't make it out to the clinic"
    if label == "RF_VERY_UNWELL" and a.low[end - 1] == "up" and nxt in {"to", "there", "for", "early", "at", "in", "here"}:
        return None  # "she can't get up to the clinic"
    if label == "RF_EYE_INJURY" and a.low[start:end - 1] == ["it"] and nxt in {"my", "his", "her", "their", "our", "your", "off", "away", "back"}:
        return None  # "it slipped my mind to ask about the eyelid ones"
    if label == "RF_EYE_TROUBLE" and start > 0 and a.low[start - 1] == "point" and a.low[start] == "blank":
        return None  # "refuses point blank to see a doctor"
    if label == "RF_EYE_TROUBLE" and a.low[start] in {"like", "as"} and {"look", "looks", "looked", "looking", "appear", "appears",
                                                                        "came", "out", "popped", "hard", "firm", "solid"} & set(
            a.low[max(0, start - 4):start]):
        return None  # "they look a bit like grains of sand": how the bumps look, not grit in the eye
    if label == "RF_EYE_TROUBLE" and a.low[start] in {"like", "as"} and a.low[end:end + 3] in (
            ["under", "the", "skin"], ["beneath", "the", "skin"], ["in", "the", "skin"], ["under", "my", "skin"]):
        return None  # "little white bumps under my eye, like grains of sand under the skin": how milia feel
    if label == "RF_EYE_PAIN" and any(a.low[k].startswith("pain") and a.low[k + 1:k + 2] and a.low[k + 1] in PAIN_NOT_A_PAIN
                                      for k in range(start, end)):
        return None  # "a low pain threshold and even an eyebrow threading session has me in tears"
    if label == "RF_EYE_TROUBLE" and any(s <= start < e for s, e in a.spans("RF_CANCER")):
        return None  # "little red squiggles running across the top of the lump": vessels on a spot (a GP)
    if label == "RF_SWELL" and a.low[start] == "puffy" and nxt in {"bit", "bits", "part", "area", "skin"} and a.low[
            end + 1:end + 2] in (["under"], ["below"], ["beneath"], ["of"], ["round"], ["around"]) and not (
            a.low[start - 1:start] in (["red"], ["sore"], ["hot"], ["swollen"]) or "after" in a.low[end + 2:end + 7]):  # (not "Red puffy skin under the eye after
        # picking at it": session 41)
        return None  # "the puffy bit under my eye": a place, not a swelling
    if label == "RF_FLASHES" and a.low[start] in {"see", "seeing", "sees"} and a.low[end - 1] in {"dots", "specks", "flecks", "blobs"} and (
            nxt in {"on", "around", "round", "under", "all"}):
        return None  # "I can see black dots on my nose": blackheads, not floaters
    if label == "RF_FEVER" and start > 0 and a.low[start - 1] in {"hay", "glandular", "scarlet"}:
        return None  # "hay fever makes me rub my eyes"
    if label == "RF_FEVER" and (nxt in TEMPERATURE_CHECK_NEXT or _said_normal(a, end)):
        return None  # "he had a temp check at the health visitor today and it was normal"
    if label == "RF_FEVER" and a.low[end:end + 1] in (["of"], ["is"], ["was"]) and _below_38(a.low[end + 1:end + 2]):
        return None  # "I have a temperature of 36.5 after picking": the number says it is normal
    if label in {"RF_HOT", "RF_FEVER"} and set(a.low[start:end]) <= MILD_WARMTH and _normal_temperature_only(a) and (
            a.sentence[start] not in any_self):
        return None  # "teething and a bit warm, 37.8": a temperature below 38 stated
    if label == "RF_CANCER" and _asks_to_treat(a, start, end):
        return None  # "do you treat thread veins on legs as well as milia?": a service asked about
    if any(a.low[k:k + 2] == ["used", "to"] and a.sentence[k] == sent_of_start for k in range(max(0, start - 6), start - 1)) and (
            in_sentence(a, sent_of_start, RESOLVED_WORDS)):
        return None  # "spots that used to bleed years ago but they've been fine for ages"
    if set(range(start, end)) & idiom and a.sentence[start] not in any_self and nxt != "itself" and not (
            {"slipped", "slip", "slips", "slid"} & set(a.low[max(0, start - 4):start]) or (
                {"slipped", "slip", "slips", "slid"} & {a.low[k] for k in range(max(0, start - 14), start) if a.sentence[k] == a.sentence[start]}
                and (a.in_sentence("TOOL", start) or a.in_sentence("BARE_TOOL", start)))) and not (
            a.low[end:end + 1] == ["with"] and any(re.match(RX_TOOL, w) for w in a.low[:start])):  # "at the spots near his eye with
        # the tip of his pocket knife and he's caught the eye with it" (session 39)
        return None  # "your website caught my eye" (not "I caught my eye with the plasma pen", "they slipped and caught my eye",
        # "the tweezers slipped when I was going for one by my lashes and caught my eye": session 32, tuning_117)
    if label == "RF_SPREAD" and a.low[start] in SPREAD_ALONE_WORDS and not any(re.match(r"^\d", w) for w in a.low[start:end]) and (
            a.low[end - 1] not in {"line", "lines", "outline", "mark", "marks"} or nxt == "of") and not in_sentence(
        a, a.sentence[start], INFECTION_WORDS
    ) and not any(re.match(RX_RED, a.low[k]) and a.low[k - 1:k] not in (["no"], ["not"], ["nt"], ["n't"])  # "- no redness" (session 39)
                  for k in range(len(a.low)) if a.sentence[k] == a.sentence[start]) and not {"sunburn", "bruise", "rash", "blotch"} & {
            a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[start]} and not (  # "like a sunburn spreading out from where i picked" (session 41)
            a.low[max(0, start - 2):start] in (["mine", "'s"], ["mine", "is"]) and any(
                re.match(RX_RED, a.low[k]) for k in range(start) if a.sentence[k] == a.sentence[start] - 1)):  # "how much redness is normal
        # after squeezing? Mine's spreading out a bit further each day" (session 43, tuning_313)
        return None  # "they're spreading across my cheeks" is milia spreading, not an infection
    if label == "RF_SPREAD" and start > 0 and a.low[start - 1] in {"tiny", "little", "small", "fine"} and (
        {"lines", "veins", "vessels"} & set(a.low[start:end])
    ):
        return None  # "tiny red lines running across it": blood vessels on a spot (see a GP), not an infection
    if label == "RF_FEVER_NUMBER" and (start > 0 and a.low[start - 1] in NOT_TEMPERATURE_PREV
                                       or nxt in NOT_TEMPERATURE_NEXT
                                       or nxt in NOT_TEMPERATURE_NEXT_COUNT and a.low[start].isdigit()):
        return None  # "I'm 38", "about 40 quid": an age or a price, not a temperature
    if label == "RF_FEVER_NUMBER" and [w for w in a.low[end:end + 2] if w != "-"][:1] in (["something"], ["somethings"]) and not (
            a.spans("BABY_AGE") or {"temp", "temperature", "thermometer", "fever", "temps", "degrees"} & set(a.low)):
        return None  # "a 40-something bloke": an age
    if label == "RF_FEVER_NUMBER" and (a.low[end:end + 2] == ["or", "so"] or (
            a.low[start].isdigit() and a.low[max(0, start - 3):start - 1][-1:] and a.low[start - 1] in {"is", "'s"}
            and a.low[start - 2] in AGE_NOUNS and not a.spans("BABY_AGE")
            and not {"temp", "temperature", "thermometer", "fever", "temps"} & set(a.low)) or (
            nxt == "degrees" and WEATHER_WORDS & {a.low[k] for k in range(n) if a.sentence[k] == a.sentence[start]}) or (
            nxt == "degrees" and a.low[max(0, start - 2):start] == ["it", "was"] and not a.spans("BABY_AGE") and not (
                {"temp", "temperature", "thermometer", "fever", "temps"} & set(a.low)))):
        return None  # "40 or so spots", "my son is 39", "it was 38 degrees on holiday", "it was 38 degrees every day"
    if label == "RF_FEVER_NUMBER" and (a.low[max(0, start - 2):start] in (["now", "at"], ["at", "age"], ["the", "age"]) or a.low[start - 1:start] == ["aged"]) and (
            a.low[start].isdigit() and [w for w in a.low[end:end + 2] if w != ","][:1] in (["i"], ["i've"], ["ive"], ["i'm"], ["im"])) and not (
            a.spans("BABY_AGE") or {"temp", "temperature", "thermometer", "fever", "temps", "degrees", "baby", "newborn"} & set(a.low)):
        return None  # "now at 40 I've got a couple again": an age
    if label == "RF_VERY_UNWELL" and a.low[start].startswith("keeled") and in_sentence(
        a, a.sentence[start], SQUEAMISH_WORDS
    ):
        return None  # "nearly keeled over at the sight"
    if label == "RF_VERY_UNWELL" and a.low[start].startswith("faint") and in_sentence(
        a, a.sentence[start], SQUEAMISH_WORDS
    ):
        return None  # "the idea of a needle near my eye makes me feel faint", "I nearly fainted at a blood test"
    if label == "RF_VERY_UNWELL" and a.low[start].startswith(("confus", "muddl")) and (
        nxt in PUZZLED_NEXT and {"i", "im", "me"} & set(a.low[max(0, start - 6):start])
        and not (nxt == "about" and a.low[end + 1:end + 2] and a.low[end + 1] in {"where", "who", "when"})
        and not (nxt == "about" and a.low[end + 1:end + 3] in (["what", "day"], ["what", "time"], ["what", "date"],
                                                               ["what", "year"], ["what", "month"])
                 and a.low[end + 3:end + 4] in (["it"], ["it's"], ["is"]))  # "confused about what day it is"
        or a.low[start] == "confusing" or not (any_self or _other_signs(a))
        # "sorry I confused myself", "no it was the clinic, not me, I got confused": muddled the facts
        or a.low[end - 1] == "confused" and nxt == "myself"
        or a.low[start - 1:start] == ["got"] and ({"sorry", "meant", "mixed", "mistake"} & {
            a.low[k] for k in range(n) if a.sentence[k] == sent_of_start} or in_sentence_phrase(a, start, ("not me",)))
    ):
        return None  # "I'm confused, what's the difference?", "confused about the prices": puzzled, not unwell
    if label == "RF_VERY_UNWELL" and "think" in a.low[start:end] and nxt in PUZZLED_NEXT:
        return None  # "I can't think straight about which treatment to pick": undecided, not unwell
    if label == "RF_VERY_UNWELL" and a.low[end - 1] in ONLY_BESIDE_WORDS and not (any_self or any(
            s != start and (a.low[end - 1] in SELF_PRONOUNS or lab not in {"RF_PERSISTENT", "RF_VERY_UNWELL"})
            for lab in RED_FLAG_LABELS for s, _ in a.spans(lab))):
        return None  # "he's not himself since the flu": a sign only beside picking or another sign
    if label == "RF_VERY_UNWELL" and a.low[start] in {"muddled", "confused"} and start > 1 and a.low[start - 2] in {"got", "get", "getting"} and (
            a.low[start - 1] in {"that", "it", "this", "them", "things", "those", "these"}):
        return None  # "sorry, I got that muddled": a slip told, not confusion (session 36, followups/tuning_57)
    if label == "RF_VERY_UNWELL" and a.low[start] == "passed" and (
            nxt in PASSED_ON_NEXT or a.low[start - 1:start] in (["that"], ["which"], ["it"], ["politely"], ["kindly"], ["happily"])):  # "I politely passed" (session 44)
        return None  # "can milia be passed person to person?", "passed down in families", "it stung but that passed"
    if label in EMERGENCY_WITH and a.low[end - 1] in UNWELL_BARE_VERBS and nxt not in UNWELL_BARE_NEXT:
        return None  # "can't think of a reason", "can't stand the look of them"
    if label == "RF_EYE_PAIN" and a.low[end - 1] == "i" and nxt not in {"", ",", ".", "!", "?", "and", "..."}:
        return None  # "pain in the i, it's like a drill" (a typo for the eye), not "the pain when I blink"
    if label == "RF_EYE_PAIN" and any(
        a.low[k].startswith("burn") and {"off", "away"} & set(a.low[k + 1:k + 3]) for k in range(start, end)
    ):
        return None  # "peel pads on the eyelid to burn off milia": removing them, not pain
    if label == "RF_BLEED" and nxt in BLOOD_EXCLUDE_NEXT:
        return None  # "my blood sugar kit"
    if label == "RF_SPREAD" and {"colour", "color", "coloured", "colored"} & set(a.low[start:min(n, start + 3)]) and (
            "yesterday" not in a.low[start:end]):
        return None  # "it was white, now it is red colour and bigger": the spot changing (a GP), not spreading
    if label == "RF_INFECT" and a.low[end - 1] in {"infections", "infection"} and a.sentence[start] not in any_self and (
            {"worried", "worry", "worries", "scared", "afraid", "fear", "risk", "nervous"} & set(a.low[max(0, start - 4):start])):
        return None  # "worried about eye infections after watching a documentary": a worry, not a report
    if label == "RF_SWELL" and nxt in {"shape", "shaped"}:
        return None  # "an odd lopsided shape": the spot's shape (a GP), not swelling
    if label == "RF_SWELL" and PLAQUE_WORDS & set(a.low[end:end + 3]) and not (
            a.sentence[start] in any_self and {"now", "since"} & set(a.low[max(0, start - 5):start])):  # "went at them with a lancet and now
        # there's a swollen raised patch" (session 40)
        return None  # "milia on a red swollen patch" describes milia en plaque
    if label in {"RF_SWELL", "RF_EYE_PAIN", "RF_VISION"} and (
            label != "RF_VISION" and in_sentence(a, a.sentence[start], ALLERGY_WORDS | EYE_PRODUCTS) or (
            "from" in a.low[end:end + 2] and SWELL_CAUSES & set(a.low[end + 1:end + 5]))) and a.sentence[start] not in past_self and not (
            label == "RF_EYE_PAIN" and severe_eye_pain(a, start, end, False)) and not (
            re.search(r"\blooks? like (i|she|he) (have|has|had|'ve|got) (an? )?(allergy|allergies|allergic)", sentence_text(a, a.sentence[start]))
            and a.sentence[start] - 1 in past_self) and not (
            re.search(r"\blike an? (allergic|allergy)\b", sentence_text(a, a.sentence[start])) and a.sentence[start] in any_self):  # "after popping a milia on my
        # brow bone the bit under the brow has puffed out loads, kinda like an allergic reaction?" (session 49); "I used tweezer on milia near eye. Now the skin round it is puff and tight,
        # look like I have allergy" (session 37): a likeness after the removal, not a cause
        return None  # "my eyes are puffy in the mornings from hay fever" (not "puffed up after I popped one,
        # looks like an allergic reaction"; nor severe eye pain, whatever the cause)
    if label == "RF_SWELL" and start > 0 and a.low[start - 1] in {"be", "look", "looking"} and (
        {"want", "wanna", "avoid", "worried", "scared"} & set(a.low[max(0, start - 5):start])
    ):
        return None  # "I don't want to be swollen in the photos": a worry about the treatment
    if label == "RF_GROW" and any_self and any(a.sentence[s] == a.sentence[start] for s, _ in eye_spans(a)) and (
            {"doubled", "tripled", "size"} & set(a.low[start:end])):
        label = "RF_SWELL"  # "the bag under my eye has doubled in size since I went at a milium there"
    if label == "RF_GROW" and a.low[start] in {"flatter", "flattened"} and any_self:
        return None  # "squeezed a couple under my eye ... they just look a bit flatter": what the squeeze did
    if label == "RF_WORST_ILL" and not any_self and in_sentence_phrase(a, start, HANGOVER) and not (
            INFECTION_WORDS & set(a.low)):
        return None  # "feel like death warmed up after my works do lol": a hangover, nothing picked or infected
    if label == "RF_OOZE" and nxt in {"blood", "bloody"}:
        label = "RF_BLEED"  # "a sore little dip that weeps blood now and then": bleeding (a GP)
    if label == "RF_VISION" and re.match(r"^(blur|fuzz|out)", a.low[start]) and (PICTURE_WORDS | {"selfie", "selfies", "pics", "photos"}) & {
            a.low[k] for k in range(start) if a.sentence[k] == a.sentence[start]} and not any(
            re.match(RX_EYE_WORD, a.low[k]) or a.low[k] in {"vision", "sight", "see", "seeing"} for k in range(n) if a.sentence[k] == a.sentence[start]):
        return None  # "I have a pic of my milia but it's really blurry"
    if label == "RF_VISION" and a.low[start] == "like" and a.low[start + 1:start + 2] not in (["two"], ["2"], ["steam"], ["wet"], ["heat"]) and (
            "pitch" not in a.low[start:end]) and a.low[end - 1] not in {"there", "off", "out"} and not any(
            re.match(RX_EYE_WORD, a.low[k]) or a.low[k] in {"vision", "sight", "see", "seeing", "everything", "looking", "view"}
            for k in range(n) if a.sentence[k] == a.sentence[start]):
        return None  # "Should I put anything on the skin after milia extraction, like Vaseline?": a product, not the sight
    if label == "RF_CANCER" and a.low[start] == "cancer" and (a.low[max(0, start - 2):start] in (["star", "sign"], ["a", "sign"]) or start > 0 and (
            a.low[start - 1] in {"sign", "im", "i'm"}) or a.low[end:end + 1] in (["star"], ["season"])):
        return None  # "Star sign Cancer, skin type disaster": the zodiac
    if label == "RF_INFECT" and nxt in {"risk", "risks", "rate", "rates", "control", "prevention"}:
        return None  # "is there any extra infection risk with removal?": a risk asked about, not a sign
    if label == "RF_FEVER" and a.low[start] == "fever" and nxt in {"dream", "dreams", "pitch", "tree", "few"}:
        return None  # "fever dream of a week lol"
    if label != "RF_CANCER" and _someone_elses(a, start) and not (label == "RF_VISION" and a.low[start] in {"faces", "face"}) and not (
            label == "RF_FLASHES" and {"flicked", "flashed", "shone", "shined", "flashing"} & set(a.low[start:end])):  # "I keep thinking
        # someone's flicked a torch at me from the side. Nobody has." (session 39)
        return None  # "a horror story online where someone's eyelid swelled up", "I read that a woman went blind"
    if label == "RF_FLASHES" and a.low[start].startswith("flash") and (
            start > 0 and a.low[start - 1] in {"with", "without", "no", "camera"} or nxt in {"photo", "photos", "on", "off", "sale"}):
        return None  # "in photos with flash my milia look bigger"
    if label == "RF_SWELL" and "size" in a.low[start:end] and not any_self and not eye_spans(a) and not any(
            a.low[k] in {"since", "after"} and k not in a.covered.get("DURATION", set())
            for k in range(n) if a.sentence[k] == a.sentence[start]):
        label = "RF_GROW"  # "it's double the size it was in spring": a spot growing, not swelling after picking
    if label == "RF_SPREAD" and any(a.low[k] in {"not", "n't", "nt", "isnt", "no"} and re.match(RX_SPREAD, a.low[k + 1]) for k in range(start, end - 1)):
        return None  # "a tiny bit of redness, not spreading, no pus" (session 34, followups/tuning_49)
    if label == "RF_SPREAD" and a.low[start] in {"redder", "pinker", "angrier"} and not any_self:
        label = "RF_GROW"  # "a bump that has become pinker and larger": a spot changing (a GP), not after picking
    # (and the sentence after it: "Picked at the little white bumps on my cheek on Sunday. The red patch round one of them was
    # the size of a pea, now it's more like a 10p coin and still growing", session 35)
    if label == "RF_GROW" and (sent_of_start in any_self or sent_of_start - 1 in any_self) and any(
            a.low[k] in {"redness", "red", "pink", "rash"} and not (a.low[k + 1] in {"colour", "color", "shade", "tinge", "tone"} and "from" in a.low[max(0, k - 6):k])
            for k in range(start) if a.sentence[k] == sent_of_start):  # (not "gone from white to a brownish pink colour": session 52, tuning_647)
        label = "RF_SPREAD"  # "the redness around where I pricked it used to be a dot, now it covers my chin"
    if label == "RF_VISION" and a.low[start] in {"left", "right", "top", "bottom", "one"} and a.low[start + 1:start + 3] != ["in", "front"] and not in_sentence(
            a, sent_of_start, EYEBALL_CONTEXT):
        return None  # "the left side of the spot is black" is not sight (that needs the eye or seeing beside it)
    if label == "RF_SPREAD" and a.low[start] == "red" and start > 0 and (
            a.low[start - 1] in BECAME_WORDS or a.low[start - 1] == "to" and "from" in a.low[max(0, start - 4):start]) and (
            re.match(RX_BIGGER, a.low[end - 1]) and not any_self and not in_sentence(a, sent_of_start, INFECTION_WORDS - {"red", "redness"})):
        label = "RF_GROW"  # "a milium on my neck went dark red and looks bigger": the spot changing (a GP)
    if label == "RF_LIGHT" and any(a.low[k] == "skin" and a.clause[k] == a.clause[start] for k in range(n)) and not any(
            re.match(RX_EYE_WORD, a.low[k]) for k in range(n) if a.clause[k] == a.clause[start]):
        return None  # "my skin's very light sensitive" (on isotretinoin): the skin, not the eye
    if label in EYE_EMERGENCY_LABELS and a.low[max(0, start - 2):start] in (["make", "you"], ["makes", "you"],
                                                                            ["made", "you"], ["making", "you"]):
        return None  # "my flatmate reckons milia near the eye can make you go blind, is that true?": a claim, not a sign
    if label == "RF_CANCER" and any(a.low[k].startswith("cancer") for k in range(start, end)) and (any(
            a.low[k].startswith("cancer") and k > 0 and a.low[k - 1] in OTHER_CANCERS for k in range(start, end)) or any(
            w in {"chemo", "chemotherapy", "radiotherapy", "screening"} for w in a.low)) and not any(
            a.low[k] in {"skin", "milia", "milium", "spot", "bump", "lump", "mole"} for k in range(max(0, start - 3), end)):
        return None  # "I'm having chemo for bowel cancer, can I still book?", "is prostate cancer screening something you do?"
    if label == "RF_CANCER" and a.low[start] in {"could", "can", "might", "may"} and not {"cancer", "cancerous", "melanoma", "carcinoma", "bcc"} & set(a.low):
        return None  # "could the lump on my shoulder be that too?" asks about cancer only when cancer is named
    if label == "RF_CANCER" and end < n and a.low[end] in CANCER_BODY_NEXT:
        return None  # "your stand at the Cancer Research UK fun run", "my mum's a cancer nurse": a name, not a worry
    return label
