"""Session 54's sign words that belong to a hobby, a job, the clinic's practicalities or a figure of speech, which the session's
look-alikes showed (tuning_689, tuning_694, tuning_699, tuning_704, tuning_709, tuning_719).

The garden ("blood, fish and bone on the veg beds", "pinching out side shoots on the tomatoes"), knitting ("dropped a stitch and picked it
up with a crochet hook"), baking ("my sourdough starter has a grey crust"), DIY ("the heat gun to the old gloss on the banisters"), a
plumber's radiators ("bled every radiator on the street"), a barber's hot towels and "the odd nick", a salon's extractor fan and its smell,
a tattooist's needles and a client who fainted, a nurse or a vet nurse who lances abscesses for a living, the visitor's own trade ("I'm a
skin therapist in training", "lash tech here"); the clinic's practicalities (a parking fine that makes "my blood boil", a card that
"bleeds me dry", a PIN forgotten at the till, a queue of cars "swelling", a storm "once we are dug out", a website "infected" by a virus, a
Google review quoted, a midwife "not answering"); figures of speech ("a swollen head since he got into uni", "my liver is burning", "my jaw
hit the floor"); someone's age ("My patient, 38, brain tumour"), a death ("My wife Maureen passed last spring"), a
blood thinner ("I bleed rather easily when cut"); beauty that is not removal (a facial's steamer, a brow or leg wax, shaving rash); "what
do you use for milia at the clinic, a sterile lancet?"; a ban ignored ("'not allowed' to use the microneedle pen ... Didn't listen").
Each is dropped only where the words near the sign show what it belongs to and name no milia, spot or eye, and never beside a removal.
Plain module: no rasa imports.
"""
from __future__ import annotations

import re
from typing import Set

from milia.safety.analysis import Analysis

_MILIA_OR_EYE = frozenset({"milia", "milium", "milias", "spot", "spots", "bump", "bumps", "whitehead", "whiteheads", "eye", "eyes", "eyelid",
                           "eyelids", "lid", "lids", "seed", "seeds", "lump", "lumps", "face", "skin", "cheek", "cheeks", "nose", "chin",
                           "forehead", "scab", "mine"})
# what a job or a hobby works on: "i lance abscesses", "Lanced a cat abscess", "pinching out side shoots on the tomatoes"
_WORKED_ON = frozenset({"cat", "cats", "dog", "dogs", "horse", "horses", "pony", "radiator", "radiators", "pipes", "shoots", "tomatoes", "tomato",
                        "seedlings", "weeds", "plants", "roses", "stitch", "stitches", "row", "rows", "yarn", "wool"})
# (only told as the visitor's work: "i lance abscesses and pack wounds for a living")
_AT_WORK = frozenset({"abscess", "abscesses", "patients", "clients", "customers"})
_JOB = frozenset({"living", "nurse", "vet", "shift", "shifts", "job", "work", "ward", "wards", "theatre", "surgery", "a&e"})
_CRAFT = frozenset({"knit", "knitting", "knitted", "crochet", "yarn", "wool", "stitch", "stitches", "embroidery", "quilting", "cross-stitch"})
_NAMED = frozenset({"milia", "milium", "spot", "spots", "eye", "eyes", "eyelid", "eyelids", "lid", "face"})
_OWN_THING = frozenset({"sleeve", "tattoo", "tattoos", "session", "wedding", "appointment", "birthday", "car", "house", "business", "salon", "studio",
                        "clients", "kids", "children", "shop"})
