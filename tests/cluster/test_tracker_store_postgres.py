"""The tuned tracker store on the cluster's PostgreSQL: what it reads and how it commits."""

from __future__ import annotations

import asyncio
import time
import uuid

import pytest
import sqlalchemy as sa
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from milia.privacy import store as privacy
from ops.cluster import Cluster
from rasa_ext import speedups, tracker_store
from rasa_ext.tracker_store import TunedSQLTrackerStore, commit_durably

pytestmark = pytest.mark.cluster

SHOW = sa.text("SHOW synchronous_commit")


@pytest.fixture
def store(cluster: Cluster):
    speedups.install_speedups()
    try:
        yield TunedSQLTrackerStore(domain=Domain.from_yaml("slots:\n  name:\n    type: text\n    mappings: []\n"),
                                   host=cluster.env["TRACKER_DB_URL"])
    finally:
        speedups.uninstall()


def test_turns_commit_without_waiting_for_the_disk_but_redactions_wait(store: TunedSQLTrackerStore) -> None:
    for engine in (store.engine, store._reader):  # transactions, and reads and one-statement saves
        with engine.connect() as conn:
            assert conn.execute(SHOW).scalar() == "off"
    with store.engine.begin() as conn:
        commit_durably(conn)
        assert conn.execute(SHOW).scalar() == "on"
    with store.engine.connect() as conn:  # SET LOCAL ended with its transaction
        assert conn.execute(SHOW).scalar() == "off"


def test_a_conversation_read_outside_a_transaction_is_the_one_saved(store: TunedSQLTrackerStore) -> None:
    sender = f"pg-{uuid.uuid4().hex}"
    tracker = DialogueStateTracker.from_events(sender, [
        ActionExecuted("action_session_start", timestamp=1.0), SessionStarted(timestamp=1.0),
        ActionExecuted("action_listen", timestamp=2.0), UserUttered("are milia contagious?", timestamp=3.0),
        SlotSet("name", "Ada", timestamp=3.5),
    ], store.domain.slots)
    asyncio.run(store.save(tracker))
    again = asyncio.run(store.retrieve(sender))
    assert [e.as_dict() for e in again.events] == [e.as_dict() for e in tracker.events]
    with store._reader.connect() as conn:
        assert conn.connection.dbapi_connection.autocommit  # no BEGIN and ROLLBACK around the SELECT
    with store.engine.connect() as conn:
        assert not conn.connection.dbapi_connection.autocommit  # the pool's connections come back as they were


def _turn(sender: str, text: str, at: float) -> list:
    return [UserUttered(text, intent={"name": None}, timestamp=at), ActionExecuted("utter_answer", timestamp=at + 0.1),
            ActionExecuted("action_listen", timestamp=at + 0.2)]


def test_turns_are_read_back_exactly(store: TunedSQLTrackerStore) -> None:
    """Quotes, "%" signs, backslashes, non-Latin text and missing intents survive the save on PostgreSQL,
    and each event is stored once."""
    sender = f"pg-{uuid.uuid4().hex}"
    tracker = asyncio.run(store.create_tracker(sender))  # a new conversation: the first save
    texts = ["it's 100% \"odd\" -- ; DROP TABLE events; \\n \\ %s %(x)s", "milia 粟丘疹 près de l'œil 👁️", ""]
    for i, text in enumerate(texts):
        for event in _turn(sender, text, 10.0 + i):
            tracker.update(event)
        asyncio.run(store.save(tracker))
    again = asyncio.run(store.retrieve(sender))
    assert [e.as_dict() for e in again.events] == [e.as_dict() for e in tracker.events]
    with store.engine.connect() as conn:  # each event once: nothing written twice
        count = sa.text("SELECT count(*) FROM events WHERE sender_id = :s")
        assert conn.execute(count, {"s": sender}).scalar() == len(tracker.events) == 10


