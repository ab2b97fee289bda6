"""The whole staff loop in the console, in Debian's Chromium: add a topic, train, read the gate's
table, deploy, ask the new question in the visitor widget, roll back, read the audit log.

Everything runs from a temporary copy of the project (tests/e2e/test_staff_loop_e2e.copy_repo), so
the training, the new model and the topic file never touch the repository: its own action server,
Rasa server (HTTP API on, behind a token that nobody types), page server for the widget, and staff
console, each on a free 127.0.0.1 port. The two waits that staff feel are timed and written to
reports/console-loop.json: from clicking Train to the gate's table, and from clicking Deploy to the
new answer in the widget.
"""

from __future__ import annotations

import json
import re
import secrets
import subprocess
import time
import urllib.request
from types import SimpleNamespace
from typing import Dict, Iterator

import pytest
import yaml
from playwright.sync_api import expect

from ops.services import ROOT, services, staff_console
from tests.e2e import test_widget as widget
from tests.e2e.test_console_e2e import ADMIN, ANSWER, EXAMPLES, PASSWORD, QUOTE, audit
from tests.e2e.test_staff_loop_e2e import copy_env, fresh_copy, start_in, stop

pytestmark = pytest.mark.e2e

guard = widget.guard
new_page = widget.new_page

TOPIC = "hard_bumps"
NEW_QUESTION = "why are the white bumps under my skin so hard, like grit?"  # not one of the examples
TRAIN_MS = 15 * 60_000  # training and the gate, on 2 shared cores
JOB_MS = 3 * 60_000
TIMINGS = ROOT / "reports" / "console-loop.json"


@pytest.fixture(scope="module")
def loop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimpleNamespace]:
    """The assistant and the console, both from one copy of the project, as `make run` starts them."""
    work, project = fresh_copy(tmp_path_factory, "console-loop")
    env = copy_env(work, project, "STAFF_PORT")
    env.update({
        "STAFF_DB_URL": f"sqlite:///{work}/staff.db",
        "STAFF_HOST": "127.0.0.1",
        "STAFF_SECRET": secrets.token_urlsafe(32),
        "RASA_URL": f"http://localhost:{env['RASA_PORT']}",  # the page's origin is localhost too
        "RASA_API_TOKEN": secrets.token_urlsafe(24),
    })
    found = services(env, model=str(project / "models" / "milia.tar.gz"))
    staff = staff_console(env)
    created = subprocess.run([staff.argv[0], "-m", "milia.console.user_cli", ADMIN, "admin", "--password-stdin"],
                             cwd=project, env=staff.environment(env), input=PASSWORD + "\n",
                             capture_output=True, text=True, timeout=60)
    assert created.returncode == 0, created.stderr
    logs = work / "logs"
    logs.mkdir()
    running = start_in(project, [found["actions"], found["web"], staff, found["rasa"]], env, logs)
    try:
        yield SimpleNamespace(project=project, logs=logs, web_url=f"http://localhost:{env['WEB_PORT']}",
                              console_url=f"http://127.0.0.1:{env['STAFF_PORT']}")
    finally:
        stop(running)


def ask_in_widget(new_page, loop: SimpleNamespace, question: str) -> str:
    """A new visitor (a fresh browser context) opens the widget and asks one question."""
    page = new_page(viewport={"width": 1280, "height": 800})
    page.goto(loop.web_url + "/")
    widget.open_widget(page, SimpleNamespace(web_url=loop.web_url))
    widget.wait_for_greeting(page)
    before = widget.bot_count(page)
    widget.send(page, question)
    return widget.replies_since(page, before)


def run_job(page, button: str, timeout: int) -> str:
    """Click one of the Train & deploy buttons, follow the job's page until it finishes; its result."""
    page.get_by_role("navigation", name="Console").get_by_role("link", name="Train & deploy").click()
    page.get_by_role("button", name=button, exact=True).click()
    expect(page.get_by_role("heading", name=re.compile(rf"^{button} – job \d+"), level=1)).to_be_visible()
    result = page.get_by_role("status").filter(has_text="Result:")
    expect(result).to_be_visible(timeout=timeout)  # the page reloads itself every 2 s until then
    return result.inner_text()


