"""Rasa's REST channel with a bounded queue: a few messages worked on at once, a few more waiting
in arrival order, and a quick "busy, retry" for the rest.

Rasa works on one event loop. When many messages arrive at once, plain Rasa starts them all and
interleaves them: each time one waits for the action server, it goes to the back of a queue of
all the others, so a message with a form step or two can take many times longer than the rest.
Here at most `concurrency` messages are worked on at once (REST_CONCURRENCY, default 8: enough
that a quick FAQ answer rarely waits behind slow form turns that only wait for the action
server), and at most `queue` more wait, first come first served (REST_QUEUE, default 50). A
message that finds the queue full gets HTTP 503 at once, with `Retry-After` and a JSON list like
nginx's own answers (cluster/nginx.conf): a stuck action server then turns visitors away quickly
instead of piling up messages that would all be worked on at once later. No message is ever
worked on past the bound.
Same URL, requests and replies as Rasa's channel: POST /webhooks/rest/webhook (?stream=true too).

One route more, for the chat widget's "Delete my conversation": POST /webhooks/rest/delete with
{"sender": "<the widget's conversation id>"} and nothing else. The id must look like one the widget
makes (a UUID, or 32 hex digits); the conversation's stored events and its callback requests not
yet delivered are deleted (milia/privacy/store.py delete_conversation: the same tombstone-and-delete
as `make forget`; a delivered request stays as the clinic's record). The answer is 200
{"status": "deleted"} whether or not anything was stored under that id, and never comes sooner than
DELETE_MIN_SECONDS. At most DELETE_LIMIT requests per client address in DELETE_WINDOW_SECONDS
(behind a proxy on this machine, e.g. nginx in the cluster, the client is the last address of
X-Forwarded-For), else 429 {"status": "rate_limited"} with Retry-After. The id travels in the body,
so it never appears in an access log. Under `make run` the browser calls it cross-origin (CORS from
`--cors`, as for the webhook); in the cluster nginx passes it through (cluster/nginx.conf).
"""

from __future__ import annotations

import asyncio
import inspect
import ipaddress
import json
import logging
import os
import re
import threading
import time
from collections import OrderedDict, deque
from contextlib import asynccontextmanager
from typing import Any, AsyncIterator, Awaitable, Callable, Deque, Dict, Optional, Text, Tuple, Union

import rasa.utils.endpoints
import structlog
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from rasa.shared.exceptions import InvalidConfigException
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse, ResponseStream
from sqlalchemy.engine import Engine

from milia.callbacks.outbox import make_engine
from milia.config.settings import RuntimeConfig
from milia.privacy.store import VisitorDeletion, delete_conversation, make_tracker_engine
from rasa_ext.speedups import StoreUnavailable, close_http_connections

logger = logging.getLogger(__name__)
structlogger = structlog.get_logger()

DEFAULT_CONCURRENCY = 8
DEFAULT_QUEUE = 50
RETRY_AFTER_SECONDS = 5
BUSY_TEXT = "I'm answering a lot of people just now. Please try again in a few seconds."

# "Delete my conversation" (POST /webhooks/rest/delete)
DELETE_LIMIT = 5  # requests per client address ...
DELETE_WINDOW_SECONDS = 60.0  # ... in this many seconds
DELETE_MIN_SECONDS = 0.3  # no answer sooner: the time taken says nothing about what was stored
DELETE_MAX_BODY = 1024
# The ids the widget makes: crypto.randomUUID(), or 32 hex digits where that is missing.
WIDGET_CONVERSATION_ID = re.compile(
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32}"
)


class Busy(Exception):
    """The queue is full: the message was not taken."""


class Gate:
    """At most `running` holders at once; up to `waiting` more wait in arrival order (Python 3.10's
    asyncio.Semaphore lets a newcomer overtake a waiter it has just woken); beyond that, Busy."""

    def __init__(self, running: int, waiting: int) -> None:
        self.limit, self.max_waiting = running, waiting
        self.running = 0
        self._waiting: Deque[asyncio.Future] = deque()

    @property
    def waiting(self) -> int:
        return len(self._waiting)

    @property
    def full(self) -> bool:
        return self.running >= self.limit and self.waiting >= self.max_waiting

    @asynccontextmanager
    async def turn(self) -> AsyncIterator[None]:
        """Wait for a turn (raises Busy, without waiting, when the queue is full) and hold it."""
        await self._enter()
        try:
            yield
        finally:
            self._leave()

    async def _enter(self) -> None:
        if self.running < self.limit and not self._waiting:
            self.running += 1
            return
        if self.waiting >= self.max_waiting:
            raise Busy()
        turn = asyncio.get_running_loop().create_future()
        self._waiting.append(turn)
        try:
            await turn
        except asyncio.CancelledError:
            if turn in self._waiting:
                self._waiting.remove(turn)
            elif not turn.cancelled():  # given the turn just as it was cancelled: pass it on
                self._leave()
            raise

    def _leave(self) -> None:
        while self._waiting:
            turn = self._waiting.popleft()
            if not turn.done():
                turn.set_result(None)  # the turn goes straight to the next in line
                return
        self.running -= 1


