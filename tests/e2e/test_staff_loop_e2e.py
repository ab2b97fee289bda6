"""The staff loop of docs/staff-guide.md, done as staff would, in a temporary copy of the repository.

The live assistant runs from the copy with the current model and an API token. Then, as in the
guide: add a topic file (opening_hours) and its test questions, `make check-data` (and fix what it
says), `make train` (the gate promotes the new model), `make deploy-model` (no restart), chat over
REST, and `make deploy-model ROLLBACK=1`.

ops.services.Service.start always runs in the main repository (cwd=ROOT), so the services are
started here with the same command lines (ops.services.services) but cwd=the copy.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path
from types import SimpleNamespace
from typing import Dict, Iterator, List, Tuple

import pytest

from milia.staff.check_data import normalise  # noqa: E402
from ops.services import ROOT, Service, services
from tests.e2e.conftest import Visitor, free_port

TOPIC = """# One FAQ topic. The file name (without .yml) is the topic id: the intent is faq_opening_hours
# and the answer is utter_faq_opening_hours. Edit this file, then run `make train`.
# The clinic's page does not list opening hours: the answer sends visitors to the phone line.
title: What are your opening hours?
button: Opening hours
# The words of the clinic's page this answer is based on (copied exactly from knowledge/source.txt).
source: >-
  Please complete the below form and select a time you would like one of our sk:n advisers to
  call you back to arrange your consultation. 0121 567 8111
answer: >-
  Our patient information doesn't list opening hours. Please call {clinic_name} on
  {clinic_phone}. Would you like a callback?
# Quick-reply buttons shown under the answer: other topic ids, or "callback".
related: [contact, callback]
examples:
  - what are your opening hours
  - when are you open
  - what time do you open
  - what time do you close on saturday
  - are you open on saturdays
  - are you open on sundays
  - what are the clinic's hours
  - when does the clinic open
  - is the clinic open today
  - are you open late on weekdays
  - opening times please
  - what days are you open
  - are you open on bank holidays
  - how late are you open
  - what hours is the clinic open
  - opening hours?
"""
HOLDOUT = """version: "3.1"
nlu:
- intent: faq_opening_hours
  examples: |
    - is the clinic open on a saturday morning
    - till what time are you open tonight
    - what are the hours of the clinic
    - when do you shut
    - are you open at the weekend
"""
NEW_ANSWER = "doesn't list opening hours"


def copy_repo(dest: Path) -> None:
    """The repository's files (tracked, plus new ones not ignored), .venv linked, the current model copied."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, check=True,
    ).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)  # keeps times: make must not think the venv is stale
    (dest / ".venv").symlink_to(ROOT / ".venv")
    (dest / "models").mkdir()
    shutil.copy2(ROOT / "models" / "milia.tar.gz", dest / "models" / "milia.tar.gz")


def make(repo: Path, env: Dict[str, str], *args: str) -> subprocess.CompletedProcess:
    started = time.monotonic()
    result = subprocess.run(["make", *args], cwd=repo, env=env, capture_output=True, text=True)
    print(f"\n$ make {' '.join(args)}   ({time.monotonic() - started:.0f} s, exit {result.returncode})\n"
          + result.stdout[-6000:])
    return result


