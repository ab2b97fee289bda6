"""Log in, log out, and the health check."""

from __future__ import annotations

import asyncio

from aiohttp import web

from milia.console import accounts
from milia.console.app import (
    client_address,
    console_of,
    redirect,
    render,
    requires,
    safe_next,
    see_other,
    user_of,
)
from milia.console.sessions import PRE_COOKIE, SESSION_COOKIE

routes = web.RouteTableDef()


def _cookie(response: web.StreamResponse, request: web.Request, name: str, value: str, max_age: int) -> None:
    response.set_cookie(name, value, max_age=max_age, path="/", httponly=True, samesite="Strict",
                        secure=console_of(request).config.secure_cookies)


def _login_page(request: web.Request, error: str = "", status: int = 200, name: str = "") -> web.Response:
    console = console_of(request)
    sid = console.signer.read_pre_session(request.cookies.get(PRE_COOKIE))
    cookie = None
    if sid is None:
        sid, cookie = console.signer.new_pre_session()
    request["pre_csrf"] = console.signer.csrf_token(sid)
    response = render(request, "login.html", {"error": error, "name": name,
                                               "next": safe_next(request.query.get("next", "/"))}, status=status)
    if cookie:
        _cookie(response, request, PRE_COOKIE, cookie, 3600)
    return response


@routes.get("/health")
async def health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


@routes.get("/login")
async def login_form(request: web.Request) -> web.Response:
    if request.get("user"):
        raise redirect("/")
    return _login_page(request)


@routes.post("/login")
async def login(request: web.Request) -> web.StreamResponse:
    console = console_of(request)
    form = await request.post()
    sid = console.signer.read_pre_session(request.cookies.get(PRE_COOKIE))
    if not console.signer.check_csrf(sid, form.get("csrf")):
        return _login_page(request, "The form had expired. Please try again.", status=403)
    name = str(form.get("name") or "").strip().lower()[:64]
    password = str(form.get("password") or "")
    client = client_address(request)
    wait = console.limiter.locked_for(name, client)
    if wait > 0:
        console.audit(name or "-", "login refused (locked)", f"from {client}")
        return _login_page(request, f"Too many failed attempts. Try again in {int(wait // 60) + 1} minute(s).",
                           status=429, name=name)
    # Argon2 takes a noticeable moment on purpose: keep the server answering others meanwhile.
    user = await asyncio.to_thread(accounts.authenticate, console.staff, name, password)
    if user is None:
        console.limiter.failed(name, client)
        console.audit(name or "-", "login failed", f"from {client}")
        return _login_page(request, "Wrong name or password.", status=401, name=name)
    console.limiter.succeeded(name, client)
    session, cookie = console.signer.new_session(user.name, user.generation, console.config.session_minutes)
    console.audit(user.name, "logged in", f"from {client}")
    response = see_other(safe_next(str(form.get("next") or "/")))
    _cookie(response, request, SESSION_COOKIE, cookie, console.config.session_minutes * 60)
    response.del_cookie(PRE_COOKIE, path="/")
    return response


@routes.post("/logout")
@requires("viewer")
async def logout(request: web.Request) -> web.StreamResponse:
    console_of(request).audit(user_of(request).name, "logged out")
    response = see_other("/login")
    response.del_cookie(SESSION_COOKIE, path="/")
    return response
