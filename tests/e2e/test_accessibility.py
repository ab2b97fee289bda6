"""The page and the chat widget audited by axe-core (axe-playwright-python, which bundles it) in
Debian's Chromium, against the real servers, plus the checks axe cannot make.

axe runs on the WCAG 2.0/2.1/2.2 A and AA rules (tags below) in each state a visitor meets: the
widget closed, open, mid-conversation, its menu and delete question, the callback form, showing an
error (lost connection, a failed answer), and on a 390x844 phone. Each state must have no
violation. The results are written to reports/accessibility/ (one axe JSON per state and
summary.json) with a screenshot of each state in reports/screenshots/.

Checks axe cannot make: focus returns to the launcher when the chat closes; at 200% zoom and at
320 CSS px wide nothing needs horizontal scrolling; every control of the widget is at least
24x24 px; the lost-connection message goes into a live region that was already in the
accessibility tree (so it is announced).
"""

from __future__ import annotations

import json
import re
from typing import Any, Dict, List

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.e2e import test_widget as widget
from tests.e2e.conftest import Stack

pytestmark = pytest.mark.e2e

guard = widget.guard
new_page = widget.new_page

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
REPORTS = widget.ROOT / "reports" / "accessibility"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 3}
MIN_TARGET = 24
OFFLINE = re.compile("can't reach")


# ---------------------------------------------------------------- axe


def audit(page, state: str) -> Dict[str, Any]:
    """Run axe on the whole page; save its JSON and a screenshot; fail on any violation."""
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS},
                                       "resultTypes": ["violations"]})
    REPORTS.mkdir(parents=True, exist_ok=True)
    widget.SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    results.save_to_file(REPORTS / f"axe-{state}.json")
    page.screenshot(path=str(widget.SCREENSHOTS / f"a11y-{state}.png"))
    summary_path = REPORTS / "summary.json"
    summary = json.loads(summary_path.read_text()) if summary_path.exists() else {}
    response = results.response
    summary[state] = {
        "url": response.get("url"),
        "axe": response.get("testEngine", {}).get("version"),
        "tags": WCAG_TAGS,
        "viewport": page.viewport_size,
        "violations": results.violations_count,
        "rules_passed": len(response.get("passes", [])),
        "incomplete": len(response.get("incomplete", [])),
    }
    # axe leaves text over other elements (the fixed panel lies over the page) "incomplete":
    # its contrast is computed here instead, from the element's own and its ancestors' colours.
    unsure = [node["target"][0] for rule in response.get("incomplete", []) if rule["id"] == "color-contrast"
              for node in rule["nodes"] if isinstance(node["target"][0], str)]
    ratios = page.evaluate(widget.CONTRAST_JS, unsure) if unsure else {}
    summary[state]["contrast_computed_here"] = {sel: round(r, 2) for sel, r in ratios.items() if r is not None}
    summary_path.write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n")
    assert results.violations_count == 0, results.generate_report()
    assert all(r is not None and r >= 4.5 for r in ratios.values()), ratios
    return response


def rasa_anything(stack: Stack) -> "re.Pattern[str]":
    """Every request to the Rasa server (re.compile caches: the same object for unroute)."""
    return re.compile(re.escape(stack.rasa_url) + "/.*")


def start_chat(page, stack: Stack):
    dialog = widget.open_widget(page, stack)
    widget.wait_for_greeting(page)
    return dialog


def test_the_audit_finds_a_violation_when_there_is_one(new_page, stack: Stack) -> None:
    """The audit is not vacuous here: under this page's Content-Security-Policy axe runs and
    reports a button with no name."""
    page = new_page(viewport=DESKTOP)
    page.goto(stack.web_url + "/")
    page.evaluate("() => document.querySelector('main').appendChild(document.createElement('button'))")
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    assert [v["id"] for v in results.response["violations"]] == ["button-name"]


def test_axe_widget_closed_and_open(new_page, stack: Stack) -> None:
    page = new_page(viewport=DESKTOP)
    page.goto(stack.web_url + "/")
    expect(page.get_by_role("button", name=widget.LAUNCHER)).to_be_visible()
    audit(page, "closed")
    start_chat(page, stack)
    audit(page, "open")


