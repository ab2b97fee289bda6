"""Personal data: redaction of stored conversations, purge, forget (milia/privacy/store.py), and the
production-mode and nginx configuration checks (ops/cluster.py).

The tracker store is Rasa's own SQLTrackerStore on SQLite (the same table the servers write),
filled with the events of a real-shaped callback conversation.
"""
from __future__ import annotations

import asyncio
import io
import json
import re
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import List

import pytest
import sqlalchemy as sa

from dev.receiver import ReceiverStore
from milia.callbacks import outbox
from milia.config.production import production_problems, require_production_settings
from milia.config.settings import DEV_WEBHOOK_SECRET
from milia.privacy import store as privacy
from ops.cluster import ClusterConfig, render_nginx

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=timezone.utc)
NAME = "Jane Smith"
PHONE_TYPED = "07400 123456"
PHONE_E164 = "+447400123456"
CONCERN = "they're under my eyes"
LABEL = "tomorrow (Wed 2 Dec) between 12pm and 5pm"
WINDOW = "2026-12-02T12:00:00+00:00/2026-12-02T17:00:00+00:00"
PERSONAL = ("Jane", "Smith", "7400", "123456", "under my eyes", "Wed 2 Dec", "2026-12-02")
SLOTS = {
    "caller_name": NAME,
    "caller_phone": PHONE_E164,
    "callback_phone_display": PHONE_TYPED,
    "callback_window": WINDOW,
    "callback_window_label": LABEL,
    "callback_concern": CONCERN,
}


# ---------------------------------------------------------------- a Rasa tracker store


@pytest.fixture(scope="module")
def domain():
    from rasa.shared.core.domain import Domain

    return Domain.load(str(ROOT / "domain.yml"))


@pytest.fixture
def store(tmp_path, domain):
    from rasa.core.tracker_store import SQLTrackerStore

    path = tmp_path / "tracker.db"
    rasa_store = SQLTrackerStore(domain, dialect="sqlite", db=str(path))
    yield rasa_store
    rasa_store.engine.dispose()


@pytest.fixture
def url(store) -> str:
    return str(store.engine.url)


@pytest.fixture
def engine(url):
    tracker_engine = privacy.make_tracker_engine(url)
    yield tracker_engine
    tracker_engine.dispose()


def user(text: str, intent: str, ts: float):
    from rasa.shared.core.events import UserUttered

    parse = {"intent": {"name": intent, "confidence": 0.9}, "entities": [], "text": text,
             "intent_ranking": [{"name": intent, "confidence": 0.9}]}
    return UserUttered(text, intent=parse["intent"], parse_data=parse, timestamp=ts, input_channel="rest")


def bot(text: str, ts: float, buttons=None, action: str = "utter_x"):
    from rasa.shared.core.events import BotUttered

    data = {"buttons": buttons} if buttons else {}
    return BotUttered(text, data=data, metadata={"utter_action": action}, timestamp=ts)


