"""End to end: the real receiver and relay processes, with outages.

Prints the outage figures (attempts, seconds from enqueue to delivery).
"""
import signal
import time
from datetime import datetime, timedelta, timezone

import pytest

from dev.receiver import ReceiverStore
from milia.callbacks import outbox
from milia.callbacks.outbox import Status
from milia.callbacks.signing import check
from tests.booking_helpers import (
    TEST_SECRET,
    free_port,
    http_ready,
    make_request,
    service_env,
    sqlite_url,
    start_module,
    stop_process,
    wait_for,
)

OUTAGE_SECONDS = 30


class Services:
    def __init__(self, tmp):
        self.tmp = tmp
        self.port = free_port()
        self.env = service_env(
            tmp, RECEIVER_PORT=str(self.port), RELAY_POLL_SECONDS="0.2",
            RELAY_TIMEOUT_SECONDS="2", RELAY_LEASE_SECONDS="5",
        )
        self.receiver = None
        self.relay = None
        self.outbox = outbox.make_engine(sqlite_url(tmp, "outbox.db"))
        self.received = ReceiverStore(outbox.make_engine(sqlite_url(tmp, "receiver.db")))

    def logs(self) -> str:
        parts = []
        for name in ("receiver.log", "relay.log"):
            path = self.tmp / name
            if path.exists():
                parts.append(f"--- {name}\n" + path.read_text()[-4000:])
        return "\n".join(parts)

    def start_receiver(self) -> None:
        self.receiver = start_module("dev.receiver", self.env, self.tmp / "receiver.log")
        health = f"http://127.0.0.1:{self.port}/health"
        wait_for(lambda: http_ready(health) or self.receiver.poll() is not None, timeout=30)
        assert self.receiver.poll() is None, self.logs()

    def stop_receiver(self) -> None:
        assert stop_process(self.receiver) == 0, self.logs()

    def start_relay(self) -> None:
        self.relay = start_module("milia.callbacks.relay", self.env, self.tmp / "relay.log")

    def enqueue(self, phone: str) -> tuple:
        now = datetime.now(timezone.utc)
        request_id, created = outbox.enqueue(self.outbox, make_request(phone=phone), now, timedelta(minutes=10))
        assert created
        return request_id, now

    def delivered(self, request_id: str):
        row = outbox.get_request(self.outbox, request_id)
        return row if row.status is Status.DELIVERED else None

    def received_rows(self, request_id: str):
        return [item for item in self.received.list_all() if item.webhook_id == request_id]


@pytest.fixture
def services(tmp_path):
    svc = Services(tmp_path)
    yield svc
    for process in (svc.relay, svc.receiver):
        if process is not None and process.poll() is None:
            process.kill()
            process.wait(5)
    svc.outbox.dispose()
    svc.received.engine.dispose()


def assert_arrived_once(svc: Services, request_id: str) -> None:
    rows = svc.received_rows(request_id)
    assert len(rows) == 1, svc.logs()
    item = rows[0]
    assert item.deliveries == 1, f"webhook-id {request_id} posted {item.deliveries} times"
    assert item.request_id == request_id
    headers = {"webhook-id": item.webhook_id, "webhook-timestamp": str(item.webhook_timestamp),
               "webhook-signature": item.signature}
    sent_at = datetime.fromtimestamp(item.webhook_timestamp, timezone.utc)
    assert check(TEST_SECRET, headers, item.raw_body.encode(), sent_at) is None


def report(capsys, label: str, row: outbox.OutboxRow) -> float:
    seconds = (row.delivered_at - row.created_at).total_seconds()
    with capsys.disabled():
        print(f"\n[e2e] {label}: delivered after {row.attempts} attempt(s), {seconds:.1f} s after enqueue")
    return seconds


def test_delivery_with_outages(services: Services, capsys):
    svc = services
    svc.start_receiver()
    svc.start_relay()

    # 1. normal delivery: arrives once, correctly signed
    first, _ = svc.enqueue("+447400000001")
    row = wait_for(lambda: svc.delivered(first), timeout=15)
    assert row.attempts == 1
    assert_arrived_once(svc, first)
    report(capsys, "no outage", row)

    # 2. receiver down for ~30 s: retried with backoff, arrives after it is back
    svc.stop_receiver()
    second, queued_at = svc.enqueue("+447400000002")
    time.sleep(max(0.0, OUTAGE_SECONDS - (datetime.now(timezone.utc) - queued_at).total_seconds()))
    during = outbox.get_request(svc.outbox, second)
    assert during.status is Status.PENDING and during.attempts >= 3, svc.logs()
    assert during.last_error == "connection_error"
    svc.start_receiver()
    row = wait_for(lambda: svc.delivered(second), timeout=45, interval=0.2)
    seconds = report(capsys, f"receiver down {OUTAGE_SECONDS} s", row)
    assert seconds >= OUTAGE_SECONDS
    assert row.attempts == during.attempts + 1 or row.attempts == during.attempts + 2
    assert_arrived_once(svc, second)

    # 3. receiver down and the relay killed and restarted meanwhile: still exactly once
    svc.stop_receiver()
    third, _ = svc.enqueue("+447400000003")
    wait_for(lambda: outbox.get_request(svc.outbox, third).attempts >= 1, timeout=10)
    svc.relay.send_signal(signal.SIGKILL)
    svc.relay.wait(5)
    time.sleep(2)
    svc.start_relay()
    time.sleep(6)
    svc.start_receiver()
    row = wait_for(lambda: svc.delivered(third), timeout=40, interval=0.2)
    report(capsys, "receiver down ~10 s + relay killed and restarted", row)
    assert_arrived_once(svc, third)

    # nothing is sent twice later, and both services stop cleanly on SIGTERM
    time.sleep(1)
    for request_id in (first, second, third):
        assert_arrived_once(svc, request_id)
    assert stop_process(svc.relay, timeout=15) == 0, svc.logs()
    svc.stop_receiver()
    relay_log = (svc.tmp / "relay.log").read_text()
    assert "relay stopped" in relay_log
    for private in ("Ada", "Lovelace", "+4474000000", "acne"):
        assert private not in relay_log