_ANIMAL = frozenset({"cat", "cats", "dog", "dogs", "horse", "horses", "pony", "rabbit", "kitten", "puppy", "hamster", "vet", "vets"})
_FOOD = frozenset({"sourdough", "starter", "bread", "loaf", "pie", "crumble", "pastry", "cake", "pizza", "bake", "baking", "oven", "cheese"})
_DIY = frozenset({"gloss", "paint", "painting", "varnish", "banister", "banisters", "skirting", "primer", "sanding", "emulsion", "gun", "decorating"})
_PLACE = frozenset({"place", "salon", "kitchen", "house", "room", "car", "fridge", "bin", "studio", "shop", "office", "flat", "bathroom", "fan"})
_TATTOO = re.compile(r"\b(tattoo\w*|studio|other people 's skin|clients?'?s?|for a living)\b")
_SOMEONE_ELSE = frozenset({"client", "customer", "patient", "lady", "woman", "man", "bloke", "guy", "girl", "lad"})
_I_AM_A = re.compile(r"\b(i 'm|i am|im|i m) (a|an)( \w+){0,2}$")
_SERVICE = frozenset({"midwife", "midwives", "gp", "gps", "doctor", "doctors", "surgery", "111", "phone", "phones", "nurse", "visitor", "practice",
                      "receptionist", "reception", "clinic", "line", "nobody", "office", "hospital", "ward"})
_PERSON = frozenset({"patient", "son", "daughter", "wife", "husband", "mum", "dad", "she", "he", "resident", "client", "brother", "sister", "partner"})
_TEMPERATURE = frozenset({"temp", "temperature", "fever", "degrees", "c", "°c", "°", "thermometer", "measured", "reading", "high", "hot", "warm", "f"})
_RELATIVE_NAMED = frozenset({"wife", "husband", "mum", "dad", "mother", "father", "nan", "gran", "grandad", "brother", "sister"})
_THINNERS = frozenset({"apixaban", "warfarin", "rivaroxaban", "clopidogrel", "thinners", "thinner", "anticoagulant", "anticoagulants", "aspirin", "edoxaban"})
_ROUTINE_CARE = frozenset({"drops", "eyedrops", "injections", "injection", "nails", "hair", "lashes", "brows", "exercises", "dressings", "insulin", "stockings",
                           "tablets", "cream", "creams", "feet"})
_WHAT_YOU_USE = re.compile(r"\b(what|which) (do|does|would) (you|u|the clinic|your \w+) use\b[^.?!]*$")
_IGNORED = re.compile(r"\b(did ?n't|didnt|did not) (listen|care)\b|\bignored\b|\bdid (it|one|them) anyway\b")
_HOT_THING = frozenset({"towel", "towels", "water", "tub", "bath", "shower", "drink", "tea", "coffee", "chocolate", "weather", "day", "summer", "stone", "stones"})


