"""Who removes the milia: the visitor's self-removal mentions (squeeze, remove, copying a video; the tools and
gadgets are read in ``tool_mentions.py`` with the predicates here) and those that are the clinic's. Rules over an
``Analysis``; no rasa."""
from __future__ import annotations

import re
from typing import (
    List,
    Optional,
    Sequence,
    Set,
    Tuple,
)

from milia.safety.analysis import Analysis, Mention, sentence_text
from milia.safety.lexicon import (
    AGENT_MODIFIERS,
    ASK_AUX,
    BOOKING_WORDS,
    CLAUSE_BREAK_PUNCT,
    CLAUSE_FILLERS,
    CLINIC_AUX,
    CTX_WINDOW,
    DETERMINERS,
    DIARY_REMOVE_VERBS,
    DOER_SKIP,
    FIRST_PERSON_SUBJECTS,
    GIVE_WORDS,
    GOING_AWAY_VERBS,
    HEARSAY_WORDS,
    HOME_AGENT,
    INJURY_NOUN_FORMS,
    INJURY_OBJECTS,
    INJURY_VERB,
    JUDGEMENT_WORDS,
    LIST_LINKS,
    LOCATIVES,
    MEDICAL_AGENTS,
    NATURAL_COURSE_VERBS,
    NON_MILIA_NOUNS,
    NOUN_DETERMINERS,
    OBJ_WINDOW,
    OPINION_VERBS,
    PAID_FOR_PREV,
    PARTICLES,
    PAST_SELF_VERB,
    PLAIN_NEGATORS,
    RX_ABRADE,
    RX_REMOVE,
    RX_TAKE,
    SCRUB_TOOL,
    SELF_VERB_EXCLUDE_NEXT,
    SENTENCE_BREAK,
    STORY_PEOPLE,
    STRANGERS,
    THIRD_PARTY_USERS,
    THIRD_PERSON_DOERS,
    VERB_ADVERBS,
    WH_WORDS,
    WITHOUT,
)

# someone who is not a clinic's: "A lad at my gym who does 'aesthetics' on the side said he'd sort the white dots" (session 52, tuning_661)
_LAY_PEOPLE = frozenset({"girl", "lady", "woman", "guy", "lad", "bloke", "man", "fella"})
_LEFT_ALONE = re.compile(r"\bi (leave|'ve left|ve left|have left|always leave) (them |it |mine |those )?(well )?alone\b")
SQUEEZED_PRODUCTS = frozenset({"cream", "gel", "lotion", "serum", "ointment", "toothpaste", "moisturiser", "moisturizer", "sunscreen"})
CLINIC_TOOL_QUESTION = re.compile(r"\b(what|which) (tools?|instruments?|equipment|devices?|kit|method) (does|do|did|would|will) "
                                  r"(your|the) (nurse|nurses|dermatologists?|doctors?|practitioners?|team|clinic|staff)\b"
                                  r"|\b(what|which) (tools?|instruments?|equipment|devices?|method) (do|does|would|will) (you|u) (use|guys)\b"
                                  r"|\bwhat do (you|u) (actually |normally |usually )?do with the (needle|tool|lancet|pin)\b"
                                  r"|\b(tool|tools|extractor|needle|lancet|instrument)s? (that )?(you|u|your nurse|the nurse) (use|uses)\b"
                                  r"|\bwhat (you|u) use\b|\b(your|the) (staff|nurses?|team|practitioners?|dermatologists?) (use|uses)\b")


