"""Two questions in one message: both answers, in the order asked.

``LinearIntentClassifier`` sets the intent ``faq_compound`` and one ``asked`` entity per topic
(milia/conversation/compound.py decides). Each answer is the topic's own response, so every word
comes from domain.yml; a question the page does not answer gets ``utter_out_of_scope_part`` (it
says so and offers a callback); a callback request among them starts the callback form after the
answers.
"""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction
from rasa_sdk.executor import CollectingDispatcher

from milia.conversation.compound import order_asked
from milia.knowledge.topics import load_topics

CALLBACK_INTENT = "request_callback"
CALLBACK_FORM = "callback_form"
OUT_OF_SCOPE = {"out_of_scope": "utter_out_of_scope_part"}


class ActionAnswerCompound(Action):
    def name(self) -> Text:
        return "action_answer_compound"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        asked = order_asked(tracker.get_latest_entity_values("asked"))
        responses = {topic.intent: topic.response for topic in load_topics()} | OUT_OF_SCOPE
        for name in asked:
            if name in responses:
                dispatcher.utter_message(response=responses[name])
        in_form = (tracker.active_loop or {}).get("name") == CALLBACK_FORM
        if CALLBACK_INTENT in asked and not in_form:
            return [FollowupAction(CALLBACK_FORM)]
        if not any(name in responses for name in asked):
            dispatcher.utter_message(response="utter_default")
        return []
