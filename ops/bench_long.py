"""What one long conversation costs per message (`make bench-long`).

One visitor sends the same FAQ question TURNS times in one conversation against the assistant
as `make run` starts it (the launcher, the tuned SQL store on SQLite, the action server), once
without a session limit (MAX_SESSION_EVENTS=0) and once with the default limit. The median time
per message in each stretch of turns goes to BENCHMARKS.md between `<!-- long-conversation -->`
and `<!-- /long-conversation -->`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import tempfile
import time
import urllib.request
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, List, Sequence

from ops.services import ROOT, services, stop_all

START, END = "<!-- long-conversation -->", "<!-- /long-conversation -->"
MODEL = ROOT / "models" / "milia.tar.gz"
MESSAGE = "are milia contagious?"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _say(url: str, sender: str, text: str) -> float:
    body = json.dumps({"sender": sender, "message": text}).encode()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=60) as resp:
        replies = json.loads(resp.read())
    elapsed = time.perf_counter() - started
    if not replies:
        raise RuntimeError("no reply")
    return elapsed


def run(turns: int, limit: str, workdir: Path) -> List[float]:
    """Seconds per message for one conversation of ``turns`` messages."""
    ports = {name: str(_free_port()) for name in ("RASA_PORT", "ACTION_PORT")}
    env = {**os.environ, **ports, "MAX_SESSION_EVENTS": limit,
           "TRACKER_DB_URL": f"sqlite:///{workdir}/tracker-{limit}.db", "OUTBOX_DB_URL": f"sqlite:///{workdir}/outbox.db"}
    stack = services(env, model=str(MODEL))
    running = [stack["actions"], stack["rasa"]]
    try:
        for service in running:
            service.start(env, workdir / f"logs-{limit}")
        for service in running:
            service.wait_ready(300)
        url = f"http://127.0.0.1:{ports['RASA_PORT']}/webhooks/rest/webhook"
        sender = f"long-{uuid.uuid4().hex}"
        return [_say(url, sender, MESSAGE) for _ in range(turns)]
    finally:
        stop_all(running)


def stretches(times: Sequence[float], size: int) -> List[float]:
    return [statistics.median(times[i:i + size]) for i in range(0, len(times), size)]


def section(results: Dict[str, List[float]], size: int) -> str:
    labels = {"0": "no limit", **{k: f"limit {k} events" for k in results if k != "0"}}
    columns = list(results)
    rows = [f"| {i * size + 1}-{(i + 1) * size} | " + " | ".join(f"{stretches(results[c], size)[i] * 1000:.1f}" for c in columns) + " |"
            for i in range(len(stretches(results[columns[0]], size)))]
    return "\n".join([
        START,
        "## One long conversation (`make bench-long`)",
        "",
        f"{datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}, {os.cpu_count()} CPU core(s) "
        f"({platform.processor() or platform.machine()}). One visitor asks \"{MESSAGE}\" "
        f"{len(results[columns[0]])} times in one conversation (about 6 stored events per message), "
        "one message at a time, against `make run`'s servers. Median ms per message in each stretch:",
        "",
        "| messages | " + " | ".join(labels[c] for c in columns) + " |",
        "|---|" + "---:|" * len(columns),
        *rows,
        "",
        "Every message replays its session's events, so without a limit each message costs more "
        "than the one before; MAX_SESSION_EVENTS (rasa_ext/tracker_store.py) starts a new session "
        "past the limit, which bounds it.",
        END,
    ])


def main(argv: Sequence[str] = ()) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=400)
    parser.add_argument("--stretch", type=int, default=50)
    parser.add_argument("--limit", default="500", help="MAX_SESSION_EVENTS to compare (the store's default)")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(list(argv))
    with tempfile.TemporaryDirectory(prefix="milia-bench-long-") as folder:
        results = {limit: run(args.turns, limit, Path(folder)) for limit in ("0", args.limit)}
    text = section(results, args.stretch)
    print(text)
    if not args.no_write:
        _write(text)
    return 0


def _write(text: str, start: str = START, end: str = END) -> None:
    """Replace one benchmark's section of BENCHMARKS.md (or append it); the rest stays."""
    path = ROOT / "BENCHMARKS.md"
    current = path.read_text(encoding="utf-8") if path.exists() else ""
    if start in current and end in current:
        before, rest = current.split(start, 1)
        current = before + text + rest.split(end, 1)[1]
    else:
        current = current.rstrip() + "\n\n" + text + "\n"
    path.write_text(current, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main(__import__("sys").argv[1:]))
