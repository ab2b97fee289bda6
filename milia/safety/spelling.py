"""Typo repair for the safety detector: read "infcted" as "infected" and "bluury" as "blurry".

Visitors in a hurry misspell the very words that carry a warning sign ("the one i squeezed is
infcted", "everythings bluury since i popped it"), and a pattern that looks for "infected" never sees
them. A word the English dictionary does not know (pyspellchecker's word list, from PyPI) is replaced
by the most frequent of its neighbours one slip away (a letter dropped, added, changed or two
swapped) that the detector's patterns or word lists read ("helaing" could be "healing" or the
commoner "helping"; both are read, so "helping" wins). A word with no such neighbour is left as
typed. Words the patterns already read (their own misspellings: "mila", "opne", "swolen") and words
shorter than four letters are never changed; so a misspelling written into one pattern hides the
word from every other pattern ("neelde" in the clinic's "needle extraction" kept it from being read
as a needle in "neelde in eye help"): write one in only where the repair cannot reach it. A letter
held down ("shuttt", "sooo") is read once or twice first, so "sooo" is "so", not "soot" one slip
away. Plain module: no rasa imports.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Collection, Dict, FrozenSet, Iterator, Pattern, Set, Tuple

from milia.safety import lexicon
from milia.safety.patterns import PATTERNS

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.tokens import Doc

MIN_LENGTH = 4  # "pus", "cnt", "opn" are left alone: too many neighbours one slip away
MAX_LENGTH = 20  # longer strings are not words
MAX_WORDS = 400  # a message at the length limit is about 350 words; past that, the cost is bounded
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_STRETCHED = re.compile(r"(.)\1{2,}")


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, (set, frozenset, list, tuple)):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)


@lru_cache(maxsize=1)
def pattern_vocabulary() -> Tuple[FrozenSet[str], Pattern[str]]:
    """The words the detector reads: every word of a pattern's or the lexicon's lists, and one
    expression that matches a word when any pattern's expression does."""
    words = set()
    expressions = set()
    for patterns in PATTERNS.values():
        for pattern in patterns:
            for token in pattern:
                lower = token.get("LOWER")
                if isinstance(lower, str):
                    words.add(lower)
                elif isinstance(lower, dict):
                    words.update(lower.get("IN", ()))
                    if "REGEX" in lower:
                        expressions.add(lower["REGEX"])
    for name, value in vars(lexicon).items():
        if name.isupper() and name.startswith("RX_"):
            expressions.add(value)
        elif name.isupper():
            words.update(word for word in _strings(value) if word.isalpha())
    combined = re.compile("|".join(f"(?:{rx})" for rx in sorted(expressions)))
    return frozenset(w.lower() for w in words), combined


@lru_cache(maxsize=1)
def dictionary() -> Dict[str, int]:
    """pyspellchecker's English word list: word -> how often it is used."""
    from spellchecker import SpellChecker

    return dict(SpellChecker(language="en", distance=1).word_frequency.dictionary)


def _read_by_patterns(word: str) -> bool:
    words, expression = pattern_vocabulary()
    return word in words or expression.fullmatch(word) is not None


