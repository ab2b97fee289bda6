"""Submitting and cancelling a callback request, against a real SQLite outbox in a temp directory."""

import asyncio
from datetime import datetime, timedelta, timezone
from typing import List

import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

import actions.callback as callback
from actions.callback import FORM_SLOTS, ActionCancelCallback, ActionSubmitCallback
from milia.callbacks.outbox import list_requests, make_engine
from tests.conftest import action_names

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=timezone.utc)
DETAILS = {
    "caller_name": "Jane Doe",
    "caller_phone": "+447400123456",
    "callback_phone_display": "07400 123456",
    "callback_window": "2026-12-02T12:00:00+00:00/2026-12-02T17:00:00+00:00",
    "callback_window_label": "tomorrow (Wed 2 Dec) between 12pm and 5pm",
    "callback_concern": "on my eyelids",
    "callback_consent": True,
    "callback_confirmed": True,
    "callback_failures": 0.0,
    "requested_slot": None,
}


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(monkeypatch) -> Clock:
    fixed = Clock()
    monkeypatch.setattr(callback, "now_utc", fixed)
    return fixed


@pytest.fixture
def outbox_url(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'outbox.db'}"
    monkeypatch.setenv("OUTBOX_DB_URL", url)
    callback.outbox_engine.cache_clear()
    yield url
    if callback.outbox_engine.cache_info().currsize:
        callback.outbox_engine().dispose()
    callback.outbox_engine.cache_clear()


def stored(url: str):
    engine = make_engine(url)
    try:
        return list_requests(engine)
    finally:
        engine.dispose()


def sent(dispatcher, domain) -> List[str]:
    """The response names sent; each must be a response of the domain."""
    names = [m["response"] for m in dispatcher.messages]
    unknown = [n for n in names if n not in domain["responses"]]
    assert not unknown, f"responses missing from domain.yml: {unknown}"
    return names


def submit(tracker_factory, domain, dispatcher=None, **slots):
    dispatcher = dispatcher or CollectingDispatcher()
    tracker = tracker_factory(slots={**DETAILS, **slots}, text="yes", intent="affirm")
    events = asyncio.run(ActionSubmitCallback().run(dispatcher, tracker, domain))
    return events, sent(dispatcher, domain)


def assert_form_cleared(events) -> None:
    for slot in FORM_SLOTS:
        assert SlotSet(slot, None) in events, slot
    assert SlotSet("caller_name", None) in events
    assert SlotSet("caller_phone", None) in events


def request_ref(events):
    refs = [e["value"] for e in events if e["event"] == "slot" and e["name"] == "callback_request_ref"]
    assert len(refs) <= 1
    return refs[0] if refs else None


def test_actions_are_in_the_domain(domain):
    assert ActionSubmitCallback().name() in action_names(domain)
    assert ActionCancelCallback().name() in action_names(domain)
    assert set(FORM_SLOTS) - {"requested_slot"} <= set(domain["slots"])
    assert "callback_request_ref" in domain["slots"]


def test_submit_stores_exactly_one_request(tracker_factory, domain, outbox_url, clock):
    events, responses = submit(tracker_factory, domain)
    assert responses == ["utter_callback_received"]
    assert_form_cleared(events)

    rows = stored(outbox_url)
    assert len(rows) == 1
    row = rows[0]
    assert request_ref(events) == row.id
    assert row.name == "Jane Doe"
    assert row.phone_e164 == "+447400123456"
    assert row.window_start == "2026-12-02T12:00:00+00:00"
    assert row.window_end == "2026-12-02T17:00:00+00:00"
    assert row.concern == "on my eyelids"
    assert row.consent is True
    assert row.conversation_id == "test-visitor"
    assert row.created_at == NOW
    assert row.status.value == "pending"


@pytest.mark.parametrize("concern", ["none", None])
def test_no_concern_is_stored_as_null(tracker_factory, domain, outbox_url, clock, concern):
    events, responses = submit(tracker_factory, domain, callback_concern=concern)
    assert responses == ["utter_callback_received"]
    assert [row.concern for row in stored(outbox_url)] == [None]


def test_same_phone_within_ten_minutes_is_a_duplicate(tracker_factory, domain, outbox_url, clock):
    first, _ = submit(tracker_factory, domain)
    clock.now = NOW + timedelta(minutes=9)
    events, responses = submit(tracker_factory, domain, caller_name="Jane D")
    assert responses == ["utter_callback_duplicate"]
    assert_form_cleared(events)
    assert request_ref(events) == request_ref(first)
    assert len(stored(outbox_url)) == 1


