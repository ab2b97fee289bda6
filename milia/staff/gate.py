"""The quality gate between a newly trained model and the one the assistant uses.

    python -m milia.staff.gate     # evaluate models/candidate.tar.gz against models/milia.tar.gz

Both models answer the held-out questions (`rasa test nlu --nlu tests/nlu`) and play the test
conversations (`rasa test core --stories tests/stories`). Their scores are printed side by side,
per topic/intent. The candidate is promoted only if it is not worse:

  - its overall held-out accuracy is not lower than the current model's by more than the
    tolerance (0.005, i.e. half a percentage point), and
  - every test conversation that passed with the current model still passes.

With no current model, the candidate is promoted if every test conversation passes.
Promotion: models/milia.tar.gz -> models/previous.tar.gz, candidate -> models/milia.tar.gz.
Refusal: exit 1; the current model is left as it is (the candidate stays for inspection).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Tuple

import yaml

ROOT = Path(__file__).resolve().parents[2]
RASA = Path(sys.executable).parent / "rasa"
TOLERANCE = 0.005
SUMMARY_ROWS = ("accuracy", "macro avg", "weighted avg", "micro avg")


@dataclass
class Scores:
    """What one model achieved: held-out accuracy, per-intent right/total, and each test story."""

    accuracy: float
    intents: Dict[str, Tuple[int, int]]  # intent -> (answered right, held-out questions)
    stories: Dict[str, bool]  # story name -> passed
    errors: Dict[str, str] = field(default_factory=dict)  # "nlu"/"core" -> why it could not be evaluated

    @property
    def stories_passed(self) -> int:
        return sum(self.stories.values())


@dataclass
class Decision:
    promote: bool
    reasons: List[str]
    newly_failing: List[str] = field(default_factory=list)
    newly_passing: List[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# Reading Rasa's reports


def intents_from_report(report: Mapping[str, Any]) -> Dict[str, Tuple[int, int]]:
    """Rasa's intent_report.json -> intent: (right, total), for intents with held-out questions."""
    found = {}
    for name, row in report.items():
        if name in SUMMARY_ROWS or not isinstance(row, Mapping) or "support" not in row:
            continue
        total = int(row["support"])
        if total:
            found[name] = (int(round(float(row["recall"]) * total)), total)
    return found


def story_names(stories_yaml: str) -> List[str]:
    """Names of the stories in one of Rasa's successful/failed_test_stories.yml files."""
    data = yaml.safe_load(stories_yaml) or {}
    return [str(s["story"]) for s in data.get("stories") or [] if isinstance(s, Mapping) and "story" in s]


def stories_from_files(successful_yaml: str, failed_yaml: str) -> Dict[str, bool]:
    result = {name: True for name in story_names(successful_yaml)}
    result.update({name: False for name in story_names(failed_yaml)})
    return result


def scores_from_reports(intent_report: Mapping[str, Any], successful_yaml: str, failed_yaml: str) -> Scores:
    return Scores(
        accuracy=float(intent_report["accuracy"]),
        intents=intents_from_report(intent_report),
        stories=stories_from_files(successful_yaml, failed_yaml),
    )


# ---------------------------------------------------------------------------------------------
# The decision


def decide(candidate: Scores, current: Optional[Scores], tolerance: float = TOLERANCE) -> Decision:
    if candidate.errors:
        return Decision(False, ["the new model could not be evaluated: " + "; ".join(candidate.errors.values())])
    if not candidate.stories:
        return Decision(False, ["no test conversation was run for the new model"])
    failing = sorted(name for name, ok in candidate.stories.items() if not ok)
    if current is None:
        if failing:
            return Decision(False, [f"{len(failing)} test conversation(s) fail with the new model"], failing)
        return Decision(True, ["there is no current model, and every test conversation passes"])
    refuse, accept = [], []
    if "nlu" in current.errors:
        accept.append("held-out accuracy not compared (the current model could not be evaluated)")
    elif candidate.accuracy < current.accuracy - tolerance:
        refuse.append(
            f"held-out accuracy would drop from {current.accuracy:.1%} to {candidate.accuracy:.1%} "
            f"(at most {tolerance:.1%} lower is allowed)"
        )
    else:
        accept.append(f"held-out accuracy {current.accuracy:.1%} -> {candidate.accuracy:.1%}")
    if "core" in current.errors:
        # Without the current model's results, every test conversation must pass.
        newly_failing, newly_passing = failing, []
        if failing:
            refuse.append(f"{len(failing)} test conversation(s) fail (the current model could not be checked)")
        else:
            accept.append("every test conversation passes")
    else:
        newly_failing = sorted(n for n, ok in candidate.stories.items() if not ok and current.stories.get(n))
        newly_passing = sorted(n for n, ok in candidate.stories.items() if ok and current.stories.get(n) is False)
        if newly_failing:
            refuse.append(f"{len(newly_failing)} test conversation(s) that pass today would fail")
        else:
            accept.append("no test conversation that passes today fails")
    if refuse:
        return Decision(False, refuse, newly_failing, newly_passing)
    return Decision(True, accept, newly_failing, newly_passing)


