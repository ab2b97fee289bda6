"""The REST channel's bounded queue: a few messages at a time, a few more waiting in arrival order,
503 with Retry-After for the rest, and otherwise Rasa's REST channel unchanged."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

import pytest
import sqlalchemy as sa
from rasa.shared.exceptions import InvalidConfigException
from sanic import Sanic

from milia.callbacks import outbox
from milia.privacy import store as privacy
from rasa_ext import rest_channel
from rasa_ext.rest_channel import (
    DELETE_MIN_SECONDS,
    Busy,
    Gate,
    QueuedRestInput,
    RateLimit,
    _sql_engine_of,
    client_address,
    deletion_target,
)

# ---------------------------------------------------------------- the gate


def test_at_most_n_at_once_in_arrival_order() -> None:
    running, most, started = 0, 0, []

    async def handle(message):
        nonlocal running, most
        running += 1
        most = max(most, running)
        started.append(message)
        await asyncio.sleep(0.01)  # e.g. waiting for the action server
        running -= 1
        return message * 10

    async def main():
        gate = Gate(running=2, waiting=10)

        async def in_turn(message):
            async with gate.turn():
                return await handle(message)

        tasks = []
        for m in range(8):
            tasks.append(asyncio.ensure_future(in_turn(m)))
            await asyncio.sleep(0)  # arrive one after another
        return await asyncio.gather(*tasks)

    assert asyncio.run(main()) == [m * 10 for m in range(8)]
    assert most == 2
    assert started == list(range(8))


def test_a_full_queue_turns_the_next_message_away() -> None:
    async def main():
        gate, release, ran = Gate(running=1, waiting=2), asyncio.Event(), []

        async def in_turn(message):
            async with gate.turn():
                ran.append(message)
                await release.wait()

        held = [asyncio.ensure_future(in_turn(m)) for m in ("a", "b", "c")]
        await asyncio.sleep(0.01)
        assert ran == ["a"] and gate.full
        with pytest.raises(Busy):
            await in_turn("d")
        release.set()
        await asyncio.gather(*held)
        assert not gate.full
        await in_turn("e")
        return ran

    assert asyncio.run(main()) == ["a", "b", "c", "e"]


def test_errors_free_the_turn() -> None:
    async def main():
        gate = Gate(running=1, waiting=1)
        with pytest.raises(ValueError):
            async with gate.turn():
                raise ValueError("boom")
        async with gate.turn():
            return "good"

    assert asyncio.run(main()) == "good"


def test_a_message_cancelled_while_waiting_leaves_the_queue() -> None:
    async def main():
        gate, release, ran = Gate(running=1, waiting=1), asyncio.Event(), []

        async def in_turn(message):
            async with gate.turn():
                ran.append(message)
                await release.wait()

        first = asyncio.ensure_future(in_turn("first"))
        gone = asyncio.ensure_future(in_turn("gone"))
        await asyncio.sleep(0.01)
        gone.cancel()  # e.g. the visitor closed the page
        await asyncio.sleep(0)
        last = asyncio.ensure_future(in_turn("last"))  # takes the freed place in the queue
        await asyncio.sleep(0.01)
        release.set()
        await asyncio.gather(first, last)
        return ran, gone.cancelled()

    assert asyncio.run(main()) == (["first", "last"], True)


# ---------------------------------------------------------------- over HTTP (ASGI, no port)

_names = itertools.count()


@pytest.fixture(autouse=True)
def _sanic_test_mode(monkeypatch):
    """Let one process start several Sanic apps (Sanic's start-up rewrites its class otherwise)."""
    monkeypatch.setattr(Sanic, "test_mode", True)


async def _app(channel: QueuedRestInput, handle):
    """A Sanic app with the channel mounted where Rasa mounts it, started through ASGI lifespan."""
    app = Sanic(f"test_rest_channel_{next(_names)}")
    app.blueprint(channel.blueprint(handle), url_prefix="/webhooks/rest")
    started = asyncio.Event()

    async def send(message):
        started.set()

    inbox = asyncio.Queue()
    await inbox.put({"type": "lifespan.startup"})
    lifespan = asyncio.ensure_future(app({"type": "lifespan", "asgi": {"version": "3.0"}}, inbox.get, send))
    await started.wait()
    return app, lifespan


async def _post(app, body: dict, query: bytes = b""):
    """Status, headers and body of one POST /webhooks/rest/webhook."""
    path = "/webhooks/rest/webhook"
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
             "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": query,
             "headers": [(b"content-type", b"application/json"), (b"host", b"test")],
             "server": ("test", 80), "client": ("127.0.0.1", 1)}
    sent = []

    async def receive():
        return {"type": "http.request", "body": json.dumps(body).encode(), "more_body": False}

    async def send(message):
        if message["type"] == "http.response.start":
            message = {**message, "headers": dict(message["headers"])}
        sent.append(message)

    await app(scope, receive, send)
    headers = {k.decode().lower(): v.decode() for k, v in sent[0]["headers"].items()}
    return sent[0]["status"], headers, b"".join(m.get("body", b"") for m in sent[1:])


