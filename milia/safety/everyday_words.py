"""Session 50's sign words in their everyday senses, which the session's look-alikes showed (tuning_564 and after).

Round 1: "Saturday Night Fever", "cabin fever", "the yellow fever jab", a band called "Eye Fever", "a fever bug going round the schools"; "It's so
hot this week", "very hot spicy food", "the kiln ... gets ridiculously hot"; fingertips that bleed at the guitar, a paper cut that bled, a
knee "swollen up like a balloon" at football, a district nurse's "swollen, oozing legs", a tattoo that wept back in March, an old ear piercing
that "went a bit pus-y"; "weeping at the end of that film", "a weeping willow", retinol that comes out "looking like pus-like cream"; general
questions about skin cancer ("Is skin cancer common in people in their 20s?"); "Lightning flashes all night", fireworks and flash photos;
sight lost long ago to diabetes, shingles or an illness in childhood; an eye poked at netball years ago that "healed totally fine"; dry eye
that feels gritty "exactly like before"; lashes that "grow long" on glaucoma drops; a neighbour's eyelid "swollen for a week from a stye";
"seeing stars" under a dark sky or after heading a ball last season; "I turn face from the sun because of milia" in photos; the white spot
"under my good eye bleeds" (the spot, not the eye); speech "slurred for years, nothing new"; "fell asleep without washing my face". Each is
dropped only in the words that show it is not a sign, never beside a removal in the same sentence. Plain module: no rasa imports.
"""
from __future__ import annotations

import re
from typing import Set

from milia.safety.analysis import Analysis, sentence_text
from milia.safety.lexicon import PAST_REMOVAL, RX_EYE_WORD

_REMOVAL = ("SELF_VERB", "TOOL", "TOOL_USE")
# words of the milia or a spot: a sentence with one of them is about the visitor's skin
_SKIN = frozenset({"milia", "milium", "milias", "spot", "spots", "bump", "bumps", "lump", "lumps", "eye", "eyes", "eyelid", "eyelids", "lid", "lids",
                   "face", "cheek", "cheeks", "nose", "chin", "forehead", "skin", "mole", "scab", "one", "ones", "it", "they", "them", "picked",
                   "squeezed", "popped", "area"})
_FEVER_NAMES = frozenset({"cabin", "night", "yellow", "spring", "dengue", "hay", "saturday", "gold", "football", "cup", "election", "scarlet",
                          "glandular", "disco", "boogie", "jungle", "bieber", "stage"})
_FEVER_AFTER = frozenset({"jab", "jabs", "vaccine", "vaccines", "vaccination", "injection", "injections", "shot", "shots", "pitch", "dream", "dreams",
                          "tree", "bug", "bugs", "going", "outbreak", "film", "movie", "song", "band", "tour"})
_HEAT = frozenset({"weather", "heatwave", "summer", "sunny", "kiln", "food", "spicy", "curry", "chilli", "chili", "sauce", "drink", "drinks", "tea",
                   "coffee", "bath", "shower", "sauna", "climate", "holiday", "beach", "pottery", "studio"})
_OTHER_BODY = frozenset({"knee", "knees", "ankle", "ankles", "legs", "leg", "tattoo", "tattoos", "piercing", "piercings", "toe", "toes", "foot", "feet",
                         "gums", "wrist", "wrists", "elbow", "elbows", "guitar", "bass", "strings", "string", "paper", "papercut", "papercuts", "cardboard",
                         "shaving", "knuckles", "dressings", "bricks", "brick", "drummer", "drums", "snare"})
_CRYING = frozenset({"film", "films", "movie", "movies", "tears", "crying", "cried", "sad", "ending", "laughing", "mascara", "wedding", "funeral",
                     "telly", "tv", "series", "episode", "book", "willow", "willows"})
_PETS = frozenset({"dog", "dogs", "labrador", "lab", "spaniel", "terrier", "collie", "cat", "cats", "kitten", "puppy", "guinea", "rabbit", "bunny",
                   "hamster", "horse", "pony", "vet", "vets", "vet's", "budgie", "parrot", "ferret"})
_GLASSES = frozenset({"varifocals", "bifocals", "glasses", "specs", "spectacles", "contacts", "lenses", "readers"})
_MY_DOING = re.compile(r"\b(i|i 've|i 'm|ive|im) (picked|pricked|popped|squeezed|lanced|used(?! to)|tried|dug|scraped|will|'ll|am going)\b")
# people at the visitor's work: "my patient spiked 39.4 at 3am", "a client get bleach in her eye today", "one of my year 2s got poked in the eye"
_AT_WORK = re.compile(r"\b(patients?|clients?|customers?|mindees?|pupils?|residents?|year \d+s?|bloke|chap|gentleman|kid|toddler|service users?|people 's"
                      r"|people|wounds|ulcers|ward|icu|tattooist|needles and|(night|last|day|late|early) shift|someone 's|someone else 's|cats|dogs|animals"
                      r"|every kind of|all kinds of|you can imagine|spaniels?|abscess|pressure sores?|tablets|lad|lads|a fall|chest pains?|callouts?"
                      r"|ankles|grazes|rugby club|a job|blue light\w*|part of the job|all day|shaves)\b")
# ... and then the visitor's own milia: "my own milia are on my upper lids", "Mine aren't sore at all", "me: milia on my chin"
_OWN_TURN = re.compile(r"\b(my own|mine are|mine have|my milia|my question|me myself|i just have|i only have|(never|not) been touched|(i 've|i have|ive|i ve) got milia"
                       r"|(i 've|i have|ive|i ve) (got )?(a few|some|a couple)|(have ?nt|have n't|have not|not|never) touched (them|mine|it)|milia are new to me)\b"
                       r"|\bme ?(:|\?)")
# the message opens with the visitor's job: "Vet nurse here,", "As a district nurse I ...", "A&E nurse, just off nights." (session 52, tuning_644)
_JOB_OPENING = re.compile(r"^(as an? |i 'm an? |i m an? |im an? |i am an? |i work as an? )?(\S+ (& \S+ )?){0,2}(nurse|hca|carer|paramedic|midwife|doctor|gp"
                          r"|pharmacist|optician|optometrist|teacher|hairdresser|barber|tattooist|vet|childminder|therapist|physio|physiotherapist"
                          r"|beautician|facialist|chef|cook)( here)? ?[,.:;!-]?")
