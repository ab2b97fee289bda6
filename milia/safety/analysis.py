"""The analysed message the safety detector's rules read: the concept matches of one doc, its clauses and
sentences, and the spans that name the eye area. Plain Python; no rasa."""
from __future__ import annotations

from dataclasses import dataclass
from typing import (
    TYPE_CHECKING,
    Callable,
    Collection,
    Dict,
    FrozenSet,
    List,
    Optional,
    Sequence,
    Set,
    Tuple,
)

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.tokens import Doc

from milia.safety.lexicon import (
    CLAUSE_BREAK_PUNCT,
    CLAUSE_BREAK_WORDS,
    CLAUSE_FILLERS,
    CONTINUATIONS,
    EYE_PRODUCT_NEXT,
    EYE_SET_ASIDE,
    EYE_STATE_VERBS,
    EYE_STATE_WORDS,
    FIRST_PERSON_SUBJECTS,
    HYPO_WEAK_STARTS,
    NEG_IGNORE_NEXT,
    NEG_IGNORE_PREV,
    NEG_WINDOW,
    ONLY_WORDS,
    PLACES_NOT_EYE,
    PLAIN_NEGATORS,
    SCOPE_BREAKERS,
    SENTENCE_BREAK,
)


class Analysis:
    """Matches of one doc plus clause/sentence structure."""

    def __init__(self, doc: "Doc", matches: Sequence[Tuple[int, int, int]], origin: Optional["Doc"] = None) -> None:
        self.doc = doc
        self.origin = doc if origin is None else origin  # the visitor's own words, for character offsets
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
        ended = False  # the token before ended a sentence
        for i, tok in enumerate(doc):
            word = self.low[i]
            # "little red lines (veins?) running across it": a question inside brackets ends no sentence
            ends = word in SENTENCE_BREAK and self.low[i + 1:i + 2] != [")"] or "\n" in tok.text
            if ends and ended:  # "!!!", "?!", "...": one sentence end, not empty sentences
                self.clause.append(self.clause[-1])
                self.sentence.append(self.sentence[-1])
                continue
            ended = ends
            if word in CLAUSE_BREAK_PUNCT or word in CLAUSE_BREAK_WORDS or "\n" in tok.text:
                clause += 1
            self.clause.append(clause)
            self.sentence.append(sentence)
            if ends:
                sentence += 1
                clause += 1

    def discard(self, label: str, drop: Callable[[int, int], bool]) -> None:
        """Forget the matches of ``label`` for which ``drop(start, end)`` holds."""
        spans = [(s, e) for s, e in self.hits.get(label, []) if not drop(s, e)]
        self.hits[label] = spans
        self.at[label] = {s for s, _ in spans}
        self.covered[label] = {i for s, e in spans for i in range(s, e)}

    def add(self, label: str, start: int, end: int) -> None:
        """Remember a match of ``label`` found by reading the words rather than by a pattern."""
        self.hits.setdefault(label, []).append((start, end))
        self.hits[label].sort()
        self.at.setdefault(label, set()).add(start)
        self.covered.setdefault(label, set()).update(range(start, end))

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
        span = self.origin[start:end]
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
            if self.low[j] == "no" and nxt in {"way", "chance"} and self.low[j + 2:j + 3] and self.low[j + 2] in {
                    "am", "im", "i", "would", "will", "is", "are", "in"}:
                return True  # "no way am i squeezing anything near my eye", "no chance I'd pop them"
            if (self.low[j] == "not" and nxt == "that" and self.low[j + 2:j + 3] in (["i"], ["im"]) and i - j <= NEG_WINDOW + 3
                    and self.low[j - 1:j] not in (["'s"], ["is"], ["its"], ["was"])):
                return True  # "Not that I'm planning to dig at them."
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
            if self.low[j] == "not" and self.low[j - 2:j] in (["can", "i"], ["could", "i"], ["should", "i"], ["why", "i"]) and (
                    nxt in {"just", "simply", "squeeze", "pop", "pick", "do", "get"}):
                continue  # "bit pricey. can i not just squeeze them out myself": a question, "can't I just"
            if prev == "if" and self.low[j] in {"not", "no"}:
                continue  # "if not ill attempt the ones by my eyes myself": otherwise, not a negation
            if self.low[j] == "not" and self.low[j - 2:j] in (["is", "it"], ["would", "it"]) and nxt in {"ok", "okay", "safe", "alright", "fine"}:
                continue  # "is it not ok to use a plasma pen at home on them?": asked, not refused (session 32)
            if self.low[j] in {"no", "nope", "nah"} and nxt in {"just", "only", "i", "i've", "ive"} and (j == 0 or prev in {".", "!", "?"}):
                continue  # "no just squeezed, didn't use anything": "no" answers a question
            if SCOPE_BREAKERS & set(self.low[j + 1:i]):
                continue  # "it would not stop bleeding after I picked it"
            return True
        return False


@dataclass
class Mention:
    start: int
    end: int
    negated: bool


def in_sentence(a: Analysis, sentence: int, words: FrozenSet[str], skip: Collection[int] = ()) -> bool:
    return any(a.sentence[k] == sentence and a.low[k] in words and k not in skip for k in range(len(a.low)))


def sentence_text(a: Analysis, sentence: int) -> str:
    return " ".join(a.low[k] for k in range(len(a.low)) if a.sentence[k] == sentence)


def eye_spans(a: Analysis) -> List[Tuple[int, int]]:
    idiom = a.covered.get("EYE_IDIOM", set())
    return [(s, e) for s, e in a.spans("EYE") if not (set(range(s, e)) & idiom) and not _away_from_eye(a, s)]


