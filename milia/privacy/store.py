"""Personal data in the tracker store and the outbox: redact, purge, forget.

Plain SQLAlchemy 1.4 Core (no Rasa imports) on SQLite or PostgreSQL.

* Redaction: when the callback form's life ends (a request submitted or cancelled, or the form
  abandoned: a new session or a restart), the name, phone number, concern and callback window
  are taken out of that conversation's stored events (Rasa's ``events`` table): the values of
  the form's SlotSet events become null, the text of every message the visitor sent while the
  form asked for a detail becomes ``[redacted]``, and so does each occurrence of those values in
  any other stored text (the read-back, "Thank you, <name>", a number typed before the form
  started). The tracker store does it (:func:`form_ends`, :func:`redact_turn`) in the same
  transaction that saves the turn, so no other process writes the table while the assistant
  runs. Rows are updated in place, never deleted or re-ordered.
* :func:`redact_conversation` - the same for one stored conversation; used by :func:`purge` as
  a safety net, and for forms abandoned by visitors who never came back (idle past the
  session expiry).
* :func:`purge` - deletes conversations whose last event is older than N days and delivered
  outbox rows older than N days, in short transactions (safe while the assistant runs), and
  re-redacts the conversations of the outbox rows that remain.
* :func:`forget` - deletes everything held about one person (by phone number or conversation
  id): outbox rows, conversations, rows of the local reference receiver.
* :func:`delete_conversation` - a visitor deleting their own conversation from the chat widget:
  its undelivered callback requests and all its events (delivered requests are the clinic's
  record and stay).

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
import copy
import json
import logging
import os
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
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
DEFAULT_SESSION_MINUTES = 60  # domain.yml session_config.session_expiration_time
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


# Conversations deleted by forget: the tracker store does not save a turn that it loaded before
# then (a turn in flight would otherwise bring the deleted conversation back). Purge drops rows
# older than a day.
forgotten = sa.Table(
    "forgotten_conversations",
    metadata,
    sa.Column("sender_id", sa.String(255), primary_key=True),
    sa.Column("forgotten_at", sa.Float, nullable=False),
)
TOMBSTONE_DAYS = 1


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
    several Rasa servers starting at once do not race to create it, and the table of forgotten
    conversations."""
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
    """The personal values among a tracker's slots."""
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


# A turn that holds one of these ends what the callback form collected: the request was stored
# in the outbox (submit) or refused (cancel), or the form was abandoned (a new session, a restart).
FORM_CLOSING_ACTIONS = frozenset({"action_submit_callback", "action_cancel_callback"})
NEW_SESSION_EVENTS = frozenset({"session_started", "restart"})


def form_ends(new_events: Iterable[Mapping[str, Any]]) -> Optional[str]:
    """Does this turn end the callback form's life? ``"request"``: submitted or cancelled in this
    turn (redact everything, this turn too); ``"session"``: a new session or a restart (redact
    what came before; the new session may be filling a form right now); None: neither."""
    found: Optional[str] = None
    for event in new_events:
        if event.get("event") == "action" and event.get("name") in FORM_CLOSING_ACTIONS:
            return "request"
        if event.get("event") in NEW_SESSION_EVENTS:
            found = "session"
    return found


def redact_turn(
    stored: Sequence[Tuple[int, str]], new: Sequence[str]
) -> Tuple[Dict[int, str], List[str]]:
    """For the tracker store, as it saves a turn that ends the form (:func:`form_ends`): the stored rows to
    rewrite (``{id: data}``) and the new rows' data with the conversation's personal details
    taken out. Pure function (no database)."""
    rows: List[Tuple[Any, str]] = [*stored, *((("new", i), data) for i, data in enumerate(new))]
    plan = plan_redaction(rows)
    updates = {key: data for key, data in plan.items() if not isinstance(key, tuple)}
    return updates, [plan.get(("new", i), data) for i, data in enumerate(new)]


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


def _now_seconds() -> float:
    return datetime.now(timezone.utc).timestamp()


def lock_conversation(conn: Any, sender_id: str) -> None:
    """On PostgreSQL, one transaction at a time per conversation among forget and the tracker
    store's save (SQLite has one writer at a time anyway)."""
    if conn.dialect.name == "postgresql":
        conn.execute(_LOCK, {"sender_id": sender_id})


def forgotten_since(conn: Any, sender_id: str, loaded_at: float) -> bool:
    """Was this conversation forgotten after a tracker of it was loaded at ``loaded_at``?"""
    return conn.execute(_FORGOTTEN_SINCE, {"sender_id": sender_id, "loaded_at": loaded_at}).first() is not None


_COLUMNS = ("sender_id", "type_name", "timestamp", "intent_name", "action_name", "data")
_CASTS = {"timestamp": "float8"}


