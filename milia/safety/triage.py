"""Which reply comes first: the most urgent finding in a visitor's message decides.

Two things read each message: the deterministic detector (``milia.safety.detector.detect``) and the
intent classifier. ``decide`` combines them, most urgent first:

1. an emergency, from either (the detector's tier, or the classifier's ``report_emergency``; that
   one not when the visitor denies a sign in so many words and the detector found no red flag:
   "my vision's perfect, I just want the dots under my eyes gone");
2. a red flag the detector placed in a tier (urgent, see a GP);
3. a red flag only the classifier saw (``report_red_flag``): its tier is unknown, so the
   reply lists the tiers, most urgent first; not when the visitor denies a sign in so many words
   ("no temperature, she's feeding fine", ``milia.safety.denials``);
4. self-removal near the eye, then self-removal anywhere (detector only: the classifier's own
   ``faq_self_removal`` is an ordinary answer that may be negated, "I won't squeeze them");
5. otherwise the classifier's own answer.

Nothing of lower rank ever replaces a higher one. Plain module: no rasa imports.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Optional, Sequence

EMERGENCY_INTENT = "report_emergency"
RED_FLAG_INTENT = "report_red_flag"
SELF_REMOVAL_INTENT = "faq_self_removal"


class Urgency(IntEnum):
    """Ranks of the first reply; a higher value always wins."""

    NONE = 0
    SELF_REMOVAL = 1
    SELF_REMOVAL_EYE = 2
    SEE_GP = 3
    RED_FLAG = 4  # a red flag of unknown tier (the classifier alone)
    URGENT = 5
    EMERGENCY = 6

    @property
    def label(self) -> str:
        """The name used in the labelled safety set and in the ``safety_flag`` entity."""
        return LABELS[self]

    @property
    def is_red_flag(self) -> bool:
        return self >= Urgency.SEE_GP


LABELS = {
    Urgency.NONE: "calm",
    Urgency.SELF_REMOVAL: "self_removal",
    Urgency.SELF_REMOVAL_EYE: "self_removal_eye",
    Urgency.SEE_GP: "gp",
    Urgency.RED_FLAG: "red_flag",
    Urgency.URGENT: "urgent",
    Urgency.EMERGENCY: "emergency",
}
BY_LABEL = {label: urgency for urgency, label in LABELS.items()}
# The tiers the detector itself can name for a red flag.
TIERS = (Urgency.EMERGENCY, Urgency.URGENT, Urgency.SEE_GP)


def detected_urgency(tier: Optional[str], self_removal: bool, eye_area: bool) -> Urgency:
    """The detector's finding as one rank: its red-flag tier, else self-removal (near the eye)."""
    if tier is not None:
        urgency = BY_LABEL.get(tier)
        if urgency not in TIERS:
            raise ValueError(f"unknown red-flag tier {tier!r}")
        return urgency
    if self_removal:
        return Urgency.SELF_REMOVAL_EYE if eye_area else Urgency.SELF_REMOVAL
    return Urgency.NONE


def classified_urgency(intent: Optional[str]) -> Urgency:
    """What the classifier's top intent says about urgency (only its red-flag intents count)."""
    if intent == EMERGENCY_INTENT:
        return Urgency.EMERGENCY
    if intent == RED_FLAG_INTENT:
        return Urgency.RED_FLAG
    return Urgency.NONE


def decide(detected: Urgency, classified: Urgency, signs_denied: bool = False) -> Urgency:
    """The first reply's rank.

    A red flag the detector placed in a tier is more precise than the classifier's untiered
    ``report_red_flag``, so that one only counts when the detector found no red flag, and not when
    the visitor denies a sign in so many words (``signs_denied``: "no temperature, she's feeding
    fine", milia.safety.denials), which the detector reads and the classifier does not. The same
    denial drops the classifier's emergency when the detector found no red flag ("my vision's
    perfect, I just want them gone"); the detector's emergency always stands.
    """
    if detected == Urgency.EMERGENCY:
        return Urgency.EMERGENCY
    if classified == Urgency.EMERGENCY and not (signs_denied and not detected.is_red_flag):
        return Urgency.EMERGENCY
    if detected.is_red_flag:
        return detected
    if classified.is_red_flag and not signs_denied:
        return classified
    return detected


@dataclass(frozen=True)
class Reply:
    """The intent that answers first, and the ``safety_flag`` tier that picks its wording."""

    intent: Optional[str]  # None: the classifier's own answer stands
    tier: Optional[str]  # emergency / urgent / gp, or None


def reply_for(urgency: Urgency) -> Reply:
    if urgency == Urgency.EMERGENCY:
        return Reply(EMERGENCY_INTENT, urgency.label)
    if urgency in (Urgency.URGENT, Urgency.SEE_GP):
        return Reply(RED_FLAG_INTENT, urgency.label)
    if urgency == Urgency.RED_FLAG:
        return Reply(RED_FLAG_INTENT, None)
    if urgency in (Urgency.SELF_REMOVAL, Urgency.SELF_REMOVAL_EYE):
        return Reply(SELF_REMOVAL_INTENT, None)
    return Reply(None, None)


def urgency_of_reply(intent: Optional[str], flags: Sequence[str]) -> Urgency:
    """The rank a parsed message was answered at: its intent and ``safety_flag`` values.

    The inverse of ``reply_for`` (with the detector's ``eye_area`` flag), used to measure the whole
    pipeline on the labelled safety set. The classifier's own ``faq_self_removal`` counts as
    self-removal: its answer is the self-removal warning.
    """
    if intent == EMERGENCY_INTENT:
        return Urgency.EMERGENCY
    if intent == RED_FLAG_INTENT:
        tiers = [BY_LABEL[f] for f in flags if f in (Urgency.URGENT.label, Urgency.SEE_GP.label)]
        return max(tiers) if tiers else Urgency.RED_FLAG
    if intent == SELF_REMOVAL_INTENT:
        return Urgency.SELF_REMOVAL_EYE if "eye_area" in flags else Urgency.SELF_REMOVAL
    return Urgency.NONE
