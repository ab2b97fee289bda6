"""The REST channel's turn-taking: a few messages at a time, in arrival order, never stuck."""

from __future__ import annotations

import asyncio

from rasa_ext.rest_channel import QueuedRestInput, in_turn


def _run(handle, messages, max_concurrent, max_wait):
    async def main():
        wrapped = in_turn(handle, max_concurrent, max_wait)
        tasks = []
        for m in messages:
            tasks.append(asyncio.ensure_future(wrapped(m)))
            await asyncio.sleep(0)  # arrive one after another
        return await asyncio.gather(*tasks)

    return asyncio.run(main())


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

    assert _run(handle, list(range(8)), 2, 5.0) == [m * 10 for m in range(8)]
    assert most == 2
    assert started == list(range(8))


def test_a_stuck_message_holds_others_up_only_for_max_wait() -> None:
    finished = []

    async def handle(message):
        if message == "stuck":
            await asyncio.sleep(1.0)
        finished.append(message)

    async def main():
        wrapped = in_turn(handle, 1, 0.05)
        stuck = asyncio.ensure_future(wrapped("stuck"))
        await asyncio.sleep(0)
        loop = asyncio.get_running_loop()
        start = loop.time()
        await wrapped("next")
        waited = loop.time() - start
        await stuck
        return waited

    waited = asyncio.run(main())
    assert 0.04 <= waited < 0.5
    assert finished == ["next", "stuck"]


def test_errors_free_the_turn() -> None:
    async def handle(message):
        if message == "bad":
            raise ValueError("boom")
        return message

    async def main():
        wrapped = in_turn(handle, 1, 5.0)
        try:
            await wrapped("bad")
        except ValueError:
            pass
        return await asyncio.wait_for(wrapped("good"), 1.0)

    assert asyncio.run(main()) == "good"


def test_configured_from_credentials() -> None:
    channel = QueuedRestInput.from_credentials({"max_concurrent": 3, "max_wait": 1.5})
    assert (channel.max_concurrent, channel.max_wait) == (3, 1.5)
    assert QueuedRestInput.name() == "rest"
    default = QueuedRestInput.from_credentials(None)
    assert default.max_concurrent >= 1 and default.max_wait > 0
