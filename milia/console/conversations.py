"""Conversations as staff see them, read from the tracker store's ``events`` table.

Summaries (for the list, the dashboard and the alerts) use intents and action names only. A
transcript is shown only after the tracker store's own redaction (:func:`plan_redaction` of
milia.privacy.store) has been applied to the rows, and any phone-number-like run or e-mail
address left in a text is masked as well.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Dict, Iterator, List, Optional, Sequence, Set

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from milia.privacy.store import REDACTED, events, plan_redaction

FALLBACK = "nlu_fallback"
# The reply (a bot event's utter_action) -> the kind of safety reply it is.
SAFETY_REPLIES = {
    "utter_emergency": "emergency",
    "utter_red_flag_urgent": "urgent",
    "utter_red_flag": "red flag (tier unknown)",
    "utter_red_flag_gp": "see a GP",
    "utter_faq_self_removal": "self-removal",
    "utter_self_removal_eye": "self-removal near the eye",
}
# Alerts: replies that sent the visitor to 999/A&E or NHS 111 (the untiered one lists those too).
ALERT_KINDS = ("emergency", "urgent", "red flag (tier unknown)")
DID_YOU_MEAN = {"utter_did_you_mean"}
# "That isn't covered": the whole message, or one of two questions (utter_out_of_scope_part).
NO_ANSWER = {"utter_out_of_scope", "utter_out_of_scope_part", "utter_default", "action_default_fallback"}
OUTCOMES = ("answered", "did_you_mean", "not_answered")
OUTCOME_LABELS = {"answered": "answered", "did_you_mean": "did you mean …?", "not_answered": "not understood"}
CALLBACK_STARTED = "callback_form"
CALLBACK_SUBMITTED = "action_submit_callback"
_PHONE_LIKE = re.compile(r"\+?\(?\d(?:[\s./()-]*\d){6,}")
_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")


def mask(text: str) -> str:
    """Belt and braces after the store's redaction: no number or address reaches the page."""
    return _EMAIL.sub(REDACTED, _PHONE_LIKE.sub(REDACTED, text))


@dataclass
class Message:
    """One visitor message and what the assistant made of it."""

    event_id: int
    timestamp: float
    intent: Optional[str]
    confidence: Optional[float]
    outcome: str = "answered"
    replies: List[str] = field(default_factory=list)  # the utter_* names of the replies


@dataclass
class Summary:
    sender_id: str
    first: float
    last: float
    messages: List[Message] = field(default_factory=list)
    safety: List[tuple] = field(default_factory=list)  # (timestamp, kind)
    callback: str = ""  # "", "asked" or "submitted"

    @property
    def topics(self) -> List[str]:
        return sorted({m.intent for m in self.messages if m.intent and m.intent.startswith("faq_")})

    @property
    def outcomes(self) -> Counter:
        return Counter(m.outcome for m in self.messages)

    @property
    def safety_kinds(self) -> Set[str]:
        return {kind for _, kind in self.safety}

    @property
    def fallback(self) -> bool:
        return any(m.outcome != "answered" for m in self.messages)


def _load(data: Optional[str]) -> Dict[str, Any]:
    try:
        value = json.loads(data) if data else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def read_rows(engine: Engine, since: Optional[float] = None, until: Optional[float] = None,
              sender_ids: Optional[Sequence[str]] = None) -> Iterator[List[tuple]]:
    """Every row ``(id, sender_id, type_name, action_name, data)`` of each conversation that has
    an event in ``[since, until)``, one list per conversation, in id order."""
    if not sa.inspect(engine).has_table("events"):
        return
    inner = sa.select(events.c.sender_id).distinct()
    if since is not None:
        inner = inner.where(events.c.timestamp >= since)
    if until is not None:
        inner = inner.where(events.c.timestamp < until)
    if sender_ids is not None:
        inner = inner.where(events.c.sender_id.in_(list(sender_ids)))
    query = (sa.select(events.c.id, events.c.sender_id, events.c.type_name, events.c.action_name, events.c.data)
             .where(events.c.sender_id.in_(inner)).order_by(events.c.sender_id, events.c.id))
    with engine.connect() as conn:
        current, rows = None, []
        for row in conn.execute(query):
            if row[1] != current and rows:
                yield rows
                rows = []
            current = row[1]
            rows.append(tuple(row))
        if rows:
            yield rows


