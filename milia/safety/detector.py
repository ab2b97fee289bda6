"""Deterministic safety detector for milia messages.

``detect(text)`` tells whether a visitor talks about removing milia themselves
(``self_removal``), about the eye area (``eye_area``), reports a warning sign
(``red_flag``), says they will NOT touch them (``negated``) or asks how the
clinic removes them (``clinic_removal``).

How it works: a blank English spaCy tokenizer plus one ``Matcher`` finds
*concepts* (removal verbs, self cues, tools, negation cues, eye words, red-flag
symptoms, ...). ``PATTERNS`` below is the single source of truth for those
token patterns; ``save_pipeline`` writes the very same patterns into an
``entity_ruler``. Small rules then combine the concepts per clause (negation
scope, who does the removing, hypothetical questions, durations).

This module must not import rasa. spaCy is imported lazily, and the pipeline
is built on first use and cached.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Dict, FrozenSet, List, Optional, Sequence, Set, Tuple, Union

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.tokens import Doc

FLAGS: Tuple[str, ...] = ("self_removal", "eye_area", "red_flag")

# --------------------------------------------------------------------------
# Lexicon (regular expressions on the lower-cased token text)
# --------------------------------------------------------------------------
# Verbs that on their own mean physically attacking a spot.
RX_SELF_VERB = (
    r"^(sq(u|w)?e{1,2}[sz]{1,2}e?(s|d|ed|ing|in)?|squ?ea[sz]e?(s|d|ing)?|squish\w*"
    r"|pop|pops|popped|popping|poping|popin|poppin|poped"
    r"|pick|picks|picked|picking|pickin|picing|pickd"
    r"|prick|pricks|pricked|pricking"
    r"|lance|lances|lanced|lancing|lanse"
    r"|scratch|scratches|scratched|scratching|scratchin|scrach\w*"
    r"|dig|digs|digging|diggin|dug|gouge\w*"
    r"|poke|pokes|poked|poking|prod|prods|prodded|prodding"
    r"|scrape|scrapes|scraped|scraping|pinch|pinched|pinching"
    r"|pierce|pierced|burst|bursting|puncture|punctured|puncturing"
    r"|zap|zaps|zapped|zapping|microneedled|microneedling)$"
)
# Removal words that need a self cue ("myself", "at home", a home tool, ...).
RX_REMOVE = (
    r"^(remove|removes|removed|removing|removin|removal|removals|removel|remov|remve|remvoe"
    r"|rmove|remoove|extract|extracts|extracted|extracting|extraction|extractions|exract\w*"
    r"|extrat\w*)$"
)
RX_TAKE = (
    r"^(get|gets|getting|gettin|got|take|takes|taking|took|pull|pulls|pulled|pulling"
    r"|cut|cuts|cutting|shave|shaved|shaving|push|pushed|pushing)$"
)
RX_REFLEXIVE = (
    r"^(myself|yourself|ourselves|herself|himself|themselves|meself|myslef|mysef|urself"
    r"|yourselves|my-self)$"
)
RX_DIY = r"^(diy|d\.i\.y\.?|diy'?ing|diy'd)$"
RX_TOOL = (
    r"^(needles?|needel|neddle|pins?|tweezers?|tweasers?|tweezzers|extractors?|lancets?"
    r"|blades?|scalpels?|razors?|razer|knife|knives|fingernails?|nails?|scissors)$"
)
RX_USE = r"^(use|used|uses|using|usin|useing)$"
HOME_AGENT = (
    r"^(friend|friends|mate|mates|sister|sis|brother|mum|mom|mam|mummy|dad|bf|boyfriend|gf|girlfriend"
    r"|partner|husband|hubby|wife|nan|gran|auntie|aunt|cousin|flatmate|housemate|daughter|son)$"
)
RX_TRIED = r"^(try|tried|trying|tryed|tryin|attempted|attempting)$"
# Negation cues for the removal verb that follows them (same clause).
RX_NEG = (
    r"^(not|n't|nt|never|neva|without|instead|rather|than|stop|stopped|stopping|avoid|avoiding"
    r"|scared|afraid|frightened|terrified|nervous|refuse|refusing|no|nope|resist|resisting"
    r"|wont|dont|didnt|shouldnt)$"
)
# Somebody other than the visitor doing the removing.
RX_PRO_AGENT = (
    r"^(dermatologists?|derms?|dermo|clinics?|practitioners?|doctors?|dr|nurses?|gps?"
    r"|professionals?|professionally|therapists?|clinicians?|specialists?|surgeons?|who"
    r"|aestheticians?|estheticians?|beauticians?|cosmetologists?|facialists?|salons?|spas?|experts?)$"
)
RX_YOU = r"^(you|u|ya|your|yours|y'all)$"
RX_CLINIC_DONE = r"^(removed|extracted|taken|done|treated|lanced|zapped|cauteri[sz]ed|sorted)$"
RX_HYFRECATOR = r"^(h[iy]p?h?f?recat\w*|hyfercat\w*|cauteri[sz]\w*|electrolysis|diathermy)$"
RX_PRODUCT = (
    r"^(creams?|serums?|retinol|retinoids?|retin-a|exfoliat\w*|scrubs?|acids?|peels?|lotions?"
    r"|ointments?|gels?|products?|moisturi[sz]ers?|cleansers?|toners?|masks?|oils?|tretinoin"
    r"|adapalene|differin|vitamin|aha|bha|glycolic|salicylic|lactic|prescription|medication"
    r"|medicine|topical)$"
)
RX_NONREMOVAL_OBJ = (
    r"^(makeup|make-up|mascara|eyeliner|foundation|number|numbers|details|detail|data|name"
    r"|email|callback|call|booking|appointment|info|information|skincare|account|messages?"
    r"|form|request)$"
)
# A milia reference after a self verb ("pop THEM", "pick ONE", "squeeze the white bit").
RX_OBJ = (
    r"^(them|em|'em|it|one|ones|milia|milias|milium|miliums|milea|millia|mila|mine|those|these"
    r"|bumps?|spots?|cysts?|lumps?|white|whiteheads?|heads?|bits?|things?|little|tiny|seeds?"
    r"|grains?|pimples?|zits?|lot|all|some|couple|few|several|both|another|any"
    r"|at|off|out|away)$"
)
# ...or something before an object-less self verb ("the spot I squeezed", "after picking").
RX_CTX_BEFORE = (
    r"^(where|after|since|from|spot|spots|place|area|bit|bump|bumps|one|ones|skin|site|milium"
    r"|milia)$"
)
RX_EYE_WORD = (
    r"^(eye|eyes|eys|eyez|eyse|eyeys|eyelid|eyelids|eylid|eylids|eyeleds?|eyelash|eyelashes"
    r"|lash|lashes|lashline|undereye|undereyes|periorbital|peri-orbital|periocular|orbital"
    r"|eyebags?|eyeballs?|eyeline|waterline|waterlines|eyebrow|eyebrows|crowsfeet|browbone)$"
)
RX_LID = r"^(lids?|lid's)$"
LID_MODIFIERS = ["my", "upper", "lower", "left", "right", "her", "his", "your", "top", "bottom",
                 "eye", "both", "inner", "outer", "the"]
RX_PAIN = (
    r"^(hurt|hurts|hurting|hurtin|pain|pains|painful|sore|soreness|ache|aches|aching|achy"
    r"|sting|stings|stinging|throb\w*|burn|burns|burning)$"
)
RX_VISION = r"^(vision|visions|sight|eyesight|eye-sight)$"
RX_VISION_CHANGE = (
    r"^(gone|going|lost|loss|losing|lose|blur\w*|fuzzy|funny|weird|cloudy|misty|hazy|double"
    r"|worse|worsening|reduced|changed|changing|dim|dimmer|dark|darker|affected|problems?|bad"
    r"|blind|patchy|foggy|wavy|shadow\w*|dark|blotchy|doubled)$"
)
RX_RED = r"^(red|redness|redder|reddish|rash|rashes|streaks?|streaky|streaking)$"
RX_SPREAD = r"^(spread|spreads|spreading|spred\w*|creep\w*|crept|tracking|moving)$"
RX_HEAL = r"^(heal|heals|healed|healing|healin|heald|helaed)$"
RX_NEG_TOKEN = r"^(not|n't|nt|never|no|wont|hasnt|havent|isnt|didnt|doesnt|aint)$"
RX_BIGGER = r"^(bigger|larger|biger|biggr|bigge|wider)$"
RX_NUMBER_UNIT = r"^\d+(days?|wks?|weeks?|months?|mths?|yrs?|years?)$"


def _rx(pattern: str, op: Optional[str] = None) -> Dict[str, Any]:
    spec: Dict[str, Any] = {"LOWER": {"REGEX": pattern}}
    if op:
        spec["OP"] = op
    return spec


def _in(*words: str, op: Optional[str] = None) -> Dict[str, Any]:
    spec: Dict[str, Any] = {"LOWER": {"IN": list(words)}}
    if op:
        spec["OP"] = op
    return spec


def _gap(n: int) -> List[Dict[str, Any]]:
    """Up to ``n`` arbitrary tokens."""
    return [{"OP": "?"} for _ in range(n)]


TokenPattern = List[Dict[str, Any]]

# --------------------------------------------------------------------------
# The single source of truth: concept label -> token patterns.
# Labels starting with ``RF_`` are red-flag symptoms.
# --------------------------------------------------------------------------
PATTERNS: Dict[str, List[TokenPattern]] = {
    "SELF_VERB": [
        [_rx(RX_SELF_VERB)],
        [_rx(r"^(rub|rubs|rubbed|rubbing|scrub|scrubs|scrubbed|scrubbing)$"), *_gap(4), _in("off", "away", "out")],
        [_in("have", "had", "having", "has"), _in("a"), _in("go"), _in("at")],
    ],
    "REMOVE": [
        [_rx(RX_REMOVE)],
        [_in("rid", "ridd")],
        [_rx(RX_TAKE), *_gap(3), _in("out", "off", "away")],
        [_in("do", "doing", "did"), _in("it", "them", "this", "mine", "em", "these", "those", "one")],
        [_in("do", "doing", "did"), _in("the"), _in("same")],
        [_in("do", "doing", "did"), {"OP": "?"}, _in("milia", "milium", "ones", "mila", "millia")],
        # "I cut one open with a blade"
        [_rx(r"^(cut|cuts|cutting|slit|slits|slitting|slice|sliced|slicing|nick|nicked|nicking)$"),
         *_gap(3), _in("open")],
    ],
    "SELF_CUE": [
        [_rx(RX_REFLEXIVE)],
        [_in("my", "your", "her", "his", "our"), _in("own")],
        [_in("at"), _in("home", "hom", "hme", "hoome")],
        [_in("at"), {"ORTH": "-"}, _in("home")],
        [_rx(RX_DIY)],
        [_in("home"), _rx(r"^(remov\w*|extract\w*|surgery|job)$")],
        [_in("self"), {"ORTH": "-", "OP": "?"}, _rx(r"^(remov\w*|extract\w*|treat\w*)$")],
        [_in("at"), _in("her", "his", "my", "their", "a", "mums", "mum's", "friends", "friend's"),
         _rx(r"^(house|flat|place|home)$")],
        # "without going to a clinic", "rather than pay a dermatologist"
        [_in("without"), _rx(r"^(going|seeing|paying|visiting|booking|needing|using)$"), *_gap(2),
         _rx(r"^(clinics?|dermatologists?|derms?|doctors?|professionals?|anyone|salons?|gps?)$")],
        # steaming the face first, then extracting
        [_rx(r"^(steam|steamed|steaming|steamer)$")],
        # someone at home doing it: "my sister wants to extract them", "my friend said she can prick them"
        [_in("my", "her", "his"), _rx(HOME_AGENT)],
        [_in("in", "at"), _in("my", "her", "his", "their", "the", "our"),
         _rx(r"^(kitchen|bathroom|bedroom|lounge|flat|house|living)$")],
    ],
    "TOOL": [
        [_rx(RX_TOOL)],
        [_in("finger"), _rx(r"^nails?$")],
        [_in("nail"), _in("file", "scissors", "clippers")],
    ],
    "TOOL_USE": [
        [_rx(RX_USE), *_gap(3), _rx(RX_TOOL)],
        [_rx(RX_TRIED), *_gap(2), _rx(RX_TOOL)],
        # "prick them with a needle", "going at them with my nails"
        [_in("with"), _in("a", "an", "my", "the", "some", "your", "her", "his", "sterile", "clean", op="?"),
         _rx(RX_TOOL)],
        # "is a lancet ok?"
        [_in("is", "are", "would", "will", "could"), _in("a", "an", "the", "my", op="?"), _rx(RX_TOOL),
         _in("ok", "okay", "safe", "fine", "alright", "better", "good", "work")],
    ],
    "CONSUMER_TOOL": [
        [_in("comedone", "comedo", "blackhead", "blackheads", "pimple", "spot", "zit", "milia"),
         _rx(r"^(extractors?|poppers?|tools?|loops?)$")],
        [_rx(r"^(extraction|extractor|removal|remover|popping)$"),
         _rx(r"^(kits?|tools?|sets?|pens?|devices?|gadgets?)$")],
        [_in("sewing"), _rx(r"^needles?$")],
        [_in("safety"), _rx(r"^pins?$")],
        # gadgets sold for home use
        [_rx(r"^(plasma|fibroblast|cryo|microneedl\w*|ultrasonic|electric|derma|mole|wart|skin)$"),
         _rx(r"^(pens?|devices?|scrubbers?|spatulas?|removers?|machines?|zappers?|rollers?)$")],
        [_rx(r"^(dermapens?|cryopens?|dermaplan\w*|dermarollers?)$")],
        [_in("home", "diy"), _rx(r"^(kits?|devices?|tools?|gadgets?|pens?)$")],
        [_in("heated", "hot", "sterilised", "sterilized", "sterile"), _rx(r"^(needles?|pins?|lancets?)$")],
        [_rx(r"^(needles?|lancets?)$"), _in("gauge", "size")],
    ],
    # Hand tools and gadgets named on their own ("pin or needle for milia?", "got a spot zapper"):
    # the visitor's unless the sentence is about the clinic (``_bare_tool_mentions``).
    "BARE_TOOL": [
        [_rx(r"^(needles?|needel|neddle|pins?|tweezers?|tweasers?|tweezzers|lancets?|scalpels?"
             r"|extractors?|loops?|hyfrecators?|razors?|blades?)$")],
        [_rx(r"^(cautery|cauterising|cauterizing)$"), _rx(r"^(pens?|devices?)$")],
    ],
    # Gadgets sold for use at home: the visitor's unless the sentence asks what the clinic uses.
    "GADGET": [
        [_rx(r"^(zappers?|microneedles?|microneedling|dermapens?|dermarollers?)$")],
        [_rx(r"^(plasma|lancet|zapper|fibroblast|pen)$"), _rx(r"^(pens?|devices?|things?|wands?)$")],
        [_rx(r"^(electric|electrolysis|suction|ultrasonic|laser|spot|home|diy)$"),
         _rx(r"^(things?|devices?|gadgets?|machines?|removers?|pens?|zappers?|tools?|lasers?|kits?|wands?)$")],
        [_in("blackhead", "spot", "pimple", "milia"), _rx(r"^(removers?|suckers?|vacuums?|hoovers?)$")],
        [_rx(r"^kits?$")],
    ],
    # How-to words: "which direction", "what gauge", "how deep" - asking how to do it oneself.
    "HOWTO": [
        [_in("what", "which", "whats", "what's", "wat"),
         _rx(r"^(angle|direction|gauge|setting|settings|depth|size|tool|tools|kind|type)$")],
        [_in("how"), _in("deep", "hard", "far")],
        [_in("best", "better"), _in("tweezers", "needle", "needles", "pin", "pins", "lancet", "lancets", "tool", "tools",
                                    "kit", "gauge")],
        [_in("should"), _in("i"), _rx(r"^(scrub|rub|press|push|dig)$")],
    ],
    "ACQUIRED": [
        [_rx(r"^(got|bought|ordered|ordering|buying|buy|have|has|own|borrowed)$")],
        [_in("off", "from", "on"), _in("ebay", "amazon", "aliexpress", "wish", "temu", "tiktok", "boots", "online")],
        [_in("online")],
    ],
    "TRIED": [[_rx(RX_TRIED)]],
    "NEG": [
        [_rx(RX_NEG)],
        # an alternative to the removal verb that follows: "apart from / besides picking"
        [_in("besides", "except", "excluding", "excepting")],
        [_in("apart", "aside"), _in("from")],
        [_rx(r"^alternatives?$"), _in("to")],
    ],
    "PRO_AGENT": [[_rx(RX_PRO_AGENT)]],
    "FIRST_PERSON": [[_in("i", "me", "my", "mine", "we", "us", "our", "im", "ive", "myself")]],
    "YOU": [[_rx(RX_YOU)]],
    "CLINIC_PASSIVE": [
        [_rx(r"^(have|has|having|had|get|gets|getting|got|be|being|been)$"), *_gap(3),
         _rx(RX_CLINIC_DONE)],
    ],
    "CLINIC_TERM": [
        [_rx(RX_HYFRECATOR)],
        [_rx(r"^(needles?|needel|neddle)$"), _rx(r"^(extraction|extractions|removal)$")],
        [_in("what"), _in("does", "do", "will"), *_gap(3), _rx(r"^(involve|involves|entail)$")],
        [_in("how"), _in("is", "are", "do", "does"), *_gap(2), _in("removed", "extracted", "treated")],
    ],
    "CLINIC_PLACE": [[_in("at", "in", "to"), _in("the", "your", "a", op="?"),
                      _rx(r"^(clinics?|salons?|spas?|surgery|hospital|dermatologists?|derms?)$")]],
    "FUTURE": [
        [_in("will", "wil", "shall", "'ll", "ll")],
        [_in("going"), _in("to")],
        [_in("gon"), _in("na")],
        [_in("gonna")],
    ],
    "PRODUCT": [[_rx(RX_PRODUCT)]],
    "NONREMOVAL_OBJ": [
        [_in("make"), {"ORTH": "-", "OP": "?"}, _in("up")],
        [_rx(RX_NONREMOVAL_OBJ)],
    ],
    "OBJ": [[_rx(RX_OBJ)]],
    "CTX_BEFORE": [[_rx(RX_CTX_BEFORE)]],
    "EYE": [
        [_rx(RX_EYE_WORD)],
        [_in(*LID_MODIFIERS), _rx(RX_LID)],
        [_in("tear", "tears"), _rx(r"^troughs?$")],
        [_in("water"), _in("line")],
        [_in("crows", "crow", "crow's"), {"ORTH": "'s", "OP": "?"}, _in("feet", "foot")],
        [_in("brow", "eyebrow"), _in("bone", "bones")],
        [_in("inner", "outer"), _rx(r"^corners?$")],
        [_in("eye"), _in("bags", "bag")],
    ],
    "EYE_IDIOM": [
        [_rx(r"^(caught|catch|catches|catching)$"), _in("my", "your", "the", "his", "her", "our"), _in("eye")],
        [_rx(r"^(keep|keeps|keeping|kept)$"), _in("an", "a", "close"), _in("eye")],
        [_rx(r"^(keep|keeps|keeping|kept)$"), _in("my", "your", "our"), _in("eye", "eyes"), _in("on", "out", "peeled")],
        [_in("an"), _in("eye"), _in("on", "out")],
        [_in("naked", "birds", "bird's", "public", "blind"), _in("eye")],
        [_in("eye"), {"ORTH": "-", "OP": "?"}, _in("contact", "catching", "opener", "opening", "test")],
    ],
    "REPORT_CUE": [
        [_in("my", "mine", "since", "now", "still", "keeps", "keep", "ive", "im")],
        [_in("i"), _in("'ve", "ve", "'m", "m")],
        [_in("after", "when"), _in("i")],
    ],
    "HYPO_STRONG": [
        [_rx(r"^(if|incase|risk|risks|risky|chance|chances|avoid|avoiding|prevent|preventing|wondering|wonder"
             r"|cause|causes|causing|likely|danger|dangers|possible)$")],
        [_in("in"), _in("case")],
    ],
    "TREATMENT_CTX": [
        [_rx(r"^(treatment|treatments|treated|removal|removed|extraction|extracted|procedure|session"
             r"|appointment|consultation)$")],
        [_rx(RX_HYFRECATOR)],
        [_rx(RX_YOU), _rx(r"^(remove|removes|extract|extracts|take|do|treat)$")],
    ],
    "DURATION": [
        [_rx(r"^(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|couple"
             r"|few|several)$"), _in("of", "-", op="?"),
         _rx(r"^(days?|wks?|weeks?|months?|mths?|yrs?|years?)$")],
        [_rx(RX_NUMBER_UNIT)],
        [_in("yesterday", "today", "tonight")],
        # "since october": at least a month ago, as far as a red flag is concerned
        [_in("for", "been", "over"), _in("months", "ages", "years", "yonks")],
        [_in("since"), _rx(r"^(jan\w*|feb\w*|march|april|may|june|july|aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*"
                             r"|christmas|xmas|easter|summer|spring|autumn|winter|last)$")],
        [_in("last", "this"), _in("night", "morning", "evening", "afternoon")],
    ],
    # ---- red flags ----
    "RF_SWELL": [[_in("twice", "double"), _in("the"), _in("size")],
                 [_rx(r"^(ballooned|ballooning|balloon|puffed|blown|puffing)$"), _in("up")],
                 [_rx(r"^(swollen|swolen|swolln|swelling|sweling|swelled|swell|swells|puffy|puffiness"
                      r"|puffed|puffing|throbbing|throbs|throbbin)$")]],
    "RF_HOT": [
        [_in("is", "feels", "feel", "feeling", "'s", "s", "its", "it's", "and", "red", "really", "very", "so",
             "gone", "burning", "v", "bit"), _in("hot", "warm", "hott")],
        [_in("hot", "warm"), _in("to"), _in("the", op="?"), _in("touch")],
        [_in("hot", "warm", "hott"), _in(",", "and", "&")],
        [_in(",", "and"), _in("hot", "warm", "hott")],
        [_in("hot", "warm", "hott"), _rx(r"^(lumps?|bumps?|spots?|areas?|skin|patch)$")],
    ],
    "RF_PUS": [
        [_rx(r"^(pus|puss|pustules?|pussing|pussy)$")],
        [_in("yellow", "green", "yellowy", "greenish", "yellowish", "greeny"),
         _rx(r"^(stuff|gunk|goo|gunge|liquid|fluid|discharge|crust)$")],
        [_in("yellow", "green", "yellowy", "greenish", "yellowish", "greeny"), _rx(r"^(heads?|tops?|bits?)$"),
         *_gap(2), _rx(r"^(gunk|goo|gunge|stuff|pus)$")],
        [_in("gone", "going", "turned", "turning", "went", "is", "looks"), _in("a", "all", "bit", op="*"),
         _in("green", "greeny", "greenish", "yellow", "yellowy")],
        [_rx(r"^(smelly|stinks|stinky|whiffy)$")],
        [_in("smells", "smelling", "smell"), _in("bad", "off", "horrible", "awful", "funny", "rotten", "gross")],
    ],
    "RF_OOZE": [[_rx(r"^(ooz\w*|weep\w*|leak\w*|discharg\w*|seep\w*)$")]],
    "RF_SPREAD": [
        [_rx(RX_RED), *_gap(4), _rx(RX_SPREAD)],
        [_rx(RX_SPREAD), *_gap(4), _rx(RX_RED)],
        [_in("red", "pink", "dark"), _rx(r"^(lines?|streaks?|tracks?|trails?)$"), *_gap(2),
         _rx(r"^(going|spreading|running|up|down|towards|toward|from|coming|heading|across)$")],
        [_rx(r"^(redness|red)$"), *_gap(5), _rx(RX_BIGGER)],
    ],
    "RF_FEVER": [
        [_rx(r"^(fever\w*|feaver\w*|fevour|shivers|shivery|shivering|chills|rigors|unwell)$")],
        [_in("a", "high", "raised", "hi"), _rx(r"^(temp|temperature|temprature|tempreture)$")],
        [_rx(r"^(feel|feels|feeling|felt)$"), {"OP": "?"}, _in("ill", "poorly", "shivery", "hot")],
        [_in("burning"), _in("up")],
    ],
    "RF_INFECT": [[_rx(r"^(infected|infection|infections|infecting|infect|infecion|infeted"
                       r"|infectd|infeccted)$")]],
    "RF_EYE_PAIN": [
        [_rx(RX_EYE_WORD + "|" + RX_LID), *_gap(3), _rx(RX_PAIN)],
        [_rx(RX_PAIN), *_gap(3), _rx(RX_EYE_WORD + "|" + RX_LID)],
    ],
    "RF_VISION": [
        [_rx(r"^blur\w*$")],
        [_rx(RX_VISION), *_gap(5), _rx(RX_VISION_CHANGE)],
        [_rx(RX_VISION_CHANGE), *_gap(3), _rx(RX_VISION)],
        # "i can only see shapes", "all i see is blobs"
        [_in("see", "seeing", "sees"), *_gap(2),
         _rx(r"^(shapes|shadows|outlines|blobs|smudges?|haze|fog|mist|halos?|rings?|double)$")],
        [_rx(r"^(ca|can|cannot|cant|could|couldn|couldnt)$"), _in("n't", "nt", "not", op="?"),
         _in("see"), _rx(r"^(properly|proper|clearly|clear|well|straight|right|anything|out"
                         r"|much|normally|very)$")],
    ],
    # ---- emergencies (TIER_OF) ----
    "RF_EYE_INJURY": [
        [_rx(r"^(went|gone|go|goes|slipped|slip|poked|poke|jabbed|stabbed|caught|scratched|scraped"
             r"|pierced|punctured|nicked|hit|stuck|scratch|cut)$"),
         _in("in", "into", "my", "the", "her", "his", "white", "of", "right", "left", "actual", op="*"),
         _rx(r"^(eye|eyes|eyeball|eyeballs|cornea)$")],
        [_rx(RX_TOOL), _in("in", "into"), _in("my", "the", "her", "his", "right", "left", op="*"),
         _rx(r"^(eye|eyeball|cornea)$")],
        [_in("like"), *_gap(3), _in("sand", "grit", "glass", "gravel", "shards", "splinter")],
        [_in("gritty", "scratchy")],
        [_rx(r"^(burnt|burned|burn|burns|zapped|singed)$"), _in("my", "the", "her", "his", "own", "right", "left", op="*"),
         _rx(r"^(eye|eyes|eyeball|eyeballs|cornea)$")],
        [_rx(r"^(jabbed|stabbed|poked|pricked|caught|scratched|nicked|cut)$"), *_gap(3),
         _rx(r"^(eyeball|eyeballs|cornea)$")],
        [_rx(r"^(hurts?|painful|agony|stings?|sore)$"), _in("to", "when", "if", "every", op="?"), _in("i", "time", op="?"),
         _rx(r"^(blink|blinking|blinks|look|move)$")],
    ],
    "RF_EYE_SHUT": [
        [_rx(r"^(ca|can|could|couldn|wo)$"), _in("n't", "nt", "not"),
         _in("open", "keep"), _in("my", "the", "her", "his", "right", "left", "it", "one", op="*"),
         _rx(r"^(eye|eyes|it|lid|eyelid|open)$")],
        [_rx(r"^(cant|cannot|couldnt|wont|unable)$"), _in("to", op="?"),
         _in("open", "keep"), _in("my", "the", "her", "his", "right", "left", "it", "one", op="*"),
         _rx(r"^(eye|eyes|it|lid|eyelid|open)$")],
        [_rx(r"^(eye|eyes|eyelid|lid)$"), _in("wo", "will", "is", "'s", "has"), _in("n't", "nt", "not"),
         _in("open", "opening")],
        [_rx(r"^(eye|eyes|eyelid|lid)$"), _in("wont", "cant"), _in("open")],
        [_rx(r"^(eye|eyes|eyelid|lid)$"), _in("is", "'s", "has", "gone", "stuck", "swollen"), _in("shut", "closed")],
        [_rx(r"^(swollen|swolen|puffed|stuck|glued)$"), _in("shut", "closed")],
        [_in("one", "my", "an"), _in("eye"), _in("shut", "closed")],
    ],
    "RF_LIGHT": [
        [_rx(r"^(light|lights|brightness|bright|sunlight|daylight|screen|screens|sun)$"), *_gap(3),
         _rx(r"^(hurts?|hurting|painful|killing|unbearable|stings?|stinging|agony|burns?|burning|sore)$")],
        [_rx(r"^(hurts?|hurting|painful|stings?|sore)$"), *_gap(4), _rx(r"^(light|lights|brightness|sunlight|screen)$")],
        [_rx(r"^(sensitive|sensitivity)$"), _in("to"), _in("the", op="?"), _in("light", "lights", "brightness")],
        [_in("light"), _rx(r"^(sensitive|sensitivity)$")],
        # "my eye can't stand any light, even the telly"
        [_rx(r"^(stand|bear|take|handle|tolerate|face)$"), *_gap(2),
         _rx(r"^(light|lights|brightness|bright|sunlight|daylight|screens?|sun|telly|tv)$")],
        [_rx(r"^(squint|squints|squinting)$")],
        [_rx(r"^photophob\w*$")],
    ],
    "RF_FLASHES": [
        [_rx(r"^(flash|flashes|flashing|sparkles|sparkly|sparkling|floaters?|zigzags?)$")],
        [_rx(r"^(dots|specks|spots|things|bits|cobwebs?|squiggles?)$"), *_gap(2), _rx(r"^(float\w*|drift\w*)$")],
        [_in("shadow", "curtain", "veil"), *_gap(3), _in("coming", "over", "across", "down", "covering")],
        [_in("dark", "black", "blind"), _in("patch", "spot", "area", "bit"), *_gap(7),
         _in("vision", "sight", "see", "eye")],
        [_in("seeing", "see", "sees"), _in("double")],
        [_in("everything", "things"), *_gap(8),
         _rx(r"^(blurry|blurred|misty|foggy|hazy|cloudy|fuzzy|double|dim|wavy|dark|darker|grey|gray)$")],
        [_rx(r"^(squiggl\w*|wiggl\w*|threads|cobwebs?|specks?|sparks?|twinkl\w*|shimmer\w*)$"), *_gap(4),
         _in("eye", "eyes", "vision", "sight")],
    ],
    # Lay words for trouble with the eye itself; a red flag only beside the eye or sight in the
    # same sentence (``EYEBALL_CONTEXT``): "shapes", "a grey blob", "bendy lines", "agony".
    "RF_EYE_TROUBLE": [
        [_rx(r"^(hazy|foggy|misty|cloudy|smeary|smudged|smudgy|fuzzy|wavy|bendy|warped|tilted|distorted|doubled"
             r"|dim|blank|blobs?|shapes|shadows?|floaty|floaters?|squiggl\w*|sparkl\w*|specks?|halos?)$")],
        [_rx(r"^(agony|agonising|agonizing|excruciating|unbearable|horrendous|horrific|screaming|scream|screams"
             r"|knives|stabbing|crying|raw)$")],
        [_in("worst"), _in("pain")],
        [_rx(r"^(painkillers?|paracetamol|ibuprofen|co-codamol|codamol|cocodamol|nurofen|calpol)$"), *_gap(3),
         _rx(r"^(helping|working|touching|help|work|nothing)$")],
        [_in("nothing"), _in("takes", "helps", "touches")],
        [_in("eye", "eyeball"), _in("itself"), *_gap(3),
         _rx(r"^(burnt|burned|burning|stinging|stings|sore|hurts|painful|scratched|bleeding|red)$")],
        [_rx(r"^(touched|touch|hit|went|got|slipped|caught|burnt|burned|burning|scratched|scratch|scraped|nicked)$"),
         *_gap(4), _in("eyeball", "eyeballs", "cornea", "itself")],
        [_in("cant", "cannot", "can't"), _in("look"), _in("at")],
        [_in("ca"), _in("nt", "n't"), _in("look"), _in("at")],
        [_rx(r"^(wont|cant|cannot|doesnt|didnt)$"), _in("open")],
        [_in("wo", "ca", "does", "did", "will", "can"), _in("n't", "nt", "not"), _in("open")],
    ],
    "RF_VERY_UNWELL": [
        [_rx(r"^(confused|confusion|drowsy|faint|fainted|fainting|dizzy|delirious|collapsed|muddled"
             r"|disorientated|disoriented|mumbling|incoherent|breathless|floppy|listless|lethargic)$")],
        [_in("is", "'s", "really", "totally", "completely", "seems", "proper", "bit", "gone", "been"),
         _in("out"), _in("of"), _in("it")],
        [_in("cant", "can't", "cannot"), _in("think"), _in("straight")],
        [_in("ca"), _in("n't"), _in("think"), _in("straight")],
        [_rx(r"^(doesnt|dont|didnt)$"), _in("know"), _in("what", "where", "who"), _in("day", "she", "he", "i", "they")],
        [_in("does", "do", "did"), _in("n't", "nt", "not"), _in("know"), _in("what", "where", "who"), _in("day", "she", "he", "i", "they")],
        [_in("gone", "so", "really", "very"), _rx(r"^(sleepy|drowsy|floppy)$")],
        [_in("dropping", "drifting", "nodding"), _in("off")],
        [_in("cant", "can't", "barely"), _in("stay"), _in("awake")],
        [_in("wont", "won't"), _in("wake")],
        [_rx(r"^(struggling|struggle|cant|hard)$"), _in("to", op="?"), _in("breathe", "breath")],
        [_in("passed", "passing"), _in("out")],
        [_in("heart"), *_gap(2), _rx(r"^(racing|pounding|beating|thumping)$")],
        [_in("breathing", "breathe"), *_gap(2), _in("fast", "quickly", "quick", "hard")],

        [_in("so", "very", "really", "extremely", "v"), _in("ill", "unwell", "poorly")],
        [_in("barely"), _in("stay", "keep"), _in("awake")],
    ],
    # worded with a negation, so never negated ("SELF_NEGATING_LABELS")
    "RF_WORST_ILL": [
        [_in("not", "isnt", "n't"), _in("making"), _in("sense")],
        [_in("never"), _in("felt"), _in("this", "so"), _in("ill", "unwell", "bad", "poorly", "rough")],
    ],
    # ---- urgent ----
    "RF_FEVER_NUMBER": [
        [_rx(r"^(38|39|40|41)([.,]\d+)?(°c?|c|degrees)?$")],
    ],
    # ---- see a GP ----
    "RF_CANCER": [
        [_rx(r"^(cancer|cancerous|carcinoma|bcc|scc|melanoma|malignant|rodent)$")],
        [_rx(r"^(pearl|pearly|pearlescent|waxy)$")],
        [_in("shiny", "raised", "rolled"), _rx(r"^(edge|edges|rim|border|lump|bump|edged)$")],
        [_rx(r"^(dip|dent|crater|hole|dimple|pit|hollow|ulcer)$"), *_gap(2), _in("middle", "centre", "center")],
        [_in("tiny", "little", "small", "red", "thin"), _rx(r"^(veins?|vessels?|red|lines)$"), *_gap(2),
         _in("on", "over", "across", "in", "through")],
        [_in("blood"), _rx(r"^vessels?$")],
        [_rx(r"^(spidery|spider|thread|threadlike|web)$"), _rx(r"^(veins?|vessels?|lines?|marks?)$")],
        [_in("has", "have", "with", "got", "there's", "theres"), _in("a", "like", op="*"),
         _rx(r"^(dent|dip|crater|dimple|hollow)$")],
    ],
    "RF_BLEED": [[_rx(r"^(bleed|bleeds|bleeding|bleedin|bled|blood|bleading|bleeing|bledding)$")]],
    "RF_GROW": [
        [_rx(r"^(grow|grows|growing|grown|grew|enlarg\w*|expanding)$")],
        [_rx(r"^(getting|got|gotten|get|gets|become|becoming|became|gone|grown|grow|growing)$"),
         _in("a", "much", "bit", "lot", "little", "slightly", "way", "even", "really", "so",
             op="?"),
         _in("a", "much", "bit", "lot", "little", "slightly", "way", "even", "really", "so",
             op="?"),
         _rx(RX_BIGGER)],
        [_rx(RX_BIGGER), _in("than"), _in("before", "it", "last", "yesterday", "when", "they",
                                          "previously", "usual", "normal")],
        [_rx(r"^chang\w*$"), *_gap(2), _rx(r"^(shape|colour|color|size|colours|colors)$")],
        [_rx(r"^(doubled|tripled)$"), _in("in"), _in("size")],
        [_in("has", "have", "'s"), _in("changed")],
        [_rx(r"^(gone|turned|turning|went|changed|going)$"), _in("from", op="?"), {"OP": "?"}, _in("to", op="?"),
         _in("brown", "black", "pink", "purple", "blue", "grey", "gray", "dark", "darker")],
        [_in("now", "and"), _in("is", "'s", "are"), _rx(RX_BIGGER)],
        [_rx(r"^(look|looks|looking|looked)$"), _in("a", "bit", "really", "very", "so", "totally", op="*"),
         _in("different", "weird", "odd", "strange")],
        [_in("from"), _in("white", "skin", "pale"), _in("to")],
        [_rx(r"^(shinier|darker|redder|flatter)$")],
        [_in("now", "but"), *_gap(3), _rx(RX_BIGGER)],
        [_rx(r"^(weird|odd|strange|funny|different|irregular|wonky)$"), _rx(r"^(shape|shaped|colour|color|edges?)$")],
    ],
    "RF_NOT_HEALED": [
        [_rx(RX_NEG_TOKEN), *_gap(2), _rx(RX_HEAL)],
        # a sore that keeps coming back or breaking open
        [_in("keeps", "keep", "kept"), _rx(r"^(breaking|opening|splitting|crusting|scabbing|bleeding)$"),
         _in("open", "over", "up", op="?")],
        [_rx(r"^(crust\w*|scab\w*|sores?)$"), *_gap(3), _in("keeps", "keep"), _in("coming"), _in("back")],
        [_rx(r"^(crust\w*|scab\w*)$"), *_gap(3), _in("comes", "came"), _in("back")],
        [_rx(r"^(splits?|splitting|breaks?|breaking|opens?|opening)$"), _in("open", "up", op="?"), _in("again")],
    ],
    # only a red flag with a duration of four weeks or more in the same sentence
    "RF_PERSISTENT": [[_rx(r"^(scab|scabs|scabby|scabbing|scabbed|crust|crusts|crusty|crusting|crusted"
                           r"|sore|sores|raw|ulcer\w*|open)$")]],
    "RF_PAINFUL_RED": [
        [_rx(r"^(painful|sore|tender|throbbing|hurts|hurting)$"), *_gap(2),
         _rx(r"^(red|redness|lump|lumps)$")],
        [_rx(r"^(red|redness)$"), *_gap(2), _rx(r"^(painful|sore|tender|throbbing)$")],
    ],
}

RED_FLAG_LABELS: Tuple[str, ...] = tuple(k for k in PATTERNS if k.startswith("RF_"))

# Each red-flag label's tier (milia.safety.triage): emergency -> 999/A&E, urgent -> NHS 111 or an urgent
# GP appointment today, gp -> see a GP. The most urgent label found decides.
TIER_ORDER: Tuple[str, ...] = ("emergency", "urgent", "gp")
TIER_OF: Dict[str, str] = {
    "RF_VISION": "emergency",
    "RF_EYE_PAIN_SEVERE": "emergency",
    "RF_EYE_INJURY": "emergency",
    "RF_EYE_SHUT": "emergency",
    "RF_LIGHT": "emergency",
    "RF_FLASHES": "emergency",
    "RF_EYE_TROUBLE": "emergency",
    "RF_VERY_UNWELL": "urgent",
    "RF_WORST_ILL": "urgent",
    "RF_FEVER_NUMBER": "urgent",
    "RF_CANCER": "gp",
    "RF_SWELL": "urgent",
    "RF_HOT": "urgent",
    "RF_PUS": "urgent",
    "RF_OOZE": "urgent",
    "RF_SPREAD": "urgent",
    "RF_FEVER": "urgent",
    "RF_INFECT": "urgent",
    "RF_EYE_PAIN": "urgent",
    "RF_PAINFUL_RED": "urgent",
    "RF_BLEED": "gp",
    "RF_GROW": "gp",
    "RF_NOT_HEALED": "gp",
    "RF_PERSISTENT": "gp",
}
OWN_WORDS: FrozenSet[str] = frozenset({"this", "it", "these", "mine", "my", "that", "its", "it's"})
EYEBALL_WORDS: FrozenSet[str] = frozenset({"eye", "eyes", "eyeball", "eyeballs", "eys"})
EYEBALL_CONTEXT: FrozenSet[str] = EYEBALL_WORDS | frozenset(
    {"vision", "sight", "eyesight", "see", "sees", "seeing", "look", "looking", "blink", "blinking", "cornea"}
)
SEVERITY_WORDS: FrozenSet[str] = frozenset(
    {"severe", "severely", "extreme", "extremely", "agony", "agonising", "agonizing", "unbearable",
     "excruciating", "really", "so", "badly", "killing", "stabbing", "terrible", "awful", "loads"}
)
# Labels that make infection signs an emergency when they come together.
EMERGENCY_WITH: FrozenSet[str] = frozenset({"RF_VERY_UNWELL", "RF_WORST_ILL"})
INFECTION_SIGNS: FrozenSet[str] = frozenset(
    {"RF_SWELL", "RF_HOT", "RF_PUS", "RF_OOZE", "RF_SPREAD", "RF_FEVER", "RF_INFECT", "RF_PAINFUL_RED"}
)

# Word lists used by the combining rules (not token patterns).
CLAUSE_BREAK_PUNCT: FrozenSet[str] = frozenset(
    {".", ",", ";", ":", "!", "?", "(", ")", "…", "...", "—", "–", "/", "\n"}
)
CLAUSE_BREAK_WORDS: FrozenSet[str] = frozenset(
    {"but", "than", "or", "because", "cos", "cuz", "though", "although", "however", "whereas"}
)
SENTENCE_BREAK: FrozenSet[str] = frozenset({".", "!", "?", "…", "..."})
CLAUSE_FILLERS: FrozenSet[str] = frozenset(
    {"and", "so", "but", "or", "ok", "okay", "hi", "hey", "hello", "also", "um", "erm", "then",
     "than", "because", "cos", "well", "just", "please", "plus"}
)
FUTURE_STARTS: FrozenSet[str] = frozenset(
    {"will", "would", "might", "may", "could", "can", "do", "does", "did", "wil", "wud"}
)
CLINIC_AUX: FrozenSet[str] = frozenset({"will", "would", "are", "wil", "wud"})
CONTINUATIONS: FrozenSet[str] = frozenset({"or", "and", "nor"})
HYPO_WEAK_STARTS: FrozenSet[str] = frozenset(
    {"will", "would", "can", "could", "do", "does", "did", "is", "are", "might", "may", "should",
     "shall", "wil", "wud", "whats", "what", "how"}
)
NEG_IGNORE_NEXT: FrozenSet[str] = frozenset(
    {"i", "you", "u", "we", "know", "sure", "understand", "care", "mind", "realise", "realize",
     "see", "matter"}
)
PLAIN_NEGATORS: FrozenSet[str] = frozenset({"not", "n't", "nt", "never", "no"})
SCOPE_BREAKERS: FrozenSet[str] = frozenset(
    {"i", "we", "he", "she", "they", "after", "when", "since", "before", "until", "til", "till"}
)
NEG_IGNORE_PREV: FrozenSet[str] = frozenset({"ca", "can", "could", "couldn"})
ASK_AUX: FrozenSet[str] = frozenset({"do", "does", "will", "would", "can", "could", "are", "is", "did", "wil", "wud"})
TOOL_EXCLUDE_NEXT: FrozenSet[str] = frozenset({"-", "free", "less", "phobia", "phobic", "fear", "prick", "pricks"})
SELF_VERB_EXCLUDE_NEXT: FrozenSet[str] = frozenset(
    {"me", "us", "in", "round", "by", "over", "into", "down", "along", "across", "'round",
     "back", "through"}
)
NON_MILIA_NOUNS: FrozenSet[str] = frozenset(
    {"time", "times", "slot", "slots", "date", "dates", "day", "days", "treatment", "treatments",
     "option", "options", "appointment", "package", "plan", "number", "phone", "call",
     "callback", "clinic", "branch", "colour", "color", "one's"}
)
HOT_EXCLUDE_NEXT: FrozenSet[str] = frozenset(
    {"water", "compress", "flannel", "cloth", "shower", "showers", "bath", "weather", "day",
     "towel", "drink", "tea"}
)
GROW_EXCLUDE_NEXT: FrozenSet[str] = frozenset({"back", "out", "up", "older"})
DEFINITE: FrozenSet[str] = frozenset({"the", "this", "that", "my", "its", "it's"})
PHRASE_NEGATED_LABELS: FrozenSet[str] = frozenset({"RF_EYE_TROUBLE", "RF_EYE_SHUT", "RF_VISION", "RF_LIGHT"})
SELF_NEGATING_LABELS: FrozenSet[str] = frozenset({"RF_NOT_HEALED", "RF_WORST_ILL", "RF_EYE_SHUT"})
BLOOD_EXCLUDE_NEXT: FrozenSet[str] = frozenset(
    {"sugar", "test", "tests", "pressure", "vessel", "vessels", "thinner", "thinners", "type", "donor", "group"}
)
PLAQUE_WORDS: FrozenSet[str] = frozenset({"patch", "patches", "plaque", "plaques"})
DETERMINERS: FrozenSet[str] = frozenset(
    {"my", "her", "his", "your", "their", "our", "the", "a", "an", "'s", "s", "just", "all"}
)
PARTICLES: FrozenSet[str] = frozenset({"at", "off", "out", "away"})
JUDGEMENT_WORDS: FrozenSet[str] = frozenset(
    {"ok", "okay", "safe", "fine", "alright", "better", "bad", "dangerous", "sessions", "session", "method"}
)
# Verbs that also name an injury ("I scraped my knee", "cut my finger open"); with a body
# part or another skin problem as object (INJURY_OBJECTS) they describe a cause, not removal.
# Squeeze / pop / pick / lance stay removal even then ("can I squeeze my nose to get them out").
INJURY_VERB = re.compile(
    r"^(scra\w*|graz\w*|poke|pokes|poked|poking|prod\w*|pinch\w*|gouge\w*|pierc\w*|punctur\w*"
    r"|cut|cuts|cutting|slit\w*|slic\w*|nick\w*|burn\w*)$"
)
INJURY_OBJECTS: FrozenSet[str] = frozenset(
    {"face", "cheek", "cheeks", "chin", "nose", "forehead", "temple", "jaw", "jawline", "lip",
     "lips", "ear", "ears", "neck", "head", "scalp", "arm", "arms", "forearm", "elbow", "elbows",
     "hand", "hands", "wrist", "finger", "fingers", "thumb", "knuckle", "knuckles", "leg", "legs",
     "knee", "knees", "shin", "shins", "thigh", "ankle", "foot", "feet", "toe", "toes", "shoulder",
     "shoulders", "back", "chest", "tummy", "stomach", "belly", "body", "skin", "eye", "eyes",
     "eyelid", "eyelids", "eyeball", "cornea", "self", "rash", "rashes", "bite", "bites", "itch",
     "itches", "wound", "wounds", "graze", "grazes", "cut", "cuts", "scar", "scars", "burn",
     "burns", "sunburn", "blister", "blisters", "eczema", "mole", "moles", "tattoo", "piercing",
     "mosquito", "bug", "insect", "nettle", "hives", "psoriasis"}
)
# "...the skin AROUND them" still points at the milia.
LOCATIVES: FrozenSet[str] = frozenset(
    {"around", "round", "near", "next", "beside", "under", "underneath", "over", "surrounding",
     "below", "above", "between", "by"}
)
# "the scratch on my arm", "a scrape": noun uses of injury verbs.
INJURY_NOUN_FORMS: FrozenSet[str] = frozenset(
    {"scratch", "scratches", "scrape", "scrapes", "prick", "pricks", "pinch", "poke", "prod"}
)
NOUN_DETERMINERS: FrozenSet[str] = frozenset(
    {"a", "an", "the", "my", "her", "his", "your", "their", "our", "its", "this", "that", "deep",
     "small", "little", "bad", "old", "nasty", "big", "pin", "needle"}
)
GIVE_WORDS: FrozenSet[str] = frozenset({"give", "gave", "giving", "given", "gives"})
AGENT_MODIFIERS: FrozenSet[str] = DETERMINERS | frozenset(
    {"a", "an", "one", "of", "trained", "qualified", "proper", "registered", "skin", "specialist"}
)
# Who performs the action: the visitor ("can I pop them") or someone else.
FIRST_PERSON_SUBJECTS: FrozenSet[str] = frozenset({"i", "we", "im", "ive"})
PAST_SELF_VERB = re.compile(r"(ed|dug)$")
NUMBER_WORDS: Dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "couple": 2,
    "several": 4,
}
UNIT_DAYS: Tuple[Tuple[str, float], ...] = (
    ("day", 1), ("wk", 7), ("week", 7), ("mth", 30), ("month", 30), ("yr", 365), ("year", 365),
)
NOT_HEALED_MIN_DAYS = 28
LIST_WINDOW = 12
LIST_LINKS: FrozenSet[str] = frozenset({",", "or", "nor"})
LIST_NEGATORS: FrozenSet[str] = frozenset(
    {"not", "n't", "nt", "never", "no", "none", "nothing", "neither", "dont", "doesnt", "didnt", "havent",
     "hasnt", "isnt", "arent", "wasnt", "werent", "without"}
)
LIST_FILLERS: FrozenSet[str] = frozenset(
    {"have", "has", "had", "been", "ever", "them", "of", "any", "at", "all", "really", "very", "are",
     "is", "were", "was", "they", "it", "its", "'s", "'re", "'ve", "re", "ve", "s", "do", "does", "did",
     "got", "get", "gone", "become", "felt", "feel", "feels", "look", "looks", "even", "a", "bit",
     "particularly", "remotely", "too"}
)
SYMPTOM_WORDS: FrozenSet[str] = frozenset(
    {"itchy", "itch", "sore", "swollen", "hot", "warm", "crusted", "crusty", "scabbed", "scabby",
     "changed", "grown", "bigger", "inflamed", "angry", "weepy", "oozing", "bleed", "bled", "bleeding",
     "tender", "raised", "spreading", "puffy", "infected", "pus", "hurt", "hurts", "painful"}
)
NEG_WINDOW = 6
OBJ_WINDOW = 4
CTX_WINDOW = 4


# --------------------------------------------------------------------------
# Result
# --------------------------------------------------------------------------
@dataclass(frozen=True)
class SafetyResult:
    """Flags for one message; ``spans`` holds (flag, start_char, end_char) evidence."""

    self_removal: bool = False
    eye_area: bool = False
    red_flag: bool = False
    negated: bool = False
    clinic_removal: bool = False
    spans: Tuple[Tuple[str, int, int], ...] = ()
    # The red flag's tier (``milia.safety.triage.TIERS``): "emergency", "urgent" or "gp"; None without one.
    tier: Optional[str] = None

    @property
    def flags(self) -> List[str]:
        """The set flags among ``FLAGS`` (self_removal, eye_area, red_flag), in that order."""
        return [f for f in FLAGS if getattr(self, f)]

    def span(self, flag: str) -> Optional[Tuple[int, int]]:
        """Character span of the first evidence for ``flag`` (or None)."""
        for name, start, end in self.spans:
            if name == flag:
                return start, end
        return None


# --------------------------------------------------------------------------
# Pipeline (built lazily, cached)
# --------------------------------------------------------------------------
@lru_cache(maxsize=1)
def build_nlp() -> "Language":
    """A blank English pipeline (tokenizer only); cached."""
    import spacy

    return spacy.blank("en")


@lru_cache(maxsize=1)
def build_matcher() -> "Matcher":
    """The ``Matcher`` holding every concept in ``PATTERNS``; cached."""
    from spacy.matcher import Matcher

    matcher = Matcher(build_nlp().vocab, validate=True)
    for label, patterns in PATTERNS.items():
        matcher.add(label, patterns)
    return matcher


def warm_up() -> None:
    """Build the tokenizer and matcher now (e.g. when a server starts)."""
    build_matcher()


def entity_ruler_patterns() -> List[Dict[str, Any]]:
    """``PATTERNS`` in entity_ruler form: one entry per token pattern."""
    return [
        {"label": label, "pattern": pattern, "id": f"{label.lower()}_{i}"}
        for label, patterns in PATTERNS.items()
        for i, pattern in enumerate(patterns)
    ]


def save_pipeline(path: Union[str, Path]) -> Path:
    """Write a blank-English pipeline with an entity_ruler holding ``PATTERNS``.

    The saved pipeline can be loaded with ``spacy.load(path)`` (e.g. as the
    ``model`` of Rasa's ``SpacyNLP``). The ruler only tags concepts (longest
    non-overlapping spans win); the combining rules live in ``detect``.
    """
    import spacy

    out = Path(path)
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"validate": True})
    ruler.add_patterns(entity_ruler_patterns())
    nlp.meta["name"] = "milia_safety"
    nlp.meta["description"] = "Concept tagger for the milia safety detector (milia/safety/detector.py)."
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    return out


# --------------------------------------------------------------------------
# Detection
# --------------------------------------------------------------------------
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00b4": "'"})


def _normalise(text: str) -> str:
    """Same-length normalisation so character offsets stay valid."""
    return text.translate(_QUOTES)


class _Analysis:
    """Matches of one doc plus clause/sentence structure."""

    def __init__(self, doc: "Doc", matches: Sequence[Tuple[int, int, int]]) -> None:
        self.doc = doc
        self.low = [t.lower_ for t in doc]
        strings = doc.vocab.strings
        self.hits: Dict[str, List[Tuple[int, int]]] = {}
        for match_id, start, end in matches:
            self.hits.setdefault(strings[match_id], []).append((start, end))
        for spans in self.hits.values():
            spans.sort()
        self.at: Dict[str, Set[int]] = {
            label: {s for s, _ in spans} for label, spans in self.hits.items()
        }
        self.covered: Dict[str, Set[int]] = {
            label: {i for s, e in spans for i in range(s, e)} for label, spans in self.hits.items()
        }
        self.clause: List[int] = []
        self.sentence: List[int] = []
        clause = sentence = 0
        for i, tok in enumerate(doc):
            word = self.low[i]
            if word in CLAUSE_BREAK_PUNCT or word in CLAUSE_BREAK_WORDS or "\n" in tok.text:
                clause += 1
            self.clause.append(clause)
            self.sentence.append(sentence)
            if word in SENTENCE_BREAK or "\n" in tok.text:
                sentence += 1
                clause += 1

    def discard(self, label: str, drop: Callable[[int, int], bool]) -> None:
        """Forget the matches of ``label`` for which ``drop(start, end)`` holds."""
        spans = [(s, e) for s, e in self.hits.get(label, []) if not drop(s, e)]
        self.hits[label] = spans
        self.at[label] = {s for s, _ in spans}
        self.covered[label] = {i for s, e in spans for i in range(s, e)}

    # -- helpers --
    def in_sentence(self, label: str, i: int) -> bool:
        return any(self.sentence[s] == self.sentence[i] for s, _ in self.spans(label))

    def spans(self, label: str) -> List[Tuple[int, int]]:
        return self.hits.get(label, [])

    def has(self, label: str, i: int) -> bool:
        return i in self.at.get(label, ())

    def in_clause(self, label: str, i: int) -> bool:
        return any(self.clause[s] == self.clause[i] for s, _ in self.spans(label))

    def in_clause_before(self, label: str, i: int, window: int = 99) -> bool:
        return any(
            self.clause[s] == self.clause[i] and i - window <= s < i for s, _ in self.spans(label)
        )

    def same_clause(self, start: int, end: int) -> bool:
        return self.clause[start] == self.clause[end - 1]

    def char_span(self, start: int, end: int) -> Tuple[int, int]:
        span = self.doc[start:end]
        return span.start_char, span.end_char

    def clause_start_word(self, i: int) -> str:
        """First content word of the clause of ``i``; "...or swell up" continues the clause before."""
        cid = self.clause[i]
        j = i
        while j > 0 and self.clause[j - 1] == cid:
            j -= 1
        if self.low[j] in CONTINUATIONS and j > 0 and self.sentence[j - 1] == self.sentence[j]:
            nxt = self.low[j + 1] if j + 1 <= i else ""
            if nxt not in HYPO_WEAK_STARTS:
                return self.clause_start_word(j - 1)  # "do milia ever go red or swell up?"
        for k in range(j, i + 1):
            word = self.low[k]
            if word in CLAUSE_BREAK_PUNCT or word in CLAUSE_FILLERS:
                continue
            return word
        return ""

    # -- negation --
    def negated_before(self, i: int) -> bool:
        """A negation cue governs the word at ``i`` (same clause, a few tokens back)."""
        for j in range(max(0, i - NEG_WINDOW), i):
            if self.clause[j] != self.clause[i] or not self.has("NEG", j):
                continue
            nxt = self.low[j + 1] if j + 1 < len(self.low) else ""
            prev = self.low[j - 1] if j > 0 else ""
            subject = self.low[j - 2] if j > 1 and nxt not in {"stop", "help", "resist", "keep"} else ""
            if nxt in NEG_IGNORE_NEXT or (
                self.low[j] in {"n't", "nt", "not"} and prev in NEG_IGNORE_PREV and subject not in FIRST_PERSON_SUBJECTS
            ):
                continue
            if any(self.low[k] in PLAIN_NEGATORS for k in range(max(0, j - 2), j)):
                continue  # double negation: "can't stop picking"
            if SCOPE_BREAKERS & set(self.low[j + 1:i]):
                continue  # "it would not stop bleeding after I picked it"
            return True
        return False


@dataclass
class _Mention:
    start: int
    end: int
    negated: bool


def _self_verb_mentions(
    a: _Analysis, clinic_tools: Sequence[int] = ()
) -> Tuple[List[_Mention], List[Tuple[int, int]]]:
    """Self verbs ("squeeze", "pop", "pick", ...) aimed at milia by the visitor, and
    those the clinic does ("can a nurse lance them in clinic").

    ``clinic_tools`` are starts of "use a needle" phrases whose user is the clinic.
    """
    out: List[_Mention] = []
    clinic: List[Tuple[int, int]] = []
    n = len(a.low)
    for start, end in a.spans("SELF_VERB"):
        nxt = a.low[start + 1] if start + 1 < n else ""
        nxt2 = a.low[start + 2] if start + 2 < n else ""
        if nxt in SELF_VERB_EXCLUDE_NEXT or "up" in (nxt, nxt2):
            continue  # "pop in", "squeeze me in", "pick (it) up"
        if a.low[start].startswith("scra") and start > 0 and a.low[start - 1] == "from":
            continue  # "start from scratch"
        if _injury_noun(a, start):
            continue  # "milia in the scratch on my arm"
        following = _following(a, start)
        if INJURY_VERB.match(a.low[start]) and _injury_object(a, following):
            continue  # "milia where I scraped my face", "after scratching a bite"
        first_noun = next(
            (k for k in following if a.has("OBJ", k) or a.low[k] in NON_MILIA_NOUNS), None
        )
        if first_noun is not None and a.low[first_noun] in NON_MILIA_NOUNS:
            continue  # "pick a time", "I picked the 3pm slot"
        if a.low[max(0, start - 2):start] == ["used", "to"]:
            continue  # "I used to pick my spots as a teen"
        if start > 0 and a.low[start - 1] in {"like", "as"}:
            continue  # "is needle extraction like lancing a spot"
        if _done_by_clinic(a, start) or any(
            a.clause[s] == a.clause[start] and s < start for s in clinic_tools
        ):
            clinic.append((start, end))
            continue  # "can the dermatologist squeeze them", "do you use a needle to pop them"
        if start >= 2 and a.has("YOU", start - 1) and a.low[start - 2] in CLINIC_AUX:
            continue  # "will you squeeze them or cut them?"
        if _asks_clinic(a, start):
            clinic.append((start, end))
            continue  # "do you numb the area before you prick them", "will you squeeze them after pricking"
        if a.in_clause_before("YOU", start, 3) and _for_me(a, start):
            continue  # "can you pop them for me"
        negated = a.negated_before(_list_head(a, start))
        if not negated:
            has_obj = bool(following) and (
                a.has("OBJ", following[0])  # "pop THEM", "picking AT them"
                or any(a.has("OBJ", k) and a.low[k] not in PARTICLES for k in following)
                or a.low[following[0]] in JUDGEMENT_WORDS  # "is pricking OK?"
            )
            ctx = any(
                (a.has("CTX_BEFORE", k) or a.has("TRIED", k)) and a.clause[k] == a.clause[start]
                for k in range(max(0, start - CTX_WINDOW), start)
            ) or a.in_clause("SELF_CUE", start)  # "steam first, then squeeze"
            if not (has_obj or ctx):
                continue
        out.append(_Mention(start, end, negated))
    return out, clinic


def _list_head(a: _Analysis, i: int) -> int:
    """The first verb of a list of self verbs ("not to squeeze, pick OR scratch them" -> squeeze)."""
    head = i
    j = i - 1
    while j > 0 and a.low[j] in LIST_LINKS:
        if a.has("SELF_VERB", j - 1):
            head, j = j - 1, j - 2
        elif j > 1 and a.has("OBJ", j - 1) and a.has("SELF_VERB", j - 2):  # "pick them, squeeze them"
            head, j = j - 2, j - 3
        else:
            break
    return head


def _injury_noun(a: _Analysis, i: int) -> bool:
    """"the scratch on my arm", "a pin prick" (but "give it a scratch")."""
    if a.low[i] not in INJURY_NOUN_FORMS or i == 0 or a.low[i - 1] not in NOUN_DETERMINERS:
        return False
    return not any(a.low[k] in GIVE_WORDS for k in range(max(0, i - 4), i))


def _injury_object(a: _Analysis, following: Sequence[int]) -> bool:
    """The verb's object is a body part or another skin problem: an injury, not removal.

    "I scraped my knee", "scratching a rash" - but not "pick my chin milia",
    "scrape the skin off" or "squeeze the skin around them".
    """
    if not following or a.low[following[0]] not in INJURY_OBJECTS:
        return False
    if len(following) > 1:
        nxt = a.low[following[1]]
        if nxt in LOCATIVES or (a.has("OBJ", following[1]) and nxt != "at"):
            return False
    return True


def _subject_before(a: _Analysis, i: int) -> Optional[str]:
    """Nearest doer before ``i`` in its clause: "visitor" (I/we), "other" (clinic) or None."""
    place = a.covered.get("CLINIC_PLACE", set())
    for k in range(i - 1, -1, -1):
        if a.clause[k] != a.clause[i]:
            break
        if a.low[k] in FIRST_PERSON_SUBJECTS:
            return "visitor"
        if a.low[k] == "who" and k > 0 and re.match(HOME_AGENT, a.low[k - 1]):
            return "visitor"  # "my friend who does nails said she can prick them"
        if a.has("PRO_AGENT", k) or k in place:
            return "other"
    return None


def _agent_after(a: _Analysis, i: int) -> bool:
    """"...by a dermatologist", "...by your nurse", "...professionally" after ``i``."""
    k = i + 1
    while k < len(a.low) and a.clause[k] == a.clause[i]:
        word = a.low[k]
        if word == "professionally":
            return True
        if word == "by":
            j = k + 1
            while j < len(a.low) and a.low[j] in AGENT_MODIFIERS:
                j += 1
            if j < len(a.low) and a.has("PRO_AGENT", j) and a.low[j] != "who":
                return True
        k += 1
    return False


def _done_by_clinic(a: _Analysis, i: int) -> bool:
    """Someone at a clinic, not the visitor, does the action at ``i``.

    "can the dermatologist squeeze them", "pop them at the clinic", "can they be
    popped by a dermatologist"; but "instead of paying a dermatologist can I lance
    them" and "rather than go to the clinic I'll pick them out" are the visitor.
    """
    subject = _subject_before(a, i)
    place_after = any(
        a.clause[s] == a.clause[i] and s > i for s, _ in a.spans("CLINIC_PLACE")
    )
    if subject == "visitor":
        return place_after and not a.in_clause("SELF_CUE", i)  # "can I pop them at the clinic"
    if subject == "other":
        return True
    return place_after or _agent_after(a, i)


def _following(a: _Analysis, i: int) -> List[int]:
    """Up to OBJ_WINDOW tokens after ``i`` in its clause, not counting determiners."""
    out: List[int] = []
    k = i + 1
    while k < len(a.low) and a.clause[k] == a.clause[i] and len(out) < OBJ_WINDOW:
        if a.low[k] not in DETERMINERS:
            out.append(k)
        k += 1
    return out


def _for_me(a: _Analysis, i: int) -> bool:
    cid = a.clause[i]
    idx = [k for k in range(len(a.low) - 1) if a.clause[k] == cid]
    return any(a.low[k] == "for" and a.low[k + 1] == "me" for k in idx)


def _remove_mentions(a: _Analysis) -> Tuple[List[_Mention], List[Tuple[int, int]]]:
    """Removal words with a self cue, and those that look like clinic removal."""
    self_mentions: List[_Mention] = []
    clinic: List[Tuple[int, int]] = []
    passive = a.covered.get("CLINIC_PASSIVE", set()) | a.covered.get("CLINIC_TERM", set())
    seen: Set[int] = set()
    for start, end in a.spans("REMOVE"):
        if start in seen:
            continue
        seen.add(start)
        blocked_obj = any(
            a.has("NONREMOVAL_OBJ", k) and a.clause[k] == a.clause[start]
            for k in range(start + 1, min(len(a.low), end + 4))
        )
        if blocked_obj:
            continue  # "remove make-up", "remove my number"
        if INJURY_VERB.match(a.low[start]) and _injury_object(a, _following(a, start)):
            continue  # "I cut my finger open"
        agent = a.in_clause("PRO_AGENT", start) or a.in_clause("YOU", start)
        strong = (a.in_clause("SELF_CUE", start) or a.in_clause_before("TRIED", start, 3)
                  or a.in_clause("HOWTO", start) or (a.in_sentence("SELF_CUE", start) and not agent))
        weak = a.in_clause("TOOL", start) and a.in_clause("FIRST_PERSON", start) and not agent
        product = a.in_clause("PRODUCT", start)
        if start in passive and not strong:
            clinic.append((start, end))
            continue  # "have them removed", "can they be removed", "needle extraction"
        if (strong or weak) and not product:
            self_mentions.append(_Mention(start, end, a.negated_before(start)))
        elif agent or a.low[start].startswith(("removal", "extraction")):
            clinic.append((start, end))
    return self_mentions, clinic


def _tool_mentions(a: _Analysis) -> Tuple[List[_Mention], List[Tuple[int, int]]]:
    """"use a needle", "comedone extractor": the visitor's tools, and the clinic's."""
    out: List[_Mention] = []
    clinic: List[Tuple[int, int]] = []
    for start, end in a.spans("TOOL_USE"):
        window = range(max(0, start - 3), start)
        own = a.in_sentence("SELF_CUE", start) or a.in_sentence("HOWTO", start)
        if _asks_clinic(a, start) or not own and any(
            (a.has("PRO_AGENT", k) or a.has("YOU", k)) and a.clause[k] == a.clause[start] for k in window
        ):
            clinic.append((start, end))
            continue  # "do you use a needle"
        if (
            _subject_before(a, start) != "visitor"
            and not a.in_clause("SELF_CUE", start)
            and _done_by_clinic(a, start)
        ):
            clinic.append((start, end))
            continue  # "can milia be removed using a needle at the clinic"
        if end < len(a.low) and a.low[end] in {"-", "free", "less"}:
            continue  # "needle-free"
        out.append(_Mention(start, end, a.negated_before(start)))
    for start, end in a.spans("CONSUMER_TOOL"):
        own = a.in_sentence("SELF_CUE", start) or a.in_sentence("HOWTO", start)
        if _asks_clinic(a, start) or not own and (a.in_clause("PRO_AGENT", start) or a.in_clause("YOU", start)):
            continue  # "what removal tool do you use"
        out.append(_Mention(start, end, a.negated_before(start)))
    taken = {k for m in out for k in range(m.start, m.end)} | {k for s, e in clinic for k in range(s, e)}
    out += _bare_tool_mentions(a, taken)
    return out, clinic


def _asks_clinic(a: _Analysis, i: int) -> bool:
    """The sentence of ``i`` asks the clinic what it does ("do you squeeze them or use a needle?",
    "can you pick them out at the consultation?"), with no first-person doer before ``i`` and no
    self cue ("can you pop them yourself?" is the visitor)."""
    sent = a.sentence[i]
    words = [k for k in range(len(a.low)) if a.sentence[k] == sent and a.low[k] not in CLAUSE_FILLERS
             and a.low[k] not in CLAUSE_BREAK_PUNCT]
    if len(words) < 2 or a.low[words[0]] not in ASK_AUX or not a.has("YOU", words[1]):
        return False
    if a.low[words[0]] in {"can", "could"} and not (
        any(a.in_sentence(label, i) for label in ("CLINIC_PLACE", "TREATMENT_CTX", "PRO_AGENT")) or _for_me(a, i)
    ):
        return False  # "can you pop milia?" asks whether one can
    if a.in_sentence("SELF_CUE", i) or a.in_sentence("HOWTO", i) or a.in_sentence("ACQUIRED", i):
        return False
    return not any(a.low[k] in FIRST_PERSON_SUBJECTS for k in words if k < i)


def _bare_tool_mentions(a: _Analysis, taken: Set[int]) -> List[_Mention]:
    """A tool or gadget named on its own: "pin or needle for milia?", "ordered a spot zapper",
    "what gauge needle is best for the tear trough" - the visitor's, unless the sentence is about
    the clinic ("does the dermatologist use a lancet?", "is the treatment done with a needle?")."""
    out: List[_Mention] = []
    n = len(a.low)
    for start, end in a.spans("BARE_TOOL"):
        if taken & set(range(start, end)):
            continue
        nxt = a.low[end] if end < n else ""
        if nxt in TOOL_EXCLUDE_NEXT or (a.low[start] == "pins" and nxt == "and"):
            continue  # "needle-free", "needle phobia", "pins and needles"
        own = any(a.in_sentence(label, start) for label in ("SELF_CUE", "HOWTO", "ACQUIRED", "TRIED"))
        clinic = any(
            a.in_sentence(label, start)
            for label in ("YOU", "PRO_AGENT", "CLINIC_PLACE", "CLINIC_TERM", "CLINIC_PASSIVE", "TREATMENT_CTX")
        )
        if _asks_clinic(a, start) or (clinic and not own):
            continue
        if a.low[start].startswith("hyfrec") and not own:
            continue  # "what is a hyfrecator?" asks about the clinic's method
        out.append(_Mention(start, end, a.negated_before(start)))
    for start, end in a.spans("GADGET"):
        if taken & set(range(start, end)) or _asks_clinic(a, start) or a.in_clause("PRO_AGENT", start):
            continue  # "do you use a plasma pen?"
        if a.low[start] in {"kit", "kits"} and not a.in_sentence("ACQUIRED", start):
            continue
        out.append(_Mention(start, end, a.negated_before(start)))
    return out


def _durations_days(a: _Analysis, sentence: int) -> List[float]:
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
        if words[0] in {"since", "for", "been", "over"}:
            days.append(float(NOT_HEALED_MIN_DAYS))
            continue
        if words[0] in {"last", "this"}:
            days.append(1.0)
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


def _red_flag_spans(a: _Analysis, self_mentions: Sequence[_Mention]) -> List[Tuple[str, int, int]]:
    found: List[Tuple[str, int, int]] = []
    n = len(a.low)
    past_self = {
        a.sentence[m.start] for m in self_mentions
        if not m.negated and PAST_SELF_VERB.search(a.low[m.start])
    }
    any_self = {a.sentence[m.start] for m in self_mentions if not m.negated}
    echoed = _echoed_sentences(a)
    for label in RED_FLAG_LABELS:
        for start, end in a.spans(label):
            if not a.same_clause(start, end):
                continue
            nxt = a.low[end] if end < n else ""
            if label == "RF_HOT" and nxt in HOT_EXCLUDE_NEXT:
                continue
            if label == "RF_GROW" and nxt in GROW_EXCLUDE_NEXT:
                continue
            if label == "RF_EYE_TROUBLE" and not _in_sentence(a, a.sentence[start], EYEBALL_CONTEXT):
                continue  # "the pain is unbearable" about a cheek is not an eye emergency
            if label == "RF_FEVER" and start > 0 and a.low[start - 1] in {"hay", "glandular", "scarlet"}:
                continue  # "hay fever makes me rub my eyes"
            if set(range(start, end)) & a.covered.get("EYE_IDIOM", set()):
                continue  # "your website caught my eye"
            if label == "RF_BLEED" and nxt in BLOOD_EXCLUDE_NEXT:
                continue  # "my blood sugar kit"
            if label == "RF_SWELL" and PLAQUE_WORDS & set(a.low[end:end + 3]):
                continue  # "milia on a red swollen patch" describes milia en plaque
            sent = a.sentence[start]
            own = label == "RF_CANCER" and _in_sentence(a, sent, OWN_WORDS)  # "could THIS be cancer?"
            happened = label in {"RF_EYE_INJURY", "RF_EYE_TROUBLE"} and any(
                PAST_SELF_VERB.search(w) or w in {"went", "got", "hit", "caught", "burnt", "cut"} for w in a.low[start:end]
            )  # "is it bad if the hyfrecator touched my eyeball"
            if not (own or happened) and any(
                a.clause[s] == a.clause[start] and s < start for s, _ in a.spans("HYPO_STRONG")
            ):
                continue  # "what if it gets infected", "can picking cause infection"
            if _negated_symptom(a, start, end, label):
                continue  # "never bled or anything"
            if not (own or happened) and sent not in echoed and _hypothetical(a, start, sent in past_self):
                continue  # "will there be swelling after the treatment?", "do milia bleed?"
            if label == "RF_NOT_HEALED":
                days = _durations_days(a, sent)
                if days and max(days) < NOT_HEALED_MIN_DAYS:
                    continue  # "3 days and it hasn't healed yet"
            if label == "RF_PERSISTENT":
                days = _durations_days(a, sent)
                if not days or max(days) < NOT_HEALED_MIN_DAYS:
                    continue  # only "scabbing for 5 weeks", not "a scab"
            if label == "RF_EYE_PAIN" and _severe_eye_pain(a, start, end, sent in any_self):
                label = "RF_EYE_PAIN_SEVERE"
            found.append((label, start, end))
    found.sort(key=lambda f: (f[1], f[2]))
    return found


def _echoed_sentences(a: _Analysis) -> Set[int]:
    """Questions answered by the visitor's own case in the next sentence: "do they bleed on their
    own? mine did this morning" reports the symptom."""
    out: Set[int] = set()
    for k in range(1, len(a.low)):
        if a.sentence[k] != a.sentence[k - 1] and a.low[k] in {"mine", "mines", "mine's"}:
            out.add(a.sentence[k - 1])
    return out


