"""The inbox page and its three actions (editor)."""

from __future__ import annotations

from aiohttp import web

from milia.console import inbox_groups
from milia.console.app import console_of, render, requires, user_of
from milia.console.periods import period_from
from milia.knowledge.topics import load_topics

routes = web.RouteTableDef()
PAGE_SIZE = 200


async def _page(request: web.Request, notice: str = "", error: str = "", status: int = 200) -> web.Response:
    console = console_of(request)
    source = request.get("form") or request.query
    period = period_from(source, console.tz)
    found, decided = inbox_groups.groups(console.tracker, console.staff, period.start)
    try:
        topics = [(t.id, t.title) for t in load_topics(console.paths.knowledge)]
    except ValueError as exc:
        topics, error = [], error or f"A topic file needs fixing first: {exc}"
    return render(request, "inbox.html", {
        "period": period, "groups": found[:PAGE_SIZE], "total": len(found), "decided": decided,
        "topics": topics, "notice": notice, "error": error,
    }, status=status)


@routes.get("/inbox")
@requires("editor")
async def inbox_page(request: web.Request) -> web.Response:
    return await _page(request)


@routes.post("/inbox")
@requires("editor")
async def inbox_action(request: web.Request) -> web.Response:
    console = console_of(request)
    form = request["form"]
    action = str(form.get("action") or "")
    target = {"assign": str(form.get("topic") or ""), "out_of_scope": inbox_groups.OUT_OF_SCOPE,
              "dismiss": inbox_groups.DISMISSED}.get(action)
    if not target:
        return await _page(request, error="Choose a topic first.", status=400)
    outcome = inbox_groups.label(console.staff, console.paths, str(form.get("message") or "")[:2000], target,
                                 user_of(request).name)
    if outcome.ok:
        return await _page(request, notice=outcome.text)
    return await _page(request, error=outcome.text, status=400)
