"""Admin pages: the audit log and the accounts."""

from __future__ import annotations

from aiohttp import web

from milia.console import accounts, db
from milia.console.app import console_of, redirect, render, requires, user_of

routes = web.RouteTableDef()


@routes.get("/audit")
@requires("admin")
async def audit_page(request: web.Request) -> web.Response:
    console = console_of(request)
    actor = str(request.query.get("actor") or "")[:64]
    return render(request, "audit.html", {"entries": db.audit_log(console.staff, 500, actor or None), "actor": actor})


@routes.get("/users")
@requires("admin")
async def users_page(request: web.Request, error: str = "", status: int = 200) -> web.Response:
    console = console_of(request)
    return render(request, "users.html", {"users": accounts.list_users(console.staff), "roles": accounts.ROLES,
                                          "error": error}, status=status)


@routes.post("/users")
@requires("admin")
async def add_user(request: web.Request) -> web.Response:
    console = console_of(request)
    form = request["form"]
    name = str(form.get("name") or "").strip().lower()
    role = str(form.get("role") or "")
    password = str(form.get("password") or "")
    if password != str(form.get("password2") or ""):
        return await users_page(request, "The two passwords differ.", 400)
    try:
        accounts.create_user(console.staff, name, role, password)
    except accounts.AccountError as exc:
        return await users_page(request, str(exc), 400)
    console.audit(user_of(request).name, "account created", f"{name} ({role})")
    raise redirect("/users")


@routes.post("/users/{name}/disable")
@requires("admin")
async def disable_user(request: web.Request) -> web.Response:
    console = console_of(request)
    name = request.match_info["name"]
    if name == user_of(request).name:
        return await users_page(request, "You cannot disable your own account.", 400)
    enable = request["form"].get("enable") == "1"
    if accounts.set_disabled(console.staff, name, not enable):
        console.audit(user_of(request).name, "account enabled" if enable else "account disabled", name)
    raise redirect("/users")
