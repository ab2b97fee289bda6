"""Misspelled variants of test messages, to measure how much typos cost the classifier.

Visitors write "millia", "eye lid", "r u open", "contagous". The training data keeps its own
wording; the tests ask: for each held-out message, a variant with the kinds of slip people make
(a lay or misspelled name for milia, British/American spelling, text-speak, and one or two letters
swapped, dropped, doubled or hit next door on the keyboard). Deterministic: the same message always
gets the same variant. Plain module: no rasa imports.
"""

from __future__ import annotations

import random
import re
import zlib
from pathlib import Path
from typing import Dict, List, Tuple

import yaml

# Whole-word replacements, each as people write them.
WORD_SWAPS: Dict[str, Tuple[str, ...]] = {
    "milia": ("millia", "milium", "mila", "milea", "milla", "milk spots", "white bumps"),
    "milium": ("millium", "milia", "mileum"),
    "eyelid": ("eye lid", "eylid", "eyelids"),
    "eyelids": ("eye lids", "eylids"),
    "under-eye": ("under eye", "undereye"),
    "color": ("colour",),
    "colour": ("color",),
    "you": ("u", "ya"),
    "are": ("r",),
    "please": ("pls", "plz"),
    "because": ("cos", "bc"),
    "what's": ("whats", "wats"),
    "what": ("wat", "wht"),
    "remove": ("remvoe", "get rid of"),
    "removal": ("removel", "removing"),
    "contagious": ("contagous", "catching"),
    "dermatologist": ("dermatoligist", "derm"),
    "treatment": ("treatmnet", "treatement"),
}
KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS: Dict[str, str] = {}
for _row in KEYBOARD_ROWS:
    for _i, _ch in enumerate(_row):
        _NEIGHBOURS[_ch] = _row[max(0, _i - 1):_i] + _row[_i + 1:_i + 2]
_WORD = re.compile(r"[A-Za-z']+")


def _slip(word: str, rng: random.Random) -> str:
    """One letter swapped with the next, dropped, doubled, or hit next door."""
    i = rng.randrange(1, len(word) - 1)  # the first letter is rarely wrong
    kind = rng.choice(("swap", "drop", "double", "neighbour"))
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == "drop":
        return word[:i] + word[i + 1:]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    near = _NEIGHBOURS.get(word[i].lower()) or word[i]
    return word[:i] + rng.choice(near) + word[i + 1:]


def misspell(text: str, slips: int = 2) -> str:
    """The message as a hurried visitor might type it (the same variant every time)."""
    rng = random.Random(zlib.crc32(text.encode("utf-8")))
    words = _WORD.findall(text)
    out = text
    swappable = [w for w in words if w.lower() in WORD_SWAPS]
    if swappable:
        word = rng.choice(swappable)
        out = re.sub(rf"\b{re.escape(word)}\b", rng.choice(WORD_SWAPS[word.lower()]), out, count=1)
    long_words = [w for w in _WORD.findall(out) if len(w) >= 5 and "'" not in w]
    for word in rng.sample(long_words, min(slips, len(long_words))):
        out = re.sub(rf"\b{re.escape(word)}\b", _slip(word, rng), out, count=1)
    return out


def load_nlu_examples(paths: List[Path]) -> List[Tuple[str, str]]:
    """(text, intent) of Rasa NLU files (``- intent: x`` with an ``examples: |`` block)."""
    rows: List[Tuple[str, str]] = []
    for path in paths:
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu") or []:
            intent = block.get("intent")
            for line in str(block.get("examples") or "").splitlines():
                line = line.strip()
                if intent and line.startswith("- "):
                    rows.append((line[2:].strip(), intent))
    return rows
