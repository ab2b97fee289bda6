"""The safety detector's word lists: regular expressions on lower-cased tokens, and the sets of
words its combining rules use. Plain data; see milia/safety/patterns.py for the token patterns."""
from __future__ import annotations

import re
from typing import Dict, FrozenSet, Tuple

# --------------------------------------------------------------------------
# Lexicon (regular expressions on the lower-cased token text)
# --------------------------------------------------------------------------
# Verbs that on their own mean physically attacking a spot.
RX_SELF_VERB = (
    r"^(sq(u|w)?e{1,2}[sz]{1,2}e?(s|d|ed|ing|in)?|squ?ea[sz]e?(s|d|ing)?|squish\w*|squozen?|squozed"
    r"|pop|pops|popped|popping|poping|popin|poppin|poped"
    r"|pick|picks|picked|picking|pickin|picing|pickd"
    r"|prick|pricks|pricked|pricking|pinned|pinning|tweezered|tweezering|tweezed|tweezing"
    r"|lance|lances|lanced|lancing|lanse"
    r"|scratch|scratches|scratched|scratching|scratchin|scrach\w*"
    r"|dig|digs|digging|diggin|dug|gouge\w*|howk|howks|howked|howking|howkin"
    r"|poke|pokes|poked|poking|prod|prods|prodded|prodding|snip|snips|snipped|snipping|nick|nicks|nicked|nicking"
    r"|scrape|scrapes|scraped|scraping|pinch|pinched|pinching"
    r"|pierce|pierced|burst|bursting|puncture|punctured|puncturing|tweeze|tweezed|tweezing|pinprick|pin-prick"
    r"|zap|zaps|zapped|zapping|microneedled|microneedling|needling|needled"
    r"|drain|drains|drained|draining|unroof|unroofs|unroofed|unroofing|deroof|deroofs|deroofed|deroofing"
    # in a visitor's own language (session 35, tuning_149): sacar, wycisnąć, tusukin, furar, pisain, togliere, presser, percer
    r"|sacar|sacarlos|sacarla|wycisn\w*|tusukin|furar|pisain|toglier\w*|presser|percer|quetschen|ausdr[uü]cken|spremer\w*|exprimir|apretar)$"
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
    r"^(needles?|needel|neddle|neadle|needels?|kneedles?|pins?|tweezers?|tweasers?|tweezzers|extractors?|(micro-?)?lancets?"
    r"|micro-?lances?|blades?|scalpels?|razors?|razer|knife|knives|fingernails?|nails?|scissors|vacuums?|hoovers?|nippers?"
    r"|toothpicks?|compass|compasses|earrings?|hairpins?|staples?|hairgrips?|kirbys?|bobby-?pins?"
    r"|clippers?|paperclips?|darts?|fishhooks?|emery"  # session 47 (tuning_467): "a dart tip"  # session 39 (tuning_223): "he got the paperclip in his eye"
    # a needle in a visitor's own language (session 35, tuning_149): Nadel, aguja, aiguille, agulha, iğne, igła, karayom
    r"|nadel|aguja|aiguille|agulha|i[gğ]ne|ig[lł][aąe]|karayom|ekstraktory?|extraktor)$"  # "Bought ekstraktor on Allegro" (session 49)
)
# Rubbing or scrubbing a spot away (a self-removal verb with "off", "away", "rid", "til they come out").
RX_ABRADE = (
    r"^(rub|rubs|rubbed|rubbing|scrub|scrubs|scrubbed|scrubbing|exfoliate|exfoliated|exfoliating"
    r"|file|filed|filing|buff|buffed|buffing|sand|sanded|sanding)$"
)
# Pressing on a spot (a self-removal verb with "out", "hard", "with a cotton bud").
RX_PRESS = r"^(press|presses|pressed|pressing|push|pushes|pushed|pushing|squash|squashes|squashed|squashing)$"
# Flicking, prising or threading a spot out ("flick the milia off", "prise it out", "thread them off").
RX_FLICK = (
    r"^(flick|flicks|flicked|flicking|prise|prised|prising|prize|pry|pried|lever|levered|coax|coaxed|coaxing"
    r"|winkle|winkles|winkled|winkling|tease|teased|teasing|ease|eased|easing|hook|hooked|hooking|snag|snagged|snagging|nudge|nudges|nudged|nudging|wiggle|wiggled|wiggling"
    r"|thread|threads|threaded|threading)$"
)
# Rubbing something over the skin (not exfoliating with a product).
RX_RUB = r"^(rub|rubs|rubbed|rubbing|scrub|scrubs|scrubbed|scrubbing|buff|buffed|buffing|sand|sanded|sanding)$"
RX_USE = r"^(use|used|uses|using|usin|useing)$"
WITHOUT = ("without", "w/o", "withought", "witout")
HOME_AGENT = (
    r"^(friend|friends|mate|mates|sister|sis|brother|mum|mom|mam|mummy|dad|bf|boyfriend|gf|girlfriend"
    r"|partner|husband|hubby|wife|nan|gran|auntie|aunt|cousin|flatmate|housemate|daughter|son"
    r"|granddaughter|grandson|niece|nephew|hairdresser|neighbour|neighbor|colleague|sons|daughters|coworker|co-worker|workmate)$"
)
RX_TRIED = r"^(try|tried|trying|tryed|tryin|attempted|attempting)$"
# Negation cues for the removal verb that follows them (same clause).
RX_NEG = (
    r"^(not|n't|nt|never|neva|without|instead|than|stop|stopped|stopping|avoid|avoiding"
    r"|scared|afraid|frightened|terrified|nervous|refuse|refuses|refused|refusing|no|nope|resist|resisting|resisted"
    r"|wont|dont|didnt|shouldnt|wimp|wimps|wuss|squeamish|phobic)$"
)
# Somebody other than the visitor doing the removing.
RX_PRO_AGENT = (
    r"^(dermatologists?|derms?|dermo|clinics?|practitioners?|doctors?|dr|nurses?|gps?"
    r"|professionals?|professionally|therapists?|clinicians?|physicians?|specialists?|surgeons?|who"
    r"|salons?|spas?|experts?|opticians?|optometrists?)$"
)
RX_YOU = r"^(you|u|ya|your|yours|y'all|yall|ya'll|ur|urs|yr|yous|youse)$"
RX_CLINIC_DONE = r"^(removed|extracted|taken|done|treated|lanced|zapped|cauteri[sz]ed|sorted)$"
RX_HYFRECATOR = r"^(h[iy]p?h?f?recat\w*|hyfercat\w*|cauteri[sz]\w*|electrolysis|diathermy)$"
RX_PRODUCT = (
    r"^(creams?|serums?|retinol|retinoids?|retin-a|exfoliat\w*|scrubs?|acids?|peels?|lotions?"
    r"|ointments?|gels?|products?|moisturi[sz]ers?|cleansers?|toners?|masks?|oils?|tretinoin"
    r"|adapalene|differin|vitamin|aha|bha|glycolic|salicylic|lactic|prescription|medication"
    r"|medicine|topical)$"
)
RX_NONREMOVAL_OBJ = (
    r"^(makeup|make-up|mascara|eyeliner|foundation|tan|splinter|splinters|thorn|hair|hairs|eyebrows?|extensions"
    r"|number|numbers|details|detail|data|name"
    r"|email|callback|call|booking|appointment|info|information|skincare|account|messages?"
    r"|form|request|lemon|lemons|lime|orange|plaster|plasters|bandage|sticker|brows|stress"
    r"|watch|watches|earrings?|necklace|jewellery|jewelry|glasses|specs|paint|polish|lipstick|glitter"
    r"|oranges|juice|bubble|bubbles|balloons?|grapes?)$"  # "took my watch off" (session 40)
)
# A milia reference after a self verb ("pop THEM", "pick ONE", "squeeze the white bit").
RX_OBJ = (
    r"^(them|em|'em|it|one|ones|milia|milias|milium|miliums|milea|millia|mila|milien|prosaki|mine|hers|his|theirs|those|these"
    r"|bumps?|spots?|cysts?|lumps?|white|whiteheads?|heads?|bits?|things?|little|tiny|seeds?|dots?"  # "squeezes the dots under her eyes" (session 54)
    r"|grains?|pimples?|zits?|lot|all|some|couple|few|several|both|another|any|sesh|session|spree"
    r"|two|three|four|five|six|malaya|malayas"  # "pop the Malaya on my eyelid" (voice dictation for "milia", session 49)  # "I already squeezed two on my lash line last night" (session 49, tuning_546)
    r"|at|off|out|away)$"
)
# The milia themselves as the object of pressing or rubbing ("press THEM hard", "rubbed THE ONES under my eyes").
RX_MILIA_REF = (
    r"^(them|em|'em|it|one|ones|milia|milias|milium|milien|prosaki|those|these|bumps?|spots?|cysts?|whiteheads?)$"
)
# ...or something before an object-less self verb ("the spot I squeezed", "after picking").
RX_CTX_BEFORE = (
    r"^(where|after|since|from|spot|spots|place|area|bit|bump|bumps|one|ones|skin|site|milium"
    r"|milia)$"
)
RX_EYE_WORD = (
    r"^(eye|eyes|ojo|ojos|eys|eyez|eyse|eyeys|eyelid|eyelids|eylid|eylids|eyeleds?|eyelash|eyelashes"
    r"|lash|lashes|lashline|undereye|undereyes|periorbital|peri-orbital|periocular|orbital"
    r"|eyebags?|eyeballs?|eyeline|waterline|waterlines|eyebrow|eyebrows|crowsfeet|crowfeet|crowsfoot|browbone|browbones|canthus|canthi|ocular|palpebral"
    # the eyelid in a visitor's own language: Augenlid, párpado, paupière, palpebra
    r"|augenlid|augenlider|augenlidern|p[aá]rpados?|paupi[eè]res?|p[aá]lpebr[ae]s?"
    # the eye: yeux, œil, göz, okiem ("pod okiem", under the eye), olho, Auge (session 35, tuning_149)
    r"|yeux|oeil|œil|g[oö]z|okiem|olhos?|augen?"
    r"|aankh|aankhen|aankhon|aankho)$"  # Hindi and Urdu: "the white dots under my aankh" (session 49, tuning_546)
)
RX_LID = r"^(lids?|lid's)$"
LID_MODIFIERS = ["my", "me", "ma", "mi", "upper", "lower", "left", "right", "her", "his", "your", "ur", "yr", "top", "bottom",
                 "eye", "both", "inner", "outer", "the", "hooded", "droopy", "heavy", "saggy", "crepey"]  # "my hooded lids" (session 34)
