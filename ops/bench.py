#!/usr/bin/env python3
"""Benchmark this project's pipeline (A: config.yml) against Rasa's default one (B: scripts/default_config.yml).

The project is first copied into a temporary folder (without .git, .venv, models, ...) and every step runs in
that copy, so both configurations see the same data, domain and code even while the repository changes.
For each configuration, on the same data and domain and in one run on this machine (steps 1-3 for A, then
for B; both servers then stay up for step 4):

1. train a model into a temporary folder (cold training cache) and time it;
2. measure held-out intent accuracy with `rasa test nlu --nlu tests/nlu`;
3. start the real action server and Rasa server with that model on free local ports, time the model load
   (process start until `GET /` answers and a first message through the REST channel gets a reply) and read
   the memory of the Rasa process tree from /proc;
4. drive the REST channel with 1, 10 and 50 concurrent conversations (each a distinct sender sending six
   held-out messages) for a fixed duration per level, in rounds that alternate between A and B, and record
   throughput, p50/p95 latency and errors (pooled over the rounds);
5. stop the servers.

Then print a table and (for a full run of both configurations) overwrite BENCHMARKS.md.
All traffic goes to 127.0.0.1. The project's targets are reported, never enforced; the exit code is non-zero
only when a step failed or requests errored.

    ops/bench.py                 # full run, writes BENCHMARKS.md (make bench)
    ops/bench.py --only A        # quick check of one configuration (prints only)
    ops/bench.py --quick         # shorter load levels, same configurations (prints only)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"
# ops.services starts Rasa from the interpreter's own bin folder, so run inside the project's venv.
if Path(sys.prefix).resolve() != (ROOT / ".venv").resolve() and VENV_PYTHON.exists() and not os.environ.get(
    "MILIA_BENCH_REEXEC"
):
    os.environ["MILIA_BENCH_REEXEC"] = "1"
    os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), "-m", "ops.bench", *sys.argv[1:]])

import argparse  # noqa: E402
import asyncio  # noqa: E402
import datetime  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import platform  # noqa: E402
import re  # noqa: E402
import resource  # noqa: E402
import shutil  # noqa: E402
import signal  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
import traceback  # noqa: E402
import urllib.error  # noqa: E402
import urllib.request  # noqa: E402
import uuid  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from itertools import cycle  # noqa: E402
from typing import Any, Dict, List, Optional, Sequence, Tuple  # noqa: E402

import aiohttp  # noqa: E402
import yaml  # noqa: E402

from ops.services import Service, services  # noqa: E402

CONFIGS = {
    "A": ("this project's pipeline", Path("config.yml")),
    "B": ("Rasa's default pipeline", Path("scripts") / "default_config.yml"),
    # A's pipeline served the stock way: `rasa run`, Rasa's SQL tracker store, Rasa's REST channel,
    # no speed-ups. A against C is what the extensions in rasa_ext/ (store, speed-ups, channel) buy.
    "C": ("this project's pipeline on Rasa's stock endpoints and channel", Path("config.yml")),
}
MODEL_NAMES = {"A": "bench_a", "B": "bench_b", "C": "bench_c"}
STOCK_CREDENTIALS = "rest:\n"
HOLDOUT = Path("tests") / "nlu"
# Copied into the run's temporary folder at the start, so that A and B see the same data, domain and code
# even while people keep working in the repository (everything else there is left out).
SNAPSHOT_SKIP = {".git", ".venv", ".rasa", "models", "reports", "var", "node_modules", "__pycache__",
                 ".pytest_cache", ".ruff_cache", "BENCHMARKS.md"}
OUTPUT = ROOT / "BENCHMARKS.md"
LEVELS = (1, 10, 50)
TURNS = 6
TARGET_THROUGHPUT_RATIO = 3.0
TARGET_P95_MS = 150.0
OPENERS = {"greet"}
CLOSERS = {"goodbye", "thank"}


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


# ----------------------------------------------------------------------------------------- environment


def project_env() -> Dict[str, str]:
    """The environment scripts/env.sh gives every recipe (values already set in ours win, as there)."""
    out = subprocess.run(
        ["bash", "-c", "source scripts/env.sh && env -0"], cwd=ROOT, env=dict(os.environ),
        capture_output=True, check=True,
    ).stdout.decode(errors="replace")
    env = {}
    for item in out.split("\0"):
        name, sep, value = item.partition("=")
        if sep and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            env[name] = value
    env.pop("MILIA_BENCH_REEXEC", None)
    return env


def snapshot_project(dest: Path) -> Path:
    """Copy the project (without .git, .venv, models, reports, ...) so every step of the run uses the same files."""

    def ignore(_folder: str, names: List[str]) -> set:
        return {name for name in names if name in SNAPSHOT_SKIP or name.endswith(".pyc")}

    shutil.copytree(ROOT, dest, ignore=ignore, symlinks=True)
    return dest


def git_state() -> str:
    """The commit the run measured, and whether the working tree differed from it (read-only git calls)."""
    def git(*argv: str) -> str:
        return subprocess.run(
            ["git", "--no-optional-locks", *argv], cwd=ROOT, capture_output=True, text=True, timeout=20, check=True
        ).stdout

    try:
        head = git("rev-parse", "--short", "HEAD").strip()
        changed = [line for line in git("status", "--porcelain").splitlines() if not line.endswith("BENCHMARKS.md")]
    except (OSError, subprocess.SubprocessError):
        return "(not a git checkout)"
    return f"commit {head}" + (f" + {len(changed)} uncommitted change(s)" if changed else "")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "n/a"


def rasa_version() -> str:
    try:
        from importlib.metadata import version

        return version("rasa")
    except Exception:  # noqa: BLE001
        return "unknown"


# ------------------------------------------------------------------------------------------- memory


def _children() -> Dict[int, List[int]]:
    tree: Dict[int, List[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command name may contain spaces and parentheses: the fields start after the last ')'.
        fields = stat[stat.rfind(")") + 2:].split()
        tree.setdefault(int(fields[1]), []).append(int(entry.name))
    return tree


def _status_kb(pid: int, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _tree(pid: int) -> List[int]:
    tree = _children()
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        if current not in found:
            found.append(current)
            todo.extend(tree.get(current, []))
    return found


def tree_cpu_seconds(pids: Sequence[int]) -> float:
    """User + system CPU time used so far by these processes and their live descendants."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for root in pids:
        for pid in _tree(root):
            try:
                stat = Path(f"/proc/{pid}/stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rfind(")") + 2:].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return total / ticks


