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
scope, who does the removing, hypothetical questions, durations).

This module must not import rasa. spaCy is imported lazily, and the pipeline
is built on first use and cached.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Collection,
    Dict,
    FrozenSet,
    List,
    Optional,
    Sequence,
    Set,
    Tuple,
    Union,
)

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.language import Language
    from spacy.tokens import Doc

from milia.safety.lexicon import (
    AGENT_MODIFIERS,
    ASK_AUX,
    BLOOD_EXCLUDE_NEXT,
    CLAUSE_BREAK_PUNCT,
    CLAUSE_BREAK_WORDS,
    CLAUSE_FILLERS,
    CLINIC_AUX,
    CONTINUATIONS,
    CTX_WINDOW,
    DEFINITE,
    DETERMINERS,
    DOER_SKIP,
    FIRST_PERSON_SUBJECTS,
    FUTURE_STARTS,
    GIVE_WORDS,
    GROW_EXCLUDE_NEXT,
    HEARSAY_WORDS,
    HOME_AGENT,
    HOT_EXCLUDE_NEXT,
    HYPO_WEAK_STARTS,
    INJURY_NOUN_FORMS,
    INJURY_OBJECTS,
    INJURY_VERB,
    JUDGEMENT_WORDS,
    LIST_FILLERS,
    LIST_LINKS,
    LIST_NEGATORS,
    LIST_WINDOW,
    LOCATIVES,
    NEG_IGNORE_NEXT,
    NEG_IGNORE_PREV,
    NEG_WINDOW,
    NON_MILIA_NOUNS,
    NOT_HEALED_MIN_DAYS,
    NOT_TEMPERATURE_NEXT,
    NOT_TEMPERATURE_NEXT_COUNT,
    NOT_TEMPERATURE_PREV,
    NOUN_DETERMINERS,
    NUMBER_WORDS,
    OBJ_WINDOW,
    OPINION_VERBS,
    OTHER_PEOPLE,
    PAID_FOR_PREV,
    PARTICLES,
    PAST_SELF_VERB,
    PHRASE_NEGATED_LABELS,
    PLAIN_NEGATORS,
    PLAQUE_WORDS,
    PRODUCT_WORDS,
    RX_PAIN,
    RX_RED,
    RX_REMOVE,
    RX_TAKE,
    SCOPE_BREAKERS,
    SELF_NEGATING_LABELS,
    SELF_VERB_EXCLUDE_NEXT,
    SENTENCE_BREAK,
    SYMPTOM_WORDS,
    THIRD_PARTY_USERS,
    THIRD_PERSON_DOERS,
    TOOL_EXCLUDE_NEXT,
    UNIT_DAYS,
    VERB_ADVERBS,
    VESSEL_WORDS,
    WH_WORDS,
)
from milia.safety.matching import PrefilteredMatcher
from milia.safety.patterns import (
    ADMISSIONS,
    AFTER_REMOVAL_REPORTS,
    EMERGENCY_WITH,
    EYEBALL_CONTEXT,
    EYEBALL_WORDS,
    INFECTION_SIGNS,
    INFECTION_WORDS,
    OWN_WORDS,
    PATTERNS,
    RECURRING_PHRASES,
    RED_FLAG_LABELS,
    SCRUB_TOOL,
    SEVERITY_WORDS,
    SPOT_WORDS,
    SPREAD_ALONE_WORDS,
    SQUEAMISH_WORDS,
    TIER_OF,
    TIER_ORDER,
    UNWELL_BARE_NEXT,
    UNWELL_BARE_VERBS,
)

FLAGS: Tuple[str, ...] = ("self_removal", "eye_area", "red_flag")
CROSS_CLAUSE_LABELS = frozenset({"RF_NOT_HEALED", "RF_GROW"})
ALLERGY_WORDS = frozenset({"hayfever", "hay", "allergies", "allergy", "allergic", "pollen"})


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


# --------------------------------------------------------------------------
# Pipeline (built lazily, cached)
# --------------------------------------------------------------------------
@lru_cache(maxsize=1)
def build_nlp() -> "Language":
    """A blank English pipeline (tokenizer only); cached."""
    import spacy

    return spacy.blank("en")


@lru_cache(maxsize=1)
def build_matcher() -> PrefilteredMatcher:
    """The matcher of every concept in ``PATTERNS`` (milia/safety/matching.py); cached."""
    return PrefilteredMatcher(build_nlp().vocab, PATTERNS)


def warm_up() -> None:
    """Build the tokenizer and matcher now (e.g. when a server starts)."""
    build_matcher()


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


class _Analysis:
    """Matches of one doc plus clause/sentence structure."""

    def __init__(self, doc: "Doc", matches: Sequence[Tuple[int, int, int]]) -> None:
        self.doc = doc
        self.low = [t.lower_ for t in doc]
        strings = doc.vocab.strings
        self.hits: Dict[str, List[Tuple[int, int]]] = {}
        for match_id, start, end in matches:
            self.hits.setdefault(strings[match_id], []).append((start, end))
        for spans in self.hits.values():
            spans.sort()
        self.at: Dict[str, Set[int]] = {
            label: {s for s, _ in spans} for label, spans in self.hits.items()
        }
        self.covered: Dict[str, Set[int]] = {
            label: {i for s, e in spans for i in range(s, e)} for label, spans in self.hits.items()
        }
        self.clause: List[int] = []
        self.sentence: List[int] = []
        clause = sentence = 0
        for i, tok in enumerate(doc):
            word = self.low[i]
            if word in CLAUSE_BREAK_PUNCT or word in CLAUSE_BREAK_WORDS or "\n" in tok.text:
                clause += 1
            self.clause.append(clause)
            self.sentence.append(sentence)
            if word in SENTENCE_BREAK or "\n" in tok.text:
                sentence += 1
                clause += 1

    def discard(self, label: str, drop: Callable[[int, int], bool]) -> None:
        """Forget the matches of ``label`` for which ``drop(start, end)`` holds."""
        spans = [(s, e) for s, e in self.hits.get(label, []) if not drop(s, e)]
        self.hits[label] = spans
        self.at[label] = {s for s, _ in spans}
        self.covered[label] = {i for s, e in spans for i in range(s, e)}

    # -- helpers --
    def in_sentence(self, label: str, i: int) -> bool:
        return any(self.sentence[s] == self.sentence[i] for s, _ in self.spans(label))

    def spans(self, label: str) -> List[Tuple[int, int]]:
        return self.hits.get(label, [])

    def has(self, label: str, i: int) -> bool:
        return i in self.at.get(label, ())

    def in_clause(self, label: str, i: int) -> bool:
        return any(self.clause[s] == self.clause[i] for s, _ in self.spans(label))

    def in_clause_before(self, label: str, i: int, window: int = 99) -> bool:
        return any(
            self.clause[s] == self.clause[i] and i - window <= s < i for s, _ in self.spans(label)
        )

    def same_clause(self, start: int, end: int) -> bool:
        return self.clause[start] == self.clause[end - 1]

    def char_span(self, start: int, end: int) -> Tuple[int, int]:
        span = self.doc[start:end]
        return span.start_char, span.end_char

    def clause_start_word(self, i: int) -> str:
        """First content word of the clause of ``i``; "...or swell up" continues the clause before."""
        cid = self.clause[i]
        j = i
        while j > 0 and self.clause[j - 1] == cid:
            j -= 1
        if self.low[j] in CONTINUATIONS and j > 0 and self.sentence[j - 1] == self.sentence[j]:
            nxt = self.low[j + 1] if j + 1 <= i else ""
            if nxt not in HYPO_WEAK_STARTS:
                return self.clause_start_word(j - 1)  # "do milia ever go red or swell up?"
        for k in range(j, i + 1):
            word = self.low[k]
            if word in CLAUSE_BREAK_PUNCT or word in CLAUSE_FILLERS:
                continue
            return word
        return ""

    # -- negation --
    def negated_before(self, i: int) -> bool:
        """A negation cue governs the word at ``i`` (same clause, a few tokens back)."""
        for j in range(max(0, i - NEG_WINDOW - 4), i):
            if self.clause[j] != self.clause[i] or not self.has("NEG", j):
                continue
            nxt = self.low[j + 1] if j + 1 < len(self.low) else ""
            if i - j > NEG_WINDOW and (nxt not in {"want", "wanna", "wish", "intend", "plan"} or "by" not in self.low[j:i]):
                continue  # a longer reach only for "don't want to mess it up by doing it myself"
            if {"reason", "why"} & set(self.low[max(0, j - 4):j]):
                continue  # "any reason I can't remove them with a lancet?", "why shouldn't I pop them"
            prev = self.low[j - 1] if j > 0 else ""
            subject = self.low[j - 2] if j > 1 and nxt not in {"stop", "help", "resist", "keep"} else ""
            if nxt in NEG_IGNORE_NEXT or (
                self.low[j] in {"n't", "nt", "not"} and prev in NEG_IGNORE_PREV and subject not in FIRST_PERSON_SUBJECTS
            ):
                continue
            if any(self.low[k] in PLAIN_NEGATORS for k in range(max(0, j - 2), j)):
                continue  # double negation: "can't stop picking"
            if prev == "if" and self.low[j] in {"not", "no"}:
                continue  # "if not ill attempt the ones by my eyes myself": otherwise, not a negation
            if SCOPE_BREAKERS & set(self.low[j + 1:i]):
                continue  # "it would not stop bleeding after I picked it"
            return True
        return False


