"""Personal data in the tracker store and the outbox: redact, purge, forget.

Plain SQLAlchemy 1.4 Core (no Rasa imports) on SQLite or PostgreSQL.

* :func:`redact_conversation` - after a callback request, the name, phone number, concern and
  callback window are removed from the stored events of that conversation (Rasa's ``events``
  table, ``TRACKER_DB_URL``): the values of the form's SlotSet events become null, the text of
  every message the visitor sent while the form asked for a detail becomes ``[redacted]``,
  and so does each occurrence of those values in any other stored text (the read-back,
  "Thank you, <name>", a number typed before the form started). Rows
  are updated in place, never deleted or re-ordered: Rasa counts a conversation's rows to
  know what it has already stored. :func:`redact_after_request` is the action server's entry
  point: it redacts at once and again once Rasa has stored the current turn (its bot message
  is rendered with the name after the action has returned), and never raises.
* :func:`purge` - deletes conversations whose last event is older than N days and delivered
  outbox rows older than N days, in short transactions (safe while the assistant runs), and
  re-redacts the conversations of the outbox rows that remain.
* :func:`forget` - deletes everything held about one person (by phone number or conversation
  id): outbox rows, conversations, rows of the local reference receiver.

Command line (``make purge [DAYS=30]``, ``make forget PHONE=...|CONVERSATION=...``)::

    python -m milia.privacy.store purge [--days 30]
    python -m milia.privacy.store forget --conversation ID
    MILIA_FORGET_PHONE='07400 123456' python -m milia.privacy.store forget

The phone number is best passed in the environment (``make forget`` does): it then appears
neither in ``ps`` nor in make's echo. Output and logs carry counts and ids only, never names,
numbers or message text.
"""
from __future__ import annotations

import argparse
import asyncio
import copy
import json
import logging
import os
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Set, TextIO, Tuple

import sqlalchemy as sa
from sqlalchemy.engine import Engine

log = logging.getLogger("milia.privacy.store")

REDACTED = "[redacted]"
FORM = "callback_form"
# Slots whose values are personal data (their SlotSet values are replaced).
PERSONAL_SLOTS = frozenset(
    {
        "caller_name",
        "caller_phone",
        "callback_phone_display",
        "callback_concern",
        "callback_window",
        "callback_window_label",
    }
)
# While the form asks for one of these, the visitor's whole message is replaced.
ASKED_SLOTS = frozenset(
    {"caller_name", "caller_phone", "callback_window", "callback_concern", "callback_confirmed"}
)
# Slot values that are not personal and must not be searched for in other texts.
NOT_PERSONAL_VALUES = frozenset({"none", "yes", "no", "true", "false", REDACTED})
MIN_VALUE_CHARS = 3
PHONE_KEY_DIGITS = 9  # a phone number is recognised by its last 9 digits
DEFAULT_PURGE_DAYS = 30
EVENT_TYPES_WITH_TEXT = ("user", "bot", "slot")

# A run of characters that could be a phone number as typed: digits with separators.
_PHONE_RUN = re.compile(r"\+?\(?\d[\d\s().\-/]{6,}\d")

# --------------------------------------------------------------------------
# The tracker store's table (the columns of rasa.core.tracker_store.SQLTrackerStore.SQLEvent)

metadata = sa.MetaData()

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sender_id", sa.String(255), nullable=False, index=True),
    sa.Column("type_name", sa.String(255), nullable=False),
    sa.Column("timestamp", sa.Float),
    sa.Column("intent_name", sa.String(255)),
    sa.Column("action_name", sa.String(255)),
    sa.Column("data", sa.Text),
)


def make_tracker_engine(url: str) -> Engine:
    """An engine for the tracker store (``TRACKER_DB_URL``)."""
    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return sa.create_engine(url, future=True, connect_args={"timeout": 30})
    return sa.create_engine(url, future=True, pool_pre_ping=True, pool_size=2, max_overflow=4)


def sqlite_file_missing(url: str) -> bool:
    """True for a SQLite URL whose file does not exist (nothing stored there yet)."""
    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return False
    database = parsed.database or ""
    return database not in ("", ":memory:") and not Path(database).expanduser().exists()


def ensure_tracker_schema(engine: Engine) -> None:
    """Create Rasa's ``events`` table if missing (same columns and index as Rasa's), so
    several Rasa servers starting at once do not race to create it."""
    metadata.create_all(engine, checkfirst=True)


def _has_table(engine: Engine, name: str) -> bool:
    return sa.inspect(engine).has_table(name)


