import os
import threading
from datetime import datetime, timedelta, timezone

import pytest
import sqlalchemy as sa

from milia.callbacks import outbox
from milia.callbacks.outbox import Status
from tests.booking_helpers import make_request, sqlite_url

T0 = datetime(2026, 11, 26, 10, 0, tzinfo=timezone.utc)
WINDOW = timedelta(minutes=10)

_PG_URL = os.environ.get("OUTBOX_TEST_POSTGRES_URL")


@pytest.fixture(params=["sqlite"] + (["postgresql"] if _PG_URL else []))
def db_url(request, tmp_path):
    """A fresh, empty outbox database (PostgreSQL too when
    OUTBOX_TEST_POSTGRES_URL names a scratch database)."""
    if request.param == "sqlite":
        return sqlite_url(tmp_path, "outbox.db")
    eng = outbox.make_engine(_PG_URL)
    with eng.begin() as conn:
        outbox.callback_outbox.drop(conn, checkfirst=True)
    eng.dispose()
    return _PG_URL


@pytest.fixture
def engine(db_url):
    eng = outbox.make_engine(db_url)
    yield eng
    eng.dispose()


def test_enqueue_stores_a_pending_row(engine):
    request_id, created = outbox.enqueue(engine, make_request(), T0, WINDOW)
    assert created and len(request_id) == 32 and int(request_id, 16) >= 0
    row = outbox.get_request(engine, request_id)
    assert row.request_id == request_id
    assert row.status is Status.PENDING and row.attempts == 0
    assert row.created_at == T0 and row.created_at.tzinfo is not None
    assert row.next_attempt_at == T0
    assert row.retry_until == T0 + outbox.MAX_AGE
    assert (row.name, row.phone_e164, row.concern, row.consent) == ("Ada Lovelace", "+447400123456", "acne", True)
    assert row.window_start == "2026-12-01T12:00:00+00:00"
    assert row.lease_owner is None and row.delivered_at is None and row.last_error is None


@pytest.mark.parametrize(
    "phone,later,created",
    [
        ("+447400123456", timedelta(minutes=5), False),
        ("+447400123456", timedelta(minutes=10), False),
        ("+447400123456", timedelta(minutes=10, seconds=1), True),
        ("+441215678111", timedelta(minutes=1), True),
    ],
)
def test_duplicates_within_window(engine, phone, later, created):
    first, _ = outbox.enqueue(engine, make_request(), T0, WINDOW)
    second, was_created = outbox.enqueue(engine, make_request(phone=phone, name="Other"), T0 + later, WINDOW)
    assert was_created is created
    assert (second == first) is (not created)
    assert len(outbox.list_requests(engine)) == (2 if created else 1)


def test_duplicate_returns_latest(engine):
    outbox.enqueue(engine, make_request(), T0, WINDOW)
    latest, _ = outbox.enqueue(engine, make_request(), T0 + timedelta(minutes=30), WINDOW)
    again, created = outbox.enqueue(engine, make_request(), T0 + timedelta(minutes=32), WINDOW)
    assert (again, created) == (latest, False)


def test_enqueue_refuses_bad_input(engine):
    with pytest.raises(ValueError):
        outbox.enqueue(engine, make_request(consent=False), T0, WINDOW)
    with pytest.raises(ValueError):
        outbox.enqueue(engine, make_request(), T0.replace(tzinfo=None), WINDOW)
    assert outbox.list_requests(engine) == []


