"""The single source of truth for the safety detector's concepts: label -> spaCy token patterns,
and each red-flag label's tier. ``detector.save_pipeline`` writes the same patterns into an
``entity_ruler``."""
from __future__ import annotations

from typing import Any, Dict, FrozenSet, List, Optional, Tuple

from milia.safety.lexicon import (
    HOME_AGENT,
    LID_MODIFIERS,
    RX_ABRADE,
    RX_BIGGER,
    RX_CLINIC_DONE,
    RX_CTX_BEFORE,
    RX_DIY,
    RX_EYE_WORD,
    RX_FLICK,
    RX_HEAL,
    RX_HYFRECATOR,
    RX_LID,
    RX_MILIA_REF,
    RX_NEG,
    RX_NEG_TOKEN,
    RX_NONREMOVAL_OBJ,
    RX_NUMBER_UNIT,
    RX_OBJ,
    RX_ORDINAL,
    RX_PAIN,
    RX_PRESS,
    RX_PRO_AGENT,
    RX_PRODUCT,
    RX_RED,
    RX_REFLEXIVE,
    RX_REMOVE,
    RX_RUB,
    RX_SELF_VERB,
    RX_SPREAD,
    RX_TAKE,
    RX_TOOL,
    RX_TRIED,
    RX_USE,
    RX_VISION,
    RX_VISION_CHANGE,
    RX_YOU,
    WITHOUT,
)


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


_LOOK_AT_A_LIGHT: List[Dict[str, Any]] = [
    {"LOWER": {"IN": ["look", "stand", "bear"]}}, {"LOWER": {"IN": ["at", "to", "into", "towards", "toward"]}},
    {"LOWER": {"IN": ["the", "a", "any"]}, "OP": "?"},
    {"LOWER": {"REGEX": r"^(lamps?|lights?|sun|sunlight|bulbs?|windows?|brightness|daylight|torch)$"}},
]


def _gap_in_sentence(n: int) -> List[Dict[str, Any]]:
    """Up to ``n`` tokens that do not end a sentence."""
    return [{"ORTH": {"NOT_IN": [".", "?", "!", "..."]}, "OP": "?"} for _ in range(n)]


TokenPattern = List[Dict[str, Any]]
SCRUB_TOOL = r"^(mitts?|brush|brushes|scrubs?|flannels?|washcloths?|cloths?|sponges?|loofahs?|pumice|toothbrush|exfoliators?|gloves?|pastes?)$"

# A negated modal in its spellings: "can't", "cant", "can no longer", "won't", "doesn't", "could barely".
CANNOT: Tuple[TokenPattern, ...] = (
    [_rx(r"^(cant|cannot|couldnt|cnt|cudnt|wont|doesnt|isnt|unable)$"), _in("barely", "hardly", "even", op="*")],
    [_in("ca", "can", "could", "wo", "does", "is", "will"), _in("n't", "nt", "not", "no", "barely", "hardly"),
     _in("even", op="?")],
)