def _run_with_app(channel, handle, test):
    async def main():
        app, lifespan = await asyncio.wait_for(_app(channel, handle), 10)
        try:
            return await asyncio.wait_for(test(app), 10)  # fail, never hang
        finally:
            lifespan.cancel()

    return asyncio.run(main())


def test_a_full_queue_answers_503_with_retry_after_and_queued_messages_are_answered_in_order() -> None:
    release, handled = asyncio.Event(), []

    async def slow_turn(message):  # e.g. a form step waiting for the action server
        handled.append(message.text)
        await release.wait()
        await message.output_channel.send_text_message(message.sender_id, f"done: {message.text}")

    async def test(app):
        requests = []
        for n in range(3):  # one worked on, two waiting
            requests.append(asyncio.ensure_future(_post(app, {"sender": f"v{n}", "message": f"m{n}"})))
            await asyncio.sleep(0.01)
        assert handled == ["m0"]
        status, headers, body = await _post(app, {"sender": "late", "message": "faq"})
        assert status == 503 and int(headers["retry-after"]) > 0
        assert headers["content-type"].startswith("application/json")
        assert json.loads(body)[0]["text"]
        assert handled == ["m0"]  # the turned-away message was not handled
        release.set()
        answers = await asyncio.gather(*requests)
        assert handled == ["m0", "m1", "m2"]
        assert [(s, json.loads(b)) for s, _, b in answers] == [
            (200, [{"recipient_id": f"v{n}", "text": f"done: m{n}"}]) for n in range(3)
        ]
        return (await _post(app, {"sender": "late", "message": "again"}))[0]

    assert _run_with_app(QueuedRestInput(concurrency=1, queue=2), slow_turn, test) == 200


def test_replies_as_rasas_rest_channel() -> None:
    async def echo(message):
        await message.output_channel.send_text_message(message.sender_id, f"echo {message.text}")
        assert (message.input_channel, message.metadata) == ("rest", {"page": "faq"})

    async def failing(message):
        raise RuntimeError("the pipeline failed")

    async def test(app):
        body = {"sender": "v", "message": "hi", "metadata": {"page": "faq"}}
        status, _, plain = await _post(app, body)
        assert (status, json.loads(plain)) == (200, [{"recipient_id": "v", "text": "echo hi"}])
        status, _, streamed = await _post(app, body, b"stream=true")
        assert (status, streamed) == (200, b'{"recipient_id": "v", "text": "echo hi"}\n')

    _run_with_app(QueuedRestInput(), echo, test)

    async def test_failure(app):
        return await _post(app, {"sender": "v", "message": "hi"})

    status, _, body = _run_with_app(QueuedRestInput(), failing, test_failure)
    assert (status, json.loads(body)) == (200, [])  # as Rasa: a failed message gets no answer


