"""Rasa's SQL tracker store, made cheaper per message, plus process-wide speed-ups for Rasa 3.6.

The tracker store is the one piece of ours that `rasa run` loads at start-up (endpoints.yml), so
it also installs caches for work Rasa 3.6 repeats on every message (see `install_speedups`).

Same table, same rows and same reading rules as Rasa's SQLTrackerStore (so Rasa's own tools,
`make purge` and PostgreSQL work unchanged); only the per-message work differs:

- SQLite keeps its connections in a pool and is tuned once per connection: WAL journal with
  synchronous=NORMAL (a commit is an append to the write-ahead log, still crash-safe: a power cut
  can lose at most the last commits, never corrupt the file; readers never block the writer).
  Rasa's default opens a new SQLite connection for every query.
- Loading a conversation runs one prepared SQL query for the `data` column (Rasa builds an ORM
  query and ORM objects for every event, on every message).
- Saving appends the new events with one INSERT and no longer counts the stored events first:
  the tracker remembers how many events it was loaded with. Rasa handles each conversation under
  its lock store's lock from loading to saving, so that number is still right when it saves, also
  with several Rasa servers on one database. A tracker that was not loaded here (a new
  conversation) falls back to Rasa's count.
"""

from __future__ import annotations

import itertools
import json
from typing import Any, Dict, Optional, Type

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from sqlalchemy.pool import QueuePool

# Rasa's SQLTrackerStore._event_query as plain SQL (built once, not per message): a conversation's
# events in order, all of them or those since its latest session start.
ALL_SESSIONS = sa.text("SELECT data FROM events WHERE sender_id = :sender_id ORDER BY id")
LATEST_SESSION = sa.text(
    "SELECT data FROM events WHERE sender_id = :sender_id AND ("
    " timestamp >= (SELECT max(timestamp) FROM events WHERE sender_id = :sender_id AND type_name = 'session_started')"
    " OR (SELECT max(timestamp) FROM events WHERE sender_id = :sender_id AND type_name = 'session_started') IS NULL"
    ") ORDER BY id"
)

# Set on trackers this store loaded: how many of their events are already in the database.
STORED = "_milia_stored_events"


class SQLiteTunedTrackerStore(SQLTrackerStore):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        install_speedups()
        super().__init__(*args, **kwargs)
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
            with self.engine.connect():
                pass

    async def _retrieve(
        self, sender_id: str, fetch_events_from_all_sessions: bool
    ) -> Optional[DialogueStateTracker]:
        query = ALL_SESSIONS if fetch_events_from_all_sessions else LATEST_SESSION
        with self.engine.connect() as connection:
            rows = connection.execute(query, {"sender_id": sender_id}).fetchall()
        if not self.domain or not rows:
            return None
        events = [json.loads(data) for (data,) in rows]
        tracker = DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
        if not fetch_events_from_all_sessions and len(tracker.events) == len(events):
            setattr(tracker, STORED, len(events))
        return tracker

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        with self.session_scope() as session:
            stored = getattr(tracker, STORED, None)
            if stored is None:
                stored = self._event_query(session, tracker.sender_id, fetch_events_from_all_sessions=False).count()
            rows = [_row(tracker.sender_id, event) for event in itertools.islice(tracker.events, stored, None)]
            if rows:
                session.execute(sa.insert(self.SQLEvent.__table__), rows)
                session.commit()
        setattr(tracker, STORED, len(tracker.events))


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


def _tune_sqlite(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def install_speedups() -> None:
    """Caches for work Rasa 3.6 repeats on every message; each leaves the results unchanged."""
    cache_event_types()
    cache_action_reply_schema()


def cache_event_types() -> None:
    """Look event classes up by name once, not on every stored event.

    Rasa 3.6 finds the class of each stored event by walking every subclass of Event
    (`Event.resolve_by_type`), about 80 microseconds per event: a third of the time a message
    takes once a conversation has a few turns. The answer never changes while the process runs.
    """
    if getattr(Event.resolve_by_type, "_cached", False):
        return
    uncached = Event.resolve_by_type
    found: Dict[str, Type[Event]] = {}

    def resolve_by_type(type_name: str, default: Optional[Type[Event]] = None) -> Optional[Type[Event]]:
        if type_name in found:
            return found[type_name]
        cls = uncached(type_name, default)
        if cls is not None and getattr(cls, "type_name", None) == type_name:
            found[type_name] = cls
        return cls

    resolve_by_type._cached = True  # type: ignore[attr-defined]
    Event.resolve_by_type = staticmethod(resolve_by_type)  # type: ignore[method-assign]


def cache_action_reply_schema() -> None:
    """Check action-server replies against a validator built once.

    `RemoteAction._validate_action_result` calls `jsonschema.validate`, which re-checks the
    (constant) schema itself on every call: about 34 ms per custom-action call on this machine,
    against under 1 ms for the same check with a prepared validator. Errors are unchanged.
    """
    from jsonschema import ValidationError
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction

    if getattr(RemoteAction._validate_action_result, "_cached", False):
        return
    spec = RemoteAction.action_response_format_spec()
    validator = validator_for(spec)(spec)

    def _validate_action_result(self: RemoteAction, result: Dict[str, Any]) -> bool:
        try:
            validator.validate(result)
        except ValidationError as error:
            error.message += (
                ". Failed to validate Action server response from API, make sure your response "
                "from the Action endpoint is valid."
            )
            raise
        return True

    _validate_action_result._cached = True  # type: ignore[attr-defined]
    RemoteAction._validate_action_result = _validate_action_result  # type: ignore[method-assign]
