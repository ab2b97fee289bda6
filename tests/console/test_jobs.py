"""Train / deploy / roll back as background jobs, run through the web application with harmless
stand-in commands put in the console's job runner (instead of scripts/train.sh and deploy_model)."""

from __future__ import annotations

import dataclasses
import re
import sys
import time
from pathlib import Path

import pytest

from milia.console import db, jobs
from milia.console.jobs import JobRunner
from milia.console.model_history import model_files
from milia.staff.deploy_model import read_history

from .conftest import logged_in

# Waits for a file called "release" in the project folder, so a test decides when it ends.
TRAIN = """
import pathlib, time
print("Training the model ...", flush=True)
while not pathlib.Path("release").exists():
    time.sleep(0.05)
print("WARNING lots of noise\\n" * 5)
pathlib.Path("models").mkdir(exist_ok=True)
pathlib.Path("models/milia.tar.gz").write_bytes(b"x" * 1000)
print("(evaluated in 3 s; reports in reports/gate)")
print("  OVERALL accuracy   97.0%   98.0%")
print("Gate: PROMOTED - held-out accuracy 98.0% (was 97.0%); all test conversations pass")
"""
DEPLOY = "print('Deployed: the assistant now runs milia.tar.gz')"
ROLLBACK = "import sys; print('Not deployed: the assistant refused the token.'); sys.exit(1)"


@pytest.fixture
def standin(console):
    console.jobs = JobRunner(commands={
        "train": [sys.executable, "-c", TRAIN],
        "deploy": [sys.executable, "-c", DEPLOY],
        "rollback": [sys.executable, "-c", ROLLBACK],
    })
    return console


def start(client, kind: str, **extra):
    return client.post("/jobs", data={"csrf": client.csrf("/models"), "kind": kind, **extra})


def wait_finished(client, job_id: int, timeout: float = 20) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        page = client.get(f"/jobs/{job_id}").text
        if 'http-equiv="refresh"' not in page:
            return page
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} did not finish")


def job_id_of(response) -> int:
    assert response.status_code == 303, response.text
    return int(re.fullmatch(r"/jobs/(\d+)", response.headers["Location"]).group(1))


def test_train_runs_in_the_background_one_at_a_time_streams_and_is_audited(server, standin) -> None:
    admin = logged_in(server, "admin")
    first = job_id_of(start(admin, "train", force="1"))
    deadline = time.monotonic() + 10
    page = admin.get(f"/jobs/{first}").text
    while "Training the model" not in page and time.monotonic() < deadline:
        time.sleep(0.05)
        page = admin.get(f"/jobs/{first}").text
    assert "Training the model" in page and 'http-equiv="refresh"' in page and "running" in page
    # a second click, of any kind, while it runs
    busy = start(admin, "deploy")
    assert busy.status_code == 409 and f"Job {first} is still running" in busy.text
    assert [j.kind for j in jobs.recent_jobs(standin.staff)] == ["train"]
    (standin.paths.root / "release").touch()
    done = wait_finished(admin, first)
    assert "promoted" in done and "held-out accuracy 98.0%" in done
    gate = done.split("The gate's verdict and table</h2>")[1].split("<h2>Output</h2>")[0]
    assert "OVERALL accuracy" in gate and "WARNING" not in gate
    job = jobs.get_job(standin.staff, first)
    assert (job.status, job.exit_code, job.verdict, job.actor) == ("succeeded", 0, "promoted", "admin")
    audit = [(e.actor, e.action, e.detail) for e in db.audit_log(standin.staff)]
    assert ("admin", "train started", f"job {first} (even if nothing changed)") in audit
    assert any(a == "train finished" and d.startswith(f"job {first}: succeeded, promoted") for _, a, d in audit)
    # now free again; the model history shows the file with the gate's verdict
    models = admin.get("/models").text
    assert "models/milia.tar.gz" in models and "<strong>promoted</strong>" in models
    assert "trained outside the console" not in models.split("previous.tar.gz")[0]


def test_deploy_and_a_failed_rollback(server, standin) -> None:
    admin = logged_in(server, "admin")
    deployed = job_id_of(start(admin, "deploy"))
    assert "deployed" in wait_finished(admin, deployed)
    failed = job_id_of(start(admin, "rollback"))
    page = wait_finished(admin, failed)
    assert "failed" in page and "exit code 1" in page and "refused the token" in page
    models = admin.get("/models").text
    assert "Last put live from the console:" in models and f"job {deployed}" in models
    actions = [e.action for e in db.audit_log(standin.staff)]
    assert {"deploy started", "deploy finished", "rollback started", "rollback finished"} <= set(actions)