def test_a_stream_that_finds_the_queue_full_once_started_ends_empty() -> None:
    release, handled = asyncio.Event(), []
    stream_started, go_on = asyncio.Event(), asyncio.Event()

    class SlowToStart(QueuedRestInput):
        """Time passes between the check for a full queue and the stream's message joining it."""

        def stream_response(self, *args):
            stream = super().stream_response(*args)

            async def later(resp):
                stream_started.set()
                await go_on.wait()
                await stream(resp)

            return later

    async def slow_turn(message):
        handled.append(message.text)
        await release.wait()

    async def test(app):
        stream = asyncio.ensure_future(_post(app, {"sender": "s", "message": "streamed"}, b"stream=true"))
        await stream_started.wait()  # admitted: the gate was free when it was checked
        plain = asyncio.ensure_future(_post(app, {"sender": "p", "message": "plain"}))
        await asyncio.sleep(0.01)  # the plain message takes the only turn; nobody may wait
        go_on.set()
        status, _, body = await stream
        assert (status, body) == (200, b"")
        release.set()
        assert (await plain)[0] == 200
        return handled

    assert _run_with_app(SlowToStart(concurrency=1, queue=0), slow_turn, test) == ["plain"]


# ---------------------------------------------------------------- settings


def test_configured_from_the_environment_then_credentials(monkeypatch) -> None:
    monkeypatch.delenv("REST_CONCURRENCY", raising=False)
    monkeypatch.delenv("REST_QUEUE", raising=False)
    default = QueuedRestInput.from_credentials(None)
    assert default.concurrency >= 2 and default.queue >= 10
    assert QueuedRestInput.name() == "rest"
    channel = QueuedRestInput.from_credentials({"max_concurrent": 3, "max_queue": 7, "max_wait": 2.0})
    assert (channel.concurrency, channel.queue) == (3, 7)
    monkeypatch.setenv("REST_CONCURRENCY", "5")
    monkeypatch.setenv("REST_QUEUE", "0")
    channel = QueuedRestInput.from_credentials({"max_concurrent": 3, "max_queue": 7})
    assert (channel.concurrency, channel.queue) == (5, 0)


@pytest.mark.parametrize("name, value", [("REST_CONCURRENCY", "0"), ("REST_CONCURRENCY", "lots"), ("REST_QUEUE", "-1")])
def test_a_bad_setting_stops_start_up_with_its_name(monkeypatch, name, value) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(InvalidConfigException, match=name):
        QueuedRestInput.from_credentials(None)


# ---------------------------------------------------------------- "Delete my conversation"

WIDGET_ID = "3f2b9c4e-8a1d-4e6f-9b7a-0c5d2e1f4a6b"
UNKNOWN_ID = "0b9e7c1a-2d3f-4a5b-8c6d-7e8f9a0b1c2d"


def test_rate_limit_is_per_key_over_a_sliding_window() -> None:
    now = [100.0]
    limit = RateLimit(2, 60, max_keys=2, clock=lambda: now[0])
    assert limit.hit("a") is None and limit.hit("a") is None
    assert limit.hit("a") == pytest.approx(60)
    assert limit.hit("b") is None  # another client
    now[0] += 30
    assert limit.hit("a") == pytest.approx(30)
    now[0] += 30.5
    assert limit.hit("a") is None  # the first hits have left the window
    limit.hit("c")
    assert len(limit._hits) == 2  # the least recently seen client was forgotten


@pytest.mark.parametrize("peer, forwarded, client", [
    ("203.0.113.9", None, "203.0.113.9"),
    ("203.0.113.9", "198.51.100.1", "203.0.113.9"),  # only a proxy on this machine is believed
    ("127.0.0.1", "198.51.100.1, 198.51.100.2", "198.51.100.2"),  # nginx appends the client it saw
    ("::1", "2001:db8::1", "2001:db8::1"),
    ("127.0.0.1", "not an address", "127.0.0.1"),
    ("127.0.0.1", None, "127.0.0.1"),
])
def test_the_client_of_a_request(peer, forwarded, client) -> None:
    assert client_address(peer, forwarded) == client


