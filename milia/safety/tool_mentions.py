"""The tools and gadgets named in a message, and whose use they are: the visitor's ("ordered a spot zapper",
"what gauge needle for the tear trough"), the clinic's ("does the dermatologist use a lancet?") or someone
else's ("a video of someone using a plasma pen"). Rules over an ``Analysis``; no rasa."""
from __future__ import annotations

from typing import (
    List,
    Set,
    Tuple,
)

from milia.safety.analysis import Analysis, Mention
from milia.safety.lexicon import (
    CLAUSE_FILLERS,
    CLINIC_TERM_TOOLS,
    FEAR_WORDS,
    FIRST_PERSON_SUBJECTS,
    HEARSAY_VERBS,
    HOUSEHOLD_TOOL_WORDS,
    METHOD_NOUNS,
    MILIA_WORDS,
    NOT_A_TOOL_OBJECTS,
    THIRD_PARTY_USERS,
    TOOL_EXCLUDE_NEXT,
    WATCHED_MEDIA,
)
from milia.safety.mentions import (
    BEAUTY_PRACTITIONERS,
    acquired_before,
    asks_clinic,
    describes_clinic_method,
    done_by_clinic,
    done_to_themselves,
    generic_you,
    home_agent_cues_only,
    practitioner_did_it,
    subject_before,
    third_party_doer,
)
from milia.safety.other_targets import used_on_something_else

_FEARFUL = frozenset({"baby", "wimp", "coward", "scaredy", "scared", "nervous", "funny", "squeamish", "rubbish", "useless",
                      "terrible", "awful", "bad", "weird", "wuss", "chicken"})


# "the one where they use a tiny sterile needle", "only with needle they take out": the clinic's people
CLINIC_THEY = frozenset({"they", "dermatologists", "derms", "doctors"})


KIT_WORDS = frozenset({"comedone", "blackhead", "pimple", "zit", "extractor", "extractors", "popper", "lancet", "tweezer",
                       "tweezers", "tweezerman"})


def _would_never(a: Analysis) -> bool:
    """The visitor rules it out for themselves: "I'd never", "no way", "not doing that"."""
    text = " ".join(a.low)
    return "never" in a.low or any(p in text for p in ("no way", "not doing", "not going to", "not gonna"))


def _can_you_use_a_kit(a: Analysis, start: int, end: int) -> bool:
    """"can you use an extractor tool on crow's feet milia": a shop-bought kit after "can you use" means anyone
    ("do you use a comedone extractor?" asks the clinic)."""
    words = [a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[start] and a.low[k] not in CLAUSE_FILLERS]
    return bool(KIT_WORDS & set(a.low[start:end])) and len(words) >= 3 and words[0] in {"can", "could", "should"} and (
        words[1] in {"you", "u"} and words[2] in {"use", "try"})


def _at_work(a: Analysis, start: int, end: int) -> bool:
    """"I'm a tattoo artist so I'm working with needles all day": the visitor's job, not a removal (session 32, tuning_114)."""
    at = start if a.low[start] == "with" else start - 1
    return at > 0 and a.low[at] == "with" and a.low[at - 1] in {"working", "work", "works"} and (
        a.low[end:end + 2] in (["all", "day"], ["for", "a"], ["for", "work"], ["at", "work"], ["every", "day"], ["for", "my"])
        or a.low[end:end + 1] == ["daily"])


