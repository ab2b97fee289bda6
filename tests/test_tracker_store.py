"""The tuned SQL tracker store and the Rasa speed-ups it installs (rasa_ext/speedups.py)."""

from __future__ import annotations

import asyncio

import pytest
import sqlalchemy as sa
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Event, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from rasa_ext import speedups
from rasa_ext.speedups import cache_action_reply_schema, cache_event_types, install_speedups
from rasa_ext.tracker_store import TunedSQLTrackerStore


@pytest.fixture(autouse=True)
def rasas_originals_after_each_test():
    """Every test starts and ends with Rasa as it ships; tests that need the speed-ups install them."""
    speedups.uninstall()
    yield
    speedups.uninstall()


@pytest.fixture
def installed():
    install_speedups()


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


REPLIES = [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "phone", "value": "+447700900123", "timestamp": None}], "responses": []},
    {"events": [{"event": "active_loop", "name": "callback_form"}, {"event": "followup", "name": "utter_x"}]},
    {"events": [{"event": "bot", "text": "hi", "data": {}, "metadata": {}}, {"event": "session_started"},
                {"event": "action", "name": "action_listen", "policy": None, "confidence": 1.0}],
     "responses": [{"response": "utter_greet"}]},
    {"events": [{"event": "user", "text": "hi", "parse_data": {"intent": {"name": "greet", "confidence": 1.0}}}]},
    {"events": [{"event": "reset_slots"}, {"event": "restart"}, {"event": "rewind"}, {"event": "undo"}]},
    # invalid: Rasa's own check refuses each
    {"events": "not a list"},
    {"events": [{"event": "no_such_event"}]},
    {"events": [{"name": "phone", "value": 1}]},
    {"events": ["slot"]},
    {"events": [{"event": "slot", "name": 5, "value": 1}]},
    {"events": [{"event": "bot", "text": 12}]},
    {"events": [{"event": "slot", "name": "a", "value": 1, "timestamp": "yesterday"}]},
    {"events": [{"event": "action", "name": "x", "confidence": "high"}]},
    {"events": [{"event": ["slot"], "name": "a"}]},
    "not an object",
]


@pytest.mark.parametrize("reply", REPLIES, ids=range(len(REPLIES)))
def test_action_replies_get_rasas_own_verdict(reply) -> None:
    """The per-event-type check accepts and refuses exactly what Rasa's full schema does, with its error."""
    action = RemoteAction("action_x", None)

    def verdict():
        try:
            return action._validate_action_result(reply)
        except ValidationError as error:
            return error.message

    rasas = verdict()
    cache_action_reply_schema()
    assert verdict() == rasas


def test_sqlite_store_uses_wal_and_keeps_conversations(tmp_path, installed) -> None:
    domain = Domain.empty()
    url = f"sqlite:///{tmp_path}/tracker.db"
    store = TunedSQLTrackerStore(domain=domain, host=url)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    tracker = DialogueStateTracker.from_events("visitor", [UserUttered("are milia contagious?")])
    asyncio.run(store.save(tracker))
    again = asyncio.run(TunedSQLTrackerStore(domain=domain, host=url).retrieve("visitor"))
    assert again.latest_message.text == "are milia contagious?"


def _events_in_db(store: TunedSQLTrackerStore, sender: str) -> list:
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT type_name FROM events WHERE sender_id = ? ORDER BY id", (sender,))
        return [name for (name,) in rows]


def _two_sessions() -> list:
    return [
        ActionExecuted("action_session_start", timestamp=1.0), SessionStarted(timestamp=1.0),
        ActionExecuted("action_listen", timestamp=2.0), UserUttered("hello", timestamp=3.0),
        ActionExecuted("action_session_start", timestamp=10.0), SessionStarted(timestamp=10.0),
        ActionExecuted("action_listen", timestamp=11.0), UserUttered("are they contagious?", timestamp=12.0),
    ]