def drop_everyday_trades(a: Analysis) -> None:
    """Forget the sign words above where the words near them show the hobby or job they belong to."""

    def words(s: int) -> Set[str]:
        return {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]}

    def near(s: int, e: int) -> Set[str]:
        return {a.low[k] for k in range(max(0, s - 8), min(len(a.low), e + 6)) if a.sentence[k] == a.sentence[s]}

    def text_of(s: int) -> str:
        return " ".join(a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s])

    def removal_in(s: int) -> bool:
        return any(a.sentence[k] == a.sentence[s] for label in ("SELF_VERB", "TOOL_USE", "REMOVE") for k, _ in a.spans(label))

    def after(e: int, n: int = 4) -> Set[str]:
        return set(a.low[e:e + n])

    def facial_had(s: int) -> bool:  # "After my facial the steamer ...", "my facialist", "at the salon" (not "a facial steamer")
        return bool({"facialist", "salon", "spa"} & words(s)) or any(a.low[k] == "facial" and a.low[k + 1:k + 2] in ([","], ["."], ["the"], ["and"], ["i"], ["last"],
                                                                                                             ["yesterday"], ["today"], ["on"])
                                                                  for k in range(len(a.low)) if a.sentence[k] == a.sentence[s])

    def works_on(e: int) -> bool:  # the object the verb or tool works on, before any clause break ("with the lancet when the cat jumped up" is not)
        for w in a.low[e:e + 4]:
            if w in {"when", "while", "as", "because", "then", ",", ".", "and", "but"}:
                return False
            if w in _WORKED_ON or w in _AT_WORK and bool(_JOB & set(a.low)):
                return True
        return False

    for label in ("SELF_VERB", "TOOL_USE", "BARE_TOOL"):
        a.discard(label, lambda s, e: works_on(e) and not _MILIA_OR_EYE & after(e, 6))
    # "dropped a stitch twenty rows down and had to pick it back up with a crochet hook" (a craft's tools: not_the_visitors.py)
    a.discard("SELF_VERB", lambda s, e: bool(_CRAFT & near(s, e)) and not _NAMED & near(s, e))
    for label in ("TOOL", "BARE_TOOL", "SELF_VERB"):
        a.discard(label, lambda s, e: any(w.startswith("needle") for w in a.low[s:e]) and bool(_TATTOO.search(text_of(s)))
                  and not {"milia", "milium", "my", "mine", "spot", "spots"} & words(s))
    for label in ("TOOL", "BARE_TOOL"):
        a.discard(label, lambda s, e: a.low[s:e] == ["extractor"] and a.low[e:e + 1] in (["fan"], ["fans"], ["hood"]))
    # "before my own sleeve session": the visitor's own something else, not doing their own milia
    a.discard("SELF_CUE", lambda s, e: a.low[s:e] == ["my", "own"] and bool(_OWN_THING & set(a.low[e:e + 2])))
    # "I'm a skin therapist in training", "lash tech here": the visitor's own trade, not a practitioner doing it for them; "the microneedling
    # pen from the salon": a tool borrowed from work
    a.discard("PRO_AGENT", lambda s, e: bool(_I_AM_A.search(" ".join(a.low[max(0, s - 5):s]))) or a.low[e:e + 2] == ["in", "training"]
              or a.low[e:e + 1] == ["here"] and a.low[s - 1:s] not in (["the"], ["your"], ["a"], ["an"], ["our"], ["any"], ["one"]))
    a.discard("PRO_AGENT", lambda s, e: a.low[s - 2:s] == ["from", "the"] and any(s - 4 <= ts_e <= s - 2 for label in ("GADGET", "CONSUMER_TOOL", "TOOL")
                                                                               for _, ts_e in a.spans(label)))
    a.discard("NONREMOVAL_OBJ", lambda s, e: a.low[e:e + 1] in (["artist"], ["artists"]) and any(
        a.sentence[k] == a.sentence[s] for label in ("TOOL_USE", "TOOL", "BARE_TOOL", "CONSUMER_TOOL") for k, _ in a.spans(label)))  # "I'm a make-up artist and I've been using a comedone extractor"
    a.discard("SELF_VERB", lambda s, e: a.low[s:e] == ["nick"] and a.low[s - 1:s] in (["odd"], ["a"], ["the"], ["little"], ["small"], ["any"]))
    removed = {a.sentence[k] for label in ("SELF_VERB", "TOOL_USE", "REMOVE") for k, _ in a.spans(label)}
    # "blood, fish and bone on the veg beds", "bled every radiator", "nothing bleeding on me"
    a.discard("RF_BLEED", lambda s, e: "fish" in a.low[e:e + 2])
    a.discard("RF_BLEED", lambda s, e: bool({"radiator", "radiators", "brakes", "pipes", "system"} & after(e, 3)) or a.low[s - 1:s] == ["nothing"])
    a.discard("RF_HOT", lambda s, e: bool(_HOT_THING & after(e, 2)) and not _MILIA_OR_EYE & after(e, 2))
    a.discard("RF_HOT", lambda s, e: a.low[s:e] in (["radiator"], ["radiators"]) and bool({"bled", "bleed", "plumber", "boiler", "heating"} & words(s)))
    # "the whole place stinks of perm solution", "smells like nail varnish remover", "the smell is killing me"
    a.discard("RF_PUS", lambda s, e: bool({"stinks", "stink", "stank", "smells", "smell", "reeks"} & set(a.low[s:e])) and bool(_PLACE & words(s))
              and not _MILIA_OR_EYE & near(s, e) and a.sentence[s] not in removed)
    a.discard("RF_EYE_TROUBLE", lambda s, e: bool({"smells", "smell", "smelled", "smelt"} & set(a.low[max(0, s - 3):s])) and not _MILIA_OR_EYE & near(s, e))
    a.discard("RF_PERSISTENT", lambda s, e: bool(_FOOD & words(s)) and not _MILIA_OR_EYE & words(s))
    a.discard("RF_CANCER", lambda s, e: bool({"gloss", "glossy"} & set(a.low[s:e])) and bool(_DIY & words(s)) and not _MILIA_OR_EYE & words(s))
    # "Lanced a cat abscess today and got pus all over my scrubs"
    for label in ("RF_PUS", "RF_BLEED", "RF_SWELL", "RF_OOZE", "RF_INFECT"):
        a.discard(label, lambda s, e: bool(_ANIMAL & words(s)) and not _MILIA_OR_EYE & words(s) and a.sentence[s] not in removed)
    # "had a client faint in my chair today", "sorry, wrong chat, my head's all over the place"
    a.discard("RF_VERY_UNWELL", lambda s, e: bool(_SOMEONE_ELSE & set(a.low[max(0, s - 2):s])) and not _MILIA_OR_EYE & words(s) and a.sentence[s] not in removed)
    # round 2 (tuning_694), the clinic's practicalities: "my blood is actually boiling" (a parking fine), "a credit card that bleeds me dry",
    # "total brain freeze" at the till, "the queue of cars is swelling by the minute", "once we are dug out" (a storm), "the page was infected"
    # (a website's virus), "ill be knackered and probably drowsy at a 9am" (nights), a Google review that said "left my face red raw and swollen"
    a.discard("RF_BLEED", lambda s, e: a.low[e:e + 2] in (["is", "boiling"], ["me", "dry"], ["you", "dry"], ["us", "dry"], ["ran", "cold"], ["runs", "cold"])
              or a.low[e:e + 3] in (["is", "actually", "boiling"], ["is", "literally", "boiling"]) or a.low[e:e + 1] == ["boiling"])
    # "forgot my PIN at the till": a card's number, not a pin
    for label in ("TOOL", "BARE_TOOL", "TOOL_USE"):
        a.discard(label, lambda s, e: any(a.doc[k].text == "PIN" and any(ch.islower() for ch in a.doc.text) or a.low[k] == "pin" and bool({"number", "code", "till", "card", "chip", "bank", "cash", "forgot",
                                                                                                "forgotten", "phone"} & set(a.low[max(0, k - 3):k + 4]))
                                          for k in range(s, e)) and not {"milia", "milium", "spot", "spots", "eye", "eyelid"} & set(a.low[max(0, s - 5):e + 5]))
    for label in ("SELF_VERB", "GADGET", "CONSUMER_TOOL", "HOME_WAY"):
        a.discard(label, lambda s, e: "freeze" in a.low[s:e] and a.low[s - 1:s] == ["brain"])
        a.discard(label, lambda s, e: a.low[s:e] in (["dug", "out"], ["dug"]) and a.low[s - 1:s] in (["are"], ["were"], ["be"], ["been"], ["get"], ["got"])
                  and not _MILIA_OR_EYE & words(s))
    a.discard("RF_SWELL", lambda s, e: bool({"queue", "queues", "traffic", "crowd", "crowds", "list", "numbers", "bill", "bills", "cars"} & set(a.low[max(0, s - 4):s]))
              and not _MILIA_OR_EYE & words(s))
    a.discard("RF_INFECT", lambda s, e: bool({"virus", "antivirus", "malware", "website", "site", "page", "laptop", "computer", "pc", "file", "email"} & words(s))
              and not _MILIA_OR_EYE & words(s))
    a.discard("RF_VERY_UNWELL", lambda s, e: bool({"be", "'ll"} & set(a.low[max(0, s - 4):s])) and bool(_JOB & words(s) | {"nights", "knackered", "tired"} & words(s))
              and a.sentence[s] not in removed)
    for label in [label for label in a.hits if label.startswith("RF_")]:
        a.discard(label, lambda s, e: bool({"review", "reviews", "reviewer", "trustpilot"} & words(s)) and any(
            a.low[k] in {"said", "says", "saying", "wrote", "claimed"} for k in range(max(0, s - 12), s)) and not any(
            a.spans(lab) for lab in ("SELF_VERB", "TOOL_USE")))
    # round 3 (tuning_698-701): "My patient, 38, brain tumour" (an age), "no vision stuff she says", "writing about my great-grandson, not myself",
    # "My wife Maureen passed last spring", "I take apixaban, so I bleed rather easily when cut", idioms: "My blood is boiling", "a swollen head
    # since he got into uni", "my liver is burning" (anger), "my jaw hit the floor"
    a.discard("RF_FEVER_NUMBER", lambda s, e: a.low[s:e] == [a.low[s]] and a.low[s].isdigit() and a.low[s - 1:s] == [","] and bool(
        _PERSON & set(a.low[max(0, s - 3):s])) and not _TEMPERATURE & set(a.low[max(0, s - 4):e + 4]))
    a.discard("RF_VISION", lambda s, e: a.low[s:e] == ["no", "vision"] and a.low[e:e + 1] in (["stuff"], ["problems"], ["problem"], ["issues"], ["changes"],
                                                                                            ["change"], ["trouble"], ["things"]))
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s:e] == ["not", "myself"] and a.low[s - 1:s] == [","] and bool(
        {"about", "for", "asking", "writing"} & set(a.low[max(0, s - 8):s])))
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s:e] == ["passed"] and (a.low[e:e + 1] in (["away"], ["last"], ["recently"], ["years"])
                                                                           or bool(_RELATIVE_NAMED & set(a.low[max(0, s - 3):s])) and a.low[e:e + 1] != ["out"]))
    # "Could it be the tumour?" of a patient with a brain tumour: her diagnosis, not a worry about a spot
    a.discard("RF_CANCER", lambda s, e: a.low[s:e] in (["tumour"], ["tumor"]) and "brain" in a.low and not {"spot", "bump", "lump", "milia", "milium"} & words(s))
    a.discard("RF_BLEED", lambda s, e: bool(_THINNERS & words(s)) and bool({"easily", "cut", "cuts", "shaving"} & set(a.low[e:e + 5])))
    for label in ("RF_HOT", "RF_EYE_PAIN", "RF_BLEED"):
        a.discard(label, lambda s, e: bool({"boiling", "burning"} & set(a.low[s:e + 2])) and bool({"blood", "liver", "heart", "ears"} & set(a.low[max(0, s - 3):s + 1])))
    a.discard("RF_SWELL", lambda s, e: a.low[e:e + 1] == ["head"] or a.low[s:e][-1:] == ["head"] and bool({"listen", "ego", "uni", "promotion"} & words(s)))
    for label in [label for label in a.hits if label.startswith("RF_")]:
        a.discard(label, lambda s, e: "floor" in a.low[s:e + 3] and bool({"jaw", "heart"} & set(a.low[max(0, s - 2):s + 1])))
    a.discard("RF_LIGHT", lambda s, e: "ring" in a.low[s:e] and bool({"saw", "see", "seeing", "looked", "look", "mirror", "photo", "selfie", "face"} & words(s))
              and not {"hurts", "hurt", "hurting", "sore", "painful", "sting", "stings", "squint", "squinting"} & words(s))
    # round 4 (tuning_704): "gran's on glaucoma drops and I do them for her every night", "buy a gift voucher for milia removal and use it on
    # myself", "do milia go away on there own?"
    a.discard("REMOVE", lambda s, e: a.low[s:e] in (["do", "them"], ["do", "it"], ["does", "them"]) and bool(_ROUTINE_CARE & set(a.low[max(0, s - 8):s])))
    a.discard("REMOVE", lambda s, e: a.low[s:e] in (["do", "milia"], ["does", "milia"]) and a.low[e:e + 1] in (["go"], ["disappear"], ["clear"], ["fade"], ["leave"],
                                                                                                         ["ever"], ["spread"], ["grow"], ["come"]))
    a.discard("SELF_CUE", lambda s, e: a.low[s:e] == ["myself"] and (a.low[s - 3:s] in (["use", "it", "on"], ["spend", "it", "on"]) or a.low[s - 1:s] in (["treating"], ["treat"]))
              and bool({"voucher", "vouchers", "gift", "treating", "treat"} & words(s)))
    # round 5 (tuning_709), beauty that is not removal: "After my facial the steamer made my face red", "Do you steam the skin", "a brow wax the
    # same week", "Hot wax on my legs", "Shaving rash ... every time I use a blunt razor", "is 6 weeks enough to get them removed"
    a.discard("SELF_CUE", lambda s, e: a.low[s] in {"steamer", "steam", "steaming"} and (facial_had(s) or a.low[s - 1:s] in (["you"], ["u"]) and bool(
        {"removal", "treatment", "appointment", "procedure"} & words(s)) and not any(a.sentence[k] == a.sentence[s] for k, _ in a.spans("SELF_VERB"))))
    for label in ("SELF_VERB", "GADGET", "HOME_WAY"):
        a.discard(label, lambda s, e: "wax" in a.low[s:e] and (bool({"brow", "brows", "eyebrow", "leg", "legs", "bikini", "lip", "underarm", "underarms", "arms", "back"}
                                                                     & set(a.low[max(0, s - 2):e + 3]))) and not {"milia", "milium", "spot", "spots"} & set(a.low[max(0, s - 3):e + 1]))
    for label in ("TOOL_USE", "TOOL", "BARE_TOOL"):
        a.discard(label, lambda s, e: "razor" in a.low[s:e] and "rash" in a.low and not {"milia", "milium", "off", "one", "them", "over"} & words(s)
                  and not any(a.sentence[k] == a.sentence[s] for k, _ in a.spans("SELF_VERB")))
    a.discard("HOME_WAY", lambda s, e: a.low[e:e + 1] in (["removed"], ["done"], ["treated"], ["taken"]) and a.low[s:s + 1] == ["enough"])
    # round 7 (tuning_719): "what do you use for milia at the clinic, a sterile lancet or something else?": the clinic's tool asked about
    for label in ("TOOL", "BARE_TOOL", "TOOL_USE", "CONSUMER_TOOL", "GADGET"):
        a.discard(label, lambda s, e: bool(_WHAT_YOU_USE.search(" ".join(a.low[max(0, s - 14):s]))) and not any(
            a.sentence[k] == a.sentence[s] for k, _ in a.spans("SELF_VERB")))
    # (tuning_721): "Been told I'm 'not allowed' to use the microneedle pen on my crow's feet milia. Didn't listen, did one patch": a ban ignored
    a.discard("NEG", lambda s, e: a.low[s:e] == ["not"] and "allowed" in a.low[e:e + 2] and bool(_IGNORED.search(" ".join(a.low[e:]))))
    # "a temp of 38.3, midwife not answering": the phone not answered, not a baby who does not respond
    a.discard("RF_VERY_UNWELL", lambda s, e: "answering" in a.low[s:e] and bool(_SERVICE & set(a.low[max(0, s - 3):s])))
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s:s + 1] == ["head"] and a.low[s - 1:s] == ["my"] and bool({"sorry", "wrong", "busy"} & set(a.low))
              and a.sentence[s] not in removed)
    a.discard("RF_EYE_TROUBLE", lambda s, e: "killing" in a.low[s:e] and bool({"smell", "noise", "back", "feet", "heat", "commute", "traffic"} & set(a.low[max(0, s - 3):s + 1]))
              and not _MILIA_OR_EYE & words(s))