def wait_http(url: str, process: subprocess.Popen, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, f"{url}: the process exited with {process.returncode}"
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(1)
    raise TimeoutError(url)


def fresh_copy(factory: pytest.TempPathFactory, name: str) -> Tuple[Path, Path]:
    """A new folder and a copy of the project in it (with the current model, trained if missing)."""
    if not (ROOT / "models" / "milia.tar.gz").exists():
        subprocess.run(["bash", "scripts/train.sh"], cwd=ROOT, check=True)
    work = factory.mktemp(name)
    copy_repo(work / "repo")
    return work, work / "repo"


def copy_env(work: Path, repo: Path, *names: str) -> Dict[str, str]:
    """The environment for the assistant run from ``repo``: free ports (RASA_PORT, ACTION_PORT,
    WEB_PORT, RECEIVER_PORT and ``names``), its own databases in ``work``, nothing of the caller's."""
    ports = {name: str(free_port()) for name in ("RASA_PORT", "ACTION_PORT", "WEB_PORT", "RECEIVER_PORT", *names)}
    env = {k: v for k, v in os.environ.items()
           if k not in ("TRACKER_DB_URL", "OUTBOX_DB_URL", "RASA_URL", "RASA_URLS", "WIDGET_ORIGINS", "PYTHONPATH",
                        "CLINIC_SETTINGS", "BOOKING_WEBHOOK_URL", "RASA_API_TOKEN", "MAKEFLAGS", "MAKELEVEL")}
    env.update(ports)
    env.update({
        "TRACKER_DB_URL": f"sqlite:///{work}/tracker.db",
        "OUTBOX_DB_URL": f"sqlite:///{work}/outbox.db",
        "RASA_URL": f"http://127.0.0.1:{ports['RASA_PORT']}",
        "WIDGET_ORIGINS": f"http://localhost:{ports['WEB_PORT']}",
        "PYTHONPATH": str(repo),
        "RASA_TELEMETRY_ENABLED": "false",
        "TQDM_DISABLE": "1",
    })
    return env


def start_in(repo: Path, found: List[Service], env: Dict[str, str], logs: Path) -> List[subprocess.Popen]:
    """Start each service from ``repo`` (its own log in ``logs``) and wait until each answers."""
    running: List[subprocess.Popen] = []
    for service in found:
        out = open(logs / f"{service.name}.log", "wb")
        running.append(subprocess.Popen(service.argv, cwd=repo, env=service.environment(env), stdout=out,
                                        stderr=subprocess.STDOUT, start_new_session=True))
    try:
        for service, process in zip(found, running, strict=True):
            wait_http(service.health_url, process)
    except BaseException:
        stop(running)
        raise
    return running


def stop(running: List[subprocess.Popen]) -> None:
    for process in running:
        if process.poll() is None:
            os.killpg(process.pid, 15)
    for process in running:
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, 9)
            process.wait()


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimpleNamespace]:
    work, repo = fresh_copy(tmp_path_factory, "staff")
    env = copy_env(work, repo)
    token = secrets.token_urlsafe(24)
    live_env = {**env, "RASA_API_TOKEN": token}
    found = services(live_env, model=str(repo / "models" / "milia.tar.gz"))
    assert "--enable-api" in found["rasa"].argv and f"--auth-token={token}" in found["rasa"].argv
    assert "--enable-api" not in services(env)["rasa"].argv  # no token: the API stays off
    logs = work / "logs"
    logs.mkdir()
    running = start_in(repo, [found["actions"], found["rasa"]], live_env, logs)
    try:
        yield SimpleNamespace(repo=repo, env=env, token=token, rasa_url=env["RASA_URL"], logs=logs)
    finally:
        stop(running)


def tracker_texts(live: SimpleNamespace, sender: str) -> List[str]:
    url = f"{live.rasa_url}/conversations/{sender}/tracker?token={live.token}"
    with urllib.request.urlopen(url, timeout=30) as resp:
        events = json.loads(resp.read())["events"]
    return [e.get("text") for e in events if e.get("event") == "user"]