def test_only_an_admin_may_train_and_every_post_needs_the_csrf_token(server, standin) -> None:
    for role in ("viewer", "editor"):
        other = logged_in(server, role)
        assert other.get("/models").status_code == 403
        token = other.csrf("/")
        assert other.post("/jobs", data={"csrf": token, "kind": "train"}).status_code == 403
    admin = logged_in(server, "admin")
    assert admin.post("/jobs", data={"kind": "train"}).status_code == 403
    assert admin.post("/jobs", data={"kind": "train", "csrf": "forged"}).status_code == 403
    assert admin.post("/jobs", data={"kind": "rm -rf", "csrf": admin.csrf("/models")}).status_code == 400
    assert jobs.recent_jobs(standin.staff) == []
    assert admin.get("/jobs/999").status_code == 404


def test_a_command_that_cannot_start_is_recorded_as_failed(server, console) -> None:
    console.jobs = JobRunner(commands={"train": ["/nonexistent/train.sh"], "deploy": [], "rollback": []})
    admin = logged_in(server, "admin")
    page = wait_finished(admin, job_id_of(start(admin, "train")))
    assert "Could not start" in page and "failed" in page
    assert console.jobs.current is None


def test_verdicts_read_from_the_output() -> None:
    assert jobs.verdict_of("train", 1, "noise\nGate: REFUSED - 2 test conversations now fail\n") == (
        "refused", "2 test conversations now fail")
    assert jobs.verdict_of("train", 0, "Model is up to date (inputs abc).")[0] == "up to date"
    assert jobs.verdict_of("deploy", 0, "Deployed")[0] == "deployed"
    assert jobs.verdict_of("deploy", 1, "x\nNot deployed: no token\n") == ("failed", "exit code 1: Not deployed: no token")
    assert jobs.gate_summary("warn\n(evaluated in 3 s)\ntable\nGate: PROMOTED - ok") == "(evaluated in 3 s)\ntable\nGate: PROMOTED - ok"
    assert jobs.gate_summary("no gate here") == ""


def test_model_files_without_jobs_say_the_verdict_was_not_recorded(tmp_path: Path) -> None:
    (tmp_path / "milia.tar.gz").write_bytes(b"m")
    found = {f.name: f for f in model_files(tmp_path, [])}
    assert found["milia.tar.gz"].exists and found["milia.tar.gz"].judged_by is None
    assert not found["candidate.tar.gz"].exists


def test_a_job_left_running_by_a_stopped_console_is_marked_interrupted(console) -> None:
    with console.staff.begin() as conn:
        conn.execute(db.jobs.insert().values(kind="train", actor="admin", started_at=time.time(), status="running"))
    assert jobs.interrupt_stale(console.staff) == 1
    assert jobs.recent_jobs(console.staff)[0].status == "interrupted"


# ---------------------------------------------------------------- the real deploy, against fake Rasa servers


@pytest.fixture
def rasa_pair(console, monkeypatch):
    """Two fake Rasa servers (tests/test_deploy_model.py) in the console's RASA_URLS, its token set,
    and the real deploy command (milia.staff.deploy_model) in its job runner."""
    from tests.test_deploy_model import TOKEN, FakeRasa, make_model

    monkeypatch.delenv("RASA_API_TOKEN", raising=False)
    fakes = [FakeRasa(), FakeRasa()]
    console.config = dataclasses.replace(console.config, rasa_urls=tuple(f.url for f in fakes), rasa_api_token=TOKEN)
    console.jobs = JobRunner()
    make_model(console.paths.models / "milia.tar.gz", "model-a")
    yield fakes, make_model
    for fake in fakes:
        fake.close()