def test_reads_the_same_conversation_as_rasas_store(tmp_path, installed) -> None:
    domain = Domain.empty()
    url = f"sqlite:///{tmp_path}/tracker.db"
    ours, rasas = TunedSQLTrackerStore(domain=domain, host=url), SQLTrackerStore(domain=domain, host=url)
    asyncio.run(rasas.save(DialogueStateTracker.from_events("two", _two_sessions())))
    asyncio.run(rasas.save(DialogueStateTracker.from_events("other", [UserUttered("not this one")])))
    for method in ("retrieve", "retrieve_full_tracker"):
        mine, theirs = asyncio.run(getattr(ours, method)("two")), asyncio.run(getattr(rasas, method)("two"))
        assert [e.as_dict() for e in mine.events] == [e.as_dict() for e in theirs.events]
    assert len(asyncio.run(ours.retrieve("two")).events) == 4  # the latest session only
    assert len(asyncio.run(ours.retrieve_full_tracker("two")).events) == 8
    assert asyncio.run(ours.retrieve("nobody")) is None


def test_saves_each_event_once(tmp_path, installed) -> None:
    domain = Domain.empty()
    url = f"sqlite:///{tmp_path}/tracker.db"
    store = TunedSQLTrackerStore(domain=domain, host=url)
    new = DialogueStateTracker.from_events("v", _two_sessions())  # never loaded: Rasa's count is used
    asyncio.run(store.save(new))
    new.update(ActionExecuted("utter_faq_contagious", timestamp=13.0))
    asyncio.run(store.save(new))
    asyncio.run(store.save(new))  # nothing new
    assert len(_events_in_db(store, "v")) == 9

    # Two servers on one database take turns with the conversation (as behind a load balancer).
    other = TunedSQLTrackerStore(domain=domain, host=url)
    for turn, server in enumerate([store, other, store, other]):
        tracker = asyncio.run(server.retrieve("v"))
        tracker.update(UserUttered(f"message {turn}", timestamp=20.0 + turn))
        tracker.update(ActionExecuted("action_listen", timestamp=20.5 + turn))
        asyncio.run(server.save(tracker))
    assert len(_events_in_db(store, "v")) == 17
    assert [e.text for e in asyncio.run(store.retrieve("v")).events if isinstance(e, UserUttered)][-4:] == [
        f"message {n}" for n in range(4)
    ]


class _Add:
    """A graph component that adds its inputs to its configured number."""

    def __init__(self, config: dict) -> None:
        self.number = config["number"]

    @classmethod
    def create(cls, config, model_storage, resource, execution_context):
        return cls(config)

    def run(self, **values: int) -> int:
        return self.number + sum(values.values())


def test_a_new_conversation_is_created_saved_once_and_not_counted(tmp_path, installed, monkeypatch) -> None:
    domain = Domain.empty()
    url = f"sqlite:///{tmp_path}/tracker.db"
    store = TunedSQLTrackerStore(domain=domain, host=url)
    counted = []
    monkeypatch.setattr(TunedSQLTrackerStore, "_event_query", lambda *a, **k: counted.append(a))
    tracker = asyncio.run(store.get_or_create_tracker("new"))
    assert _events_in_db(store, "new") == ["action"]  # Rasa's initial action_listen, as with Rasa's store
    tracker.update(UserUttered("hello", timestamp=3.0))
    asyncio.run(store.save(tracker))
    assert _events_in_db(store, "new") == ["action", "user"] and counted == []
    # A stored conversation is retrieved, not created again.
    again = asyncio.run(store.get_or_create_tracker("new"))
    assert [e.type_name for e in again.events] == ["action", "user"]
    assert _events_in_db(store, "new") == ["action", "user"]


