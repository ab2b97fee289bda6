"""The callback outbox: requests wait here until the relay has delivered them.

SQLAlchemy 1.4 Core on SQLite or PostgreSQL; the engine comes from the caller
(:func:`make_engine`), the table is created on first use. All times are stored
as UTC and handed back as aware UTC datetimes; every ``now`` must be aware.

A row's ``id`` (uuid4 hex) is the request id and, for ever, the webhook-id.
After ``MAX_AGE`` of failed attempts a row becomes ``failed`` and stays for staff
(``outbox_cli retry``). Rows are deleted only here: delivered ones after the retention period
(:func:`purge_delivered`, ``make purge``), any on a visitor's request (:func:`delete_requests`,
``make forget``), and the undelivered ones of a conversation its visitor deletes from the chat
(:func:`delete_undelivered`).

Concurrency:

* :func:`enqueue` checks for a duplicate and inserts in one transaction that
  is serialised per database (SQLite: ``BEGIN IMMEDIATE``) or per phone
  number (PostgreSQL: a transaction-scoped advisory lock).
* :func:`claim_due` takes a lease with a conditional ``UPDATE ... WHERE id = ?
  AND (lease_until IS NULL OR lease_until < now)`` and trusts only rowcount 1,
  so two relays never hold the same row at once.
"""
from __future__ import annotations

import enum
import hashlib
import threading
import uuid
import weakref
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine, Row
from sqlalchemy.pool import StaticPool

MAX_AGE = timedelta(hours=24)  # retry this long after creation, then "failed"
FIRST_RETRY_SECONDS = 5
MAX_RETRY_SECONDS = 300
MAX_ERROR_CHARS = 200
PAYLOAD_TYPE = "callback.requested"
PAYLOAD_SOURCE = "website-chat"


class Status(str, enum.Enum):
    PENDING = "pending"
    DELIVERED = "delivered"
    FAILED = "failed"


class UTCDateTime(sa.types.TypeDecorator):
    """Aware datetimes in, naive UTC stored, aware UTC out (same on every DB)."""

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: Optional[datetime], dialect: Any) -> Optional[datetime]:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("aware datetime required")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: Optional[datetime], dialect: Any) -> Optional[datetime]:
        return None if value is None else value.replace(tzinfo=timezone.utc)


metadata = sa.MetaData()

