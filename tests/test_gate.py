"""The quality gate (milia/staff/gate.py): the compare logic on Rasa-shaped reports, and one real refusal."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Dict

import pytest
import yaml

from milia.knowledge.topics import ROOT
from milia.staff import gate  # noqa: E402

# Shaped like Rasa's intent_report.json (rasa test nlu), trimmed to a few intents.
CURRENT_REPORT: Dict = {
    "faq_contagious": {"precision": 1.0, "recall": 0.6666666666666666, "f1-score": 0.8, "support": 6,
                       "confused_with": {"faq_spreading": 2}},
    "faq_spreading": {"precision": 0.75, "recall": 1.0, "f1-score": 0.8571428571428571, "support": 6,
                      "confused_with": {}},
    "greet": {"precision": 1.0, "recall": 1.0, "f1-score": 1.0, "support": 8, "confused_with": {}},
    "nlu_fallback": {"precision": 0.0, "recall": 0.0, "f1-score": 0.0, "support": 0, "confused_with": {}},
    "accuracy": 0.9,
    "macro avg": {"precision": 0.9, "recall": 0.9, "f1-score": 0.9, "support": 20},
    "weighted avg": {"precision": 0.9, "recall": 0.9, "f1-score": 0.9, "support": 20},
    "micro avg": {"precision": 0.9, "recall": 0.9, "f1-score": 0.9, "support": 20},
}

# Shaped like successful_test_stories.yml / failed_test_stories.yml (rasa test core --successes).
PASSED = """version: "3.1"
stories:
- story: Visitor asks 'Are milia contagious?' (tests/stories/test_faq_stories.yml)
  steps:
  - intent: faq_contagious
    user: |-
      are milia contagious
  - action: utter_faq_contagious
- story: Greeting, a question, thanks and goodbye (tests/stories/test_conversation_stories.yml)
  steps:
  - intent: greet
  - action: utter_greet
"""
FAILED_CONTAGIOUS = """version: "3.1"
stories:
- story: Visitor asks 'Are milia contagious?' (tests/stories/test_faq_stories.yml)
  steps:
  - intent: faq_contagious  # predicted: faq_spreading: are milia contagious
    user: |-
      are milia contagious
  - action: utter_faq_contagious  # predicted: utter_faq_spreading
  - action: action_listen  # predicted: action_default_fallback
"""
ONLY_GREETING = """version: "3.1"
stories:
- story: Greeting, a question, thanks and goodbye (tests/stories/test_conversation_stories.yml)
  steps:
  - intent: greet
  - action: utter_greet