def _in_sentence(a: _Analysis, sentence: int, words: FrozenSet[str]) -> bool:
    return any(a.sentence[k] == sentence and a.low[k] in words for k in range(len(a.low)))


def _severe_eye_pain(a: _Analysis, start: int, end: int, after_self_removal: bool) -> bool:
    """Pain in the eye itself (not the lid) that is severe, or that follows picking near it."""
    if not EYEBALL_WORDS & set(a.low[start:end]):
        return False
    sentence = a.sentence[start]
    words = {a.low[k] for k in range(len(a.low)) if a.sentence[k] == sentence}
    return after_self_removal or bool(SEVERITY_WORDS & words)


def _tier(labels: Set[str], picked_or_red: bool = False) -> Optional[str]:
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


def _hypothetical(a: _Analysis, i: int, past_self_removal: bool) -> bool:
    """The symptom at ``i`` sits in a general or future question, not a report."""
    if past_self_removal:
        return False  # "is it normal for it to be swollen after I squeezed it?"
    prev = a.low[i - 1] if i > 0 else ""
    future = [s for s, _ in a.spans("FUTURE") if a.clause[s] == a.clause[i] and s < i]
    sent = a.sentence[i]
    if future and any(a.sentence[s] == sent for s, _ in a.spans("TREATMENT_CTX")):
        return True  # "will my vision be affected during the removal?"
    if future and not {"stop", "stopped", "stopping"} & set(a.low[future[-1]:i]):
        return prev not in DEFINITE  # "will it hurt my eye" vs "will THE swelling go down"
    start = a.clause_start_word(i)
    if start not in HYPO_WEAK_STARTS:
        return False
    sent = a.sentence[i]
    in_sentence = lambda label: any(a.sentence[s] == sent for s, _ in a.spans(label))  # noqa: E731
    if start in FUTURE_STARTS and in_sentence("TREATMENT_CTX"):
        return True  # "does it bleed after the treatment?"
    return not in_sentence("REPORT_CUE")  # "is it normal that MY eye is swollen?" is a report