def self_verb_mentions(
    a: Analysis, clinic_tools: Sequence[int] = ()
) -> Tuple[List[Mention], List[Tuple[int, int]]]:
    """Self verbs ("squeeze", "pop", "pick", ...) aimed at milia by the visitor, and
    those the clinic does ("can a nurse lance them in clinic").

    ``clinic_tools`` are starts of "use a needle" phrases whose user is the clinic.
    """
    out: List[Mention] = []
    clinic: List[Tuple[int, int]] = []
    n = len(a.low)
    for start, end in a.spans("SELF_VERB"):
        nxt = a.low[start + 1] if start + 1 < n else ""
        nxt2 = a.low[start + 2] if start + 2 < n else ""
        up_and_down = a.low[start + 1:start + 4] in (["up", "and", "down"], ["up", "n", "down"], ["up", "&", "down"])  # "scraping up n down" (session 54)
        if ((nxt in SELF_VERB_EXCLUDE_NEXT and not (nxt == "by" and nxt2 in {"yourself", "myself", "hand", "yourselves"})) or "up" in (nxt, nxt2)) and not up_and_down:
            continue  # "pop in", "squeeze me in", "pick (it) up"
        if a.low[start + 1:start + 4] == ["on", "their", "own"] or a.low[start + 1:start + 3] == ["by", "themselves"]:
            continue  # "do milia ever burst on their own"
        if a.low[start].startswith("scra") and start > 0 and a.low[start - 1] == "from":
            continue  # "start from scratch"
        if _injury_noun(a, start):
            continue  # "milia in the scratch on my arm"
        following = _following(a, start)
        if INJURY_VERB.match(a.low[start]) and _injury_object(a, following):
            continue  # "milia where I scraped my face", "after scratching a bite"
        if a.low[start].startswith("squeez") and ({a.low[k] for k in following[:3]} & SQUEEZED_PRODUCTS or {"tube", "tubes", "bottle"} & set(
                a.low[start + 1:start + 9])):
            continue  # "I squeezed eye cream onto them", "squeezed the last bit out of my tube of night cream": a product
        if INJURY_VERB.match(a.low[start]) and {"shaving", "shaved", "razor", "shave"} & {
                a.low[k] for k in range(start + 1, min(len(a.low), start + 7)) if a.clause[k] == a.clause[start]}:
            continue  # "I nicked one of my milia shaving last month": an accident, nothing removed
        if INJURY_VERB.match(a.low[start]) and a.low[start + 1:start + 3] == ["the", "skin"] and a.low[start + 3:start + 4] in (
                ["next"], ["beside"], ["near"], ["around"], ["by"], ["round"]):
            continue  # "I nicked the skin next to it" (shaving): a cut beside the bump, nothing removed
        if INJURY_VERB.match(a.low[start]) and [a.low[k] for k in following[:2]] in (["myself", "shaving"], ["myself", "on"]):
            continue  # "I nicked myself shaving next to it", "scratched myself on the rose bush"
        if INJURY_VERB.match(a.low[start]) and [a.low[k] for k in following[:2]] == ["myself", "in"] and not (
                {"milia", "milium", "milk", "them", "one", "ones", "bump", "bumps", "spot", "spots"}
                & {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[start]}):
            continue  # "as a teenager I poked myself in the eye with a mascara wand": an accident, nothing removed
        first_noun = next(
            (k for k in following[:2] if a.has("OBJ", k) or a.low[k] in NON_MILIA_NOUNS), None
        )  # "pick a time", "picked the 3pm slot" (not "press harder next time")
        if first_noun is not None and a.low[first_noun] in NON_MILIA_NOUNS and not (
                re.match(RX_ABRADE, a.low[start]) and a.low[end - 1] in {"off", "away", "out"}):
            continue  # "pick a time", "I picked the 3pm slot" (not "scrub every day to get them off")
        if a.low[start].startswith("pick") and {"time", "times", "day", "days", "slot", "slots", "date", "dates", "appointment"} & set(
                a.low[start + 1:start + 4]):
            continue  # "happy to pick any time next week"
        if a.low[max(0, start - 2):start] == ["used", "to"]:
            continue  # "I used to pick my spots as a teen"
        if start > 0 and a.low[start - 1] in {"like", "as"}:
            continue  # "is needle extraction like lancing a spot"
        if start > 0 and a.low[start - 1] in {"tiny", "little", "small", "few"} and not (
                a.low[start + 1:start + 2] == ["on"] and any(a.has("OBJ", k) for k in range(start + 2, min(n, start + 5)))):
            continue  # "it felt like tiny zaps": a noun, not something done (but "just a little squeeze on each one", session 54)
        if describes_clinic_method(a, start):
            clinic.append((start, end))
            continue  # "needle extraction - is it literally just poking them with a needle??": the clinic's method
        if third_party_doer(a, start) or _story_about_a_stranger(a, start):
            continue  # "horror stories about people trying to dig them out"
        if done_by_clinic(a, start) or any(
            a.clause[s] == a.clause[start] and s < start for s in clinic_tools
        ):
            clinic.append((start, end))
            continue  # "can the dermatologist squeeze them", "do you use a needle to pop them"
        if _had_it_done(a, start):
            continue  # "my friend had her milia zapped with some electrical thing": the friend is the patient
        if {"had", "have", "got", "get", "getting", "having"} & set(a.low[max(0, start - 4):start]) and _agent_after(a, start):
            clinic.append((start, end))
            continue  # "I had milia pricked out by a nurse years ago": a professional's removal
        if done_to_themselves(a, start):
            continue  # "my friend popped one near her eye and got a nasty infection"
        if _had_a_practitioner_do_it(a, start):
            continue  # "had a facialist lance some on my outer corners last spring"
        if a.low[start:start + 3] == ["had", "a", "go"] and start > 0 and a.low[start - 1] in BEAUTY_PRACTITIONERS and not (
                a.in_sentence("SELF_CUE", start)):
            continue  # "my facialist had a go at the milia on my cheeks": a practitioner's attempt
        if a.low[start] in {"you", "u"} and a.low[start + 1:start + 2] == ["needle"] and start > 0 and a.low[start - 1] in {
                "after", "before", "when", "while", "once"} and not a.in_sentence("SELF_CUE", start):
            clinic.append((start, end))
            continue  # "any bruising after you needle the ones under the eyes?": the clinic's needle
        if start >= 2 and a.has("YOU", start - 1) and a.low[start - 2] in CLINIC_AUX:
            continue  # "will you squeeze them or cut them?"
        if start >= 3 and a.low[start - 1] in {"cant", "cannot", "can't", "n't", "nt"} and a.low[start - 2] in {"you", "u", "ca"} and (
                {"if", "since", "as", "because", "cos", "cause"} & set(a.low[max(0, start - 4):start - 1])):
            continue  # "how is a milium taken out if you can't squeeze it like a spot": what milia are like
        if start >= 3 and a.low[start - 1] == "to" and a.has("YOU", start - 2) and a.low[start - 3] == "for":
            clinic.append((start, end))
            continue  # "how much would it be for u to zap the ones under my eyes"
        if start >= 2 and a.has("YOU", start - 1) and (a.low[start - 2] == "for" or (
                a.low[start - 2] in {"when", "while", "once"} and a.in_sentence("FUTURE", start))):
            clinic.append((start, end))
            continue  # "how much would it be for u to zap them", "will I feel it when you pop them"
        if asks_clinic(a, start):
            clinic.append((start, end))
            continue  # "do you numb the area before you prick them", "will you squeeze them after pricking"
        if a.in_clause_before("YOU", start, 3) and _for_me(a, start):
            continue  # "can you pop them for me"
        before = range(max(0, start - 3), start)
        # (not "soften them enough to squeeze out": the visitor's own next step)
        if nxt in {"out", "off"} and a.low[start - 1:start] != ["be"] and not (a.low[max(0, start - 2):start] in (["enough", "to"], ["easier", "to"], ["then", "to"]) and re.match(
                r"^(squeez|extract|push|press|prise|prize|dig|scoop|lift)", a.low[start])) and any(
                a.has("OBJ", k) for k in before) and not any(
            a.low[k] in FIRST_PERSON_SUBJECTS for k in before
        ) and not any(a.has("OBJ", k) for k in _following(a, start)[1:3]) and not (
            re.match(RX_ABRADE, a.low[start]) and any(
                a.low[k] in FIRST_PERSON_SUBJECTS for k in range(start, len(a.low)) if a.sentence[k] == a.sentence[start])):
            continue  # "do the white bumps just pop out", "will they come off" (not "can milia be scrubbed off ... if i do it")
        negated = a.negated_before(_list_head(a, start))
        if not negated:
            has_obj = bool(following) and (
                a.has("OBJ", following[0])  # "pop THEM", "picking AT them"
                or any(a.has("OBJ", k) and a.low[k] not in PARTICLES for k in following)
                or a.low[following[0]] in JUDGEMENT_WORDS  # "is pricking OK?"
                # "milia on forhed, sqeezd 3 yesterday": a count of them
                or (a.low[following[0]].isdigit() or a.low[following[0]] in COUNT_WORDS) and bool(
                    MILIA_COUNTED & {a.low[k] for k in range(n) if a.sentence[k] == a.sentence[start]})
            )
            ctx = any(
                (a.has("CTX_BEFORE", k) or a.has("TRIED", k)) and a.clause[k] == a.clause[start]
                for k in range(max(0, start - CTX_WINDOW), start)
            ) or a.in_clause("SELF_CUE", start)  # "steam first, then squeeze"
            # "they won't come out when i squeeze" (not "the time I picked")
            doer = start - 1
            while doer > 0 and a.low[doer] in VERB_ADVERBS | DOER_SKIP:
                doer -= 1  # "can i just scrub till they go", "do I need to poke a hole first"
            while doer > 0 and a.low[doer] in {"been", "'ve", "have", "'d", "had"}:
                doer -= 1  # "Ive been exfoliating my eyelids", "I've squeezed and squeezed"
            ctx = ctx or (doer >= 0 and a.low[doer] in {"i", "we", "ive", "i've"} and not a.low[start].startswith("pick"))
            # "the thing I picked on my nose is all swollen" (session 52, tuning_652; not "the time I picked")
            ctx = ctx or (doer >= 1 and a.low[doer] in {"i", "we"} and a.low[doer - 1] in {"thing", "spot", "one", "bump", "milium", "ones", "bit"})
            # "there's new milia under my eye and I'm tempted to pick again"
            ctx = ctx or (nxt == "again" and any(a.has("CTX_BEFORE", k) and a.sentence[k] == a.sentence[start] for k in range(start)))
            # the act itself: "pop or leave?", "scrub my eyelids with a face scrub"
            ctx = ctx or (end - start >= 3 and ("or" in a.low[start:end] or any(re.match(SCRUB_TOOL, w) for w in a.low[start:end])))
            ctx = ctx or (start > 0 and a.low[start - 1] == "by")  # "get them out by squeezing really hard"
            # "now I'm tempted to just finish the job and squeeze the rest out" (session 32, v11)
            ctx = ctx or (a.low[end:end + 2] == ["the", "rest"] and a.low[end + 2:end + 3] in (["out"], ["off"], ["of"]))
            # "is it ok to rub the ones in the crease of my eyelid with an exfoliating pad until they come off?" (session 32)
            ctx = ctx or (a.low[end - 1] in {"off", "away", "out"} and any(a.has("RUB", k) and a.sentence[k] == a.sentence[start] for k in range(start)))
            # "Wipe, prick, squeeze, done: that's my plan for the one in my tear trough tonight"
            ctx = ctx or any(f" {p} " in f" {sentence_text(a, a.sentence[start] + d)} " for d in (0, 1)
                             for p in ("my plan", "the plan is", "my game plan"))
            ctx = ctx or (a.low[end:end + 1] == ["or"] and a.low[end + 1:end + 2] in (["not"], ["do"], ["dont"], ["leave"], ["no"]))  # "pop or dont pop milia"
            # "Is it normal for milia to be so hard to squeeze? Been trying for ages" (session 34, v13): the next sentence says so
            opening = [a.low[k] for k in range(n) if a.sentence[k] == a.sentence[start] + 1][:4]
            ctx = ctx or opening[:2] == ["been", "trying"] or opening[:1] == ["tried"] or opening[:3] in (
                ["i", "'ve", "tried"], ["ive", "tried"], ["i", "tried"], ["i", "'ve", "been"], ["ive", "been"]) and "trying" in opening
            # "can milia on the waterline be popped?": whether they can be (the passive asked of anyone is dropped before)
            ctx = ctx or (a.low[start - 1:start] == ["be"] and any(a.has("CTX_BEFORE", k) and a.sentence[k] == a.sentence[start] for k in range(start)))
            # a search-box question: "mila pop nose how", "malaria on eyelid how pop"
            ctx = ctx or (len(a.low) <= 8 and "how" in a.low[max(0, start - 2):start + 4])
            ctx = ctx or (len(a.low) <= 8 and a.low[start - 1:start] == ["then"])  # "tea tree oil then squeeze?"
            # "squeeze or prick?", "hair dryer then squeeze?" (session 37; not "do you squeeze or prick them at the clinic?")
            ctx = ctx or a.in_clause("HOWTO", start)
            # "microneedled my eye area to break up the milia": a diary-style report opening a sentence
            ctx = ctx or ((start == 0 or a.low[start - 1] in SENTENCE_BREAK) and bool(PAST_SELF_VERB.search(a.low[start])))
            # "already squeezed 2 on my crows feet in the hotel mirror last night" (session 48, tuning_481)
            ctx = ctx or (a.low[start - 1:start] in (["already"], ["just"], ["finally"]) and (start == 1 or a.low[start - 2] in SENTENCE_BREAK)
                          and bool(PAST_SELF_VERB.search(a.low[start])))
            ctx = ctx or a.low[start + 1:start + 3] in (["each", "others"], ["each", "other"], ["each", "others'"])  # "squeeze each others out" (round 4)
            after = a.low[start + 1:start + 5]
            ctx = ctx or (bool(PLAIN_NEGATORS & set(after)) and bool({"work", "working", "worked", "works"} & set(after)))
            # "how do u get milia out, squeezing doesnt work": the visitor tried it
            # "going to try the toothpaste trick to dry them out then squeeze"
            # "could I press a hot teaspoon on them to soften them and then squeeze?"
            ctx = ctx or (start > 0 and a.low[start - 1] == "then" and (
                a.in_sentence("TRIED", start) or a.in_sentence("FUTURE", start) or any(
                    a.low[k] in {"i", "we"} and a.sentence[k] == a.sentence[start] for k in range(start))))
            # "milia just in front of my ear, by my sideburn. pop?": the verb asked on its own, about the bumps just told ("... near the tear
            # duct. Can I pick?", session 47, spent v26)
            sentence = [a.low[k] for k in range(n) if a.sentence[k] == a.sentence[start]]
            if sentence[:2] in (["can", "i"], ["should", "i"], ["could", "i"], ["may", "i"], ["do", "i"], ["shall", "i"]):
                sentence = sentence[2:]
            # "I gave the one in the inner corner of my eye a squeeze this morning"; "Tea bag compress on the lid and then squeeze, saw it in a
            # reel. Anyone tried? Mine is right in the crease of my eyelid." (session 47, spent v26, tuning_445)
            ctx = ctx or (a.low[start - 1:start] == ["a"] and any(
                a.low[k] in {"gave", "give", "giving", "given", "gives"} and a.sentence[k] == a.sentence[start] and (k == 0 or a.low[k - 1] in {
                    "i", "we", "she", "he", "just", ".", ",", "!", "?"}) and bool(_SQUEEZED_BUMPS & set(a.low[k + 1:start - 1])) and not (
                    _SQUEEZED_OTHER & set(a.low[k + 1:start - 1])) for k in range(max(0, start - 12), start)))
            ctx = ctx or (a.low[start - 1:start] == ["then"] and bool(re.search(r"\b(anyone|any1|anybody) tried\b", " ".join(a.low))) and bool(
                {"mine", "my"} & set(a.low[start:])))
            ctx = ctx or (sentence[:1] == [a.low[start]] and sentence[-1:] == ["?"]
                          and set(sentence[1:]) <= {"?", "them", "it", "em", "'em", "these", "those", "out", "off", "ok", "okay"}
                          and any(a.has("OBJ", k) and a.sentence[k] == a.sentence[start] - 1 for k in range(start)))
            # "Salicylic acid first and then squeezing, is that the right order?": a step after a first step (session 52, tuning_646)
            ctx = ctx or (a.low[start - 1:start] == ["then"] and any(
                a.low[k] == "first" and a.sentence[k] == a.sentence[start] for k in range(start)) and not a.in_sentence("YOU", start))
            # "she's convinced if she scrubs hard enough they'll go" of the milia on her chin (session 49, tuning_515)
            ctx = ctx or (a.low[end - 1] == "hard" and bool({"milia", "milium", "millia", "bumps"} & set(a.low)))
            # "gua sha on my brow bone scraping up n down til the bumps come off" (session 54, tuning_717)
            ctx = ctx or (up_and_down and any(a.has("OBJ", k) and a.low[k] not in PARTICLES and a.clause[k] == a.clause[start] for k in range(start + 4, min(n, start + 10))))
            if not (has_obj or ctx):
                continue
        out.append(Mention(start, end, negated))
    return out, clinic