# --------------------------------------------------------------------------
# The single source of truth: concept label -> token patterns.
# Labels starting with ``RF_`` are red-flag symptoms.
# --------------------------------------------------------------------------
PATTERNS: Dict[str, List[TokenPattern]] = {
    "SELF_VERB": [
        [_rx(RX_SELF_VERB)],
        [_rx(RX_ABRADE), *_gap(6), _in("off", "away", "out", "rid")],
        # "rub them with a washcloth til they come off", "should i scrub harder?"
        [_rx(RX_ABRADE), *_gap(10), _in("til", "till", "until", "untill"), *_gap(3),
         _in("off", "out", "away", "go", "gone")],
        # "scrub harder", "rubbed the ones under my eyes really hard"
        [_rx(RX_ABRADE), _in("really", "extra", "very", "so", op="?"), _in("hard", "harder")],
        [_rx(RX_ABRADE), _in("at", "on", op="?"), _in("the", op="?"), _rx(RX_MILIA_REF), *_gap(3),
         _in("really", "extra", "very", "so", op="?"), _in("hard", "harder")],
        # "press them out between two cotton buds", "push them out", "burn off eyelid milia"
        [_rx(RX_PRESS), *_gap(5), _in("out")],
        # "pressed on them hard", "press the milia really firmly", "should I press harder"
        [_rx(RX_PRESS), _in("on", "down", "at", op="?"), _in("the", op="?"), _rx(RX_MILIA_REF), *_gap(2),
         _in("really", "extra", "very", "so", op="?"), _in("hard", "harder", "firmly", "firmer")],
        [_rx(RX_PRESS), _in("harder", "firmer")],
        # "thinking of using it to press the milia on my eyelids"
        [_rx(RX_PRESS), _in("the", "my", "those", "these", "them", "her", "his"), _rx(RX_MILIA_REF)],
        # "flick the milia off her forehead", "prise it out"
        [_rx(RX_FLICK), *_gap(4), _in("off", "out")],
        [_in("burn", "burns", "burning", "burnt", "burned"), _in("off", "them", "it", "away")],
        [_in("freeze", "freezing", "froze", "frozen"), _in("milia", "them", "it", "mine", "these", "those", "one", "ones"),
         _in("off")],
        [_in("have", "had", "having", "has"), _in("a"), _in("go"), _in("at")],
        # scrubbing them away: "scrub the milia on my chin every day with an exfoliating mitt",
        # "rub a coffee scrub over my eye bags", "rubbing baking soda paste on them", "wear milia down"
        [_rx(RX_ABRADE), *_gap(8), _in("with"), _in("a", "an", "my", "the", "some", op="?"), *_gap(2), _rx(SCRUB_TOOL)],
        [_rx(RX_ABRADE), _in("a", "an", "my", "the", "some", op="?"), *_gap(2), _rx(SCRUB_TOOL), _in("on", "over", "into")],
        [_rx(SCRUB_TOOL), _rx(r"^(rubbed|scrubbed|rubbing|scrubbing)$"), _in("on", "over", "into")],
        [_rx(r"^(wear|wears|wearing|wore|worn)$"), _in("the", "my", "those", "these", op="?"), _rx(RX_MILIA_REF), _in("down", "away")],
        # "wax over them", "break the skin", "press it with two cotton buds"
        [_rx(r"^(wax|waxes|waxed|waxing)$"), _in("over", "off", "them", "the", "milia")],
        # "file them down with an emery board", "pluck these seed things off", "pop or leave?"
        [_rx(r"^(file|files|filed|filing|sand|sanded|sanding)$"), *_gap(3), _in("down", "off", "away")],
        [_rx(r"^(pluck|plucks|plucked|plucking)$"), *_gap(4), _in("off", "out")],
        [_rx(r"^(pop|popping|squeeze|squeezing|pick|picking|lance)$"), _in("or"), _in("leave", "not", "no", "wait", "ignore")],
        [_rx(r"^(break|breaking|broke)$"), _in("the"), _in("skin")],
        [_rx(RX_PRESS), *_gap(3), _in("with", "between"), *_gap(2),
         _rx(r"^(buds?|fingers?|thumbs?|q-?tips?|tissues?|spoons?|nails?|cotton)$")],
        # "peeling the milia off", "burn the milia off my nose", "dissolve them off my chin" (acids and peels)
        [_rx(r"^(peel|peels|peeled|peeling|burn|burns|burning|burnt|burned|dissolve|dissolves|dissolving|melt|melting"
             r"|strip|stripping|eat|eating)$"), _in("the", "my", "those", "these", "all", op="?"), _rx(RX_MILIA_REF),
         _in("off", "away")],
        [_rx(r"^(dissolve|dissolves|dissolving|melt|melting)$"), _in("the", "my", "those", "these", op="?"),
         _rx(RX_MILIA_REF), *_gap(1), _in("off")],
    ],
    "REMOVE": [
        [_rx(RX_REMOVE)],
        # "whats the diy method", "any DIY option"
        [_rx(RX_DIY), _rx(r"^(method|methods|option|options|way|ways|fix|fixes|treatment|trick|tricks|hack|hacks)$")],
        # "wants to practise on my eyelid milia", "ill attempt the ones by my eyes myself"
        [_rx(r"^(practi[sc]e|practi[sc]es|practi[sc]ing|practi[sc]ed)$"), *_gap(3), _in("on")],
        [_in("attempt", "attempting", "tackle", "tackling"), _in("the", "them", "it", "those", "these", "mine", "one",
                                                                "ones", "milia", "my", "her", "his")],
        # "freeze my milia off with a wart spray"
        [_rx(r"^(freeze|freezes|freezing|froze|frozen)$"), *_gap_in_sentence(3), _in("off", "away", "out")],
        [_in("rid", "ridd")],
        [_rx(RX_TAKE), *_gap_in_sentence(7), _in("out", "off", "away")],
        # "since i did the milia on my lash line", "mum's done the ones under my eye"
        [_in("i", "ive", "we", "she", "he", "mum"), _in("did", "done"), _in("the", "my", "her", "his", "those", "these"),
         _in("milia", "milias", "milium", "ones", "bumps", "spots", "whiteheads")],
        # "I just want these white bits off my cheeks myself", "need the milia in my tear troughs gone"
        [_in("want", "wanna", "need", "needs"), _in("the", "these", "those", "them", "em", "my", "all"), *_gap(5),
         _in("off", "out", "gone")],
        [_in("do", "doing", "did"), _in("it", "them", "this", "mine", "em", "these", "those", "one")],
        [_in("do", "doing", "did"), _in("the"), _in("one")],
        # "try doing a couple myself", "I might just DIY the ones at the corner of my eyes"
        [_in("do", "doing", "did"), _in("a"), _in("couple", "few")],
        [_rx(RX_DIY), _in("the", "them", "those", "these", "my", "mine", "em", "it")],
        # "my mate will sort the milia on my jawline"
        [_in("sort", "sorting", "sorted"), _in("out", op="?"), _in("the", "my", "her", "his", "those", "these", op="?"),
         _rx(r"^(milia|milium|them|em|mine|ones|bumps|spots)$")],
        [_in("do", "doing", "did"), _in("the"), _in("same")],
        # "thinking of going DIY on the ones by my lashes"
        [_rx(r"^(go|goes|going|went|gone|doing|do)$"), _rx(RX_DIY)],
        [_rx(RX_DIY), _in("on", "it", "them")],
        # "I want to make the milia go out from the eyelid by myself", "millia under eye diy"
        [_in("make", "making", "get", "getting"), _in("the", "them", "my", "these", "those", "this", "it", op="?"),
         _rx(RX_MILIA_REF + "|^(milia|millia|mila|milium)$", op="?"), _in("go", "come", "pop"), _in("out")],
        [_rx(r"^(milia|millia|mila|milla|milium|eye|eyes|eyelid|lid|nose|cheek|cheeks|chin|forehead|face)$"), _rx(RX_DIY)],
        [_in("do", "doing", "did"), {"OP": "?"}, _in("milia", "milium", "ones", "mila", "millia")],
        # "I'd rather do the under-eye ones myself"
        [_in("rather", "to", "i", "gonna", "'ll", "can", "could", "should", "might"), _in("do"), _in("the", "my", "those", "these"),
         *_gap_in_sentence(3), _in("ones", "milia", "milium")],
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
        [_in("home"), {"OP": "?"}, _rx(r"^(remov\w*|extract\w*|surgery|job)$")],
        # softening the skin first: "after a hot shower", "a warm flannel", "a hot spoon"
        [_in("hot", "warm"), _in("shower", "flannel", "spoon", "compress", "cloth", "towel", "bath", "washcloth")],
        # "without booking anything", "my home salon"
        [_in(*WITHOUT), _in("booking", "paying")],
        [_in("home"), _in("salon", "studio", "clinic")],
        # "my lash tech", "her nail technician"
        [_in("my", "her", "his", "a"), _in("lash", "nail", "brow", "tattoo", "beauty"),
         _rx(r"^(techs?|technicians?|artists?|students?)$")],
        [_in("self"), {"ORTH": "-", "OP": "?"}, _rx(r"^(remov\w*|extract\w*|treat\w*)$")],
        [_in("at"), _in("her", "his", "my", "their", "a", "mums", "mum's", "friends", "friend's"),
         _rx(r"^(house|flat|place|home)$")],
        # "without going to a clinic", "rather than pay a dermatologist"
        [_in(*WITHOUT), _in("a", "an", "the", "my", "any", op="?"),
         _rx(r"^(dermatologists?|derms?|doctors?|professionals?|salons?|gps?|clinics?)$")],
        # "extract milia home"
        [_rx(r"^(extract\w*|remov\w*|pop|popping|squeez\w*)$"), *_gap(2), _in("home")],
        [_in(*WITHOUT), _rx(r"^(going|seeing|paying|visiting|booking|needing|using)$"), *_gap(2),
         _rx(r"^(clinics?|dermatologists?|derms?|doctors?|drs?|docs?|professionals?|anyone|salons?|gps?)$")],
        # "with out going to a dermatologist" (two words)
        [_in("with"), _in("out"), _rx(r"^(going|seeing|paying|visiting|booking|needing|using)$"), *_gap(2),
         _rx(r"^(clinics?|dermatologists?|derms?|doctors?|drs?|docs?|professionals?|anyone|salons?|gps?)$")],
        [_in("with"), _in("out"), _in("a", "an", "the", "my", "any", op="?"),
         _rx(r"^(dermatologists?|derms?|doctors?|professionals?|salons?|gps?|clinics?)$")],
        # "get milia out like a whitehead", "same as squeezing a spot"
        [_in("like", "as"), _in("a", "an", "you", "u", "with", "would", op="*"),
         _rx(r"^(whiteheads?|pimples?|zits?|blackheads?|spots?)$")],
        # steaming the face first, then extracting
        [_rx(r"^(steam|steamed|steaming|steamer)$")],
        # someone at home doing it: "my sister wants to extract them", "my friend said she can prick them"
        [_in("my", "her", "his", "me"), _in("best", "older", "younger", "little", "big", "beautician", "nail", "lash",
                                              "hairdresser", op="?"), _rx(HOME_AGENT)],
        # someone off a marketplace, or who comes to your house: "a lady off Facebook Marketplace"
        [_in("facebook", "fb"), _in("marketplace", "group", "groups")],
        [_in("gumtree", "marketplace")],
        [_rx(r"^(comes?|coming|came|visits?)$"), _in("to"), _in("your", "my", "her", "his", "the"),
         _in("house", "home", "flat", "door")],
        # "for home use", "a kit to use at home"
        [_in("home"), _in("use", "kit", "kits", "treatment", "remedy", "remedies")],
        # "no money for a derm", "can't afford a dermatologist"
        [_in("no"), _in("money", "cash", "budget"), _in("for")],
        [_in("afford"), _in("a", "the", "to", op="?"), _rx(r"^(dermatologists?|derms?|clinics?|professionals?|treatment|you)$")],
        # "wants to practise on my eyelid milia", "can i practise milia extraction on my mum"
        [_rx(r"^(practi[sc]e|practi[sc]es|practi[sc]ing|practi[sc]ed)$"), *_gap(3), _in("on")],
        [_in("in", "at"), _in("my", "her", "his", "their", "the", "our"),
         _rx(r"^(kitchen|bathroom|bedroom|lounge|flat|house|living)$")],
        [_in("spare", "back", "front"), _in("room", "bedroom")],
        # "I'm a brow artist", "I do lashes from my home studio" (not a clinic)
        [_in("i'm", "im", "i"), _in("am", "'m", op="?"), _in("a", "an"),
         _in("brow", "lash", "nail", "beauty", "tattoo", "makeup", "make-up", "eyebrow", "eyelash"),
         _rx(r"^(artists?|techs?|technicians?|therapists?|stylists?)$")],
    ],
    "TOOL": [
        [_rx(RX_TOOL)],
        [_in("finger"), _rx(r"^nails?$")],
        [_in("nail"), _in("file", "scissors", "clippers")],
    ],
    "TOOL_USE": [
        [_rx(RX_USE), *_gap(5), _rx(RX_TOOL)],
        [_rx(RX_TRIED), *_gap(2), _rx(RX_TOOL)],
        # "prick them with a needle", "going at them with my nails"
        [_in("with"), _in("a", "an", "my", "the", "some", "your", "her", "his", "sterile", "clean", op="*"),
         _rx(RX_TOOL)],
        # "taking a nail file to the bumps"
        [_in("take", "takes", "taking", "took", "taken"), _in("a", "an", "my", "the", "some", "her", "his", op="*"), *_gap(1),
         _rx(RX_TOOL), _in("file", op="?"), _in("to")],
        # "is a lancet ok?"
        [_in("is", "are", "would", "will", "could"), _in("a", "an", "the", "my", op="?"), _rx(RX_TOOL),
         _in("ok", "okay", "safe", "fine", "alright", "better", "good", "work")],
    ],
    "CONSUMER_TOOL": [
        [_in("comedone", "comedo", "blackhead", "blackheads", "pimple", "spot", "zit", "milia"),
         _rx(r"^(extractors?|poppers?|tools?|loops?)$")],
        [_rx(r"^(extraction|extractor|removal|remover|popping|milia)$"),
         _rx(r"^(kits?|tools?|sets?|pens?|devices?|gadgets?)$")],
        [_in("sewing"), _rx(r"^needles?$")],
        [_in("cuticle", "nail"), _rx(r"^(nippers?|clippers|cutters?|scissors|pushers?|sticks?)$")],
        [_in("pumice"), _in("stone", "stones", op="?")],
        # "the tool for blackheads", "an extractor for spots"
        [_rx(r"^(tools?|extractors?|removers?|gadgets?|devices?)$"), _in("for"), _in("the", op="?"),
         _rx(r"^(blackheads?|whiteheads?|spots?|pimples?|zits?|comedones?)$")],
        # "skin tag removal bands", "wart remover"
        [_in("tag", "tags"), _in("removal", "remover", "removing", op="?"),
         _rx(r"^(bands?|removers?|kits?|devices?|pens?|patches|strips?)$")],
        [_in("safety"), _rx(r"^pins?$")],
        # "would sticky tape pull it out", "tried sticky tape on my lids"
        [_in("sticky", "duct", "scotch", "masking", "gaffer", "gaffa", "parcel"), _in("tape")],
        [_rx(r"^(sellotape|selotape|sellotaped|duct-tape)$")],
        # gadgets sold for home use
        [_rx(r"^(plasma|fibroblast|cryo|microneedl\w*|ultrasonic|electric|derma|mole|wart|skin)$"),
         _rx(r"^(pens?|devices?|scrubbers?|spatulas?|removers?|machines?|zappers?|rollers?)$")],
        [_rx(r"^(dermapens?|cryopens?|dermaplan\w*|dermarollers?)$")],
        [_in("freezing", "freeze", "wart", "verruca", "cryo"), _rx(r"^(sprays?|kits?|pens?)$")],
        [_in("electric", "sonic", "spinning", "rotating"), _in("face", "facial", "cleansing", op="?"), _rx(r"^brush(es)?$")],
        [_in("home", "diy"), *_gap(2), _rx(r"^(kits?|devices?|tools?|gadgets?|pens?)$")],
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
        [_in("microdermabrasion", "dermabrasion"), _rx(r"^(wands?|devices?|machines?|tools?|kits?)$")],
        [_rx(r"^(plasma|lancet|zapper|fibroblast|pen|milia|acid)$"), _rx(r"^(pens?|devices?|things?|wands?|fibroblast|gadgets?)$")],
        # hot tools: "the little cautery things", "a hot tool", "blackhead suction vacuum things"
        [_rx(r"^(cautery|cauterising|cauterizing|cauterisation|cauterization)$"),
         _rx(r"^(pens?|devices?|things?|tools?|gadgets?|sticks?)$")],
        [_in("hot", "heated", "heat"), _rx(r"^(tools?|pens?|irons?|wires?|wands?)$")],
        [_rx(r"^(suction|vacuum|hoover)$"), _rx(r"^(vacuums?|things?|devices?|gadgets?|tools?|machines?|pens?|cups?)$")],
        [_rx(r"^(electric|electrolysis|suction|ultrasonic|laser|home|diy)$"),
         _rx(r"^(things?|devices?|gadgets?|machines?|removers?|pens?|zappers?|tools?|lasers?|kits?|wands?)$")],
        # "a spot zapper", not "the milk spot thing I keep reading about"
        [_in("spot"), _rx(r"^(devices?|gadgets?|machines?|removers?|pens?|zappers?|tools?|lasers?|kits?|wands?)$")],
        [_in("blackhead", "spot", "pimple", "milia", "pore"), _rx(r"^(removers?|suckers?|vacuums?|hoovers?|strips?)$")],
        [_in("high"), {"ORTH": "-", "OP": "?"}, _in("frequency"), _rx(r"^(wands?|devices?|machines?|tools?)$")],
        [_rx(r"^kits?$")],
    ],
    # How-to words: "which direction", "what gauge", "how deep" - asking how to do it oneself.
    "HOWTO": [
        [_in("what", "which", "whats", "what's", "wat"),
         _rx(r"^(angle|direction|gauge|setting|settings|depth|size|tool|tools|kind|type)$")],
        [_in("how"), _in("deep", "hard", "far")],
        [_in("step"), _in("by"), _in("step")],
        [_rx(r"^(tutorials?|instructions)$")],
        # "tips for extracting milia from the eyelid", "any tricks to pop them"
        [_in("tips", "tip", "tricks", "trick", "hacks", "hack", "advice"), _in("for", "on", "to"),
         _rx(r"^(extract\w*|remov\w*|pop\w*|squeez\w*|pick\w*|lanc\w*|drain\w*)$")],
        # "how do i extract milia", "how to drain one": hands-on verbs ("how do I get rid of them" is plain)
        [_in("how"), _in("do", "can", "should", "would", "to"), _in("i", "u", "you", "one", op="?"),
         _rx(r"^(extract|drain|lance|prick|pierce)$")],
        [_in("best", "better"), _in("tweezers", "needle", "needles", "pin", "pins", "lancet", "lancets", "tool", "tools",
                                    "kit", "gauge")],
        [_in("should"), _in("i"), _rx(r"^(scrub|rub|press|push|dig)$")],
        # "I've read you can use a sterile needle": what anyone can do, not what the clinic does
        [_in("read", "heard", "seen", "told"), _in("that", op="?"), _in("you", "u"), _in("can", "could", "should", "need")],
    ],
    "ACQUIRED": [
        [_rx(r"^(got|bought|ordered|ordering|buying|buy|have|has|own|borrowed)$")],
        [_in("off", "from", "on"), _in("ebay", "amazon", "aliexpress", "wish", "temu", "tiktok", "boots", "online")],
        [_in("online")],
    ],
    "TRIED": [[_rx(RX_TRIED)]],
    "COPY": [
        [_rx(r"^(copy|copying|copied|replicate|replicating|mimic|mimicking|recreate|recreating)$"),
         _in("him", "her", "it", "that", "this", "them", "what", "the", "their", "his")],
        [_rx(r"^(try|trying)$"), _in("it", "that", "this", "them"), _in("on"), _in("mine", "myself", "me", "my")],
        [_in("do", "try"), _in("the"), _in("same")],
    ],
    # rubbing or scrubbing: a self cue for getting them off ("will rubbing a flannel on my chin get them off")
    "RUB": [[_rx(RX_RUB)]],
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
        # "can i get the milia near my eyes removed", "my nan wants the milia under her eyes removed"
        [_rx(r"^(have|has|having|had|get|gets|getting|got|want|wants|wanted|need|needs)$"),
         _in("the", "my", "her", "his", "these", "those", "their", "our"), _rx(RX_MILIA_REF),
         *[{"LOWER": {"NOT_IN": ["and", "then", "&", ",", "but", "so"]}, "OP": "?"} for _ in range(5)],
         _rx(RX_CLINIC_DONE)],
    ],
    "CLINIC_TERM": [
        [_rx(RX_HYFRECATOR)],
        [_rx(r"^(needles?|needel|neddle|neadle)$"),
         _rx(r"^(extraction|extractions|removal|extration|extracion|extractoin|exraction|extracton|extractio)$")],
        [_in("what"), _in("does", "do", "will"), *_gap(3), _rx(r"^(involve|involves|entail)$")],
        [_in("how"), _in("is", "are", "do", "does"), *_gap(2), _in("removed", "extracted", "treated")],
    ],
    "CLINIC_PLACE": [[_in("at", "in", "to"), _in("the", "your", "a", op="?"),
                      _rx(r"^(clinics?|salons?|spas?|surgery|hospital|dermatologists?|derms?)$")],
                     # "can he come in for removal", "gift vouchers"
                     [_in("come", "comes", "coming", "pop", "book", "bring"), _in("him", "her", "me", "them", "us", op="?"),
                      _in("in"), _in("for")],
                     [_rx(r"^(vouchers?|gift|gifts)$")]],
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
    "OBJ": [[_rx(RX_OBJ)], [_in("what", "whats"), _in("'s", "is", op="?"), _in("left", "remains")]],
    "CTX_BEFORE": [[_rx(RX_CTX_BEFORE)]],
    "EYE": [
        [_rx(RX_EYE_WORD)],
        [_in(*LID_MODIFIERS), _rx(RX_LID)],
        [_in("tear", "tears"), _rx(r"^troughs?$")],
        [_in("water"), _in("line")],
        [_in("crows", "crow", "crow's"), {"ORTH": "'s", "OP": "?"}, _in("feet", "foot")],
        [_in("brow", "eyebrow"), _in("bone", "bones")],
        [_in("inner", "outer"), _rx(r"^corners?$")],
        [_in("tear", "tears"), _rx(r"^ducts?$")],
        [_in("eye"), _in("bags", "bag")],
        # "just under my brow", "below the brows"
        [_in("under", "below", "beneath", "underneath"), _in("my", "the", "her", "his", op="?"), _in("brow", "brows")],
        # "right in the crease when I blink", "where my eyeliner goes"
        [_in("crease", "fold", "creases", "folds"), _in("when", "where", "as"), _in("i", "you", "she", "he", "we"),
         _in("blink", "blinks", "close", "shut")],
        [_in("where"), _in("my", "the", "your", "her", "i", "you", op="?"), _in("put", "wear", "apply", op="?"), _in("my", op="?"),
         _in("eyeliner", "liner", "mascara", "eyeshadow", "kohl")],
    ],
    "EYE_IDIOM": [
        [_rx(r"^(caught|catch|catches|catching)$"), _in("my", "your", "the", "his", "her", "our"), _in("eye")],
        [_rx(r"^(keep|keeps|keeping|kept)$"), _in("an", "a", "close"), _in("eye")],
        [_rx(r"^(keep|keeps|keeping|kept)$"), _in("my", "your", "our"), _in("eye", "eyes"), _in("on", "out", "peeled")],
        [_in("an"), _in("eye"), _in("on", "out")],
        [_in("naked", "birds", "bird's", "public", "blind"), _in("eye")],
        [_in("see", "seeing", "saw", "seen", "sees"), _in("eye"), _in("to"), _in("eye")],
        [_in("sight"), _in("for"), _in("sore"), _in("eyes", "eye")],
        # "wobbly at the sight of needles", "by the look of it": not the eye
        [_in("at", "by"), _in("the", "mere", "very", op="*"), _in("sight", "thought"), _in("of")],
        [_in("eye"), {"ORTH": "-"}, _in("watering", "wateringly")],
        # "my eyes lit up when I saw you do milia", "thought I was going blind ... turns out they're milia"
        [_in("eyes", "eye"), _in("lit", "light", "lights", "lighting"), _in("up")],
        [_in("thought", "swore", "convinced"), _in("i", "she", "he"), _in("was", "'d", "had", "were"), _in("going", "gone", "go"), _in("blind")],
        [_in("eyewatering", "eyewateringly")],
        # "my lash tech", "the brow bar": a person or a place, not the eye area
        [_in("lash", "lashes"), _rx(r"^(techs?|technicians?|artists?|bar|salon|appointments?|extensions?|lifts?)$")],
        [_in("does", "do", "doing", "did"), _in("lashes", "eyelashes", "brows", "eyebrows")],
        [_in("eye"), {"ORTH": "-", "OP": "?"}, _in("contact", "catching", "opener", "opening", "test")],
        [_in("eyes", "eye", "eyeballs"), _in("pop", "popped", "popping", "pops", "nearly", "almost", op="+"), _in("out")],
    ],
    # "a 4 week old", "my 6 wk old", "she's 5 weeks old": a particular baby, not a general question
    # (a report in its own sentence, and beside a temperature anywhere in the message)
    "BABY_AGE": [
        [_in("aged", "age"), _rx(r"^(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$"),
         _rx(r"^(days?|wks?|weeks?|months?|mths?)$")],
        [_rx(r"^(baby|babies|newborn|daughter|son|girl|boy|infant|little)$"), _in("of", "aged", "age"),
         _rx(r"^(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$"),
         _rx(r"^(days?|wks?|weeks?|months?|mths?)$")],
        [_rx(r"^(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$"), _in("-", op="?"),
         _rx(r"^(days?|wks?|weeks?|months?|mths?)$"), _in("-", op="?"), _in("old")],
    ],
    "REPORT_CUE": [
        [_in("my", "mine", "since", "now", "still", "keeps", "keep", "ive", "im")],
        [_in("i"), _in("'ve", "ve", "'m", "m")],
        [_in("after", "when"), _in("i")],
        # "... with pus 3 days later": a dated account, not a general question
        [_rx(r"^(\d+|a|one|two|three|four|five|six|seven|few|couple)$"), _in("of", op="?"),
         _rx(r"^(days?|weeks?|hours?)$"), _in("later", "ago", "after")],
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
        # "fifth week now and the scab is still there", "the 6th week"
        [_rx(RX_ORDINAL), _in("week", "month", "year")],
        [_in("yesterday", "today", "tonight")],
        # "since october": at least a month ago, as far as a red flag is concerned
        [_in("for", "been", "over"), _in("weeks", "months", "ages", "years", "yonks")],
        [_in("since"), _in("before", "about", "around", "early", "late", "mid", op="?"),
         _rx(r"^(jan\w*|feb\w*|march|april|may|june|july|aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*"
                             r"|christmas|xmas|easter|summer|spring|autumn|winter|last)$")],
        [_in("last", "this"), _in("night", "morning", "evening", "afternoon")],
        [_in("last"), _in("week", "month", "year")],
        # "the spot I picked in January still has a scab": at least a month, as far as a red flag is concerned
        [_in("in", "back"), _in("in", op="?"), _rx(r"^(jan\w*|feb\w*|march|april|june|july|aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*"
                                                 r"|christmas|xmas|easter)$")],
    ],
    # ---- red flags ----
    "RF_SWELL": [[_in("twice", "double"), _in("the"), _in("size")],
        # "shiny and tight and sore", "tight and shiny" (skin stretched by swelling)
        [_in("shiny"), _in("and", ","), _in("tight", "taut")],
        [_in("tight", "taut"), _in("and", ","), _in("shiny")],
                 # "my eyelid has gone fat", "her lid is all puffed"
                 [_rx(RX_EYE_WORD + "|" + RX_LID), _in("has", "have", "is", "'s", "got", "looks", "went", op="?"),
                  _in("gone", "going", "getting", "got", "is", "'s", "looks", "went", "become", "all", op="?"),
                  _in("really", "so", "very", "all", "a", "bit", "massively", op="*"),
                  _in("fat", "fatter", "huge", "massive", "thick", "thicker", "lumpy", "bloated", "fat-looking")],
                 [_rx(r"^(ballooned|ballooning|balloon|puffed|blown|puffing)$"), _in("up")],
                 # described: "ballooned overnight", "puffed up", "come up like a golf ball", "looks like I've been
                 # punched", "my lip's gone massive", "the eye bag is huge now", "the side of my eye has come up"
                 [_rx(r"^(ballooned|ballooning|inflated|lopsided|puffed)$")],
                 [_in("swollen", "swelled", "swelling", "turned", "become", "became", "gone"), _in("into", "up", op="?"), _in("a", op="?"),
                  _in("hard", "big", "huge", "tender", "sore"), _in("lump", "bump", "knot")],
                 [_in("become", "became", "becomes", "turn", "turned"), _in("big", "huge", "massive"), _in("bump", "lump"),
                  _in("more", "bigger", op="?")],
                 [_in("puff", "puffs", "puffing"), _in("up")],
                 [_in("lip", "lips", "nose", "cheek", "face", "chin", "jaw", "eyelid", "lid", "arm", "leg", "eye", "bag", "bags",
                      "area", "side", "forehead", "temple", "neck", "skin", "eyes", "lids"),
                  _in("has", "have", "'s", "had", "is", "all"), _in("come", "came", "coming"), _in("up")],
                 [_in("come", "came", "coming", "comes"), _in("up"), _in("in", "like"), *_gap(3),
                  _rx(r"^(lumps?|golf|balls?|eggs?|balloons?|bumps?|marble)$")],
                 [_in("like"), *_gap(4), _rx(r"^(golf|boxer|boxer's|boxers|punched|stung|bee|balloon|hamster|strawberry"
                                             r"|elephant|elephant's|pillow|cushion|marshmallow|sausage|puffer)$")],
                 [_in("lip", "lips", "nose", "cheek", "face", "chin", "jaw", "eyelid", "lid", "arm", "leg", "eye", "bag", "bags",
                      "area", "side", "forehead", "temple", "neck"),
                  _in("is", "'s", "has", "gone", "looks", "went", "all", "now", "got", "on", "the", "left", "right", op="*"),
                  _in("massive", "huge", "enormous", "fat", "inflated", "lopsided", "bloated")],
                 [_in("fat", "puffy", "puffed", "bloated", "swole", "massive", "huge"), _rx(r"^(eyelids?|lids?)$")],
                 [_rx(r"^(swollen|swolen|swolln|swole|swoll|swolled|swelling|sweling|swelled|swell|swells|puffy|puffiness"
                      r"|puffed|puffing|throbbing|throbs|throbbin|oedema|edema|oedematous|edematous)$")]],
    "RF_HOT": [
        [_in("is", "'s", "feels", "feel", "gone", "all"), _in("boiling", "roasting", "burning", "scorching", "red-hot")],
        # described: "become hot, tender and raised", "like a little hot coal", "its own radiator", "giving off heat"
        [_in("become", "becoming", "became", "getting", "got", "gone", "turned", "turning"), _in("hot", "warm", "hotter", "warmer")],
        [_rx(r"^(radiators?|coals?|furnace)$")],
        [_in("giving", "gives", "gave", "coming", "radiating", "comes", "pouring"), _in("off", "out", "from", op="?"),
         _in("heat", "warmth")],
        [_in("heat", "warmth"), _in("coming", "radiating", "pouring"), _in("off", "out", "from")],
        [_in("is", "feels", "feel", "feeling", "'s", "s", "its", "it's", "and", "red", "really", "very", "so",
             "gone", "burning", "v", "bit"), _in("hot", "warm", "hott")],
        [_in("hot", "warm"), _in("to"), _in("the", op="?"), _in("touch")],
        [_in("hot", "warm", "hott"), _in(",", "and", "&")],
        [_in(",", "and"), _in("hot", "warm", "hott")],
        [_in("hot", "warm", "hott"), _in("red", "angry", "swollen", "hard", "raised", "pink", op="?"),
         _rx(r"^(lumps?|bumps?|spots?|areas?|skin|patch)$")],
    ],
    "RF_PUS": [
        # "a creamy yellow head", "a little yellow cap", "a yellow blister", "custard-coloured stuff", "gooey and yellow"
        [_in("yellow", "yellowy", "yellowish", "creamy", "green", "greeny", "custard", "cream"), _in("-", "coloured", "colored", op="*"),
         _rx(r"^(heads?|caps?|tops?|blisters?|beads?|dots?|centres?|centers?|stuff|gunk|goo|crust|spot|middle|pimple)$")],
        [_rx(r"^(gooey|goopy|gunky|gloopy|pussy|mucky|custardy)$")],
        [_in("yellow", "yelow", "yellowy", "green", "yellow-green", "greeny"), _in("-", "green", "and", op="*"),
         _rx(r"^(stuff|gunk|goo|thing|things|liquid|fluid|muck|gloop)$")],
        [_rx(r"^(pus|puss|pustules?|pussing|pussy)$")],
        # "my pillowcase had yellow stains where I'd squeezed it"
        [_in("yellow", "yellowy", "yellowish", "green", "greeny", "greenish"), _rx(r"^(stains?|stained|smears?)$")],
        [_in("stained"), _in("yellow", "green")],
        [_in("yellow", "green", "yellowy", "greenish", "yellowish", "greeny"),
         _rx(r"^(stuff|gunk|goo|gunge|liquid|fluid|discharge|crust|water|juice|gloop|muck)$")],
        [_in("yellow", "green", "yellowy", "greenish", "yellowish", "greeny"), _rx(r"^(heads?|tops?|bits?)$"),
         *_gap(2), _rx(r"^(gunk|goo|gunge|stuff|pus)$")],
        [_in("gone", "going", "turned", "turning", "went", "is", "looks"), _in("a", "all", "bit", op="*"),
         _in("green", "greeny", "greenish", "yellow", "yellowy")],
        [_rx(r"^(smelly|stinks|stinky|whiffy)$")],
        # "gone all manky", "looks gammy" (a picked spot gone bad; not "my skin looks manky with milia")
        [_in("gone", "going", "turned", "turning", "went", "getting", "got"), _in("all", "a", "bit", "really", "proper", op="*"),
         _in("manky", "gammy", "minging", "rank", "gross", "nasty", "mank")],
        [_in("smells", "smelling", "smell"), _in("bad", "off", "horrible", "awful", "funny", "rotten", "gross")],
    ],
    "RF_OOZE": [[_rx(r"^(ooz\w*|weep\w*|leak\w*|discharg\w*|seep\w*)$")],
                # "fluid dribbling from it", "juice keeps coming out of it", "my pillow was damp and sticky from the spot"
                [_rx(r"^(fluid|liquid|juice|stuff|gunk|goo|water)$"), *_gap(2),
                 _rx(r"^(dribbl\w*|drip\w*|trickl\w*|running|runs|coming|comes|came|oozing|pouring)$"),
                 _in("out", "from", "down", op="?")],
                [_in("pillow", "pillowcase", "plaster", "dressing"), *_gap(3), _in("damp", "wet", "sticky", "stained", "soaked")],
                [_in("always", "still", "constantly", "keeps"), _in("wet", "weepy", "damp", "moist", "runny", "leaking")],
                [_in("water", "fluid", "liquid", "juice"), _in("come", "comes", "coming", "came"), _in("out")]],
    "RF_SPREAD": [
        # "the redness is travelling up between my eyes"
        [_in("redness", "red", "rash"), _in("is", "'s", "has", "keeps"), _rx(r"^(travell?ing|moving|heading|creeping|crawling)$"),
         _in("up", "down", "across", "towards", "along", "into", "over")],
        [_rx(RX_RED), *_gap(8), _rx(RX_SPREAD)],
        # "the red go to my cheek"
        [_in("red", "redness"), _in("is", "'s", "has", op="?"), _in("go", "goes", "going", "gone", "went", "moving", "moves", "moved"),
         _in("to", "up", "onto", "into", "towards", "toward", "across")],
        [_rx(RX_SPREAD), *_gap(4), _rx(RX_RED)],
        [_in("red", "pink", "dark", "reddish", "pinkish", "pinky"), _rx(r"^(lines?|streaks?|tracks?|trails?|stripes?)$"), *_gap(4), _in("from")],
        [_in("red", "pink", "dark", "reddish", "pinkish", "pinky"), _rx(r"^(lines?|streaks?|tracks?|trails?|stripes?)$"), *_gap(2),
         _rx(r"^(going|spreading|running|up|down|towards|toward|from|coming|heading|across)$")],
        # "a pink track is tracing its way up my shin", "a red line snaking up my arm"
        [_in("red", "pink", "dark", "reddish", "pinkish", "pinky"), _rx(r"^(lines?|streaks?|tracks?|trails?|stripes?)$"),
         _in("is", "'s", "has", "been", "now", op="*"),
         _rx(r"^(trac\w+|climb\w*|snak\w+|creep\w*|crawl\w*|travell?\w*|mov\w+|inch\w*|work\w*|mak\w+|wind\w*)$"),
         _in("its", "it's", "their", "way", op="*"), _in("up", "down", "along", "across", "towards", "toward", "over", "into")],
        [_rx(r"^(redness|red)$"), *_gap(8), _rx(RX_BIGGER)],
        # "the pink patch from where I picked has reached my collarbone", "now it covers my whole chin"
        [_rx(r"^(redness|red|pink|pinkness|rash|flush|patch)$"), *_gap_in_sentence(10),
         _in("reached", "reaches", "reaching", "covers", "covering", "covered", "crept", "spread"),
         _in("to", "onto", "into", "down", "up", op="?"), _in("my", "the", "her", "his", "their", op="?"), _in("whole", "entire", op="?"),
         _in("collarbone", "neck", "ear", "ears", "eye", "jaw", "jawline", "chest", "shoulder", "chin", "cheek", "face", "forehead",
             "nose", "temple", "scalp", "armpit", "arm", "hairline", "lip", "mouth")],
        # "the red around the milia I picked on my nose keeps widening"
        [_rx(RX_RED), *_gap_in_sentence(12), _rx(r"^(widen\w*|expand\w*)$")],
        # "the area is getting redder and bigger every day"
        [_rx(r"^(redder|angrier|pinker)$"), _in("and", "&", op="?"), _rx(RX_BIGGER)],
        # described: "now covers half my cheek", "a red patch the size of my palm", "the flush gets bigger",
        # "working its way out across my nose", "red keeps growing outward"
        [_rx(r"^(redness|red|pink|pinkness|flush|rash)$"), *_gap(12), _in("covers", "covering", "covered", "taking"),
         _in("half", "most", "all", "over", "up")],
        [_in("red", "pink", "angry"), _rx(r"^(patch|area|blotch|mark|circle|ring)$"), _in("the", "is", "now", op="*"),
         _in("size"), _in("of")],
        [_in("flush", "blush", "pinkness", "flushing"), *_gap(8), _rx(RX_BIGGER + r"|^(doubled|tripled|grown|growing|grows|spreading|spreads)$")],
        [_in("redder", "pinker", "angrier"), _in("and", op="?"), _in("wider", "broader")],
        [_in("red", "redness", "pink", "rash"), *_gap(3), _rx(r"^(gone|spread|moved|travelled|traveled|crept|crawled|gone|got)$"),
         _in("down", "up", "onto", "into", "across", "over", "along"), *_gap(2),
         _in("neck", "cheek", "jaw", "face", "chest", "ear", "eye", "forehead", "nose", "chin", "scalp", "shoulder", "arm", "leg")],
        [_rx(r"^(working|making|eating)$"), _in("its", "it's"), _in("way"), _in("out", "across", "up", "down", "along", "over", "towards")],
        [_in("red", "redness", "pink"), _in("keeps", "is", "'s", "has", "been", op="*"), _in("growing", "spreading", "moving"),
         _in("outward", "outwards", "out", "further")],
        # "a streak of red is heading towards my ear", "a line of redness going up my neck"
        [_rx(r"^(streaks?|lines?|tracks?|trails?|stripes?)$"), _in("of"), _in("red", "redness", "pink"), *_gap(3),
         _rx(r"^(going|goes|gone|heading|heads|spreading|running|runs|moving|creeping|travelling|traveling|up|down"
             r"|towards|toward|across)$")],
        # the red area itself grows: "the redness round the milia I dug out is getting bigger",
        # "red blotch round the one i picked has doubled in size"
        [_in("redness", "rash", "pinkness"), *_gap(12), _rx(RX_BIGGER + r"|^(doubled|tripled|grown|growing|grows)$")],
        [_in("red", "pink"), _rx(r"^(blotch\w*|patch\w*|area|areas|ring|rings|circle|mark|marks|halo|skin|bit)$"),
         *_gap(12), _rx(RX_BIGGER + r"|^(doubled|tripled|grown|growing|grows)$")],
        [_in("drawn", "drew", "marked", "traced", "outlined"), _in("round", "around"), *_gap(3),
         _in("pen", "biro", "marker", "edge", "edges", "red", "redness")],
        # "it's gone past the line I drew", "spreading across my cheek"
        [_in("past", "beyond", "outside", "over"), _in("the", "my", op="?"),
         _in("line", "lines", "pen", "biro", "marker", "mark", "marks", "outline", "circle")],
        [_rx(r"^(spreading|spread|spreads|creeping|crawling|fanning|travelling|traveling|marching)$"),
         _in("out", op="?"), _in("across", "over", "up", "down", "along", "into", "onto", "from"),
         _in("my", "her", "his", "the", "their", op="?"),
         _in("cheek", "cheeks", "face", "forehead", "nose", "chin", "jaw", "neck", "eye", "eyelid", "temple", "lid")],
    ],
    # redness compared with yesterday, across commas: "the redness was the size of a 5p yesterday, now it is bigger
    # than a 50p", "red colour around the spot go bigger, yesterday small now almost all my cheek"
    "RF_SPREAD_SINCE": [
        [_in("redness", "red", "rash", "pink"), *_gap(14), _in("yesterday", "this", "last"), *_gap(6), _in("now"), *_gap(4),
         _rx(RX_BIGGER + r"|^(all|half|most|whole)$")],
    ],
    "RF_FEVER": [
        [_rx(r"^(fever\w*|feaver\w*|fevour|shivers|shivery|shivering|chills|rigors|unwell|fluey|flu-?ish|flu-?like"
             r"|fluy|flue-?y)$")],
        # "feel like I've got the flu", "flu symptoms"
        [_rx(r"^(feel|feels|feeling|felt)$"), _in("like"), *_gap(3), _in("flu")],
        [_in("flu"), _in("symptoms", "-", "like", "ish")],
        [_in("a", "high", "raised", "hi"), _rx(r"^(temp|temperature|temprature|tempreture)$")],
        [_rx(r"^(feel|feels|feeling|felt)$"), {"OP": "?"}, _in("ill", "poorly", "shivery", "hot")],
        [_in("burning"), _in("up")],
        # "I'm cold and shaking", "my temperature's up"
        [_in("cold", "freezing", "hot"), _in("and", "&"), _in("shaking", "shaky", "trembling", "sweaty", "clammy", "shivery")],
        [_in("temperature", "temp"), _in("'s", "is", "has", "gone", "went", "been", op="*"), _in("up", "high", "raised", "rising")],
        # "boiling one minute and freezing the next", "teeth chattering"
        [_in("boiling", "roasting", "hot"), *_gap(5), _in("freezing", "frozen", "shivering", "shaking")],
        [_in("teeth"), _rx(r"^(chatter\w*)$")],
    ],
    "RF_INFECT": [[_rx(r"^(infected|infection|infections|infecting|infect|infecion|infeted"
                       r"|infectd|infeccted)$")]],
    "RF_EYE_PAIN": [
        # "pain is 10/10 and it's right in the eye I squeezed near"
        [_rx(RX_PAIN), _in("is", "'s", "at", "was", "of", "about", "like"), _in("a", op="?"),
         _rx(r"^(10|9|11|ten|nine|eleven)(/10)?$"), *_gap_in_sentence(8), _rx(RX_EYE_WORD)],
        [_rx(RX_EYE_WORD + "|" + RX_LID), *_gap(4), _rx(RX_PAIN)],
        [_rx(RX_PAIN), *_gap(4), _rx(RX_EYE_WORD + "|" + RX_LID)],
        # "a bad pain in the i, it's like a drill" ("i" for "eye")
        [_rx(RX_PAIN), _in("in", "behind", "inside"), _in("the", "my", "her", "his", "me"), _in("i")],
        # "ow my eye. properly hurting deep inside" (kept only after the eye is named: signs.red_flag_spans)
        [_rx(RX_PAIN), _in("deep", "right", "way", "really", op="?"), _in("inside", "behind")],
        # "Hurts SO bad. Eye. Pin." (kept only beside the eye: signs.red_flag_spans)
        [_rx(RX_PAIN), _in("so", "really", "very"), _in("bad", "badly", "much")],
        # "my eye is watering loads and really painful", "my eye ... very strong pain" (second-language English)
        [_rx(RX_EYE_WORD), _in("is", "'s", "feels", "was", "keeps"), *_gap_in_sentence(4), _rx(RX_PAIN)],
        [_rx(RX_EYE_WORD + "|" + RX_LID), *_gap_in_sentence(8), _in("very", "really", "so", "extremely", "such"),
         _in("strong", "big", "bad", "severe", "much", "a", op="*"), _rx(RX_PAIN)],
    ],
    "RF_VISION": [
        [_rx(r"^blur\w*$")],
        # a nurse's or doctor's words: "visual disturbance", "diplopia", "reduced visual acuity"
        [_in("visual"), _rx(r"^(disturbances?|loss|changes?|impairment|problems?|symptoms?)$")],
        [_rx(r"^(diplopia|photopsia|photopsias)$")],
        [_in("reduced", "decreased", "impaired", "worse", "lower", "dropped"), _in("visual"), _in("acuity")],
        [_rx(RX_VISION), *_gap(5), _rx(RX_VISION_CHANGE)],
        [_rx(RX_VISION_CHANGE), *_gap(3), _rx(RX_VISION)],
        # "i can only see shapes", "all i see is blobs"
        [_in("see", "seeing", "sees"), *_gap(2),
         _rx(r"^(shapes|shadows|outlines|blobs|smudges?|haze|fog|mist|halos?|rings?|double)$")],
        # "can't see properly", "can barely see out of it" (never "I can see properly")
        [_rx(r"^(ca|can|could|couldn)$"), _in("n't", "nt", "not", "barely", "hardly", "only", "just"),
         _in("see"), *_gap(3), _rx(r"^(properly|proper|clearly|clear|well|good|straight|right|anything|out"
                                   r"|much|normally|very)$")],
        [_rx(r"^(cannot|cant|couldnt|cnt|cudnt|cannae|canna|canny|couldnae|cudnae)$"), _in("barely", "hardly", "really", op="?"),
         _in("see"), *_gap(3), _rx(r"^(properly|proper|proply|propely|properley|propperly|clearly|clear|well|good"
                                   r"|straight|right|anything|out|much|normally|very)$")],
        [_in("two"), _in("of"), _in("everything")],
        # "everything's gone a bit yellow-tinted", "everything looks far away and small with that eye"
        [_in("everything"), _in("looks", "look", "looked", "is", "'s", "seems", "gone", "went", "has"),
         _in("gone", "a", "all", "bit", "kind", "of", "sort", "slightly", "really", "very", "so", "too", op="*"),
         _rx(r"^(yellow\w*|tinted|far|distant|small|tiny|wavy|bent|dim|darker|faded|washed|grey|gray)$")],
        # "rainbow halos round the street lamps", "lights have rings around them"
        [_rx(r"^(halos?|haloes|rings?|rainbows?)$"), _in("round", "around", "on", "about"), _in("the", "all", "every", "street", op="*"),
         _rx(r"^(lights?|lamps?|bulbs?|headlights?|streetlights?|lamps)$")],
        [_rx(r"^(lights?|lamps?|bulbs?|headlights?|streetlights?)$"), _in("have", "has", "got"), _in("rings", "halos", "haloes", "rainbows")],
        # "can't tell colours apart", "my vision on that side went suddenly"
        [_rx(r"^(ca|can|could|cannot|cant|couldnt)$"), _in("n't", "nt", "not", op="?"), _in("tell"), _in("the", op="?"),
         _in("colours", "colors"), _in("apart")],
        [_rx(RX_VISION), *_gap(3), _in("went", "gone", "go", "goes"),
         _in("suddenly", "completely", "totally", "black", "dark", "dim", "funny", "weird", "strange", "odd", "off")],
        # "a dark patch in the middle when he looks at his phone" (beside seeing or looking: signs.red_flag_spans)
        [_in("dark", "black", "grey", "gray", "blank", "blind", "missing"), _in("patch", "spot", "hole", "gap", "blob", "smudge"),
         _in("in"), _in("the"), _in("middle", "centre", "center")],
        [_rx(RX_VISION), *_gap_in_sentence(5), _in("missing"), _in("patch", "bit", "part", "chunk", "corner")],
        # "there's a patch I can't see in now"
        [_in("patch", "bit", "part", "area", "spot", "corner"), _in("i", "she", "he", "you"), _rx(r"^(ca|can|could|cannot|cant|couldnt)$"),
         _in("n't", "nt", "not", op="?"), _in("see"), _in("in", "through", "out", "with", "at")],
        # "everything looks like the bathroom mirror after a shower", "it's all black in that eye"
        [_in("everything"), _in("looks", "look", "looked", "is", "'s", "seems", "went", "gone", "has"), *_gap_in_sentence(6),
         _rx(r"^(misty|mist|foggy|fog|fogged|steamy|steam|steamed|shower|hazy|haze|smeared|smudged|cloudy|murky"
             r"|underwater|milky)$")],
        [_in("all", "gone", "went", "just", "completely", "totally"), _in("black", "dark", "grey", "gray", "blank"),
         _in("in", "from", "out"), _in("of", op="?"), _in("that", "my", "her", "his", "the", "one", "this"), _in("eye")],
        # "everything is doubled", "one eye sees everything slightly bigger than the other"
        [_in("everything", "things"), _in("is", "are", "'s", "looks", "look", "has", "have", "gone", "seems", "all", op="*"),
         _in("doubled", "double")],
        [_in("see", "sees", "seeing"), _in("everything", "things"), *_gap(2),
         _in("bigger", "smaller", "larger", "tilted", "sideways", "stretched")],
        # "edges appear as two overlapping lines", "only see the top half of things", "in and out of focus",
        # "2 presenters where there should be 1", "that side has gone dark", "a patch missing in the middle"
        [_in("appear", "appears", "look", "looks", "seen", "showing"), _in("as", "like"), _in("two", "double", "2")],
        [_in("see", "seeing", "sees"), _in("only", "just", "the", "top", "bottom", "left", "right", "upper", "lower", op="*"),
         _in("half")],
        [_in("in"), _in("and"), _in("out"), _in("of"), _in("focus")],
        [_in("where"), _in("there"), _in("should"), _in("be"), _in("1", "one")],
        # "the presenter had two heads", "half the crossword vanishes", "can't see my grandson's face properly",
        # "butter on my glasses", "like the screen is underwater", "steamed-mirror effect"
        [_in("two", "2", "double"), _rx(r"^(heads|faces|presenters|people|cars|moons|suns|lines|tvs|screens)$")],
        [_in("half", "part", "bits", "chunks"), _in("of", op="?"), _in("the", "my", op="?"), *_gap(1),
         _in("vanishes", "vanished", "disappears", "disappeared", "goes", "went", "missing")],
        *[[*cannot, _in("see"), _in("my", "the", "her", "his", op="?"), *_gap(2), _in("face", "faces"), _in("properly", "clearly", "well", "right")]
          for cannot in CANNOT],
        [_in("butter", "grease", "vaseline", "oil", "cream"), _in("on", "over", "across"), _in("my", "the"), _in("glasses", "specs", "lenses", "eye", "eyes")],
        [_in("screen", "telly", "tv", "page", "road", "room", "world"), _in("is", "'s", "was", "looks", op="?"), _in("underwater", "under")],
        [_in("steamed", "steamy", "fogged", "misted"), *_gap(2), _in("effect", "mirror", "window", "glass")],
        [_in("that", "the", "her", "his", "my", "left", "right", "one"), _in("side", "half"), _in("has", "'s", "is", "just", op="*"),
         _in("gone", "going", "went", "turned"), _in("dark", "black", "blank", "grey", "gray", "dim", "blurry", "fuzzy")],
        [_in("half", "part", "bottom", "top", "side", "corner", "edge"), _in("of"), _in("the", "my", "her", "his"),
         _in("view", "vision", "sight", "picture"), *_gap(6),
         _in("grey", "gray", "dark", "black", "blank", "blurry", "missing", "gone", "fuzzy", "dim")],
        [_in("patch", "bit", "part", "chunk", "piece", "section", "hole", "gap"), _in("missing", "gone", "blank")],
        # "what I can see out of it now is all smeared"
        [_in("see", "seeing", "sees"), *[{"ORTH": {"NOT_IN": [".", "?", "!", "...", ",", ";"]}, "OP": "?"} for _ in range(7)],
         _in("smeared", "smeary", "smudged", "smudgy", "blurry", "fuzzy", "foggy", "misty", "cloudy", "hazy", "murky", "wobbly")],
        # "the left side of it is just black when I close my good eye" (only beside seeing or the eye: signs.red_flag_spans)
        [_in("left", "right", "top", "bottom", "one"), _in("side", "half"), _in("of", op="?"),
         _in("it", "everything", "things", "the", "my", op="?"), _in("screen", "page", "window", "room", "picture", "view", op="?"),
         _in("is", "'s", "are", "goes", "went"), _in("just", "all", "completely", "totally", "now", op="*"),
         _in("black", "dark", "blank", "grey", "gray", "missing")],
        [_in("hole", "gap", "blank", "blind"), _in("in"), _in("what"), _in("i", "you", "she", "he"), _in("see", "can")],
        # "a dark patch in the middle of what she sees", "a grey smudge over what I can see"
        [_in("patch", "spot", "shadow", "blob", "smudge", "smear", "blur", "cloud", "shape", "hole", "gap"), *_gap_in_sentence(5),
         _in("what"), _in("i", "you", "she", "he", "they", "we"), _in("can", op="?"), _in("see", "sees")],
        # "she can't see the clock on the wall from that eye", "can't read my phone with my left eye"
        *[[*cannot, _in("see", "read"), *_gap_in_sentence(6), _in("from", "with", "through", "out"), _in("of", op="?"),
           _in("that", "this", "my", "her", "his", "the", "one", "left", "right", "bad", "sore", op="+"), _in("eye", "side")]
          for cannot in CANNOT],
        # described: "the telly's gone soft round the edges", "faces look melted", "everything has a twin",
        # "half the page is missing", "the whole left side of everything has disappeared"
        [_in("everything", "things", "faces", "words", "lines", "letters", "people", "telly", "tv", "screen", "room"),
         _in("has", "have", "'s", "got", op="?"), _in("a", op="?"), _in("twin", "twins", "double", "doubles", "ghost", "echo")],
        [_in("faces", "face", "things", "everything", "words", "lines", "letters", "walls", "doors", "people", "objects"),
         _in("look", "looks", "appear", "appears", "seem", "seems", "are", "'s", "is", "gone", "all", op="+"),
         _in("melted", "melting", "warped", "bent", "bendy", "wavy", "distorted", "wobbly", "stretched", "squashed",
             "crooked", "smeared", "soft", "grainy", "milky", "murky", "faded", "washed")],
        [_in("half", "part", "side", "bit", "chunk", "bottom", "top", "edge"), _in("of", op="?"),
         _in("the", "my", "everything", "what", op="?"),
         _in("page", "screen", "picture", "room", "view", "world", "everything", "things", "face", "faces", "clock", "words",
             "book", "telly", "tv", "i", "vision", "sight"),
         _in("can", "see", "is", "has", "have", "'s", "just", "completely", "totally", op="*"),
         _in("missing", "gone", "disappeared", "vanished", "blank", "dark", "black", "grey", "gray", "blurred", "blurry")],
        [_in("lost", "losing", "lose"), _in("the", "my", op="?"), _in("top", "bottom", "left", "right", "outer", "inner", op="?"),
         _in("half", "part", "side", "bit", "edge"), _in("of"), _in("what", "my", "the"), _in("i", "vision", "sight", op="?")],
        # "can't make out my kids' faces with my right eye", "can't focus my left eye on anything"
        *[[*cannot, _in("make"), _in("out"),
           {"LOWER": {"NOT_IN": ["if", "whether", "what", "why", "how", "which", "where", "who"]}}] for cannot in CANNOT],
        *[[*cannot, _rx(r"^(focus|focusing|focussing)$"), _in("my", "the", "her", "his", "that", "this", "left", "right", op="*"),
           _in("eye", "eyes")] for cannot in CANNOT],
        *[[*cannot, _rx(r"^(focus|focusing|focussing)$"), _in("on"), *_gap(3), _in("at"), _in("all")] for cannot in CANNOT],
        # "like cling film over my right eye", "vaseline on my glasses", "see like through milk"
        [_in("cling", "vaseline", "grease", "film", "milk", "fog", "steam", "net", "gauze", "smoke", "plastic", "wrap",
             "glue", "jelly", "oil"),
         *_gap(3), _in("over", "on", "across", "in", "covering"), _in("my", "the", "her", "his", "one", op="?"),
         _in("left", "right", "good", "bad", op="?"), _rx(r"^(eye|eyes|eyeball|vision|sight|glasses|specs|lens|lenses)$")],
        [_in("see", "seeing", "sees", "looking", "look", "looks"), _in("like", "as"), _in("if", op="?"),
         _in("it", "it's", "its", "'s", "is", "everything", "i'm", "im", op="*"),
         _in("through", "thru", "behind", "under"), *_gap(2),
         _in("milk", "water", "fog", "mist", "smoke", "steam", "glass", "net", "curtain", "veil", "gauze", "cloud",
             "jelly", "oil", "window", "windows", "frosted")],
        # "I see everything is not clear" (a learner's wording), "things aren't sharp any more"
        [_in("see", "seeing", "sees"), _in("everything", "things", "all"), _in("is", "are", "'s", op="?"),
         _in("not", "n't", "no", "nt"), _in("clear", "clearly", "sharp", "right", "normal", "focused", "proper")],
        # "I see everything two times", "seeing things twice", "only seeing half of things"
        [_in("see", "seeing", "sees"), _in("everything", "things", "it", "all", op="*"), _in("twice", "two", "2"),
         _in("times", "time", "x", op="?")],
        [_in("see", "seeing", "sees"), _in("only", "just", op="?"), _in("half")],
        # "the bottom half is black" (half of what is seen; not "the top has gone black", a scab)
        [_in("half"), _in("of", op="?"), _in("it", "everything", "things", "my", "vision", "sight", op="*"),
         _in("is", "'s", "has", "gone", "went", "just", "completely", "all", op="+"),
         _in("black", "dark", "blank", "missing", "grey", "gray", "blacked")],
        # "my eye is not see good" (a learner's wording), "I'm not seeing properly"
        [_in("not", "no", "dont", "don't", "cannot", "cant"), _in("see", "seeing", "sees"),
         _in("good", "well", "properly", "proper", "clear", "clearly", "right", "normal", "normally")],
        [_rx(r"^(patch|bit|part|chunk|piece|section|half|bottom|top|side|corner|edge|middle|centre|center)$"),
         _in("of"), _in("my", "the", "her", "his", "your", op="?"), _in("sight", "vision")],
        # "like looking through a net curtain", "the room looks dark on one side"
        [_in("looking", "look", "see", "seeing", "peering", "looks"), _in("through", "thru"), *_gap(3),
         _in("curtain", "net", "fog", "mist", "veil", "smoke", "water", "cling", "vaseline", "gauze", "tank", "aquarium",
             "jellyfish", "frosted", "glass", "bubble", "cloud", "steam", "haze", "dirty", "greasy", "murky", "steamy",
             "misty", "foggy", "milk", "milky", "cloudy", "smeared", "smeary", "steamed", "mirror", "bathroom")],
        [_in("like", "frosted"), *_gap(2), _in("frosted", "glass", "tank", "aquarium", "jellyfish", "porthole"),
         _in("glass", "window", "tank", op="?"), _in("in", "over", "across", "with"), _in("my", "the", "her", "his", op="?"),
         _in("eye", "eyes", "vision", "sight")],
        [_in("room", "everything", "world", "telly", "tv", "screen", "things"),
         _in("looks", "look", "seems", "seem", "went", "gone", "has", "is", "'s", "s", "all", "got", "getting", op="+"),
         _in("dark", "dim", "darker", "dimmer", "grey", "gray", "blurry", "fuzzy", "wobbly", "wavy", "smeared",
             "smeary", "smudged", "smudgy", "hazy", "foggy", "misty", "cloudy", "distorted", "warped", "bent", "soft",
             "grainy", "milky", "murky", "melted", "snowy", "faded")],
        # "can't see from my left eye", "cnt see out of it"
        [_rx(r"^(cant|cannot|couldnt|cnt|cudnt)$"), _in("see"), _in("from", "out", "with", "through", "thru", "outta"),
         *_gap(3), _rx(r"^(eye|eyes|it)$")],
        [_rx(r"^(ca|can|could)$"), _in("n't", "nt", "not"), _in("see"),
         _in("from", "out", "with", "through", "thru", "outta"), *_gap(3), _rx(r"^(eye|eyes|it)$")],
        [_in("blind"), _in("spot", "spots", "patch", "bit")],
        # "the telly looks like it's underwater", "like someone smeared vaseline over half of what I see"
        [_in("looks", "look", "looked", "seems", "like", "appears", "appear", "appeared"), _in("like", "to", op="?"),
         _in("be", op="?"), *_gap(2), _in("underwater", "vaseline", "fog", "mist", "smoke", "cling")],
        [_in("vaseline", "grease", "cling", "film", "smear", "smeared", "smudge"), *_gap(5),
         _in("see", "vision", "sight", "seeing")],
        [_rx(r"^(eye|eyes|vision|sight)$"), _in("went", "gone", "going", "goes", "has", "is", "'s", "just", "keeps", "keep",
                                                "kept", "all", op="+"),
         _in("dark", "black", "grey", "gray", "blurry", "cloudy", "dim", "blank", "grainy", "snowy", "soft", "milky",
             "murky", "misty", "foggy", "hazy", "fuzzy", "smeary", "wobbly", "weird", "funny", "strange", "wavy")],
        [_in("gone", "going", "go", "went"), _in("blind")],
        # "can no longer read the subtitles with her left eye", "can't read anything out of it"
        *[[*cannot, _in("longer", op="?"), _in("read", "see"), *_gap(4), _in("with", "out", "from", "through"),
           _in("of", op="?"), _in("my", "her", "his", "the", "that", "this", "left", "right", op="*"),
           _rx(r"^(eye|eyes|it)$")] for cannot in CANNOT],
        # "can't get my eye to focus", "my eye won't focus", "everything's out of focus"
        *[[*cannot, _in("get", op="?"), _in("my", "the", "her", "his", "that", "this", "left", "right", op="*"),
           _in("eye", "eyes"), _in("to", op="?"), _rx(r"^(focus|focusing|focussing)$")] for cannot in CANNOT],
        *[[_in("eye", "eyes", "vision", "sight"), *cannot, _rx(r"^(focus|focusing|focussing)$")] for cannot in CANNOT],
        [_in("everything", "things", "vision", "sight", "eye", "eyes", "world"), *_gap(3), _in("out"), _in("of"),
         _in("focus")],
        [_in("print", "words", "letters", "text", "writing", "page"), *_gap(4),
         _rx(r"^(swim\w*|blur\w*|jump\w*|wobbl\w*|danc\w*|double|doubled|doubling|fuzzy|wavy|bent|bendy|overlap\w*|melted"
             r"|mush|smudged|smeared|faded)$")],
        # "the colours have gone washed out and faded in one eye"
        [_in("colours", "colors", "colour", "color"), _in("have", "has", "'ve", "are", "is", "gone", "look", "looks", "all", "seem", op="*"),
         _in("washed", "faded", "dull", "drained", "muted", "grey", "gray", "weird", "wrong", "off")],
        # "the colours from that eye look washed out"
        [_in("colours", "colors"), *_gap_in_sentence(4), _in("look", "looks", "seem", "seems", "are", "gone"),
         _in("washed", "faded", "dull", "drained", "muted", "grey", "gray")],
        [_rx(r"^(cannot|cant|can't|couldnt|ca|can|could)$"), _in("n't", "nt", "not", op="?"), _in("make"),
         _in("the", "any", op="?"), _in("words", "letters", "print", "anything", "faces", "text"), _in("out")],
    ],
    # ---- emergencies (TIER_OF) ----
    "RF_EYE_INJURY": [
        # "with my compass point ... i think i got my eye"
        [_in("i", "she", "he", "they", "we"), _in("think", "reckon", "might", "may", "must", op="*"),
         _in("i", "she", "he", "they", "we", op="?"), _in("got", "caught", "hit", "nicked", "clipped"), _in("my", "her", "his", "the"),
         _in("eye", "eyeball"), {"LOWER": {"NOT_IN": ["on"]}, "OP": "?"}],
        # "looked at my eye and said I've probably scratched it with the tweezers" (kept only after the eye
        # itself is named earlier in the sentence: signs.red_flag_spans)
        [_rx(r"^(scratched|scraped|poked|jabbed|stabbed|pierced|punctured|nicked|pricked|grazed|cut|caught)$"), _in("it"),
         _in("with"), _in("the", "a", "my", "her", "his", "those", "that", op="?"),
         _rx(r"^(tweezers?|needles?|pins?|lancets?|nails?|fingernails?|extractors?|tools?|blades?|scissors)$")],
        [_rx(r"^(went|gone|go|goes|slipped|slip|poked|poke|jabbed|stabbed|caught|scratched|scraped"
             r"|pierced|punctured|nicked|hit|stuck|scratch|cut|scrached|scrachd|scratchd|scrathed|scracthed|scrtached|stab|jab|prick|struck"
             r"|grazed|clipped|pricked|puncture|pierce|bounced|skidded|flicked)$"),
         _in("straight", "right", "clean", op="?"),
         _in("in", "into", "my", "the", "her", "his", "white", "of", "right", "left", "actual", "myself", "part", "bit",
             "herself", "himself", "yourself", "themselves", "me", "him", "them", "corner", "inner", "outer",
             "inside", "surface", "coloured", "colored", "front", op="*"),
         _rx(r"^(eye|eyes|eyeball|eyeballs|cornea)$")],
        [_rx(RX_TOOL), _in("in", "into"), _in("my", "the", "her", "his", "right", "left", op="*"),
         _rx(r"^(eye|eyeball|cornea)$")],
        # "I catch the eye with it and now there's a little cut on the white part"
        [_rx(RX_EYE_WORD), *_gap_in_sentence(12), _in("cut", "scratch", "nick", "graze", "scrape", "mark"), _in("on", "in", "across"),
         _in("the", "my"), _in("white")],
        [_in("catch", "catches", "catching"), _in("the", "my", "her", "his"), _in("eye", "eyeball"), _in("with")],
        # "it went into the pink bit in the corner, now the eye is bloodshot", "a burnt feeling on the actual eye"
        # (kept only beside the eye: signs.red_flag_spans)
        [_rx(r"^(went|go|goes|slipped|jabbed|poked|stabbed|going)$"), _in("into", "in"), _in("the", "my", "her", "his"),
         _in("pink", "red", "inner", "wet"), _in("bit", "part", "corner")],
        [_rx(r"^(burnt|burned|scorched|singed)$"), *_gap_in_sentence(4), _in("actual", "eyeball", "cornea")],
        # "ow my eye. got the needle in it" (kept only after the eye itself is named: signs.red_flag_spans)
        [_in("got", "stuck", "jabbed", "poked", "put", "shoved"), _in("the", "a", "my", "her", "his", op="?"), _rx(RX_TOOL),
         _in("in", "into"), _in("it")],
        # "the pin touch the eye", "the needle touched my eyeball"
        [_rx(RX_TOOL), _rx(r"^(touch|touched|touches|touching|hit|hits|poke|pokes|scratch|scratches|went|go|goes)$"),
         _in("the", "my", "her", "his", "right", "left", "actual", op="*"), _rx(r"^(eye|eyeball|cornea)$")],
        # "scratched across my eye", "slipped onto my actual eye", "poke your own eye"
        [_rx(r"^(slipped|slid|scratched|scraped|caught|nicked|jabbed|poked|stabbed|dragged|skidded)$"),
         _in("right", "straight", "clean", "all", op="?"), _in("across", "onto", "over"), _in("my", "the", "her", "his", "actual", "own", "right", "left", op="*"),
         _rx(r"^(eye|eyeball|eyeballs|cornea)$")],
        [_rx(r"^(damaged|injured|harmed|wrecked|ruined|busted)$"), _in("my", "the", "her", "his", "right", "left", "own", op="+"),
         _rx(r"^(eye|eyes|eyeball|eyeballs|cornea)$")],
        [_rx(r"^(poke|poked|poking|jab|jabbed|stab|stabbed|scratch|scratched|hit|nick|nicked)$"),
         _in("your", "my", "her", "his"), _in("own"), _in("eye", "eyeball")],
        # "touched my eye ball", "a piece is in my eye", "burn on my actual eye", "went thru my eyelid"
        [_rx(r"^(touched|touching|hit|nicked|caught|scratched|burnt|burned|jabbed|poked|went|got|stabbed|pricked|pierced"
             r"|scraped|cut)$"), *_gap(3), _in("eye", "i"), _in("ball", "balls")],
        # "a tiny red dot on the coloured part of my eye", "a scratch line across the clear front of my eye",
        # "stuck the needle tip into the pink bit in the inner corner of my eye"
        [_in("red", "blood", "bloody"), _in("dot", "spot", "mark", "blotch", "patch", "speck", "line", "blob", "splodge", "splotch"),
         _in("on", "in", "across"),
         _in("the", "my", "her", "his", "white", "coloured", "colored", "clear", "front", "pink", "part", "bit", "of", op="*"),
         _in("eye", "eyeball")],
        [_rx(r"^(scratch|scratches|scrape|gash|graze|cut|nick)$"), _in("line", "mark", "lines", "marks", op="?"),
         _in("on", "in", "across"), _in("the", "my", "her", "his", "clear", "front", "coloured", "colored", "part", "of", op="*"),
         _in("eye", "eyeball", "cornea")],
        [_rx(RX_TOOL), _in("tip", "point", "end"), _in("in", "into"),
         _in("the", "my", "her", "his", "pink", "bit", "inner", "outer", "corner", "of", "white", "part", "in", op="*"),
         _in("eye", "eyeball")],
        [_in("piece", "bit", "tip", "fragment", "splinter", "shard"), *_gap(3), _in("in", "stuck"),
         _in("my", "the", "her", "his"), _in("eye", "eyeball")],
        [_in("burn", "burns", "burnt", "burned"), _in("on", "in", "to"), _in("my", "the", "her", "his", op="?"),
         _in("actual", "own", op="?"), _in("eye", "eyeball")],
        [_rx(r"^(went|gone|go|goes|pushed|slipped|pierced|poked)$"), _in("through", "thru", "into"),
         _in("my", "the", "her", "his", op="?"), _in("eyelid", "lid")],
        [_rx(r"^(pierced|punctured|poked|stabbed|jabbed|pushed)$"), _in("my", "the", "her", "his"), _in("upper", "lower", "top", "bottom", op="?"),
         _in("eyelid", "lid"), _in("right", "straight", "all", "the", "way", op="*"), _in("through", "thru")],
        [_in("touched", "nicked", "hit", "scratched", "caught", "grazed"),
         _in("the", "my", "her", "his", "actual", "own", "right", "left", "white", "of", op="+"), _in("eye", "eyeball")],
        # "a red dot on the white part", "feels like an eyelash is stuck under my top lid", "grit under my lid"
        [_in("red", "blood", "bloody"), _in("dot", "spot", "mark", "blotch", "patch", "speck", "blob", "splodge", "splotch"), _in("on", "in"),
         _in("the", "my", "her", "his", op="?"), _in("white", "eyeball")],
        [_in("grit", "sand", "eyelash", "lash", "hair", "something", "glass"), *_gap(3), _in("under", "in", "behind"),
         _in("my", "the", "her", "his"), _in("top", "upper", "lower", "bottom", op="?"), _in("lid", "eyelid", "eye")],
        # "blood in my eye", "bleeding from the eye", "a red pool on the white part"
        [_in("blood", "bleeding", "bleed", "bled"), _in("in", "on", "from", "inside"),
         _in("my", "the", "her", "his", "white", "of", "part", op="*"), _in("eye", "eyeball", "white")],
        # "Eye is bleeding from the corner" (the eye itself, not "the spot near my eye is bleeding": see detector)
        [_in("eye", "eyeball"), _in("itself", "underneath", "beneath", "below", op="?"), _in("is", "'s", "has", "keeps", "started", "was", "been", op="*"),
         _rx(r"^(bleeding|bleeds|bled|bleedin)$")],
        # "the needle went in. In my eye." (a fragment of its own: see detector)
        [_in("in", "into"), _in("my", "the", "her", "his"), _in("actual", "own", "left", "right", op="?"),
         _in("eye", "eyeball")],
        [_in("red", "blood"), _in("pool", "patch", "blotch", "splodge"), _in("on", "in", "over"),
         _in("my", "the", "her", "his", op="?"), _in("white", "eye", "eyeball")],
        [_rx(RX_TOOL), _rx(r"^(going|went|gone|goes|got|slipped|slipping)$"), _in("in", "into"),
         _in("my", "the", "her", "his", "right", "left", op="*"), _in("eye", "eyeball")],
        # "OMG the pin went in!" said just after a removal near the eye (kept only beside the eye, and only
        # when nothing follows "in" but the end of the sentence: signs.red_flag_spans)
        [_rx(RX_TOOL), _in("went", "gone", "going", "slipped", "slid", "jabbed"), _in("straight", "right", op="?"), _in("in")],
        [_in("it"), _in("went", "slipped", "slid", "jabbed"), _in("straight", "right", op="?"), _in("in")],
        # "got a sewing needle in the corner of my eye"
        [_in("got", "get", "gets", "getting", "stuck"), _in("a", "the", "my", "her", "his", "sewing", "safety", op="*"),
         _rx(RX_TOOL), _in("in", "into"),
         _in("the", "my", "her", "his", "corner", "inner", "outer", "of", "right", "left", op="*"), _in("eye", "eyeball")],
        # "my eyeball got nicked", "a scratch on my eye", "the white of my eye has a scratch on it"
        [_rx(r"^(eyeball|eyeballs|cornea)$"), *_gap(3),
         _rx(r"^(nicked|scratched|cut|pierced|poked|jabbed|stabbed|scraped|punctured|pricked|scratch|cut|nick|graze)$")],
        [_rx(r"^(scratch|scratches|cut|nick|gash|graze)$"), _in("on", "in", "across"),
         _in("my", "the", "her", "his", op="?"), _rx(r"^(eye|eyeball|cornea)$")],
        [_in("white"), _in("of"), _in("my", "the", "her", "his", op="?"), _in("eye", "eyes"), *_gap(4),
         _rx(r"^(scratch|scratched|scratches|cut|nick|nicked|blood|bleeding|scraped|graze|grazed)$")],
        [_rx(r"^(burnt|burned|burn|burns|zapped|singed)$"), _in("my", "the", "her", "his", "own", "right", "left", op="*"),
         _rx(r"^(eye|eyes|eyeball|eyeballs|cornea)$")],
        [_rx(r"^(jabbed|stabbed|poked|pricked|caught|scratched|nicked|cut)$"), *_gap(3),
         _rx(r"^(eyeball|eyeballs|cornea)$")],
        [_rx(r"^(hurts?|painful|agony|stings?|sore)$"), _in("to", "when", "if", "every", op="?"), _in("i", "time", op="?"),
         _rx(r"^(blink|blinking|blinks|look|move)$")],
        [_rx(r"^(hurts?|painful|agony|stings?|sore)$"), _in("too", "so"), _in("much", "bad"), _in("to", "that"), _in("even", "i", op="*"),
         _in("can't", "cant", "ca", "n't", op="*"), _rx(r"^(blink|blinking|open|look)$")],
        # "sharp pain deep in the eye whenever I move it"
        [_rx(RX_PAIN), *_gap(4), _in("eye", "eyes", "eyeball"), *_gap(2), _in("when", "whenever", "if", "every"),
         _in("i", "time", op="?"), _in("i", op="?"), _rx(r"^(move|moves|moving|look|looking|roll|rolling|turn|turning)$")],
    ],
    "RF_EYE_SHUT": [
        # "my eye has been shut all day cos I can't get it to open", "having to tape my lid up to see"
        # (kept only beside the eye or lid: signs.red_flag_spans)
        [_rx(r"^(ca|can|could|cannot|cant|couldnt)$"), _in("n't", "nt", "not", op="?"), _in("get", "make"), _in("it", "them"),
         _in("to"), _in("open")],
        [_rx(r"^(tape|tapes|taped|taping|hold|holds|holding|held|prop|props|propped|propping|pull|pulling)$"),
         _in("my", "the", "her", "his", "that"), _in("upper", "top", op="?"), _in("lid", "eyelid", "eye"), _in("up", "open")],
        # "not be able to open ur eye"
        [_in("not", "unable", "never"), _in("be", op="?"), _in("able", op="?"), _in("to"), _in("open"),
         _in("my", "ur", "your", "the", "her", "his", "it", "one", "that", "this", "left", "right", "both", op="*"),
         _rx(r"^(eye|eyes|lid|eyelid)$")],
        [_rx(r"^(ca|can|could|couldn|wo)$"), _in("n't", "nt", "not", "barely", "hardly"), _in("even", op="?"),
         _in("open", "keep", "opne", "opn", "oppen"), _in("my", "the", "her", "his", "right", "left", "it", "one", "that", "this", op="*"),
         _rx(r"^(eye|eyes|it|lid|eyelid|open)$")],
        [_rx(r"^(cant|cannot|couldnt|wont|unable)$"), _in("to", "barely", "hardly", "even", op="*"),
         _in("open", "keep", "opne", "opn", "oppen"), _in("my", "the", "her", "his", "right", "left", "it", "one", "that", "this", op="*"),
         _rx(r"^(eye|eyes|it|lid|eyelid|open)$")],
        [_rx(r"^(eye|eyes|eyelid|lid)$"), _in("wo", "will", "is", "'s", "has"), _in("n't", "nt", "not"),
         _in("open", "opening")],
        [_rx(r"^(eye|eyes|eyelid|lid)$"), _in("wont", "cant"), _in("open")],
        [_in("had", "have", "having", "has"), _in("to"), _in("keep", "hold"), _in("it", "my", "the", "her", "his", "left", "right", op="*"),
         _in("eye", "eyelid", "lid", "eyes", op="?"), _in("closed", "shut")],
        # "the eye is very pain and I no can open"
        [_in("i", "me", "she", "he", "it"), _in("no", "not"), _in("can", "could"), _in("open")],
        # "me not open my eye since morning"
        [_in("me", "i", "she", "he"), _in("not", "no"), _in("open", "opening"),
         _in("my", "the", "her", "his", "left", "right", op="*"), _rx(r"^(eye|eyes|lid|eyelid)$")],
        [_rx(r"^(eye|eyes|eyelid|lid)$"), _in("is", "'s", "has", "gone", "stuck", "swollen"),
         _in("completely", "totally", "fully", "all", "gone", "stuck", "swollen", "clamped", op="*"), _in("shut", "closed")],
        [_rx(r"^(cant|cannot|couldnt|ca|can|could)$"), _in("n't", "nt", "not", op="?"),
         _in("prise", "prize", "pry", "force", "lever", "get"),
         _in("it", "my", "the", "her", "his", "left", "right", "that", "this", op="*"),
         _in("eye", "eyes", "lid", "eyelid", "lids", "eyelids", op="?"), _in("open", "apart")],
        [_rx(r"^(swollen|swolen|puffed|stuck|glued)$"), _in("shut", "closed")],
        # "lids glued together", "my lashes are stuck together"
        [_rx(r"^(eyes|eyelids|lids|lashes|eyelashes|eye|eyelid|lid)$"), _in("are", "is", "'re", "'s", "got", "get", "all", op="*"),
         _rx(r"^(glued|stuck|sealed|gummed|crusted|welded)$"), _in("together", "shut", "closed")],
        [_in("one", "my", "an"), _in("eye"), _in("shut", "closed")],
        # "it snaps shut by itself", "no way I can open it", "trying to open my eye and it just won't"
        [_rx(r"^(snaps?|snapped|snapping|clamps?|clamped|clamping|slams?|slammed|slamming|winces?|winced|screwing|screws"
             r"|screwed|squinted)$"), _in("itself", op="?"), _in("shut", "closed")],
        [_rx(r"^(wont|won't|cant|can't|n't|nt|not)$"), _in("stay"), _in("open")],
        # "I don't can open this eye", "i cant really open my eye", "it stay closed"
        [_rx(r"^(cant|can't|cannot|couldnt|n't|nt|not|no)$"), _in("can", "really", "properly", "quite", "fully", "seem", "even", op="*"),
         _in("to", op="?"), _in("open"), _in("my", "the", "her", "his", "this", "that", "right", "left", "one", op="*"),
         _rx(r"^(eye|eyes|lid|eyelid)$")],
        [_in("it", "eye", "lid", "eyelid"), _in("stay", "stays", "staying", "remain", "remains"), _in("closed", "shut", "close")],
        # "the lid won't lift at all", "won't come up, like it's made of lead", "only one eye will open", "has stayed shut",
        # "my eye is close and I cannot make it open", "not been able to open my left eye"
        [_in("lid", "eyelid", "eye"), _rx(r"^(wont|won't|cant|can't|wo|ca|does|will|is)$"), _in("n't", "nt", "not", op="?"),
         _in("lift", "raise")],
        [_in("lid", "eyelid"), _rx(r"^(wont|won't|cant|can't|wo|ca|does|will|is)$"), _in("n't", "nt", "not", op="?"),
         _in("come", "go"), _in("up")],
        [_in("only"), _in("one"), _in("eye"), _in("will", "would", "can"), _in("open")],
        [_in("stayed", "stays", "staying", "stuck", "kept"), _in("shut", "closed")],
        [_in("make", "get"), _in("it", "them", "my", "the"), _in("eye", "eyes", op="?"), _in("open")],
        [_in("able"), _in("to"), _in("open"), _in("my", "the", "her", "his", "left", "right", op="*"), _in("eye", "eyes", "lid", "eyelid")],
        [_in("eye", "eyes"), _in("is", "are"), _in("close", "closed", "shut"), _in("and")],
        [_in("hold", "holding", "held", "prop", "propping"), _in("it", "my", "the", "her", "his", op="*"), _in("lid", "eyelid", "eye", op="?"),
         _in("up", "open"), _in("with")],
        [_in("taped", "glued", "weighed", "stuck", "sewn"), _in("down", "shut")],
        [_in("lift", "open"), _in("my", "the", "her", "his"), _in("eyelid", "lid", "eye"), _in("nothing"), _in("happens")],
        [_in("no"), _in("way"), _in("i", "to", "she", "he", "of"), _in("can", "could", op="?"), _in("open", "opening")],
        [_in("trying", "try", "tried", "tries"), _in("to"), _in("open"), _in("my", "the", "her", "his", "left", "right", op="*"),
         _in("eye", "eyes", "lid", "eyelid"), *_gap(4), _rx(r"^(wont|won't|cant|can't|nt|n't|not)$")],
    ],
    "RF_LIGHT": [
        [_rx(r"^(light|lights|brightness|bright|sunlight|daylight|screen|screens|sun|lamp|lamps|bulb)$"), *_gap(5),
         _rx(r"^(hurts?|hurting|painful|killing|unbearable|stings?|stinging|agony|burns?|burning|sore|throbs?"
             r"|throbbing|stabs|stabbing)$")],
        [_rx(r"^(hurts?|hurting|painful|stings?|sore)$"), *_gap(4), _rx(r"^(light|lights|brightness|sunlight|screen)$")],
        [_rx(r"^(sensitive|sensitivity)$"), _in("to"), _in("the", op="?"), _in("light", "lights", "brightness")],
        [_in("too"), _in("bright", "glary", "harsh"), _in("to"), _in("look")],
        [_rx(r"^(light|lights|brightness|sunlight|daylight|sun)$"), *_gap(3), _in("make", "makes", "made", "making"),
         *_gap(4), _rx(r"^(hurt|sting|burn|ache|sore|painful|pain|water|stream|ouch|ow|owww|squint|shut|close)$")],
        [_in("light"), _rx(r"^(sensitive|sensitivity)$")],
        # "every time I switch the kitchen light on my eye screws up in pain"
        [_rx(r"^(lights?|lamps?|bulbs?|sun|sunlight|brightness|daylight)$"), *_gap_in_sentence(5), _rx(r"^(eye|eyes)$"),
         _rx(r"^(screws|screwed|screw|clamps|clamped|snaps|slams|squeezes|squeezed|scrunches|scrunched)$"), _in("up", "shut")],
        # "I cannot look to the lamp", "can't look at the light"
        [_rx(r"^(cannot|cant|couldnt|cnt)$"), *_LOOK_AT_A_LIGHT],
        [_rx(r"^(ca|can|could)$"), _in("n't", "nt", "not"), *_LOOK_AT_A_LIGHT],
        # "my eye can't stand any light, even the telly"
        [_rx(r"^(stand|bear|take|handle|tolerate|face|cope|deal)$"), *_gap(3),
         _rx(r"^(light|lights|brightness|bright|sunlight|daylight|screens?|sun|telly|tv|glare|bulbs?|lamps?|torch|spotlights?"
             r"|lightbulbs?|headlights?)$")],
        [_rx(r"^(light|lights|screen|sun|sunlight|lamp|bulb|spotlights?)$"), *_gap(4), _in("too"), _in("bright", "harsh", "strong")],
        [_in("too"), _in("bright", "sunny", "light"), _in("for"), _in("my", "the", "her", "his"), _in("eye", "eyes")],
        [_in("light", "lights", "sun", "sunlight", "daylight", "window"), *_gap(4), _in("give", "gives", "gave", "giving", "cause", "causes"),
         _in("my", "me", "her", "him"), _in("eye", "eyes", op="?"), _in("big", "bad", "a", "such", op="*"), _in("pain", "ache", "agony")],
        [_in("close", "closed", "closing", "shut", "draw", "drawn", "drew"), _in("the", "all", "my", op="*"), _in("curtain", "curtains", "blinds")],
        # "made me wince from the little bulb", "screen glare is making my eye squeeze shut"
        [_rx(r"^(wince|winced|wincing|flinch|flinched|flinching|recoil|recoiled)$"), *_gap(5),
         _rx(r"^(light|lights|bulbs?|lamps?|sun|sunlight|screens?|glare|torch|brightness|bright)$")],
        [_in("glare", "bulb", "torch", "headlights", "brightness", "light", "lights"), *_gap(3), _in("make", "makes", "made", "making"),
         *_gap(4), _rx(r"^(hurt|sting|burn|ache|sore|painful|pain|water|stream|squeeze|shut|close|wince|squint|flinch)$")],
        [_in("need", "needs", "needed", "want", "have", "had", "keep", "keeping"), _in("to", op="?"), _in("have", "keep", op="?"),
         _in("all", "every"), _in("the", op="?"), _rx(r"^(lights?|lamps?|curtains|blinds)$"), _in("off", "out", "closed", "shut", "drawn")],
        [_rx(r"^(squint|squints|squinting|squinted)$")],
        # "can't even look at my phone screen", "can't look at the lamp"
        *[[*cannot, _in("look", "stand", "bear"), _in("at", "looking", op="?"),
           _in("the", "my", "a", "any", "her", "his", "phone", "bright", "laptop", "computer", op="*"),
           _rx(r"^(screens?|lights?|lamps?|sun|sunlight|daylight|telly|tv|windows?|bulbs?|brightness)$")]
          for cannot in CANNOT],
        [_rx(r"^photophob\w*$")],
        # "wearing sunglasses in the living room because the lamp is too much for that eye"
        [_rx(r"^(sunglasses|sunnies|shades)$"), *_gap_in_sentence(3),
         _in("indoors", "inside", "living", "house", "lounge", "kitchen", "bed", "bedroom", "night", "dark", "telly", "office")],
        [_in("too"), _in("much"), _in("for"), _in("my", "that", "the", "her", "his"), _in("eye", "eyes")],
        [_in("bright", "light", "brightness", "sun", "sunlight", "lights"), _in("=", "hurts", "is", op="?"),
         _rx(r"^(ow+|ouch|agony|argh+|ow+w)$")],
        [_rx(r"^(waters|watering|streams|streaming|stings|stinging|hurts|burns|screws|scrunches|squeezes)$"), *_gap(7),
         _rx(r"^(bright|brightness|light|lights|sunlight|daylight|sun|glare)$")],
    ],
    "RF_FLASHES": [
        [_rx(r"^(flash|flashes|flashing|sparkles|sparkly|sparkling|floaters?|floters?|flotters?|floatrs?|zigzags?"
             r"|flickers?|flickering|flickery)$")],
        [_in("lightning", "strobe", "strobing", "lightnings", "lightening", "lightenings")],
        # "lots of black dots in my eye", "grey specks across my vision"
        [_in("black", "dark", "grey", "gray"), _rx(r"^(dots|specks|flecks|spots|blobs|squiggles|threads|cobwebs)$"),
         _in("in", "across", "over", "floating"), _in("my", "the", "her", "his", "that", "in", op="*"),
         _in("eye", "eyes", "vision", "sight")],
        # "now I see little black dots" (not "I can see black dots on my nose": signs.red_flag_spans)
        [_in("see", "seeing", "sees"), _in("little", "tiny", "small", "some", "loads", "lots", "of", "these", "those", "floating", op="*"),
         _in("black", "dark", "grey", "gray"), _rx(r"^(dots|specks|flecks|blobs|squiggles|cobwebs)$")],
        [_in("shooting"), _in("stars", "star", "lights")],
        # "little lights sparking at the side", "flashy lights", "bright zaps in the corner", "floating squiggles"
        [_in("lights", "light"), _rx(r"^(sparking|sparkling|flickering|flashing|twinkling|popping|zapping)$")],
        [_in("flashy", "sparky", "zappy", "blinky")],
        [_in("bright", "white", "little"), _rx(r"^(zaps?|sparks?|flashes|blips?|bolts?)$")],
        [_in("floating", "drifting", "swimming", "wriggly", "wiggly"), _rx(r"^(squiggles?|threads?|lines|specks?|dots?|blobs?|hairs?|worms?|things?)$")],
        [_rx(r"^(sparks?|sparkles?|flashes|fireworks|lightning|lights)$"), _in("at", "in", "round", "around", "on"),
         _in("the", "my", op="?"), _in("edge", "edges", "corner", "side", "corners")],
        [_in("camera", "cameras"), _in("flash", "flashing", "going", "flashes")],
        [_rx(r"^(fireworks|glitter|soot|pepper|tadpoles?)$")],
        [_rx(r"^(arcs?|streaks?|bursts?|sparks?|pin-?pricks?|zaps?|blips?)$"), _in("of"), _in("light", "lights")],
        [_rx(r"^(dots|specks|spots|things|bits|cobwebs?|squiggles?)$"), *_gap(2), _rx(r"^(float\w*|drift\w*)$")],
        # "black things moving in my eye", "dots darting across my vision"
        [_rx(r"^(dots|specks|spots|things|bits|blobs|shapes|squiggles?|lines)$"), *_gap(2),
         _rx(r"^(mov\w*|swim\w*|dart\w*|zoom\w*|whizz\w*)$"), _in("in", "across", "around", "over", "through"),
         _in("my", "the", "her", "his", op="?"), _in("eye", "eyes", "vision", "sight")],
        [_in("shadow", "curtain", "veil", "blind"), *_gap(3), _in("coming", "over", "across", "down", "covering")],
        [_in("grey", "gray", "dark", "black", "shadowy"), _in("curtain", "veil", "shadow", "shade")],
        [_in("dark", "black", "blind"), _in("patch", "spot", "area", "bit"), *_gap(7),
         _in("vision", "sight", "see", "eye")],
        [_in("seeing", "see", "sees"), _in("double")],
        [_in("everything", "things"), *_gap(8),
         _rx(r"^(blurry|blurred|misty|foggy|hazy|cloudy|fuzzy|double|dim|wavy|dark|darker|grey|gray)$")],
        [_rx(r"^(squiggl\w*|wiggl\w*|threads|strands|cobwebs?|specks?|sparks?|twinkl\w*|shimmer\w*|pepper|soot|dust"
             r"|streaks)$"), *_gap(4), _in("eye", "eyes", "vision", "sight")],
        [_in("vision", "sight"), *_gap(5),
         _rx(r"^(strands|threads|cobwebs?|specks?|dots|squiggl\w*|wiggl\w*|floating|drifting|pepper|soot|dust)$")],
        # "a shower of little black dots", "a burst of sparks"
        [_rx(r"^(showers?|swarms?|bursts?|flurry|spray|sprinkl\w*)$"), _in("of"), *_gap(2),
         _rx(r"^(dots|specks|sparks|stars|sparkles|spots|lights|bits|flecks|soot|pepper|dust|ash|glitter|flies|bugs|gnats"
             r"|midges|insects)$")],
        # "seeing sparks at the edge", "normal to see stars" (never "see spots", milia are spots)
        [_in("see", "seeing", "sees", "saw", "seen"), *_gap(2),
         _rx(r"^(sparks|stars|sparkles|fireworks|twinkl\w*|glitter|flecks|pepper|tadpoles)$")],
        # "a dark spot that moves around when I look up", "a see-through thing floating across my vision"
        [_in("dark", "black", "grey", "gray", "see-through", "seethrough", "clear", "wiggly", "squiggly"),
         _rx(r"^(spot|dot|speck|blob|shape|thing|smudge|shadow|squiggle|line|hair|worm)$"), *_gap(2),
         _rx(r"^(moves|moving|floats|floating|drifts|drifting|darts|darting|follows|following|swims|swimming)$")],
        [_rx(r"^(things?|blobs?|shapes?|squiggles?|specks?|dots?|hairs?|worms?|threads?|strings?)$"),
         _rx(r"^(floating|drifting|swimming|wriggling|wiggling)$"),
         _in("across", "over", "in", "through", "around", "about"), _in("my", "the", "her", "his", op="?"),
         _in("eye", "eyes", "vision", "sight", "eyeline")],
        # "a curtain of black across the bottom", "a veil of darkness"
        [_in("curtain", "veil", "shadow", "shade", "wall", "sheet"), _in("of"),
         _in("black", "dark", "darkness", "grey", "gray", "shadow", "blackness")],
    ],
    # Lay words for trouble with the eye itself; a red flag only beside the eye or sight in the
    # same sentence (``EYEBALL_CONTEXT``): "shapes", "a grey blob", "bendy lines", "agony".
    "RF_EYE_TROUBLE": [
        # "won't stop watering", "hasn't stopped streaming" (only with the eye named nearby)
        [_in("n't", "nt", "not", "wont", "never", "cant"), _in("stop", "stopped", "stopping"), _in("watering", "streaming")],
        # "like sand in it", "gritty": a foreign body, only with the eye named nearby (milia themselves
        # feel "like a small piece of grit under the skin", the clinic's own words)
        [_in("like"), *_gap(3), _in("sand", "grit", "glass", "gravel", "shards", "splinter", "stone", "pebble", "rock", "brick")],
        # "my eye is on fire inside", "holding a cold spoon over my eye", "reading the clock is impossible now",
        # "worse than childbirth", "the pain woke me up", "blinking hurts so much"
        [_in("on"), _in("fire")],
        [_in("made"), _in("of"), _in("lead", "stone", "concrete")],
        [_in("tip", "tipping", "tilt", "tilting", "lean", "leaning"), _in("my", "her", "his"), _in("head"), _in("back")],
        [_in("holding", "hold", "held", "pressing", "press", "keep", "keeping"), _in("a", "an", op="?"),
         _in("cold", "frozen", "ice", "wet", "damp", "cool"), _in("spoon", "towel", "flannel", "pack", "compress", "cloth", "peas"),
         _in("over", "on", "against", "to")],
        [_rx(r"^(reading|seeing|focusing|focussing|looking)$"), *_gap(7), _in("impossible")],
        [_in("worse"), _in("than"), _in("childbirth", "labour", "labor", "giving", "a", "migraine")],
        [_rx(r"^(pain|ache|agony)$"), *_gap(4), _in("woke", "wakes", "waking", "woken"), _in("me", "him", "her", "us"), _in("up", op="?")],
        [_in("blinking", "blink", "blinks"), *_gap(2), _rx(r"^(hurts?|stings?|agony|painful|kills|killing|burns?)$")],
        [_in("gritty", "scratchy")],
        [_rx(r"^(hazy|foggy|misty|cloudy|smeary|smudged|smudgy|smudges?|smears?|fuzzy|wavy|bendy|bent|wobbly|warped|tilted"
             r"|distorted|doubled"
             r"|dim|blank|blobs?|shapes|shadows?|floaty|floaters?|squiggl\w*|sparkl\w*|specks?|halos?|haloes|starbursts?)$")],
        [_rx(r"^(agony|agonising|agonizing|excruciating|unbearable|horrendous|horrific|screaming|scream|screams"
             r"|knives|stabbing|crying|raw)$")],
        [_in("worst"), _in("pain")],
        [_rx(r"^(feels?|feeling|felt)$"), _in("like", "as"), *_gap(6),
         _rx(r"^(stabbed|stabbing|knifed|knife|knives|needles|sandpaper|fire|burning|scalded|skewered|burnt|burned"
             r"|crushed|crushing|pushing|pressing|squeezed|squeezing|thumb|poker|exploding|explode|bursting|punched|kicked"
             r"|hammered|drilled)$")],
        [_in("being"), _rx(r"^(crushed|stabbed|squeezed|pressed|burnt|burned|pulled|ripped|pushed|skewered|drilled)$")],
        [_in("like"), _in("a", "an", op="?"), _in("hot", "red", "burning", "white", op="*"),
         _rx(r"^(poker|knife|dagger|nail|needle|skewer|drill|spike|ice-?pick|lasers?)$")],
        [_rx(r"^(lasers?|daggers|knives|needles|spikes)$"), *_gap(2), _in("into", "in", "through"), _in("my", "the", "her", "his"),
         _in("eye", "eyes", "eyeball")],
        [_in("eye", "eyeball", "head"), _in("is", "'s", "was", "feels", op="?"), _in("like", "as", op="?"), _in("if", "it", "it's", op="*"),
         _in("going", "gonna", "about", "ready"), _in("to", op="?"), _in("burst", "explode", "pop")],
        [_in("worst"), _rx(r"^(ache|aches|agony|throbbing|hurt)$")],
        [_in("10", "ten", "11", "eleven"), _in("out"), _in("of"), _in("10", "ten")],
        [_in("is", "'s", "it's", "its"), _in("killing"), _in("me", "him", "her")],
        [_rx(r"^(pounding|throbbing|hammering)$")],
        # "keeps bumping into things on his left", "the brightness turned right down"
        [_rx(r"^(bumping|bumped|walking|walked|banging|banged|knocking|knocked)$"), _in("into"),
         _in("things", "stuff", "doors", "people", "furniture", "walls", "the")],
        [_in("brightness", "contrast"), *_gap(3), _in("down", "low")],
        # what the visitor can no longer judge: "missed the bottom step twice", "can't judge how far away the
        # kettle is", "can't tell where the steps are", "the floor looks wonky", "closing one eye to walk"
        [_in("missed", "missing", "miss", "misjudged", "misjudging"), _in("the", "a", op="?"),
         _in("bottom", "top", "last", "first", op="?"), _rx(r"^(steps?|stairs?|kerbs?|curbs?)$")],
        *[[*cannot, _in("judge", "tell", "gauge", "work"), _in("out", op="?"), _in("how"), _in("far", "close", "near", "deep")]
          for cannot in CANNOT],
        *[[*cannot, _in("judge", "gauge"), _in("the", op="?"), _rx(r"^(distances?|depth|steps?|stairs|gaps?|spaces?)$")] for cannot in CANNOT],
        *[[*cannot, _in("tell", "judge", "work"), _in("out", op="?"), _in("if", "whether"), *_gap(4), _in("near", "far", "close")]
          for cannot in CANNOT],
        # "couldn't make it out since I did my lid" (not "couldn't make it out to the clinic": see signs.red_flag_spans)
        *[[*cannot, _in("make"), _in("it", "them", "anything", "much"), _in("out")] for cannot in CANNOT],
        # "cries when the curtains are opened", "winces every time the light goes on"
        [_rx(r"^(cries|cry|crying|cried|screams?|screaming|screamed|winces?|wincing|winced|flinch\w*|squints?|squinting)$"),
         _in("when", "whenever", "if", "every", "as"), *_gap(4),
         _rx(r"^(curtains?|blinds?|lights?|lamps?|sun|sunlight|daylight|torch)$")],
        # "felt the needle catch something wet", "it hit something squishy"
        [_rx(r"^(catch|catches|caught|catching|hit|hits|touched|touch|felt|feel)$"), _in("something", "somethin", "sth"),
         _in("wet", "squishy", "soft", "pop", "give", "burst", "squelchy")],
        # "it's like someone's pressing a thumb into my eyeball"
        [_in("like", "as", "if"), _in("someone", "somebody", "someone's", "somebody's", "someones", "somebodys"), _in("'s", "is", op="?"),
         _rx(r"^(pressing|pushing|stabbing|poking|digging|squeezing|punching|drilling|jabbing)$")],
        *[[*cannot, _in("tell", "see", "judge"), _in("where"), _in("the"), _rx(r"^(steps?|stairs?|kerbs?|curbs?|edges?|floor|doors?)$")]
          for cannot in CANNOT],
        [_in("floor", "ground", "room", "stairs", "steps", "walls"), _in("looks", "look", "is", "are", "seems", "feels", "'s", "all",
                                                                    op="*"),
         _in("wonky", "tilted", "slanted", "sloping", "uneven", "wavy", "crooked", "sideways")],
        [_rx(r"^(closing|close|closes|shutting|shut|shuts|covering|cover|covers)$"), _in("one", "that", "my", "the"), _in("eye"),
         _in("to", "when", "so", "while", "whenever", "just")],
        [_rx(r"^(turn|turned|turning|switch|switched|switching)$"), _in("off"), _in("every", "all"), _in("the", op="?"),
         _rx(r"^(lights?|lamps?)$")],
        [_rx(r"^(turn|turned|turning|switch|switched|switching)$"), _in("all", "every", "the", "off", op="*"),
         _rx(r"^(lights?|lamps?|spotlights?)$"), _in("off", "out")],
        [_in("eat", "ate", "sit", "sat", "sitting", "lying", "lie", "lay", "hiding", "stay", "staying", "been"), *_gap(3),
         _in("in"), _in("the"), _in("dark")],
        # "the numbers in the middle just aren't there", "a heat shimmer over everything"
        [_in("middle", "centre", "center", "numbers", "letters", "words", "bits"), *_gap(3), _rx(r"^(n't|nt|not|arent|isnt)$"),
         _in("there")],
        [_in("heat"), _rx(r"^(shimmer\w*|haze|wave|waves)$")],
        [_rx(r"^(jellyfish|fly|flies|worms?|tadpoles?|insects?|bugs?|gnats?|midges?|spiders?|cobwebs?)$"),
         _rx(r"^(floating|drifting|swimming|buzzing|darting|crawling|flying)$")],
        *[[*cannot, _in("read"), _in("my", "the", "a", "any", op="?"),
           _rx(r"^(phone|book|paper|newspaper|screen|texts?|menu|labels?|messages?|clock|kindle|tablet|laptop|numbers|signs?"
               r"|subtitles|words|writing|print|time|microwave|oven|board|watch|number|plates?|registration|road|recipe)$")]
          for cannot in CANNOT],
        # "things swimming around when I look", "tadpole things", "a hair-like thing floats across"
        [_rx(r"^(things?|bits?|blobs?|shapes?|dots?|specks?|worms?|tadpoles?|hairs?|threads?|strings?)$"), *_gap(1),
         _rx(r"^(floats?|floating|swims?|swimming|drifts?|drifting|darts?|darting|wriggl\w*|wiggl\w*)$")],
        [_rx(r"^(painkillers?|paracetamol|ibuprofen|co-codamol|codamol|cocodamol|nurofen|calpol)$"), *_gap(3),
         _rx(r"^(helping|working|touching|help|work|nothing)$")],
        [_in("nothing"), _in("takes", "helps", "touches")],
        [_in("eye", "eyeball"), _in("itself"), *_gap(3),
         _rx(r"^(burnt|burned|burning|stinging|stings|sore|hurts|painful|scratched|bleeding|red)$")],
        [_rx(r"^(touched|touch|hit|went|got|slipped|caught|burnt|burned|burning|scratched|scratch|scraped|nicked"
             r"|scratching|scraping)$"), *_gap(4), _in("eyeball", "eyeballs", "cornea", "itself")],
        [_in("went", "gone", "go", "slipped", "jabbed", "poked", "stabbed"), _in("straight", "right", "clean"),
         _in("in", "into")],
        [_in("cant", "cannot", "can't"), _in("look"), _in("at")],
        [_in("ca"), _in("nt", "n't"), _in("look"), _in("at")],
        [_rx(r"^(wont|cant|cannot|doesnt|didnt)$"), _in("open")],
        [_in("wo", "ca", "does", "did", "will", "can"), _in("n't", "nt", "not"), _in("open")],
        # things seen that are not there: "a grey cloud in my eye", "like a fly in my eye", "an invisible fly",
        # "like someone flicking a torch", "lit up inside like a lightbulb"
        [_in("grey", "gray", "dark", "black", "white", "misty", "smoky"), _rx(r"^(clouds?|fog|mist|haze|film|smoke)$")],
        [_rx(r"^(clouds?|fog|mist|haze|film)$"), _in("in", "over", "across"), _in("my", "the", "her", "his", op="?"),
         _in("eye", "eyes", "vision", "sight")],
        [_in("like", "invisible", "phantom", "imaginary", "pretend"), *_gap(3),
         _rx(r"^(fly|flies|gnats?|midges?|insects?|bugs?|mosquito|jellyfish|tadpoles?|worms?)$")],
        [_rx(r"^(torch|torches|lightbulb|lightbulbs|flashbulb|flashlight|strobe)$")],
        [_in("lit", "lights", "lighting", "flashed"), _in("'", op="?"), _in("up")],
        # "the needle went in. in my eye", "tweezers slipped": a tool slipping beside the eye
        [_rx(r"^(needles?|pins?|tweezers?|lancets?|blades?|razors?|scalpels?|extractors?|loops?)$"),
         _in("slipped", "slip", "slid", "skidded", "jumped", "jolted")],
        # "it went in the white bit": the white of the eye, with the eye named nearby
        [_in("went", "gone", "slipped", "poked", "jabbed", "stabbed", "pierced", "nicked", "caught"), _in("in", "into"),
         _in("the", "my", "her", "his", op="?"), _in("white", "clear", "coloured", "colored"), _in("bit", "part", "bits")],
    ],
    "RF_VERY_UNWELL": [
        [_rx(r"^(confused|confusion|drowsy|faint|fainted|fainting|dizzy|delirious|collapsed|muddled|mottled|clammy"
             r"|disorientated|disoriented|mumbling|incoherent|breathless|floppy|listless|lethargic|gasping|slurring"
             r"|slurred|wheezing|wheezy|light-headed|lightheaded|woozy)$")],
        [_in("light"), {"ORTH": "-", "OP": "?"}, _in("headed")],
        # "barely responding to me", "she not wake up good and she talk strange", "heart is going so fast"
        [_in("barely", "hardly", "not", "isn't", "isnt"), _in("responding", "responsive", "answering", "reacting")],
        [_in("unresponsive", "sleepy")],
        [_in("not", "n't", "cannot", "cant", "can"), _in("wake", "waking"), _in("up", op="?"),
         _in("good", "properly", "well", "easily", "at")],
        [_in("talk", "talks", "talking", "speak", "speaks", "speaking"), _in("strange", "strangely", "funny", "weird", "nonsense", "gibberish")],
        [_in("heart", "heartbeat", "pulse"), _in("is", "'s", "keeps"), _in("going", "beating", "pounding", "racing"),
         _in("so", "really", "very", "too", op="?"), _in("fast", "quick", "quickly", "crazy", "mad")],
        # "he's not himself" (kept though it starts with "not": signs._negated_symptom)
        [_in("not", "n't"), _in("himself", "herself", "themselves", "myself", "yourself")],
        # "so weak I can't get up", "too weak to stand"
        *[[*cannot, _in("get", "stand", "sit"), _in("up")] for cannot in CANNOT],
        [_in("too"), _in("weak", "dizzy", "faint", "wobbly"), _in("to"), _in("stand", "walk", "get", "move")],
        # lips or face going blue: "her lips have gone a bit blue", "blue lips"
        [_in("lips", "lip", "face", "fingertips"), _in("have", "has", "are", "is", "'s", "'re", "gone", "going", "turned",
                                                          "turning", "a", "bit", "all", "looking", "look", "went", op="*"),
         _in("blue", "bluish", "blueish", "purple", "grey", "gray")],
        [_in("blue", "bluish", "blueish", "purple", "grey", "gray"), _in("lips", "lip")],
        # "breathing weird", "breathing like i've run a marathon", "can't catch my breath"
        [_in("breathing", "breathes", "breathe", "breath"), _in("really", "very", "so", "all", op="?"),
         _in("weird", "weirdly", "funny", "funnily", "strange", "strangely", "odd", "oddly", "noisy", "noisily",
             "heavy", "heavily", "shallow", "badly", "rasping", "raspy")],
        [_in("breathing", "panting", "puffing", "gasping"), _in("like", "as"), *_gap(4),
         _rx(r"^(marathons?|race|sprint|sprinted|run|ran|miles?|dog)$")],
        [_in("catch"), _in("my", "her", "his", "their", op="?"), _in("breath")],
        # "my heart won't slow down", "a fast heart", "pulse is going mad"
        [_in("heart", "heartbeat", "pulse"), *_gap(3), _in("slow", "settle", "calm")],
        [_in("fast", "racing", "pounding", "thumping", "hammering", "galloping", "rapid"),
         _in("heart", "heartbeat", "heartrate", "pulse")],
        # "can't stand up without blacking out", "can barely stand", "can't walk straight" (the word after is
        # checked in the detector: not "can't stand the look of them")
        *[[*cannot, _in("stand", "walk")] for cannot in CANNOT],
        # "keeps asking the same question", "repeating herself"
        [_in("keeps", "keep", "kept", "is", "'s"), _in("asking", "saying", "repeating"), _in("the", op="?"), _in("same")],
        [_in("repeating", "repeats"), _in("herself", "himself", "themselves", "myself", "itself")],
        # "everything's hazy in my head", "my head feels foggy"
        [_in("hazy", "foggy", "fuzzy", "muzzy", "woolly", "cloudy", "spinning", "swimming"), _in("in"),
         _in("my", "her", "his", "the"), _in("head")],
        [_in("head"), _in("is", "'s", "feels", "feel", "all", "gone", "so", "really", op="+"),
         _in("hazy", "foggy", "fuzzy", "muzzy", "woolly", "spinning", "swimming", "mush")],
        [_in("is", "'s", "really", "totally", "completely", "seems", "proper", "bit", "gone", "been"),
         _in("out"), _in("of"), _in("it")],
        [_in("gone", "so", "really", "very"), _rx(r"^(sleepy|drowsy|floppy)$")],
        [_in("dropping", "drifting", "nodding"), _in("off")],
        [_rx(r"^(struggling|struggle|cant|hard)$"), _in("to", op="?"), _in("breathe", "breath")],
        [_in("passed", "passing"), _in("out")],
        [_in("talking", "speaking", "saying"), _in("nonsense", "gibberish", "rubbish")],
        [_in("limp")],
        [_in("blacking", "blacked", "black"), _in("out")],
        [_in("going", "gonna", "about", "might", "could"), _in("to", op="?"), _in("pass", "faint"), _in("out", op="?")],
        [_in("heart"), *_gap(2), _rx(r"^(racing|pounding|beating|thumping|hammering|fluttering|skipping)$")],
        [_in("heart"), *_gap(3), _in("crazy", "mad", "nuts", "haywire")],
        [_in("heart", "pulse"), *_gap(5), _in("clappers", "train", "drum", "drums")],
        # "keeps staring at the wall and not answering", "this isn't her at all"
        [_in("staring", "stares", "stared"), _in("at", "into"), _in("the", op="?"), _in("wall", "walls", "ceiling", "nothing", "space")],
        [_rx(r"^(not|n't|nt|isnt|wont|won't)$"), _rx(r"^(answering|responding|responsive|replying|talking|reacting)$")],
        [_rx(r"^(isnt|n't|nt|not)$"), _in("her", "him", "herself", "himself", "themselves", "like"), _in("at", "her", "him", op="?"), _in("all", "self", op="?")],
        [_in("pulse", "heartrate", "heartbeat"), _in("rate", op="?"), _in("is", "'s", "of", "at", "was", op="?"),
         _rx(r"^(1[2-9]\d|2\d\d)$")],
        # "heart rate on my watch says 135"
        [_in("heart", "pulse"), _in("rate", "beat", op="?"), *_gap_in_sentence(5), _rx(r"^(1[3-9]\d|2\d\d)$")],
        [_in("collapsed", "passed", "blacked")],
        [_in("keeled"), _in("over")],
        [_rx(r"^(struggling|struggles|struggled|fighting|gasping)$"), _in("for"), _in("breath", "air")],
        [_in("funny", "weird", "odd", "strange"), _in("blue", "grey", "gray", "purple"), _in("colour", "color", "tinge")],
        [_in("went", "gone", "go", "goes", "dropped"), _in("down"), _in("like")],
        [_rx(r"^(babbling|rambling|raving|incoherent|delirious|gibberish|confuse|confuzed|confussed)$")],
        [_in("hart", "heart"), _in("beat", "beats", "beating", "rate"), _in("so", "very", "really", "too", op="?"), _in("fast", "quick", "hard")],
        [_in("in"), _in("and"), _in("out"), _in("of"), _in("sleep", "consciousness", "it")],
        [_rx(r"^(cant|can't|cannot|n't|nt)$"), _in("keep"), _in("track")],
        [_in("like"), _in("i'm", "im", "i", "she's", "he's"), _in("am", "'m", "is", "'s", op="?"), _in("dying")],
        [_in("breathing", "breathe"), *_gap(2), _in("fast", "quickly", "quick", "hard")],

        [_in("so", "very", "really", "extremely", "v"), _in("ill", "unwell", "poorly")],
        [_in("barely"), _in("stay", "keep"), _in("awake")],
        [_in("out", "short"), _in("of"), _in("breath")],
    ],
    # worded with a negation, so never negated ("SELF_NEGATING_LABELS")
    "RF_WORST_ILL": [
        [_in("not", "isnt", "n't"), _in("making"), _in("sense")],
        [_in("never"), _in("felt", "been"), _in("this", "so"), _in("ill", "unwell", "bad", "poorly", "rough", "sick")],
        [_in("not", "n't", "nt"), _in("felt", "been"), _in("this", "so"), _in("ill", "unwell", "poorly", "rough", "sick")],
        [_in("cant", "can't", "cannot"), _in("think"), _in("straight")],
        [_in("ca"), _in("n't"), _in("think"), _in("straight")],
        # "hands shaking, can't think, sweaty": can't think at all (not "can't think of a reason": see detector)
        [_in("cant", "can't", "cannot"), _in("think")],
        [_in("ca"), _in("n't"), _in("think")],
        # "can't tell if I'm awake or not"
        [_in("cant", "can't", "cannot", "ca"), _in("n't", op="?"), _in("tell"), _in("if", "whether"),
         _in("i", "i'm", "im", "she", "he", "she's", "he's"), _in("'m", "is", "am", "'s", op="?"),
         _in("awake", "asleep", "dreaming")],
        [_rx(r"^(doesnt|dont|didnt)$"), _in("know"), _in("what", "where", "who"), _in("day", "she", "he", "i", "they")],
        [_in("does", "do", "did"), _in("n't", "nt", "not"), _in("know"), _in("what", "where", "who"),
         _in("day", "she", "he", "i", "they")],
        [_in("cant", "can't", "barely"), _in("stay"), _in("awake")],
        [_in("cant", "can't", "cannot", "barely", "n't", "nt", "not"), _in("keep"), _in("him", "her", "them", "me"), _in("awake", "up")],
        # "can't keep my nan awake", "she's hard to rouse", "dozy all day"
        [_in("cant", "can't", "cannot", "barely", "n't", "nt"), _in("keep"), _in("my", "our", "the", "his", "her", op="?"),
         _rx(r"^(nan|nana|nanna|gran|granny|grandma|grandad|grandpa|mum|mom|mam|dad|mother|father|husband|wife|partner|son"
             r"|daughter|baby|boy|girl|brother|sister|auntie|aunt|uncle|grandson|granddaughter|wee|little|one)$"),
         _in("one", op="?"), _in("awake")],
        [_in("hard", "difficult", "impossible", "struggling", "struggle", "tricky"), _in("to"), _in("rouse", "wake", "waken", "arouse")],
        [_in("dozy", "drowsy", "sleepy", "dopey"), _in("all"), _in("day", "morning", "afternoon", "evening", "night")],
        # "she didn't recognise me", "keeps forgetting what I'm saying"
        [_rx(r"^(didnt|doesnt|dont|n't|nt|not)$"), _in("recognise", "recognize", "recognised", "recognized"),
         _in("me", "us", "him", "her", "anyone", "his", "my", "her")],
        [_in("keeps", "keep", "kept"), _in("forgetting")],
        [_rx(r"^(cant|can't|cannot|barely|n't|nt)$"), _in("lift"), _in("my", "her", "his", "their"), _in("head")],
        [_in("ca"), _in("n't", "nt"), _in("stay"), _in("awake")],
        [_in("wont", "won't"), _in("wake")],
        [_in("wo"), _in("n't", "nt"), _in("wake")],
        # "i feel like death", "keeps falling asleep mid sentence"
        [_rx(r"^(feel|feels|feeling|felt)$"), _in("like"), _in("death", "dying")],
        [_in("falling", "fell", "falls"), _in("asleep")],
    ],
    # ---- urgent ----
    "RF_FEVER_NUMBER": [
        [_rx(r"^(38|39|40|41)([.,]\d+)?(°c?|c|degrees)?\.?$")],
        # Fahrenheit: 100.4F is 38C
        [_rx(r"^(100[.,][4-9]\d*|10[1-6]([.,]\d+)?)(°f?|f|degrees)?\.?$")],
        # in words: "thirty eight point four", "thirty-nine degrees", "forty" (never "I'm thirty eight")
        [_in("thirty"), {"ORTH": "-", "OP": "?"}, _in("eight", "nine"), _in("point", "degrees", "c", "°")],
        [_rx(r"^thirty-?(eight|nine)$"), _in("point", "degrees", "c", "°")],
        [_in("forty", "fourty"), _in("one", op="?"), _in("point", "degrees", "c", "°")],
        # a forehead strip thermometer: "the strip went to the red bit", "forehead strip reading high"
        [_in("forehead", "fever", "thermometer", "temp", "temperature"), _rx(r"^(strips?|scanners?|gun)$"), *_gap(5),
         _in("red", "orange", "high", "amber", "hot", "fever")],
    ],
    # ---- see a GP ----
    "RF_CANCER": [
        [_rx(r"^(cancers?|cancerous|pre-?cancerous|pre-?cancer|carcinomas?|bcc|scc|melanomas?|malignant|rodent|tumou?rs?|translucent)$")],
        # "could they turn into something bad in the long run"
        [_in("turn", "turns", "turning", "become", "becomes", "change", "changes", "develop", "develops"), _in("into"),
         _in("something"), _in("bad", "nasty", "sinister", "serious", "worse", "dangerous")],
        [_in("the"), _in("big"), _rx(r"^c\.?$")],
        [_in("basal", "squamous"), _in("cell", "cells")],
        [_in("candle"), _in("wax")],
        [_rx(r"^(sunk|sunken|dipped|dented|caved|indented|sinking)$"), _in("in", op="?"), _in("the", "at", op="?"),
         _in("middle", "centre", "center")],
        [_rx(r"^(doughnut|donut|doughnuts|donuts)$")],
        [_in("belly"), _in("button")],
        # "glossy and pink with a tiny valley in the middle"
        [_in("glossy"), _in("and", "&", op="?"), _in("pink", "red", "pearly", "white")],
        [_rx(r"^(valley|well|divot|hole)$"), _in("in"), _in("the"), _in("middle", "centre", "center")],
        # "pearly", "like a pearl", "pearl-like" (not the bumps called pearls: "one little pearl by my nose")
        [_rx(r"^(pearly|pearlescent|waxy|pearl-like|pearllike)$")],
        [_in("like", "as"), _in("a"), _in("tiny", "little", "small", "white", "shiny", op="*"), _in("pearl")],
        [_in("pearl", "pearls"), _in("with")],
        [_in("pearl"), _in("like", "-", "coloured", "colored", "white")],
        [_in("shiny", "raised", "rolled"), _in("pink", "pinky", "pinkish", "red", "pearly", "white", "silvery", op="?"),
         _rx(r"^(edge|edges|rim|border|lump|bump|edged)$")],
        # "a kind of see-through rim round it", "a clear glassy border"
        [_in("see"), _in("-", op="?"), _in("through"), _rx(r"^(edges?|rims?|borders?|rings?)$")],
        [_rx(r"^(see-through|seethrough|glassy|clear)$"), _rx(r"^(edges?|rims?|borders?|rings?)$")],
        [_rx(r"^(dip|dent|crater|hole|dimple|pit|hollow|ulcer)$"), *_gap(2), _in("middle", "centre", "center")],
        # "a little volcano with a pit at the top", "it's like a tiny crater now"
        [_rx(r"^(dip|dent|crater|hole|dimple|pit|hollow)$"), _in("at", "on", "in"), _in("the", "its"), _in("top", "tip", "peak")],
        [_in("look", "looks", "looking", "looked", "is", "'s", "its", "now", "gone"), _in("like"), _in("a", "an", op="?"),
         _in("little", "tiny", "small", "mini", "miniature", op="*"), _rx(r"^(volcano|volcanoes|crater)$")],
        [_in("tiny", "little", "small", "red", "thin"),
         _in("squiggly", "wiggly", "wriggly", "spidery", "fine", "thin", "red", "little", "tiny", "purple", op="?"),
         _rx(r"^(veins?|vessels?|red|lines|squiggles)$"), *_gap(2),
         _in("on", "over", "across", "in", "through")],
        [_in("blood"), _rx(r"^vessels?$")],
        # "the edge is all raised and shiny", "the middle's sunk in a bit"
        [_rx(r"^(edges?|rim|border)$"), _in("is", "are", "'s", "has", "have", "gone", "got", "all", "a", "bit", "looks",
                                          "really", "quite", "kind", "of", "sort", "and", op="*"),
         _in("raised", "shiny", "pearly", "rolled", "waxy", "glossy")],
        [_in("middle", "centre", "center"), _in("is", "'s", "has", "gone", "kind", "of", "sort", "a", "bit", "all", op="*"),
         _in("sunk", "sunken", "dipped", "dented", "caved", "sinking", "hollow", "indented")],
        # "could it be something nasty?", "is it anything sinister"
        [_in("be", "is", "it", "it's", "'s", "this", "that"), _in("something", "anything"),
         _in("nasty", "sinister", "worse", "dodgy", "serious", "bad")],
        [_in("pink", "red", "pearly", "skin", "pinker", "redder"), _in("and", "&", op="?"), _in("shiny", "shinier")],
        [_in("shiny"), _in("and", "&"), _in("pink", "red")],
        [_rx(r"^(spidery|spider|thread|threadlike|web)$"), _rx(r"^(veins?|vessels?|lines?|marks?)$")],
        [_in("has", "have", "with", "got", "there's", "theres"), _in("a", "like", op="*"),
         _rx(r"^(dent|dip|crater|dimple|hollow)$")],
        # "the bump near my hairline looks shiny" (kept only about a spot named before it: signs.red_flag_spans)
        [_in("looks", "look", "looking", "gone", "went", "turned", "become", "became"),
         _in("all", "really", "very", "quite", "a", "bit", "kind", "of", "sort", "kinda", op="*"),
         _in("shiny", "waxy", "glossy", "pearly", "translucent", "see-through")],
        # "has a shiny surface and a dip"
        [_in("shiny", "glossy", "waxy"), _in("surface", "top", "dome", "centre", "center", "patch")],
        [_in("and", "plus"), _in("a", "like", op="*"), _rx(r"^(dent|dip|crater)$")],
    ],
    "RF_BLEED": [[_rx(r"^(bleed|bleeds|bleeding|bleedin|bled|blood|bleading|bleeing|bledding|bleedy)$")]],
    "RF_GROW": [
        # "it was a pinhead in January, now it's more like a lentil"
        [_in("was"), _in("a", "the", "like", "size", "of", "tiny", "little", "just", op="*"),
         _rx(r"^(pinheads?|pinpricks?|pin|dot|speck|freckle|grain|poppy|seed|sesame)$"), *_gap_in_sentence(8), _in("now"),
         *_gap_in_sentence(5), _rx(r"^(lentils?|peas?|chickpeas?|grapes?|marbles?|raisins?|blueberry|blueberries|buttons?|coins?"
                                   r"|beans?|peanuts?|hazelnuts?|cherry|cherries)$")],
        [_rx(r"^(grow|grows|growing|grown|grew|enlarg\w*|expanding)$")],
        [_rx(r"^(getting|got|gotten|get|gets|become|becoming|became|gone|grown|grow|growing)$"),
         _in("a", "much", "bit", "lot", "little", "slightly", "way", "even", "really", "so",
             op="?"),
         _in("a", "much", "bit", "lot", "little", "slightly", "way", "even", "really", "so",
             op="?"),
         _rx(RX_BIGGER)],
        [_rx(r"^(getting|got|gotten|gone|become|becoming|became|grown)$"),
         _in("noticeably", "visibly", "definitely", "quite", "far", "pinkish", "pinker", "redder", "darker", "browner",
             "raised", "and", op="+"),
         _rx(RX_BIGGER)],
        [_in("is", "'s", "keeps", "been", "started", "starting"), _rx(r"^(changing|changed)$")],
        [_rx(RX_BIGGER), _in("than"), _in("before", "it", "last", "yesterday", "when", "they",
                                          "previously", "usual", "normal")],
        [_rx(r"^chang\w*$"), *_gap(2), _rx(r"^(shape|colour|color|size|colours|colors)$")],
        [_rx(r"^(doubled|tripled)$"), _in("in"), _in("size")],
        [_rx(r"^(increased|increasing|increases)$"), _in("to", "in"),
         {"LOWER": {"NOT_IN": ["number", "numbers", "one", "an", "a", "this", "that", "the", "my", "some", "certain"]}}],
        # "has doubled since Christmas", "now it's gone irregular", "has developed a brown edge"
        [_in("has", "have", "'s", "it's"), _rx(r"^(doubled|tripled|quadrupled)$")],
        [_in("gone", "going", "become", "becoming", "turned", "turning", "got", "getting", "went"),
         _in("all", "a", "bit", "kind", "of", "red", "pink", "and", "really", "very", "quite", op="*"),
         _in("irregular", "wonky", "uneven", "jagged", "ragged", "lopsided", "misshapen", "scaly", "crusty", "darker", "brown", "black",
             "lumpy")],
        # "was tiny last year and now its huge", "used to be a neat dome and now it's flattened", "now oval when it was round",
        # "gone a pinky-purple colour"
        [_in("was", "were"), _in("tiny", "small", "little", "flat", "round", "white"), *_gap(5), _in("now"),
         _in("it", "its", "it's", "is", "'s", "they", "are", op="*"), _in("huge", "big", "massive", "bigger", "larger", "enormous")],
        [_in("used"), _in("to"), _in("be"), *_gap(5), _in("now")],
        [_in("when", "but", "before"), _in("it", "they"), _in("was", "were", "used"), _in("to", op="?"), _in("be", op="?"),
         _in("round", "smooth", "flat", "tiny", "small", "white", "neat", "perfectly")],
        [_in("gone", "turned", "went", "going", "turning"), _in("a"), *_gap(3), _in("colour", "color", "shade")],
        [_in("developed", "grown", "got", "has", "getting"), _in("a", "an", op="?"),
         _in("brown", "black", "dark", "irregular", "jagged", "ragged", "red"),
         _rx(r"^(edges?|borders?|rims?|rings?|halo|patch|bit|spot|dot)$")],
        # "has gone from small to pea-sized in a few months"
        [_in("gone", "grown", "went", "changed"), _in("from"), *_gap(3), _in("to"), *_gap(2),
         _rx(r"^(\w+-sized|\w+sized|sized|size|big|bigger|large|larger|huge|massive|peas?|grapes?|marbles?|lentils?"
             r"|raisins?|blueberr\w*|peppercorns?|coins?|penny|5p|10p|1p|fingernail)$")],
        [_in("has", "have", "'s"), _in("changed")],
        [_rx(r"^(gone|turned|turning|went|changed|going)$"), _in("from", op="?"), {"OP": "?"}, _in("to", op="?"),
         _in("brown", "black", "pink", "purple", "blue", "grey", "gray", "dark", "darker")],
        [_in("now", "and"), _in("is", "'s", "are"), _rx(RX_BIGGER)],
        [_in("now", "and"), _in("it", "its", "it's", "they"), _in("is", "'s", "are", "'re", op="?"), _rx(RX_BIGGER)],
        [_rx(r"^(look|looks|looking|looked)$"), _in("a", "bit", "really", "very", "so", "totally", op="*"),
         _in("different", "weird", "odd", "strange")],
        [_in("from"), _in("white", "skin", "pale"), _in("to")],
        [_rx(r"^(shinier|darker|redder|flatter)$")],
        [_in("now", "but"), *_gap(6), _rx(RX_BIGGER)],
        # "bigger than a pea now", "it used to be tiny"
        [_rx(RX_BIGGER), *_gap(5), _in("now")],
        [_in("used"), _in("to"), _in("be"), _in("so", "really", "very", "just", "a", "an", op="*"),
         _in("tiny", "small", "smaller", "little", "flat", "flatter")],
        # "has gone from smooth to scaly and crusty"
        [_in("gone", "went", "changed", "turned", "going", "goes"), _in("from"), *_gap(3), _in("to"),
         _in("a", "all", "really", "quite", "very", op="*"),
         _rx(r"^(scaly|scaley|crusty|crusted|rough|flaky|scabby|bumpy|hard|raised|shiny|bleeding|red|pink|brown|dark"
             r"|black|sore|lumpy|warty|ulcerated)$")],
        [_rx(r"^chang\w*$"), *_gap(3), _rx(RX_BIGGER + "|^(darker|redder|pinker|browner)$")],
        [_in("now"), *_gap(3), _in("size"), _in("of"), _in("a", "an"),
         _rx(r"^(pea|peas|grape|marble|5p|10p|1p|penny|coin|fingernail|lentil|raisin)$")],
        [_rx(r"^(weird|odd|strange|funny|different|irregular|wonky)$"), _in("uneven", "irregular", "wonky", "lopsided", "jagged", op="?"),
         _rx(r"^(shape|shaped|colour|color|edges?)$")],
        # "it has spread out at one side"
        [_in("spread", "spreading", "spreads", "bulging", "bulges", "grown"), _in("out", op="?"), _in("at", "on", "to", "towards"),
         _in("one"), _in("side")],
        # "irregular at the edge", "ragged round the border"
        [_rx(r"^(irregular|uneven|ragged|jagged|blurry|fuzzy|wonky)$"), _in("at", "round", "around", "on"),
         _in("the", "its", op="?"), _rx(r"^(edges?|border|borders|rim|sides?)$")],
    ],
    "RF_NOT_HEALED": [
        [_rx(RX_NEG_TOKEN), *_gap(2), _rx(RX_HEAL)],
        [_in("non", "non-"), {"ORTH": "-", "OP": "?"}, _rx(RX_HEAL)],
        [_rx(RX_NEG_TOKEN), *_gap(2), _in("closed", "close", "sealed", "scabbed"), _in("up", "over")],
        # a sore that keeps coming back or breaking open
        [_in("keeps", "keep", "kept"), _rx(r"^(breaking|opening|splitting|crusting|scabbing|bleeding)$"),
         _in("open", "over", "up", op="?")],
        [_rx(r"^(crust\w*|scab\w*|sores?)$"), *_gap(6), _in("keeps", "keep"), _in("coming"), _in("back")],
        [_rx(r"^(crust\w*|scab\w*)$"), *_gap(6), _in("comes", "came"), _in("back")],
        # "a scab keeps forming on the same spot", "the crust keeps reappearing"
        [_rx(r"^(crust\w*|scab\w*|sores?)$"), *_gap(4), _in("keeps", "keep", "kept"),
         _rx(r"^(forming|re-?forming|coming|appearing|re-?appearing|returning|growing|developing)$")],
        [_rx(r"^(splits?|splitting|breaks?|breaking|opens?|opening)$"), _in("open", "up", op="?"), _in("again")],
    ],
    # only a red flag with a duration of four weeks or more in the same sentence
    "RF_PERSISTENT": [[_rx(r"^(scab|scabs|scabby|scabbing|scabbed|crust|crusts|crusty|crusting|crusted"
                           r"|sore|sores|raw|ulcer\w*|open|wound|wounds|graze|grazes)$")]],
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
    "RF_SPREAD_SINCE": "urgent",
    "RF_FEVER": "urgent",
    "RF_INFECT": "urgent",
    "RF_EYE_PAIN": "urgent",
    "RF_PAINFUL_RED": "urgent",
    "RF_BLEED": "gp",
    "RF_GROW": "gp",
    "RF_NOT_HEALED": "gp",
    "RF_PERSISTENT": "gp",
}
# One spot named before a relative clause: "a spot that bleeds" (singular: "milia that bleed" is general)
SPOT_WORDS: FrozenSet[str] = frozenset({"spot", "milia", "milium", "one", "lump", "bump", "mole", "mark", "pimple", "cyst"})
# A question that says the thing happened: "can the needle going in my eye cause damage because it did"
ADMISSIONS = ("because it did", "cos it did", "coz it did", "which it did", "as it did", "because it has", "which it has",
              "because i did", "cos i did", "coz i did", "which i did", "as i did", "because i have", "i just did")
