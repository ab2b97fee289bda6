"""The relay: delivers outbox rows to the booking webhook (``python -m milia.callbacks.relay``).

A loop that claims due rows (a lease, see :mod:`milia.callbacks.outbox`), POSTs each as
a signed Standard Webhooks request (webhook-id = request id, for ever), and
records the answer: 2xx = delivered; any other status, a timeout or a refused
connection = retry with backoff. All state is in the database, so the relay
can be stopped (SIGTERM/SIGINT finish the current request, then exit) and
restarted at any time, and several relays may run at once.

Logs carry request ids, status codes and error codes only - never names or
phone numbers.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import socket
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable, List, Optional, Sequence

import requests
from sqlalchemy.engine import Engine

from milia.callbacks import outbox
from milia.callbacks.signing import signed_headers
from milia.config.production import require_production_settings
from milia.config.settings import RuntimeConfig

log = logging.getLogger("milia.callbacks.relay")

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class RelayConfig:
    url: str
    secret: str
    poll_seconds: float = 1.0
    lease_seconds: float = 60.0
    timeout_seconds: float = 10.0
    batch_size: int = 10

    @classmethod
    def from_runtime(cls, config: RuntimeConfig) -> "RelayConfig":
        return cls(
            url=config.webhook_url,
            secret=config.booking_webhook_secret,
            poll_seconds=config.relay_poll_seconds,
            lease_seconds=max(config.relay_lease_seconds, config.relay_timeout_seconds + 5),
            timeout_seconds=config.relay_timeout_seconds,
        )


@dataclass(frozen=True)
class Attempt:
    """The outcome of one delivery attempt."""

    request_id: str
    delivered: bool
    status_code: Optional[int] = None
    error: Optional[str] = None  # a short code, never personal data


def default_owner() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def post_once(
    session: requests.Session, row: outbox.OutboxRow, config: RelayConfig, now: datetime
) -> Attempt:
    """POST one row; never raises for network trouble."""
    body = json.dumps(outbox.build_payload(row, now), separators=(",", ":")).encode()
    headers = signed_headers(config.secret, row.id, int(now.timestamp()), body)
    try:
        response = session.post(
            config.url, data=body, headers=headers, timeout=config.timeout_seconds,
            allow_redirects=False,
        )
    except requests.Timeout:
        return Attempt(row.id, False, error="timeout")
    except requests.ConnectionError:
        return Attempt(row.id, False, error="connection_error")
    except requests.RequestException as exc:
        return Attempt(row.id, False, error=f"request_error:{type(exc).__name__}")
    try:
        if 200 <= response.status_code < 300:
            return Attempt(row.id, True, status_code=response.status_code)
        return Attempt(row.id, False, status_code=response.status_code, error=f"http_{response.status_code}")
    finally:
        response.close()


def run_once(
    engine: Engine,
    config: RelayConfig,
    owner: str,
    session: Optional[requests.Session] = None,
    clock: Clock = utc_now,
) -> List[Attempt]:
    """Claim what is due, try each once, record the outcomes."""
    own_session = session is None
    session = session or requests.Session()
    attempts: List[Attempt] = []
    try:
        rows = outbox.claim_due(engine, owner, clock(), config.lease_seconds, config.batch_size)
        for row in rows:
            attempt = post_once(session, row, config, clock())
            if attempt.delivered:
                outbox.mark_delivered(engine, row.id, clock())
                log.info("delivered request_id=%s status=%s attempt=%d",
                         row.id, attempt.status_code, row.attempts + 1)
            else:
                updated = outbox.mark_retry(engine, row.id, clock(), attempt.error or "error")
                if updated is not None and updated.status is outbox.Status.FAILED:
                    log.warning("gave up request_id=%s error=%s attempts=%d",
                                row.id, attempt.error, updated.attempts)
                elif updated is not None:
                    log.info("retry request_id=%s error=%s attempt=%d next_attempt_at=%s",
                             row.id, attempt.error, updated.attempts,
                             updated.next_attempt_at.isoformat(timespec="seconds"))
            attempts.append(attempt)
    finally:
        if own_session:
            session.close()
    return attempts


def run_forever(
    engine: Engine,
    config: RelayConfig,
    stop: threading.Event,
    owner: Optional[str] = None,
    clock: Clock = utc_now,
) -> None:
    """Poll until ``stop`` is set. Database errors are logged and retried."""
    owner = owner or default_owner()
    log.info("relay started owner=%s", owner)
    with requests.Session() as session:
        while not stop.is_set():
            try:
                attempts = run_once(engine, config, owner, session=session, clock=clock)
            except Exception as exc:  # keep running through DB hiccups
                log.error("relay loop error: %s", type(exc).__name__)
                attempts = []
            if len(attempts) < config.batch_size:
                stop.wait(config.poll_seconds)
    log.info("relay stopped owner=%s", owner)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m milia.callbacks.relay", description=__doc__.splitlines()[0])
    parser.add_argument("--log-level", default=os.environ.get("LOG_LEVEL", "INFO"))
    args = parser.parse_args(argv)
    require_production_settings()
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s")
    runtime = RuntimeConfig.from_env()
    if runtime.uses_dev_secret:
        log.warning("using the DEV-ONLY webhook secret; set BOOKING_WEBHOOK_SECRET in production")
    config = RelayConfig.from_runtime(runtime)
    engine = outbox.make_engine(runtime.outbox_db_url)
    outbox.ensure_schema(engine)
    stop = threading.Event()

    def _stop(signum: int, _frame: object) -> None:
        log.info("signal %d: stopping after the current request", signum)
        stop.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    try:
        run_forever(engine, config, stop)
    finally:
        engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