RX_PAIN = (
    r"^(hurt|hurts|hurting|hurtin|pain|pains|paining|painful|sore|soreness|ache|aches|aching|achy"
    r"|sting|stings|stinging|throb\w*|burn|burns|burning)$"
)
RX_VISION = r"^(vision|visions|vishun|vishon|vison|visoin|sight|eyesight|eye-sight)$"
RX_VISION_CHANGE = (
    r"^(gone|going|lost|loss|losing|lose|blur\w*|fuzzy|funny|weird|cloudy|misty|hazy|double"
    r"|worse|worsening|reduced|changed|changing|dim|dimmer|dark|darker|affected|problems?"
    r"|blind|patchy|foggy|wavy|shadow\w*|dark|blotchy|doubl\w*|black|blacked|grey|gray|blank|went|vanished|disappeared)$"
)
RX_RED = r"^(red|redness|redder|reddish|rash|rashes|streaks?|streaky|streaking|erythema|erythematous|rojo|roja|rouge|rosso)$"  # "rojo": spent v18
# Harsh products that injure an eye they get into ("salicylic acid toner in my eye"), never creams or serums
RX_CHEMICAL = (r"^(acids?|peels?|solution|toner|remover|acetone|vinegar|lemon|juice|bleach|toothpaste|glycolic|salicylic|lactic"
               r"|tca|aha|bha|peroxide|alcohol|chemicals?|retinol|tretinoin|pads?)$")