# ---------------------------------------------------------------------------------------------
# Printing


def topic_label(intent: str) -> str:
    return f"{intent[4:]} (topic)" if intent.startswith("faq_") else intent


def side_by_side(candidate: Scores, current: Optional[Scores]) -> str:
    lines = ["Held-out questions (tests/nlu): right answers per topic/intent", ""]
    head = f"  {'topic / intent':32} {'current':>9} {'new':>9}"
    lines += [head, "  " + "-" * (len(head) - 2)]
    names = sorted(set(candidate.intents) | set(current.intents if current else ()),
                   key=lambda n: (not n.startswith("faq_"), n))

    def cell(scores: Optional[Scores], name: str) -> str:
        if scores is None or "nlu" in scores.errors:
            return "-"
        right, total = scores.intents.get(name, (0, 0))
        return f"{right}/{total}" if total else "-"

    for name in names:
        new = candidate.intents.get(name, (0, 0))
        old = current.intents.get(name, (0, 0)) if current and "nlu" not in current.errors else None
        mark = ""
        if old is not None and new[1] and old[1]:
            if new[0] / new[1] < old[0] / old[1]:
                mark = "  worse"
            elif new[0] / new[1] > old[0] / old[1]:
                mark = "  better"
        lines.append(f"  {topic_label(name):32} {cell(current, name):>9} {cell(candidate, name):>9}{mark}")
    old_acc = f"{current.accuracy:.1%}" if current and "nlu" not in current.errors else "-"
    lines.append(f"  {'OVERALL accuracy':32} {old_acc:>9} {candidate.accuracy:>9.1%}")
    lines += ["", "Test conversations (tests/stories):"]
    if current and "core" not in current.errors:
        lines.append(f"  current model: {current.stories_passed}/{len(current.stories)} pass")
    lines.append(f"  new model:     {candidate.stories_passed}/{len(candidate.stories)} pass")
    return "\n".join(lines)


def verdict_line(decision: Decision) -> str:
    """The one line that says what happened; printed before the table and again at the very end."""
    return f"Gate: {'PROMOTED' if decision.promote else 'REFUSED'} - " + "; ".join(decision.reasons)


def print_decision(decision: Decision, candidate: Scores) -> None:
    """The test conversations whose result changed (or that fail); the verdict is printed apart."""
    for title, names in (
        ("Now FAILING (passed with the current model)", decision.newly_failing),
        ("Now passing (failed with the current model)", decision.newly_passing),
    ):
        if names:
            print(f"\n{title}:")
            print("\n".join(f"  - {n}" for n in names))
    still = sorted(n for n, ok in candidate.stories.items() if not ok and n not in decision.newly_failing)
    if still:
        print("\nFailing with both models:" if decision.newly_failing or decision.promote else "\nFailing:")
        print("\n".join(f"  - {n}" for n in still))


# ---------------------------------------------------------------------------------------------
# Running Rasa


def run_rasa(args: List[str], log: Path, env: Mapping[str, str]) -> int:
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "wb") as out:
        return subprocess.run([str(RASA), *args], cwd=ROOT, env=dict(env), stdout=out,
                              stderr=subprocess.STDOUT).returncode


def evaluate(model: Path, out: Path, nlu: Path, stories: Path, env: Mapping[str, str],
             pool: ThreadPoolExecutor) -> "Evaluation":
    return Evaluation(model, out, pool.submit(
        run_rasa, ["test", "nlu", "--nlu", str(nlu), "--model", str(model), "--out", str(out / "nlu"),
                   "--no-plot"], out / "nlu.log", env,
    ), pool.submit(
        run_rasa, ["test", "core", "--stories", str(stories), "--model", str(model), "--out",
                   str(out / "core"), "--no-plot", "--successes"], out / "core.log", env,
    ))


