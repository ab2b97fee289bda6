"""Start every service in the foreground; Ctrl-C (or any service dying) stops them all."""

from __future__ import annotations

import os
import signal
import sys
import time

from milia.config.processes import ProcessSettings
from milia.config.settings import SettingsError
from ops.cluster import require_production_settings
from ops.services import services, staff_console, stop_all

ORDER = ("receiver", "relay", "actions", "web", "staff", "rasa")


def main() -> int:
    env = dict(os.environ)
    require_production_settings(env)
    try:
        settings = ProcessSettings.from_env(env)
        running = services(env)
    except SettingsError as error:
        print(f"make run: {error}", file=sys.stderr)
        return 2
    running["staff"] = staff_console(env)
    stopping = False

    def stop(*_: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    try:
        for name in ORDER:
            if name in running:
                running[name].start(env)
        running["rasa"].wait_ready(timeout=300)
        print(
            f"\nReady. Page: http://localhost:{settings.web_port}/  "
            f"REST: http://localhost:{settings.rasa_port}/webhooks/rest/webhook  "
            f"Staff console: http://localhost:{settings.staff_port}/  (Ctrl-C stops everything)\n",
            flush=True,
        )
        while not stopping:
            dead = [s.name for s in running.values() if not s.alive()]
            if dead:
                print(f"Stopping: {', '.join(dead)} exited.", file=sys.stderr)
                return 1
            time.sleep(1)
        return 0
    except (RuntimeError, TimeoutError) as exc:
        print(f"Could not start: {exc}", file=sys.stderr)
        return 1
    finally:
        stop_all(running.values())


if __name__ == "__main__":
    sys.exit(main())
