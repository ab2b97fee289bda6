"""The staff console end to end, in Debian's Chromium, against the real stack (tests/e2e/conftest.py).

The console is started as staff start it (``python -m milia.console``) on a free 127.0.0.1 port,
reading the e2e stack's tracker store and outbox, with its own temporary accounts database, a
STAFF_SECRET, and the e2e Rasa server's URL and API token. It runs from a temporary copy of the
project: the console writes the files next to its own code (knowledge/faq/*.yml on an inbox
assignment or a saved topic), so the copy takes those writes and the repository is never touched
(checked at the end). An admin is created with ``python -m milia.console.user_cli``.

Visitors talk to the assistant over REST first: one message it does not understand (for the
inbox), one emergency (an alert on every page) and a callback request (the outbox). Then, in the
browser: log in; the dashboard; the inbox, assigning that message to a topic; the conversations
and one transcript; the topics, a new topic refused with each error beside its field, then saved
with a source quote ticked from the clinic's page; the callback requests; Train & deploy (looked
at only: training takes minutes and is covered by tests/console with stand-in commands); the audit
log, which lists the login, the assignment and the topic; log out.

Every page gets an axe-core audit (axe-playwright-python) on the WCAG 2.0/2.1/2.2 A and AA rules
and must have no violation; the axe JSON goes to reports/accessibility/console-*.json and a
screenshot of each page to reports/screenshots/console-*.png.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import subprocess
import urllib.request
from pathlib import Path
from types import SimpleNamespace
from typing import Dict, Iterator

import pytest
import yaml
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from ops.services import ROOT, staff_console
from tests.e2e import test_widget as widget
from tests.e2e.conftest import Stack, Visitor, free_port
from tests.e2e.test_callback_e2e import book
from tests.e2e.test_staff_loop_e2e import copy_repo, wait_http

pytestmark = pytest.mark.e2e

guard = widget.guard
new_page = widget.new_page

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
REPORTS = ROOT / "reports" / "accessibility"
SCREENSHOTS = widget.SCREENSHOTS
DESKTOP = {"width": 1280, "height": 800}
ADMIN = "morgan"
PASSWORD = "a long staff password 42"
TOPIC = "grit_e2e"  # a new topic, written only into the copy (the same one tests/console adds)
QUOTE = "almost like a small piece of grit under the skin"  # part of the passage ticked as the source
ANSWER = "Unlike a pimple or spot, milia feel quite hard, almost like a small piece of grit under the skin."
EXAMPLES = ["why do milia feel so hard", "they feel like grit under my skin", "why are these bumps rock hard",
            "is it normal that milia feel gritty", "hard little lump under the skin like sand",
            "why does it feel like a grain of sand", "my bump is firm not soft, why", "why are they solid",
            "they are hard to the touch", "feels like a tiny stone in my skin"]


def fingerprint(folder: Path) -> Dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def nonsense() -> str:
    """A message no model understands, different on every run, without digits (a message with
    a number may be a phone number, which the inbox leaves out)."""
    letters = "".join(chr(ord("a") + b % 26) for b in secrets.token_bytes(6))
    return f"glorptastic wibbleflonk {letters}"


@pytest.fixture(scope="module")
def console(stack: Stack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimpleNamespace]:
    if not hasattr(stack, "tracker_db_url"):
        pytest.skip("the staff console needs the real stack (not WIDGET_FAKE_RASA)")
    work = tmp_path_factory.mktemp("console")
    project = work / "project"
    copy_repo(project)
    port = free_port()
    env = {k: v for k, v in stack.env.items() if k not in ("PYTHONPATH", "CLINIC_SETTINGS")}
    env.update({
        "PYTHONPATH": str(project),  # `python -m milia.console` in the copy imports the copy
        "STAFF_HOST": "127.0.0.1",
        "STAFF_PORT": str(port),
        "STAFF_SECRET": secrets.token_urlsafe(32),
        "STAFF_DB_URL": f"sqlite:///{work}/staff.db",
        "TRACKER_DB_URL": stack.tracker_db_url,
        "OUTBOX_DB_URL": stack.outbox_db_url,
        "RASA_URL": stack.rasa_url,
        "RASA_API_TOKEN": stack.rasa_api_token,
    })
    service = staff_console(env)
    env = service.environment(env)
    created = subprocess.run([service.argv[0], "-m", "milia.console.user_cli", ADMIN, "admin", "--password-stdin"],
                             cwd=project, env=env, input=PASSWORD + "\n", capture_output=True, text=True, timeout=60)
    assert created.returncode == 0, created.stderr
    assert PASSWORD not in created.stdout + created.stderr
    log = open(work / "console.log", "wb")
    process = subprocess.Popen(service.argv, cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT,
                               start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http(url + "/health", process, timeout=60)
        yield SimpleNamespace(url=url, project=project, log=work / "console.log")
    finally:
        if process.poll() is None:
            os.killpg(process.pid, 15)
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, 9)
                process.wait()
        log.close()


def audit(page, name: str) -> None:
    """axe on the whole page (no violation of the WCAG A/AA rules), its JSON and a screenshot."""
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS},
                                       "resultTypes": ["violations"]})
    REPORTS.mkdir(parents=True, exist_ok=True)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    results.save_to_file(REPORTS / f"console-{name}.json")
    page.screenshot(path=str(SCREENSHOTS / f"console-{name}.png"), full_page=True)
    assert results.violations_count == 0, f"{name}: {results.generate_report()}"


def test_the_audit_sees_the_console(new_page, console: SimpleNamespace) -> None:
    """Under the console's Content-Security-Policy axe runs and reports a button with no name."""
    page = new_page(viewport=DESKTOP)
    page.goto(console.url + "/login")
    page.evaluate("() => document.querySelector('main').appendChild(document.createElement('button'))")
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    assert [v["id"] for v in results.response["violations"]] == ["button-name"]


