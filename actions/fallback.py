"""When the assistant is unsure: offer the two closest topics, then admit it can't help."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from milia.knowledge.topics import topic_titles

SUGGESTIONS = 2


def previous_bot_action(tracker: Tracker) -> Optional[str]:
    """The last action the assistant ran before the visitor's latest message."""
    seen_user = False
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            if seen_user:
                return None
            seen_user = True
        elif seen_user and event.get("event") == "action":
            name = event.get("name")
            if name not in ("action_listen", None):
                return name
    return None


def closest_topics(ranking: List[Dict[str, Any]], titles: Dict[str, str]) -> List[str]:
    return [r["name"] for r in ranking if r.get("name") in titles][:SUGGESTIONS]


class ActionSuggestTopics(Action):
    def name(self) -> Text:
        return "action_suggest_topics"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        titles = topic_titles()
        ranking = tracker.latest_message.get("intent_ranking") or []
        intents = closest_topics(ranking, titles)
        if previous_bot_action(tracker) == self.name() or not intents:
            dispatcher.utter_message(response="utter_out_of_scope")
            return []
        buttons = [{"title": titles[i], "payload": "/" + i} for i in intents]
        other = domain["responses"]["utter_none_of_these"][0]["text"]
        buttons.append({"title": other, "payload": "/out_of_scope"})
        dispatcher.utter_message(response="utter_did_you_mean", buttons=buttons)
        return []