def test_concurrent_enqueue_of_same_phone_stores_one(engine):
    barrier = threading.Barrier(4)
    results = []

    def submit():
        barrier.wait()
        results.append(outbox.enqueue(engine, make_request(), T0, WINDOW))

    threads = [threading.Thread(target=submit) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({rid for rid, _ in results}) == 1
    assert sorted(created for _, created in results) == [False, False, False, True]


@pytest.mark.parametrize(
    "attempt,seconds",
    [(0, 5), (1, 5), (2, 10), (3, 20), (4, 40), (5, 80), (6, 160), (7, 300), (8, 300), (50, 300), (10_000, 300)],
)
def test_retry_delay(attempt, seconds):
    assert outbox.retry_delay(attempt) == timedelta(seconds=seconds)


def test_claim_and_lease(engine):
    rid, _ = outbox.enqueue(engine, make_request(), T0, WINDOW)
    claimed = outbox.claim_due(engine, "relay-a", T0, lease_seconds=30, limit=10)
    assert [r.id for r in claimed] == [rid]
    assert claimed[0].lease_owner == "relay-a" and claimed[0].lease_until == T0 + timedelta(seconds=30)
    # leased: nobody else gets it, not even the same owner, until the lease runs out
    assert outbox.claim_due(engine, "relay-b", T0 + timedelta(seconds=29), 30, 10) == []
    again = outbox.claim_due(engine, "relay-b", T0 + timedelta(seconds=31), 30, 10)
    assert [r.lease_owner for r in again] == ["relay-b"]


def test_not_due_and_limit(engine):
    ids = [outbox.enqueue(engine, make_request(phone=f"+4474001234{i:02d}"), T0 + timedelta(seconds=i), WINDOW)[0]
           for i in range(5)]
    assert outbox.claim_due(engine, "r", T0 - timedelta(seconds=1), 30, 10) == []
    first = outbox.claim_due(engine, "r", T0 + timedelta(seconds=10), 30, limit=2)
    assert [r.id for r in first] == ids[:2]  # oldest due first


def test_retry_then_deliver(engine):
    rid, _ = outbox.enqueue(engine, make_request(), T0, WINDOW)
    outbox.claim_due(engine, "r", T0, 30, 10)
    row = outbox.mark_retry(engine, rid, T0 + timedelta(seconds=1), "http_500")
    assert row.status is Status.PENDING and row.attempts == 1 and row.last_error == "http_500"
    assert row.next_attempt_at == T0 + timedelta(seconds=6)
    assert row.lease_owner is None and row.lease_until is None
    assert outbox.claim_due(engine, "r", T0 + timedelta(seconds=5), 30, 10) == []
    outbox.claim_due(engine, "r", T0 + timedelta(seconds=6), 30, 10)
    row = outbox.mark_retry(engine, rid, T0 + timedelta(seconds=7), "timeout")
    assert row.attempts == 2 and row.next_attempt_at == T0 + timedelta(seconds=17)
    outbox.claim_due(engine, "r", T0 + timedelta(seconds=17), 30, 10)
    assert outbox.mark_delivered(engine, rid, T0 + timedelta(seconds=18))
    row = outbox.get_request(engine, rid)
    assert row.status is Status.DELIVERED and row.attempts == 3
    assert row.delivered_at == T0 + timedelta(seconds=18) and row.last_error is None
    assert outbox.claim_due(engine, "r", T0 + timedelta(days=1), 30, 10) == []
    assert outbox.mark_retry(engine, rid, T0 + timedelta(seconds=20), "late") is None
    assert not outbox.mark_delivered(engine, rid, T0 + timedelta(seconds=20))


def test_gives_up_after_a_day_and_manual_retry(engine):
    rid, _ = outbox.enqueue(engine, make_request(), T0, WINDOW)
    row = outbox.mark_retry(engine, rid, T0 + timedelta(hours=23, minutes=59), "connection_error")
    assert row.status is Status.PENDING
    row = outbox.mark_retry(engine, rid, T0 + timedelta(hours=24), "connection_error")
    assert row.status is Status.FAILED and row.attempts == 2
    assert outbox.claim_due(engine, "r", T0 + timedelta(days=3), 30, 10) == []
    assert [r.id for r in outbox.list_requests(engine, Status.FAILED)] == [rid]
    assert outbox.list_requests(engine, Status.PENDING) == []
    later = T0 + timedelta(days=2)
    assert outbox.retry_failed(engine, rid, later)
    assert not outbox.retry_failed(engine, rid, later)  # already pending
    assert not outbox.retry_failed(engine, "nope", later)
    row = outbox.get_request(engine, rid)
    assert row.status is Status.PENDING and row.retry_until == later + outbox.MAX_AGE
    assert [r.id for r in outbox.claim_due(engine, "r", later, 30, 10)] == [rid]
    assert outbox.mark_retry(engine, rid, later + timedelta(seconds=1), "http_503").status is Status.PENDING


def test_survives_restart(tmp_path):
    url = sqlite_url(tmp_path, "var/outbox.db")  # the directory is created
    first = outbox.make_engine(url)
    rid, _ = outbox.enqueue(first, make_request(), T0, WINDOW)
    outbox.claim_due(first, "relay-old", T0, 30, 10)  # then the process "dies"
    first.dispose()
    second = outbox.make_engine(url)
    assert [r.id for r in outbox.list_requests(second)] == [rid]
    assert outbox.claim_due(second, "relay-new", T0 + timedelta(seconds=10), 30, 10) == []  # lease holds
    claimed = outbox.claim_due(second, "relay-new", T0 + timedelta(seconds=31), 30, 10)
    assert [(r.id, r.lease_owner) for r in claimed] == [(rid, "relay-new")]
    assert outbox.enqueue(second, make_request(), T0 + timedelta(minutes=1), WINDOW) == (rid, False)
    second.dispose()


def test_racing_claimers_never_share_a_row(db_url):
    url = db_url
    setup = outbox.make_engine(url)
    ids = {outbox.enqueue(setup, make_request(phone=f"+4474001234{i:02d}"), T0, WINDOW)[0] for i in range(40)}
    setup.dispose()
    claims = {}
    barrier = threading.Barrier(4)

    def claimer(name):
        engine = outbox.make_engine(url)  # like a separate relay process
        mine = []
        barrier.wait()
        while True:
            rows = outbox.claim_due(engine, name, T0 + timedelta(seconds=1), 60, limit=3)
            if not rows:
                break
            mine.extend(r.id for r in rows)
        claims[name] = mine
        engine.dispose()

    threads = [threading.Thread(target=claimer, args=(f"relay-{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    every = [rid for mine in claims.values() for rid in mine]
    assert len(every) == len(set(every)) == 40
    assert set(every) == ids
    check = outbox.make_engine(url)
    owners = {r.id: r.lease_owner for r in outbox.list_requests(check)}
    for name, mine in claims.items():
        assert all(owners[rid] == name for rid in mine)
    check.dispose()


def test_conditional_update_loses_cleanly(engine, monkeypatch):
    """Claimer A has already picked the row as a candidate; claimer B leases it
    before A's UPDATE runs: A's conditional UPDATE matches nothing."""
    rid, _ = outbox.enqueue(engine, make_request(), T0, WINDOW)
    real_begin = engine.begin
    stolen = []

    def steal_then_begin():
        monkeypatch.setattr(engine, "begin", real_begin)
        stolen.extend(outbox.claim_due(engine, "relay-b", T0, 30, 10))
        return real_begin()

    monkeypatch.setattr(engine, "begin", steal_then_begin)
    assert outbox.claim_due(engine, "relay-a", T0, 30, 10) == []
    assert [(r.id, r.lease_owner) for r in stolen] == [(rid, "relay-b")]
    assert outbox.get_request(engine, rid).lease_owner == "relay-b"


def test_build_payload_exact(engine):
    rid, _ = outbox.enqueue(engine, make_request(concern=None), T0, WINDOW)
    row = outbox.get_request(engine, rid)
    assert outbox.build_payload(row, T0 + timedelta(seconds=3)) == {
        "type": "callback.requested",
        "timestamp": "2026-11-26T10:00:03Z",
        "data": {
            "request_id": rid,
            "name": "Ada Lovelace",
            "phone": "+447400123456",
            "callback_window": {"start": "2026-12-01T12:00:00+00:00", "end": "2026-12-01T17:00:00+00:00"},
            "concern": None,
            "consent": True,
            "conversation_id": "conv-1",
            "source": "website-chat",
        },
    }


def test_table_created_on_first_use_not_import(tmp_path):
    url = sqlite_url(tmp_path, "fresh.db")
    engine = outbox.make_engine(url)
    assert not sa.inspect(engine).has_table("callback_outbox")
    assert outbox.list_requests(engine) == []
    assert sa.inspect(engine).has_table("callback_outbox")
    engine.dispose()


def test_in_memory_sqlite_works():
    engine = outbox.make_engine("sqlite://")
    rid, created = outbox.enqueue(engine, make_request(), T0, WINDOW)
    assert created and outbox.get_request(engine, rid).id == rid


# --- outbox_cli ---------------------------------------------------------------

from milia.callbacks import outbox_cli  # noqa: E402
from milia.config.settings import RuntimeConfig  # noqa: E402


@pytest.mark.parametrize(
    "e164,masked",
    [
        ("+447400123456", "+44 7*** ***456"),
        ("+441215678111", "+44 1*** ***111"),
        ("+12025550143", "+12 *** ***143"),
        ("+44", "***"),
    ],
)
def test_mask_phone(e164, masked):
    assert outbox_cli.mask_phone(e164) == masked


def test_cli_list_and_retry(tmp_path):
    import io

    url = sqlite_url(tmp_path, "cli.db")
    engine = outbox.make_engine(url)
    ok, _ = outbox.enqueue(engine, make_request(phone="+447400123456"), T0, WINDOW)
    bad, _ = outbox.enqueue(engine, make_request(phone="+441215678111"), T0, WINDOW)
    outbox.mark_delivered(engine, ok, T0)
    outbox.mark_retry(engine, bad, T0 + timedelta(days=2), "http_503")
    config = RuntimeConfig(outbox_db_url=url)

    def run(*argv):
        out = io.StringIO()
        code = outbox_cli.main(list(argv), config=config, out=out)
        return code, out.getvalue()

    code, text = run("list")
    assert code == 0 and "2 request(s)" in text
    header, *lines = text.splitlines()[:3]
    assert header.split()[:2] == ["REQUEST", "ID"]
    first, second = sorted(lines, key=lambda line: line.startswith(bad))
    assert ok in first and "delivered" in first and "+44 7*** ***456" in first
    assert bad in second and "failed" in second and "http_503" in second and "+44 1*** ***111" in second
    assert "Ada" not in text and "7400123456" not in text

    code, text = run("list", "--status", "failed")
    assert code == 0 and bad in text and ok not in text and "1 request(s)" in text

    assert run("retry", ok) == (1, f"{ok}: status is delivered, not failed\n")
    assert run("retry", "missing") == (1, "missing: no such request\n")
    assert run("retry", bad) == (0, f"{bad}: back to pending\n")
    assert outbox.get_request(engine, bad).status is Status.PENDING
    engine.dispose()


def test_cli_module_runs(tmp_path):
    import subprocess
    import sys

    from tests.booking_helpers import REPO_ROOT, service_env

    result = subprocess.run(
        [sys.executable, "-m", "milia.callbacks.outbox_cli", "list", "--status", "pending"],
        cwd=str(REPO_ROOT), env=service_env(tmp_path), capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "0 request(s)" in result.stdout


# --------------------------------------------------------------------------
# A visitor deletes their conversation: its undelivered requests go, delivered ones stay


def _failed(engine, conversation_id: str, phone: str) -> str:
    """A request whose day of automatic retries is over (status failed)."""
    created = T0 - outbox.MAX_AGE - timedelta(hours=1)
    request_id, _ = outbox.enqueue(engine, make_request(phone, conversation_id=conversation_id), created, WINDOW)
    assert outbox.mark_retry(engine, request_id, T0, "http_500").status is Status.FAILED
    return request_id


def test_delete_undelivered_keeps_delivered_requests_and_other_conversations(engine):
    pending, _ = outbox.enqueue(engine, make_request("+447400000001", conversation_id="mine"), T0, WINDOW)
    delivered, _ = outbox.enqueue(engine, make_request("+447400000002", conversation_id="mine"), T0, WINDOW)
    assert outbox.mark_delivered(engine, delivered, T0 + timedelta(seconds=1))
    failed = _failed(engine, "mine", "+447400000003")
    in_flight, _ = outbox.enqueue(engine, make_request("+447400000004", conversation_id="mine"), T0, WINDOW)
    theirs, _ = outbox.enqueue(engine, make_request("+447400000005", conversation_id="theirs"), T0, WINDOW)
    claimed = outbox.claim_due(engine, "relay-1", T0 + timedelta(seconds=2), lease_seconds=60)
    assert in_flight in {row.id for row in claimed}  # a relay is sending it right now

    result = outbox.delete_undelivered(engine, "mine")

    assert result.deleted == sorted([pending, failed, in_flight])
    assert result.kept_delivered == 1
    left = {row.id: row for row in outbox.list_requests(engine)}
    assert set(left) == {delivered, theirs}
    assert left[delivered].status is Status.DELIVERED and left[theirs].status is Status.PENDING
    # the relay that was sending the deleted one finds nothing to update
    assert not outbox.mark_delivered(engine, in_flight, T0 + timedelta(seconds=3))
    assert outbox.mark_retry(engine, in_flight, T0 + timedelta(seconds=3), "timeout") is None
    assert outbox.list_requests(engine) == list(left.values())


def test_delete_undelivered_of_an_unknown_conversation_changes_nothing(engine):
    kept, _ = outbox.enqueue(engine, make_request(conversation_id="someone"), T0, WINDOW)
    assert outbox.delete_undelivered(engine, "nobody") == outbox.UndeliveredDeletion(deleted=[], kept_delivered=0)
    assert [row.id for row in outbox.list_requests(engine)] == [kept]
