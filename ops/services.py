"""The processes that make up the assistant, and how to start, check and stop them.

Used by ops/run.py (`make run`) and by the end-to-end tests, so both start the same thing.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Mapping, Optional, Tuple

from milia.config.processes import ProcessSettings

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent


@dataclass
class Service:
    name: str
    argv: List[str]
    health_url: Optional[str] = None
    env: Dict[str, str] = field(default_factory=dict)  # set for this process, over the shared environment
    hidden: Tuple[str, ...] = ()  # variables this process must not see (credentials it has no use for)
    process: Optional[subprocess.Popen] = field(default=None, repr=False)

    def start(self, env: Mapping[str, str], log_dir: Optional[Path] = None) -> None:
        out = None
        if log_dir is not None:
            log_dir.mkdir(parents=True, exist_ok=True)
            out = open(log_dir / f"{self.name}.log", "ab")
        self.process = subprocess.Popen(
            self.argv, cwd=ROOT, env=self.environment(env), stdout=out, stderr=subprocess.STDOUT if out else None,
            start_new_session=True,
        )

    def environment(self, env: Mapping[str, str]) -> Dict[str, str]:
        return {name: value for name, value in {**env, **self.env}.items() if name not in self.hidden}

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def healthy(self) -> bool:
        if not self.health_url:
            return self.alive()
        try:
            with urllib.request.urlopen(self.health_url, timeout=2) as resp:
                return resp.status < 500
        except (urllib.error.URLError, OSError):
            return False

    def wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.alive():
                raise RuntimeError(f"{self.name} exited with code {self.process.returncode}")
            if self.healthy():
                return
            time.sleep(0.5)
        raise TimeoutError(f"{self.name} not ready after {timeout:.0f} s")

    def terminate(self) -> None:
        if self.alive():
            os.killpg(self.process.pid, signal.SIGTERM)

    def stop(self, timeout: float = 15) -> None:
        if not self.alive():
            return
        self.terminate()
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def stop_all(running: Iterable[Service]) -> None:
    """Ask every service to stop at once, then wait for each."""
    running = list(running)
    for service in running:
        service.terminate()
    for service in running:
        service.stop()


def services(
    env: Mapping[str, str],
    model: str = "models/milia.tar.gz",
    endpoints: str = "endpoints.yml",
    interface: Optional[str] = None,
) -> Dict[str, Service]:
    """Every process, keyed by name, configured from the environment (see scripts/env.sh).
    ``endpoints`` and ``interface`` let ops/cluster.py start several Rasa servers behind nginx.

    Closed by default: everything binds to 127.0.0.1. ``PUBLIC_HOST`` (e.g. 0.0.0.0) opens the
    page and Rasa's REST channel to the network; the action server stays on 127.0.0.1 whatever
    it says (only Rasa calls it)."""
    settings = ProcessSettings.from_env(env)  # a wrong value stops here, naming the variable
    interface = interface or settings.public_host
    py = str(VENV_BIN / "python")
    rasa = str(VENV_BIN / "rasa")
    # Rasa's HTTP API (used by `make deploy-model` to swap the model) stays off without a token.
    # one argument with "=": a token may start with "-" (token_urlsafe does 1 time in 64), which argparse would read as an option
    api = ["--enable-api", f"--auth-token={settings.rasa_api_token}"] if settings.rasa_api_token else []
    found: Dict[str, Service] = {
        "actions": Service(
            "actions",
            [rasa, "run", "actions", "--actions", "actions", "--port", str(settings.action_port)],
            f"http://127.0.0.1:{settings.action_port}/health",
            env={"SANIC_HOST": "127.0.0.1"},  # `rasa run actions` has no --host option
            # Only the tracker store writes conversations: the action server has no access to them.
            hidden=("TRACKER_DB_URL", "POSTGRES_PASSWORD"),
        ),
        "rasa": Service(
            "rasa",
            # The launcher installs the Rasa extensions (checked) and then runs `rasa run`.
            [py, "-m", "rasa_ext.launch", "run", "--model", model, "--port", str(settings.rasa_port),
             "--endpoints", endpoints, "--credentials", "credentials.yml", "--interface", interface,
             *api, "--cors", *settings.widget_origins],
            f"http://127.0.0.1:{settings.rasa_port}/",
        ),
        "relay": Service("relay", [py, "-m", "milia.callbacks.relay"]),
        "web": Service("web", [py, "web/serve.py"], f"http://127.0.0.1:{settings.web_port}/health",
                       env={"WEB_HOST": settings.web_host}),
    }
    if not settings.booking_webhook_url:
        found["receiver"] = Service(
            "receiver", [py, "-m", "dev.receiver"], f"http://127.0.0.1:{settings.receiver_port}/health"
        )
    return found


def staff_console(env: Mapping[str, str]) -> Service:
    """The staff console (milia/console), on ``STAFF_HOST`` (127.0.0.1) : ``STAFF_PORT`` (8081).
    It reads the conversations and the outbox; it has no use for the webhook signing key."""
    port = ProcessSettings.from_env(env).staff_port
    return Service("staff", [str(VENV_BIN / "python"), "-m", "milia.console"], f"http://127.0.0.1:{port}/health",
                   env={"STAFF_PORT": str(port)}, hidden=("BOOKING_WEBHOOK_SECRET",))