def test_a_new_conversation_under_rasas_wrapper_is_not_counted_either(tmp_path, installed, monkeypatch) -> None:
    """Rasa's Agent wraps the store in FailSafeTrackerStore, which creates a new tracker itself (not
    through our ``create_tracker``): the read that found nothing stands in for the count."""
    from rasa.core.tracker_store import FailSafeTrackerStore

    store = TunedSQLTrackerStore(domain=Domain.empty(), host=f"sqlite:///{tmp_path}/tracker.db")
    wrapped = FailSafeTrackerStore(store)
    counted, query = [], TunedSQLTrackerStore._event_query
    monkeypatch.setattr(TunedSQLTrackerStore, "_event_query", lambda *a, **k: counted.append(a) or query(*a, **k))
    tracker = asyncio.run(wrapped.get_or_create_tracker("new"))
    tracker.update(UserUttered("hello", timestamp=3.0))
    asyncio.run(wrapped.save(tracker))
    assert _events_in_db(store, "new") == ["action", "user"] and counted == []
    # A tracker the store never read is still counted before it is saved.
    asyncio.run(wrapped.save(DialogueStateTracker.from_events("never-read", [UserUttered("hi", timestamp=1.0)])))
    assert len(counted) == 1 and _events_in_db(store, "never-read") == ["user"]


def test_a_store_that_fails_mid_turn_stops_the_turn_instead_of_keeping_it_in_memory(tmp_path) -> None:
    """Rasa's FailSafeTrackerStore logs a failed save and keeps the turn in memory, and answers a failed
    read with a new conversation (a half-filled form forgotten). Installed, both raise StoreUnavailable,
    whose message names the error but holds none of the visitor's words."""
    from rasa.core.tracker_store import FailSafeTrackerStore

    install_speedups()
    store = TunedSQLTrackerStore(domain=Domain.empty(), host=f"sqlite:///{tmp_path}/tracker.db")
    wrapped = FailSafeTrackerStore(store)
    tracker = DialogueStateTracker.from_events("v", [UserUttered("my phone is 07700 900123", timestamp=1.0)])
    asyncio.run(wrapped.save(tracker))
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE events")  # the database loses its table mid-run
    tracker.update(UserUttered("and my name is Sam", timestamp=2.0))
    for call in (lambda: wrapped.retrieve("v"), lambda: wrapped.save(tracker)):
        with pytest.raises(speedups.StoreUnavailable, match="TunedSQLTrackerStore.*OperationalError") as raised:
            asyncio.run(call())
        assert "07700" not in str(raised.value) and raised.value.__cause__ is None
    assert wrapped._fallback_tracker_store is None  # nothing was kept in memory
    # Without the guard, Rasa swallows both: the read answers "no conversation", the save goes to memory.
    speedups.uninstall()
    assert asyncio.run(wrapped.retrieve("v")) is None
    asyncio.run(wrapped.save(tracker))
    assert wrapped._fallback_tracker_store is not None


def _graph_runner(tmp_path):
    from rasa.engine.graph import ExecutionContext, GraphComponent, GraphSchema, SchemaNode
    from rasa.engine.runner.dask import DaskGraphRunner
    from rasa.engine.storage.local_model_storage import LocalModelStorage

    class Add(_Add, GraphComponent):
        pass

    def node(number: int, needs: dict, target: bool = False) -> SchemaNode:
        return SchemaNode(needs=needs, uses=Add, constructor_name="create", fn="run",
                          config={"number": number}, eager=True, is_target=target)

    schema = GraphSchema({
        "a": node(1, {"x": "__input__"}),
        "b": node(10, {"x": "a"}),
        "c": node(100, {"x": "a", "y": "b"}, target=True),
        "unused": node(1000, {"x": "__input__"}),
    })
    return DaskGraphRunner(schema, LocalModelStorage(tmp_path), ExecutionContext(schema, "test"))


def test_graphs_give_the_same_results_without_dask(tmp_path) -> None:
    from rasa.engine.runner.dask import DaskGraphRunner

    install_speedups()
    runner = _graph_runner(tmp_path)
    for targets in (None, ["c"], ["a", "b"], ["b", "c", "unused"]):
        for value in (0, 5):
            expected = speedups.original(DaskGraphRunner, "run")(runner, {"__input__": value}, targets)
            assert runner.run({"__input__": value}, targets) == expected
    # a = 1+5, b = 10+a, c = 100+a+b
    assert runner.run({"__input__": 5}, ["c"]) == {"c": 100 + 6 + 16}