def removal_places(a: Analysis, positive: Sequence[Mention], negative: Sequence[Mention]) -> List[Tuple[int, int]]:
    """The eye spans that may say where milia are removed. Not "eye cream"; and when the removal is told
    with a place of its own ("the ones on my nose", "only on my chin"), not an eye word in another clause
    that says the eye area is fine or set aside: "my eyes are fine", "I'll leave the eye ones to you",
    "I'm not touching the ones by my eyes", "bags under my eyes haha but the milia are only on my nose"."""
    removed_sentences = {a.sentence[m.start] for m in positive}
    elsewhere = any(a.sentence[i] in removed_sentences for i, w in enumerate(a.low) if w in PLACES_NOT_EYE)
    # the clauses of "only on my nose": an eye word in the same clause is one of the places ("only on my
    # nose and eyelids"), not set aside
    only_clauses = {a.clause[i] for i, w in enumerate(a.low) if w in ONLY_WORDS and PLACES_NOT_EYE & set(a.low[i + 1:i + 6])}
    removed_clauses = {a.clause[m.start] for m in positive}
    refused_clauses = {a.clause[m.start] for m in negative}
    # every removal told with a place of its own in its clause ("the milia I want to pick are on my jaw"): an
    # eye word in another clause that names no bumps at all ("I'm used to touching my eyes") is not where they are
    placed = bool(positive) and all(
        any(a.clause[i] == a.clause[m.start] and w in PLACES_NOT_EYE for i, w in enumerate(a.low)) for m in positive)
    removal_places_named = {w for i, w in enumerate(a.low) if a.clause[i] in removed_clauses and w in PLACES_NOT_EYE}
    places = []
    cue_words = a.covered.get("SELF_CUE", set())
    for s, e in eye_spans(a):
        if a.low[e:e + 1] and a.low[e] in EYE_PRODUCT_NEXT:
            continue
        if s in cue_words:
            continue  # "the lady who does my lashes": who would do it, not where
        if a.low[s - 1:s] == ["tired"] and a.low[e:e + 1] == ["from"]:
            continue  # "tired eyes from staring at the till all day" (session 34, tuning_137)
        before = {a.low[j] for j in range(max(0, s - 7), s) if a.clause[j] == a.clause[s]}
        if (elsewhere or only_clauses) and a.clause[s] not in removed_clauses | only_clauses and (
            _said_to_be_fine(a, e) or a.clause[s] in refused_clauses or (EYE_SET_ASIDE | PLAIN_NEGATORS | {"nothing", "none"}) & before
            or _left_to_the_clinic(a, s, e)
            or only_clauses or placed and _not_where_removed(a, s, removal_places_named)
            or _gone_by_itself(a, s)
        ):
            continue
        places.append((s, e))
    return places


# Words that name the bumps themselves ("the ones round my eyes", "loads round my eye bags")
BUMP_REFERENCES = frozenset({"milia", "milium", "millia", "ones", "one", "bumps", "bump", "spots", "spot", "them", "those", "these",
                             "loads", "few", "some", "couple", "lots", "cysts", "whiteheads", "dots", "seeds", "they", "it"})


def _not_where_removed(a: Analysis, s: int, removal_places_named: Set[str]) -> bool:
    """The eye word at ``s``, in a clause of its own, when every removal names a place of its own: a clause
    that names no bumps ("I'm used to touching my eyes"), the professional's ("the dermatologist removed the
    ones by my eyes") or a list that also names the place removed ("milia on my nose and under my eyes ...
    can I needle the nose ones?")."""
    clause = [w for k, w in enumerate(a.low) if a.clause[k] == a.clause[s]]
    if a.low[max(0, s - 3):s] in (["right", "next", "to"], ["right", "by", "my"]) or a.low[max(0, s - 2):s] in (
            ["next", "to"], ["close", "to"], ["right", "by"]) or a.low[max(0, s - 3):s - 1] in (["next", "to"], ["close", "to"]):
        return False  # "the one in the corner by my nose, right next to my eye": where that one is
    return (not BUMP_REFERENCES & set(clause) or a.in_clause("PRO_AGENT", s) or a.in_clause("CLINIC_PLACE", s)
            or bool(removal_places_named & set(clause)))


def _gone_by_itself(a: Analysis, s: int) -> bool:
    """"The one near my eye went by itself": the eye one is gone, the removal is of another."""
    text = " " + " ".join(w for k, w in enumerate(a.low) if a.clause[k] == a.clause[s]) + " "
    return any(f" {p} " in text for p in ("went by itself", "went away", "gone by itself", "cleared up", "disappeared"))


def _left_to_the_clinic(a: Analysis, s: int, e: int) -> bool:
    """"the eye ones can wait for you", "let you lot do the eyelid ones": the eye area set aside for the clinic."""
    clause = [a.low[j] for j in range(max(0, s - 6), min(len(a.low), e + 6)) if a.clause[j] == a.clause[s]]
    text = " " + " ".join(clause) + " "
    return any(f" {p} " in text for p in ("wait for you", "wait for u", "let you", "let u", "let your", "for you lot", "for you to"))


def _said_to_be_fine(a: Analysis, e: int) -> bool:
    """"my eyes are fine", "my eye area is clear", "my eyes look fine with makeup"."""
    j = e + (a.low[e:e + 1] == ["area"])
    if a.low[j:j + 1] and a.low[j] in EYE_STATE_VERBS:
        return any(w in EYE_STATE_WORDS for w in a.low[j + 1:j + 4])
    return False


def _away_from_eye(a: Analysis, s: int) -> bool:
    """"nowhere near my eyes", "not near the eye", "well away from my eyes": the place is not the eye area."""
    before = a.low[max(0, s - 4):s]
    if "nowhere" in before or ("near" in before and PLAIN_NEGATORS & set(before)):
        return True
    return "from" in before and bool({"away", "far"} & set(before))
