"""A change in sight told vaguely, through everyday things (session 42, tuning_302, tuning_306, tuning_307): "the telly looks all
wrong", "the kerb looks like it's in the wrong place", "my glasses are suddenly useless", "she can't tell the 5p from the 10p".
Kept only beside a removal told with a time ("since", "this morning", "she could yesterday") and never beside an everyday cause
("since my grandson fiddled with the settings", "cos the dog chewed the arm off", "on Google Maps"). Plain module: no rasa imports.
"""
from __future__ import annotations

import re

from milia.safety.analysis import Analysis, sentence_text
from milia.safety.cannot_say import REMOVED_BY_SOMEONE
from milia.safety.lexicon import PAST_REMOVAL
from milia.safety.sign_words import pain_score

_VAGUE_SIGHT = re.compile(r"^((telly|tv|television|screen|picture|pavement|kerb|step|steps|table|wallpaper|floor|faces|road|stairs)\b.*\b(wrong|bent|wonky|warped)"
                          r"|(not|n't|nt) recogni[sz](e|ing)|.*\bin the wrong places?|(gone|going|went|goes) (dark|black|grey|gray|dim) (that|on|one)( that| the)? side"
                          r"|(looks|look|seems|seem|looked) (closer|further|nearer|farther) than|(glasses|specs|lenses)\b.*\buseless|no (middle|centre|center).*"
                          r"|faces?\b.*\b(middle|centre|center)|.*\bin front of|(pavement|floor|ground|road|wallpaper|walls|room|carpet|stairs|kerb)\b.*"
                          r"\b(moving|running|swimming|wobbling|sliding|crawling)|.*\bin (two|2) places|(cant|couldnt|unable|can|could|ca|stopped|no|not)\b.*"
                          r"\b(read|tell|thread|dial|find|recognise|recognize|judge|pour|sew|knit|text|type)|(switched|turned|switching|turning) half\b.*\b(off|out)"
                          r"|lights? (went|gone|go|going) (out|off|down) on one side|(not|no|cant|cannot) see the (stairs|steps|step|kerb|floor)"
                          # session 43 (tuning_312, tuning_320, tuning_326, tuning_329): each of scene_sight.py's session-43 phrases, exactly
                          r"|(two|2) \w+ instead of one|there (are|were|'re) (two|2) \w+"
                          r"|(middle|centre|center) of (whatever|everything|anything|what)( \S+){0,4} (missing|gone|blank|blacked|empty)"
                          r"|(reaching|reached|reaches|grabbing|grabbed|grabs|feeling) for( \S+){0,5} (that|which) (are|were|is|was|'re) (n't|not|nt) there"
                          r"|(faces|people|everyone|everybody|clock|telly|tv)( \S+){0,3} (look|looks|looked|looking|seem|seems)"
                          r"( ')?( all)? (melted|melting|smeared|smudged|stretched|squashed|twisted|runny)"
                          r"|(lost|losing) its \w+|(just|only) a (shape|blob|shadow|silhouette|smudge|outline)"
                          r"|(rubbed|wiped|erased|blanked|scribbled|painted)( out| off)? the (bottom|top|lower|upper|left|right) (half|bit|part|side)"
                          r"|(had|has|have)( ')? no (face|faces)|(numbers|letters|words|print|faces|signs|subtitles|figures) (have|has|had|got) a( ')? (hole|holes|gap|gaps)"
                          r"|(cant|cannot|couldnt|(can|ca|could) (n't|not|nt)) tell (me|us|him|her|them) (from|apart)|(look|looks|looked|looking) ' (double|doubled)"
                          r"|(see|read) the bus (number|numbers)|(just|only) (grey|gray|black|fuzzy|blurry) (lines|shapes|blobs|smudges|squiggles))$")
# session 50 (tuning_566): "can't focus on the phone screen", "had to zoom the text to 200%": eye_signs.py's session-50 phrases, read like the
# ones above
_VAGUE_SIGHT = re.compile(r"(?:" + _VAGUE_SIGHT.pattern + r")|^((cant|cannot|can't|unable|struggling|struggle|nt|n't|not)( to)? (focus|focusing|focussing)\b.*"
                          r"|(zoom|zoomed|zooming|enlarge|enlarged|enlarging|magnify|magnified)\b.*)$")
