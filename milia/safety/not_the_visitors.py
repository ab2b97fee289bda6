"""Removal words that are not the visitor's removal now (session 34's blind sets), dropped before the detector decides.

"my own milia haven't changed in years" (whose milia, not doing it on my own), "how does the needle trick work" (how the
clinic's method works), "if you had milia on your eye bags, would you just pop them" (anyone in the visitor's place: not
the clinic), "learnt my lesson picking spots as a teenager" (the visitor's younger days). And ``can_it_be_done``: a yes/no
question in the passive ("can milia be popped?") asks whether it can be done at home, unlike "why can't they be squeezed
like spots?". Plain module: no rasa imports.
"""
from __future__ import annotations

from typing import List

from milia.safety.analysis import Analysis
from milia.safety.signs import YOUNGER_DAYS

_WHOSE = frozenset({"milia", "milium", "bumps", "ones", "spots", "skin", "face", "eyes", "cheek", "cheeks", "bump", "spot"})
_SOMEONE_ELSE_OR_NOW = frozenset({"now", "still", "again", "tonight", "today", "mum", "mom", "dad", "she", "he", "mother", "father", "nan",
                                  "gran", "offering"})
_IN_YOUR_PLACE = (["if", "you", "had"], ["if", "u", "had"], ["if", "you", "were"], ["if", "it", "was"], ["if", "it", "were"])


def _clause_words(a: Analysis, i: int) -> List[str]:
    return [a.low[k] for k in range(len(a.low)) if a.clause[k] == a.clause[i]]


def can_it_be_done(a: Analysis, i: int) -> bool:
    """A yes/no question whether milia can be popped, squeezed, scrubbed off (``i``, in the passive): "can milia be
    popped?" (not "why can't they be squeezed like spots?")."""
    words = [a.low[k] for k in range(i) if a.sentence[k] == a.sentence[i]]
    return "why" not in words and any(w in {"can", "could", "should"} and words[k + 1:k + 2] not in (["n't"], ["not"], ["nt"])
                                      for k, w in enumerate(words))


def drop_removal_words_not_the_visitors(a: Analysis) -> None:
    """Drops the removal words that are not the visitor's removal now (see module docstring)."""
    # "my own milia haven't changed in years" (not "i want to remove my own milia")
    a.discard("SELF_CUE", lambda s, e: a.low[s:e] == ["my", "own"] and a.low[e:e + 1] and a.low[e] in _WHOSE
              and not any(a.clause[k] == a.clause[s] and k < s for label in ("REMOVE", "SELF_VERB", "TOOL_USE") for k, _ in a.spans(label)))
    # "how does the needle trick work" (not "does the needle trick actually work")
    a.discard("HOWTO", lambda s, e: a.low[s - 1:s] == ["how"] and a.low[s] in {"does", "do", "will", "would", "did", "can"})
    # "so if you had milia on your eye bags, would you just pop them or is that mad"
    a.discard("YOU", lambda s, e: any(a.sentence[k] == a.sentence[s] and a.low[k:k + 3] in _IN_YOUR_PLACE for k in range(len(a.low))))
    # "learnt my lesson picking spots as a teenager" (not "my mum squeezed mine when I was a kid, should I do the same?": a
    # copy, milia.safety.mentions.copy_mentions; nor "she keeps offering to, like she did when I was a kid")
    a.discard("SELF_VERB", lambda s, e: any(f" {p} " in f" {' '.join(_clause_words(a, s))} " for p in YOUNGER_DAYS)
              and not _SOMEONE_ELSE_OR_NOW & set(_clause_words(a, s)) and "same" not in a.low)
    # session 35 (tuning_153): pins and needles of a hobby or trade ("I knit and do patchwork so I'm handling pins all day long",
    # "needles don't frighten me", "I'm a dressmaker, pins everywhere"), and a needle pictured ("I'm already picturing a needle
    # heading for my eyeball haha"), with no removal word in the sentence
    for label in ("BARE_TOOL", "TOOL", "TOOL_USE"):
        a.discard(label, lambda s, e: bool(_CRAFTS & {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]}) and not any(
            a.sentence[k] == a.sentence[s] for lab in ("SELF_VERB", "REMOVE", "HOWTO") for k, _ in a.spans(lab)) and not (
            bool({"hook", "hooks"} & set(a.low[s:e])) and bool(_WHOSE & {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]})))
        # (a crochet hook taken to milia is a tool: "milia in my inner eye corners - can I use a tiny crochet hook??", session 54, spent v33)
        a.discard(label, lambda s, e: bool({"picturing", "imagining", "imagine", "picture", "visualising", "visualizing"}
                                           & set(a.low[max(0, s - 4):s])))
    # "not after my aunt pricked a spot years ago and got an infection (long sorted now)": a relative's removal years past
    a.discard("SELF_VERB", lambda s, e: bool(_RELATIVES & set(a.low[max(0, s - 3):s])) and any(
        f" {p} " in f" {' '.join(_clause_words(a, s))} " for p in _YEARS_PAST))


# the craft as a pastime or trade, never a tool's kit ("a needle from my sewing kit" is a needle to remove them with)
_CRAFTS = frozenset({"knit", "knitting", "knits", "patchwork", "quilt", "quilting", "quilts", "crochet", "crocheting", "cross-stitch",
                     "dressmaker", "dressmaking", "seamstress", "tailor", "upholstery", "yarn", "wool"})  # "we share needles and yarn" (session 54)
_RELATIVES = frozenset({"aunt", "auntie", "uncle", "mum", "mom", "dad", "nan", "gran", "grandma", "grandad", "sister", "brother",
                        "cousin", "friend", "mate"})
_YEARS_PAST = ("years ago", "years back", "ages ago", "long ago", "decades ago", "a long time ago")