def _had_it_done(a: Analysis, i: int) -> bool:
    """"my friend had her milia zapped": the verb ends a "had ... done" phrase after a relative or friend,
    with nobody at home doing it ("by my sister", "at home", "herself")."""
    passive = next((s for s, e in a.spans("CLINIC_PASSIVE") if e - 1 == i and a.low[s] in {"had", "has", "got", "gets"}), None)
    if passive is None or passive == 0 or not re.match(HOME_AGENT, a.low[passive - 1]):
        return False
    rest = {a.low[k] for k in range(i + 1, len(a.low)) if a.sentence[k] == a.sentence[i]}
    return not rest & {"by", "home", "herself", "himself", "themselves", "myself", "diy"}


# Said after a removal plan: the visitor leaves it to the clinic or puts the tool away.
_LEFT_TO_OTHERS = ("leave it to the pro", "leave them to the pro", "leave it to a pro", "leave it to the expert", "leave them to the expert",
                   "leave it to an expert", "put it straight back", "put it back", "leave it for you", "leave them for you",
                   "leave it to you", "leave them to you", "leave those for you", "leave it with you", "leave them with you")


# A plan called off later in the sentence (never "they never did come out": only before a stop or "and"/"but")
_CALLED_OFF = re.compile(r"\bdecided against\b|\bdecided not to\b|\bchickened out\b|\btalked myself out of\b|\bchanged my mind\b"
                         r"|\b(but|and) (i )?never did (it )?[,.!;]|\bnever used it\b|\bnot buying (one|any|it|them|a kit)\b"
                         r"|\b(sent|send|took|taken) (it|them) back\b|\breturned (it|them)\b|\bunopened\b|\bstill in (the|its) box\b"
                         r"|\bdecided to (just )?leave (them|it|mine) alone\b|\bleaving (mine|them|my milia) (well )?alone\b"
                         # "own a drawer full of comedone loops but I never use them on milia" (session 52, tuning_646)
                         r"|\b(but|though) (i )?(never|do n't|dont|do not) use (it|them|those|these|any|one) (on|for) (milia|milium|mine|my milia)\b"
                         # "I turned her down", "we'd rather it was done properly by you", "I always refused" (session 52, tuning_661)
                         r"|\bturned (her|him|them) down\b|\b(we|i) ('d|would) rather (it was|they were|have it|have them|you|it be)\b"
                         r"|\b(i|we) always refused\b")  # (not "I said no. Who's right?": the plan is still in the house)
_REFUSALS = ("i 'm not going to ", "i am not going to ", "im not going to ", "i 'm not gonna ", "im not gonna ",
             "i 'm not planning to ", "im not planning to ", "i have no intention of", "i 've no intention of",
             "i wo n't be ", "i will not be ", "i would never ", "i 'd never ",
             "not that i 'm ", "not that im ", "not that i am ", "not that i would ", "not that i 'd ", "not that i will ")
# "I've not touched mine", "I haven't touched them": nobody has removed any
_UNTOUCHED = re.compile(r"(?:n't|not|never|havent|hasnt) (?:yet |even |ever )?touch(?:ed|ing) (?:mine|them|my|it|any|hers|his)\b")
_REFUSED_ACTS = frozenset({"try", "trying", "do", "doing", "copy", "copying", "attempt", "attempting", "touch", "touching", "risk",
                           ",", ".", "!", ";", "and", "but", "i"})


