"""Signs told as over, or as someone else's history: read by ``milia.safety.detector`` before it decides a tier.

"had a nasty infection on my arm 2 yrs ago, antibiotics sorted it", "my GP checked it and said it was just milia",
"my dad had a BCC cut out years ago, all clear since". Plain module: no rasa imports.
"""
from __future__ import annotations

import re
from typing import List

from milia.safety.analysis import Analysis
from milia.safety.patterns import TIER_OF


def _signs_below_emergency(a: Analysis) -> List[str]:
    """The red-flag labels found that are not eye emergencies."""
    return [label for label in list(a.hits) if label.startswith("RF_") and TIER_OF.get(label) != "emergency"]


_LONG_AGO = frozenset({"yrs", "years", "year", "months"})
_CURED = frozenset({"sorted", "cleared", "healed", "fixed", "cured"})


def drop_signs_long_over(a: Analysis) -> None:
    """"had a nasty infection on my arm 2 yrs ago, antibiotics sorted it", "bled once about ten years ago and has been
    fine ever since": a skin sign told as years or months ago and
    cured, in the same sentence (never an eye emergency, nor a sentence that says it is back: "now", "still", "again")."""
    for label in _signs_below_emergency(a):
        a.discard(label, lambda s, e: any(
            a.low[k] == "ago" and a.low[k - 1] in _LONG_AGO and a.sentence[k] == a.sentence[s] for k in range(1, len(a.low)))
            and any((a.low[k] in _CURED or a.low[k] == "fine" and "since" in a.low[k:k + 4]) and a.sentence[k] == a.sentence[s]
                    for k in range(len(a.low)))
            and not {"now", "still", "again", "worse", "back"} & {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]})


def drop_relatives_old_signs(a: Analysis) -> None:
    """"My mum got an eye infection after her cataract surgery years back": a relative's sign told as years ago, in a sentence
    that is about them (session 33, tuning_130); never an eye emergency, nor a sentence that says it is now."""
    own = "mine" in a.low or " my own " in f" {' '.join(a.low)} "  # "Mine looks the same": the visitor's own
    # "I've got a white bump on my chin I assumed was milia, could this be one too?" (session 50, tuning_572)
    own = own or bool(re.search(r"\b(could|might|may|can|is|would) (this|mine|it) (be|one|also be)\b.*\b(one|too|also|same|as well)\b", " ".join(a.low)))
    for label in _signs_below_emergency(a):
        if label != "RF_CANCER" or not own:
            a.discard(label, lambda s, e: _relatives_old_sentence(a, a.sentence[s]))


def _relatives_old_sentence(a: Analysis, sentence: int) -> bool:
    words = [a.low[k] for k in range(len(a.low)) if a.sentence[k] == sentence]
    text = " ".join(words)
    return bool(_RELATIVES & set(words[:4])) and bool({"had", "got"} & set(words)) and bool(
        re.search(r"\b(years?|yrs|months|decades?) (ago|back)\b|\bin (19|20)\d\d\b", text)) and not (
        {"now", "still", "again", "worse", "i", "me", "mine", "recently", "lately", "weeks", "days"} & set(words)) and "my" not in words[1:]  # (not "... milia
    # years ago, but in the last few weeks it has turned brownish and got bigger", session 48)


_CLEARED = frozenset({"harmless", "benign", "fine", "nothing", "just", "normal", "ok", "okay", "innocent"})
_DOCTORS = frozenset({"gp", "doctor", "doc", "dr", "dermatologist", "derm", "consultant", "specialist", "nurse", "surgeon"})


_RELATIVES = frozenset({"mum", "mom", "mother", "dad", "father", "aunt", "auntie", "uncle", "nan", "nana", "gran", "granny", "grandma",
                        "grandad", "grandpa", "grandfather", "grandmother", "sister", "brother", "wife", "husband", "partner", "friend",
                        "cousin", "neighbour", "colleague"})


CANCER_WORDS = frozenset({"cancer", "cancers", "cancerous", "bcc", "bccs", "scc", "melanoma", "melanomas", "carcinoma", "tumour", "tumor",
                          "basal"})  # "My mum had a basal cell removed ages ago" (session 34)


