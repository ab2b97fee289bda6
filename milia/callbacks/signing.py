"""Standard Webhooks signatures (https://www.standardwebhooks.com/).

The secret is ``whsec_`` + base64(key). A signature is
``v1,`` + base64(HMAC-SHA256(key, f"{msg_id}.{timestamp}.{body}")); the
``webhook-signature`` header may carry several, separated by spaces (key
rotation), and one matching ``v1`` signature is enough.
"""
from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import hmac
from datetime import datetime
from typing import Dict, Mapping, Optional

SECRET_PREFIX = "whsec_"
DEFAULT_TOLERANCE_SECONDS = 300


class VerifyReason(str, enum.Enum):
    """Why a webhook request was refused."""

    MISSING_HEADERS = "missing_headers"
    BAD_TIMESTAMP = "bad_timestamp"  # not a whole number of seconds
    STALE_TIMESTAMP = "stale_timestamp"  # older than the tolerance
    FUTURE_TIMESTAMP = "future_timestamp"  # further ahead than the tolerance
    BAD_SIGNATURE = "bad_signature"  # no v1 signature matches


class WebhookVerificationError(Exception):
    def __init__(self, reason: VerifyReason) -> None:
        super().__init__(reason.value)
        self.reason = reason


def secret_key(secret: str) -> bytes:
    """The raw HMAC key of a ``whsec_<base64>`` secret."""
    encoded = secret[len(SECRET_PREFIX):] if secret.startswith(SECRET_PREFIX) else secret
    try:
        return base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError("webhook secret is not valid base64") from exc


def sign(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    """``v1,<base64 signature>`` for one message."""
    signed = f"{msg_id}.{int(timestamp)}.".encode() + body
    digest = hmac.new(secret_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def signed_headers(secret: str, msg_id: str, timestamp: int, body: bytes) -> Dict[str, str]:
    """The headers a sender adds to a JSON webhook POST."""
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(timestamp)),
        "webhook-signature": sign(secret, msg_id, timestamp, body),
        "Content-Type": "application/json",
    }


def check(
    secret: str,
    headers: Mapping[str, str],
    body: bytes,
    now: datetime,
    tolerance: int = DEFAULT_TOLERANCE_SECONDS,
) -> Optional[VerifyReason]:
    """None when the request is authentic and fresh, else the reason it is not.

    ``headers`` is looked up case-insensitively; ``now`` must be aware.
    """
    lower = {str(k).lower(): str(v) for k, v in headers.items()}
    msg_id = lower.get("webhook-id", "").strip()
    raw_timestamp = lower.get("webhook-timestamp", "").strip()
    signatures = lower.get("webhook-signature", "").strip()
    if not (msg_id and raw_timestamp and signatures):
        return VerifyReason.MISSING_HEADERS
    if not raw_timestamp.isdigit():
        return VerifyReason.BAD_TIMESTAMP
    timestamp = int(raw_timestamp)
    current = int(now.timestamp())
    if timestamp < current - tolerance:
        return VerifyReason.STALE_TIMESTAMP
    if timestamp > current + tolerance:
        return VerifyReason.FUTURE_TIMESTAMP
    expected = sign(secret, msg_id, timestamp, body).split(",", 1)[1].encode()
    for candidate in signatures.split():
        version, _, value = candidate.partition(",")
        if version == "v1" and hmac.compare_digest(value.encode(), expected):
            return None
    return VerifyReason.BAD_SIGNATURE


def verify(
    secret: str,
    headers: Mapping[str, str],
    body: bytes,
    now: datetime,
    tolerance: int = DEFAULT_TOLERANCE_SECONDS,
) -> None:
    """Like :func:`check` but raises :class:`WebhookVerificationError`."""
    reason = check(secret, headers, body, now, tolerance)
    if reason is not None:
        raise WebhookVerificationError(reason)