def booking_events(t0: float) -> List:
    """A visitor asks a question, mentions their number, books, and confirms; up to the
    submit action (what is stored before the action runs)."""
    from rasa.shared.core.events import ActionExecuted, ActiveLoop, SessionStarted, SlotSet

    t = iter(t0 + i for i in range(1000))
    ask = lambda slot: [SlotSet("requested_slot", slot, timestamp=next(t))]  # noqa: E731
    listen = lambda: ActionExecuted("action_listen", timestamp=next(t))  # noqa: E731
    return [
        ActionExecuted("action_session_start", timestamp=next(t)),
        SessionStarted(timestamp=next(t)),
        SlotSet("clinic_phone", "0121 567 8111", timestamp=next(t)),
        listen(),
        user("are milia contagious?", "faq_contagious", next(t)),
        bot("No, milia are not contagious.", next(t), action="utter_faq_contagious"),
        listen(),
        user("call me back on 07400-123-456 please", "request_callback", next(t)),
        ActionExecuted("callback_form", timestamp=next(t)),
        ActiveLoop("callback_form", timestamp=next(t)),
        *ask("caller_name"),
        bot("What name should the adviser ask for?", next(t)),
        listen(),
        user(NAME, "inform", next(t)),
        ActionExecuted("callback_form", timestamp=next(t)),
        SlotSet("caller_name", NAME, timestamp=next(t)),
        *ask("caller_phone"),
        bot(f"Thanks, {NAME}. What phone number should we call?", next(t)),
        listen(),
        user(PHONE_TYPED, "inform", next(t)),
        ActionExecuted("callback_form", timestamp=next(t)),
        SlotSet("caller_phone", PHONE_E164, timestamp=next(t)),
        SlotSet("callback_phone_display", PHONE_TYPED, timestamp=next(t)),
        *ask("callback_window"),
        bot("When would you like the call?", next(t), buttons=[{"title": LABEL, "payload": "tomorrow afternoon"}]),
        listen(),
        user("tomorrow afternoon", "inform", next(t)),
        ActionExecuted("callback_form", timestamp=next(t)),
        SlotSet("callback_window", WINDOW, timestamp=next(t)),
        SlotSet("callback_window_label", LABEL, timestamp=next(t)),
        *ask("callback_concern"),
        bot("Anything you'd like the adviser to know?", next(t)),
        listen(),
        user(CONCERN, "inform", next(t)),
        ActionExecuted("callback_form", timestamp=next(t)),
        SlotSet("callback_concern", CONCERN, timestamp=next(t)),
        *ask("callback_consent"),
        bot("May the clinic store these details? See our privacy notice.", next(t)),
        listen(),
        user("yes", "affirm", next(t)),
        ActionExecuted("callback_form", timestamp=next(t)),
        SlotSet("callback_consent", True, timestamp=next(t)),
        *ask("callback_confirmed"),
        bot(f"Please check your details:\nName: {NAME}\nPhone: {PHONE_TYPED}\nCallback: {LABEL}\n"
            f"Note: {CONCERN}\n\nShall I send this to the clinic?", next(t)),
        listen(),
        user("yes, send it", "affirm", next(t)),
        ActionExecuted("callback_form", timestamp=next(t)),
        SlotSet("callback_confirmed", True, timestamp=next(t)),
        SlotSet("requested_slot", None, timestamp=next(t)),
        ActiveLoop(None, timestamp=next(t)),
    ]


def after_submit_events(t0: float) -> List:
    """What Rasa stores once the submit action has returned: its message (rendered with the
    name before the slots were cleared) and the cleared slots."""
    from rasa.shared.core.events import ActionExecuted, SlotSet

    t = iter(t0 + 500 + i for i in range(100))
    return [
        ActionExecuted("action_submit_callback", timestamp=next(t)),
        bot(f"Thank you, {NAME}. Your callback request is in: an adviser will call you {LABEL}.", next(t),
            action="utter_callback_received"),
        *[SlotSet(slot, None, timestamp=next(t)) for slot in SLOTS],
        SlotSet("callback_request_ref", "abc123", timestamp=next(t)),
        ActionExecuted("action_listen", timestamp=next(t)),
    ]


def save(store, sender: str, events: List) -> None:
    from rasa.shared.core.trackers import DialogueStateTracker

    tracker = asyncio.run(store.retrieve(sender)) or DialogueStateTracker(sender, store.domain.slots)
    for event in events:
        tracker.update(event)
    asyncio.run(store.save(tracker))


def stored_rows(url: str, sender: str) -> List[tuple]:
    path = url.replace("sqlite:///", "")
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "select id, type_name, intent_name, data from events where sender_id = ? order by id", (sender,)
        ).fetchall()


def personal_in(rows) -> List[str]:
    blob = "\n".join(row[-1] for row in rows)
    return [value for value in PERSONAL if value.lower() in blob.lower()]


