"""milia.staff.look_alikes: out-of-scope messages that look like a new topic, and moving them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from milia.staff import look_alikes
from milia.staff.check_data import nlu_file_examples, run_checks

ROOT = Path(__file__).resolve().parents[1]
PARKING = """title: Is there parking near the clinic?
button: Parking
source: >-
  Please complete the below form and select a time you would like one of our sk:n advisers to
  call you back to arrange your consultation.
answer: >-
  Please call {clinic_name} on {clinic_phone}. Would you like a callback?
related: [contact, callback]
examples:
  - is there parking near the clinic
  - can i park at the clinic
  - is there a car park
  - where do i park for my appointment
  - is parking free at the clinic
  - do you have parking spaces
  - parking near you?
  - can i leave my car outside
  - is there disabled parking
  - how much is parking near the clinic
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for name in ("knowledge", "data", "tests/nlu"):
        shutil.copytree(ROOT / name, tmp_path / name)
    (tmp_path / "knowledge" / "faq" / "parking.yml").write_text(PARKING, encoding="utf-8")
    (tmp_path / "tests" / "nlu" / "holdout_parking_old.yml").write_text(
        'version: "3.1"\nnlu:\n- intent: out_of_scope\n  examples: |\n    - is there parking by the clinic\n'
        "    - what's the weather like\n", encoding="utf-8")
    return tmp_path


def find(project: Path):
    return look_alikes.find("parking", project / "knowledge", project / "data", project / "tests" / "nlu")


def one(project: Path, text: str) -> look_alikes.LookAlike:
    return next(f for f in find(project) if f.text == text)


def test_similarity_counts_content_words_not_milia_or_function_words() -> None:
    assert look_alikes.similarity("where can I park near the clinic", "is there parking near the clinic") == 1.0
    assert look_alikes.similarity("tell me about bitcoin", "tell me about milia") == 0.0
    assert look_alikes.similarity("what time do you open on monday", "what time do you open") == pytest.approx(2 / 3)


def test_finds_the_out_of_scope_examples_and_test_question_and_nothing_else(project: Path) -> None:
    """The repository's out-of-scope file really keeps parking questions (the staff guide's case)."""
    found = {(f.text, f.kind, f.where) for f in find(project)}
    assert found == {
        ("where can I park near the clinic", "training", "data/nlu/out_of_scope.yml"),
        ("is there parking at the clinic", "training", "data/nlu/out_of_scope.yml"),
        ("is there a car park nearby", "training", "data/nlu/out_of_scope.yml"),
        ("is there parking by the clinic", "test", "tests/nlu/holdout_parking_old.yml"),
    }
    assert one(project, "where can I park near the clinic").example == "is there parking near the clinic"


def test_the_repositorys_topics_offer_few_look_alikes() -> None:
    """Noise check: across all 29 topics, at most a handful of offers (each a real candidate)."""
    offers = [(t.stem, f.text) for t in sorted((ROOT / "knowledge" / "faq").glob("*.yml"))
              for f in look_alikes.find(t.stem, ROOT / "knowledge", ROOT / "data", ROOT / "tests" / "nlu")]
    assert len(offers) <= 5, offers


def test_moving_a_training_example_makes_it_the_topics_and_check_data_stays_clean(project: Path) -> None:
    training = one(project, "where can I park near the clinic")
    done = look_alikes.move(training, "parking", project / "knowledge")
    assert "moved from data/nlu/out_of_scope.yml" in done
    examples = yaml.safe_load((project / "knowledge" / "faq" / "parking.yml").read_text())["examples"]
    assert examples[-1] == "where can I park near the clinic"
    assert ("out_of_scope", "where can I park near the clinic") not in nlu_file_examples(
        project / "data" / "nlu" / "out_of_scope.yml")
    problems = run_checks(project / "knowledge", project / "data", project / "tests" / "nlu")
    assert not [p for p in problems if "park" in p], problems


def test_moving_a_test_question_changes_what_it_expects_in_the_same_file(project: Path) -> None:
    look_alikes.move(one(project, "is there parking by the clinic"), "parking", project / "knowledge")
    pairs = nlu_file_examples(project / "tests" / "nlu" / "holdout_parking_old.yml")
    assert pairs == [("out_of_scope", "what's the weather like"), ("faq_parking", "is there parking by the clinic")]
    assert {f.kind for f in find(project)} == {"training"}  # the test question is no longer offered


def test_a_message_that_is_gone_is_refused(project: Path) -> None:
    stale = one(project, "is there a car park nearby")
    look_alikes.move(stale, "parking", project / "knowledge")
    with pytest.raises(ValueError, match="no longer there"):
        look_alikes.move(stale, "parking", project / "knowledge")
    with pytest.raises(ValueError, match="not a look-alike"):
        look_alikes.by_key(find(project), stale.where, stale.intent, stale.text)
