"""How well the safety detector sorts messages into tiers, on the tuning and held-out halves.

    python -m milia.safety.report            # print the report (make safety-report)
    python -m milia.safety.report --check    # also exit 1 when a gate is not met

Each labelled message (tests/safety/) expects one first reply (``milia.safety.triage``): emergency,
urgent, gp, self_removal_eye, self_removal or calm. The detector's reply for it is
``triage.detected_urgency`` of ``safety.detect``.

- **Recall** of a tier: the share of its messages answered at that tier *or a more urgent one*
  (an emergency answered as "see a GP" is a miss; an urgent message answered as an emergency is
  not a miss, but it costs the emergency tier precision).
- **Precision** of a tier: the share of the messages answered at that tier that expect it.
- **Miss-rate upper bound**: the one-sided 95% upper bound on the miss rate (exact binomial,
  Clopper-Pearson); with no miss in n messages it is 1 - 0.05^(1/n), about 3/n.
- Targets (issue 11): held-out recall 100% for emergency and urgent; precision at least 95% for
  every tier on either half. The report marks each target met or not.
- Gates (``--check``, run by ``make test``): the targets on the tuning half; on the held-out half,
  no tier may fall below ``HELD_OUT_FLOORS``, the figures of its last measurement. A held-out half
  that has been measured and read is *spent*: it moves to ``spent/`` and joins the tuning half, and a
  new held-out half, written apart from the patterns, takes its place (see tests/safety/README.md).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import yaml

from milia.safety import followup, triage
from milia.safety.triage import Urgency

ROOT = Path(__file__).resolve().parents[2]
SAFETY_DIR = ROOT / "tests" / "safety"
# The tuning half includes spent/: held-out halves that were measured and then replaced by a new one.
HALVES = {
    "tuning": [*sorted(SAFETY_DIR.glob("tuning*.yml")), *sorted((SAFETY_DIR / "spent").glob("*.yml"))],
    "held-out": sorted((SAFETY_DIR / "heldout").glob("*.yml")),
}
# Two-message follow-ups: each row's ``before`` is the visitor's message before ``text``
# (milia/safety/followup.py reads ``text`` after it).
FOLLOWUP_HALVES = {
    "tuning": sorted((SAFETY_DIR / "followups").glob("tuning*.yml")),
    "held-out": [SAFETY_DIR / "followups" / "heldout.yml"],
    "held-out 2": [SAFETY_DIR / "followups" / "heldout_2.yml"],
    "held-out 3": [SAFETY_DIR / "followups" / "heldout_3.yml"],
    "held-out 4": [SAFETY_DIR / "followups" / "heldout_4.yml"],
    "held-out 5": [SAFETY_DIR / "followups" / "heldout_5.yml"],
}
TIERS: Tuple[Urgency, ...] = (
    Urgency.EMERGENCY, Urgency.URGENT, Urgency.SEE_GP, Urgency.SELF_REMOVAL_EYE, Urgency.SELF_REMOVAL,
)
COLUMNS: Tuple[Urgency, ...] = TIERS + (Urgency.NONE,)
FULL_RECALL_TIERS = (Urgency.EMERGENCY, Urgency.URGENT)
MIN_PRECISION = 0.95
CONFIDENCE = 0.95
# (recall, precision) of the held-out half (heldout/*_v34.yml, 520 messages written blind by three new writers and
# committed on its own in eb387b5, session 54; rows repeating an earlier set word for word or nearly were dropped unread),
# rounded down. First measured before any change was made in the session (2026-12-07, the detector of e04dd19), then after the
# session's fixes on the tuning half, never read; these are the last measurement. The held-out half may not fall below it.
# v33 (session 53) is spent: detector 181/183 first and at the end; pipeline 181/183 first and at the end.
# v32 (session 52) is spent: detector 188/190 first and at the end; pipeline 188/190 first and at the end.
# v31 (session 51) is spent: detector 174/178 first and at the end; pipeline 174/178 first and at the end.
# v30 (session 50) is spent: detector 176/177 first and at the end; pipeline 176/177 first and at the end.
# v29 (session 49) is spent: detector 172/177 first and at the end; pipeline 173/177 first and at the end.
# v28 (session 48) is spent: detector 181/182 first, 182/182 at the end; pipeline 181/182 first, 182/182 at the end.
# v27 (session 47) is spent: detector 173/179 first and at the end; pipeline 177/179 first and at the end.
# v26 (session 46) is spent: detector 172/179 first, 173/179 at the end; pipeline 175/179 first, 176/179 at the end.
# v25 (session 45) is spent: detector 172/174 first and at the end; pipeline 173/174 first and at the end.
# v24 (session 44) is spent: detector 174/181 first and at the end; pipeline 178/181 first and at the end.
# v23 (session 43) is spent: detector 173/178 first, 174/178 at the end; pipeline 175/178 first, 176/178 at the end.
# v22 (session 42) is spent: detector 189/197 first and at the end; pipeline 191/197 first and at the end.
# v21 (session 41) is spent: detector 196/203 first and at the end; pipeline 198/203 first and at the end.
# v20 (session 40) is spent: detector 192/199 first and at the end; pipeline 193/199 first and at the end.
# v19 (session 39) is spent: detector 190/201 first and at the end; pipeline 195/201 first and at the end.
# v18 (session 38): detector 194/205 first and at the end; pipeline 196/205 first and at the end.
# v17 (session 37): detector 195/200 first, 196/200 at the end; pipeline 197/200 first and at the end.
# v16 (session 36): detector 175/189 first, 177/189 at the end; pipeline 177/189 first, 179/189 at the end.
# v15 (session 35): detector 177/192, pipeline 185/192. v14 (session 34): detector 182/189, pipeline 182/189. v13
# (session 33): detector 169/174, pipeline 171/174.
HELD_OUT_FLOORS: Dict[Urgency, Tuple[float, float]] = {
    # v34 (session 54) at the end, the same as its first measurement with the rules of e04dd19 before any change: emergency 170/172 (173
    # answered; 2 as eye self-removal), urgent 133/136 (133 answered; 1 as emergency, 3 as self-removal), GP 60/62 (58 answered; 2 as
    # emergency, 2 calm), eye 84/85 (86 answered; 1 calm), self 58/59 (61 answered; 1 calm), calm 5/6.
    Urgency.EMERGENCY: (0.988, 0.982),  # 170/172, 170/173
    Urgency.URGENT: (0.977, 0.992),  # 133/136, 132/133
    Urgency.SEE_GP: (0.967, 1.0),  # 60/62, 58/58
    Urgency.SELF_REMOVAL_EYE: (0.988, 0.976),  # 84/85, 84/86
    Urgency.SELF_REMOVAL: (0.983, 0.950),  # 58/59, 58/61
}
# The same for the whole pipeline (detector and classifier, ``python -m rasa_ext.evaluate safety``,
# run by ``make test-nlu``): what a visitor gets, measured at the same commit. A message answered with
# the classifier's red-flag reply of no tier (NHS 111 or a GP today) counts as more urgent than GP.
SYSTEM_HELD_OUT_FLOORS: Dict[Urgency, Tuple[float, float]] = {
    # v34 (session 54) at the end, the same as first (the model of e04dd19; first in a worktree of eb387b5, at the end in one of b20d006)
    Urgency.EMERGENCY: (0.994, 0.977),  # 171/172 (1 as eye self-removal), 171/175 (2 urgent and 2 GP messages answered as emergencies)
    Urgency.URGENT: (0.977, 0.992),  # 133/136 (2 as emergencies; 2 the red-flag reply of no tier, 1 self-removal), 131/132
    Urgency.SEE_GP: (0.983, 1.0),  # 61/62 (2 as emergencies, 1 the red-flag reply of no tier; 1 calm), 58/58
    Urgency.SELF_REMOVAL_EYE: (0.988, 0.987),  # 84/85 (3 the red-flag reply of no tier; 1 calm), 81/82
    Urgency.SELF_REMOVAL: (0.983, 0.983),  # 58/59 (1 calm), 58/59
}

# (recall, precision) of the two-message follow-ups (followups/*.yml), rounded down, measured on
# 2026-12-03 after milia/safety/followup.py and the tuning half's misses were fixed. The held-out half
# read alone, as every message was read before: emergency 19/30, self-removal near the eye 0/10.
FOLLOWUP_FLOORS: Dict[str, Dict[Urgency, Tuple[float, float]]] = {
    # tuning.yml, (session 17) tuning_2.yml, (session 18) tuning_3.yml, (session 19) tuning_4.yml to tuning_6.yml,
    # (session 20) tuning_7.yml to tuning_9.yml. tuning_9's writer, like tuning_5's, labels a product or aftercare
    # question after a removal calm ("is it ok to wear eye makeup over them?"); the assistant repeats the warning.
    # tuning_5's writer labels "no it looks fine" after a squeezed cheek calm, where earlier writers label the same
    # kind self-removal; the assistant repeats the warning (it was done, and may be done again): precision below 95%
    "tuning": {
        # session 29: after an emergency or urgent sign, another question asked as a new subject ("separate question, do you
        # have parking?") keeps the sign unless the message says it is over (followup._not_closed): followups/tuning_30's
        # writer labels such messages emergency, followups/tuning_4's labelled one calm, now answered emergency
        # followups/tuning_31 (its writer was given the same rule) then moved it further: any question after an emergency or
        # urgent sign keeps it unless the message says it is over (followup.STORY_OVER); a few calm messages of earlier
        # writers that end a sign in words the rule does not read are answered with the signpost
        Urgency.EMERGENCY: (1.0, 0.995),  # 1189/1189, 1189/1194 (342/342 and 342/342 at session 20)
        # one calm follow-up answered urgent by its own words ("update: saw the GP ... swelling all gone now"); since
        # session 27 a baby of 3 months or more at 38C stays urgent (followups/tuning_22 labels two calm), and a visit
        # told with a question ("the walk-in centre gave me antibiotics, how long should I wait?") keeps the signpost:
        # closing on "gave me" or "prescribed" also closed "the GP prescribed cream but it's not helping" (a review found it)
        # session 30: followups/tuning_33's writer labels "I've got milia too, do you use a needle to remove them?" after a
        # sister's milium "went red and swollen after she picked it" calm; the sign told before is kept (answered urgent)
        Urgency.URGENT: (1.0, 0.988),  # 913/913, 912/922 at session 30; 843/843, 842/851 at session 29 (245/245, 245/246; session 27: 646/646, 646/651)
        # session 29: followups/tuning_30's "how much is a consultation?" after a GP sign gets the clinic's answer (a
        # consultation asked for is not putting the GP off; "can you remove it at my appointment?" keeps the signpost)
        # session 29, followups/tuning_31: a callback or a consultation asked for after a GP sign ("my name's Terry, best
        # time to call is mornings", "can my wife come into the appointment?") gets the clinic's answer; another question
        # about the visitor's own spot gets the GP signpost again (followup._not_closed)
        # session 31: followups/tuning_38's writer labels "no particular reason, I just wondered" and "I'd just like to know
        # before I book" after a cancer question GP, and followups/tuning_39's "just asking in general"; an earlier writer labels
        # "just asking cos I'm curious" calm, and a booking after a GP sign gets the clinic's answer (session 29): answered calm;
        # followups/tuning_40's "thanks, i'll get it looked at" after a bleeding bump (GP for its writer) is read as going
        # session 32: followups/tuning_43's writer labels "ok I've booked the GP for thursday", "booked the GP for thursday, can't
        # get in sooner", "GP appointment booked for the 14th. In the meantime can I wear make-up over it?" and "thanks. seeing
        # the GP next week" after a GP sign GP; going to the GP is read as going (calm), as "thanks, i'll get it looked at"
        # and its "omg autocorrect, I meant BLENDING" after "the milia on my nose is bleeding" takes nothing back in words
        # (a correction with no denial keeps the sign: milia/safety/retractions.py), nor "GP had a look ... said it's just a
        # milium I'd caught with my nail ... it's stopped bleeding" (a catch with the nail is read as picking)
        # session 35: followups/tuning_52's writer labels a price or booking question after a GP sign GP ("update: how much is a
        # consultation and can you do it this week?"); the assistant answers it (asking for the clinic is not putting the GP
        # off: ASKS_FOR_CLINIC in milia/safety/followup.py, whose GP reply already says "see a GP before any removal")
        Urgency.SEE_GP: (0.979, 0.994),  # 909/927, precision 0.9945 at session 39; 779/795 at session 35; 667/680, 667/669 at session 32; 605/614 at session 31; 428/433, 428/429
        # (93/93 at session 20)
        # tuning_20's writer labels a bare "ok" or "thanks" after a removal self-removal; the assistant does not repeat the
        # warning to an acknowledgement (milia/safety/followup.py): recall below 100% since session 26
        # session 27: followups/tuning_24's "it's from one i squeezed in my tear trough myself, the eye itself is fine" and
        # "do you think it's bad to do the one next to my tear duct too" after a removal are missed (read as calm)
        # session 28: followups/tuning_28's pushbacks that keep a removal near the eye after a negation ("I said scrub not
        # needle! a normal face scrub, round my eyes", "I KNOW you said don't, she's going to anyway") are read as calm
        # session 29: followups/tuning_30's two corrections that take an eye injury back ("no sorry, they slipped onto my lid,
        # not into the eye") keep the removal near the eye for their writer; the follow-up is read as calm (410/419)
        # session 30: followups/tuning_32's writer labels "false alarm, it was the sun glinting off my glasses, my eye is completely
        # fine" after picking near the eye self-removal near the eye; followups/tuning_31's labels the same kind calm (read as calm)
        # session 37: followups/tuning_65's writer labels a practical question from a relative who has taken over the chat after
        # a removal near the eye ("Hi, daughter here. Mum's completely fine, she just wants to know what the clinic charges")
        # eye self-removal; the assistant answers the question (calm), as earlier writers label the same kind (979/1003)
        # session 38: followups/tuning_66's first messages that plan a removal with no word of who does it ("going to remove the
        # milium on my eyelid tonight", "removing milia on my upper eyelid rn, any tips", "wie kann ich Milien ... selbst
        # entfernen?") are read as calm, and so is the second asking to do more ("done it ... can I do the other eyelid too?");
        # followups/tuning_68-69's "would you remove the remaining ones for me" after a home removal is answered as a question
        # to the clinic (calm): 1035/1063 and 620/633 with the four new sets
        # session 39: followups/tuning_71 was written on that theme (a removal planned at home without saying who does it, then
        # what happened): six of its 25 self-removal follow-ups are read as calm ("Ok, tonight I am removing the milia around the
        # outer corners of my eyes." then "Is there any way to numb the skin first?"): 1055/1087 and 638/652
        Urgency.SELF_REMOVAL_EYE: (0.970, 0.888),  # 1055/1087 (session 39), 1035/1063 (session 38), 434/444 at session 30, 261/263
        Urgency.SELF_REMOVAL: (0.978, 0.896),  # 638/652 (session 39), 620/633 (session 38), 176/178, 95/106
    },
    "held-out": {
        Urgency.EMERGENCY: (0.933, 1.0),  # 28/30 since session 26 (26/30 before; the others get the eye warning), 28/28
        Urgency.URGENT: (1.0, 1.0),  # 25/25, 25/25
        Urgency.SEE_GP: (1.0, 1.0),  # 12/12, 12/12
        Urgency.SELF_REMOVAL_EYE: (1.0, 0.714),  # 10/10, 10/14
        Urgency.SELF_REMOVAL: (1.0, 1.0),  # 7/7, 7/7
    },
    # a second writer's half (heldout_2.yml), measured once before any change for it; read alone:
    # emergency 37/45, gp 14/15, self-removal near the eye 2/15
    "held-out 2": {
        # session 29: one calm message, a new subject after an emergency sign, is answered emergency (followup._not_closed)
        Urgency.EMERGENCY: (0.977, 0.977),  # 44/45 (43 before session 18), 44/45 (44/44 before session 29)
        Urgency.URGENT: (1.0, 0.945),  # 35/35, 35/37
        Urgency.SEE_GP: (0.933, 1.0),  # 14/15, 14/14
        Urgency.SELF_REMOVAL_EYE: (1.0, 0.882),  # 15/15, 15/17
        Urgency.SELF_REMOVAL: (1.0, 0.909),  # 10/10, 10/11
    },
    # a third writer's half (heldout_3.yml, session 29, committed on its own in 94ce741), measured once before any
    # change for it; read alone: emergency 28/45, urgent 29/35, gp 17/20, self-removal near the eye 2/20
    "held-out 3": {
        Urgency.EMERGENCY: (0.955, 0.977),  # 43/45 since session 29's follow-up rules (41/45 before), 43/44 (43/43 before)
        Urgency.URGENT: (0.942, 1.0),  # 33/35, 33/33
        Urgency.SEE_GP: (0.95, 1.0),  # 19/20 since session 29's follow-up rules (18/20 before), 19/19
        Urgency.SELF_REMOVAL_EYE: (1.0, 0.952),  # 20/20, 20/21
        Urgency.SELF_REMOVAL: (1.0, 0.937),  # 15/15, 15/16 since session 31's tuning_104 and followups/tuning_37 rules (15/17 before)
    },
    # a fourth writer's half (heldout_4.yml, session 31, committed on its own in f437517), measured once before any
    # change for it; read alone: emergency 34/45, self-removal near the eye 3/20, self-removal 9/15
    "held-out 4": {
        Urgency.EMERGENCY: (1.0, 1.0),  # 45/45, 45/45 since session 36's rules (44/45 before)
        Urgency.URGENT: (1.0, 1.0),  # 35/35, 35/35
        Urgency.SEE_GP: (1.0, 1.0),  # 20/20, 20/20
        Urgency.SELF_REMOVAL_EYE: (1.0, 0.952),  # 20/20, 20/21 since session 36's rules (20/22 before)
        Urgency.SELF_REMOVAL: (1.0, 1.0),  # 15/15, 15/15
    },
    # a fifth writer's half (heldout_5.yml, session 32, committed on its own in 828b0c8), measured once before any
    # change for it (the detector of the session's later fixes, never read); two urgent pairs are answered calm
    "held-out 5": {
        Urgency.EMERGENCY: (1.0, 1.0),  # 45/45, 45/45
        Urgency.URGENT: (0.942, 0.97),  # 33/35, 33/34
        Urgency.SEE_GP: (1.0, 1.0),  # 20/20, 20/20
        Urgency.SELF_REMOVAL_EYE: (0.8, 1.0),  # 16/20, 16/16
        Urgency.SELF_REMOVAL: (0.9, 1.0),  # 18/20, 18/18
    },
}


@dataclass(frozen=True)
class Row:
    text: str
    expected: Urgency
    before: Optional[str] = None  # the visitor's message before ``text`` (follow-ups only)

    def shown(self) -> str:
        return f"{self.text!r}" if self.before is None else f"{self.before!r} then {self.text!r}"


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it: 10,000 rows in 1 s, not 8


def load_rows(paths: Sequence[Path]) -> List[Row]:
    rows: List[Row] = []
    for path in paths:
        for item in yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or []:
            expected = triage.BY_LABEL.get(item.get("expect"))
            if expected is None or expected == Urgency.RED_FLAG or set(item) - {"before"} != {"text", "expect"}:
                raise ValueError(f"{path.name}: bad row {item!r}")
            before = item.get("before")
            rows.append(Row(str(item["text"]), expected, None if before is None else str(before)))
    return rows


def predict(text: str, before: Optional[str] = None) -> Urgency:
    """The detector's first reply to ``text`` (read after ``before``, the message before it, if any)."""
    result = followup.in_context(text, before)
    return triage.detected_urgency(result.tier, result.self_removal, result.eye_area)