def _refused_next(a: Analysis, i: int) -> bool:
    """"...a video of someone using a comedone extractor under their eyes. I'm not going to try it": the next
    sentence opens by refusing it (a plan or someone else's act, never a removal told as done: "I popped it")."""
    if PAST_SELF_VERB.search(a.low[i]):
        return False
    words = [a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[i] + 1]
    while words and words[0] in {"but", "and", "so", "honestly", "obviously", "tbh", ",", "just"}:
        words = words[1:]
    said = " ".join(words) + " "
    if re.match(r"(i|we) (turned (her|him|them|it) down|always refused)\b", said):
        return True  # "... offered to have a go at my milia with a sterile needle on our break. I turned her down" (session 52, tuning_661)
    for refusal in _REFUSALS:
        if said.startswith(refusal):
            rest = said[len(refusal):].split()
            # "I'm not going to try it", "I'm not going to, I just want them done properly by you"
            # "Not that I'm planning to dig at them."
            return refusal.endswith("of") or refusal.startswith("not that") or not rest or rest[0] in _REFUSED_ACTS
    # a general question, then "Just curious, I've not touched mine." (not "Should I squeeze them? I
    # haven't touched them yet.": a plan of the visitor's own)
    return not a.in_sentence("FIRST_PERSON", i) and _UNTOUCHED.search(said) is not None and " yet " not in said


def _had_a_practitioner_do_it(a: Analysis, i: int) -> bool:
    """"had a facialist lance some", "got my beautician to squeeze them": a paid practitioner did it, with
    nobody at home ("my sister's a beautician" is a relative: that names no practitioner before the verb)."""
    k = i - 1
    if k >= 0 and a.low[k] == "to":
        k -= 1
    if k < 1 or a.low[k] not in BEAUTY_PRACTITIONERS:
        return False
    j = k - 1
    while j >= 0 and a.low[j] in {"a", "an", "the", "my", "our"}:
        j -= 1
    return j >= 0 and a.low[j] in {"had", "have", "got", "get", "paid", "pay"}


def refused_after(a: Analysis, i: int) -> bool:
    """"my bf asked if he can pop them and I said absolutely not": the visitor refused it later in the sentence,
    or at the opening of the next one."""
    if _refused_next(a, i):
        return True
    words = [a.low[k] for k in range(i + 1, len(a.low)) if a.sentence[k] == a.sentence[i]]
    if "trying" in a.low[max(0, i - 3):i] and {"keeps", "kept", "keep"} & set(a.low[max(0, i - 4):i]):
        return False  # "my mum keeps trying to pick at them, I've told her not to": she goes on doing it
    if {"talked", "persuaded", "convinced"} & set(words):
        return True  # "...going at them with a pin, but I've talked him into seeing a professional"
    said = " ".join(words)
    # (not asked as one choice: "wondering if I should carry on or leave them for you", session 53)
    if any(phrase in said and f"or {phrase}" not in said for phrase in _LEFT_TO_OTHERS):
        return True  # "picked up an extractor in Boots then put it straight back, figured I'd leave it to the pros"
    if _CALLED_OFF.search(said + " ."):
        return True  # "looked into removing them myself and decided against it", "I'm not buying one"
    for k, word in enumerate(words):
        if word == "i" and words[k + 1:k + 3] in (["wo", "n't"], ["wont", "."], ["will", "not"]) and (
                k > 0 and words[k - 1] in {"so", "and", "but", ","}) and words[k + 3:k + 4] in ([], ["."], ["!"], [","], [";"]):
            return True  # "my friend popped hers and scarred, so I won't."
        for not_going in (["i", "'m", "not", "going", "to"], ["i", "am", "not", "going", "to"], ["i", "'m", "not", "gonna"], ["im", "not", "going", "to"]):
            if word == "i" or word == "im":
                if words[k:k + len(not_going)] == not_going and k > 0 and words[k - 1] in {"so", "and", "but", ","} and (
                        words[k + len(not_going):k + len(not_going) + 1] in ([], ["."], ["!"], [","], [";"]) or words[k + len(not_going)] in _REFUSED_ACTS):
                    return True  # "My mum keeps telling me to pick the ones under my eyes but I'm not going to." (session 34)
        if word == "touch" and PLAIN_NEGATORS & set(words[max(0, k - 4):k]):
            return True  # "tempted to squeeze them but I'm NOT going to touch them"
        if word in {"said", "told", "say", "says", "saying"} and words[max(0, k - 2):k - 1] != ["unless"]:  # "unless you say no" (session 45)
            rest = [w for w in words[k + 1:k + 5] if w not in {"him", "her", "them", "absolutely", "definitely", "hell", "a", "firm"}]
            if rest and rest[0] in {"no", "not", "nope", "nah", "never"}:
                return True
    return False


def _list_head(a: Analysis, i: int) -> int:
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


def _injury_noun(a: Analysis, i: int) -> bool:
    """"the scratch on my arm", "a pin prick" (but "give it a scratch")."""
    if a.low[i] not in INJURY_NOUN_FORMS or i == 0 or a.low[i - 1] not in NOUN_DETERMINERS:
        return False
    return not any(a.low[k] in GIVE_WORDS for k in range(max(0, i - 4), i))


def _injury_object(a: Analysis, following: Sequence[int]) -> bool:
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


def subject_before(a: Analysis, i: int) -> Optional[str]:
    """Nearest doer before ``i`` in its clause: "visitor" (I/we), "other" (clinic) or None."""
    place = a.covered.get("CLINIC_PLACE", set())
    for k in range(i - 1, -1, -1):
        if a.clause[k] != a.clause[i]:
            break
        if a.low[k] in FIRST_PERSON_SUBJECTS:
            return "visitor"
        if a.low[k] == "who" and k > 0 and re.match(HOME_AGENT, a.low[k - 1]):
            return "visitor"  # "my friend who does nails said she can prick them"
        if a.low[k] in {"she", "he"} and any(s < k for s, _ in a.spans("SELF_CUE")):
            return "visitor"  # "me mate's a beautician and says she'll pick them": a friend at home
        if a.low[k] in {"she", "he"} and any((re.match(HOME_AGENT, a.low[j]) or a.low[j] in _LAY_PEOPLE) and a.clause[j] == a.clause[i] for j in range(max(0, k - 12), k)):
            return "visitor"  # "a resident's husband asked if he can squeeze the white bumps" (session 52, tuning_655): someone at home
        if a.has("PRO_AGENT", k) and (a.low[max(0, k - 2):k] in (["'s", "a"], ["is", "a"], ["s", "a"]) or a.low[max(0, k - 3):k - 1] in (
                ["'s", "a"], ["is", "a"], ["s", "a"])) and any(s < k - 2 for s, _ in a.spans("SELF_CUE")):  # "Colleague of mine is a dental nurse" (session 52)
            return "visitor"  # "my sister's a nurse and wants to lance them": a relative at home, not a clinic
        if a.has("PRO_AGENT", k) and k > 0 and PAID_FOR_PREV & set(a.low[max(0, k - 3):k]) and (
            k + 1 >= len(a.low) or a.low[k + 1] != "to"
        ):
            continue  # "no money for a derm so gonna dig em out" (not "is it ok for a derm to pop them")
        if (k in place or a.has("PRO_AGENT", k)) and "our" in a.low[max(0, k - 3):k] or a.low[k] == "who" and bool(_LAY_PEOPLE & set(a.low[max(0, k - 4):k])):
            continue  # "The girl who does brows at our salon offered to hook out the milia on my brow bone" (session 52, tuning_657): a colleague
        if k in place and any(a.low[j] in {"use", "using", "borrow", "borrowing"} for j in range(max(0, k - 6), k)) and any(
                a.low[j] in FIRST_PERSON_SUBJECTS for j in range(max(0, k - 9), k)):
            return "visitor"  # "can i use the facial steamer at the salon to soften the milia ... then just squeeze them out" (session 54, tuning_692)
        if a.has("PRO_AGENT", k) or k in place:
            return "other"
    return None


def _agent_after(a: Analysis, i: int) -> bool:
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

# "I gave the one in the inner corner of my eye a squeeze" (not "Gave the tube a squeeze", "My physio gave it a squeeze (my calf ...)")
_SQUEEZED_BUMPS = frozenset({"one", "ones", "milia", "milium", "them", "it", "bump", "bumps", "spot", "spots", "seed", "seeds"})
_SQUEEZED_OTHER = frozenset({"tube", "bottle", "tub", "pot", "hand", "arm", "leg", "calf", "knee", "shoulder", "back", "neck", "lemon", "orange"})