def test_axe_mid_conversation_menu_and_delete_question(new_page, stack: Stack) -> None:
    page = new_page(viewport=DESKTOP)
    start_chat(page, stack)
    widget.ask_contagious(page)
    expect(page.locator(".milia-quick").first).to_be_visible()
    audit(page, "mid-conversation")
    page.get_by_role("button", name="Menu").click()
    expect(page.get_by_role("group", name="Chat options")).to_be_visible()
    audit(page, "menu")
    page.get_by_role("button", name="Delete my conversation").click()
    expect(page.get_by_role("alertdialog")).to_be_visible()
    audit(page, "delete-question")


def test_axe_callback_form(new_page, stack: Stack) -> None:
    page = new_page(viewport=DESKTOP)
    start_chat(page, stack)
    widget.send(page, "I'd like a callback please")
    widget.send(page, "Avery Access")
    before = widget.bot_count(page)
    widget.send(page, "07400 135790")
    assert "When would you like the call" in widget.replies_since(page, before)
    expect(page.locator(".milia-quick").first).to_be_visible()  # the next free windows
    audit(page, "callback-form")


def test_axe_showing_errors(new_page, guard, stack: Stack) -> None:
    guard.allow_console(r"Failed to load resource")
    page = new_page(viewport=DESKTOP)
    start_chat(page, stack)
    # an answer that fails (HTTP 500) ...
    page.route(stack.rasa_url + "/webhooks/rest/webhook", lambda route: route.fulfill(
        status=500, body="oops", headers={"Access-Control-Allow-Origin": "*"}))
    box = page.get_by_role("textbox", name="Your message")
    box.fill("are milia contagious?")
    box.press("Enter")
    expect(page.locator(".milia-msg--system")).to_contain_text("couldn't answer")
    page.unroute(stack.rasa_url + "/webhooks/rest/webhook")
    # ... and a lost connection, with a message waiting to be sent
    page.route(rasa_anything(stack), lambda route: route.abort("connectionrefused"))
    box.fill("are milia genetic?")
    box.press("Enter")
    expect(page.get_by_role("status")).to_contain_text(OFFLINE)
    expect(page.locator(".milia-pending")).to_be_visible()
    audit(page, "error")


def test_axe_on_a_phone(new_page, stack: Stack) -> None:
    page = new_page(**PHONE)
    page.goto(stack.web_url + "/")
    audit(page, "phone-closed")
    start_chat(page, stack)
    widget.ask_contagious(page)
    audit(page, "phone-open")


# ---------------------------------------------------------------- what axe cannot check


def test_focus_returns_to_the_launcher_when_the_chat_closes(new_page, stack: Stack) -> None:
    page = new_page(viewport=DESKTOP)
    launcher = page.get_by_role("button", name=widget.LAUNCHER)
    start_chat(page, stack)
    page.get_by_role("button", name="Close chat").click()
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(launcher).to_be_focused()
    launcher.press("Enter")
    expect(page.get_by_role("textbox", name="Your message")).to_be_focused()
    page.get_by_role("button", name="Menu").click()  # Escape closes the menu first, then the chat
    page.keyboard.press("Escape")
    expect(page.get_by_role("button", name="Menu")).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(launcher).to_be_focused()


NO_HORIZONTAL_SCROLL_JS = """() => {
  const doc = document.documentElement;
  const over = el => el && el.scrollWidth > el.clientWidth + 1;
  const outside = [...document.querySelectorAll('.milia-root *')]
    .filter(el => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden')
    .filter(el => { const r = el.getBoundingClientRect(); return r.width > 0 && (r.left < -1 || r.right > innerWidth + 1); })
    .filter(el => !el.closest('.milia-sr'))
    .map(el => el.className || el.tagName);
  return {
    page: doc.scrollWidth > innerWidth + 1 || document.body.scrollWidth > innerWidth + 1,
    panel: over(document.querySelector('.milia-panel')),
    scroller: over(document.querySelector('.milia-scroller')),
    outside,
  };
}"""