@dataclass
class _Mention:
    start: int
    end: int
    negated: bool


def _self_verb_mentions(
    a: _Analysis, clinic_tools: Sequence[int] = ()
) -> Tuple[List[_Mention], List[Tuple[int, int]]]:
    """Self verbs ("squeeze", "pop", "pick", ...) aimed at milia by the visitor, and
    those the clinic does ("can a nurse lance them in clinic").

    ``clinic_tools`` are starts of "use a needle" phrases whose user is the clinic.
    """
    out: List[_Mention] = []
    clinic: List[Tuple[int, int]] = []
    n = len(a.low)
    for start, end in a.spans("SELF_VERB"):
        nxt = a.low[start + 1] if start + 1 < n else ""
        nxt2 = a.low[start + 2] if start + 2 < n else ""
        if nxt in SELF_VERB_EXCLUDE_NEXT or "up" in (nxt, nxt2):
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
        first_noun = next(
            (k for k in following[:2] if a.has("OBJ", k) or a.low[k] in NON_MILIA_NOUNS), None
        )  # "pick a time", "picked the 3pm slot" (not "press harder next time")
        if first_noun is not None and a.low[first_noun] in NON_MILIA_NOUNS:
            continue  # "pick a time", "I picked the 3pm slot"
        if a.low[max(0, start - 2):start] == ["used", "to"]:
            continue  # "I used to pick my spots as a teen"
        if start > 0 and a.low[start - 1] in {"like", "as"}:
            continue  # "is needle extraction like lancing a spot"
        if _third_party_doer(a, start):
            continue  # "horror stories about people trying to dig them out"
        if _done_by_clinic(a, start) or any(
            a.clause[s] == a.clause[start] and s < start for s in clinic_tools
        ):
            clinic.append((start, end))
            continue  # "can the dermatologist squeeze them", "do you use a needle to pop them"
        if start >= 2 and a.has("YOU", start - 1) and a.low[start - 2] in CLINIC_AUX:
            continue  # "will you squeeze them or cut them?"
        if start >= 3 and a.low[start - 1] == "to" and a.has("YOU", start - 2) and a.low[start - 3] == "for":
            clinic.append((start, end))
            continue  # "how much would it be for u to zap the ones under my eyes"
        if start >= 2 and a.has("YOU", start - 1) and (a.low[start - 2] == "for" or (
                a.low[start - 2] in {"when", "while", "once"} and a.in_sentence("FUTURE", start))):
            clinic.append((start, end))
            continue  # "how much would it be for u to zap them", "will I feel it when you pop them"
        if _asks_clinic(a, start):
            clinic.append((start, end))
            continue  # "do you numb the area before you prick them", "will you squeeze them after pricking"
        if a.in_clause_before("YOU", start, 3) and _for_me(a, start):
            continue  # "can you pop them for me"
        before = range(max(0, start - 3), start)
        if nxt in {"out", "off"} and any(a.has("OBJ", k) for k in before) and not any(
            a.low[k] in FIRST_PERSON_SUBJECTS for k in before
        ) and not any(a.has("OBJ", k) for k in _following(a, start)[1:3]):
            continue  # "do the white bumps just pop out", "will they come off"
        negated = a.negated_before(_list_head(a, start))
        if not negated:
            has_obj = bool(following) and (
                a.has("OBJ", following[0])  # "pop THEM", "picking AT them"
                or any(a.has("OBJ", k) and a.low[k] not in PARTICLES for k in following)
                or a.low[following[0]] in JUDGEMENT_WORDS  # "is pricking OK?"
            )
            ctx = any(
                (a.has("CTX_BEFORE", k) or a.has("TRIED", k)) and a.clause[k] == a.clause[start]
                for k in range(max(0, start - CTX_WINDOW), start)
            ) or a.in_clause("SELF_CUE", start)  # "steam first, then squeeze"
            # "they won't come out when i squeeze" (not "the time I picked")
            doer = start - 1
            while doer > 0 and a.low[doer] in VERB_ADVERBS | DOER_SKIP:
                doer -= 1  # "can i just scrub till they go", "do I need to poke a hole first"
            while doer > 0 and a.low[doer] == "been":
                doer -= 1  # "Ive been exfoliating my eyelids"
            ctx = ctx or (doer >= 0 and a.low[doer] in {"i", "we", "ive", "i've"} and not a.low[start].startswith("pick"))
            # "scrub my eyelids with a face scrub", "a salt scrub rubbed on the eyelid"
            # the act itself: "pop or leave?", "scrub my eyelids with a face scrub"
            ctx = ctx or (end - start >= 3 and ("or" in a.low[start:end] or any(re.match(SCRUB_TOOL, w) for w in a.low[start:end])))
            ctx = ctx or (start > 0 and a.low[start - 1] == "by")  # "get them out by squeezing really hard"
            # "microneedled my eye area to break up the milia": a diary-style report opening a sentence
            ctx = ctx or ((start == 0 or a.low[start - 1] in SENTENCE_BREAK) and bool(PAST_SELF_VERB.search(a.low[start])))
            after = a.low[start + 1:start + 5]
            ctx = ctx or (bool(PLAIN_NEGATORS & set(after)) and bool({"work", "working", "worked", "works"} & set(after)))
            # "how do u get milia out, squeezing doesnt work": the visitor tried it
            # "going to try the toothpaste trick to dry them out then squeeze"
            ctx = ctx or (start > 0 and a.low[start - 1] == "then" and (
                a.in_sentence("TRIED", start) or a.in_sentence("FUTURE", start)))
            if not (has_obj or ctx):
                continue
        out.append(_Mention(start, end, negated))
    return out, clinic