def done_by_clinic(a: Analysis, i: int) -> bool:
    """Someone at a clinic, not the visitor, does the action at ``i``.

    "can the dermatologist squeeze them", "pop them at the clinic", "can they be
    popped by a dermatologist"; but "instead of paying a dermatologist can I lance
    them" and "rather than go to the clinic I'll pick them out" are the visitor.
    """
    subject = subject_before(a, i)
    place_after = any(
        a.clause[s] == a.clause[i] and s > i for s, _ in a.spans("CLINIC_PLACE")
    )
    if subject == "visitor":
        return place_after and not a.in_clause("SELF_CUE", i)  # "can I pop them at the clinic"
    if subject == "other":
        return True
    return place_after or _agent_after(a, i)


def _following(a: Analysis, i: int) -> List[int]:
    """Up to OBJ_WINDOW tokens after ``i`` in its clause, not counting determiners."""
    out: List[int] = []
    k = i + 1
    while k < len(a.low) and a.clause[k] == a.clause[i] and len(out) < OBJ_WINDOW:
        if a.low[k] not in DETERMINERS:
            out.append(k)
        k += 1
    return out


def _for_me(a: Analysis, i: int) -> bool:
    cid = a.clause[i]
    idx = [k for k in range(len(a.low) - 1) if a.clause[k] == cid]
    return any(a.low[k] == "for" and a.low[k + 1] == "me" for k in idx)


COUNT_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "few", "couple", "several"})
MILIA_COUNTED = frozenset({"milia", "milium", "mila", "millia", "melia", "bumps", "spots", "ones"})
AUX_QUESTION_BEFORE = frozenset({",", ".", "?", "!", "and", "but", "so", "why", "how", "when", "where", "-", "also"})


_WANTED = frozenset({"wants", "want", "wanted", "needs", "need", "like", "interested", "booking", "book", "watch", "watching"})


