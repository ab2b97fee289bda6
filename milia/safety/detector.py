"""Deterministic safety detector for milia messages.

``detect(text)`` tells whether a visitor talks about removing milia themselves
(``self_removal``), about the eye area (``eye_area``), reports a warning sign
(``red_flag``), says they will NOT touch them (``negated``) or asks how the
clinic removes them (``clinic_removal``).

How it works: a blank English spaCy tokenizer plus spaCy ``Matcher``s find
*concepts* (removal verbs, self cues, tools, negation cues, eye words, red-flag
symptoms, ...). ``PATTERNS`` below is the single source of truth for those
token patterns; ``save_pipeline`` writes the very same patterns into an
``entity_ruler``. Small rules then combine the concepts per clause (negation
scope, who does the removing, hypothetical questions, durations): the analysed
message is ``milia.safety.analysis``, who removes the milia ``milia.safety.mentions``,
the warning signs ``milia.safety.signs``.

This module must not import rasa. spaCy is imported lazily, and the pipeline
is built on first use and cached.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    List,
    Optional,
    Tuple,
    Union,
)

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.language import Language

from milia.safety import spelled_out
from milia.safety.affirmed import affirmed_after_denial
from milia.safety.analysis import Analysis, Mention, removal_places, sentence_text
from milia.safety.anyones_removal import anyones_removal_asked
from milia.safety.cannot_say import (
    BY_THE_CLINIC,
    EYE_FINE,
    REMOVED_BY_SOMEONE,
    SIGHT_BEHAVIOUR,
    behaviour_changed,
)
from milia.safety.everyday import drop_everyday_readings
from milia.safety.everyday_things import drop_everyday_things
from milia.safety.explained import drop_explained_signs, drop_signs_told_away
from milia.safety.history import (
    CANCER_WORDS,
    drop_gp_signs_a_doctor_cleared,
    drop_relatives_old_signs,
    drop_signs_long_over,
    drop_signs_years_past,
    relatives_history,
)
from milia.safety.home_peels import acid_near_the_eye, acid_on_the_milia
from milia.safety.home_ways import home_way_asked
from milia.safety.lexicon import (
    HEARSAY_VERBS,
    HOME_AGENT,
    PAST_REMOVAL,
    PLACES_NOT_EYE,
    RX_EYE_WORD,
    RX_LID,
    RX_RED,
    WH_WORDS,
)
from milia.safety.look_alike_signs import (
    drop_fear_and_other_things_kept_open,
    drop_look_alike_signs,
    drop_nicked_things,
    drop_unwell_with_nothing_picked,
)
from milia.safety.matching import PrefilteredMatcher
from milia.safety.mentions import (
    copy_mentions,
    refused_after,
    remove_mentions,
    self_verb_mentions,
)
from milia.safety.near_misses import drop_near_misses
from milia.safety.not_the_visitors import can_it_be_done, drop_removal_words_not_the_visitors
from milia.safety.patterns import (
    COVERED_EYE_DISTRESS,
    COVERING_WORDS,
    EMERGENCY_WITH,
    INFECTION_SIGNS,
    PATTERNS,
    TIER_OF,
)
from milia.safety.signs import WHAT_TO_DO_IF_PICKED, red_flag_spans, tier_of_labels
from milia.safety.spelling import dictionary, pattern_vocabulary, repaired
from milia.safety.tool_mentions import (
    home_tool_asked,
    tool_for_the_milia_asked,
    tool_mentions,
    tool_tried_on_the_milia,
)

FLAGS: Tuple[str, ...] = ("self_removal", "eye_area", "red_flag")


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


_MONTHS_AGO = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
                         "december", "months", "year", "years", "christmas", "summer", "spring", "winter", "autumn"})
_SHUT_PLACES = frozenset({"clinic", "clinics", "department", "hospital", "surgery", "unit", "shop", "opticians", "optician", "ward", "centre",
                          "center", "practice", "casualty", "pharmacy", "chemist", "salon"})
_REMOVAL_CONTEXT = ("SELF_VERB", "TOOL", "BARE_TOOL", "GADGET", "RUB", "CONSUMER_TOOL", "TOOL_USE", "RF_EYE_INJURY")
# what a screen, a website, a camera or the room does by itself: "the 'book now' button keeps sliding", "a red haze over my whole
# feed from that new instagram filter", "power cut", "the shower steam"
_SCREEN_THINGS = frozenset({"button", "banner", "homepage", "website", "feed", "filter", "instagram", "app", "images", "image", "camera",
                            "selfie", "photo", "photos", "video", "scroll", "scrolling", "glitch", "loading", "power", "bulb",
                            "fireworks", "firework", "tiktok", "pic", "pics", "gif", "emoji",
                            # session 39 (tuning_226): "the chat bubble is a big spot floating in the middle of everything on my
                            # screen", "black dots on your booking page keep moving" (not a TV, a page or a screen: "the subtitles on
                            # the telly are a blur since this afternoon" is a change in sight)
                            "site", "chat", "bubble", "booking", "chatbot"})
_SIGHT_WORDS = frozenset({"vision", "sight", "eyesight", "see", "seeing", "sees", "saw", "seen", "blind"})


def _eye_or_sight_near(a: Analysis, start: int) -> bool:
    """An eye, a lid or seeing named in the sentence of ``start`` or the one either side."""
    return any(abs(a.sentence[k] - a.sentence[start]) <= 1 and (
        a.low[k] in _SIGHT_WORDS or re.match(RX_EYE_WORD, a.low[k]) or re.match(RX_LID, a.low[k])) for k in range(len(a.low)))


_NOT_ANY = frozenset({"not", "n't", "nt", "no", "never", "havent", "haven't", "without"})
# "up all night with the new baby", "a late night", "no sleep": a puffy lid from lack of sleep (session 38, tuning_208)
_NO_SLEEP = re.compile(r"\b(up all night|all night|late nights?|no sleep|not slept|lack of sleep|little sleep|night shifts?|nights out|night out)\b")


# --------------------------------------------------------------------------
# Pipeline (built lazily, cached)
# --------------------------------------------------------------------------
@lru_cache(maxsize=1)
def build_nlp() -> "Language":
    """A blank English pipeline (tokenizer only); cached. "bone?My hands", "lid!Help": a question or
    exclamation mark typed without a space after it still ends the word (spaCy splits "eye.Then" already).
    "gonna", "gotta" and "y'all" stay one word, as the patterns spell them (spaCy splits them: "gon" "na"). "I." is "I" and a full stop,
    never an abbreviation ("the pin went in my I.": speech to text, session 45)."""
    import spacy
    from spacy.util import compile_infix_regex

    nlp = spacy.blank("en")
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[a-zA-Z?!])[?!](?=[a-zA-Z?!])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k.lower() not in {"gonna", "gotta", "y'all", "yall"}}
    nlp.tokenizer.add_special_case("I.", [{"ORTH": "I"}, {"ORTH": "."}])
    # "They DON'T bleed": a negation in capitals splits as it does in lower case (session 51, tuning_612)
    for stem in ("DO", "DOES", "DID", "CA", "WO", "IS", "ARE", "WAS", "WERE", "HAS", "HAVE", "HAD", "COULD", "SHOULD", "WOULD", "MUST"):
        for apostrophe in ("'", "\u2019"):
            nlp.tokenizer.add_special_case(f"{stem}N{apostrophe}T", [{"ORTH": stem}, {"ORTH": f"N{apostrophe}T"}])
    return nlp


@lru_cache(maxsize=1)
def build_matcher() -> PrefilteredMatcher:
    """The matcher of every concept in ``PATTERNS`` (milia/safety/matching.py); cached."""
    return PrefilteredMatcher(build_nlp().vocab, PATTERNS)


def warm_up() -> None:
    """Build the tokenizer, matcher and word list now (e.g. when a server starts)."""
    build_matcher()
    dictionary()
    pattern_vocabulary()


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


# "none of that going on with me", "I've got none of those"
_NONE_OF_THAT = re.compile(r"\b(none of (that|those|them|these|the above)|no sign of (that|those|any of)|n't (got|have) any of (that|those|them))\b")
_SETTLED = frozenset({"settled", "subsided", "healed"})  # "it bled once and healed within 2 days"
_WENT_DOWN = frozenset({("went", "down"), ("gone", "down"), ("went", "away"), ("gone", "away")})


def _went_down(after: List[str]) -> bool:
    """The words after a sign say it went: "went down", "has gone away", "disappeared"."""
    if after[:1] in (["has"], ["had"], ["'s"]):
        after = after[1:]
    if after[:1] in (["completely"], ["totally"], ["all"], ["fully"]):
        after = after[1:]  # "the swelling has completely gone" (session 32)
    return tuple(after[:2]) in _WENT_DOWN or after[:1] in (["disappeared"], ["subsided"], ["settled"]) or (
        after[:1] == ["gone"] and after[1:2] in ([], ["."], [","], ["now"], ["and"], ["!"]))


def _sign_labels(a: Analysis) -> List[str]:
    return [label for label in list(a.hits) if label.startswith("RF_")]


def _drop_signs_read_about_and_denied(a: Analysis) -> None:
    """"read on the nhs site that swelling, pus, red lines etc are bad signs. none of that going on with me":
    signs in a sentence told as read or heard, then denied in so many words."""
    text = " ".join(a.low)
    if not _NONE_OF_THAT.search(text):
        return
    heard = {a.sentence[k] for k in range(len(a.low)) if a.low[k] in HEARSAY_VERBS}
    for label in _sign_labels(a):
        a.discard(label, lambda s, e: a.sentence[s] in heard)


def _drop_signs_that_settled(a: Analysis) -> None:
    """"her eye went a bit puffy for a day then settled": a skin sign told as over in the same sentence (never an
    eye emergency: sight that went blurry "then settled" is still told)."""
    for label in [label for label in _sign_labels(a) if TIER_OF.get(label) != "emergency"]:
        a.discard(label, lambda s, e: any(a.low[k] in _SETTLED and a.sentence[k] == a.sentence[s] and a.low[k - 1] in {
            "then", "soon", "quickly", "it", "had", "has", "and", "but", "all"} for k in range(e, len(a.low)))
            and not {"now", "still", "again", "worse"} & {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]})
        # "the swelling went down in ten minutes": the sign itself told as gone
        a.discard(label, lambda s, e: _went_down(a.low[e:e + 4])
                  and not {"now", "still", "again", "worse", "but"} & {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]
                                                                      and a.low[k - 1:k + 1] not in (["normal", "again"], ["fine", "again"])})


_GONE_NOW = re.compile(r"^(?!.*\b(but|again|still|worse|mostly|almost|nearly|partly|half|slightly|bit)\b).*\b(gone down|settled|gone) now\b")
EVERYDAY_EYE_CAUSES = frozenset({"onion", "onions", "chopping", "screen", "screens", "crying", "cried", "hay", "hayfever", "tired",
                                 "tiredness", "wind", "chlorine", "pool", "swimming", "smoke", "laptop", "computer", "sleep", "pollen"})


def _sizes_grew(a: Analysis) -> Optional[Tuple[int, int]]:
    """The last of three or more sizes told, each bigger than the one before ("june: white, 1mm. july: white, 2mm. august: 4mm",
    session 54, tuning_691): a spot growing month by month, told without the word; None when the sizes do not grow so."""
    sizes = [(k, float(w)) for k, w in enumerate(a.low[:-1]) if re.match(r"^\d+(\.\d+)?$", w) and a.low[k + 1] in {"mm", "cm"}]
    grew = len(sizes) >= 3 and all(later > earlier for (_, earlier), (_, later) in zip(sizes, sizes[1:], strict=False))
    # two sizes with the time between them: "at 1mm in October, 6 weeks later it's 4mm" (round 2, tuning_696)
    grew = grew or len(sizes) == 2 and sizes[1][1] >= 2 * sizes[0][1] > 0 and bool(
        {"later", "now", "weeks", "months", "since"} & set(a.low[sizes[0][0]:sizes[1][0]]))
    return (sizes[-1][0], sizes[-1][0] + 2) if grew else None


def _echoed_by_mine(a: Analysis) -> List[Tuple[str, int, int]]:
    """A sign told of milia in general and then of the visitor's own in two words: "Was told milia don't have pus, but mine does since
    I picked it" (session 54, spent v33): the sign, at "mine does"."""
    found = []
    for label in [label for label in a.hits if label.startswith("RF_")]:
        for _, e in a.spans(label):
            k = e + 1 if a.low[e:e + 1] == [","] else e
            if a.low[k:k + 1] == ["but"] and a.low[k + 1:k + 2] in (["mine"], ["ours"]) and a.low[k + 2:k + 3] in (["does"], ["do"], ["has"], ["did"]):
                found.append((label, k + 1, k + 3))
    return found


