"""The warning signs: which red-flag matches are reports (not questions, negations, someone else's story),
their durations, and the most urgent tier they add up to. Rules over an ``Analysis``; no rasa."""
from __future__ import annotations

import re
from typing import (
    Collection,
    List,
    Optional,
    Sequence,
    Set,
    Tuple,
)

from milia.safety.analysis import Analysis, Mention, eye_spans, in_sentence, sentence_text
from milia.safety.lexicon import (
    BECAME_OR_LOOKS,
    BECAME_WORDS,
    BLOOD_EXCLUDE_NEXT,
    CAME_BACK,
    DEFINITE,
    FINE_NOW_PREV,
    FUTURE_STARTS,
    GROW_EXCLUDE_NEXT,
    HEARSAY_WORDS,
    HOT_EXCLUDE_NEXT,
    HYPO_WEAK_STARTS,
    LIST_FILLERS,
    LIST_LINKS,
    LIST_NEGATORS,
    LIST_WINDOW,
    LOCATIVES,
    NEG_IGNORE_PREV,
    NO_VISION_NEXT,
    NOT_HEALED_MIN_DAYS,
    NOT_TEMPERATURE_NEXT,
    NOT_TEMPERATURE_NEXT_COUNT,
    NOT_TEMPERATURE_PREV,
    NUMBER_WORDS,
    ORDINALS,
    OTHER_PEOPLE,
    PAIN_NOT_A_PAIN,
    PASSED_ON_NEXT,
    PAST_MARKERS,
    PAST_SELF_VERB,
    PHRASE_NEGATED_LABELS,
    PLAIN_NEGATORS,
    PLAQUE_WORDS,
    PRODUCT_WORDS,
    PUZZLED_NEXT,
    RESOLVED_CUES,
    RX_BIGGER,
    RX_EYE_WORD,
    RX_LID,
    RX_PAIN,
    RX_RED,
    RX_SPREAD,
    RX_TOOL,
    RX_VISION,
    SELF_NEGATING_LABELS,
    SENTENCE_BREAK,
    SHINY_WORDS,
    STORY_PEOPLE,
    SYMPTOM_WORDS,
    THIRD_PARTY_USERS,
    UNIT_DAYS,
    VESSEL_WORDS,
    WITHOUT_HARM,
)
from milia.safety.patterns import (
    ADMISSIONS,
    AFTER_REMOVAL_REPORTS,
    EMERGENCY_WITH,
    EYEBALL_CONTEXT,
    EYEBALL_WORDS,
    INFECTION_SIGNS,
    INFECTION_WORDS,
    OWN_WORDS,
    RECURRING_PHRASES,
    RED_FLAG_LABELS,
    SEVERITY_WORDS,
    SPOT_WORDS,
    SPREAD_ALONE_WORDS,
    SQUEAMISH_WORDS,
    TIER_OF,
    TIER_ORDER,
    UNWELL_BARE_NEXT,
    UNWELL_BARE_VERBS,
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
ILLNESSES = frozenset({"flu", "covid", "covid-19", "virus", "bug", "tonsillitis", "cough", "chest", "sinusitis", "norovirus", "throat"})
HARMLESS_WORDS = frozenset({"harmless", "benign", "normal", "age-related", "nothing", "fine", "ok", "okay"})
# Pain told without naming the eye: "hurting deep inside", "hurts so bad" (only beside the eye)
EYE_UNNAMED_PAIN = frozenset({"inside", "behind", "bad", "badly", "much", "kind", "sort", "type"})
SELF_PRONOUNS = frozenset({"himself", "herself", "myself", "themselves", "yourself"})
# The last word of a sign that counts only beside picking or another sign ("not himself", "not making sense")
ONLY_BESIDE_WORDS = SELF_PRONOUNS | {"sense", "day", "year", "month"}
# A sign the visitor puts down to something else in its sentence: "(nothing to do with milia)"
UNRELATED_PHRASES = tuple(f"{lead} {what}" for lead in ("nothing to do with", "not to do with", "unrelated to", "not related to")
                          for what in ("milia", "the milia", "my milia", "them", "the spots", "my spots", "picking", "my skin",
                                       "the skin"))
# An eye sign given an ordinary cause in the same sentence: "sunglasses in the house trying them on for my
# holiday", "drew the curtains to have a nap", "puffy from crying", "a lazy eye", "the optician put drops in"
BENIGN_EYE_CAUSES = ("for my holiday", "for holiday", "to have a nap", "for a nap", "from crying", "lazy eye", "is cracked",
                     "widen my pupils", "dilate", "new glasses", "new specs", "new contacts", "new contact lenses",
                     "new prescription", "get used to them", "getting used to them", "dilating drops", "dilated",
                     "eye test", "from the ointment", "the ointment", "from the numbing", "from hay fever", "from hayfever")
# Puffy eyes given an everyday cause in the same sentence: "my eyes are a bit puffy from sneezing"
SWELL_EYE_CAUSES = ("from sneezing", "from a cold", "with a cold", "from crying", "hay fever", "hayfever", "from no sleep",
                    "from lack of sleep", "from allergies", "my allergies")
# ... and, for grit, stinging or soreness only (never sight, light or an eye that will not open), an everyday irritant
MILD_EYE_CAUSES = ("from staring at screens", "from staring at a screen", "from screens", "from the screen",
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
# ... and eye pain put down to migraines: "bright light hurts my eyes because of my migraines, always has done"
MIGRAINE_PHRASES = ("because of migraines", "because of my migraines", "from migraines", "from my migraines", "with my migraines",
                    "when i get migraines", "when i have a migraine")
LIFELONG_PHRASES = ("since i was a kid", "since i was a child", "since i was little", "since i was young",
                    "since i was a teenager", "since childhood", "all my life", "my whole life", "always had",
                    "since birth", "for years and years", "for years", "for decades", "because of migraines",
                    "because of my migraines", "from migraines", "from my migraines", "always have", "nothing new",
                    "isnt new", "isn't new", "not new", "not changed", "haven't changed", "havent changed", "since i was a baby",
                    "during an attack", "like that forever", "same as always", "as it always does", "just the prescription",
                    "just my prescription", "my old glasses", "need new glasses")


# "is it sore", "a bit sore", "will it be sore": "sore" as a feeling, never "a sore"
SORE_AS_A_FEELING = frozenset({"it", "is", "be", "feel", "feels", "felt", "bit", "very", "so", "too", "really", "that", "not",
                               "slightly", "little", "abit", "quite", "was", "get", "gets"})

HYPOTHETICALLY = frozenset({"hypothetically", "hypothetical", "theoretically", "hypothetic"})
# What the visitor looks at, told as smeared or wavy: "the picture's all smeared" (a sign only beside the eye)
SCREEN_WORDS = frozenset({"picture", "screen", "telly", "tv", "words", "text", "page", "writing", "print"})
SMEARED = frozenset({"smeared", "smeary", "smudged", "smudgy", "fuzzy", "wavy", "warped", "wobbly", "distorted", "swimming"})
# Bleeding at the clinic's removal: "she said it bled a tiny bit at the clinic"
CLINIC_BLEED = ("at the clinic", "after a professional", "after the treatment", "after the procedure", "during the treatment",
                "during the procedure", "after the removal", "during the removal")
# Someone else's story told as the reason for asking: "my sister once got a needle in her eye ... and ended up in A&E,
# so I'm not going anywhere near mine", "my friend ... got a nasty infection. That's exactly why I'm coming to you"
STORY_MARKERS = ("ended up in", "that 's why", "that 's exactly why", "thats why", "which is why", "that is why", "scared me off",
                 "put me off", "has scared me", "which scared me")
# The eye told by its parts: "the white bit", "the coloured bit", "the ball of it", "the bit you see with"
EYE_PART_WORDS = frozenset({"white", "coloured", "colored", "ball", "black", "clear", "see"})
# "nicked it. not the lid": told after a slip or a nick
SLIP_WORDS = frozenset({"nicked", "caught", "hit", "scratched", "poked", "touched", "slipped", "jabbed", "went", "stabbed",
                        "scraped", "grazed"})
GROWING_NOT_A_SPOT = frozenset({"kids", "toddler", "prices", "price", "business"})
# "now I can't see", "can't see at all", "can't see, it's all white": what may follow a bare "can't see"
CANT_SEE_NEXT = frozenset({"", ".", ",", "!", "?", "...", ";", ":", "-", "now", "anymore", "at", "and", "either", "since",
                           "after", "then", "a", "with", "from", "outta", "out", "through", "properly"})

# "the eye itself is fine", "eyeball's ok": what throbs or hurts is the skin round the eye
_EYE_ITSELF_FINE = re.compile(
    r"\b(eye\s+itself|eyeball\s+itself|eyeball)('s|\s+is|\s+feels|\s+seems)\s+(totally\s+|completely\s+|perfectly\s+)?"
    r"(fine|ok|okay|normal|unaffected|alright|all\s+right|not\s+sore|not\s+painful|not\s+hurting)\b", re.IGNORECASE)

def _durations_days(a: Analysis, sentence: int) -> List[float]:
    """Durations named in the sentence, and in a short next one that only dates it ("... in ages. like 3 months")."""
    days = _sentence_durations(a, sentence)
    following = [a.low[k] for k in range(len(a.low)) if a.sentence[k] == sentence + 1]
    if following and len(following) <= 6 and following[0] in {"like", "about", "around", "for", "maybe", "over", "nearly",
                                                              "almost", "probably", "been", "roughly", "at"}:
        days += _sentence_durations(a, sentence + 1)
    return days


def _sentence_durations(a: Analysis, sentence: int) -> List[float]:
    days: List[float] = []
    for start, end in a.spans("DURATION"):
        if a.sentence[start] != sentence:
            continue
        words = a.low[start:end]
        if len(words) == 1:
            m = re.match(r"^(\d+)([a-z]+)$", words[0])
            if m:
                days.append(float(m.group(1)) * _unit_days(m.group(2)))
            else:
                days.append(1.0)  # yesterday / today
            continue
        if words[0] in {"since", "for", "been", "over", "in", "back"}:
            days.append(float(NOT_HEALED_MIN_DAYS))
            continue
        if words[0] in {"last", "this"}:
            days.append({"week": 7.0, "month": 30.0, "year": 365.0}.get(words[-1], 1.0))
            continue
        ordinal = re.match(r"^(\d+)(st|nd|rd|th)$", words[0])
        if words[0] in ORDINALS or ordinal:
            nth = ORDINALS.get(words[0]) or int(ordinal.group(1))  # type: ignore[union-attr]
            days.append((nth - 1) * _unit_days(words[-1]) + 1)
            continue
        if words[0] in {"few"}:
            continue  # too vague to rule out a red flag
        qty = float(words[0]) if words[0].isdigit() else NUMBER_WORDS.get(words[0], 0.0)
        if qty:
            days.append(qty * _unit_days(words[-1]))
    return days


def _unit_days(unit: str) -> float:
    for prefix, value in UNIT_DAYS:
        if unit.startswith(prefix):
            return value
    return 1.0


def red_flag_spans(a: Analysis, self_mentions: Sequence[Mention]) -> List[Tuple[str, int, int]]:
    found: List[Tuple[str, int, int]] = []
    n = len(a.low)
    past_self = {
        a.sentence[m.start] for m in self_mentions
        if not m.negated and PAST_SELF_VERB.search(a.low[m.start])
    }
    any_self = {a.sentence[m.start] for m in self_mentions if not m.negated}
    echoed = _echoed_sentences(a, past_self, any_self)
    idiom = a.covered.get("EYE_IDIOM", set())
    # "these look like whiteheads": an appearance, not the eye looking (``EYEBALL_CONTEXT``)
    not_eyes = idiom | {k for k in range(n - 1) if a.low[k] in {"look", "looks", "looked", "looking"}
                        and a.low[k + 1] in {"like", "as"}}
    for label in RED_FLAG_LABELS:
        for start, end in a.spans(label):
            sent_of_start = a.sentence[start]
            # "red, spreading outward every day" is one sign across a comma; "pinkish-red, slightly bigger" is not
            crosses = label in CROSS_CLAUSE_LABELS or (
                label == "RF_SPREAD" and any(re.match(RX_SPREAD, w) for w in a.low[start:end])) or (
                label == "RF_SPREAD" and a.low[start + 1:start + 2] in (["line"], ["lines"], ["streak"], ["streaks"])) or (
                label == "RF_EYE_PAIN" and any(a.low[k] == "," and a.low[k + 1] in {"it", "its", "it's"} for k in range(start, end - 1))) or (
                label == "RF_CANCER" and "(" in a.low[start:end]) or (  # "little red lines (veins?) running across it"
                label == "RF_EYE_INJURY" and a.low[start] in {"pupil", "pupils"}) or (  # "my pupil looks weird, like a different shape"
                label == "RF_EYE_INJURY" and a.low[end - 6:end - 4] == ["into", "the"])  # "went in further, right into the corner of the eye"
            # "i think i got my eye, it really really hurts": "it" is the eye
            # "Red streak. Goes from my jaw down my neck.": a line told as short typed lines
            streak = label == "RF_SPREAD" and a.low[start:start + 2] in (["red", "streak"], ["red", "line"], ["red", "streaks"],
                                                                         ["red", "lines"]) and a.sentence[end - 1] == a.sentence[start] + 1
            if not a.same_clause(start, end) and not (crosses and a.sentence[start] == a.sentence[end - 1]) and not streak:
                continue  # a list may spread one sign over commas: "it scabs, falls off, then comes back"
            if label == "RF_EYE_PAIN" and "," in a.low[start:end] and set(
                    a.low[start + a.low[start:end].index(","):end]) & (PLAIN_NEGATORS | {"isnt", "arent", "dont", "doesnt"}):
                continue  # "a bump on my eyelid, its not sore"
            nxt = a.low[end] if end < n else ""
            if label == "RF_HOT" and (nxt in HOT_EXCLUDE_NEXT or {"while", "whilst"} & set(a.low[max(0, start - 4):start])):
                continue  # "a hot flannel", "while the skin's warm and soft" (a condition, not a sign)
            if label == "RF_GROW" and nxt in GROW_EXCLUDE_NEXT:
                continue
            if label == "RF_GROW" and set(a.low[start:end]) & {"odd", "weird", "strange", "funny"} and not (
                    CHANGE_CUES & {a.low[k] for k in range(n) if a.sentence[k] == sent_of_start}):
                continue  # "they look a bit odd though" (not "it's started to look odd")
            if label == "RF_EYE_TROUBLE" and a.low[start:end] == ["gritty"] and nxt in {"scrub", "face", "facial", "exfoliating",
                                                                                      "exfoliant", "cleanser", "exfoliator", "paste", "texture",
                                                                                      "feel", "sugar", "salt"}:
                continue  # "a gritty face scrub"
            if label == "RF_VISION" and nxt in {"about", "regarding", "online", "on"} and a.low[end - 1] in {"anything", "it", "that"}:
                continue  # "I couldn't see anything about the body on your prices page"
            if label == "RF_VERY_UNWELL" and a.low[start:end] == ["faint"] and nxt in FAINT_ADJECTIVE_NEXT and not (
                    start > 0 and a.low[start - 1] in FEEL_WORDS):
                continue  # "a faint red line", "faint but it's definitely there" (not "felt faint but")
            if label == "RF_INFECT" and a.low[max(0, start - 2):start] in (["were", "an"], ["was", "an"], ["be", "an"]) and (
                    WORRY_WORDS & {a.low[k] for k in range(start) if a.sentence[k] == sent_of_start}):
                continue  # "I was worried the milk spots were an infection"
            if label == "RF_GROW" and a.low[start].startswith("grow") and PEOPLE_GROWING & set(a.low[max(0, start - 3):start]) and (
                    nxt in {"so", "up", "taller", "older", "lots", "loads"} or a.low[end:end + 2] == ["a", "lot"]):
                continue  # "my son has grown so much since his milk spots"
            if label == "RF_SWELL" and "size" in a.low[start:end] and sent_of_start not in any_self and not any(
                    re.match(RX_EYE_WORD, a.low[k]) or re.match(RX_LID, a.low[k]) for k in range(n) if a.sentence[k] == sent_of_start) and any(
                    a.sentence[s] == sent_of_start for lab in ("RF_CANCER", "RF_GROW") for s, _ in a.spans(lab)):
                continue  # "now in October it's about twice the size ... tiny red lines over it": growth (a GP sign), not swelling
            if label == "RF_BLEED" and start > 0 and a.low[start - 1] == "bad" and a.low[start] == "blood":
                continue  # "my nan said milia were caused by bad blood"
            if label == "RF_CANCER" and nxt in MAKEUP_WORDS:
                continue  # "a pearly highlighter", "pearly eyeshadow"
            if label == "RF_FLASHES" and a.low[start:end] == ["glitter"] and ({"were", "was", "like", "as", "thought"} & set(
                    a.low[max(0, start - 2):start]) or nxt in {"shadow", "eyeshadow", "liner", "eyeliner", "makeup", "make-up", "nail",
                                                                "polish", "palette", "pen", "gel"}):
                continue  # "my friend thought my milia were glitter"
            if label == "RF_BLEED" and TRAUMA_WORDS & set(a.low[start - 8:end + 8] if start >= 8 else a.low[:end + 8]) and any(
                    a.low[k] in HEALED_WORDS and not PLAIN_NEGATORS & set(a.low[max(0, k - 2):k]) and "n't" not in a.low[max(0, k - 2):k]
                    for k in range(len(a.low)) if a.sentence[k] == sent_of_start):
                continue  # "caught it with my razor, it bled a bit but healed in a couple of days"
            if label == "RF_BLEED" and (any_self or in_sentence_phrase(a, start, ("came out", "pricked", "popped", "squeezed"))) and (
                    in_sentence_phrase(a, start, STOPPED_AT_ONCE)) and not (
                    in_sentence_phrase(a, start, ("but now", "again", "keeps", "still", "every day"))):
                continue  # "bled a tiny bit when I pricked it and stopped straight away": the prick, not a spot that bleeds
            if label in {"RF_HOT"} | FEVER_LABELS and nxt in {"after", "from"} and WARM_CAUSES & set(a.low[end:end + 5]):
                continue  # "my face feels hot after a hot flannel"
            if label == "RF_GROW" and a.low[start].startswith("look") and start > 0 and a.low[start - 1] == "just":
                continue  # "it doesn't hurt or bleed, just looks odd": nothing else about it
            if label == "RF_EYE_PAIN" and a.low[start] in {"hurt", "damage", "harm"} and a.low[max(0, start - 2):start] in (
                    [m, y] for m in ("can", "could", "will", "would", "might") for y in ("you", "u", "they")):
                continue  # "can you hurt my eye with the tool?": a question about the treatment
            if label == "RF_GROW" and a.low[start].startswith("look") and PICTURE_WORDS & set(a.low[max(0, start - 4):start]):
                continue  # "the pics online all look different"
            if label == "RF_VISION" and a.low[start].startswith("blur") and nxt in PICTURE_WORDS | {"photo", "selfie", "selfies", "pics"}:
                continue  # "blurry pics sorry"
            if label == "RF_PUS" and (a.low[start + 1:start + 3] == ["or", "no"] or a.low[max(0, start - 2):start] == ["or", "no"]):
                continue  # "pus or no pus in milia?": what milia are like
            if label == "RF_EYE_TROUBLE" and (a.low[end - 2:end] == ["by", "itself"] or a.low[end:end + 2] == ["by", "itself"]) and (
                    {"went", "gone", "go", "goes"} & set(a.low[start:end])):
                continue  # "the one near my eye went by itself": the milium went away
            if label == "RF_SWELL" and not any_self and a.low[start - 1:start] in (["slightly"], ["bit"], ["little"]) and (
                    in_sentence_phrase(a, start, ("for ages", "for years", "for months", "for a long time"))):
                continue  # "had a bump on my eyelid for ages, slightly puffy": a long-standing bump, no sign of infection
            if label == "RF_SWELL" and a.low[start] == "lopsided" and {"edge", "shape", "irregular", "round"} & {
                    a.low[k] for k in range(n) if a.sentence[k] == a.sentence[start]}:
                continue  # "used to be round but now it's got an irregular edge, kind of lopsided": its shape (a GP's)
            if label == "RF_VERY_UNWELL" and a.low[start] == "mottled" and nxt in {"brown", "black", "grey", "gray", "tan"}:
                continue  # "gone from white to a mottled brown and black": the spot's colour (a GP's)
            if label == "RF_CANCER" and a.low[start] == "thread" and {"legs", "leg", "thighs", "ankles", "calves"} & set(a.low[end:end + 4]):
                continue  # "thread veins on my legs": not on a spot
            if label == "RF_GROW" and a.low[start].startswith("grow") and ((PEOPLE_GROWING | GROWING_NOT_A_SPOT) & {
                    a.low[k] for k in range(max(0, start - 3), start)} and (
                        nxt not in {"a", "an", "another", "some", "this"} or a.low[end:end + 2] == ["a", "lot"])
                    or a.low[end:end + 2] == ["like", "weeds"]):
                continue  # "they're growing like weeds", "my toddler is growing so fast", "your prices have grown"
            if label == "RF_CANCER" and a.low[start] == "cancer" and nxt in {"check", "checks", "screening", "screenings", "clinic",
                                                                          "specialist", "follow", "follow-up", "mapping"}:
                continue  # "do you offer skin cancer checks?", "at my skin cancer follow-up": a service, not their spot
            if label == "RF_SPREAD" and {"your", "the"} & set(a.low[max(0, start - 8):start]) and in_sentence_phrase(
                    a, start, ("after your treatment", "after the treatment", "after treatment")) and sent_of_start not in any_self:
                continue  # "After your treatment, does the redness spread?": a question about the clinic's treatment
            if label == "RF_BLEED" and a.sentence[start] not in any_self and in_sentence_phrase(a, start, CLINIC_BLEED):
                continue  # "she said it bled a tiny bit at the clinic, is that normal after a professional removal?"
            if label == "RF_VISION" and "without" in a.low[end:end + 2] and {"glasses", "specs", "contacts", "lenses"} & set(
                    a.low[end:end + 4]):
                continue  # "my husband can't see well without his glasses"
            if label == "RF_PERSISTENT" and a.low[start:end] == ["sore"] and start > 0 and a.low[start - 1] in SORE_AS_A_FEELING:
                continue  # "how much and is it sore": how it feels, not a sore that won't heal
            if label == "RF_VISION" and a.low[end - 1] == "see" and (nxt not in CANT_SEE_NEXT or not any_self and not any(
                    re.match(RX_EYE_WORD, w) or re.match(RX_LID, w) for w in a.low)):
                continue  # "I can't see them any more", "can't see why", "the font's tiny, I can't see": not a loss of sight
            if _told_without_the_eye(a, label, start, end) and not any(
                    re.match(RX_EYE_WORD, w) or re.match(RX_LID, w) or w in EYEBALL_CONTEXT | {"looks"}
                    for k in range(n) if sent_of_start - 1 <= a.sentence[k] <= sent_of_start + 1 for w in [a.low[k]]):
                continue  # "can't get it to open", "went into the pink bit", "a dark patch in the middle": only beside the eye
            if label in {"RF_VISION", "RF_FLASHES"} and a.low[start] == "everything" and in_sentence(a, sent_of_start, PICTURE_WORDS):
                continue  # "everything looks misty in the photos of my skin"
            if label in FEVER_LABELS and a.sentence[start] not in any_self and not a.spans("BABY_AGE") and _other_illness(a, start):
                continue  # "I've had a fever this week from flu, can I still come Monday?" (a baby's fever always counts)
            if a.sentence[start] not in any_self and _professional_said_harmless(a, start):
                continue  # "the doctor said my eye floaters are age-related and harmless"
            if a.sentence[start] not in any_self and in_sentence_phrase(a, start, UNRELATED_PHRASES):
                continue  # "Bright light hurts my eyes when I get migraines (nothing to do with milia)"
            if label in BENIGN_CAUSE_LABELS and a.sentence[start] not in any_self and in_sentence_phrase(a, start, BENIGN_EYE_CAUSES):
                continue  # "I drew the curtains to have a nap", "sunglasses on indoors trying them on for my holiday"
            if label == "RF_SWELL" and a.sentence[start] not in any_self and not a.spans("BABY_AGE") and in_sentence_phrase(
                    a, start, SWELL_EYE_CAUSES):
                continue  # "I've got a stinking cold and my eyes are a bit puffy from sneezing"
            if label in MILD_CAUSE_LABELS and a.sentence[start] not in any_self and in_sentence_phrase(a, start, MILD_EYE_CAUSES):
                continue  # "my eyes are tired and gritty from staring at screens", "they sting when it runs into them"
            if label in MILD_CAUSE_LABELS and a.sentence[start] not in any_self and in_sentence_phrase(a, start, MIGRAINE_PHRASES):
                continue  # "bright light hurts my eyes because of my migraines"
            if label in LIFELONG_LABELS and a.sentence[start] not in any_self and in_sentence_phrase(a, start, LIFELONG_PHRASES):
                continue  # "I've had the same floaters since I was a kid, my optician knows"
            if label == "RF_VERY_UNWELL" and any(a.low[k].startswith("heart") for k in range(start, end)) and (
                    {"thinking", "thought", "nervous", "anxious", "scared", "excited"} & set(a.low[end:end + 5])):
                continue  # "my heart's racing just thinking about the needle lol"
            if label == "RF_EYE_TROUBLE" and a.low[end - 1] in {"watering", "streaming"} and not any(
                    a.sentence[start] - k in any_self for k in (0, 1, 2)):
                continue  # "my eyes won't stop watering from hay fever": only after picking near the eye
            if label == "RF_EYE_INJURY" and a.low[start] == "not" and not (any(
                    a.low[k] in SLIP_WORDS for k in range(start) if sent_of_start - 1 <= a.sentence[k] <= sent_of_start) and any(
                    re.match(RX_EYE_WORD, w) or re.match(RX_LID, w) for k, w in enumerate(a.low) if a.sentence[k] <= sent_of_start + 1)):
                continue  # "not the skin" counts only after a slip or a nick near the eye
            if label == "RF_EYE_INJURY" and a.low[end - 1] == "in" and (re.match(RX_TOOL, a.low[start]) or a.low[start] == "it") and not (
                    end == n or nxt in SENTENCE_BREAK | {",", "and", "so", "now", "ouch", "ow", "omg"}) and not any(
                    a.low[k:k + 3] in (["not", "the", "skin"], ["not", "the", "lid"], ["not", "my", "skin"])
                    for k in range(end, n) if a.sentence[k] <= sent_of_start + 1) and not any(
                    a.low[k] == "into" and {"eye", "eyeball", "cornea"} & set(a.low[k + 1:k + 6])
                    for k in range(end, n) if a.sentence[k] == a.sentence[start]):
                continue  # "the needle went in a bit" (how deep, not the eye), "the pin went in and out"
                # (not "went in too far, right into the white of my eye")
            if label == "RF_EYE_INJURY" and a.low[start] in {"in", "into"} and not (
                (start == 0 or a.low[start - 1] in SENTENCE_BREAK) and (nxt in SENTENCE_BREAK or end == n)
            ):
                continue  # "In my eye." on its own after "the needle went in", not "milia in my eye area"
            if label == "RF_EYE_INJURY" and a.low[start] in EYEBALL_WORDS and (
                (LOCATIVES | {"of", "to"}) & set(a.low[max(0, start - 2):start])
            ) and not any(re.match(RX_TOOL, w) or w in {"white", "cornea", "eyeball"} for w in a.low[start:end]):
                continue  # "the spot near my eye is bleeding", "corner of my eye is bleeding": not the eye itself
            if label == "RF_EYE_TROUBLE" and (a.low[end:end + 2] == ["in", "size"] or nxt in PRODUCT_WORDS | VESSEL_WORDS or not (any(
                in_sentence(a, a.sentence[start] - k, EYEBALL_CONTEXT, skip=not_eyes) for k in (0, 1, 2)
            ) or any(a.sentence[start] - k in any_self and any(a.sentence[s] == a.sentence[start] - k for s, _ in eye_spans(a))
                     for k in (-1, 0, 1, 2)))):
                continue  # "the pain is unbearable" about a cheek is not an eye emergency; "help my
                # eye!! it went straight in" is; "keep an eye on it, it has doubled in size" is not; "dug at her
                # eyelid with a needle. Since then she keeps bumping into things" is
            if label == "RF_EYE_INJURY" and a.low[start + 1:start + 2] == ["it"] and not any(
                    a.low[k] in EYEBALL_WORDS for k in range(start) if a.sentence[k] == a.sentence[start]):
                continue  # "scratched it with the tweezers" is the eye only when the eye was named before it
            if label == "RF_EYE_INJURY" and a.low[end - 1] == "it" and not any(
                    a.low[k] in EYEBALL_WORDS for k in range(start + 1) if a.sentence[start] - 2 <= a.sentence[k]):
                continue  # "ow my eye. got the needle in it" (not "got the needle in it" about a spot)
            if label == "RF_CANCER" and a.low[start:end] == ["pearly"] and (a.spans("BABY_AGE") or {"baby", "babies", "newborn",
                    "newborns", "daughter", "son"} & set(a.low)) and not {"edge", "edges", "border", "rim"} & set(a.low):
                continue  # "our daughter has tiny pearly dots on her nose ... milk spots on newborns?": how milia look
            if label == "RF_CANCER" and a.low[end - 1] in SHINY_WORDS and a.low[start] in BECAME_OR_LOOKS and not any(
                    a.low[k] in SPOT_WORDS for k in range(start) if a.sentence[k] == a.sentence[start]):
                continue  # "my skin looks shiny after the cream" (not "the bump near my hairline looks shiny")
            if label == "RF_VISION" and a.low[start] in {"no", "without", "zero", "nil"} and nxt in NO_VISION_NEXT:
                continue  # "no vision problems", "without any sight issues": a sign denied, not a loss of sight
            if any(a.low[k] == "without" and a.low[k + 1] in WITHOUT_HARM for k in range(max(0, start - 2), end - 1)):
                continue  # "how do I do my lash line without hurting my eye?" (never "without any vision")
            if label == "RF_EYE_TROUBLE" and a.low[end - 1] == "out" and nxt in {"to", "there", "for", "at", "in", "here", "of", "on",
                                                                                "the", "today", "tomorrow", "tonight"}:
                continue  # "I couldn't make it out to the clinic"
            if label == "RF_VERY_UNWELL" and a.low[end - 1] == "up" and nxt in {"to", "there", "for", "early", "at", "in", "here"}:
                continue  # "she can't get up to the clinic"
            if label == "RF_EYE_INJURY" and a.low[start:end - 1] == ["it"] and nxt in {"my", "his", "her", "their", "our", "your", "off", "away", "back"}:
                continue  # "it slipped my mind to ask about the eyelid ones"
            if label == "RF_EYE_TROUBLE" and start > 0 and a.low[start - 1] == "point" and a.low[start] == "blank":
                continue  # "refuses point blank to see a doctor"
            if label == "RF_EYE_TROUBLE" and a.low[start] in {"like", "as"} and {"look", "looks", "looked", "looking", "appear", "appears",
                                                                                "came", "out", "popped", "hard", "firm", "solid"} & set(
                    a.low[max(0, start - 4):start]):
                continue  # "they look a bit like grains of sand": how the bumps look, not grit in the eye
            if label == "RF_EYE_TROUBLE" and a.low[start] in {"like", "as"} and a.low[end:end + 3] in (
                    ["under", "the", "skin"], ["beneath", "the", "skin"], ["in", "the", "skin"], ["under", "my", "skin"]):
                continue  # "little white bumps under my eye, like grains of sand under the skin": how milia feel
            if label == "RF_EYE_PAIN" and any(a.low[k].startswith("pain") and a.low[k + 1:k + 2] and a.low[k + 1] in PAIN_NOT_A_PAIN
                                              for k in range(start, end)):
                continue  # "a low pain threshold and even an eyebrow threading session has me in tears"
            if label == "RF_EYE_TROUBLE" and any(s <= start < e for s, e in a.spans("RF_CANCER")):
                continue  # "little red squiggles running across the top of the lump": vessels on a spot (a GP)
            if label == "RF_SWELL" and a.low[start] == "puffy" and nxt in {"bit", "bits", "part", "area", "skin"} and a.low[
                    end + 1:end + 2] in (["under"], ["below"], ["beneath"], ["of"], ["round"], ["around"]):
                continue  # "the puffy bit under my eye": a place, not a swelling
            if label == "RF_FLASHES" and a.low[start] in {"see", "seeing", "sees"} and a.low[end - 1] in {"dots", "specks", "flecks", "blobs"} and (
                    nxt in {"on", "around", "round", "under", "all"}):
                continue  # "I can see black dots on my nose": blackheads, not floaters
            if label == "RF_FEVER" and start > 0 and a.low[start - 1] in {"hay", "glandular", "scarlet"}:
                continue  # "hay fever makes me rub my eyes"
            if label == "RF_FEVER" and (nxt in TEMPERATURE_CHECK_NEXT or _said_normal(a, end)):
                continue  # "he had a temp check at the health visitor today and it was normal"
            if label in {"RF_HOT", "RF_FEVER"} and set(a.low[start:end]) <= MILD_WARMTH and _normal_temperature_only(a) and (
                    a.sentence[start] not in any_self):
                continue  # "teething and a bit warm, 37.8": a temperature below 38 stated
            if label == "RF_CANCER" and _asks_to_treat(a, start, end):
                continue  # "do you treat thread veins on legs as well as milia?": a service asked about
            if any(a.low[k:k + 2] == ["used", "to"] and a.sentence[k] == sent_of_start for k in range(max(0, start - 6), start - 1)) and (
                    in_sentence(a, sent_of_start, RESOLVED_WORDS)):
                continue  # "spots that used to bleed years ago but they've been fine for ages"
            if set(range(start, end)) & idiom and a.sentence[start] not in any_self and nxt != "itself":
                continue  # "your website caught my eye" (not "I caught my eye with the plasma pen")
            if label == "RF_SPREAD" and a.low[start] in SPREAD_ALONE_WORDS and not in_sentence(
                a, a.sentence[start], INFECTION_WORDS
            ) and not any(re.match(RX_RED, a.low[k]) for k in range(len(a.low)) if a.sentence[k] == a.sentence[start]):
                continue  # "they're spreading across my cheeks" is milia spreading, not an infection
            if label == "RF_SPREAD" and start > 0 and a.low[start - 1] in {"tiny", "little", "small", "fine"} and (
                {"lines", "veins", "vessels"} & set(a.low[start:end])
            ):
                continue  # "tiny red lines running across it": blood vessels on a spot (see a GP), not an infection
            if label == "RF_FEVER_NUMBER" and (start > 0 and a.low[start - 1] in NOT_TEMPERATURE_PREV
                                               or nxt in NOT_TEMPERATURE_NEXT
                                               or nxt in NOT_TEMPERATURE_NEXT_COUNT and a.low[start].isdigit()):
                continue  # "I'm 38", "about 40 quid": an age or a price, not a temperature
            if label == "RF_FEVER_NUMBER" and [w for w in a.low[end:end + 2] if w != "-"][:1] in (["something"], ["somethings"]) and not (
                    a.spans("BABY_AGE") or {"temp", "temperature", "thermometer", "fever", "temps", "degrees"} & set(a.low)):
                continue  # "a 40-something bloke": an age
            if label == "RF_FEVER_NUMBER" and (a.low[end:end + 2] == ["or", "so"] or (
                    a.low[start].isdigit() and a.low[max(0, start - 3):start - 1][-1:] and a.low[start - 1] in {"is", "'s"}
                    and a.low[start - 2] in AGE_NOUNS and not a.spans("BABY_AGE")
                    and not {"temp", "temperature", "thermometer", "fever", "temps"} & set(a.low)) or (
                    nxt == "degrees" and WEATHER_WORDS & {a.low[k] for k in range(n) if a.sentence[k] == a.sentence[start]}) or (
                    nxt == "degrees" and a.low[max(0, start - 2):start] == ["it", "was"] and not a.spans("BABY_AGE") and not (
                        {"temp", "temperature", "thermometer", "fever", "temps"} & set(a.low)))):
                continue  # "40 or so spots", "my son is 39", "it was 38 degrees on holiday", "it was 38 degrees every day"
            if label == "RF_VERY_UNWELL" and a.low[start].startswith("keeled") and in_sentence(
                a, a.sentence[start], SQUEAMISH_WORDS
            ):
                continue  # "nearly keeled over at the sight"
            if label == "RF_VERY_UNWELL" and a.low[start].startswith("faint") and in_sentence(
                a, a.sentence[start], SQUEAMISH_WORDS
            ):
                continue  # "the idea of a needle near my eye makes me feel faint", "I nearly fainted at a blood test"
            if label == "RF_VERY_UNWELL" and a.low[start].startswith(("confus", "muddl")) and (
                nxt in PUZZLED_NEXT and {"i", "im", "me"} & set(a.low[max(0, start - 6):start])
                and not (nxt == "about" and a.low[end + 1:end + 2] and a.low[end + 1] in {"where", "who", "when"})
                and not (nxt == "about" and a.low[end + 1:end + 3] in (["what", "day"], ["what", "time"], ["what", "date"],
                                                                       ["what", "year"], ["what", "month"])
                         and a.low[end + 3:end + 4] in (["it"], ["it's"], ["is"]))  # "confused about what day it is"
                or a.low[start] == "confusing" or not (any_self or _other_signs(a))
            ):
                continue  # "I'm confused, what's the difference?", "confused about the prices": puzzled, not unwell
            if label == "RF_VERY_UNWELL" and "think" in a.low[start:end] and nxt in PUZZLED_NEXT:
                continue  # "I can't think straight about which treatment to pick": undecided, not unwell
            if label == "RF_VERY_UNWELL" and a.low[end - 1] in ONLY_BESIDE_WORDS and not (any_self or any(
                    s != start and (a.low[end - 1] in SELF_PRONOUNS or lab not in {"RF_PERSISTENT", "RF_VERY_UNWELL"})
                    for lab in RED_FLAG_LABELS for s, _ in a.spans(lab))):
                continue  # "he's not himself since the flu": a sign only beside picking or another sign
            if label == "RF_VERY_UNWELL" and a.low[start] == "passed" and (
                    nxt in PASSED_ON_NEXT or a.low[start - 1:start] in (["that"], ["which"], ["it"])):
                continue  # "can milia be passed person to person?", "passed down in families", "it stung but that passed"
            if label in EMERGENCY_WITH and a.low[end - 1] in UNWELL_BARE_VERBS and nxt not in UNWELL_BARE_NEXT:
                continue  # "can't think of a reason", "can't stand the look of them"
            if label == "RF_EYE_PAIN" and a.low[end - 1] == "i" and nxt not in {"", ",", ".", "!", "?", "and", "..."}:
                continue  # "pain in the i, it's like a drill" (a typo for the eye), not "the pain when I blink"
            if label == "RF_EYE_PAIN" and any(
                a.low[k].startswith("burn") and {"off", "away"} & set(a.low[k + 1:k + 3]) for k in range(start, end)
            ):
                continue  # "peel pads on the eyelid to burn off milia": removing them, not pain
            if label == "RF_BLEED" and nxt in BLOOD_EXCLUDE_NEXT:
                continue  # "my blood sugar kit"
            if label == "RF_SPREAD" and {"colour", "color", "coloured", "colored"} & set(a.low[start:min(n, start + 3)]) and (
                    "yesterday" not in a.low[start:end]):
                continue  # "it was white, now it is red colour and bigger": the spot changing (a GP), not spreading
            if label == "RF_INFECT" and a.low[end - 1] in {"infections", "infection"} and a.sentence[start] not in any_self and (
                    {"worried", "worry", "worries", "scared", "afraid", "fear", "risk", "nervous"} & set(a.low[max(0, start - 4):start])):
                continue  # "worried about eye infections after watching a documentary": a worry, not a report
            if label == "RF_SWELL" and nxt in {"shape", "shaped"}:
                continue  # "an odd lopsided shape": the spot's shape (a GP), not swelling
            if label == "RF_SWELL" and PLAQUE_WORDS & set(a.low[end:end + 3]):
                continue  # "milia on a red swollen patch" describes milia en plaque
            if label in {"RF_SWELL", "RF_EYE_PAIN", "RF_VISION"} and (
                    label != "RF_VISION" and in_sentence(a, a.sentence[start], ALLERGY_WORDS | EYE_PRODUCTS) or (
                    "from" in a.low[end:end + 2] and SWELL_CAUSES & set(a.low[end + 1:end + 5]))) and a.sentence[start] not in past_self and not (
                    label == "RF_EYE_PAIN" and _severe_eye_pain(a, start, end, False)):
                continue  # "my eyes are puffy in the mornings from hay fever" (not "puffed up after I popped one,
                # looks like an allergic reaction"; nor severe eye pain, whatever the cause)
            if label == "RF_SWELL" and start > 0 and a.low[start - 1] in {"be", "look", "looking"} and (
                {"want", "wanna", "avoid", "worried", "scared"} & set(a.low[max(0, start - 5):start])
            ):
                continue  # "I don't want to be swollen in the photos": a worry about the treatment
            if label == "RF_GROW" and any_self and any(a.sentence[s] == a.sentence[start] for s, _ in eye_spans(a)) and (
                    {"doubled", "tripled", "size"} & set(a.low[start:end])):
                label = "RF_SWELL"  # "the bag under my eye has doubled in size since I went at a milium there"
            if label == "RF_GROW" and a.low[start] in {"flatter", "flattened"} and any_self:
                continue  # "squeezed a couple under my eye ... they just look a bit flatter": what the squeeze did
            if label == "RF_WORST_ILL" and not any_self and in_sentence_phrase(a, start, HANGOVER) and not (
                    INFECTION_WORDS & set(a.low)):
                continue  # "feel like death warmed up after my works do lol": a hangover, nothing picked or infected
            if label == "RF_OOZE" and nxt in {"blood", "bloody"}:
                label = "RF_BLEED"  # "a sore little dip that weeps blood now and then": bleeding (a GP)
            if label != "RF_CANCER" and _someone_elses(a, start):
                continue  # "a horror story online where someone's eyelid swelled up", "I read that a woman went blind"
            if label == "RF_FLASHES" and a.low[start].startswith("flash") and (
                    start > 0 and a.low[start - 1] in {"with", "without", "no", "camera"} or nxt in {"photo", "photos", "on", "off", "sale"}):
                continue  # "in photos with flash my milia look bigger"
            if label == "RF_SWELL" and "size" in a.low[start:end] and not any_self and not eye_spans(a) and not any(
                    a.low[k] in {"since", "after"} and k not in a.covered.get("DURATION", set())
                    for k in range(n) if a.sentence[k] == a.sentence[start]):
                label = "RF_GROW"  # "it's double the size it was in spring": a spot growing, not swelling after picking
            if label == "RF_SPREAD" and a.low[start] in {"redder", "pinker", "angrier"} and not any_self:
                label = "RF_GROW"  # "a bump that has become pinker and larger": a spot changing (a GP), not after picking
            if label == "RF_GROW" and sent_of_start in any_self and any(
                    a.low[k] in {"redness", "red", "pink", "rash"} for k in range(start) if a.sentence[k] == sent_of_start):
                label = "RF_SPREAD"  # "the redness around where I pricked it used to be a dot, now it covers my chin"
            if label == "RF_VISION" and a.low[start] in {"left", "right", "top", "bottom", "one"} and not in_sentence(
                    a, sent_of_start, EYEBALL_CONTEXT):
                continue  # "the left side of the spot is black" is not sight (that needs the eye or seeing beside it)
            if label == "RF_SPREAD" and a.low[start] == "red" and start > 0 and (
                    a.low[start - 1] in BECAME_WORDS or a.low[start - 1] == "to" and "from" in a.low[max(0, start - 4):start]) and (
                    re.match(RX_BIGGER, a.low[end - 1]) and not any_self and not in_sentence(a, sent_of_start, INFECTION_WORDS - {"red", "redness"})):
                label = "RF_GROW"  # "a milium on my neck went dark red and looks bigger": the spot changing (a GP)
            if label == "RF_LIGHT" and any(a.low[k] == "skin" and a.clause[k] == a.clause[start] for k in range(n)) and not any(
                    re.match(RX_EYE_WORD, a.low[k]) for k in range(n) if a.clause[k] == a.clause[start]):
                continue  # "my skin's very light sensitive" (on isotretinoin): the skin, not the eye
            if label in EYE_EMERGENCY_LABELS and a.low[max(0, start - 2):start] in (["make", "you"], ["makes", "you"],
                                                                                    ["made", "you"], ["making", "you"]):
                continue  # "my flatmate reckons milia near the eye can make you go blind, is that true?": a claim, not a sign
            if label == "RF_CANCER" and any(a.low[k].startswith("cancer") for k in range(start, end)) and (any(
                    a.low[k].startswith("cancer") and k > 0 and a.low[k - 1] in OTHER_CANCERS for k in range(start, end)) or any(
                    w in {"chemo", "chemotherapy", "radiotherapy", "screening"} for w in a.low)) and not any(
                    a.low[k] in {"skin", "milia", "milium", "spot", "bump", "lump", "mole"} for k in range(max(0, start - 3), end)):
                continue  # "I'm having chemo for bowel cancer, can I still book?", "is prostate cancer screening something you do?"
            if label == "RF_CANCER" and end < n and a.low[end] in CANCER_BODY_NEXT:
                continue  # "your stand at the Cancer Research UK fun run", "my mum's a cancer nurse": a name, not a worry
            sent = a.sentence[start]
            if label != "RF_CANCER" and _hypothetical_or_watched(a, sent):
                continue  # "what would happen if a needle slipped into your eye?", "saw a TikTok of a lad whose eye swelled shut"
            # "could THIS be cancer?", and any question whether milia are or become cancer: the page
            # does not say, and a GP is the one to ask (issue 11: a GP signpost, never "they aren't harmful")
            own = label == "RF_CANCER"
            # "can you remove a spot that bleeds sometimes / thats been changing colour": the sign
            # describes the visitor's own spot
            own = own or (TIER_OF[label] == "gp" and _describes_a_spot(a, start)) or _admits(a, sent)
            own = own or (label == "RF_FEVER_NUMBER" and bool(a.spans("BABY_AGE")))  # "38 temp? she's 5 weeks old"
            own = own or (TIER_OF[label] == "gp" and _own_spot_subject(a, start))  # "is it bad if MY milia bleeds"
            own = own or in_sentence_phrase(a, start, ("should add", "should mention", "should say"))  # "should add it bleeds"
            happened = label in {"RF_EYE_INJURY", "RF_EYE_TROUBLE"} and any(
                PAST_SELF_VERB.search(w) or w in {"went", "got", "hit", "caught", "burnt", "cut"} for w in a.low[start:end]
            )  # "is it bad if the hyfrecator touched my eyeball"
            # "is it bad if light makes my eye hurt after I pricked one": an eye emergency beside the
            # visitor's own picking is a report, whatever "if" says
            # "can I still come on Friday if the spot I dug out has swollen into a hard lump?"
            happened = happened or (TIER_OF[label] in ("emergency", "urgent") and sent in past_self)
            # "is that still ok if my sight has gone dim since this morning?": dated, so it happened
            happened = happened or (TIER_OF[label] == "emergency" and any(
                a.sentence[s] == sent and (a.low[s] == "since" or s > 0 and a.low[s - 1] == "since")
                for s, _ in a.spans("DURATION")))
            # "is it bad if I see a curtain after picking them", "does pus after a DIY extraction mean
            # infection", "is it normal to see double after having them removed": an emergency or a
            # spreading infection *after* a removal is the visitor's own, whatever the question says
            happened = happened or (
                (TIER_OF[label] in ("emergency", "urgent") and sent in any_self or label in AFTER_REMOVAL_REPORTS)
                and _after_removal(a, sent)
            )
            if not own and sent not in past_self and any(a.sentence[k] == sent and a.low[k] in HYPOTHETICALLY and a.low[k - 1:k] != ["not"]
                                                         for k in range(n)):
                continue  # "ok and hypothetically if the needle slipped near my eye what happens"
            if not (own or happened or sent in echoed) and any(
                a.clause[s] == a.clause[start] and s < start for s, _ in a.spans("HYPO_STRONG")
            ):
                continue  # "what if it gets infected", "can picking cause infection"
            if label == "RF_GROW" and {"nothing", "nothings", "nothing's"} & set(a.low[max(0, start - 4):start]):
                continue  # "nothing about them has changed"
            if label == "RF_EYE_SHUT" and {"keep", "close"} & set(a.low[max(0, start - 2):start]) and (
                {"'d", "would", "will", "'ll", "could"} & set(a.low[max(0, start - 4):start])
            ):
                continue  # "I'd keep my eye closed obviously" (not "I have to keep my eye closed")
            if label == "RF_EYE_TROUBLE" and a.low[start] == "crying" and {"like", "if", "been", "from"} & set(a.low[max(0, start - 3):start]):
                continue  # "swollen like I've been crying for hours", "swollen from crying last night": a look or its cause, not pain
            if label == "RF_EYE_TROUBLE" and "itself" in a.low[start:end] and set(a.low[start:end]) & PLAIN_NEGATORS:
                continue  # "the eye itself isn't sore"
            if label in {"RF_EYE_TROUBLE", "RF_EYE_PAIN"} and _EYE_ITSELF_FINE.search(a.doc.text):
                continue  # "hot and throbbing skin, but the eye itself is fine": the skin round it, not the eye
            if _negated_symptom(a, start, end, label):
                continue  # "never bled or anything"
            if label in INFECTION_SIGNS and (a.low[end:end + 1] == ["gone"] or a.low[end:end + 2] in (
                    ["'s", "gone"], ["has", "gone"], ["is", "gone"])) and "up" not in a.low[end:end + 3]:
                continue  # "Puffiness gone. Thanks so much."
            if label in INFECTION_SIGNS | FEVER_LABELS and _gone_now(a, start):
                continue  # "a bit of swelling for a day, completely gone now", "a temperature last week, that's all gone now"
            if (TIER_OF[label] != "gp" or label == "RF_PERSISTENT") and _resolved(a, start):
                continue  # "had an infection two years ago, long cleared up", "turns out it was just hay fever", "a
                # graze last year, it healed fine" (a spot that bled or grew still needs a GP, healed or not)
            # "Is blurry vision a side effect? I used an extractor pen round my eyes yesterday": asked of their own
            asked_then_told = sent + 1 in past_self and not a.in_sentence("FUTURE", start)
            # "had a go with a needle under my lashes. is it normal to see loads of floating dots?": asked after telling it
            told = [a.low[k] for k in range(n) if a.sentence[k] == sent - 1]
            asked_then_told = asked_then_told or (
                TIER_OF[label] == "emergency" and (sent - 1 in past_self or sent - 1 in any_self and "?" not in told and not (
                    {"will", "gonna", "going", "if", "should", "can", "could", "would"} & set(told))) and not a.in_sentence("FUTURE", start))
            if not (own or happened) and sent not in echoed and _hypothetical(a, start, sent in past_self or asked_then_told):
                continue  # "will there be swelling after the treatment?", "do milia bleed?"
            if label == "RF_NOT_HEALED":
                days = _durations_days(a, sent) + (_durations_days(a, sent + 1) if sent in echoed else [])
                if days and max(days) < NOT_HEALED_MIN_DAYS:
                    continue  # "3 days and it hasn't healed yet"
            # "There's a white spot on my jaw I've never picked. scabbed over" (a spot told before it, nothing picked)
            scabbed_over = a.low[start] in {"scabbed", "crusted"} and a.low[end:end + 1] == ["over"] and not any_self and any(
                a.low[k] in SPOT_WORDS for k in range(start))
            if label == "RF_PERSISTENT" and not _recurring(a, start) and not _new_crusty_spot(a, start) and not scabbed_over:
                # "it keeps crusting", "never goes away" need no duration; "is it normal for a milium to
                # scab? mine has for like 6 weeks" takes the next sentence's
                days = _durations_days(a, sent) + (_durations_days(a, sent + 1) if sent in echoed else [])
                if not days or max(days) < NOT_HEALED_MIN_DAYS:
                    continue  # only "scabbing for 5 weeks", not "a scab"
            if label == "RF_EYE_PAIN" and _severe_eye_pain(a, start, end, sent in any_self):
                label = "RF_EYE_PAIN_SEVERE"
            found.append((label, start, end))
    found.sort(key=lambda f: (f[1], f[2]))
    return found


BOOK_AGAIN = frozenset({"book", "come", "visit", "in", "you", "appointment", "session", "treatment", "it", "that"})
STOPPED_AT_ONCE = ("stopped straight away", "stopped right away", "stopped immediately", "stopped at once", "stopped quickly",
                   "stopped in seconds", "stopped after a few seconds", "stopped after a second")
EYE_EMERGENCY_LABELS = frozenset({"RF_VISION", "RF_EYE_INJURY", "RF_EYE_SHUT", "RF_LIGHT", "RF_FLASHES", "RF_EYE_TROUBLE"})
# A sign from the visitor's younger days is over
YOUNGER_DAYS = ("as a teenager", "as a teen", "as a kid", "as a child", "in my teens", "when i was younger",
                "when i was little", "when i was a kid", "when i was a child", "when i was a teenager", "when i was at school")
# Charities, wards and jobs named after cancer
# Cancers of another organ than the skin: not a worry about a spot
OTHER_CANCERS = frozenset({"bowel", "breast", "prostate", "lung", "lungs", "ovarian", "cervical", "pancreatic", "liver", "kidney",
                           "bladder", "throat", "stomach", "brain", "testicular", "womb", "uterine", "colon", "blood", "thyroid",
                           "bone", "oesophageal", "leukaemia", "leukemia", "lymphoma"})
CANCER_BODY_NEXT = frozenset({"research", "charity", "charities", "support", "ward", "wards", "nurse", "nurses", "shop",
                              "shops", "trust", "centre", "center", "unit", "fundraiser", "fundraising"})


def _gone_now(a: Analysis, start: int) -> bool:
    """A skin sign or a temperature told as gone later in its sentence: "completely gone now", "all gone now",
    "back to normal" (never said of sight: only infection signs and temperatures are read so)."""
    text = " " + " ".join(a.low[k] for k in range(start, len(a.low)) if a.sentence[k] == a.sentence[start]) + " "
    gone = any(f" {p} " in text for p in ("completely gone", "all gone now", "back to normal", "totally gone"))
    return gone and not any(f" {w} " in text for w in ("but now", "again", "worse", "still", "back again"))


def _resolved(a: Analysis, start: int) -> bool:
    """The sign at ``start`` is told as over: "had an infection two years ago, all cleared up",
    "she had a temperature last week but she's fine now", "turns out the 'eye infection' was just hay
    fever". The cue comes after the sign ("turns out ... just" may come before it), is not negated, and
    nothing after it says the sign came back ("cleared up but now it's back")."""
    sentence = a.sentence[start]
    clause = " " + " ".join(w for k, w in enumerate(a.low) if a.clause[k] == a.clause[start]) + " "
    if any(f" {p} " in clause for p in YOUNGER_DAYS) and not any(f" {w} " in clause for w in ("still", "now", "again", "back")):
        return True  # "I had loads of infected spots as a teenager"
    idx = [k for k in range(len(a.low)) if a.sentence[k] == sentence]
    nxt_idx = [k for k in range(len(a.low)) if a.sentence[k] == sentence + 1]
    if nxt_idx and a.low[nxt_idx[0]] in {"that", "it", "this", "she", "he", "which", "all", "they"}:
        idx = idx + nxt_idx  # "... got infected. That all cleared up within a week", "... scratched her eye. She's fine now"
    dated = [k for k in range(len(a.low)) if sentence - 1 <= a.sentence[k] <= sentence + 1]
    for k in idx:
        for cue in RESOLVED_CUES:
            if tuple(a.low[k:k + len(cue)]) != cue or (k > 0 and a.low[k - 1] in PLAIN_NEGATORS | {"not", "never"}):
                continue
            after = {a.low[m] for m in idx if m >= k + len(cue) and not (
                a.low[m] == "again" and a.low[m - 1] in BOOK_AGAIN)}  # "can I book again?" is not the sign back
            rest = [a.low[m] for m in idx if m >= k + len(cue) and a.low[m] not in {",", "."}]
            if rest[:1] == ["but"] and rest[1:2] and rest[1] in {"do", "does", "will", "can", "could", "is", "are", "should", "would"}:
                after = set()  # "all better now, but do milk spots come back?": a question, not the sign back
            if any(a.low[m] == "still" and a.low[m - 1] == "i" and a.low[m - 2] in {"can", "could", "should", "will", "would"}
                   for m in idx if m >= k + len(cue)):
                after = after - {"still"}  # "it cleared completely with drops, can I still have treatment?"
            if CAME_BACK & after:
                continue
            if cue[0] in {"turns", "turned"}:
                if after & {"just", "only", "nothing"}:
                    return True
            elif k > start and not (cue == ("fine", "now") and k > 0 and a.low[k - 1] not in FINE_NOW_PREV) and any(
                    a.low[m] in PAST_MARKERS or re.fullmatch(r"(19|20)\d\d", a.low[m]) for m in dated):
                return True  # and the sentence dates it: "years ago", "last week", "in 2018"
    return False


def _told_without_the_eye(a: Analysis, label: str, start: int, end: int) -> bool:
    """Signs that count only beside the eye, the lid, seeing or looking (this sentence, the one before
    or the one after): "can't get it to open", "it went into the pink bit", "a dark patch in the middle"."""
    words = a.low[start:end]
    if label == "RF_EYE_SHUT":
        return bool({"get", "make", "to"} & set(words))
    if label == "RF_EYE_INJURY" and words[-1] == "in" and (re.match(RX_TOOL, words[0]) or words[0] == "it"):
        return True  # "the pin went in", "it went in"
    if label == "RF_EYE_INJURY":
        return (words[0] in {"went", "go", "goes", "slipped", "jabbed", "poked", "stabbed", "going"}
                or bool(EYE_PART_WORDS & set(words))) and not ({"eye", "eyes", "eyeball", "eyeballs", "cornea"} & set(words))
    if label == "RF_EYE_SHUT" and "blink" in words or label == "RF_VISION" and words[-2:] == ["at", "all"]:
        return True  # "cant even blink", "cant focus at all"
    if label == "RF_EYE_PAIN":
        return bool(EYE_UNNAMED_PAIN & set(words)) and not any(re.match(RX_EYE_WORD, w) or re.match(RX_LID, w) for w in words)
    return label == "RF_VISION" and (words[0] in {"dark", "black", "grey", "gray", "blank", "blind", "missing"} and not any(
        re.match(RX_VISION, w) for w in words) or words[-1] == "see" or words[0] in SCREEN_WORDS and words[-1] in SMEARED)


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
        for j, w in enumerate(words))  # "a cold", never "cold shivers"; "I've got a cold and a bit of a temperature"


def _professional_said_harmless(a: Analysis, i: int) -> bool:
    """The sign at ``i`` is reported as a professional's verdict that it is harmless: "the doctor said
    my eye floaters are age-related and harmless", "my optician told me the flashes are normal"."""
    sentence = a.sentence[i]
    idx = [k for k in range(len(a.low)) if a.sentence[k] == sentence]
    said = [k for k in idx if k < i and a.low[k] in {"said", "says", "told", "tells", "reckons", "confirmed"}
            and any(a.has("PRO_AGENT", j) or a.low[j] in {"optician", "optometrist"} for j in range(max(0, k - 5), k))]
    harmless = [k for k in idx if k > i and a.low[k] in HARMLESS_WORDS]
    negated = {"not", "n't", "nt", "isnt", "arent", "never", "no", "hardly"}
    return bool(said) and bool(harmless) and not any(a.low[k - 1] in negated for k in harmless) and not (
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


def _someone_elses(a: Analysis, i: int) -> bool:
    """The sign at ``i`` is someone else's that the visitor read or heard about: "saw a horror story where
    someone's eyelid swelled up", "I read on a forum that a woman went blind after a salon did hers"."""
    before = a.low[max(0, i - 4):i]
    if {"like", "if"} & set(a.low[max(0, i - 6):i]):
        return False  # "it's like someone's flicking a torch in the corner of my eye"
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
    if not visitor_last and ({"friend", "friends", "mate", "mates", "colleague", "colleagues"} & set(clause) or sentence[:1] in (
            ["she"], ["he"]) and not {"i", "me"} & set(sentence)) and _long_ago(sentence):
        return True  # "a friend of mine scratched her eye with tweezers years ago and ended up in A&E"
    message = " " + " ".join(a.low) + " "
    before_sign = {a.low[k] for k in range(i) if a.sentence[k] == a.sentence[i]}
    if STORY_PEOPLE & set(sentence) and {"said", "says", "told"} & set(sentence) and {"her", "his"} & set(a.low[max(0, i - 3):i]) and not (
            {"my", "me", "i", "mine"} & set(a.low[max(0, i - 3):i])):
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
    return any(f" {p} " in text for p in ("years ago", "year ago", "months ago", "ages ago", "last year", "back in")) and not (
        {"now", "still", "today", "again", "currently", "tonight", "yesterday"} & set(words))


def _describes_a_spot(a: Analysis, i: int) -> bool:
    """A relative clause about one spot just before ``i``: "a spot that bleeds", "a milia thats been
    changing colour" (not "do milia bleed?")."""
    for j in range(max(0, i - 3), i):
        if a.low[j] in {"that", "thats", "that's", "which"} and j > 0 and a.low[j - 1] in SPOT_WORDS:
            return a.clause[j] == a.clause[i]
        # "a bump under my chin that crusts over": one spot, its place between it and "that"
        if a.low[j] in {"that", "thats", "that's", "which"} and any(
                a.low[k] in SPOT_WORDS and a.low[k - 1] in {"a", "an", "one", "this"} and a.clause[k] == a.clause[i]
                for k in range(max(1, j - 5), j - 1)):
            return a.clause[j] == a.clause[i]
    return False


def _own_spot_subject(a: Analysis, i: int) -> bool:
    """The sign at ``i`` is said of the visitor's own spot, named just before it ("is it bad if my milia
    bleeds randomly", "what if my spot is changing colour"), and not of a treatment to come."""
    sent = a.sentence[i]
    if any(a.sentence[s] == sent for label in ("TREATMENT_CTX", "FUTURE") for s, _ in a.spans(label)):
        return False
    return any(
        a.low[k] == "my" and a.clause[k] == a.clause[i] and (a.has("OBJ", k + 1) or a.low[k + 1] in SPOT_WORDS)
        for k in range(max(0, i - 6), i - 1)
    )


def _echoed_sentences(a: Analysis, past_self: Collection[int] = (), any_self: Collection[int] = ()) -> Set[int]:
    """Questions answered by the visitor's own case in the next sentence: "do they bleed on their
    own? mine did this morning", "could light hurting my eye be from the removal? it started
    straight after", "is it infected if pus is coming out? it's where I squeezed one", "how long
    do floaters last? I've had new ones since I was squeezing under my eye" and "what does it mean
    if it's hot and oozing? it's the milium I had removed last week" report the symptom."""
    out: Set[int] = set()
    for k in range(1, len(a.low)):
        if a.sentence[k] == a.sentence[k - 1]:
            continue
        first, second = a.low[k], a.low[k + 1] if k + 1 < len(a.low) else ""
        words = {a.low[j] for j in range(k, len(a.low)) if a.sentence[j] == a.sentence[k]}
        if first in {"i", "i've", "ive"} and a.sentence[k] in any_self and {"since", "after"} & words and not (
                words & (LIST_NEGATORS | {"never", "not", "n't", "no"})):
            out.add(a.sentence[k - 1])  # "I've had one since squeezing a whitehead on my lower lid"
            continue
        if first in {"it", "it's", "its", "this", "that"} and "had" in words and any(
                a.sentence[s] == a.sentence[k] for s, _ in a.spans("CLINIC_PASSIVE")):
            out.add(a.sentence[k - 1])  # "it's the milium I had removed at a clinic last week"
            continue
        mine_negated = bool(set(a.low[k + 1:k + 4]) & LIST_NEGATORS)  # "mine don't hurt": not a report
        # "is it bad if the red keeps getting bigger? I picked it on Monday"
        picked = first in {"i", "i've", "ive"} and bool(PAST_SELF_VERB.search(second)) and a.has("SELF_VERB", k + 1)
        if first in {"mine", "mines", "mine's"} and not mine_negated or picked or (
            first in {"it", "this", "that", "they", "its", "it's"} and second in {"started", "began", "begun", "came"}
        ) or first in {"started", "began"} or (  # "is it still milia if it bleeds when I shave? happens every time"
            (first in {"happens", "happened"} or first in {"it", "this", "that"} and second in {"happens", "happened"})
            and not mine_negated
        ) or (first in OWN_WORDS and a.sentence[k] in past_self):
            out.add(a.sentence[k - 1])
    return out


def _recurring(a: Analysis, i: int) -> bool:
    """A crust or scab that keeps coming: "keeps crusting", "i keep getting a crust", "never goes away"."""
    if {"keeps", "keep", "kept"} & set(a.low[max(0, i - 3):i]):
        return True
    text = sentence_text(a, a.sentence[i])
    return any(phrase in text for phrase in RECURRING_PHRASES)


def _new_crusty_spot(a: Analysis, i: int) -> bool:
    """A crusting spot that is new: "a crusty bump has appeared on my mum's forehead" (a spot that crusts is a GP's,
    however long it has been there; "a scab" alone, after a removal, is not)."""
    if a.low[i] not in {"crusty", "crusted", "scabby", "scabbed"} or a.low[i + 1:i + 2] == [] or a.low[i + 1] not in SPOT_WORDS:
        return False
    return bool({"appeared", "appearing", "developed", "new", "noticed", "popped", "formed", "grown"} & {
        a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[i]})


def _admits(a: Analysis, sentence: int) -> bool:
    """A question that says it happened: "can the needle going in my eye cause damage because it did",
    or is answered so by the next sentence: "if you poke your own eye is that an A&E thing? because I did"."""
    text = sentence_text(a, sentence)
    following = sentence_text(a, sentence + 1)
    return any(phrase in text or following.startswith(phrase) for phrase in ADMISSIONS)


def _after_removal(a: Analysis, sentence: int) -> bool:
    """The sentence places a sign *after* a removal ("after picking", "since the extraction"),
    and asks nothing about the future ("will it swell after the treatment?")."""
    words = [k for k in range(len(a.low)) if a.sentence[k] == sentence]
    if not any(a.low[k] in {"after", "since", "afterwards"} for k in words):
        return False
    if any(a.sentence[s] == sentence for s, _ in a.spans("FUTURE")):
        return False
    if {"risk", "risks", "chance", "chances", "danger", "dangers", "likely"} & {a.low[k] for k in words}:
        return False  # "is there a risk of light sensitivity after laser treatment?"
    if any(a.low[k] == "after" and a.low[k + 1:k + 2] in (["a"], ["an"], ["any"]) for k in words) and not any(
            a.sentence[s] == sentence for label in ("FIRST_PERSON", "SELF_CUE") for s, _ in a.spans(label)):
        return False  # "is blurry vision normal after a milia removal treatment at your clinic?": any removal, in general
    return any(a.sentence[s] == sentence for label in ("REMOVE", "SELF_VERB", "TREATMENT_CTX", "SELF_CUE", "TOOL_USE")
               for s, _ in a.spans(label))




_LID_SWELLING = frozenset({"puffy", "swollen", "puffed", "swelled", "swelling", "puffing", "swolen"})
_PAIN_IN_SO_MANY_WORDS = frozenset({"hurt", "hurts", "hurting", "pain", "painful", "ache", "aches", "burning", "burns",
                                    "stinging", "stings"})


def _severe_eye_pain(a: Analysis, start: int, end: int, after_self_removal: bool) -> bool:
    """Pain in the eye itself (not the lid) that is severe, or that follows picking near it."""
    if after_self_removal and {"concentrate", "function"} & set(a.low[start:end]):
        return True  # "since I used the extractor on my upper lid it's the kind of pain where I can't concentrate"
    inside = EYE_UNNAMED_PAIN & set(a.low[start:end]) and any(  # "my eye. hurting deep inside", "Hurts SO bad. Eye."
        a.low[k] in EYEBALL_WORDS for k in range(len(a.low)) if a.sentence[start] - 1 <= a.sentence[k] <= a.sentence[start] + 1)
    if not EYEBALL_WORDS & set(a.low[start:end]) and a.low[end - 2:end] not in (["the", "i"], ["my", "i"]) and not inside:
        return False
    sentence = a.sentence[start]
    words = {a.low[k] for k in range(len(a.low)) if a.sentence[k] == sentence}
    if _LID_SWELLING & set(a.low[start:end]) and not (_PAIN_IN_SO_MANY_WORDS | SEVERITY_WORDS) & words:
        return False  # "eye lid all puffy and sore after i squeezed": the lid swelling (urgent), no pain told
    worse_than = any(a.low[k:k + 3] in (["worse", "than", "anything"], ["worse", "than", "ever"]) for k in range(start, len(a.low)))
    return after_self_removal or bool(SEVERITY_WORDS & words) or worse_than  # "hurts worse than anything I've had"


def tier_of_labels(labels: Set[str], picked_or_red: bool = False) -> Optional[str]:
    """The most urgent tier among the red-flag labels found (see ``TIER_OF``).

    Feeling very unwell is an emergency beside an infection sign, or beside redness or picking
    named anywhere in the message ("she picked a spot, now it's red all up her face and she's
    confused")."""
    if not labels:
        return None
    if EMERGENCY_WITH & labels and (INFECTION_SIGNS & labels or picked_or_red):
        return "emergency"
    ranked = [TIER_OF[label] for label in labels]
    return min(ranked, key=TIER_ORDER.index)


def _hypothetical(a: Analysis, i: int, past_self_removal: bool) -> bool:
    """The symptom at ``i`` sits in a general or future question, not a report."""
    if past_self_removal:
        return False  # "is it normal for it to be swollen after I squeezed it?"
    prev = a.low[i - 1] if i > 0 else ""
    clauses = {a.clause[i]}
    first = min(k for k in range(i + 1) if a.clause[k] == a.clause[i])
    if first > 0 and a.low[first] in {"or", "and", "&"} and a.sentence[first - 1] == a.sentence[i]:
        clauses.add(a.clause[first - 1])  # "will my face be red OR swollen afterwards": the question goes on
    future = [s for s, _ in a.spans("FUTURE") if a.clause[s] in clauses and s < i]
    sent = a.sentence[i]
    if future and any(a.sentence[s] == sent for s, _ in a.spans("TREATMENT_CTX")):
        return True  # "will my vision be affected during the removal?"
    if a.clause_start_word(i) in FUTURE_STARTS and _asks_an_effect(a, i):
        return True  # "is retinol good for milia? will it make my eyes sting?"
    if _said_of_milia_in_general(a, i):
        return True  # "I read that milia can get infected, is that true?"
    if _asked_whether_it_happens(a, i):
        return True  # "milia bleeding, does that ever happen?"
    if future and not {"stop", "stopped", "stopping"} & set(a.low[future[-1]:i]):
        return prev not in DEFINITE  # "will it hurt my eye" vs "will THE swelling go down"
    start = a.clause_start_word(i)
    if start == "whether" and a.in_sentence("TREATMENT_CTX", i) and not a.in_sentence("REPORT_CUE", i):
        return True  # "can you tell me who does the procedure, whether there's any bleeding"
    if start not in HYPO_WEAK_STARTS or _negated_statement(a, i, start) or _what_i_statement(a, i, start):
        return False
    sent = a.sentence[i]
    in_sentence = lambda label: any(a.sentence[s] == sent for s, _ in a.spans(label))  # noqa: E731
    if start in FUTURE_STARTS and in_sentence("TREATMENT_CTX"):
        return True  # "does it bleed after the treatment?"
    return not (in_sentence("REPORT_CUE") or in_sentence("BABY_AGE"))  # "is it normal that MY eye is swollen?"


_DOES_IT_HAPPEN = ("does that ever happen", "does that happen", "can that happen", "does this ever happen", "is that a thing",
                   "is that even possible", "is that possible", "does it ever happen")


def _asked_whether_it_happens(a: Analysis, i: int) -> bool:
    """A sign named on its own, then asked about: "milia bleeding, does that ever happen?" (not "my milia
    are bleeding, does that happen?")."""
    sent = a.sentence[i]
    words = [a.low[k] for k in range(len(a.low)) if a.sentence[k] == sent]
    after = " ".join(a.low[k] for k in range(i + 1, len(a.low)) if a.sentence[k] == sent)
    return any(q in after for q in _DOES_IT_HAPPEN) and not (
        a.in_sentence("REPORT_CUE", i) or a.in_sentence("FIRST_PERSON", i) or {"my", "mine", "i", "me"} & set(words))


GENERAL_SUBJECTS = frozenset({"milia", "milium", "they", "spots", "cysts", "bumps"})
MAY_VERBS = frozenset({"get", "become", "be", "turn", "go", "also", "sometimes", "easily", "ever", "occasionally", "actually"})


def _said_of_milia_in_general(a: Analysis, i: int) -> bool:
    """What milia can do, said of milia in general: "heard milia can become infected", "apparently they can
    bleed" (not "my milia can get infected easily", "it can't stop bleeding")."""
    modal = next((m for m in range(i - 1, max(0, i - 4) - 1, -1) if a.low[m] in {"can", "could", "may", "might"}), None)
    if modal is None or modal == 0 or a.clause[modal] != a.clause[i] or not set(a.low[modal + 1:i]) <= MAY_VERBS:
        return False
    subject, before = a.low[modal - 1], a.low[modal - 2] if modal > 1 else ""
    return subject in GENERAL_SUBJECTS and before not in {"my", "her", "his", "our", "your", "their", "these", "those"}


def _asks_an_effect(a: Analysis, i: int) -> bool:
    """The clause of ``i`` asks what something would do: "will it make my eyes sting", "would a peel cause
    swelling" (a verb that makes or causes within four words of the opening, and no "I" before it)."""
    words = [a.low[k] for k in range(i) if a.clause[k] == a.clause[i]]
    verb = next((n for n, w in enumerate(words[1:5], 1) if w in {"make", "cause", "give", "leave", "irritate"}), None)
    return verb is not None and not {"i", "we", "ive", "i've", "im"} & set(words[:verb])


def _what_i_statement(a: Analysis, i: int, start: str) -> bool:
    """A clause opening "what I ..." in a sentence that asks nothing is a statement: "what I can see
    through it is smeared", "What I really want to know is why it's grown"."""
    sent = a.sentence[i]
    words = [k for k in range(i + 1) if a.clause[k] == a.clause[i] and a.low[k] == start]
    return start == "what" and bool(words) and a.low[words[0] + 1:words[0] + 2] in (["i"], ["she"], ["he"], ["we"]) and not any(
        a.low[k] == "?" for k in range(len(a.low)) if a.sentence[k] == sent)


def _negated_statement(a: Analysis, i: int, start: str) -> bool:
    """The clause of ``i`` opens with a negated modal and its sentence asks nothing: "couldn't see
    the road signs properly." is a report, not a question like "could it affect my sight?"."""
    sent = a.sentence[i]
    words = [k for k in range(i + 1) if a.clause[k] == a.clause[i] and a.low[k] == start]
    return bool(words) and a.low[words[0] + 1:words[0] + 2] in (["n't"], ["not"], ["nt"]) and not any(
        a.low[k] == "?" for k in range(len(a.low)) if a.sentence[k] == sent)


HYPOTHETICAL_WORDS = frozenset({"hypothetically", "hypothetical", "theoretically", "hypothetic"})
HANGOVER = ("hangover", "hungover", "works do", "work do", "night out", "drunk", "drinking", "pints", "the party", "a party")
MEDIA_WORDS = frozenset({"tiktok", "tiktoks", "instagram", "insta", "facebook", "youtube", "video", "videos", "vid", "reel", "reels",
                         "influencer", "reddit", "documentary", "youtuber"})
SEEING_VERBS = frozenset({"saw", "seen", "watched", "watching", "read", "reading"})
VISITORS_OWN = frozenset({"my", "me", "mine", "myself", "im", "i'm", "ive", "i've", "our", "we", "us", "we're", "mum", "son",
                          "daughter", "baby", "husband", "wife", "partner", "boyfriend", "girlfriend"})


def _hypothetical_or_watched(a: Analysis, sent: int) -> bool:
    """A sign in a sentence that tells no one's own: asked hypothetically ("what would happen if a needle
    slipped into your eye?", "hypothetically, if someone got blurry vision...") or seen in a video or a
    post ("saw a TikTok of a lad whose eye swelled shut after popping his milia")."""
    ks = [k for k in range(len(a.low)) if a.sentence[k] == sent]
    words = [a.low[k] for k in ks]
    if VISITORS_OWN & set(words) or any(w == "i" and (k + 1 >= len(a.low) or a.low[k + 1] not in SEEING_VERBS | {"'ve", "ve"})
                                        for k, w in zip(ks, words, strict=True)):
        return False
    hypothetical = bool(HYPOTHETICAL_WORDS & set(words)) or all(w in words for w in ("would", "happen", "if")) or (
        words[:2] == ["what", "if"])
    return hypothetical or bool(MEDIA_WORDS & set(words)) and bool(SEEING_VERBS & set(words))


NOW_WORDS = frozenset({"today", "tonight", "now", "this", "yesterday", "last", "then", "monday", "tuesday", "wednesday",
                       "thursday", "friday", "saturday", "sunday"})


def _negated_symptom(a: Analysis, start: int, end: int, label: str) -> bool:
    """"never bled", "no pus", "the redness isn't spreading" (not "won't stop bleeding"), and a
    negation across a list: "they don't hurt or bleed", "not sore, red or swollen"."""
    if label in SELF_NEGATING_LABELS or (label == "RF_VERY_UNWELL" and a.low[end - 1] in ONLY_BESIDE_WORDS) or (
            label == "RF_EYE_INJURY" and a.low[start] in {"not", "black"}) or (
            label == "RF_PERSISTENT" and a.low[end:end + 1] == ["over"] and start > 0 and a.low[start - 1] in SENTENCE_BREAK):
        return False  # "he's not himself", "nicked it. not the lid", "I've never picked. scabbed over"
    if label == "RF_VERY_UNWELL" and a.low[end - 1] in {"wee", "wees", "pee", "pees", "urine", "weed", "peed"} and not (
            _list_negated(a, start)):
        return False  # "haven't had a wee since yesterday": the negation is the sign
    if "never" in a.low[max(0, start - 3):start] and any(
            a.low[k] == "before" and a.low[k + 1:k + 2] and a.low[k + 1] in NOW_WORDS for k in range(end, min(end + 3, len(a.low) - 1))):
        return False  # "never had floaters before today": new now, not denied
    if _list_negated(a, start):
        return True
    # A negation inside a phrase like "won't open" or "can't look at" is the symptom itself.
    last = start if label in PHRASE_NEGATED_LABELS else end
    for j in range(max(0, start - 3), last):
        if a.clause[j] != a.clause[start] or a.low[j] not in PLAIN_NEGATORS:
            continue
        if j > 0 and a.low[j - 1] in NEG_IGNORE_PREV:
            continue  # "can't see properly" is the symptom itself
        if not {"stop", "stopped", "stopping", "slow", "settle", "calm"} & set(a.low[j + 1:end]):
            return True  # "won't stop bleeding", "heart won't slow down" are the sign itself
    return False


def _list_negated(a: Analysis, i: int) -> bool:
    """The word at ``i`` is a later item of a negated list ("not sore, red OR SWOLLEN")."""
    for j in range(i - 1, max(-1, i - LIST_WINDOW), -1):
        word = a.low[j]
        if word in {"it", "they", "she", "he"} and j > 0 and a.low[j - 1] in {",", ";"}:
            return False  # "the redness isn't staying put, it's crawling across my cheek": a new clause
        if word in LIST_NEGATORS:
            if a.low[j + 1:j + 2] and a.low[j + 1] in SELF_PRONOUNS:
                return False  # "he's not himself, muddled and sleepy": "not himself" is a sign, not a negation
            return not (j > 0 and a.low[j - 1] in NEG_IGNORE_PREV)  # "can't stand the light" is the symptom
        if word in LIST_LINKS or word in LIST_FILLERS or any(a.has(label, j) or j in a.covered.get(label, ()) for label in RED_FLAG_LABELS):
            continue
        if re.match(RX_PAIN, word) or re.match(RX_RED, word) or word in SYMPTOM_WORDS:
            continue
        return False
    return False