def remove_mentions(a: Analysis) -> Tuple[List[Mention], List[Tuple[int, int]]]:
    """Removal words with a self cue, and those that look like clinic removal."""
    self_mentions: List[Mention] = []
    clinic: List[Tuple[int, int]] = []
    idioms = a.covered.get("EYE_IDIOM", set())
    a.discard("SELF_VERB", lambda s, e: s in idioms)  # "your prices made my eyes pop out"
    # "The milia on my own eyelids I leave well alone - how do you remove them so near the eye?" (session 52, tuning_657)
    a.discard("SELF_CUE", lambda s, e: a.low[s:e] == ["my", "own"] and bool(_LEFT_ALONE.search(" ".join(a.low[e:e + 10]))))
    # "will they go by themselves": going away on their own, not doing it oneself
    a.discard("SELF_CUE", lambda s, e: a.low[e - 1] in {"themselves", "itself"} and bool(
        (NATURAL_COURSE_VERBS | GOING_AWAY_VERBS) & set(a.low[max(0, s - 4):s])))
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
        if a.low[start] == "do" and a.low[start + 1:start + 2] == ["with"]:
            continue  # "nothing to do with milia"
        if a.low[start] in {"does", "did", "do"} and start > 0 and a.low[start - 1] in {"it", "that", "this", "which"}:
            continue  # "can oil cause milia?", then "my sister reckons it does it for her too": the oil, not a removal (session 32)
        if a.low[start] in {"do", "does"} and end - start == 2 and a.low[end - 1] in {"milia", "milium", "mila", "millia"} and (
                start == 0 or a.low[start - 1] in AUX_QUESTION_BEFORE) and (
                end < len(a.low) and a.low[end] not in {"myself", "yourself", "at", "with", "on", "for", "off", "out", "tonight", "?", "."}):
            continue  # "I'm asking for myself, do milia go away on their own?": "do" asks, it is not doing them
        if a.low[start] in {"removal", "removals"} and any(
                a.has("YOU", k) and a.low[k + 1:k + 2] in (["do"], ["offer"], ["provide"]) for k in range(max(0, start - 4), start)
        ) and not a.in_sentence("HOWTO", start) and "yourself" not in a.low:
            clinic.append((start, end))
            continue  # "do you do milia removal on kids my daughters nine": the clinic's, asked for her
        if start >= 1 and (a.low[start - 1] in MEDICAL_AGENTS or start >= 2 and a.low[start - 1] in CLINIC_AUX | {"can", "could"}
                           and a.low[start - 2] in MEDICAL_AGENTS) and "myself" not in a.low:
            clinic.append((start, end))
            continue  # "how does the dermatologist remove it if you can't squeeze it like a pimple"
        if a.low[start] in {"want", "wanna", "need", "needs"} and {"taken", "removed", "done", "lasered"} & set(a.low[start:end]) and (
                not a.in_clause("SELF_CUE", start) or home_agent_cues_only(a, start)):
            clinic.append((start, end))
            continue  # "does he need them taken off?": removed by someone, not by himself
        if a.low[start] in {"removal", "removals", "extraction"} and {"during", "after", "before"} & set(a.low[max(0, start - 2):start]) and (
                not a.in_clause("SELF_CUE", start)):
            clinic.append((start, end))
            continue  # "what happens during milia removal step by step": the clinic's procedure
        if a.low[end - 3:end] in (["scared", "me", "off"], ["put", "me", "off"], ["puts", "me", "off"], ["putting", "me", "off"]):
            continue  # "got an infection, which has scared me off": put off, not taken off
        if {"book", "booking", "booked", "books"} & set(a.low[max(0, start - 4):start]) and not a.in_clause("HOWTO", start):
            clinic.append((start, end))
            continue  # "I'm about to book a removal for my mum", "can she book milia removal": the clinic's
        if a.low[start] in {"removal", "removals", "extraction"} and {"booked", "appointment", "appt", "consultation"} & {
                a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[start]} and not a.in_sentence("HOWTO", start) and not (
                {"myself", "home", "yourself", "herself", "himself"} & set(a.low)):
            clinic.append((start, end))
            continue  # "My husband is booked in with you next week for milia removal" (session 47, tuning_448)
        if a.low[start + 1:start + 3] == ["out", "of"] and a.low[start + 3:start + 4] not in (
                ["my"], ["the"], ["your"], ["her"], ["his"], ["their"], ["skin"], ["there"]) and re.match(RX_TAKE, a.low[start]):
            continue  # "making it up to get out of me nagging him", "to get out of going"
        if a.low[end - 1] in {"away", "off"} and a.low[end - 2] in NATURAL_COURSE_VERBS:
            continue  # "what type do adults get and will it go away": going away by itself
        if INJURY_VERB.match(a.low[start]) and _injury_object(a, _following(a, start)):
            continue  # "I cut my finger open"
        if (third_party_doer(a, start) or _story_about_a_stranger(a, start)) and "asking" not in a.low:
            continue  # "people damaging their eyes trying to remove milia at home"
        if practitioner_did_it(a, start + 1) and not a.in_sentence("SELF_CUE", start):
            continue  # "my facialist did the ones by my eyes": a practitioner's removal, told as done
        if done_to_themselves(a, start) and not any(
                a.clause[s] == a.clause[start] and not re.match(HOME_AGENT, a.low[e - 1])
                and a.low[e - 1] not in {"own", "herself", "himself", "themselves"} for s, e in a.spans("SELF_CUE")):
            continue  # "my friend tried to get her milia out with a pin" (not "... at home"): the friend's own, told as done
        if a.low[start] in {"want", "wanna", "need", "needs"} and not any(
                a.in_sentence(label, start) for label in ("SELF_CUE", "HOWTO", "TOOL", "TRIED", "RUB", "GADGET", "SELF_VERB")):
            continue  # "I need the one on my eyelid out urgently, wedding on saturday": a wish, nobody named to do it (session 32)
        agent = (a.in_clause("PRO_AGENT", start) or a.in_clause("YOU", start)) and not generic_you(a, start, how=False)
        if a.low[max(0, start - 2):start] in (["do", "they"], ["would", "they"], ["will", "they"], ["did", "they"]) and not (
                a.in_sentence("SELF_CUE", start) or a.in_sentence("HOWTO", start) and a.in_sentence("FIRST_PERSON", start)):
            continue  # "how do they remove milia step by step": the professionals' way
        if agent and a.low[start] in {"do", "doing"} and (a.has("YOU", start - 1) or a.has("PRO_AGENT", start - 1) or (
                a.low[start - 1] in {"can", "could", "will", "would", "cud", "wud"} and a.has("YOU", start - 2))) and "yourself" not in a.low:
            continue  # "if you can do them on a saturday", "can a nurse do it": the clinic doing them
        if a.in_clause("CLINIC_PLACE", start) and a.in_sentence("PRO_AGENT", start) and "clinic" in a.low and (
                home_agent_cues_only(a, start)):
            clinic.append((start, end))
            continue  # "my friend is a dermatologist and said she'd do mine at her clinic"
        if agent and CLINIC_TOOL_QUESTION.search(sentence_text(a, a.sentence[start])):
            clinic.append((start, end))
            continue  # "what tool does your nurse use to take milia out", "what tools do you use for extraction" (session 41)
        if agent and _you_just_before(a, start) and home_agent_cues_only(a, start):
            clinic.append((start, end))
            continue  # "asking for my wife ... how you'd take them out": the clinic doing it, for her
        strong = (a.in_clause("SELF_CUE", start) or a.in_clause_before("TRIED", start, 3)
                  or a.in_clause("HOWTO", start) or (not agent and any(
                      a.sentence[s] == a.sentence[start] and not re.match(HOME_AGENT, a.low[e - 1]) for s, e in a.spans("SELF_CUE"))))
        # "will rubbing a flannel on my chin get the milia off"
        strong = strong or (a.in_clause_before("RUB", start) and not agent)
        # "at home without a clinic, how do you get milia off the waterline?": anyone's way, away from a clinic (session 52, tuning_646)
        strong = strong or (agent and _how_you_before(a, start) and _away_from_a_clinic(a, start))
        # "my friend is a nail tech ... is it ok for her to do milia removal"
        strong = strong or (not agent and start not in passive and not a.in_clause("CLINIC_PLACE", start)
                            and _lay_doer_before(a, start))
        weak = a.in_clause("TOOL", start) and a.in_clause("FIRST_PERSON", start) and not agent
        # "i extracted a milia near my eye": the visitor did it
        weak = weak or (start > 0 and a.low[start - 1] in {"i", "ive", "we"} and a.low[start].endswith("ed"))
        # "planning to do my milia under my eyes tonight": a removal the visitor plans
        weak = weak or (a.low[start:end][-3:-1] in (["do", "my"], ["do", "the"]) and a.low[end - 1] in {"milia", "milium", "ones", "bumps"}
                        and not agent and bool(
            {"planning", "plan", "going", "gonna", "want", "wanna", "tonight"} & set(a.low[max(0, start - 3):start + 1])))
        # "I got a milium out of my cheek yesterday", "i took one off my chin": the visitor did it
        weak = weak or (start > 0 and a.low[start - 1] in {"i", "ive", "we"} and a.low[start] in {"got", "took", "pulled"}
                        and a.low[end - 1] in {"out", "off"} and not agent)
        # "Started on the ones on my forehead, got two out": the "I" left out
        weak = weak or (start > 0 and a.low[start - 1] in {",", "then", "and"} and a.low[start] in {"got", "pulled"} and a.low[
            start + 1:start + 2] in (["one"], ["two"], ["three"], ["four"], ["some"], ["most"], ["half"]) and a.low[end - 1] == "out"
            and not agent and a.in_sentence("FIRST_PERSON", start))
        # "since i did the milia on my lash line"
        weak = weak or (a.low[start] in {"i", "ive", "we"} and a.low[start + 1:start + 2] in (["did"], ["done"]))
        # "I was extracting milia from that eyelid last night", "since I did my eyelid milia" (session 42, spent v21)
        weak = weak or (a.low[start] in {"did", "done"} and a.low[start - 1:start] in (["i"], ["ive"], ["'ve"], ["we"]) and not agent)
        weak = weak or (a.low[start].endswith("ing") and bool(re.match(RX_REMOVE, a.low[start])) and a.low[max(0, start - 2):start] in (
            ["i", "was"], ["i", "am"], ["i", "'m"], ["'ve", "been"], ["have", "been"], ["ive", "been"], ["i", "been"]) and not agent)
        # "took a milia off my eyelid yesterday": a diary-style report opening a sentence
        weak = weak or ((start == 0 or a.low[start - 1] in SENTENCE_BREAK) and a.low[start] in DIARY_REMOVE_VERBS
                        and a.in_sentence("FIRST_PERSON", start) and not agent)
        # "did my milia under my eyes tonight, bit pink": a diary-style report with the subject left out
        weak = weak or (a.low[start] in {"did", "done"} and (start == 0 or a.low[start - 1] in SENTENCE_BREAK)
                        and any(s == start and a.low[e - 1] in {"tonight", "yesterday", "earlier", "today", "last", "this"}
                                for s, e in a.spans("REMOVE")) and not agent)
        # "want to do my eyelids next", "do the ones on my lids too": going on with a removal told before
        weak = weak or (a.low[start] in {"do", "doing"} and bool({"next", "too"} & set(a.low[end:end + 4])) and not agent)
        # "can i wax over the milia on my upper lip to pull them out?", "can i use tape to pull them out?" (session 32, tuning_116)
        weak = weak or (a.low[start] in {"pull", "yank", "rip", "tear", "peel", "lift", "suck", "draw"} and a.low[start - 1:start] == ["to"]
                        and any(a.low[k] == "i" and a.sentence[k] == a.sentence[start] for k in range(start)) and not agent)
        # "is it safe for me to remove a milium from my daughter's eyelid?" (session 37, spent v16)
        weak = weak or (a.low[max(0, start - 3):start] in (["for", "me", "to"], ["for", "us", "to"]) and not agent)
        # "do i need to cut them open first?"
        weak = weak or (a.low[start] in {"cut", "slit", "slice", "nick"} and "i" in a.low[max(0, start - 4):start])
        product = a.in_clause("PRODUCT", start)
        # "been using a rough scrub on them ... trying to get them off": scrubbing them off, not a skincare product
        product = product and not (a.in_clause_before("TRIED", start, 3) and any(
            a.low[s].startswith("scrub") for s, _ in a.spans("PRODUCT") if a.clause[s] == a.clause[start]))
        if start in passive and (not strong or _agent_after(a, start) or home_agent_cues_only(a, start)):
            clinic.append((start, end))
            continue  # "have them removed", "can they be removed", "needle extraction"
        # "I do lashes from my home studio ... am I ok to remove them for her?"
        weak = weak or (re.match(RX_REMOVE, a.low[start]) and a.in_clause("FIRST_PERSON", start) and not agent
                        and start not in passive
                        and not a.in_clause("CLINIC_PLACE", start) and any(
                            not re.match(HOME_AGENT, a.low[e - 1]) and not a.negated_before(s) for s, e in a.spans("SELF_CUE")))
        # "how do i get the milia out ... can i do it while she's asleep"
        weak = weak or (a.low[start] in {"do", "doing"} and start > 0 and a.low[start - 1] in {"i", "im", "we"}
                        and any(s != start and re.match(RX_TAKE, a.low[s]) for s, _ in a.spans("REMOVE")))
        if _agent_after(a, start) and (home_agent_cues_only(a, start) or not a.in_clause("SELF_CUE", start)):
            clinic.append((start, end))
            continue  # "my nan wants them removed by a proper doctor"
        if (a.in_clause("CLINIC_PLACE", start) or BOOKING_WORDS & set(a.low)) and (
                not a.in_clause("SELF_CUE", start) or home_agent_cues_only(a, start) and not _lay_doer_before(a, start)):
            clinic.append((start, end))
            continue  # "can he come in for removal", "a gift voucher for milia removal"
        # "My sister wants your milia removal for the bumps under her eyes": a removal wanted by someone at home, not done there (session 49)
        if a.low[start] in {"removal", "removals", "extraction", "extractions"} and _WANTED & set(a.low[max(0, start - 4):start]) and not (
                {"do", "doing", "does", "try", "trying"} & set(a.low[max(0, start - 3):start])) and (
                home_agent_cues_only(a, start)) and not any(a.in_sentence(label, start) for label in ("TOOL", "TOOL_USE", "SELF_VERB", "HOME_WAY")):
            clinic.append((start, end))
            continue
        # "we'd like your clinic to do them", "want you to take them off" (session 49, tuning_539)
        if a.low[start - 1:start] == ["to"] and start > 1 and (a.has("YOU", start - 2) or a.low[start - 2] in {"clinic", "dermatologist", "derm", "nurse"} and any(
                a.has("YOU", k) for k in range(max(0, start - 4), start - 2)) or a.low[start - 2] in {
                "clinic", "dermatologist", "derm", "nurse", "professional", "doctor", "specialist"} and a.low[start - 3:start - 2] in (
                ["proper"], ["qualified"], ["professional"], ["real"], ["your"])):  # "wants a proper clinic to do it" (session 52, tuning_651)
            clinic.append((start, end))
            continue
        if (strong or weak) and not product:
            self_mentions.append(Mention(start, end, a.negated_before(start)))
        elif agent or a.low[start].startswith(("removal", "extraction")):
            clinic.append((start, end))
    return self_mentions, clinic


