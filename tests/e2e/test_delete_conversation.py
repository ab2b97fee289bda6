"""Visitors own their conversation: "Delete my conversation", "Save a copy" and "Print", against the
real servers of `make run` (SQLite tracker store and outbox, relay, reference receiver).

The same deletion through nginx on PostgreSQL is in tests/cluster/test_cluster.py.
Evidence is written under reports/e2e/ (the saved copy, the printed PDF) and reports/screenshots/.
"""

from __future__ import annotations

import json
import re
import sqlite3
import urllib.error
import urllib.request
import uuid
from typing import Dict, List, Optional, Tuple

import pytest
from playwright.sync_api import expect

from milia.callbacks.outbox import Status, list_requests, make_engine
from tests.e2e import test_widget as widget
from tests.e2e.conftest import Stack, Visitor
from tests.e2e.test_callback_e2e import book, payloads_for, wait_for_delivery

pytestmark = pytest.mark.e2e

# The browser fixtures of the widget tests (each test fails on console errors, page errors and
# requests that leave the machine).
guard = widget.guard
new_page = widget.new_page
page = widget.page

REPORTS = widget.ROOT / "reports" / "e2e"
DELETED = {"status": "deleted"}


# ---------------------------------------------------------------- helpers


def delete(url: str, body: bytes, client: Optional[str] = None,
           origin: Optional[str] = None) -> Tuple[int, Dict[str, str], bytes]:
    """POST {url}/webhooks/rest/delete; ``client`` is sent as X-Forwarded-For (Rasa believes it
    from a peer on this machine, as from nginx), so each test has its own rate-limit bucket."""
    headers = {"Content-Type": "application/json"}
    if client:
        headers["X-Forwarded-For"] = client
    if origin:
        headers["Origin"] = origin
    request = urllib.request.Request(f"{url}/webhooks/rest/delete", data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as resp:
            return resp.status, {k.lower(): v for k, v in resp.headers.items()}, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, {k.lower(): v for k, v in err.headers.items()}, err.read()


def delete_id(url: str, sender: str, **kwargs) -> Tuple[int, Dict[str, str], bytes]:
    return delete(url, json.dumps({"sender": sender}).encode(), **kwargs)


def events_of(stack: Stack, sender: str) -> int:
    path = stack.tracker_db_url.replace("sqlite:///", "")
    with sqlite3.connect(path) as conn:
        return conn.execute("select count(*) from events where sender_id = ?", (sender,)).fetchone()[0]


def requests_of(stack: Stack, conversation: str) -> Dict[str, Status]:
    engine = make_engine(stack.outbox_db_url)
    try:
        return {row.id: row.status for row in list_requests(engine) if row.conversation_id == conversation}
    finally:
        engine.dispose()


def widget_visitor(stack: Stack) -> Visitor:
    """A visitor with an id as the widget makes them (the delete route takes no other)."""
    return Visitor(stack, sender=str(uuid.uuid4()))


def stored_sender(page) -> str:
    return page.evaluate(f"JSON.parse(localStorage.getItem('{widget.STORAGE_KEY}')).sender")


def open_menu(page):
    page.get_by_role("button", name="Menu").click()
    menu = page.get_by_role("group", name="Chat options")
    expect(menu).to_be_visible()
    return menu


def answer_identity(answer: Tuple[int, Dict[str, str], bytes]) -> tuple:
    """What a client can tell from an answer (status, body, and the headers that matter)."""
    status, headers, body = answer
    keep = ("content-type", "cache-control", "access-control-allow-origin", "content-length")
    return status, body, {name: headers.get(name) for name in keep}


# ---------------------------------------------------------------- the endpoint


def test_delete_removes_events_and_undelivered_requests_only(stack: Stack) -> None:
    """Events and undelivered requests of the conversation are gone, its delivered request stays
    (the clinic's record), another conversation is intact, and an unknown id gets the same answer."""
    mine, other = widget_visitor(stack), widget_visitor(stack)
    book(mine, name="Dana Delete", phone="07400 246801")
    assert "request is in" in mine.text("yes, send it")
    assert wait_for_delivery(stack, mine.sender), "the first request is delivered (the clinic's record)"
    other.text("are milia contagious?")

    stack.stop("relay")  # nothing is delivered from now on: the next requests stay pending
    try:
        book(mine, name="Dana Delete", phone="07400 246802")
        mine.text("yes, send it")
        book(other, name="Olu Other", phone="07400 246803")
        other.text("yes, send it")
        before = requests_of(stack, mine.sender)
        assert sorted(before.values()) == [Status.DELIVERED, Status.PENDING]
        assert list(requests_of(stack, other.sender).values()) == [Status.PENDING]
        other_events = events_of(stack, other.sender)
        assert events_of(stack, mine.sender) > 0 and other_events > 0

        origin = stack.web_url
        answer = delete_id(stack.rasa_url, mine.sender, client="192.0.2.10", origin=origin)
        unknown = delete_id(stack.rasa_url, str(uuid.uuid4()), client="192.0.2.10", origin=origin)
    finally:
        stack.start("relay", timeout=30)

    assert answer[0] == 200 and json.loads(answer[2]) == DELETED
    assert answer_identity(answer) == answer_identity(unknown)
    assert answer[1]["access-control-allow-origin"] == stack.web_url  # the widget may read it
    assert events_of(stack, mine.sender) == 0
    delivered = [rid for rid, status in before.items() if status is Status.DELIVERED]
    assert requests_of(stack, mine.sender) == {delivered[0]: Status.DELIVERED}
    assert events_of(stack, other.sender) == other_events
    assert list(requests_of(stack, other.sender).values()) == [Status.PENDING]
    # the relay is back: the other visitor's request goes out, the deleted one never does
    assert wait_for_delivery(stack, other.sender)
    assert len(payloads_for(stack, mine.sender)) == 1
    (REPORTS).mkdir(parents=True, exist_ok=True)
    (REPORTS / "delete-sqlite.json").write_text(json.dumps({
        "setup": "make run (SQLite tracker store and outbox)",
        "answer_for_stored_id": [answer[0], json.loads(answer[2])],
        "answer_for_unknown_id": [unknown[0], json.loads(unknown[2])],
        "events_left": events_of(stack, mine.sender),
        "requests_left": {rid: status.value for rid, status in requests_of(stack, mine.sender).items()},
        "other_conversation_events": [other_events, events_of(stack, other.sender)],
    }, indent=2) + "\n")


def test_after_deletion_the_same_id_starts_afresh(stack: Stack) -> None:
    visitor = widget_visitor(stack)
    visitor.text("are milia contagious?")
    assert delete_id(stack.rasa_url, visitor.sender, client="192.0.2.11")[0] == 200
    assert events_of(stack, visitor.sender) == 0
    assert "contagious" in visitor.text("are milia contagious?").lower()
    assert events_of(stack, visitor.sender) > 0


@pytest.mark.parametrize("body", [
    b"not json",
    json.dumps({"sender": "visitor-1"}).encode(),
    json.dumps({"sender": str(uuid.uuid4()), "phone": "07400 123456"}).encode(),
    json.dumps({"conversation": str(uuid.uuid4())}).encode(),
])
def test_delete_takes_only_the_widgets_conversation_id(stack: Stack, body: bytes) -> None:
    visitor = Visitor(stack)  # "visitor-<hex>": not an id the widget makes
    visitor.text("hello")
    status, _, answer = delete(stack.rasa_url, body, client="192.0.2.12")
    assert (status, json.loads(answer)) == (400, {"status": "invalid"})
    assert events_of(stack, visitor.sender) > 0


def test_delete_is_rate_limited_per_client(stack: Stack) -> None:
    statuses = [delete_id(stack.rasa_url, str(uuid.uuid4()), client="192.0.2.13")[0] for _ in range(6)]
    assert statuses == [200] * 5 + [429]
    status, headers, body = delete_id(stack.rasa_url, str(uuid.uuid4()), client="192.0.2.13")
    assert (status, json.loads(body)) == (429, {"status": "rate_limited"}) and int(headers["retry-after"]) >= 1
    assert delete_id(stack.rasa_url, str(uuid.uuid4()), client="192.0.2.14")[0] == 200  # another client


# ---------------------------------------------------------------- in the widget


def test_delete_my_conversation_in_the_widget(page, stack: Stack) -> None:
    widget.open_widget(page, stack)
    widget.wait_for_greeting(page)
    widget.ask_contagious(page)
    sender = stored_sender(page)
    assert events_of(stack, sender) > 0

    # Cancel first: nothing happens, focus goes back to the menu button.
    open_menu(page).get_by_role("button", name="Delete my conversation").click()
    confirm = page.get_by_role("alertdialog", name="Delete this conversation?")
    expect(confirm).to_be_visible()
    expect(confirm).to_contain_text("already received stays with them")
    expect(confirm.get_by_role("button", name="Cancel")).to_be_focused()
    page.keyboard.press("Escape")
    expect(confirm).to_be_hidden()
    expect(page.get_by_role("button", name="Menu")).to_be_focused()
    expect(page.get_by_role("dialog", name="Milia assistant")).to_be_visible()  # Escape closed only the question
    assert stored_sender(page) == sender and events_of(stack, sender) > 0

    open_menu(page).get_by_role("button", name="Delete my conversation").click()
    widget.SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(widget.SCREENSHOTS / "delete-confirm.png"))
    with page.expect_response(re.compile(r"/webhooks/rest/delete$")) as answer:
        confirm.get_by_role("button", name="Delete conversation").click()
    assert answer.value.status == 200
    status = page.get_by_role("status")
    expect(status).to_contain_text("has been deleted")
    expect(status).to_contain_text("stays with them as their record")
    expect(status).to_contain_text(widget.clinic()["phone"])
    expect(page.locator(".milia-log .milia-msg")).to_have_count(0)
    state = page.evaluate(f"JSON.parse(localStorage.getItem('{widget.STORAGE_KEY}'))")
    assert state["sender"] != sender and state["history"] == [] and state["outbox"] == []
    assert events_of(stack, sender) == 0
    expect(page.get_by_role("textbox", name="Your message")).to_be_focused()
    page.screenshot(path=str(widget.SCREENSHOTS / "delete-done.png"))

    # The chat goes on as a new conversation.
    widget.send(page, "are milia contagious?")
    assert events_of(stack, stored_sender(page)) > 0


