"""Signs the session-39 look-alikes showed are something else (tuning_214, tuning_216, tuning_219, tuning_226, spent v18).

A cold pack on a puffy lid that still opens; "throbbing" or a sore "eye" that is the skin by the eye; a real camera's flash or
lightning; a smear on glasses, a dirty lens or a steamed mirror told as the cause; a chatbot that "won't answer me properly";
a three-way mirror; a toddler who "screws her eyes shut whenever I put sun cream on her"; "could the pin slip?"; "thought I
was seeing sparkles, but it's just glare"; a dim bathroom; "turn my screen brightness down"; "the milium on my eyelid is big
now" (the milium, not the lid); "a faint line"; "do I shut my eye while she does it?"; a magnifying mirror's bright ring;
"tiny red vessels I can see". Each discard was checked against the tuning half's emergencies, which are also told with
these words ("like someone smeared vaseline on my glasses, except I'm not wearing any" is blurred sight).
"""

from __future__ import annotations

import re
from typing import Set

from milia.safety.analysis import Analysis, sentence_text
from milia.safety.lexicon import RX_TOOL
from milia.safety.patterns import COVERED_EYE_DISTRESS, COVERING_WORDS, SEVERITY_WORDS

_BY_THE_EYE = frozenset({"under", "near", "around", "round", "below", "beneath", "by", "lid", "lids", "eyelid", "eyelids", "area", "beside"})
_NOT_SEVERE_BY_THE_EYE = frozenset({"throbbing", "pounding", "really", "so", "very", "properly", "proper", "loads", "woke", "sharp", "strong"})
# what was really blurring or flashing, told as the cause (session 39): "a greasy smear on my glasses made everything foggy till I
# wiped them", "the smudge in my vision turned out to be a fingerprint on my glasses", "pics came out fuzzy cos my phone camera lens
# was dirty", "half my face was missing in the mirror from all the shower steam" (not "like a smear on glasses except I'm not
# wearing any", "like looking through a steamed up bathroom mirror": a likeness for blurred sight)
_SMEAR_WAS_IT = re.compile(r"\b(turned out|till i (wiped|cleaned)|until i (wiped|cleaned)|once i (wiped|cleaned)|lens was (dirty|mucky|smudged)"
                           r"|came out (fuzzy|blurry|blurred)|from (all )?the (shower )?steam|because of the steam|cos of the steam)\b")
# a flash told as a likeness, not a real camera: "like a camera flash went off in the corner of my eye", "see a flash like a photo being
# taken" (session 39)
_FLASH_LIKENESS = re.compile(r"\b(like|as if|as though)( a| an| the| someone 's| someone's| someone)?( tiny| little| big| bright)?"
                             r" (camera|photo|flash|photographer|torch|paparazzi)")
_SMEAR_WAS_NOT_IT = frozenset({"but", "except", "isnt", "not", "n't", "nt", "still", "even", "only"})