def _negated_symptom(a: _Analysis, start: int, end: int, label: str) -> bool:
    """"never bled", "no pus", "the redness isn't spreading" (not "won't stop bleeding"), and a
    negation across a list: "they don't hurt or bleed", "not sore, red or swollen"."""
    if label in SELF_NEGATING_LABELS:
        return False
    if _list_negated(a, start):
        return True
    # A negation inside a phrase like "won't open" or "can't look at" is the symptom itself.
    last = start if label in PHRASE_NEGATED_LABELS else end
    for j in range(max(0, start - 3), last):
        if a.clause[j] != a.clause[start] or a.low[j] not in PLAIN_NEGATORS:
            continue
        if j > 0 and a.low[j - 1] in NEG_IGNORE_PREV:
            continue  # "can't see properly" is the symptom itself
        if not {"stop", "stopped", "stopping"} & set(a.low[j + 1:end]):
            return True
    return False


def _list_negated(a: _Analysis, i: int) -> bool:
    """The word at ``i`` is a later item of a negated list ("not sore, red OR SWOLLEN")."""
    for j in range(i - 1, max(-1, i - LIST_WINDOW), -1):
        word = a.low[j]
        if word in LIST_NEGATORS:
            return not (j > 0 and a.low[j - 1] in NEG_IGNORE_PREV)  # "can't stand the light" is the symptom
        if word in LIST_LINKS or word in LIST_FILLERS or any(a.has(label, j) or j in a.covered.get(label, ()) for label in RED_FLAG_LABELS):
            continue
        if re.match(RX_PAIN, word) or re.match(RX_RED, word) or word in SYMPTOM_WORDS:
            continue
        return False
    return False