def tool_mentions(a: Analysis) -> Tuple[List[Mention], List[Tuple[int, int]]]:
    """"use a needle", "comedone extractor": the visitor's tools, and the clinic's."""
    out: List[Mention] = []
    clinic: List[Tuple[int, int]] = []
    others: List[Tuple[int, int]] = []  # someone else's tool, in a video or a story
    for start, end in a.spans("TOOL_USE"):
        if start > 0 and a.low[start] in {"with", "around", "about"} and a.low[start - 1] in _FEARFUL or _at_work(a, start, end):
            others.append((start, end))
            continue  # "im a massive baby with needles", "I'm rubbish with needles": a fear, not a use; "working with needles all day"
        window = range(max(0, start - 3), start)
        own = any(a.in_sentence(label, start) for label in ("SELF_CUE", "HOWTO")) or acquired_before(a, start)
        own = own or generic_you(a, start) or _can_you_use_a_kit(a, start, end)
        if not own and _seen_in_media(a, start) and (_third_party_user(a, start) or _stranger_in_media(a, start)) or _nobody_wanted(a, start):
            others.append((start, end))
            continue  # "watched a youtube vid of someone popping milia with a needle", "not keen on anyone near my eyes with a needle"
        if not own and {"your", "ur", "yr"} & set(a.low[start:end]):
            clinic.append((start, end))
            continue  # "how many sessions to clear the ones round my eyes with your needle method?"
        if not own and describes_clinic_method(a, start) and CLINIC_TERM_TOOLS & set(a.low[start:end]):
            clinic.append((start, end))
            continue  # "needle extraction for milia - is it just poking them with a needle??"
        if not own and third_party_doer(a, start) and _would_never(a):
            others.append((start, end))
            continue  # "I saw a woman on TikTok digging milia out with a needle and nearly threw up. I'd never."
        if not own and any(a.low[k] in BEAUTY_PRACTITIONERS for k in window) and not any(
                a.low[k] in {"my", "her", "his", "me", "i", "we", "im", "i'm"} for k in window):
            others.append((start, end))
            continue  # "is needle extraction the same as when a beautician uses a lancet?": beauticians in general
        if any(a.clause[s] == a.clause[start] and start - 8 <= s < start for s, _ in a.spans("NONREMOVAL_OBJ")):
            others.append((start, end))
            continue  # "got a splinter out of my thumb with tweezers", "I pluck my eyebrows with tweezers"
        if not own and _third_party_user(a, start) and any(a.negated_before(k) for k, _ in a.spans("TRIED")):
            others.append((start, end))
            continue  # "I saw a video of someone removing milia with a needle, I'm not going to try that"
        if asks_clinic(a, start) or not own and any(
            (a.has("PRO_AGENT", k) or a.has("YOU", k)) and a.clause[k] == a.clause[start] for k in window
        ) or not own and any(a.low[k] in {"if", "whether"} and a.has("YOU", k + 1) and a.low[k + 2:k + 3] in (["do"], ["use"], ["remove"], ["take"], ["offer"], ["treat"])
                             and a.sentence[k] == a.sentence[start]
                             for k in range(max(0, start - 8), start)):  # "wants to know if you do the removal with a needle" (session 49)
            clinic.append((start, end))
            continue  # "do you use a needle"
        if _passive_at_clinic(a, start):
            clinic.append((start, end))
            continue  # "my aunt had hers taken off with a sterile needle at a dermatologist's"
        if not own and any(a.sentence[s] == a.sentence[start] and a.low[s] == "how" for s, _ in a.spans("CLINIC_TERM")):
            clinic.append((start, end))
            continue  # "how are they cut open, with a scalpel?": how the clinic does it, asked in the passive
        if not own and (start > 0 and a.low[start - 1] in CLINIC_THEY or end < len(a.low) and a.low[end] in CLINIC_THEY) and not (
                a.in_sentence("FIRST_PERSON", start)):
            clinic.append((start, end))
            continue  # "the one where they use a tiny sterile needle to lift them out, how does that work"
        if not own and _asks_how_the_clinic_does_it(a, start):
            clinic.append((start, end))
            continue  # "can your nurse remove the milia on my eyelids? is it done with a needle?"
        if (
            subject_before(a, start) != "visitor"
            and not a.in_clause("SELF_CUE", start)
            and done_by_clinic(a, start)
        ):
            clinic.append((start, end))
            continue  # "can milia be removed using a needle at the clinic"
        if end < len(a.low) and (a.low[end] in {"free", "less"} or a.low[end] == "-" and a.low[end + 1:end + 2] in (["free"], ["less"])):
            continue  # "needle-free" (not "the needle-and-comedone-tool method")
        if any(a.clause[s] == a.clause[start] and s < start for s, _ in a.spans("CLINIC_PASSIVE")) and not (
                a.in_clause("SELF_CUE", start)):
            clinic.append((start, end))
            continue  # "someone got milia removed from their eyelid with a needle at a derm"
        if done_to_themselves(a, start) and not a.in_sentence("HOWTO", start):
            others.append((start, end))
            continue  # "my sister got a needle in her eye doing her own milia"
        if a.low[end:end + 1] == ["for"] and {"brows", "eyebrows", "brow", "eyebrow", "splinters", "splinter", "nails", "hairs",
                                               "sewing", "plucking"} & set(a.low[end + 1:end + 4]):
            others.append((start, end))
            continue  # "I use tweezers for my brows"
        if not own and practitioner_did_it(a, start):
            others.append((start, end))
            continue  # "my beautician did my under eye ones with a sterile needle last year"
        out.append(Mention(start, end, a.negated_before(start)))
    for start, end in a.spans("CONSUMER_TOOL"):
        own = any(a.in_sentence(label, start) for label in ("SELF_CUE", "HOWTO", "ACQUIRED")) or generic_you(a, start)
        # "Do you recommend a plasma pen for milia? Thinking of buying one for home use"
        later_own = any(a.sentence[s] == a.sentence[start] + 1 and (label == "SELF_CUE" or a.low[s].startswith(("buy", "bought", "order")))
                        for label in ("SELF_CUE", "ACQUIRED") for s, _ in a.spans(label))
        own = own or later_own
        # "can you use a sewing needle on milia?": no clinic does, so "you" is anyone
        household = a.low[start] in HOUSEHOLD_TOOL_WORDS and (
            a.in_sentence("REMOVE", start) or a.in_sentence("SELF_VERB", start)
            or bool(MILIA_WORDS & {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[start]}))
        own = own or household or _can_you_use_a_kit(a, start, end)
        if asks_clinic(a, start) and not (household or later_own) or not own and (
                a.in_clause("PRO_AGENT", start) or a.in_clause("YOU", start)):
            continue  # "what removal tool do you use"
        if _third_party_user(a, start) and not a.in_sentence("SELF_CUE", start):
            continue  # "I saw a video of someone using a plasma device"
        if not own and _what_is_a(a, start):
            continue  # "What is a comedone extractor, and do your therapists use one?": the word asked about
        if used_on_something_else(a, start, end) or done_to_themselves(a, start) and not a.in_sentence("HOWTO", start):
            continue  # "a derma roller on my scalp for hair loss", "my friend used a derma roller on her milia"
        if not own and _seen_in_media(a, start):
            continue  # "Saw a plasma pen kit for eye bags on TikTok. Is that the same as what clinics use?"
        if not own and any(s <= start < e for s, e in clinic + others):
            continue  # the tool of a use already read as the clinic's ("where they use a tiny sterile needle") or another's
        if set(range(start, end)) & a.covered.get("CLINIC_PASSIVE", set()) or any(
                a.clause[s] == a.clause[start] and s < start for s, _ in a.spans("CLINIC_PASSIVE")) and not a.in_clause("SELF_CUE", start):
            continue  # "my friend had plasma pen done at a salon", "had them removed during a facial with a sterilised needle"
        if set(range(start, end)) & a.covered.get("CLINIC_TERM", set()) and not own and not a.in_sentence("TRIED", start):
            continue  # "sterile needle removal how does it work": the clinic's method named
        if _passive_at_clinic(a, start):
            continue  # "had her milk spots taken off with a sterile needle at a dermatologist office"
        if not own and (a.low[max(0, start - 2):start] in (["course", "of"], ["courses", "of"], ["sessions", "of"], ["rounds", "of"])
                        or not a.in_clause("FIRST_PERSON", start) and any(
                            a.clause[s] == a.clause[start] and s < start for s, _ in a.spans("CLINIC_TERM"))):
            continue  # "the course of derma pen" (sessions at a practitioner's), "electrolysis involved a hot needle"
        out.append(Mention(start, end, a.negated_before(start)))
    taken = {k for m in out for k in range(m.start, m.end)} | {k for s, e in clinic + others for k in range(s, e)}
    out += _bare_tool_mentions(a, taken)
    return out, clinic


