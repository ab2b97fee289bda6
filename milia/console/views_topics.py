"""Topics: the list, and the form to edit or add one (editor; a safety topic needs admin)."""

from __future__ import annotations

import asyncio
from typing import Dict, List, Optional
from urllib.parse import quote

from aiohttp import web

from milia.console import topic_form
from milia.console.app import console_of, redirect, render, requires, user_of
from milia.knowledge.topics import TOPIC_ID, load_extra_buttons
from milia.staff import look_alikes

routes = web.RouteTableDef()


def _topic_path(request: web.Request, topic_id: str):
    if not TOPIC_ID.match(topic_id):
        raise web.HTTPNotFound(text="No such topic.")
    return console_of(request).paths.knowledge / "faq" / f"{topic_id}.yml"


async def _look_alikes(request: web.Request, topic_id: str) -> List[look_alikes.LookAlike]:
    paths = console_of(request).paths
    return await asyncio.to_thread(look_alikes.find, topic_id, paths.knowledge, paths.data, paths.holdout)


def _existing_topic(request: web.Request):
    path = _topic_path(request, request.match_info["topic_id"])
    if not path.exists():
        raise web.HTTPNotFound(text="No such topic.")
    return path


def _form(request: web.Request, draft: topic_form.Draft, new: bool, errors: Optional[Dict[str, List[str]]] = None,
          status: int = 200, looks: Optional[List[look_alikes.LookAlike]] = None, notice: str = "") -> web.Response:
    paths = console_of(request).paths
    passages = topic_form.passages((paths.knowledge / "source.txt").read_text(encoding="utf-8"))
    others = [p.stem for p in sorted((paths.knowledge / "faq").glob("*.yml")) if p.stem != draft.id]
    related = others + [k for k in load_extra_buttons(paths.knowledge) if k not in others]
    return render(request, "topic_edit.html", {
        "draft": draft, "new": new, "errors": errors or {}, "passages": passages,
        "extra_quotes": [s for s in draft.sources if s not in passages], "related_choices": related,
        "looks": looks or [], "notice": notice,
    }, status=status)


@routes.get("/topics")
@requires("editor")
async def topic_list(request: web.Request) -> web.Response:
    paths = console_of(request).paths
    drafts, broken = [], []
    for path in sorted((paths.knowledge / "faq").glob("*.yml")):
        try:
            drafts.append(topic_form.load_draft(path))
        except Exception:  # noqa: BLE001 - a hand-edited file that does not parse: list it as broken
            broken.append(path.name)
    saved = str(request.query.get("saved") or "")
    looks = await _look_alikes(request, saved) if TOPIC_ID.match(saved) and _topic_path(request, saved).exists() else []
    return render(request, "topics.html", {"drafts": drafts, "broken": broken, "saved": saved, "looks": looks})


@routes.get("/topics/new")
@requires("editor")
async def new_topic(request: web.Request) -> web.Response:
    return _form(request, topic_form.Draft(id="", related=["callback"]), new=True)


@routes.get("/topics/{topic_id}")
@requires("editor")
async def edit_topic(request: web.Request) -> web.Response:
    path = _existing_topic(request)
    moved = str(request.query.get("moved") or "")[:300]
    return _form(request, topic_form.load_draft(path), new=False, looks=await _look_alikes(request, path.stem),
                 notice=f"Moved: {moved}." if moved else "")


@routes.post("/topics/{topic_id}/look-alikes")
@requires("editor")
async def move_look_alike(request: web.Request) -> web.Response:
    """Move one out-of-scope message that looks like this topic's questions into the topic."""
    path = _existing_topic(request)
    form = request["form"]
    looks = await _look_alikes(request, path.stem)
    try:
        look = look_alikes.by_key(looks, str(form.get("where") or ""), str(form.get("intent") or ""),
                                  str(form.get("text") or ""))
        done = await asyncio.to_thread(look_alikes.move, look, path.stem, console_of(request).paths.knowledge)
    except ValueError as error:
        return _form(request, topic_form.load_draft(path), False, {"general": [str(error)]}, 409, looks)
    console_of(request).audit(user_of(request).name, "look-alike moved", done)
    raise redirect(f"/topics/{path.stem}?moved={quote(done)}#look-alikes")


@routes.post("/topics/new")
@requires("editor")
async def create_topic(request: web.Request) -> web.Response:
    topic_id = str(request["form"].get("id") or "").strip().lower()
    if TOPIC_ID.match(topic_id) and _topic_path(request, topic_id).exists():
        draft = topic_form.draft_from_form(request["form"], topic_id, None)
        return _form(request, draft, True, {"id": ["There is already a topic with this id."]}, 400)
    return await _save(request, topic_id, None)


@routes.post("/topics/{topic_id}")
@requires("editor")
async def update_topic(request: web.Request) -> web.Response:
    path = _existing_topic(request)
    return await _save(request, path.stem, topic_form.load_draft(path))


async def _save(request: web.Request, topic_id: str, existing: Optional[topic_form.Draft]) -> web.Response:
    console = console_of(request)
    user = user_of(request)
    draft = topic_form.draft_from_form(request["form"], topic_id, existing)
    new = existing is None
    if draft.safety and not user.can("admin"):
        return _form(request, draft, new, {"general": ["This topic's answer is a safety text: only an admin "
                                                       "can change it (and is recorded as approving it)."]}, 403)
    paths = console.paths
    errors = await asyncio.to_thread(topic_form.check, draft, paths.knowledge, paths.data, paths.holdout,
                                     paths.root / "clinic.yml")
    if errors:
        return _form(request, draft, new, errors, 400)
    topic_form.save(draft, paths.knowledge)
    what = "topic added" if new else "topic saved"
    console.audit(user.name, what, topic_id + (f" (safety text approved by {user.name})" if draft.safety else ""))
    raise redirect(f"/topics?saved={topic_id}")
