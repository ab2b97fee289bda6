"""A sign taken back in so many words, in the message after it.

"flashes of light in my right eye!!", then "nevermind, it was the fire alarm strobe being tested at work,
eyes are totally fine. do you do milia removal on saturdays?": the second message opens by taking the
sign back and says what it really was, repeating the sign's own words as it does. ``taken_back`` reads
the message without those opening sentences (the question after them is still answered), and keeps a
removal or the eye area they name ("sorry meant double milia, two on my eyelid. can I pop them with a
needle?" is a removal near the eye). Session 32 (followups/tuning_43).

Only a sentence that opens the message with an apology or a "never mind" and takes a sign back in words
("I meant", "no actual pain", "I haven't picked anything") is left out, and never one that reports a sign
more urgent than the one told before ("sorry, not swelling: I can't see out of it" keeps the emergency), nor a
correction that tells the sign again ("sorry, I meant severe pain, 9 out of 10").
Plain module: no rasa imports.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import List, Optional

from milia.safety.detector import SafetyResult, detect
from milia.safety.triage import Urgency, detected_urgency

# "sorry ...", "lol no, I mean ...", "nevermind, it was ...", "scratch that", "ok I checked and ..."
OPENER = re.compile(r"^\W*(sorry|soz|oops|whoops|ugh|omg|lol|haha|ha|nevermind|never mind|scratch that|ignore (that|me|my last)|my bad"
                    r"|all good|false alarm|ok(ay)?,? i (checked|exaggerated|looked)|no,? sorry|no,? i mean|i mean|i meant"
                    r"|actually|no,? scratch that|update)\b")  # session 34 (followups/tuning_49): "actually no, looked closer"
# ... said as a correction ("I meant", "I mixed it up") ...
CORRECTING = re.compile(
    r"\b(i (meant|mean)|meant|mixed (it|them|that) up|wrote that badly|said it wrong|exaggerat\w*|panicked|got carried away"
    r"|was quoting|was typing|half asleep|read the thermometer wrong|misread|autocorrect|typo|came out wrong)\b")
# ... and the sign denied in words: a correction alone may make it worse ("sorry, I meant severe pain, 9 out of 10")
DENYING = re.compile(
    r"\b(not (my eye|the eyeball|confused|unwell|oozing|swelling|pus|spreading|red or|hot or|swollen or)|(isn'?t|wasn'?t) (swelling|oozing|my eye|me|mine|real|spreading)"
    r"|(don'?t|do not|didn'?t) mean (pus|swelling|oozing|blurry|pain)"
    r"|no (actual |real )?(pain|eye problems?|infection|redness|pus|swelling|temperature|temp|blurriness|heat)"
    r"|(haven'?t|hasn'?t|didn'?t|have not|has not) (actually )?(used|picked|done|touched|grown|happened)"
    r"|(?<!other )(?<!good )(?<!left )(?<!right )(eyes?|vision|sight|eyesight)('s| is| are) (totally |completely |perfectly )?"
    r"(fine|normal|ok|okay|good)"
    r"|everything'?s (crisp|clear|fine|normal) again|can (open it|see) (perfectly|fine|normally|properly)|i'?m (really )?(fine|not unwell)"
    r"|it'?s fine now|it was (the|a|my|just) (fire alarm|strobe|fairy lights?|camera|flash|contact lens|pen|afterimage)"
    r"|(mine|they|it) (don'?t|do not|doesn'?t|does not) look (anything )?like that|(meant|was) for the vet|wrong chat"
    r"|no (edge|change)|(36|37)\.\d|can'?t see (the|my) (milia|milium|bumps?|spots?|dots?)"
    r"|(photos?|pics?|pictures?|camera|selfies?|images?) (is|are|was|were|look|looks|came out) (really |a bit |all )?(blurry|blurred|fuzzy|out of focus))\b")
# ... or, before a "but" that tells a lesser sign, explained away (session 35, followups/tuning_52): "update: the blurriness was
# just the eye cream i put on, its totally clear now, but the skin under the eye is swelling up", "it was just gunk stuck on
# the lashes, it opens fine now, but the lid is still puffy and warm"
EXPLAINED_BEFORE_BUT = re.compile(
    r"\b((was|were) (just|only) (the |a |my |some )?(eye cream|cream|gunk|crust|crusty stuff|sleep|mascara|make-?up|eye drops|drops)"
    r"|(totally|completely|perfectly) clear now|opens? (fine|normally|properly) now)\b")
TAKEN_BACK = re.compile(CORRECTING.pattern + "|" + DENYING.pattern)
SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")
BUT = re.compile(r",?\s+but\s+", re.IGNORECASE)


def _urgency(result: SafetyResult) -> Urgency:
    return detected_urgency(result.tier, result.self_removal, result.eye_area)


def taken_back(text: str, before: SafetyResult) -> Optional[SafetyResult]:
    """``text`` read without its opening sentences that take back the sign ``before`` told; None when it
    does not open so. A correction with no denial in it takes nothing back: "sorry I meant my left eye",
    "sorry, I meant severe pain", "sorry I meant 10 days old not 10 weeks" (``milia.safety.corrections``)."""
    low = text.lower()
    if before.tier is None or not OPENER.search(low):
        return None
    sentences = [s for s in SENTENCES.split(text.strip()) if s.strip()]
    dropped: List[str] = []
    for sentence in sentences:
        if not (OPENER.search(sentence.lower()) or TAKEN_BACK.search(sentence.lower())):
            break
        dropped.append(sentence)
    rest = " ".join(sentences[len(dropped):])
    explained = False
    if dropped and BUT.search(dropped[-1]):  # "it opens fine now, but the lid is still puffy and warm": the rest is told after "but"
        head, tail = BUT.split(dropped[-1], maxsplit=1)
        explained = bool(EXPLAINED_BEFORE_BUT.search(head.lower()))
        if explained or DENYING.search(head.lower()):
            dropped[-1], rest = head, f"{tail} {rest}".strip()
    told = [detect(s) for s in dropped]
    denied = explained or any(DENYING.search(s.lower()) for s in dropped)
    if not denied or any(_urgency(t) > _urgency(before) for t in told):
        return None
    kept = detect(rest) if rest.strip() else SafetyResult()
    # a lesser sign left in the sentence that takes one back: "sorry I exaggerated, I can open it fine, it's just the lid is puffy"
    lesser = [t for t in told if t.tier is not None and _urgency(t) < _urgency(before)]
    if lesser and all(_urgency(t) >= _urgency(kept) for t in lesser):
        kept = max(lesser, key=_urgency)
    whole = detect(text)
    self_removal = kept.self_removal or any(t.self_removal for t in told)
    eye = kept.eye_area or (self_removal and whole.eye_area)
    spans = tuple((kind, 0, len(text)) for kind, on in (
        ("self_removal", self_removal), ("eye_area", eye), ("red_flag", kept.red_flag)) if on)
    return replace(kept, self_removal=self_removal, eye_area=eye, spans=spans)