RX_SPREAD = r"^(spread|spreads|spreading|spred\w*|creep\w*|crept|tracking|moving|fanning|fanned|crawling|marching|widen\w*|expand\w*)$"
RX_HEAL = r"^(heal|heals|healed|healing|healin|heald|helaed)$"
RX_NEG_TOKEN = r"^(not|n't|nt|never|no|wont|hasnt|havent|isnt|didnt|doesnt|aint)$"
RX_BIGGER = r"^(bigger|larger|biger|biggr|bigge|wider)$"
# A booking names the clinic as the doer: "booking request: milia removal for me", "a gift voucher for removal"
BOOKING_WORDS: FrozenSet[str] = frozenset({"voucher", "vouchers", "booking"})
# "I've read about needles": talked about, not used
HEARSAY_VERBS: FrozenSet[str] = frozenset({"read", "heard", "reading", "hearing", "seen", "saw", "watched", "learnt", "learned"})
# Where a stranger's removal is seen: "watched a youtube vid of someone popping milia", "saw a plasma pen kit on TikTok"
WATCHED_MEDIA: FrozenSet[str] = frozenset({"video", "videos", "vid", "vids", "clip", "clips", "tiktok", "tiktoks", "youtube",
                                           "reel", "reels", "instagram", "insta", "facebook", "advert", "ad", "ads"})
