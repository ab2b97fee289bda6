"""The labelled safety set and its gates (milia/safety/report.py, `make safety-report`).

Fails when a held-out half falls below its first measurement's floors. The tuning halves' targets
(recall 100% for emergency and urgent, precision >= 95% for every tier) are gated by `make
safety-report`, which `make test` runs right after the unit stage: scoring the 77,000 tuning messages
here as well took 9 of the unit stage's 15 minutes (session 52). A test below shows that the report's
gate fails on a tuning miss. The held-out half's messages are never printed here.
"""

from __future__ import annotations

from collections import Counter

import pytest

from milia.safety import report as safety_report
from milia.safety.triage import Urgency


@pytest.fixture(scope="module")
def halves():
    return {half: safety_report.load_rows(paths) for half, paths in safety_report.HALVES.items()}


def test_the_set_is_large_enough(halves) -> None:
    counts = Counter(row.expected for rows in halves.values() for row in rows)
    assert counts[Urgency.EMERGENCY] + counts[Urgency.URGENT] + counts[Urgency.SEE_GP] >= 300
    assert counts[Urgency.SELF_REMOVAL] + counts[Urgency.SELF_REMOVAL_EYE] >= 300
    assert counts[Urgency.SELF_REMOVAL_EYE] >= 100
    assert counts[Urgency.NONE] >= 200
    for rows in halves.values():
        per_half = Counter(row.expected for row in rows)
        assert all(per_half[tier] >= 50 for tier in safety_report.TIERS)


def test_no_message_is_in_both_halves(halves) -> None:
    tuning = {r.text.lower().strip() for r in halves["tuning"]}
    assert not [r.text for r in halves["held-out"] if r.text.lower().strip() in tuning]


@pytest.mark.parametrize("half", [half for half in safety_report.HALVES if half != "tuning"])
def test_gates(half, halves) -> None:
    scores = safety_report.score(halves[half])
    failures = safety_report.gate_failures(half, scores)
    assert not failures, safety_report.table(half, scores, show_errors=half == "tuning")


def test_miss_rate_bound_is_about_three_over_n() -> None:
    for n in (50, 100, 300):
        bound = safety_report.miss_rate_upper_bound(0, n)
        assert bound == pytest.approx(1 - 0.05 ** (1 / n), rel=1e-6)
        assert 2.9 / n < bound < 3.1 / n
    assert safety_report.miss_rate_upper_bound(1, 100) == pytest.approx(0.0466, abs=5e-4)
    assert safety_report.miss_rate_upper_bound(3, 3) == 1.0


def test_recall_counts_a_more_urgent_reply_as_a_hit_and_a_less_urgent_one_as_a_miss() -> None:
    rows = [safety_report.Row("a", Urgency.URGENT), safety_report.Row("b", Urgency.URGENT)]
    scores = safety_report.Scores(
        {(Urgency.URGENT, Urgency.EMERGENCY): 1, (Urgency.URGENT, Urgency.SEE_GP): 1}, [], len(rows)
    )
    assert scores.recall(Urgency.URGENT) == 0.5
    assert scores.precision(Urgency.EMERGENCY) == 0.0
    assert safety_report.gate_failures("held-out", scores)
    assert safety_report.target_misses("held-out", scores)
    assert safety_report.gate_failures("tuning", scores)


@pytest.fixture(scope="module")
def followups():
    return {half: safety_report.load_rows(paths) for half, paths in safety_report.FOLLOWUP_HALVES.items()}


def test_followups_have_the_message_before_and_no_pair_in_both_halves(followups) -> None:
    assert all(row.before for rows in followups.values() for row in rows)
    tuning = {(r.before.lower(), r.text.lower()) for r in followups["tuning"]}
    for half in set(followups) - {"tuning"}:
        assert not [r for r in followups[half] if (r.before.lower(), r.text.lower()) in tuning], half


@pytest.mark.parametrize("half", [half for half in safety_report.FOLLOWUP_HALVES if half != "tuning"])
def test_followup_gates(half, followups) -> None:
    scores = safety_report.score(followups[half])
    failures = safety_report.followup_gate_failures(half, scores)
    assert not failures, safety_report.table(half, scores, show_errors=half == "tuning")


def test_followup_gate_fails_when_a_follow_up_emergency_is_read_alone(followups) -> None:
    # read without the message before, the tuning half misses emergencies: the gate must say so
    scores = safety_report.score(followups["tuning"], safety_report.predict_alone)
    failures = safety_report.followup_gate_failures("tuning", scores)
    assert any("recall for emergency" in f for f in failures)


def test_a_row_with_an_unknown_key_is_refused(tmp_path) -> None:
    path = tmp_path / "bad.yml"
    path.write_text('- {before: "a", text: "b", expect: calm, note: "c"}\n')
    with pytest.raises(ValueError):
        safety_report.load_rows([path])


def test_the_reports_check_fails_on_a_tuning_miss_and_passes_when_it_is_right(tmp_path, monkeypatch, capsys) -> None:
    # `make safety-report` (python -m milia.safety.report --check) is the tuning halves' gate in `make test`
    def halves_of(rows: str) -> dict:
        path = tmp_path / "tuning_1.yml"
        path.write_text(rows, encoding="utf-8")
        return {"tuning": [path]}

    right = '- {text: "the needle went into my eye and I can\'t see out of it", expect: emergency}\n'
    missed = right + '- {text: "what are milia?", expect: emergency}\n'
    monkeypatch.setattr(safety_report, "FOLLOWUP_HALVES", {})
    monkeypatch.setattr(safety_report, "HALVES", halves_of(right))
    assert safety_report.main(["--check"]) == 0
    monkeypatch.setattr(safety_report, "HALVES", halves_of(missed))
    assert safety_report.main(["--check"]) == 1
    assert "FAILED" in capsys.readouterr().out


def test_large_halves_are_scored_the_same_by_worker_processes(halves, monkeypatch) -> None:
    """The tuning half is scored by one forked process per CPU (report.predictions); the answers must be the
    ones a single process gives, in the same order."""
    rows = halves["tuning"][:400]
    alone = [safety_report.predict_row(row) for row in rows]
    monkeypatch.setattr(safety_report, "PARALLEL_FROM", 100)
    monkeypatch.setattr(safety_report.os, "cpu_count", lambda: 2)
    assert safety_report.predictions(rows, safety_report.predict_row) == alone

    def no_pool(*args, **kwargs):
        raise AssertionError("a half under PARALLEL_FROM must be scored in this process")

    monkeypatch.setattr(safety_report.multiprocessing, "get_context", no_pool)
    assert safety_report.predictions(rows[:99], safety_report.predict_row) == alone[:99]