def _refused_after(a: _Analysis, i: int) -> bool:
    """"my bf asked if he can pop them and I said absolutely not": the visitor refused it later in the sentence."""
    words = [a.low[k] for k in range(i + 1, len(a.low)) if a.sentence[k] == a.sentence[i]]
    if {"talked", "persuaded", "convinced"} & set(words):
        return True  # "...going at them with a pin, but I've talked him into seeing a professional"
    for k, word in enumerate(words):
        if word == "touch" and PLAIN_NEGATORS & set(words[max(0, k - 4):k]):
            return True  # "tempted to squeeze them but I'm NOT going to touch them"
        if word in {"said", "told", "say", "says"}:
            rest = [w for w in words[k + 1:k + 5] if w not in {"him", "her", "them", "absolutely", "definitely", "hell", "a", "firm"}]
            if rest and rest[0] in {"no", "not", "nope", "nah", "never"}:
                return True
    return False


def _list_head(a: _Analysis, i: int) -> int:
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


def _injury_noun(a: _Analysis, i: int) -> bool:
    """"the scratch on my arm", "a pin prick" (but "give it a scratch")."""
    if a.low[i] not in INJURY_NOUN_FORMS or i == 0 or a.low[i - 1] not in NOUN_DETERMINERS:
        return False
    return not any(a.low[k] in GIVE_WORDS for k in range(max(0, i - 4), i))


def _injury_object(a: _Analysis, following: Sequence[int]) -> bool:
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


def _subject_before(a: _Analysis, i: int) -> Optional[str]:
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
        if a.has("PRO_AGENT", k) and k > 0 and PAID_FOR_PREV & set(a.low[max(0, k - 3):k]) and (
            k + 1 >= len(a.low) or a.low[k + 1] != "to"
        ):
            continue  # "no money for a derm so gonna dig em out" (not "is it ok for a derm to pop them")
        if a.has("PRO_AGENT", k) or k in place:
            return "other"
    return None


def _agent_after(a: _Analysis, i: int) -> bool:
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


def _done_by_clinic(a: _Analysis, i: int) -> bool:
    """Someone at a clinic, not the visitor, does the action at ``i``.

    "can the dermatologist squeeze them", "pop them at the clinic", "can they be
    popped by a dermatologist"; but "instead of paying a dermatologist can I lance
    them" and "rather than go to the clinic I'll pick them out" are the visitor.
    """
    subject = _subject_before(a, i)
    place_after = any(
        a.clause[s] == a.clause[i] and s > i for s, _ in a.spans("CLINIC_PLACE")
    )
    if subject == "visitor":
        return place_after and not a.in_clause("SELF_CUE", i)  # "can I pop them at the clinic"
    if subject == "other":
        return True
    return place_after or _agent_after(a, i)


def _following(a: _Analysis, i: int) -> List[int]:
    """Up to OBJ_WINDOW tokens after ``i`` in its clause, not counting determiners."""
    out: List[int] = []
    k = i + 1
    while k < len(a.low) and a.clause[k] == a.clause[i] and len(out) < OBJ_WINDOW:
        if a.low[k] not in DETERMINERS:
            out.append(k)
        k += 1
    return out


def _for_me(a: _Analysis, i: int) -> bool:
    cid = a.clause[i]
    idx = [k for k in range(len(a.low) - 1) if a.clause[k] == cid]
    return any(a.low[k] == "for" and a.low[k + 1] == "me" for k in idx)


def _remove_mentions(a: _Analysis) -> Tuple[List[_Mention], List[Tuple[int, int]]]:
    """Removal words with a self cue, and those that look like clinic removal."""
    self_mentions: List[_Mention] = []
    clinic: List[Tuple[int, int]] = []
    idioms = a.covered.get("EYE_IDIOM", set())
    a.discard("SELF_VERB", lambda s, e: s in idioms)  # "your prices made my eyes pop out"
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
        if INJURY_VERB.match(a.low[start]) and _injury_object(a, _following(a, start)):
            continue  # "I cut my finger open"
        if _third_party_doer(a, start) and "asking" not in a.low:
            continue  # "people damaging their eyes trying to remove milia at home"
        agent = (a.in_clause("PRO_AGENT", start) or a.in_clause("YOU", start)) and not _generic_you(a, start, how=False)
        strong = (a.in_clause("SELF_CUE", start) or a.in_clause_before("TRIED", start, 3)
                  or a.in_clause("HOWTO", start) or (not agent and any(
                      a.sentence[s] == a.sentence[start] and not re.match(HOME_AGENT, a.low[e - 1]) for s, e in a.spans("SELF_CUE"))))
        # "will rubbing a flannel on my chin get the milia off"
        strong = strong or (a.in_clause_before("RUB", start) and not agent)
        # "my friend is a nail tech ... is it ok for her to do milia removal"
        strong = strong or (not agent and start not in passive and not a.in_clause("CLINIC_PLACE", start)
                            and _lay_doer_before(a, start))
        weak = a.in_clause("TOOL", start) and a.in_clause("FIRST_PERSON", start) and not agent
        # "i extracted a milia near my eye": the visitor did it
        weak = weak or (start > 0 and a.low[start - 1] in {"i", "ive", "we"} and a.low[start].endswith("ed"))
        # "do i need to cut them open first?"
        weak = weak or (a.low[start] in {"cut", "slit", "slice", "nick"} and "i" in a.low[max(0, start - 4):start])
        product = a.in_clause("PRODUCT", start)
        if start in passive and (not strong or _agent_after(a, start) or _home_agent_cues_only(a, start)):
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
        if _agent_after(a, start) and (_home_agent_cues_only(a, start) or not a.in_clause("SELF_CUE", start)):
            clinic.append((start, end))
            continue  # "my nan wants them removed by a proper doctor"
        if (a.in_clause("CLINIC_PLACE", start) or {"voucher", "vouchers"} & set(a.low)) and (
                not a.in_clause("SELF_CUE", start) or _home_agent_cues_only(a, start) and not _lay_doer_before(a, start)):
            clinic.append((start, end))
            continue  # "can he come in for removal", "a gift voucher for milia removal"
        if (strong or weak) and not product:
            self_mentions.append(_Mention(start, end, a.negated_before(start)))
        elif agent or a.low[start].startswith(("removal", "extraction")):
            clinic.append((start, end))
    return self_mentions, clinic


def _home_agent_cues_only(a: _Analysis, i: int) -> bool:
    """Every self cue in the clause of ``i`` names a relative ("my wife had them removed here",
    "can I get them removed at your clinic if my mum comes with me"): the patient's family, not the doer."""
    cues = [(s, e) for s, e in a.spans("SELF_CUE") if a.clause[s] == a.clause[i]]
    return bool(cues) and all(re.match(HOME_AGENT, a.low[e - 1]) for s, e in cues)


