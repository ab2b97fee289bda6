import json
import logging
import threading
from datetime import datetime, timedelta, timezone

import pytest

from milia.callbacks import outbox, relay
from milia.callbacks.outbox import Status
from milia.callbacks.signing import check
from tests.booking_helpers import TEST_SECRET, StubServer, free_port, make_request, sqlite_url, wait_for

T0 = datetime(2026, 11, 26, 10, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def engine(tmp_path):
    eng = outbox.make_engine(sqlite_url(tmp_path, "outbox.db"))
    yield eng
    eng.dispose()


def config(url: str, **changes) -> relay.RelayConfig:
    return relay.RelayConfig(url=url, secret=TEST_SECRET, **{"poll_seconds": 0.05, "timeout_seconds": 2, **changes})


def test_500_then_200_with_backoff(engine):
    rid, _ = outbox.enqueue(engine, make_request(), T0, timedelta(minutes=10))
    clock = Clock(T0)
    with StubServer([500, 200]) as server:
        cfg = config(server.url)
        first = relay.run_once(engine, cfg, "relay-1", clock=clock)
        assert first == [relay.Attempt(rid, False, 500, "http_500")]
        row = outbox.get_request(engine, rid)
        assert (row.status, row.attempts, row.last_error) == (Status.PENDING, 1, "http_500")
        assert row.next_attempt_at == T0 + timedelta(seconds=5)

        clock.advance(4)
        assert relay.run_once(engine, cfg, "relay-1", clock=clock) == []  # backing off
        clock.advance(1)
        second = relay.run_once(engine, cfg, "relay-1", clock=clock)
        assert second == [relay.Attempt(rid, True, 200, None)]
        clock.advance(60)
        assert relay.run_once(engine, cfg, "relay-1", clock=clock) == []

    row = outbox.get_request(engine, rid)
    assert (row.status, row.attempts, row.delivered_at) == (Status.DELIVERED, 2, T0 + timedelta(seconds=5))
    assert len(server.received) == 2
    for got, sent_at in zip(server.received, (T0, T0 + timedelta(seconds=5)), strict=True):
        assert got.headers["webhook-id"] == rid
        assert got.headers["webhook-timestamp"] == str(int(sent_at.timestamp()))
        assert got.headers["content-type"] == "application/json"
        assert check(TEST_SECRET, got.headers, got.body, sent_at) is None
        assert got.json() == outbox.build_payload(row, sent_at)


@pytest.mark.parametrize("status,delivered", [(200, True), (202, True), (204, True), (301, False),
                                              (400, False), (401, False), (404, False), (503, False)])
def test_status_codes(engine, status, delivered):
    rid, _ = outbox.enqueue(engine, make_request(), T0, timedelta(minutes=10))
    with StubServer([status]) as server:
        attempts = relay.run_once(engine, config(server.url), "r", clock=Clock(T0))
    assert [a.delivered for a in attempts] == [delivered]
    row = outbox.get_request(engine, rid)
    assert row.status is (Status.DELIVERED if delivered else Status.PENDING)
    assert row.last_error == (None if delivered else f"http_{status}")


def test_connection_refused_and_timeout(engine):
    rid, _ = outbox.enqueue(engine, make_request(), T0, timedelta(minutes=10))
    clock = Clock(T0)
    refused = relay.run_once(engine, config(f"http://127.0.0.1:{free_port()}/webhook"), "r", clock=clock)
    assert refused == [relay.Attempt(rid, False, None, "connection_error")]
    clock.advance(5)
    with StubServer([200], delay=1.0) as server:
        slow = relay.run_once(engine, config(server.url, timeout_seconds=0.3), "r", clock=clock)
    assert slow == [relay.Attempt(rid, False, None, "timeout")]
    row = outbox.get_request(engine, rid)
    assert (row.attempts, row.last_error) == (2, "timeout")
    assert row.next_attempt_at == clock.now + timedelta(seconds=10)


def test_batch_of_several(engine):
    ids = [outbox.enqueue(engine, make_request(phone=f"+4474001234{i:02d}"), T0, timedelta(minutes=10))[0]
           for i in range(3)]
    with StubServer([200]) as server:
        attempts = relay.run_once(engine, config(server.url), "r", clock=Clock(T0))
    assert sorted(a.request_id for a in attempts) == sorted(ids)
    assert sorted(r.headers["webhook-id"] for r in server.received) == sorted(ids)


def test_logs_hold_no_personal_data(engine, caplog):
    outbox.enqueue(engine, make_request(name="Zelda Quux", concern="private"), T0, timedelta(minutes=10))
    clock = Clock(T0)
    caplog.set_level(logging.DEBUG, logger="milia.callbacks.relay")
    with StubServer([500, 200]) as server:
        relay.run_once(engine, config(server.url), "r", clock=clock)
        clock.advance(5)
        relay.run_once(engine, config(server.url), "r", clock=clock)
    text = caplog.text
    assert "delivered request_id=" in text and "retry request_id=" in text
    for secret in ("Zelda", "Quux", "7400", "123456", "private"):
        assert secret not in text


def test_run_forever_stops_on_event(engine):
    stop = threading.Event()
    with StubServer([200]) as server:
        worker = threading.Thread(target=relay.run_forever, args=(engine, config(server.url), stop), daemon=True)
        worker.start()
        rid, _ = outbox.enqueue(engine, make_request(), datetime.now(timezone.utc), timedelta(minutes=10))
        wait_for(lambda: outbox.get_request(engine, rid).status is Status.DELIVERED, timeout=5)
        stop.set()
        worker.join(timeout=3)
    assert not worker.is_alive()
    assert [r.headers["webhook-id"] for r in server.received] == [rid]


def test_config_from_runtime():
    from milia.config.settings import RuntimeConfig

    runtime = RuntimeConfig.from_env({"RECEIVER_PORT": "9123", "RELAY_POLL_SECONDS": "0.2",
                                      "RELAY_LEASE_SECONDS": "1"})
    cfg = relay.RelayConfig.from_runtime(runtime)
    assert cfg.url == "http://127.0.0.1:9123/webhook"
    assert cfg.poll_seconds == 0.2 and cfg.timeout_seconds == 10
    assert cfg.lease_seconds >= cfg.timeout_seconds  # a lease outlives one request


def test_body_is_compact_json(engine):
    outbox.enqueue(engine, make_request(), T0, timedelta(minutes=10))
    with StubServer([200]) as server:
        relay.run_once(engine, config(server.url), "r", clock=Clock(T0))
    body = server.received[0].body
    assert json.loads(body)["type"] == "callback.requested"
    assert b": " not in body
