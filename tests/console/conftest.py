"""A console on 127.0.0.1 with temporary databases and a temporary copy of the project's
knowledge and training files, and an HTTP client that logs in."""

from __future__ import annotations

import asyncio
import re
import shutil
import threading
import time
from pathlib import Path
from typing import Iterator

import pytest
import requests
from aiohttp import web

from milia.callbacks.outbox import make_engine
from milia.config.settings import ConsoleConfig
from milia.console import accounts
from milia.console.app import Console, Paths, create_app
from milia.console.db import make_staff_engine
from milia.privacy.store import ensure_tracker_schema, make_tracker_engine

from . import builders

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery"
SECRET = "test-secret-0123456789abcdef"


@pytest.fixture(autouse=True)
def quick_hashes(monkeypatch) -> None:
    """Argon2 with tiny costs: the same code, fast enough for many tests on a shared machine."""
    from argon2 import PasswordHasher

    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(accounts, "_hasher", cheap)
    monkeypatch.setattr(accounts, "_DUMMY_HASH", cheap.hash("not a real password"))


@pytest.fixture
def project(tmp_path) -> Paths:
    """A copy of the files the console writes (topic files, training data, held-out questions)."""
    root = tmp_path / "project"
    for name in ("knowledge", "data", "tests/nlu", "tests/stories"):
        shutil.copytree(ROOT / name, root / name)
    for name in ("domain.yml", "clinic.yml"):
        shutil.copy(ROOT / name, root / name)
    return Paths(root)


@pytest.fixture
def console(tmp_path, project) -> Iterator[Console]:
    config = ConsoleConfig(secret=SECRET, db_url=f"sqlite:///{tmp_path}/staff.db",
                           tracker_db_url=f"sqlite:///{tmp_path}/tracker.db",
                           outbox_db_url=f"sqlite:///{tmp_path}/outbox.db")
    tracker = make_tracker_engine(config.tracker_db_url)
    ensure_tracker_schema(tracker)
    found = Console(config, make_staff_engine(config.db_url), tracker, make_engine(config.outbox_db_url), project)
    for role in accounts.ROLES:
        accounts.create_user(found.staff, role, role, PASSWORD)
    yield found
    for engine in (found.staff, found.tracker, found.outbox):
        engine.dispose()


class Server:
    def __init__(self, console: Console) -> None:
        self.console = console
        self.loop = asyncio.new_event_loop()
        self.runner = web.AppRunner(create_app(console), access_log=None)
        self.loop.run_until_complete(self.runner.setup())
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        self.loop.run_until_complete(site.start())
        self.port = site._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self.runner.cleanup(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


@pytest.fixture
def server(console) -> Iterator[Server]:
    running = Server(console)
    yield running
    running.stop()


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match, "no CSRF token in the page"
    return match.group(1)


class Client(requests.Session):
    def __init__(self, base: str) -> None:
        super().__init__()
        self.base = base

    def request(self, method, url, *args, **kwargs):  # type: ignore[override]
        kwargs["allow_redirects"] = False
        kwargs.setdefault("timeout", 10)
        return super().request(method, self.base + url, *args, **kwargs)

    def login(self, name: str, password: str = PASSWORD) -> requests.Response:
        token = csrf_of(self.get("/login").text)
        return self.post("/login", data={"name": name, "password": password, "csrf": token, "next": "/"})

    def csrf(self, path: str = "/") -> str:
        return csrf_of(self.get(path).text)


@pytest.fixture
def client(server) -> Client:
    return Client(server.url)


def logged_in(server: Server, role: str) -> Client:
    session = Client(server.url)
    assert session.login(role).status_code == 303
    return session


@pytest.fixture
def now() -> float:
    return time.time()


__all__ = ["builders"]