def tree_memory_mb(pid: int, key: str = "VmRSS") -> float:
    """VmRSS (or VmHWM, the peak) of a process and all its descendants, in MB."""
    return sum(_status_kb(p, key) for p in _tree(pid)) / 1024


# ------------------------------------------------------------------------------------------ commands


class StepError(RuntimeError):
    pass


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_logged(
    argv: Sequence[str], env: Dict[str, str], log_path: Path, timeout: float, cwd: Path
) -> Tuple[float, float]:
    """Run a command with its output in log_path; return its wall-clock and CPU time (user + system, all its
    threads and child processes). Raise StepError on failure."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    cpu = _children_cpu()
    start = time.monotonic()
    with open(log_path, "wb") as out:
        process = subprocess.Popen(
            list(argv), cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            code = process.wait(timeout)
        except BaseException:
            _kill_group(process)
            raise
    elapsed, cpu = time.monotonic() - start, _children_cpu() - cpu
    if code != 0:
        tail = "\n".join(log_path.read_text(errors="replace").splitlines()[-15:])
        raise StepError(f"{' '.join(argv[:3])} exited with code {code} (log {log_path}):\n{tail}")
    return elapsed, cpu


def _kill_group(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    except ProcessLookupError:
        pass


# ---------------------------------------------------------------------------------------- held-out data


def holdout_examples(project: Path) -> Dict[str, List[str]]:
    """Held-out examples by intent, in file order (entity annotations reduced to their text)."""
    examples: Dict[str, List[str]] = {}
    for path in sorted((project / HOLDOUT).glob("*.yml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for block in document.get("nlu", []) or []:
            intent, text = block.get("intent"), block.get("examples") or ""
            if not intent:
                continue
            for line in text.splitlines():
                line = line.strip()
                if line.startswith("- "):
                    message = re.sub(r"\[([^\]]*)\](\([^)]*\)|\{[^}]*\})", r"\1", line[2:].strip())
                    if message:
                        examples.setdefault(intent, []).append(message)
    if not examples:
        raise StepError(f"no held-out examples in {HOLDOUT}")
    return examples


def _round_robin(groups: List[List[str]]) -> List[str]:
    """Interleave lists: first of each, then second of each, ... so consecutive messages differ in intent."""
    out: List[str] = []
    for i in range(max((len(g) for g in groups), default=0)):
        out.extend(g[i] for g in groups if i < len(g))
    return out


class Conversations:
    """Endless supply of realistic conversations: a greeting, questions, then thanks or goodbye.

    Each part is taken round-robin from the held-out examples, so every run sends the same sequence.
    """

    def __init__(self, examples: Dict[str, List[str]], turns: int = TURNS) -> None:
        def pool(names: Any) -> List[str]:
            return _round_robin([examples[i] for i in sorted(examples) if i in names])

        middle = [i for i in examples if i not in OPENERS | CLOSERS]
        openers, closers, questions = pool(OPENERS), pool(CLOSERS), pool(set(middle))
        if not questions:
            raise StepError("no held-out questions to send")
        self._openers = cycle(openers or questions)
        self._closers = cycle(closers or questions)
        self._questions = cycle(questions)
        self.turns = max(turns, 1)

    def next(self) -> List[str]:
        if self.turns == 1:
            return [next(self._questions)]
        middle = [next(self._questions) for _ in range(self.turns - 2)]
        return [next(self._openers), *middle, next(self._closers)]


# --------------------------------------------------------------------------------------------- load


@dataclass
class LevelResult:
    concurrency: int
    duration: float = 0.0
    ok: int = 0
    errors: int = 0
    empty: int = 0
    conversations: int = 0
    rasa_cpu_s: float = 0.0
    actions_cpu_s: float = 0.0
    latencies_ms: List[float] = field(default_factory=list, repr=False)
    error_kinds: Dict[str, int] = field(default_factory=dict)

    @property
    def throughput(self) -> float:
        return self.ok / self.duration if self.duration else 0.0

    def percentile(self, p: float) -> Optional[float]:
        if not self.latencies_ms:
            return None
        ordered = sorted(self.latencies_ms)
        return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]

    def cpu_ms_per_message(self, seconds: float) -> Optional[float]:
        return seconds * 1000 / self.ok if self.ok else None

    def add(self, other: "LevelResult") -> None:
        """Pool another round at the same level into this one."""
        self.duration += other.duration
        self.ok += other.ok
        self.errors += other.errors
        self.empty += other.empty
        self.conversations += other.conversations
        self.rasa_cpu_s += other.rasa_cpu_s
        self.actions_cpu_s += other.actions_cpu_s
        self.latencies_ms.extend(other.latencies_ms)
        for kind, count in other.error_kinds.items():
            self.error_kinds[kind] = self.error_kinds.get(kind, 0) + count


async def _drive(
    session: aiohttp.ClientSession, url: str, concurrency: int, seconds: float, conversations: Conversations,
    tag: str,
) -> LevelResult:
    result = LevelResult(concurrency)
    start = time.perf_counter()
    deadline = start + seconds

    async def visitor(number: int) -> None:
        while time.perf_counter() < deadline:
            sender = f"bench-{tag}-{number}-{uuid.uuid4().hex[:12]}"
            result.conversations += 1
            for text in conversations.next():
                if time.perf_counter() >= deadline:
                    return
                sent = time.perf_counter()
                try:
                    async with session.post(url, json={"sender": sender, "message": text}) as response:
                        body = await response.read()
                        if response.status != 200:
                            kind = f"HTTP {response.status}"
                        else:
                            replies = json.loads(body)
                            kind = "" if isinstance(replies, list) else "bad body"
                            if not kind and not replies:
                                result.empty += 1
                except (aiohttp.ClientError, asyncio.TimeoutError, ValueError, OSError) as exc:
                    kind = type(exc).__name__
                elapsed_ms = (time.perf_counter() - sent) * 1000
                if kind:
                    result.errors += 1
                    result.error_kinds[kind] = result.error_kinds.get(kind, 0) + 1
                    break  # a failed turn ends the conversation; the next one starts fresh
                result.ok += 1
                result.latencies_ms.append(elapsed_ms)

    await asyncio.gather(*(visitor(n) for n in range(concurrency)))
    result.duration = time.perf_counter() - start
    return result


async def _load_level(
    base_url: str, concurrency: int, seconds: float, warmup: float, conversations: Conversations, label: str,
    pids: Dict[str, int],
) -> LevelResult:
    url = f"{base_url}/webhooks/rest/webhook"
    connector = aiohttp.TCPConnector(limit=concurrency)
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        if warmup > 0:
            await _drive(session, url, concurrency, warmup, conversations, f"{label}w{concurrency}")
        rasa_cpu, actions_cpu = tree_cpu_seconds([pids["rasa"]]), tree_cpu_seconds([pids["actions"]])
        result = await _drive(session, url, concurrency, seconds, conversations, f"{label}c{concurrency}")
        result.rasa_cpu_s = tree_cpu_seconds([pids["rasa"]]) - rasa_cpu
        result.actions_cpu_s = tree_cpu_seconds([pids["actions"]]) - actions_cpu
        return result


def load_level(base_url: str, concurrency: int, seconds: float, warmup: float, conversations: Conversations,
               label: str, pids: Dict[str, int]) -> LevelResult:
    return asyncio.run(_load_level(base_url, concurrency, seconds, warmup, conversations, label, pids))


# ------------------------------------------------------------------------------------------ servers


def _get_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


def _say(base_url: str, sender: str, text: str) -> bool:
    request = urllib.request.Request(
        f"{base_url}/webhooks/rest/webhook", data=json.dumps({"sender": sender, "message": text}).encode(),
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status == 200 and isinstance(json.loads(response.read()), list)
    except (urllib.error.URLError, OSError, ValueError):
        return False


def start_service(service: Service, env: Dict[str, str], log_dir: Path, cwd: Path) -> None:
    """Service.start, but in the snapshot of the project rather than in the repository."""
    log_dir.mkdir(parents=True, exist_ok=True)
    with open(log_dir / f"{service.name}.log", "ab") as out:
        service.process = subprocess.Popen(
            service.argv, cwd=cwd, env=dict(env), stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )


def wait_until(check: Any, service: Service, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not service.alive():
            raise StepError(f"{service.name} exited with code {service.process.returncode} while waiting for {what}")
        if check():
            return
        time.sleep(0.1)
    raise StepError(f"{service.name}: no {what} after {timeout:.0f} s")


# --------------------------------------------------------------------------------------------- runs


def log_errors(path: Path, limit: int = 5) -> Dict[str, int]:
    """The distinct ERROR lines (and tracebacks' last lines) of a service log, with counts, most frequent first."""
    counts: Dict[str, int] = {}
    lines = path.read_text(errors="replace").splitlines()
    for i, line in enumerate(lines):
        message = None
        if " ERROR " in line:
            message = line.split(" ERROR ", 1)[1].strip()
        elif line.startswith("Traceback"):
            following = [x for x in lines[i + 1:i + 80] if x and not x.startswith(" ")]
            message = "Traceback: " + (following[0] if following else "?")
        if message:
            message = re.sub(r"\d+", "N", message)[:200]
            counts[message] = counts.get(message, 0) + 1
    ordered = sorted(counts.items(), key=lambda item: -item[1])
    return dict(ordered[:limit])



@dataclass
class RunResult:
    label: str
    train_s: Optional[float] = None
    train_cpu_s: Optional[float] = None
    model_mb: Optional[float] = None
    accuracy: Optional[float] = None
    weighted_f1: Optional[float] = None
    load_to_get_s: Optional[float] = None
    load_to_reply_s: Optional[float] = None
    rss_loaded_mb: Optional[float] = None
    rss_after_mb: Optional[float] = None
    rss_peak_mb: Optional[float] = None
    actions_rss_mb: Optional[float] = None
    levels: Dict[int, LevelResult] = field(default_factory=dict)
    failures: List[str] = field(default_factory=list)  # steps that failed: no complete result
    request_errors: List[str] = field(default_factory=list)  # failed requests under load: a result, but an error
    notes: List[str] = field(default_factory=list)


@dataclass
class Running:
    """A configuration's servers, up and answering."""

    actions: Service
    server: Service
    base_url: str
    logs: Path


def prepare(label: str, args: argparse.Namespace, workdir: Path, project: Path, base_env: Dict[str, str],
            first_message: str) -> Tuple[RunResult, Optional[Running]]:
    """Steps 1-3 for one configuration: train, test, start its servers (left running for the load rounds)."""
    result = RunResult(label)
    description, config = CONFIGS[label]
    folder = workdir / label
    logs = folder / "logs"
    rasa = str(ROOT / ".venv" / "bin" / "rasa")
    env = {**base_env, "RASA_CACHE_DIRECTORY": str(folder / "cache")}  # a cold training cache for each run

    # 1. Training.
    model = folder / "models" / f"{MODEL_NAMES[label]}.tar.gz"
    log(f"{label} ({description}, {config}): training ...")
    try:
        result.train_s, result.train_cpu_s = run_logged(
            [rasa, "train", "--data", "data", "--domain", "domain.yml", "--config", str(config),
             "--out", str(folder / "models"), "--fixed-model-name", MODEL_NAMES[label]],
            env, logs / "train.log", args.train_timeout, project,
        )
        if not model.exists():
            raise StepError(f"training finished but {model} is missing (log {logs / 'train.log'})")
        result.model_mb = model.stat().st_size / 1e6
        log(f"{label}: trained in {result.train_s:.1f} s, {result.train_cpu_s:.0f} s CPU ({result.model_mb:.1f} MB)")
    except (StepError, subprocess.TimeoutExpired) as exc:
        result.failures.append(f"training: {exc}")
        log(f"{label}: training FAILED: {exc}")
        return result, None

    # 2. Held-out intent accuracy.
    log(f"{label}: rasa test nlu on {HOLDOUT} ...")
    try:
        out = folder / "nlu"
        run_logged(
            [rasa, "test", "nlu", "--nlu", str(HOLDOUT), "--model", str(model), "--out", str(out), "--no-plot"],
            env, logs / "test_nlu.log", args.test_timeout, project,
        )
        report = json.loads((out / "intent_report.json").read_text())
        result.accuracy = float(report["accuracy"])
        result.weighted_f1 = float(report.get("weighted avg", {}).get("f1-score", float("nan")))
        log(f"{label}: held-out intent accuracy {result.accuracy:.3f}")
    except (StepError, subprocess.TimeoutExpired, OSError, KeyError, ValueError) as exc:
        result.failures.append(f"rasa test nlu: {exc}")
        log(f"{label}: rasa test nlu FAILED: {exc}")

    # 3. Servers: the real action server and Rasa with this model, on free ports, with temporary databases.
    ports = {name: str(free_port()) for name in ("RASA_PORT", "ACTION_PORT", "WEB_PORT", "RECEIVER_PORT")}
    server_env = {
        **env,
        **ports,
        "TRACKER_DB_URL": f"sqlite:///{folder}/tracker.db",
        "OUTBOX_DB_URL": f"sqlite:///{folder}/outbox.db",
        "RECEIVER_DB_URL": f"sqlite:///{folder}/receiver.db",
        "RASA_URL": f"http://127.0.0.1:{ports['RASA_PORT']}",
        "WIDGET_ORIGINS": f"http://localhost:{ports['WEB_PORT']} http://127.0.0.1:{ports['WEB_PORT']}",
    }
    try:  # bind Rasa to the loopback interface only, where ops.services supports choosing it
        stack = services(server_env, model=str(model), interface="127.0.0.1")
    except TypeError:
        stack = services(server_env, model=str(model))
    actions, server = stack["actions"], stack["rasa"]
    if label == "C":
        server.argv = stock_rasa_command(rasa, model, folder, server_env)
    base_url = f"http://127.0.0.1:{ports['RASA_PORT']}"
    try:
        log(f"{label}: starting the action server (port {ports['ACTION_PORT']}) ...")
        start_service(actions, server_env, logs, project)
        wait_until(actions.healthy, actions, args.start_timeout, "health answer")

        log(f"{label}: starting Rasa (port {ports['RASA_PORT']}) ...")
        started = time.monotonic()
        start_service(server, server_env, logs, project)
        wait_until(lambda: _get_ok(base_url + "/"), server, args.start_timeout, "answer to GET /")
        result.load_to_get_s = time.monotonic() - started
        wait_until(lambda: _say(base_url, f"bench-{label}-probe", first_message), server, args.start_timeout,
                   "reply to a first message")
        result.load_to_reply_s = time.monotonic() - started
        result.rss_loaded_mb = tree_memory_mb(server.process.pid)
        log(f"{label}: ready in {result.load_to_reply_s:.1f} s (GET / after {result.load_to_get_s:.1f} s), "
            f"RSS {result.rss_loaded_mb:.0f} MB")

        return result, Running(actions, server, base_url, logs)
    except (StepError, OSError) as exc:
        result.failures.append(f"servers: {exc}")
        log(f"{label}: servers FAILED: {exc}")
        stop(result, Running(actions, server, base_url, logs))
        return result, None


def stock_rasa_command(rasa: str, model: Path, folder: Path, env: Dict[str, str]) -> List[str]:
    """`rasa run` as Rasa ships it: its SQL tracker store on SQLite and its REST channel."""
    endpoints, credentials = folder / "stock-endpoints.yml", folder / "stock-credentials.yml"
    endpoints.write_text(yaml.safe_dump({
        "action_endpoint": {"url": f"http://127.0.0.1:{env['ACTION_PORT']}/webhook"},
        "tracker_store": {"type": "SQL", "dialect": "sqlite", "db": str(folder / "stock-tracker.db")},
        "lock_store": {"type": "in_memory"},
    }), encoding="utf-8")
    credentials.write_text(STOCK_CREDENTIALS, encoding="utf-8")
    return [rasa, "run", "--model", str(model), "--port", env["RASA_PORT"], "--endpoints", str(endpoints),
            "--credentials", str(credentials), "--interface", "127.0.0.1", "--cors", *env["WIDGET_ORIGINS"].split()]


def measure(result: RunResult, running: Running, level: int, args: argparse.Namespace,
            conversations: Conversations) -> None:
    """Step 4, one round at one level: drive the REST channel and pool the figures into the result."""
    label, server = result.label, running.server
    log(f"{label}: {level} concurrent conversation(s) for {args.duration:g} s (after {args.warmup:g} s warm-up) ...")
    outcome = load_level(running.base_url, level, args.duration, args.warmup, conversations, label,
                         {"rasa": server.process.pid, "actions": running.actions.process.pid})
    p50, p95 = outcome.percentile(50), outcome.percentile(95)
    log(f"{label}: c={level}: {outcome.throughput:.1f} msg/s, p50 {_fmt(p50, 0)} ms, p95 {_fmt(p95, 0)} ms, "
        f"{outcome.ok} ok, {outcome.errors} errors, {outcome.empty} empty replies, "
        f"Rasa CPU {_fmt(outcome.cpu_ms_per_message(outcome.rasa_cpu_s), 0)} ms/msg")
    if outcome.errors:
        result.request_errors.append(f"{outcome.errors} request error(s) at {level} concurrent: {outcome.error_kinds}")
    if level in result.levels:
        result.levels[level].add(outcome)
    else:
        result.levels[level] = outcome
    if not server.alive():
        raise StepError(f"rasa exited with code {server.process.returncode} under load")


def stop(result: RunResult, running: Running) -> None:
    """Step 5: memory after the load, then stop both servers and collect errors from their logs."""
    server, actions, logs = running.server, running.actions, running.logs
    if server.alive() and actions.alive():
        result.rss_after_mb = tree_memory_mb(server.process.pid)
        result.rss_peak_mb = tree_memory_mb(server.process.pid, "VmHWM")
        result.actions_rss_mb = tree_memory_mb(actions.process.pid)
    # SIGTERM to each process group; SIGKILL only after 15 s.
    for service in (server, actions):
        if service.process is None:
            continue
        service.stop()
        code = service.process.returncode
        if code not in (0, -signal.SIGTERM, 128 + signal.SIGTERM):
            result.notes.append(f"{service.name} ended with code {code} when stopped")
    for name in ("rasa", "actions"):
        path = logs / f"{name}.log"
        if path.exists():
            for message, count in log_errors(path).items():
                result.notes.append(f"{name} log: {count} × {message}")


# ---------------------------------------------------------------------------------------------- report


def _fmt(value: Optional[float], digits: int = 1) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return f"{value:.{digits}f}"


def _ratio(a: Optional[float], b: Optional[float]) -> str:
    if a is None or b is None or b == 0 or (isinstance(a, float) and math.isnan(a)):
        return "—"
    return f"{a / b:.2f}×"


def rows(results: Dict[str, RunResult], levels: Sequence[int]) -> List[Tuple[str, Dict[str, str], str]]:
    """(metric, {label: cell}, ratio) for each table row."""
    out = []

    def add(name: str, getter: Any, digits: int = 1, ratio: bool = True) -> None:
        values = {label: getter(r) for label, r in results.items()}
        cells = {label: _fmt(v, digits) for label, v in values.items()}
        out.append((name, cells, _ratio(values.get("A"), values.get("B")) if ratio else "—"))

    add("Training time, wall clock (s)", lambda r: r.train_s)
    add("Training CPU time (s)", lambda r: r.train_cpu_s)
    add("Model file (MB)", lambda r: r.model_mb)
    add("Held-out intent accuracy", lambda r: r.accuracy, 3)
    add("Held-out intent F1 (weighted)", lambda r: r.weighted_f1, 3)
    add("Load: start → GET / answers (s)", lambda r: r.load_to_get_s)
    add("Load: start → first reply (s)", lambda r: r.load_to_reply_s)
    add("Rasa RSS after load (MB)", lambda r: r.rss_loaded_mb, 0)
    add("Rasa RSS after load test (MB)", lambda r: r.rss_after_mb, 0)
    add("Rasa peak RSS, VmHWM (MB)", lambda r: r.rss_peak_mb, 0)
    add("Action server RSS (MB)", lambda r: r.actions_rss_mb, 0)
    for level in levels:
        def get(r: RunResult, level: int = level) -> Optional[LevelResult]:
            return r.levels.get(level)

        add(f"{level} concurrent: messages/s", lambda r: get(r).throughput if get(r) else None, 1)
        add(f"{level} concurrent: p50 latency (ms)", lambda r: get(r).percentile(50) if get(r) else None, 0)
        add(f"{level} concurrent: p95 latency (ms)", lambda r: get(r).percentile(95) if get(r) else None, 0)
        add(f"{level} concurrent: Rasa CPU per message (ms)",
            lambda r: get(r).cpu_ms_per_message(get(r).rasa_cpu_s) if get(r) else None, 0)
        add(f"{level} concurrent: errors / messages",
            lambda r: float(get(r).errors) if get(r) else None, 0, ratio=False)
        for label, r in results.items():
            if get(r):
                out[-1][1][label] = f"{get(r).errors} / {get(r).ok + get(r).errors}"
    return out


def table(results: Dict[str, RunResult], levels: Sequence[int]) -> str:
    labels = list(results)
    header = ["Metric", *(f"{label}" for label in labels)] + (["A/B"] if labels == ["A", "B"] else [])
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|"]
    for name, cells, ratio in rows(results, levels):
        row = [name, *(cells[label] for label in labels)] + ([ratio] if labels == ["A", "B"] else [])
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def headlines(results: Dict[str, RunResult], levels: Sequence[int]) -> List[str]:
    a, b = results.get("A"), results.get("B")
    lines = []
    probe = 10 if 10 in levels else (levels[0] if levels else None)
    la = a.levels.get(probe) if a and probe else None
    lb = b.levels.get(probe) if b and probe else None

    def verdict(ok: Optional[bool]) -> str:
        return "n/a" if ok is None else ("met" if ok else "NOT met")

    if la and lb and lb.throughput:
        ratio = la.throughput / lb.throughput
        lines.append(f"Throughput at {probe} concurrent: A {la.throughput:.1f} msg/s vs B {lb.throughput:.1f} msg/s "
                     f"= **{ratio:.2f}×** (target ≥ {TARGET_THROUGHPUT_RATIO:g}×: {verdict(ratio >= TARGET_THROUGHPUT_RATIO)})")
    else:
        lines.append(f"Throughput at {probe} concurrent: A/B ratio n/a (a run is missing)")
    if la and lb and la.ok and lb.ok:
        cpu_a, cpu_b = la.cpu_ms_per_message(la.rasa_cpu_s), lb.cpu_ms_per_message(lb.rasa_cpu_s)
        if cpu_a and cpu_b:
            lines.append(f"Rasa CPU time per message at {probe} concurrent: A {cpu_a:.0f} ms vs B {cpu_b:.0f} ms "
                         f"(B/A = {cpu_b / cpu_a:.2f}×; unlike wall-clock numbers, barely affected by other load)")
    p95 = la.percentile(95) if la else None
    lines.append(f"A's p95 latency at {probe} concurrent: **{_fmt(p95, 0)} ms** "
                 f"(target < {TARGET_P95_MS:g} ms: {verdict(None if p95 is None else p95 < TARGET_P95_MS)})")
    c = results.get("C")
    lc = c.levels.get(probe) if c and probe else None
    if la and lc and lc.throughput:
        gain = la.throughput / lc.throughput
        cpu_a, cpu_c = la.cpu_ms_per_message(la.rasa_cpu_s), lc.cpu_ms_per_message(lc.rasa_cpu_s)
        lines.append(f"What the Rasa extensions buy at {probe} concurrent: A {la.throughput:.1f} msg/s vs C (stock "
                     f"store, channel, no speed-ups) {lc.throughput:.1f} msg/s = **{gain:.2f}×**"
                     + (f"; Rasa CPU per message A {cpu_a:.0f} ms vs C {cpu_c:.0f} ms" if cpu_a and cpu_c else ""))
    acc_a = a.accuracy if a else None
    acc_b = b.accuracy if b else None
    ok = None if acc_a is None or acc_b is None else acc_a >= acc_b
    lines.append(f"Held-out intent accuracy: **A {_fmt(acc_a, 3)} vs B {_fmt(acc_b, 3)}** "
                 f"(target A ≥ B: {verdict(ok)})")
    return lines


def markdown(results: Dict[str, RunResult], args: argparse.Namespace, meta: Dict[str, str], n_holdout: int) -> str:
    out = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`ops/bench.py`); do not edit by hand. Both configurations are trained on the",
        "same data and domain and measured in one run on the same machine.",
        "",
        "- **A**: this project's `config.yml`",
        "- **B**: Rasa 3.6's default pipeline and policies (`scripts/default_config.yml`, what `rasa init` trains with)",
        "- **C**: A's `config.yml` served the stock way: plain `rasa run`, Rasa's SQL tracker store (SQLite), Rasa's",
        "  REST channel, no speed-ups. A against C is what this project's Rasa extensions (rasa_ext/) buy.",
        "",
        f"- Date: {meta['date']}",
        f"- Machine: `nproc` = {meta['nproc']}, CPU: {meta['cpu']}; load average {meta['load_start']} at start, "
        f"{meta['load_end']} at end (the machine is shared, so absolute numbers are noisy; the ratios matter)",
        f"- Rasa {meta['rasa']}, Python {meta['python']}; total benchmark time {meta['runtime']}",
        f"- Project: {meta.get('project', '?')}, copied at the start so A and B use the same data, domain and code",
        "",
        "## Headlines",
        "",
        *[f"- {line}" for line in headlines(results, args.levels)],
        "",
        "## Results",
        "",
        table(results, args.levels),
        "",
        "## Method",
        "",
        "- Training: `rasa train --config <config> --fixed-model-name bench_a|bench_b --out <temp>` with an empty",
        "  training cache (`RASA_CACHE_DIRECTORY` in a temporary folder); wall-clock time of the command and its",
        "  CPU time (user + system over all its threads, from `getrusage`).",
        f"- Accuracy: `rasa test nlu --nlu tests/nlu --model <model>` ({n_holdout} held-out messages never used in",
        "  training), `accuracy` and weighted F1 from `intent_report.json`.",
        "- Load time: from starting `rasa run` (the action server is already up) until `GET /` answers, and until",
        "  a first message through `POST /webhooks/rest/webhook` gets a reply. RSS: `VmRSS`/`VmHWM` from",
        "  `/proc/<pid>/status` of the Rasa process and its children.",
        f"- Load test: an asyncio/aiohttp client on the same machine keeps {', '.join(map(str, args.levels))}"
        " conversations in flight",
        f"  over the REST channel; each conversation is a new sender sending {TURNS} held-out messages in turn",
        "  (a greeting, questions, then thanks or goodbye, taken round-robin) and waiting for each reply. Each",
        f"  level runs {args.duration:g} s after a {args.warmup:g} s warm-up, in {args.rounds} round(s): both servers stay",
        "  up and the rounds alternate between them (A then B, then B then A, ...), so that changes in the shared",
        "  machine's speed fall on both alike; the figures pool all rounds. messages/s counts successful replies.",
        "  The real action server and Rasa run with `endpoints.yml` (SQLite tracker store in a temporary folder).",
        "- Same server for both: A and B differ only in `--config`. Both run with the project's `endpoints.yml` and",
        "  `credentials.yml`, i.e. with its tracker store and Rasa speed-ups and its REST channel (two messages",
        "  at a time, in arrival order), so what differs is the pipeline and the policies. The training data has",
        "  rules and no stories and its FAQ intents are plain intents, so B's TED policies learn nothing and its",
        "  ResponseSelector has nothing to select: B's extra cost per message is DIET and its featurizers, and",
        "  RulePolicy (with an empty MemoizationPolicy) where A has IndexedRulePolicy.",
        "- Rasa CPU per message: user + system CPU time of the Rasa process tree (`/proc/<pid>/stat`) during the",
        "  measured window, divided by the successful replies.",
        "- Targets (reported, not enforced): A ≥ 3× B's throughput at 10 concurrent, A's p95 < 150 ms at 10",
        "  concurrent, A's accuracy ≥ B's.",
        "- Reading the latencies: the client sends each conversation's next message as soon as the reply arrives",
        "  (no think time), and Rasa works on one event loop (at most one core), so with N conversations in flight",
        "  the mean latency is N / throughput (Little's law). A p95 under 150 ms at 10 concurrent therefore",
        "  needs well over 67 messages/s, i.e. clearly under 15 ms of Rasa CPU per message.",
    ]
    problems = [(label, item) for label, r in results.items() for item in r.failures + r.request_errors]
    notes = [(label, item) for label, r in results.items() for item in r.notes]
    if problems or notes:
        out += ["", "## Problems during the run", ""]
        out += [f"- {label}: {item}" for label, item in problems]
        out += [f"- {label} (note): {item}" for label, item in notes]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------------------------------------ main