def test_staff_add_a_topic_check_train_deploy_and_roll_back(copy: SimpleNamespace) -> None:
    repo, env = copy.repo, copy.env
    deploy_env = {**env, "RASA_API_TOKEN": copy.token}
    earlier = Visitor(copy)
    assert "not contagious" in earlier.text("are milia contagious?")
    assert NEW_ANSWER not in earlier.text("what are your opening hours?")

    # Section 2 of the guide: copy a topic file, edit every field; add test questions.
    shutil.copy(repo / "knowledge" / "faq" / "contact.yml", repo / "knowledge" / "faq" / "opening_hours.yml")
    (repo / "knowledge" / "faq" / "opening_hours.yml").write_text(TOPIC, encoding="utf-8")
    (repo / "tests" / "nlu" / "holdout_opening_hours.yml").write_text(HOLDOUT, encoding="utf-8")

    # Section 3: check-data names the examples already taught elsewhere (as out_of_scope, or by the
    # contact topic); delete them there (step 2.4).
    checked = make(repo, env, "check-data")
    clashes: dict = {}
    for line in checked.stdout.splitlines():
        if "the example" not in line or "opening_hours.yml" not in line:
            continue
        other = next(f for f in re.findall(r"((?:data|knowledge)/[\w/]+\.yml)", line) if not f.endswith("opening_hours.yml"))
        clashes.setdefault(other, set()).add(normalise(re.search(r'the example "([^"]+)"', line).group(1)))
    if clashes:
        assert checked.returncode != 0
    for other, examples in clashes.items():
        path = repo / other
        lines = path.read_text(encoding="utf-8").splitlines(True)
        kept = [line for line in lines if not (line.strip().startswith("- ") and normalise(line.strip()[2:]) in examples)]
        assert len(lines) - len(kept) == len(examples)
        path.write_text("".join(kept), encoding="utf-8")
    for path in sorted((repo / "tests" / "nlu").glob("holdout_*.yml")):  # step 2.4: move opening-hours tests
        if path.name == "holdout_opening_hours.yml":
            continue
        lines = path.read_text(encoding="utf-8").splitlines(True)
        moved = [line for line in lines if "time do you open" in line or "opening hours" in line]
        if moved:
            path.write_text("".join(line for line in lines if line not in moved), encoding="utf-8")
            with open(repo / "tests" / "nlu" / "holdout_opening_hours.yml", "a", encoding="utf-8") as fh:
                fh.writelines(moved)
    checked = make(repo, env, "check-data")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "look good" in checked.stdout

    # Section 4: train; the gate compares and promotes.
    old_model = (repo / "models" / "milia.tar.gz").read_bytes()
    trained = make(repo, env, "train")
    assert trained.returncode == 0, trained.stdout + trained.stderr
    assert "Gate: PROMOTED" in trained.stdout
    row = next(line for line in trained.stdout.splitlines() if "opening_hours (topic)" in line).split()
    assert row[-3].startswith("0/") and row[-1] == "better"
    assert (repo / "models" / "previous.tar.gz").read_bytes() == old_model
    assert not (repo / "models" / "candidate.tar.gz").exists()
    assert make(repo, env, "train").stdout.strip().endswith("is up to date (inputs " +
                                                          (repo / "models" / ".inputs").read_text().strip() + ").")

    # Section 6: deploying needs the token; with it the running assistant switches without a restart.
    refused = make(repo, env, "deploy-model")
    assert refused.returncode != 0 and "RASA_API_TOKEN is not set" in refused.stdout
    wrong = make(repo, {**env, "RASA_API_TOKEN": "not-the-token"}, "deploy-model")
    assert wrong.returncode != 0 and "refused the token" in wrong.stdout
    deployed = make(repo, deploy_env, "deploy-model")
    assert deployed.returncode == 0, deployed.stdout + deployed.stderr
    assert "Deployed" in deployed.stdout

    newcomer = Visitor(copy)
    answer = newcomer.text("what are your opening hours?")
    assert NEW_ANSWER in answer and "0121 567 8111" in answer
    assert "not contagious" in newcomer.text("are milia contagious?")
    # The conversation from before the deploy goes on, with its history and slots.
    assert "0121 567 8111" in earlier.text("when are you open?")
    assert tracker_texts(copy, earlier.sender)[:2] == ["are milia contagious?", "what are your opening hours?"]

    # Rollback: the previous model answers again.
    rolled = make(repo, deploy_env, "deploy-model", "ROLLBACK=1")
    assert rolled.returncode == 0 and "previous.tar.gz" in rolled.stdout
    assert NEW_ANSWER not in Visitor(copy).text("what are your opening hours?")
    assert "not contagious" in Visitor(copy).text("are milia contagious?")
