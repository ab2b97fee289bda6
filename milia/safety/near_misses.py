"""Warning-sign and removal words that session 41's sets (spent v20, tuning_254-282) showed are said of something that did
not happen to the eye, of the clinic, or of something else: a slip that landed on the cheek ("pin slipped off the spot below
my eye and onto my cheek. Didn't touch the eye"), a worry about the future ("I keep worrying I'll stick the pin in my eye"),
"I am able to open my eye", two bumps that "look like two merged together", a torch shone on a bump, "like a laser" offered
as a treatment, "nothing hurts"; a little puffiness for a day after the clinic's treatment; scars, leg veins, a freckle darker
every summer; sunburn or razor burn with a picking denied; frost, bread, heels, a rug; a flu jab's needle; someone else's
home removal told and refused ("I won't be doing that"). Session 42's sets (spent v21, tuning_283-310) added: the clinic's
treatment asked of ahead ("how puffy will my skin be when you do it?"), a nose "bigger on that side", "Only faint, mind", eyes dry
and gritty "for years", puffy eyes from late nights or crying, a relative's cancer told as history, a jar "lid won't budge", a
sunburn long healed, a birthmark "the size of my palm", make-up, a heart pounding from nerves, "collapsed on the sofa", a power
cut; someone else's removal is read in milia/safety/other_peoples_removals.py and vague sight in milia/safety/vague_sight.py.
Each rule names what it keeps. Plain module: no rasa imports.
"""
from __future__ import annotations

import re
from typing import Set

from milia.safety.analysis import Analysis, sentence_text
from milia.safety.cannot_say import drop_answered_no
from milia.safety.everyday_chatter import drop_everyday_chatter
from milia.safety.everyday_mishaps import drop_everyday_mishaps
from milia.safety.everyday_scenes import drop_everyday_scenes
from milia.safety.everyday_senses import drop_everyday_senses
from milia.safety.everyday_trades import drop_everyday_trades
from milia.safety.everyday_words import drop_everyday_words
from milia.safety.lexicon import PAST_REMOVAL, RX_EYE_WORD, RX_LID
from milia.safety.mentions import CLINIC_TOOL_QUESTION
from milia.safety.other_peoples_removals import (
    drop_other_peoples_removals,
    drop_their_own_removals,
    drop_work_and_health_tools,
)
from milia.safety.said_in_passing import drop_signs_said_in_passing
from milia.safety.said_of_things import drop_signs_said_of_things
from milia.safety.scene_sight import CONTRAST_PERCEPT
from milia.safety.vague_sight import (
    EVERYDAY_CAUSE,
    drop_cancer_words_not_of_a_spot,
    drop_gp_phrases_not_on_a_spot,
    drop_loose_phrases,
    drop_pain_scores_of_other_things,
    drop_vague_sight,
)
from milia.safety.work_and_health import drop_work_and_health_signs

# the slip told as landing off the eye: "went onto my cheek instead", "Didn't touch the eye", "eye not touched at all", "No harm"
_MISSED_THE_EYE = re.compile(
    r"\b(onto|on to|into|across) (my|her|his|the) (cheek|cheekbone|nose|brow|eyebrow|forehead|temple|skin|jaw|finger|hand)\b"
    r"|\binstead\b|\b(did n't|didn't|didnt|did not|never|not|does n't|doesn't) (touch|touched|go near|hit|get|reach|catch) (the|my|her|his) eyes?\b"
    r"|\beyes? (was |is )?(not|n't|never) (touched|hit|harmed)\b|\bno harm\b|\bmissed (the|my|her|his) eyes?\b"
    r"|\beyes? (is |are |'s |feels |seems |itself )?(fine|ok|okay|good|all good|normal|alright|no problem|unharmed|untouched)\b"
    r"|\bnot (my|her|his|the) eyes?\b|\b(landed|hit|went) (on|onto) (the|my|her|his) (lower |upper )?(lid|eyelid|brow|cheek|skin)\b"
    r"|\bhit (my|her|his|the) (lower |upper )?(lid|eyelid|brow|eyebrow|cheek|skin)\b|\bonly the skin\b|\bcan see (perfectly|normally|fine|ok)\b|\b(slip|slipped|slid) to (my|her|his|the) (cheek|brow|nose|lid)\b")
_SLIPS = frozenset({"slid", "slipped", "slips", "slip", "slide", "skidded", "jumped", "jerked", "bounced", "wobbled"})
_EYE_HURT = re.compile(r"\b(hurts|hurting|painful|agony|blurr?y|blurred|ca n't see|can't see|bleeding|watering|streaming|stings|stinging)\b")
_WORRY = frozenset({"worrying", "worried", "worry", "scared", "afraid", "terrified", "nervous", "frightened", "petrified", "paranoid"})
_TWO_OF_THEM = frozenset({"merged", "joined", "fused", "stuck", "bumps", "spots", "lumps", "dots", "milia"})
_AFTER_CLINIC = re.compile(r"\b(after|since) (the|my|a|her|his) (salon |professional )?(professional|appointment|treatment|session|procedure|facial)\b|\bprofessional "
                          r"(milia )?(extraction|removal|treatment)\b|\bwith (the|your) (nurse|dermatologist|doctor|practitioner)\b|\bat (the|your) clinic\b")
_CLINIC_PREFERRED = re.compile(r"\bnot at home\b|\b(rather|prefer) (you|the clinic|a professional|a pro|your nurse)\b|\brather have (it|them) done\b|\b(i 'm|im|i am) not "
                               r"(trying|doing) that\b|\bwould n't dare\b")
_NOT_A_HOME_WAY = frozenset({"toner", "appointment", "appointments", "session", "sessions", "treatment", "treatments", "cream", "retinol", "serum", "serums",
                             "lotion", "moisturiser", "moisturizer", "themselves", "naturally", "newborn", "newborn's", "baby", "baby's", "stress",
                             "sleep", "diet", "hormones"})
_NOT_THE_SKIN_SPOT = frozenset({"windscreen", "frost", "bread", "toast", "loaf", "heels", "heel", "elbows", "elbow", "tan", "cradle", "dandruff",
                                "wallpaper", "paint", "goosebumps", "moisturiser", "moisturizer", "spf", "mascara"})