# "A girl at the salon took three milia from under my eye on Wednesday", "He had milia done near his eye at a salon on Friday" (session 49)
_TOOK_MILIA = re.compile(r"\b(took|taken|removed) (\w+ ){0,2}(milia|milium|white spots)\b"
                         r"|\b(had|got) (\w+ ){0,3}(milia|milium|white spots|them) (done|off|out|removed|taken)\b")
# a sight phrase told as still fine: "still read the bus numbers" (session 49, tuning_535)
_STILL = frozenset({"still", "can", "could"})
_LATELY = re.compile(r"\b(since|now|anymore|any more|overnight|yesterday|this (morning|afternoon|evening)|tonight|last night|managed fine|(she|he|i) could"
                     r"|fine at|an hour ago|hours? ago|today|this is new|happened|after|straight after|just before"
                     r"|suddenly|all of a sudden|out of nowhere)\b")  # "all of a sudden I can't tell what the road signs say" (session 50, spent v29)
EVERYDAY_CAUSE = re.compile(r"\b(settings|dog|sat on|google|maps?|booking|page|website|app|wash|washing|bulb|power cut|screen went|stroke|long-term"
                            r"|never could|reading glasses)\b|(?<!bathroom )\bmirror\b")  # "Can't thread a needle without my reading glasses, never could" (session 45)


def drop_vague_sight(a: Analysis) -> None:
    """Forget the vague sight phrases above unless a removal with a time is told and no everyday cause is."""
    text = " ".join(a.low)
    removal_then = bool(a.spans("SELF_VERB") or a.spans("REMOVE") or a.spans("TOOL") or REMOVED_BY_SOMEONE.search(text) or _TOOK_MILIA.search(text) or any(a.low[s] in {"had", "got"} or a.low[s - 1:s] in (["since"], ["after"]) for s, _ in a.spans("CLINIC_PASSIVE")) or PAST_REMOVAL.search(text) or re.search(
        r"\bused (a|an|the|her|his|my|some) [\w ]{0,20}\bon (the|her|his|my|a)\b|\b(went|been|go|going|had a go|had a dig|dig|dug) at\b|\bdid the\b", text)
                        ) and bool(_LATELY.search(text))
    a.discard("RF_VISION", lambda s, e: a.low[e - 1] == "tell" and a.low[e:e + 1] not in (
        ["the"], ["a"], ["which"], ["what"], ["where"], ["apart"], ["colours"], ["colors"], ["faces"], ["numbers"], ["coins"], ["time"], ["how"]))
    for label in ("RF_VISION", "RF_EYE_TROUBLE"):
        a.discard(label, lambda s, e: bool(_VAGUE_SIGHT.search(" ".join(a.low[s:e]))) and (not removal_then or bool(EVERYDAY_CAUSE.search(text))
                                                                                          or a.low[s - 1:s] == ["still"]))