def summarise(rows: Sequence[tuple]) -> Summary:
    """What happened in one conversation (no message text)."""
    timestamps = [_load(r[4]).get("timestamp") for r in rows]
    stamps = [t for t in timestamps if isinstance(t, (int, float))] or [0.0]
    summary = Summary(rows[0][1], min(stamps), max(stamps))
    current: Optional[Message] = None
    for (event_id, _, kind, action, data), stamp in zip(rows, timestamps, strict=True):
        if kind == "user":
            parsed = _load(data)
            intent = (parsed.get("parse_data") or {}).get("intent") or {}
            current = Message(event_id, stamp or 0.0, intent.get("name"), intent.get("confidence"))
            summary.messages.append(current)
        elif kind == "bot":
            reply = (_load(data).get("metadata") or {}).get("utter_action")
            if reply in SAFETY_REPLIES:
                summary.safety.append((stamp or 0.0, SAFETY_REPLIES[reply]))
            if current is not None and reply:
                current.replies.append(reply)
                if reply in DID_YOU_MEAN:
                    current.outcome = "did_you_mean"
                elif reply in NO_ANSWER and current.outcome == "answered":
                    current.outcome = "not_answered"
        elif kind == "action":
            if action == CALLBACK_SUBMITTED:
                summary.callback = "submitted"
            elif action == CALLBACK_STARTED and not summary.callback:
                summary.callback = "asked"
            elif action in NO_ANSWER and current is not None and current.outcome == "answered":
                current.outcome = "not_answered"
    return summary


def summaries(engine: Engine, since: Optional[float] = None, until: Optional[float] = None) -> List[Summary]:
    found = [summarise(rows) for rows in read_rows(engine, since, until)]
    return sorted(found, key=lambda s: -s.last)


@dataclass
class Filters:
    topic: str = ""  # an intent, e.g. faq_contagious
    fallback: bool = False
    safety: bool = False
    callback: bool = False

    def keep(self, summary: Summary) -> bool:
        if self.topic and self.topic not in {m.intent for m in summary.messages}:
            return False
        if self.fallback and not summary.fallback:
            return False
        if self.safety and not summary.safety:
            return False
        return not (self.callback and not summary.callback)


@dataclass
class Line:
    """One line of a transcript."""

    who: str  # "visitor" or "assistant"
    timestamp: float
    text: str
    intent: Optional[str] = None
    confidence: Optional[float] = None
    reply: Optional[str] = None
    buttons: List[str] = field(default_factory=list)


def transcript(engine: Engine, sender_id: str) -> Optional[List[Line]]:
    """The conversation as text, redacted as the tracker store would, or None if unknown."""
    rows = next(iter(read_rows(engine, sender_ids=[sender_id])), None)
    if not rows:
        return None
    plan = plan_redaction([(r[0], r[4]) for r in rows])
    lines: List[Line] = []
    for event_id, _, kind, _, data in rows:
        event = _load(plan.get(event_id, data))
        stamp = event.get("timestamp") or 0.0
        if kind == "user":
            intent = (event.get("parse_data") or {}).get("intent") or {}
            lines.append(Line("visitor", stamp, mask(str(event.get("text") or "")),
                              intent.get("name"), intent.get("confidence")))
        elif kind == "bot":
            buttons = [mask(str(b.get("title") or "")) for b in ((event.get("data") or {}).get("buttons") or [])
                       if isinstance(b, dict)]
            lines.append(Line("assistant", stamp, mask(str(event.get("text") or "")),
                              reply=(event.get("metadata") or {}).get("utter_action"), buttons=buttons))
    return lines