def _passive_at_clinic(a: Analysis, i: int) -> bool:
    """Had them taken off (``CLINIC_PASSIVE`` earlier in the clause) by a professional or at a clinic."""
    return any(a.clause[s] == a.clause[i] and s < i for s, _ in a.spans("CLINIC_PASSIVE")) and (
        a.in_sentence("CLINIC_PLACE", i) or a.in_sentence("PRO_AGENT", i))


def _asks_how_the_clinic_does_it(a: Analysis, i: int) -> bool:
    """The sentence of ``i`` asks how "it" is done ("is it done with a needle?") right after a sentence
    that asks the clinic or its staff ("can your nurse remove them?")."""
    sent = a.sentence[i]
    words = [a.low[k] for k in range(len(a.low)) if a.sentence[k] == sent][:3]
    if (len(words) == 3 and _is_it_done(words) and sent > 0
            and any(a.sentence[s] == sent - 1 for label in ("YOU", "PRO_AGENT") for s, _ in a.spans(label))):
        return True
    # ... or in the clause after one about the clinic's price: "what's the price to remove them, and is it done with a needle?"
    clause = [k for k in range(len(a.low)) if a.clause[k] == a.clause[i] and a.low[k] not in {"and", ",", "also", "plus", "but"}][:3]
    earlier = {a.low[k] for k in range(len(a.low)) if a.sentence[k] == sent and a.clause[k] < a.clause[i]}
    return (len(clause) == 3 and _is_it_done([a.low[k] for k in clause]) and bool(earlier & PRICE_WORDS)
            and not a.in_sentence("FIRST_PERSON", i))


