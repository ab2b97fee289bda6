"""Static server for the clinic page and the chat widget (stdlib + PyYAML).

Run:  python web/serve.py

Environment:
  WEB_PORT         port to listen on (default 8080)
  WEB_HOST         address to bind (default 127.0.0.1)
  RASA_URL         base URL of the Rasa server the widget talks to
                   (default http://localhost:$RASA_PORT)
  RASA_PORT        used only for the RASA_URL default (default 5005)
  CLINIC_SETTINGS  path of the clinic settings file (default ../clinic.yml)

HTML files under static/ are simple templates: ``{{ name }}`` is replaced by
the HTML-escaped value from :func:`template_context`. In widget.js the marker
``/*milia-config*/null`` becomes a JSON object (:func:`widget_config`): the
clinic's name, phone and time zone, and the safety texts (knowledge/safety_texts.yml
and the answers of FAQ topics given by a safety action) that "Save a copy" lists
as the safety advice the visitor was given. Everything else is served as-is.
Every response carries a strict Content-Security-Policy.
"""

from __future__ import annotations

import html
import json
import os
import re
import sys
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from milia.config.processes import ProcessSettings
from milia.config.settings import SettingsError, settings_path
from milia.config.settings import load_settings as check_clinic_settings

WEB_DIR = Path(__file__).resolve().parent
STATIC_DIR = WEB_DIR / "static"
DEFAULT_SETTINGS = WEB_DIR.parent / "clinic.yml"
KNOWLEDGE_DIR = WEB_DIR.parent / "knowledge"
WIDGET_CONFIG_MARK = "/*milia-config*/null"

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".txt": "text/plain; charset=utf-8",
}

PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")


# ---------------------------------------------------------------- settings


def load_settings(path: str | os.PathLike | None = None) -> dict:
    """The clinic settings (name, phone, privacy_url, ...) as the templates use them: clinic.yml
    (or $CLINIC_SETTINGS), checked by the one reader, milia.config.settings."""
    path = Path(path) if path else settings_path()
    check_clinic_settings(path)  # raises SettingsError naming what is wrong
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def rasa_url_from_env(env=os.environ) -> str:
    return ProcessSettings.from_env(env).rasa_url


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def template_context(settings: dict, rasa_url: str) -> dict:
    phone = str(settings["phone"])
    return {
        "clinic_name": str(settings["name"]),
        "clinic_phone": phone,
        "clinic_phone_tel": "tel:" + re.sub(r"[^0-9+]", "", phone),
        "privacy_url": str(settings["privacy_url"]),
        "rasa_url": rasa_url,
    }


def safety_texts(knowledge_dir: Path = KNOWLEDGE_DIR) -> list:
    """The safety and signposting texts the assistant may send, word for word: those of
    knowledge/safety_texts.yml with medical content (an entry whose ``follows`` is in brackets
    has none, e.g. "callback paused"), and the answers of FAQ topics that a safety action gives
    (``action:`` in the topic file, e.g. self-removal)."""
    found = []
    listed = knowledge_dir / "safety_texts.yml"
    if listed.is_file():
        entries = (yaml.safe_load(listed.read_text(encoding="utf-8")) or {}).get("texts") or {}
        for entry in entries.values():
            if isinstance(entry, dict) and entry.get("text") and not str(entry.get("follows", "")).startswith("("):
                found.append(" ".join(str(entry["text"]).split()))
    for path in sorted((knowledge_dir / "faq").glob("*.yml")):
        topic = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if topic.get("action") and topic.get("answer"):
            found.append(" ".join(str(topic["answer"]).split()))
    return list(dict.fromkeys(found))


def widget_config(settings: dict, knowledge_dir: Path = KNOWLEDGE_DIR) -> dict:
    """What the widget needs to know about the clinic (for "Save a copy" and its notices)."""
    return {
        "clinicName": str(settings["name"]),
        "clinicPhone": str(settings["phone"]),
        "clinicPhoneTel": "tel:" + re.sub(r"[^0-9+]", "", str(settings["phone"])),
        "timezone": str(settings.get("timezone") or "Europe/London"),
        "safetyTexts": safety_texts(knowledge_dir),
    }


