"""Safety replies: the warning-sign signpost for its urgency, and the self-removal warning.

Each sends the safety text first, then the answer to any other question asked in the same
message (the ``also_asked`` entity the SafetyDetector adds). The emergency reply needs no
action: a rule sends ``utter_emergency`` alone.
"""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from milia.knowledge.topics import load_topics

# The red-flag tier the detector named -> its reply; without a tier (the classifier alone saw a
# warning sign) the reply lists every tier, most urgent first.
SIGNPOSTS = {"urgent": "utter_red_flag_urgent", "gp": "utter_red_flag_gp"}
UNTIERED_SIGNPOST = "utter_red_flag"


def answer_also_asked(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """The plain answer to the other question the visitor asked, as a later message."""
    also_asked = set(tracker.get_latest_entity_values("also_asked"))
    for topic in load_topics():
        if topic.intent in also_asked and not topic.action:
            dispatcher.utter_message(response=topic.response)


class ActionSignpost(Action):
    def name(self) -> Text:
        return "action_signpost"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        flags = list(tracker.get_latest_entity_values("safety_flag"))
        response = next((SIGNPOSTS[f] for f in flags if f in SIGNPOSTS), UNTIERED_SIGNPOST)
        dispatcher.utter_message(response=response)
        answer_also_asked(dispatcher, tracker)
        return []


class ActionWarnSelfRemoval(Action):
    def name(self) -> Text:
        return "action_warn_self_removal"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        flags = set(tracker.get_latest_entity_values("safety_flag"))
        if "eye_area" in flags:
            dispatcher.utter_message(response="utter_self_removal_eye")
        else:
            dispatcher.utter_message(response="utter_faq_self_removal")
        dispatcher.utter_message(response="utter_stop_picking")
        answer_also_asked(dispatcher, tracker)
        return []
