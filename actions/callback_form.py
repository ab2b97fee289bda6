"""The callback form: take each answer from the visitor's own words, check it, read it back.

Extraction only happens for the slot the form asked for. A message that is really another
question (an FAQ, the safety layer, "cancel") is not taken as an answer: the form lets the
rules answer it and then asks again.
"""

from __future__ import annotations

from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

import yaml
from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from milia.config.settings import load_settings
from milia.conversation.callback_time import (
    CallbackWindow,
    TimeError,
    TimeReason,
    next_windows,
    parse_callback_time,
)
from milia.conversation.form_answers import (
    NO_CONCERN,
    change_request,
    is_forced,
    is_interruption,
    looks_like_name,
    valid_name,
    yes_or_no,
)
from milia.conversation.hours import describe_window
from milia.conversation.phone import parse_phone

FORM = "callback_form"
STRUGGLING_AFTER = 2
TIME_ERRORS = {
    TimeReason.UNPARSEABLE: "utter_invalid_callback_window_unparseable",
    TimeReason.PAST: "utter_invalid_callback_window_past",
    TimeReason.CLOSED_DAY: "utter_invalid_callback_window_closed",
    TimeReason.OUT_OF_HOURS: "utter_invalid_callback_window_closed",
    TimeReason.TOO_FAR: "utter_invalid_callback_window_too_far",
}


@lru_cache(maxsize=1)
def form_slots() -> List[Text]:
    """The form's slots, from domain.yml (read once per process): Rasa then need not send its whole
    domain (28 kB of JSON) with every form turn (BENCHMARKS.md)."""
    domain = yaml.safe_load((Path(__file__).resolve().parent.parent / "domain.yml").read_text(encoding="utf-8"))
    return list(domain["forms"][FORM]["required_slots"])


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


def encode_window(window: CallbackWindow) -> str:
    return f"{window.start.isoformat()}/{window.end.isoformat()}"


def decode_window(value: str) -> CallbackWindow:
    start, end = value.split("/")
    return CallbackWindow.from_iso(start, end)


def _asked(tracker: Tracker, slot: str) -> bool:
    return tracker.get_slot("requested_slot") == slot and tracker.active_loop.get("name") == FORM


def _intent(tracker: Tracker) -> tuple:
    intent = tracker.latest_message.get("intent") or {}
    return intent.get("name") or "", float(intent.get("confidence") or 0.0)


class ValidateCallbackForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_callback_form"

    def domain_slots(self, domain: Dict[Text, Any]) -> List[Text]:
        return form_slots()

    # -- extraction: the visitor's text becomes a candidate for the slot that was asked for

    def _candidate(self, tracker: Tracker, slot: str) -> Dict[Text, Any]:
        if not _asked(tracker, slot):
            return {}
        text = (tracker.latest_message.get("text") or "").strip()
        intent, confidence = _intent(tracker)
        if is_interruption(intent, confidence) and (
            is_forced(intent, confidence) or not self._looks_like_answer(slot, text)
        ):
            return {}
        return {slot: text}

    @staticmethod
    def _looks_like_answer(slot: str, text: str) -> bool:
        if slot == "caller_name":
            return looks_like_name(text)
        if slot == "caller_phone":
            return sum(ch.isdigit() for ch in text) >= 6
        if slot == "callback_window":
            parsed = parse_callback_time(text, now_utc(), load_settings())
            return not (isinstance(parsed, TimeError) and parsed.reason == TimeReason.UNPARSEABLE)
        return False

    async def extract_caller_name(self, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return self._candidate(tracker, "caller_name")

    async def extract_caller_phone(self, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return self._candidate(tracker, "caller_phone")

    async def extract_callback_window(self, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return self._candidate(tracker, "callback_window")

    async def extract_callback_concern(self, dispatcher, tracker, domain) -> Dict[Text, Any]:
        if _asked(tracker, "callback_concern") and _intent(tracker)[0] == "deny":
            return {"callback_concern": NO_CONCERN}
        return self._candidate(tracker, "callback_concern")

    async def extract_callback_consent(self, dispatcher, tracker, domain) -> Dict[Text, Any]:
        if _asked(tracker, "callback_consent") and yes_or_no(*_intent(tracker)) is not None:
            return {"callback_consent": yes_or_no(*_intent(tracker))}
        return self._candidate(tracker, "callback_consent")

    async def extract_callback_confirmed(self, dispatcher, tracker, domain) -> Dict[Text, Any]:
        if not _asked(tracker, "callback_confirmed"):
            return {}
        field = change_request(tracker.latest_message.get("text") or "")
        if field:
            # Forget the one detail and the confirmation; the form asks for both again.
            return {field: None, "callback_confirmed": None}
        answer = yes_or_no(*_intent(tracker))
        if answer is not None:
            return {"callback_confirmed": answer}
        return self._candidate(tracker, "callback_confirmed")

    # -- validation

    def _rejected(self, dispatcher: CollectingDispatcher, tracker: Tracker, slot: str, response: str) -> Dict:
        dispatcher.utter_message(response=response)
        failures = int(tracker.get_slot("callback_failures") or 0) + 1
        if failures >= STRUGGLING_AFTER:
            dispatcher.utter_message(response="utter_callback_struggling")
            failures = 0
        return {slot: None, "callback_failures": float(failures)}

    async def validate_caller_name(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        if value is None:  # cleared by "change my ...": ask again, no error
            return {"caller_name": None}
        name = valid_name(value)
        if name is None:
            return self._rejected(dispatcher, tracker, "caller_name", "utter_invalid_caller_name")
        return {"caller_name": name, "callback_failures": 0.0}

    async def validate_caller_phone(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        if value is None:  # cleared by "change my ...": ask again, no error
            return {"caller_phone": None}
        result = parse_phone(str(value or ""))
        if not result.ok:
            return self._rejected(dispatcher, tracker, "caller_phone", "utter_invalid_caller_phone")
        return {"caller_phone": result.e164, "callback_phone_display": result.display, "callback_failures": 0.0}

    async def validate_callback_window(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        if value is None:  # cleared by "change my ...": ask again, no error
            return {"callback_window": None}
        settings = load_settings()
        now = now_utc()
        parsed = parse_callback_time(str(value or ""), now, settings)
        if isinstance(parsed, TimeError):
            return self._rejected(dispatcher, tracker, "callback_window", TIME_ERRORS[parsed.reason])
        today = now.astimezone(settings.tz).date()
        return {
            "callback_window": encode_window(parsed),
            "callback_window_label": describe_window(parsed.start, parsed.end, today),
            "callback_failures": 0.0,
        }

    async def validate_callback_concern(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        if value is None:  # cleared by "change my ...": ask again, no error
            return {"callback_concern": None}
        text = " ".join(str(value or "").split())[:500]
        return {"callback_concern": text or NO_CONCERN}

    async def validate_callback_consent(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        if value is True:
            return {"callback_consent": True, "callback_failures": 0.0}
        if value is False:
            # Nothing will be stored, and no note is asked for: end the form; the submit action explains.
            return {"callback_consent": False, "callback_concern": NO_CONCERN, "callback_confirmed": False}
        return self._rejected(dispatcher, tracker, "callback_consent", "utter_invalid_callback_consent")

    async def validate_callback_confirmed(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        if value is None or value is True or tracker.get_slot("callback_consent") is False:
            return {"callback_confirmed": value}
        # "no" or anything else at the read-back: ask what to change, then read back again.
        dispatcher.utter_message(response="utter_callback_what_to_change")
        return {"callback_confirmed": None}


class ActionAskCallbackWindow(Action):
    """Ask for a time with buttons for the next available windows."""

    def name(self) -> Text:
        return "action_ask_callback_window"

    async def run(self, dispatcher, tracker, domain) -> List[EventType]:
        options = next_windows(now_utc(), load_settings(), count=3)
        buttons = [{"title": o.label, "payload": o.payload} for o in options]
        dispatcher.utter_message(response="utter_ask_callback_window", buttons=buttons)
        return []


def window_of(tracker: Tracker) -> Optional[CallbackWindow]:
    value = tracker.get_slot("callback_window")
    return decode_window(value) if value else None
