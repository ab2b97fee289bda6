"""The dashboard: figures for a period, as SVG charts and tables, each exportable as CSV."""

from __future__ import annotations

import csv
import io

from aiohttp import web

from milia.console import charts, conversations, stats
from milia.console.app import console_of, render, requires
from milia.console.periods import Period, period_from
from milia.staff.inbox import spreadsheet_safe

routes = web.RouteTableDef()


@routes.get("/")
@requires("viewer")
async def dashboard(request: web.Request) -> web.Response:
    console = console_of(request)
    period = period_from(request.query, console.tz)
    found = stats.figures(console.tracker, console.outbox, period)
    link = lambda **extra: "/conversations?" + period.query(**extra)  # noqa: E731
    per_day = charts.columns(
        [(d.strftime("%d %b"), n, "/conversations?" + Period(d, d, period.tz).query()) for d, n in found.per_day],
        "Conversations per day")
    outcome_links = {"answered": None, "did_you_mean": link(fallback="1"), "not_answered": link(fallback="1")}
    outcomes = charts.rows([(conversations.OUTCOME_LABELS[k], found.outcomes.get(k, 0), outcome_links[k])
                            for k in conversations.OUTCOMES], "Visitor messages by outcome")
    topics = charts.rows([(t, n, link(topic=t)) for t, n in found.topics], "Top topics")
    safety = charts.rows([(f"{w.strftime('%d %b')}: {k}", n, link(safety="1")) for w, k, n in found.safety],
                         "Safety replies by kind per week")
    callbacks = charts.rows([(k, v, link(callback="1")) for k, v in found.callbacks.items()], "Callback requests")
    return render(request, "dashboard.html", {
        "period": period, "figures": found, "tables": stats.tables(found),
        "charts": {"per_day": per_day, "outcomes": outcomes, "topics": topics, "safety": safety,
                   "callbacks": callbacks},
    })


@routes.get("/dashboard.csv")
@requires("viewer")
async def export(request: web.Request) -> web.Response:
    console = console_of(request)
    period = period_from(request.query, console.tz)
    name = request.query.get("table", "")
    tables = stats.tables(stats.figures(console.tracker, console.outbox, period))
    if name not in tables:
        raise web.HTTPNotFound(text="Unknown table.")
    header, body = tables[name]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows([[spreadsheet_safe(c) if isinstance(c, str) else c for c in row] for row in body])
    filename = f"milia-{name}-{period.since.isoformat()}-{period.until.isoformat()}.csv"
    return web.Response(body=out.getvalue().encode("utf-8-sig"), content_type="text/csv", charset="utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{filename}"'})