def predict_row(row: Row) -> Urgency:
    return predict(row.text, row.before)


def predict_alone(row: Row) -> Urgency:
    """A follow-up read on its own, without the message before it."""
    return predict(row.text)


def miss_rate_upper_bound(misses: int, n: int, confidence: float = CONFIDENCE) -> float:
    """One-sided exact (Clopper-Pearson) upper bound on a binomial rate; bisection, no scipy."""
    if n == 0:
        return 1.0
    if misses >= n:
        return 1.0
    alpha = 1.0 - confidence

    def tail(p: float) -> float:  # P(X <= misses | n, p)
        total, term = 0.0, (1.0 - p) ** n
        for k in range(misses + 1):
            total += term
            term *= (n - k) / (k + 1) * (p / (1.0 - p)) if p < 1.0 else 0.0
        return total

    lo, hi = misses / n, 1.0
    for _ in range(60):
        mid = (lo + hi) / 2
        if tail(mid) > alpha:
            lo = mid
        else:
            hi = mid
    return hi


@dataclass
class Scores:
    confusion: Dict[Tuple[Urgency, Urgency], int]
    misses: List[Tuple[Row, Urgency]]
    n: int

    def support(self, tier: Urgency) -> int:
        return sum(v for (e, _), v in self.confusion.items() if e == tier)

    def hits(self, tier: Urgency) -> int:
        return sum(v for (e, p), v in self.confusion.items() if e == tier and p >= tier)

    def answered(self, tier: Urgency) -> int:
        return sum(v for (_, p), v in self.confusion.items() if p == tier)

    def recall(self, tier: Urgency) -> float:
        support = self.support(tier)
        return self.hits(tier) / support if support else 1.0

    def precision(self, tier: Urgency) -> float:
        answered = self.answered(tier)
        return self.confusion.get((tier, tier), 0) / answered if answered else 1.0