def _generic_you(a: _Analysis, i: int, how: bool = True) -> bool:
    """"you" meaning anyone: "can you just use tweezers on milia?", and with ``how`` "how do you use a milia
    extractor" (a tool; "how do you remove milia?" asks the clinic)."""
    words = [k for k in range(len(a.low)) if a.sentence[k] == a.sentence[i] and a.low[k] not in CLAUSE_FILLERS]
    w = [a.low[k] for k in words[:4]]
    if len(w) >= 3 and w[0] in {"can", "could"} and w[1] in {"you", "u"} and w[2] == "just":
        return True
    return how and len(w) >= 3 and w[0] in {"how", "what"} and w[1] in {"do", "does", "would", "should"} and w[2] in {"you", "u"}


def _lay_doer_before(a: _Analysis, i: int) -> bool:
    """A friend or relative named earlier in the message is the doer of the removal at ``i``: "my friend is
    a nail tech ... is it ok for her to do milia removal", "my sister has a needle, can she pop mine"."""
    doer = any(a.low[k] in THIRD_PERSON_DOERS and a.clause[k] == a.clause[i]
               and (a.low[k] in {"she", "he"} or a.low[k - 1] == "for") for k in range(max(1, i - 5), i))
    return doer and any(s < i for s, _ in a.spans("SELF_CUE"))


def _tool_mentions(a: _Analysis) -> Tuple[List[_Mention], List[Tuple[int, int]]]:
    """"use a needle", "comedone extractor": the visitor's tools, and the clinic's."""
    out: List[_Mention] = []
    clinic: List[Tuple[int, int]] = []
    for start, end in a.spans("TOOL_USE"):
        window = range(max(0, start - 3), start)
        own = any(a.in_sentence(label, start) for label in ("SELF_CUE", "HOWTO", "ACQUIRED"))
        own = own or _generic_you(a, start)
        if _asks_clinic(a, start) or not own and any(
            (a.has("PRO_AGENT", k) or a.has("YOU", k)) and a.clause[k] == a.clause[start] for k in window
        ):
            clinic.append((start, end))
            continue  # "do you use a needle"
        if (
            _subject_before(a, start) != "visitor"
            and not a.in_clause("SELF_CUE", start)
            and _done_by_clinic(a, start)
        ):
            clinic.append((start, end))
            continue  # "can milia be removed using a needle at the clinic"
        if end < len(a.low) and a.low[end] in {"-", "free", "less"}:
            continue  # "needle-free"
        if any(a.clause[s] == a.clause[start] and s < start for s, _ in a.spans("CLINIC_PASSIVE")) and not (
                a.in_clause("SELF_CUE", start)):
            clinic.append((start, end))
            continue  # "someone got milia removed from their eyelid with a needle at a derm"
        out.append(_Mention(start, end, a.negated_before(start)))
    for start, end in a.spans("CONSUMER_TOOL"):
        own = any(a.in_sentence(label, start) for label in ("SELF_CUE", "HOWTO", "ACQUIRED")) or _generic_you(a, start)
        if _asks_clinic(a, start) or not own and (a.in_clause("PRO_AGENT", start) or a.in_clause("YOU", start)):
            continue  # "what removal tool do you use"
        if _third_party_user(a, start) and not a.in_sentence("SELF_CUE", start):
            continue  # "I saw a video of someone using a plasma device"
        if set(range(start, end)) & a.covered.get("CLINIC_PASSIVE", set()):
            continue  # "my friend had plasma pen done at a salon"
        out.append(_Mention(start, end, a.negated_before(start)))
    taken = {k for m in out for k in range(m.start, m.end)} | {k for s, e in clinic for k in range(s, e)}
    out += _bare_tool_mentions(a, taken)
    return out, clinic


def _asks_clinic(a: _Analysis, i: int) -> bool:
    """The sentence of ``i`` asks the clinic what it does ("do you squeeze them or use a needle?",
    "can you pick them out at the consultation?"), with no first-person doer before ``i`` and no
    self cue ("can you pop them yourself?" is the visitor)."""
    sent = a.sentence[i]
    words = [k for k in range(len(a.low)) if a.sentence[k] == sent and a.low[k] not in CLAUSE_FILLERS
             and a.low[k] not in CLAUSE_BREAK_PUNCT]
    asks = len(words) >= 2 and a.low[words[0]] in ASK_AUX and a.has("YOU", words[1])
    # ... or the clause of ``i`` does: "when you remove milia do you pop them", "... or do you have to scrape"
    clause = [k for k in words if a.clause[k] == a.clause[i] and k <= i]
    for j in range(len(clause) - 1):
        if (a.low[clause[j]] in ASK_AUX and a.has("YOU", clause[j + 1]) and a.low[clause[j]] not in {"can", "could"}
                and not (j > 0 and a.low[clause[j - 1]] in WH_WORDS)):  # "how do you pop them" is anyone
            asks = True
    # "do u reckon my cuticle pusher would push them out": asks an opinion, not what the clinic does
    if not asks or any(a.has("YOU", k) and k + 1 < len(a.low) and a.low[k + 1] in OPINION_VERBS for k in words):
        return False
    if a.low[words[0]] in {"can", "could"} and not (
        any(a.in_sentence(label, i) for label in ("CLINIC_PLACE", "TREATMENT_CTX", "PRO_AGENT")) or _for_me(a, i)
    ):
        return False  # "can you pop milia?" asks whether one can
    if a.in_sentence("SELF_CUE", i) or a.in_sentence("HOWTO", i) or a.in_sentence("ACQUIRED", i):
        return False
    return not any(a.low[k] in FIRST_PERSON_SUBJECTS for k in words if k < i)


def _bare_tool_mentions(a: _Analysis, taken: Set[int]) -> List[_Mention]:
    """A tool or gadget named on its own: "pin or needle for milia?", "ordered a spot zapper",
    "what gauge needle is best for the tear trough" - the visitor's, unless the sentence is about
    the clinic ("does the dermatologist use a lancet?", "is the treatment done with a needle?")."""
    out: List[_Mention] = []
    n = len(a.low)
    for start, end in a.spans("BARE_TOOL"):
        if taken & set(range(start, end)):
            continue
        nxt = a.low[end] if end < n else ""
        if nxt in TOOL_EXCLUDE_NEXT or (a.low[start] == "pins" and nxt == "and"):
            continue  # "needle-free", "needle phobia", "pins and needles"
        own = any(a.in_sentence(label, start) for label in ("SELF_CUE", "HOWTO", "ACQUIRED", "TRIED"))
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
        if _asks_clinic(a, start) or (clinic and not own):
            continue
        first = next((a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[start]), "")
        if (not own and start > 0 and a.low[start - 1] == "the" and first in {"will", "does", "would", "is", "do"}
                and not any(a.sentence[k] == a.sentence[start] and a.low[k] in FIRST_PERSON_SUBJECTS
                            for k in range(len(a.low)))):
            continue  # "will the needle leave a mark?", "does the lancet hurt?"
        if a.low[start].startswith("hyfrec") and not own:
            continue  # "what is a hyfrecator?" asks about the clinic's method
        out.append(_Mention(start, end, a.negated_before(start)))
    for start, end in a.spans("GADGET"):
        if taken & set(range(start, end)) or _asks_clinic(a, start) or a.in_clause("PRO_AGENT", start):
            continue  # "do you use a plasma pen?"
        if a.in_clause("TREATMENT_CTX", start) and not a.in_sentence("SELF_CUE", start) and any(
                a.has("YOU", k) and a.clause[k] == a.clause[start] and a.low[k + 1:k + 2] in (["offer"], ["provide"], ["do"], ["use"])
                for k in range(len(a.low) - 1)):
            continue  # "is the plasma pen treatment you offer safe near the eyes?"
        if _third_party_user(a, start) and not a.in_sentence("SELF_CUE", start):
            continue  # "a video of someone using a plasma device"
        if set(range(start, end)) & a.covered.get("CLINIC_PASSIVE", set()):
            continue  # "my friend had plasma pen done at a salon"
        if a.low[start] in {"kit", "kits"} and not a.in_sentence("ACQUIRED", start):
            continue
        out.append(_Mention(start, end, a.negated_before(start)))
    return out