def test_train_gate_deploy_new_answer_and_roll_back(new_page, loop: SimpleNamespace) -> None:
    assert "grit" not in ask_in_widget(new_page, loop, NEW_QUESTION).lower(), "the old model knows the topic"

    page = new_page(viewport={"width": 1280, "height": 800})
    page.goto(loop.console_url + "/login")
    page.get_by_label("Name").fill(ADMIN)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Dashboard", level=1)).to_be_visible()

    # A new topic, its source quote ticked on the clinic's page.
    page.goto(loop.console_url + "/topics/new")
    form = page.locator("form.topic-form")
    form.get_by_label(re.compile("^Topic id")).fill(TOPIC)
    form.get_by_label("Question this topic answers").fill("Why do milia feel hard?")
    form.get_by_label("Button text").fill("Why are they hard?")
    form.get_by_label("Answer", exact=True).fill(ANSWER)
    form.get_by_label(re.compile("^Example questions")).fill("\n".join(EXAMPLES))
    form.locator("label.passage").filter(has_text=QUOTE).get_by_role("checkbox").check()
    form.get_by_role("button", name="Check and save").click()
    expect(page.get_by_role("heading", name="Topics", level=1)).to_be_visible(timeout=120_000)
    assert yaml.safe_load((loop.project / "knowledge" / "faq" / f"{TOPIC}.yml").read_text())["answer"]

    # Train: the progress page, then the gate's table and its verdict.
    started = time.monotonic()
    result = run_job(page, "Train", TRAIN_MS)
    train_to_table = time.monotonic() - started
    assert "promoted" in result, result
    gate = page.get_by_role("heading", name="The gate's verdict and table")
    expect(gate).to_be_visible()
    table = page.locator("pre.log").first
    expect(table).to_contain_text("Gate: PROMOTED")
    expect(table).to_contain_text(re.compile(r"contagious \(topic\) +\d+/\d+ +\d+/\d+"))  # per topic, current vs new
    audit(page, "job-train")

    # Deploy, then a new visitor asks the new question in the widget and gets the new answer.
    started = time.monotonic()
    result = run_job(page, "Deploy", JOB_MS)
    assert "deployed" in result, result
    audit(page, "job-deploy")
    answer = ask_in_widget(new_page, loop, NEW_QUESTION)
    deploy_to_answer = time.monotonic() - started
    assert ANSWER in answer, answer

    # The model history: the deploy, who did it, and where Roll back goes (the model visitors had).
    page.get_by_role("navigation", name="Console").get_by_role("link", name="Train & deploy").click()
    deployments = page.locator("main table").nth(1)
    expect(deployments.get_by_role("row").filter(has_text="(live now)")).to_contain_text(ADMIN)
    expect(deployments.get_by_role("row").filter(has_text="(Roll back goes here)")).to_have_count(1)
    audit(page, "models-deployed")

    # Roll back: visitors have the old model again.
    result = run_job(page, "Roll back", JOB_MS)
    assert "rolled back" in result, result
    assert ANSWER not in ask_in_widget(new_page, loop, NEW_QUESTION)

    # The audit log has each step, with who did it.
    page.get_by_role("navigation", name="Console").get_by_role("link", name="Audit log").click()
    log = page.locator("main table tbody")
    for what in ("topic added", "train started", "train finished", "deploy started", "deploy finished",
                 "rollback started", "rollback finished"):
        expect(log.get_by_role("row").filter(has_text=what).filter(has_text=ADMIN).first).to_be_visible()
    audit(page, "audit-loop")

    timings: Dict[str, float] = {"train_click_to_gate_table_s": round(train_to_table, 1),
                                 "deploy_click_to_new_answer_s": round(deploy_to_answer, 1)}
    TIMINGS.parent.mkdir(parents=True, exist_ok=True)
    TIMINGS.write_text(json.dumps(timings, indent=2) + "\n")
    print(f"\nconsole loop timings: {timings}")
    with urllib.request.urlopen(loop.console_url + "/health", timeout=5) as resp:
        assert resp.status == 200
    assert not (ROOT / "knowledge" / "faq" / f"{TOPIC}.yml").exists(), "the console wrote into the repository"