# Halves this large are scored by one process per CPU (the tuning half: 80,000 messages).
PARALLEL_FROM = 5000


def predictions(rows: Sequence[Row], predict: Callable[[Row], Urgency]) -> List[Urgency]:
    """``predict`` of every row, in order; forked worker processes share the loaded detector."""
    workers = min(os.cpu_count() or 1, 4)
    if workers < 2 or len(rows) < PARALLEL_FROM:
        return [predict(row) for row in rows]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        return pool.map(predict, rows, chunksize=1000)


def score(rows: Sequence[Row], predict: Callable[[Row], Urgency] = predict_row) -> Scores:
    """The confusion of ``predict`` (by default the detector alone) against the labels."""
    confusion: Dict[Tuple[Urgency, Urgency], int] = {}
    wrong: List[Tuple[Row, Urgency]] = []
    for row, got in zip(rows, predictions(rows, predict), strict=True):
        confusion[(row.expected, got)] = confusion.get((row.expected, got), 0) + 1
        if got != row.expected:
            wrong.append((row, got))
    return Scores(confusion, wrong, len(rows))


def target_misses(half: str, scores: Scores) -> List[str]:
    """Where the issue's targets are not met (full recall for emergency and urgent, 95% precision)."""
    misses = []
    for tier in TIERS:
        if tier in FULL_RECALL_TIERS and scores.recall(tier) < 1.0:
            misses.append(f"{half}: recall for {tier.label} is {scores.recall(tier):.1%}, target 100%")
        if scores.precision(tier) < MIN_PRECISION:
            misses.append(
                f"{half}: precision for {tier.label} is {scores.precision(tier):.1%}, target >= {MIN_PRECISION:.0%}"
            )
    return misses


