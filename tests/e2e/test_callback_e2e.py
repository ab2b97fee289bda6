"""Callback requests through the real chat, outbox, relay and reference receiver."""

from __future__ import annotations

import json
import sqlite3
import time
from typing import Any, Dict, List

from tests.e2e.conftest import Stack, Visitor

PHONE = "07400 123456"


def payloads_for(stack: Stack, conversation_id: str) -> List[Dict[str, Any]]:
    """The bodies the reference receiver accepted (signature verified) for one conversation."""
    db = stack.env["RECEIVER_DB_URL"].replace("sqlite:///", "")
    try:
        with sqlite3.connect(db) as conn:
            rows = conn.execute(
                "select raw_body from received_callbacks where conversation_id = ?", (conversation_id,)
            ).fetchall()
    except sqlite3.OperationalError:  # no request received yet: the table does not exist
        return []
    return [json.loads(body) for (body,) in rows]


def wait_for_delivery(stack: Stack, conversation_id: str, timeout: float = 30) -> List[Dict[str, Any]]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = payloads_for(stack, conversation_id)
        if found:
            return found
        time.sleep(0.5)
    return []


def book(visitor: Visitor, name: str = "Jane Smith", phone: str = PHONE) -> str:
    """Walk the form to the read-back; returns the read-back text."""
    assert "name" in visitor.text("I'd like a callback please")
    assert "phone number" in visitor.text(name)
    asked_time = visitor.say(phone)
    buttons = [b for r in asked_time for b in r.get("buttons", [])]
    assert buttons, "the time question offers the next available windows"
    # consent first, naming the note as health information; only then the optional note
    consent = visitor.text(buttons[0]["payload"])
    assert "privacy" in consent and "health information" in consent
    assert "adviser to know" in visitor.text("yes")
    return visitor.text("they're under my eyes")


def test_happy_path_delivers_one_signed_request(stack: Stack, visitor: Visitor) -> None:
    readback = book(visitor)
    assert "Jane Smith" in readback and PHONE in readback
    assert "request is in" in visitor.text("yes, send it")
    delivered = wait_for_delivery(stack, visitor.sender)
    assert len(delivered) == 1
    data = delivered[0]["data"]
    assert delivered[0]["type"] == "callback.requested"
    assert data["name"] == "Jane Smith" and data["phone"] == "+447400123456"
    assert data["consent"] is True and data["source"] == "website-chat"
    assert data["callback_window"]["start"] < data["callback_window"]["end"]
    assert data["concern"] == "they're under my eyes"


def test_same_number_again_within_ten_minutes_is_not_a_second_request(stack: Stack) -> None:
    first = Visitor(stack)
    book(first, phone="07400 654321")
    assert "request is in" in first.text("yes")
    second = Visitor(stack)
    book(second, name="Jane Again", phone="+44 7400 654321")
    assert "already have a callback request" in second.text("yes")
    time.sleep(2)
    assert payloads_for(stack, second.sender) == []


def test_bad_number_then_good_number(stack: Stack, visitor: Visitor) -> None:
    visitor.text("can someone call me back")
    visitor.text("Sam")
    assert "doesn't look like a UK phone number" in visitor.text("12345")
    second_try = visitor.text("+1 202 555 0143")
    assert "doesn't look like a UK phone number" in second_try and "0121 567 8111" in second_try
    assert "When would you like the call" in visitor.text("0121 567 8111")


def test_bad_times_get_the_hours(stack: Stack, visitor: Visitor) -> None:
    visitor.text("book a consultation")
    visitor.text("Priya")
    visitor.text(PHONE)
    assert "Monday to Friday" in visitor.text("sunday morning")
    assert "Monday to Friday" in visitor.text("monday at 11pm")
    assert "health information" in visitor.text("monday afternoon")


def test_cancel_stores_and_sends_nothing(stack: Stack, visitor: Visitor) -> None:
    visitor.text("I'd like to book an appointment")
    visitor.text("Alex")
    assert "nothing has been stored" in visitor.text("never mind, cancel")
    time.sleep(2)
    assert payloads_for(stack, visitor.sender) == []


def test_no_consent_stores_nothing_and_gives_the_phone_number(stack: Stack, visitor: Visitor) -> None:
    visitor.text("please call me back")
    visitor.text("Chris")
    options = visitor.say(PHONE)
    assert "Do you agree" in visitor.text([b for r in options for b in r["buttons"]][0]["payload"])
    answer = visitor.text("no")  # no consent: no note is asked for, nothing is stored
    assert "haven't stored" in answer and "0121 567 8111" in answer
    assert "adviser to know" not in answer


def test_faq_and_safety_questions_in_the_middle_of_the_form(stack: Stack, visitor: Visitor) -> None:
    visitor.text("I want a callback")
    answer = visitor.text("are milia contagious?")
    assert "not contagious" in answer and "name" in answer
    warning = visitor.text("can I squeeze the ones on my eyelid myself?")
    assert "qualified practitioner" in warning and "name" in warning
    assert "phone number" in visitor.text("Robin")


def test_change_my_number_at_the_read_back(stack: Stack, visitor: Visitor) -> None:
    book(visitor, phone="07400 111222")
    assert "phone number" in visitor.text("change my number")
    readback = visitor.text("07400 333444")
    assert "07400 333444" in readback and "Shall I send" in readback