PRICE_WORDS = frozenset({"price", "prices", "cost", "costs", "charge", "charges", "fee", "fees", "much"})


def _is_it_done(words: List[str]) -> bool:
    """"is it done", "are they removed", "would that be treated" (how a treatment is carried out)."""
    return (words[0] in {"is", "was", "would", "will", "are"} and words[1] in {"it", "that", "this", "they"}
            and words[2] in {"done", "removed", "carried", "performed", "treated"})


def _bare_tool_mentions(a: Analysis, taken: Set[int]) -> List[Mention]:
    """A tool or gadget named on its own: "pin or needle for milia?", "ordered a spot zapper",
    "what gauge needle is best for the tear trough" - the visitor's, unless the sentence is about
    the clinic ("does the dermatologist use a lancet?", "is the treatment done with a needle?")."""
    out: List[Mention] = []
    n = len(a.low)
    for start, end in a.spans("BARE_TOOL"):
        if taken & set(range(start, end)):
            continue
        if any(a.clause[s] == a.clause[start] and s < start for s, _ in a.spans("CLINIC_PASSIVE")) and not a.in_clause("SELF_CUE", start):
            continue  # "... and have had them removed during a facial with a sterilised needle"
        nxt = a.low[end] if end < n else ""
        if start > 0 and a.low[start - 1] in {"hate", "hates", "fear", "dread", "loathe", "detest"} or a.low[max(0, start - 2):start] in (
                ["scared", "of"], ["scare", "of"], ["scary", "of"], ["afraid", "of"], ["terrified", "of"], ["frightened", "of"], ["phobic", "of"], ["sight", "of"],
                ["faint", "at"], ["woozy", "at"],
                ["squeamish", "at"], ["queasy", "at"], ["fear", "of"], ["phobia", "of"], ["terror", "of"], ["dread", "of"]):
            continue  # "I hate needles", "a morbid fear of needles", "I faint at the sight of needles": a fear, not a tool of theirs
        if _at_work(a, start, end):
            continue  # "I'm a tattoo artist so I'm working with needles all day": the visitor's job
        if done_to_themselves(a, start):
            continue  # "my sister once got a needle in her eye doing her own milia"
        if _what_is_a(a, start) and a.low[end:end + 1] == ["?"]:
            continue  # "What's a lancet? The booking page mentions it": asking what the word means
        if nxt in TOOL_EXCLUDE_NEXT or (a.low[start] == "pins" and nxt == "and") or (
                a.low[start] in {"pin", "pins"} and nxt in {"head", "heads", "sized", "size", "point", "points"}):
            continue  # "needle-free", "needle phobia", "pins and needles", "white pin head spots" (a size)
        # "and you have it in your clinic?" is the clinic's, "I have a lancet" the visitor's
        # ... and "I've got a question about the hyfrecator" is not having one
        acquired = any(a.sentence[s] == a.sentence[start] and not (s > 0 and a.has("YOU", s - 1) and a.low[s] in {"have", "has", "got"})
                       and not (s < start and NOT_A_TOOL_OBJECTS & set(a.low[s:start]))
                       for s, _ in a.spans("ACQUIRED"))
        own = acquired or any(a.in_sentence(label, start) for label in ("SELF_CUE", "HOWTO", "TRIED"))
        clinic = any(
            a.in_sentence(label, start)
            for label in ("YOU", "PRO_AGENT", "CLINIC_PLACE", "CLINIC_TERM", "CLINIC_PASSIVE", "TREATMENT_CTX")
        )
        # "Do you use a hyfrecator at the clinic? ... how it compares to a needle", "a different needle to
        # the ones on the cheeks? I'm curious what your clinic uses"
        clinic = clinic or any(
            a.sentence[k] in (a.sentence[start] - 1, a.sentence[start] + 1)
            for label in ("YOU", "PRO_AGENT", "CLINIC_PLACE") for k, _ in a.spans(label)
        ) and not any(a.sentence[k] == a.sentence[start] and a.low[k] in FIRST_PERSON_SUBJECTS for k in range(start))
        if asks_clinic(a, start) or (clinic and not own) or _asks_what_you_use(a, start):
            continue  # ... "what size needle do your nurses use on the lower lid?"
        first = next((a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[start]), "")
        if (not own and start > 0 and a.low[start - 1] == "the" and first in {"will", "does", "would", "is", "do"}
                and not any(a.sentence[k] == a.sentence[start] and a.low[k] in FIRST_PERSON_SUBJECTS
                            for k in range(len(a.low)))):
            continue  # "will the needle leave a mark?", "does the lancet hurt?"
        if any(s <= start < e and e > end for s, e in a.spans("CLINIC_TERM")) and not (
                a.in_sentence("SELF_CUE", start) or a.in_sentence("TRIED", start) or a.in_sentence("TOOL_USE", start)):
            continue  # "please call me back, also what's needle extraction": the clinic's method named
        if not own and start > 0 and a.low[start - 1] == "about" and HEARSAY_VERBS & set(a.low[max(0, start - 4):start]):
            continue  # "I've read about needles and something electrical"
        if (not (a.in_sentence("SELF_CUE", start) or a.in_sentence("TRIED", start) or any(
                a.sentence[s] == a.sentence[start] and s > 0 and a.low[s - 1] in FIRST_PERSON_SUBJECTS for s, _ in a.spans("ACQUIRED")))
                and CLINIC_TERM_TOOLS & {a.low[start]} and any(
                    a.low[s] == a.low[start] and e - s >= 2 for s, e in a.spans("CLINIC_TERM"))
                and not a.in_sentence("TOOL_USE", start)):
            continue  # "What is needle extraction? The word 'needle' is putting me off": the clinic's method
        if not own and not a.in_sentence("TOOL_USE", start) and (
                start > 1 and a.low[start - 1] in {"the", "a"} and a.low[start - 2] in {"about", "of"}
                and FEAR_WORDS & {a.low[k] for k in range(start) if a.sentence[k] == a.sentence[start]}
                or start > 0 and a.low[start - 1] in {"only", "just"} and not any(
                    a.sentence[k] == a.sentence[start] and a.low[k] in FIRST_PERSON_SUBJECTS for k in range(len(a.low)))):
            continue  # "my heart's racing just thinking about the needle", "a cream or is it only needle"
        if nxt in METHOD_NOUNS and not own and not a.in_sentence("TOOL_USE", start):
            continue  # "tell me about the needle method", "what's the needle technique like"
        if a.low[start].startswith("hyfrec") and (not own or a.in_sentence("CLINIC_PASSIVE", start) and not acquired):
            continue  # "what is a hyfrecator?", "my friend had her milia done with a hyfrecator": the clinic's method
        if _passive_at_clinic(a, start) and (not a.in_clause("SELF_CUE", start) or home_agent_cues_only(a, start)):
            continue  # "my friend had her milia done with a hyfrecator ... is it done by a dermatologist"
        out.append(Mention(start, end, a.negated_before(start)))
    for start, end in a.spans("GADGET"):
        if taken & set(range(start, end)) or asks_clinic(a, start) or a.in_clause("PRO_AGENT", start):
            continue  # "do you use a plasma pen?"
        if a.in_clause("TREATMENT_CTX", start) and not a.in_sentence("SELF_CUE", start) and any(
                a.has("YOU", k) and a.clause[k] == a.clause[start] and a.low[k + 1:k + 2] in (["offer"], ["provide"], ["do"], ["use"])
                for k in range(len(a.low) - 1)):
            continue  # "is the plasma pen treatment you offer safe near the eyes?"
        if _third_party_user(a, start) and not a.in_sentence("SELF_CUE", start):
            continue  # "a video of someone using a plasma device"
        if _seen_in_media(a, start):
            continue  # "Saw a plasma pen kit for eye bags on TikTok" (not "saw one on tiktok, just ordered one")
        if used_on_something_else(a, start, end):
            continue  # "a high frequency wand on acne on my back, nothing to do with milia"
        if set(range(start, end)) & a.covered.get("CLINIC_PASSIVE", set()):
            continue  # "my friend had plasma pen done at a salon"
        if _passive_at_clinic(a, start) and (not a.in_clause("SELF_CUE", start) or home_agent_cues_only(a, start)):
            continue  # "my friend had hers taken off at your place with the laser thing" (session 51, tuning_616)
        if a.low[start] in {"kit", "kits"} and not a.in_sentence("ACQUIRED", start):
            continue
        out.append(Mention(start, end, a.negated_before(start)))
    return out


