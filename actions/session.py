"""Start each conversation with the clinic's facts in slots, so responses can use them."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from milia.hours import describe_hours
from milia.settings import load_settings


class ActionSessionStart(Action):
    def name(self) -> Text:
        return "action_session_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        settings = load_settings()
        return [
            SessionStarted(),
            SlotSet("clinic_name", settings.name),
            SlotSet("clinic_phone", settings.phone),
            SlotSet("privacy_url", settings.privacy_url),
            SlotSet("callback_hours", describe_hours(settings.callback_hours)),
            ActionExecuted("action_listen"),
        ]