def home_agent_cues_only(a: Analysis, i: int) -> bool:
    """Every self cue in the clause of ``i`` names a relative ("my wife had them removed here",
    "can I get them removed at your clinic if my mum comes with me"): the patient's family, not the doer."""
    cues = [(s, e) for s, e in a.spans("SELF_CUE") if a.clause[s] == a.clause[i]]
    return bool(cues) and all(re.match(HOME_AGENT, a.low[e - 1]) for s, e in cues)


BEAUTY_PRACTITIONERS = frozenset({"beautician", "beauticians", "aesthetician", "aestheticians", "esthetician", "estheticians",
                                  "facialist", "facialists", "cosmetologist", "cosmetologists"})
_DID = frozenset({"did", "does", "done", "removed", "took", "used", "extracted", "lanced", "treated", "zapped", "got", "cleared"})


def practitioner_did_it(a: Analysis, i: int) -> bool:
    """"my beautician did my under eye ones with a sterile needle": a practitioner, the subject of a removal
    told as done earlier in the sentence (not "my sister's a beautician and says she can", not "at home")."""
    i = min(i, len(a.low) - 1)
    for k in range(i - 1, -1, -1):
        if a.sentence[k] != a.sentence[i]:
            return False
        if a.low[k] in BEAUTY_PRACTITIONERS:
            return a.low[k + 1:k + 2] and a.low[k + 1] in _DID or a.low[k + 1:k + 3] in (["has", "done"], ["had", "done"])
    return False


def generic_you(a: Analysis, i: int, how: bool = True) -> bool:
    """"you" meaning anyone: "can you just use tweezers on milia?", and with ``how`` "how do you use a milia
    extractor" (a tool; "how do you remove milia?" asks the clinic)."""
    words = [k for k in range(len(a.low)) if a.sentence[k] == a.sentence[i] and a.low[k] not in CLAUSE_FILLERS]
    w = [a.low[k] for k in words[:4]]
    if len(w) >= 3 and w[0] in {"can", "could"} and w[1] in {"you", "u"} and w[2] == "just":
        return True
    return how and len(w) >= 3 and w[0] in {"how", "what"} and w[1] in {"do", "does", "would", "should"} and w[2] in {"you", "u"}


def _how_you_before(a: Analysis, i: int) -> bool:
    """"how do you", "how can u", "what's the best way you" just before ``i`` in its clause: asks a way, not the clinic's."""
    before = [a.low[k] for k in range(max(0, i - 4), i) if a.clause[k] == a.clause[i]]
    return any(before[j] in {"how", "way"} and before[j + 1] in {"do", "can", "could", "would", "should", "to"} and before[j + 2] in {"you", "u"}
               for j in range(len(before) - 2))


def _away_from_a_clinic(a: Analysis, i: int) -> bool:
    """A self cue in the sentence of ``i`` that says no clinic is involved: "at home", "without a clinic"."""
    return any(a.sentence[s] == a.sentence[i] and (a.low[s:e] == ["at", "home"] or a.low[s] in WITHOUT) for s, e in a.spans("SELF_CUE"))


def _you_just_before(a: Analysis, i: int) -> bool:
    """"you" is the doer of the verb at ``i``: "you take", "you'd take", "would you take", "can you guys take"."""
    k = i - 1
    while k >= 0 and i - k <= 3 and a.low[k] in {"'d", "would", "will", "'ll", "can", "could", "guys", "lot", "all"}:
        k -= 1
    return k >= 0 and a.low[k] in {"you", "u", "ya"}


def _lay_doer_before(a: Analysis, i: int) -> bool:
    """A friend or relative named earlier in the message is the doer of the removal at ``i``: "my friend is
    a nail tech ... is it ok for her to do milia removal", "my sister has a needle, can she pop mine"."""
    doer = any(a.low[k] in THIRD_PERSON_DOERS and a.clause[k] == a.clause[i]
               and (a.low[k] in {"she", "he"} or a.low[k - 1] == "for") for k in range(max(1, i - 5), i))
    # "friend who does lashes ... said she can extract the milia on my lash line" (session 36, spent v15)
    return doer and (any(s < i for s, _ in a.spans("SELF_CUE")) or any(
        re.match(HOME_AGENT, a.low[k]) for k in range(i) if a.sentence[k] == a.sentence[i]))


def describes_clinic_method(a: Analysis, i: int) -> bool:
    """The sentence of ``i``, or the one before, names the clinic's method ("needle extraction") and
    nobody in the sentence of ``i`` is the visitor doing it: "is it literally just poking them with a needle?"."""
    sent = a.sentence[i]
    return any(a.sentence[s] in (sent, sent - 1) and (e - s >= 2 or a.low[s].startswith("hyfrec"))
               for s, e in a.spans("CLINIC_TERM")) and not (
        a.in_sentence("SELF_CUE", i) or a.in_sentence("TRIED", i) or a.in_sentence("ACQUIRED", i)
        or any(a.low[k] in FIRST_PERSON_SUBJECTS for k in range(len(a.low)) if a.sentence[k] == sent))


def acquired_before(a: Analysis, i: int) -> bool:
    """An "acquired" word ("I have", "got") in the sentence of ``i``, before it or in its clause; not one in a later clause ("Do you use a
    needle for milia near the eye, and could she have numbing cream first?": session 49, tuning_524)."""
    return any(a.sentence[s] == a.sentence[i] and (s < i or a.clause[s] == a.clause[i]) for s, _ in a.spans("ACQUIRED"))


def asks_clinic(a: Analysis, i: int) -> bool:
    """The sentence of ``i`` asks the clinic what it does ("do you squeeze them or use a needle?",
    "can you pick them out at the consultation?"), with no first-person doer before ``i`` and no
    self cue ("can you pop them yourself?" is the visitor)."""
    sent = a.sentence[i]
    words = [k for k in range(len(a.low)) if a.sentence[k] == sent and a.low[k] not in CLAUSE_FILLERS
             and a.low[k] not in CLAUSE_BREAK_PUNCT]
    if "aftercare" in {a.low[k] for k in words} and i > 0 and a.has("YOU", i - 1) and not a.in_sentence("SELF_CUE", i):
        return True  # "is there any aftercare after you lance milia on the eyelid?"
    asks = len(words) >= 2 and a.low[words[0]] in ASK_AUX and a.has("YOU", words[1])
    # ... or the clause of ``i`` does: "when you remove milia do you pop them", "... or do you have to scrape"
    clause = [k for k in words if a.clause[k] == a.clause[i] and k <= i]
    for j in range(len(clause) - 1):
        if (a.low[clause[j]] in ASK_AUX and a.has("YOU", clause[j + 1]) and a.low[clause[j]] not in {"can", "could"}
                and not (j > 0 and a.low[clause[j - 1]] in WH_WORDS)):  # "how do you pop them" is anyone
            asks = True
    # "do u need to disinfect the needle before popping milia on ur eyelid": what anyone must do first, on their own eyelid (session 52, spent v31)
    if asks and any(a.has("YOU", k) and a.low[k + 1:k + 3] in (["need", "to"], ["have", "to"], ["got", "to"]) for k in words) and any(
            a.low[k] in {"your", "ur", "yr"} and a.low[k + 1:k + 2] != [] and a.low[k + 1] in _BODY for k in words):
        return False
    # "do u reckon my cuticle pusher would push them out": asks an opinion, not what the clinic does
    if not asks or any(a.has("YOU", k) and k + 1 < len(a.low) and a.low[k + 1] in OPINION_VERBS for k in words):
        return False
    if a.low[words[0]] in {"can", "could"} and not (
        any(a.in_sentence(label, i) for label in ("CLINIC_PLACE", "TREATMENT_CTX", "PRO_AGENT")) or _for_me(a, i)
        or any(a.sentence[s] == sent - 1 for s, _ in a.spans("TREATMENT_CTX"))  # "... during the removal? Could you ..."
    ):
        return False  # "can you pop milia?" asks whether one can
    if a.in_sentence("SELF_CUE", i) or a.in_sentence("HOWTO", i) or acquired_before(a, i):
        return False
    if any(a.low[k] == "just" and a.has("SELF_VERB", k + 1) and a.low[k - 1] in {"you", "u"} and a.low[k - 3:k - 1] in (["or", "can"], ["or", "could"])
           for k in range(3, len(a.low)) if a.sentence[k] == sent
           ) and not any(a.in_sentence(label, i) for label in ("CLINIC_PLACE", "TREATMENT_CTX", "PRO_AGENT", "CLINIC_TERM")):
        return False  # "do you need to break the skin ... or can you just squeeze hard": anyone (session 34, tuning_139)
    return not any(a.low[k] in FIRST_PERSON_SUBJECTS for k in words if k < i)