# "will it go away", "do they wear off": going by themselves, not being removed
NATURAL_COURSE_VERBS: FrozenSet[str] = frozenset({"go", "goes", "going", "gone", "went", "fade", "fades", "faded", "wear", "wears"})
GOING_AWAY_VERBS: FrozenSet[str] = frozenset({"disappear", "disappears", "clear", "clears", "resolve", "resolves", "heal", "heals",
                                              "vanish", "vanishes", "shrink", "shrinks"})
# "scared of the needle", "thinking about the needle": nerves about the clinic's treatment
FEAR_WORDS: FrozenSet[str] = frozenset({"scared", "afraid", "terrified", "frightened", "nervous", "anxious", "thinking", "hate",
                                        "fear", "phobic", "worried", "dread", "dreading", "racing"})
# The tools named by the clinic's methods ("needle extraction"): the word alone, beside the method, is the method
CLINIC_TERM_TOOLS: FrozenSet[str] = frozenset({"needle", "needles", "hyfrecator", "hyfrecators"})
# "pain threshold", "pain relief": words about pain that report none
PAIN_NOT_A_PAIN: FrozenSet[str] = frozenset({"threshold", "tolerance", "relief", "killer", "killers", "killing", "free"})
# People in a story told about someone else: "I read about a woman who ..."
STRANGERS: FrozenSet[str] = frozenset({"woman", "man", "girl", "boy", "guy", "lady", "person", "people", "someone", "somebody",
                                       "celebrity", "influencer", "women", "men", "girls"})
# "the bump looks shiny": the surface of a spot (a GP sign), only about a spot named before it
SHINY_WORDS: FrozenSet[str] = frozenset({"shiny", "waxy", "glossy", "pearly", "translucent", "see-through"})
BECAME_OR_LOOKS: FrozenSet[str] = frozenset({"looks", "look", "looking", "gone", "went", "turned", "become", "became"})
# The first words of tools no clinic uses: "can you use a sewing needle?" asks about anyone doing it
# Who removes milia in a clinic ("the dermatologist removes them"); not a beautician at home
MEDICAL_AGENTS: FrozenSet[str] = frozenset({"dermatologist", "dermatologists", "derm", "doctor", "doctors", "dr", "gp", "nurse", "nurses",
                                            "consultant", "consultants", "clinician", "clinicians", "physician", "physicians", "surgeon", "surgeons", "clinic"})
# What "I've got" may have that is not a tool: "I've got a question about the hyfrecator"
NOT_A_TOOL_OBJECTS: FrozenSet[str] = frozenset({"question", "questions", "query", "queries", "appointment", "consultation", "callback", "call",
                                                "about", "booking", "phobia", "fear", "terror", "dread", "thing"})
HOUSEHOLD_TOOL_WORDS: FrozenSet[str] = frozenset({"sewing", "safety", "cuticle", "nail", "pumice", "sticky", "duct", "scotch",
                                                  "masking", "gaffer", "gaffa", "parcel", "sellotape", "selotape"})
# A removal told diary-style at the start of a sentence, with no "I": "took a milia off my eyelid yesterday"
DIARY_REMOVE_VERBS: FrozenSet[str] = frozenset({"took", "pulled", "removed", "extracted", "lanced", "dug", "scraped", "got"})
MILIA_WORDS: FrozenSet[str] = frozenset({"milia", "milium", "millia", "milias", "mila", "spots", "bumps", "them"})
# "went dark red", "gone red": the colour of the spot itself changing
BECAME_WORDS: FrozenSet[str] = frozenset({"went", "gone", "turned", "turning", "going", "dark", "darker", "bright", "deep"})
RX_NUMBER_UNIT = r"^\d+(days?|wks?|weeks?|months?|mths?|yrs?|years?)$"
# "the fifth week", "6th month": the nth week has lasted at least n - 1 weeks
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
RX_ORDINAL = r"^(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(st|nd|rd|th))$"