# ---------------------------------------------------------------- the table


def test_our_events_table_is_rasas(tmp_path, store) -> None:
    ours = sa.create_engine(f"sqlite:///{tmp_path / 'ours.db'}", future=True)
    privacy.ensure_tracker_schema(ours)

    def shape(engine):
        inspector = sa.inspect(engine)
        columns = [(c["name"], type(c["type"]).__name__, c["nullable"]) for c in inspector.get_columns("events")]
        indexes = sorted((i["name"], tuple(i["column_names"])) for i in inspector.get_indexes("events"))
        return columns, indexes, inspector.get_pk_constraint("events")["constrained_columns"]

    assert shape(ours) == shape(store.engine)
    ours.dispose()


# ---------------------------------------------------------------- redaction


def test_booking_conversation_is_redacted_and_still_loads(store, url, engine) -> None:
    t0 = NOW.timestamp()
    save(store, "visitor-a", booking_events(t0))
    save(store, "visitor-b", booking_events(t0))  # another conversation, left alone
    before = stored_rows(url, "visitor-a")
    assert personal_in(before)
    loaded = len(asyncio.run(store.retrieve("visitor-a")).events)

    result = privacy.redact_conversation(engine, "visitor-a", privacy.personal_values(SLOTS))
    after = stored_rows(url, "visitor-a")

    assert result.changed > 0 and result.last_event_id == before[-1][0]
    assert personal_in(after) == []
    assert [r[:3] for r in after] == [r[:3] for r in before]  # same rows, types and intents
    assert personal_in(stored_rows(url, "visitor-b"))  # untouched
    texts = {json.loads(r[3]).get("text") for r in after if r[1] in ("user", "bot")}
    assert "are milia contagious?" in texts and "No, milia are not contagious." in texts
    assert "call me back on [redacted] please" in texts  # a number typed before the form
    assert "tomorrow afternoon" not in texts  # typed while the form asked for the time
    assert any(t and t.startswith("Please check your details:\nName: [redacted]") for t in texts)
    slot_values = {json.loads(r[3])["name"]: json.loads(r[3])["value"] for r in after if r[1] == "slot"}
    assert all(slot_values[slot] is None for slot in SLOTS)
    assert slot_values["callback_consent"] is True and slot_values["clinic_phone"] == "0121 567 8111"

    tracker = asyncio.run(store.retrieve("visitor-a"))  # Rasa still reads it
    assert tracker is not None and len(tracker.events) == loaded
    assert privacy.redact_conversation(engine, "visitor-a").changed == 0  # idempotent


def test_rasa_keeps_appending_after_redaction_and_the_last_turn_is_redacted_too(store, url, engine) -> None:
    t0 = NOW.timestamp()
    save(store, "visitor-a", booking_events(t0))
    privacy.redact_conversation(engine, "visitor-a", privacy.personal_values(SLOTS))
    count = len(stored_rows(url, "visitor-a"))
    save(store, "visitor-a", after_submit_events(t0))  # Rasa stores the submit turn
    rows = stored_rows(url, "visitor-a")
    assert len(rows) == count + len(after_submit_events(t0))  # appended, nothing re-inserted
    assert "Jane" in rows[-len(after_submit_events(t0)) + 1][3]

    privacy.redact_conversation(engine, "visitor-a", privacy.personal_values(SLOTS))
    rows = stored_rows(url, "visitor-a")
    assert personal_in(rows) == []
    thanks = [json.loads(r[3])["text"] for r in rows if r[1] == "bot" and "Thank you" in r[3]]
    assert thanks == ["Thank you, [redacted]. Your callback request is in: an adviser will call you [redacted]."]


@pytest.fixture
def our_store(tmp_path, domain):
    """The assistant's own tracker store (rasa_ext/tracker_store.py), as the launcher starts it."""
    from rasa_ext import speedups
    from rasa_ext.tracker_store import TunedSQLTrackerStore

    speedups.install_speedups()
    ours = TunedSQLTrackerStore(domain=domain, host=f"sqlite:///{tmp_path / 'ours.db'}")
    yield ours
    ours.engine.dispose()
    speedups.uninstall()


