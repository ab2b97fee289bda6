"""The real stack for end-to-end tests: action server, Rasa, relay, reference receiver and web page,
each on a free port, with their databases in a temporary folder."""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import urllib.request
import uuid
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest

from ops.services import ROOT, Service, services, stop_all

MODEL = ROOT / "models" / "milia.tar.gz"
# Debian's Chromium (never a downloaded browser), for every browser test.
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Stack:
    def __init__(self, workdir: Path) -> None:
        ports = {name: str(free_port()) for name in ("RASA_PORT", "ACTION_PORT", "WEB_PORT", "RECEIVER_PORT")}
        self.workdir = workdir
        self.env: Dict[str, str] = {
            **os.environ,
            **ports,
            "TRACKER_DB_URL": f"sqlite:///{workdir}/tracker.db",
            "OUTBOX_DB_URL": f"sqlite:///{workdir}/outbox.db",
            "RECEIVER_DB_URL": f"sqlite:///{workdir}/receiver.db",
            "RASA_URL": f"http://localhost:{ports['RASA_PORT']}",
            "WIDGET_ORIGINS": f"http://localhost:{ports['WEB_PORT']} http://127.0.0.1:{ports['WEB_PORT']}",
            "RELAY_POLL_SECONDS": "0.5",
        }
        # Rasa's HTTP API on, behind a token (one from the environment wins), so the staff console
        # can reach it; the REST channel the other tests use is the same with or without it.
        self.rasa_api_token = self.env.get("RASA_API_TOKEN") or secrets.token_urlsafe(24)
        self.env["RASA_API_TOKEN"] = self.rasa_api_token
        self.env.pop("BOOKING_WEBHOOK_URL", None)
        self.services: Dict[str, Service] = services(self.env, model=str(MODEL))
        self.rasa_url = f"http://localhost:{ports['RASA_PORT']}"
        self.web_url = f"http://localhost:{ports['WEB_PORT']}"
        self.receiver_url = f"http://127.0.0.1:{ports['RECEIVER_PORT']}"
        self.outbox_db_url = self.env["OUTBOX_DB_URL"]
        self.tracker_db_url = self.env["TRACKER_DB_URL"]
        self.logs = workdir / "logs"

    def start(self, name: str, timeout: float = 240) -> None:
        service = self.services[name]
        service.start(self.env, self.logs)
        service.wait_ready(timeout)

    def stop(self, name: str) -> None:
        self.services[name].stop()

    def start_all(self) -> None:
        for name in ("receiver", "relay", "actions", "web"):
            self.services[name].start(self.env, self.logs)
        self.start("rasa")
        for name in ("receiver", "actions", "web"):
            self.services[name].wait_ready(60)

    def stop_all(self) -> None:
        stop_all(self.services.values())

    def start_rasa(self) -> None:
        self.start("rasa")

    def stop_rasa(self) -> None:
        self.stop("rasa")

    def log(self, name: str) -> str:
        path = self.logs / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""


class Visitor:
    """One visitor talking to the REST channel."""

    def __init__(self, stack: Stack, sender: str = "") -> None:
        self.stack = stack
        self.sender = sender or f"visitor-{uuid.uuid4().hex}"

    def say(self, text: str) -> List[Dict[str, Any]]:
        body = json.dumps({"sender": self.sender, "message": text}).encode()
        request = urllib.request.Request(
            f"{self.stack.rasa_url}/webhooks/rest/webhook", data=body,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=60) as resp:
            return json.loads(resp.read())

    def text(self, message: str) -> str:
        """Everything the assistant answered, as one string."""
        return "\n".join(m.get("text", "") for m in self.say(message))


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    if not MODEL.exists():
        subprocess.run(["bash", "scripts/train.sh"], cwd=ROOT, check=True)
    running = Stack(tmp_path_factory.mktemp("stack"))
    try:
        running.start_all()
        yield running
    finally:
        running.stop_all()


@pytest.fixture
def visitor(stack: Stack) -> Visitor:
    return Visitor(stack)


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole session, shared by every browser test module
    (Playwright's sync API allows one instance per process)."""
    from playwright import sync_api

    assert Path(CHROMIUM).exists(), f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()
