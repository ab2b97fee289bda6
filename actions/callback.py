"""Finish the callback form: store the request in the outbox (the relay delivers it), or store nothing."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from functools import lru_cache
from typing import List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from actions.callback_form import now_utc, window_of
from milia.callbacks.outbox import CallbackRequest, enqueue, make_engine
from milia.config.settings import ClinicSettings, RuntimeConfig, load_settings
from milia.conversation.form_answers import NO_CONCERN
from milia.conversation.hours import describe_window
from milia.conversation.request_check import request_problems

logger = logging.getLogger(__name__)
FORM_SLOTS = (
    "caller_name", "caller_phone", "callback_window", "callback_concern", "callback_consent",
    "callback_confirmed", "callback_phone_display", "callback_window_label", "callback_failures",
    "requested_slot",
)


@lru_cache(maxsize=1)
def outbox_engine() -> Engine:
    return make_engine(RuntimeConfig.from_env().outbox_db_url)


def next_opening(now: datetime, settings: ClinicSettings) -> Optional[str]:
    """None while callbacks are being made (``now`` inside today's callback hours); otherwise the
    next callback hours, e.g. "tomorrow (Sat 29 Nov) between 9am and 5pm" (clinic.yml, in the
    clinic's time zone), or None if there are none in the coming week."""
    tz = settings.tz
    local = now.astimezone(tz)
    for days in range(8):
        day = local.date() + timedelta(days=days)
        hours = settings.hours_on(day.weekday())
        if hours is None:
            continue
        opens = datetime.combine(day, hours[0], tzinfo=tz)
        closes = datetime.combine(day, hours[1], tzinfo=tz)
        if opens <= local < closes:
            return None
        if local < opens:
            return describe_window(opens, closes, local.date())
    return None


def clear_form() -> List[EventType]:
    """Forget every detail the form collected (personal data stays only in the outbox)."""
    return [SlotSet(slot, None) for slot in FORM_SLOTS]


class ActionSubmitCallback(Action):
    def name(self) -> Text:
        return "action_submit_callback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain) -> List[EventType]:
        if tracker.get_slot("callback_consent") is not True or tracker.get_slot("callback_confirmed") is not True:
            dispatcher.utter_message(response="utter_callback_not_stored")
            return clear_form()
        try:
            window = window_of(tracker)
        except (ValueError, AttributeError):
            window = None
        problems = request_problems(
            tracker.get_slot("caller_name"), tracker.get_slot("caller_phone"), window,
            tracker.get_slot("callback_consent"), tracker.get_slot("callback_confirmed"), now_utc(), load_settings(),
        )
        if problems:  # a forged call to the action server, or a window that ran out while the form was open
            logger.warning("callback request refused: %s", "; ".join(problems))
            dispatcher.utter_message(response="utter_callback_invalid")
            return clear_form()
        concern = tracker.get_slot("callback_concern")
        request = CallbackRequest(
            conversation_id=tracker.sender_id,
            name=tracker.get_slot("caller_name"),
            phone_e164=tracker.get_slot("caller_phone"),
            window_start=window.start.isoformat(),
            window_end=window.end.isoformat(),
            concern=None if concern in (None, NO_CONCERN) else concern,
            consent=True,
        )
        try:
            request_id, created = enqueue(outbox_engine(), request, now_utc(), load_settings().duplicate_window)
        except SQLAlchemyError as exc:
            logger.error("callback request could not be stored: %s", type(exc).__name__)
            dispatcher.utter_message(response="utter_callback_failed")
            return clear_form()
        logger.info("callback request %s %s", request_id, "stored" if created else "was a duplicate")
        # The details now live in the outbox only; the tracker store takes them out of the stored
        # conversation when it saves this turn (rasa_ext/tracker_store.py).
        if not created:
            dispatcher.utter_message(response="utter_callback_duplicate")
        else:
            settings = load_settings()
            opening = next_opening(now_utc(), settings)
            if opening is None:
                dispatcher.utter_message(response="utter_callback_received")
            else:  # outside callback hours: say when they start again
                dispatcher.utter_message(response="utter_callback_received_closed", callback_next_opening=opening)
        return clear_form() + [SlotSet("callback_request_ref", request_id)]


class ActionCancelCallback(Action):
    """The visitor said stop: nothing is stored or sent."""

    def name(self) -> Text:
        return "action_cancel_callback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain) -> List[EventType]:
        dispatcher.utter_message(response="utter_callback_cancelled")
        return clear_form()