def _third_party_doer(a: _Analysis, i: int) -> bool:
    """Someone else does the verb at ``i``, with no "I" between them: "people trying to dig them out"."""
    for k in range(i - 1, max(-1, i - 6), -1):
        if a.clause[k] != a.clause[i] or a.low[k] in FIRST_PERSON_SUBJECTS | {"me", "how", "tell", "show"}:
            return False
        if a.low[k] in THIRD_PARTY_USERS:
            return True
    return False


def _copy_mentions(a: _Analysis) -> List[_Mention]:
    """"watched a dermatologist lance one on YouTube ... tempted to copy him", "a video of someone using a
    blackhead remover, i wanna try it on mine": copying a removal seen elsewhere."""
    seen = any(a.spans(label) for label in ("SELF_VERB", "REMOVE", "TOOL", "CONSUMER_TOOL", "GADGET", "BARE_TOOL"))
    return [
        _Mention(s, e, a.negated_before(s)) for s, e in a.spans("COPY")
        if seen and (a.in_clause("FIRST_PERSON", s) or a.in_clause("SELF_CUE", s))
    ]


def _third_party_user(a: _Analysis, i: int) -> bool:
    """Someone else uses the gadget at ``i``: "a video of someone using a plasma device on milia"."""
    return any(a.low[k] in THIRD_PARTY_USERS and a.clause[k] == a.clause[i] for k in range(max(0, i - 8), i))


def _durations_days(a: _Analysis, sentence: int) -> List[float]:
    """Durations named in the sentence, and in a short next one that only dates it ("... in ages. like 3 months")."""
    days = _sentence_durations(a, sentence)
    following = [a.low[k] for k in range(len(a.low)) if a.sentence[k] == sentence + 1]
    if following and len(following) <= 6 and following[0] in {"like", "about", "around", "for", "maybe", "over", "nearly",
                                                              "almost", "probably", "been", "roughly", "at"}:
        days += _sentence_durations(a, sentence + 1)
    return days


def _sentence_durations(a: _Analysis, sentence: int) -> List[float]:
    days: List[float] = []
    for start, end in a.spans("DURATION"):
        if a.sentence[start] != sentence:
            continue
        words = a.low[start:end]
        if len(words) == 1:
            m = re.match(r"^(\d+)([a-z]+)$", words[0])
            if m:
                days.append(float(m.group(1)) * _unit_days(m.group(2)))
            else:
                days.append(1.0)  # yesterday / today
            continue
        if words[0] in {"since", "for", "been", "over", "in", "back"}:
            days.append(float(NOT_HEALED_MIN_DAYS))
            continue
        if words[0] in {"last", "this"}:
            days.append({"week": 7.0, "month": 30.0, "year": 365.0}.get(words[-1], 1.0))
            continue
        if words[0] in {"few"}:
            continue  # too vague to rule out a red flag
        qty = float(words[0]) if words[0].isdigit() else NUMBER_WORDS.get(words[0], 0.0)
        if qty:
            days.append(qty * _unit_days(words[-1]))
    return days


def _unit_days(unit: str) -> float:
    for prefix, value in UNIT_DAYS:
        if unit.startswith(prefix):
            return value
    return 1.0