# session 44: phrases of the session's rounds that could be said of anything, read as a sign only beside a removal told with a time and
# no everyday cause; being very unwell also beside an infection ("stars in my eye ... since I pushed hard on the milia"; not "my nan says
# I've got stars in my eye", "a shimmering patch of oil", "our cat chasing a fly that isn't there", "the laser pointer makes red dots
# moving about", "I can't properly wake him for school", "the damp patch was the size of a pea yesterday and now like a 50p", "the red is
# going more and more purple": look-alikes tuning_354, tuning_362, tuning_370, tuning_378, tuning_384)
_LOOSE_PHRASES = {
    # round 1 (spent v23, tuning_346) and round 2 (tuning_356: "mosquitos in the vision everywhere at the beach", "floating black points in
    # the icing", "security lights, lights like a camera flash")
    "RF_FLASHES": re.compile(r"^((stars|sparks|sparkles|flashes|lights|twinkles) in .*|(shimmering|shimmery|twinkly|twinkling|sparkly|glittery|flickering) \w+"
                             r"|(fly|flies|gnat|gnats|midge|midges|bug|bugs|insect|insects|moth|moths|spider|spiders) (that|which) .*"
                             r"|(dots|specks|flecks|blobs|squiggles|smudges) \w+ (about|around)"
                             r"|(mosquitos|mosquitoes|mosquito) .*|(flies|gnats|midges) (' |\" )?in the .*"
                             r"|(floating|flying|drifting|swimming) (black|dark|grey|gray) \w+|(lights|light|flashes|flash) like (a |the )?(camera|cameras|photo|photos|paparazzi)"
                             r"|(black|dark|grey|gray) (point|points) \w+|(black|dark|grey|gray) (dot|dots|speck|specks) (fly|flying|flies)"
                             r"|everything (is|'s) double"  # session 45 (tuning_389: "my food shop, everything is double now")
                             # session 45, rounds 3 and 4: "my son tends to brush things out of his sight when he's stressed" (tuning_413)
                             r"|(brush|brushing|brushes|wipe|wiping|wipes|flick|flicking|flicks) .*|snowing .*"
                             r"|lights? ('|\")?(are|is|keep|keeps) (flicking|flickering|flashing))$"),
    # rounds 1 and 4 (tuning_372: "my one line is 'Doctor, my sight is suddenly much worse'")
    "RF_VISION": re.compile(r"^(\w+ (right|straight|just) (beside|past|next)|(n't|not|nt) (seem|seems) to .*"
                            r"|(sight|vision|eyesight)( \S+){0,4} (is|'s|has|got|gone) (suddenly|much|way|lot|loads|really|a)( (much|lot|way|bit))? (worse|blurrier|dimmer|darker)"
                            # session 45 (spent v24, tuning_391): "the stitches go double", "they look smeared", "the letters ... are swimming"
                            r"|(they|cards|stitches)( \S+){0,10} (look|looks|looked|looking|are|is|'s|seem|seems|go|goes|gone|went|going)( all)?"
                            r" (smeared|smudged|double|doubled)|everything (is|'s) double"
                            # round 2 (look-alikes tuning_397: alphabet soup, "she left her reading glasses upstairs", "every time he cannot find
                            # the ketchup")
                            r"|(letters|words|print|text|numbers|crossword|lines|rows)( \S+){0,10} (are|is|'s)( all)? (swimming|swimmy)"
                            r"|(half|part|some|bits|most) of (what|whatever|everything) (i|she|he|they) (see|sees|look|looks)( at)? (is|are|'s|has|have) \w+"
                            # round 4 (tuning_414): told by carers of people who cannot say it
                            r"|missing (them|it|things|stuff) on .*|(walked|walks|walking|walk) .*|(wo|won't|wont|does|doesnt|ca|cant|can|will|did|didnt)( n't| not| nt)? (follow|track) .*"
                            r"|(gets|got|getting|get) the (count|number|numbers) wrong"
                            r"|(screen|telly|tv|page|picture) ('s|has|is)( got)? a (black|dark|grey|gray) (bit|patch|spot|hole|gap)|(keeps|kept|keep) missing .*)$"),
    "RF_VERY_UNWELL": re.compile(r"^((n't|not|nt|cannot|cant|couldnt) (properly|really|fully|quite) .*|get (her|him|them) to .*"
                                 r"|(not|n't|nt|doesnt|dont|cant|cannot) (answer|answers) (properly|right|sensibly|clearly|straight))$"),
    "RF_SPREAD": re.compile(r"^(size of .*|.* more and more|(gone|went|grown|spread) from (a |an |the )?\w+ to .*|(today|now) (its |it |'s |it's )*"
                            r"(half|most|all|covering|across) .*|(red|redness|pink|swelling) (is|'s|are) .* than (yesterday|before|this|last))$"),
    "RF_LIGHT": re.compile(r"^(eyes? (now |just |really )?hates? .*"  # round 2: "a band called My Eye Hates Light"
                           # session 45, rounds 3 and 4 (look-alikes tuning_413: a dog "whenever the blinds are opened", a vampire that "turns his
                           # head away from the light", a grandson's "hand up against the window to wave me off")
                           r"|(hand|hands|arm|arms) (up )?(against|to) .*|(turns|turned|turning|turn|jerks|pulls) (his|her|their|my) (head|face) away .*"
                           r"|(whenever|when|every) .*|(wo|won't|wont) .*)$"),
    "RF_PUS": re.compile(r"^matter .*$"),  # round 3: "my sourdough starter has a bit of matter, yellowish"
    "RF_EYE_SHUT": re.compile(r"^((cant|cannot|couldnt|can|ca|could)( n't| not| nt)? (really|properly|fully|quite) open .*"  # round 5: "the PDF"
                              r"|(sealed|welded) (shut|closed)"  # session 45 (spent v24): "the other is sealed shut since I had a go"
                              r"|(screwed|squeezed|clamped|scrunched) (right|tight|tightly|fully) (shut|closed))$"),  # "the window latch" (tuning_413)
}
# read beside a removal told, with a time or not
_BESIDE_A_REMOVAL = {
    # session 45, round 4 (tuning_414): "points at his eye" after a carer squeezed bumps near it; not "the teacher pointed at her eye to show
    # the class"
    "RF_EYE_TROUBLE": re.compile(r"^(points|pointing|pointed|keeps)( pointing)? (at|to) .*$"),
    # session 46 (spent v25): "granddad tried to get milia off his bottom lid with a darning needle ... he's stuck it in his eye"
    "RF_EYE_INJURY": re.compile(r"^(stuck|stabbed|jabbed|poked|shoved) it( right| straight)? (in|into) (my|her|his|the) (eye|eyeball)$"),
    # session 46 (tuning_426): "He popped a milium by his eye with a safety pin and now ... the light from the window is 'like needles' in that
    # eye"; not "the sunlight on the snow was like needles"
    "RF_LIGHT": re.compile(r"^(light|sunlight|daylight|brightness|sun) .*like (needles|knives|daggers|glass|pins|fire)$"),
}
# a stroke is the cause only when the change is told since it ("moms stroke left her unable to talk. i used a sewing needle on the milia
# under her eye. now ... she gets the count wrong": session 45, tuning_414)
_LOOSE_EVERYDAY_CAUSE = re.compile(EVERYDAY_CAUSE.pattern.replace("|stroke|", "|since (the|her|his|my|a) stroke|"))
_NOT_OF_A_PERSON_NEXT = (["for"], ["in"], ["on"], ["at"], ["before"])  # "I can't properly wake him for school"