_NOT_THE_SKIN_PHRASE = re.compile(r"\b(hall|our|my|the) (rug|carpet)\b|\b(the|your) map\b|(?<!lines )\bon a map\b|\bcar park\b|\bhard[ -]?water\b")
_MONTHS_AGO = re.compile(r"\b(at|since|before|than at) (easter|christmas|new year|summer|spring|autumn|winter)\b|\blast (month|year|summer|winter|spring|autumn)\b"
                         r"|\bmonths?\b|\bin the last month\b|\bthis year\b")
_OTHER_NEEDLES = re.compile(r"\b(flu jab|my jab|vaccin\w*|injections?|blood tests?|had (facial )?acupuncture|botox)\b")
_LONG_STANDING = re.compile(r"\b(always|for years|years|every (day|evening|night|morning)|by (the )?evening|most (days|mornings|evenings)|drops help)\b")
_PUFFY_ANYWAY = re.compile(r"\b(from|after) (late|long) nights\b|\balways (had|have|been|get)\b|\b(woke|wake|waking) up with\b|\bcry a lot\b"
                           r"|\bwhen i cry\b|\bhay ?fever\b|\ballerg\w*")
_CANCER_HISTORY = re.compile(r"\bcancer (fatigue|patient|survivor|treatment|nurse|ward|charity|research|care|unit|centre|center)\b|\b(past|previous|history of|had|have had|passed from|died of"
                             r"|died from|lost \w+ to|beat|beaten|survived) (skin )?(cancer|melanoma|carcinoma|a melanoma|bcc)\b|\bused to treat\b|\bchemo\w*\b")
_CANCER_WORRY = re.compile(r"\b(turn|turned|turns|turning|become|becomes|became) (into )?(skin )?(cancer|cancerous|melanoma)\b|\b(could|can|might|may) (this|it|that|mine|"
                           r"these|milia|they) (be|become|turn)\b|\b(worried|scared|afraid|worry|worrying|concerned)\b(?! moles)|\b(is|are) (it|this|that|they|milia) "
                           r"(cancer|cancerous)\b|\bsign of (skin )?cancer\b|\bto do with (skin )?cancer\b|\b(cancer|melanoma) (and|&) milia\b"
                           r"|\b(turn|turned|turns|become|becomes|change|changes) into the other\b"
                           # session 46 (tuning_435): "wondering if milia can develop into that", "is it the cancer??", "convinced the white spot
                           # under my eye is one too"
                           r"|\b(develop|develops|turn|turns|change|changes|grow|grows) into (that|it|one)\b|\bis (it|this|that|mine) (the )?cancer\b"
                           # session 48 (tuning_475, tuning_512): "My mum had skin cancer, could my spot be the same thing?", "the wife wants to
                           # know if these white bumps can turn nasty"
                           r"|\b(turn|turns|turning|go|goes|become|becomes) (nasty|bad|malignant|sinister)\b"
                           r"|\b(could|can|might|may|is) (my|this|mine|it) ((spot|bump|lump|milium|milia|one|mole) )?(be )?the same\b"
                           r"|\bis one too\b"
                           # session 47 (tuning_447): "Am I more likely to get the cancer from them?"
                           r"|\b(more likely|likelier|less likely) to (get|develop)\b|\bget (the )?(skin )?cancer from\b"
                           r"|\bbe (skin )?cancer\b|\bmilia (and|&) (skin )?cancer\b|\b(in2|into|to) (skin )?cancer\b|\bparanoid\b|\bconnection\b|\blinked\b|\blink\b")
_BUMPS = frozenset({"bump", "bumps", "lump", "lumps", "spots", "dots", "one", "ones"})
_SEEN = frozenset({"see", "sight", "vision", "everything", "things", "letters", "words", "lines", "text", "faces", "eye", "eyes"})
_A_TREATMENT = frozenset({",", "or", "maybe", "perhaps", "method", "way", "option", "machine"})


