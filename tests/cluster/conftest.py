"""The real cluster for the cluster tests (`make test-cluster`): PostgreSQL, Redis, nginx, two Rasa
servers, two action servers, two relays, the page, the reference receiver and the staff console
(behind nginx's staff port), on free ports, with
everything in a temporary directory (ops/cluster.py starts the same thing as `make run-cluster`).

Chat messages carry an X-Forwarded-For address (nginx trusts 127.0.0.1 here, as behind a load
balancer), so each test has its own rate-limit budget. MILIA_CLUSTER_KEEP=1 keeps the directory.
"""

from __future__ import annotations

import html
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest
import requests
import sqlalchemy as sa

from ops.cluster import Cluster, ClusterConfig
from ops.services import ROOT

MODEL = ROOT / "models" / "milia.tar.gz"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "cluster: starts the real cluster (PostgreSQL, Redis, nginx, 2 Rasa); make test-cluster"
    )


def fake_client_ip() -> str:
    return f"10.{random.randint(0, 255)}.{random.randint(0, 255)}.{random.randint(1, 254)}"


def post(url: str, body: bytes, headers: Optional[Dict[str, str]] = None,
         timeout: float = 60) -> Tuple[int, Dict[str, str], bytes]:
    """POST and return (status, headers, body) for any status."""
    request = urllib.request.Request(url, data=body, method="POST",
                                     headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def get(url: str, method: str = "GET", timeout: float = 10) -> Tuple[int, bytes]:
    request = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


class Chat:
    """One visitor. ``say(text, via=url)`` sends one message to nginx (default) or to a Rasa
    server directly."""

    def __init__(self, cluster: Cluster, sender: str = "", client_ip: str = "") -> None:
        self.cluster = cluster
        self.sender = sender or f"visitor-{uuid.uuid4().hex}"
        self.client_ip = client_ip or fake_client_ip()

    def rasa_url(self, index: int) -> str:
        return f"http://127.0.0.1:{self.cluster.config.rasa_ports[index]}"

    def send(self, text: str, via: Optional[str] = None) -> Tuple[int, Any]:
        body = json.dumps({"sender": self.sender, "message": text}).encode()
        status, _, raw = post((via or self.cluster.config.url) + "/webhooks/rest/webhook", body,
                              {"X-Forwarded-For": self.client_ip})
        try:
            return status, json.loads(raw)
        except ValueError:
            return status, raw

    def say(self, text: str, via: Optional[str] = None) -> List[Dict[str, Any]]:
        status, replies = self.send(text, via)
        assert status == 200, f"{status}: {replies!r}"
        return replies

    def text(self, message: str, via: Optional[str] = None) -> str:
        return "\n".join(r.get("text", "") for r in self.say(message, via))


class Turns:
    """Where each turn goes: alternately to each Rasa server, or always through nginx."""

    def __init__(self, chat: Chat, alternate: bool) -> None:
        self.chat, self.alternate, self.count = chat, alternate, 0

    def __call__(self, text: str) -> List[Dict[str, Any]]:
        via = None
        if self.alternate:
            via = self.chat.rasa_url(self.count % len(self.chat.cluster.config.rasa_ports))
        self.count += 1
        return self.chat.say(text, via)

    def text(self, message: str) -> str:
        return "\n".join(r.get("text", "") for r in self(message))


def book(chat: Chat, name: str, phone: str, alternate: bool = False, concern: str = "they're under my eyes") -> str:
    """Walk the callback form to the end; returns the final answer."""
    turn = Turns(chat, alternate)
    assert "name" in turn.text("I'd like a callback please")
    assert "phone number" in turn.text(name)
    asked_time = turn(phone)
    buttons = [b for r in asked_time for b in r.get("buttons", [])]
    assert buttons, f"the time question offers windows: {asked_time!r}"
    assert "privacy" in turn.text(buttons[0]["payload"])  # consent comes before the note
    assert "adviser to know" in turn.text("yes")
    readback = turn.text(concern)
    assert name in readback and phone in readback, readback
    return turn.text("yes, send it")


class Databases:
    """Read access to the cluster's PostgreSQL databases and the receiver's SQLite file."""

    def __init__(self, cluster: Cluster) -> None:
        self.tracker = sa.create_engine(cluster.env["TRACKER_DB_URL"], future=True)
        self.outbox = sa.create_engine(cluster.env["OUTBOX_DB_URL"], future=True)
        self.receiver_url = cluster.env["RECEIVER_DB_URL"]

    def events(self, sender: str) -> List[Tuple[int, str, str]]:
        with self.tracker.connect() as conn:
            return [tuple(r) for r in conn.execute(
                sa.text("select id, type_name, data from events where sender_id = :s order by id"), {"s": sender}
            )]

    def outbox_rows(self, conversation: str) -> List[Dict[str, Any]]:
        with self.outbox.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(
                sa.text("select * from callback_outbox where conversation_id = :c"), {"c": conversation}
            )]

    def received(self, conversation: Optional[str] = None) -> List[Dict[str, Any]]:
        engine = sa.create_engine(self.receiver_url, future=True)
        try:
            with engine.connect() as conn:
                if not sa.inspect(conn).has_table("received_callbacks"):
                    return []
                query = "select webhook_id, deliveries, conversation_id from received_callbacks"
                params = {}
                if conversation is not None:
                    query += " where conversation_id = :c"
                    params = {"c": conversation}
                return [dict(r._mapping) for r in conn.execute(sa.text(query), params)]
        finally:
            engine.dispose()

    def wait_received(self, conversation: str, timeout: float = 30) -> List[Dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.received(conversation)
            if found:
                return found
            time.sleep(0.3)
        return []

    def dispose(self) -> None:
        self.tracker.dispose()
        self.outbox.dispose()


@pytest.fixture(scope="session")
def cluster() -> Iterator[Cluster]:
    if not MODEL.exists():
        subprocess.run(["bash", "scripts/train.sh"], cwd=ROOT, check=True)
    workdir = Path(tempfile.mkdtemp(prefix="milia-cluster-test-"))
    env = dict(os.environ)
    for name in ("BOOKING_WEBHOOK_URL", "MILIA_ENV", "RASA_API_TOKEN", "RASA_JWT_SECRET", "RECEIVER_DB_URL",
                 "STAFF_DB_URL", "STAFF_HOST", "STAFF_PORT", "STAFF_TRUSTED_PROXIES"):
        env.pop(name, None)
    config = ClusterConfig.on_free_ports(
        workdir, durable=False, trusted_proxies=("127.0.0.1",), relays=2, relay_poll_seconds=0.3,
    )
    running = Cluster(config, env)
    try:
        running.start()
        yield running
    finally:
        running.stop()
        if os.environ.get("MILIA_CLUSTER_KEEP") != "1":
            shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def dbs(cluster: Cluster) -> Iterator[Databases]:
    found = Databases(cluster)
    yield found
    found.dispose()


@pytest.fixture
def chat(cluster: Cluster) -> Chat:
    return Chat(cluster)


class Staff:
    """A staff member's browser on nginx's staff port (cookies kept, redirects followed)."""

    def __init__(self, cluster: Cluster, client_ip: str = "") -> None:
        self.url = cluster.config.staff_url
        self.session = requests.Session()
        if client_ip:
            self.session.headers["X-Forwarded-For"] = client_ip  # nginx trusts 127.0.0.1 here

    def get(self, path: str) -> requests.Response:
        return self.session.get(self.url + path, timeout=30)

    def log_in(self, name: str, password: str) -> requests.Response:
        form = self.get("/login")
        assert form.status_code == 200, form.status_code
        csrf = re.search(r'name="csrf" value="([^"]+)"', form.text)
        assert csrf, form.text[:500]
        return self.session.post(self.url + "/login", timeout=60, data={
            "csrf": html.unescape(csrf.group(1)), "next": "/", "name": name, "password": password})


def staff_user(cluster: Cluster, name: str, role: str, password: str) -> None:
    """`make staff-user` with the console's environment in the cluster."""
    env = cluster.members["staff"].environment(cluster.env)
    result = subprocess.run(
        [sys.executable, "-m", "milia.console.user_cli", name, role, "--password-stdin"],
        cwd=ROOT, env=env, input=password + "\n", capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