def test_same_phone_after_ten_minutes_is_a_new_request(tracker_factory, domain, outbox_url, clock):
    first, _ = submit(tracker_factory, domain)
    clock.now = NOW + timedelta(minutes=11)
    events, responses = submit(tracker_factory, domain)
    assert responses == ["utter_callback_received"]
    assert request_ref(events) != request_ref(first)
    assert len(stored(outbox_url)) == 2


def test_another_phone_is_not_a_duplicate(tracker_factory, domain, outbox_url, clock):
    submit(tracker_factory, domain)
    events, responses = submit(tracker_factory, domain, caller_phone="+441215678111")
    assert responses == ["utter_callback_received"]
    assert len(stored(outbox_url)) == 2


@pytest.mark.parametrize(
    "consent, confirmed",
    [
        (False, False),
        (False, True),
        (True, False),
        (True, None),
        (None, True),
        (True, "yes"),
    ],
)
def test_nothing_is_stored_without_consent_and_confirmation(
    tracker_factory, domain, outbox_url, clock, consent, confirmed
):
    events, responses = submit(tracker_factory, domain, callback_consent=consent, callback_confirmed=confirmed)
    assert responses == ["utter_callback_not_stored"]
    assert_form_cleared(events)
    assert request_ref(events) is None
    assert stored(outbox_url) == []


def test_a_broken_database_sends_failed(tracker_factory, domain, tmp_path, monkeypatch, clock):
    # a directory cannot be opened as a SQLite database
    monkeypatch.setenv("OUTBOX_DB_URL", f"sqlite:///{tmp_path}")
    callback.outbox_engine.cache_clear()
    try:
        events, responses = submit(tracker_factory, domain)
    finally:
        callback.outbox_engine.cache_clear()
    assert responses == ["utter_callback_failed"]
    assert_form_cleared(events)
    assert request_ref(events) is None


def test_cancel_clears_the_form(tracker_factory, dispatcher, domain, outbox_url):
    tracker = tracker_factory(slots=DETAILS, text="cancel", intent="stop", confidence=1.0)
    events = asyncio.run(ActionCancelCallback().run(dispatcher, tracker, domain))
    assert sent(dispatcher, domain) == ["utter_callback_cancelled"]
    assert events == [SlotSet(slot, None) for slot in FORM_SLOTS]
    assert_form_cleared(events)
    assert stored(outbox_url) == []


@pytest.mark.parametrize("forged", [
    {"caller_phone": "+4400000"},
    {"caller_phone": "07400 123456"},  # not the E.164 the form stores
    {"caller_phone": "+12025550123"},
    {"callback_window": "2020-01-06T12:00:00+00:00/2020-01-06T17:00:00+00:00"},  # long past
    {"callback_window": "2026-12-02T02:00:00+00:00/2026-12-02T04:00:00+00:00"},  # clinic closed
    {"callback_window": "2026-12-06T12:00:00+00:00/2026-12-06T13:00:00+00:00"},  # a Sunday
    {"callback_window": "2027-06-02T12:00:00+00:00/2027-06-02T17:00:00+00:00"},  # past the horizon
    {"callback_window": "not a window"},
    {"caller_name": "<script>alert(1)</script>"},
    {"caller_name": "x" * 101},
    {"caller_name": "12345"},
    {"caller_name": None},
    {"callback_consent": "yes"},
])
def test_forged_slots_store_nothing(tracker_factory, domain, clock, outbox_url, forged) -> None:
    """The action server checks what it stores: a crafted call to its webhook changes nothing."""
    events, names = submit(tracker_factory, domain, **forged)
    assert stored(outbox_url) == []
    assert names in (["utter_callback_invalid"], ["utter_callback_not_stored"])
    assert_form_cleared(events)


# ---------------------------------------------------------------- outside callback hours

