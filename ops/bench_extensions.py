"""What each Rasa extension buys (`make bench`, after the load benchmark).

Each configuration runs ``python -m rasa_ext.measure`` in its own process (the speed-ups are
process-wide): the trained model, the real action server, a fresh SQLite conversation store, two
workloads one message at a time through Rasa's ``Agent.handle_message`` (everything but HTTP):
short FAQ conversations, and whole callback forms (every turn calls the action server). Configurations: every extension; all but one speed-up, for each; and every speed-up on
Rasa's stock SQL tracker store instead of rasa_ext/tracker_store.py. (Without any speed-up the
project's tracker store refuses to start, by design: rasa_ext/tracker_store.py.) Two passes over
the configurations, interleaved; the median of the rounds' medians goes to BENCHMARKS.md between
``<!-- extensions -->`` and ``<!-- /extensions -->``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

import yaml

from ops.bench_long import _free_port, _write
from ops.services import ROOT, services, stop_all

START, END = "<!-- extensions -->", "<!-- /extensions -->"
MODEL = ROOT / "models" / "milia.tar.gz"
DROP_BELOW = 0.05  # the rule: an extension that buys under 5% is dropped


def speedup_names() -> List[str]:
    out = subprocess.run([sys.executable, "-m", "rasa_ext.measure", "--list"], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    return out.split()


def configurations(names: Sequence[str], folder: Path, action_port: str) -> List[Tuple[str, List[str], Path]]:
    stock = folder / "stock-endpoints.yml"
    stock.write_text(yaml.safe_dump({
        "action_endpoint": {"url": f"http://127.0.0.1:{action_port}/webhook"},
        "tracker_store": {"type": "SQL", "dialect": "sqlite", "db": str(folder / "stock-tracker.db")},
    }), encoding="utf-8")
    ours = ROOT / "endpoints.yml"
    return [("every extension", [], ours),
            *((f"without {name}", [name], ours) for name in names),
            ("Rasa's stock SQL tracker store", [], stock)]


WORKLOADS = ("faq", "form")


def measure_one(without: List[str], endpoints: Path, env: Dict[str, str], conversations: int,
                workload: str = "faq") -> List[float]:
    argv = [sys.executable, "-m", "rasa_ext.measure", "--endpoints", str(endpoints), "--model", str(MODEL),
            "--conversations", str(conversations), "--rounds", "2", "--workload", workload]
    if without:
        argv += ["--without", *without]
    done = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        raise RuntimeError(f"rasa_ext.measure {' '.join(without)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])["ms_per_message"]


def run(conversations: int, passes: int) -> Dict[Tuple[str, str], float]:
    results: Dict[Tuple[str, str], List[float]] = {}
    with tempfile.TemporaryDirectory(prefix="milia-bench-ext-") as tmp:
        folder = Path(tmp)
        port = str(_free_port())
        env = {**os.environ, "ACTION_PORT": port, "OUTBOX_DB_URL": f"sqlite:///{folder}/outbox.db"}
        actions = services(env, model=str(MODEL))["actions"]
        actions.start(env, folder / "logs")
        try:
            actions.wait_ready(120)
            found = configurations(speedup_names(), folder, port)
            for number in range(passes):
                for (label, without, endpoints), workload in itertools.product(found, WORKLOADS):
                    key = (label, workload)
                    store = folder / f"tracker-{number}-{workload}-{len(results.get(key, []))}-{abs(hash(label))}.db"
                    run_env = {**env, "TRACKER_DB_URL": f"sqlite:///{store}"}
                    results.setdefault(key, []).extend(measure_one(without, endpoints, run_env, conversations, workload))
                    print(f"  {label} ({workload}): {results[key]}", flush=True)
        finally:
            stop_all([actions])
    return {label: statistics.median(values) for label, values in results.items()}


def section(results: Dict[Tuple[str, str], float], conversations: int, passes: int) -> str:
    rows = []
    for label in dict.fromkeys(label for label, _ in results):
        cells, best = [], None
        for workload in WORKLOADS:
            ms, every = results[(label, workload)], results[("every extension", workload)]
            buys = (ms - every) / ms  # the share of the message's cost it saves
            best = buys if best is None else max(best, buys)
            cells += [f"{ms:.2f}", "" if label == "every extension" else f"{buys:+.0%}"]
        verdict = "" if label == "every extension" else ("keep" if best >= DROP_BELOW else "under 5%")
        rows.append(f"| {label} | {' | '.join(cells)} | {verdict} |")
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return "\n".join([
        START,
        "## What each extension buys (`python -m ops.bench_extensions`)",
        "",
        f"{when}, {os.cpu_count()} CPU core(s) ({platform.processor() or platform.machine()}). In one process "
        f"(`rasa_ext.measure`), the trained model, the real action server and a fresh SQLite store: {conversations} "
        f"new visitors per round and workload, one message at a time through `Agent.handle_message` (everything "
        f"but HTTP): **FAQ**, a session start and 5 held-out FAQ questions; **form**, a greeting, a callback "
        f"request and the whole form to its confirmation (every form turn calls the action server); {passes} "
        "interleaved passes of 2 rounds; median milliseconds per message. An extension is kept when it saves "
        "5% or more of either workload's cost.",
        "",
        "| configuration | FAQ: ms per message | FAQ: share saved | form: ms per message | form: share saved | |",
        "|---|---:|---:|---:|---:|---|",
        *rows,
        "",
        "\"Without X\" leaves out one speed-up of rasa_ext/speedups.py; the stock store row replaces "
        "rasa_ext/tracker_store.py by Rasa's `type: SQL`. The model's own components (IndexedRulePolicy, "
        "LinearIntentClassifier) are measured by `make bench`'s A against B, and the REST channel by A against C. "
        "Rounds of one configuration vary by up to 15% on this machine, so a difference under 5% is within the "
        "noise. The FAQ workload calls the action server once per visitor (the session start), so the speed-ups "
        "for action-server replies and connections show on the form workload, where every turn calls it.",
        END,
    ])


def main(argv: Sequence[str] = ()) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=30)
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(list(argv))
    if not MODEL.is_file():
        raise SystemExit(f"no trained model at {MODEL}: run `make train` first")
    text = section(run(args.conversations, args.passes), args.conversations, args.passes)
    print(text)
    if not args.no_write:
        _write(text, START, END)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
