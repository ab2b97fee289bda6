"""The tuned tracker store on the cluster's PostgreSQL: what it reads and how it commits."""

from __future__ import annotations

import asyncio
import uuid

import pytest
import sqlalchemy as sa
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from ops.cluster import Cluster
from rasa_ext import speedups
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
    with store.engine.connect() as conn:
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
