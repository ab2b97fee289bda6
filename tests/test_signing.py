import base64
from datetime import datetime, timezone

import pytest

from milia.callbacks.signing import (
    VerifyReason,
    WebhookVerificationError,
    check,
    sign,
    signed_headers,
    verify,
)

# The official Standard Webhooks test vector
SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
MSG_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
TIMESTAMP = 1614265330
BODY = b'{"test": 2432232314}'
EXPECTED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
NOW = datetime.fromtimestamp(TIMESTAMP, timezone.utc)


def headers(signature=EXPECTED, msg_id=MSG_ID, timestamp=str(TIMESTAMP)):
    return {"webhook-id": msg_id, "webhook-timestamp": timestamp, "webhook-signature": signature}


def test_official_vector():
    assert sign(SECRET, MSG_ID, TIMESTAMP, BODY) == EXPECTED
    assert check(SECRET, headers(), BODY, NOW) is None
    verify(SECRET, headers(), BODY, NOW)


def test_headers_case_insensitive_and_signed_headers():
    upper = {k.upper(): v for k, v in headers().items()}
    assert check(SECRET, upper, BODY, NOW) is None
    made = signed_headers(SECRET, MSG_ID, TIMESTAMP, BODY)
    assert made["webhook-signature"] == EXPECTED
    assert made["Content-Type"] == "application/json"
    assert check(SECRET, made, BODY, NOW) is None


def test_multiple_signatures():
    other = "v1," + base64.b64encode(b"x" * 32).decode()
    assert check(SECRET, headers(f"{other} {EXPECTED}"), BODY, NOW) is None
    assert check(SECRET, headers(f"v1a,abc {EXPECTED} v2,zzz"), BODY, NOW) is None
    assert check(SECRET, headers(f"{other} v2,{EXPECTED[3:]}"), BODY, NOW) is VerifyReason.BAD_SIGNATURE


@pytest.mark.parametrize(
    "hdrs,body,secret,now_offset,reason",
    [
        (headers(), b'{"test": 2432232315}', SECRET, 0, VerifyReason.BAD_SIGNATURE),
        (headers(), BODY + b" ", SECRET, 0, VerifyReason.BAD_SIGNATURE),
        (headers(msg_id="msg_other"), BODY, SECRET, 0, VerifyReason.BAD_SIGNATURE),
        (headers(timestamp=str(TIMESTAMP + 1)), BODY, SECRET, 0, VerifyReason.BAD_SIGNATURE),
        (headers(EXPECTED[:-2] + "A="), BODY, SECRET, 0, VerifyReason.BAD_SIGNATURE),
        (headers("v1,"), BODY, SECRET, 0, VerifyReason.BAD_SIGNATURE),
        (headers("g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="), BODY, SECRET, 0, VerifyReason.BAD_SIGNATURE),
        (headers(), BODY, "whsec_" + base64.b64encode(b"k" * 24).decode(), 0, VerifyReason.BAD_SIGNATURE),
        (headers(""), BODY, SECRET, 0, VerifyReason.MISSING_HEADERS),
        ({"webhook-id": MSG_ID, "webhook-signature": EXPECTED}, BODY, SECRET, 0, VerifyReason.MISSING_HEADERS),
        ({}, BODY, SECRET, 0, VerifyReason.MISSING_HEADERS),
        (headers(timestamp="1614265330.5"), BODY, SECRET, 0, VerifyReason.BAD_TIMESTAMP),
        (headers(timestamp="yesterday"), BODY, SECRET, 0, VerifyReason.BAD_TIMESTAMP),
        (headers(), BODY, SECRET, 301, VerifyReason.STALE_TIMESTAMP),
        (headers(), BODY, SECRET, -301, VerifyReason.FUTURE_TIMESTAMP),
    ],
)
def test_tampered(hdrs, body, secret, now_offset, reason):
    now = datetime.fromtimestamp(TIMESTAMP + now_offset, timezone.utc)
    assert check(secret, hdrs, body, now) is reason
    with pytest.raises(WebhookVerificationError) as caught:
        verify(secret, hdrs, body, now)
    assert caught.value.reason is reason


def test_tolerance_edges():
    assert check(SECRET, headers(), BODY, datetime.fromtimestamp(TIMESTAMP + 300, timezone.utc)) is None
    assert check(SECRET, headers(), BODY, datetime.fromtimestamp(TIMESTAMP - 300, timezone.utc)) is None
    late = datetime.fromtimestamp(TIMESTAMP + 60, timezone.utc)
    assert check(SECRET, headers(), BODY, late, tolerance=30) is VerifyReason.STALE_TIMESTAMP


def test_bad_secret_raises():
    with pytest.raises(ValueError):
        sign("whsec_!!!not base64!!!", MSG_ID, TIMESTAMP, BODY)
