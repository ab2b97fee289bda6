"""Time whole conversations in one process, with some speed-ups left out (for ops/bench_extensions.py).

    python -m rasa_ext.measure --endpoints endpoints.yml [--without cache_event_types ...]

Loads the trained model with the given endpoints (tracker store, action server) as ``rasa run``
does, after installing the speed-ups of rasa_ext/speedups.py except those named, then plays
conversations one message at a time through ``Agent.handle_message``: everything a message costs
except HTTP. ``--workload faq``: a new visitor each, session start and five held-out questions;
``--workload form``: a new visitor each asking for a callback and going through the whole form
(name, number, a time window button, consent, no note, confirmation), where every turn calls the
action server. Prints one JSON line: the median milliseconds per message of each round.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import time
import uuid
from pathlib import Path
from typing import List, Sequence

from milia.staff.typos import load_nlu_examples
from rasa_ext.speedups import SPEEDUPS, close_http_connections, install_speedups

TURNS = 5


def questions(folder: Path) -> List[str]:
    return [text for text, intent in load_nlu_examples(sorted(folder.glob("holdout_faq_*.yml")))
            if intent.startswith("faq_")]


FORM = ["hi", "I'd like a callback please", "Ada Lovelace"]


async def _play(model: Path, endpoints: Path, texts: List[str], conversations: int, rounds: int,
                workload: str = "faq") -> List[float]:
    from rasa.core.agent import load_agent
    from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
    from rasa.core.utils import AvailableEndpoints

    agent = await load_agent(model_path=str(model), endpoints=AvailableEndpoints.read_endpoints(str(endpoints)))
    position = 0

    async def say(sender: str, text: str, took: List[float]) -> List[dict]:
        output = CollectingOutputChannel()
        start = time.perf_counter()
        await agent.handle_message(UserMessage(text, output, sender))
        took.append((time.perf_counter() - start) * 1000)
        return output.messages

    async def faq() -> List[float]:
        nonlocal position
        sender, took = uuid.uuid4().hex, []
        for _ in range(TURNS):
            await say(sender, texts[position % len(texts)], took)
            position += 1
        return took

    async def form() -> List[float]:
        nonlocal position
        sender, took = uuid.uuid4().hex, []
        for text in FORM:
            await say(sender, text, took)
        position += 1
        replies = await say(sender, f"07400 {100000 + position % 900000}", took)
        buttons = [b for r in replies for b in r.get("buttons") or []]
        if not buttons:
            raise RuntimeError(f"the form offered no time windows: {replies!r}")
        for text in (buttons[0]["payload"], "yes", "no"):
            await say(sender, text, took)
        done = await say(sender, "yes, send it", took)
        said = " ".join(r.get("text") or "" for r in done)
        if "request is in" not in said and "already have a callback request" not in said:
            raise RuntimeError(f"the callback request was not confirmed: {done!r}")
        return took

    conversation = form if workload == "form" else faq

    for _ in range(3):  # warm-up: caches, lazy imports, the first database connections
        await conversation()
    medians = []
    for _ in range(rounds):
        times: List[float] = []
        for _ in range(conversations):
            times += await conversation()
        times.sort()
        medians.append(times[len(times) // 2])
    await close_http_connections()  # as the REST channel does when a server stops
    return medians


def main(argv: Sequence[str] = ()) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print the speed-ups' names and stop")
    parser.add_argument("--endpoints", type=Path)
    parser.add_argument("--model", type=Path, default=Path("models/milia.tar.gz"))
    parser.add_argument("--without", nargs="*", default=[])
    parser.add_argument("--conversations", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workload", choices=["faq", "form"], default="faq")
    args = parser.parse_args(list(argv))
    if args.list:
        print(" ".join(f.__name__ for f in SPEEDUPS))
        return 0
    if args.endpoints is None:
        parser.error("--endpoints is required")
    install_speedups(without=args.without)
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)
    logging.getLogger("rasa").setLevel(logging.WARNING)
    medians = asyncio.run(_play(args.model, args.endpoints, questions(Path("tests/nlu")), args.conversations,
                                args.rounds, args.workload))
    print(json.dumps({"without": args.without, "workload": args.workload, "ms_per_message": medians}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(__import__("sys").argv[1:]))