def drop_look_alike_signs(a: Analysis) -> None:
    """Forget the matches the look-alikes above showed are not the sign."""

    def sentence_words(s: int) -> Set[str]:
        return {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]}

    a.discard("RF_EYE_TROUBLE", lambda s, e: bool(COVERING_WORDS & set(a.low[s:e])) and not COVERED_EYE_DISTRESS & {
        a.low[k] for k in range(len(a.low)) if abs(a.sentence[k] - a.sentence[s]) <= 1})  # "Holding a cold flannel on it" (session 39)
    # session 39 (spent v18, tuning_217): "does a spot need seeing if it's hot and throbbing", "my lids throbbing and swollen",
    # "the place I picked near my eye is throbbing", "under eye is swollen and sore": the skin by the eye, not the eye itself
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s:e] == ["throbbing"] and any(
        a.low[k] in {"eye", "eyes"} and _BY_THE_EYE & set(a.low[max(0, k - 2):k]) for k in range(max(0, s - 4), s)))
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s:e] == ["throbbing"] and (not {"eye", "eyes", "eyeball"} & set(a.low) or bool(
        {"lid", "lids", "eyelid", "eyelids"} & sentence_words(s)) and not {"eye", "eyes", "eyeball", "shut", "closed", "open"} & sentence_words(s)))
    for label in ("RF_EYE_PAIN", "RF_EYE_TROUBLE"):
        a.discard(label, lambda s, e: a.low[s] in {"eye", "eyes"} and bool(_BY_THE_EYE & set(a.low[max(0, s - 2):s])) and not (
            (SEVERITY_WORDS - _NOT_SEVERE_BY_THE_EYE) & {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]}))
    # session 39 (tuning_216, tuning_219, tuning_214's leftovers): a real camera's flash or lightning; a smear on glasses or a lens;
    # a mirror steamed up; "a faint line"; "do I shut my eye while she does it?"; "a magnifying mirror with a bright ring"
    a.discard("RF_FLASHES", lambda s, e: set(a.low[s:e]) <= {"flash", "camera", "the", "a", "bright", "phone", "big"} and bool(
        {"photo", "photos", "selfie", "photographer", "thunderstorm", "storm", "lightning", "thunder", "took", "taking"} & sentence_words(s))
        and not _FLASH_LIKENESS.search(sentence_text(a, a.sentence[s])))
    for label in ("RF_VISION", "RF_FLASHES", "RF_EYE_TROUBLE"):
        a.discard(label, lambda s, e: bool(_SMEAR_WAS_IT.search(sentence_text(a, a.sentence[s]))) and not _SMEAR_WAS_NOT_IT & sentence_words(s))
    # session 39, second round (tuning_226): false alarms of the first round's rules and older ones
    a.discard("RF_VERY_UNWELL", lambda s, e: bool({"answer", "answering", "respond", "responding"} & set(a.low[s:e])) and bool(
        {"chatbot", "bot", "site", "website", "receptionist", "reception", "email", "emails", "app"} & sentence_words(s)))
    a.discard("RF_VISION", lambda s, e: "two" in a.low[s:e] and bool(re.search(r"three ?-? ?way|\bmirrors\b", sentence_text(a, a.sentence[s]))))
    for label in ("RF_EYE_SHUT", "RF_LIGHT"):  # "my toddler screws her eyes shut whenever I put sun cream on her", "i keep my eye
        # screwed tight shut when i pick at the one on my lid"
        a.discard(label, lambda s, e, label=label: (label == "RF_EYE_SHUT" or bool({"shut", "closed", "tight"} & set(a.low[s:e]))) and (any(
            a.low[k] in {"when", "while", "whenever"} and a.low[k + 1:k + 2] in (["i"], ["she"], ["he"], ["you"], ["we"]) and a.low[k + 2:k + 3] in (
                ["pick"], ["picks"], ["put"], ["puts"], ["do"], ["does"], ["use"], ["uses"], ["try"], ["apply"], ["squeeze"], ["squeezes"])
            for k in range(s, min(e + 3, len(a.low))))))
    a.discard("RF_EYE_INJURY", lambda s, e: bool({"iris", "pupil"} & set(a.low[s:e])) and bool(
        {"selfie", "photo", "photos", "picture", "pic", "camera"} & sentence_words(s)) and not any(re.match(RX_TOOL, w) for w in sentence_words(s)))
    for label in ("RF_EYE_INJURY", "RF_EYE_TROUBLE"):  # "Could the pin slip? Nothing's happened", "Would a plasma pen slip into my eye if I did"
        a.discard(label, lambda s, e: bool({"slip", "slips"} & set(a.low[s:e])) and "?" in sentence_words(s) and bool(
            {"could", "would", "can", "will", "might", "if"} & sentence_words(s)))
    for label in ("RF_FLASHES", "RF_VISION", "RF_EYE_TROUBLE"):  # "Thought I was seeing sparkles ..., but it's just glare off my phone"
        a.discard(label, lambda s, e: bool(re.search(r"\bthought (i|she|he) (was|saw)\b.*\bbut (it 's|it is|it was|its|it's) (just|only)\b",
                                                    sentence_text(a, a.sentence[s]))))
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s:e] in (["blob"], ["spot"], ["dot"], ["blobs"]) and "flash" in a.low and bool(
        {"photo", "photos", "camera", "selfie", "picture"} & set(a.low)) and not _FLASH_LIKENESS.search(" ".join(a.low)))
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s:e] == ["dim"] and a.low[e:e + 1] in (
        ["bathroom"], ["room"], ["light"], ["lighting"], ["lamp"], ["bulb"], ["kitchen"], ["bedroom"], ["corner"]))
    for label in ("RF_VISION", "RF_EYE_TROUBLE"):  # "turn my screen brightness right down"
        a.discard(label, lambda s, e: a.low[s] == "brightness" and a.low[s - 1:s] in (["screen"], ["phone"], ["display"], ["laptop"]))
    a.discard("RF_SWELL", lambda s, e: a.low[s] in {"eyelid", "lid", "lids", "eyelids"} and s >= 2 and a.low[s - 2] == "on")  # "the milium on my eyelid is big now"
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s:e] == ["faint"] and a.low[s - 1:s] in (
        ["a"], ["the"], ["same"], ["some"], ["few"], ["these"], ["those"], ["my"], ["very"]))
    for label in ("RF_EYE_TROUBLE", "RF_EYE_SHUT"):
        a.discard(label, lambda s, e: a.low[s - 2:s] in (["do", "i"], ["should", "i"], ["shall", "i"], ["can", "i"]) and "while" in a.low[s:e + 2])
    a.discard("RF_VISION", lambda s, e: a.low[s:e] == ["bright", "ring"] and bool({"mirror", "lamp", "light", "built", "magnifying"} & sentence_words(s)))
    a.discard("RF_VISION", lambda s, e: a.low[s] == "see" and a.low[s - 2:s] == ["i", "can"] and bool(
        {"vessels", "veins", "bump", "spot", "lump"} & sentence_words(s)))
    # third round (tuning_229, tuning_230: look-alikes of the second round's phrases): "my cat keeps swatting at the air", "my nose
    # gets shiny round the edges by 11am, really oily skin", "my silver necklace has gone a funny dark colour", "I had to shut my
    # eyes through the whole YouTube video", "the sky is too bright for a decent photo", "nans lamp flickers every time the fridge
    # kicks in", "a game with a really flashy screen", "a gig with strobe lights", "Do flashes or floaters ever happen after milia
    # removal near the eye? ... nothing has happened to me"
    a.discard("RF_FLASHES", lambda s, e: a.low[s] in {"swatting", "swats", "swatted", "swat", "batting", "grabbing", "waving", "clutching"} and bool(
        {"cat", "cats", "kitten", "dog", "dogs", "puppy", "pet"} & sentence_words(s)))
    a.discard("RF_CANCER", lambda s, e: a.low[s] in {"shiny", "glossy"} and bool({"oily", "greasy", "oil", "sebum", "sweaty"} & sentence_words(s)))
    a.discard("RF_GROW", lambda s, e: a.low[s] in {"gone", "turned", "going", "turning"} and a.low[e - 1] in {"colour", "color", "shade"} and not (
        {"spot", "spots", "bump", "bumps", "lump", "mole", "milium", "milia", "one", "mark", "patch", "it", "they", "them"}
        & sentence_words(s)))
    for label in ("RF_EYE_SHUT", "RF_LIGHT"):
        a.discard(label, lambda s, e: a.low[s] in {"had", "have", "has"} and a.low[s + 1:s + 2] == ["to"] and a.low[e:e + 1] in (
            ["through"], ["during"], ["for"], ["while"], ["at"]) and a.low[e - 1] in {"eye", "eyes"})
        a.discard(label, lambda s, e: {"too"} & set(a.low[s:e]) and a.low[e:e + 1] in (["for"], ["to"]) and not {"eye", "eyes"} & sentence_words(s))
    a.discard("RF_FLASHES", lambda s, e: a.low[s] in {"flickers", "flicker", "flickering", "flashes"} and a.low[s - 1:s] in (
        ["lamp"], ["light"], ["bulb"], ["screen"], ["tv"], ["telly"], ["candle"], ["torch"], ["sign"]) and not (a.low[e:e + 1] == ["in"] and bool(
        {"eye", "eyes", "vision", "sight"} & set(a.low[e:e + 5]))))  # the lamp flickers, not the sight ("little light flashes in my eye": session 45)
    a.discard("RF_FLASHES", lambda s, e: a.low[s:e] in (["flashy"], ["strobe"], ["strobes"]) and a.low[e:e + 1] in (
        ["screen"], ["screens"], ["game"], ["games"], ["lights"], ["car"], ["sign"], ["outfit"]) and not {"eye", "eyes"} & sentence_words(s))
    a.discard("RF_SPREAD", lambda s, e: a.low[s] in {"creeps", "crept", "creeping", "crawls", "crawled", "crawling", "spreading", "spread"} and bool(
        {"milia", "milium", "spots", "bumps", "dots", "seeds"} & set(a.low[max(0, s - 6):s])) and not any(
        re.match(r"^(red|redness|redder|angry|hot|swollen|pus)$", a.low[k]) and a.low[k - 1:k] not in (["no"], ["not"])
        for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]))  # "my newborn's milia seem to have crept a bit further - no redness"
    a.discard("RF_FLASHES", lambda s, e: a.low[s:e] == ["glitter"] and a.low[e:e + 1] in (
        ["make"], ["makeup"], ["make-up"], ["eyeshadow"], ["polish"], ["nail"], ["nails"], ["gel"], ["spray"], ["liner"]))
    for label in ("RF_FLASHES", "RF_VISION", "RF_EYE_TROUBLE", "RF_EYE_INJURY", "RF_LIGHT"):
        a.discard(label, lambda s, e: "?" in sentence_words(s) and bool(re.search(
            r"\bnothing (has|'s|s) happened (to me|yet)\b|\bnothing happened (to me|yet)\b|\bhave n't (started|tried) yet\b"
            r"|\bhaven't (started|tried) yet\b",
            " ".join(a.low))))
    # session 44, third round (tuning_365, tuning_366, tuning_369): "one of those gritty under-eye scrubs" (a product, not the eye feeling
    # gritty); "outer corner of my eye has a milium, i nicked it with a needle but nothing came out. all fine" (the milium nicked); "which one
    # swells less?" (the clinic's methods compared)
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s] in {"gritty", "scratchy"} and bool({"scrub", "scrubs", "exfoliator", "exfoliant", "exfoliators", "cream",
                                                                                          "paste", "mask", "polish", "scrubbing"} & set(a.low[e:e + 4])))
    a.discard("RF_EYE_INJURY", lambda s, e: "it" in a.low[s:e] and not {"eye", "eyeball", "eyes"} & set(a.low[s:e]) and _last_named_is_a_spot(a, s) and bool(
        re.search(r"\b(all fine|nothing came out|no harm|fine now|all good)\b", " ".join(a.low))))
    a.discard("RF_GROW", lambda s, e: a.low[s] in {"growing", "grown", "grew", "grow"} and a.low[s + 1:s + 2] in (["a"], ["my"], ["his"], ["her"], ["out"]) and bool(
        {"beard", "moustache", "mustache", "fringe", "hair", "nails", "tash", "goatee"} & set(a.low[s + 1:s + 4])))  # "Growing a beard for Movember"
    a.discard("RF_SWELL", lambda s, e: a.low[e:e + 1] in (["less"], ["more"], ["least"], ["most"]) and bool(
        {"which", "difference", "compare", "versus", "vs"} & sentence_words(s)))