def _seen_in_media(a: Analysis, i: int) -> bool:
    """The sentence of ``i`` tells of something seen in a video or a post ("watched a youtube vid of ...", "saw
    a plasma pen kit on TikTok"), and the message asks the clinic about it with no plan of the visitor's own
    ("is that what u do in clinic??"; not "gonna try it tonight", "can i do that", "would that work on my chin")."""
    words = {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[i]}
    if not (words & WATCHED_MEDIA and words & HEARSAY_VERBS):
        return False
    # "... do you do that?", or "is that even real??": asked of the clinic, or whether the story is true
    asks_clinic = any(a.spans(label) for label in ("YOU", "PRO_AGENT", "CLINIC_PLACE")) or (
        "?" in "".join(a.low) and bool({"real", "true", "legit"} & set(a.low)))
    # "Not buying one, just nosy": a plan refused is none
    plans = any(not a.negated_before(s) for label in ("TRIED", "FUTURE", "SELF_CUE", "ACQUIRED") for s, _ in a.spans(label)) or any(
        a.low[k] in {"can", "could", "should", "shall", "would", "will"} and a.low[k + 1] in {"i", "that", "it"}
        for k in range(len(a.low) - 1))
    return asks_clinic and not plans


def _nobody_wanted(a: Analysis, i: int) -> bool:
    """"Not keen on anyone coming near my eyes with a needle", "I don't want to go somewhere that just has a go with a
    needle": nobody is wanted to do it, the visitor least of all."""
    return any(a.low[k] in {"anyone", "anybody", "someone", "somebody", "somewhere", "anywhere"} and a.sentence[k] == a.sentence[i]
               and a.negated_before(k) and not (FIRST_PERSON_SUBJECTS | {"so", "but", "then", "myself"}) & set(a.low[k:i + 4])
               for k in range(max(0, i - 8), i))