def drop_loose_phrases(a: Analysis) -> None:
    """Forget the phrases above unless a removal with a time is told and no everyday cause is (being very unwell: or an infection is
    told); "gone in to the eye of the donkey poster" is a picture's eye."""
    text = " ".join(a.low)
    # the clinic's tool ("Does your clinic use a laser or a needle?") is not a removal told (session 45, tuning_413)
    clinics = {a.sentence[s] for label in ("YOU", "PRO_AGENT") for s, _ in a.spans(label)}
    # "like needles" is a likeness, not a tool (session 46)
    removal_told = bool(a.spans("SELF_VERB") or any(a.sentence[s] not in clinics and a.low[s - 1:s] != ["like"] for s, _ in a.spans("TOOL"))
                        or a.spans("HOME_WAY") or any(
        not re.search(r"\b(been|having|have|had|get|got|getting|be|being)\s*$", text[:m.start()]) for m in PAST_REMOVAL.finditer(text))
        or re.search(r"\b(i|she|he|we) (make|made|did|do) the extraction|\b(press|pressed|pushed|squished|squashed) (the|a|my|her|his|it|them|on)\b"
                     r"|\b(went|been|had a go|had a dig|dug) at (the|my|her|his|a|them|it|one)\b"
                     r"|\b(since|after) (extracting|squeezing|picking|popping|digging|needling|lancing|poking|pricking|scraping)\b", text))
    removal_then = removal_told and bool(_LATELY.search(text) or re.search(r"\b(ago|days?|last week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", text))
    infected = any(a.spans(label) for label in ("RF_INFECT", "RF_SPREAD", "RF_PUS", "RF_OOZE", "RF_HOT", "RF_SWELL", "RF_FEVER", "RF_FEVER_NUMBER"))

    def kept(label: str, s: int, e: int) -> bool:
        if label == "RF_VERY_UNWELL" and a.low[e:e + 1] in _NOT_OF_A_PERSON_NEXT:
            return False
        if label == "RF_VERY_UNWELL" and infected:
            return True
        return removal_then and not _LOOSE_EVERYDAY_CAUSE.search(text)

    for label, phrases in _LOOSE_PHRASES.items():
        a.discard(label, lambda s, e, label=label, phrases=phrases: bool(phrases.search(" ".join(a.low[s:e]))) and not kept(label, s, e))
    for label, phrases in _BESIDE_A_REMOVAL.items():
        a.discard(label, lambda s, e, phrases=phrases: bool(phrases.search(" ".join(a.low[s:e]))) and not (
            removal_told and not _LOOSE_EVERYDAY_CAUSE.search(text)))
    a.discard("RF_EYE_INJURY", lambda s, e: a.low[e - 1] in {"eye", "eyeball"} and a.low[e:e + 1] == ["of"])


