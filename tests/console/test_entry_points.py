"""The real commands: `make staff-user`'s module creates an account, `python -m milia.console`
(what `make staff` and `make run` start) serves on 127.0.0.1 and lets it log in."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

from ops.services import staff_console

from .conftest import PASSWORD, ROOT, Client


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_create_an_account_start_the_console_and_log_in(tmp_path) -> None:
    port = free_port()
    env = {**os.environ, "STAFF_DB_URL": f"sqlite:///{tmp_path}/staff.db", "STAFF_PORT": str(port),
           "STAFF_SECRET": "entry-point-secret-0123456789", "TRACKER_DB_URL": f"sqlite:///{tmp_path}/tracker.db",
           "OUTBOX_DB_URL": f"sqlite:///{tmp_path}/outbox.db"}
    env.pop("STAFF_HOST", None)
    made = subprocess.run([sys.executable, "-m", "milia.console.user_cli", "boss", "admin", "--password-stdin"],
                          input=PASSWORD + "\n", capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert made.returncode == 0, made.stderr
    assert PASSWORD not in made.stdout + made.stderr
    service = staff_console(env)
    assert service.argv[-2:] == ["-m", "milia.console"] and "BOOKING_WEBHOOK_SECRET" in service.hidden
    service.start(env, tmp_path / "logs")
    try:
        service.wait_ready(60)
        client = Client(f"http://127.0.0.1:{port}")
        assert client.login("boss").status_code == 303
        assert "boss" in client.get("/audit").text
        assert client.get("/users").status_code == 200
    finally:
        service.stop()
    log = (tmp_path / "logs" / "staff.log").read_text()
    assert f"127.0.0.1:{port}" in log and PASSWORD not in log


def test_the_console_refuses_a_bad_setting(tmp_path) -> None:
    env = {**os.environ, "STAFF_SECRET": "short"}
    done = subprocess.run([sys.executable, "-m", "milia.console"], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=60)
    assert done.returncode == 2 and "STAFF_SECRET" in done.stderr