def drop_near_misses(a: Analysis) -> None:
    """Forget the matches above; a sign told of the eye itself beside them is kept."""

    def sentence_words(s: int) -> Set[str]:
        return {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]}

    # "The tweezers slid off the milia by my eye and went onto my cheek instead. No harm." (kept: a slip with the eye hurting after it)
    missed = bool(_MISSED_THE_EYE.search(" ".join(a.low))) and not _EYE_HURT.search(
        re.sub(r"\b(nothing|not|n't|no) (hurts|hurting|painful|stings|bleeding)\b", "", " ".join(a.low)))
    for label in ("RF_EYE_TROUBLE", "RF_EYE_INJURY"):
        a.discard(label, lambda s, e: missed and bool(_SLIPS & set(a.low[s:e])))
    a.discard("RF_EYE_INJURY", lambda s, e: missed and bool({"nearly", "almost"} & sentence_words(s)))  # "Nearly poked myself in the eye ... but it hit my brow instead"
    # "Didn't touch the eye and nothing hurts": pain denied
    a.discard("RF_EYE_PAIN", lambda s, e: "nothing" in a.low[s:e] and a.low[e - 1] in {"hurts", "hurting", "hurt"})
    # "I keep worrying I'll stick the pin in my eye when I do my under eye milia" (kept: "I'm worried I've stuck it in my eye")
    a.discard("RF_EYE_INJURY", lambda s, e: any(
        a.low[k] in {"'ll", "will", "might", "could", "would", "'d"} and bool(_WORRY & set(a.low[max(0, k - 4):k]))
        for k in range(max(0, s - 3), s)))
    # "I am able to open my eye and my sight is clear" (kept: "not able to open", "barely able to open")
    a.discard("RF_EYE_SHUT", lambda s, e: a.low[s] == "able" and a.low[s - 1:s] in (["am"], ["is"], ["'m"], ["was"], ["'s"], ["are"]) and not (
        {"not", "n't", "barely", "hardly", "never", "only"} & set(a.low[max(0, s - 3):s])))
    # "It was one bump, now it looks like two merged together" (kept: "everything looks like two", "the letters merged together")
    a.discard("RF_VISION", lambda s, e: a.low[e - 1] == "two" and bool(_TWO_OF_THEM & set(a.low[e:e + 2])))
    a.discard("RF_VISION", lambda s, e: bool({"merged", "joined", "fused"} & set(a.low[s:e])) and bool(_BUMPS & sentence_words(s)) and not (
        _SEEN & sentence_words(s)))
    # "He can see alright and isn't complaining of his eye hurting" (kept: "complaining of his eye hurting")
    a.discard("RF_EYE_PAIN", lambda s, e: any(a.low[k] in {"complaining", "complained", "complain", "mentioned", "mentioning"} and bool(
        {"not", "n't", "never", "isn't", "hasn't", "hasnt", "isnt"} & set(a.low[max(0, k - 2):k])) and "but" not in a.low[k:s] for k in range(max(0, s - 5), s)))
    # (not "don't usually complain, but the pain in my eye ... is something fierce": session 52, spent v31)
    # "The bump looks see-through at the edge ... when I shine a torch on it": a look at the bump
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s:e] == ["torch"] and bool(
        {"shine", "shone", "shining", "held", "hold", "holding", "with", "under"} & set(a.low[max(0, s - 3):s])) and a.low[e:e + 2] in (
        ["on", "it"], ["on", "the"], ["at", "it"], ["over", "it"]))
    # "my friend does eyelash extensions and offered to pop my cheek milia": the helper's job, not where the milia are
    a.discard("EYE", lambda s, e: a.low[e - 1] in {"eyelash", "lash", "lashes", "eyelashes", "brow", "brows", "eyebrow"} and a.low[e:e + 1] in (
        ["extension"], ["extensions"], ["tech"], ["technician"], ["lift"], ["lifts"], ["tint"], ["tinting"], ["artist"], ["bar"], ["salon"]))
    # "Is this the newborn milia thing I've read about": the condition, not a gadget
    a.discard("GADGET", lambda s, e: a.low[e - 1] in {"thing", "things"} and (a.low[s - 1:s] in (["newborn"], ["baby"], ["babies"]) or a.low[e:e + 3] in (
        ["i", "'ve", "read"], ["i", "read", "about"], ["i", "'ve", "heard"], ["i", "heard", "about"], ["everyone", "talks", "about"])))
    # "what tools does the nurse actually use to take them out? my friend reckons its a tiny needle": a guess at the clinic's tool
    clinic_tools = bool(CLINIC_TOOL_QUESTION.search(" ".join(a.low)))
    # (only the guess: the tool named in the question itself is how the clinic's removal is read)
    for label in ("TOOL", "BARE_TOOL", "TOOL_USE"):
        a.discard(label, lambda s, e: clinic_tools and bool({"reckons", "thinks", "said", "says", "heard", "guessed", "guesses"} & sentence_words(s)))
    # after the clinic's treatment, mild and short: "a bit puffy for a day after a professional milia extraction", "Had three milia done ...
    # with the nurse. It was a bit puffy for about a day and now it's totally flat again", "went pink round each dot for an evening after
    # the appointment and were gone by the morning" (kept: hot, oozing or spreading after it, and a removal of the visitor's own)
    after_clinic = bool(_AFTER_CLINIC.search(" ".join(a.low))) and not a.spans("SELF_VERB") and not a.spans("SELF_CUE")
    a.discard("RF_SWELL", lambda s, e: after_clinic and bool({"bit", "little", "slightly", "slight", "mild", "mildly", "tad"} & set(a.low[max(0, s - 3):s]))
              and bool(re.search(r"\bfor (about |around |roughly )?(a|one|1) (day|evening|night)\b|\bfor a few hours\b|\bnow (it 's |its |it is )?"
                                 r"(totally |completely |all )?(flat|gone|settled|normal)\b|\bthen fine\b", " ".join(a.low))))
    a.discard("RF_GROW", lambda s, e: after_clinic and a.low[e - 1] in {"pink", "red", "pinker", "redder"} and bool(
        re.search(r"\b(gone|went|settled|faded|fine) by (the )?(morning|next day|evening|bedtime)\b|\bfor an? (evening|hour|day|night)\b", " ".join(a.low))))
    # "photosensitivity-friendly sunscreen", "photosensitivity from my tablets": a product's label or a medicine's side effect
    a.discard("RF_LIGHT", lambda s, e: a.low[s].startswith("photo") and (a.low[e:e + 1] == ["-"] or bool(
        {"tablets", "tablet", "medication", "meds", "pills", "antibiotics", "doxycycline", "retinol", "retinoids", "roaccutane", "isotretinoin",
         "sunscreen", "spf"} & sentence_words(s))))
    # second round (tuning_261): "shower water ended up in my eye and stung for a second. Fine now."
    a.discard("RF_EYE_INJURY", lambda s, e: a.low[s] in {"ended", "end", "ends"} and bool(
        {"water", "shampoo", "soap", "cleanser", "cream", "sweat", "suncream", "sunscreen", "makeup", "mascara", "toner", "serum"} & set(a.low[max(0, s - 4):s])))
    # "an old chickenpox scar ... a bit hollow in the middle", "thin purple veins on the back of my legs", "I read syringomas can look slightly
    # see-through", "a freckle ... goes darker every summer and fades again"
    a.discard("RF_CANCER", lambda s, e: bool({"scar", "scars", "scarring", "chickenpox", "acne"} & sentence_words(s)) and not (
        {"changed", "growing", "bigger", "bleeds", "bleeding", "new", "now"} & sentence_words(s)))
    a.discard("RF_CANCER", lambda s, e: bool({"veins", "vessels"} & set(a.low[s:e])) and bool({"legs", "leg", "thighs", "calves", "ankles", "feet"} & sentence_words(s)))
    a.discard("RF_CANCER", lambda s, e: bool({"see", "through", "see-through", "translucent", "pearly", "shiny", "waxy"} & set(a.low[s:e])) and any(
        a.low[k] in {"can", "could", "may", "might"} for k in range(max(0, s - 4), s)) and bool(
        {"read", "heard", "syringoma", "syringomas"} & sentence_words(s)))
    for label in ("RF_GROW", "RF_CANCER"):
        a.discard(label, lambda s, e: bool(re.search(r"\b(every|each) (summer|winter|year)\b|\bfades? again\b", sentence_text(a, a.sentence[s]))))
    a.discard("RF_GROW", lambda s, e: "?" in sentence_words(s) and bool({"always", "usually", "generally"} & sentence_words(s)) and bool(
        {"can", "do", "does"} & sentence_words(s)) and not {"my", "now", "one"} & sentence_words(s))  # "can they look a different colour"
    # "sunburn ... the red has spread over both shoulders ... Haven't picked anything", "I scrubbed ... looked like I'd been slapped, but it
    # calmed within the hour"
    sunburn = bool({"sunburn", "sunburnt", "sunburned", "sunbathing", "tan"} & set(a.low)) and bool(re.search(
        r"\b(have n't|haven't|havent|not|never|did n't|didn't) (picked|touched|squeezed|popped)\b", " ".join(a.low)))
    for label in ("RF_SPREAD", "RF_HOT", "RF_SWELL"):
        a.discard(label, lambda s, e: sunburn)
    # "Fell asleep in the garden and the sunburn runs": asleep in the sun, not drowsy
    a.discard("RF_WORST_ILL", lambda s, e: a.low[s:e] == ["fell", "asleep"] and a.low[e:e + 1] in (["in"], ["on"], ["at"]) and bool(
        {"garden", "sun", "beach", "park", "sofa", "couch", "deckchair", "pool"} & set(a.low[e:e + 4])))
    # "do milia ever get infected on their own? mine are fine, just asking": a general question
    just_asking = bool(re.search(r"\b(just asking|just curious|mine are (fine|tiny|small)|mine 's fine|mine is fine|asking in general|i see fine)\b", " ".join(a.low)))
    for label in ("RF_INFECT", "RF_SPREAD", "RF_PUS", "RF_SWELL", "RF_BLEED", "RF_GROW"):
        a.discard(label, lambda s, e: just_asking and "?" in sentence_words(s))
    # "I sew a lot and keep pricking my fingers on pins, nothing to do with milia lol"
    for label in ("SELF_VERB", "TOOL", "BARE_TOOL"):
        a.discard(label, lambda s, e: bool(re.search(r"\bnothing to do with (milia|them|my milia)\b", sentence_text(a, a.sentence[s]))))
    # third round (tuning_267-272)
    # the clinic preferred or the home way refused: "Do plasma pens work on milia? I'd only want it done at your clinic, not at home", "I'd
    # rather you did it properly", "I'm not trying that!"; a home way asked of an appointment, a cream or nature: "Is one appointment enough
    # to sort all of my milia", "Would a retinol eye cream wear away the milia", "Will my newborn's milia wear away by themselves?"
    refused = bool(_CLINIC_PREFERRED.search(" ".join(a.low)))
    for label in ("HOME_WAY", "GADGET", "CONSUMER_TOOL"):
        a.discard(label, lambda s, e: refused)
    a.discard("SELF_CUE", lambda s, e: a.low[s - 1:s] == ["not"] and a.low[s:e] == ["at", "home"])
    a.discard("HOME_WAY", lambda s, e: bool(_NOT_A_HOME_WAY & sentence_words(s)))
    a.discard("HOME_WAY", lambda s, e: a.low[e - 1] == "both" and not a.spans("SELF_VERB"))  # "I've done both, the online form and the photo upload"
    a.discard("HOME_WAY", lambda s, e: a.low[s:s + 3] == ["should", "i", "let"] and a.low[e:e + 1] and a.low[e] in {"or", ",",
        "come", "go", "know", "book", "sit", "stay", "watch", "in", "join", "see", "have", "pay", "ring", "call", "bring", "decide", "choose"})
    a.discard("SELF_VERB", lambda s, e: a.low[s] in {"wear", "wears", "sand"} and bool(_NOT_A_HOME_WAY & sentence_words(s)))  # "Can a retinol serum slowly wear milia down"
    # "Pop them myself? No chance, I've seen the videos."
    no_chance = [a.sentence[k] for k in range(1, len(a.low) - 1) if a.low[k - 1] == "?" and a.low[k] in {"no", "not"} and a.low[k + 1] in {"chance", "way", "a"}]
    for label in ("SELF_VERB", "SELF_CUE"):
        a.discard(label, lambda s, e: a.sentence[s] + 1 in no_chance)
    # "my legs go all mottled when I get out [of the sea] ... back to normal once I've warmed up"
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s:e] == ["mottled"] and bool({"swim", "swimming", "sea", "cold", "warmed", "normal"} & sentence_words(s)))
    # "Windscreen was grey and crusty with frost", "The tan line from my watch is patchy brown", "I drew a pen line on the map", "cradle
    # cap that keeps flaking", "My heels used to be smooth", "my skin feels rougher all over", "The skin feels rougher from all the scrubbing"
    for label in ("RF_GROW", "RF_CANCER", "RF_PERSISTENT"):
        # (not "when i put mascara on i can see a waxy shiny bump at the edge of my eyelid": a spot seen while putting it on, session 44)
        a.discard(label, lambda s, e: bool(_NOT_THE_SKIN_SPOT & sentence_words(s)) and not (
            {"mascara", "spf", "moisturiser", "moisturizer"} & sentence_words(s) and {"bump", "spot", "lump", "milium", "mole"} & sentence_words(s)
            and {"put", "putting", "apply", "applying", "when"} & sentence_words(s)) or bool(_NOT_THE_SKIN_PHRASE.search(sentence_text(a, a.sentence[s]))))
        a.discard(label, lambda s, e: "skin" in a.low[max(0, s - 3):s] and bool({"rougher", "rough", "flaky", "scaly"} & set(a.low[s:e + 1])))
    # "Someone on a forum said syringomas are sometimes a bit translucent"; "The skin on my bump is shiny and stretched (34 weeks!)"
    a.discard("RF_CANCER", lambda s, e: bool({"syringoma", "syringomas"} & sentence_words(s)) and not {"my", "mine"} & sentence_words(s))
    a.discard("RF_CANCER", lambda s, e: bool({"pregnant", "pregnancy"} & set(a.low)) and bool({"stretched", "bump", "belly", "tummy"} & sentence_words(s)))
    # "nose has come up rough like sandpaper": a surface, not a swelling
    a.discard("RF_SWELL", lambda s, e: a.low[e - 2:e] in (["come", "up"], ["came", "up"]) and a.low[e:e + 1] in (
        ["rough"], ["bumpy"], ["lumpy"], ["scaly"], ["crusty"], ["uneven"], ["white"]))
    # "I use an ice roller in the mornings for puffy eyes": what a product is for
    a.discard("RF_SWELL", lambda s, e: (a.low[s - 1:s] == ["for"] or a.low[s - 2:s] == ["for", "the"]) and not a.spans("SELF_VERB") and not a.spans("SELF_CUE"))
    # "A bit swollen for a day: is that something everyone gets" (kept: a removal of the visitor's own told)
    a.discard("RF_SWELL", lambda s, e: bool({"everyone", "everybody"} & sentence_words(s)) and not a.spans("SELF_VERB") and not a.spans("SELF_CUE"))
    # "It's gone a bluey-grey shade in the last month": a colour, not a shade over the sight
    a.discard("RF_FLASHES", lambda s, e: a.low[s - 1:s] == ["-"] and "shade" in a.low[s:e])
    # "Spot on my nose gone mottled": the spot, not the skin of someone very unwell
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s:e] == ["mottled"] and bool({"spot", "bump", "lump", "milium", "mole", "freckle"} & sentence_words(s))
              and not {"skin", "legs", "arms", "knees", "hands", "feet"} & sentence_words(s))
    # with no removal told, a spot that "looks angry" or red round the rim and has grown is a GP's: "the spot on her temple ... looks angry
    # and red round the rim now and it is bigger than it was at Easter" (kept: hot, pus, oozing or a fever beside it)
    gp_growth = bool(a.spans("RF_GROW")) and not any(a.spans(label) for label in (
        "SELF_VERB", "SELF_CUE", "REMOVE", "TOOL", "BARE_TOOL", "RF_HOT", "RF_PUS", "RF_OOZE", "RF_FEVER", "RF_FEVER_NUMBER"))
    a.discard("RF_INFECT", lambda s, e: gp_growth)
    a.discard("RF_SPREAD", lambda s, e: gp_growth and bool(_MONTHS_AGO.search(" ".join(a.low))) and not {
        "spreading", "spread", "spreads", "outward", "outwards", "creeping", "crept"} & set(a.low[s:e]))
    # "the pink was the size of a saucer the first day, now it's the size of a coin and fading"; "Tried a new vitamin C serum and my face
    # looked like I'd been slapped! Calmed down within the hour"; "The redness over my whole chin is razor burn, I haven't touched the milia"
    for label in ("RF_SPREAD", "RF_GROW"):
        a.discard(label, lambda s, e: bool({"fading", "shrinking", "receding"} & sentence_words(s)) and not (
            {"spreading", "bigger", "wider", "growing"} & sentence_words(s)) and not re.search(  # "has spread out instead of fading" (session 44)
            r"\b(instead of|rather than|not|never|n't|nt|stopped) (fading|shrinking|receding)\b", sentence_text(a, a.sentence[s])))
    a.discard("RF_SPREAD", lambda s, e: "slapped" in a.low[s:e] and bool(re.search(r"\b(calmed|settled|faded|went down|gone) (down )?(within|after|in)\b",
                                                                                   " ".join(a.low))))
    razor = bool({"razor", "shaving", "shave", "waxing"} & set(a.low)) and bool(re.search(
        r"\b(have n't|haven't|havent|not|never|did n't|didn't) (picked|touched|squeezed|popped)\b", " ".join(a.low)))
    for label in ("RF_SPREAD", "RF_HOT", "RF_SWELL"):
        a.discard(label, lambda s, e: razor)
    for label in ("TOOL", "BARE_TOOL"):
        a.discard(label, lambda s, e: a.low[e - 1] in {"razor", "razors"} and a.low[e:e + 1] in (["burn"], ["bumps"], ["rash"]))
    # fifth round (tuning_278-282): "my partner cries at literally every film and her eyes puff up after", "My under-eyes are naturally a bit
    # puffy (family trait)", "the fur trim on my puffy winter coat"; "had my flu jab today, needle went in fine", "facial acupuncture ...
    # those needles"; "I teach sewing and prick my fingers on pins all day"; "what signs of infection should i look for after u take out
    # my milia at the clinic"
    no_removal = not any(a.spans(label) for label in ("SELF_VERB", "REMOVE", "TOOL", "BARE_TOOL"))
    a.discard("RF_SWELL", lambda s, e: bool({"cries", "crying", "cried", "cry", "film", "films"} & set(a.low)) and no_removal)
    a.discard("RF_SWELL", lambda s, e: bool(re.search(r"\b(naturally|family trait|genetic|runs in the family)\b", sentence_text(a, a.sentence[s]))))
    a.discard("RF_SWELL", lambda s, e: a.low[e:e + 1] in (["coat"], ["jacket"], ["sleeves"], ["dress"], ["hair"], ["winter"]))
    for label in ("TOOL", "BARE_TOOL", "SELF_VERB"):
        a.discard(label, lambda s, e: bool({"sewing", "sew", "knitting"} & sentence_words(s)) and bool({"fingers", "finger", "thumb"} & sentence_words(s)))
        a.discard(label, lambda s, e: bool(_OTHER_NEEDLES.search(" ".join(a.low[k] for k in range(len(a.low)) if a.sentence[s] - 1 <= a.sentence[k] <= a.sentence[s]))))
    a.discard("RF_INFECT", lambda s, e: a.low[s - 2:s] in (["signs", "of"], ["symptoms", "of"], ["sign", "of"]) and bool(
        {"what", "which", "look", "watch"} & sentence_words(s)))
    # "The clay mask ... has gone kinda green in the middle of the tub", "everything is swimming in my head with all the cream names", "I
    # cannot raise it with my GP": a product, a muddle and a question raised, not pus, sight or a lid (session 43, tuning_337)
    a.discard("RF_PUS", lambda s, e: a.low[s] in {"gone", "turned", "going", "went", "turning"} and bool(
        {"mask", "tub", "pot", "jar", "bottle", "cream", "tube"} & sentence_words(s)))
    a.discard("RF_VISION", lambda s, e: a.low[e - 1] in {"swimming", "swimmy"} and a.low[e:e + 3] in (["in", "my", "head"], ["in", "my", "mind"]))
    a.discard("RF_EYE_SHUT", lambda s, e: a.low[e - 1] == "it" and a.low[e:e + 1] == ["with"])
    # "My suitcase weighs a ton and I cannot lift it up stairs": a lid only when the eye or the lid is named beside it (tuning_342)
    a.discard("RF_EYE_SHUT", lambda s, e: bool({"lift", "raise"} & set(a.low[s:e])) and not any(
        re.match(RX_EYE_WORD, a.low[k]) or re.match(RX_LID, a.low[k]) for k in range(len(a.low)) if 0 <= a.sentence[s] - a.sentence[k] <= 1))
    # "i can open my eye and it doesnt hurt": both told as fine (session 43, tuning_324)
    a.discard("RF_EYE_SHUT", lambda s, e: a.low[s - 1:s] == ["can"] and a.low[s:s + 1] == ["open"] and a.low[e:e + 1] in (["hurt"], ["sting"], ["hurts"]))
    a.discard("RF_EYE_PAIN", lambda s, e: a.low[e - 1] in {"hurt", "sting", "ache"} and a.low[e - 3:e - 1] in (
        ["does", "nt"], ["does", "n't"], ["do", "nt"], ["do", "n't"], ["did", "nt"], ["did", "n't"]))
    drop_other_peoples_removals(a)
    drop_work_and_health_tools(a)
    drop_their_own_removals(a)
    drop_work_and_health_signs(a)
    # "how puffy will my skin be afterwards when you do it?", "Will I feel unwell after you remove my milia? Like feverish or anything?": the
    # clinic's treatment asked of ahead (session 42, tuning_283, tuning_294)
    ahead = bool(re.search(r"\bwill (i|it|my|there|they|the)\b", " ".join(a.low))) and "?" in a.low and bool(re.search(
        r"\b(when|after|once) (you|u|the nurse|your nurse|the clinic|you 've|you have) (do|does|did|remove|removes|removed|take|takes|treat|treats|done)\b",
        " ".join(a.low))) and not a.spans("SELF_VERB") and not a.spans("SELF_CUE")
    for label in ("RF_SWELL", "RF_SPREAD", "RF_BLEED", "RF_INFECT", "RF_FEVER"):
        a.discard(label, lambda s, e: ahead)
    # "my nose is noticeably bigger on that side": the nose, not the sight; "my mum picked something under her eye": a spot picked, not
    # something in the eye; "a faint red line ... Only faint, mind" (session 42, spent v21, tuning_288)
    a.discard("RF_VISION", lambda s, e: a.low[s] in {"bigger", "larger", "fatter", "puffier", "swollen", "redder"} and bool(
        {"nose", "cheek", "face", "lip", "chin", "jaw", "forehead"} & sentence_words(s)))
    a.discard("RF_EYE_INJURY", lambda s, e: a.low[s] == "something" and a.low[s - 1:s] in (["picked"], ["squeezed"], ["popped"], ["pricked"])
              and a.low[s + 1:s + 2] in (["under"], ["below"], ["by"], ["near"], ["beside"], ["next"]))
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s:e] == ["faint"] and (a.low[s - 1:s] in (["only"], ["quite"], ["pretty"], ["bit"]) or a.low[e:e + 1] in (
        ["red"], ["pink"], ["line"], ["mark"], ["streak"])) and not {"feel", "feels", "felt", "feeling", "going", "fainted"} & set(a.low[max(0, s - 4):s]))
    a.discard("RF_EYE_SHUT", lambda s, e: a.low[e - 1] in {"budge", "lift"} and (a.low[s - 1:s] in (["on"], ["in"], ["from"], ["of"]) or a.low[s - 2:s - 1] in (
        ["on"], ["in"], ["from"], ["of"])))  # "the milium on my eyelid won't budge"
    # "Still there, still raw, still not healed, I see it every day in the shaving mirror": a raw sore, not the eye; "the white bump now has a
    # black dot on one side that wasnt there before": the bump's side, not the sight (session 42, tuning_285)
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s:e] == ["raw"] and not any(
        w in {"eye", "eyes", "eyeball", "eyelid", "lid", "lids"} for k, w in enumerate(a.low) if abs(a.sentence[k] - a.sentence[s]) <= 1))
    a.discard("RF_VISION", lambda s, e: a.low[s] == "side" and a.low[e - 2:e] in (["not", "there"], ["n't", "there"], ["nt", "there"], ["wasnt", "there"]) and bool(
        {"bump", "spot", "dot", "lump", "milium", "mole"} & sentence_words(s)) and not {"see", "sight", "vision", "seeing"} & sentence_words(s))
    # "a little zip case": a case, not a zigzag of light; "My eyes are dry and gritty, always are", "feel a bit gritty by evening but they have
    # for years"; "Got tired puffy eyes most mornings"; "One of my mates said you can go blind from it" (session 42, spent v21, tuning_284-290)
    a.discard("RF_FLASHES", lambda s, e: a.low[e:e + 1] in (["case"], ["bag"], ["pouch"], ["lock"], ["wallet"], ["purse"], ["tie"]))
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s:e] in (["gritty"], ["scratchy"], ["dry"], ["itchy"]) and bool(_LONG_STANDING.search(" ".join(
        w for k, w in enumerate(a.low) if abs(a.sentence[k] - a.sentence[s]) <= 1))))
    a.discard("RF_SWELL", lambda s, e: a.low[s:e] == ["puffy"] and (a.low[s - 1:s] == ["tired"] or bool(re.search(
        r"\b(most|every|in the) mornings?\b|\bwhen i wake\b", sentence_text(a, a.sentence[s])))) and not a.in_sentence("SELF_VERB", s))
    a.discard("RF_VISION", lambda s, e: a.low[s:e] == ["go", "blind"] and bool({"can", "could", "might", "would", "'d", "will", "'ll"} & set(a.low[max(0, s - 2):s]))
              and bool({"said", "says", "reckons", "reckon", "heard", "read", "told"} & sentence_words(s)))
    # "my eye looks heavy and sleepy": the lid's look, not a drowsy visitor; "Left eye normal" beside a swelling with no sight told; "mili on my
    # i lid": "i lid" is the eyelid (session 42, tuning_292, tuning_291)
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s:e] == ["sleepy"] and any(a.low[k] in {"eye", "eyes", "lid", "eyelid", "lids"} for k in range(max(0, s - 5), s))
              and bool({"looks", "look", "looking"} & set(a.low[max(0, s - 5):s])))
    a.discard("RF_VISION", lambda s, e: a.low[s] in {"left", "right", "other"} and a.low[e - 1] in {"normal", "fine", "ok", "okay"} and bool(a.spans("RF_SWELL"))
              and not ({"see", "sight", "vision", "blurry", "blurred", "seeing", "focus", "sees", "saw", "light", "bright"} | CONTRAST_PERCEPT - {"white"}) & set(a.low))
    a.discard("RF_VISION", lambda s, e: a.low[e - 1] in {"i", "eye"} and a.low[e:e + 1] in (["lid"], ["lids"], ["brow"]) and a.low[s] in {
        "mili", "milk", "milia", "milium", "millia", "one", "ones", "spot", "spots", "bump", "bumps"})
    # "i can still open it fully if i try, it just looks half shut", "like the lid's drooping, but it opens fully": a lid drooping, not an eye
    # that will not open (session 42, tuning_292)
    opens = re.search(r"\b(can|could) (still )?open (it|my eye|the eye|that eye|them) (fully|fine|properly|ok|okay|normally|all the way)\b|\bcan still open (it|my eye|the eye|that eye)\b"
                      r"|\bopens (fully|fine|properly|normally|all the way)\b", " ".join(a.low))
    a.discard("RF_EYE_SHUT", lambda s, e: bool(opens))
    # puffy eyes with a cause or a habit and nothing picked yet: "Puffy under-eyes from late nights", "I've always had baggy, puffy lower lids",
    # "I woke up with sleepy puffy eyes and thought it'd be a good time to pop", "I cry a lot and my eyes go puffy" (session 42, tuning_292)
    # "used tweezers on milia at the corner of my eye last night, woke up with the eyelid puffy" (session 46, spent v25)
    puffy_anyway = bool(_PUFFY_ANYWAY.search(" ".join(a.low))) and not PAST_REMOVAL.search(" ".join(a.low)) and not any(
        a.low[s] == "used" for s, _ in a.spans("TOOL_USE")) and not re.search(
        r"\b(after|since) (going at|picking|squeezing|popping|pricking|poking|digging|having a go)\b|\bthe day after\b", " ".join(a.low))
    a.discard("RF_SWELL", lambda s, e: puffy_anyway and bool({"puffy", "baggy", "puffiness", "bags"} & set(a.low[s:e])))
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s:e] == ["sleepy"] and a.low[e:e + 2] and bool({"eyes", "eye", "puffy"} & set(a.low[e:e + 2])))
    a.discard("RF_GROW", lambda s, e: "bags" in sentence_words(s) and a.low[e - 1] == "bigger" and bool({"make", "makes", "making"} & sentence_words(s)))
    # someone's cancer told as history or treatment, not a worry about a spot: "i have cancer fatigue", "past skin cancer", "My father passed
    # from melanoma", "Cancer patient here", "Mum had melanoma ... my milia haven't changed at all", "the same kind [of laser] that's used to
    # treat skin cancer" (kept: "milia that turned into skin cancer", "could this be cancer") (session 42, tuning_293)
    history = bool(_CANCER_HISTORY.search(" ".join(a.low))) and not _CANCER_WORRY.search(" ".join(a.low))
    a.discard("RF_CANCER", lambda s, e: history and bool({"cancer", "melanoma", "carcinoma", "bcc", "cancers"} & set(a.low[s:e])))
    # third round (tuning_296-300): "Trying to open the eye cream I bought from you and the lid won't budge"; "a sunburn last summer that was
    # hot, red and tender for days, long since healed"; "a flat pink birthmark ... about the size of my palm, there since birth and unchanged";
    # "My eyelids feel heavy by 3pm most days"; "baby bump is getting bigger every week"; "i sleep under two duvets and wake up sweaty"; "My
    # legs go mottled and itchy every winter"; "The spot you treated on my cheek went purple for a day and is completely fine now"; "Heart
    # pounding, I hate needles"; "Feeling a bit lightheaded today ... Nothing to do with my skin"; "her eyes have looked a bit puffy since birth,
    # midwife says that's normal"; "My lids feel puffy when I use it [a thick eye cream]"
    a.discard("RF_EYE_SHUT", lambda s, e: bool({"cream", "jar", "bottle", "tub", "pot", "tube", "seal", "tin", "container", "lotion"} & sentence_words(s))
              and not {"eye", "eyes", "eyelid"} & set(a.low[s:e]))  # (not "the baby hasnt opened that eye since, not even for her bottle", session 51)
    for label in ("RF_HOT", "RF_PAINFUL_RED", "RF_SWELL"):
        a.discard(label, lambda s, e: bool({"sunburn", "sunburnt", "sunburned"} & sentence_words(s)) and bool(re.search(
            r"\b(long since|since|all|fully) healed\b|\blast (summer|year)\b", sentence_text(a, a.sentence[s]))))
    a.discard("RF_SPREAD", lambda s, e: bool({"birthmark", "unchanged"} & sentence_words(s)) or "since birth" in sentence_text(a, a.sentence[s]))
    a.discard("RF_SWELL", lambda s, e: bool({"heavy", "droopy", "puffy"} & set(a.low[s:e])) and (bool(_LONG_STANDING.search(sentence_text(a, a.sentence[s])))
              or bool(re.search(r"\bsince birth\b|\bmidwife\b|\bwhen i use (it|them|this)\b|\bby \d+ ?pm\b", " ".join(a.low)))) and not PAST_REMOVAL.search(" ".join(a.low)))
    a.discard("RF_GROW", lambda s, e: "baby bump" in " ".join(a.low) or bool({"pregnant", "pregnancy"} & sentence_words(s)) and "bump" in sentence_words(s))
    a.discard("RF_FEVER", lambda s, e: bool({"duvets", "blankets", "quilts"} & set(a.low[s:e])) and not {
        "shaking", "shivering", "shivery", "shivers", "cold", "freezing", "chills", "temperature", "fever"} & sentence_words(s))
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s:e] == ["mottled"] and bool(re.search(r"\b(every|in|each) winter\b|\bwhen (i 'm|im|i am|it 's) cold\b",
                                                                                           sentence_text(a, a.sentence[s]))))
    a.discard("RF_GROW", lambda s, e: bool(re.search(r"\b(you|u|the nurse|your nurse) (treated|did|removed|took)\b", " ".join(a.low))) and bool(re.search(
        r"\b(completely |totally )?(fine|normal|gone|settled) now\b|\bfor an? (day|evening|night|hour)\b", " ".join(a.low))) and not PAST_REMOVAL.search(" ".join(a.low)))
    a.discard("RF_VERY_UNWELL", lambda s, e: bool({"heart", "hearts", "heartbeat", "pulse", "pounding"} & set(a.low[max(0, s - 2):e])) and bool(
        {"hate", "nervous", "anxious", "scared", "thinking", "needles", "nerves", "excited", "terrified", "dread"} & sentence_words(s)) and not any(
        a.spans(label) for label in ("RF_INFECT", "RF_SPREAD", "RF_HOT", "RF_PUS", "RF_OOZE", "RF_SWELL", "RF_FEVER", "RF_FEVER_NUMBER", "RF_PAINFUL_RED")))
    a.discard("RF_VERY_UNWELL", lambda s, e: bool(re.search(r"\bnothing to do with (my skin|milia|the milia|my milia|the spot|my face)\b|\bskipped (breakfast|lunch|a meal)\b",
                                                            " ".join(a.low))))
    # fourth round (tuning_301, look-alikes of the session's phrases): "New radiator has the bedroom pulsing with heat"; "the white dots seem to
    # creep outwards a bit more every year"; "Eyelid's a touch heavier with this glitter shadow on"; "This lip gloss leaves a glossy pinkish
    # edge"; "I've gone more pink than peach with my hair"; "hearts beating mad fast, first ever facial tomorrow!!", "Watched the penalties with
    # my heart pounding"; "just collapsed on the sofa"; "there was a power cut and everything went black"; "Haven't been able to open that eye
    # serum you sold me"; "In my selfie one eye looks half shut because I was mid-laugh"; "faint redness gone by tuesday night", "the marks are
    # faint and healing fine"
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s:e] == ["pounding"] and bool({"heart", "hearts", "heart's", "pulse"} & set(a.low[max(0, s - 3):s])))
    a.discard("RF_HOT", lambda s, e: a.low[s:e] == ["radiator"] and a.low[s - 1:s] in (["new"], ["the"], ["a"], ["our"]))
    a.discard("RF_HOT", lambda s, e: a.low[s] in {"pulsing", "pulsating", "throbbing", "radiating", "pulses", "throbs", "radiates"} and bool(
        {"room", "bedroom", "radiator", "house", "sauna", "kitchen", "office", "flat", "heater", "car", "bus", "train", "gym", "bottle"} & sentence_words(s)))
    a.discard("RF_SPREAD", lambda s, e: bool(re.search(r"\b(every|each) year\b|\bover the years\b|\bfor years\b", sentence_text(a, a.sentence[s]))))
    for label in ("RF_SWELL", "RF_GROW", "RF_CANCER"):
        a.discard(label, lambda s, e: bool({"shadow", "eyeshadow", "glitter", "liner", "eyeliner", "gloss", "lipstick", "blusher", "blush", "dye", "peach",
                                            "polish", "foundation", "highlighter", "bronzer"} & sentence_words(s)) and not {
            "bump", "bumps", "spot", "spots", "milium", "lump", "dot", "mole", "one"} & sentence_words(s) and not PAST_REMOVAL.search(" ".join(a.low)))
    infection_or_removal = bool({"red", "redness", "swollen", "hot", "pus", "infected", "infection", "spreading", "fever"} & set(a.low)) or any(a.spans(label) for label in ("SELF_VERB", "TOOL", "BARE_TOOL", "RF_INFECT", "RF_SPREAD", "RF_HOT", "RF_PUS",
                                                            "RF_OOZE", "RF_SWELL", "RF_FEVER", "RF_FEVER_NUMBER", "RF_PAINFUL_RED"))
    a.discard("RF_VERY_UNWELL", lambda s, e: bool({"heart", "hearts", "heartbeat", "pulse"} & set(a.low[s:e])) and not infection_or_removal)
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s] in {"collapsed", "collapse", "flopped", "crashed"} and a.low[e:e + 1] in (["on"], ["onto"], ["into"], ["in"])
              and bool({"sofa", "couch", "bed", "settee", "chair"} & set(a.low[e:e + 4])) and not infection_or_removal)
    a.discard("RF_VERY_UNWELL", lambda s, e: bool(re.search(r"\bpower (cut|went|outage)\b|\blights went out\b", sentence_text(a, a.sentence[s]))))
    a.discard("RF_EYE_SHUT", lambda s, e: a.low[e:e + 1] in (["serum"], ["cream"], ["drops"], ["gel"], ["mask"], ["pump"], ["bottle"], ["balm"], ["patch"], ["patches"]))
    a.discard("RF_SWELL", lambda s, e: "half" in a.low[s:e] and bool({"selfie", "photo", "picture", "pic", "laugh", "laughing", "mid-laugh", "blinking",
                                                                       "squinting", "smiling"} & sentence_words(s)))
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s:e] == ["faint"] and (a.low[e:e + 1] in (["redness"], ["marks"], ["mark"], ["scar"], ["scars"], ["pinkness"])
                                                                         or a.low[s - 1:s] in (["are"], ["is"], ["'re"], ["look"], ["looks"])))
    # fifth round (tuning_306, look-alikes; tuning_307): the session's vague sight phrases kept only beside a removal told with a time, and
    # never beside an everyday cause ("the telly looks all wrong since my grandson fiddled with the settings", "my glasses are suddenly useless
    # cos the dog chewed the arm off", "The kerb outside your clinic looks like it's in the wrong place on Google Maps", "bathroom bulb has gone
    # dark that side of the mirror", "Everything went black on your booking page"); "rubs his eyes raw"; "new lash extensions"; "Hot water bottle
    # pulsing with heat"
    text = " ".join(a.low)
    drop_vague_sight(a)
    drop_loose_phrases(a)
    drop_gp_phrases_not_on_a_spot(a)
    drop_pain_scores_of_other_things(a)
    drop_cancer_words_not_of_a_spot(a)
    drop_signs_said_of_things(a)  # session 46 (milia/safety/said_of_things.py)
    drop_signs_said_in_passing(a)  # session 48 (milia/safety/said_in_passing.py)
    drop_everyday_senses(a)  # session 49 (milia/safety/everyday_senses.py)
    drop_everyday_words(a)  # session 50 (milia/safety/everyday_words.py)
    drop_everyday_scenes(a)  # session 52 (milia/safety/everyday_scenes.py)
    drop_everyday_mishaps(a)  # session 53 (milia/safety/everyday_mishaps.py)
    drop_everyday_trades(a)  # session 54 (milia/safety/everyday_trades.py)
    drop_everyday_chatter(a)  # session 54 (milia/safety/everyday_chatter.py)
    drop_answered_no(a)  # session 54 (milia/safety/cannot_say.py)
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s] == "everything" and bool(EVERYDAY_CAUSE.search(sentence_text(a, a.sentence[s]))))
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s:e] == ["raw"] and bool({"rubs", "rub", "rubbing", "rubbed"} & set(a.low[max(0, s - 4):s])))
    a.discard("RF_SWELL", lambda s, e: bool({"extensions", "glue", "tint"} & sentence_words(s)) and not PAST_REMOVAL.search(text))
    # "Is there another way the clinic can remove them, like a laser?"
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s:e] == ["like", "a", "laser"] and a.low[s - 1:s] and a.low[s - 1] in _A_TREATMENT
              and "?" in sentence_text(a, a.sentence[s]))
