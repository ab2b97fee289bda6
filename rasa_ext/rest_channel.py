"""Rasa's REST channel, handling a few messages at a time, first come first served.

Rasa works on one event loop. When many messages arrive at once, plain Rasa starts them all and
interleaves them: each time one waits for the action server, it goes to the back of a queue of
all the others, so a message with a form step or two can take many times longer than the rest.
Here at most `max_concurrent` messages are worked on at once (the others wait in arrival order),
which keeps the processor busy while one waits for the action server and makes every answer come
back in about the same time. A message never waits for a slot longer than `max_wait` seconds, so a
stuck action server slows the others down by at most that much and never stops them.
Same URL and replies as Rasa's channel: POST /webhooks/rest/webhook.
"""

from __future__ import annotations

import asyncio
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint

DEFAULT_MAX_CONCURRENT = 2
DEFAULT_MAX_WAIT = 2.0


class QueuedRestInput(RestInput):
    @classmethod
    def name(cls) -> Text:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "QueuedRestInput":
        credentials = credentials or {}
        return cls(
            int(credentials.get("max_concurrent", DEFAULT_MAX_CONCURRENT)),
            float(credentials.get("max_wait", DEFAULT_MAX_WAIT)),
        )

    def __init__(self, max_concurrent: int = DEFAULT_MAX_CONCURRENT, max_wait: float = DEFAULT_MAX_WAIT) -> None:
        self.max_concurrent = max(1, max_concurrent)
        self.max_wait = max(0.0, max_wait)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        return super().blueprint(in_turn(on_new_message, self.max_concurrent, self.max_wait))


def in_turn(handle: Callable[[Any], Awaitable[Any]], max_concurrent: int, max_wait: float) -> Callable[[Any], Awaitable[Any]]:
    """`handle`, letting at most `max_concurrent` calls run at once; the others wait in arrival
    order, each at most `max_wait` seconds (then it runs anyway)."""
    gate = asyncio.Semaphore(max_concurrent)

    async def handle_in_turn(message: Any) -> Any:
        try:
            await asyncio.wait_for(gate.acquire(), max_wait)
            admitted = True
        except asyncio.TimeoutError:
            admitted = False
        try:
            return await handle(message)
        finally:
            if admitted:
                gate.release()

    return handle_in_turn