# Word lists used by the combining rules (not token patterns).
# "eye cream", "eye drops", "my eye doctor": the eye word names a product or a person, not a place
EYE_PRODUCT_NEXT: FrozenSet[str] = frozenset(
    {"cream", "creams", "gel", "gels", "serum", "serums", "drops", "makeup", "make-up", "mask", "masks",
     "patch", "patches", "test", "tests", "doctor", "doctors", "exam", "exams", "colour", "color",
     "shadow", "liner", "pencil", "contacts", "specialist", "surgeon", "surgery", "hospital", "health", "tweezers", "tweezer",
     "razor", "razors", "brush", "brushes", "kit", "scissors", "threading", "wax"}
)
# "my eyes are fine", "my eye area is clear", "my eyes look healthy": the eye area said to be untouched
EYE_STATE_VERBS: FrozenSet[str] = frozenset(
    {"are", "is", "'re", "'s", "look", "looks", "seem", "seems", "feel", "feels", "r"}
)
EYE_STATE_WORDS: FrozenSet[str] = frozenset(
    {"fine", "healthy", "clear", "ok", "okay", "good", "perfect", "normal", "alright", "great", "grand"}
)
# "I'll leave the eye ones to you", "leaving the ones by my eyes alone": the eye area set aside
EYE_SET_ASIDE: FrozenSet[str] = frozenset({"leave", "leaving", "except", "apart", "besides"})
# "the milia are only on my nose": the only place named is not the eye
ONLY_WORDS: FrozenSet[str] = frozenset({"only", "just", "purely", "solely"})
PLACES_NOT_EYE: FrozenSet[str] = frozenset(
    {"cheek", "cheeks", "chin", "nose", "forehead", "jaw", "jawline", "lip", "lips", "ear", "ears", "neck",
     "scalp", "arm", "arms", "hand", "hands", "leg", "legs", "chest", "back", "shoulder", "shoulders", "temple", "temples",
     "cheekbone", "cheekbones", "hairline", "nostril", "nostrils", "forearm", "forearms"}
)
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
ASK_AUX: FrozenSet[str] = frozenset({"do", "does", "will", "would", "can", "could", "are", "is", "did", "wil", "wud",
                                      "czy"})  # Polish "whether": "czy you use needle for remove milia at clinic?" (session 52, tuning_645)
TOOL_EXCLUDE_NEXT: FrozenSet[str] = frozenset({"-", "free", "less", "phobia", "phobic", "fear", "prick", "pricks", "collection"})
# "the needle method": a tool naming a treatment, not the visitor's own tool
METHOD_NOUNS: FrozenSet[str] = frozenset(
    {"method", "methods", "technique", "techniques", "procedure", "extraction", "approach", "option", "thing", "one", "only"}
)
SELF_VERB_EXCLUDE_NEXT: FrozenSet[str] = frozenset(
    {"me", "us", "in", "round", "by", "over", "into", "down", "along", "across", "'round", "up",
     "back", "through"}
)
NON_MILIA_NOUNS: FrozenSet[str] = frozenset(
    {"time", "times", "slot", "slots", "date", "dates", "day", "days", "treatment", "treatments",
     "option", "options", "appointment", "package", "plan", "number", "phone", "call",
     "callback", "clinic", "branch", "colour", "color", "one's", "case"}
)
HOT_EXCLUDE_NEXT: FrozenSet[str] = frozenset(
    {"water", "compress", "flannel", "cloth", "shower", "showers", "bath", "weather", "day",
     "towel", "drink", "tea", "needle", "needles", "pin", "pins", "method", "tool", "tools", "pen", "wire", "spoon", "teaspoon",
     "compresses", "bothered"}
)
GROW_EXCLUDE_NEXT: FrozenSet[str] = frozenset({"back", "out", "up", "older", "adults", "adult", "ups", "men", "women", "man", "woman",
                                                "veg", "vegetables", "tomatoes", "plants", "flowers", "herbs"})  # "I grow veg" (session 36)