@pytest.mark.parametrize("body, target", [
    (json.dumps({"sender": WIDGET_ID}).encode(), WIDGET_ID),
    (json.dumps({"sender": "0123456789abcdef0123456789abcdef"}).encode(), "0123456789abcdef0123456789abcdef"),
    (json.dumps({"sender": WIDGET_ID.upper()}).encode(), None),
    (json.dumps({"sender": "visitor-1"}).encode(), None),  # not an id the widget makes
    (json.dumps({"sender": WIDGET_ID, "phone": "07400 123456"}).encode(), None),  # only the id
    (json.dumps({"sender": [WIDGET_ID]}).encode(), None),
    (json.dumps([WIDGET_ID]).encode(), None),
    (b"sender=" + WIDGET_ID.encode(), None),
    (b"\xff\xfe", None),
    (b"", None),
    (json.dumps({"sender": WIDGET_ID, "pad": "x" * 2000}).encode(), None),
])
def test_only_the_widgets_conversation_id_is_accepted(body, target) -> None:
    assert deletion_target(body) == target


def test_the_tracker_stores_engine_is_found_under_rasas_wrappers(tmp_path) -> None:
    engine = privacy.make_tracker_engine(f"sqlite:///{tmp_path / 't.db'}")
    inner = SimpleNamespace(engine=engine)
    wrapped = SimpleNamespace(_tracker_store=SimpleNamespace(_tracker_store=inner))  # fail-safe, awaitable
    assert _sql_engine_of(wrapped) is engine
    assert _sql_engine_of(SimpleNamespace()) is None and _sql_engine_of(None) is None
    engine.dispose()


async def _call(app, path: str, body: bytes, client: str = "127.0.0.1", headers=()):
    """Status, headers and body of one POST to ``path``."""
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
             "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"",
             "headers": [(b"content-type", b"application/json"), (b"host", b"test"), *headers],
             "server": ("test", 80), "client": (client, 1)}
    sent = []

    async def receive():
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message):
        sent.append(message)

    await app(scope, receive, send)
    head = {k.decode().lower(): v.decode() for k, v in sent[0]["headers"]}
    return sent[0]["status"], head, b"".join(m.get("body", b"") for m in sent[1:])


class LocalDeletion(QueuedRestInput):
    """The channel with the databases of a test instead of Rasa's tracker store."""

    def __init__(self, tracker_engine, outbox_engine) -> None:
        super().__init__()
        self.engines = (tracker_engine, outbox_engine)

    def deletion_engines(self, app):
        return self.engines


@pytest.fixture
def databases(tmp_path):
    tracker = privacy.make_tracker_engine(f"sqlite:///{tmp_path / 'tracker.db'}")
    privacy.ensure_tracker_schema(tracker)
    box = outbox.make_engine(f"sqlite:///{tmp_path / 'outbox.db'}")
    with tracker.begin() as conn:
        for sender in (WIDGET_ID, "someone-else"):
            for n in range(3):
                conn.execute(privacy.events.insert().values(
                    sender_id=sender, type_name="user", timestamp=float(n), data=json.dumps({"event": "user"})))
    now = datetime.now(timezone.utc)
    request = outbox.CallbackRequest(WIDGET_ID, "Jane Smith", "+447400123456", "2026-12-02T12:00:00+00:00",
                                     "2026-12-02T17:00:00+00:00", None, True)
    pending, _ = outbox.enqueue(box, request, now, timedelta(minutes=10))
    yield tracker, box, pending
    tracker.dispose()
    box.dispose()


def _events_of(engine, sender: str) -> int:
    with engine.connect() as conn:
        return conn.execute(
            sa.select(sa.func.count()).select_from(privacy.events).where(privacy.events.c.sender_id == sender)
        ).scalar_one()


async def _never_called(message):
    raise AssertionError("no message is handled")