def _eye_spans(a: _Analysis) -> List[Tuple[int, int]]:
    idiom = a.covered.get("EYE_IDIOM", set())
    return [(s, e) for s, e in a.spans("EYE") if not (set(range(s, e)) & idiom)]


def detect(text: str) -> SafetyResult:
    """Detect safety-relevant content in one visitor message."""
    if not text or not text.strip():
        return SafetyResult()
    doc = build_nlp().make_doc(_normalise(text))
    a = _Analysis(doc, build_matcher()(doc))
    # "do milia go away by themselves" / "on their own": of their own accord, nobody removes them
    a.discard("SELF_CUE", lambda s, e: s > 0 and a.low[s] in {"themselves", "itself"} and a.low[s - 1] == "by"
              or a.low[s:e] == ["their", "own"] and s > 0 and a.low[s - 1] == "on")

    removal, clinic = _remove_mentions(a)
    tools, clinic_tools = _tool_mentions(a)
    verbs, clinic_verbs = _self_verb_mentions(a, [s for s, _ in clinic_tools])
    mentions = verbs + removal + tools
    clinic = clinic + clinic_tools + clinic_verbs
    positive = sorted((m for m in mentions if not m.negated), key=lambda m: m.start)
    negative = [m for m in mentions if m.negated]
    clinic_terms = a.spans("CLINIC_TERM") + a.spans("CLINIC_PASSIVE")

    red = _red_flag_spans(a, mentions)
    eyes = _eye_spans(a)
    picked_or_red = bool(positive) or any(re.match(RX_RED, w) or w == "angry" for w in a.low)
    tier = _tier({label for label, _, _ in red}, picked_or_red)

    spans: List[Tuple[str, int, int]] = []
    if positive:
        spans.append(("self_removal", *a.char_span(positive[0].start, positive[0].end)))
    if eyes:
        spans.append(("eye_area", *a.char_span(*eyes[0])))
    if red:
        spans.append(("red_flag", *a.char_span(red[0][1], red[0][2])))

    return SafetyResult(
        self_removal=bool(positive),
        eye_area=bool(eyes),
        red_flag=bool(red),
        negated=bool(negative) and not positive,
        clinic_removal=bool(clinic or clinic_terms) and not positive,
        spans=tuple(spans),
        tier=tier,
    )


def explain(text: str) -> Dict[str, List[str]]:
    """Debug helper: the concept matches found in ``text``."""
    doc = build_nlp().make_doc(_normalise(text))
    a = _Analysis(doc, build_matcher()(doc))
    return {label: [doc[s:e].text for s, e in spans] for label, spans in sorted(a.hits.items())}


if __name__ == "__main__":  # python -m milia.safety.detector [build/spacy_milia]
    import sys

    print(save_pipeline(sys.argv[1] if len(sys.argv) > 1 else "build/spacy_milia"))