def _shrank(words: List[str]) -> bool:
    """Two sizes told ("3mm ... 2mm now") and the later one no bigger: not growth."""
    sizes = [float(w) for w, unit in zip(words, words[1:], strict=False) if re.match(r"^\d+(\.\d+)?$", w) and unit in {"mm", "cm"}]
    return len(sizes) >= 2 and sizes[-1] <= sizes[0]

_SEES_FINE = re.compile(r"\b(can|could) (still )?(see|open it|open my eye|open the eye|open (both|my|the|her|his) eyes) (fine|ok|okay|normally|perfectly|properly)\b")
_NEVER_BLED = re.compile(r"\b(never|not|n't|nt) (bled|bleed)\b")
# "poke me right in the eye corner ... it is bleeding little inside the white part": the eye itself (session 52, tuning_645)
_INSIDE_THE_EYE = re.compile(r"\b(inside|in|on) (the |my |her |his )?(white part|white bit|whites? of (the|my|her|his) eye|eyeball)\b")
_TURN_INTO_CANCER = re.compile(r"\b(turn|turns|turned|turning|become|becomes|develop|develops|change|changes|grow|grows) into (a )?(skin )?(cancer|melanoma)\b")


def detect(text: str) -> SafetyResult:
    """Detect safety-relevant content in one visitor message (words spelled out letter by letter read
    as the words they spell: milia/safety/spelled_out.py; spans point into ``text``)."""
    spelled = spelled_out.decode(text) if text else None
    if spelled is None:
        return _detect(text)
    read, to_text = spelled
    found = _detect(read)
    return replace(found, spans=tuple((name, to_text(start), to_text(end)) for name, start, end in found.spans))


