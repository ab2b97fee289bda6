"""Reference booking receiver (``python -m dev.receiver``).

Stands in for the clinic's booking system: it verifies Standard Webhooks
signatures, stores each callback request once (de-duplicated by webhook-id),
and shows staff a plain HTML list. Routes:

* ``POST /webhook`` - 401 bad/missing signature or stale timestamp, 400 body
  not a ``callback.requested`` event, 200 ``{"status": "stored"}`` or
  ``{"status": "duplicate"}`` (a repeat of a webhook-id already stored).
* ``GET /`` - staff page (all values HTML-escaped).
* ``GET /health`` - ``{"status": "ok"}``.

It binds to RECEIVER_HOST (127.0.0.1 by default): the staff page has no
login, so it is for local development and demos only.
"""
from __future__ import annotations

import argparse
import html
import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Dict, List, Mapping, Optional

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from milia.callbacks.outbox import UTCDateTime, make_engine
from milia.callbacks.signing import DEFAULT_TOLERANCE_SECONDS, check
from milia.config.settings import RuntimeConfig

log = logging.getLogger("dev.receiver")

MAX_BODY_BYTES = 64 * 1024
EVENT_TYPE = "callback.requested"

metadata = sa.MetaData()

received_callbacks = sa.Table(
    "received_callbacks",
    metadata,
    sa.Column("webhook_id", sa.String(100), primary_key=True),
    sa.Column("received_at", UTCDateTime, nullable=False),
    sa.Column("deliveries", sa.Integer, nullable=False),  # POSTs seen for this id
    sa.Column("request_id", sa.String(100), nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("phone", sa.String(30), nullable=False),
    sa.Column("window_start", sa.String(40), nullable=False),
    sa.Column("window_end", sa.String(40), nullable=False),
    sa.Column("concern", sa.Text, nullable=True),
    sa.Column("conversation_id", sa.String(255), nullable=True),
    sa.Column("source", sa.String(50), nullable=True),
    sa.Column("webhook_timestamp", sa.BigInteger, nullable=False),
    sa.Column("signature", sa.Text, nullable=False),
    sa.Column("raw_body", sa.Text, nullable=False),
)


@dataclass(frozen=True)
class ReceivedRequest:
    webhook_id: str
    received_at: datetime
    deliveries: int
    request_id: str
    name: str
    phone: str
    window_start: str
    window_end: str
    concern: Optional[str]
    conversation_id: Optional[str]
    source: Optional[str]
    webhook_timestamp: int
    signature: str
    raw_body: str


class ReceiverStore:
    """Received requests in a database (one row per webhook-id)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._ready = False

    def _ensure(self) -> None:
        if not self._ready:
            metadata.create_all(self.engine, checkfirst=True)
            self._ready = True

    def forget(self, phone: Optional[str] = None, conversation: Optional[str] = None) -> int:
        """Delete the rows about one person (by phone number, matched on its last 9 digits, or by
        conversation id), as ``make forget`` does for the assistant's own data; rows removed."""
        from milia.privacy.store import phone_key

        self._ensure()
        key = phone_key(phone) if phone else None
        with self.engine.connect() as conn:
            held = conn.execute(sa.select(received_callbacks.c.webhook_id, received_callbacks.c.phone,
                                          received_callbacks.c.conversation_id)).all()
        doomed = [row.webhook_id for row in held
                  if (key and phone_key(row.phone or "") == key) or (conversation and row.conversation_id == conversation)]
        if not doomed:
            return 0
        with self.engine.begin() as conn:
            return conn.execute(received_callbacks.delete().where(received_callbacks.c.webhook_id.in_(doomed))).rowcount

    def record(
        self, webhook_id: str, headers: Mapping[str, str], body: bytes,
        payload: Dict[str, Any], now: datetime,
    ) -> bool:
        """Store a verified request; False (and the repeat counted) if this
        webhook-id is already stored."""
        self._ensure()
        table = received_callbacks
        data = payload["data"]
        lower = {k.lower(): v for k, v in headers.items()}
        try:
            with self.engine.begin() as conn:
                seen = conn.execute(
                    table.update()
                    .where(table.c.webhook_id == webhook_id)
                    .values(deliveries=table.c.deliveries + 1)
                ).rowcount
                if seen:
                    return False
                conn.execute(
                    table.insert().values(
                        webhook_id=webhook_id,
                        received_at=now,
                        deliveries=1,
                        request_id=data["request_id"],
                        name=data["name"],
                        phone=data["phone"],
                        window_start=data["callback_window"]["start"],
                        window_end=data["callback_window"]["end"],
                        concern=data.get("concern"),
                        conversation_id=data.get("conversation_id"),
                        source=data.get("source"),
                        webhook_timestamp=int(lower["webhook-timestamp"]),
                        signature=lower["webhook-signature"],
                        raw_body=body.decode("utf-8"),
                    )
                )
        except IntegrityError:  # a concurrent insert of the same id won
            return False
        return True

    def list_all(self) -> List[ReceivedRequest]:
        self._ensure()
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(received_callbacks).order_by(received_callbacks.c.received_at.desc())
            )
            return [ReceivedRequest(**dict(row._mapping)) for row in rows]


@dataclass(frozen=True)
class WebhookResult:
    status: int
    body: Dict[str, Any]


