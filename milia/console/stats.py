"""The dashboard's figures for one period, from the tracker store and the outbox."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Dict, List, Tuple

from sqlalchemy.engine import Engine

from milia.callbacks import outbox
from milia.console import conversations
from milia.console.alerts import callback_rows
from milia.console.periods import Period

TOP_TOPICS = 10


@dataclass
class Figures:
    per_day: List[Tuple[date, int]] = field(default_factory=list)  # conversations by day of first message
    outcomes: Dict[str, int] = field(default_factory=dict)  # visitor messages by outcome
    topics: List[Tuple[str, int]] = field(default_factory=list)  # visitor messages by FAQ intent
    safety: List[Tuple[date, str, int]] = field(default_factory=list)  # (week's Monday, kind, replies)
    callbacks: Dict[str, int] = field(default_factory=dict)  # requested, delivered, pending, failed

    @property
    def conversations(self) -> int:
        return sum(n for _, n in self.per_day)

    @property
    def messages(self) -> int:
        return sum(self.outcomes.values())


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def figures(tracker: Engine, outbox_engine: Engine, period: Period) -> Figures:
    start, end = period.start, period.end
    per_day: Counter = Counter()
    outcomes: Counter = Counter({name: 0 for name in conversations.OUTCOMES})
    topics: Counter = Counter()
    safety: Counter = Counter()
    for summary in conversations.summaries(tracker, start, end):
        messages = [m for m in summary.messages if start <= m.timestamp < end]
        if messages:
            per_day[period.day_of(messages[0].timestamp)] += 1
        for message in messages:
            outcomes[message.outcome] += 1
            if message.intent and message.intent.startswith("faq_"):
                topics[message.intent] += 1
        for stamp, kind in summary.safety:
            if start <= stamp < end:
                safety[(monday(period.day_of(stamp)), kind)] += 1
    callbacks = Counter({"requested": 0, "delivered": 0, "pending": 0, "failed": 0})
    for row in callback_rows(outbox_engine):
        if start <= row.created_at.timestamp() < end:
            callbacks["requested"] += 1
            callbacks[row.status.value if row.status in outbox.Status else "pending"] += 1
    return Figures(
        per_day=[(day, per_day.get(day, 0)) for day in period.days()],
        outcomes=dict(outcomes),
        topics=topics.most_common(TOP_TOPICS),
        safety=sorted((week, kind, n) for (week, kind), n in safety.items()),
        callbacks=dict(callbacks),
    )


def tables(found: Figures) -> Dict[str, Tuple[List[str], List[list]]]:
    """Each table of the dashboard as (header, rows), for the page and the CSV export."""
    return {
        "per_day": (["day", "conversations"], [[d.isoformat(), n] for d, n in found.per_day]),
        "outcomes": (["outcome", "messages"], [[conversations.OUTCOME_LABELS[k], found.outcomes.get(k, 0)]
                                               for k in conversations.OUTCOMES]),
        "topics": (["topic", "messages"], [[t, n] for t, n in found.topics]),
        "safety": (["week starting", "safety reply", "replies"], [[w.isoformat(), k, n] for w, k, n in found.safety]),
        "callbacks": (["callback requests", "count"], [[k, v] for k, v in found.callbacks.items()]),
    }
