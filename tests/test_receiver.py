import json
from datetime import datetime, timedelta, timezone

import pytest
import requests

from dev.receiver import ReceiverStore, create_app, handle_webhook, render_staff_page
from milia.callbacks import outbox
from milia.callbacks.signing import signed_headers
from tests.booking_helpers import (
    TEST_SECRET,
    free_port,
    http_ready,
    service_env,
    sqlite_url,
    start_module,
    stop_process,
    wait_for,
)

T0 = datetime(2026, 11, 26, 10, 0, tzinfo=timezone.utc)


def payload(request_id: str = "a" * 32, **data_changes) -> dict:
    row = outbox.OutboxRow(
        id=request_id, created_at=T0, conversation_id="conv-1", name="Ada Lovelace",
        phone_e164="+447400123456", window_start="2026-12-01T12:00:00+00:00",
        window_end="2026-12-01T17:00:00+00:00", concern="acne", consent=True,
        status=outbox.Status.PENDING, attempts=0, next_attempt_at=T0, last_error=None,
        lease_owner=None, lease_until=None, delivered_at=None, retry_until=T0,
    )
    body = outbox.build_payload(row, T0)
    body["data"].update(data_changes)
    return body


def signed(body_obj, msg_id: str = "a" * 32, when: datetime = T0, secret: str = TEST_SECRET):
    body = json.dumps(body_obj).encode() if not isinstance(body_obj, bytes) else body_obj
    return signed_headers(secret, msg_id, int(when.timestamp()), body), body


@pytest.fixture
def store(tmp_path):
    engine = outbox.make_engine(sqlite_url(tmp_path, "receiver.db"))
    yield ReceiverStore(engine)
    engine.dispose()


def test_stores_once_and_counts_repeats(store):
    headers, body = signed(payload())
    assert handle_webhook(store, TEST_SECRET, headers, body, T0).status == 200
    first = handle_webhook(store, TEST_SECRET, headers, body, T0 + timedelta(seconds=1))
    assert (first.status, first.body) == (200, {"status": "duplicate"})
    [item] = store.list_all()
    assert (item.webhook_id, item.deliveries, item.name, item.phone) == ("a" * 32, 2, "Ada Lovelace", "+447400123456")
    assert item.received_at == T0 and item.raw_body == body.decode()
    assert item.signature == headers["webhook-signature"]


@pytest.mark.parametrize(
    "mutate,status,error",
    [
        (lambda h, b: ({**h, "webhook-signature": "v1,AAAA"}, b), 401, "bad_signature"),
        (lambda h, b: (h, b.replace(b"Ada", b"Eve")), 401, "bad_signature"),
        (lambda h, b: ({k: v for k, v in h.items() if k != "webhook-signature"}, b), 401, "missing_headers"),
        (lambda h, b: signed(payload(), when=T0 - timedelta(minutes=6)), 401, "stale_timestamp"),
        (lambda h, b: signed(payload(), secret="whsec_" + "QUJD" * 8), 401, "bad_signature"),
        (lambda h, b: signed(b"not json"), 400, "bad_json"),
        (lambda h, b: signed({**payload(), "type": "other.event"}), 400, "bad_payload"),
        (lambda h, b: signed(payload(consent=False)), 400, "bad_payload"),
        (lambda h, b: signed(payload(phone=None)), 400, "bad_payload"),
        (lambda h, b: signed(payload(callback_window="tomorrow")), 400, "bad_payload"),
    ],
)
def test_refusals(store, mutate, status, error):
    headers, body = mutate(*signed(payload()))
    result = handle_webhook(store, TEST_SECRET, headers, body, T0)
    assert (result.status, result.body) == (status, {"error": error})
    assert store.list_all() == []


def test_staff_page_escapes(store):
    nasty = '<script>alert("x")</script>'
    headers, body = signed(payload(name=nasty, concern="a & b <i>"))
    handle_webhook(store, TEST_SECRET, headers, body, T0)
    page = render_staff_page(store.list_all())
    assert "<script>" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "a &amp; b &lt;i&gt;" in page
    assert "No callback requests yet" in render_staff_page([])


def test_app_factory_unique_names(tmp_path, store):
    from dev.receiver import ReceiverConfig

    cfg = ReceiverConfig(secret=TEST_SECRET, db_url=sqlite_url(tmp_path, "r.db"))
    first = create_app(cfg, name="receiver_test_a", store=store)
    second = create_app(cfg, name="receiver_test_b", store=store)
    assert first.name != second.name
    routes = {route.path for route in first.router.routes}
    assert {"webhook", "health", ""} <= {path.strip("/") for path in routes}


@pytest.fixture(scope="module")
def receiver(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("receiver")
    port = free_port()
    process = start_module("dev.receiver", service_env(tmp, RECEIVER_PORT=str(port)), tmp / "receiver.log")
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: http_ready(base + "/health") or process.poll() is not None, timeout=30)
        assert process.poll() is None, (tmp / "receiver.log").read_text()
        yield base, tmp
    finally:
        code = stop_process(process)
    assert code == 0, (tmp / "receiver.log").read_text()


@pytest.mark.e2e  # starts the real receiver process
def test_http_round_trip(receiver):
    base, tmp = receiver
    now = datetime.now(timezone.utc)
    headers, body = signed(payload("b" * 32, name="Grace <Hopper>"), msg_id="b" * 32, when=now)
    assert requests.get(base + "/health", timeout=5).json() == {"status": "ok"}
    first = requests.post(base + "/webhook", data=body, headers=headers, timeout=5)
    assert (first.status_code, first.json()) == (200, {"status": "stored"})
    again = requests.post(base + "/webhook", data=body, headers=headers, timeout=5)
    assert (again.status_code, again.json()) == (200, {"status": "duplicate"})
    forged = requests.post(base + "/webhook", data=body.replace(b"Grace", b"Mallory"), headers=headers, timeout=5)
    assert forged.status_code == 401
    page = requests.get(base + "/", timeout=5)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "Grace &lt;Hopper&gt;" in page.text and "Mallory" not in page.text
    engine = outbox.make_engine(sqlite_url(tmp, "receiver.db"))
    [item] = ReceiverStore(engine).list_all()
    assert (item.webhook_id, item.deliveries) == ("b" * 32, 2)
    engine.dispose()


@pytest.mark.e2e
def test_http_refuses_huge_body(receiver):
    base, _ = receiver
    body = b"x" * (200 * 1024)
    headers, _ = signed(body)
    response = requests.post(base + "/webhook", data=body, headers=headers, timeout=5)
    assert response.status_code == 413
