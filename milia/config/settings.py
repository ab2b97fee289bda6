"""Clinic facts (``clinic.yml``) and process configuration (environment).

Two small immutable objects, each loaded explicitly by the caller:

* :class:`ClinicSettings` - the clinic's facts from ``clinic.yml`` (repo root, or
  the file named by ``CLINIC_SETTINGS``), via :func:`load_settings`.
* :class:`RuntimeConfig` - ports, webhook URL/secret and database URLs from the
  environment, via :meth:`RuntimeConfig.from_env`.

Nothing is read at import time.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import time, timedelta
from pathlib import Path
from typing import Any, Mapping, Optional, Tuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SETTINGS_PATH = REPO_ROOT / "clinic.yml"

DAY_KEYS: Tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# DEV ONLY. A fixed, public webhook secret so a fresh checkout works end to end
# against the local reference receiver. Never use it with a real booking system:
# set BOOKING_WEBHOOK_SECRET (a "whsec_" + base64 key from the booking system).
DEV_WEBHOOK_SECRET = "whsec_bWlsaWEtZGV2LW9ubHktd2ViaG9vay1zZWNyZXQtMDE="

_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")

OpeningHours = Tuple[time, time]


class SettingsError(ValueError):
    """clinic.yml or an environment variable holds an unusable value."""


@dataclass(frozen=True)
class ClinicSettings:
    """The clinic's facts. ``callback_hours`` is indexed by weekday (0 = Monday);
    ``None`` means no callbacks that day."""

    name: str
    phone: str
    timezone: str
    privacy_url: str
    callback_hours: Tuple[Optional[OpeningHours], ...]
    callback_horizon_days: int
    duplicate_window_minutes: int

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def duplicate_window(self) -> timedelta:
        return timedelta(minutes=self.duplicate_window_minutes)

    def hours_on(self, weekday: int) -> Optional[OpeningHours]:
        """Opening hours for a weekday (0 = Monday), or None when closed."""
        return self.callback_hours[weekday]


def _parse_hhmm(value: Any, where: str) -> time:
    match = _HHMM.match(str(value).strip())
    if not match:
        raise SettingsError(f"{where}: expected 'HH:MM', got {value!r}")
    return time(int(match.group(1)), int(match.group(2)))


def _parse_hours(raw: Any) -> Tuple[Optional[OpeningHours], ...]:
    if raw is None:
        raw = {}
    if not isinstance(raw, Mapping):
        raise SettingsError("callback_hours: expected a mapping of mon..sun")
    unknown = set(map(str, raw)) - set(DAY_KEYS)
    if unknown:
        raise SettingsError(f"callback_hours: unknown day(s) {sorted(unknown)}")
    hours = []
    for key in DAY_KEYS:
        value = raw.get(key)
        if value is None:
            hours.append(None)
            continue
        if not isinstance(value, (list, tuple)) or len(value) != 2:
            raise SettingsError(f"callback_hours.{key}: expected [open, close]")
        opens = _parse_hhmm(value[0], f"callback_hours.{key}")
        closes = _parse_hhmm(value[1], f"callback_hours.{key}")
        if opens >= closes:
            raise SettingsError(f"callback_hours.{key}: opens after it closes")
        hours.append((opens, closes))
    return tuple(hours)


def _positive_int(raw: Mapping[str, Any], key: str) -> int:
    value = raw.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise SettingsError(f"{key}: expected a positive whole number, got {value!r}")
    return value


def settings_from_mapping(raw: Mapping[str, Any]) -> ClinicSettings:
    """Validate an already-parsed clinic.yml document."""
    for key in ("name", "phone", "timezone", "privacy_url"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise SettingsError(f"{key}: expected a non-empty string")
    try:
        ZoneInfo(raw["timezone"])
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise SettingsError(f"timezone: unknown zone {raw['timezone']!r}") from exc
    return ClinicSettings(
        name=raw["name"],
        phone=raw["phone"],
        timezone=raw["timezone"],
        privacy_url=raw["privacy_url"],
        callback_hours=_parse_hours(raw.get("callback_hours")),
        callback_horizon_days=_positive_int(raw, "callback_horizon_days"),
        duplicate_window_minutes=_positive_int(raw, "duplicate_window_minutes"),
    )


def settings_path(env: Optional[Mapping[str, str]] = None) -> Path:
    """``$CLINIC_SETTINGS`` if set, else ``<repo>/clinic.yml``."""
    env = os.environ if env is None else env
    override = env.get("CLINIC_SETTINGS")
    return Path(override) if override else DEFAULT_SETTINGS_PATH


def load_settings(
    path: Optional[os.PathLike] = None, env: Optional[Mapping[str, str]] = None
) -> ClinicSettings:
    """Read and validate clinic.yml (``path`` wins over ``$CLINIC_SETTINGS``)."""
    file = Path(path) if path is not None else settings_path(env)
    with open(file, "rb") as handle:
        data = handle.read()
    # Read on every call (an edit counts at once); parsed once per content: the action server
    # asks on every form turn, and parsing the YAML cost a third of its time (BENCHMARKS.md).
    key = (str(file), data)
    cached = _PARSED.get(key)
    if cached is None:
        raw = yaml.safe_load(data.decode("utf-8"))
        if not isinstance(raw, Mapping):
            raise SettingsError(f"{file}: expected a YAML mapping")
        cached = settings_from_mapping(raw)
        _PARSED.clear()  # one file's latest content is all that is kept
        _PARSED[key] = cached
    return cached


_PARSED: dict = {}


@dataclass(frozen=True)
class RuntimeConfig:
    """Process configuration from the environment (see :meth:`from_env`)."""

    rasa_port: int = 5005
    action_port: int = 5055
    web_port: int = 8080
    receiver_port: int = 8090
    receiver_host: str = "127.0.0.1"
    booking_webhook_url: Optional[str] = None
    booking_webhook_secret: str = DEV_WEBHOOK_SECRET
    outbox_db_url: str = f"sqlite:///{REPO_ROOT / 'var' / 'outbox.db'}"
    receiver_db_url: str = f"sqlite:///{REPO_ROOT / 'var' / 'receiver.db'}"
    relay_poll_seconds: float = 1.0
    relay_lease_seconds: float = 60.0
    relay_timeout_seconds: float = 10.0

    @property
    def webhook_url(self) -> str:
        """Where the relay delivers: the configured booking system, or the
        local reference receiver when none is configured."""
        if self.booking_webhook_url:
            return self.booking_webhook_url
        return f"http://127.0.0.1:{self.receiver_port}/webhook"

    @property
    def uses_dev_secret(self) -> bool:
        return self.booking_webhook_secret == DEV_WEBHOOK_SECRET

    @classmethod
    def from_env(cls, env: Optional[Mapping[str, str]] = None) -> "RuntimeConfig":
        env = os.environ if env is None else env
        defaults = cls()

        def text(name: str, default: Optional[str]) -> Optional[str]:
            value = env.get(name, "").strip()
            return value or default

        def integer(name: str, default: int) -> int:
            value = text(name, None)
            if value is None:
                return default
            try:
                number = int(value)
            except ValueError:
                raise SettingsError(f"{name}: expected a whole number") from None
            if not 0 < number < 65536:
                raise SettingsError(f"{name}: expected a port number 1..65535")
            return number

        def seconds(name: str, default: float) -> float:
            value = text(name, None)
            if value is None:
                return default
            try:
                number = float(value)
            except ValueError:
                raise SettingsError(f"{name}: expected a number of seconds") from None
            if not number > 0:
                raise SettingsError(f"{name}: expected a positive number of seconds")
            return number

        secret = text("BOOKING_WEBHOOK_SECRET", defaults.booking_webhook_secret)
        if not secret.startswith("whsec_"):
            raise SettingsError("BOOKING_WEBHOOK_SECRET: expected 'whsec_<base64>'")
        return cls(
            rasa_port=integer("RASA_PORT", defaults.rasa_port),
            action_port=integer("ACTION_PORT", defaults.action_port),
            web_port=integer("WEB_PORT", defaults.web_port),
            receiver_port=integer("RECEIVER_PORT", defaults.receiver_port),
            receiver_host=text("RECEIVER_HOST", defaults.receiver_host),
            booking_webhook_url=text("BOOKING_WEBHOOK_URL", None),
            booking_webhook_secret=secret,
            outbox_db_url=text("OUTBOX_DB_URL", defaults.outbox_db_url),
            receiver_db_url=text("RECEIVER_DB_URL", defaults.receiver_db_url),
            relay_poll_seconds=seconds("RELAY_POLL_SECONDS", defaults.relay_poll_seconds),
            relay_lease_seconds=seconds("RELAY_LEASE_SECONDS", defaults.relay_lease_seconds),
            relay_timeout_seconds=seconds(
                "RELAY_TIMEOUT_SECONDS", defaults.relay_timeout_seconds
            ),
        )


LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
_HTTP_URL = re.compile(r"^https?://[^\s/?#]+/?$")


def rasa_urls_from_env(env: Optional[Mapping[str, str]] = None) -> Tuple[str, ...]:
    """Every running Rasa server a model is deployed to: ``RASA_URLS`` (space-separated, each
    ``http(s)://host:port`` of the server's own port, not a load balancer), else ``RASA_URL``, else
    ``http://localhost:$RASA_PORT`` (5005)."""
    env = os.environ if env is None else env
    raw = env.get("RASA_URLS", "").split()
    if not raw:
        port = env.get("RASA_PORT", "").strip() or "5005"
        raw = [env.get("RASA_URL", "").strip() or f"http://localhost:{port}"]
    urls = []
    for url in raw:
        if not _HTTP_URL.match(url):
            raise SettingsError(f"RASA_URLS: expected http(s)://host:port for each server, got {url!r}")
        if url.rstrip("/") not in urls:
            urls.append(url.rstrip("/"))
    return tuple(urls)


@dataclass(frozen=True)
class ConsoleConfig:
    """The staff console's configuration (milia/console), from the environment:
    ``STAFF_HOST`` (127.0.0.1), ``STAFF_PORT`` (8081), ``STAFF_SECRET`` (signs session cookies;
    without it a random key per start, so sessions end with a restart), ``STAFF_DB_URL``
    (accounts and the audit log, ``var/staff.db``), ``STAFF_SESSION_MINUTES`` (480),
    ``TRACKER_DB_URL`` and ``OUTBOX_DB_URL`` (read), ``RASA_URLS`` (every Rasa server; see
    :func:`rasa_urls_from_env`) and ``RASA_API_TOKEN`` (deploy)."""

    host: str = "127.0.0.1"
    port: int = 8081
    secret: Optional[str] = None
    db_url: str = f"sqlite:///{REPO_ROOT / 'var' / 'staff.db'}"
    tracker_db_url: str = f"sqlite:///{REPO_ROOT / 'var' / 'tracker.db'}"
    outbox_db_url: str = f"sqlite:///{REPO_ROOT / 'var' / 'outbox.db'}"
    session_minutes: int = 480
    rasa_url: str = "http://localhost:5005"
    rasa_api_token: Optional[str] = None
    rasa_urls: Tuple[str, ...] = ("http://localhost:5005",)

    @property
    def secure_cookies(self) -> bool:
        """Cookies carry ``Secure`` unless the console is only reachable on this machine."""
        return self.host not in LOCAL_HOSTS

    @classmethod
    def from_env(cls, env: Optional[Mapping[str, str]] = None) -> "ConsoleConfig":
        env = os.environ if env is None else env
        defaults = cls()

        def text(name: str, default: Optional[str]) -> Optional[str]:
            value = env.get(name, "").strip()
            return value or default

        def whole(name: str, default: int, low: int, high: int) -> int:
            value = text(name, None)
            if value is None:
                return default
            try:
                number = int(value)
            except ValueError:
                raise SettingsError(f"{name}: expected a whole number") from None
            if not low <= number <= high:
                raise SettingsError(f"{name}: expected {low}..{high}")
            return number

        secret = text("STAFF_SECRET", None)
        if secret is not None and len(secret) < 16:
            raise SettingsError("STAFF_SECRET: use at least 16 characters (e.g. 32 random bytes, base64)")
        return cls(
            host=text("STAFF_HOST", defaults.host),
            port=whole("STAFF_PORT", defaults.port, 1, 65535),
            secret=secret,
            db_url=text("STAFF_DB_URL", defaults.db_url),
            tracker_db_url=text("TRACKER_DB_URL", defaults.tracker_db_url),
            outbox_db_url=text("OUTBOX_DB_URL", defaults.outbox_db_url),
            session_minutes=whole("STAFF_SESSION_MINUTES", defaults.session_minutes, 1, 60 * 24 * 7),
            rasa_url=text("RASA_URL", defaults.rasa_url),
            rasa_api_token=text("RASA_API_TOKEN", None),
            rasa_urls=rasa_urls_from_env(env),
        )
