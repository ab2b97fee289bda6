"""Start each session with the clinic's facts, read from clinic.yml at that moment.

The replies use them as slots ({clinic_phone}, {callback_hours}, ...): an edit to clinic.yml
reaches the next session, with no retraining (the callback form reads the hours the same way).
"""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, Restarted, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from milia.config.settings import load_settings
from milia.conversation.hours import describe_hours


def clinic_facts() -> Dict[str, str]:
    settings = load_settings()
    return {
        "clinic_name": settings.name,
        "clinic_phone": settings.phone,
        "privacy_url": settings.privacy_url,
        "callback_hours": describe_hours(settings.callback_hours),
    }


class ActionSessionStart(Action):
    def name(self) -> Text:
        return "action_session_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        return [SessionStarted(), *(SlotSet(name, value) for name, value in clinic_facts().items()),
                ActionExecuted("action_listen")]


class ActionRestart(Action):
    """/restart: the greeting (disclaimer, privacy line, urgent-help line), then a fresh start.

    Replaces Rasa's action_restart, after which Rasa predicts nothing more: a rule that greets
    after it passes `rasa test` but never runs when serving."""

    def name(self) -> Text:
        return "action_restart"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        dispatcher.utter_message(response="utter_greet")
        return [Restarted()]
