"""What reading a message part by part costs (`make bench`, after the load benchmark).

LinearIntentClassifier reads a message with two questions, or a story before its question, part
by part (milia/conversation/compound.py). This loads the trained model as Rasa serves it and times
Rasa's whole NLU pipeline (tokenizer, classifier, fallback, input guard, safety detector) on the
held-out questions (tests/nlu) and the real-phrasing set (tests/nlu/real), with the part-by-part
reading on and off, in alternating rounds. The median per message goes to BENCHMARKS.md between
`<!-- compound -->` and `<!-- /compound -->`.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import platform
import statistics
import time
from datetime import datetime, timezone
from typing import Callable, Dict, List, Sequence

import yaml

from milia.conversation.compound import question_parts
from milia.staff.typos import load_nlu_examples
from ops.bench_long import _write
from ops.services import ROOT

START, END = "<!-- compound -->", "<!-- /compound -->"
MODEL = ROOT / "models" / "milia.tar.gz"


def texts() -> List[str]:
    found = [t for t, _ in load_nlu_examples(sorted((ROOT / "tests" / "nlu").glob("*.yml")))]
    for path in sorted((ROOT / "tests" / "nlu" / "real").glob("*.yml")):
        found += [str(r["text"]) for r in yaml.safe_load(path.read_text(encoding="utf-8")) or []]
    return found


def measure(rounds: int) -> Dict[bool, List[float]]:
    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)
    agent = Agent.load(str(MODEL))
    nodes = agent.processor.graph_runner._instantiated_nodes  # the loaded components
    # found by name: ops does not import the Rasa extensions (import-linter), Rasa loaded them
    classifier = next(n._component for n in nodes.values()
                      if type(n._component).__name__ == "LinearIntentClassifier")
    messages = texts()

    async def one_round(flag: bool) -> float:
        classifier.config["compound"] = flag
        start = time.perf_counter()
        for text in messages:
            await agent.parse_message(text)
        return (time.perf_counter() - start) / len(messages) * 1000

    results: Dict[bool, List[float]] = {True: [], False: []}
    for _ in range(rounds):
        for flag in (False, True):
            results[flag].append(asyncio.run(one_round(flag)))
    classifier.config["compound"] = True
    return results


def section(results: Dict[bool, List[float]], n: int, split: int) -> str:
    off, on = statistics.median(results[False]), statistics.median(results[True])
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"{START}\n## Two questions in one message: the cost of reading part by part\n\n"
        f"{when}, {platform.node()}, `python -m ops.bench_compound` ({len(results[True])} rounds): Rasa's NLU "
        f"pipeline on {n} messages (tests/nlu and tests/nlu/real; {split} of them have two or more "
        f"parts to read), median milliseconds per message.\n\n"
        f"| reading | ms per message |\n|---|---|\n| whole message only | {off:.2f} |\n"
        f"| part by part (default) | {on:.2f} |\n| extra | {on - off:+.2f} ({(on - off) / off:+.0%}) |\n{END}"
    )


def cli(argv: Sequence[str], doc: str, build: Callable[[int], str], start: str, end: str) -> int:
    """The command line of a pipeline benchmark: ``build(rounds)`` makes its BENCHMARKS.md section."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(list(argv))
    if not MODEL.is_file():
        raise SystemExit(f"no trained model at {MODEL}: run `make train` first")
    text = build(args.rounds)
    print(text)
    if not args.no_write:
        _write(text, start, end)
    return 0


def main(argv: Sequence[str] = ()) -> int:
    def build(rounds: int) -> str:
        messages = texts()
        return section(measure(rounds), len(messages), sum(len(question_parts(t)) >= 2 for t in messages))

    return cli(argv, __doc__, build, START, END)


if __name__ == "__main__":
    raise SystemExit(main(__import__("sys").argv[1:]))
