"""A removal denied, then told after all in the same sentence (session 32, tuning_121).

"didnt use a needle, just my nails, on my chin", "I've never squeezed one before, but I tried last night on my
nose", "I'm not saying I didn't squeeze it... I did": the first removal word is negated, and the detector's
negation reading alone would call the message calm. ``affirmed_after_denial`` finds the removal told after
the denial. Plain module: no rasa imports.
"""

from __future__ import annotations

from typing import List, Sequence

from milia.safety.analysis import Analysis, Mention

# "just my nails", "only my fingers", "my nails instead"
_ONLY = frozenset({"just", "only", "instead"})
# "but I tried last night", "but I tried it on my nose" (not "but I tried retinol")
_THEN = frozenset({"last", "yesterday", "it", "once", "again", "on", "anyway", "earlier", "this", "today", "tonight", "one", "them"})


def affirmed_after_denial(a: Analysis, mentions: Sequence[Mention]) -> List[Mention]:
    """Positive mentions for a removal told after a negated one in the same sentence; [] when there is none."""
    denied = [m for m in mentions if m.negated]
    if not denied or any(not m.negated for m in mentions):
        return []
    out: List[Mention] = []
    for m in denied:
        sentence = a.sentence[m.start]
        later = [k for k in range(m.end, len(a.low)) if a.sentence[k] == sentence or (
            a.sentence[k] == sentence + 1 and a.low[m.end:k].count("...") + a.low[m.end:k].count("..") > 0)]
        for k in later:
            if a.has("TOOL", k) and _ONLY & set(a.low[max(m.end, k - 3):k]) and not a.negated_before(k):
                out.append(Mention(k, k + 1, False))  # "didnt use a needle, just my nails"
            elif a.has("SELF_VERB", k) and _ONLY & set(a.low[max(m.end, k - 2):k]) and not a.negated_before(k):
                out.append(Mention(k, k + 1, False))  # "if I dont use a needle but just press with two cotton buds" (session 34)
            elif a.has("TRIED", k) and "but" in a.low[max(m.end, k - 3):k] and not a.negated_before(k) and (
                    a.low[k + 1:k + 2] and a.low[k + 1] in _THEN):
                out.append(Mention(k, k + 1, False))  # "never squeezed one before, but I tried last night"
            elif a.low[k:k + 2] == ["i", "did"] and a.low[k + 2:k + 3] in ([], ["."], ["!"], [","]) and a.low[k - 1:k] in (
                    ["..."], [".."], ["."], [","], ["-"]):
                out.append(Mention(k, k + 2, False))  # "I'm not saying I didn't squeeze it... I did"
    return out[:1]