class RateLimit:
    """At most ``limit`` hits per key in any ``window`` seconds (a sliding window kept in memory,
    per Rasa server). Remembers at most ``max_keys`` keys: the least recently seen go first."""

    def __init__(self, limit: int, window: float, max_keys: int = 10_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit, self.window, self.max_keys, self.clock = limit, window, max_keys, clock
        self._hits: "OrderedDict[str, Deque[float]]" = OrderedDict()

    def hit(self, key: str) -> Optional[float]:
        """Count one hit for ``key``: None if allowed, else the seconds until the next is allowed."""
        now = self.clock()
        hits = self._hits.pop(key, None) or deque()
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        self._hits[key] = hits  # most recently seen last
        while len(self._hits) > self.max_keys:
            self._hits.popitem(last=False)
        if len(hits) >= self.limit:
            return max(hits[0] + self.window - now, 0.0)
        hits.append(now)
        return None


def client_address(peer: Optional[str], forwarded_for: Optional[str]) -> str:
    """Whom a request comes from: the TCP peer, or, when the peer is a proxy on this machine
    (nginx in the cluster), the last address it put in X-Forwarded-For."""
    try:
        local = peer is not None and ipaddress.ip_address(peer).is_loopback
    except ValueError:
        local = False
    if local and forwarded_for:
        last = forwarded_for.split(",")[-1].strip()
        try:
            return str(ipaddress.ip_address(last))
        except ValueError:
            pass
    return peer or "-"


def deletion_target(body: bytes) -> Optional[str]:
    """The conversation id of a delete request: a JSON object with exactly one key, ``sender``,
    whose value is an id the widget could have made; None for anything else."""
    if not body or len(body) > DELETE_MAX_BODY:
        return None
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict) or set(data) != {"sender"} or not isinstance(data["sender"], str):
        return None
    sender = data["sender"]
    return sender if WIDGET_CONVERSATION_ID.fullmatch(sender) else None


def _sql_engine_of(tracker_store: Any) -> Optional[Engine]:
    """The SQLAlchemy engine of Rasa's tracker store, under Rasa's wrappers (fail-safe, awaitable)."""
    store = tracker_store
    for _ in range(5):
        engine = getattr(store, "engine", None)
        if isinstance(engine, Engine):
            return engine
        store = getattr(store, "_tracker_store", None)
        if store is None:
            return None
    return None


def _setting(variable: Text, credentials: Dict[Text, Any], key: Text, default: int, least: int) -> int:
    """`variable` from the environment, else `key` from credentials.yml, else `default`."""
    raw = os.environ.get(variable) or credentials.get(key, default)
    try:
        value = int(raw)
    except (TypeError, ValueError):
        value = None
    if value is None or value < least or str(raw).strip() != str(value):
        raise InvalidConfigException(
            f"{variable} (or {key} for the REST channel in credentials.yml) must be a whole number "
            f"of at least {least}, not {raw!r}"
        )
    return value