def test_graph_errors_are_the_same_without_dask(tmp_path) -> None:
    from rasa.engine.exceptions import GraphRunError

    install_speedups()
    runner = _graph_runner(tmp_path)
    with pytest.raises(GraphRunError):
        runner.run({}, ["c"])  # the input is missing
    with pytest.raises(GraphRunError):
        runner.run({"__input__": "a"}, ["c"])  # an input named like a node


def _tracker_state(tracker: DialogueStateTracker) -> dict:
    from rasa.shared.core.trackers import EventVerbosity

    return {
        "current": tracker.current_state(EventVerbosity.ALL),
        "slots": {name: dict(vars(slot)) for name, slot in tracker.slots.items()},
        "fields": {name: getattr(tracker, name) for name in (
            "sender_id", "sender_source", "model_id", "assistant_id", "is_rule_tracker", "_max_event_history",
            "_paused", "followup_action", "latest_action", "active_loop")},
        "latest": [_event(tracker.latest_message), _event(tracker.latest_bot_utterance)],
    }


def _event(event) -> dict:
    """An event as a dict; a placeholder (no message yet) without the time it was made at."""
    if event is None:
        return {}
    data = event.as_dict()
    if not event.text:
        data.pop("timestamp", None)
    return data


def test_tracker_copies_equal_rasas_replayed_copies() -> None:
    from pathlib import Path

    from rasa.shared.core.events import ActiveLoop, LoopInterrupted
    from rasa.shared.core.generator import TrainingDataGenerator
    from rasa.shared.importers.importer import TrainingDataImporter

    install_speedups()
    root = Path(__file__).resolve().parent.parent
    importer = TrainingDataImporter.load_from_dict(domain_path=str(root / "domain.yml"),
                                                   training_data_paths=[str(root / "data")])
    domain = importer.get_domain()
    trackers = TrainingDataGenerator(importer.get_stories(), domain, augmentation_factor=0).generate()
    compared, slot_name = 0, domain.slots[0].name
    for training in trackers:
        events = list(training.events)
        for end in range(1, len(events) + 1):
            tracker = DialogueStateTracker.from_events("visitor", events[:end], domain.slots)
            tracker.model_id, tracker.assistant_id = "model", "assistant"
            fast, replayed = tracker.copy(), speedups.original(DialogueStateTracker, "copy")(tracker)
            assert _tracker_state(fast) == _tracker_state(replayed)
            compared += 1
            # The copy is independent: changing it leaves the original as it was.
            before = _tracker_state(tracker)
            fast.update(LoopInterrupted(True))  # changes an active loop in place
            fast.update(SlotSet(slot_name, "Changed"))
            fast.update(ActiveLoop("callback_form"))
            assert _tracker_state(tracker) == before
    assert compared > 300


def test_uninstall_puts_rasas_originals_back() -> None:
    from rasa.engine.runner.dask import DaskGraphRunner

    before = {name: DaskGraphRunner.__dict__["run"] for name in ["run"]}
    resolve = Event.__dict__["resolve_by_type"]
    install_speedups()
    assert speedups.installed() and DaskGraphRunner.__dict__["run"] is not before["run"]
    speedups.uninstall()
    assert not speedups.installed()
    assert DaskGraphRunner.__dict__["run"] is before["run"] and Event.__dict__["resolve_by_type"] is resolve


def test_a_missing_rasa_attribute_stops_the_install(monkeypatch) -> None:
    monkeypatch.delattr(DialogueStateTracker, "copy")
    with pytest.raises(speedups.ExtensionError, match=r"DialogueStateTracker\.copy is missing"):
        install_speedups()


