"""Signed session cookies, CSRF tokens and the login rate limit.

A session cookie is ``base64url(json) "." base64url(HMAC-SHA256(secret, json))`` holding the user
name, the account's generation (a new password or role ends older sessions), a random session
id and the expiry time. Nothing else is stored on the server. The CSRF token of a form is an
HMAC of the session id, so it is bound to the session and changes at each login.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from typing import Deque, Dict, Optional, Tuple

SESSION_COOKIE = "milia_staff"
PRE_COOKIE = "milia_staff_pre"  # before login: binds the login form's CSRF token


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class Session:
    user: str
    generation: int
    sid: str
    expires: float


class Signer:
    def __init__(self, secret: str) -> None:
        self._key = hashlib.sha256(b"milia-console-session|" + secret.encode("utf-8")).digest()

    def _mac(self, purpose: str, data: bytes) -> bytes:
        return hmac.new(self._key, purpose.encode("ascii") + b"|" + data, hashlib.sha256).digest()

    def sign(self, payload: Dict, purpose: str = "session") -> str:
        data = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode("utf-8")
        return f"{_b64(data)}.{_b64(self._mac(purpose, data))}"

    def unsign(self, value: Optional[str], purpose: str = "session") -> Optional[Dict]:
        if not value or value.count(".") != 1:
            return None
        body, mac = value.split(".")
        try:
            data, given = _unb64(body), _unb64(mac)
        except (ValueError, TypeError):
            return None
        if not hmac.compare_digest(given, self._mac(purpose, data)):
            return None
        try:
            payload = json.loads(data)
        except ValueError:
            return None
        return payload if isinstance(payload, dict) else None

    # sessions

    def new_session(self, user: str, generation: int, minutes: int, now: Optional[float] = None) -> Tuple[Session, str]:
        now = time.time() if now is None else now
        session = Session(user, generation, secrets.token_urlsafe(16), now + minutes * 60)
        return session, self.sign({"u": user, "g": generation, "s": session.sid, "e": session.expires})

    def read_session(self, cookie: Optional[str], now: Optional[float] = None) -> Optional[Session]:
        payload = self.unsign(cookie)
        if not payload:
            return None
        try:
            session = Session(str(payload["u"]), int(payload["g"]), str(payload["s"]), float(payload["e"]))
        except (KeyError, TypeError, ValueError):
            return None
        if session.expires <= (time.time() if now is None else now):
            return None
        return session

    # CSRF

    def new_pre_session(self) -> Tuple[str, str]:
        """(sid, cookie) for a visitor who has not logged in yet."""
        sid = secrets.token_urlsafe(16)
        return sid, self.sign({"s": sid}, purpose="pre")

    def read_pre_session(self, cookie: Optional[str]) -> Optional[str]:
        payload = self.unsign(cookie, purpose="pre")
        return str(payload["s"]) if payload and "s" in payload else None

    def csrf_token(self, sid: str) -> str:
        return _b64(self._mac("csrf", sid.encode("utf-8")))

    def check_csrf(self, sid: Optional[str], token: Optional[str]) -> bool:
        return bool(sid and token) and hmac.compare_digest(str(token), self.csrf_token(sid))


class LoginLimiter:
    """After ``limit`` failed logins within ``window`` seconds for one account name, or from one
    client address, logins are refused for ``lockout`` seconds (a right password too)."""

    def __init__(self, limit: int = 10, window: float = 900, lockout: float = 900) -> None:
        self.limit, self.window, self.lockout = limit, window, lockout
        self._failures: Dict[str, Deque[float]] = defaultdict(deque)
        self._locked: Dict[str, float] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _keys(name: str, client: str) -> Tuple[str, str]:
        return "user:" + name.lower(), "client:" + client

    def locked_for(self, name: str, client: str, now: Optional[float] = None) -> float:
        """Seconds until a login may be tried again (0: now)."""
        now = time.time() if now is None else now
        with self._lock:
            return max([self._locked.get(k, 0) - now for k in self._keys(name, client)] + [0.0])

    def failed(self, name: str, client: str, now: Optional[float] = None) -> None:
        now = time.time() if now is None else now
        with self._lock:
            for key in self._keys(name, client):
                times = self._failures[key]
                times.append(now)
                while times and times[0] < now - self.window:
                    times.popleft()
                if len(times) >= self.limit:
                    self._locked[key] = now + self.lockout
                    times.clear()

    def succeeded(self, name: str, client: str) -> None:
        with self._lock:
            self._failures.pop(self._keys(name, client)[0], None)
