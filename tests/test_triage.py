"""The most urgent finding decides the first reply: every pair of detector and classifier findings."""

from itertools import product

import pytest

from milia.safety import triage
from milia.safety.triage import Urgency

DETECTED = {
    "nothing": (None, False, False),
    "self-removal": (None, True, False),
    "self-removal near the eye": (None, True, True),
    "see a GP": ("gp", True, True),
    "urgent": ("urgent", False, True),
    "emergency": ("emergency", True, True),
}
CLASSIFIED = ["faq_contagious", "nlu_fallback", "faq_self_removal", "report_red_flag", "report_emergency"]

# What the visitor must get first, for each pair (detector finding, classifier intent).
EXPECTED = {
    "nothing": [Urgency.NONE, Urgency.NONE, Urgency.NONE, Urgency.RED_FLAG, Urgency.EMERGENCY],
    "self-removal": [Urgency.SELF_REMOVAL] * 3 + [Urgency.RED_FLAG, Urgency.EMERGENCY],
    "self-removal near the eye": [Urgency.SELF_REMOVAL_EYE] * 3 + [Urgency.RED_FLAG, Urgency.EMERGENCY],
    "see a GP": [Urgency.SEE_GP] * 4 + [Urgency.EMERGENCY],
    "urgent": [Urgency.URGENT] * 4 + [Urgency.EMERGENCY],
    "emergency": [Urgency.EMERGENCY] * 5,
}


@pytest.mark.parametrize("finding, intent", list(product(DETECTED, CLASSIFIED)))
def test_every_pair_of_findings(finding: str, intent: str) -> None:
    detected = triage.detected_urgency(*DETECTED[finding])
    classified = triage.classified_urgency(intent)
    got = triage.decide(detected, classified)
    assert got == EXPECTED[finding][CLASSIFIED.index(intent)]
    # never below the detector's finding; a red flag from either side always answers as one
    assert got >= detected
    assert got.is_red_flag == (detected.is_red_flag or classified.is_red_flag)


@pytest.mark.parametrize("finding, intent", list(product(DETECTED, CLASSIFIED)))
def test_every_pair_of_findings_when_the_visitor_denies_a_sign(finding: str, intent: str) -> None:
    # "no temperature, she's feeding fine", "my vision's perfect": the classifier's untiered red flag
    # does not count, nor its emergency unless the detector found a red flag; the detector's tiers do
    detected = triage.detected_urgency(*DETECTED[finding])
    classified = triage.classified_urgency(intent)
    got = triage.decide(detected, classified, signs_denied=True)
    expected = EXPECTED[finding][CLASSIFIED.index(intent)]
    classifier_only = expected == Urgency.RED_FLAG or (expected == Urgency.EMERGENCY and not detected.is_red_flag)
    assert got == (detected if classifier_only else expected)
    assert got >= detected
    if detected == Urgency.EMERGENCY or (classified == Urgency.EMERGENCY and detected.is_red_flag):
        assert got == Urgency.EMERGENCY


@pytest.mark.parametrize("a, b", list(product(Urgency, Urgency)))
def test_decide_never_lowers_a_red_flag_and_is_symmetric_for_emergencies(a: Urgency, b: Urgency) -> None:
    if a == Urgency.RED_FLAG:
        return  # the detector never reports an untiered red flag
    got = triage.decide(a, b if b in (Urgency.NONE, Urgency.RED_FLAG, Urgency.EMERGENCY) else Urgency.NONE)
    assert got >= a
    if Urgency.EMERGENCY in (a, b):
        assert got == Urgency.EMERGENCY


@pytest.mark.parametrize(
    "urgency, intent, tier",
    [
        (Urgency.EMERGENCY, "report_emergency", "emergency"),
        (Urgency.URGENT, "report_red_flag", "urgent"),
        (Urgency.SEE_GP, "report_red_flag", "gp"),
        (Urgency.RED_FLAG, "report_red_flag", None),
        (Urgency.SELF_REMOVAL_EYE, "faq_self_removal", None),
        (Urgency.SELF_REMOVAL, "faq_self_removal", None),
        (Urgency.NONE, None, None),
    ],
)
def test_each_rank_has_its_reply(urgency: Urgency, intent, tier) -> None:
    assert triage.reply_for(urgency) == triage.Reply(intent, tier)


def test_unknown_tier_is_loud() -> None:
    with pytest.raises(ValueError, match="unknown red-flag tier"):
        triage.detected_urgency("very urgent", False, False)


def test_labels_round_trip() -> None:
    assert all(triage.BY_LABEL[u.label] == u for u in Urgency)


@pytest.mark.parametrize("urgency", list(triage.Urgency))
@pytest.mark.parametrize("eye", [False, True])
def test_urgency_of_reply_reads_back_what_reply_for_answers(urgency, eye):
    """The whole-pipeline safety report maps a parse back to a rank: the inverse of reply_for."""
    reply = triage.reply_for(urgency)
    flags = [f for f in (reply.tier, "eye_area" if eye else None) if f]
    got = triage.urgency_of_reply(reply.intent, flags)
    if urgency in (triage.Urgency.SELF_REMOVAL, triage.Urgency.SELF_REMOVAL_EYE):
        assert got == (triage.Urgency.SELF_REMOVAL_EYE if eye else triage.Urgency.SELF_REMOVAL)
    else:
        assert got == urgency
