"""The inbox: visitor messages the assistant did not understand, or answered unsure, grouped by
near-identical text (milia.staff.inbox's rules, which also leave out form answers and messages
with contact details); each group assigned to a topic, marked out of scope, or dismissed."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from milia.console import conversations, db
from milia.staff import import_inbox, inbox

OUT_OF_SCOPE = "out_of_scope"
DISMISSED = "dismissed"


@dataclass
class Group:
    key: str
    message: str
    count: int
    reasons: List[str]
    guess: Optional[str]
    confidence: Optional[float]
    last: float


def decisions(staff: Engine) -> Dict[str, str]:
    with staff.connect() as conn:
        return {r.key: r.decision for r in conn.execute(sa.select(db.inbox_decisions))}


def groups(tracker: Engine, staff: Engine, since: float,
           min_confidence: float = inbox.MIN_CONFIDENCE) -> tuple[List[Group], int]:
    """Open groups, most frequent first, and how many were already decided."""
    def as_events(rows: List[tuple]) -> List[Dict[str, Any]]:
        return [{"type_name": r[2], "data": conversations._load(r[4])} for r in rows]

    skipped = inbox.Skipped()
    found = inbox.collect((as_events(rows) for rows in conversations.read_rows(tracker, since=since)),
                          since, min_confidence, skipped)
    done = decisions(staff)
    open_groups = [Group(inbox.normalise(r["message"]), r["message"], r["count"], r["reasons"], r.get("guess"),
                         r.get("confidence"), r["last"]) for r in found if inbox.normalise(r["message"]) not in done]
    return open_groups, len(found) - len(open_groups)


def _decide(staff: Engine, message: str, decision: str, user: str) -> None:
    key = inbox.normalise(message)
    with staff.begin() as conn:
        conn.execute(db.inbox_decisions.delete().where(db.inbox_decisions.c.key == key))
        conn.execute(db.inbox_decisions.insert().values(key=key, decision=decision, by=user, at=time.time()))
    db.record(staff, user, "inbox " + ("dismissed" if decision == DISMISSED else f"labelled {decision}"),
              f'"{message[:80]}"')


@dataclass
class Outcome:
    ok: bool
    text: str


def label(staff: Engine, paths: Any, message: str, target: str, user: str) -> Outcome:
    """Add the message as a training example of a topic (``target`` a topic id) or of
    ``out_of_scope``, through the same code as ``make import-inbox``; or dismiss it."""
    message = " ".join(message.split())
    if not inbox.normalise(message):
        return Outcome(False, "That message is empty.")
    if target == DISMISSED:
        _decide(staff, message, DISMISSED, user)
        return Outcome(True, "Dismissed.")
    try:
        result = import_inbox.import_rows([(message, target)], paths.knowledge, paths.data, paths.domain,
                                          paths.holdout)
    except (OSError, ValueError) as exc:
        return Outcome(False, f"Nothing added: {exc}")
    if result.unknown:
        return Outcome(False, f"Unknown topic '{target}'.")
    if result.conflicts:
        return Outcome(False, result.conflicts[0])
    where = "out of scope" if target == OUT_OF_SCOPE else f"topic {target}"
    _decide(staff, message, "faq_" + target if target != OUT_OF_SCOPE else OUT_OF_SCOPE, user)
    if result.already:
        return Outcome(True, f"Already an example of {where}.")
    return Outcome(True, f"Added to {where}. Train a new model for it to take effect.")
