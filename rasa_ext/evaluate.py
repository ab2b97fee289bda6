"""Ask the trained model what it makes of labelled messages, offline (no servers).

``python -m rasa_ext.evaluate safety`` measures the whole NLU pipeline's first reply on the safety
set (tests/safety): the detector *and* the classifier, combined as ``SafetyDetector`` combines them
(milia/safety/triage.py), which is what a visitor gets. ``make safety-report`` measures the
detector alone, without a model. The table's layout and the held-out rule are
``milia.safety.report``'s: the held-out half's messages are never printed.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence

import yaml

from milia.safety import report
from milia.safety.triage import Urgency, urgency_of_reply
from milia.staff.typos import load_nlu_examples, misspell
from rasa_ext.components.linear_intent_classifier import ASKED_ENTITY, COMPOUND_INTENT
from rasa_ext.components.safety_detector import ALSO_ASKED_ENTITY

DEFAULT_MODEL = Path("models/milia.tar.gz")


@lru_cache(maxsize=1)
def _agent(model: Path) -> Any:
    from rasa.core.agent import Agent

    if not model.is_file():
        raise SystemExit(f"no trained model at {model}: run `make train` first")
    return Agent.load(str(model))


def parse_all(
    model: Path, texts: Sequence[str], befores: Optional[Sequence[Optional[str]]] = None
) -> List[Dict[str, Any]]:
    """Rasa's parse result for each text, in order (the model's full NLU pipeline).

    ``befores``: the visitor's message before each text, if any, put in the conversation the text is
    parsed in (as the server does: the tracker so far, without the text itself).
    """
    from rasa.core.channels.channel import UserMessage
    from rasa.shared.core.events import ActionExecuted, SessionStarted, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker
    from rasa.utils.log_utils import configure_structlog

    # Rasa logs each parsed text at debug level; held-out messages must never be printed.
    configure_structlog(logging.WARNING)
    logging.getLogger("rasa").setLevel(logging.WARNING)
    agent = _agent(model)

    def tracker(before: Optional[str]) -> DialogueStateTracker:
        events = [SessionStarted(), ActionExecuted("action_listen")]
        if before is not None:
            events += [UserUttered(before), ActionExecuted("action_listen")]
        return DialogueStateTracker.from_events("evaluate", events)

    async def run() -> List[Dict[str, Any]]:
        if befores is None:
            return [await agent.parse_message(text) for text in texts]
        return [await agent.processor.parse_message(UserMessage(text), tracker(before))
                for text, before in zip(texts, befores, strict=True)]

    return asyncio.run(run())


def safety_flags(parsed: Dict[str, Any]) -> List[str]:
    return [str(e.get("value")) for e in parsed.get("entities") or [] if e.get("entity") == "safety_flag"]


def system_urgency(parsed: Dict[str, Any]) -> Urgency:
    intent = (parsed.get("intent") or {}).get("name")
    return urgency_of_reply(intent, safety_flags(parsed))


def safety(model: Path, errors: bool = False, check: bool = False, held_out_only: bool = False) -> int:
    """Prints both halves; with ``check``, 1 when the held-out half fell below its floors.

    ``held_out_only``: only the held-out halves (all the gate reads; `make test` runs this, since the
    tuning halves' 68,000 messages take most of the run's ten minutes).
    """
    failures: List[str] = []
    halves = [(half, paths) for half, paths in report.HALVES.items()]
    halves += [(f"follow-ups {half}", paths) for half, paths in report.FOLLOWUP_HALVES.items()]
    if held_out_only:
        halves = [(half, paths) for half, paths in halves if not half.endswith("tuning")]
    for half, paths in halves:
        rows = report.load_rows(paths)
        parsed = parse_all(model, [r.text for r in rows], [r.before for r in rows])
        got = {r: system_urgency(p) for r, p in zip(rows, parsed, strict=True)}
        scores = report.score(rows, predict=got.__getitem__)
        # The held-out half's messages are never printed: reading them would be tuning on them.
        print(report.table(f"{half} (detector + classifier)", scores, show_errors=errors and half.endswith("tuning")))
        for miss in report.target_misses(half, scores):
            print("target not met:", miss)
        print()
        if half == "held-out":
            failures += report.gate_failures(half, scores, report.SYSTEM_HELD_OUT_FLOORS)
    for failure in failures:
        print("FAILED", failure)
    print("gate: the held-out half at or above SYSTEM_HELD_OUT_FLOORS:", "FAILED" if failures else "met")
    return 1 if failures and check else 0


REAL_DIR = Path("tests/nlu/real")
# A more urgent reply than the label is not a miss.
ALSO_RIGHT = {"report_red_flag": {"report_emergency"}}


def real(model: Path, paths: Sequence[Path], min_accuracy: float) -> int:
    """Accuracy on questions as people wrote them on public pages (tests/nlu/real/heldout*.yml). A
    message that asks two things (``also``) is right when the first reply answers either of them."""
    rows = [dict(r, file=path.name) for path in paths for r in yaml.safe_load(path.read_text(encoding="utf-8")) or []]
    parsed = parse_all(model, [str(r["text"]) for r in rows])
    per_intent: Dict[str, List[int]] = {}
    per_file: Dict[str, List[int]] = {}
    right = after_safety = 0
    for row, p in zip(rows, parsed, strict=True):
        got = {(p.get("intent") or {}).get("name")}
        entities = p.get("entities") or []
        if got == {COMPOUND_INTENT}:  # both questions answered, in the order asked
            got = {str(e.get("value")) for e in entities if e.get("entity") == ASKED_ENTITY}
        wanted = {row["intent"], row.get("also")} | ALSO_RIGHT.get(row["intent"], set())
        ok = bool(got & wanted)
        right += ok
        # a safety reply first, then the answer asked for (actions/safety.py's answer_also_asked)
        after_safety += not ok and bool(wanted & {str(e.get("value")) for e in entities if e.get("entity") == ALSO_ASKED_ENTITY})
        per_intent.setdefault(row["intent"], [0, 0])[0] += ok
        per_intent[row["intent"]][1] += 1
        per_file.setdefault(row["file"], [0, 0])[0] += ok
        per_file[row["file"]][1] += 1
    accuracy = right / len(rows) if rows else 0.0
    names = ", ".join(str(p) for p in paths)
    print(f"== {names} ({model}): {right}/{len(rows)} right, accuracy {accuracy:.3f} (gate {min_accuracy:.2f})")
    print(f"  not counted above: {after_safety} more answered second, after a safety reply "
          f"({right + after_safety}/{len(rows)} answered at all)")
    for name, (ok, n) in sorted(per_file.items()):
        print(f"  {name:<26}{ok:>3}/{n}  {ok / n:.3f}")
    for intent, (ok, n) in sorted(per_intent.items()):
        print(f"  {intent:<26}{ok:>3}/{n}")
    return 0 if accuracy >= min_accuracy else 1


SECOND_LABELLER = REAL_DIR / "agreement" / "second_labeller.yml"


def agreement(paths: Sequence[Path]) -> int:
    """How often a second labeller, blind to our labels, chose an intent our labels count as right
    (the rule ``real`` scores the assistant by): the most any classifier can expect to agree with
    labels that people can read two ways. Needs no model."""
    ours = [r for path in paths for r in yaml.safe_load(path.read_text(encoding="utf-8")) or []]
    theirs = {(r["file"], r["text"]): r for r in yaml.safe_load(SECOND_LABELLER.read_text(encoding="utf-8"))}
    rows = [(r, theirs[(path.name, r["text"])]) for path in paths
            for r in yaml.safe_load(path.read_text(encoding="utf-8")) or [] if (path.name, r["text"]) in theirs]
    if len(rows) != len(ours):
        raise SystemExit(f"{SECOND_LABELLER} does not label every held-out quote of {', '.join(p.name for p in paths)}")
    same = sum(o["intent"] == t["intent"] for o, t in rows)
    right = sum(t["intent"] in {o["intent"], o.get("also")} | ALSO_RIGHT.get(o["intent"], set()) for o, t in rows)
    print(f"== two labellers on {len(rows)} held-out quotes: same first intent {same} ({same / len(rows):.3f}); "
          f"second labeller right by the assistant's rule {right} ({right / len(rows):.3f})")
    return 0


def typos(model: Path, max_drop: float) -> int:
    """Held-out accuracy (tests/nlu) on the messages as written and on misspelled variants of them
    (milia/staff/typos.py): the variants are made here, never added to the training data."""
    rows = load_nlu_examples(sorted(Path("tests/nlu").glob("*.yml")))
    variants = [misspell(text) for text, _ in rows]
    clean = parse_all(model, [text for text, _ in rows])
    typed = parse_all(model, variants)

    def accuracy(parsed: List[Dict[str, Any]]) -> float:
        return sum((p.get("intent") or {}).get("name") == intent for p, (_, intent) in zip(parsed, rows, strict=True)) / len(rows)

    changed = sum(v != t for v, (t, _) in zip(variants, rows, strict=True))
    before, after = accuracy(clean), accuracy(typed)
    print(f"== misspellings: {len(rows)} held-out messages (tests/nlu), {changed} changed by milia/staff/typos.py")
    print(f"  accuracy as written {before:.3f}; misspelled {after:.3f}; drop {before - after:.3f} (gate <= {max_drop:.2f})")
    return 0 if before - after <= max_drop else 1


def main(argv: Sequence[str] = ()) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["safety", "real", "typos", "agreement"])
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--errors", action="store_true", help="list the tuning half's wrong replies")
    parser.add_argument("--check", action="store_true", help="exit 1 when the held-out floors are not met")
    parser.add_argument("--held-out-only", action="store_true", help="safety: leave out the tuning halves")
    parser.add_argument("--set", type=Path, nargs="+", default=sorted(REAL_DIR.glob("heldout*.yml")),
                        help="real: the labelled files (default: every held-out half)")
    parser.add_argument("--min-accuracy", type=float, default=0.92, help="real: the gate")
    parser.add_argument("--max-drop", type=float, default=0.12, help="typos: the largest accuracy drop allowed")
    args = parser.parse_args(list(argv))
    if args.what == "typos":
        return typos(args.model, args.max_drop)
    if args.what == "agreement":
        return agreement(args.set)
    if args.what == "real":
        return real(args.model, args.set, args.min_accuracy)
    return safety(args.model, args.errors, args.check, args.held_out_only)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