def parse_args(argv: Optional[Sequence[str]] = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", type=lambda v: v.upper().split(","),
                        help="run some configurations, e.g. A or A,C (prints, writes nothing)")
    parser.add_argument("--quick", action="store_true",
                        help="one round, 5 s per load level, 1 s warm-up (configurations unchanged; prints, writes nothing)")
    parser.add_argument("--rounds", type=int, help="load rounds, alternating A and B (default 3, 1 with --quick)")
    parser.add_argument("--duration", type=float, help="seconds per load level and round (default 10, 5 with --quick)")
    parser.add_argument("--warmup", type=float, help="warm-up seconds per level and round (default 2, 1 with --quick)")
    parser.add_argument("--levels", type=lambda s: [int(x) for x in s.split(",")], default=list(LEVELS),
                        help="comma-separated concurrency levels (default 1,10,50)")
    parser.add_argument("--output", type=Path, help=f"write the report here (default {OUTPUT.name} for a full run)")
    # B's DIET (100 epochs) takes several minutes on 2 idle cores and far longer on a busy machine.
    parser.add_argument("--train-timeout", type=float, default=1800, help="seconds per training (default 1800)")
    parser.add_argument("--test-timeout", type=float, default=300)
    parser.add_argument("--start-timeout", type=float, default=300)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (models, logs)")
    args = parser.parse_args(argv)
    args.rounds = args.rounds if args.rounds is not None else (1 if args.quick else 3)
    args.duration = args.duration if args.duration is not None else (5.0 if args.quick else 10.0)
    args.warmup = args.warmup if args.warmup is not None else (1.0 if args.quick else 2.0)
    if not args.levels or any(level < 1 or level > 200 for level in args.levels):
        parser.error("concurrency levels must be between 1 and 200")
    if not 1 <= args.rounds <= 20:
        parser.error("keep --rounds within 1..20")
    if args.duration <= 0 or args.duration > 120 or args.warmup < 0 or args.warmup > 30:
        parser.error("keep --duration within (0, 120] s and --warmup within [0, 30] s")
    if args.output is None and not args.only and not args.quick and args.levels == list(LEVELS):
        args.output = OUTPUT
    return args