# --------------------------------------------------------------------------
# Finding personal values in text


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def phone_key(text: str) -> Optional[str]:
    """The last 9 digits of a phone number ("+447400123456", "07400 123456" -> "400123456")."""
    digits = _digits(text)
    return digits[-PHONE_KEY_DIGITS:] if len(digits) >= PHONE_KEY_DIGITS else None


def mentions_phone(text: str, keys: Iterable[str]) -> bool:
    keys = [k for k in keys if k]
    return any(k in _digits(m.group(0)) for m in _PHONE_RUN.finditer(text) for k in keys)


class Scrubber:
    """Replaces known personal values (whole words, any case) and phone numbers written in
    any format (matched on their last 9 digits) with ``[redacted]``."""

    def __init__(self, values: Iterable[Any]) -> None:
        literals: Set[str] = set()
        self.phone_keys: Set[str] = set()
        for value in values:
            if not isinstance(value, str):
                continue
            value = value.strip()
            if len(value) < MIN_VALUE_CHARS or value.lower() in NOT_PERSONAL_VALUES:
                continue
            literals.add(value)
            digits = _digits(value)
            # a value that is mostly a number (a phone, as typed or E.164)
            if len(digits) >= PHONE_KEY_DIGITS and len(digits) >= len(value.replace(" ", "")) - 3:
                self.phone_keys.add(digits[-PHONE_KEY_DIGITS:])
        ordered = sorted(literals, key=len, reverse=True)
        self.pattern = (
            re.compile("|".join(rf"(?<!\w){re.escape(v)}(?!\w)" for v in ordered), re.IGNORECASE)
            if ordered
            else None
        )

    def __bool__(self) -> bool:
        return bool(self.pattern or self.phone_keys)

    def _phone(self, match: "re.Match[str]") -> str:
        digits = _digits(match.group(0))
        return REDACTED if any(key in digits for key in self.phone_keys) else match.group(0)

    def scrub(self, text: Any) -> Any:
        if not isinstance(text, str) or not text:
            return text
        if self.pattern is not None:
            text = self.pattern.sub(REDACTED, text)
        if self.phone_keys:
            text = _PHONE_RUN.sub(self._phone, text)
        return text


def personal_values(slots: Mapping[str, Any]) -> List[str]:
    """The personal values among a tracker's slots (for :func:`redact_after_request`)."""
    return [
        value
        for name, value in slots.items()
        if name in PERSONAL_SLOTS and isinstance(value, str) and value.strip().lower() not in NOT_PERSONAL_VALUES
    ]


# --------------------------------------------------------------------------
# Redaction of one conversation's events


def _redact_entities(parse_data: Dict[str, Any], change) -> None:
    for entity in parse_data.get("entities") or []:
        if isinstance(entity, dict):
            for key in ("value", "text"):
                if isinstance(entity.get(key), str):
                    entity[key] = change(entity[key])


def _redact_event(event: Dict[str, Any], scrubber: Scrubber, whole_message: bool) -> Dict[str, Any]:
    kind = event.get("event")
    if kind == "slot":
        # None, not a marker: a tracker replayed from these rows simply lacks the detail
        # (the form would ask again) instead of holding a fake value.
        if event.get("name") in PERSONAL_SLOTS and event.get("value") is not None:
            event["value"] = None
    elif kind == "user":
        change = (lambda _text: REDACTED) if whole_message else scrubber.scrub
        if isinstance(event.get("text"), str):
            event["text"] = change(event["text"])
        parse_data = event.get("parse_data")
        if isinstance(parse_data, dict):
            if isinstance(parse_data.get("text"), str):
                parse_data["text"] = change(parse_data["text"])
            _redact_entities(parse_data, change)
    elif kind == "bot":
        if isinstance(event.get("text"), str):
            event["text"] = scrubber.scrub(event["text"])
        data = event.get("data")
        if isinstance(data, dict):
            for button in data.get("buttons") or []:
                if isinstance(button, dict):
                    for key in ("title", "payload"):
                        if isinstance(button.get(key), str):
                            button[key] = scrubber.scrub(button[key])
    return event