def test_the_tracker_store_redacts_the_turn_that_submits_the_request(our_store) -> None:
    """The owner of the table does it, in the transaction that saves the turn: nothing
    personal is ever stored after the request, not even for a moment, and no other process
    writes the events table."""
    url = str(our_store.engine.url)
    t0 = NOW.timestamp()
    save(our_store, "visitor-a", booking_events(t0))
    save(our_store, "visitor-b", booking_events(t0))
    assert personal_in(stored_rows(url, "visitor-a"))  # the form is still open: kept for now
    count = len(stored_rows(url, "visitor-a"))

    save(our_store, "visitor-a", after_submit_events(t0))

    rows = stored_rows(url, "visitor-a")
    assert personal_in(rows) == []
    assert len(rows) == count + len(after_submit_events(t0))  # appended, nothing re-inserted
    thanks = [json.loads(r[3])["text"] for r in rows if r[1] == "bot" and "Thank you" in r[3]]
    assert thanks == ["Thank you, [redacted]. Your callback request is in: an adviser will call you [redacted]."]
    assert personal_in(stored_rows(url, "visitor-b"))  # another conversation, untouched
    tracker = asyncio.run(our_store.retrieve("visitor-a"))
    assert tracker is not None and tracker.get_slot("caller_name") is None


def test_a_form_left_half_filled_is_redacted_when_the_next_session_starts(our_store) -> None:
    """Nothing typed before consent outlives the form: a visitor gives a name and a number and
    leaves; when the session expires and a new one starts, both are gone."""
    from rasa.shared.core.events import ActionExecuted, SessionStarted

    url = str(our_store.engine.url)
    t0 = NOW.timestamp()
    half = booking_events(t0)[:24]  # name and phone given, no window, no consent
    assert any(NAME in json.dumps(e.as_dict()) for e in half) and any(PHONE_E164 in json.dumps(e.as_dict()) for e in half)
    save(our_store, "visitor-a", half)
    assert personal_in(stored_rows(url, "visitor-a"))

    later = t0 + 2 * 3600
    save(our_store, "visitor-a", [ActionExecuted("action_session_start", timestamp=later), SessionStarted(timestamp=later + 1),
                                  ActionExecuted("action_listen", timestamp=later + 2)])

    blob = "\n".join(row[3] for row in stored_rows(url, "visitor-a"))
    assert NAME not in blob and "123456" not in blob and "7400" not in blob


def test_a_cancelled_form_keeps_nothing(our_store) -> None:
    from rasa.shared.core.events import ActionExecuted

    url = str(our_store.engine.url)
    t0 = NOW.timestamp()
    save(our_store, "visitor-a", booking_events(t0)[:24])
    save(our_store, "visitor-a", [ActionExecuted("action_cancel_callback", timestamp=t0 + 900)])
    assert personal_in(stored_rows(url, "visitor-a")) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ring 07400 123456 after 5", "ring [redacted] after 5"),
        ("ring +44 (0)7400-123-456", "ring [redacted]"),
        ("ring 00447400123456", "ring [redacted]"),
        ("JANE SMITH here", "[redacted] here"),
        ("Janet Smithson", "Janet Smithson"),  # whole words only
        ("call the clinic on 0121 567 8111", "call the clinic on 0121 567 8111"),
    ],
)
def test_scrubber(text: str, expected: str) -> None:
    assert privacy.Scrubber([NAME, PHONE_E164]).scrub(text) == expected


def test_values_that_are_not_personal_are_not_searched_for() -> None:
    assert privacy.personal_values({"callback_concern": "none", "caller_name": "Al", "other": "x"}) == ["Al"]
    assert not privacy.Scrubber(["none", "yes", "Al"])  # too short or not personal


