"""Rasa's SQL tracker store, made cheaper per message.

Rasa builds it from endpoints.yml (here and in the cluster). It refuses to start unless the
launcher (``python -m rasa_ext.launch``) has installed the speed-ups it relies on, and it raises
:class:`~rasa_ext.speedups.ExtensionError`, never an ``AttributeError``/``ImportError`` that Rasa
would swallow into an in-memory store.

Same table, same rows and same reading rules as Rasa's SQLTrackerStore (so Rasa's own tools,
`make purge` and PostgreSQL work unchanged); only the per-message work differs:

- SQLite keeps its connections in a pool and is tuned once per connection: WAL journal with
  synchronous=NORMAL (a commit is an append to the write-ahead log, still crash-safe: a power cut
  can lose at most the last commits, never corrupt the file; readers never block the writer).
  Rasa's default opens a new SQLite connection for every query.
- Loading a conversation runs one prepared SQL query for the `data` column (Rasa builds an ORM
  query and ORM objects for every event, on every message), outside a transaction: on
  PostgreSQL one round trip instead of three.
- On PostgreSQL a turn's commit does not wait for the disk (synchronous_commit off for this
  store's connections only, the trade SQLite's synchronous=NORMAL makes): a crash of the database
  or the machine can lose the last fraction of a second of turns, never corrupt the table. A
  commit that redacts personal details waits for the disk, so they cannot come back after a crash.
- Saving appends the new events with one INSERT and no longer counts the stored events first:
  the tracker remembers how many events it was loaded with (none, for a conversation created
  here). Rasa handles each conversation under its lock store's lock from loading to saving, so
  that number is still right when it saves, also with several Rasa servers on one database. A
  tracker neither loaded nor created here falls back to Rasa's count.
- Personal details leave with the turn that ends the callback form: a submit or cancel redacts
  that turn's rows before they are written and the conversation's earlier rows in the same
  transaction; a new session or a restart redacts the earlier sessions (a form left half-filled)
  (milia/privacy/store.py). This store is the only writer of the table while the assistant runs.
- A session of more than MAX_SESSION_EVENTS events (default 500, about 60 turns) is replaced by a
  new session, so no conversation makes its own messages slower without limit.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import time
from collections import OrderedDict
from typing import Any, Dict, List, Optional

import sqlalchemy as sa
import ujson
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.events import ActionExecuted, Event
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from sqlalchemy.pool import QueuePool

from milia.privacy.store import (
    append_unless_forgotten_pg,
    ensure_tracker_schema,
    forgotten_since,
    form_ends,
    lock_conversation,
    redact_turn,
)
from rasa_ext.speedups import ExtensionError, installed

logger = logging.getLogger(__name__)

# Rasa's SQLTrackerStore._event_query as plain SQL (built once, not per message): a conversation's
# events in order, all of them or those since its latest session start.
ALL_SESSIONS = sa.text("SELECT data FROM events WHERE sender_id = :sender_id ORDER BY id")
LATEST_SESSION = sa.text(
    "SELECT data FROM events WHERE sender_id = :sender_id AND ("
    " timestamp >= (SELECT max(timestamp) FROM events WHERE sender_id = :sender_id AND type_name = 'session_started')"
    " OR (SELECT max(timestamp) FROM events WHERE sender_id = :sender_id AND type_name = 'session_started') IS NULL"
    ") ORDER BY id"
)

CONVERSATION_ROWS = sa.text("SELECT id, data FROM events WHERE sender_id = :sender_id ORDER BY id")

# A session longer than this many events is replaced by a new one (MAX_SESSION_EVENTS; 0: never):
# each message costs time in proportion to its session's length (BENCHMARKS.md).
DEFAULT_MAX_SESSION_EVENTS = 500

# Set on trackers this store loaded: how many of their events are already in the database, and
# when they were loaded (a conversation forgotten after that is not saved back).
STORED = "_milia_stored_events"
LOADED_AT = "_milia_loaded_at"
# Conversations a read found nothing of, remembered until their first save (at most this many).
ABSENT_LIMIT = 10_000


class TunedSQLTrackerStore(SQLTrackerStore):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if not installed():
            raise ExtensionError(
                "the Rasa extensions are not installed: start Rasa with `python -m rasa_ext.launch run ...` "
                "(make run and the cluster do), not `rasa run`"
            )
        self.max_session_events = _max_session_events()
        try:
            super().__init__(*args, **kwargs)
        except (AttributeError, ImportError) as error:  # Rasa would swallow these into an in-memory store
            raise ExtensionError(f"the SQL tracker store could not start: {error!r}") from error
        self._insert = self.SQLEvent.__table__.insert()
        self._absent: "OrderedDict[str, None]" = OrderedDict()
        if self.engine.dialect.name == "sqlite":
            url = self.engine.url
            self.engine.dispose()
            # Rasa's engine has no pool for SQLite files (a new connection, and our pragmas,
            # per query). Rasa runs its queries on the event loop's thread, one at a time.
            self.engine = sa.create_engine(
                url, poolclass=QueuePool, pool_size=2, max_overflow=8,
                connect_args={"check_same_thread": False},
            )
            sa.event.listen(self.engine, "connect", _tune_sqlite)
            self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
        # Reading a conversation is one SELECT: without a transaction around it, one round trip
        # instead of three (BEGIN, SELECT, and the ROLLBACK when the connection goes back to the pool).
        self._reader = self.engine.execution_options(isolation_level="AUTOCOMMIT")
        if self.engine.dialect.name == "postgresql":
            self.engine.dispose()  # the connections opened so far lack the setting below
            sa.event.listen(self.engine, "connect", _tune_postgres)
            # Its own pool of connections that stay in autocommit (reads, and the one-statement
            # saves): not switched to autocommit and back at every checkout.
            self._reader = sa.create_engine(self.engine.url, isolation_level="AUTOCOMMIT", pool_size=2, max_overflow=8)
            sa.event.listen(self._reader, "connect", _tune_postgres)
        ensure_tracker_schema(self.engine)

    async def _retrieve(
        self, sender_id: str, fetch_events_from_all_sessions: bool
    ) -> Optional[DialogueStateTracker]:
        query = ALL_SESSIONS if fetch_events_from_all_sessions else LATEST_SESSION
        loaded_at = time.time()  # before reading: a forget from now on is seen by save
        with self._reader.connect() as connection:
            rows = connection.execute(query, {"sender_id": sender_id}).fetchall()
        if not rows:
            self._absent[sender_id] = None
            while len(self._absent) > ABSENT_LIMIT:
                self._absent.popitem(last=False)
        if not self.domain or not rows:
            return None
        if not fetch_events_from_all_sessions and 0 < self.max_session_events < len(rows):
            # A session this long costs more on every message: start a new one (Rasa runs
            # action_session_start on a tracker with no events; the old rows stay until purged).
            fresh = DialogueStateTracker(sender_id, self.domain.slots)
            setattr(fresh, STORED, 0)
            setattr(fresh, LOADED_AT, loaded_at)
            return fresh
        events = [_decode(data) for (data,) in rows]
        tracker = DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
        if not fetch_events_from_all_sessions and len(tracker.events) == len(events):
            setattr(tracker, STORED, len(events))
        setattr(tracker, LOADED_AT, loaded_at)
        return tracker

    async def create_tracker(self, sender_id: str, append_action_listen: bool = True) -> DialogueStateTracker:
        """Rasa's, for a conversation ``retrieve`` found nothing of: save need not count its stored events."""
        tracker = self.init_tracker(sender_id)
        if self.domain:  # without a domain, _retrieve answers None even for a stored conversation
            setattr(tracker, STORED, 0)
            setattr(tracker, LOADED_AT, time.time())
        if append_action_listen:
            tracker.update(ActionExecuted(ACTION_LISTEN_NAME))
        await self.save(tracker)
        return tracker

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        stored = getattr(tracker, STORED, None)
        if stored is None and tracker.sender_id in self._absent:
            # Read and found empty just now: Rasa's wrapper (FailSafeTrackerStore) creates the new
            # tracker itself, without ``create_tracker`` below, so nothing is there to count.
            stored = 0
        self._absent.pop(tracker.sender_id, None)
        if stored is None:
            with self.session_scope() as session:
                stored = self._event_query(session, tracker.sender_id, fetch_events_from_all_sessions=False).count()
        rows = [_row(tracker.sender_id, event) for event in itertools.islice(tracker.events, stored, None)]
        saved = True
        if rows:
            ends = form_ends(json.loads(row["data"]) for row in rows)
            loaded_at = getattr(tracker, LOADED_AT, None)
            if self.engine.dialect.name == "postgresql" and not ends:
                # The same lock, INSERT and forget check as below in one round trip, not five
                # (BEGIN, lock, INSERT, check, COMMIT): most turns take this way.
                with self._reader.connect() as connection:
                    saved = append_unless_forgotten_pg(connection, tracker.sender_id, rows, loaded_at)
            else:
                saved = self._append_in_transaction(tracker.sender_id, rows, ends, loaded_at)
        if saved:
            setattr(tracker, STORED, len(tracker.events))
        else:
            logger.info("conversation=%s was forgotten during this turn: not saved", tracker.sender_id)

    def _append_in_transaction(
        self, sender_id: str, rows: List[Dict[str, Any]], ends: Optional[str], loaded_at: Optional[float]
    ) -> bool:
        """Write a turn's rows (redacting first when it ends the form); False when the
        conversation was forgotten after ``loaded_at`` (nothing written)."""
        try:
            with self.engine.begin() as connection:
                lock_conversation(connection, sender_id)
                if ends:
                    commit_durably(connection)
                    self._redact(connection, sender_id, rows if ends == "request" else [])
                connection.execute(self._insert, rows)
                # Checked after writing, inside the transaction: once this transaction writes,
                # a forget either came before (and is seen here) or waits for it.
                if loaded_at is not None and forgotten_since(connection, sender_id, loaded_at):
                    raise _Forgotten
        except _Forgotten:
            return False
        return True

    def _redact(self, connection: Any, sender_id: str, rows: List[Dict[str, Any]]) -> None:
        """Take the conversation's personal details out of the stored rows and of ``rows``."""
        stored = connection.execute(CONVERSATION_ROWS, {"sender_id": sender_id}).fetchall()
        updates, new = redact_turn([(event_id, data) for event_id, data in stored], [row["data"] for row in rows])
        if updates:  # one statement for all the rows (one round trip, not one per row)
            table = self.SQLEvent.__table__
            connection.execute(table.update().where(table.c.id.in_(list(updates))).values(
                data=sa.case(updates, value=table.c.id)))
        for row, data in zip(rows, new, strict=True):
            row["data"] = data