def plan_redaction(rows: Sequence[Tuple[int, str]], extra_values: Iterable[Any] = ()) -> Dict[int, str]:
    """For a conversation's ``(id, data)`` rows in id order: ``{id: new data}`` for every row
    that holds personal data. Pure function (no database)."""
    parsed: List[Tuple[int, Dict[str, Any]]] = []
    for event_id, data in rows:
        try:
            event = json.loads(data) if data else None
        except ValueError:
            continue
        if isinstance(event, dict):
            parsed.append((event_id, event))

    values: List[Any] = list(extra_values)
    for _, event in parsed:
        if event.get("event") == "slot" and event.get("name") in PERSONAL_SLOTS:
            values.append(event.get("value"))
    scrubber = Scrubber(values)

    plan: Dict[int, str] = {}
    asked: Optional[str] = None
    for event_id, event in parsed:
        kind = event.get("event")
        if kind == "slot" and event.get("name") == "requested_slot":
            asked = event.get("value")
        elif kind == "active_loop" and event.get("name") is None:
            asked = None
        elif kind in ("session_started", "restart"):
            asked = None
        if kind not in EVENT_TYPES_WITH_TEXT:
            continue
        whole = kind == "user" and asked in ASKED_SLOTS
        redacted = _redact_event(copy.deepcopy(event), scrubber, whole)
        if redacted != event:
            plan[event_id] = json.dumps(redacted)
    return plan


@dataclass(frozen=True)
class Redaction:
    changed: int  # rows updated
    last_event_id: Optional[int]  # the newest row of the conversation seen


def redact_conversation(engine: Engine, sender_id: str, extra_values: Iterable[Any] = ()) -> Redaction:
    """Replace the personal data in one conversation's stored events (one short read, one
    short write transaction). A row changed meanwhile is left for the next pass."""
    if not _has_table(engine, "events"):
        return Redaction(0, None)
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(events.c.id, events.c.data).where(events.c.sender_id == sender_id).order_by(events.c.id)
        ).all()
    last_id = rows[-1][0] if rows else None
    plan = plan_redaction([(row[0], row[1]) for row in rows], extra_values)
    if not plan:
        return Redaction(0, last_id)
    old = {row[0]: row[1] for row in rows}
    changed = 0
    with engine.begin() as conn:
        for event_id, data in plan.items():
            changed += conn.execute(
                events.update()
                .where(events.c.id == event_id)
                .where(events.c.data == old[event_id])
                .values(data=data)
            ).rowcount
    return Redaction(changed, last_id)


def _newest_event_id(engine: Engine, sender_id: str) -> Optional[int]:
    with engine.connect() as conn:
        return conn.execute(
            sa.select(sa.func.max(events.c.id)).where(events.c.sender_id == sender_id)
        ).scalar()


@lru_cache(maxsize=4)
def _engine_for(url: str) -> Engine:
    return make_tracker_engine(url)


_background: "Set[asyncio.Task]" = set()
AFTER_SAVE_DELAYS = (0.3, 0.5, 1, 2, 4, 8, 15)  # about 30 s in all


async def _redact_when_saved(
    engine: Engine, sender_id: str, values: Tuple[str, ...], seen: Optional[int],
    delays: Sequence[float],
) -> None:
    loop = asyncio.get_running_loop()
    try:
        for delay in delays:
            await asyncio.sleep(delay)
            newest = await loop.run_in_executor(None, _newest_event_id, engine, sender_id)
            if newest is not None and (seen is None or newest > seen):
                # Rasa stores a turn's events in one transaction: the whole turn is there.
                result = await loop.run_in_executor(None, redact_conversation, engine, sender_id, values)
                log.info("redacted conversation=%s events=%d (after the turn was stored)",
                         sender_id, result.changed)
                return
        log.warning("redaction: turn not stored within %.0f s conversation=%s", sum(delays), sender_id)
    except asyncio.CancelledError:
        raise
    except Exception as exc:  # never disturb the action server
        log.warning("redaction failed conversation=%s error=%s", sender_id, type(exc).__name__)


async def redact_after_request(
    sender_id: str,
    values: Iterable[Any],
    url: Optional[str] = None,
    delays: Sequence[float] = AFTER_SAVE_DELAYS,
) -> Optional[Redaction]:
    """Redact the conversation now, and again in the background once Rasa has stored the
    current turn. For the action server: never raises; logs the conversation id and counts
    only. ``url`` defaults to ``TRACKER_DB_URL``; without one nothing happens."""
    url = url or os.environ.get("TRACKER_DB_URL", "").strip()
    if not url:
        return None
    kept = tuple(v for v in values if isinstance(v, str) and v.strip())
    try:
        if sqlite_file_missing(url):
            return None
        engine = _engine_for(url)
        loop = asyncio.get_running_loop()
        result = await loop.run_in_executor(None, redact_conversation, engine, sender_id, kept)
        log.info("redacted conversation=%s events=%d", sender_id, result.changed)
        task = loop.create_task(_redact_when_saved(engine, sender_id, kept, result.last_event_id, delays))
        _background.add(task)
        task.add_done_callback(_background.discard)
        return result
    except Exception as exc:
        log.warning("redaction failed conversation=%s error=%s", sender_id, type(exc).__name__)
        return None