def _last_named_is_a_spot(a: Analysis, start: int) -> bool:
    """Of the eye and the spot, the one named last before ``start`` is the spot: "my eye has a milium, i nicked it"."""
    for k in range(start - 1, max(-1, start - 15), -1):
        if a.low[k] in {"eye", "eyeball", "eyes"} and a.low[k + 1:k + 2] not in (["has"], ["have"], ["lid"], ["area"], ["corner"]):
            return False
        if a.low[k] in {"milium", "milia", "spot", "bump", "cyst", "one", "whitehead", "dot", "lump"}:
            return True
    return False


def drop_nicked_things(a: Analysis) -> None:
    """"Your leaflet was so pretty I nicked it from the waiting room", "I nicked it, the hosepipe" (stolen or cut, not a milium: session 44,
    tuning_370); kept: "I nicked it with a needle", a milium or the eye named in the sentence."""
    a.discard("SELF_VERB", lambda s, e: a.low[s] == "nicked" and a.low[s + 1:s + 2] == ["it"] and a.low[s + 2:s + 3] in (
        ["from"], ["for"], [","], ["off"], ["."], ["when"], [], ["'"], ['"'], ["’"], ["about"]) and not {
        "milia", "milium", "spot", "bump", "one", "eyelid", "lid", "whitehead"} & {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]}
        or a.low[s] == "nicked" and a.low[s + 1:s + 2] == ["it"] and bool(re.search(  # "I nicked it for a week (dont tell her)", "so I nicked it 🙈" (tuning_384)
            r"\b(cream|serum|lotion|bottle|jar|tube|saying|for a week|dont tell|do n't tell)\b", sentence_text(a, a.sentence[s]))))
    # "love anything shimmering, but the glitter ends up everywhere including my face" (tuning_384): craft glitter
    a.discard("RF_FLASHES", lambda s, e: a.low[s] in {"glitter", "glittery", "shimmering"} and bool(re.search(
        r"\b(ends up|everywhere|jewellery|jewelry|craft|crafts|cards|make jewellery|i make)\b", sentence_text(a, a.sentence[s]))))


