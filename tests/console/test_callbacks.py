"""The callback requests page: the outbox's list with names and numbers masked (viewer), and
Retry for a failed request through the outbox's own function (admin, audited)."""

from __future__ import annotations

from datetime import timedelta

from milia.callbacks import outbox
from milia.console import db
from milia.console.views_callbacks import mask_name

from . import builders
from .builders import NAME, PHONE, PHONE_E164
from .conftest import logged_in


def requests(console, now):
    t = builders.utc(now)
    return {
        "failed": builders.add_request(console.outbox, "conv-f", t - timedelta(hours=30), "failed", 12, "http_500"),
        "pending": builders.add_request(console.outbox, "conv-p", t - timedelta(minutes=5), "pending", 2, "timeout"),
        "delivered": builders.add_request(console.outbox, "conv-d", t - timedelta(hours=2), "delivered", 1),
    }


def test_viewers_see_the_list_with_status_attempts_and_errors_but_no_names_or_numbers(server, console, now) -> None:
    ids = requests(console, now)
    viewer = logged_in(server, "viewer")
    page = viewer.get("/callbacks")
    assert page.status_code == 200
    text = page.text
    for request_id in ids.values():
        assert f"<code>{request_id}</code>" in text
    assert "http_500" in text and "timeout" in text and ">12<" in text
    assert "failed (1)" in text and "pending (1)" in text and "delivered (1)" in text
    for secret in (NAME, "Jane", "Smith", PHONE, PHONE_E164, "7400123456", "400123"):
        assert secret not in text, secret
    assert "+44 7*** ***456" in text and "J. S." in text
    assert "/conversations/conv-f" in text
    assert "Retry" not in text  # a viewer may not retry
    only = viewer.get("/callbacks?status=failed").text
    assert f"<code>{ids['failed']}</code>" in only and f"<code>{ids['pending']}</code>" not in only


def test_an_admin_retries_a_failed_request_and_it_is_audited(server, console, now) -> None:
    ids = requests(console, now)
    admin = logged_in(server, "admin")
    page = admin.get("/callbacks").text
    assert page.count(">Retry</button>") == 1 and f"/callbacks/{ids['failed']}/retry" in page
    response = admin.post(f"/callbacks/{ids['failed']}/retry", data={"csrf": admin.csrf("/callbacks")})
    assert response.status_code == 303 and response.headers["Location"] == "/callbacks?done=retried"
    row = outbox.get_request(console.outbox, ids["failed"])
    assert row.status is outbox.Status.PENDING and row.attempts == 12
    assert "back in the queue" in admin.get(response.headers["Location"]).text
    entry = db.audit_log(console.staff)[0]
    assert (entry.actor, entry.action, entry.detail) == ("admin", "callback retried", ids["failed"])
    again = admin.post(f"/callbacks/{ids['delivered']}/retry", data={"csrf": admin.csrf("/callbacks")})
    assert again.status_code == 409 and "It is delivered, not failed." in again.text
    assert admin.post("/callbacks/nope/retry", data={"csrf": admin.csrf("/callbacks")}).status_code == 409


def test_only_an_admin_may_retry_and_only_with_the_csrf_token(server, console, now) -> None:
    ids = requests(console, now)
    for role in ("viewer", "editor"):
        other = logged_in(server, role)
        assert other.post(f"/callbacks/{ids['failed']}/retry", data={"csrf": other.csrf("/")}).status_code == 403
    admin = logged_in(server, "admin")
    assert admin.post(f"/callbacks/{ids['failed']}/retry", data={}).status_code == 403
    assert outbox.get_request(console.outbox, ids["failed"]).status is outbox.Status.FAILED
    assert all(e.action != "callback retried" for e in db.audit_log(console.staff))


def test_an_empty_outbox_and_name_masking() -> None:
    assert mask_name("Jane Smith") == "J. S."
    assert mask_name("  ") == "[redacted]"
    assert mask_name("07400 123456") == "[redacted]"


def test_the_empty_page(server) -> None:
    assert "No callback requests." in logged_in(server, "viewer").get("/callbacks").text
