"""Words spelled out letter by letter, read as the words they spell.

Carers of people who spell on a letter board or an eye-gaze board type what was spelled as it came:
"she spelled F L A S H E S, then later S P O T S F L O A T I N G", "N-E-W F-L-O-A-T-E-R-S" (session
51, tuning_608). The detector reads "FLASHES" and "SPOTS FLOATING" instead, so the sign patterns
find what was spelled and a spelled "I T C H Y" stays an itch. Letters run together without word
breaks are split into the fewest words of pyspellchecker's English word list; a run that cannot be
split into words is left as typed.

Punctuation said aloud to speech-to-text is read as the mark it names: "and now full stop the needle went in the corner of
his eye comma there's blood" (session 54, tuning_690), so that a sentence dictated after a removal is a sentence of its own.
"""

from __future__ import annotations

import re
from typing import Callable, List, Optional, Tuple

from milia.safety.spelling import dictionary

# three or more single letters joined by hyphens ("S-E-E-I-N-G"), or by single spaces ("D A R K P A T C H")
_HYPHENED = re.compile(r"(?<![\w'-])[A-Za-z](?:-[A-Za-z]){2,}(?![\w'-])")
_SPACED = re.compile(r"(?<![\w'-])[A-Za-z](?: [A-Za-z]){2,}(?![\w'-])")
_LONGEST_WORD = 20
# punctuation dictated as words (never "a new line of redness", "in a coma")
_DICTATED = re.compile(r"\b(full stop|comma|question mark|exclamation mark|new paragraph|(?<!\ba )(?<!\bthe )(?<!\bred )new line)\b", re.IGNORECASE)
_MARKS = {"full stop": ".", "comma": ",", "question mark": "?", "exclamation mark": "!", "new paragraph": ".", "new line": "."}


def _split(letters: str) -> Optional[List[str]]:
    """``letters`` as the fewest dictionary words (the more common ones on a tie), or None."""
    words = dictionary()
    low = letters.lower()
    best: List[Optional[Tuple[int, int, List[str]]]] = [None] * (len(low) + 1)
    best[0] = (0, 0, [])
    for end in range(1, len(low) + 1):
        for start in range(max(0, end - _LONGEST_WORD), end):
            word = low[start:end]
            before = best[start]
            if before is None or word not in words or (len(word) == 1 and word not in {"a", "i"}):
                continue
            candidate = (before[0] + 1, before[1] - words[word], before[2] + [letters[start:end]])
            current = best[end]
            if current is None or candidate[:2] < current[:2]:
                best[end] = candidate
    found = best[len(low)]
    return None if found is None else found[2]


def decode(text: str) -> Optional[Tuple[str, Callable[[int], int]]]:
    """``(text with spelled words and dictated punctuation read, map from its character offsets to ``text``'s)``, or None
    when nothing in ``text`` is spelled out letter by letter or dictated as punctuation."""
    replacements: List[Tuple[int, int, str]] = []
    for match in _HYPHENED.finditer(text):
        replacements.append((match.start(), match.end(), match.group(0).replace("-", "")))
    for match in _SPACED.finditer(text):
        words = _split(match.group(0).replace(" ", ""))
        if words is not None:
            replacements.append((match.start(), match.end(), " ".join(words)))
    for match in _DICTATED.finditer(text):
        replacements.append((match.start(), match.end(), _MARKS[match.group(0).lower()]))
    if not replacements:
        return None
    read: List[str] = []
    origin: List[int] = []
    at = 0
    for start, end, word in sorted(replacements):
        if start < at:
            continue
        read.append(text[at:start])
        origin.extend(range(at, start))
        read.append(word)
        # each character of the word points at the spelled letters it stands for
        origin.extend(start + min(k * (end - start) // max(len(word), 1), end - start - 1) for k in range(len(word)))
        at = end
    read.append(text[at:])
    origin.extend(range(at, len(text)))

    def to_text(offset: int) -> int:
        return len(text) if offset >= len(origin) else origin[offset]

    return "".join(read), to_text