# ---------------------------------------------------------------- purge


@pytest.fixture
def outbox_engine(tmp_path):
    engine = outbox.make_engine(f"sqlite:///{tmp_path / 'outbox.db'}")
    yield engine
    engine.dispose()


def request(conversation: str, phone: str = PHONE_E164, name: str = NAME) -> outbox.CallbackRequest:
    return outbox.CallbackRequest(conversation, name, phone, "2026-12-02T12:00:00+00:00",
                                  "2026-12-02T17:00:00+00:00", CONCERN, True)


def test_purge_removes_old_conversations_and_old_delivered_requests(store, url, engine, outbox_engine) -> None:
    old = (NOW - timedelta(days=40)).timestamp()
    save(store, "old", booking_events(old))
    save(store, "recent", booking_events((NOW - timedelta(days=2)).timestamp()))
    save(store, "resumed", booking_events(old))
    save(store, "resumed", [user("hello again", "greet", (NOW - timedelta(days=1)).timestamp())])
    window = timedelta(minutes=10)
    delivered_old, _ = outbox.enqueue(outbox_engine, request("old", "+447400000001"), NOW - timedelta(days=40), window)
    outbox.mark_delivered(outbox_engine, delivered_old, NOW - timedelta(days=40))
    delivered_new, _ = outbox.enqueue(outbox_engine, request("recent", "+447400000002"), NOW - timedelta(days=2), window)
    outbox.mark_delivered(outbox_engine, delivered_new, NOW - timedelta(days=2))
    failed_old, _ = outbox.enqueue(outbox_engine, request("resumed", "+447400000003"), NOW - timedelta(days=40), window)
    old_events = len(stored_rows(url, "old"))

    result = privacy.purge(engine, outbox_engine, days=30, now=NOW)

    assert (result.conversations, result.events, result.outbox_rows) == (1, old_events, 1)
    assert stored_rows(url, "old") == []
    assert stored_rows(url, "recent") and stored_rows(url, "resumed")
    remaining = {row.id for row in outbox.list_requests(outbox_engine)}
    assert remaining == {delivered_new, failed_old}
    # the conversations of the remaining requests were redacted on the way
    assert result.redacted_events > 0 and personal_in(stored_rows(url, "recent")) == []
    again = privacy.purge(engine, outbox_engine, days=30, now=NOW)
    assert (again.conversations, again.outbox_rows, again.redacted_events) == (0, 0, 0)


def test_purge_refuses_nonsense_days(engine, outbox_engine) -> None:
    with pytest.raises(ValueError):
        privacy.purge(engine, outbox_engine, days=0)


# ---------------------------------------------------------------- forget


@pytest.fixture
def receiver_engine(tmp_path):
    engine = outbox.make_engine(f"sqlite:///{tmp_path / 'receiver.db'}")
    yield engine
    engine.dispose()


def deliver_to_receiver(receiver_engine, outbox_engine, request_id: str) -> None:
    row = outbox.get_request(outbox_engine, request_id)
    payload = outbox.build_payload(row, NOW)
    headers = {"webhook-id": row.id, "webhook-timestamp": "1", "webhook-signature": "v1,x"}
    ReceiverStore(receiver_engine).record(row.id, headers, json.dumps(payload).encode(), payload, NOW)


