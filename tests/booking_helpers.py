"""Shared helpers for the callback/booking tests (not a conftest: import them)."""
from __future__ import annotations

import http.server
import json
import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional

from milia.callbacks.outbox import CallbackRequest

TEST_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def sqlite_url(directory: Path, name: str) -> str:
    return f"sqlite:///{directory / name}"


def make_request(phone: str = "+447400123456", **changes) -> CallbackRequest:
    values = dict(
        conversation_id="conv-1",
        name="Ada Lovelace",
        phone_e164=phone,
        window_start="2026-12-01T12:00:00+00:00",
        window_end="2026-12-01T17:00:00+00:00",
        concern="acne",
        consent=True,
    )
    values.update(changes)
    return CallbackRequest(**values)


def wait_for(predicate: Callable[[], object], timeout: float, interval: float = 0.1):
    """Poll until predicate() is truthy; return its value or raise TimeoutError."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met in time")
        time.sleep(interval)


@dataclass
class Received:
    headers: Dict[str, str]
    body: bytes

    def json(self):
        return json.loads(self.body)


@dataclass
class StubServer:
    """A tiny webhook endpoint in a thread: answers with scripted status codes
    (the last one repeats) and records every request."""

    statuses: List[int]
    delay: float = 0.0
    received: List[Received] = field(default_factory=list)
    port: int = 0
    _server: Optional[http.server.ThreadingHTTPServer] = None

    def __enter__(self) -> "StubServer":
        stub = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                stub.received.append(Received({k.lower(): v for k, v in self.headers.items()}, body))
                status = stub.statuses[min(len(stub.received), len(stub.statuses)) - 1]
                if stub.delay:
                    time.sleep(stub.delay)
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/webhook"

    def __exit__(self, *exc) -> None:
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()


REPO_ROOT = Path(__file__).resolve().parent.parent


def service_env(tmp: Path, **extra: str) -> Dict[str, str]:
    """Environment for a receiver/relay subprocess with its own ports and DBs."""
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith(("RELAY_", "RECEIVER_", "OUTBOX_", "BOOKING_"))}
    env.update(
        PYTHONPATH=str(REPO_ROOT),
        PYTHONUNBUFFERED="1",
        BOOKING_WEBHOOK_SECRET=TEST_SECRET,
        OUTBOX_DB_URL=sqlite_url(tmp, "outbox.db"),
        RECEIVER_DB_URL=sqlite_url(tmp, "receiver.db"),
    )
    env.update(extra)
    return env


def start_module(module: str, env: Dict[str, str], log_path: Path):
    """Start ``python -m module`` with output to a log file."""
    import subprocess
    import sys

    log = open(log_path, "ab")
    try:
        return subprocess.Popen(
            [sys.executable, "-m", module], cwd=str(REPO_ROOT), env=env,
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )
    finally:
        log.close()


def http_ready(url: str) -> bool:
    import requests

    try:
        return requests.get(url, timeout=0.5).status_code == 200
    except requests.RequestException:
        return False


def stop_process(process, timeout: float = 10.0) -> int:
    """SIGTERM, wait, then SIGKILL if needed; returns the exit code."""
    import subprocess

    if process.poll() is None:
        process.terminate()
        try:
            return process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
    return process.wait(timeout)
