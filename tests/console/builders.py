"""Conversations written to a temporary tracker database the way Rasa stores them (the
``events`` table of milia.privacy.store), and callback requests in a temporary outbox."""

from __future__ import annotations

import itertools
import json
from datetime import datetime, timedelta, timezone
from typing import Any, Dict, List, Optional, Tuple

from milia.callbacks import outbox
from milia.privacy.store import events

NAME = "Jane Smith"
PHONE = "07400 123456"
PHONE_E164 = "+447400123456"
_ticks = itertools.count()


class Chat:
    """Builds one conversation's events; ``turn()`` adds a visitor message and the replies."""

    def __init__(self, sender: str, start: float) -> None:
        self.sender, self.t = sender, start
        self.rows: List[Tuple[str, Optional[str], Optional[str], Dict[str, Any]]] = []
        self.action("action_session_start")
        self.add("session_started", {})
        self.action("action_listen")

    def _stamp(self) -> float:
        self.t += 0.5
        return self.t

    def add(self, kind: str, data: Dict[str, Any], intent: Optional[str] = None, action: Optional[str] = None) -> None:
        self.rows.append((kind, intent, action, {"event": kind, "timestamp": self._stamp(), **data}))

    def action(self, name: str) -> None:
        self.add("action", {"name": name, "policy": "IndexedRulePolicy", "confidence": 1.0}, action=name)

    def slot(self, name: str, value: Any) -> None:
        self.add("slot", {"name": name, "value": value})

    def user(self, text: str, intent: str, confidence: float = 0.9, ranking: Optional[List] = None,
             entities: Optional[List] = None) -> None:
        ranking = ranking or [{"name": intent, "confidence": confidence}]
        self.add("user", {"text": text, "parse_data": {
            "intent": {"name": intent, "confidence": confidence}, "entities": entities or [], "text": text,
            "intent_ranking": ranking}}, intent=intent)

    def bot(self, reply: str, text: str, buttons: Optional[List[Dict[str, str]]] = None) -> None:
        self.add("bot", {"metadata": {"utter_action": reply}, "text": text,
                         "data": {"buttons": buttons}})

    def turn(self, text: str, intent: str, replies: List[Tuple[str, str]], confidence: float = 0.9,
             action: Optional[str] = None, ranking: Optional[List] = None) -> "Chat":
        self.user(text, intent, confidence, ranking)
        if action:
            self.action(action)
        for reply, reply_text in replies:
            if not action:
                self.action(reply)
            self.bot(reply, reply_text)
        self.action("action_listen")
        return self

    def save(self, engine) -> None:
        with engine.begin() as conn:
            for kind, intent, action, data in self.rows:
                conn.execute(events.insert().values(
                    sender_id=self.sender, type_name=kind, timestamp=data["timestamp"], intent_name=intent,
                    action_name=action, data=json.dumps(data)))


def answered(sender: str, start: float, topic: str = "faq_contagious") -> Chat:
    return Chat(sender, start).turn("are milia contagious", topic, [(f"utter_{topic}", "No, they are not.")], 0.93)


def not_understood(sender: str, start: float, text: str = "where can i park") -> Chat:
    return Chat(sender, start).turn(
        text, "nlu_fallback", [("utter_did_you_mean", "Did you mean ...?")], 0.2, action="action_suggest_topics",
        ranking=[{"name": "nlu_fallback", "confidence": 0.25}, {"name": "faq_cost", "confidence": 0.2}])


def emergency(sender: str, start: float) -> Chat:
    return Chat(sender, start).turn("i scratched my eye with a pin and it hurts", "report_emergency",
                                    [("utter_emergency", "Please call 999 or go to A&E now.")], 1.0)


def form_in_progress(sender: str, start: float) -> Chat:
    """A visitor half-way through the callback form: not yet redacted in the store."""
    chat = Chat(sender, start).turn("can someone call me", "request_callback", [], 0.95, action="callback_form")
    chat.add("active_loop", {"name": "callback_form"})
    chat.slot("requested_slot", "caller_name")
    chat.bot("utter_ask_caller_name", "What is your name?")
    chat.action("action_listen")
    chat.user(NAME, "inform", 0.8)
    chat.slot("caller_name", NAME)
    chat.slot("requested_slot", "caller_phone")
    chat.bot("utter_ask_caller_phone", f"Thanks {NAME}. What number?")
    chat.action("action_listen")
    chat.user(PHONE, "inform", 0.8)
    chat.slot("caller_phone", PHONE_E164)
    chat.bot("utter_ask_callback_window", f"We will call {PHONE}. When?")
    return chat


def add_request(engine, conversation: str, created: datetime, status: str = "pending", attempts: int = 0,
                error: Optional[str] = None) -> str:
    outbox.ensure_schema(engine)
    request_id = f"req{next(_ticks):029d}"
    with engine.begin() as conn:
        conn.execute(outbox.callback_outbox.insert().values(
            id=request_id, created_at=created, conversation_id=conversation, name=NAME, phone_e164=PHONE_E164,
            window_start="2026-11-30T12:00:00+00:00", window_end="2026-11-30T17:00:00+00:00", concern=None,
            consent=True, status=status, attempts=attempts, next_attempt_at=created, last_error=error,
            retry_until=created + timedelta(hours=24),
            delivered_at=created + timedelta(seconds=5) if status == "delivered" else None))
    return request_id


def utc(stamp: float) -> datetime:
    return datetime.fromtimestamp(stamp, timezone.utc)