@pytest.mark.parametrize("name, options", [
    ("zoom-200", {"viewport": {"width": 640, "height": 400}, "device_scale_factor": 2}),  # 1280x800 at 200%
    ("width-320", {"viewport": {"width": 320, "height": 640}}),
])
def test_no_horizontal_scrolling_at_200_percent_and_320_px(new_page, stack: Stack, name, options) -> None:
    page = new_page(**options)
    page.goto(stack.web_url + "/")
    closed = page.evaluate(NO_HORIZONTAL_SCROLL_JS)
    assert not closed["page"], f"{name}: the page scrolls sideways with the chat closed"
    start_chat(page, stack)
    widget.ask_contagious(page)
    states = {"conversation": page.evaluate(NO_HORIZONTAL_SCROLL_JS)}
    page.get_by_role("button", name="Menu").click()
    states["menu"] = page.evaluate(NO_HORIZONTAL_SCROLL_JS)
    page.get_by_role("button", name="Delete my conversation").click()
    states["delete-question"] = page.evaluate(NO_HORIZONTAL_SCROLL_JS)
    page.screenshot(path=str(widget.SCREENSHOTS / f"a11y-{name}.png"))
    for state, found in states.items():
        assert found == {"page": False, "panel": False, "scroller": False, "outside": []}, (name, state, found)


TARGETS_JS = """() => [...document.querySelectorAll(
    '.milia-root a[href], .milia-root button, .milia-root input, .milia-root [tabindex]:not([tabindex="-1"])')]
  .filter(el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
  .map(el => { const r = el.getBoundingClientRect();
               return {what: (el.getAttribute('aria-label') || el.textContent || el.className).trim().slice(0, 40),
                       width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10}; })"""


def small_targets(page) -> List[Dict[str, Any]]:
    return [t for t in page.evaluate(TARGETS_JS) if t["width"] < MIN_TARGET or t["height"] < MIN_TARGET]


@pytest.mark.parametrize("viewport", [DESKTOP, {"width": 390, "height": 844}])
def test_every_control_is_at_least_24_px(new_page, stack: Stack, viewport) -> None:
    page = new_page(viewport=viewport)
    page.goto(stack.web_url + "/")
    assert small_targets(page) == []  # the launcher
    start_chat(page, stack)  # the greeting has a link in its text
    seen = {"greeting": small_targets(page)}
    widget.ask_contagious(page)  # quick replies
    seen["quick replies"] = small_targets(page)
    page.get_by_role("button", name="Menu").click()
    seen["menu"] = small_targets(page)
    page.get_by_role("button", name="Delete my conversation").click()
    seen["delete question"] = small_targets(page)
    counted = len(page.evaluate(TARGETS_JS))
    assert counted >= 10, "the check sees the controls"
    assert seen == {state: [] for state in seen}, seen


def test_the_lost_connection_message_is_announced(new_page, guard, stack: Stack) -> None:
    """The message goes into a polite live region (role=status) that is already in the
    accessibility tree before the connection is lost, and reaches it as text."""
    guard.allow_console(r"Failed to load resource")
    page = new_page(viewport=DESKTOP)
    start_chat(page, stack)
    cdp = page.context.new_cdp_session(page)

    def live_status_nodes():
        nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
        found = []
        for node in nodes:
            if node.get("ignored") or (node.get("role") or {}).get("value") != "status":
                continue
            props = {p["name"]: (p.get("value") or {}).get("value") for p in node.get("properties", [])}
            found.append({"live": props.get("live"), "id": node.get("backendDOMNodeId")})
        return found

    before = live_status_nodes()
    assert [n["live"] for n in before] == ["polite"], before  # present (empty) before anything happens
    page.evaluate("""() => {
        window.__announced = [];
        const region = document.querySelector('.milia-status');
        new MutationObserver(() => window.__announced.push(region.textContent))
          .observe(region, {childList: true, characterData: true, subtree: true});
    }""")
    page.route(rasa_anything(stack), lambda route: route.abort("connectionrefused"))
    box = page.get_by_role("textbox", name="Your message")
    box.fill("are milia contagious?")
    box.press("Enter")
    status = page.get_by_role("status")
    expect(status).to_contain_text(OFFLINE)
    after = live_status_nodes()
    assert [n["id"] for n in after] == [n["id"] for n in before], "the same region, not a new one"
    assert any(OFFLINE.search(text) for text in page.evaluate("window.__announced"))
    assert status.get_attribute("aria-live") == "polite"

    page.unroute(rasa_anything(stack))
    expect(status).to_contain_text("Reconnected", timeout=widget.RECOVER_MS)