def test_staff_console_in_the_browser(new_page, guard, stack: Stack, console: SimpleNamespace) -> None:
    guard.allow_console(r"status of 400 \(Bad Request\) @ \S+/topics/new$")  # the refused topic, on purpose
    repo_before = fingerprint(ROOT / "knowledge")
    # What visitors did first, over REST.
    unclear = nonsense()
    lost = Visitor(stack)
    lost.text(unclear)
    Visitor(stack).say("the needle slipped and went into my eye")  # an emergency reply: an alert
    booker = Visitor(stack)
    book(booker, name="Quentin Blake", phone="07400 246813")
    assert "request is in" in booker.text("yes")

    page = new_page(viewport=DESKTOP)

    # Log in (the login page first, audited too).
    page.goto(console.url + "/")
    expect(page).to_have_url(re.compile(r"/login\?next="))
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()
    audit(page, "login")
    page.get_by_label("Name").fill(ADMIN)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()

    # The dashboard, with the alert from the emergency above.
    expect(page.get_by_role("heading", name="Dashboard", level=1)).to_be_visible()
    expect(page.get_by_text(f"{ADMIN} (admin)")).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile(r"Needs attention"))).to_be_visible()
    expect(page.locator(".summary")).to_contain_text(re.compile(r"[1-9]\d* conversation"))
    expect(page.locator("svg.chart").first).to_be_visible()
    audit(page, "dashboard")

    # The inbox: the message nobody understood, assigned to a topic.
    page.get_by_role("navigation", name="Console").get_by_role("link", name="Inbox").click()
    expect(page.get_by_role("heading", name="Inbox", level=1)).to_be_visible()
    row = page.get_by_role("row").filter(has_text=unclear)
    expect(row).to_have_count(1)
    audit(page, "inbox")
    row.get_by_role("combobox").select_option("contact")
    row.get_by_role("button", name="Assign").click()
    expect(page.get_by_role("status")).to_contain_text("Added to topic contact")
    expect(page.get_by_role("row").filter(has_text=unclear)).to_have_count(0)
    examples = yaml.safe_load((console.project / "knowledge" / "faq" / "contact.yml").read_text())["examples"]
    assert unclear in examples, "the copy's topic file has the new example"
    audit(page, "inbox-assigned")

    # Conversations, and the transcript of the one with the unclear message.
    page.get_by_role("navigation", name="Console").get_by_role("link", name="Conversations").click()
    expect(page.get_by_role("heading", name="Conversations", level=1)).to_be_visible()
    audit(page, "conversations")
    page.locator(f'main a[href="/conversations/{lost.sender}"]').click()  # from the list
    expect(page.get_by_role("heading", name=re.compile("Conversation"), level=1)).to_contain_text(lost.sender)
    visitor_line = page.locator(".transcript li.visitor").filter(has_text=unclear)
    expect(visitor_line).to_contain_text("intent")
    audit(page, "transcript")
    page.goto(f"{console.url}/conversations/{booker.sender}")
    transcript = page.locator(".transcript")
    expect(transcript).to_contain_text("[redacted]")
    for secret in ("Quentin", "Blake", "07400 246813", "246813"):
        expect(transcript).not_to_contain_text(secret)

    # Topics: the list, a new topic refused with each error beside its field, then saved.
    page.get_by_role("navigation", name="Console").get_by_role("link", name="Topics").click()
    expect(page.get_by_role("heading", name="Topics", level=1)).to_be_visible()
    expect(page.get_by_role("link", name="contact", exact=True)).to_be_visible()
    audit(page, "topics")
    page.get_by_role("link", name="Add a topic").click()
    expect(page.get_by_role("heading", name="New topic")).to_be_visible()
    audit(page, "topic-new")
    form = page.locator("form.topic-form")
    form.get_by_label(re.compile("^Topic id")).fill(TOPIC)
    form.get_by_label("Button text").fill("Why are they hard?")
    form.get_by_label("Answer", exact=True).fill(ANSWER)
    form.get_by_label(re.compile("^Example questions")).fill("\n".join(EXAMPLES[:4]))  # too few, and no title
    form.locator("label.passage").filter(has_text=QUOTE).get_by_role("checkbox").check()
    form.get_by_role("button", name="Check and save").click()
    expect(page.get_by_role("alert")).to_contain_text("Not saved")
    title, examples_box = form.get_by_label("Question this topic answers"), form.get_by_label(re.compile("^Example"))
    for box, error in ((title, "'title:' is missing"), (examples_box, "only 4 different example questions")):
        expect(box).to_have_attribute("aria-invalid", "true")  # and the error is read with the field
        expect(box).to_have_accessible_description(re.compile(re.escape(error)))
        expect(box.locator("xpath=following-sibling::*[1]")).to_contain_text(error)  # shown right under it
    expect(form.get_by_label("Button text")).not_to_have_attribute("aria-invalid", "true")
    assert not (console.project / "knowledge" / "faq" / f"{TOPIC}.yml").exists(), "a refused topic was written"
    audit(page, "topic-errors")

    title.fill("Why do milia feel hard?")
    examples_box.fill("\n".join(EXAMPLES))
    expect(form.locator("label.passage").filter(has_text=QUOTE).get_by_role("checkbox")).to_be_checked()
    form.get_by_role("button", name="Check and save").click()
    expect(page.get_by_role("heading", name="Topics", level=1)).to_be_visible(timeout=120_000)
    saved = yaml.safe_load((console.project / "knowledge" / "faq" / f"{TOPIC}.yml").read_text(encoding="utf-8"))
    assert [str(e) for e in saved["examples"]] == EXAMPLES and QUOTE in " ".join(saved["source"].split())
    page.get_by_role("link", name=TOPIC, exact=True).click()
    expect(page.get_by_role("heading", name=f"Topic {TOPIC}")).to_be_visible()
    audit(page, "topic-edit")

    # Callback requests: the one booked above, name and number never in full.
    page.get_by_role("navigation", name="Console").get_by_role("link", name="Callback requests").click()
    expect(page.get_by_role("heading", name="Callback requests", level=1)).to_be_visible()
    table = page.locator("main table")
    expect(table).to_contain_text(re.compile(r"pending|delivered"))
    for secret in ("Quentin", "Blake", "07400 246813", "7400246813"):
        expect(table).not_to_contain_text(secret)
    audit(page, "callbacks")

    # Train & deploy: looked at, not run (training takes minutes; tests/console runs stand-ins).
    page.get_by_role("navigation", name="Console").get_by_role("link", name="Train & deploy").click()
    expect(page.get_by_role("heading", name="Train & deploy", level=1)).to_be_visible()
    expect(page.get_by_role("button", name="Train")).to_be_visible()
    expect(page.get_by_text("started without RASA_API_TOKEN")).to_have_count(0)  # it has the stack's token
    audit(page, "models")

    # The audit log lists the login, the assignment and the new topic.
    page.get_by_role("navigation", name="Console").get_by_role("link", name="Audit log").click()
    expect(page.get_by_role("heading", name="Audit log", level=1)).to_be_visible()
    log = page.locator("main table tbody")
    expect(log.get_by_role("row").filter(has_text="logged in").filter(has_text=ADMIN)).to_have_count(1)
    expect(log.get_by_role("row").filter(has_text="inbox labelled faq_contact").filter(has_text=unclear)
           ).to_have_count(1)
    expect(log.get_by_role("row").filter(has_text="topic added").filter(has_text=TOPIC)).to_have_count(1)
    expect(log.get_by_role("row").filter(has_text="account created").filter(has_text="(terminal)")).to_have_count(1)
    audit(page, "audit")

    # Log out: back to the login page, and the console is closed again.
    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()
    page.goto(console.url + "/audit")
    expect(page).to_have_url(re.compile(r"/login\?next="))

    assert fingerprint(ROOT / "knowledge") == repo_before, "the console wrote into the repository"
    with urllib.request.urlopen(console.url + "/health", timeout=5) as resp:
        assert resp.status == 200