class QueuedRestInput(RestInput):
    @classmethod
    def name(cls) -> Text:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "QueuedRestInput":
        credentials = credentials or {}
        if "max_wait" in credentials:
            logger.warning("The REST channel's max_wait is no longer used: a message waits its turn, "
                           "or gets 503 when REST_QUEUE messages already wait. Remove it from credentials.yml.")
        return cls(
            _setting("REST_CONCURRENCY", credentials, "max_concurrent", DEFAULT_CONCURRENCY, least=1),
            _setting("REST_QUEUE", credentials, "max_queue", DEFAULT_QUEUE, least=0),
        )

    def __init__(self, concurrency: int = DEFAULT_CONCURRENCY, queue: int = DEFAULT_QUEUE) -> None:
        self.concurrency = max(1, concurrency)
        self.queue = max(0, queue)
        self.delete_limit = RateLimit(DELETE_LIMIT, DELETE_WINDOW_SECONDS)
        self._outbox_engine: Optional[Engine] = None
        self._tracker_engine: Optional[Engine] = None
        self._engine_lock = threading.Lock()

    # -- "Delete my conversation"

    def deletion_engines(self, app: Any) -> Tuple[Engine, Engine]:
        """The tracker store's own engine (the conversations) and an engine for the outbox
        (OUTBOX_DB_URL, made on first use). Raises RuntimeError before the model is loaded."""
        agent = getattr(app.ctx, "agent", None)
        if agent is None:
            raise RuntimeError("the model is not loaded yet")
        tracker_engine = _sql_engine_of(getattr(agent, "tracker_store", None))
        with self._engine_lock:
            if tracker_engine is None:  # not expected: the launcher insists on the SQL store
                url = os.environ.get("TRACKER_DB_URL", "").strip()
                if not url:
                    raise RuntimeError("no SQL tracker store to delete from")
                if self._tracker_engine is None:
                    self._tracker_engine = make_tracker_engine(url)
                tracker_engine = self._tracker_engine
            if self._outbox_engine is None:
                self._outbox_engine = make_engine(RuntimeConfig.from_env().outbox_db_url)
            return tracker_engine, self._outbox_engine

    def delete(self, app: Any, sender_id: str) -> VisitorDeletion:
        """Runs in a worker thread (the database calls block)."""
        tracker_engine, outbox_engine = self.deletion_engines(app)
        return delete_conversation(tracker_engine, outbox_engine, sender_id)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """Rasa's RestInput.blueprint (3.6), with every message worked on in its turn."""
        gate = Gate(self.concurrency, self.queue)

        async def in_turn(message: UserMessage) -> None:
            async with gate.turn():
                await on_new_message(message)

        async def in_turn_or_not_at_all(message: UserMessage) -> None:
            """For a stream, already answered 200: when the queue filled up after the check in
            `receive` (rare), the stream ends empty (Rasa's stream would wait forever on an error)."""
            try:
                await in_turn(message)
            except Busy:
                _log_busy(gate)

        module = inspect.getmodule(self)
        webhook = Blueprint(f"custom_webhook_{type(self).__name__}", module.__name__ if module else None)

        @webhook.listener("after_server_stop")
        async def close_connections(app: Any, loop: Any) -> None:
            await close_http_connections()  # the action-server connections rasa_ext/speedups.py keeps open

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> Union[ResponseStream, HTTPResponse]:
            sender_id = await self._extract_sender(request)
            text = self._extract_message(request)
            should_use_stream = rasa.utils.endpoints.bool_arg(request, "stream", default=False)
            input_channel = self._extract_input_channel(request)
            metadata = self.get_metadata(request)
            if gate.full:
                return busy(gate)
            if should_use_stream:  # the message is worked on once the stream has started
                return response.stream(
                    self.stream_response(in_turn_or_not_at_all, text, sender_id, input_channel, metadata),
                    content_type="text/event-stream",
                )
            collector = CollectingOutputChannel()
            try:
                await in_turn(UserMessage(text, collector, sender_id, input_channel=input_channel, metadata=metadata))
            except Busy:
                return busy(gate)
            except asyncio.CancelledError:  # as Rasa's channel, but never the visitor's text in a log
                structlogger.error("rest.message.received.timeout", sender_id=sender_id)
            except StoreUnavailable as error:  # the turn was not kept: the widget sends it again
                logger.error("%s", error)
                return retry_later()
            except Exception:
                structlogger.exception("rest.message.received.failure", sender_id=sender_id)
            return response.json(collector.messages)

        @webhook.route("/delete", methods=["POST"])
        async def delete(request: Request) -> HTTPResponse:
            started = time.monotonic()
            wait = self.delete_limit.hit(client_address(request.ip, request.headers.get("x-forwarded-for")))
            if wait is not None:
                logger.warning("conversation deletion rate-limited for a client")
                return _deletion_answer("rate_limited", 429, {"Retry-After": str(max(1, round(wait)))})
            sender_id = deletion_target(request.body)
            if sender_id is None:
                return _deletion_answer("invalid", 400)
            try:
                result = await asyncio.get_running_loop().run_in_executor(None, self.delete, request.app, sender_id)
            except Exception as error:  # never the id in the log: the visitor asked for it to go
                logger.error("conversation deletion failed: %s", type(error).__name__)
                return _deletion_answer("error", 503, {"Retry-After": str(RETRY_AFTER_SECONDS)})
            logger.info("a visitor deleted their conversation: %d event(s), %d undelivered request(s); "
                        "%d delivered request(s) kept", result.events, len(result.requests_deleted),
                        result.delivered_kept)
            await asyncio.sleep(max(0.0, DELETE_MIN_SECONDS - (time.monotonic() - started)))
            return _deletion_answer("deleted", 200)

        return webhook


def _deletion_answer(status: str, code: int, headers: Optional[Dict[str, str]] = None) -> HTTPResponse:
    """The delete route's answers: the same body for an id that held something and one that did not."""
    return response.json({"status": status}, status=code, headers={"Cache-Control": "no-store", **(headers or {})})


def _log_busy(gate: Gate) -> None:
    logger.warning("REST channel busy (%d worked on, %d waiting): turned a message away", gate.running, gate.waiting)


def retry_later() -> HTTPResponse:
    """503 with ``Retry-After``: the message was not worked on, or its turn could not be read or
    saved; the widget sends it again."""
    return response.json(
        [{"recipient_id": "", "text": BUSY_TEXT}],
        status=503,
        headers={"Retry-After": str(RETRY_AFTER_SECONDS), "Cache-Control": "no-store"},
    )


def busy(gate: Gate) -> HTTPResponse:
    """503 for a message that found the queue full (logged without its text)."""
    _log_busy(gate)
    return retry_later()