_MY_MILIA = re.compile(r"\b(i|my|mine|me)\b[^.?!]{0,40}\b(milia|milium|chin|cheeks?|eyelids?|lids|forehead|nose|jawline|temples|eyes?)\b")
_MY_BODY = re.compile(r"\bmy (eye|eyes|eyelids?|lids?|face|skin|cheeks?|nose|neck|ear|ears|temple|forehead|chin|hairline|brow|jaw|lip|scalp|arm|hand|back|chest)\b|\bon me\b")
_JOBS = frozenset({"hca", "nurse", "optometrist", "paramedic", "carer", "hairdresser", "barber", "tattooist", "teacher", "doctor", "gp", "midwife",
                   "pharmacist", "optician", "clerk", "childminder", "therapist"})
_WORD_PLAY = re.compile(r"\bspelling (test|bee)\b|\bphonics\b|\bnickname\b|\bvoice to text\b|\b(text|message) spelled\b")
_GAMES = frozenset({"scrabble", "wordle", "crossword", "crosswords", "boggle", "hangman", "anagram", "anagrams", "countdown", "quordle"})
_NERVES = frozenset({"nerves", "nervous", "anxiety", "anxious", "panic", "panicking", "panicky", "adrenaline"})
_REVIEWS = frozenset({"review", "reviews", "reviewer", "reviewers", "comment", "comments", "testimonial", "testimonials", "rating", "ratings"})
_MAKE_UP = frozenset({"primer", "tube", "foundation", "concealer", "powder", "filter", "bottle", "label", "packaging", "compact"})
_PRODUCTS = frozenset({"cream", "creams", "tube", "texture", "lotion", "gel", "serum", "moisturiser", "moisturizer", "balm", "bottle", "pot"})
_GENERAL = frozenset({"risk", "risks", "common", "general", "project", "documentary", "sunscreen", "sunbed", "sunbeds", "spf", "cause", "causes",
                      "statistics", "rates", "prevent", "prevention", "homework", "essay", "school"})
_OWN = frozenset({"milia", "milium", "spot", "spots", "bump", "bumps", "lump", "lumps", "mole", "moles", "this", "mine", "my", "they", "them",
                  "these", "those", "one", "he", "she", "his", "her", "i", "i'm", "me", "he's", "she's"})
_SKY = frozenset({"lightning", "fireworks", "firework", "storm", "thunder", "thunderstorm", "photo", "photos", "disco", "strobe", "strobes",
                  "concert", "gig", "shooting", "stargazing", "telescope", "comet", "meteor", "headed", "football", "rugby", "boxing", "season", "bonfire"})
_EYE = frozenset({"eye", "eyes", "eyeball", "vision", "sight", "lid", "eyelid"})
_EYES_FINE = re.compile(r"\b(eyes?|sight|vision) (are|is|'s|'re) (fine|ok|okay|perfect|good|normal)\b")
_LONG_AGO = re.compile(r"\b(diabetes|diabetic|shingles|glaucoma|toxoplasmosis|measles|meningitis|cataracts?|macular|birth|born|((\d+|many|few|two|three"
                       r"|some|ten|twenty|thirty|forty|fifty) )?years (ago|back|before)|long (time )?ago|years before|as a (child|boy|girl|baby|kid)"
                       r"|when (he|she|i|they) (was|were) (a )?(boy|girl|child|kid|baby|young|little)|in (19|20)\d\d)\b")
_AGAIN = re.compile(r"\bagain\b|\b(came|come|comes|coming|is|'s|its|it's) back\b")
_HEALED = re.compile(r"\b(healed|full recovery|fully recovered|recovered|no damage|all fine|checked out fine|fine at the time|perfect|all clear|all good"
                     r"|fine (now|since|ever since)|no problems? since|for years now)\b")
_NOTHING_NEW = re.compile(r"\b(nothing new|for years|as (always|usual|ever)|exactly like before|same as (always|ever|before)|dry eyes?|long ?-?standing)\b")
_GROWING_THINGS = frozenset({"lashes", "eyelashes", "hair", "nails", "beard", "brows", "eyebrows", "moustache", "fringe"})
_DENIED = frozenset({"bleed", "bleeds", "bleeding", "sting", "stings", "stinging", "hurt", "hurts", "hurting", "itch", "itching"})
_READ = re.compile(r"\b(read|says|said|mentions)\b.*\b(page|website|site|leaflet|faq|faqs)\b.*\b(can|may|might|could)\b"
                   r"|\bside ?-?effects?\b.*\b(page|website|site|leaflet)\b|\b(page|website|site|leaflet)\b.*\b(listed|lists|says|said|mentions|mentioned)\b"
                   r".*\b(risks?|side ?-?effects?|normal|can)\b"
                   r"|\b(page|website|site|leaflet|faq|faqs)\b.*\b(lists?|mentions?|says|warns?|talks about)\b.*\bside ?-?effects?\b")
_NAMED = frozenset({"mascara", "primer", "lipstick", "palette", "shade", "brand", "band", "called", "named", "film", "song", "album", "book", "show", "headlined", "gig", "festival", "name", "title", "play",
                    "musical", "series", "movie", "tour", "track", "single", "novel", "tribute", "reading", "playing", "horse", "boat", "narrowboat",
                    "rowing", "repeat", "jokes", "pub", "shop", "restaurant", "team", "crew", "eight", "won", "race", "lyrics"})
_TEMPERATURE_WORDS = frozenset({"degrees", "degree", "celsius", "fahrenheit", "c", "f", "point", "temp", "temperature", "fever", "hours", "hrs", "days",
                                "weeks", "mins", "minutes", "seconds", "yrs", "years", "this", "is", "was", "his", "has", "as", "yes", "plus", "odd", "ish",
                                "something", "thermometer", "reading", "pls", "plz", "thx", "thanks", "always", "tonight"})
_ROOMS = frozenset({"kitchen", "outside", "room", "office", "car", "sun", "shade", "greenhouse", "oven", "here", "there", "house", "flat", "garden",
                    "bedroom", "classroom", "shop", "warehouse", "bakery"})
