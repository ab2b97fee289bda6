"""Production mode: with ``MILIA_ENV=production`` nothing starts without a real webhook secret and
URL and, when Rasa's HTTP API is enabled, a strong API token / JWT secret.

:func:`require_production_settings` is called first thing by every entry point (``make run``, the
cluster, the relay)."""
from __future__ import annotations

import base64
import binascii
import os
from typing import List, Mapping, Optional

from milia.config.settings import DEV_WEBHOOK_SECRET

# DEV ONLY, like DEV_WEBHOOK_SECRET: the password of the cluster's own PostgreSQL when
# POSTGRES_PASSWORD is unset. Production mode refuses it.
DEV_DB_PASSWORD = "milia-dev-only-db-password"
# DEV ONLY: the password of the outbox's own database role when OUTBOX_DB_PASSWORD is unset.
DEV_OUTBOX_DB_PASSWORD = "milia-dev-only-outbox-password"

# Placeholders that must never be used as a secret (the docs' examples among them).
WEAK_SECRETS = frozenset(
    {"", "changeme", "change-me", "secret", "token", "password", "rasa", "rasatoken", "test",
     "replace-me", "<token>", "<secret>", "milia", DEV_DB_PASSWORD, DEV_OUTBOX_DB_PASSWORD}
)
MIN_TOKEN_CHARS = 32
MIN_WEBHOOK_KEY_BYTES = 24


# --------------------------------------------------------------------------
# Production mode


def is_production(env: Mapping[str, str]) -> bool:
    return env.get("MILIA_ENV", "").strip().lower() == "production"


def _weak(value: str) -> bool:
    return value.strip().lower() in WEAK_SECRETS or len(value.strip()) < MIN_TOKEN_CHARS


def production_problems(env: Mapping[str, str]) -> List[str]:
    """Why these settings must not run in production (empty: fine, or not production)."""
    if not is_production(env):
        return []
    problems: List[str] = []
    secret = env.get("BOOKING_WEBHOOK_SECRET", "").strip()
    if not secret:
        problems.append("BOOKING_WEBHOOK_SECRET is not set (the booking system's whsec_... key)")
    elif secret == DEV_WEBHOOK_SECRET:
        problems.append("BOOKING_WEBHOOK_SECRET is the public development key")
    else:
        try:
            key = base64.b64decode(secret.removeprefix("whsec_"), validate=True)
        except (binascii.Error, ValueError):
            key = b""
        if not secret.startswith("whsec_") or len(key) < MIN_WEBHOOK_KEY_BYTES:
            problems.append(f"BOOKING_WEBHOOK_SECRET must be 'whsec_' + base64 of at least "
                            f"{MIN_WEBHOOK_KEY_BYTES} random bytes")
    if not env.get("BOOKING_WEBHOOK_URL", "").strip():
        problems.append("BOOKING_WEBHOOK_URL is not set (the reference receiver is for development only)")
    for name in ("RASA_API_TOKEN", "RASA_JWT_SECRET"):
        value = env.get(name)
        if value is not None and value.strip() and _weak(value):
            problems.append(f"{name} enables Rasa's HTTP API but is a placeholder or shorter than "
                            f"{MIN_TOKEN_CHARS} characters")
    staff_secret = env.get("STAFF_SECRET")
    if staff_secret is not None and staff_secret.strip() and _weak(staff_secret):
        problems.append(f"STAFF_SECRET (signs the staff console's sessions) is a placeholder or shorter than "
                        f"{MIN_TOKEN_CHARS} characters")
    for name in ("POSTGRES_PASSWORD", "OUTBOX_DB_PASSWORD", "REDIS_PASSWORD"):
        value = env.get(name)
        if value is not None and value.strip() and value.strip().lower() in WEAK_SECRETS:
            problems.append(f"{name} is a placeholder")
    for name in ("TRACKER_DB_URL", "OUTBOX_DB_URL"):
        if DEV_DB_PASSWORD in env.get(name, "") or DEV_OUTBOX_DB_PASSWORD in env.get(name, ""):
            problems.append(f"{name} uses the development database password")
    return problems


def require_production_settings(env: Optional[Mapping[str, str]] = None) -> None:
    """Exit (status 1, reasons on stderr) if ``MILIA_ENV=production`` and the settings are not
    fit for it; otherwise do nothing. Call it first thing in every entry point."""
    env = os.environ if env is None else env
    problems = production_problems(env)
    if problems:
        lines = "\n".join(f"  - {p}" for p in problems)
        raise SystemExit(f"MILIA_ENV=production, refusing to start:\n{lines}")
