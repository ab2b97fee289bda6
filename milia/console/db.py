"""The console's own tables (``STAFF_DB_URL``, by default ``var/staff.db``): accounts, the audit
log, reviewed alerts and inbox decisions. Conversations and callback requests are never copied
here: they are read where they live."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional

import sqlalchemy as sa
from sqlalchemy.engine import Engine

metadata = sa.MetaData()

users = sa.Table(
    "staff_users",
    metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("password_hash", sa.String(255), nullable=False),
    sa.Column("created_at", sa.Float, nullable=False),
    # bumped when the password or role changes: older session cookies stop working
    sa.Column("generation", sa.Integer, nullable=False, default=1),
    sa.Column("disabled", sa.Boolean, nullable=False, default=False),
)

audit = sa.Table(
    "staff_audit",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("at", sa.Float, nullable=False, index=True),
    sa.Column("actor", sa.String(64), nullable=False),
    sa.Column("action", sa.String(64), nullable=False),
    sa.Column("detail", sa.Text, nullable=False, default=""),
)

reviewed = sa.Table(
    "staff_reviewed_alerts",
    metadata,
    sa.Column("kind", sa.String(32), primary_key=True),
    sa.Column("key", sa.String(255), primary_key=True),
    sa.Column("by", sa.String(64), nullable=False),
    sa.Column("at", sa.Float, nullable=False),
)

inbox_decisions = sa.Table(
    "staff_inbox_decisions",
    metadata,
    sa.Column("key", sa.String(500), primary_key=True),  # the message, normalised
    sa.Column("decision", sa.String(64), nullable=False),  # dismissed | out_of_scope | faq_<topic>
    sa.Column("by", sa.String(64), nullable=False),
    sa.Column("at", sa.Float, nullable=False),
)


# Train / deploy / roll back runs started from the console (milia.console.jobs); the output is a
# file beside the databases (var/console-jobs/<id>.log), never personal data.
jobs = sa.Table(
    "staff_jobs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("kind", sa.String(16), nullable=False),  # train | deploy | rollback
    sa.Column("actor", sa.String(64), nullable=False),
    sa.Column("started_at", sa.Float, nullable=False),
    sa.Column("finished_at", sa.Float, nullable=True),
    sa.Column("status", sa.String(16), nullable=False),  # running | succeeded | failed | interrupted
    sa.Column("exit_code", sa.Integer, nullable=True),
    sa.Column("verdict", sa.String(32), nullable=False, default=""),  # promoted | refused | up to date | ...
    sa.Column("reason", sa.Text, nullable=False, default=""),
)


def make_staff_engine(url: str) -> Engine:
    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database not in ("", ":memory:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, future=True, connect_args={"timeout": 30, "check_same_thread": False})
    else:
        engine = sa.create_engine(url, future=True, pool_pre_ping=True)
    metadata.create_all(engine, checkfirst=True)
    return engine


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: float
    actor: str
    action: str
    detail: str


def record(engine: Engine, actor: str, action: str, detail: str = "") -> None:
    """One line of the audit log: who, what, when. ``detail`` carries ids and names of topics,
    never a visitor's message with personal data."""
    with engine.begin() as conn:
        conn.execute(audit.insert().values(at=time.time(), actor=actor, action=action, detail=detail[:2000]))


def audit_log(engine: Engine, limit: int = 200, actor: Optional[str] = None) -> List[AuditEntry]:
    query = sa.select(audit).order_by(audit.c.id.desc()).limit(limit)
    if actor:
        query = query.where(audit.c.actor == actor)
    with engine.connect() as conn:
        return [AuditEntry(**dict(row._mapping)) for row in conn.execute(query)]
