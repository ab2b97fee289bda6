"""Conversations: the filtered list, one transcript, and marking an alert reviewed."""

from __future__ import annotations

from urllib.parse import quote

from aiohttp import web

from milia.console import alerts, conversations, story_export
from milia.console.app import console_of, redirect, render, requires, safe_next, user_of
from milia.console.periods import period_from

routes = web.RouteTableDef()
PAGE_SIZE = 100


def filters_from(query) -> conversations.Filters:
    return conversations.Filters(
        topic=str(query.get("topic") or "")[:100],
        fallback=query.get("fallback") == "1",
        safety=query.get("safety") == "1",
        callback=query.get("callback") == "1",
    )


@routes.get("/conversations")
@requires("viewer")
async def conversation_list(request: web.Request) -> web.Response:
    console = console_of(request)
    period = period_from(request.query, console.tz)
    chosen = filters_from(request.query)
    found = [s for s in conversations.summaries(console.tracker, period.start, period.end) if chosen.keep(s)]
    topics = sorted({t for s in found for t in s.topics} | ({chosen.topic} if chosen.topic else set()))
    return render(request, "conversations.html", {
        "period": period, "filters": chosen, "rows": found[:PAGE_SIZE], "total": len(found), "topics": topics,
        "labels": conversations.OUTCOME_LABELS,
    })


@routes.get("/conversations/{sender_id}")
@requires("viewer")
async def conversation(request: web.Request) -> web.Response:
    sender_id = request.match_info["sender_id"]
    return _transcript(request, sender_id, saved=str(request.query.get("saved") or "")[:200])


def _transcript(request: web.Request, sender_id: str, saved: str = "", error: str = "", name: str = "",
                status: int = 200) -> web.Response:
    lines = conversations.transcript(console_of(request).tracker, sender_id)
    if lines is None:
        raise web.HTTPNotFound(text="No such conversation (it may have been purged or forgotten).")
    return render(request, "transcript.html", {"sender_id": sender_id, "lines": lines, "saved": saved,
                                               "error": error, "story_name": name}, status=status)


@routes.post("/conversations/{sender_id}/test-story")
@requires("editor")
async def save_test_story(request: web.Request) -> web.Response:
    console = console_of(request)
    sender_id = request.match_info["sender_id"]
    name = str(request["form"].get("name") or "")
    try:
        saved = story_export.save_test_story(console.tracker, sender_id, name, console.paths.stories,
                                             console.paths.domain)
    except story_export.StoryError as exc:
        return _transcript(request, sender_id, error=str(exc), name=name[:200], status=400)
    where = saved.path.relative_to(console.paths.root).as_posix()
    console.audit(user_of(request).name, "test conversation saved",
                  f"{where}: {saved.name!r} ({saved.steps} steps) from conversation {sender_id}")
    raise redirect(f"/conversations/{quote(sender_id, safe='')}?saved={quote(where)}")


@routes.post("/alerts/review")
@requires("viewer")
async def review_alert(request: web.Request) -> web.Response:
    console = console_of(request)
    form = request["form"]
    kind, key = str(form.get("kind") or ""), str(form.get("key") or "")
    if kind not in ("callback", "safety") or not key:
        raise web.HTTPBadRequest(text="Unknown alert.")
    alerts.mark_reviewed(console.staff, kind, key[:255], user_of(request).name)
    console.forget_alerts()
    raise redirect(safe_next(str(form.get("back") or "/")))