def test_delete_answers_the_same_for_a_stored_and_an_unknown_conversation(databases) -> None:
    tracker, box, pending = databases
    channel = LocalDeletion(tracker, box)

    async def test(app):
        answers = []
        for sender in (WIDGET_ID, UNKNOWN_ID):
            started = time.monotonic()
            status, headers, body = await _call(app, "/webhooks/rest/delete", json.dumps({"sender": sender}).encode())
            answers.append((status, headers["content-type"], headers["cache-control"], body))
            assert time.monotonic() - started >= DELETE_MIN_SECONDS - 0.01
        return answers

    stored, unknown = _run_with_app(channel, _never_called, test)
    assert stored == unknown == (200, "application/json", "no-store", b'{"status":"deleted"}')
    assert _events_of(tracker, WIDGET_ID) == 0
    assert _events_of(tracker, "someone-else") == 3
    assert outbox.list_requests(box) == []


def test_delete_refuses_anything_but_a_widget_id_and_changes_nothing(databases) -> None:
    tracker, box, pending = databases
    channel = LocalDeletion(tracker, box)
    channel.delete_limit = RateLimit(100, 60)

    async def test(app):
        return [await _call(app, "/webhooks/rest/delete", body) for body in (
            b"not json", json.dumps({"sender": "someone-else"}).encode(),
            json.dumps({"sender": WIDGET_ID, "phone": "+447400123456"}).encode(),
        )]

    for status, _, body in _run_with_app(channel, _never_called, test):
        assert (status, json.loads(body)) == (400, {"status": "invalid"})
    assert _events_of(tracker, WIDGET_ID) == 3 and _events_of(tracker, "someone-else") == 3
    assert [row.id for row in outbox.list_requests(box)] == [pending]


def test_delete_is_rate_limited_per_client(databases, monkeypatch) -> None:
    tracker, box, _ = databases
    monkeypatch.setattr(rest_channel, "DELETE_MIN_SECONDS", 0.0)
    channel = LocalDeletion(tracker, box)
    body = json.dumps({"sender": UNKNOWN_ID}).encode()
    via_nginx = [(b"x-forwarded-for", b"198.51.100.7")]

    async def test(app):
        first = [(await _call(app, "/webhooks/rest/delete", body, client="203.0.113.9"))[0]
                 for _ in range(rest_channel.DELETE_LIMIT)]
        refused = await _call(app, "/webhooks/rest/delete", body, client="203.0.113.9")
        other = await _call(app, "/webhooks/rest/delete", body, client="127.0.0.1", headers=via_nginx)
        return first, refused, other

    first, (status, headers, text), other = _run_with_app(channel, _never_called, test)
    assert first == [200] * rest_channel.DELETE_LIMIT
    assert (status, json.loads(text)) == (429, {"status": "rate_limited"})
    assert int(headers["retry-after"]) >= 1
    assert other[0] == 200  # another client behind the same proxy


def test_delete_fails_closed_and_says_so(databases) -> None:
    async def test(app):  # no Rasa agent on this app: the channel has no tracker store yet
        return await _call(app, "/webhooks/rest/delete", json.dumps({"sender": WIDGET_ID}).encode())

    status, headers, body = _run_with_app(QueuedRestInput(), _never_called, test)
    assert (status, json.loads(body)) == (503, {"status": "error"})
    assert int(headers["retry-after"]) > 0
    tracker, _, pending = databases
    assert _events_of(tracker, WIDGET_ID) == 3


def test_a_turn_the_conversation_store_could_not_keep_answers_503_so_the_widget_sends_it_again() -> None:
    from rasa_ext.speedups import StoreUnavailable

    async def store_down(message):
        await message.output_channel.send_text_message(message.sender_id, "an answer that was never saved")
        raise StoreUnavailable("the conversation store (TunedSQLTrackerStore) failed with OperationalError")

    async def test(app):
        return await _post(app, {"sender": "v", "message": "hi"})

    status, headers, body = _run_with_app(QueuedRestInput(), store_down, test)
    assert status == 503 and int(headers["retry-after"]) > 0
    assert "never saved" not in body.decode()  # the unsaved turn's answer is not shown