def test_a_failed_deletion_keeps_everything_and_says_so(page, guard, stack: Stack) -> None:
    guard.allow_console(r"Failed to load resource.*/webhooks/rest/delete")
    widget.open_widget(page, stack)
    widget.wait_for_greeting(page)
    widget.ask_contagious(page)
    sender, shown = stored_sender(page), widget.transcript(page)
    page.route(stack.rasa_url + "/webhooks/rest/delete", lambda route: route.fulfill(
        status=503, content_type="application/json", body='{"status": "unavailable"}',
        headers={"Access-Control-Allow-Origin": "*"}))
    open_menu(page).get_by_role("button", name="Delete my conversation").click()
    page.get_by_role("button", name="Delete conversation").click()
    expect(page.get_by_role("status")).to_contain_text("couldn't be deleted")
    assert stored_sender(page) == sender and widget.transcript(page) == shown
    assert events_of(stack, sender) > 0
    expect(page.get_by_role("button", name="Delete conversation")).to_be_enabled()


# ---------------------------------------------------------------- keeping a copy


def test_the_widget_gets_the_clinic_and_its_safety_texts_from_the_page_server(stack: Stack) -> None:
    """web/serve.py fills them into widget.js; every safety text is word for word one the
    assistant can send (a domain response), so "Save a copy" can find it in the conversation."""
    import yaml

    with urllib.request.urlopen(stack.web_url + "/widget.js", timeout=10) as resp:
        script = resp.read().decode()
    assert "/*milia-config*/" not in script
    config = json.loads(re.search(r"var CONFIG = (\{.*?\});\n", script).group(1))
    settings = widget.clinic()
    assert (config["clinicName"], config["clinicPhone"]) == (settings["name"], settings["phone"])
    domain = yaml.safe_load((widget.ROOT / "domain.yml").read_text(encoding="utf-8"))
    responses = [" ".join(v[0].get("text", "").split()) for v in domain["responses"].values()]
    assert len(config["safetyTexts"]) >= 8
    for text in config["safetyTexts"]:
        assert any(text in response for response in responses), text
    assert not any("callback paused" in t.lower() or "paused your callback" in t for t in config["safetyTexts"])