# A crust or scab that keeps coming back is a sign to see a GP whatever its duration.
RECURRING_PHRASES = ("comes and goes", "come and go", "coming and going", "came and went", "never clears", "never cleared",
                     "wont clear", "won't clear", "wo n't clear", "doesnt clear", "does n't clear",
                     "never goes away", "never go away", "never gone", "wont go", "won't go", "wo n't go", "wo nt go",
                     "not going away", "keeps coming back", "keep coming back", "never heals", "never healed",
                     "never goes", "every few days", "every couple of days", "every other day", "every few weeks",
                     "every week", "every month", "every couple of weeks", "every other week", "every so often", "over and over", "on and off", "off and on", "crusts again", "crusted again",
                     "crusting again", "scabs again", "scabbed again", "scabbing again")
# Feeling faint at a thought, not from an illness: "the idea of a needle makes me feel faint"
SQUEAMISH_WORDS: FrozenSet[str] = frozenset(
    {"idea", "thought", "thinking", "nervous", "anxious", "squeamish", "imagine", "imagining", "phobia", "fear", "wimp", "test", "tests",
     "injection", "injections", "jab", "jabs", "vaccine", "vaccines", "vaccination", "charged", "price", "prices", "cost",
     "costs", "bill", "quote", "sight", "video"}
)
# RF_SPREAD matches that start with these words ("spreading across my cheek", "gone past the line")
# count only beside redness or an infection word in the same sentence.
SPREAD_ALONE_WORDS: FrozenSet[str] = frozenset({"past", "beyond", "outside", "over", "spreading", "spread", "spreads", "creeping",
                                                "crawling", "fanning", "travelling", "traveling", "marching"})
