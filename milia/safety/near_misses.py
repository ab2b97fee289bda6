"""Warning-sign and removal words that session 41's sets (spent v20, tuning_254-282) showed are said of something that did
not happen to the eye, of the clinic, or of something else: a slip that landed on the cheek ("pin slipped off the spot below
my eye and onto my cheek. Didn't touch the eye"), a worry about the future ("I keep worrying I'll stick the pin in my eye"),
"I am able to open my eye", two bumps that "look like two merged together", a torch shone on a bump, "like a laser" offered
as a treatment, "nothing hurts"; a little puffiness for a day after the clinic's treatment; scars, leg veins, a freckle darker
every summer; sunburn or razor burn with a picking denied; frost, bread, heels, a rug; a flu jab's needle; someone else's
home removal told and refused ("I won't be doing that"). Each rule names what it keeps. Plain module: no rasa imports.
"""
from __future__ import annotations

import re
from typing import Set

from milia.safety.analysis import Analysis, sentence_text
from milia.safety.mentions import CLINIC_TOOL_QUESTION

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
_NOT_THE_SKIN_PHRASE = re.compile(r"\b(hall|our|my|the) (rug|carpet)\b|\b(the|your) map\b|\bon a map\b|\bcar park\b|\bhard[ -]?water\b")
_MONTHS_AGO = re.compile(r"\b(at|since|before|than at) (easter|christmas|new year|summer|spring|autumn|winter)\b|\blast (month|year|summer|winter|spring|autumn)\b"
                         r"|\bmonths?\b|\bin the last month\b|\bthis year\b")
_OTHER_NEEDLES = re.compile(r"\b(flu jab|my jab|vaccin\w*|injections?|blood tests?|had (facial )?acupuncture|botox)\b")
_REFUSED_COPY = re.compile(r"\b(i wo n't be doing that|i won't be doing that|not for me|not touching my own|horrifying|regrets it"
                           r"|i 'm not (doing|trying) that)\b")
_MY_OWN_REMOVAL = re.compile(r"\bi ('ve |'d |'ll |'m |am |was |will |have |had |just |then )?(squeez|pick|pop|dug|dig|tri|try|used|use|prick|lanc|"
                             r"extract|remov|scrap|needl|stab)\w*")
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
        {"not", "n't", "never", "isn't", "hasn't", "hasnt", "isnt"} & set(a.low[max(0, k - 2):k])) for k in range(max(0, s - 5), s)))
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
        a.discard(label, lambda s, e: bool(_NOT_THE_SKIN_SPOT & sentence_words(s)) or bool(_NOT_THE_SKIN_PHRASE.search(sentence_text(a, a.sentence[s]))))
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
            {"spreading", "bigger", "wider", "growing"} & sentence_words(s)))
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
    # someone else's home removal told and refused for the visitor: "My mother-in-law dug hers out years ago ... I won't be doing that",
    # "my housemate did her own with a pin while i watched. not for me thanks", "A guy in a video scraped his off with a razor.
    # Horrifying.", "Saw the warm spoon hack on TikTok and laughed", "Not touching my own, I promise" (kept: a removal the visitor tells
    # as theirs in the same sentence, "I squeezed one ... I won't be doing that again")
    if _REFUSED_COPY.search(" ".join(a.low)) and not re.search(r"\bagain\b", " ".join(a.low)):
        for label in ("SELF_VERB", "SELF_CUE", "TOOL", "BARE_TOOL", "TOOL_USE", "REMOVE", "HOME_WAY", "GADGET", "CONSUMER_TOOL"):
            a.discard(label, lambda s, e: not _MY_OWN_REMOVAL.search(sentence_text(a, a.sentence[s])))
    # "Is there another way the clinic can remove them, like a laser?"
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s:e] == ["like", "a", "laser"] and a.low[s - 1:s] and a.low[s - 1] in _A_TREATMENT
              and "?" in sentence_text(a, a.sentence[s]))