_NOTHING_PICKED = re.compile(r"\b(have n't|havent|have not|not|nobody has|no one has|never|nobody 's|nobody) (touched|picked|squeezed|popped)\b"
                            r"|\bnothing 's been (picked|touched)|\bnothing has been (picked|touched)|\bwhich nobody\b")
_UNWELL_LABELS = ("RF_VERY_UNWELL", "RF_WORST_ILL", "RF_FEVER")


def drop_unwell_with_nothing_picked(a: Analysis) -> None:
    """Feeling unwell for another reason, nothing picked and no infection told ("off school with a tummy bug and is very sleepy ... milia on
    her nose which nobody has touched", "I'm pregnant and feel sick and dizzy ... I haven't touched them myself"), or afraid of feeling ill
    ("I get a bit woozy around needles so I'm wondering if I'll feel ill during it"): session 45, tuning_411."""
    text = " ".join(a.low)
    infected = any(a.spans(label) for label in ("RF_INFECT", "RF_SPREAD", "RF_PUS", "RF_OOZE", "RF_HOT", "RF_SWELL", "RF_STREAK"))
    for label in _UNWELL_LABELS:
        a.discard(label, lambda s, e: not infected and bool(_NOTHING_PICKED.search(text)))
        a.discard(label, lambda s, e: bool(re.search(r"\baround needles\b|\b(wondering|worried|worry) (if|whether) (i 'll|i will|ill)\b",
                                                    sentence_text(a, a.sentence[s]))))


def drop_fear_and_other_things_kept_open(a: Analysis) -> None:
    """"I go all hot and shivery just thinking about needles" (a fear); "The chemist can't keep it open on Sundays", "my umbrella, can't keep it
    open in this wind" (no eye named anywhere): session 44, tuning_378."""
    for label in ("RF_FEVER", "RF_HOT", "RF_VERY_UNWELL"):
        a.discard(label, lambda s, e: bool(re.search(r"\b(just )?(thinking about|the thought of|the idea of|at the thought)\b", sentence_text(a, a.sentence[s]))))
    a.discard("RF_EYE_SHUT", lambda s, e: "open" in a.low[s:e + 1] and "it" in a.low[s:e] and {"keep", "kept", "keeping"} & set(a.low[s:e]) and not bool(
        {"pain", "painful", "hurts", "sore", "agony", "blink", "stings"} & set(a.low)) and not a.spans("EYE") and not any(
        re.match(r"^(eyes?|eyelids?|lids?|ey)$", w) for w in a.low))