# --------------------------------------------------------------------------
# Purge (retention) and forget (one person)


@dataclass
class PurgeResult:
    conversations: int = 0
    events: int = 0
    outbox_rows: int = 0
    redacted_events: int = 0


def purge_conversations(engine: Engine, cutoff: datetime, batch: int = 50) -> Tuple[int, int]:
    """Delete conversations whose newest event is older than ``cutoff``; ``(conversations,
    events)`` removed. Each batch of conversations is its own short transaction, which
    re-checks that the conversation has had no event since the cutoff."""
    if not _has_table(engine, "events"):
        return 0, 0
    cutoff_ts = cutoff.timestamp()
    conversations = removed = 0
    after = ""
    while True:
        with engine.connect() as conn:
            stale = conn.execute(
                sa.select(events.c.sender_id)
                .where(events.c.sender_id > after)
                .group_by(events.c.sender_id)
                .having(sa.func.max(events.c.timestamp) < cutoff_ts)
                .order_by(events.c.sender_id)
                .limit(batch)
            ).scalars().all()
        if not stale:
            return conversations, removed
        after = stale[-1]
        recent = sa.select(events.c.sender_id).where(
            events.c.sender_id.in_(stale), events.c.timestamp >= cutoff_ts
        )
        doomed = sa.and_(events.c.sender_id.in_(stale), events.c.sender_id.not_in(recent))
        with engine.begin() as conn:
            gone = conn.execute(sa.select(sa.func.count(sa.distinct(events.c.sender_id))).where(doomed)).scalar()
            result = conn.execute(events.delete().where(doomed))
        conversations += gone or 0
        removed += result.rowcount


def redact_requested_conversations(tracker_engine: Engine, outbox_engine: Engine) -> int:
    """Re-redact the conversation of every outbox row (a safety net for a redaction that did
    not run, e.g. an action server stopped just after a request); rows changed."""
    from milia.callbacks import outbox

    if not _has_table(tracker_engine, "events"):
        return 0
    outbox.ensure_schema(outbox_engine)
    table = outbox.callback_outbox
    with outbox_engine.connect() as conn:
        rows = conn.execute(sa.select(table.c.conversation_id, table.c.name, table.c.phone_e164)).all()
    values: Dict[str, List[str]] = {}
    for conversation_id, name, phone in rows:
        values.setdefault(conversation_id, []).extend([name, phone])
    return sum(redact_conversation(tracker_engine, cid, vals).changed for cid, vals in values.items())


def purge(
    tracker_engine: Engine, outbox_engine: Engine, days: int, now: Optional[datetime] = None
) -> PurgeResult:
    """Retention: see the module docstring. Safe to run from cron while the assistant runs."""
    if days < 1:
        raise ValueError("days must be at least 1")
    now = now or datetime.now(timezone.utc)
    cutoff = now - timedelta(days=days)
    result = PurgeResult()
    result.conversations, result.events = purge_conversations(tracker_engine, cutoff)
    from milia.callbacks import outbox

    result.outbox_rows = outbox.purge_delivered(outbox_engine, cutoff)
    result.redacted_events = redact_requested_conversations(tracker_engine, outbox_engine)
    return result


@dataclass
class ForgetResult:
    outbox_ids: List[str] = field(default_factory=list)
    conversation_ids: List[str] = field(default_factory=list)
    events: int = 0


def conversations_mentioning_phone(engine: Engine, key: str, batch: int = 2000) -> Set[str]:
    """Conversations with a stored user/bot/slot event that contains the number (matched on
    its last 9 digits, in any format). Reads the table in id order, ``batch`` rows at a time."""
    found: Set[str] = set()
    if not _has_table(engine, "events"):
        return found
    last = -1
    while True:
        with engine.connect() as conn:
            rows = conn.execute(
                sa.select(events.c.id, events.c.sender_id, events.c.data)
                .where(events.c.id > last, events.c.type_name.in_(EVENT_TYPES_WITH_TEXT))
                .order_by(events.c.id)
                .limit(batch)
            ).all()
        if not rows:
            return found
        for event_id, sender_id, data in rows:
            last = event_id
            if sender_id not in found and data and mentions_phone(data, [key]):
                found.add(sender_id)


