"""Load test of the cluster through nginx (`make bench-cluster`).

Starts its own cluster (ops/cluster.py: PostgreSQL, Redis, 2 Rasa + 2 action servers, 2 relays,
nginx) with the per-client rate limit switched off in the generated nginx.conf, then runs 50
concurrent simulated visitors for 2 minutes. Each visitor has one conversation after another: a
greeting, two FAQ questions, a self-removal question (the safety layer), and a full callback
request (name, a unique phone number, a time window button, consent, a note, confirmation). Every
turn must answer 200 with at least one message, and every booking must be confirmed; at the end
every request must have been delivered by the relays. Latencies (p50/p95/p99 per turn) are written
to BENCHMARKS.md between `<!-- cluster-bench -->` and `<!-- /cluster-bench -->` (the rest of the
file is left alone). Exit status 1 if there was any error.

Then the same FAQ load as `make bench` (10 conversations in flight, each six held-out messages)
goes to the cluster and to one server as `make run` starts it (Rasa and its action server with
endpoints.yml, SQLite), in alternating rounds: the cluster's rate as a share of one server's.

    ops/bench_cluster.py [--visitors 50] [--seconds 120] [--url URL] [--no-write]

With --url it benchmarks a cluster that is already running (start it with
`ops/run_cluster.py --no-rate-limit`); delivery is then not checked.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import aiohttp

ROOT = Path(__file__).resolve().parent.parent

from ops.cluster import Cluster, ClusterConfig  # noqa: E402

OUTPUT = ROOT / "BENCHMARKS.md"
START, END = "<!-- cluster-bench -->", "<!-- /cluster-bench -->"
FAQ = ["are milia contagious?", "do milia go away on their own?", "what causes milia?",
       "can babies get milia?", "how do you remove milia at the clinic?"]
SAFETY = ["can I squeeze them myself?", "can I pop the ones near my eye with a needle?"]
NAMES = ["Ada Lovelace", "Mary Seacole", "Alan Turing", "Rosalind Franklin", "Tim Berners"]


@dataclass
class Stats:
    latencies: Dict[str, List[float]] = field(default_factory=dict)
    errors: List[str] = field(default_factory=list)
    conversations: int = 0
    bookings: int = 0

    def record(self, kind: str, seconds: float) -> None:
        self.latencies.setdefault(kind, []).append(seconds)

    @property
    def all(self) -> List[float]:
        return [x for values in self.latencies.values() for x in values]


def pct(values: List[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(p / 100 * len(ordered) + 0.5)) - 1))]


class Visitor:
    def __init__(self, session: aiohttp.ClientSession, url: str, stats: Stats, deadline: float) -> None:
        self.session, self.url, self.stats, self.deadline = session, url, stats, deadline

    async def turn(self, sender: str, kind: str, text: str) -> Optional[list]:
        started = time.perf_counter()
        try:
            async with self.session.post(self.url + "/webhooks/rest/webhook",
                                         json={"sender": sender, "message": text}) as resp:
                body = await resp.json(content_type=None)
                status = resp.status
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as exc:
            self.stats.errors.append(f"{kind}: {type(exc).__name__}")
            return None
        self.stats.record(kind, time.perf_counter() - started)
        if status != 200 or not isinstance(body, list) or not body:
            self.stats.errors.append(f"{kind}: HTTP {status} {str(body)[:80]}")
            return None
        return body

    async def conversation(self) -> None:
        sender = f"bench-{uuid.uuid4().hex}"
        phone = f"07400 {random.randint(100000, 999999)}"
        steps: List[Tuple[str, str]] = [("greeting", "hi"), ("faq", random.choice(FAQ)),
                                        ("faq", random.choice(FAQ)), ("safety", random.choice(SAFETY)),
                                        ("form", "I'd like a callback please"), ("form", random.choice(NAMES)),
                                        ("form", phone)]
        replies: Optional[list] = None
        for kind, text in steps:
            replies = await self.turn(sender, kind, text)
            if replies is None:
                return
        buttons = [b for r in replies for b in r.get("buttons") or []]
        if not buttons:
            self.stats.errors.append("form: no time windows offered")
            return
        # the window, consent (asked before the note), no note, then the read-back's confirmation
        for kind, text in (("form", buttons[0]["payload"]), ("form", "yes"), ("form", "no")):
            if await self.turn(sender, kind, text) is None:
                return
        final = await self.turn(sender, "submit", "yes, send it")
        if final is None:
            return
        text = " ".join(r.get("text", "") for r in final)
        if "request is in" in text:
            self.stats.bookings += 1
        elif "already have a callback request" not in text:
            self.stats.errors.append(f"submit: unexpected answer {text[:80]!r}")
        self.stats.conversations += 1

    async def run(self) -> None:
        await asyncio.sleep(random.random())  # do not all start in the same millisecond
        while time.monotonic() < self.deadline:
            await self.conversation()


def cpu_snapshot() -> Dict[int, Tuple[int, float]]:
    """Every live process on the machine: pid -> (parent pid, CPU seconds used so far, user + system)."""
    tick = os.sysconf("SC_CLK_TCK")
    processes: Dict[int, Tuple[int, float]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended while we read
            continue
        processes[int(entry.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / tick)
    return processes


def cpu_by_member(cluster: Cluster, before: Dict[int, Tuple[int, float]],
                  after: Dict[int, Tuple[int, float]]) -> Dict[str, float]:
    """CPU seconds each kind of cluster member (its process and every descendant: PostgreSQL's
    backends start sessions of their own) used between two cpu_snapshot() readings."""
    roots = {member.process.pid: name.split("-")[0]
             for name, member in cluster.members.items() if member.process is not None}
    used: Dict[str, float] = {}
    for pid, (_, cpu) in after.items():
        ancestor, seen = pid, 0
        while ancestor not in roots and ancestor in after and seen < 64:
            ancestor, seen = after[ancestor][0], seen + 1
        if ancestor in roots:
            kind = roots[ancestor]
            used[kind] = used.get(kind, 0.0) + cpu - (before[pid][1] if pid in before else 0.0)
    return used


async def load(url: str, visitors: int, seconds: float) -> Tuple[Stats, float]:
    stats = Stats()
    timeout = aiohttp.ClientTimeout(total=60)
    connector = aiohttp.TCPConnector(limit=visitors * 2)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        deadline = time.monotonic() + seconds
        started = time.monotonic()
        await asyncio.gather(*(Visitor(session, url, stats, deadline).run() for _ in range(visitors)))
        return stats, time.monotonic() - started


def faq_rates(cluster: Cluster, seconds: float, rounds: int = 2, concurrency: int = 10) -> Tuple[float, float]:
    """Messages/s of `make bench`'s FAQ conversations (held-out questions) through the cluster's nginx
    and through one `make run` server on this machine, pooled over alternating rounds."""
    from ops import bench
    from ops.services import services

    conversations = bench.Conversations(bench.holdout_examples(ROOT))
    folder = cluster.workdir / "single"
    ports = {name: str(bench.free_port()) for name in ("RASA_PORT", "ACTION_PORT", "WEB_PORT", "RECEIVER_PORT")}
    env = {**bench.project_env(), **ports, "TRACKER_DB_URL": f"sqlite:///{folder}/tracker.db",
           "OUTBOX_DB_URL": f"sqlite:///{folder}/outbox.db", "RECEIVER_DB_URL": f"sqlite:///{folder}/receiver.db"}
    stack = services(env, model=str(cluster.config.model), interface="127.0.0.1")
    single = f"http://127.0.0.1:{ports['RASA_PORT']}"
    try:
        for name in ("actions", "rasa"):
            bench.start_service(stack[name], env, folder / "logs", ROOT)
            bench.wait_until(stack[name].healthy, stack[name], 300, "health answer")
        totals = {"cluster": [0, 0.0], "single": [0, 0.0]}
        targets = {"cluster": cluster.config.url.rstrip("/"), "single": single}
        for number in range(rounds):
            for name in (("cluster", "single") if number % 2 == 0 else ("single", "cluster")):
                result = asyncio.run(_faq_round(targets[name], concurrency, seconds, conversations, name, bench))
                if result.errors:
                    raise RuntimeError(f"FAQ load on {name}: {result.errors} error(s) {result.error_kinds}")
                totals[name][0] += result.ok
                totals[name][1] += result.duration
        return totals["cluster"][0] / totals["cluster"][1], totals["single"][0] / totals["single"][1]
    finally:
        for name in ("rasa", "actions"):
            stack[name].terminate()


async def _faq_round(base: str, concurrency: int, seconds: float, conversations, tag: str, bench):
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency), timeout=timeout) as session:
        url = base + "/webhooks/rest/webhook"
        await bench._drive(session, url, concurrency, 2, conversations, f"{tag}-warm")
        return await bench._drive(session, url, concurrency, seconds, conversations, tag)


def wait_delivered(cluster: Cluster, timeout: float = 120) -> Tuple[int, int]:
    """(delivered, total) outbox rows once nothing is pending (or the timeout)."""
    import sqlalchemy as sa

    engine = sa.create_engine(cluster.env["OUTBOX_DB_URL"], future=True)
    try:
        deadline = time.monotonic() + timeout
        while True:
            with engine.connect() as conn:
                rows = dict(conn.execute(sa.text(
                    "select status, count(*) from callback_outbox group by status")).all())
            if not rows.get("pending") or time.monotonic() > deadline:
                return rows.get("delivered", 0), sum(rows.values())
            time.sleep(1)
    finally:
        engine.dispose()


def markdown(stats: Stats, elapsed: float, visitors: int, delivered: Optional[Tuple[int, int]],
             faq: Optional[Tuple[float, float]] = None, used: Optional[Dict[str, float]] = None) -> str:
    turns = stats.all
    rows = []
    for kind in ("greeting", "faq", "safety", "form", "submit"):
        values = stats.latencies.get(kind, [])
        if values:
            rows.append(f"| {kind} | {len(values)} | {pct(values, 50) * 1000:.0f} | {pct(values, 95) * 1000:.0f} "
                        f"| {pct(values, 99) * 1000:.0f} | {max(values) * 1000:.0f} |")
    cpu = platform.processor() or platform.machine()
    delivery = (f"{delivered[0]} of {delivered[1]} requests delivered by the relays"
                if delivered else "delivery not checked (--url)")
    return "\n".join([
        START,
        "## Cluster load test (`make bench-cluster`)",
        "",
        f"{datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}, {os.cpu_count()} CPU core(s) ({cpu}), "
        f"everything on one machine: nginx (rate limit off), 2 Rasa servers, 2 action servers, "
        f"2 relays, PostgreSQL, Redis, the load generator. {visitors} concurrent visitors for "
        f"{elapsed:.0f} s, each going through one conversation after another (greeting, two FAQ "
        f"questions, a safety question, a full callback request).",
        "",
        f"- turns: **{len(turns)}** ({len(turns) / elapsed:.1f}/s), conversations completed: "
        f"{stats.conversations}, callback requests confirmed: {stats.bookings}; {delivery}",
        f"- errors: **{len(stats.errors)}**",
        f"- latency per turn through nginx: **p50 {pct(turns, 50) * 1000:.0f} ms, "
        f"p95 {pct(turns, 95) * 1000:.0f} ms**, p99 {pct(turns, 99) * 1000:.0f} ms, "
        f"mean {statistics.fmean(turns) * 1000:.0f} ms" if turns else "- no turns",
        "",
        "| turn | count | p50 ms | p95 ms | p99 ms | max ms |",
        "|---|---:|---:|---:|---:|---:|",
        *rows,
        "",
        "With 50 visitors who answer instantly, the two CPU cores are the limit: the latency is "
        "mostly waiting for a core. Real visitors pause for seconds between messages.",
        *([
            "",
            f"Where the cores went during the load ({sum(used.values()):.0f} CPU s of the "
            f"{(os.cpu_count() or 1) * elapsed:.0f} there were), CPU ms per turn: "
            + ", ".join(f"{name} {seconds * 1000 / len(turns):.1f}"
                        for name, seconds in sorted(used.items(), key=lambda kv: -kv[1])) + ".",
        ] if used and turns else []),
        *([
            "",
            f"FAQ load (`make bench`'s conversations of held-out questions, 10 in flight, alternating rounds): "
            f"the cluster through nginx **{faq[0]:.1f} msg/s**, one `make run` server (SQLite) on the same "
            f"machine {faq[1]:.1f} msg/s: **{faq[0] / faq[1]:.2f}x** (target 0.7x).",
        ] if faq else []),
        END,
    ])


def write_section(section: str, path: Path = OUTPUT) -> None:
    """Replace the section between the markers, or append it; the rest stays as it is."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if START in text and END in text and text.index(START) < text.index(END):
        before, rest = text.split(START, 1)
        after = rest.split(END, 1)[1]
        text = before + section + after
    else:
        text = (text.rstrip("\n") + "\n\n" if text.strip() else "") + section + "\n"
    path.write_text(text, encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visitors", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--url", help="benchmark a running cluster (rate limit off) instead of starting one")
    parser.add_argument("--no-write", action="store_true", help="print, do not update BENCHMARKS.md")
    parser.add_argument("--keep", action="store_true", help="keep the cluster's directory (logs) afterwards")
    parser.add_argument("--faq-seconds", type=float, default=20,
                        help="seconds per round of the FAQ comparison with one server (0: skip it)")
    args = parser.parse_args(argv)

    cluster = None
    if not args.url:
        workdir = Path(tempfile.mkdtemp(prefix="milia-bench-cluster-"))
        env = {k: v for k, v in os.environ.items() if k not in ("BOOKING_WEBHOOK_URL", "MILIA_ENV")}
        cluster = Cluster(ClusterConfig.on_free_ports(workdir, rate_limit=None), env)
        print(f"Starting the cluster in {workdir} ...", flush=True)
        cluster.start()
    try:
        url = (args.url or cluster.config.url).rstrip("/")
        print(f"{args.visitors} visitors for {args.seconds:.0f} s against {url} ...", flush=True)
        before, own_before = cpu_snapshot(), time.process_time()
        stats, elapsed = asyncio.run(load(url, args.visitors, args.seconds))
        cpu = cpu_by_member(cluster, before, cpu_snapshot()) if cluster else {}
        if cpu:
            cpu["load generator"] = time.process_time() - own_before
        delivered = wait_delivered(cluster) if cluster else None
        faq = None
        if cluster and args.faq_seconds > 0:
            print(f"FAQ load, cluster against one server: 2 rounds of {args.faq_seconds:.0f} s each ...", flush=True)
            faq = faq_rates(cluster, args.faq_seconds)
        if cluster and cluster.dead():
            stats.errors.append(f"processes died: {', '.join(cluster.dead())}")
    finally:
        if cluster:
            cluster.stop()
            if not args.keep:
                shutil.rmtree(cluster.workdir, ignore_errors=True)
    if delivered and delivered[0] != delivered[1]:
        stats.errors.append(f"only {delivered[0]} of {delivered[1]} requests delivered")
    section = markdown(stats, elapsed, args.visitors, delivered, faq, cpu)
    print(section)
    for error in sorted(set(stats.errors))[:20]:
        print("error:", error, file=sys.stderr)
    if not args.no_write:
        write_section(section)
        print(f"updated {OUTPUT.relative_to(ROOT)}")
    return 1 if stats.errors else 0


if __name__ == "__main__":
    sys.exit(main())