def test_save_a_copy_is_a_text_file_made_in_the_browser(page, stack: Stack) -> None:
    widget.open_widget(page, stack)
    widget.wait_for_greeting(page)
    before = widget.bot_count(page)
    widget.send(page, "can I squeeze the milia near my eye myself?")
    assert "qualified practitioner" in widget.replies_since(page, before)

    requests: List[str] = []
    page.on("request", lambda request: requests.append(request.url))
    with page.expect_download() as info:
        open_menu(page).get_by_role("button", name="Save a copy").click()
    download = info.value
    assert re.fullmatch(r"milia-chat-\d{4}-\d{2}-\d{2}\.txt", download.suggested_filename)
    REPORTS.mkdir(parents=True, exist_ok=True)
    saved = REPORTS / "saved-copy.txt"
    download.save_as(str(saved))
    text = saved.read_text(encoding="utf-8")
    assert [url for url in requests if not url.startswith("blob:")] == [], "nothing leaves the browser"

    settings = widget.clinic()
    assert settings["name"] in text and settings["phone"] in text
    assert re.search(r"Saved \w+day,? \d{1,2} \w+ \d{4} at \d\d:\d\d", text), "the date and time"
    assert "In an emergency, call 999 or go to A&E" in text
    advice = text.split("SAFETY ADVICE YOU WERE GIVEN", 1)[1].split("THE CONVERSATION", 1)[0]
    assert "call 999 or go to A&E" in advice  # the greeting's urgent eye advice
    assert "Please don't try to remove milia near your eyes yourself" in advice
    assert "stop and leave the area alone to heal" in advice
    assert "You: can I squeeze the milia near my eye myself?" in text
    assert "Assistant: " in text
    assert f"privacy notice ({stack.web_url}{settings['privacy_url']})" in text  # links as plain text
    assert "<" not in text and "**" not in text
    expect(page.get_by_role("status")).to_contain_text("saved to your downloads")


