"""The concept matcher: spaCy's ``Matcher`` over ``PATTERNS``, skipping the patterns a message cannot match.

One spaCy ``Matcher`` with every pattern tries each pattern at each token, and most patterns
start with a word list or a regular expression that spaCy checks in Python: about 4 ms for an
ordinary question, most of what reading a message costs. Here each pattern has its own
``Matcher``, and it runs only when the message has, for every token the pattern cannot do without,
a word that fits that token (a word of its list, a match of its expression). That is a necessary
condition for the pattern to match, so the matches are exactly those of the single matcher; only
the patterns that cannot match are skipped (``tests/test_safety.py`` compares both on 6,500 tuning
messages). Of 732 patterns, a visitor's question leaves about 8 to run; skipping whole concepts
instead (the first version) left about 144.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Dict, FrozenSet, List, Optional, Sequence, Set, Tuple

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

Pattern = List[Dict[str, object]]
# A test one word must pass for a token of a pattern: ("in", words) or ("re", compiled expression).
WordTest = Tuple[str, object]

# Tokens without OP or with "+" occur at least once in every match; "?", "*" and "!" need not.
_MANDATORY_OPS = {None, "+"}


def word_tests(pattern: Pattern) -> Optional[List[WordTest]]:
    """The tests that some word of a message must pass, one per mandatory token; None when the
    pattern has a mandatory token we cannot test by its lower-case word (never skipped)."""
    tests: List[WordTest] = []
    for token in pattern:
        if token.get("OP") not in _MANDATORY_OPS:
            continue
        lower, orth = token.get("LOWER"), token.get("ORTH")
        if isinstance(lower, str):
            tests.append(("in", frozenset([lower])))
        elif isinstance(lower, dict) and set(lower) == {"IN"}:
            tests.append(("in", frozenset(lower["IN"])))
        elif isinstance(lower, dict) and set(lower) == {"REGEX"}:
            tests.append(("re", re.compile(lower["REGEX"])))
        elif isinstance(orth, str) and lower is None:
            tests.append(("in", frozenset([orth.lower()])))
        else:
            return None
    return tests


class PrefilteredMatcher:
    """Drop-in for ``Matcher(vocab)(doc)`` over ``patterns``: the same (match_id, start, end) triples."""

    def __init__(self, vocab: "Vocab", patterns: Dict[str, Sequence[Pattern]]) -> None:
        from spacy.matcher import Matcher

        self.labels: Set[str] = set(patterns)
        self._tests: Dict[Tuple[str, object], int] = {}  # each distinct word test, numbered
        self._needs: List[Tuple["Matcher", FrozenSet[int]]] = []  # per pattern: its matcher, the tests it needs
        self._always: List["Matcher"] = []  # patterns we cannot test by words
        for label, label_patterns in patterns.items():
            for pattern in label_patterns:
                matcher = Matcher(vocab, validate=True)
                matcher.add(label, [pattern])
                tests = word_tests(pattern)
                if not tests:
                    self._always.append(matcher)
                else:
                    self._needs.append((matcher, frozenset(self._number(t) for t in tests)))
        self._by_test: Dict[int, List[int]] = {}  # test -> patterns (indexes into _needs) that need it
        for index, (_, needs) in enumerate(self._needs):
            for test in needs:
                self._by_test.setdefault(test, []).append(index)
        self._in_words: Dict[str, Set[int]] = {}
        self._expressions: List[Tuple[int, "re.Pattern[str]"]] = []
        for (kind, value), number in self._tests.items():
            if kind == "in":
                for word in value:  # type: ignore[attr-defined]
                    self._in_words.setdefault(word, set()).add(number)
            else:
                self._expressions.append((number, re.compile(value)))  # type: ignore[arg-type]
        self._passed: Dict[str, FrozenSet[int]] = {}

    def _number(self, test: WordTest) -> int:
        kind, value = test
        key = (kind, value.pattern if kind == "re" else value)  # type: ignore[attr-defined]
        return self._tests.setdefault(key, len(self._tests))

    def __contains__(self, label: str) -> bool:
        return label in self.labels

    def __call__(self, doc: "Doc") -> List[Tuple[int, int, int]]:
        passed: Set[int] = set()
        for word in {t.lower_ for t in doc}:
            passed |= self._passed_by(word)
        active: Set[int] = set()
        for test in passed:
            for index in self._by_test.get(test, ()):
                if index not in active and self._needs[index][1] <= passed:
                    active.add(index)
        found: Set[Tuple[int, int, int]] = set()  # one Matcher gives a (label, start, end) once
        for matcher in self._always + [self._needs[index][0] for index in active]:
            found.update(matcher(doc))
        return sorted(found, key=lambda m: (m[1], m[2], m[0]))

    def _passed_by(self, word: str) -> FrozenSet[int]:
        """The tests ``word`` passes (worked out once per word)."""
        passed = self._passed.get(word)
        if passed is None:
            if len(self._passed) > 100_000:  # visitors' vocabulary is small; a bound all the same
                self._passed.clear()
            hits = {number for number, rx in self._expressions if rx.search(word)}
            passed = self._passed[word] = frozenset(hits | self._in_words.get(word, set()))
        return passed