# session 45 (look-alikes tuning_389): growth told of something else ("The queue at the chemist kept getting bigger", "The damp patch on
# my bathroom ceiling has gone from a pea to a coin", "My collection of moisturisers keeps getting larger"): kept when the sentence names
# a spot before it, or its subject is "it", "they", "this" ... or missing ("Getting bigger every week")
_GROWTH_START = frozenset({"getting", "gone", "went", "grown", "grew", "grows", "growing", "bigger", "larger", "got", "gets"})
_BEFORE_GROWTH = frozenset({"keeps", "kept", "keep", "is", "'s", "are", "was", "were", "has", "have", "had", "been", "just", "only", "really",
                            "still", "slowly", "gradually", "steadily", "actually", "now", "seems", "seem", "to", "be", "getting", "definitely",
                            "looked", "looks", "look", "looking", "seemed", "gotten", "a", "bit", "lot", "much", "little", "slightly", "way"})
# "White bump beside eye 10 years, never trouble. Since Easter gone bigger": a time, the spot named the sentence before
_TIME_BEFORE_GROWTH = frozenset({"easter", "christmas", "summer", "winter", "spring", "autumn", "then", "weeks", "months", "days", "year",
                                 "years", "ago", "since", "recently", "lately", "suddenly", "week", "month", "lockdown", "birthday"})
_GROWTH_SUBJECTS = frozenset({"it", "they", "this", "that", "mine", "these", "those", "its", "it's", "theyre", "they're"})
_SPOT_BEFORE = frozenset({"whitehead", "whiteheads", "pimple", "pimples", "growth", "lesion", "nodule", "blemish", "lumps", "moles", "cysts", "dots",
                          "millia", "seed", "seeds", "scab", "sore", "wart", "mark", "head"})


def _growth_of_something_else(a: Analysis, s: int) -> bool:
    k = s - 1
    while k >= 0 and a.sentence[k] == a.sentence[s] and a.low[k] in _BEFORE_GROWTH:
        k -= 1
    if k < 0 or a.sentence[k] != a.sentence[s] or a.low[k] in {",", "and", "but", "-", ":", ";"} | _GROWTH_SUBJECTS:
        return False
    if a.low[k] in _TIME_BEFORE_GROWTH and any(a.low[j] in _ON_A_SPOT | _SPOT_BEFORE for j in range(len(a.low)) if a.sentence[j] == a.sentence[s] - 1):
        return False
    before = {a.low[j] for j in range(k + 1) if a.sentence[j] == a.sentence[s]}
    return not before & (_ON_A_SPOT | _SPOT_BEFORE | _GROWTH_SUBJECTS)


def drop_pain_scores_of_other_things(a: Analysis) -> None:
    """A pain's score or heat is an eye's only beside a removal told in the message, never long ago: "my stress on a scale of 1 to 10 it is a 9",
    "chopped chillies then rubbed my nose, searing pain", "searing pain in his eye from a spark once, back in the 90s" (look-alikes
    tuning_397, session 45)."""
    removal = any(a.spans(label) for label in ("SELF_VERB", "TOOL", "BARE_TOOL", "GADGET", "TOOL_USE", "HOME_WAY", "RUB"))
    # "PAINAD 9/10 ... guarding her left eye, after a relative attempted milia extraction there this afternoon" (session 51, tuning_618)
    removal = removal or any({"attempted", "tried", "botched"} & set(a.low[max(0, s - 3):s]) for s, _ in a.spans("REMOVE"))
    text = " ".join(a.low)
    a.discard("RF_EYE_PAIN", lambda s, e: pain_score(a, s, e) and (not removal or bool(re.search(r"\b(once|years ago|back in|in the \d+s)\b", text))
                                                                   or not any(re.match(r"^(eyes?|eyeballs?|eyelids?|lids?)$", a.low[k]) for k in range(
                                                                       len(a.low)) if abs(a.sentence[k] - a.sentence[s]) <= 1 or abs(a.sentence[k] - a.sentence[e - 1]) <= 1)))