def _max_session_events() -> int:
    raw = os.environ.get("MAX_SESSION_EVENTS", "").strip() or str(DEFAULT_MAX_SESSION_EVENTS)
    if not raw.isdigit():
        raise ExtensionError(f"MAX_SESSION_EVENTS must be a whole number (0: no limit), not {raw!r}")
    return int(raw)


class _Forgotten(Exception):
    """Rolls back the save of a turn whose conversation was forgotten while it ran."""


def _row(sender_id: str, event: Event) -> Dict[str, Any]:
    """The row Rasa's SQLTrackerStore.save writes for an event."""
    data = event.as_dict()
    return {
        "sender_id": sender_id,
        "type_name": event.type_name,
        "timestamp": data.get("timestamp"),
        "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
        "action_name": data.get("name"),
        "data": json.dumps(data),
    }


def _decode(data: str) -> Any:
    """A stored event: ujson (about 3 times faster, the same values, floats included), or the
    standard library's reader for what ujson refuses."""
    try:
        return ujson.loads(data)
    except (ValueError, OverflowError):
        return json.loads(data)


def _tune_sqlite(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _tune_postgres(dbapi_connection: Any, _record: Any) -> None:
    # A turn's commit returns without waiting for the disk (the same trade as SQLite's
    # synchronous=NORMAL above): a crash of PostgreSQL or of the machine can lose the last
    # fraction of a second of turns, never corrupt the table. A turn that redacts waits for the
    # disk (commit_durably): personal details never come back after a crash.
    cursor = dbapi_connection.cursor()
    cursor.execute("SET synchronous_commit = off")
    cursor.close()
    dbapi_connection.commit()


def commit_durably(connection: Any) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(sa.text("SET LOCAL synchronous_commit = on"))