_NOT_NAME = frozenset({"of", "the", "a", "in", "going", "to", "see", "saw", "seeing", "watch", "watching", "hear", "heard", "is", "called"})
_NOT_MILIA = re.compile(r"\bnot (a |an )?(milia|milium)\b")
_PLACES = frozenset({"forehead", "face", "cheek", "cheeks", "nose", "chin", "eyelids", "eyelid", "lids", "back", "chest", "neck", "arms", "body"})
_AIR = frozenset({"bath", "forecast", "thermostat", "sauna", "weather", "heatwave", "bathroom", "shower", "oven", "gym", "pool", "tub", "jacuzzi", "kitchen",
                  "outside", "greenhouse", "steam", "steamy", "heating", "radiator", "room", "sun", "beach", "spain", "holiday"})
_BODY_TEMP = frozenset({"temp", "temperature", "thermometer", "fever", "feverish", "temps", "shivery", "shivering"})
_BABY = frozenset({"baby", "newborn", "babies", "infant", "wks", "weeks"})
_ILLNESS = re.compile(r"\b(covid|tummy bug|stomach bug|bug going round|hangover|hungover|tonsillitis|food poisoning|teething|sniffly|sniffles|runny nose"
                      r"|snotty|off school|chickenpox)\b")
_OVER_NOW = re.compile(r"\b(right as rain|fine now|better now|all better|back to normal|recovered now)\b")
_FAINT_THINGS = frozenset({"little", "pink", "mark", "marks", "line", "lines", "scar", "scars", "red", "redness", "dots", "spots", "pinpricks", "trace",
                           "outline", "white", "glow", "smell", "hint", "shadow", "brown", "bruise", "bruising"})
_SOURCE_SAYS = re.compile(r"\b(forum|page|blog|article|nhs|leaflet|website|site|google|tiktok|instagram|youtube|video|magazine|thread|post|aftercare)"
                          r"( [^,.;!?\s]+){0,3} (said|says|say|mentions?|mentioned|lists?|listed|warns?|claims?|talks about)\b"
                          r"|\b(is|was|it 's|its) on (the|your|an|a) (\w+ ){0,2}(page|leaflet|website|site|sheet|form)\b"
                          r"|\b(it|this|that) (says|said) (in|on) (the|your) (\w+ ){0,2}(aftercare|page|leaflet|website|site|sheet|form)\b|\bread the (bit|part|section)\b"  # "'...call 999' is on the eyelid aftercare page"
                          r"|(?<!like i )(?<!as i )\bread (about|online|up|on)\b|\breading up\b")  # (not "I drew a pen line ... like I read online")
_PHOTOS = frozenset({"photo", "photos", "pictures", "picture", "selfie", "selfies", "headshot", "headshots", "photographer", "graduation", "camera"})
_TOPIC_CHANGE = frozenset({"anyway", "anyways", "unrelated", "separately", "different", "btw", "also", "question", "quick", "though"})
_SPOT_WORDS = frozenset({"milia", "milium", "milias", "spot", "spots", "bump", "bumps", "lump", "lumps", "mole", "moles", "scab", "lesion"})
_CALLED_SO = frozenset({"like", "as", "than", "they're", "theyre", "'re", "are", "think", "thinks", "thought", "white", "little", "tiny", "small"})
_PIMPLES = frozenset({"pimple", "pimples", "zit", "zits", "blackhead", "blackheads", "bite", "bites", "ingrown", "boil"})
_OTHER_TUMOURS = frozenset({"brain", "breast", "bowel", "lung", "prostate", "blood", "bone", "kidney", "liver", "ovarian", "pancreatic"})
_OTHERS_EYE = re.compile(r"\b(from|with|because of|due to|caused by|it was|was) (a |an |the |her |his |my |their )?(stye|styes|hay ?fever|allergy|allergies|bee sting"
                         r"|wasp sting|conjunctivitis)\b")