def cluster_section(path: Path) -> str:
    """The sections other benchmarks write (ops/bench_cluster.py, ops/bench_long.py), kept as they are."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    kept = ""
    for name in ("cluster-bench", "long-conversation"):
        start, end = f"<!-- {name} -->", f"<!-- /{name} -->"
        if start in text and end in text:
            kept += "\n" + start + text.split(start, 1)[1].split(end, 1)[0] + end + "\n"
    return kept


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parse_args(argv)
    began = time.monotonic()

    def terminate(signum: int, _frame: Any) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    signal.signal(signal.SIGTERM, terminate)
    meta = {
        "date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "nproc": str(os.cpu_count()),
        "cpu": cpu_model(),
        "load_start": load_average(),
        "rasa": rasa_version(),
        "python": platform.python_version(),
    }
    try:
        meta["nproc"] = subprocess.run(["nproc"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        pass
    labels = [label for label in args.only if label in CONFIGS] if args.only else ["A", "B", "C"]
    log(f"configurations {', '.join(labels)}; nproc {meta['nproc']}; load average {meta['load_start']}")

    workdir = Path(tempfile.mkdtemp(prefix="milia-bench-"))
    project = snapshot_project(workdir / "project")
    meta["project"] = git_state()
    log(f"project {meta['project']} copied to {project}")
    examples = holdout_examples(project)
    n_holdout = sum(len(v) for v in examples.values())
    conversations = Conversations(examples)
    first_message = (examples.get("greet") or next(iter(examples.values())))[0]
    base_env = {**project_env(), "PYTHONPATH": str(project)}
    base_env.pop("RASA_API_TOKEN", None)  # no HTTP API needed
    results: Dict[str, RunResult] = {}
    crashed = False
    running: Dict[str, Running] = {}
    try:
        for label in labels:
            try:
                results[label], handle = prepare(label, args, workdir, project, base_env, first_message)
                if handle:
                    running[label] = handle
            except Exception as exc:  # noqa: BLE001 - report it, go on with the other configuration
                results.setdefault(label, RunResult(label)).failures.append(f"crashed: {exc!r}")
                traceback.print_exc()
        # Both servers stay up; the load rounds alternate between them (A then B, then B then A, ...),
        # so that a change in the machine's speed during the run falls on both alike.
        for number in range(args.rounds):
            log(f"load round {number + 1} of {args.rounds}")
            order = labels if number % 2 == 0 else labels[::-1]
            for level in args.levels:
                for label in order:
                    if label not in running:
                        continue
                    try:
                        measure(results[label], running[label], level, args, conversations)
                    except (StepError, OSError) as exc:
                        results[label].failures.append(f"servers: {exc}")
                        log(f"{label}: servers FAILED: {exc}")
                        stop(results[label], running.pop(label))
    except KeyboardInterrupt:
        crashed = True
        log("interrupted")
    finally:
        for label, handle in running.items():
            stop(results[label], handle)
    meta["load_end"] = load_average()
    minutes, seconds = divmod(int(time.monotonic() - began), 60)
    meta["runtime"] = f"{minutes} min {seconds:02d} s"

    print()
    print(table(results, args.levels))
    print()
    for line in headlines(results, args.levels):
        print(line.replace("**", ""))
    failures = [(label, item) for label, r in results.items() for item in r.failures + r.request_errors]
    complete = not crashed and len(results) == len(labels) and not any(r.failures for r in results.values())
    for label, r in results.items():
        for note in r.notes:
            print(f"note {label}: {note}")
    for label, item in failures:
        print(f"PROBLEM {label}: {item}", file=sys.stderr)
    print(f"\nTotal time {meta['runtime']}.")

    if args.output and complete:
        args.output.write_text(markdown(results, args, meta, n_holdout) + cluster_section(args.output), encoding="utf-8")
        log(f"wrote {args.output}")
    elif args.output:
        log(f"a step failed: {args.output} left as it was")
    if args.keep or failures or crashed:
        log(f"models and logs kept in {workdir}")
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    return 1 if failures or crashed else 0


if __name__ == "__main__":
    sys.exit(main())