# "confused about the prices", "confused by what I read": puzzled, not a sign of being unwell
PUZZLED_NEXT: FrozenSet[str] = frozenset(
    {"about", "by", "as", "with", "what", "which", "why", "how", "whether", "if", "over", "between", "re", "on",
     "because", "cause", "so", "reading", "here", "now", "lol", "sorry"}
)
# A sign told as over: "all cleared up years ago", "long cleared", "she's fine now", "turns out it was just hay fever"
RESOLVED_CUES: Tuple[Tuple[str, ...], ...] = (
    ("cleared", "up"), ("all", "cleared"), ("long", "cleared"), ("cleared", "years"), ("fine", "now"), ("cleared", "with"),
    ("turns", "out"), ("turned", "out"), ("all", "better", "now"), ("long", "gone"), ("cleared", "ages"),
    ("cleared", "long"), ("went", "away", "years"), ("sorted", "itself", "out"), ("cleared", "fine"),
    ("it", "passed", "after"), ("it", "passed", "quickly"), ("it", "passed", "within"), ("it", "soon", "passed"),
    ("long", "healed"), ("healed", "fine"), ("all", "healed"), ("healed", "perfectly"), ("healed", "completely"),
    ("went", "down", "in", "a"), ("went", "down", "within"), ("settled", "in", "a"),
    ("all", "sorted"), ("fully", "better"), ("fully", "recovered"), ("fully", "healed"), ("better", "now"),
    ("sorted", "it"), ("been", "totally", "fine"), ("been", "completely", "fine"), ("been", "fine", "since"),  # session 34 (tuning_135)
    ("unrelated", "to"), ("all", "settled"), ("long", "resolved"), ("cleared", "completely"), ("totally", "unrelated"), ("completely", "unrelated"), ("settled", "now"), ("settled", "down"),
    # "ages ago my eye was sore for an hour afterwards": a short while, long over (dated, as every cue)
    ("all", "clear"), ("no", "problems", "since"), ("an", "hour", "afterwards"), ("an", "hour", "after"), ("few", "hours", "afterwards"), ("a", "day", "afterwards"),
    # session 32 (followups/tuning_42): "my sister squeezed her eyelid milia and got a nasty infection years ago"
    ("years", "ago"), ("yrs", "ago"), ("decades", "ago"),
)
# "she's fine now", "all fine now", not "my eye was fine now I can't see"
FINE_NOW_PREV: FrozenSet[str] = frozenset({"'s", "is", "are", "'re", "feels", "feel", "seems", "looks", "all", "totally",
                                           "completely", "perfectly", "absolutely"})
# A sign told as over must be dated: "two years ago", "last week", "back in 2018"
PAST_MARKERS: FrozenSet[str] = frozenset({"january", "february", "march", "april", "june", "july", "august", "september", "october",
                                          "november", "december",  # "back in March" ("may" is a verb too)
                                          "ago", "last", "years", "year", "previously", "once", "before", "childhood", "kid",
                                          "child", "teenager", "teen", "yesterday", "monday", "tuesday", "wednesday",
                                          "thursday", "friday", "saturday", "sunday", "weekend",
                                          "christmas", "easter", "summer", "summers", "winter", "winters"})  # session 34 (tuning_135)
# ...unless it came back: "it cleared up but now it's back and red again"
CAME_BACK: FrozenSet[str] = frozenset({"but", "again", "back", "still", "returned", "worse", "except"})
# "passed" that hands something on, not fainting: "passed person to person", "passed down in families"
PASSED_ON_NEXT: FrozenSet[str] = frozenset(
    {"on", "down", "to", "from", "between", "through", "along", "around", "person", "onto", "it", "them", "the", "my",
     "quickly", "after", "within", "soon", "eventually", "fairly", "pretty"}  # "the sting passed quickly"
)
DEFINITE: FrozenSet[str] = frozenset({"the", "this", "that", "my", "its", "it's"})
PHRASE_NEGATED_LABELS: FrozenSet[str] = frozenset({"RF_EYE_TROUBLE", "RF_EYE_SHUT", "RF_VISION", "RF_LIGHT"})
SELF_NEGATING_LABELS: FrozenSet[str] = frozenset({"RF_NOT_HEALED", "RF_WORST_ILL", "RF_EYE_SHUT"})
BLOOD_EXCLUDE_NEXT: FrozenSet[str] = frozenset(
    {"sugar", "test", "tests", "pressure", "vessel", "vessels", "thinner", "thinners", "type", "donor", "group", "taken", "drawn",
     "donation", "donations", "results", "count", "work", "bank"}
)
PLAQUE_WORDS: FrozenSet[str] = frozenset({"patch", "patches", "plaque", "plaques"})
# "I'm 38", "38 years", "about 40 quid", "£40": a number that is not a temperature
NOT_TEMPERATURE_PREV: FrozenSet[str] = frozenset({"'m", "im", "am", "aged", "age", "£", "$", "€", "room", "number", "no", "#",
                                                  "page", "flat", "house", "bus", "route"})