def one_slip(word: str) -> Set[str]:
    """Every string one slip from ``word``: a letter dropped, two swapped, one changed or added."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in splits if b}
            | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
            | {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
            | {a + c + b for a, b in splits for c in _LETTERS})


def nearest(word: str, vocabulary: Collection[str]) -> str:
    """``word`` when the dictionary or ``vocabulary`` has it; otherwise the most used word of
    ``vocabulary`` one slip away, if there is one (the intent classifier's repair)."""
    if not MIN_LENGTH <= len(word) <= MAX_LENGTH or not word.isalpha() or word in vocabulary:
        return word
    known = dictionary()
    if word in known:
        return word
    stretched = _STRETCHED.search(word) is not None  # "contagiousss"
    if stretched:
        for shorter in (_STRETCHED.sub(r"\1", word), _STRETCHED.sub(r"\1\1", word)):
            if len(shorter) > 1 and (shorter in vocabulary or shorter in known):
                return shorter
    near = [c for c in one_slip(word) if c[:1] == word[:1] and c in vocabulary]
    if near:
        return max(near, key=lambda c: (known.get(c, 0), c))
    if stretched:
        twice = _STRETCHED.sub(r"\1\1", word)
        fixed = nearest(twice, vocabulary)
        return fixed if fixed != twice else word
    return word


@lru_cache(maxsize=8192)
def repair(word: str) -> str:
    """The word the visitor most likely meant, when the detector reads it; otherwise ``word``."""
    if not MIN_LENGTH <= len(word) <= MAX_LENGTH or not word.isalpha() or not word.islower():
        return word
    known = dictionary()
    if word not in known and word.endswith("in") and _read_by_patterns(word + "g"):
        return word + "g"  # "seein double", "keeps scabbin over": the g dropped
    if word in known or _read_by_patterns(word):
        return word
    stretched = _STRETCHED.search(word) is not None  # "shuttt", "sooo": a letter held down
    if stretched:
        for shorter in (_STRETCHED.sub(r"\1", word), _STRETCHED.sub(r"\1\1", word)):
            if len(shorter) > 1 and (shorter in known or _read_by_patterns(shorter)):
                return shorter  # "sooo" is "so", never "soot" one slip away
    # the first letter is rarely the slip: "flurb" is not read as "blurb" (a blur, to the patterns)
    read = [c for c in one_slip(word) if c[:1] == word[:1] and c in known and _read_by_patterns(c)]
    if read:
        return max(read, key=lambda c: (known[c], c))
    if stretched:
        twice = _STRETCHED.sub(r"\1\1", word)
        fixed = repair(twice)
        return fixed if fixed != twice else word
    return word


# Words a phone's dictation or autocorrect writes for another that sounds the same, read back by their
# neighbours: "my I lid", "into my aye", "I can't sea out of it", "my eye is swore".
_OWNERS = frozenset({"my", "her", "his", "your", "ur", "yr", "their", "the", "left", "right", "me"})
_EYE_PARTS = frozenset({"lid", "lids", "bag", "bags", "ball", "balls", "lash", "lashes", "brow", "brows", "socket",
                        "sockets", "lid's"})
# ... but "right I'll do it", "right, I'm off": the pronoun after "right"
_PRONOUN_NEXT = frozenset({"'ll", "ll", "'m", "m", "'ve", "ve", "'d", "will", "am", "think", "guess", "know", "need", "want",
                           "just", "might", "should"})
_SAID_NEXT = frozenset({"could", "would", "can", "did", "do", "was", "had", "said", "reckon", "'d", "d"})
_CANNOT = frozenset({"n't", "nt", "cant", "cannot", "couldnt", "barely", "hardly", "not", "to"})
_LINKS = frozenset({"is", "'s", "so", "really", "very", "feels", "feel", "gone", "are", "'re", "and", "looks", "bit"})
# Scots words, read as the patterns' own spellings: "cannae open ma eye", "the lid willnae lift", "see oot".
_DIALECT = {"cannae": "cant", "canna": "cant", "couldnae": "couldnt", "cudnae": "couldnt", "willnae": "wont",
            "wullnae": "wont", "wouldnae": "wouldnt", "dinnae": "dont", "didnae": "didnt", "doesnae": "doesnt",
            "isnae": "isnt", "wasnae": "wasnt", "havenae": "havent", "hasnae": "hasnt", "shouldnae": "shouldnt",
            "oot": "out",
            # ... and slips the one-slip repair cannot reach: "seeing dubble", "a veil ova my eye"
            "dubble": "double", "duble": "double", "doubel": "double", "dubbel": "double", "ova": "over",
            "extracter": "extractor", "extracters": "extractors",
            # text-speak: "dbl vision", "popd one on my eyelid"
            "dbl": "double", "popd": "popped",
            # session 43 (tuning_324): "rt ey wnt open after i squeezd", "cant keep lft ey open in lite"
            "eys": "eyes", "lft": "left", "slipd": "slipped", "squeezd": "squeezed",
            # session 44 (spent v23): "accidentaly stabed eye with tweasers"
            "stabed": "stabbed", "stabd": "stabbed", "pokd": "poked", "jabd": "jabbed",
            "lik": "like", "rly": "really", "waterin": "watering", "stingin": "stinging", "puffin": "puffing",
            # session 45 (tuning_410): "nvr felt this ill"
            "nvr": "never", "neva": "never",
            # session 54 (spent v33): "fevr n shakes since squeezin milia" (one slip from "fear" too, the commoner), "gettin bigga every week"
            "fevr": "fever", "fevar": "fever", "bigga": "bigger", "biggah": "bigger"}
_EYE_WORDS = frozenset({"eye", "eyes", "lid", "lids", "eyelid", "eyelids", "een", "vision", "sight"})
# Dictation the other way: "can eye pop them myself", "eye squeezed a couple on my chin" (the pronoun before a
# removal verb, never "my eye", "eye squeezed shut" or "eye wont open")
_PRONOUN_BEFORE = frozenset({"", ".", ",", "!", "?", "can", "could", "should", "did", "do", "and", "so", "then", "if",
                             "when", "um", "uh", "like", "yeah", "ok", "okay", "but"})
_REMOVAL_VERBS = frozenset({"pop", "popped", "squeeze", "squeezed", "pick", "picked"})
# ... followed by what was removed: "eye squeezed a couple", "can eye pop the mill ya" (never "eye popped out")
_REMOVED_OBJECTS = frozenset({"them", "one", "ones", "a", "the", "my", "some", "it", "those", "these", "mine", "two", "three",
                              "all", "couple", "milia", "mill", "em"})
# "my upper lead", "the bottom lead": the lid; "the mill ya", "milli a": milia
_LID_BEFORE = frozenset({"upper", "lower", "top", "bottom", "eye", "i"})
_MILIA_HEARD = {("mill", "ya"), ("mill", "yeah"), ("milli", "a"), ("millie", "a"), ("milly", "a")}


def sound_alike(before: str, word: str, after: str, after_next: str = "") -> str:
    """``word`` read as the word it sounds like, when its neighbours say so; otherwise ``word``."""
    if word in {"i", "aye"} and (before in _OWNERS or after in _EYE_PARTS) and not (
            before in {"right", "left"} and after in _PRONOUN_NEXT) and not (
            before in {"her", "me"} and after in _PRONOUN_NEXT | _SAID_NEXT):  # "bet her I could", "told me I'd" (session 40)
        return "eye"
    if word in {"sea", "c"} and (before in _CANNOT or before in {"cnt", "cud", "cant"}):
        return "see"  # "I can't sea properly", "cnt c proply"
    if word == "eye" and before in _PRONOUN_BEFORE and after in _REMOVAL_VERBS and after_next in _REMOVED_OBJECTS:
        return "i"
    if word in {"lead", "leads"} and before in _LID_BEFORE:
        return "lid" if word == "lead" else "lids"
    if (word, after) in _MILIA_HEARD:
        return "milia"
    if (before, word) in _MILIA_HEARD:
        return "um"  # the second half of "mill ya", read as a filler
    if word == "puss":
        return "pus"
    if word in _DIALECT:
        return _DIALECT[word]
    if word == "ey" and after != "up":  # text-speak "my ey hurts", never Yorkshire's "ey up"
        return "eye"
    if word == "wnt" and after in {"open", "opn", "budge", "lift", "stop", "shut"}:  # "ey wnt open" (never "wnt 2 pop": want)
        return "wont"
    if word == "rt" and after in {"ey", "eye", "eyes", "eyelid", "lid", "side"}:  # "rt ey": the right eye
        return "right"
    if word == "prop" and before == "see":  # "cnt see prop": properly
        return "properly"
    if word == "ma" and after in _EYE_WORDS:  # "ma eye": my eye
        return "my"
    if word == "swore" and before in _LINKS:
        return "sore"
    return word


def repaired(doc: "Doc") -> "Doc":
    """``doc`` with its misspelled words repaired: the same tokens and spacing, so token offsets
    stay valid; ``doc`` itself when nothing changed."""
    from spacy.tokens import Doc

    words = [token.text for token in doc]
    lower = [token.lower_ for token in doc]
    changed = False
    for i, token in enumerate(doc[:MAX_WORDS]):
        heard = sound_alike(lower[i - 1] if i else "", token.lower_, lower[i + 1] if i + 1 < len(lower) else "",
                            lower[i + 2] if i + 2 < len(lower) else "")
        fixed = heard if heard != token.lower_ else repair(token.lower_)
        if fixed != token.lower_:
            words[i] = fixed
            changed = True
    if not changed:
        return doc
    return Doc(doc.vocab, words=words, spaces=[bool(token.whitespace_) for token in doc])