def relatives_history(a: Analysis, s: int) -> bool:
    """A cancer word in a clause whose subject is a relative told in the past ("my dad had a BCC cut out years ago")."""
    words = {a.low[k] for k in range(len(a.low)) if a.clause[k] == a.clause[s]}
    text = " ".join(a.low)
    # "Mine are just tiny white milia that haven't changed in years": the visitor's own told unlike the relative's (session 33)
    unlike = re.search(r"\bmine (are|'re|is|'s) (just|only|completely different|totally different|different|nothing like)\b", text) and re.search(
        r"\b(have|has) ?(n't|not) changed|\bnot changed|\bnever changed|\bno different\b|\bcompletely different|\btotally different", text)
    # ("can these be cancer my dad had skin cancer": asked of the visitor's own, session 40)
    own = ("mine" in a.low and not unlike) or re.search(r"\b(worry|worried|worrying|concerned|(paranoid|scared|anxious)(?! (about|of) (the )?(sun|sunburn|sunbeds?|uv))|(could|can|might|may) (this|it|that|these|they|those|mine) be)\b|\b(?<!with )my (spot|lump|bump|mole|one|skin)\b"
                                       r"|\bthis (spot|lump|bump|mole|one)\b|\b(like|same as) (hers|his|theirs)\b"
                                       r"|\b(i 've|i have|ive) (now )?got (a |an |this |one |some )?(spot|lump|bump|mole|patch|mark|sore|one)s?\b|\bi now have\b", text)
    # "Old family history of skin cancer on my dad's side, nothing current", "Skin cancer in the family (dad, long time ago)" (session 40)
    in_the_family = re.search(r"\b(in the family|family history|on my (dad|mum|mother|father|grandad|grandpa|grandma|nan|gran|granny) 's side)\b", text)
    return (bool(_RELATIVES & words) and bool({"had", "died"} & words) or bool(in_the_family)) and not own


def _doctor_said(a: Analysis, j: int, k: int) -> bool:
    """A doctor at ``j`` is the one who said it at ``k`` (not "he won't go to the doctor and says it's just milia")."""
    went = bool({"went", "been"} & set(a.low[max(0, j - 4):j]))
    return (a.has("PRO_AGENT", j) or a.low[j] in _DOCTORS) and ("to" not in a.low[max(0, j - 3):j] or went) and not (
        {"won't", "wont", "wo", "not", "n't", "nt", "refuses", "never"} & set(a.low[max(0, j - 4):k]))


def _not_cancer(a: Analysis, k: int) -> set:
    """"said they're milia, definitely not a BCC": the "not" that clears a cancer word after ``k`` (session 34, tuning_135)."""
    return {"not"} if any(a.low[m] == "not" and CANCER_WORDS & set(a.low[m + 1:m + 4]) for m in range(k + 1, min(len(a.low), k + 7))) else set()


def drop_gp_signs_a_doctor_cleared(a: Analysis) -> None:
    """"a spot that changed shape a couple of years ago but my GP checked it and said it was just milia": a GP
    sign told before a doctor's all-clear is over (a sign told after it, "but it's grown since", is not; nor one
    that is "still" there or back "again")."""
    cleared = [k for k in range(len(a.low)) if a.low[k] in {"said", "says", "told", "confirmed", "reassured"}
               and any(_doctor_said(a, j, k) for j in range(max(0, k - 20), k)) and (_CLEARED & set(a.low[k + 1:k + 7]) or _not_cancer(a, k))
               and not {"not", "n't", "nt", "isnt", "wasnt"} & set(a.low[k + 1:k + 7]) - _not_cancer(a, k)]
    if not cleared or {"still", "again", "worse"} & set(a.low[cleared[0]:]):
        return
    for label in [label for label in _signs_below_emergency(a) if TIER_OF.get(label) == "gp"]:
        a.discard(label, lambda s, e: e <= cleared[0])


_YEARS_AGO = re.compile(r"\b((\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|couple|several|many|some) (years?|yrs) (ago|back)"
                        r"|years (ago|back)|a (few |couple of )?years back)\b")
_PAST_VERBS = frozenset({"had", "got", "was", "were", "became", "went"})
_NOW_WORDS = frozenset({"'s", "is", "are", "has", "have", "'ve", "now", "still", "again", "worse", "today", "tonight", "currently",
                        "recently", "lately", "month", "weeks", "week", "days", "its", "it's", "theyre", "they're"})  # "in the last month or so its got a sort of pinkish ring" (session 49)


def drop_signs_years_past(a: Analysis) -> None:
    """"I had an eye infection two years ago and since then I'm paranoid", "A few years back I had a cyst removed and it got
    infected afterwards": a skin sign told in the past tense in a sentence dated years ago, its clause saying nothing of now
    (session 34, tuning_135; never an eye emergency, nor a sign dated months, weeks or days ago)."""
    # "Had a BCC removed years ago, all clear" (the visitor's own, over); a relative's cancer is relatives_history's, and one
    # asked about now ("Mine looks the same, should I worry?") stays
    worried = "mine" in a.low or bool({"worry", "worried", "worrying", "concerned", "same"} & set(a.low))
    for label in [label for label in _signs_below_emergency(a) if label != "RF_CANCER" or not worried]:
        a.discard(label, lambda s, e, label=label: not (label == "RF_CANCER" and _RELATIVES & {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]})
                  and bool(_YEARS_AGO.search(" ".join(a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s])))
                  and bool(_PAST_VERBS & _clause_words(a, s)) and not _NOW_WORDS & _clause_words(a, s))


def _clause_words(a: Analysis, i: int) -> set:
    return {a.low[k] for k in range(len(a.low)) if a.clause[k] == a.clause[i]}