def _detect(text: str) -> SafetyResult:
    if not text or not text.strip():
        return SafetyResult()
    doc = build_nlp().make_doc(_normalise(text))
    read = repaired(doc)  # "swolen" read as "swollen"; spans still point into the visitor's text
    a = Analysis(read, build_matcher()(read), origin=doc)
    grew = _sizes_grew(a)
    if grew:
        a.add("RF_GROW", *grew)
    for label, start, end in _echoed_by_mine(a):
        a.add(label, start, end)
    # "Is there a cream that deals with milia so nobody has to pick at them?" (session 47, tuning_456)
    a.discard("SELF_VERB", lambda s, e: bool({"nobody", "noone", "no-one"} & set(a.low[max(0, s - 4):s])) or a.low[max(0, s - 4):s - 2] == ["no", "one"])
    # "My 15 year old barely wakes before noon on a Saturday": a teenager's lie-in
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s] in {"barely", "hardly", "scarcely"} and a.low[e:e + 1] in (["before"], ["till"], ["until"], ["at"]))
    # "keeps getting a yellowy crust on it every couple of weeks, been like that since September": a crust (a GP's), with nothing picked
    a.discard("RF_PUS", lambda s, e: a.low[e - 1] in {"crust", "crusts", "crusting", "crusty"} and not any(
        a.spans(label) for label in ("SELF_VERB", "TOOL", "TOOL_USE", "BARE_TOOL")))
    # "My mum wants to know whether you use a needle when you remove milia at the clinic": the one asking the clinic, not a doer (session 47,
    # tuning_448)
    a.discard("SELF_CUE", lambda s, e: (a.low[e:e + 3] == ["wants", "to", "know"] or a.low[e:e + 1] in (["asked"], ["asks"], ["wonders"], ["wondered"])) and bool(
        {"you", "your", "clinic"} & {a.low[k] for k in range(e, len(a.low)) if a.sentence[k] == a.sentence[s]}))
    # "do milia go away by themselves" / "on their own": of their own accord, nobody removes them
    a.discard("SELF_CUE", lambda s, e: s > 0 and a.low[s] in {"themselves", "itself"} and a.low[s - 1] == "by"
              or a.low[s:e] == ["their", "own"] and s > 0 and a.low[s - 1] == "on")

    # "the milia on my son's eyelid": a relative named as the patient, not as the one removing them
    # ("me mate's a beautician" is "my mate is")
    a.discard("SELF_CUE", lambda s, e: e < len(a.low) and a.low[e] in {"'s", "s"} and bool(re.match(HOME_AGENT, a.low[e - 1]))
              and a.low[e + 1:e + 2] not in (["a"], ["an"], ["gonna"], ["going"], ["offered"], ["said"], ["says"]))
    # "my eye feels as if there's gravel in it": a likeness, not a hypothesis (session 36, followups/tuning_57)
    a.discard("HYPO_STRONG", lambda s, e: a.low[s] == "if" and s > 0 and a.low[s - 1] == "as")
    # "a friend who does lashes ... said she can extract them": "who" after a friend is not a practitioner (session 36, spent v15)
    a.discard("PRO_AGENT", lambda s, e: a.low[s] == "who" and s > 0 and bool(re.match(HOME_AGENT, a.low[s - 1])))
    # "my sisters a nurse and has offered to take the milia off my chin with a lancet from work", "my twin is a vet nurse and ... took a sterile
    # needle to the milium": someone at home who is a nurse, with a tool (session 45, tuning_415)
    a.discard("PRO_AGENT", lambda s, e: a.low[s] in {"nurse", "nurses"} and any(re.match(HOME_AGENT, a.low[k]) or a.low[k] in {"twin", "sisters", "step-dad", "stepmum", "stepdad", "step-mum", "neighbour", "sis"}
                                                                        for k in range(max(0, s - 5), s)) and bool(a.spans("TOOL")))
    # "asking for my mum, do you use a needle ...": the one asked for is the patient
    a.discard("SELF_CUE", lambda s, e: s > 1 and a.low[s - 1] == "for" and a.low[s - 2] in {"asking", "ask", "enquiring", "booking", "messaging"}
              and bool(re.match(HOME_AGENT, a.low[e - 1])))
    # session 33 (tuning_129): "I moved. it caught my eye, the coloured bit": the pin caught the eye, not an idiom
    a.discard("EYE_IDIOM", lambda s, e: a.low[s] in {"caught", "catch", "catches"} and s > 0 and a.low[s - 1] in {
        "it", "pin", "needle", "tweezers", "they", "that", "lancet", "nail", "tip", "point", "he", "she"} and bool(a.spans("TOOL") or a.spans("BARE_TOOL")))
    # "does it run in families", "does it hurt": "it" the subject of the verb after it, not a removal done (session 33: weekend.yml)
    a.discard("REMOVE", lambda s, e: a.low[s] in {"does", "do", "did"} and e - s == 2 and a.low[s + 1] == "it" and a.low[e:e + 1] in [[w] for w in (
        "run", "runs", "mean", "matter", "happen", "hurt", "look", "spread", "go", "come", "leave", "scar", "itch", "affect", "need",
        "take", "cost", "last", "heal", "stay", "grow", "sting", "show", "feel", "usually", "always", "normally")])
    # "used to be 2 now theres like 8": how many milia, not a spot that grew
    a.discard("RF_GROW", lambda s, e: a.low[s] == "used" and sum(bool(re.fullmatch(r"\d+|two|three|four|five|six|seven|eight|nine|ten", w))
                                                              for w in a.low[s + 3:e + 6]) >= 2
              and not {"mm", "cm", "size", "sized", "bigger", "larger", "millimetres", "millimeters"} & set(a.low[s:e + 6]))
    # "should I just do that myself now?" points back at a removal told before it in the message
    a.discard("REMOVE", lambda s, e: a.low[s + 1:s + 2] == ["that"] and not any(
        k < s for label in ("SELF_VERB", "TOOL", "GADGET") for k, _ in a.spans(label)))
    # "since I was 20 and I'm 45 now": ages, not a size that grew
    a.discard("RF_GROW", lambda s, e: any(re.match(r"^\d+$", a.low[k]) and k > 1 and (
        a.low[k - 1] in {"'m", "im", "am", "aged", "age", "turned", "turning"}
        or a.low[k - 1] in {"was", "'s", "is"} and a.low[k - 2] in {"i", "she", "he", "we"}) for k in range(s, e)))
    a.discard("RF_GROW", lambda s, e: _shrank(a.low[s:e]))
    # "I keep dozing off in front of the telly": tired, not unwell
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[e - 1] == "off" and a.low[s] in {"dozing", "nodding", "dozed", "nodded", "dropping", "drifting"}
              and bool({"telly", "tv", "sofa", "couch", "film", "movie", "front", "work", "desk", "lectures", "bus", "reading", "page", "book"}
                       & {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]}))
    # "after a dog scratch", "a cat scratch": an animal's, a noun
    a.discard("SELF_VERB", lambda s, e: a.low[s] in {"scratch", "scratches"} and s > 0 and a.low[s - 1] in {
        "dog", "cat", "kitten", "puppy", "dog's", "cat's", "pet", "animal", "rabbit", "hamster"})
    # session 33 (v12, spent): "has veins on it. thread-like red lines across the top": tiny blood vessels on the spot (a GP's), not a
    # red line spreading from it
    a.discard("RF_SPREAD", lambda s, e: s in a.covered.get("RF_CANCER", set()) and bool(
        {"veins", "vein", "vessels", "thread-like", "threadlike", "thready", "spidery"} & set(a.low))
        and not {"spreading", "creeping", "tracking", "travelling", "traveling", "moving", "up", "towards"} & set(a.low[e:e + 4]))
    # "in the middle it goes down like a crater": a dip in the spot, not someone collapsing
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[e - 1] == "like" and a.low[s + 1:s + 2] == ["down"] and bool(
        {"crater", "dip", "hole", "pit", "dent", "bowl", "dimple", "volcano", "well"} & set(a.low[e:e + 3])))
    # "a dark patch on my skin by my eye": a mark on the skin beside the eye, not a patch in the sight
    a.discard("RF_FLASHES", lambda s, e: a.low[e - 1] == "eye" and ("skin" in a.low[s:e] or bool(
        {"under", "by", "near", "around", "round", "below", "beside", "above"} & set(a.low[max(s, e - 3):e - 1]))))
    # session 38 (tuning_194): "took photos with the camera going off all afternoon": a real camera, not flashes in the eye
    a.discard("RF_FLASHES", lambda s, e: (a.low[s] in {"camera", "cameras"} or bool({"photo", "photos", "selfie", "selfies"} & {
        a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]})) and "like" not in {
        a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]} and bool(
        {"photo", "photos", "photograph", "photographs", "picture", "pictures", "selfie", "selfies", "took", "taking", "photographer"}
        & {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]}))
    # "the skin on my eye bags is a little sore after I had a go", "bit of soreness on the eyelid skin": the skin a little sore,
    # not pain in the eye (session 38, tuning_195)
    a.discard("RF_EYE_PAIN", lambda s, e: bool({"skin", "bags", "bag"} & set(a.low[s:e + 2])) and bool(
        {"little", "bit", "slightly", "slight", "mild", "mildly", "tiny"} & set(a.low[max(0, s - 4):e])))
    # "a white bump in my lower lash line like a grain of sand", "a safe home method ... like a needle or something": the bump
    # or the tool compared, not a feeling in the eye (session 38, spent v17)
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s] == "like" and not {"feel", "feels", "feeling", "felt", "there's", "theres",
                                                                           "everything"} & set(a.low[max(0, s - 6):s]) and bool(
        {"bump", "bumps", "spot", "lump", "milium", "milia", "cyst", "seed", "method", "tool", "way"} & set(a.low[max(0, s - 6):s]))
              and not {"floating", "drifting", "moving", "in", "inside"} & set(a.low[e:e + 2]))
    # "the lump has got wider and the edges have gone raised and shiny": the spot's edges, not the edges of the sight
    a.discard("RF_VISION", lambda s, e: a.low[s:s + 2] == ["the", "edges"] and not {"see", "vision", "sight", "room", "eye", "eyes", "view"} & {
        a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]})
    # "a lump on my ear that oozes a bit of blood now and then": a spot that bleeds (a GP's), not a discharge (followups/tuning_67)
    a.discard("RF_OOZE", lambda s, e: "blood" in a.low[e:e + 5] or "bloody" in a.low[e:e + 3])
    # "the white dot on my eyebrow got a black bit in the middle": a mark on the spot, not a patch in the sight (tuning_197)
    for label in ("RF_VISION", "RF_FLASHES", "RF_EYE_TROUBLE"):
        a.discard(label, lambda s, e: a.low[s] in {"black", "dark", "grey", "gray", "brown"} and bool(
            {"dot", "bump", "lump", "milium", "mole", "cyst"} & set(a.low[max(0, s - 6):s])) and "middle" in a.low[s:e + 3]
            and not {"vision", "sight", "see", "seeing", "sees", "eye", "eyes"} & set(a.low[max(0, s - 4):e + 3]))
    # "my mascara smudged under my eye", "my glasses had a greasy smear": make-up or a lens, not the sight (session 38, tuning_207)
    a.discard("RF_EYE_TROUBLE", lambda s, e: bool({"smudged", "smudge", "smear", "smeared", "smeary", "smudgy", "smudges", "smears"} & set(
        a.low[s:e])) and bool({"mascara", "makeup", "make-up", "eyeliner", "glasses", "specs", "lens", "lenses", "greasy", "foundation",
                               "concealer", "lipstick"} & {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]}) and not re.search(
        r"\bonly (out of|in|from|through|with) (that|one|this|my (left|right)|her (left|right)|his (left|right)) eye\b", sentence_text(a, a.sentence[s])))
    # ("the grams on the scales are all smudged ... only out of that eye", reading without glasses: session 49, tuning_516)
    # "a pearly lump ... with thin red lines running over it": tiny blood vessels over the spot (a GP's), not a red line spreading
    a.discard("RF_SPREAD", lambda s, e: any(a.low[k] in {"over", "across"} and a.low[k + 1:k + 2] in (["it"], ["the"], ["them"], ["its"])
                                            for k in range(s, min(len(a.low) - 1, e + 2)))
              and bool({"lines", "threads", "veins", "vessels"} & set(a.low[s:e + 1]))
              and not {"neck", "arm", "face", "cheek", "chest", "leg", "jaw", "ear", "eye"} & set(a.low[s:e + 5]))
    # "today her eyes are puffy, but she was crying half the night", "up all night with the new baby, eyes puffy": a puffy lid from
    # crying or no sleep, with no picking told (session 38, tuning_208)
    a.discard("RF_SWELL", lambda s, e: bool({"puffy", "puffed", "swollen"} & set(a.low[s:e])) and bool(
        {"crying", "cried", "4am", "3am", "5am", "breakup", "hangover", "shift"} & set(a.low) or _NO_SLEEP.search(" ".join(a.low)))
              and not any(a.spans(label) for label in ("SELF_VERB", "REMOVE", "TOOL", "TOOL_USE", "RUB")))
    # "you can barely see where it was, just a speck of pink": the mark is hard to see, not the sight (followups/tuning_68)
    a.discard("RF_VISION", lambda s, e: a.low[e - 1] == "see" and a.low[e:e + 2] in (["where", "it"], ["where", "they"], ["the", "mark"], ["the", "scar"],
                                                                                        ["a", "mark"], ["any", "mark"], ["the", "spot"], ["it", "now"]))
    # "she was crying half the night after a breakup": someone crying, not a weeping eye (session 38, tuning_208)
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s:e] == ["crying"] and (bool(
        {"breakup", "break-up", "funeral", "film", "movie", "sad", "upset", "row", "argument"} & set(a.low)) or bool(_NO_SLEEP.search(" ".join(a.low)))
        or "half the night" in " ".join(a.low)))
    # "If I get the milia on my eyelid removed by you, could I see flashes or anything afterwards?": a question about the
    # clinic's removal; "Not had any flashing lights or new specks" (session 38, tuning_209)
    for label in ("RF_FLASHES", "RF_VISION", "RF_LIGHT", "RF_EYE_TROUBLE"):
        a.discard(label, lambda s, e: a.low[max(0, s - 3):s] in (["could", "i", "see"], ["will", "i", "see"], ["would", "i", "see"])
                  or ("any" in a.low[max(0, s - 2):s] and bool(_NOT_ANY & set(a.low[max(0, s - 5):s])))
                  or a.low[s - 1:s] == ["no"] or ("or" in a.low[max(0, s - 3):s] and "no" in a.low[max(0, s - 5):s])
                  or ("or" in a.low[max(0, s - 3):s] and "any" in a.low[max(0, s - 7):s] and bool(_NOT_ANY & set(a.low[max(0, s - 9):s]))))
    # "this milia thing on my cheek is like twice the size it was in june": a spot growing over months (a GP's), not a swelling
    a.discard("RF_SWELL", lambda s, e: a.low[s] in {"twice", "double"} and bool(_MONTHS_AGO & set(a.low[e:e + 8])))
    # "for the first few weeks it was just a white head on my eyelid ... and now it's maybe twice the size" (session 54, tuning_691): weeks of growing
    a.discard("RF_SWELL", lambda s, e: a.low[s] in {"twice", "double"} and bool({"weeks", "months"} & set(a.low[max(0, s - 40):s]))
              and not any(a.spans(label) for label in ("SELF_VERB", "TOOL", "TOOL_USE", "BARE_TOOL", "REMOVE")))
    # "she had her eye closed while I did the one on her lid", "keep your eye shut tight when I use the needle", "my local eye
    # clinic is shut on sundays": an eye kept shut for the removal, or a place that is shut, not an eye that will not open
    a.discard("RF_EYE_SHUT", lambda s, e: a.low[e:e + 1] in (["while"], ["whilst"], ["when"], ["as"], ["during"], ["so"], ["until"], ["till"],
                                                             ["before"]) or bool(_SHUT_PLACES & set(a.low[s:e]))
              or any(a.low[k] in {"while", "whilst"} and a.sentence[k] == a.sentence[s] for k in range(max(0, s - 4), s))
              and bool({"kept", "keep", "keeping", "had", "has"} & set(a.low[max(0, s - 3):e])))
    # "I keep seeing things online about plasma pens", "the numbers on your price list jumped", "trying to catch them with
    # tweezers": not the sight
    a.discard("RF_FLASHES", lambda s, e: a.low[e:e + 1] in (["about"], ["online"], ["on"], ["saying"], ["that"], ["like"], ["where"])
              and a.low[e - 1] in {"things", "stuff", "shapes"})
    a.discard("RF_FLASHES", lambda s, e: a.low[s] in {"trying", "tries", "tried"} and bool(
        {"early", "before", "with", "using", "tweezers", "needle", "pin", "quickly", "young"} & set(a.low[e:e + 3])))
    a.discard("RF_VISION", lambda s, e: a.low[e - 1] == "jumped" and bool({"price", "prices", "cost", "costs", "fees", "fee", "£", "bill"} & {
        a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]}) or a.low[e:e + 2] == ["out", "at"])
    # "the 'book now' button keeps sliding across the screen", "a red haze over my whole feed from that new instagram filter",
    # "half my face was missing in the mirror from the shower steam": a scene read as sight counts only beside the eye or
    # sight, or in a message that tells a removal or an injury (session 38, tuning_214)
    if not any(a.spans(label) for label in _REMOVAL_CONTEXT):
        for label in ("RF_FLASHES", "RF_VISION"):
            a.discard(label, lambda s, e: not _eye_or_sight_near(a, s) and bool(_SCREEN_THINGS & {
                a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]}))
        # "Our TV has gone all smoky so I'm stuck on my phone" (session 39, tuning_226; not "the telly has gone 'all smoky'" after
        # a picking on his eyelids)
        a.discard("RF_VISION", lambda s, e: a.low[s] in {"gone", "going", "went", "goes"} and "all" in a.low[s:e] and not _eye_or_sight_near(a, s))
        # "I can't stand the massive bright bulbs in our bathroom, every milium looks huge under them" (tuning_229): bright light
        # disliked, not hurting an eye, unless a picking is told
        a.discard("RF_LIGHT", lambda s, e: a.low[s] in {"cant", "cannot", "ca", "can", "could", "couldnt", "too", "painfully", "unbearably",
                                                       "blindingly", "stand", "bear", "take", "handle"} and not {
            "eye", "eyes", "hurts", "hurt", "pain", "painful", "squinting", "squint", "watering", "sore", "agony", "stings", "sting"} & {
            a.low[k] for k in range(len(a.low)) if abs(a.sentence[k] - a.sentence[s]) <= 1})
        # "my dog refuses to go out into the sun": light shunned counts only beside a removal (session 47, tuning_443)
        a.discard("RF_LIGHT", lambda s, e: a.low[s] in {"refuses", "refused", "refusing", "won't", "wont", "wo", "will", "curtains", "blinds"})
    a.discard("RF_EYE_SHUT", lambda s, e: "whole time" in " ".join(a.low[e:e + 5]))  # "kept his eye screwed tight the whole time your nurse did"
    # "milia on inflamed raised skin", "a puffy inflamed patch covered in tiny white cysts" (milia en plaque): "inflamed" is
    # a sign of infection only after a picking or removal told in the message (session 38)
    if not any(a.spans(label) for label in _REMOVAL_CONTEXT + ("REMOVE",)):
        a.discard("RF_INFECT", lambda s, e: a.low[s].startswith("inflam"))
    # "the scab dropped off", "can't find words for how happy I am", "he drifts off whenever we watch anything", "my grandson only
    # mumbles when I ask him anything", "this office goes hot then cold then hot again" (session 38, tuning_214)
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s - 1:s] in (["scab"], ["scabs"], ["crust"], ["it"], ["bit"]) and a.low[e - 1] == "off"
              or a.low[e - 1] == "words" and a.low[e:e + 1] in (["for"], ["to"])
              or a.low[e:e + 1] in (["whenever"], ["during"], ["watching"]) and a.low[e - 1] in {"off", "mumbles", "grunts", "again"}
              or a.low[e - 1] == "mumbles" and a.low[e:e + 3] in (["when", "i", "ask"], ["whenever", "i", "ask"]))
    a.discard("RF_FEVER", lambda s, e: bool({"office", "room", "house", "weather", "heating", "flat", "building", "shop", "car"} & {
        a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]}))
    # "can i put a warm flannel on my eye bags and then squeeze": a cloth on the eye is a sign only with distress beside it
    a.discard("RF_EYE_PAIN", lambda s, e: bool(COVERING_WORDS & set(a.low[s:e])) and not COVERED_EYE_DISTRESS & {
        a.low[k] for k in range(len(a.low)) if abs(a.sentence[k] - a.sentence[s]) <= 1})
    drop_look_alike_signs(a)  # session 39 (milia/safety/look_alike_signs.py)
    drop_nicked_things(a)
    drop_fear_and_other_things_kept_open(a)
    drop_unwell_with_nothing_picked(a)
    drop_everyday_things(a)  # session 40 (milia/safety/everyday_things.py)
    drop_near_misses(a)  # session 41 (milia/safety/near_misses.py)
    # "the red is going down, not up": settling, not spreading (tuning_212)
    a.discard("RF_SPREAD", lambda s, e: a.low[e - 1] == "down" and a.low[e - 2:e - 1] in (["going"], ["gone"], ["coming"], ["went"])
              and a.low[e:e + 1] in ([","], ["."], ["not"], ["now"], ["a"], ["slowly"], ["nicely"], []))
    # "just a speck of pink": the healed mark, not a speck in the sight (followups/tuning_68)
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s:e] == ["speck"] and a.low[e:e + 2] in (["of", "pink"], ["of", "red"], ["of", "blood"],
                                                                                            ["of", "white"], ["of", "scab"]))
    # "just looks horrendous": how it looks, not how the eye feels
    a.discard("RF_EYE_TROUBLE", lambda s, e: s > 0 and a.low[s - 1] in {"looks", "look", "looked", "looking"}
              and a.low[s] in {"horrendous", "horrific", "raw"})
    # "it's just a raw little patch that won't close": the skin, not the eye (session 47, tuning_452)
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s:e] == ["raw"] and bool({"patch", "spot", "skin", "bit", "area", "wound", "mark", "scab"} & set(
        a.low[e:e + 3])))
    # "I read on an Urdu website and now I am confused": puzzled, not confused by an illness
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[s:e] == ["confused"] and bool({"read", "website", "article", "online", "internet", "google", "advice"} & {
        a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]}))
    _drop_signs_read_about_and_denied(a)
    _drop_signs_that_settled(a)
    drop_gp_signs_a_doctor_cleared(a)
    drop_signs_long_over(a)
    drop_signs_years_past(a)
    drop_relatives_old_signs(a)
    # session 33 (tuning_130): "it was swollen on Monday where I bumped my cheek on a cupboard door, gone down now"
    for label in ("RF_SWELL", "RF_HOT", "RF_PAINFUL_RED"):
        a.discard(label, lambda s, e: bool(_GONE_NOW.search(" ".join(w for k, w in enumerate(a.low) if k >= e and a.sentence[k] == a.sentence[s]))))
    # "filed at the milia ... they're flatter but still white": what a removal did, not a spot that changed by itself
    a.discard("RF_GROW", lambda s, e: a.low[s] == "flatter" and any(k < s for label in ("SELF_VERB", "RUB") for k, _ in a.spans(label)))
    # "lanced one, loads of white stuff came out": the milium's hard white core, once, not a discharge
    a.discard("RF_OOZE", lambda s, e: s > 0 and a.low[s] in {"stuff", "gunk", "bit", "bits"} and a.low[s - 1] in {"white", "hard", "waxy", "solid"}
              and bool({"came", "come", "comes", "popped"} & set(a.low[s:e])))
    # "I'd like to squeeze it into my lunch break": fitting the appointment in (session 38, tuning_203)
    a.discard("SELF_VERB", lambda s, e: a.low[s] in {"squeeze", "squeezing", "squeezed"} and a.low[e:e + 1] in (["it"], ["me"], ["us"], ["her"], ["him"])
              and a.low[e + 1:e + 2] in (["in"], ["into"]))
    # "trying to pick a new one", "pick the right cream": choosing, not picking at a spot
    a.discard("SELF_VERB", lambda s, e: a.low[s] in {"pick", "picking", "picked"} and a.low[e:e + 2] in (
        ["a", "new"], ["a", "good"], ["the", "right"], ["the", "best"], ["one", "of"], ["a", "cream"], ["a", "product"], ["a", "date"],
        ["a", "time"], ["a", "day"], ["a", "slot"]))
    # "sore eyes from chopping onions", "my eyes sting from the chlorine": an everyday cause, not picking
    a.discard("RF_EYE_PAIN", lambda s, e: "from" in a.low[e:e + 2] and bool(EVERYDAY_EYE_CAUSES & set(a.low[e:e + 5])))
    # "puffy and swollen ... though I can open it fine and I can see fine ... holding a cold spoon on it": a cold spoon on a swollen lid, the
    # eye itself told fine (session 47, tuning_446)
    a.discard("RF_EYE_TROUBLE", lambda s, e: bool({"cold", "frozen", "ice", "cool"} & set(a.low[s:e])) and bool(_SEES_FINE.search(" ".join(a.low))))
    # "the bag is twice the size, red and throbbing. No problem with my vision and I can open both eyes fine": the skin throbs (session 51,
    # tuning_615)
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s:e] in (["throbbing"], ["pounding"]) and bool(_SEES_FINE.search(" ".join(a.low))))
    # "he won't let anyone near his face now, but the eye is totally normal: no redness, no swelling, seeing fine" (session 47, tuning_459)
    a.discard("RF_EYE_PAIN", lambda s, e: a.low[s] in {"won't", "wont", "wo"} and bool(EYE_FINE.search(" ".join(a.low))))
    # "asked me whether they ever bleed ... Mine have never bled ... Can milia bleed at all?": bleeding asked of, the visitor's own denied
    a.discard("RF_BLEED", lambda s, e: bool(_NEVER_BLED.search(" ".join(a.low))) and not _NEVER_BLED.match(" ".join(a.low[max(0, s - 1):e])) and (
        "?" in a.low[s:] and a.sentence[a.low.index("?", s)] == a.sentence[s] or bool({"whether", "if"} & set(a.low[max(0, s - 4):s]))))
    # "One of the white spots near my eye has gone grey-blue": the spot's colour, not the sight (session 47, spent v26)
    a.discard("RF_VISION", lambda s, e: a.low[s] in {"eye", "eyes"} and s >= 2 and a.low[s - 1] in {"my", "the", "her", "his", "your"} and a.low[s - 2] in {
        "near", "by", "under", "beside", "next", "below", "above", "round", "around"} and bool({"spot", "spots", "one", "bump", "bumps", "milium", "milia"} & set(
            a.low[max(0, s - 8):s])))
    # "the milk spot I squeezed on my eye": the name of the bump, not a milky film over the eye
    a.discard("RF_VISION", lambda s, e: a.low[s] == "milk" and a.low[s + 1:s + 2] in (["spot"], ["spots"]))
    # "can picking milia cause infection?": picking asked about as a cause, in general
    a.discard("SELF_VERB", lambda s, e: a.low[s].endswith("ing") and s > 0 and a.low[s - 1] in {"can", "does", "will", "could", "would", "do", "is"}
              and bool({"cause", "causes", "lead", "leads", "give", "gives"} & set(a.low[e:e + 3])) and not a.in_sentence("FIRST_PERSON", s))
    # "My mum had skin cancer on her nose a few years ago, she's fine now", "my aunt died of melanoma": a relative's cancer
    # told as history, not a spot of the visitor's (unless the visitor asks about their own: "mine looks the same")
    # (not "it seems to run in the family ... Can milia turn into cancer later on?": the visitor's question, session 47, tuning_446)
    a.discard("RF_CANCER", lambda s, e: bool(CANCER_WORDS & set(a.low[s:e])) and relatives_history(a, s) and not _TURN_INTO_CANCER.search(
        sentence_text(a, a.sentence[s])))
    a.discard("REMOVE", lambda s, e: bool(CANCER_WORDS & set(a.low[max(0, s - 3):s])) or a.low[max(0, s - 2):s] in (
        ["which", "was"], ["that", "was"], ["which", "got"], ["that", "got"]) and bool(CANCER_WORDS & set(a.low[max(0, s - 12):s])))
    # "had a BCC cut out": not milia; "a basal cell carcinoma on his ear a few years back which was cut out" (session 34)
    # "been discharged" from a hospital, not a discharge
    a.discard("RF_OOZE", lambda s, e: a.low[s] == "discharged" and ("been" in a.low[max(0, s - 2):s] or a.low[s - 1:s] == ["was"]))
    # "squinting at the mirror", "keep one eye shut to see properly in my magnifying mirror": looking closely, not light or shut
    a.discard("RF_LIGHT", lambda s, e: a.low[s].startswith("squint") and "mirror" in a.low[s:s + 5])
    a.discard("RF_EYE_SHUT", lambda s, e: "one" in a.low[s:e] and (
        a.low[e:e + 2] in (["to", "see"], ["to", "focus"], ["to", "look"]) or "mirror" in a.low[e:e + 8]))
    # session 37: "pressing on the eye area with a warm flannel", "a red line across the white bump": round the eye or a
    # spot, not the eye itself
    a.discard("RF_EYE_PAIN", lambda s, e: a.low[e - 1] == "eye" and a.low[e:e + 1] in (
        ["area"], ["lid"], ["lids"], ["bag"], ["bags"], ["cream"], ["corner"]))
    a.discard("RF_EYE_INJURY", lambda s, e: a.low[e - 1] == "eye" and a.low[e:e + 1] in (
        ["area"], ["lid"], ["lids"], ["bag"], ["bags"], ["corner"], ["socket"]) and not _INSIDE_THE_EYE.search(" ".join(a.low[e:])))
    a.discard("RF_EYE_INJURY", lambda s, e: a.low[e - 1] in {"white", "whites"} and len(a.low) > e and a.low[e].isalpha() and a.low[e] not in {
        "now", "of", "part", "bit", "and", "since", "today", "itself", "again", "too", "yesterday", "this", "after", "while", "when",
        "right", "where", "just", "near", "exactly"})  # "a red blotch on the white right where the needle was" (session 39)
    a.discard("RF_VERY_UNWELL", lambda s, e: a.low[e - 1] in {"answering", "responding", "answers", "responds", "replying"} and any(
        w in {"messages", "message", "texts", "text", "calls", "call", "phone", "emails", "email", "door", "dms"} for w in a.low[e:e + 3]))
    # "she's not answering my messages": the beautician, not a drowsy patient (session 37)
    # session 37, second round: "its leaking cloudy yellowish stuff", "tiny pink specks now", "it's throbbing" (the spot),
    # "feels like its burning hot", "lashes stuck together with yellow gunk", "holding my eye open": the skin or a discharge
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[e - 1] == "cloudy" and any(w in {
        "yellow", "yellowish", "yellowy", "liquid", "stuff", "fluid", "gunk", "discharge", "pus", "white", "whitish", "goo"} for w in a.low[e:e + 3]))
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[e - 1] in {"specks", "speck", "spots", "dots", "marks"} and a.low[s - 1:s] in (
        ["pink"], ["red"], ["brown"], ["purple"]))
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[e - 1] == "throbbing" and a.low[s - 2:s] in (["it", "'s"], ["it", "is"], ["its"]) and bool(
        {"head", "spot", "bump", "one", "lump", "milium"} & set(a.low[max(0, s - 14):s])))
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[e - 1] == "burning" and a.low[e:e + 1] == ["hot"])
    # "so I never saw what she used. Do you use a needle": a tool's use read across two sentences (session 49, tuning_514)
    a.discard("TOOL_USE", lambda s, e: a.sentence[s] != a.sentence[e - 1])
    # "he feels like he's burning" (a fever told, not the eye: session 49, tuning_513)
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[e - 1] == "burning" and a.low[e - 3:e - 1] in (["he", "'s"], ["she", "'s"], ["i", "'m"], ["they", "'re"]))
    a.discard("RF_EYE_SHUT", lambda s, e: "lashes" in a.low[s:e] and "with" in a.low[e:e + 2])
    a.discard("RF_EYE_PAIN", lambda s, e: a.low[s] == "holding" and a.low[e:e + 1] in (["open"], ["shut"], ["closed"]))
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s] == "nothing" and bool({"sure", "ensure", "stop", "avoid"} & set(a.low[max(0, s - 3):s])))
    # "how do i make sure nothing touches my eyeball": a plan's care, not a touch (session 37)
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s] == "torch" and a.low[s - 1:s] == ["head"])  # "MY HEAD TORCH AND A SAFETY PIN" (session 51)
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s] == "torch" and a.low[s - 1:s] in (["a"], ["the"], ["my"], ["phone"]) and bool(
        {"use", "using", "used", "with", "need", "hold", "holding", "held", "borrow"} & set(a.low[max(0, s - 4):s])))  # "use a torch and a needle", "while I held the torch" (session 43)
    a.discard("RF_LIGHT", lambda s, e: a.low[s] == "stand" and a.low[s - 1:s] in (["a"], ["the"], ["on"]))  # "a mirror on a stand with a light"
    # "im 40 now", "I'm 38 and ...": an age, not a temperature (a temperature keeps its point or its degrees: "I'm 38.5")
    a.discard("RF_FEVER_NUMBER", lambda s, e: re.fullmatch(r"\d+", a.low[s]) is not None and a.low[s - 1:s] in (
        ["im"], ["'m"], ["m"], ["am"], ["aged"], ["age"], ["turned"], ["turning"]) and a.low[e:e + 1] not in (["degrees"], ["c"], ["°c"], ["°"]))
    # "in photos with flash my milia look way bigger": how a picture shows them, not a spot that grew
    a.discard("RF_GROW", lambda s, e: a.low[s] in {"looks", "look", "looking", "seems"} and bool(
        {"photo", "photos", "pictures", "picture", "flash", "lighting", "camera", "selfie", "selfies", "zoom"}
        & {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]}) and not (  # not "different to how it did in our wedding photos in june, bigger and pinker" (session 50)
            {"did", "than", "compared", "used"} & {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]}
            and {"bigger", "pinker", "larger", "redder", "darker", "grown", "changed", "wider"} & {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]}))
    drop_everyday_readings(a)
    drop_removal_words_not_the_visitors(a)  # milia/safety/not_the_visitors.py
    # "I'm a nurse myself": what the visitor is too, not doing it themselves
    a.discard("SELF_CUE", lambda s, e: a.low[s] == "myself" and (a.low[max(0, s - 3):s - 1] in (["'m", "a"], ["im", "a"], ["am", "a"])))
    # "the bump on my chin has doubled": grown, not seeing double
    a.discard("RF_EYE_TROUBLE", lambda s, e: a.low[s] in {"doubled", "double"} and s in a.covered.get("RF_GROW", set()))
    # "what do milia look like", "how do they form": "do" as a question's auxiliary, not doing them
    a.discard("REMOVE", lambda s, e: a.low[s] == "do" and s > 0 and a.low[s - 1] in WH_WORDS)
    # "do you lot do the removal yourselves or refer you on": the clinic asked, not the visitor doing it
    a.discard("SELF_CUE", lambda s, e: a.low[s] == "yourselves" and any(
        a.low[k] in {"you", "u"} and a.sentence[k] == a.sentence[s] for k in range(s)))
    # "what kind of professional should take them out": who should, not how to
    # "do you numb it then squeeze?", "do you squeeze or prick them at the clinic?": the clinic's way asked (session 37)
    a.discard("HOWTO", lambda s, e: (a.low[s] == "then" or "or" in a.low[s:e]) and any(
        a.sentence[k] == a.sentence[s] and (a.has("YOU", k) or a.has("PRO_AGENT", k)) for k in range(s)))
    a.discard("HOWTO", lambda s, e: a.low[e - 1] in {"kind", "type", "sort"} and any(
        a.has("PRO_AGENT", k) for k in range(e, min(len(a.low), e + 2))))
    # "watched loads of milia extraction videos", "spot popping videos": a removal watched, not done
    for label in ("REMOVE", "SELF_VERB"):
        a.discard(label, lambda s, e: e < len(a.low) and a.low[e] in {"video", "videos", "vids", "clips", "tutorials", "tiktoks", "reels"}
                  and not a.in_sentence("HOWTO", s) and not a.in_sentence("TRIED", s))
    # session 33 (v12, spent): "any side effects of milia removal I should know about, like bleeding or infection?": examples of
    # what can happen, asked about
    for label in ("RF_BLEED", "RF_INFECT", "RF_SWELL", "RF_PUS", "RF_SCAR"):
        a.discard(label, lambda s, e: bool({"like", "such", "eg", "e.g."} & set(a.low[max(0, s - 5):s])) and any(
            a.sentence[k] == a.sentence[s] and a.low[k] in {"effects", "effect", "risks", "risk", "complications", "downsides"} for k in range(s))
            and any(a.sentence[k] == a.sentence[s] and a.low[k] == "?" for k in range(e, len(a.low)))
            and not a.in_sentence("SELF_VERB", s) and not any(a.sentence[k] == a.sentence[s] and a.low[k] in {
                "had", "got", "getting", "having", "'ve", "has", "now", "after"} for k in range(s)))
    # "I popped a normal spot on my chin (an actual spot, not milia)": an ordinary spot, not a milium
    a.discard("SELF_VERB", lambda s, e: a.low[e:e + 3][:1] in (["a"], ["an"], ["the"], ["one"]) and len(a.low) > e + 2
              and a.low[e + 1] in {"normal", "actual", "regular", "ordinary", "real"} and a.low[e + 2] in {"spot", "pimple", "zit", "spots"})
    # "my eyebrow milia", "the hair milia": a place or a kind of milia, not something else removed
    a.discard("NONREMOVAL_OBJ", lambda s, e: e < len(a.low) and a.low[e] in {"milia", "milium", "ones", "bumps", "spots", "line", "area", "bone"})
    # "can she wear eye make-up with milia? how should she take it off": "it" is the make-up (milia are
    # "them"), unless one bump was named ("one milium on my lid, how do I get it off")
    a.discard("REMOVE", lambda s, e: "it" in a.low[s + 1:e] and any(k < s for k, _ in a.spans("NONREMOVAL_OBJ"))
              and not {"milium", "one", "bump", "spot", "lump", "cyst", "pimple"} & set(a.low[:s]))
    # "I tweeze my chin hairs", "scrubbed off my fake tan": something else picked or scrubbed
    # (not a place after the milia: "picked one on my eyebrow")
    a.discard("SELF_VERB", lambda s, e: any(s < k <= e + 3 and a.clause[k] == a.clause[s] and not (
        {"on", "under", "by", "near", "around", "round", "above", "below", "between", "in"} & set(a.low[e:k])
        and any(a.has("OBJ", j) for j in range(e, k))) for k, _ in a.spans("NONREMOVAL_OBJ")))
    # "is that a milia thing?": to do with milia, not a gadget (session 33, tuning_129)
    a.discard("GADGET", lambda s, e: a.low[s] == "milia" and a.low[s - 1:s] == ["a"] and a.low[e:e + 1] in (["?"], ["."], [","], ["or"], ["then"])
              and bool({"is", "'s", "was"} & set(a.low[max(0, s - 4):s])))
    # "can't thread a needle without my reading glasses": sewing (session 45, tuning_391)
    for label in ("TOOL", "BARE_TOOL"):
        a.discard(label, lambda s, e: a.low[s - 2:s] in (["thread", "a"], ["threading", "a"], ["thread", "the"], ["threading", "the"], ["thread", "my"]))
    # "these milia things on my nose": the bumps, not a gadget
    a.discard("GADGET", lambda s, e: a.low[s] == "milia" and s > 0 and a.low[s - 1] in {"these", "those", "the", "of", "my", "her", "his"})
    # "are they the same thing as whiteheads": a comparison, not squeezing them like one
    a.discard("SELF_CUE", lambda s, e: a.low[s] in {"as", "like"} and bool(
        {"same", "thing", "different", "similar", "difference"} & set(a.low[max(0, s - 3):s])))
    # "so you poke them with a needle??", "wait you zap them": the clinic's method said back, not the visitor's
    a.discard("SELF_VERB", lambda s, e: s > 0 and a.low[s - 1] in {"you", "u"} and (
        s == 1 or a.low[s - 2] in {"so", "wait", "oh", "and", "then", "ok", "okay", ",", "."})
        and not a.in_sentence("FIRST_PERSON", s) and not a.in_sentence("SELF_CUE", s))
    # "why won't they pop like a normal zit": the milia not popping, asked about, not popping them
    a.discard("SELF_VERB", lambda s, e: s > 1 and a.low[s - 1] in {"they", "it", "milia", "these", "those"}
              and bool({"nt", "n't", "not", "wont", "dont", "cant"} & set(a.low[max(0, s - 3):s - 1]))
              and not a.in_sentence("FIRST_PERSON", s) and a.low[0] == "why")
    # "why can't milia just be squeezed out like a spot?": asked of milia in general (not "can I squeeze them", nor
    # "can milia be popped?", "can they be scrubbed off with a brush?": whether it can be done, session 34 tuning_134)
    a.discard("SELF_VERB", lambda s, e: "be" in a.low[max(0, s - 2):s] and a.low[s].endswith("ed") and not can_it_be_done(a, s)
              and not a.in_sentence("FIRST_PERSON", s) and not a.in_sentence("PRO_AGENT", s) and not any(
                  a.sentence[c] == a.sentence[s] and a.low[c] not in {"like", "as"} for c, _ in a.spans("SELF_CUE")))
    # "can u get milia from picking ur skin?": picking asked about as a cause of milia, not as a way of removing them
    a.discard("SELF_VERB", lambda s, e: s > 2 and a.low[s - 1] == "from" and bool(
        {"get", "gets", "getting", "got", "cause", "causes", "caused", "develop", "form", "forming"} & set(a.low[max(0, s - 5):s - 1]))
        and bool({"milia", "milium", "them", "they"} & set(a.low[max(0, s - 4):s - 1])))
    # "exfoliating more to keep them away": keeping new ones away, not getting these off
    for label in ("SELF_VERB", "REMOVE"):
        a.discard(label, lambda s, e: a.low[e - 1] == "away" and bool({"keep", "keeps", "keeping", "stay"} & set(a.low[max(s, e - 4):e])))
    idioms = a.covered.get("EYE_IDIOM", set())
    a.discard("SELF_VERB", lambda s, e: s in idioms)  # "your prices made my eyes pop out"
    # "my name is Lance": a name, not lancing
    for label in ("SELF_VERB", "BARE_TOOL"):
        a.discard(label, lambda s, e: a.low[s] == "lance" and a.low[max(0, s - 2):s] in (
            ["name", "is"], ["name", "'s"], ["i", "'m"], ["it", "'s"], ["this", "is"]))
    passive = a.covered.get("CLINIC_PASSIVE", set())
    a.discard("ACQUIRED", lambda s, e: s in passive  # "someone got milia removed at a derm"
              or s > 0 and a.low[s] in {"on", "from"} and a.low[s - 1] in {"saw", "seen", "watched", "read", "watching"})
    # "I was reading about milia online": where it was read, not something bought online
    a.discard("ACQUIRED", lambda s, e: a.low[s] == "online" and bool(
        {"reading", "read", "saw", "seen", "searching", "looking", "googling", "googled"} & set(a.low[max(0, s - 5):s])))
    # session 33 (v12, spent): "is it possible to get milia out with your nails", "are you allowed to pop milia", "do milia come out if
    # u squeeze hard enough": anyone's own nails, anyone allowed, anyone squeezing (no clinic uses nails or squeezes)
    a.discard("YOU", lambda s, e: a.low[s] in {"your", "ur", "yr"} and a.low[s + 1:s + 2] in (
        ["nails"], ["fingernails"], ["fingers"], ["fingertips"], ["thumbs"], ["nail"], ["fingernail"], ["own"]))
    a.discard("YOU", lambda s, e: a.low[s] in {"you", "u"} and (a.low[s + 1:s + 2] == ["allowed"] or a.low[s - 1:s] == ["if"] and bool(
        {"squeeze", "pop", "pick", "squeezed", "popped", "picked"} & set(a.low[s + 1:s + 3]))))
    drop_explained_signs(a)  # a sign the message itself explains: milia/safety/explained.py
    drop_signs_told_away(a)
    # "a pin is fine ya?": "yeah", not "you"
    a.discard("YOU", lambda s, e: a.low[s] == "ya" and (e == len(a.low) or a.low[e] in {"?", ".", "!", ","}))
    # "What's your opinion on using a hypodermic needle from the chemist to lance milia?": asks an opinion, not the clinic's tool
    a.discard("YOU", lambda s, e: a.low[s] in {"your", "ur", "yr"} and a.low[s + 1:s + 2] in (
        ["opinion"], ["thoughts"], ["view"], ["views"], ["take"]) and a.low[s + 2:s + 3] in (["on"], ["about"], ["of"]))
    # "y'all ever used one of them extractor tools?": everyone reading, called on first (not "do y'all use a needle?")
    a.discard("YOU", lambda s, e: a.low[s] in {"y'all", "yall", "ya'll"} and (s == 0 or a.low[s - 1] in {"hey", "hi", "ok", "so", ",", ".", "!", "?"}))
    # "this milia spot on my nose will not heal, going on 2 months": "won't heal", a report (session 45, spent v24)
    a.discard("FUTURE", lambda s, e: a.low[s] == "will" and a.low[s + 1:s + 3] in (["not", "heal"], ["n't", "heal"], ["never", "heal"]))
    removal, clinic = remove_mentions(a)
    tools, clinic_tools = tool_mentions(a)
    verbs, clinic_verbs = self_verb_mentions(a, [s for s, _ in clinic_tools])
    # "my bf asked if he can pop them and I said absolutely not": refused later in the sentence
    mentions = [m if m.negated or not refused_after(a, m.start) else Mention(m.start, m.end, True)
                for m in verbs + removal + tools]
    # "never try to squeeze or needle these": a later item of a negated list is negated too
    negated_ends = {m.end for m in mentions if m.negated}
    # "the salon told me not to touch or pick at the treated spots": the word before "or" negated, removal or not
    mentions = [Mention(m.start, m.end, True) if not m.negated and m.start > 1 and a.low[m.start - 1] in {"or", "nor"}
                and (m.start - 1 in negated_ends or a.negated_before(m.start - 2)) else m for m in mentions]
    clinic = clinic + clinic_tools + clinic_verbs
    mentions += affirmed_after_denial(a, mentions)  # "didnt use a needle, just my nails"
    if not any(not m.negated for m in mentions):
        mentions += copy_mentions(a)
    mentions += _done_by_someone_at_home(a)
    mentions += tool_tried_on_the_milia(a)  # "... plasma pens ... I tried it on the milia"
    mentions += acid_near_the_eye(a)  # "can i put my TCA peel on the milia in my tear troughs"
    mentions += [m for m in acid_on_the_milia(a) if all(m.start != n.start for n in mentions)]  # "acid on each one to make them fall out"
    if not any(not m.negated for m in mentions):
        mentions += home_tool_asked(a) + tool_for_the_milia_asked(a)  # "what's the best tool for milia at home?", "toothpick for milia??"
    if not any(not m.negated for m in mentions):
        mentions += home_way_asked(a)  # "milia on top eyelid, any hacks?" (milia/safety/home_ways.py)
    if not any(not m.negated for m in mentions):
        mentions += anyones_removal_asked(a)  # "is it bad to use your nails on them" (milia/safety/anyones_removal.py)
    positive = sorted((m for m in mentions if not m.negated), key=lambda m: m.start)
    negative = [m for m in mentions if m.negated]
    clinic_terms = a.spans("CLINIC_TERM") + a.spans("CLINIC_PASSIVE")

    red = red_flag_spans(a, mentions)
    # "never felt this ill infection spreading", "husband drowsy wont wake properly infected cheek": feeling very unwell beside an infection
    # named in the message, whoever's it is (session 47, tuning_461)
    if EMERGENCY_WITH & {label for label, _, _ in red} and not INFECTION_SIGNS & {label for label, _, _ in red}:
        red += [("RF_INFECT", s, e) for s, e in a.spans("RF_INFECT") if not {"no", "not", "n't", "nt", "without", "never"} & set(a.low[max(0, s - 1):s])][:1]
    eyes = removal_places(a, positive, negative)
    # by anyone ("since my sister squeezed a spot right next to his eye"): milia/safety/cannot_say.py
    joined = " ".join(a.low)
    removed_by_anyone = bool(PAST_REMOVAL.search(joined) or REMOVED_BY_SOMEONE.search(joined) and not BY_THE_CLINIC.search(joined))
    # no place named at all, and the person walks into things (session 50, tuning_568)
    place_unknown = not a.spans("EYE") and not PLACES_NOT_EYE & set(a.low) and bool(positive or removed_by_anyone) and bool(SIGHT_BEHAVIOUR.search(joined))
    changed = behaviour_changed(a, bool(positive and eyes or a.spans("EYE") and removed_by_anyone or place_unknown), red)
    if changed:
        red = [("RF_EYE_TROUBLE", *changed)]
    # "no redness", "not red": redness denied is not named
    picked_or_red = bool(positive) or bool(WHAT_TO_DO_IF_PICKED.search(joined)) or any((re.match(RX_RED, w) or w == "angry") and a.low[k - 1:k] not in (["no"], ["not"], ["nt"], ["n't"], ["nothing"])
                                          for k, w in enumerate(a.low))
    tier = tier_of_labels({label for label, _, _ in red}, picked_or_red)

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