def _asks_what_you_use(a: Analysis, i: int) -> bool:
    """"what size needle do your nurses use on the lower lid?", "which tool do you use": the clinic's tool asked about."""
    ks = [k for k in range(len(a.low)) if a.sentence[k] == a.sentence[i]]
    for k in ks:
        if a.low[k] in {"do", "does", "would", "will", "did"} and a.low[k + 1:k + 2] and a.low[k + 1] in {
                "you", "u", "your", "ur", "yr", "they"} and {"use", "uses", "using"} & set(a.low[k + 1:k + 5]):
            return True
    return False


_STRANGERS = frozenset({"lad", "girl", "guy", "woman", "bloke", "lady", "man", "dude", "fella"})


def _stranger_in_media(a: Analysis, i: int) -> bool:
    """The one seen in the video removes their own: "a TikTok of a lad going at his milia with a needle", "some
    influencer ... popping her milia with a needle" (said of a stranger, never "my sister")."""
    before = a.low[max(0, i - 6):i]
    if any(w in {"her", "his", "their"} and nxt in {"milia", "milium", "own", "bumps", "spots", "eye", "eyes", "eyelid", "eyelids"}
           for w, nxt in zip(before, before[1:], strict=False)):
        return not a.spans("SELF_CUE")
    return any(a.low[k] in _STRANGERS and a.sentence[k] == a.sentence[i] and a.low[k - 1:k] in (["a"], ["some"], ["this"], ["one"])
               for k in range(1, i))