def test_another_rasa_version_stops_the_install(monkeypatch) -> None:
    monkeypatch.setattr("rasa.__version__", "3.6.20")
    with pytest.raises(speedups.ExtensionError, match=r"Rasa 3\.6\.20 is installed.*3\.6\.21 only"):
        install_speedups()
    assert not speedups.installed()


def test_the_store_refuses_to_start_without_the_extensions_and_rasa_does_not_swallow_it(tmp_path) -> None:
    """The failure the first version hid: Rasa turns AttributeError/ImportError from a custom store
    into an in-memory store that keeps nothing. Ours raises an error Rasa lets through."""
    from rasa.core.tracker_store import create_tracker_store
    from rasa.utils.endpoints import EndpointConfig

    config = EndpointConfig(url=f"sqlite:///{tmp_path / 'tracker.db'}", type="rasa_ext.tracker_store.TunedSQLTrackerStore")
    with pytest.raises(speedups.ExtensionError, match="python -m rasa_ext.launch"):
        create_tracker_store(config, Domain.empty())
    install_speedups()
    store = create_tracker_store(config, Domain.empty())
    assert type(store._tracker_store if hasattr(store, "_tracker_store") else store).__name__ == "TunedSQLTrackerStore"


def test_a_session_over_the_limit_gives_way_to_a_new_one(tmp_path, installed, monkeypatch) -> None:
    """MAX_SESSION_EVENTS bounds what one message costs: past it, Rasa is handed an empty tracker
    (it runs action_session_start), whose events are all saved; the old session stays stored."""
    monkeypatch.setenv("MAX_SESSION_EVENTS", "20")
    domain = Domain.from_dict({"intents": ["greet"], "responses": {"utter_greet": [{"text": "Hi"}]}})
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    store = TunedSQLTrackerStore(domain=domain, host=url)
    tracker = DialogueStateTracker("visitor", domain.slots)
    tracker.update(SessionStarted(timestamp=1))
    for i in range(12):
        tracker.update(UserUttered("hi", {"name": "greet", "confidence": 1.0}, timestamp=2 + i))
        tracker.update(ActionExecuted("action_listen", timestamp=2.5 + i))
    asyncio.run(store.save(tracker))

    fresh = asyncio.run(store.retrieve("visitor"))
    assert fresh is not None and len(fresh.events) == 0
    fresh.update(ActionExecuted("action_session_start", timestamp=100))
    fresh.update(SessionStarted(timestamp=100.5))
    fresh.update(UserUttered("hi again", {"name": "greet", "confidence": 1.0}, timestamp=101))
    asyncio.run(store.save(fresh))

    again = asyncio.run(store.retrieve("visitor"))
    assert [e.type_name for e in again.events] == ["session_started", "user"]  # the new session
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("select count(*) from events")).scalar() == 25 + 3


def test_max_session_events_must_be_a_number(tmp_path, installed, monkeypatch) -> None:
    monkeypatch.setenv("MAX_SESSION_EVENTS", "lots")
    with pytest.raises(speedups.ExtensionError, match="MAX_SESSION_EVENTS"):
        TunedSQLTrackerStore(domain=Domain.empty(), host=f"sqlite:///{tmp_path / 't.db'}")


