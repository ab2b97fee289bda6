"""Callback requests: the outbox's list (viewer, names and numbers masked) and Retry (admin)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Optional

from aiohttp import web

from milia.callbacks import outbox
from milia.callbacks.outbox_cli import mask_phone
from milia.console.app import console_of, redirect, render, requires, user_of

routes = web.RouteTableDef()
PAGE_SIZE = 300


def mask_name(name: str) -> str:
    """"Jane Smith" -> "J. S." (initials only)."""
    return " ".join(f"{part[0]}." for part in name.split() if part[:1].isalpha()) or "[redacted]"


@dataclass(frozen=True)
class Shown:
    """One request as the page shows it: no name or number in full, no callback note."""

    id: str
    created: float
    conversation_id: str
    name: str
    phone: str
    status: str
    attempts: int
    last_error: str
    delivered: Optional[float]
    next_attempt: Optional[float]

    @classmethod
    def of(cls, row: outbox.OutboxRow) -> "Shown":
        def stamp(value: Optional[datetime]) -> Optional[float]:
            return value.timestamp() if value else None

        return cls(row.id, row.created_at.timestamp(), row.conversation_id, mask_name(row.name),
                   mask_phone(row.phone_e164), row.status.value, row.attempts, row.last_error or "",
                   stamp(row.delivered_at), stamp(row.next_attempt_at) if row.status is outbox.Status.PENDING else None)


@routes.get("/callbacks")
@requires("viewer")
async def callback_list(request: web.Request) -> web.Response:
    console = console_of(request)
    wanted = str(request.query.get("status") or "")
    status = outbox.Status(wanted) if wanted in {s.value for s in outbox.Status} else None
    everything = outbox.list_requests(console.outbox)
    counts = Counter(row.status.value for row in everything)
    rows = [Shown.of(r) for r in reversed(everything) if status is None or r.status is status]
    notice = {"retried": "The request is back in the queue: the relay sends it again within a minute."}.get(
        str(request.query.get("done") or ""), "")
    return render(request, "callbacks.html", {
        "rows": rows[:PAGE_SIZE], "total": len(rows), "counts": counts, "status": wanted if status else "",
        "statuses": [s.value for s in outbox.Status], "notice": notice,
    })


@routes.post("/callbacks/{request_id:[0-9a-zA-Z]{1,32}}/retry")
@requires("admin")
async def retry(request: web.Request) -> web.Response:
    console = console_of(request)
    request_id = request.match_info["request_id"]
    if not outbox.retry_failed(console.outbox, request_id):
        row = outbox.get_request(console.outbox, request_id)
        problem = "There is no such request." if row is None else f"It is {row.status.value}, not failed."
        return render(request, "refused.html", {"role": "", "message": f"Not retried: {problem}"}, status=409)
    console.audit(user_of(request).name, "callback retried", request_id)
    console.forget_alerts()
    raise redirect("/callbacks?done=retried")