# clinic.yml: Monday to Friday 9am-8pm, Saturday 9am-5pm, no Sunday (Europe/London)
@pytest.mark.parametrize("now, opening", [
    (datetime(2026, 12, 1, 10, 0, tzinfo=timezone.utc), None),  # Tuesday morning: open
    (datetime(2026, 12, 1, 19, 59, tzinfo=timezone.utc), None),
    (datetime(2026, 12, 1, 20, 0, tzinfo=timezone.utc), "tomorrow (Wed 2 Dec) between 9am and 8pm"),
    (datetime(2026, 12, 1, 6, 30, tzinfo=timezone.utc), "today (Tue 1 Dec) between 9am and 8pm"),
    (datetime(2026, 12, 4, 22, 0, tzinfo=timezone.utc), "tomorrow (Sat 5 Dec) between 9am and 5pm"),
    (datetime(2026, 12, 5, 17, 30, tzinfo=timezone.utc), "on Mon 7 Dec between 9am and 8pm"),  # Sunday closed
    (datetime(2026, 6, 2, 7, 30, tzinfo=timezone.utc), "today (Tue 2 Jun) between 9am and 8pm"),  # 8.30am BST
    (datetime(2026, 6, 2, 8, 30, tzinfo=timezone.utc), None),  # 9.30am BST
])
def test_next_opening_in_the_clinics_time_zone(now, opening) -> None:
    from milia.config.settings import load_settings

    assert callback.next_opening(now, load_settings()) == opening


def test_outside_callback_hours_the_confirmation_says_when_they_start_again(
    tracker_factory, domain, outbox_url, clock
) -> None:
    clock.now = datetime(2026, 12, 1, 21, 30, tzinfo=timezone.utc)  # Tuesday evening, after 8pm
    dispatcher = CollectingDispatcher()
    events, responses = submit(tracker_factory, domain, dispatcher)
    assert responses == ["utter_callback_received_closed"]
    assert dispatcher.messages[0]["callback_next_opening"] == "tomorrow (Wed 2 Dec) between 9am and 8pm"
    assert len(stored(outbox_url)) == 1 and request_ref(events)
    text = domain["responses"]["utter_callback_received_closed"][0]["text"]
    filled = text.format(**DETAILS, clinic_phone="0121 567 8111",
                         callback_next_opening=dispatcher.messages[0]["callback_next_opening"])
    assert "next callback hours are tomorrow (Wed 2 Dec) between 9am and 8pm" in filled
    assert "will call you tomorrow (Wed 2 Dec) between 12pm and 5pm" in filled


def test_within_callback_hours_the_confirmation_is_the_usual_one(tracker_factory, domain, outbox_url, clock) -> None:
    dispatcher = CollectingDispatcher()
    submit(tracker_factory, domain, dispatcher)
    assert [m["response"] for m in dispatcher.messages] == ["utter_callback_received"]
    assert "callback_next_opening" not in dispatcher.messages[0]


def test_rasa_renders_the_closed_confirmation_as_the_action_sends_it(tracker_factory, domain, outbox_url, clock) -> None:
    """What Rasa does with the action's reply (RemoteAction._utter_responses): the response is
    filled from the conversation's slots and the values sent with it."""
    from rasa.core.nlg import TemplatedNaturalLanguageGenerator
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import SlotSet as CoreSlotSet
    from rasa.shared.core.trackers import DialogueStateTracker

    from tests.conftest import ROOT

    clock.now = datetime(2026, 12, 5, 17, 30, tzinfo=timezone.utc)  # Saturday after 5pm; no Sunday hours
    dispatcher = CollectingDispatcher()
    submit(tracker_factory, domain, dispatcher, callback_window="2026-12-07T12:00:00+00:00/2026-12-07T17:00:00+00:00",
           callback_window_label="on Mon 7 Dec between 12pm and 5pm")
    core_domain = Domain.load(str(ROOT / "domain.yml"))
    slots = {"caller_name": "Jane Doe", "callback_window_label": "on Mon 7 Dec between 12pm and 5pm",
             "clinic_phone": "0121 567 8111"}
    tracker = DialogueStateTracker.from_events("v", [CoreSlotSet(k, v) for k, v in slots.items()], core_domain.slots)
    message = dict(dispatcher.messages[0])
    name = message.pop("response")
    rendered = asyncio.run(TemplatedNaturalLanguageGenerator(core_domain.responses).generate(
        name, tracker, "rest", **message))
    assert rendered["text"] == (
        "Thank you, Jane Doe. Your callback request is in. We're outside callback hours just now: the next "
        "callback hours are on Mon 7 Dec between 9am and 8pm, and an adviser will call you on Mon 7 Dec between "
        "12pm and 5pm. If anything changes, call us on 0121 567 8111."
    )