def drop_cancer_words_not_of_a_spot(a: Analysis) -> None:
    """"Is it sinister?" and "the C word" only beside a spot named in the sentence or the one before or after: not "In our office the C word is
    'Christmas party'", "Is it sinister that your website knew" (look-alikes tuning_413, session 45)."""
    spots = (_ON_A_SPOT - {"it", "one", "ones", "thing", "milia"}) | _SPOT_BEFORE
    a.discard("RF_CANCER", lambda s, e: ("sinister" in a.low[s:e] or "word" in a.low[s:e]) and not any(
        a.low[k] in spots for k in range(len(a.low)) if abs(a.sentence[k] - a.sentence[s]) <= 1))


_ON_A_SPOT = frozenset({"edge", "edges", "rim", "border", "bump", "spot", "lump", "milium", "mole", "bumps", "spots", "it", "milia", "dot", "cyst", "one",
                        "ones", "thing"})


def drop_gp_phrases_not_on_a_spot(a: Analysis) -> None:
    """"The edge of my bump looks like a little string of pearls" (session 44, spent v23), "it was about the size of a pinhead and now it's
    more like a lentil" (tuning_357); not "my gran's string of pearls", "the damp patch was the size of a pea yesterday and now like a 50p"
    (tuning_354)."""
    def off_a_spot(s: int) -> bool:
        return not _ON_A_SPOT & {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]} or bool(re.search(
            r"\b(patch|hole|ball|stain|puddle|crack|mould|mold) (on|in|was|is)\b", sentence_text(a, a.sentence[s])))

    a.discard("RF_GROW", lambda s, e: a.low[s] in _GROWTH_START and bool({"bigger", "larger", "from"} & set(a.low[s:e])) and _growth_of_something_else(a, s))
    a.discard("RF_CANCER", lambda s, e: a.low[e - 1] in {"pearls", "beads"} and a.low[s + 1:s + 2] == ["of"] and off_a_spot(s))
    a.discard("RF_GROW", lambda s, e: a.low[s] == "size" and a.low[e - 1] in {"like", "size"} and off_a_spot(s))
    a.discard("RF_GROW", lambda s, e: a.low[s] in {"gone", "changed", "went", "turned", "go", "goes"} and a.low[s + 1:s + 2] == ["from"] and not (
        (_ON_A_SPOT - {"it", "thing"}) | ({"mine"} if "not mine" not in sentence_text(a, a.sentence[s]) else set())) & {
            a.low[k] for k in range(len(a.low)) if abs(a.sentence[k] - a.sentence[s]) <= 1})
    # (a colour change told of the milium named in the next sentence: "used to be white now its pinkish brown. all my other milia are still
    # white", session 53 tuning_674)
    a.discard("RF_GROW", lambda s, e: a.low[s] == "used" and a.low[e - 1] in {
        "brown", "brownish", "red", "reddish", "dark", "darker", "black", "purple", "grey", "pink", "pinkish", "blue", "now"} and off_a_spot(s)
        and not (_ON_A_SPOT & {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s] + 1}
                 and {"other", "others", "rest"} & {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s] + 1}))
    # round 3's (tuning_368; look-alikes tuning_370: "cut my own fringe and now it's kind of uneven", "My hydrangea looks bluish now"): only of
    # a spot named in the sentence ("it" is not enough)
    a.discard("RF_GROW", lambda s, e: (a.low[s] == "now" and a.low[e - 1] in {"uneven", "irregular", "jagged", "lopsided", "wonky", "misshapen", "odd-shaped"}
                                      or a.low[e - 1] == "now" and a.low[s] in {"looks", "is", "gone", "turned", "going", "looking"})
              and not (_ON_A_SPOT - {"it", "thing", "border", "rim", "edge", "edges"}) & {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]})