def gate_failures(
    half: str, scores: Scores, floors: Dict[Urgency, Tuple[float, float]] = HELD_OUT_FLOORS
) -> List[str]:
    """The targets on the tuning half; the last measurement's floors on the held-out half."""
    if half != "held-out":
        return target_misses(half, scores)
    return floor_failures(half, scores, floors)


def floor_failures(half: str, scores: Scores, floors: Dict[Urgency, Tuple[float, float]]) -> List[str]:
    """Where a tier's recall or precision fell below its floor."""
    failures = []
    for tier, (recall, precision) in floors.items():
        if scores.recall(tier) < recall:
            failures.append(f"{half}: recall for {tier.label} fell to {scores.recall(tier):.1%} (floor {recall:.1%})")
        if scores.precision(tier) < precision:
            failures.append(
                f"{half}: precision for {tier.label} fell to {scores.precision(tier):.1%} (floor {precision:.1%})"
            )
    return failures


def followup_gate_failures(half: str, scores: Scores) -> List[str]:
    """Follow-ups: full recall for emergency and urgent on the tuning half, and no tier below its floor."""
    failures = [m for m in target_misses(half, scores) if "recall" in m] if half == "tuning" else []
    return failures + floor_failures(f"follow-ups {half}", scores, FOLLOWUP_FLOORS[half])