def _third_party_user(a: Analysis, i: int) -> bool:
    """Someone else uses the gadget at ``i``: "a video of someone using a plasma device on milia"."""
    return any(a.low[k] in THIRD_PARTY_USERS and a.clause[k] == a.clause[i] for k in range(max(0, i - 8), i))


TOOL_NOUNS = frozenset({"tool", "tools", "kit", "kits", "gadget", "gadgets", "device", "devices", "thing", "instrument"})
TRICK_WORDS = frozenset({"trick", "tricks", "knack", "secret", "hack", "hacks"})


def home_tool_asked(a: Analysis) -> List[Mention]:
    """"what's the best tool for milia at home?": a tool for milia asked for, with a home cue in the sentence; or the
    trick to getting them out (session 34, tuning_134)."""
    found = []
    for start, end in a.spans("HOWTO"):
        if a.low[start] in TRICK_WORDS and a.low[end - 1] in {"out", "off"} and not a.in_sentence("PRO_AGENT", start):
            found.append(Mention(start, end, a.negated_before(start)))  # "whats the trick to getting the ones in the corner out"
            continue
        if not TOOL_NOUNS & set(a.low[start:end]):
            continue
        sentence = [k for k in range(len(a.low)) if a.sentence[k] == a.sentence[start]]
        if any(a.low[k] in {"milia", "milium", "millia", "milk"} for k in sentence) and any(
                a.sentence[s] == a.sentence[start] and not a.negated_before(s) for s, _ in a.spans("SELF_CUE")):
            found.append(Mention(start, end, a.negated_before(start)))
    return found


def _what_is_a(a: Analysis, start: int) -> bool:
    """The tool at ``start`` is the word asked about: "what's a lancet?", "what is a comedone extractor, and ..."."""
    k = start
    while k > 0 and a.low[k - 1] not in {"a", "an"} and start - k < 2:
        k -= 1  # "a comedone extractor"
    return a.low[max(0, k - 3):k] in (["what", "'s", "a"], ["what", "is", "a"], ["what", "'s", "an"], ["what", "is", "an"]) or (
        a.low[max(0, k - 2):k] in (["whats", "a"], ["whats", "an"]))


def tool_tried_on_the_milia(a: Analysis) -> List[Mention]:
    """"bought one of those plasma pens ... never used it, so last night ... I tried it on the milia in the crow's feet": a tool or
    gadget named before, tried by the visitor on the milia (session 46, tuning_436)."""
    named = [s for label in ("TOOL", "GADGET", "CONSUMER_TOOL") for s, _ in a.spans(label)]
    return [Mention(k, k + 3, False) for k in range(1, len(a.low) - 3)
            if a.low[k - 1] in {"i", "we"} and a.low[k] in {"tried", "used", "put", "ran", "zapped", "pressed"}
            and a.low[k + 1] in {"it", "that", "this"} and a.low[k + 2] in {"on", "over"} and any(s < k for s in named)
            and bool(MILIA_WORDS & set(a.low[k + 3:k + 6]))]


def tool_for_the_milia_asked(a: Analysis) -> List[Mention]:
    """"toothpick for milia?? will it work", "dart tip on under eye milia. yes or no": a short message opening with a tool named for the milia
    and asked about (session 47, spent v26, tuning_467)."""
    tools = [(s, e) for s, e in a.spans("TOOL") if s <= 1]
    return [Mention(s, e, False) for s, e in tools
            if len(a.low) <= 14 and not a.spans("YOU") and not a.spans("PRO_AGENT") and a.low[e:e + 1] in (["for"], ["on"]) and bool(
                MILIA_WORDS & set(a.low[e + 1:e + 5])) and ("?" in a.low[e:] or "yes or no" in " ".join(a.low[e:]))]
