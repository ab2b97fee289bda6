"""Warning signs the visitor denies in so many words: "no temperature, she's feeding fine", "no redness,
no swelling, all healed", "vision's fine, no pain".

The classifier reads such a message by its words ("temperature", "swelling") as ``report_red_flag``.
When the detector, which reads negation, found no sign in it, that reading is a false alarm:
``milia.safety.triage.decide`` does not let it count, nor its ``report_emergency`` ("my vision's
perfect, I just want the dots under my eyes gone") unless the detector found a red flag. The
detector's own emergency always counts. Plain module: no rasa imports.
"""
from __future__ import annotations

import re

_SIGNS = (r"(fever|temperature|temp|high temp|pus|swelling|redness|pain|red line|red streak|bleeding|blood|discharge|oozing"
          r"|infection|signs? of infection|spreading|problems?|issues?)")
DENIALS = re.compile(
    r"\b(no|zero|without|nor)\s+(any\s+|sign\s+of\s+|signs\s+of\s+)?" + _SIGNS + r"\b"
    r"|\b(not|isn'?t|aren'?t|wasn'?t|weren'?t)\s+(very\s+|too\s+|that\s+|really\s+|at\s+all\s+)?"
    r"(hot|warm|swollen|red|spreading|sore|painful|blurry|bleeding|infected|weeping|oozing|puffy)\b"
    r"|\b(doesn'?t|does not|didn'?t|did not|don'?t|do not|isn'?t|is not|aren'?t|are not|won'?t|will not)\s+(really\s+)?"
    r"(hurt|bleed|itch|look infected|seem infected)\b"
    # "hopefully won't get scabs" (a hope about a treatment, not a sign)
    r"|\b(won'?t|will not)\s+(get|leave|have)\s+(any\s+)?(scabs?|scars?|marks?)\b"
    # "my vision's fine" (not "is blurry vision normal?", "is my eye ok?": a sign, or a question)
    r"|(?<!blurry )(?<!blurred )(?<!double )(?<!cloudy )(?<!fuzzy )(?<!is )(?<!is my )(?<!are my )(?<!is the )(?<!are the )"
    r"\b(vision|sight|eyes?|eyesight)('s|\s+is|\s+are)?\s+(totally\s+|completely\s+|perfectly\s+)?(fine|normal|perfect|ok|okay|good|unaffected)\b"
    r"|\bfeeding\s+(well|fine|normally|ok|okay|great)\b|\b(all|completely|fully)\s+healed\b|\bhealed\s+(fine|nicely|well|up)\b"
    r"|\b(36|37)\.\d\b",
    re.IGNORECASE,
)


def denies_a_sign(text: str) -> bool:
    """The message denies a warning sign in so many words (see module docstring)."""
    return bool(DENIALS.search((text or "").replace("\u2019", "'")))