async def _with_server(handle, calls):
    """Run ``calls(url)`` against a real HTTP server on 127.0.0.1 whose POST /webhook is ``handle``;
    the shared connections are closed afterwards, as the REST channel does at server stop."""
    from aiohttp import web

    app = web.Application()
    app.router.add_post("/webhook", handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    try:
        return await calls(f"http://127.0.0.1:{port}/webhook")
    finally:
        await speedups.close_http_connections()
        await runner.cleanup()


async def _received_body(body: object) -> tuple:
    """What the server receives when Rasa posts ``body`` to an endpoint: the decoded JSON and the
    Content-Type."""
    from aiohttp import web
    from rasa.utils.endpoints import EndpointConfig

    seen = {}

    async def handle(request):
        seen["type"] = request.headers.get("Content-Type")
        seen["json"] = await request.json()
        return web.json_response({"events": []})

    reply = await _with_server(handle, lambda url: EndpointConfig(url).request(json=body))
    assert reply == {"events": []}
    return seen["json"], seen["type"]


BODY = {"next_action": "validate_callback_form", "tracker": {"events": [
    {"event": "user", "timestamp": 1700000000.123456, "text": "Zoë's eye / \"quotes\" ✓ <b>",
     "parse_data": {"intent": {"name": "greet", "confidence": 0.987654321}, "entities": []}},
    {"event": "slot", "name": "callback_phone", "value": "+447700900123"},
    {"event": "action", "name": "action_listen", "policy": None, "confidence": 1.0}], "slots": {"n": 3, "big": 2 ** 70}}}


def test_json_bodies_arrive_as_rasa_sends_them() -> None:
    rasas = asyncio.run(_received_body(BODY))
    speedups.encode_json_bodies()
    assert asyncio.run(_received_body(BODY)) == rasas
    assert rasas[0]["tracker"]["slots"]["big"] == 2 ** 70  # beyond ujson: encoded by json.dumps
    assert rasas[1].startswith("application/json")


def test_json_bytes_is_the_same_json_value() -> None:
    import json

    assert json.loads(speedups.json_bytes(BODY)) == json.loads(json.dumps(BODY))
    assert speedups.json_bytes(float("nan")) == b"NaN"  # as json.dumps writes it


async def _client_ports(requests: int) -> tuple:
    """The client ports the server saw for ``requests`` calls of ``EndpointConfig.request``, and the
    headers of the last request."""
    from aiohttp import web
    from rasa.utils.endpoints import EndpointConfig

    ports, headers = [], {}

    async def handle(request):
        ports.append(request.transport.get_extra_info("peername")[1])
        headers.update(request.headers)
        return web.json_response({"events": [], "responses": []})

    async def calls(url):
        endpoint = EndpointConfig(url, headers={"X-Clinic": "milia"}, token="t0k")
        return [await endpoint.request(json={"next_action": "action_x"}) for _ in range(requests)]

    replies = await _with_server(handle, calls)
    assert replies == [{"events": [], "responses": []}] * requests
    return ports, headers


def test_action_server_connections_are_kept_open_between_requests() -> None:
    rasas_ports, rasas_headers = asyncio.run(_client_ports(3))
    assert len(set(rasas_ports)) == 3  # Rasa alone: a new connection per request
    speedups.share_http_connections()
    ports, headers = asyncio.run(_client_ports(3))
    assert len(set(ports)) == 1
    assert {k: v for k, v in headers.items() if k.lower() not in {"host"}} == {
        k: v for k, v in rasas_headers.items() if k.lower() not in {"host"}
    }


def test_the_shared_session_is_configured_as_rasas() -> None:
    from rasa.utils.endpoints import EndpointConfig

    endpoint = EndpointConfig("http://127.0.0.1:1/x", headers={"X-A": "1"}, basic_auth={"username": "u", "password": "p"})

    async def settings():
        async with endpoint.session() as session:
            return dict(session.headers), session.auth, session.timeout

    rasas = asyncio.run(settings())
    speedups.share_http_connections()
    assert asyncio.run(settings()) == rasas


@pytest.mark.parametrize("data", [
    '{"event": "user", "timestamp": 1733265600.1234567, "text": "milia pr\\u00e8s de l\'\\u0153il \\ud83d\\udc41 \\"quoted\\" \\\\"}',
    '{"event": "slot", "value": 123456789012345678901234567890}',  # beyond 64 bits: ujson refuses it
    '{"event": "user", "text": "\\ud800 a lone surrogate"}',
    '{"event": "bot", "timestamp": 0.1, "data": {"buttons": [], "elements": null}, "metadata": {"x": [1.5e300, -0.0]}}',
])
def test_stored_events_are_read_as_the_standard_library_reads_them(data) -> None:
    import json

    from rasa_ext.tracker_store import _decode

    assert _decode(data) == json.loads(data)
