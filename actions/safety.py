"""The self-removal warning: stronger near the eyes, and after any other question asked with it."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from milia.topics import load_topics


class ActionWarnSelfRemoval(Action):
    def name(self) -> Text:
        return "action_warn_self_removal"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        flags = set(tracker.get_latest_entity_values("safety_flag"))
        also_asked = set(tracker.get_latest_entity_values("also_asked"))
        for topic in load_topics():
            if topic.intent in also_asked and not topic.action:
                dispatcher.utter_message(response=topic.response)
        if "eye_area" in flags:
            dispatcher.utter_message(response="utter_self_removal_eye")
        else:
            dispatcher.utter_message(response="utter_faq_self_removal")
        return []