def table(half: str, scores: Scores, show_errors: bool) -> str:
    lines = [
        f"== {half} half: {scores.n} messages",
        f"{'tier':<18}{'n':>5}{'recall':>9}{'miss<=':>9}{'answered':>10}{'precision':>11}",
    ]
    for tier in TIERS:
        support, hits = scores.support(tier), scores.hits(tier)
        bound = miss_rate_upper_bound(support - hits, support)
        lines.append(
            f"{tier.label:<18}{support:>5}{scores.recall(tier):>9.1%}{bound:>9.1%}"
            f"{scores.answered(tier):>10}{scores.precision(tier):>11.1%}"
        )
    calm = scores.support(Urgency.NONE)
    lines.append(f"{'calm':<18}{calm:>5}  answered calm: {scores.confusion.get((Urgency.NONE, Urgency.NONE), 0)}")
    lines.append("confusion (rows: expected, columns: answered)")
    short = {u: u.label[:9] for u in COLUMNS}
    lines.append(f"{'':<18}" + "".join(f"{short[c]:>10}" for c in COLUMNS))
    for e in COLUMNS:
        lines.append(f"{e.label:<18}" + "".join(f"{scores.confusion.get((e, c), 0):>10}" for c in COLUMNS))
    if show_errors and scores.misses:
        lines.append("wrong first reply (expected -> answered):")
        lines.extend(f"  {r.expected.label} -> {got.label}: {r.shown()}" for r, got in scores.misses)
    return "\n".join(lines)


