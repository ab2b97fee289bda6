"""The alerts shown at the top of every page: callback requests that failed or are still not
delivered after an hour, and conversations with an emergency or urgent safety reply in the last
7 days. Each can be marked reviewed (kept in the console's own table, written to the audit log)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import List, Optional, Set, Tuple

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from milia.callbacks import outbox
from milia.console import conversations, db

UNDELIVERED_AFTER = timedelta(hours=1)
SAFETY_DAYS = 7


@dataclass(frozen=True)
class Alert:
    kind: str  # "callback" or "safety"
    key: str  # what "reviewed" is recorded against
    title: str
    link: str
    when: float


def callback_rows(engine: Engine) -> List[outbox.OutboxRow]:
    """The outbox's rows, read only (an outbox that does not exist yet has none)."""
    if not sa.inspect(engine).has_table(outbox.callback_outbox.name):
        return []
    return outbox.list_requests(engine)


def callback_alerts(engine: Engine, now: datetime) -> List[Alert]:
    found = []
    for row in callback_rows(engine):
        late = row.status == outbox.Status.PENDING and row.created_at <= now - UNDELIVERED_AFTER
        if row.status == outbox.Status.FAILED or late:
            state = "failed" if row.status == outbox.Status.FAILED else "not delivered after an hour"
            error = f", last error {row.last_error}" if row.last_error else ""
            found.append(Alert(
                "callback", f"{row.id}:{row.status.value}",
                f"Callback request {row.id[:8]} {state} ({row.attempts} attempt(s){error})",
                f"/conversations/{row.conversation_id}", row.created_at.timestamp()))
    return found


def safety_alerts(engine: Engine, now: float) -> List[Alert]:
    since = now - SAFETY_DAYS * 86400
    found = []
    for summary in conversations.summaries(engine, since=since):
        urgent = [(stamp, kind) for stamp, kind in summary.safety if kind in conversations.ALERT_KINDS and stamp >= since]
        if urgent:
            stamp, kind = max(urgent)
            found.append(Alert("safety", f"{summary.sender_id}:{int(stamp)}",
                               f"Safety reply ({kind}) in a conversation", f"/conversations/{summary.sender_id}", stamp))
    return found


def reviewed_keys(engine: Engine) -> Set[Tuple[str, str]]:
    with engine.connect() as conn:
        return {(r.kind, r.key) for r in conn.execute(sa.select(db.reviewed.c.kind, db.reviewed.c.key))}


def open_alerts(staff: Engine, tracker: Engine, outbox_engine: Engine, now: Optional[float] = None) -> List[Alert]:
    now = time.time() if now is None else now
    found = callback_alerts(outbox_engine, datetime.fromtimestamp(now, timezone.utc)) + safety_alerts(tracker, now)
    done = reviewed_keys(staff)
    return sorted((a for a in found if (a.kind, a.key) not in done), key=lambda a: -a.when)


def mark_reviewed(staff: Engine, kind: str, key: str, user: str) -> bool:
    """Record the review (once) and audit it; False if it was already reviewed."""
    with staff.begin() as conn:
        exists = conn.execute(sa.select(db.reviewed.c.key).where(db.reviewed.c.kind == kind, db.reviewed.c.key == key)).first()
        if exists:
            return False
        conn.execute(db.reviewed.insert().values(kind=kind, key=key, by=user, at=time.time()))
    db.record(staff, user, "alert reviewed", f"{kind} {key}")
    return True