callback_outbox = sa.Table(
    "callback_outbox",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("conversation_id", sa.String(255), nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("phone_e164", sa.String(20), nullable=False),
    sa.Column("window_start", sa.String(40), nullable=False),
    sa.Column("window_end", sa.String(40), nullable=False),
    sa.Column("concern", sa.Text, nullable=True),
    sa.Column("consent", sa.Boolean, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    sa.Column("next_attempt_at", UTCDateTime, nullable=False),
    sa.Column("last_error", sa.String(MAX_ERROR_CHARS), nullable=True),
    sa.Column("lease_owner", sa.String(100), nullable=True),
    sa.Column("lease_until", UTCDateTime, nullable=True),
    sa.Column("delivered_at", UTCDateTime, nullable=True),
    # automatic retries stop here (created_at + MAX_AGE; a manual retry renews it)
    sa.Column("retry_until", UTCDateTime, nullable=False),
    sa.Index("ix_callback_outbox_due", "status", "next_attempt_at"),
    sa.Index("ix_callback_outbox_phone", "phone_e164", "created_at"),
)


@dataclass(frozen=True)
class CallbackRequest:
    """What the chat collected. Windows are ISO 8601 strings with offsets."""

    conversation_id: str
    name: str
    phone_e164: str
    window_start: str
    window_end: str
    concern: Optional[str]
    consent: bool


@dataclass(frozen=True)
class OutboxRow:
    id: str
    created_at: datetime
    conversation_id: str
    name: str
    phone_e164: str
    window_start: str
    window_end: str
    concern: Optional[str]
    consent: bool
    status: Status
    attempts: int
    next_attempt_at: datetime
    last_error: Optional[str]
    lease_owner: Optional[str]
    lease_until: Optional[datetime]
    delivered_at: Optional[datetime]
    retry_until: datetime

    @property
    def request_id(self) -> str:
        return self.id


# --------------------------------------------------------------------------
# Engine and schema


def make_engine(url: str) -> Engine:
    """An engine for ``url``. SQLite gets a busy timeout, WAL, and
    ``BEGIN IMMEDIATE`` transactions (so read-then-write steps serialise);
    a missing directory for a SQLite file is created."""
    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return sa.create_engine(url, future=True, pool_pre_ping=True)
    database = parsed.database or ""
    in_memory = database in ("", ":memory:")
    if in_memory:
        engine = sa.create_engine(
            url,
            future=True,
            poolclass=StaticPool,
            connect_args={"check_same_thread": False},
        )
    else:
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, future=True, connect_args={"timeout": 30})

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        if not in_memory:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


_ready: "weakref.WeakSet[Engine]" = weakref.WeakSet()
_ready_lock = threading.Lock()


def ensure_schema(engine: Engine) -> None:
    """Create the table (and indexes) if missing; cheap after the first call."""
    if engine in _ready:
        return
    with _ready_lock:
        if engine not in _ready:
            metadata.create_all(engine, checkfirst=True)
            _ready.add(engine)


def _require_aware(now: datetime) -> datetime:
    if now.tzinfo is None:
        raise ValueError("aware datetime required")
    return now.astimezone(timezone.utc)


def _to_row(row: Row) -> OutboxRow:
    data = dict(row._mapping)
    data["status"] = Status(data["status"])
    data["consent"] = bool(data["consent"])
    return OutboxRow(**data)


def _phone_lock_key(phone: str) -> int:
    digest = hashlib.sha256(phone.encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


# --------------------------------------------------------------------------
# Writing requests


def enqueue(
    engine: Engine, request: CallbackRequest, now: datetime, duplicate_window: timedelta
) -> Tuple[str, bool]:
    """Store a request; ``(request_id, True)``. If the same phone already has a
    request created within ``duplicate_window`` before ``now``, nothing is
    stored and ``(that_request_id, False)`` comes back."""
    if request.consent is not True:
        raise ValueError("a callback request needs consent")
    now = _require_aware(now)
    ensure_schema(engine)
    table = callback_outbox
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(
                sa.text("SELECT pg_advisory_xact_lock(:key)"),
                {"key": _phone_lock_key(request.phone_e164)},
            )
        existing = conn.execute(
            sa.select(table.c.id)
            .where(table.c.phone_e164 == request.phone_e164)
            .where(table.c.created_at >= now - duplicate_window)
            .order_by(table.c.created_at.desc())
            .limit(1)
        ).scalar()
        if existing is not None:
            return existing, False
        request_id = uuid.uuid4().hex
        conn.execute(
            table.insert().values(
                id=request_id,
                created_at=now,
                conversation_id=request.conversation_id,
                name=request.name,
                phone_e164=request.phone_e164,
                window_start=request.window_start,
                window_end=request.window_end,
                concern=request.concern,
                consent=True,
                status=Status.PENDING.value,
                attempts=0,
                next_attempt_at=now,
                retry_until=now + MAX_AGE,
            )
        )
    return request_id, True


def retry_delay(attempt: int) -> timedelta:
    """Wait after the ``attempt``-th failed attempt: 5 s, 10 s, 20 s ... 300 s."""
    exponent = max(attempt, 1) - 1
    seconds = MAX_RETRY_SECONDS if exponent >= 10 else FIRST_RETRY_SECONDS * 2**exponent
    return timedelta(seconds=min(seconds, MAX_RETRY_SECONDS))


def claim_due(
    engine: Engine, owner: str, now: datetime, lease_seconds: float, limit: int = 10
) -> List[OutboxRow]:
    """Lease up to ``limit`` pending rows that are due and not leased by
    anyone else (an expired lease counts as free). Each row is taken with a
    conditional UPDATE, so concurrent claimers never get the same row."""
    now = _require_aware(now)
    ensure_schema(engine)
    table = callback_outbox
    lease_until = now + timedelta(seconds=lease_seconds)
    free = sa.or_(table.c.lease_until.is_(None), table.c.lease_until < now)
    due = sa.and_(table.c.status == Status.PENDING.value, table.c.next_attempt_at <= now, free)
    with engine.connect() as conn:
        candidates = conn.execute(
            sa.select(table.c.id).where(due).order_by(table.c.next_attempt_at).limit(limit)
        ).scalars().all()
    claimed: List[OutboxRow] = []
    for request_id in candidates:
        with engine.begin() as conn:
            result = conn.execute(
                table.update()
                .where(table.c.id == request_id)
                .where(due)
                .values(lease_owner=owner, lease_until=lease_until)
            )
            if result.rowcount != 1:
                continue
            row = conn.execute(sa.select(table).where(table.c.id == request_id)).one()
        claimed.append(_to_row(row))
    return claimed


def mark_delivered(engine: Engine, request_id: str, now: datetime) -> bool:
    """Record a 2xx answer (also counts the attempt). False if no such row."""
    now = _require_aware(now)
    ensure_schema(engine)
    table = callback_outbox
    with engine.begin() as conn:
        result = conn.execute(
            table.update()
            .where(table.c.id == request_id)
            .where(table.c.status != Status.DELIVERED.value)
            .values(
                status=Status.DELIVERED.value,
                delivered_at=now,
                attempts=table.c.attempts + 1,
                last_error=None,
                lease_owner=None,
                lease_until=None,
            )
        )
    return result.rowcount == 1


def mark_retry(engine: Engine, request_id: str, now: datetime, error: str) -> Optional[OutboxRow]:
    """Record a failed attempt. ``error`` is a short code without personal data
    (e.g. "http_500", "timeout"). The row is retried after :func:`retry_delay`,
    or becomes ``failed`` once its ``retry_until`` has passed. Returns the
    updated row (None if it is no longer pending, e.g. delivered meanwhile)."""
    now = _require_aware(now)
    ensure_schema(engine)
    table = callback_outbox
    with engine.begin() as conn:
        row = conn.execute(
            sa.select(table.c.attempts, table.c.retry_until)
            .where(table.c.id == request_id)
            .where(table.c.status == Status.PENDING.value)
        ).one_or_none()
        if row is None:
            return None
        attempts = row.attempts + 1
        next_at = now + retry_delay(attempts)
        give_up = now >= row.retry_until
        conn.execute(
            table.update()
            .where(table.c.id == request_id)
            .values(
                attempts=attempts,
                status=(Status.FAILED if give_up else Status.PENDING).value,
                next_attempt_at=now if give_up else next_at,
                last_error=error[:MAX_ERROR_CHARS],
                lease_owner=None,
                lease_until=None,
            )
        )
        updated = conn.execute(sa.select(table).where(table.c.id == request_id)).one()
    return _to_row(updated)


# --------------------------------------------------------------------------
# Staff operations


def get_request(engine: Engine, request_id: str) -> Optional[OutboxRow]:
    ensure_schema(engine)
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(callback_outbox).where(callback_outbox.c.id == request_id)
        ).one_or_none()
    return None if row is None else _to_row(row)


def list_requests(engine: Engine, status: Optional[Status] = None) -> List[OutboxRow]:
    """All requests (optionally of one status), oldest first."""
    ensure_schema(engine)
    query = sa.select(callback_outbox).order_by(callback_outbox.c.created_at, callback_outbox.c.id)
    if status is not None:
        query = query.where(callback_outbox.c.status == Status(status).value)
    with engine.connect() as conn:
        return [_to_row(row) for row in conn.execute(query)]


def retry_failed(engine: Engine, request_id: str, now: Optional[datetime] = None) -> bool:
    """Put a failed request back to pending, due now, with a fresh
    ``MAX_AGE`` of automatic retries. False unless the row was failed."""
    now = _require_aware(now or datetime.now(timezone.utc))
    ensure_schema(engine)
    table = callback_outbox
    with engine.begin() as conn:
        result = conn.execute(
            table.update()
            .where(table.c.id == request_id)
            .where(table.c.status == Status.FAILED.value)
            .values(
                status=Status.PENDING.value,
                next_attempt_at=now,
                retry_until=now + MAX_AGE,
                lease_owner=None,
                lease_until=None,
            )
        )
    return result.rowcount == 1


# --------------------------------------------------------------------------
# Webhook body


def _iso_utc(value: datetime) -> str:
    return _require_aware(value).isoformat(timespec="seconds").replace("+00:00", "Z")


def build_payload(row: OutboxRow, now: datetime) -> Dict[str, Any]:
    """The webhook body; ``timestamp`` is the time of this delivery attempt
    (the same instant as the webhook-timestamp header)."""
    return {
        "type": PAYLOAD_TYPE,
        "timestamp": _iso_utc(now),
        "data": {
            "request_id": row.id,
            "name": row.name,
            "phone": row.phone_e164,
            "callback_window": {"start": row.window_start, "end": row.window_end},
            "concern": row.concern,
            "consent": True,
            "conversation_id": row.conversation_id,
            "source": PAYLOAD_SOURCE,
        },
    }


def purge_delivered(engine: Engine, cutoff: datetime, batch: int = 500) -> int:
    """Delete delivered outbox rows delivered before ``cutoff``; rows removed."""
    ensure_schema(engine)
    table = callback_outbox
    removed = 0
    while True:
        with engine.connect() as conn:
            ids = conn.execute(
                sa.select(table.c.id)
                .where(table.c.status == Status.DELIVERED.value, table.c.delivered_at < cutoff)
                .limit(batch)
            ).scalars().all()
        if not ids:
            return removed
        with engine.begin() as conn:
            removed += conn.execute(
                table.delete().where(table.c.id.in_(ids), table.c.status == Status.DELIVERED.value)
            ).rowcount


def delete_requests(engine: Engine, ids: Sequence[str]) -> int:
    """Delete these requests whatever their state (a visitor asked to be forgotten); rows removed."""
    if not ids:
        return 0
    ensure_schema(engine)
    with engine.begin() as conn:
        return conn.execute(callback_outbox.delete().where(callback_outbox.c.id.in_(list(ids)))).rowcount


@dataclass(frozen=True)
class UndeliveredDeletion:
    """What :func:`delete_undelivered` did for one conversation."""

    deleted: List[str]  # ids of the pending and failed requests removed
    kept_delivered: int  # delivered requests left in place (the clinic's record)


def delete_undelivered(engine: Engine, conversation_id: str) -> UndeliveredDeletion:
    """A visitor deleting their conversation: remove its callback requests that have not been
    delivered (pending, also one a relay is sending right now, and failed); delivered ones stay.

    One transaction; on PostgreSQL the rows are locked first (``FOR UPDATE``), so a relay that
    marks one delivered meanwhile either did so before (the row stays) or finds it gone
    (:func:`mark_delivered` returns False). On SQLite ``BEGIN IMMEDIATE`` serialises writers."""
    ensure_schema(engine)
    table = callback_outbox
    undelivered = sa.and_(table.c.conversation_id == conversation_id, table.c.status != Status.DELIVERED.value)
    with engine.begin() as conn:
        ids = sorted(conn.execute(
            sa.select(table.c.id).where(undelivered).with_for_update()
        ).scalars())
        if ids:
            conn.execute(table.delete().where(table.c.id.in_(ids), table.c.status != Status.DELIVERED.value))
        kept = conn.execute(
            sa.select(sa.func.count()).select_from(table)
            .where(table.c.conversation_id == conversation_id, table.c.status == Status.DELIVERED.value)
        ).scalar_one()
    return UndeliveredDeletion(deleted=ids, kept_delivered=int(kept))
