"""The console over HTTP on 127.0.0.1: logging in, cookies, CSRF, the login limit, roles, forged
cookies, and that a visitor's message is never rendered as HTML."""

from __future__ import annotations

import pytest

from milia.console.app import PUBLIC, create_app
from milia.console.sessions import SESSION_COOKIE, Signer

from . import builders
from .conftest import PASSWORD, Client, logged_in

VIEWER_PAGES = ["/", "/conversations", "/dashboard.csv?table=per_day", "/callbacks"]
EDITOR_PAGES = ["/inbox", "/topics", "/topics/new", "/topics/contagious"]
ADMIN_PAGES = ["/audit", "/users", "/models"]
POSTS = ["/alerts/review", "/inbox", "/topics/new", "/topics/contagious", "/users", "/logout", "/users/viewer/disable",
         "/jobs", "/callbacks/abc/retry", "/conversations/a/test-story"]


def test_every_route_names_the_role_it_needs(console) -> None:
    app = create_app(console)
    for route in app.router.routes():
        path = route.resource.canonical if route.resource else ""
        if path in PUBLIC or path.startswith("/static"):
            continue
        assert getattr(route.handler, "milia_role", None) in ("viewer", "editor", "admin"), path


@pytest.mark.parametrize("path", VIEWER_PAGES + EDITOR_PAGES + ADMIN_PAGES)
def test_anonymous_requests_are_sent_to_the_login_page(client, path) -> None:
    response = client.get(path)
    assert response.status_code == 303
    assert response.headers["Location"].startswith("/login?next=")


def test_anonymous_posts_are_refused(client) -> None:
    for path in POSTS:
        assert client.post(path, data={"csrf": "x"}).status_code == 403, path


def test_login_sets_a_strict_httponly_cookie_and_is_audited(client, console) -> None:
    assert client.get("/health").json() == {"status": "ok"}
    response = client.login("viewer")
    assert response.status_code == 303 and response.headers["Location"] == "/"
    cookie = next(c for c in response.raw.headers.getlist("Set-Cookie") if c.startswith(SESSION_COOKIE + "="))
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Max-Age=" in cookie
    assert "Secure" not in cookie  # 127.0.0.1 only; Secure elsewhere (test_accounts)
    page = client.get("/")
    assert page.status_code == 200 and "Dashboard" in page.text
    assert "default-src 'none'" in page.headers["Content-Security-Policy"]
    assert page.headers["Cache-Control"] == "no-store"
    entries = [(e.actor, e.action) for e in __import__("milia.console.db", fromlist=["x"]).audit_log(console.staff)]
    assert ("viewer", "logged in") in entries


def test_wrong_password_then_ten_failures_lock_the_login(client, console) -> None:
    assert client.login("editor", "wrong password").status_code == 401
    for _ in range(9):
        client.login("editor", "wrong password")
    locked = client.login("editor", PASSWORD)
    assert locked.status_code == 429 and "Too many failed attempts" in locked.text
    assert SESSION_COOKIE not in locked.cookies
    assert client.get("/").status_code == 303


def test_login_without_its_csrf_token_is_refused(client) -> None:
    client.get("/login")
    response = client.post("/login", data={"name": "admin", "password": PASSWORD, "next": "/"})
    assert response.status_code == 403 and SESSION_COOKIE not in response.cookies


def test_forms_without_the_csrf_token_are_refused(server) -> None:
    admin = logged_in(server, "admin")
    assert admin.post("/users", data={"name": "new", "role": "viewer", "password": PASSWORD,
                                      "password2": PASSWORD}).status_code == 403
    other = logged_in(server, "viewer")
    token_of_another_session = other.csrf()
    assert admin.post("/users", data={"name": "new", "role": "viewer", "password": PASSWORD, "password2": PASSWORD,
                                      "csrf": token_of_another_session}).status_code == 403
    ok = admin.post("/users", data={"name": "new", "role": "viewer", "password": PASSWORD, "password2": PASSWORD,
                                    "csrf": admin.csrf("/users")})
    assert ok.status_code == 303


@pytest.mark.parametrize("role, allowed, refused", [
    ("viewer", VIEWER_PAGES, EDITOR_PAGES + ADMIN_PAGES),
    ("editor", VIEWER_PAGES + EDITOR_PAGES, ADMIN_PAGES),
    ("admin", VIEWER_PAGES + EDITOR_PAGES + ADMIN_PAGES, []),
])
def test_roles_are_enforced_on_every_page(server, role, allowed, refused) -> None:
    session = logged_in(server, role)
    for path in allowed:
        assert session.get(path).status_code == 200, path
    for path in refused:
        response = session.get(path)
        assert response.status_code == 403 and "needs the" in response.text, path
    token = session.csrf()
    if role != "admin":
        assert session.post("/users", data={"csrf": token, "name": "x", "role": "admin", "password": PASSWORD,
                                            "password2": PASSWORD}).status_code == 403
    if role == "viewer":
        assert session.post("/inbox", data={"csrf": token, "action": "dismiss", "message": "hi"}).status_code == 403


def test_a_cookie_signed_with_another_secret_or_changed_is_refused(server, console) -> None:
    _, forged = Signer("another-secret-0123456789").new_session("admin", 1, 60)
    client = Client(server.url)
    client.cookies.set(SESSION_COOKIE, forged)
    assert client.get("/audit").status_code == 303
    _, genuine = console.signer.new_session("viewer", 1, 60)
    body, mac = genuine.split(".")
    _, admin_body = console.signer.new_session("admin", 1, 60)
    client.cookies.set(SESSION_COOKIE, admin_body.split(".")[0] + "." + mac)
    assert client.get("/audit").status_code == 303
    expired = console.signer.sign({"u": "admin", "g": 1, "s": "sid", "e": 1.0})
    client.cookies.set(SESSION_COOKIE, expired)
    assert client.get("/").status_code == 303


def test_a_new_password_or_a_disabled_account_ends_its_sessions(server, console) -> None:
    from milia.console import accounts

    viewer = logged_in(server, "viewer")
    assert viewer.get("/").status_code == 200
    accounts.create_user(console.staff, "viewer", "viewer", PASSWORD + "!", replace=True)
    assert viewer.get("/").status_code == 303


def test_logout_ends_the_session_in_the_browser(server) -> None:
    viewer = logged_in(server, "viewer")
    response = viewer.post("/logout", data={"csrf": viewer.csrf()})
    assert response.status_code == 303 and response.headers["Location"] == "/login"
    assert viewer.get("/").status_code == 303


def test_next_after_login_stays_on_this_site(client) -> None:
    token = client.csrf("/login")
    response = client.post("/login", data={"name": "viewer", "password": PASSWORD, "csrf": token,
                                           "next": "https://evil.example/"})
    assert response.headers["Location"] == "/"


def test_visitor_text_is_never_html(server, console, now) -> None:
    builders.Chat("xss", now - 60).turn("<script>alert(1)</script><b>hi</b>", "nlu_fallback",
                                        [("utter_did_you_mean", "Did you mean?")], 0.1,
                                        action="action_suggest_topics").save(console.tracker)
    admin = logged_in(server, "admin")
    for path in ("/conversations/xss", "/inbox"):
        page = admin.get(path).text
        assert "<script>alert(1)</script>" not in page and "<b>hi</b>" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page, path
