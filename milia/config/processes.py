"""Where each process of ``make run`` listens and whom it talks to: one object, read one way.

``ProcessSettings.from_env`` reads the ports, the public host, the widget's origins and the URLs
that ops/services.py, ops/run.py and web/serve.py need (scripts/env.sh gives the defaults), and
checks each: a wrong value stops start-up with a message that names the variable. The clinic's
facts are ``milia.config.settings.load_settings`` (clinic.yml), the delivery settings
``RuntimeConfig`` and the staff console's ``ConsoleConfig``, all in this package.
"""

from __future__ import annotations

import ipaddress
import os
import re
from dataclasses import dataclass
from typing import Mapping, Optional, Tuple
from urllib.parse import urlsplit

from milia.config.settings import SettingsError

LOOPBACK = "127.0.0.1"
_HOSTNAME = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$")


def read_port(env: Mapping[str, str], name: str, default: int) -> int:
    raw = (env.get(name) or "").strip()
    if not raw:
        return default
    if not raw.isdigit() or not 1 <= int(raw) <= 65535:
        raise SettingsError(f"{name}={raw!r}: expected a port number from 1 to 65535")
    return int(raw)


def read_host(env: Mapping[str, str], name: str, default: str) -> str:
    raw = (env.get(name) or "").strip()
    if not raw:
        return default
    try:
        ipaddress.ip_address(raw)
        return raw
    except ValueError:
        if _HOSTNAME.match(raw):
            return raw
    raise SettingsError(f"{name}={raw!r}: expected an IP address or a host name")


def read_ports(env: Mapping[str, str], name: str, default: Tuple[int, ...]) -> Tuple[int, ...]:
    """Several ports, separated by spaces or commas ("5005 5006"), each checked like one."""
    raw = (env.get(name) or "").replace(",", " ").split()
    if not raw:
        return default
    return tuple(read_port({name: r}, name, 0) for r in raw)


def read_count(env: Mapping[str, str], name: str, default: int, minimum: int = 1) -> int:
    raw = (env.get(name) or "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < minimum:
        raise SettingsError(f"{name}={raw!r}: expected a whole number, at least {minimum}")
    return int(raw)


def check_url(name: str, raw: str) -> str:
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SettingsError(f"{name}={raw!r}: expected an http(s) URL")
    return raw.rstrip("/")


def _origins(env: Mapping[str, str], name: str) -> Tuple[str, ...]:
    origins = []
    for raw in (env.get(name) or "").split():
        parts = urlsplit(raw)
        if parts.scheme not in ("http", "https") or not parts.netloc or parts.path not in ("", "/"):
            raise SettingsError(f"{name}: {raw!r} is not an origin (scheme://host[:port], no path, never *)")
        origins.append(f"{parts.scheme}://{parts.netloc}")
    return tuple(origins)


@dataclass(frozen=True)
class ProcessSettings:
    rasa_port: int = 5005
    action_port: int = 5055
    web_port: int = 8080
    receiver_port: int = 8090
    staff_port: int = 8081
    # the address the page and the REST channel listen on (the action server: always loopback)
    public_host: str = LOOPBACK
    web_host: str = LOOPBACK
    widget_origins: Tuple[str, ...] = ()
    rasa_url: str = "http://localhost:5005"
    booking_webhook_url: Optional[str] = None
    rasa_api_token: Optional[str] = None

    @classmethod
    def from_env(cls, env: Optional[Mapping[str, str]] = None) -> "ProcessSettings":
        env = os.environ if env is None else env
        rasa_port = read_port(env, "RASA_PORT", cls.rasa_port)
        public_host = read_host(env, "PUBLIC_HOST", LOOPBACK)
        booking = (env.get("BOOKING_WEBHOOK_URL") or "").strip()
        return cls(
            rasa_port=rasa_port,
            action_port=read_port(env, "ACTION_PORT", cls.action_port),
            web_port=read_port(env, "WEB_PORT", cls.web_port),
            receiver_port=read_port(env, "RECEIVER_PORT", cls.receiver_port),
            staff_port=read_port(env, "STAFF_PORT", cls.staff_port),
            public_host=public_host,
            web_host=read_host(env, "WEB_HOST", public_host),
            widget_origins=_origins(env, "WIDGET_ORIGINS"),
            rasa_url=check_url("RASA_URL", (env.get("RASA_URL") or "").strip() or f"http://localhost:{rasa_port}"),
            booking_webhook_url=check_url("BOOKING_WEBHOOK_URL", booking) if booking else None,
            rasa_api_token=(env.get("RASA_API_TOKEN") or "").strip() or None,
        )