@dataclass
class Evaluation:
    model: Path
    out: Path
    nlu_job: Any
    core_job: Any

    def scores(self) -> Scores:
        scores = Scores(0.0, {}, {})
        if self.nlu_job.result() != 0:
            scores.errors["nlu"] = f"rasa test nlu failed (see {self.out / 'nlu.log'})"
        else:
            try:
                report = json.loads((self.out / "nlu" / "intent_report.json").read_text(encoding="utf-8"))
                scores.accuracy, scores.intents = float(report["accuracy"]), intents_from_report(report)
            except (OSError, ValueError, KeyError) as exc:
                scores.errors["nlu"] = f"no NLU report ({exc})"
        if self.core_job.result() != 0:
            scores.errors["core"] = f"rasa test core failed (see {self.out / 'core.log'})"
        else:
            try:
                scores.stories = stories_from_files(
                    (self.out / "core" / "successful_test_stories.yml").read_text(encoding="utf-8"),
                    (self.out / "core" / "failed_test_stories.yml").read_text(encoding="utf-8"),
                )
            except (OSError, yaml.YAMLError) as exc:
                scores.errors["core"] = f"no story results ({exc})"
        return scores


def promote(candidate: Path, current: Path, previous: Path) -> None:
    if current.exists():
        os.replace(current, previous)
    os.replace(candidate, current)


def relative(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidate", type=Path, default=ROOT / "models" / "candidate.tar.gz")
    parser.add_argument("--current", type=Path, default=ROOT / "models" / "milia.tar.gz")
    parser.add_argument("--previous", type=Path, default=ROOT / "models" / "previous.tar.gz")
    parser.add_argument("--nlu", type=Path, default=ROOT / "tests" / "nlu")
    parser.add_argument("--stories", type=Path, default=ROOT / "tests" / "stories")
    parser.add_argument("--out", type=Path, default=ROOT / "reports" / "gate")
    parser.add_argument("--tolerance", type=float, default=TOLERANCE)
    parser.add_argument("--no-promote", action="store_true", help="only compare, never move model files")
    args = parser.parse_args(argv)
    paths = {k: getattr(args, k).resolve() for k in ("candidate", "current", "previous", "nlu", "stories", "out")}
    if not paths["candidate"].exists():
        print(f"No new model to check: {relative(paths['candidate'])} does not exist. Run `make train`.")
        return 1
    has_current = paths["current"].exists()
    print(f"Checking the new model {relative(paths['candidate'])} against "
          + (f"the current one {relative(paths['current'])}" if has_current else "no current model (first model)")
          + " ...", flush=True)
    env = {**os.environ, "TQDM_DISABLE": "1", "RASA_TELEMETRY_ENABLED": "false"}
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=2) as pool:
        new_eval = evaluate(paths["candidate"], paths["out"] / "candidate", paths["nlu"], paths["stories"], env, pool)
        old_eval = (evaluate(paths["current"], paths["out"] / "current", paths["nlu"], paths["stories"], env, pool)
                    if has_current else None)
        candidate = new_eval.scores()
        current = old_eval.scores() if old_eval else None
    print(f"(evaluated in {time.monotonic() - started:.0f} s; reports and Rasa's logs in {relative(paths['out'])})\n")
    decision = decide(candidate, current, args.tolerance)
    verdict = verdict_line(decision)
    # The verdict first (the details follow) and last (the line a terminal leaves on screen).
    print(verdict + "\n", flush=True)
    if current is not None and current.errors:
        print("Note: the current model could not be fully evaluated: " + "; ".join(current.errors.values()) + "\n")
    print(side_by_side(candidate, current))
    print_decision(decision, candidate)
    print()
    if not decision.promote:
        print(f"The assistant keeps using {relative(paths['current'])}." if has_current else "No model was promoted.")
        print(f"The refused model stays at {relative(paths['candidate'])} for inspection; see docs/staff-guide.md "
              f"('If the gate refuses').")
        print(f"\n{verdict}")
        return 1
    if args.no_promote:
        print("(--no-promote: model files left as they are)")
    else:
        promote(paths["candidate"], paths["current"], paths["previous"])
        print(f"{relative(paths['current'])} is now the new model"
              + (f"; the one before is kept as {relative(paths['previous'])}." if has_current else "."))
    print(f"\n{verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