def test_forget_by_phone_removes_everything_about_that_person(
    store, url, engine, outbox_engine, receiver_engine
) -> None:
    t0 = NOW.timestamp()
    save(store, "booked", booking_events(t0))
    save(store, "mentioned", [user("my mobile is 07400 123 456", "inform", t0)])
    save(store, "someone-else", [user("my mobile is 07400 999888", "inform", t0)])
    window = timedelta(minutes=10)
    mine, _ = outbox.enqueue(outbox_engine, request("booked"), NOW, window)
    theirs, _ = outbox.enqueue(outbox_engine, request("someone-else", "+447400999888", "Sam Other"), NOW, window)
    deliver_to_receiver(receiver_engine, outbox_engine, mine)
    deliver_to_receiver(receiver_engine, outbox_engine, theirs)

    result = privacy.forget(engine, outbox_engine, phone="+44 7400 123456")
    removed = ReceiverStore(receiver_engine).forget(phone="+44 7400 123456")

    assert result.outbox_ids == [mine]
    assert result.conversation_ids == ["booked", "mentioned"]
    assert removed == 1
    assert stored_rows(url, "booked") == [] and stored_rows(url, "mentioned") == []
    assert stored_rows(url, "someone-else")
    assert [row.id for row in outbox.list_requests(outbox_engine)] == [theirs]
    with receiver_engine.connect() as conn:
        assert conn.execute(sa.text("select webhook_id from received_callbacks")).scalars().all() == [theirs]


def test_forget_by_conversation(store, url, engine, outbox_engine) -> None:
    save(store, "booked", booking_events(NOW.timestamp()))
    save(store, "other", booking_events(NOW.timestamp()))
    mine, _ = outbox.enqueue(outbox_engine, request("booked"), NOW, timedelta(minutes=10))
    result = privacy.forget(engine, outbox_engine, conversation="booked")
    assert result.outbox_ids == [mine] and result.conversation_ids == ["booked"] and result.events > 0
    assert stored_rows(url, "booked") == [] and stored_rows(url, "other")
    with pytest.raises(ValueError):
        privacy.forget(engine, outbox_engine, phone="123")
    with pytest.raises(ValueError):
        privacy.forget(engine, outbox_engine, phone=PHONE_E164, conversation="booked")


def test_command_line_prints_counts_and_ids_never_the_data(store, url, tmp_path, capsys) -> None:
    save(store, "booked", booking_events(NOW.timestamp()))
    outbox_url = f"sqlite:///{tmp_path / 'outbox.db'}"
    engine = outbox.make_engine(outbox_url)
    request_id, _ = outbox.enqueue(engine, request("booked"), NOW, timedelta(minutes=10))
    engine.dispose()
    env = {"TRACKER_DB_URL": url, "OUTBOX_DB_URL": outbox_url, "RECEIVER_DB_URL": f"sqlite:///{tmp_path / 'r.db'}",
           "MILIA_FORGET_PHONE": PHONE_TYPED}
    out = io.StringIO()
    assert privacy.main(["forget"], env=env, out=out) == 0
    printed = out.getvalue() + capsys.readouterr().err
    assert request_id in printed and "booked" in printed and "removed 1 request(s)" in printed
    assert not [v for v in PERSONAL if v in printed]
    out = io.StringIO()
    assert privacy.main(["purge", "--days", "30"], env=env, out=out) == 0
    assert "removed 0 conversation(s)" in out.getvalue()
    assert privacy.main(["forget"], env={**env, "MILIA_FORGET_PHONE": ""}, out=io.StringIO()) == 2


# ---------------------------------------------------------------- production mode (ops/cluster.py)

GOOD = {
    "MILIA_ENV": "production",
    "BOOKING_WEBHOOK_SECRET": "whsec_" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVowMTIzNDU2Nzg5",
    "BOOKING_WEBHOOK_URL": "https://booking.clinic.example/hooks/callbacks",
}


def test_production_mode_accepts_real_settings_and_ignores_development() -> None:
    assert production_problems(GOOD) == []
    assert production_problems({**GOOD, "RASA_API_TOKEN": "t" * 40}) == []
    assert production_problems({}) == []  # not production: no check
    require_production_settings(GOOD)


