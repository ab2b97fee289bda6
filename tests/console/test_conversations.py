"""Conversations: summaries, filters, the redacted transcript with intents, and the alerts."""

from __future__ import annotations

from datetime import timedelta

from milia.console import alerts, conversations, db

from . import builders
from .builders import NAME, PHONE, PHONE_E164
from .conftest import logged_in


def test_summaries_tell_answered_from_not_understood_safety_and_callbacks(console, now) -> None:
    builders.answered("a", now - 300).save(console.tracker)
    builders.not_understood("b", now - 200).save(console.tracker)
    builders.emergency("c", now - 100).save(console.tracker)
    builders.form_in_progress("d", now - 50).save(console.tracker)
    found = {s.sender_id: s for s in conversations.summaries(console.tracker, now - 3600)}
    assert found["a"].topics == ["faq_contagious"] and found["a"].outcomes["answered"] == 1
    assert found["b"].fallback and found["b"].outcomes["did_you_mean"] == 1
    assert found["c"].safety_kinds == {"emergency"}
    assert found["d"].callback == "asked"
    assert [s.sender_id for s in conversations.summaries(console.tracker, now - 3600)] == ["d", "c", "b", "a"]
    assert conversations.summaries(console.tracker, now + 10) == []
    keep = conversations.Filters(topic="faq_contagious")
    assert [s.sender_id for s in found.values() if keep.keep(s)] == ["a"]
    assert [s.sender_id for s in found.values() if conversations.Filters(safety=True).keep(s)] == ["c"]
    assert [s.sender_id for s in found.values() if conversations.Filters(fallback=True).keep(s)] == ["b"]
    assert [s.sender_id for s in found.values() if conversations.Filters(callback=True).keep(s)] == ["d"]


def test_a_question_answered_as_not_covered_beside_a_topic_counts_as_not_answered(console, now) -> None:
    builders.Chat("e", now - 100).turn(
        "are milia contagious? and can I have it done while pregnant", "faq_contagious",
        [("utter_faq_contagious", "No, they are not."), ("utter_out_of_scope_part", "One thing you asked isn't covered.")],
        0.9, action="action_answer_compound").save(console.tracker)
    builders.answered("a", now - 50).save(console.tracker)
    found = {s.sender_id: s for s in conversations.summaries(console.tracker, now - 3600)}
    assert found["e"].outcomes["not_answered"] == 1 and found["e"].fallback
    assert found["a"].outcomes["not_answered"] == 0 and not found["a"].fallback


def test_a_transcript_never_shows_names_or_numbers(console, now) -> None:
    builders.form_in_progress("d", now - 50).save(console.tracker)
    lines = conversations.transcript(console.tracker, "d")
    text = " ".join(line.text for line in lines)
    assert NAME not in text and "Jane" not in text and PHONE not in text and PHONE_E164 not in text
    assert "[redacted]" in text
    first = lines[0]
    assert (first.who, first.intent, round(first.confidence, 2)) == ("visitor", "request_callback", 0.95)
    assert conversations.transcript(console.tracker, "nobody") is None
    assert conversations.mask("call 0121 567 8111 or a@b.co") == "call [redacted] or [redacted]"


def test_the_conversation_pages(server, console, now) -> None:
    builders.answered("a", now - 300).save(console.tracker)
    builders.form_in_progress("d", now - 50).save(console.tracker)
    viewer = logged_in(server, "viewer")
    listing = viewer.get("/conversations")
    assert listing.status_code == 200 and "/conversations/a" in listing.text and "/conversations/d" in listing.text
    only = viewer.get("/conversations?topic=faq_contagious").text
    assert "/conversations/a" in only and "/conversations/d" not in only
    page = viewer.get("/conversations/d").text
    assert "request_callback" in page and "(0.95)" in page
    assert NAME not in page and PHONE not in page and "400123456" not in page
    assert viewer.get("/conversations/nobody").status_code == 404


def test_alerts_for_late_or_failed_callbacks_and_urgent_safety_replies(console, now) -> None:
    t = builders.utc(now)
    failed = builders.add_request(console.outbox, "x1", t - timedelta(hours=30), "failed", 12, "http_500")
    late = builders.add_request(console.outbox, "x2", t - timedelta(minutes=61), "pending", 3, "timeout")
    builders.add_request(console.outbox, "x3", t - timedelta(minutes=10), "pending")
    builders.add_request(console.outbox, "x4", t - timedelta(hours=3), "delivered", 1)
    builders.emergency("recent", now - 3600).save(console.tracker)
    builders.emergency("old", now - 8 * 86400).save(console.tracker)
    builders.answered("calm", now - 60).save(console.tracker)
    found = alerts.open_alerts(console.staff, console.tracker, console.outbox, now)
    keys = {(a.kind, a.key.split(":")[0]) for a in found}
    assert keys == {("callback", failed), ("callback", late), ("safety", "recent")}
    assert all(PHONE_E164 not in a.title and NAME not in a.title for a in found)
    safety = next(a for a in found if a.kind == "safety")
    assert alerts.mark_reviewed(console.staff, "safety", safety.key, "nurse")
    assert not alerts.mark_reviewed(console.staff, "safety", safety.key, "nurse")
    assert len(alerts.open_alerts(console.staff, console.tracker, console.outbox, now)) == 2
    entry = db.audit_log(console.staff)[0]
    assert (entry.actor, entry.action) == ("nurse", "alert reviewed")


def test_alerts_show_on_every_page_and_can_be_marked_reviewed(server, console, now) -> None:
    builders.emergency("recent", now - 3600).save(console.tracker)
    viewer = logged_in(server, "viewer")
    page = viewer.get("/conversations").text
    assert "Needs attention (1)" in page and "Safety reply (emergency)" in page
    key = next(a.key for a in console.alerts())
    response = viewer.post("/alerts/review", data={"csrf": viewer.csrf(), "kind": "safety", "key": key,
                                                   "back": "/conversations"})
    assert response.status_code == 303 and response.headers["Location"] == "/conversations"
    assert "Needs attention" not in viewer.get("/conversations").text
    admin = logged_in(server, "admin")
    audit = admin.get("/audit").text
    assert "alert reviewed" in audit and "viewer" in audit
