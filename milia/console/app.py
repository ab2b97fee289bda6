"""The console's web application (aiohttp): who may see what, CSRF, sessions, page rendering.

Every route names the least role it needs (:func:`requires`); a route without one is refused,
unless it is one of the few public ones (the login page, static files, /health). Every POST must
carry the form's CSRF token.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, List, Optional
from urllib.parse import quote, urlsplit

import jinja2
from aiohttp import web
from sqlalchemy.engine import Engine

from milia.config.settings import REPO_ROOT, ConsoleConfig, load_settings
from milia.console import accounts, alerts, db
from milia.console.jobs import JobRunner, interrupt_stale
from milia.console.sessions import SESSION_COOKIE, LoginLimiter, Signer
from milia.privacy.store import make_tracker_engine

HERE = Path(__file__).resolve().parent
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
PUBLIC = {"/login", "/health"}
CSP = ("default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")
NAV = [("/", "Dashboard", "viewer"), ("/conversations", "Conversations", "viewer"),
       ("/callbacks", "Callback requests", "viewer"), ("/inbox", "Inbox", "editor"),
       ("/topics", "Topics", "editor"), ("/models", "Train & deploy", "admin"),
       ("/audit", "Audit log", "admin"), ("/users", "Users", "admin")]


@dataclass
class Paths:
    """The project files the console reads and writes (a temporary copy in tests)."""

    root: Path = REPO_ROOT

    @property
    def knowledge(self) -> Path:
        return self.root / "knowledge"

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def domain(self) -> Path:
        return self.root / "domain.yml"

    @property
    def holdout(self) -> Path:
        return self.root / "tests" / "nlu"

    @property
    def stories(self) -> Path:
        return self.root / "tests" / "stories"

    @property
    def models(self) -> Path:
        return self.root / "models"

    @property
    def job_logs(self) -> Path:
        return self.root / "var" / "console-jobs"


@dataclass
class Console:
    config: ConsoleConfig
    staff: Engine
    tracker: Engine
    outbox: Engine
    paths: Paths = field(default_factory=Paths)
    limiter: LoginLimiter = field(default_factory=LoginLimiter)
    jobs: JobRunner = field(default_factory=JobRunner)  # tests give it stand-in commands
    signer: Signer = field(init=False)
    tz: Any = field(init=False)
    alert_cache: tuple = (0.0, [])

    def __post_init__(self) -> None:
        # Without STAFF_SECRET a random key per start: safe, but sessions end with a restart.
        self.signer = Signer(self.config.secret or secrets.token_urlsafe(32))
        self.tz = load_settings().tz

    @classmethod
    def from_config(cls, config: ConsoleConfig, paths: Optional[Paths] = None) -> "Console":
        from milia.callbacks.outbox import make_engine

        return cls(config, db.make_staff_engine(config.db_url), make_tracker_engine(config.tracker_db_url),
                   make_engine(config.outbox_db_url), paths or Paths())

    def audit(self, actor: str, action: str, detail: str = "") -> None:
        db.record(self.staff, actor, action, detail)

    def alerts(self) -> List[alerts.Alert]:
        """Open alerts, cached for a few seconds (every page shows them)."""
        at, found = self.alert_cache
        if time.monotonic() - at > 10:
            found = alerts.open_alerts(self.staff, self.tracker, self.outbox)
            self.alert_cache = (time.monotonic(), found)
        return found

    def forget_alerts(self) -> None:
        self.alert_cache = (0.0, [])


CONSOLE = web.AppKey("console", Console)


def requires(role: str) -> Callable[[Handler], Handler]:
    """The least role a route needs: viewer, editor or admin."""
    if role not in accounts.ROLES:
        raise ValueError(role)

    def mark(handler: Handler) -> Handler:
        handler.milia_role = role  # type: ignore[attr-defined]
        return handler

    return mark


def console_of(request: web.Request) -> Console:
    return request.app[CONSOLE]


def user_of(request: web.Request) -> accounts.User:
    return request["user"]


def client_address(request: web.Request) -> str:
    return request.remote or "unknown"


def safe_next(target: str) -> str:
    """Only a path on this site (no open redirect)."""
    parts = urlsplit(target or "/")
    if parts.scheme or parts.netloc or not parts.path.startswith("/") or parts.path.startswith("//"):
        return "/"
    return parts.path + (f"?{parts.query}" if parts.query else "")


# ---------------------------------------------------------------- middlewares


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        _protect(request, exc)
        raise
    _protect(request, response)
    return response


def _protect(request: web.Request, response: web.StreamResponse) -> None:
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    if not request.path.startswith("/static/"):
        response.headers.setdefault("Cache-Control", "no-store")


@web.middleware
async def access_control(request: web.Request, handler: Handler) -> web.StreamResponse:
    console = console_of(request)
    route_handler = request.match_info.handler
    role = getattr(route_handler, "milia_role", None)
    public = request.path in PUBLIC or request.path.startswith("/static/")
    if request.match_info.http_exception is not None:
        raise request.match_info.http_exception
    session = console.signer.read_session(request.cookies.get(SESSION_COOKIE))
    user = accounts.get_user(console.staff, session.user) if session else None
    if user is not None and (user.disabled or user.generation != session.generation):
        user = None
    request["user"], request["session"] = user, session if user else None
    if public:
        return await handler(request)
    if role is None:  # a route that forgot to say who may use it is nobody's
        raise web.HTTPForbidden(text="This page has no access rule.")
    if user is None:
        if request.method == "GET":
            raise web.HTTPSeeOther(f"/login?next={quote(request.path_qs, safe='')}")
        raise web.HTTPForbidden(text="Please log in.")
    if not user.can(role):
        return render(request, "refused.html", {"role": role}, status=403)
    if request.method == "POST":
        form = await request.post()
        if not console.signer.check_csrf(session.sid, form.get("csrf")):
            return render(request, "refused.html", {"csrf_refused": True, "role": ""}, status=403)
        request["form"] = form
    return await handler(request)


# ---------------------------------------------------------------- rendering

_templates = jinja2.Environment(
    loader=jinja2.FileSystemLoader(str(HERE / "templates")),
    autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
)


def when(console: Console, stamp: Optional[float], fmt: str = "%d %b %Y %H:%M") -> str:
    if not stamp:
        return ""
    return datetime.fromtimestamp(stamp, console.tz).strftime(fmt)


def render(request: web.Request, name: str, context: Optional[Dict[str, Any]] = None, status: int = 200,
           headers: Optional[Dict[str, str]] = None) -> web.Response:
    console = console_of(request)
    user: Optional[accounts.User] = request.get("user")
    session = request.get("session")
    page = {
        "user": user,
        "csrf": console.signer.csrf_token(session.sid) if session else request.get("pre_csrf", ""),
        "nav": [(href, label) for href, label, role in NAV if user and user.can(role)],
        "alerts": console.alerts() if user else [],
        "path": request.path,
        "when": lambda stamp, fmt="%d %b %Y %H:%M": when(console, stamp, fmt),
    }
    page.update(context or {})
    body = _templates.get_template(name).render(page)
    return web.Response(text=body, content_type="text/html", status=status, headers=headers)


def redirect(location: str) -> web.HTTPSeeOther:
    """To raise: ``raise redirect("/")``."""
    return web.HTTPSeeOther(location)


def see_other(location: str) -> web.Response:
    """To return (so cookies can be set on it): a 303 to ``location``."""
    return web.Response(status=303, headers={"Location": location})


# ---------------------------------------------------------------- building the app


def create_app(console: Console) -> web.Application:
    from milia.console import (
        views_admin,
        views_auth,
        views_callbacks,
        views_conversations,
        views_dashboard,
        views_inbox,
        views_jobs,
        views_topics,
    )

    app = web.Application(middlewares=[security_headers, access_control], client_max_size=256 * 1024)
    app[CONSOLE] = console
    for module in (views_auth, views_dashboard, views_conversations, views_callbacks, views_inbox, views_topics,
                   views_jobs, views_admin):
        app.add_routes(module.routes)
    interrupt_stale(console.staff)

    async def stop_jobs(_app: web.Application) -> None:
        await console.jobs.stop()

    app.on_cleanup.append(stop_jobs)
    app.router.add_static("/static/", HERE / "static", follow_symlinks=False)
    return app