def forget(
    tracker_engine: Engine,
    outbox_engine: Engine,
    phone: Optional[str] = None,
    conversation: Optional[str] = None,
) -> ForgetResult:
    """Delete what is held about one person: by ``phone`` (outbox rows with that number,
    every conversation that mentions it or made those requests) or by ``conversation`` id (that
    conversation and its outbox rows). The outbox deletes its own rows; the booking system keeps
    what it has received (the clinic's record)."""
    from milia.callbacks import outbox

    if bool(phone) == bool(conversation):
        raise ValueError("give exactly one of phone or conversation")
    key = phone_key(phone) if phone else None
    if phone and key is None:
        raise ValueError("that does not look like a phone number (fewer than 9 digits)")
    result = ForgetResult()
    rows = outbox.list_requests(outbox_engine)
    if key:
        matched = [row for row in rows if phone_key(row.phone_e164 or "") == key]
    else:
        matched = [row for row in rows if row.conversation_id == conversation]
    result.outbox_ids = sorted(row.id for row in matched)
    conversations: Set[str] = {row.conversation_id for row in matched}
    if key:
        conversations |= conversations_mentioning_phone(tracker_engine, key)
    else:
        conversations.add(conversation)
    outbox.delete_requests(outbox_engine, result.outbox_ids)
    if _has_table(tracker_engine, "events"):
        for conversation_id in sorted(conversations):
            with tracker_engine.begin() as conn:
                deleted = conn.execute(events.delete().where(events.c.sender_id == conversation_id)).rowcount
            if deleted:
                result.conversation_ids.append(conversation_id)
                result.events += deleted
    return result


# --------------------------------------------------------------------------
# Command line


def main(argv: Optional[Sequence[str]] = None, env: Optional[Mapping[str, str]] = None,
         out: TextIO = sys.stdout) -> int:
    from milia.config.settings import RuntimeConfig

    env = os.environ if env is None else env
    parser = argparse.ArgumentParser(prog="python -m milia.privacy.store", description="Personal data: purge, forget")
    commands = parser.add_subparsers(dest="command", required=True)
    purging = commands.add_parser("purge", help="delete conversations and delivered requests older than N days")
    purging.add_argument("--days", type=int, default=int(env.get("PURGE_DAYS") or DEFAULT_PURGE_DAYS))
    forgetting = commands.add_parser("forget", help="delete everything held about one person")
    forgetting.add_argument("--phone", help="better: MILIA_FORGET_PHONE in the environment")
    forgetting.add_argument("--conversation", help="a conversation (sender) id")
    args = parser.parse_args(argv)
    logging.basicConfig(level=env.get("LOG_LEVEL", "WARNING").upper(),
                        format="%(asctime)s %(levelname)s %(name)s %(message)s")

    tracker_url = env.get("TRACKER_DB_URL", "").strip()
    if not tracker_url:
        print("TRACKER_DB_URL is not set", file=sys.stderr)
        return 2
    runtime = RuntimeConfig.from_env(env)
    from milia.callbacks.outbox import make_engine

    tracker_engine = make_tracker_engine(tracker_url)
    outbox_engine = make_engine(runtime.outbox_db_url)
    try:
        if args.command == "purge":
            if args.days < 1:
                print("--days must be at least 1", file=sys.stderr)
                return 2
            result = purge(tracker_engine, outbox_engine, args.days)
            print(f"purge (older than {args.days} days): removed {result.conversations} conversation(s) "
                  f"({result.events} event(s)) and {result.outbox_rows} delivered request(s); "
                  f"redacted {result.redacted_events} event(s)", file=out)
            return 0
        phone = args.phone or env.get("MILIA_FORGET_PHONE", "").strip() or None
        conversation = args.conversation or env.get("MILIA_FORGET_CONVERSATION", "").strip() or None
        if bool(phone) == bool(conversation):
            print("give exactly one of PHONE=... or CONVERSATION=...", file=sys.stderr)
            return 2
        try:
            result = forget(tracker_engine, outbox_engine, phone=phone, conversation=conversation)
        except ValueError as exc:
            print(str(exc), file=sys.stderr)
            return 2
        print(f"outbox: removed {len(result.outbox_ids)} request(s)"
              + (f": {' '.join(result.outbox_ids)}" if result.outbox_ids else ""), file=out)
        print(f"tracker: removed {result.events} event(s) in {len(result.conversation_ids)} conversation(s)"
              + (f": {' '.join(result.conversation_ids)}" if result.conversation_ids else ""), file=out)
        return 0
    finally:
        tracker_engine.dispose()
        outbox_engine.dispose()


if __name__ == "__main__":
    raise SystemExit(main())