def js_value(value) -> str:
    """A JSON value that is safe inside a script: no '<', '>', '&' or line separators."""
    text = json.dumps(value, ensure_ascii=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render(template: str, context: dict) -> str:
    """Fill ``{{ name }}`` placeholders with HTML-escaped values."""

    def fill(match: re.Match) -> str:
        key = match.group(1)
        if key not in context:
            raise KeyError(f"unknown template placeholder {key!r}")
        return html.escape(context[key], quote=True)

    return PLACEHOLDER.sub(fill, template)


def security_headers(rasa_url: str) -> dict:
    csp = "; ".join(
        [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "font-src 'self'",
            f"connect-src 'self' {origin_of(rasa_url)}",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )
    return {
        "Content-Security-Policy": csp,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "X-Frame-Options": "DENY",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
        "Cross-Origin-Opener-Policy": "same-origin",
    }


# ----------------------------------------------------------------- server


class SiteHandler(BaseHTTPRequestHandler):
    server_version = "clinic-web"
    sys_version = ""
    # Set by make_server().
    context: dict = {}
    headers_extra: dict = {}
    routes: dict = {}
    widget_config_js: str = "null"

    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        self._respond(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._respond(send_body=False)

    def _respond(self, send_body: bool) -> None:
        path = urlsplit(self.path).path
        if path == "/health":
            body = json.dumps({"status": "ok"}).encode()
            return self._send(HTTPStatus.OK, "application/json", body, send_body)

        file = self._resolve(path)
        if file is None:
            return self._send(
                HTTPStatus.NOT_FOUND, CONTENT_TYPES[".txt"], b"Not found\n", send_body
            )
        body = file.read_bytes()
        if file.suffix == ".html":
            body = render(body.decode("utf-8"), self.context).encode("utf-8")
        elif file.name == "widget.js":
            body = body.decode("utf-8").replace(WIDGET_CONFIG_MARK, self.widget_config_js, 1).encode("utf-8")
        self._send(HTTPStatus.OK, CONTENT_TYPES[file.suffix], body, send_body)

    def _resolve(self, path: str) -> Path | None:
        """Map a URL path to a file under STATIC_DIR, or None."""
        if path in self.routes:
            path = self.routes[path]
        if "\x00" in path or "\\" in path:
            return None
        candidate = (STATIC_DIR / path.lstrip("/")).resolve()
        if STATIC_DIR not in candidate.parents:
            return None
        if candidate.suffix not in CONTENT_TYPES or not candidate.is_file():
            return None
        return candidate

    def _send(self, status, content_type: str, body: bytes, send_body: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        for name, value in self.headers_extra.items():
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def log_message(self, fmt: str, *args) -> None:
        if os.environ.get("WEB_QUIET") != "1":
            super().log_message(fmt, *args)


def make_server(
    host: str, port: int, settings: dict, rasa_url: str
) -> ThreadingHTTPServer:
    routes = {"/": "/index.html"}
    privacy_url = str(settings["privacy_url"])
    if privacy_url.startswith("/") and not privacy_url.startswith("//"):
        routes[urlsplit(privacy_url).path] = "/privacy.html"
    handler = type(
        "ConfiguredSiteHandler",
        (SiteHandler,),
        {
            "context": template_context(settings, rasa_url),
            "headers_extra": security_headers(rasa_url),
            "routes": routes,
            "widget_config_js": js_value(widget_config(settings)),
        },
    )
    return ThreadingHTTPServer((host, port), handler)


def main() -> int:
    try:
        settings = load_settings()
        process = ProcessSettings.from_env()
    except (SettingsError, OSError) as error:
        print(f"web/serve.py: {error}", file=sys.stderr)
        return 2
    rasa_url, host, port = process.rasa_url, process.web_host, process.web_port
    httpd = make_server(host, port, settings, rasa_url)
    print(f"Serving {STATIC_DIR} on http://{host}:{httpd.server_port} "
          f"(widget talks to {rasa_url})", flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