NOT_TEMPERATURE_NEXT: FrozenSet[str] = frozenset(
    {"years", "yrs", "yo", "year", "quid", "pounds", "pound", "p", "pence", "dollars", "euros", "mins", "minutes",
     "%", "percent", "miles", "days", "day", "weeks", "week", "months", "month", "hours", "hrs"}
)
# After a plain count, not a reading: "I have 38 milia", "38 of them" (never "38.4c milia on face")
NOT_TEMPERATURE_NEXT_COUNT: FrozenSet[str] = frozenset({"milia", "milium", "spots", "bumps", "of", "people", "times", "x"})
# "red squiggly vessels on the bump": blood vessels on a spot (see a GP), not something seen in the eye
VESSEL_WORDS: FrozenSet[str] = frozenset({"vessels", "vessel", "veins", "vein", "capillaries"})
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
VERB_ADVERBS: FrozenSet[str] = frozenset({"just", "then", "simply", "gently", "carefully", "really", "also", "still"})
# Between a doer and the verb: "do I need to poke a hole", "I have to break the skin"
DOER_SKIP: FrozenSet[str] = frozenset(
    {"to", "need", "needs", "have", "has", "got", "want", "wanna", "gonna", "gotta", "going", "'m", "am"}
)  # "the tiny ones on my chin I'm still going to squeeze"
# Someone else whose use of a gadget the visitor only saw: "a video of someone using a plasma device"
THIRD_PARTY_USERS: FrozenSet[str] = frozenset(
    {"someone", "somebody", "people", "influencer", "influencers", "celebrity", "celebrities", "youtuber",
     "youtubers", "tiktoker", "tiktokers", "someone's", "someones", "somebody's"}
)
# A third person as the doer of a removal: "is it ok for her to do milia removal", "can she pop them"
# Reading or hearing about someone else's case: "I saw a horror story on Reddit about someone who ..."
HEARSAY_WORDS: FrozenSet[str] = frozenset(
    {"read", "saw", "seen", "heard", "watched", "watching", "story", "stories", "forum", "forums", "documentary", "video",
     "videos", "tiktok", "reddit", "article", "online", "youtube", "news", "internet", "told", "knew", "said"}
)
# Friends and relatives whose own removals and signs are their stories, told as the reason for asking ("my sister
# once got a needle in her eye ... so I'm not going near mine"); never children or partners in the visitor's care
STORY_PEOPLE: FrozenSet[str] = frozenset({"friend", "mate", "colleague", "coworker", "workmate", "neighbour", "neighbor", "sister",
                                          "brother", "cousin", "aunt", "auntie", "uncle", "flatmate", "housemate", "roommate"})
