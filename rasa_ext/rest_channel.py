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
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import os
from collections import deque
from contextlib import asynccontextmanager
from typing import Any, AsyncIterator, Awaitable, Callable, Deque, Dict, Optional, Text, Union

import rasa.utils.endpoints
import structlog
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from rasa.shared.exceptions import InvalidConfigException
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse, ResponseStream

logger = logging.getLogger(__name__)
structlogger = structlog.get_logger()

DEFAULT_CONCURRENCY = 8
DEFAULT_QUEUE = 50
RETRY_AFTER_SECONDS = 5
BUSY_TEXT = "I'm answering a lot of people just now. Please try again in a few seconds."


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
            except Exception:
                structlogger.exception("rest.message.received.failure", sender_id=sender_id)
            return response.json(collector.messages)

        return webhook


def _log_busy(gate: Gate) -> None:
    logger.warning("REST channel busy (%d worked on, %d waiting): turned a message away", gate.running, gate.waiting)


def busy(gate: Gate) -> HTTPResponse:
    """503 for a message that found the queue full (logged without its text)."""
    _log_busy(gate)
    return response.json(
        [{"recipient_id": "", "text": BUSY_TEXT}],
        status=503,
        headers={"Retry-After": str(RETRY_AFTER_SECONDS), "Cache-Control": "no-store"},
    )
