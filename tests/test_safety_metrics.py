"""Recall/precision of milia.safety.detect over tests/safety/labelled.yml.

Fails unless recall is 100% and precision >= 95% for every class.
Run with ``pytest -s`` to see the table; it is also written to
reports/safety_metrics.txt.
"""
from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Tuple

import pytest
import yaml

from milia import safety

ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT / "tests" / "safety" / "labelled.yml"
REPORT = ROOT / "reports" / "safety_metrics.txt"
CLASSES = ("self_removal", "eye_area", "red_flag")
MIN_PRECISION = 0.95
MIN_RECALL = 1.0


def _load() -> List[Dict]:
    rows = yaml.safe_load(LABELLED.read_text(encoding="utf-8"))
    assert isinstance(rows, list)
    return rows


@pytest.fixture(scope="module")
def scored() -> Tuple[Dict[str, Dict[str, int]], List[str]]:
    counts = {c: {"tp": 0, "fp": 0, "fn": 0, "support": 0} for c in CLASSES}
    errors: List[str] = []
    for row in _load():
        expected = set(row["labels"])
        got = set(safety.detect(row["text"]).flags)
        for c in CLASSES:
            counts[c]["support"] += c in expected
            if c in got and c in expected:
                counts[c]["tp"] += 1
            elif c in got:
                counts[c]["fp"] += 1
                errors.append(f"FP {c:<12} {row['text']!r}")
            elif c in expected:
                counts[c]["fn"] += 1
                errors.append(f"FN {c:<12} {row['text']!r}")
    return counts, errors


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def _table(counts: Dict[str, Dict[str, int]], n: int, errors: List[str]) -> str:
    lines = [
        f"Safety detector metrics over {LABELLED.relative_to(ROOT)} ({n} messages)",
        f"{'class':<13}{'support':>8}{'tp':>5}{'fp':>5}{'fn':>5}{'recall':>9}{'precision':>11}",
    ]
    for c in CLASSES:
        k = counts[c]
        recall = _ratio(k["tp"], k["tp"] + k["fn"])
        precision = _ratio(k["tp"], k["tp"] + k["fp"])
        lines.append(
            f"{c:<13}{k['support']:>8}{k['tp']:>5}{k['fp']:>5}{k['fn']:>5}"
            f"{recall:>9.1%}{precision:>11.1%}"
        )
    lines.append(f"required: recall {MIN_RECALL:.0%}, precision >= {MIN_PRECISION:.0%}")
    if errors:
        lines.append("errors:")
        lines.extend(f"  {e}" for e in errors)
    return "\n".join(lines) + "\n"


def test_labelled_set_is_big_and_varied_enough() -> None:
    rows = _load()
    assert len(rows) >= 140
    assert all(set(row) == {"text", "labels"} for row in rows)
    label_sets = [set(row["labels"]) for row in rows]
    assert all(labels <= set(CLASSES) for labels in label_sets)
    assert len({row["text"] for row in rows}) == len(rows), "duplicate texts"
    assert sum("self_removal" in labels for labels in label_sets) >= 45
    assert sum({"self_removal", "eye_area"} <= labels for labels in label_sets) >= 18
    assert sum("red_flag" in labels for labels in label_sets) >= 25
    assert sum(not labels for labels in label_sets) >= 70


def test_recall_and_precision(scored) -> None:
    counts, errors = scored
    table = _table(counts, len(_load()), errors)
    print("\n" + table)
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(table, encoding="utf-8")
    for c in CLASSES:
        k = counts[c]
        assert _ratio(k["tp"], k["tp"] + k["fn"]) >= MIN_RECALL, f"{c} recall below 100%"
        assert _ratio(k["tp"], k["tp"] + k["fp"]) >= MIN_PRECISION, f"{c} precision below 95%"
