"""The misspelled variants used to measure typo robustness (milia/staff/typos.py)."""

from pathlib import Path

from milia.staff.typos import load_nlu_examples, misspell

ROOT = Path(__file__).resolve().parent.parent


def test_the_same_message_always_gets_the_same_variant():
    assert misspell("can I remove milia from my eyelid at home?") == misspell("can I remove milia from my eyelid at home?")


def test_variants_differ_but_stay_close():
    rows = load_nlu_examples(sorted((ROOT / "tests" / "nlu").glob("*.yml")))
    assert len(rows) > 200
    changed = [(t, misspell(t)) for t, _ in rows if misspell(t) != t]
    assert len(changed) >= 0.9 * len(rows)
    for text, variant in changed:
        assert abs(len(variant) - len(text)) <= 12, (text, variant)


def test_lay_and_misspelled_names_for_milia_are_used():
    variants = {misspell(f"what are milia number {i}") for i in range(40)}
    assert any("millia" in v or "milium" in v or "milk spots" in v or "white bumps" in v for v in variants)


def test_short_words_are_left_alone():
    assert misspell("hi") == "hi"