"""
NONE_FAILED = "# None of the test stories failed - all good!"
CONTAGIOUS = "Visitor asks 'Are milia contagious?' (tests/stories/test_faq_stories.yml)"


def report_with(accuracy: float, **recalls: float) -> Dict:
    report = {k: dict(v) if isinstance(v, dict) else v for k, v in CURRENT_REPORT.items()}
    report["accuracy"] = accuracy
    for intent, recall in recalls.items():
        report[intent]["recall"] = recall
    return report


def current() -> gate.Scores:
    return gate.scores_from_reports(CURRENT_REPORT, PASSED, NONE_FAILED)


def test_reports_are_read_into_right_and_total_per_intent_and_story_results() -> None:
    scores = current()
    assert scores.accuracy == 0.9
    assert scores.intents == {"faq_contagious": (4, 6), "faq_spreading": (6, 6), "greet": (8, 8)}
    assert scores.stories == {CONTAGIOUS: True, "Greeting, a question, thanks and goodbye "
                              "(tests/stories/test_conversation_stories.yml)": True}


def test_failed_stories_file_with_prediction_comments_is_read() -> None:
    stories = gate.stories_from_files(ONLY_GREETING, FAILED_CONTAGIOUS)
    assert stories[CONTAGIOUS] is False and sum(stories.values()) == 1


def test_an_equal_or_better_model_is_promoted() -> None:
    assert gate.decide(current(), current()).promote
    better = gate.scores_from_reports(report_with(0.95, faq_contagious=1.0), PASSED, NONE_FAILED)
    assert gate.decide(better, current()).promote


def test_a_drop_within_the_tolerance_is_accepted_beyond_it_refused() -> None:
    slightly = gate.scores_from_reports(report_with(0.896), PASSED, NONE_FAILED)
    assert gate.decide(slightly, current(), tolerance=0.005).promote
    worse = gate.scores_from_reports(report_with(0.89), PASSED, NONE_FAILED)
    decision = gate.decide(worse, current(), tolerance=0.005)
    assert not decision.promote
    assert "90.0% to 89.0%" in decision.reasons[0]


def test_a_story_that_passed_before_and_fails_now_is_refused_even_with_better_accuracy() -> None:
    candidate = gate.scores_from_reports(report_with(0.99), ONLY_GREETING, FAILED_CONTAGIOUS)
    decision = gate.decide(candidate, current())
    assert not decision.promote
    assert decision.newly_failing == [CONTAGIOUS]


def test_a_story_failing_with_both_models_does_not_block() -> None:
    old = gate.scores_from_reports(CURRENT_REPORT, ONLY_GREETING, FAILED_CONTAGIOUS)
    new = gate.scores_from_reports(report_with(0.9), ONLY_GREETING, FAILED_CONTAGIOUS)
    assert gate.decide(new, old).promote
    fixed = gate.scores_from_reports(report_with(0.9), PASSED, NONE_FAILED)
    assert gate.decide(fixed, old).newly_passing == [CONTAGIOUS]


def test_first_model_is_promoted_only_if_every_story_passes() -> None:
    assert gate.decide(current(), None).promote
    failing = gate.scores_from_reports(CURRENT_REPORT, ONLY_GREETING, FAILED_CONTAGIOUS)
    decision = gate.decide(failing, None)
    assert not decision.promote and decision.newly_failing == [CONTAGIOUS]


def test_a_candidate_that_could_not_be_evaluated_is_refused() -> None:
    broken = gate.Scores(0.0, {}, {}, {"core": "rasa test core failed"})
    assert not gate.decide(broken, current()).promote
    assert not gate.decide(broken, None).promote


def test_when_the_current_model_cannot_play_the_stories_every_story_must_pass() -> None:
    old = gate.Scores(0.9, current().intents, {}, {"core": "rasa test core failed"})
    assert gate.decide(current(), old).promote
    failing = gate.scores_from_reports(CURRENT_REPORT, ONLY_GREETING, FAILED_CONTAGIOUS)
    decision = gate.decide(failing, old)
    assert not decision.promote and decision.newly_failing == [CONTAGIOUS]
    worse = gate.scores_from_reports(report_with(0.8), PASSED, NONE_FAILED)
    assert not gate.decide(worse, old).promote  # accuracy is still compared


def test_the_printout_shows_both_models_per_topic_and_marks_changes() -> None:
    candidate = gate.scores_from_reports(report_with(0.95, faq_contagious=1.0), PASSED, NONE_FAILED)
    table = gate.side_by_side(candidate, current())
    row = next(line for line in table.splitlines() if "contagious (topic)" in line)
    assert row.split()[-3:] == ["4/6", "6/6", "better"]
    assert "90.0%" in table and "95.0%" in table


def test_promotion_keeps_the_old_model_as_previous(tmp_path: Path) -> None:
    cand, cur, prev = tmp_path / "candidate.tar.gz", tmp_path / "milia.tar.gz", tmp_path / "previous.tar.gz"
    cand.write_text("new")
    cur.write_text("old")
    gate.promote(cand, cur, prev)
    assert cur.read_text() == "new" and prev.read_text() == "old" and not cand.exists()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.e2e
def test_gate_refuses_a_model_trained_without_one_topics_examples(tmp_path: Path) -> None:
    """Train a deliberately worse model (faq_contagious has no examples) and run the real gate."""
    model = ROOT / "models" / "milia.tar.gz"
    if not model.exists():
        subprocess.run(["bash", "scripts/train.sh"], cwd=ROOT, check=True)
    real_before = sha(model)
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    faq = data / "nlu" / "faq.yml"
    content = yaml.safe_load(faq.read_text(encoding="utf-8"))
    content["nlu"] = [b for b in content["nlu"] if b["intent"] != "faq_contagious"]
    faq.write_text(yaml.safe_dump(content, sort_keys=False), encoding="utf-8")
    env = {**os.environ, "TQDM_DISABLE": "1", "RASA_TELEMETRY_ENABLED": "false"}
    bin_dir = Path(sys.executable).parent
    subprocess.run(
        [str(bin_dir / "rasa"), "train", "--data", str(data), "--config", "config.yml", "--domain", "domain.yml",
         "--out", str(tmp_path), "--fixed-model-name", "worse"],
        cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    current_copy = tmp_path / "milia.tar.gz"
    shutil.copy2(model, current_copy)
    result = subprocess.run(
        [sys.executable, "-m", "milia.staff.gate", "--candidate", str(tmp_path / "worse.tar.gz"),
         "--current", str(current_copy), "--previous", str(tmp_path / "previous.tar.gz"),
         "--out", str(tmp_path / "gate")],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    print(result.stdout)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Gate: REFUSED" in result.stdout
    assert "held-out accuracy would drop from" in result.stdout
    row = next(line for line in result.stdout.splitlines() if "contagious (topic)" in line)
    assert row.split()[-1] == "worse"
    assert sha(current_copy) == real_before and not (tmp_path / "previous.tar.gz").exists()
    assert (tmp_path / "worse.tar.gz").exists()
    assert sha(model) == real_before


# ---------------------------------------------------------------------------------------------
# What staff see: the verdict first and last, Rasa's warnings kept out of it

NLU_LINE = "Held-out questions (tests/nlu): right answers per topic/intent"


def fake_rasa(reports: Dict[str, Dict]):
    """A stand-in for gate.run_rasa: writes the reports `rasa test` would, per model file name."""

    def run(args, log: Path, env) -> int:
        out = Path(args[args.index("--out") + 1])
        model = Path(args[args.index("--model") + 1]).name
        out.mkdir(parents=True, exist_ok=True)
        log.write_text("WARNING a Rasa warning\n" * 60, encoding="utf-8")
        if args[1] == "nlu":
            (out / "intent_report.json").write_text(json.dumps(reports[model]), encoding="utf-8")
        else:
            (out / "successful_test_stories.yml").write_text(PASSED, encoding="utf-8")
            (out / "failed_test_stories.yml").write_text(NONE_FAILED, encoding="utf-8")
        return 0

    return run


def run_gate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture,
             new_accuracy: float) -> tuple:
    (tmp_path / "candidate.tar.gz").write_text("new")
    (tmp_path / "milia.tar.gz").write_text("old")
    monkeypatch.setattr(gate, "run_rasa", fake_rasa({"candidate.tar.gz": report_with(new_accuracy),
                                                     "milia.tar.gz": CURRENT_REPORT}))
    code = gate.main(["--candidate", str(tmp_path / "candidate.tar.gz"), "--current", str(tmp_path / "milia.tar.gz"),
                      "--previous", str(tmp_path / "previous.tar.gz"), "--out", str(tmp_path / "gate")])
    return code, capsys.readouterr().out


@pytest.mark.parametrize("accuracy, verdict", [(0.8, "Gate: REFUSED - held-out accuracy would drop"),
                                               (0.95, "Gate: PROMOTED - held-out accuracy 90.0% -> 95.0%")])
def test_the_verdict_comes_before_the_table_and_is_the_last_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture,
        accuracy: float, verdict: str) -> None:
    code, out = run_gate(tmp_path, monkeypatch, capsys, accuracy)
    assert code == (0 if "PROMOTED" in verdict else 1)
    lines = [line for line in out.splitlines() if line.strip()]
    verdicts = [i for i, line in enumerate(lines) if line.startswith("Gate: ")]
    assert len(verdicts) == 2 and lines[verdicts[0]] == lines[verdicts[1]]
    assert lines[verdicts[0]].startswith(verdict)
    assert verdicts[0] < lines.index(NLU_LINE) and verdicts[1] == len(lines) - 1
    assert verdicts[0] <= 3  # right after "Checking ..." and "(evaluated in ...)"
    assert "WARNING" not in out
    # The console reads the same output: the verdict, and the gate's part of the log.
    from milia.console import jobs

    assert jobs.verdict_of("train", code, "WARNING noise\n" + out)[0] == ("promoted" if code == 0 else "refused")
    summary = jobs.gate_summary("WARNING noise\n" + out)
    assert summary.startswith("(evaluated in") and NLU_LINE in summary and summary.endswith(lines[-1])


STUB_PYTHON = """#!/usr/bin/env bash
case "$*" in
  *milia.staff.gate*)
    echo "(evaluated in 1 s; reports and Rasa's logs in reports/gate)"; echo
    echo "Gate: $VERDICT - because"; echo; echo "  OVERALL accuracy   90.0%   95.0%"; echo
    echo "Gate: $VERDICT - because"
    [ "$VERDICT" = PROMOTED ] ;;