def append_unless_forgotten_pg(conn: Any, sender_id: str, rows: Sequence[Mapping[str, Any]],
                               loaded_at: Optional[float]) -> bool:
    """PostgreSQL, for a turn that does not end the form: what :func:`lock_conversation`, an
    INSERT of ``rows`` and :func:`forgotten_since` do in a transaction, in one round trip. ``conn``
    must be in autocommit: the two statements go as one query string, which PostgreSQL runs as
    one transaction, the second with a snapshot taken after the lock is held (so a forget that
    committed while this turn waited is seen). False when the conversation was forgotten after
    ``loaded_at`` (nothing written)."""
    params: Dict[str, Any] = {"sender_id": sender_id, "loaded_at": loaded_at}
    values = []
    for i, row in enumerate(rows):
        names = []
        for column in _COLUMNS:
            params[f"{column}_{i}"] = row[column]
            cast = _CASTS.get(column, "text")
            names.append(f"%({column}_{i})s::{cast}")
        values.append("(" + ", ".join(names) + ")")
    unless = ""
    if loaded_at is not None:
        unless = (f" WHERE NOT EXISTS (SELECT 1 FROM {forgotten.name} WHERE sender_id = %(sender_id)s"
                  " AND forgotten_at >= %(loaded_at)s::float8)")
    sql = (
        "SELECT pg_advisory_xact_lock(hashtext(%(sender_id)s));"
        f" INSERT INTO {events.name} ({', '.join(_COLUMNS)})"
        f" SELECT * FROM (VALUES {', '.join(values)}) AS new ({', '.join(_COLUMNS)}){unless}"
    )
    return conn.exec_driver_sql(sql, params).rowcount == len(rows)


# Built once: the tracker store runs these on every turn it saves.
_LOCK = sa.text("SELECT pg_advisory_xact_lock(hashtext(:sender_id))")
_FORGOTTEN_SINCE = sa.select(forgotten.c.sender_id).where(
    forgotten.c.sender_id == sa.bindparam("sender_id"), forgotten.c.forgotten_at >= sa.bindparam("loaded_at"))


def purge_tombstones(engine: Engine, before: datetime) -> None:
    if _has_table(engine, forgotten.name):
        with engine.begin() as conn:
            conn.execute(forgotten.delete().where(forgotten.c.forgotten_at < before.timestamp()))


def redact_idle_forms(engine: Engine, idle_before: datetime) -> int:
    """Forms abandoned by visitors who never came back: every conversation idle since before
    ``idle_before`` (the session expiry) that still holds a personal slot value is redacted;
    rows changed. (A visitor who comes back gets the same from the tracker store.)"""
    if not _has_table(engine, "events"):
        return 0
    with engine.connect() as conn:
        idle = set(conn.execute(
            sa.select(events.c.sender_id).group_by(events.c.sender_id)
            .having(sa.func.max(events.c.timestamp) < idle_before.timestamp())
        ).scalars())
        holding = set(conn.execute(
            sa.select(events.c.sender_id).distinct()
            .where(events.c.type_name == "slot", sa.or_(*(events.c.data.contains(f'"name": "{slot}"') for slot in PERSONAL_SLOTS)))
        ).scalars())
    return sum(redact_conversation(engine, sender_id).changed for sender_id in sorted(idle & holding))


def purge(
    tracker_engine: Engine, outbox_engine: Engine, days: int, now: Optional[datetime] = None,
    session_minutes: int = DEFAULT_SESSION_MINUTES,
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
    result.redacted_events += redact_idle_forms(tracker_engine, now - timedelta(minutes=session_minutes))
    purge_tombstones(tracker_engine, now - timedelta(days=TOMBSTONE_DAYS))
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
    ensure_tracker_schema(tracker_engine)
    for conversation_id in sorted(conversations):
        deleted = forget_conversation(tracker_engine, conversation_id)
        if deleted:
            result.conversation_ids.append(conversation_id)
            result.events += deleted
    return result


def forget_conversation(tracker_engine: Engine, conversation_id: str) -> int:
    """Delete every stored event of one conversation; events removed. In one transaction (on
    PostgreSQL under the per-conversation lock the tracker store's save takes) it first writes a
    tombstone, so a turn loaded before now is rolled back instead of writing the conversation
    back. The tombstone is written whether or not the conversation exists."""
    ensure_tracker_schema(tracker_engine)
    with tracker_engine.begin() as conn:
        lock_conversation(conn, conversation_id)
        conn.execute(forgotten.delete().where(forgotten.c.sender_id == conversation_id))
        conn.execute(forgotten.insert().values(sender_id=conversation_id, forgotten_at=_now_seconds()))
        return conn.execute(events.delete().where(events.c.sender_id == conversation_id)).rowcount or 0


@dataclass(frozen=True)
class VisitorDeletion:
    """What :func:`delete_conversation` did (for logs and tests; the visitor is told the same
    thing whatever it holds)."""

    events: int
    requests_deleted: List[str]
    delivered_kept: int


def delete_conversation(tracker_engine: Engine, outbox_engine: Engine, conversation_id: str) -> VisitorDeletion:
    """A visitor deletes their own conversation from the chat widget (the REST channel's delete
    route): the callback requests from it that were not delivered yet, then every stored event
    (as :func:`forget` does, tombstone included). A delivered request stays: it is the clinic's
    record, kept and purged like any other (``make forget`` removes it on request). Unlike
    :func:`forget` by conversation, nothing is looked up by phone number: the visitor only
    holds the conversation id."""
    from milia.callbacks import outbox

    if not conversation_id:
        raise ValueError("a conversation id is required")
    requests = outbox.delete_undelivered(outbox_engine, conversation_id)
    removed = forget_conversation(tracker_engine, conversation_id)
    return VisitorDeletion(events=removed, requests_deleted=requests.deleted, delivered_kept=requests.kept_delivered)


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