def _red_flag_spans(a: _Analysis, self_mentions: Sequence[_Mention]) -> List[Tuple[str, int, int]]:
    found: List[Tuple[str, int, int]] = []
    n = len(a.low)
    past_self = {
        a.sentence[m.start] for m in self_mentions
        if not m.negated and PAST_SELF_VERB.search(a.low[m.start])
    }
    any_self = {a.sentence[m.start] for m in self_mentions if not m.negated}
    echoed = _echoed_sentences(a, past_self)
    idiom = a.covered.get("EYE_IDIOM", set())
    for label in RED_FLAG_LABELS:
        for start, end in a.spans(label):
            if not a.same_clause(start, end) and not (
                label in CROSS_CLAUSE_LABELS and a.sentence[start] == a.sentence[end - 1]
            ):
                continue  # a list may spread one sign over commas: "it scabs, falls off, then comes back"
            nxt = a.low[end] if end < n else ""
            if label == "RF_HOT" and (nxt in HOT_EXCLUDE_NEXT or {"while", "whilst"} & set(a.low[max(0, start - 4):start])):
                continue  # "a hot flannel", "while the skin's warm and soft" (a condition, not a sign)
            if label == "RF_GROW" and nxt in GROW_EXCLUDE_NEXT:
                continue
            if label == "RF_EYE_INJURY" and a.low[start] in {"in", "into"} and not (
                (start == 0 or a.low[start - 1] in SENTENCE_BREAK) and (nxt in SENTENCE_BREAK or end == n)
            ):
                continue  # "In my eye." on its own after "the needle went in", not "milia in my eye area"
            if label == "RF_EYE_INJURY" and a.low[start] in EYEBALL_WORDS and (
                (LOCATIVES | {"of", "to"}) & set(a.low[max(0, start - 2):start])
            ):
                continue  # "the spot near my eye is bleeding", "corner of my eye is bleeding": not the eye itself
            if label == "RF_EYE_TROUBLE" and (a.low[end:end + 2] == ["in", "size"] or nxt in PRODUCT_WORDS | VESSEL_WORDS or not (any(
                _in_sentence(a, a.sentence[start] - k, EYEBALL_CONTEXT, skip=idiom) for k in (0, 1, 2)
            ) or (a.sentence[start] in any_self and any(a.sentence[s] == a.sentence[start] for s, _ in _eye_spans(a))))):
                continue  # "the pain is unbearable" about a cheek is not an eye emergency; "help my
                # eye!! it went straight in" is; "keep an eye on it, it has doubled in size" is not
            if label == "RF_EYE_TROUBLE" and any(s <= start < e for s, e in a.spans("RF_CANCER")):
                continue  # "little red squiggles running across the top of the lump": vessels on a spot (a GP)
            if label == "RF_FEVER" and start > 0 and a.low[start - 1] in {"hay", "glandular", "scarlet"}:
                continue  # "hay fever makes me rub my eyes"
            if set(range(start, end)) & idiom and a.sentence[start] not in any_self and nxt != "itself":
                continue  # "your website caught my eye" (not "I caught my eye with the plasma pen")
            if label == "RF_SPREAD" and a.low[start] in SPREAD_ALONE_WORDS and not _in_sentence(
                a, a.sentence[start], INFECTION_WORDS
            ) and not any(re.match(RX_RED, a.low[k]) for k in range(len(a.low)) if a.sentence[k] == a.sentence[start]):
                continue  # "they're spreading across my cheeks" is milia spreading, not an infection
            if label == "RF_SPREAD" and start > 0 and a.low[start - 1] in {"tiny", "little", "small", "fine"} and (
                {"lines", "veins", "vessels"} & set(a.low[start:end])
            ):
                continue  # "tiny red lines running across it": blood vessels on a spot (see a GP), not an infection
            if label == "RF_FEVER_NUMBER" and (start > 0 and a.low[start - 1] in NOT_TEMPERATURE_PREV
                                               or nxt in NOT_TEMPERATURE_NEXT
                                               or nxt in NOT_TEMPERATURE_NEXT_COUNT and a.low[start].isdigit()):
                continue  # "I'm 38", "about 40 quid": an age or a price, not a temperature
            if label == "RF_VERY_UNWELL" and a.low[start].startswith("faint") and _in_sentence(
                a, a.sentence[start], SQUEAMISH_WORDS
            ):
                continue  # "the idea of a needle near my eye makes me feel faint", "I nearly fainted at a blood test"
            if label in EMERGENCY_WITH and a.low[end - 1] in UNWELL_BARE_VERBS and nxt not in UNWELL_BARE_NEXT:
                continue  # "can't think of a reason", "can't stand the look of them"
            if label == "RF_EYE_PAIN" and a.low[end - 1] == "i" and nxt not in {"", ",", ".", "!", "?", "and", "..."}:
                continue  # "pain in the i, it's like a drill" (a typo for the eye), not "the pain when I blink"
            if label == "RF_EYE_PAIN" and any(
                a.low[k].startswith("burn") and {"off", "away"} & set(a.low[k + 1:k + 3]) for k in range(start, end)
            ):
                continue  # "peel pads on the eyelid to burn off milia": removing them, not pain
            if label == "RF_BLEED" and nxt in BLOOD_EXCLUDE_NEXT:
                continue  # "my blood sugar kit"
            if label == "RF_SPREAD" and {"colour", "color", "coloured", "colored"} & set(a.low[start:min(n, start + 3)]):
                continue  # "it was white, now it is red colour and bigger": the spot changing (a GP), not spreading
            if label == "RF_SWELL" and PLAQUE_WORDS & set(a.low[end:end + 3]):
                continue  # "milia on a red swollen patch" describes milia en plaque
            if label == "RF_SWELL" and _in_sentence(a, a.sentence[start], ALLERGY_WORDS):
                continue  # "my eyes are puffy in the mornings from hay fever"
            if label == "RF_SWELL" and start > 0 and a.low[start - 1] in {"be", "look", "looking"} and (
                {"want", "wanna", "avoid", "worried", "scared"} & set(a.low[max(0, start - 5):start])
            ):
                continue  # "I don't want to be swollen in the photos": a worry about the treatment
            if label == "RF_GROW" and any_self and any(a.sentence[s] == a.sentence[start] for s, _ in _eye_spans(a)) and (
                    {"doubled", "tripled", "size"} & set(a.low[start:end])):
                label = "RF_SWELL"  # "the bag under my eye has doubled in size since I went at a milium there"
            if label == "RF_OOZE" and nxt in {"blood", "bloody"}:
                label = "RF_BLEED"  # "a sore little dip that weeps blood now and then": bleeding (a GP)
            if _someone_elses(a, start):
                continue  # "a horror story online where someone's eyelid swelled up", "I read that a woman went blind"
            if label == "RF_FLASHES" and a.low[start].startswith("flash") and (
                    start > 0 and a.low[start - 1] in {"with", "without", "no", "camera"} or nxt in {"photo", "photos", "on", "off", "sale"}):
                continue  # "in photos with flash my milia look bigger"
            if label == "RF_SWELL" and "size" in a.low[start:end] and not any_self and not _eye_spans(a) and not (
                    {"since", "after"} & {a.low[k] for k in range(n) if a.sentence[k] == a.sentence[start]}):
                label = "RF_GROW"  # "it's double the size it was in spring": a spot growing, not swelling after picking
            sent = a.sentence[start]
            # "could THIS be cancer?", and any question whether milia are or become cancer: the page
            # does not say, and a GP is the one to ask (issue 11: a GP signpost, never "they aren't harmful")
            own = label == "RF_CANCER"
            # "can you remove a spot that bleeds sometimes / thats been changing colour": the sign
            # describes the visitor's own spot
            own = own or (TIER_OF[label] == "gp" and _describes_a_spot(a, start)) or _admits(a, sent)
            own = own or (label == "RF_FEVER_NUMBER" and bool(a.spans("BABY_AGE")))  # "38 temp? she's 5 weeks old"
            own = own or (TIER_OF[label] == "gp" and _own_spot_subject(a, start))  # "is it bad if MY milia bleeds"
            happened = label in {"RF_EYE_INJURY", "RF_EYE_TROUBLE"} and any(
                PAST_SELF_VERB.search(w) or w in {"went", "got", "hit", "caught", "burnt", "cut"} for w in a.low[start:end]
            )  # "is it bad if the hyfrecator touched my eyeball"
            # "is it bad if light makes my eye hurt after I pricked one": an eye emergency beside the
            # visitor's own picking is a report, whatever "if" says
            happened = happened or (TIER_OF[label] == "emergency" and sent in past_self)
            # "is that still ok if my sight has gone dim since this morning?": dated, so it happened
            happened = happened or (TIER_OF[label] == "emergency" and any(
                a.sentence[s] == sent and (a.low[s] == "since" or s > 0 and a.low[s - 1] == "since")
                for s, _ in a.spans("DURATION")))
            # "is it bad if I see a curtain after picking them", "does pus after a DIY extraction mean
            # infection", "is it normal to see double after having them removed": an emergency or a
            # spreading infection *after* a removal is the visitor's own, whatever the question says
            happened = happened or (
                (TIER_OF[label] in ("emergency", "urgent") and sent in any_self or label in AFTER_REMOVAL_REPORTS)
                and _after_removal(a, sent)
            )
            if not (own or happened or sent in echoed) and any(
                a.clause[s] == a.clause[start] and s < start for s, _ in a.spans("HYPO_STRONG")
            ):
                continue  # "what if it gets infected", "can picking cause infection"
            if label == "RF_GROW" and {"nothing", "nothings", "nothing's"} & set(a.low[max(0, start - 4):start]):
                continue  # "nothing about them has changed"
            if label == "RF_EYE_SHUT" and {"keep", "close"} & set(a.low[max(0, start - 2):start]) and (
                {"'d", "would", "will", "'ll", "could"} & set(a.low[max(0, start - 4):start])
            ):
                continue  # "I'd keep my eye closed obviously" (not "I have to keep my eye closed")
            if label == "RF_EYE_TROUBLE" and a.low[start] == "crying" and {"like", "if", "been"} & set(a.low[max(0, start - 3):start]):
                continue  # "swollen like I've been crying for hours": a look, not pain
            if label == "RF_EYE_TROUBLE" and "itself" in a.low[start:end] and set(a.low[start:end]) & PLAIN_NEGATORS:
                continue  # "the eye itself isn't sore"
            if _negated_symptom(a, start, end, label):
                continue  # "never bled or anything"
            if not (own or happened) and sent not in echoed and _hypothetical(a, start, sent in past_self):
                continue  # "will there be swelling after the treatment?", "do milia bleed?"
            if label == "RF_NOT_HEALED":
                days = _durations_days(a, sent) + (_durations_days(a, sent + 1) if sent in echoed else [])
                if days and max(days) < NOT_HEALED_MIN_DAYS:
                    continue  # "3 days and it hasn't healed yet"
            if label == "RF_PERSISTENT" and not _recurring(a, start):
                # "it keeps crusting", "never goes away" need no duration; "is it normal for a milium to
                # scab? mine has for like 6 weeks" takes the next sentence's
                days = _durations_days(a, sent) + (_durations_days(a, sent + 1) if sent in echoed else [])
                if not days or max(days) < NOT_HEALED_MIN_DAYS:
                    continue  # only "scabbing for 5 weeks", not "a scab"
            if label == "RF_EYE_PAIN" and _severe_eye_pain(a, start, end, sent in any_self):
                label = "RF_EYE_PAIN_SEVERE"
            found.append((label, start, end))
    found.sort(key=lambda f: (f[1], f[2]))
    return found