@pytest.mark.parametrize(
    "change, reason",
    [
        ({"BOOKING_WEBHOOK_SECRET": ""}, "BOOKING_WEBHOOK_SECRET is not set"),
        ({"BOOKING_WEBHOOK_SECRET": DEV_WEBHOOK_SECRET}, "public development key"),
        ({"BOOKING_WEBHOOK_SECRET": "whsec_c2hvcnQ="}, "at least 24 random bytes"),
        ({"BOOKING_WEBHOOK_URL": ""}, "BOOKING_WEBHOOK_URL is not set"),
        ({"RASA_API_TOKEN": "changeme"}, "RASA_API_TOKEN enables Rasa's HTTP API"),
        ({"RASA_API_TOKEN": "short-token"}, "RASA_API_TOKEN enables Rasa's HTTP API"),
        ({"RASA_JWT_SECRET": "secret"}, "RASA_JWT_SECRET enables Rasa's HTTP API"),
        ({"TRACKER_DB_URL": "postgresql://milia:milia-dev-only-db-password@db/x"}, "development database password"),
    ],
)
def test_production_mode_refuses(change, reason) -> None:
    env = {**GOOD, **change}
    assert any(reason in problem for problem in production_problems(env))
    with pytest.raises(SystemExit, match="refusing to start"):
        require_production_settings(env)


# ---------------------------------------------------------------- the generated nginx.conf


def test_nginx_conf_is_filled_and_validated(tmp_path) -> None:
    config = ClusterConfig(workdir=tmp_path, trusted_proxies=("10.0.0.0/8",))
    origins = ["https://www.clinic.example", "http://localhost:8000"]
    conf = render_nginx(config, tmp_path / "nginx", tmp_path / "logs", origins)
    assert "{{" not in conf
    assert "rate=30r/m" in conf and "burst=10 nodelay" in conf
    assert "client_max_body_size 8k;" in conf
    assert "set_real_ip_from 10.0.0.0/8;" in conf
    assert '"https://www.clinic.example" $http_origin;' in conf
    assert "You're sending messages very quickly" in conf
    for port in config.rasa_ports:
        assert f"server 127.0.0.1:{port} " in conf
    bench = render_nginx(ClusterConfig(workdir=tmp_path, rate_limit=None), tmp_path, tmp_path, origins)
    assert not re.search(r"^\s*limit_req(_zone)? .*milia_chat", bench, re.MULTILINE)
    assert re.search(r"^\s*limit_req zone=milia_chat ", conf, re.MULTILINE)
    # "Delete my conversation" keeps its own limit, also when the chat's is off (make bench-cluster)
    for rendered in (conf, bench):
        assert re.search(r"^\s*limit_req zone=milia_delete ", rendered, re.MULTILINE)
        assert "location = /webhooks/rest/delete {" in rendered
    with pytest.raises(ValueError):
        render_nginx(config, tmp_path, tmp_path, ["https://x.example; evil"])
    with pytest.raises(ValueError):
        render_nginx(ClusterConfig(workdir=tmp_path, rate_limit="lots"), tmp_path, tmp_path, origins)


def test_purge_redacts_a_form_abandoned_by_a_visitor_who_never_came_back(store, url, engine, outbox_engine) -> None:
    t0 = NOW.timestamp()
    save(store, "left", booking_events(t0)[:24])  # name and number, then gone
    save(store, "still-here", booking_events(t0)[:24])
    assert personal_in(stored_rows(url, "left"))

    later = NOW + timedelta(minutes=90)
    # "still-here" is active again a minute before the purge: its form is left alone
    save(store, "still-here", [user("hang on", "inform", (later - timedelta(minutes=1)).timestamp())])
    result = privacy.purge(engine, outbox_engine, days=30, now=later)

    assert result.redacted_events > 0
    assert personal_in(stored_rows(url, "left")) == []
    assert personal_in(stored_rows(url, "still-here"))


def test_the_purge_session_length_is_the_domains() -> None:
    import yaml

    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    assert privacy.DEFAULT_SESSION_MINUTES == domain["session_config"]["session_expiration_time"]


