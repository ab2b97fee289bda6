"""Is every sentence of an FAQ answer traceable to the clinic's page?

The FAQ answers may only say what the clinic's own page (knowledge/source.txt) says. Each topic
file quotes, in `source:`, the passage(s) of the page its answer is based on; this module checks
the answer against those quotes, one sentence at a time. `make check-data`
(milia/staff/check_data.py) reports every sentence that fails, and tests/test_faithfulness.py fails on
it.

The rule
--------
The answer is split into sentences (after a '.', '!' or '?' followed by a space). A sentence
passes if ANY of these holds:

1. It is, word for word, a sentence of knowledge/safety_texts.yml (the safety and signposting
   wording listed for a clinician's sign-off). Only spacing and straight/curly quotes may differ.
2. It is one of `SERVICE_SENTENCES` below: a short, fixed list of non-medical sentences about the
   service itself (offering a callback, saying the page lists no prices). Same exactness as 1.
3. Its content words are traceable: every content word of the sentence (allowing one untraceable
   word per full 10 content words, so none for sentences of fewer than 10) appears among the
   words of the topic's own source quote(s) or the values in clinic.yml.

Words are compared after this normalisation, applied to both sides:

- lower case; curly apostrophes and quotes made straight;
- the spellings in `SYNONYMS` replaced (a short list, kept visible on purpose: make-up/makeup,
  US/UK spellings);
- contractions written out: can't/cannot -> can not, won't -> will not, other n't -> not,
  it's/that's/there's/what's -> ... is, 're -> are, 've -> have, 'll -> will, 'm -> am,
  'd -> would; any other 's (a possessive) is dropped;
- words are runs of letters and digits (so "flesh-coloured" is "flesh" and "coloured");
- a simple plural rule: -ies -> -y, and a final -s dropped from words of 4+ letters not ending
  in -ss, -us or -is ("cysts" -> "cyst", "babies" -> "baby");
- `STOP_WORDS` (articles, pronouns, the verbs be/have/do, conjunctions, small prepositions and a
  few fillers) are not content words. Negations (not, no, never), yes, numbers, modal verbs
  (can, may, should, will, ...) and hedges (usually, often, some, only, ...) ARE content words:
  they change what a sentence claims.

Placeholders filled from clinic.yml ({clinic_phone}, {clinic_name}, {privacy_url},
{callback_hours}) count as traceable and are left out.

What this rule cannot see: it compares words, not meaning. A sentence that drops a "not" that the
page has, or rearranges the page's words into a different claim, still passes; so a person still
reads every changed answer against its quotes. It catches what was added: a word, a claim, a
price, a promise that the quotes do not contain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, List, Optional, Sequence, Set, Tuple

import yaml

# Non-medical sentences about the service itself that any answer may use. Keep this list short;
# anything about milia, their care or who should treat them must come from the page (rule 3) or
# from knowledge/safety_texts.yml (rule 1).
SERVICE_SENTENCES: Tuple[str, ...] = (
    "Would you like a callback?",
    "Would you like one of our advisers to call you back?",
    "Would you like one of our advisers to call you back to arrange a consultation?",
    "Our patient information doesn't list prices.",
    "Our patient information doesn't list opening hours.",  # the example topic of docs/staff-guide.md
)

# Different spellings of the same word (applied as whole-word replacements). Keep it short.
SYNONYMS: Tuple[Tuple[str, str], ...] = (
    ("make-up", "makeup"),
    ("make up", "makeup"),
    ("skincare", "skin care"),
    ("colored", "coloured"),
    ("color", "colour"),
    ("anyway", "any way"),
)

STOP_WORDS = frozenset(
    """
    a an the this that these those it its they them their theirs there here
    i me my mine we us our ours you your yours he him his she her hers who whom whose which what
    be is are was were been being am do does did done have has had having
    and or but so as if than then because while whether also just very quite even too rather
    of in on at to from for with by about into onto up out off
    such any each other like please well
    """.split()
)

# Placeholders that build_data.py fills with clinic.yml's facts.
CLINIC_PLACEHOLDERS = ("clinic_name", "clinic_phone", "privacy_url", "callback_hours")
MAX_UNTRACEABLE_SHARE = 0.1  # one untraceable content word allowed per full 10

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_IS_CONTRACTIONS = re.compile(r"\b(it|that|there|what|here|who|he|she)'s\b")
_PLACEHOLDER = re.compile(r"\{(" + "|".join(CLINIC_PLACEHOLDERS) + r")\}")


def _straight_quotes(text: str) -> str:
    return (
        str(text)
        .replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    )


def same_text(text: str) -> str:
    """How two sentences count as 'word for word' the same: spacing and quote style aside."""
    return " ".join(_straight_quotes(text).split())


def split_sentences(text: str) -> List[str]:
    return [s for s in _SENTENCE_END.split(" ".join(str(text).split())) if s]


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) >= 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _tokens(text: str) -> List[str]:
    text = _straight_quotes(text).lower()
    for before, after in SYNONYMS:
        text = re.sub(r"\b" + re.escape(before) + r"\b", after, text)
    text = re.sub(r"\bcan't\b|\bcannot\b", "can not", text)
    text = re.sub(r"\bwon't\b", "will not", text)
    text = re.sub(r"\bshan't\b", "shall not", text)
    text = re.sub(r"n't\b", " not", text)
    text = _IS_CONTRACTIONS.sub(r"\1 is", text)
    text = re.sub(r"'re\b", " are", text)
    text = re.sub(r"'ve\b", " have", text)
    text = re.sub(r"'ll\b", " will", text)
    text = re.sub(r"'m\b", " am", text)
    text = re.sub(r"'d\b", " would", text)
    text = re.sub(r"'s\b", "", text)
    return re.findall(r"[a-z0-9]+", text)


def words(text: str) -> List[str]:
    """The normalised words of a text, stop words included (see the module docstring)."""
    return [_singular(w) for w in _tokens(text)]


def content_words(text: str) -> List[str]:
    """The normalised words of a text that carry its claims: stop words left out."""
    return [_singular(w) for w in _tokens(text) if w not in STOP_WORDS]


def clinic_values(clinic_path: Optional[Path]) -> List[str]:
    """Every value in clinic.yml (the clinic's facts), as text."""
    if clinic_path is None or not clinic_path.exists():
        return []
    found: List[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif node is not None:
            found.append(str(node))

    walk(yaml.safe_load(clinic_path.read_text(encoding="utf-8")) or {})
    return found


def safety_sentences(safety_path: Optional[Path]) -> List[str]:
    """Every sentence of knowledge/safety_texts.yml's texts."""
    if safety_path is None or not safety_path.exists():
        return []
    data = yaml.safe_load(safety_path.read_text(encoding="utf-8")) or {}
    texts = data.get("texts") or {}
    found: List[str] = []
    for entry in texts.values():
        text = entry.get("text") if isinstance(entry, dict) else entry
        if text:
            found += split_sentences(str(text))
    return found


@dataclass(frozen=True)
class Untraceable:
    """An answer sentence that fails the rule, and its content words the quotes do not contain."""

    sentence: str
    missing: Tuple[str, ...]


@dataclass
class Checker:
    """The rule, with the texts every topic may draw on besides its own quotes."""

    allowed_sentences: Set[str]
    shared_words: Set[str]

    @classmethod
    def from_files(cls, safety_path: Optional[Path], clinic_path: Optional[Path]) -> "Checker":
        allowed = {same_text(s) for s in safety_sentences(safety_path)}
        allowed |= {same_text(s) for s in SERVICE_SENTENCES}
        shared = {w for value in clinic_values(clinic_path) for w in words(value)}
        return cls(allowed, shared)

    def untraceable(self, answer: str, sources: Iterable[str]) -> List[Untraceable]:
        """The answer's sentences that are not traceable to `sources` (the topic's quotes)."""
        known = set(self.shared_words)
        for quote in sources:
            known.update(words(quote))
        failures = []
        for sentence in split_sentences(answer):
            if same_text(sentence) in self.allowed_sentences:
                continue
            content = content_words(_PLACEHOLDER.sub(" ", sentence))
            missing = [w for w in content if w not in known]
            if len(missing) > int(len(content) * MAX_UNTRACEABLE_SHARE):
                failures.append(Untraceable(sentence, tuple(dict.fromkeys(missing))))
        return failures


def untraceable_sentences(
    answer: str,
    sources: Sequence[str],
    safety_path: Optional[Path] = None,
    clinic_path: Optional[Path] = None,
) -> List[Untraceable]:
    """One-off check of an answer (the project's knowledge/safety_texts.yml and clinic.yml by default)."""
    from milia.knowledge.topics import KNOWLEDGE_DIR, ROOT

    checker = Checker.from_files(
        safety_path or KNOWLEDGE_DIR / "safety_texts.yml", clinic_path or ROOT / "clinic.yml"
    )
    return checker.untraceable(answer, sources)