def test_print_gives_the_conversation_alone(page, stack: Stack) -> None:
    widget.open_widget(page, stack)
    widget.wait_for_greeting(page)
    widget.ask_contagious(page)
    page.evaluate("() => { window.print = () => { window.__printed = (window.__printed || 0) + 1; }; }")
    open_menu(page).get_by_role("button", name="Print").click()
    assert page.evaluate("window.__printed") == 1

    page.emulate_media(media="print")
    layout = page.evaluate("""() => {
        const shown = el => !!el && getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;
        const q = s => document.querySelector(s);
        const scroller = q('.milia-scroller');
        return {
          page: shown(q('main')), header: shown(q('.site-header')), launcher: shown(q('.milia-launcher')),
          form: shown(q('.milia-form')), buttons: shown(q('.milia-header-actions')),
          printHeader: shown(q('.milia-print-header')), urgent: shown(q('.milia-urgent')),
          panelPosition: getComputedStyle(q('.milia-panel')).position,
          clipped: scroller.scrollHeight > scroller.clientHeight + 1,
          messages: [...document.querySelectorAll('.milia-log .milia-msg')].every(shown),
          printText: q('.milia-print-header').textContent,
        };
    }""")
    settings = widget.clinic()
    assert layout["page"] is False and layout["header"] is False, "only the conversation is printed"
    assert not (layout["launcher"] or layout["form"] or layout["buttons"])
    assert layout["printHeader"] and layout["urgent"] and layout["messages"]
    assert layout["panelPosition"] == "static" and not layout["clipped"]
    assert settings["name"] in layout["printText"] and settings["phone"] in layout["printText"]
    assert "Printed " in layout["printText"]
    REPORTS.mkdir(parents=True, exist_ok=True)
    page.pdf(path=str(REPORTS / "printed-conversation.pdf"), format="A4")
    page.screenshot(path=str(widget.SCREENSHOTS / "print.png"), full_page=True)
    page.emulate_media(media="screen")

    page.get_by_role("button", name="Close chat").click()
    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.querySelector('.milia-root')).display") == "none"
    assert page.evaluate("getComputedStyle(document.querySelector('main')).display") != "none"