def _someone_elses(a: _Analysis, i: int) -> bool:
    """The sign at ``i`` is someone else's that the visitor read or heard about: "saw a horror story where
    someone's eyelid swelled up", "I read on a forum that a woman went blind after a salon did hers"."""
    before = a.low[max(0, i - 4):i]
    if {"like", "if"} & set(a.low[max(0, i - 6):i]):
        return False  # "it's like someone's flicking a torch in the corner of my eye"
    if {"someone's", "someones", "somebody's", "people's"} & set(before) or any(
            before[k:k + 2] in (["someone", "'s"], ["somebody", "'s"], ["people", "'s"]) for k in range(len(before))):
        return True
    sentence = [a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[i]]
    if not HEARSAY_WORDS & set(sentence):
        return False
    clause = [a.low[k] for k in range(max(0, i - 8), i) if a.sentence[k] == a.sentence[i]]
    return bool(set(clause) & (THIRD_PARTY_USERS | OTHER_PEOPLE)) and not {"my", "me", "i", "mine"} & set(clause[-3:])


def _describes_a_spot(a: _Analysis, i: int) -> bool:
    """A relative clause about one spot just before ``i``: "a spot that bleeds", "a milia thats been
    changing colour" (not "do milia bleed?")."""
    for j in range(max(0, i - 3), i):
        if a.low[j] in {"that", "thats", "that's", "which"} and j > 0 and a.low[j - 1] in SPOT_WORDS:
            return a.clause[j] == a.clause[i]
    return False


def _own_spot_subject(a: _Analysis, i: int) -> bool:
    """The sign at ``i`` is said of the visitor's own spot, named just before it ("is it bad if my milia
    bleeds randomly", "what if my spot is changing colour"), and not of a treatment to come."""
    sent = a.sentence[i]
    if any(a.sentence[s] == sent for label in ("TREATMENT_CTX", "FUTURE") for s, _ in a.spans(label)):
        return False
    return any(
        a.low[k] == "my" and a.clause[k] == a.clause[i] and (a.has("OBJ", k + 1) or a.low[k + 1] in SPOT_WORDS)
        for k in range(max(0, i - 4), i - 1)
    )


def _echoed_sentences(a: _Analysis, past_self: Collection[int] = ()) -> Set[int]:
    """Questions answered by the visitor's own case in the next sentence: "do they bleed on their
    own? mine did this morning", "could light hurting my eye be from the removal? it started
    straight after" and "is it infected if pus is coming out? it's where I squeezed one" report
    the symptom."""
    out: Set[int] = set()
    for k in range(1, len(a.low)):
        if a.sentence[k] == a.sentence[k - 1]:
            continue
        first, second = a.low[k], a.low[k + 1] if k + 1 < len(a.low) else ""
        mine_negated = bool(set(a.low[k + 1:k + 4]) & LIST_NEGATORS)  # "mine don't hurt": not a report
        # "is it bad if the red keeps getting bigger? I picked it on Monday"
        picked = first in {"i", "i've", "ive"} and bool(PAST_SELF_VERB.search(second)) and a.has("SELF_VERB", k + 1)
        if first in {"mine", "mines", "mine's"} and not mine_negated or picked or (
            first in {"it", "this", "that", "they", "its", "it's"} and second in {"started", "began", "begun", "came"}
        ) or first in {"started", "began"} or (first in OWN_WORDS and a.sentence[k] in past_self):
            out.add(a.sentence[k - 1])
    return out


def _sentence_text(a: _Analysis, sentence: int) -> str:
    return " ".join(a.low[k] for k in range(len(a.low)) if a.sentence[k] == sentence)


def _recurring(a: _Analysis, i: int) -> bool:
    """A crust or scab that keeps coming: "keeps crusting", "i keep getting a crust", "never goes away"."""
    if {"keeps", "keep", "kept"} & set(a.low[max(0, i - 3):i]):
        return True
    text = _sentence_text(a, a.sentence[i])
    return any(phrase in text for phrase in RECURRING_PHRASES)


def _admits(a: _Analysis, sentence: int) -> bool:
    """A question that says it happened: "can the needle going in my eye cause damage because it did",
    or is answered so by the next sentence: "if you poke your own eye is that an A&E thing? because I did"."""
    text = _sentence_text(a, sentence)
    following = _sentence_text(a, sentence + 1)
    return any(phrase in text or following.startswith(phrase) for phrase in ADMISSIONS)


def _after_removal(a: _Analysis, sentence: int) -> bool:
    """The sentence places a sign *after* a removal ("after picking", "since the extraction"),
    and asks nothing about the future ("will it swell after the treatment?")."""
    words = [k for k in range(len(a.low)) if a.sentence[k] == sentence]
    if not any(a.low[k] in {"after", "since", "afterwards"} for k in words):
        return False
    if any(a.sentence[s] == sentence for s, _ in a.spans("FUTURE")):
        return False
    if {"risk", "risks", "chance", "chances", "danger", "dangers", "likely"} & {a.low[k] for k in words}:
        return False  # "is there a risk of light sensitivity after laser treatment?"
    return any(a.sentence[s] == sentence for label in ("REMOVE", "SELF_VERB", "TREATMENT_CTX", "SELF_CUE")
               for s, _ in a.spans(label))


def _in_sentence(a: _Analysis, sentence: int, words: FrozenSet[str], skip: Collection[int] = ()) -> bool:
    return any(a.sentence[k] == sentence and a.low[k] in words and k not in skip for k in range(len(a.low)))


def _severe_eye_pain(a: _Analysis, start: int, end: int, after_self_removal: bool) -> bool:
    """Pain in the eye itself (not the lid) that is severe, or that follows picking near it."""
    if not EYEBALL_WORDS & set(a.low[start:end]) and a.low[end - 2:end] not in (["the", "i"], ["my", "i"]):
        return False
    sentence = a.sentence[start]
    words = {a.low[k] for k in range(len(a.low)) if a.sentence[k] == sentence}
    return after_self_removal or bool(SEVERITY_WORDS & words)


def _tier(labels: Set[str], picked_or_red: bool = False) -> Optional[str]:
    """The most urgent tier among the red-flag labels found (see ``TIER_OF``).

    Feeling very unwell is an emergency beside an infection sign, or beside redness or picking
    named anywhere in the message ("she picked a spot, now it's red all up her face and she's
    confused")."""
    if not labels:
        return None
    if EMERGENCY_WITH & labels and (INFECTION_SIGNS & labels or picked_or_red):
        return "emergency"
    ranked = [TIER_OF[label] for label in labels]
    return min(ranked, key=TIER_ORDER.index)


