"""Messages that carry no question: empty, only symbols or emoji, or far too long."""

from __future__ import annotations

from typing import Optional

EMPTY = "message_empty"
TOO_LONG = "message_too_long"


def classify_input(text: str, max_chars: int = 2000) -> Optional[str]:
    """The intent such a message gets, or None for an ordinary message."""
    if not any(ch.isalnum() for ch in text):
        return EMPTY
    if len(text) > max_chars:
        return TOO_LONG
    return None