def main(argv: Sequence[str] = ()) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when a gate is not met")
    parser.add_argument("--errors", action="store_true", help="list the tuning half's wrong replies")
    args = parser.parse_args(list(argv))
    failures: List[str] = []
    for half, paths in HALVES.items():
        scores = score(load_rows(paths))
        # The held-out half's messages are never printed: reading them would be tuning on them.
        print(table(half, scores, show_errors=args.errors and half == "tuning"), end="\n\n")
        failures += gate_failures(half, scores)
        for miss in target_misses(half, scores):
            print("target not met:", miss)
    for half, paths in FOLLOWUP_HALVES.items():
        rows = load_rows(paths)
        scores = score(rows)
        print(table(f"follow-ups {half}", scores, show_errors=args.errors and half == "tuning"))
        alone = score(rows, predict_alone)
        print("read alone, without the message before: " + ", ".join(
            f"{tier.label} {alone.hits(tier)}/{alone.support(tier)}" for tier in TIERS), end="\n\n")
        failures += followup_gate_failures(half, scores)
    print("targets: recall 100% for emergency and urgent; precision >= 95% for every tier")
    print("gates (make test): the targets on the tuning half; the held-out floors (HELD_OUT_FLOORS)")
    for failure in failures:
        print("FAILED", failure)
    if not failures:
        print("all gates met")
    return 1 if failures and args.check else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