def test_deploy_reaches_both_servers_and_roll_back_returns_to_the_previously_deployed_model(
        server, console, rasa_pair) -> None:
    fakes, make_model = rasa_pair
    admin = logged_in(server, "admin")
    models = admin.get("/models").text
    assert all(f"<code>{f.url}</code>" in models for f in fakes)
    assert "Nothing to roll back to yet" in models and "No deployment recorded yet." in models
    first = wait_finished(admin, job_id_of(start(admin, "deploy")))
    assert "deployed" in first and "Deployed: all 2 server(s)" in first
    make_model(console.paths.models / "milia.tar.gz", "model-b")
    make_model(console.paths.models / "previous.tar.gz", "model-never-live")
    assert "Deployed: all 2" in wait_finished(admin, job_id_of(start(admin, "deploy")))
    assert [f.model_id for f in fakes] == ["model-b", "model-b"]

    models = admin.get("/models").text
    table = models.split("<h2>Deployments</h2>")[1].split("<h2>Run</h2>")[0]
    assert table.count("admin (console)") == 2 and table.count(": deployed") == 4
    assert "(live now)" in table and "(Roll back goes here)" in table
    assert "Load the model visitors had before the current one again: <code>models/milia.tar.gz</code>" in models

    rolled = job_id_of(start(admin, "rollback"))
    page = wait_finished(admin, rolled)
    assert "rolled back" in page and "id model-a" in page
    assert [f.model_id for f in fakes] == ["model-a", "model-a"]  # not previous.tar.gz's model
    assert [(d.action, d.model_id, d.by, d.via) for d in read_history(console.paths.models)] == [
        ("deploy", "model-a", "admin", "console"), ("deploy", "model-b", "admin", "console"),
        ("rollback", "model-a", "admin", "console")]
    audit = [(e.action, e.detail) for e in db.audit_log(console.staff)]
    assert any(a == "rollback finished" and d.startswith(f"job {rolled}: succeeded, rolled back") for a, d in audit)


def test_a_partial_deploy_is_shown_as_partial(server, console, rasa_pair) -> None:
    fakes, _ = rasa_pair
    fakes[1].mode = "broken"
    admin = logged_in(server, "admin")
    job_id = job_id_of(start(admin, "deploy"))
    page = wait_finished(admin, job_id)
    assert "PARTLY deployed: 1 of 2 servers" in page
    job = jobs.get_job(console.staff, job_id)
    assert (job.status, job.verdict) == ("failed", "partial") and job.reason.startswith("PARTLY deployed")
    table = admin.get("/models").text.split("<h2>Deployments</h2>")[1].split("<h2>Run</h2>")[0]
    assert "<strong>partial</strong>" in table and "out of memory" in table
    assert "Last put live from the console:" in admin.get("/models").text


def test_without_a_token_the_page_and_the_deploy_say_how_to_fix_it(server, console, rasa_pair) -> None:
    fakes, _ = rasa_pair
    console.config = dataclasses.replace(console.config, rasa_api_token=None)
    admin = logged_in(server, "admin")
    assert "started without <code>RASA_API_TOKEN</code>" in admin.get("/models").text
    page = wait_finished(admin, job_id_of(start(admin, "deploy")))
    assert "RASA_API_TOKEN is not set" in page and "nobody types it" in page
    assert jobs.get_job(console.staff, 1).verdict == "failed" and not any(f.puts for f in fakes)


def test_verdict_of_a_partial_deploy() -> None:
    out = "x: deployed\ny: FAILED - no\nPARTLY deployed: 1 of 2 servers run the new model\n"
    assert jobs.verdict_of("deploy", 3, out) == ("partial", "PARTLY deployed: 1 of 2 servers run the new model")
    assert jobs.verdict_of("rollback", 3, out)[0] == "partial"


def test_the_model_page_shows_a_model_found_running_at_the_first_deploy(server, console) -> None:
    """The first deploy records what the servers were started with ("found", servers without a
    reason); the page lists it as the roll-back target instead of failing (seen in the browser)."""
    from milia.staff.deploy_model import HISTORY, Deployment, deployed_dir

    folder = deployed_dir(console.paths.models)
    folder.mkdir(parents=True, exist_ok=True)
    found = Deployment(1.0, "found", "a.tar.gz", "a" * 64, "model-a", "models/milia.tar.gz", "(already running)",
                       "start", "deployed", ({"url": "http://127.0.0.1:5005", "result": "running"},))
    new = Deployment(2.0, "deploy", "b.tar.gz", "b" * 64, "model-b", "models/milia.tar.gz", "admin", "console",
                     "deployed", ({"url": "http://127.0.0.1:5005", "result": "deployed", "reason": ""},))
    for entry in (found, new):
        (folder / entry.model).write_bytes(b"model")
    (folder / HISTORY).write_text(found.to_json() + "\n" + new.to_json() + "\n", encoding="utf-8")
    page = logged_in(server, "admin").get("/models")
    assert page.status_code == 200, page.text
    table = page.text.split("<h2>Deployments</h2>")[1].split("<h2>Run</h2>")[0]
    assert "(already running)" in table and ": running" in table and "(Roll back goes here)" in table
    assert "the model the servers were already running at the first deploy" in page.text