def test_forget_during_a_live_turn_leaves_nothing_behind(our_store, outbox_engine) -> None:
    """Rasa has loaded the conversation and is mid-turn when staff run forget: the turn's save
    must not bring the conversation back. The visitor's next turn starts afresh and is kept."""
    url = str(our_store.engine.url)
    engine = privacy.make_tracker_engine(url)
    t0 = NOW.timestamp()
    save(our_store, "visitor-a", booking_events(t0)[:10])
    save(our_store, "visitor-b", booking_events(t0)[:10])

    async def turn_with_forget_in_the_middle():
        tracker = await our_store.retrieve("visitor-a")
        privacy.forget(engine, outbox_engine, conversation="visitor-a")
        tracker.update(user("and is it contagious?", "faq_contagious", t0 + 100))
        await our_store.save(tracker)

    asyncio.run(turn_with_forget_in_the_middle())
    assert stored_rows(url, "visitor-a") == []
    assert stored_rows(url, "visitor-b")  # untouched

    save(our_store, "visitor-a", [user("hello again", "greet", t0 + 200)])  # a new turn, after the forget
    assert len(stored_rows(url, "visitor-a")) == 1
    engine.dispose()


# ---------------------------------------------------------------- a visitor deletes their conversation


def test_a_visitor_deletes_their_conversation_and_its_undelivered_requests(store, url, engine, outbox_engine) -> None:
    """"Delete my conversation": every event of it and its requests not yet delivered go; a
    delivered request stays (the clinic's record); another visitor's conversation is untouched."""
    t0 = NOW.timestamp()
    save(store, "mine", booking_events(t0))
    save(store, "theirs", booking_events(t0))
    window = timedelta(minutes=10)
    delivered, _ = outbox.enqueue(outbox_engine, request("mine", "+447400000001"), NOW, window)
    outbox.mark_delivered(outbox_engine, delivered, NOW)
    pending, _ = outbox.enqueue(outbox_engine, request("mine", "+447400000002"), NOW, window)
    theirs, _ = outbox.enqueue(outbox_engine, request("theirs", "+447400000003"), NOW, window)
    events_before = len(stored_rows(url, "mine"))
    theirs_before = stored_rows(url, "theirs")

    result = privacy.delete_conversation(engine, outbox_engine, "mine")

    assert result == privacy.VisitorDeletion(events=events_before, requests_deleted=[pending], delivered_kept=1)
    assert stored_rows(url, "mine") == []
    assert stored_rows(url, "theirs") == theirs_before
    assert {row.id for row in outbox.list_requests(outbox_engine)} == {delivered, theirs}
    # an id that holds nothing: no error, nothing else changes
    assert privacy.delete_conversation(engine, outbox_engine, "never-used") == privacy.VisitorDeletion(0, [], 0)
    assert stored_rows(url, "theirs") == theirs_before
    with engine.connect() as conn:
        tombstones = set(conn.execute(sa.select(privacy.forgotten.c.sender_id)).scalars())
    assert tombstones == {"mine", "never-used"}
    with pytest.raises(ValueError):
        privacy.delete_conversation(engine, outbox_engine, "")


def test_a_deletion_during_a_live_turn_leaves_nothing_behind(our_store, outbox_engine) -> None:
    """The visitor deletes while a message of theirs is being answered: that turn is not saved."""
    url = str(our_store.engine.url)
    t0 = NOW.timestamp()
    save(our_store, "visitor-a", booking_events(t0)[:10])
    save(our_store, "visitor-b", booking_events(t0)[:10])

    async def turn_with_deletion_in_the_middle():
        tracker = await our_store.retrieve("visitor-a")
        privacy.delete_conversation(our_store.engine, outbox_engine, "visitor-a")
        tracker.update(user("and is it contagious?", "faq_contagious", t0 + 100))
        await our_store.save(tracker)

    asyncio.run(turn_with_deletion_in_the_middle())
    assert stored_rows(url, "visitor-a") == []
    assert stored_rows(url, "visitor-b")