def _hypothetical(a: _Analysis, i: int, past_self_removal: bool) -> bool:
    """The symptom at ``i`` sits in a general or future question, not a report."""
    if past_self_removal:
        return False  # "is it normal for it to be swollen after I squeezed it?"
    prev = a.low[i - 1] if i > 0 else ""
    future = [s for s, _ in a.spans("FUTURE") if a.clause[s] == a.clause[i] and s < i]
    sent = a.sentence[i]
    if future and any(a.sentence[s] == sent for s, _ in a.spans("TREATMENT_CTX")):
        return True  # "will my vision be affected during the removal?"
    if future and not {"stop", "stopped", "stopping"} & set(a.low[future[-1]:i]):
        return prev not in DEFINITE  # "will it hurt my eye" vs "will THE swelling go down"
    start = a.clause_start_word(i)
    if start not in HYPO_WEAK_STARTS:
        return False
    sent = a.sentence[i]
    in_sentence = lambda label: any(a.sentence[s] == sent for s, _ in a.spans(label))  # noqa: E731
    if start in FUTURE_STARTS and in_sentence("TREATMENT_CTX"):
        return True  # "does it bleed after the treatment?"
    return not (in_sentence("REPORT_CUE") or in_sentence("BABY_AGE"))  # "is it normal that MY eye is swollen?"


def _negated_symptom(a: _Analysis, start: int, end: int, label: str) -> bool:
    """"never bled", "no pus", "the redness isn't spreading" (not "won't stop bleeding"), and a
    negation across a list: "they don't hurt or bleed", "not sore, red or swollen"."""
    if label in SELF_NEGATING_LABELS:
        return False
    if _list_negated(a, start):
        return True
    # A negation inside a phrase like "won't open" or "can't look at" is the symptom itself.
    last = start if label in PHRASE_NEGATED_LABELS else end
    for j in range(max(0, start - 3), last):
        if a.clause[j] != a.clause[start] or a.low[j] not in PLAIN_NEGATORS:
            continue
        if j > 0 and a.low[j - 1] in NEG_IGNORE_PREV:
            continue  # "can't see properly" is the symptom itself
        if not {"stop", "stopped", "stopping", "slow", "settle", "calm"} & set(a.low[j + 1:end]):
            return True  # "won't stop bleeding", "heart won't slow down" are the sign itself
    return False


def _list_negated(a: _Analysis, i: int) -> bool:
    """The word at ``i`` is a later item of a negated list ("not sore, red OR SWOLLEN")."""
    for j in range(i - 1, max(-1, i - LIST_WINDOW), -1):
        word = a.low[j]
        if word in {"it", "they", "she", "he"} and j > 0 and a.low[j - 1] in {",", ";"}:
            return False  # "the redness isn't staying put, it's crawling across my cheek": a new clause
        if word in LIST_NEGATORS:
            return not (j > 0 and a.low[j - 1] in NEG_IGNORE_PREV)  # "can't stand the light" is the symptom
        if word in LIST_LINKS or word in LIST_FILLERS or any(a.has(label, j) or j in a.covered.get(label, ()) for label in RED_FLAG_LABELS):
            continue
        if re.match(RX_PAIN, word) or re.match(RX_RED, word) or word in SYMPTOM_WORDS:
            continue
        return False
    return False


def _eye_spans(a: _Analysis) -> List[Tuple[int, int]]:
    idiom = a.covered.get("EYE_IDIOM", set())
    return [(s, e) for s, e in a.spans("EYE") if not (set(range(s, e)) & idiom) and not _away_from_eye(a, s)]


def _away_from_eye(a: _Analysis, s: int) -> bool:
    """"nowhere near my eyes", "not near the eye", "well away from my eyes": the place is not the eye area."""
    before = a.low[max(0, s - 4):s]
    if "nowhere" in before or ("near" in before and PLAIN_NEGATORS & set(before)):
        return True
    return "from" in before and bool({"away", "far"} & set(before))


def detect(text: str) -> SafetyResult:
    """Detect safety-relevant content in one visitor message."""
    if not text or not text.strip():
        return SafetyResult()
    doc = build_nlp().make_doc(_normalise(text))
    a = _Analysis(doc, build_matcher()(doc))
    # "do milia go away by themselves" / "on their own": of their own accord, nobody removes them
    a.discard("SELF_CUE", lambda s, e: s > 0 and a.low[s] in {"themselves", "itself"} and a.low[s - 1] == "by"
              or a.low[s:e] == ["their", "own"] and s > 0 and a.low[s - 1] == "on")

    # "the milia on my son's eyelid": a relative named as the patient, not as the one removing them
    # ("me mate's a beautician" is "my mate is")
    a.discard("SELF_CUE", lambda s, e: e < len(a.low) and a.low[e] in {"'s", "s"} and bool(re.match(HOME_AGENT, a.low[e - 1]))
              and a.low[e + 1:e + 2] not in (["a"], ["an"], ["gonna"], ["going"], ["offered"], ["said"], ["says"]))
    idioms = a.covered.get("EYE_IDIOM", set())
    a.discard("SELF_VERB", lambda s, e: s in idioms)  # "your prices made my eyes pop out"
    passive = a.covered.get("CLINIC_PASSIVE", set())
    a.discard("ACQUIRED", lambda s, e: s in passive  # "someone got milia removed at a derm"
              or s > 0 and a.low[s] in {"on", "from"} and a.low[s - 1] in {"saw", "seen", "watched", "read", "watching"})
    removal, clinic = _remove_mentions(a)
    tools, clinic_tools = _tool_mentions(a)
    verbs, clinic_verbs = _self_verb_mentions(a, [s for s, _ in clinic_tools])
    # "my bf asked if he can pop them and I said absolutely not": refused later in the sentence
    mentions = [m if m.negated or not _refused_after(a, m.start) else _Mention(m.start, m.end, True)
                for m in verbs + removal + tools]
    clinic = clinic + clinic_tools + clinic_verbs
    if not any(not m.negated for m in mentions):
        mentions += _copy_mentions(a)
    positive = sorted((m for m in mentions if not m.negated), key=lambda m: m.start)
    negative = [m for m in mentions if m.negated]
    clinic_terms = a.spans("CLINIC_TERM") + a.spans("CLINIC_PASSIVE")

    red = _red_flag_spans(a, mentions)
    eyes = _eye_spans(a)
    picked_or_red = bool(positive) or any(re.match(RX_RED, w) or w == "angry" for w in a.low)
    tier = _tier({label for label, _, _ in red}, picked_or_red)

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


def explain(text: str) -> Dict[str, List[str]]:
    """Debug helper: the concept matches found in ``text``."""
    doc = build_nlp().make_doc(_normalise(text))
    a = _Analysis(doc, build_matcher()(doc))
    return {label: [doc[s:e].text for s, e in spans] for label, spans in sorted(a.hits.items())}


if __name__ == "__main__":  # python -m milia.safety.detector [build/spacy_milia]
    import sys

    print(save_pipeline(sys.argv[1] if len(sys.argv) > 1 else "build/spacy_milia"))