def test_forget_during_a_live_turn_leaves_nothing_behind_on_postgresql(store: TunedSQLTrackerStore, cluster: Cluster) -> None:
    """Staff forget a conversation while Rasa is mid-turn: the turn's save writes nothing;
    the visitor's next turn starts afresh and is kept; another conversation is untouched."""
    engine = sa.create_engine(cluster.env["TRACKER_DB_URL"], future=True)
    outbox = sa.create_engine(cluster.env["OUTBOX_DB_URL"], future=True)
    a, b = f"pg-a-{uuid.uuid4().hex}", f"pg-b-{uuid.uuid4().hex}"
    for sender in (a, b):
        tracker = asyncio.run(store.create_tracker(sender))
        for event in _turn(sender, "are milia contagious?", 1.0):
            tracker.update(event)
        asyncio.run(store.save(tracker))

    async def turn_with_forget_in_the_middle() -> None:
        tracker = await store.retrieve(a)
        privacy.forget(engine, outbox, conversation=a)
        for event in _turn(a, "and do they itch?", 5.0):
            tracker.update(event)
        await store.save(tracker)

    asyncio.run(turn_with_forget_in_the_middle())
    assert asyncio.run(store.retrieve(a)) is None
    assert len(asyncio.run(store.retrieve(b)).events) == 4
    tracker = asyncio.run(store.create_tracker(a))  # the visitor comes back after the forget
    for event in _turn(a, "hello again", time.time()):
        tracker.update(event)
    asyncio.run(store.save(tracker))
    assert [e.as_dict().get("text") for e in asyncio.run(store.retrieve(a)).events if e.type_name == "user"] == ["hello again"]
    engine.dispose()
    outbox.dispose()


def test_a_failed_save_leaves_no_half_transaction_behind(store: TunedSQLTrackerStore, monkeypatch) -> None:
    """A statement that fails inside a save raises (nothing is swallowed), writes nothing, and the
    next save on the same store works."""
    sender = f"pg-{uuid.uuid4().hex}"
    tracker = asyncio.run(store.create_tracker(sender))
    for event in _turn(sender, "first", 1.0):
        tracker.update(event)
    real_row = tracker_store._row
    monkeypatch.setattr(tracker_store, "_row", lambda s, e: {**real_row(s, e), "type_name": None})  # NOT NULL
    with pytest.raises(Exception, match="null value"):
        asyncio.run(store.save(tracker))
    monkeypatch.setattr(tracker_store, "_row", real_row)
    asyncio.run(store.save(tracker))
    assert [e.as_dict() for e in asyncio.run(store.retrieve(sender)).events] == [e.as_dict() for e in tracker.events]


def test_a_save_waiting_for_a_forget_sees_it(store: TunedSQLTrackerStore, cluster: Cluster) -> None:
    """A turn's save that waits on the conversation's lock while a forget holds it writes nothing
    once the forget commits (its check reads after the lock is granted, not before)."""
    import threading

    engine = sa.create_engine(cluster.env["TRACKER_DB_URL"], future=True)
    sender = f"pg-{uuid.uuid4().hex}"
    tracker = asyncio.run(store.create_tracker(sender))
    for event in _turn(sender, "are milia contagious?", 1.0):
        tracker.update(event)
    asyncio.run(store.save(tracker))
    tracker = asyncio.run(store.retrieve(sender))
    for event in _turn(sender, "and do they itch?", 5.0):
        tracker.update(event)
    saver = threading.Thread(target=lambda: asyncio.run(store.save(tracker)))
    with engine.begin() as conn:  # forget_conversation's transaction, held open while the save waits
        privacy.lock_conversation(conn, sender)
        conn.execute(privacy.forgotten.insert().values(sender_id=sender, forgotten_at=time.time()))
        conn.execute(privacy.events.delete().where(privacy.events.c.sender_id == sender))
        saver.start()
        time.sleep(0.5)
        assert saver.is_alive()  # waiting for the lock
    saver.join(10)
    assert not saver.is_alive()
    with engine.connect() as conn:
        count = sa.text("SELECT count(*) FROM events WHERE sender_id = :s")
        assert conn.execute(count, {"s": sender}).scalar() == 0
    engine.dispose()
