"""Start the cluster in the foreground (`make run-cluster`); Ctrl-C (or any process dying) stops it all.

PostgreSQL, Redis, two Rasa servers, two action servers, relays, the page, the reference receiver
(without BOOKING_WEBHOOK_URL), the staff console, and nginx in front on CLUSTER_PORT (default 8000)
with the console on its own port STAFF_CLUSTER_PORT (default 8001, 127.0.0.1 only). Settings:
docs/cluster.md. Data and logs: CLUSTER_DIR (default var/cluster; PostgreSQL's data survives
restarts).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from dataclasses import replace
from pathlib import Path

from milia.config.settings import SettingsError
from ops.cluster import Cluster, ClusterConfig, require_production_settings


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, help="data and logs (default $CLUSTER_DIR or var/cluster)")
    parser.add_argument("--no-rate-limit", action="store_true",
                        help="generate nginx.conf without the per-client rate limit (load tests only)")
    parser.add_argument("--relays", type=int, help="number of relays (default $CLUSTER_RELAYS or 2)")
    args = parser.parse_args(argv)

    require_production_settings(os.environ)
    try:
        config = ClusterConfig.from_env(os.environ, workdir=args.dir)
    except SettingsError as error:
        print(f"Refusing to start the cluster: {error}", file=sys.stderr)
        return 2
    if args.no_rate_limit:
        config = replace(config, rate_limit=None)
    if args.relays is not None:
        config = replace(config, relays=args.relays)
    cluster = Cluster(config)
    stopping = False

    def stop(*_: object) -> None:
        nonlocal stopping
        stopping = True

    try:
        print(f"Starting the cluster in {cluster.workdir} (logs: {cluster.logs}) ...", flush=True)
        cluster.start()
    except (RuntimeError, TimeoutError, FileNotFoundError) as exc:
        print(f"Could not start: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    try:
        rasa = ", ".join(f"127.0.0.1:{p}" for p in config.rasa_ports)
        print(
            f"\nReady. Page and REST channel: {config.url}/  (nginx on {config.public_host}:{config.public_port})\n"
            f"Rasa servers (loopback only): {rasa}; rate limit: {config.rate_limit or 'off'}\n"
            f"Staff console: {config.staff_url}/  (nginx on {config.staff_host}:{config.staff_port}; "
            f"accounts: STAFF_DB_URL={cluster.env['STAFF_DB_URL']} make staff-user)\n"
            f"Ctrl-C stops everything.\n",
            flush=True,
        )
        while not stopping:
            dead = cluster.dead()
            if dead:
                print(f"Stopping: {', '.join(dead)} exited (see {cluster.logs}).", file=sys.stderr)
                return 1
            time.sleep(1)
        return 0
    finally:
        cluster.stop()


if __name__ == "__main__":
    sys.exit(main())
