"""The spaCy token-pattern builders the safety concepts are written with (milia/safety/*_patterns.py and
*_signs.py). Plain data helpers; no rasa."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple


def _rx(pattern: str, op: Optional[str] = None) -> Dict[str, Any]:
    spec: Dict[str, Any] = {"LOWER": {"REGEX": pattern}}
    if op:
        spec["OP"] = op
    return spec


def _in(*words: str, op: Optional[str] = None) -> Dict[str, Any]:
    spec: Dict[str, Any] = {"LOWER": {"IN": list(words)}}
    if op:
        spec["OP"] = op
    return spec


def _gap(n: int) -> List[Dict[str, Any]]:
    """Up to ``n`` arbitrary tokens."""
    return [{"OP": "?"} for _ in range(n)]


_LOOK_AT_A_LIGHT: List[Dict[str, Any]] = [
    {"LOWER": {"IN": ["look", "stand", "bear"]}}, {"LOWER": {"IN": ["to"]}, "OP": "?"}, {"LOWER": {"IN": ["look"]}, "OP": "?"},
    {"LOWER": {"IN": ["at", "to", "into", "towards", "toward"]}},
    {"LOWER": {"IN": ["the", "a", "any"]}, "OP": "?"},
    {"LOWER": {"REGEX": r"^(lamps?|lights?|sun|sunlight|bulbs?|windows?|brightness|daylight|torch)$"}},
]


def _gap_in_sentence(n: int) -> List[Dict[str, Any]]:
    """Up to ``n`` tokens that do not end a sentence."""
    return [{"ORTH": {"NOT_IN": [".", "?", "!", "..."]}, "OP": "?"} for _ in range(n)]


TokenPattern = List[Dict[str, Any]]

# A negated modal in its spellings: "can't", "cant", "can no longer", "won't", "doesn't", "could barely".
CANNOT: Tuple[TokenPattern, ...] = (
    [_rx(r"^(cant|cannot|couldnt|cnt|cudnt|wont|doesnt|isnt|unable)$"), _in("barely", "hardly", "even", "really", op="*")],
    [_in("ca", "can", "could", "wo", "does", "is", "will"), _in("n't", "nt", "not", "no", "barely", "hardly"),
     _in("even", "really", op="?")],
)