def _done_by_someone_at_home(a: Analysis) -> List[Mention]:
    """"mine were squeezed by my sister", "can my milia be popped out by my mum?": a removal done to the
    visitor by someone at home, told in the passive."""
    found = []
    for start, end in a.spans("SELF_VERB") + a.spans("REMOVE"):
        after = a.low[end:end + 6]
        if "by" not in after:
            continue
        k = end + after.index("by") + 1
        doer = next((w for w in a.low[k:k + 3] if w not in {"my", "her", "his", "me", "a", "our", "best", "older", "younger"}), "")
        at = k + a.low[k:k + 3].index(doer) if doer in a.low[k:k + 3] else k
        if re.match(HOME_AGENT, doer) and a.low[at + 1:at + 2] not in (["'s"], ["s"]) and a.same_clause(start, k):
            found.append(Mention(start, end, a.negated_before(start)))
    return found


def explain(text: str) -> Dict[str, List[str]]:
    """Debug helper: the concept matches found in ``text``."""
    spelled = spelled_out.decode(text)
    doc = build_nlp().make_doc(_normalise(spelled[0] if spelled else text))
    read = repaired(doc)
    a = Analysis(read, build_matcher()(read), origin=doc)
    return {label: [doc[s:e].text for s, e in spans] for label, spans in sorted(a.hits.items())}


if __name__ == "__main__":  # python -m milia.safety.detector [build/spacy_milia]
    import sys

    print(save_pipeline(sys.argv[1] if len(sys.argv) > 1 else "build/spacy_milia"))
