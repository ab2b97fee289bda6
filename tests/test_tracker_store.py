"""The tuned SQL tracker store and the two Rasa speed-ups it installs."""

from __future__ import annotations

import asyncio

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from milia.tracker_store import SQLiteTunedTrackerStore, cache_action_reply_schema, cache_event_types


def test_event_classes_are_the_same_with_the_cache() -> None:
    cache_event_types()
    assert Event.resolve_by_type("user") is UserUttered
    assert Event.resolve_by_type("slot") is SlotSet
    assert Event.resolve_by_type("action") is ActionExecuted
    with pytest.raises(ValueError):
        Event.resolve_by_type("no-such-event")


def test_action_replies_are_still_checked() -> None:
    cache_action_reply_schema()
    action = RemoteAction("action_x", None)
    assert action._validate_action_result({"events": [{"event": "slot", "name": "a", "value": 1}], "responses": []})
    with pytest.raises(ValidationError):
        action._validate_action_result({"events": "not a list"})


def test_sqlite_store_uses_wal_and_keeps_conversations(tmp_path) -> None:
    domain = Domain.empty()
    url = f"sqlite:///{tmp_path}/tracker.db"
    store = SQLiteTunedTrackerStore(domain=domain, host=url)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    tracker = DialogueStateTracker.from_events("visitor", [UserUttered("are milia contagious?")])
    asyncio.run(store.save(tracker))
    again = asyncio.run(SQLiteTunedTrackerStore(domain=domain, host=url).retrieve("visitor"))
    assert again.latest_message.text == "are milia contagious?"
