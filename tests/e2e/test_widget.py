"""Browser tests for the clinic page and the chat widget (Playwright, Chromium).

They run against the real servers through the session fixture ``stack``
(tests/e2e/conftest.py): ``stack.web_url``, ``stack.rasa_url``,
``stack.stop_rasa()``, ``stack.start_rasa()``.

With WIDGET_FAKE_RASA=1 this module brings its own ``stack`` instead: the page
server plus the stdlib fake in fake_rasa.py (for iterating on the widget
without a trained model).

Every test fails on a console error, an uncaught page error, or a request to
any host other than localhost / 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from playwright.sync_api import expect

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "reports" / "screenshots"
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}
ANSWER_MS = 30_000  # the real bot on 2 shared cores can be slow
RECOVER_MS = 60_000

LAUNCHER = re.compile(r"Ask about milia")
BOT = ".milia-msg--bot"
USER = ".milia-msg--user"
USER_TEXT = ".milia-msg--user .milia-bubble"
STORAGE_KEY = "milia-assistant:v1"

def clinic() -> dict:
    path = os.environ.get("CLINIC_SETTINGS") or ROOT / "clinic.yml"
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


# --------------------------------------------------------------- fake stack

if os.environ.get("WIDGET_FAKE_RASA") == "1":
    from tests.e2e.fake_rasa import FakeRasa

    def _free_port() -> int:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            return s.getsockname()[1]

    class _FakeStack:
        def __init__(self) -> None:
            self.rasa = FakeRasa(_free_port())
            self.rasa.start()
            self.rasa_url = self.rasa.url
            port = _free_port()
            self.web_url = f"http://127.0.0.1:{port}"
            env = dict(os.environ, WEB_PORT=str(port), RASA_URL=self.rasa_url, WEB_QUIET="1")
            self.web = subprocess.Popen(
                [sys.executable, str(ROOT / "web" / "serve.py")], env=env, cwd=ROOT
            )
            deadline = time.monotonic() + 15
            while True:
                try:
                    urllib.request.urlopen(self.web_url + "/health", timeout=1)
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.1)

        def stop_rasa(self) -> None:
            self.rasa.stop()

        def start_rasa(self) -> None:
            time.sleep(3)  # like the real one, it takes a while to come back
            self.rasa.start()

        def close(self) -> None:
            self.rasa.stop()
            self.web.terminate()
            self.web.wait(10)

    @pytest.fixture(scope="session")
    def stack():
        fake = _FakeStack()
        yield fake
        fake.close()


# ---------------------------------------------------------------- browser
# `browser` (Debian's Chromium) is in conftest.py: one for every browser test module.


class Guard:
    """Collects console errors, page errors and requests that leave the machine."""

    def __init__(self) -> None:
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.foreign_requests: list[str] = []
        self.allowed: list[re.Pattern] = []

    def allow_console(self, pattern: str) -> None:
        self.allowed.append(re.compile(pattern))

    def on_console(self, msg) -> None:
        if msg.type != "error":
            return
        where = (msg.location or {}).get("url", "")
        text = f"{msg.text} @ {where}"
        if not any(p.search(text) for p in self.allowed):
            self.console_errors.append(text)

    def on_route(self, route) -> None:
        url = route.request.url
        host = urlsplit(url).hostname or ""
        if url.startswith(("http:", "https:", "ws:", "wss:")) and host not in LOCAL_HOSTS:
            self.foreign_requests.append(url)
            route.abort()
        else:
            route.continue_()

    def check(self) -> None:
        assert not self.foreign_requests, f"requests left the machine: {self.foreign_requests}"
        assert not self.page_errors, f"uncaught page errors: {self.page_errors}"
        assert not self.console_errors, f"console errors: {self.console_errors}"


@pytest.fixture
def guard():
    return Guard()


@pytest.fixture
def new_page(browser, guard):
    """Factory: a page in a fresh context (own localStorage), watched by guard."""
    contexts = []

    def make(**context_options):
        context = browser.new_context(**context_options)
        contexts.append(context)
        context.route("**/*", guard.on_route)
        page = context.new_page()
        page.on("console", guard.on_console)
        page.on("pageerror", lambda err: guard.page_errors.append(str(err)))
        page.set_default_timeout(ANSWER_MS)
        return page

    yield make
    for context in contexts:
        context.close()
    guard.check()


@pytest.fixture
def page(new_page):
    return new_page(viewport={"width": 1280, "height": 800})


# ---------------------------------------------------------------- helpers


def open_widget(page, stack):
    if not page.url.startswith(stack.web_url):
        page.goto(stack.web_url + "/")
    page.get_by_role("button", name=LAUNCHER).click()
    dialog = page.get_by_role("dialog", name="Milia assistant")
    expect(dialog).to_be_visible()
    return dialog


def bot_count(page) -> int:
    return page.locator(BOT).count()


def wait_for_bot_after(page, before: int, timeout: int = ANSWER_MS) -> None:
    """Wait until there are more than `before` bot messages and nothing is in flight."""
    page.wait_for_function(
        """n => document.querySelectorAll('.milia-msg--bot').length > n
              && document.querySelector('.milia-typing').hidden""",
        arg=before,
        timeout=timeout,
    )


def wait_for_greeting(page):
    wait_for_bot_after(page, 0)
    return page.locator(BOT).first


def send(page, text: str) -> None:
    before = bot_count(page)
    box = page.get_by_role("textbox", name="Your message")
    box.fill(text)
    box.press("Enter")
    wait_for_bot_after(page, before)


def replies_since(page, before: int) -> str:
    texts = page.locator(BOT).all_inner_texts()
    return "\n".join(texts[before:])


def transcript(page) -> list[str]:
    return page.locator(".milia-log .milia-msg .milia-bubble").all_inner_texts()


def ask_contagious(page) -> str:
    before = bot_count(page)
    send(page, "are milia contagious?")
    return replies_since(page, before)


# ------------------------------------------------------------------ tests


def test_page_headers_and_health(stack):
    with urllib.request.urlopen(stack.web_url + "/health", timeout=5) as res:
        assert res.status == 200
    with urllib.request.urlopen(stack.web_url + "/", timeout=5) as res:
        headers = res.headers
        body = res.read().decode()
    csp = headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    rasa = urlsplit(stack.rasa_url)
    assert f"{rasa.scheme}://{rasa.netloc}" in csp.split("connect-src", 1)[1].split(";")[0]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Content-Type"].startswith("text/html")
    settings = clinic()
    assert settings["phone"] in body
    scripts = re.findall(r"<script\b[^>]*>", body)
    assert scripts == [f'<script src="/widget.js" data-server="{stack.rasa_url.rstrip("/")}" defer>']
    with urllib.request.urlopen(stack.web_url + "/widget.js", timeout=5) as res:
        assert res.headers["Content-Type"].startswith("text/javascript")
    for path in ("/%2e%2e/clinic.yml", "/../clinic.yml", "/serve.py", "/nope.html"):
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(stack.web_url + path, timeout=5)
        assert err.value.code == 404, path


def test_open_widget_shows_greeting(page, stack):
    page.goto(stack.web_url + "/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Milia")
    expect(page.locator("body")).to_contain_text(clinic()["phone"])
    launcher = page.get_by_role("button", name=LAUNCHER)
    box = launcher.bounding_box()
    assert box["x"] > 1280 / 2 and box["y"] > 800 / 2, "launcher should sit bottom-right"

    open_widget(page, stack)
    expect(page.get_by_role("textbox", name="Your message")).to_be_focused()
    greeting = wait_for_greeting(page)
    expect(greeting).to_contain_text(re.compile("assistant", re.I))
    privacy = greeting.locator(f'a[href="{clinic()["privacy_url"]}"]')
    expect(privacy).to_have_count(1)
    # The silent /greet is never shown as the visitor's message.
    expect(page.locator(USER)).to_have_count(0)
    assert "/greet" not in " ".join(transcript(page))


def test_answers_are_milia_contagious(page, stack):
    open_widget(page, stack)
    wait_for_greeting(page)
    answer = ask_contagious(page)
    assert "contagious" in answer.lower()
    expect(page.locator(USER_TEXT).last).to_have_text(re.compile("are milia contagious"))
    expect(page.locator(".milia-quick").first).to_be_visible()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "desktop.png"))


def test_quick_reply_sends_payload_and_shows_title(page, stack):
    open_widget(page, stack)
    wait_for_greeting(page)
    ask_contagious(page)
    quick = page.locator(".milia-quick").first
    title = quick.inner_text()
    old_button = quick.element_handle()
    before = bot_count(page)
    quick.click()
    expect(page.locator(USER_TEXT).last).to_have_text(title)
    wait_for_bot_after(page, before)
    assert replies_since(page, before).strip()
    # The visitor answered, so the old quick replies are gone.
    assert not old_button.evaluate("el => el.isConnected")


CONTRAST_JS = """
(selectors) => {
  const rgb = s => s.match(/[\\d.]+/g).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map(v => {
      v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }).reduce((acc, v, i) => acc + v * [0.2126, 0.7152, 0.0722][i], 0);
  const background = el => {
    for (; el; el = el.parentElement) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c.length < 4 || c[3] > 0) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const out = {};
  for (const sel of selectors) {
    const el = document.querySelector(sel);
    if (!el) { out[sel] = null; continue; }
    const a = lum(rgb(getComputedStyle(el).color).slice(0, 3)), b = lum(background(el));
    out[sel] = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }
  return out;
}
"""


def test_text_colours_pass_wcag_aa(page, stack):
    page.goto(stack.web_url + "/")
    launcher_ratio = page.evaluate(CONTRAST_JS, [".milia-launcher"])
    open_widget(page, stack)
    wait_for_greeting(page)
    ask_contagious(page)
    page.get_by_role("textbox", name="Your message").fill("a" * 450)
    selectors = [
        ".milia-title", ".milia-note", ".milia-header-btn", ".milia-msg--bot .milia-bubble",
        ".milia-msg--user .milia-bubble", ".milia-link", ".milia-quick", ".milia-input",
        ".milia-counter",
    ]
    ratios = {**launcher_ratio, **page.evaluate(CONTRAST_JS, selectors)}
    missing = [sel for sel, r in ratios.items() if r is None]
    assert not missing, f"not on the page: {missing}"
    print("contrast ratios:", {sel: round(r, 2) for sel, r in ratios.items()})
    low = {sel: round(r, 2) for sel, r in ratios.items() if r < 4.5}
    assert not low, f"contrast below 4.5:1: {low}"


def test_conversation_survives_reload(page, stack):
    open_widget(page, stack)
    wait_for_greeting(page)
    ask_contagious(page)
    before = transcript(page)
    sender = page.evaluate(f"JSON.parse(localStorage.getItem('{STORAGE_KEY}')).sender")
    assert re.fullmatch(r"[0-9a-f-]{32,36}", sender)

    page.reload()
    open_widget(page, stack)
    expect(page.locator(".milia-log .milia-msg")).to_have_count(len(before))
    assert transcript(page) == before
    assert page.evaluate(f"JSON.parse(localStorage.getItem('{STORAGE_KEY}')).sender") == sender
    # Reopening an existing conversation does not greet again.
    page.wait_for_timeout(500)
    assert transcript(page) == before


def test_phone_viewport_fills_screen(new_page, stack):
    page = new_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page.goto(stack.web_url + "/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    dialog = open_widget(page, stack)
    wait_for_greeting(page)
    ask_contagious(page)
    box = dialog.bounding_box()
    assert abs(box["x"]) <= 1 and abs(box["y"]) <= 1
    assert abs(box["width"] - 390) <= 1 and abs(box["height"] - 844) <= 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.evaluate(
        "(() => { const s = document.querySelector('.milia-scroller');"
        " return s.scrollWidth <= s.clientWidth; })()"
    )
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "phone.png"))


def test_keyboard_only_conversation(page, stack):
    page.goto(stack.web_url + "/")
    launcher = page.get_by_role("button", name=LAUNCHER)
    for _ in range(40):
        page.keyboard.press("Tab")
        if launcher.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the chat launcher")
    page.keyboard.press("Enter")
    box = page.get_by_role("textbox", name="Your message")
    expect(box).to_be_focused()
    wait_for_greeting(page)

    before = bot_count(page)
    page.keyboard.type("are milia contagious?")
    page.keyboard.press("Enter")
    wait_for_bot_after(page, before)
    assert "contagious" in replies_since(page, before).lower()

    # The quick replies sit just above the input: Shift+Tab reaches them.
    for _ in range(6):
        page.keyboard.press("Shift+Tab")
        if page.evaluate("document.activeElement.classList.contains('milia-quick')"):
            break
    else:
        pytest.fail("keyboard never reached a quick reply")
    title = page.evaluate("document.activeElement.textContent")
    before = bot_count(page)
    page.keyboard.press("Enter")
    wait_for_bot_after(page, before)
    expect(page.locator(USER_TEXT).last).to_have_text(title)
    expect(box).to_be_focused()

    page.keyboard.press("Escape")
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(launcher).to_be_focused()


def test_message_is_rendered_as_text_not_html(page, stack):
    open_widget(page, stack)
    wait_for_greeting(page)
    attack = "<img src=x onerror=window.__xss=1>"
    send(page, attack)
    expect(page.locator(USER).last.locator(".milia-bubble")).to_have_text(attack)
    assert page.locator(".milia-root img").count() == 0
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__xss") == "undefined"


def test_bot_text_links_are_built_safely(page, stack):
    """A crafted bot reply: links become <a>, everything else stays text."""
    crafted = [{
        "recipient_id": "x",
        "text": "See [our privacy notice](/privacy.html), https://example.org/page. "
                "[bad](javascript:window.__xss=3) <b>bold?</b> **really** 24/7 and/or",
        "buttons": [{"title": "<img src=x onerror=window.__xss=2>", "payload": "/greet"}],
    }]

    def fake_webhook(route):
        route.fulfill(
            status=200,
            content_type="application/json",
            headers={"Access-Control-Allow-Origin": "*"},
            body=json.dumps(crafted),
        )

    page.route(stack.rasa_url + "/webhooks/rest/webhook", fake_webhook)
    open_widget(page, stack)
    bubble = wait_for_greeting(page).locator(".milia-bubble")
    links = bubble.locator("a")
    expect(links).to_have_count(2)
    assert links.nth(0).get_attribute("href") == "/privacy.html"
    expect(links.nth(0)).to_contain_text("our privacy notice")
    assert links.nth(1).get_attribute("href") == "https://example.org/page"
    assert links.nth(1).get_attribute("rel") == "noopener noreferrer"
    expect(bubble).to_contain_text("bad <b>bold?</b>")
    expect(bubble.locator("strong")).to_have_text("really")
    assert bubble.locator("b, img, script").count() == 0
    quick = page.locator(".milia-quick")
    expect(quick).to_have_text("<img src=x onerror=window.__xss=2>")
    quick.click()
    page.wait_for_timeout(300)
    assert page.locator(".milia-root img").count() == 0
    assert page.evaluate("typeof window.__xss") == "undefined"


def test_input_limit_and_counter(page, stack):
    open_widget(page, stack)
    wait_for_greeting(page)
    box = page.get_by_role("textbox", name="Your message")
    counter = page.locator(".milia-counter")
    box.fill("a" * 399)
    expect(counter).to_be_hidden()
    box.fill("a" * 450)
    expect(counter).to_be_visible()
    expect(counter).to_contain_text("450 / 500")
    box.fill("")
    page.keyboard.insert_text("c" * 520)  # pasting past the limit is capped
    assert len(box.input_value()) == 500
    expect(counter).to_contain_text("limit reached")


def test_start_over(page, stack):
    open_widget(page, stack)
    wait_for_greeting(page)
    greeting = transcript(page)
    ask_contagious(page)
    old_sender = page.evaluate(f"JSON.parse(localStorage.getItem('{STORAGE_KEY}')).sender")

    page.get_by_role("button", name=re.compile("Start over")).click()
    expect(page.locator(USER)).to_have_count(0)
    wait_for_greeting(page)
    expect(page.locator(".milia-log .milia-msg")).to_have_count(len(greeting))
    state = page.evaluate(f"JSON.parse(localStorage.getItem('{STORAGE_KEY}'))")
    assert state["sender"] != old_sender
    assert all(e["from"] == "bot" for e in state["history"])
    assert state["outbox"] == []


def test_server_down_then_recovers(page, guard, stack):
    # While Rasa is down the browser itself logs the refused connections.
    guard.allow_console(r"net::ERR_CONNECTION_REFUSED.*@ " + re.escape(stack.rasa_url))
    guard.allow_console(r"Failed to load resource.*@ " + re.escape(stack.rasa_url))
    open_widget(page, stack)
    wait_for_greeting(page)
    before = bot_count(page)

    stack.stop_rasa()
    try:
        box = page.get_by_role("textbox", name="Your message")
        box.fill("are milia contagious?")
        box.press("Enter")
        status = page.locator(".milia-status")
        expect(status).to_contain_text("can't reach", timeout=ANSWER_MS)
        expect(page.locator(".milia-pending")).to_be_visible()
        ratios = page.evaluate(CONTRAST_JS, [".milia-status", ".milia-pending"])
        assert all(r >= 4.5 for r in ratios.values()), ratios
        expect(page.locator(USER_TEXT).last).to_contain_text("are milia contagious?")
    finally:
        stack.start_rasa()

    expect(status).to_contain_text("Reconnected", timeout=RECOVER_MS)
    assert page.evaluate(CONTRAST_JS, [".milia-status"])[".milia-status"] >= 4.5
    wait_for_bot_after(page, before, timeout=RECOVER_MS)
    assert "contagious" in replies_since(page, before).lower()
    expect(page.locator(".milia-pending")).to_have_count(0)
