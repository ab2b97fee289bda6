"""What reading a follow-up with the message before it costs (`make bench`).

The safety detector reads a message again, joined to the visitor's message before it, when that
message had a finding of its own (milia/safety/followup.py). This times Rasa's whole NLU pipeline
on the held-out questions (tests/nlu) and the real-phrasing set (tests/nlu/real), each parsed
first in a new conversation, then after a message that tells a removal near the eye (the worst
case: the context is read for every message), in alternating rounds. The median per message goes
to BENCHMARKS.md between `<!-- followup -->` and `<!-- /followup -->`.
"""

from __future__ import annotations

import asyncio
import logging
import platform
import statistics
import time
from datetime import datetime, timezone
from typing import Dict, List, Optional, Sequence

from ops.bench_compound import MODEL, cli, texts

START, END = "<!-- followup -->", "<!-- /followup -->"
BEFORE = "I've been getting the milia off my eyelid with a sewing needle"


def measure(rounds: int) -> Dict[bool, List[float]]:
    from rasa.core.agent import Agent
    from rasa.core.channels.channel import UserMessage
    from rasa.shared.core.events import ActionExecuted, SessionStarted, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)
    agent = Agent.load(str(MODEL))
    messages = texts()

    def tracker(before: Optional[str]) -> DialogueStateTracker:
        events = [SessionStarted(), ActionExecuted("action_listen")]
        if before:
            events += [UserUttered(before), ActionExecuted("utter_self_removal_eye"), ActionExecuted("action_listen")]
        return DialogueStateTracker.from_events("bench", events)

    async def one_round(with_context: bool) -> float:
        conversation = tracker(BEFORE if with_context else None)
        start = time.perf_counter()
        for text in messages:
            await agent.processor.parse_message(UserMessage(text), conversation)
        return (time.perf_counter() - start) / len(messages) * 1000

    results: Dict[bool, List[float]] = {True: [], False: []}
    for _ in range(rounds):
        for flag in (False, True):
            results[flag].append(asyncio.run(one_round(flag)))
    return results


def section(results: Dict[bool, List[float]], n: int) -> str:
    alone, after = statistics.median(results[False]), statistics.median(results[True])
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"{START}\n## A follow-up read with the message before it\n\n"
        f"{when}, {platform.node()}, `python -m ops.bench_followup` ({len(results[True])} rounds): Rasa's NLU "
        f"pipeline on {n} messages (tests/nlu and tests/nlu/real), median milliseconds per message, each "
        f"parsed in a new conversation, then after \"{BEFORE}\" (the context is read for every message).\n\n"
        f"| conversation so far | ms per message |\n|---|---|\n| none | {alone:.2f} |\n"
        f"| a removal near the eye | {after:.2f} |\n| extra | {after - alone:+.2f} ({(after - alone) / alone:+.0%}) |\n{END}"
    )


def main(argv: Sequence[str] = ()) -> int:
    return cli(argv, __doc__, lambda rounds: section(measure(rounds), len(texts())), START, END)


if __name__ == "__main__":
    raise SystemExit(main(__import__("sys").argv[1:]))