_BODY = frozenset({"eye", "eyes", "eyelid", "eyelids", "lid", "lids", "face", "cheek", "cheeks", "nose", "chin", "forehead", "skin"})


# the visitor's plan to do the same: "thinking of trying tonight", "tempted to give it a go" (session 51, tuning_616)
_COPY_PLAN = re.compile(r"\b(thinking of|think i 'll|tempted to|planning to|plan to|going to|gon na|want to|wanna|i might|i 'll|i will)"
                        r" (try|trying|give it a go|giving it a go|have a go|having a go|do the same|doing the same|copy|copying)\b"
                        # "Is her method OK to copy?", "she's posting me her kit"
                        r"|\b(ok|okay|safe|fine|alright) to copy\b|\bcopy (her|his|their|the|that) (method|technique|way)\b"
                        r"|\b(posting|sending|send|post|giving|give|passing|pass|lending|lend) me (her|his|their|the) (kit|tool|needle|pin|extractor|pen|set|lancet)s?\b")


def done_to_themselves(a: Analysis, i: int) -> bool:
    """"my friend popped one near her eye", "my sister got a needle in her eye doing her own milia": someone else
    removing their own, with nothing of the visitor's in the sentence after ``i``."""
    before = [a.low[k] for k in range(i) if a.sentence[k] == a.sentence[i]]
    after = [a.low[k] for k in range(i + 1, len(a.low)) if a.clause[k] == a.clause[i]][:10]
    doers = [k for k in range(i) if a.sentence[k] == a.sentence[i] and a.low[k] in STORY_PEOPLE and k > 0
             and a.low[k - 1] in {"my", "a", "our"}]
    if not doers:
        return False  # not "my son keeps squeezing the milia on his chin": a child in the visitor's care
    if before[-1:] in (["i"], ["me"]) or {"me", "my", "mine", "i"} & set(after):
        return False  # "my sister popped mine"
    if {"borrow", "lend", "loan"} & set(a.low) or " do mine " in " " + " ".join(a.low) + " ":
        return False  # "a friend did her own with a hyfrecator ... I want to borrow it": the visitor's plan
    joined = " ".join(a.low)
    if any(not re.search(r"\b(not|never|n't|nt|no)\s*$", joined[:m.start()]) for m in _COPY_PLAN.finditer(joined)):
        return False  # "my friend did hers on her lash line with a sterilised pin ... thinking of trying tonight on my bottom lashes" (session 51)
    sentence = set(before) | set(after) | {a.low[i]}
    # "my friend used a derma roller on her milia": the verb just before the tool
    told_done = PAST_SELF_VERB.search(a.low[i]) or any(PAST_SELF_VERB.search(w) for w in before[-2:])
    if not (told_done or {"got", "did", "had", "took", "once", "ago", "tried"} & sentence) or {
            "every", "keeps", "keep", "still", "now", "always"} & sentence:
        return False  # "my brother picks at the milia on his forehead every night": still going on, at home
    told = [a.low[k] for k in range(doers[-1] + 1, i)] + after  # "my colleague said her GP took milia off her eyelid with a needle"
    return any(w in {"her", "his", "their"} and told[k + 1:k + 2] and (told[k + 1] in {"own", "milia"} or told[k + 1] in _BODY)
               or w in {"hers", "theirs"} for k, w in enumerate(told))


def third_party_doer(a: Analysis, i: int) -> bool:
    """Someone else does the verb at ``i``, with no "I" between them: "people trying to dig them out"."""
    for k in range(i - 1, max(-1, i - 8), -1):
        if a.clause[k] != a.clause[i] or a.low[k] in FIRST_PERSON_SUBJECTS | {"me", "how", "tell", "show"}:
            return False
        if a.low[k] in {"you", "u"} and a.low[k + 1:k + 2] in (["can"], ["could"], ["should"], ["just"]):
            return False  # "someone said you can rub them off with a flannel": anyone, the visitor included
        if a.low[k] in THIRD_PARTY_USERS | {"person"} and _asked_of_anyone(a, k):
            return False  # "how would someone pop milia under the eye", "is it safe for people to squeeze them"
        if a.low[k] in THIRD_PARTY_USERS:
            return True
        if a.low[k] in STRANGERS and {"saw", "seen", "watched", "watching", "watch"} & set(a.low[max(0, k - 3):k]):
            return True  # "I saw a woman on TikTok digging milia out with a needle"
    return False


def _asked_of_anyone(a: Analysis, k: int) -> bool:
    """The person at ``k`` is anyone in a how-to question: "how do people get them off", "how would a person go
    about", "do people just pop them", "is it safe for people to squeeze them" (not "I saw how someone did it")."""
    lead = a.low[max(0, k - 4):k]
    if HEARSAY_WORDS & set(a.low[max(0, k - 8):k]):
        return False
    return "how" in lead or bool(lead) and lead[-1] in {"do", "would", "can", "could", "should"} and (
        k - 1 == 0 or a.clause[k - 2] != a.clause[k] or a.low[k - 2] in {",", "?", "."}) or lead[-2:] in (
        ["safe", "for"], ["ok", "for"], ["okay", "for"], ["fine", "for"], ["normal", "for"]) or lead[-3:] == ["is", "it", "safe"]


def _story_about_a_stranger(a: Analysis, i: int) -> bool:
    """The verb at ``i`` is told of a stranger earlier in the sentence, with no "I" since: "I read about a
    woman who lost the sight in one eye after DIY milia removal" (not "my mum, who picked hers")."""
    sent = a.sentence[i]
    for k in range(i - 1, 0, -1):
        if a.sentence[k] != sent or a.low[k] in FIRST_PERSON_SUBJECTS:
            return False
        if a.low[k] == "who" and a.low[k - 1] in STRANGERS and not _cared_for(a, k - 1) and not {"my", "mine", "me"} & set(a.low[i:i + 8]):
            return True  # (not "The girl who does brows at our salon offered to hook out the milia on my brow bone": session 52, tuning_657)
    return False


def _cared_for(a: Analysis, k: int) -> bool:
    """The person at ``k`` is the visitor's client: "I'm a carer for a lady who can't say much" (session 52, spent v31)."""
    before = a.low[max(0, k - 4):k]
    return any(before[j:j + 2] in (["for", "a"], ["after", "a"], ["support", "a"], ["visit", "a"], ["with", "a"]) for j in range(len(before) - 1)) and bool(
        {"carer", "care", "caring", "support", "supporting", "look", "looking", "nurse", "visit", "work", "working"} & set(before))


def copy_mentions(a: Analysis) -> List[Mention]:
    """"watched a dermatologist lance one on YouTube ... tempted to copy him", "a video of someone using a
    blackhead remover, i wanna try it on mine": copying a removal seen elsewhere."""
    def seen(start: int, end: int) -> bool:  # a removal told apart from the copying ("I'll do the same as last time" is not)
        return any(not start <= s < end for label in ("SELF_VERB", "REMOVE", "TOOL", "CONSUMER_TOOL", "GADGET", "BARE_TOOL", "RUB")
                   for s, _ in a.spans(label))
    return [
        Mention(s, e, a.negated_before(s)) for s, e in a.spans("COPY")
        if seen(s, e) and (a.in_clause("FIRST_PERSON", s) or a.in_clause("SELF_CUE", s))
    ]