OTHER_PEOPLE: FrozenSet[str] = frozenset({"woman", "man", "lady", "guy", "girl", "bloke", "person", "patient", "patients", "women", "men"})
THIRD_PERSON_DOERS: FrozenSet[str] = frozenset({"she", "he", "her", "him"})
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
    {"not", "n't", "nt", "never", "no", "zero", "none", "nothing", "neither", "dont", "doesnt", "didnt", "havent",
     "hasnt", "isnt", "arent", "wasnt", "werent", "without"}
)
LIST_FILLERS: FrozenSet[str] = frozenset(
    {"have", "has", "had", "been", "ever", "them", "of", "any", "at", "all", "really", "very", "are", "feeling",
     "is", "were", "was", "they", "it", "its", "'s", "'re", "'ve", "re", "ve", "s", "do", "does", "did",
     "got", "get", "gone", "become", "felt", "feel", "feels", "look", "looks", "even", "a", "bit",
     "particularly", "remotely", "too"}
)
SYMPTOM_WORDS: FrozenSet[str] = frozenset(
    {"itchy", "itch", "sore", "swollen", "hot", "warm", "crusted", "crusty", "scabbed", "scabby",
     "changed", "grown", "bigger", "inflamed", "angry", "weepy", "oozing", "bleed", "bled", "bleeding",
     "tender", "raised", "spreading", "puffy", "infected", "pus", "hurt", "hurts", "painful", "itching", "itchiness",
     "swelling", "redness", "soreness", "pain", "burning", "stinging",
     "change", "changes", "grow", "grows", "bleeds", "itches", "swell", "scab", "scabs", "crust", "crusts",
     "heat", "warmth", "fever", "temperature", "discharge", "weeping", "throbbing"}
)
NEG_WINDOW = 6
OBJ_WINDOW = 4
CTX_WINDOW = 4
# "do u reckon ...", "do you think ...": asks an opinion, not what the clinic does
OPINION_VERBS: FrozenSet[str] = frozenset({"reckon", "recon", "think", "suppose", "guess", "rekon"})
# "no money for a derm", "can't afford a dermatologist": the professional is what the visitor does without
PAID_FOR_PREV: FrozenSet[str] = frozenset({"for", "afford", "pay", "paying"})
# "how do you pop them" asks how anyone does it, not what the clinic does
WH_WORDS: FrozenSet[str] = frozenset({"how", "what", "where", "why", "which", "when"})
# "a gritty scrub": a product, not grit in the eye
PRODUCT_WORDS: FrozenSet[str] = frozenset(
    {"scrub", "scrubs", "exfoliant", "exfoliator", "paste", "cream", "texture", "mask"}
)
# Things people scrub milia off with ("an exfoliating mitt", "a flannel")
SCRUB_TOOL = r"^(mitts?|brush|brushes|scrubs?|flannels?|washcloths?|cloths?|sponges?|loofahs?|pumice|toothbrush|exfoliators?|gloves?|pastes?)$"
# "without hurting my eye", "without damaging anything": a wish about a removal, not a sign
WITHOUT_HARM: FrozenSet[str] = frozenset(
    {"hurting", "damaging", "harming", "injuring", "scratching", "poking", "scarring", "causing", "risking",
     "irritating", "bruising", "infecting", "making", "getting"}
)
# "no vision problems", "no sight issues": what follows "no vision" when a sign is denied
NO_VISION_NEXT: FrozenSet[str] = frozenset(
    {"problems", "problem", "probs", "prob", "probz", "issues", "issue", "changes", "change", "loss", "trouble", "troubles",
     "difficulties", "difficulty", "disturbance", "disturbances", "blur", "blurring", "symptoms", "damage", "worries", "worry",
     "concerns", "bother"}
)

# What was done to a spot before it crusted (a scab after it is healing, not a GP's sign; session 39). Listed here so the spelling
# repair reads them as words: "lasered" is not "layered".
DONE_TO_A_SPOT: FrozenSet[str] = frozenset(
    {"picked", "picking", "picks", "popped", "popping", "squeezed", "squeezing", "removed", "removal", "clinic", "took", "taken",
     "laser", "lasered", "lasering", "extracted", "lanced", "needled", "dug", "digging", "scratched", "scratching", "treated", "burned",
     "burnt", "peeled", "cauterised", "cauterized", "froze", "frozen", "cradle", "shaved", "shaving", "waxed", "done"}
)
# A removal told as done, not denied ("I've not picked anything" is not): session 42's near misses
PAST_REMOVAL = re.compile(r"\b(?<!not )(?<!n't )(?<!never )(squeezed|picked|popped|pricked|lanced|dug|needled|poked|extracted|removed|scraped|pierced|squoze)\b"
                          # "my sister had a go at the milk spots near her eye", "Her big cousin went at the milia on her eyelid wi a hairgrip", "her son
                          # did some extraction at home around that eye" (session 50, tuning_563-568)
                          r"|\b(had a go|went|gone) at (the|her|his|their|them|those|these|that|this)\b|\bdid (some|an|the|a bit of) extraction"
                          r"|\b(has|have|had|'s|'ve) been (picking|squeezing|popping|poking|digging|scraping|needling|pricking)\b")
# Conditions and aids a carer names for someone who cannot say it (cannot_say.py). Listed here so the spelling repair reads them as
# words: "a young woman with Rett" is not "with rest" (session 49, tuning_518).
CANNOT_SAY_NAMES: FrozenSet[str] = frozenset(
    {"rett", "retts", "angelman", "angelmans", "makaton", "aphasia", "aphasic", "huntington", "huntingtons", "mutism", "deafblind", "nonverbal",
     "dementia", "alzheimers", "autistic"}
)