esac
"""
STUB_RASA = """#!/usr/bin/env bash
for i in $(seq 1 125); do echo "UserWarning: something for developers $i"; echo "warning on stderr $i" >&2; done
[ -n "$RASA_FAILS" ] && { echo "Error: the domain is broken"; exit 1; }
mkdir -p models && echo model > models/candidate.tar.gz
"""


def stub_project(tmp_path: Path) -> Path:
    """A project folder with the real scripts/train.sh and stand-ins for Rasa and the gate."""
    (tmp_path / "scripts").mkdir()
    shutil.copy2(ROOT / "scripts" / "train.sh", tmp_path / "scripts" / "train.sh")
    (tmp_path / "scripts" / "env.sh").write_text(":\n")
    (tmp_path / ".venv" / "bin").mkdir(parents=True)
    for name, text in (("python", STUB_PYTHON), ("rasa", STUB_RASA)):
        (tmp_path / ".venv" / "bin" / name).write_text(text)
        (tmp_path / ".venv" / "bin" / name).chmod(0o755)
    for name in ("config.yml", "domain.yml", "clinic.yml"):
        (tmp_path / name).write_text("x: 1\n")
    for folder in ("data", "knowledge", "rasa_ext/components"):
        (tmp_path / folder).mkdir(parents=True)
    return tmp_path


@pytest.mark.parametrize("verdict", ["PROMOTED", "REFUSED"])
def test_train_sh_keeps_rasa_s_warnings_in_a_log_and_ends_with_the_verdict(tmp_path: Path, verdict: str) -> None:
    project = stub_project(tmp_path)
    result = subprocess.run(["bash", "scripts/train.sh"], cwd=project, capture_output=True, text=True,
                            env={**os.environ, "VERDICT": verdict})
    shown = result.stdout + result.stderr
    assert result.returncode == (0 if verdict == "PROMOTED" else 1), shown
    assert "warning" not in shown.lower() and "Rasa's messages go to reports/train.log" in shown
    log = (project / "reports" / "train.log").read_text()
    assert "UserWarning: something for developers 125" in log and "warning on stderr 125" in log
    lines = [line for line in shown.splitlines() if line.strip()]
    assert lines[-1] == f"Gate: {verdict} - because"
    assert len(lines) <= 10


def test_train_sh_shows_the_end_of_the_log_when_training_fails(tmp_path: Path) -> None:
    project = stub_project(tmp_path)
    result = subprocess.run(["bash", "scripts/train.sh"], cwd=project, capture_output=True, text=True,
                            env={**os.environ, "RASA_FAILS": "1"})
    assert result.returncode == 1
    assert "Training FAILED" in result.stdout and "Error: the domain is broken" in result.stdout
    assert "send reports/train.log to whoever looks after the assistant" in result.stdout
    assert not (project / "models" / "candidate.tar.gz").exists()