INFECTION_WORDS: FrozenSet[str] = frozenset(
    {"infection", "infected", "swelling", "swollen", "hot", "pus", "angry", "inflamed", "redness", "red"}
)
# Signs that are a report, not a general question, when placed after a removal, even the clinic's:
# "is it normal to see double after having milia removed?", "is spreading redness normal after extraction?"
AFTER_REMOVAL_REPORTS: FrozenSet[str] = frozenset(
    {label for label, tier in TIER_OF.items() if tier == "emergency"} | {"RF_SPREAD"}
)
OWN_WORDS: FrozenSet[str] = frozenset({"this", "it", "these", "mine", "my", "that", "its", "it's"})
EYEBALL_WORDS: FrozenSet[str] = frozenset({"eye", "eyes", "eyeball", "eyeballs", "eys"})
EYEBALL_CONTEXT: FrozenSet[str] = EYEBALL_WORDS | frozenset(
    {"vision", "sight", "eyesight", "eyeline", "see", "sees", "seeing", "look", "looking", "blink", "blinking", "cornea"}
)
SEVERITY_WORDS: FrozenSet[str] = frozenset(
    {"severe", "severely", "extreme", "extremely", "agony", "agonising", "agonizing", "unbearable",
     "excruciating", "really", "so", "badly", "killing", "stabbing", "terrible", "awful", "loads", "intense",
     "horrendous", "horrific", "searing", "pounding", "throbbing", "sharp", "10/10", "9/10", "8/10", "11/10",
     "unbelievably", "unbelievable", "incredibly", "very", "strong", "properly", "insanely", "horribly", "unreal", "crazy", "sweat", "sweating",
     "shake", "shaking", "crying", "scream", "screaming", "vomit", "vomiting", "sick", "drill", "woke", "worst"}
)
# "can't think", "can barely stand": feeling very unwell only when nothing follows the verb
# ("can't think, sweaty", "can't stand up") - not "can't think of a reason", "can't stand the look of them"
UNWELL_BARE_VERBS: FrozenSet[str] = frozenset({"think", "stand", "walk"})
UNWELL_BARE_NEXT: FrozenSet[str] = frozenset(
    {"", ",", ".", "!", "?", "...", "and", "without", "up", "properly", "clearly", "straight", "anymore", "now",
     "or", "-", "&"}
)
# Labels that make infection signs an emergency when they come together.
EMERGENCY_WITH: FrozenSet[str] = frozenset({"RF_VERY_UNWELL", "RF_WORST_ILL"})
INFECTION_SIGNS: FrozenSet[str] = frozenset(
    {"RF_SWELL", "RF_HOT", "RF_PUS", "RF_OOZE", "RF_SPREAD", "RF_SPREAD_SINCE", "RF_FEVER", "RF_INFECT", "RF_PAINFUL_RED"}
)