def drop_everyday_words(a: Analysis) -> None:
    """Forget the sign words above where the sentence shows their everyday sense."""

    def words(s: int) -> Set[str]:
        return {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]}

    def removal_in(s: int) -> bool:
        return any(a.sentence[k] == a.sentence[s] for label in _REMOVAL for k, _ in a.spans(label))

    def original(k: int) -> str:
        return a.origin[k].text if k < len(a.origin) else ""

    def clause_words(i: int) -> Set[str]:
        return {a.low[k] for k in range(len(a.low)) if a.clause[k] == a.clause[i]}

    removed = any(not (_OTHER_BODY & clause_words(s) and not (_SPOT_WORDS | {"one", "ones"}) & clause_words(s))
                  for label in ("SELF_VERB", "TOOL_USE") for s, _ in a.spans(label))  # (not "Shaving nick on my neck bled everywhere")

    def near(s: int, e: int) -> Set[str]:  # four words either side, in the same sentence
        return {a.low[k] for k in range(max(0, s - 4), min(len(a.low), e + 4)) if a.sentence[k] == a.sentence[s]}

    def told_with(s: int) -> Set[str]:  # the words of the clause of ``s``, up to an "anyway" or "unrelated" either side
        out = set()
        for step in (-1, 1):
            k = s
            while 0 <= k < len(a.low) and a.clause[k] == a.clause[s] and a.low[k] not in _TOPIC_CHANGE:
                out.add(a.low[k])
                k += step
        return out

    def other_body(s: int) -> bool:  # not "crow's feet"
        return any(a.low[k] in _OTHER_BODY and a.sentence[k] == a.sentence[s] and not (a.low[k] in {"feet", "foot"} and {"crow", "crows", "crow's"}
                   & set(a.low[max(0, k - 3):k])) for k in range(len(a.low)))

    def heat_source(s: int) -> bool:  # not "feels like a little radiator"
        return any(a.low[k] in _HEAT and a.sentence[k] == a.sentence[s] and not {"like", "as"} & set(a.low[max(0, k - 3):k]) for k in range(len(a.low)))

    def named(s: int, e: int) -> bool:  # the sign's own words in capitals, not at the start of a sentence
        core = [k for k in range(s, e) if a.low[k].isalpha() and a.low[k] not in _NOT_NAME]
        first = core[0] == 0 or a.low[core[0] - 1] in {".", "!", "?"} if core else False
        more = len(core) > 1 or original(e)[:1].isupper() and a.low[e:e + 1] != ["i"] and a.low[e:e + 1] != [] and a.low[e].isalpha()
        return bool(core) and all(original(k)[:1].isupper() for k in core) and (not first or more) and not shouted(s)

    def shouted(s: int) -> bool:  # "CAN MILIA BECOME CANCER??": a sentence all in capitals is shouted, not a name (session 54, tuning_691)
        letters = [original(k) for k in range(len(a.low)) if a.sentence[k] == a.sentence[s] and a.low[k].isalpha()]
        return len(letters) >= 3 and all(w.isupper() for w in letters if len(w) > 1)

    def fever_name(s: int, e: int) -> bool:
        if a.low[s:e] not in (["fever"], ["fevers"]):
            return False
        named = original(s)[:1].isupper() and s > 0 and a.low[s - 1] not in {".", "!", "?", ",", "a", "high", "of"}
        return named or a.low[s - 1:s] in [[w] for w in _FEVER_NAMES] or a.low[e:e + 1] in [[w] for w in _FEVER_AFTER]

    a.discard("RF_FEVER", lambda s, e: fever_name(s, e) and not removal_in(s))
    def other_sign_in(s: int, label: str) -> bool:
        return any(a.sentence[k] == a.sentence[s] for other in a.hits if other.startswith("RF_") and other != label for k, _ in a.spans(other))

    a.discard("RF_HOT", lambda s, e: heat_source(s) and not (_SKIN - {"it", "they", "them"}) & words(s) and not removal_in(s)
              and not other_sign_in(s, "RF_HOT"))
    for label in ("RF_BLEED", "RF_OOZE", "RF_PUS", "RF_SWELL", "RF_INFECT", "RF_HOT"):
        a.discard(label, lambda s, e: other_body(s) and not (_SKIN - {"it", "they", "them", "one"}) & near(s, e)
                  and not _SPOT_WORDS & told_with(s) and not removed)
    a.discard("RF_OOZE", lambda s, e: a.low[s:e] == ["weeping"] and bool(_CRYING & words(s)) and not removal_in(s))
    a.discard("RF_PUS", lambda s, e: (a.low[e:e + 2] == ["-", "like"] or a.low[e:e + 1] == ["like"] or a.low[s - 1:s] == ["like"]) and bool(_PRODUCTS & words(s)))
    for label in ("RF_CANCER",):
        a.discard(label, lambda s, e: bool(_GENERAL & words(s)) and not _OWN & (words(s) - {"it"} if "true" in words(s) else words(s))
                  and "milia" not in words(s))
    anything_removed = removed or any(a.spans(label) for label in ("TOOL", "CONSUMER_TOOL", "HOME_WAY")) or bool(PAST_REMOVAL.search(" ".join(a.low)))
    a.discard("RF_FLASHES", lambda s, e: bool(_SKY & words(s)) and not anything_removed and "like" not in words(s) and (not _EYE & near(s, e) or bool(_EYES_FINE.search(" ".join(a.low)))))
    for label in ("RF_VISION", "RF_EYE_INJURY", "RF_EYE_PAIN"):
        a.discard(label, lambda s, e, label=label: bool(_LONG_AGO.search(sentence_text(a, a.sentence[s]))) and (
            label == "RF_VISION" and not removal_in(s) or bool(_HEALED.search(sentence_text(a, a.sentence[s])))) and not _AGAIN.search(" ".join(a.low)))
    for label in ("RF_EYE_TROUBLE", "RF_VERY_UNWELL"):
        a.discard(label, lambda s, e: bool(_NOTHING_NEW.search(sentence_text(a, a.sentence[s]))) and not removal_in(s))
    # "I read on your page there can be tiny spots of blood after removal"
    for label in ("RF_BLEED", "RF_SWELL", "RF_INFECT", "RF_PUS", "RF_OOZE"):
        a.discard(label, lambda s, e: bool(_READ.search(sentence_text(a, a.sentence[s]))) and not a.in_sentence("SELF_VERB", s))
    a.discard("RF_GROW", lambda s, e: a.low[s].startswith("grow") and (a.low[s - 1:s] != [] and a.low[s - 1] in _GROWING_THINGS or a.low[max(0, s - 2):s - 1] != []
                                                                      and a.low[s - 2] in _GROWING_THINGS and a.low[s - 1] in {"to", "will", "would", "all", "so"}))
    a.discard("RF_SWELL", lambda s, e: bool(_OTHERS_EYE.search(sentence_text(a, a.sentence[s]))) and not removal_in(s))
    a.discard("RF_LIGHT", lambda s, e: bool(_PHOTOS & words(s)) and not removal_in(s))
    # "The white spot under my good eye bleeds": the spot bleeds, not the eye
    a.discard("RF_EYE_INJURY", lambda s, e: a.low[e - 1] in {"bleeds", "bleed", "bled", "bleeding"} and bool(
        {"under", "below", "near", "beside", "by", "round", "around", "above", "next"} & set(a.low[max(0, s - 4):s])))
    # "they bleed and sting. the milia on my eyelids dont bleed or sting": a sign denied inside its own words
    for label in ("RF_EYE_PAIN", "RF_BLEED"):
        a.discard(label, lambda s, e: any(a.low[k] in {"dont", "don't", "nt", "n't", "not", "never"} and a.low[k + 1] in _DENIED for k in range(s, e - 1)))
    # "when she does open the right one its blood red and watering": a colour, not bleeding
    a.discard("RF_BLEED", lambda s, e: a.low[s:e] == ["blood"] and (a.low[e:e + 1] == ["red"] or a.low[e:e + 2] == ["-", "red"]))
    # "My nose bled during boxing training yesterday, happens a lot"
    a.discard("RF_BLEED", lambda s, e: a.low[s - 1:s] == ["nose"] and a.low[max(0, s - 3):s - 2] not in (["on"], ["to"], ["by"], ["near"], ["of"])
              and bool({"boxing", "training", "rugby", "football", "punched", "cold", "colds", "heating", "nosebleed", "nosebleeds"} & words(s))
              and not removal_in(s))
    # "Had a pimple on my chin (an ordinary spot, not milia) that I squeezed", "a zit i popped on my forehead monday is healing fine"
    def pimple_in(s: int) -> bool:  # the verb's own object, not "pop it like a zit", "thinks they're blackheads", "small white pimples"
        return any(a.low[k] in _PIMPLES and a.sentence[k] == a.sentence[s] and (abs(k - s) <= 8 or bool(_NOT_MILIA.search(sentence_text(a, a.sentence[s]))))
                   and not _CALLED_SO & set(a.low[max(0, k - 3):k])
                   for k in range(len(a.low)))

    a.discard("SELF_VERB", lambda s, e: pimple_in(s) and (not {"milia", "milium"} & words(s) or bool(_NOT_MILIA.search(sentence_text(a, a.sentence[s]))))
              and not {"milias", "seeds"} & words(s))
    # "he's 16 and on steroids for a brain tumour": not a spot on the skin
    a.discard("RF_CANCER", lambda s, e: a.low[s:e] in (["tumour"], ["tumor"], ["cancer"]) and a.low[s - 1:s] != [] and a.low[s - 1] in _OTHER_TUMOURS)
    # "the blood glucose lancets from work"; "I saw stars when I got knocked out playing rugby in 1994"
    a.discard("RF_BLEED", lambda s, e: a.low[s:e] == ["blood"] and a.low[e:e + 1] != [] and a.low[e] in {
        "glucose", "sugar", "sugars", "test", "tests", "pressure", "donor", "donation", "type", "bank", "results", "count", "thinners", "thinner"})
    for label in ("REMOVE", "SELF_VERB"):
        a.discard(label, lambda s, e: "knocked" in a.low[s:e])
    # "counted 40 shooting stars"
    a.discard("RF_FEVER_NUMBER", lambda s, e: a.low[s - 1:s] != [] and a.low[s - 1] in {
        "counted", "saw", "spotted", "scored", "ran", "walked", "drove", "waited", "watched", "bought", "sold", "cycled", "swam"}
        and a.low[e:e + 1] != [] and a.low[e] not in _TEMPERATURE_WORDS)
    # "counted 112 geese and 38 swans", "let in 38 goals this season", "40 degrees in the kitchen today"
    a.discard("RF_FEVER_NUMBER", lambda s, e: a.low[e:e + 1] != [] and a.low[e].isalpha() and a.low[e].endswith("s") and a.low[e] not in _TEMPERATURE_WORDS)
    a.discard("RF_FEVER_NUMBER", lambda s, e: a.low[e:e + 1] in (["degrees"], ["°"], ["c"]) and bool(_ROOMS & set(a.low[e + 1:e + 5])))
    # "I feel like death warmed up, head pounding" after a wedding
    for label in ("RF_VERY_UNWELL", "RF_WORST_ILL"):  # (not beside an infection: "I feel like death warmed up. The cheek I picked is swollen")
        a.discard(label, lambda s, e: "death" in a.low[s:e + 2] and "warmed" in a.low[s:e + 3] and not any(
            a.spans(other) for other in ("RF_INFECT", "RF_PUS", "RF_SPREAD", "RF_OOZE", "RF_SWELL", "RF_HOT")) and not anything_removed)
    # scores, ages, rooms and the weather: "we won 40-37 at netball", "lost 41 to 38 at the pub quiz", "Scored 40 out of 40", "My husband turns 40
    # this week", "Our bathroom gets to about 40 degrees with the shower running", "Forecast says 38 degrees", "thermostat in my flat is stuck on 39"
    a.discard("RF_FEVER_NUMBER", lambda s, e: a.low[e:e + 1] in (["-"], ["to"], ["out"]) and a.low[e + 1:e + 2] != [] and (a.low[e + 1].isdigit() or a.low[e + 1] == "of")
              or a.low[s - 2:s - 1] != [] and a.low[s - 1] in {"-", "to"} and a.low[s - 2].isdigit()
              or a.low[s - 1:s] in (["turns"], ["turning"], ["turned"], ["both"])
              or a.low[e:e + 2] in (["on", "my"], ["on", "her"], ["on", "his"]) and a.low[e + 2:e + 3] != [] and a.low[e + 2] in _PLACES
              or a.low[e:e + 2] in (["of", "them"], ["of", "these"], ["of", "those"]))
    a.discard("RF_FEVER_NUMBER", lambda s, e: bool(_AIR & words(s)) and not _BODY_TEMP & set(a.low) and not a.spans("BABY_AGE"))
    # feeling ill from an everyday illness, nothing picked: "covid again, feel rough, hot and cold, but my milia are untouched", "had a tummy
    # bug and felt faint yesterday, right as rain now"
    for label in ("RF_HOT", "RF_FEVER", "RF_FEVER_NUMBER", "RF_VERY_UNWELL", "RF_WORST_ILL"):
        a.discard(label, lambda s, e: bool(_ILLNESS.search(" ".join(a.low))) and not anything_removed and not a.spans("BABY_AGE") and not a.spans("REMOVE")
                  and not _BABY & set(a.low) and not any(a.spans(other) for other in ("RF_INFECT", "RF_PUS", "RF_SPREAD", "RF_OOZE")))
        a.discard(label, lambda s, e: bool(_OVER_NOW.search(sentence_text(a, a.sentence[s]))))
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s:e] == ["faint"] and a.low[e:e + 1] != [] and a.low[e] in _FAINT_THINGS)
    # "feels a little sore like after plucking my eyebrows, no worse than that"
    for label in ("RF_EYE_PAIN", "RF_PERSISTENT"):
        a.discard(label, lambda s, e: bool(re.search(r"\b(no worse than|nothing worse than|nothing more than)\b", " ".join(a.low[e:e + 6]))))
    # what a page, a forum or an article says: "a forum said you can get a red line spreading after extraction", "Your page mentions a high
    # temperature as a warning sign", "Read about blurred vision as a side effect ... on a beauty blog", "the NHS page lists pus, oozing and feeling
    # shivery as signs of infection", "An article said lasers near the eye can make light hurt"
    for label in [label for label in a.hits if label.startswith("RF_") and label != "RF_CANCER"]:  # (a cancer question is a GP's whoever asks it)
        a.discard(label, lambda s, e: bool(_SOURCE_SAYS.search(sentence_text(a, a.sentence[s]))) and not anything_removed
                  and not {"my", "mine", "i", "i'm", "i've", "im", "ive", "me"} & clause_words(s))
    a.discard("RF_EYE_PAIN", lambda s, e: a.low[s:s + 2] == ["like", "a"] and a.low[e - 1] in {"coal", "coals", "poker", "ember"}
              and not any(re.match(RX_EYE_WORD, w) for w in words(s)))
    for label in ("RF_WORST_ILL", "RF_VERY_UNWELL"):  # "I have never felt better either haha"
        a.discard(label, lambda s, e: "better" in a.low[s:e + 1] and "never" in a.low[max(0, s - 2):e])
    # "my mum always turns her head away from the flash in pictures"
    a.discard("RF_FLASHES", lambda s, e: a.low[s:e] in (["flash"], ["flashes"]) and bool(_PHOTOS & words(s)) and not anything_removed)
    # a name in capitals: "Going to see Blurred Vision at the weekend (yes, that's the band's name)", "My son's punk band is called The Floaters",
    # "The band Flash of Light headlined our local festival"
    for label in [label for label in a.hits if label.startswith("RF_")] + ["EYE", "SELF_VERB", "REMOVE"]:
        a.discard(label, lambda s, e: named(s, e) and bool(_NAMED & (words(s) | words(min(len(a.low) - 1, e + 3)))))
        # "my granddaughter is in a band called the swollen glands"
        a.discard(label, lambda s, e, label=label: label.startswith("RF_") and any(
            a.low[k] in {"called", "named", "titled", "entitled"} and a.low[k - 1:k] not in (["so"], ["-"]) for k in range(max(0, s - 5), s)) and not removal_in(s))
    a.discard("RF_FEVER", lambda s, e: (a.low[e:e + 1] in (["fine"], ["normal"], ["ok"], ["okay"]) and a.low[e + 1:e + 2] in ([","], ["."], ["and"], ["!"], [])
                                        or a.low[e:e + 2] in (["is", "fine"], ["'s", "fine"], ["is", "normal"])) and "?" not in sentence_text(a, a.sentence[s]))
    a.discard("RF_WORST_ILL", lambda s, e: a.low[s:e] == ["fell", "asleep"] and a.low[e:e + 1] in (["without"], ["with"], ["in"]))
    # session 51, round 1 (tuning_608-612): "his Abbey pain score has gone from 2 to 14" (a score, not a spot that grows), "Dragon's Blood extract"
    # in a serum, "a primer with a 'blurring effect'", "the tube literally says BLUR on it"
    a.discard("RF_GROW", lambda s, e: a.low[s] == "from" and bool({"score", "scale", "rating", "level", "reading", "count", "rate", "pain"} & set(a.low[max(0, s - 6):s])))
    a.discard("RF_BLEED", lambda s, e: a.low[s:e] == ["blood"] and (a.low[s - 1:s] in (["dragon"], ["dragons"]) or a.low[max(0, s - 2):s] == ["dragon", "'s"]))
    a.discard("RF_VISION", lambda s, e: a.low[s].startswith("blur") and (a.low[e:e + 1] in (["effect"], ["filter"], ["finish"], ["primer"], ["powder"], ["stick"],
                                                                                         ["balm"], ["cream"])
                                                                         or bool(_MAKE_UP & words(s)) and not removal_in(s))
              and not any(re.match(RX_EYE_WORD, w) for w in words(s)))
    # "rubs his eyes out of habit", "took a layer off" (a baby too bundled up), "tied round the bump to cut off the blood" (a removal, not bleeding),
    # a review of a product quoted ("an eye cream that said 'left my eyes red, swollen and burning'. That was someone else, my eyes are totally fine")
    a.discard("SELF_VERB", lambda s, e: a.low[e - 1] == "out" and a.low[e:e + 1] == ["of"] and a.low[e + 1:e + 2] != [] and a.low[e + 1] in {
        "habit", "boredom", "tiredness", "frustration", "reflex", "instinct"})
    a.discard("REMOVE", lambda s, e: bool({"layer", "layers", "coat", "jumper", "hat", "vest", "blanket", "blankets", "sock", "socks", "clothes",
                                           "cardigan", "onesie", "babygrow", "glasses", "lenses", "make-up", "makeup"} & set(a.low[s:e])))
    a.discard("RF_BLEED", lambda s, e: a.low[s:e] == ["blood"] and (a.low[max(0, s - 3):s - 1] in (["cut", "off"], ["cuts", "off"], ["cutting", "off"], ["stop", "the"])
                                                                    or a.low[e:e + 1] in (["supply"], ["flow"]) and "cut" in a.low[max(0, s - 4):s]))
    for label in [label for label in a.hits if label.startswith("RF_") and label != "RF_CANCER"]:
        a.discard(label, lambda s, e: bool(_REVIEWS & words(s)) and not anything_removed and (
            bool(_EYES_FINE.search(" ".join(a.low))) or "someone else" in " ".join(a.low) or "not me" in " ".join(a.low)))
    # round 2 (tuning_613-617): a pet's eye ("Old labrador has a cloudy eye, vet says it's just age", "my guinea pig has crusty eyes again"),
    # "needles freak me out", "got a black eye from a squash ball", "got scratched to bits on my arms", "I wear varifocals so I can't see close
    # up well", "Could my eyesight be affected in any way after having the ones on my lid done by you?"
    for label in [label for label in a.hits if label.startswith("RF_")]:
        a.discard(label, lambda s, e: bool(_PETS & words(s)) and bool({"vet", "vets", "vet's", "veterinary"} & set(a.low)) and not (
            removal_in(s) and {"milia", "milium", "spot", "spots"} & words(s)))
        a.discard(label, lambda s, e: bool(_GLASSES & set(a.low[max(0, s - 6):s])) and bool({"wear", "wears", "wearing", "need", "use"} & set(a.low[max(0, s - 7):s]))
                  and bool({"so", "because", "cos", "coz", "as"} & set(a.low[max(0, s - 4):s])))
    for label in ("TOOL", "BARE_TOOL"):
        a.discard(label, lambda s, e: a.low[e:e + 1] != [] and a.low[e] in {"freak", "freaks", "scare", "scares", "terrify", "terrifies", "petrify", "petrifies"}
                  or a.low[max(0, s - 2):s] in (["scared", "of"], ["afraid", "of"], ["fear", "of"], ["terrified", "of"], ["phobia", "of"], ["petrified", "of"]))
    a.discard("RF_GROW", lambda s, e: a.low[e:e + 1] == ["eye"] and a.low[e - 1] == "black")
    a.discard("SELF_VERB", lambda s, e: a.low[s] == "scratched" and a.low[s - 1:s] in (["got"], ["get"], ["gets"], ["was"], ["were"], ["been"]))
    a.discard("RF_VISION", lambda s, e: a.low[e - 1] == "affected" and a.low[s:s + 1] != [] and "?" in sentence_text(a, a.sentence[s])
              and a.low[max(0, s - 3):s] != [] and bool({"could", "can", "will", "would", "might", "may"} & set(a.low[max(0, s - 3):s])))
    a.discard("RF_PERSISTENT", lambda s, e: a.low[s - 1:s] == ["no"] and a.low[s:e] in (["crust"], ["crusts"], ["scab"], ["scabs"]))
    a.discard("RF_PERSISTENT", lambda s, e: a.low[e:e + 1] in (["stuff"], ["bits"], ["thing"]) and bool(_PETS & set(a.low)))
    # round 3 (tuning_619): sign words played in a game ("in scrabble last night auntie played B-L-E-E-D", "wordle today was SWELL"), "a dragon's
    # blood serum saying it 'bleeds red into your skin'", a friend "seeing stars from nerves" before a salon's removal, "pain score for the
    # eyelid ones done at the clinic? 3? 7?"
    for label in [label for label in a.hits if label.startswith("RF_")]:
        a.discard(label, lambda s, e, label=label: label != "RF_CANCER" and bool(_GAMES & words(s) or {"word", "app"} <= words(s)) and not anything_removed
                  and not {"milia", "milium", "spot", "spots", "area", "eye", "eyelid", "lid", "bump"} & words(s))
        a.discard(label, lambda s, e, label=label: label in ("RF_FLASHES", "RF_VISION") and any(
            a.low[k] in _NERVES and a.low[k - 1:k] in (["from"], ["with"], ["of"]) for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]) and not anything_removed)
    a.discard("RF_BLEED", lambda s, e: bool({"dragon", "dragon's", "dragons", "resin"} & words(s)) and not removal_in(s))
    a.discard("RF_EYE_PAIN", lambda s, e: a.low[s:s + 2] == ["pain", "score"] and "?" in sentence_text(a, a.sentence[s]) and bool(
        {"clinic", "you", "your", "treatment", "done"} & words(s)) and not removal_in(s))
    # "Is the milia thing done with a needle? Can I lie down for it?": how the clinic does it, asked
    a.discard("TOOL_USE", lambda s, e: a.low[s - 1:s] in (["done"], ["removed"], ["performed"], ["treated"]) and "?" in sentence_text(a, a.sentence[s])
              and a.low[[k for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]][0]] in {"is", "are", "will", "was", "would", "do", "does"}
              and not {"i", "my", "me", "mine"} & words(s))
    # "she can open and close the eye fine" (not "when I close the other eye it's fine", session 51, tuning_618)
    a.discard("RF_VISION", lambda s, e: a.low[s] in {"close", "shut", "closing"} and a.low[max(0, s - 2):s] in (["open", "and"], ["opens", "and"], ["blink", "and"]))
    # round 4 (tuning_624): sign and removal words played in a game ("boggle night, someone found PICK, PRICK and PIMPLE", "my teen's word app had
    # LANCE as today's word"), the clinic's needle ("I'll go white the second I see the needle", "how long does the needle bit actually take"),
    # "that new 'bleeding-edge formula' serum", "my pharmacist was a bit vague"
    for label in ("SELF_VERB", "TOOL", "BARE_TOOL", "SELF_CUE"):
        a.discard(label, lambda s, e: bool(_GAMES & words(s) or {"word", "app"} <= words(s)) and not _MY_DOING.search(" ".join(a.low)))
    for label in ("TOOL", "BARE_TOOL"):
        a.discard(label, lambda s, e: a.low[s - 1:s] == ["the"] and (a.low[e:e + 1] in (["bit"], ["part"]) or a.low[max(0, s - 2):s - 1] in (["see"], ["seeing"], ["saw"])))
    a.discard("RF_BLEED", lambda s, e: a.low[e:e + 2] == ["-", "edge"] or a.low[e:e + 1] == ["edge"])
    a.discard("RF_VERY_UNWELL", lambda s, e: "vague" in a.low[s:e] and bool({"pharmacist", "doctor", "gp", "nurse", "answer", "website", "page", "receptionist",
                                                                            "optician", "chemist", "dermatologist"} & set(a.low[max(0, s - 3):s])))
    # "MY FRIEND SAYS YOU USE A NEEDLE FOR MILIA AT YOUR CLINIC": the clinic's tool
    for label in ("TOOL_USE", "TOOL", "BARE_TOOL"):
        a.discard(label, lambda s, e: bool({"you", "u"} & set(a.low[max(0, s - 3):s])) and bool({"clinic", "clinics"} & words(s)) and not _MY_DOING.search(" ".join(a.low)))
    # round 5 (tuning_629): what the visitor sees at work, then their own milia ("im a nurse on a surgical ward and spend all day checking wounds for pus
    # and redness ... my milia are just 3 tiny white dots", "Barber. Nicked a customer's ear with the clippers, bled everywhere ... My own question"),
    # "my own forehead at 41!" (an age), "a black eye that's long gone and my vision was checked and fine", "we asked: pain? she blinked no. blurry?
    # no.", "she's just a sleepy little thing", "he can't find the words" (since a brain operation: someone who cannot say it, cannot_say.py)
    turned = any(a.low[k] in _TOPIC_CHANGE and (k == 0 or a.low[k - 1] in {".", "!", "?"}) for k in range(len(a.low)))  # "Shook me up. Anyway, can you..."
    # (not when a removal is told outside the work sentences: "squeezed a couple of them between my thumbnails ... like someone's wiped grease")
    removal_told = any(not _AT_WORK.search(sentence_text(a, a.sentence[s])) and not a.negated_before(s) for label in ("SELF_VERB", "TOOL_USE")
                       for s, _ in a.spans(label))
    # a job named first counts only with the visitor's own milia told apart from the work ("I'd like the milia on my chin done"; not "I'm a
    # carer. Service user has infected milia sites on her cheeks and today she's very drowsy")
    my_milia = any(_MY_MILIA.search(sentence_text(a, k)) and not _AT_WORK.search(sentence_text(a, k)) for k in set(a.sentence)) and not (
        PAST_REMOVAL.search(" ".join(a.low)))  # (not "A beauty therapist removed milia near my eye on Monday. I'm a hairdresser and a client said ...")
    at_work = bool(_OWN_TURN.search(" ".join(a.low)) or turned or _JOB_OPENING.match(" ".join(a.low)) and my_milia) and not _MY_DOING.search(" ".join(a.low)) and not removal_told and bool(
        (_JOBS | {"paeds", "optometrist", "practitioner", "assistant", "worker", "ward", "manager"}) & set(a.low))
    for label in ("SELF_VERB", "TOOL", "TOOL_USE", "BARE_TOOL"):
        a.discard(label, lambda s, e: at_work and bool(_AT_WORK.search(sentence_text(a, a.sentence[s]))) and not {"milia", "milium", "spot", "spots", "mine"} & words(s)
                  and not {"it", "them", "one"} & set(a.low[e:e + 2]))  # (not "taking a sterile blade to it between clients": the visitor's own)
    for label in [label for label in a.hits if label.startswith("RF_") and label != "RF_CANCER"]:
        a.discard(label, lambda s, e: at_work and bool(_AT_WORK.search(sentence_text(a, a.sentence[s]))) and not removal_in(s)
                  and not _MY_BODY.search(" ".join(a.low[max(0, s - 12):e + 6])))  # (not "a client pointed out the white bump by my ear ... bleeds")
        a.discard(label, lambda s, e: a.low[e:e + 1] == ["?"] and any(a.low[k] == "no" and a.low[k + 1:k + 2] in ([], ["."], [","], ["!"], [";"])
                                                                    for k in range(e + 1, min(e + 5, len(a.low)))) and "yes" not in a.low[e + 1:e + 5])
    a.discard("RF_FEVER_NUMBER", lambda s, e: a.low[s - 1:s] == ["at"] and a.low[e:e + 1] in (["!"], ["?"], ["."], [","]) and not _BODY_TEMP & set(a.low)
              and (not a.spans("BABY_AGE") or a.low[e] in {"!", "?"}) and not _BABY & set(a.low) and not {"twins", "twin", "born"} & set(a.low)
              and a.low[s - 2:s - 1] not in (["is"], ["now"], ["'s"], ["was"], ["been"], ["still"]))
    a.discard("RF_VISION", lambda s, e: bool(re.search(r"\b(checked|tested) and (fine|ok|okay|normal|clear)\b|\b(vision|sight|eyesight) (is|was) (fine|ok|normal)\b",
                                                        sentence_text(a, a.sentence[s]))) and not removal_in(s))
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s:e] == ["sleepy"] and (a.low[max(0, s - 2):s] == ["just", "a"] or a.low[e:e + 2] == ["little", "thing"]))
    for label in ("RF_VERY_UNWELL", "RF_VISION"):
        a.discard(label, lambda s, e: a.low[s + 1:s + 4] in (["find", "the", "words"], ["find", "his", "words"], ["find", "her", "words"], ["find", "their", "words"])
                  or a.low[s + 2:s + 5] in (["find", "the", "words"], ["find", "his", "words"], ["find", "her", "words"]))
    # round 6 (tuning_633-637): ages, scores, counts and wards ("Mine at 39 have NOT gone", "Community nurse, 41.", "I got 38 out of 40 on the skin
    # quiz", "Ward clerk on ward 41", "39 WHITE DOTS ON MY FACE AT 40"), "No vision or eye problems", "twice the size it was a month ago" (a spot
    # that grows, told with "No redness or swelling"), "full of glitter"
    a.discard("RF_FEVER_NUMBER", lambda s, e: not _BODY_TEMP & set(a.low) and (
        a.low[s - 1:s] in (["at"], ["aged"], ["age"], ["of"]) and not a.spans("BABY_AGE") and a.low[s - 2:s - 1] not in (
            ["been"], ["is"], ["was"], ["'s"], ["stayed"], ["stuck"], ["hit"], ["reached"], ["still"], ["running"], ["temp"], ["temperature"], ["now"], ["sitting"])
        and a.low[e:e + 1] not in (["point"], ["degrees"], ["c"], ["°"], ["all"], ["since"], ["for"], ["this"], ["today"], ["tonight"], ["."])
        or a.low[s - 1:s] in (["ward"], ["room"], ["bed"], ["page"], ["number"], ["bay"])
        or a.low[e:e + 1] in (["out"], ["dots"], ["bumps"], ["years"], ["yrs"], ["yo"]) or a.low[e:e + 2] == ["white", "dots"]
        or a.low[s - 2:s] in (["mine", "at"], ["me", "at"], ["myself", "at"])
        or a.low[s - 1:s] == [","] and a.low[e:e + 1] in (["."], [","]) and s >= 2 and a.low[s - 2] in _JOBS))
    for label in ("SELF_VERB", "TOOL_USE"):  # "our dog had a cyst drained at the vet this week"
        a.discard(label, lambda s, e: bool(_PETS & words(s)) and bool({"vet", "vets", "vet's"} & set(a.low)) and not {
            "milia", "milium", "my", "mine", "bumps", "spots"} & words(s))
    a.discard("RF_VISION", lambda s, e: a.low[s] == "no" and bool({"problems", "problem", "issues", "changes", "trouble", "worries"} & set(a.low[e:e + 4])))
    a.discard("RF_SWELL", lambda s, e: any(gs < e and s < ge for gs, ge in a.spans("RF_GROW")) and a.low[e:e + 2] in (["it", "was"], ["they", "were"]))
    a.discard("RF_FLASHES", lambda s, e: a.low[s:e] == ["glitter"] and not any(re.match(RX_EYE_WORD, w) for w in words(s)))
    # "not gonna lie i feel feverish since picking at my eyelid": "to be honest", not a plan
    a.discard("FUTURE", lambda s, e: a.low[s - 1:s] in (["not"], ["nt"], ["n't"]) and a.low[e:e + 1] == ["lie"])
    # round 7 (tuning_639, tuning_641): words spelled in play ("my 7yo got B-L-E-E-D right in her spelling test", "did P-E-A-R-L with my
    # reception class in phonics", "Voice to text keeps writing my nickname as F-L-A-S-H"), "Me 37, husband 40", "pharmacist asked if the
    # milia hurt or bleed - no to both"
    for label in [label for label in a.hits if label.startswith("RF_")]:
        a.discard(label, lambda s, e: bool(_WORD_PLAY.search(sentence_text(a, a.sentence[s]))) and not anything_removed
                  and not {"milia", "milium", "spot", "spots", "eye", "eyelid", "lid"} & words(s))
        a.discard(label, lambda s, e: bool(re.search(r"\bno to (both|all|each|either|everything)\b", sentence_text(a, a.sentence[s]))))
    a.discard("RF_FEVER_NUMBER", lambda s, e: a.low[s - 1:s] in (["me"], ["husband"], ["wife"], ["partner"], ["mum"], ["dad"], ["son"], ["daughter"])
              and a.low[e:e + 1] in (["."], [","], ["and"]) and not _BODY_TEMP & set(a.low))