def _valid_payload(payload: Any) -> bool:
    if not isinstance(payload, dict) or payload.get("type") != EVENT_TYPE:
        return False
    data = payload.get("data")
    if not isinstance(data, dict):
        return False
    window = data.get("callback_window")
    strings = ("request_id", "name", "phone")
    return (
        all(isinstance(data.get(key), str) and data[key] for key in strings)
        and isinstance(window, dict)
        and isinstance(window.get("start"), str)
        and isinstance(window.get("end"), str)
        and data.get("consent") is True
        and (data.get("concern") is None or isinstance(data.get("concern"), str))
    )


def handle_webhook(
    store: ReceiverStore, secret: str, headers: Mapping[str, str], body: bytes,
    now: datetime, tolerance: int = DEFAULT_TOLERANCE_SECONDS,
) -> WebhookResult:
    """Verify, validate and store one webhook POST (no HTTP framework needed)."""
    reason = check(secret, headers, body, now, tolerance)
    if reason is not None:
        return WebhookResult(401, {"error": reason.value})
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return WebhookResult(400, {"error": "bad_json"})
    if not _valid_payload(payload):
        return WebhookResult(400, {"error": "bad_payload"})
    webhook_id = {k.lower(): v for k, v in headers.items()}["webhook-id"]
    created = store.record(webhook_id, headers, body, payload, now)
    return WebhookResult(200, {"status": "stored" if created else "duplicate"})


def render_staff_page(requests: List[ReceivedRequest]) -> str:
    """The staff list as HTML; every value is escaped."""
    esc = lambda value: html.escape("" if value is None else str(value), quote=True)  # noqa: E731
    rows = "\n".join(
        "<tr>"
        + "".join(
            f"<td>{esc(value)}</td>"
            for value in (
                item.received_at.isoformat(timespec="seconds"),
                item.name,
                item.phone,
                item.window_start,
                item.window_end,
                item.concern,
                item.request_id,
                item.deliveries,
            )
        )
        + "</tr>"
        for item in requests
    )
    empty = '<tr><td colspan="8">No callback requests yet.</td></tr>'
    return f"""<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta http-equiv="refresh" content="30">
<title>Callback requests</title>
<style>body{{font-family:sans-serif;margin:2rem}}table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}}</style></head>
<body><h1>Callback requests</h1>
<table><thead><tr><th>Received (UTC)</th><th>Name</th><th>Phone</th><th>From</th><th>To</th>
<th>Concern</th><th>Request id</th><th>Deliveries</th></tr></thead>
<tbody>
{rows or empty}
</tbody></table></body></html>
"""


@dataclass(frozen=True)
class ReceiverConfig:
    secret: str
    db_url: str
    tolerance_seconds: int = DEFAULT_TOLERANCE_SECONDS


def create_app(config: ReceiverConfig, name: str = "milia_receiver", store: Optional[ReceiverStore] = None):
    """Build the sanic app (names must be unique per process: pass another
    ``name`` to build a second one). Logging is left to the caller."""
    from sanic import Sanic, response

    app = Sanic(name, configure_logging=False)
    app.config.REQUEST_MAX_SIZE = MAX_BODY_BYTES
    app.config.FALLBACK_ERROR_FORMAT = "json"
    app.ctx.store = store or ReceiverStore(make_engine(config.db_url))

    @app.post("/webhook")
    async def webhook(request):  # type: ignore[no-untyped-def]
        result = handle_webhook(
            app.ctx.store, config.secret, dict(request.headers), request.body or b"",
            datetime.now(timezone.utc), config.tolerance_seconds,
        )
        log.info("webhook id=%s status=%d %s", request.headers.get("webhook-id", "-")[:100],
                 result.status, result.body.get("status") or result.body.get("error"))
        return response.json(result.body, status=result.status)

    @app.get("/")
    async def staff_page(request):  # type: ignore[no-untyped-def]
        page = render_staff_page(app.ctx.store.list_all())
        return response.html(page, headers={"Cache-Control": "no-store"})

    @app.get("/health")
    async def health(request):  # type: ignore[no-untyped-def]
        return response.json({"status": "ok"})

    return app


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dev.receiver", description=__doc__.splitlines()[0])
    parser.add_argument("--log-level", default=os.environ.get("LOG_LEVEL", "INFO"))
    parser.add_argument("command", nargs="?", choices=["serve", "forget"], default="serve",
                        help="forget: delete the rows for MILIA_FORGET_PHONE or MILIA_FORGET_CONVERSATION")
    args = parser.parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s")
    runtime = RuntimeConfig.from_env()
    if args.command == "forget":
        phone = os.environ.get("MILIA_FORGET_PHONE", "").strip() or None
        conversation = os.environ.get("MILIA_FORGET_CONVERSATION", "").strip() or None
        removed = ReceiverStore(make_engine(runtime.receiver_db_url)).forget(phone=phone, conversation=conversation)
        print(f"reference receiver (development): removed {removed} row(s)")
        return 0
    if runtime.uses_dev_secret:
        log.warning("using the DEV-ONLY webhook secret")
    app = create_app(ReceiverConfig(secret=runtime.booking_webhook_secret, db_url=runtime.receiver_db_url))
    app.run(host=runtime.receiver_host, port=runtime.receiver_port, access_log=False, motd=False, workers=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
