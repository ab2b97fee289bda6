"""The dashboard's figures against direct SQL counts, its charts and its CSV export."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta

import sqlalchemy as sa

from milia.console import stats
from milia.console.periods import Period, period_from

from . import builders
from .conftest import logged_in


def fill(console, now: float) -> None:
    day = 86400
    for i in range(3):
        builders.answered(f"a{i}", now - i * day - 60).save(console.tracker)
    builders.answered("topic2", now - 120, topic="faq_cost").save(console.tracker)
    builders.not_understood("b", now - 200).save(console.tracker)
    builders.emergency("c", now - 2 * day).save(console.tracker)
    builders.answered("too-old", now - 40 * day).save(console.tracker)
    t = builders.utc(now)
    builders.add_request(console.outbox, "x", t - timedelta(hours=2), "delivered", 1)
    builders.add_request(console.outbox, "y", t - timedelta(hours=30), "failed", 9, "http_500")
    builders.add_request(console.outbox, "z", t - timedelta(days=50), "delivered", 1)


def test_the_figures_match_a_direct_sql_count(console, now) -> None:
    fill(console, now)
    period = period_from({}, console.tz)
    found = stats.figures(console.tracker, console.outbox, period)
    with console.tracker.connect() as conn:
        in_period = "type_name = 'user' and timestamp >= :start and timestamp < :end"
        args = {"start": period.start, "end": period.end}
        conversations = conn.execute(sa.text(f"select count(distinct sender_id) from events where {in_period}"), args).scalar()
        messages = conn.execute(sa.text(f"select count(*) from events where {in_period}"), args).scalar()
        topics = dict(conn.execute(sa.text(f"select intent_name, count(*) from events where {in_period} "
                                           "and intent_name like 'faq_%' group by intent_name"), args).all())
        fallbacks = conn.execute(sa.text(f"select count(*) from events where {in_period} and intent_name = 'nlu_fallback'"), args).scalar()
        emergencies = conn.execute(sa.text("select count(*) from events where type_name = 'action' and "
                                           "action_name = 'utter_emergency' and timestamp >= :start"), args).scalar()
    assert found.conversations == conversations == 6
    assert found.messages == messages
    assert dict(found.topics) == topics == {"faq_contagious": 3, "faq_cost": 1}
    assert found.outcomes["did_you_mean"] == fallbacks == 1
    assert sum(n for _, kind, n in found.safety if kind == "emergency") == emergencies == 1
    assert found.callbacks == {"requested": 2, "delivered": 1, "pending": 0, "failed": 1}
    assert sum(n for _, n in found.per_day) == conversations
    assert len(found.per_day) == 30


def test_periods_are_read_from_the_query_in_clinic_time(console) -> None:
    period = period_from({"since": "2026-11-01", "until": "2026-11-07"}, console.tz)
    assert (period.since, period.until) == (date(2026, 11, 1), date(2026, 11, 7))
    assert datetime.fromtimestamp(period.start, console.tz).hour == 0 and len(list(period.days())) == 7
    swapped = period_from({"since": "2026-11-07", "until": "2026-11-01"}, console.tz)
    assert swapped.since == date(2026, 11, 1)
    assert period_from({"since": "nonsense"}, console.tz, today=date(2026, 11, 30)).since == date(2026, 11, 1)
    assert Period(date(2026, 1, 1), date(2026, 1, 2), console.tz).query(table="x") == "since=2026-01-01&until=2026-01-02&table=x"


def test_the_dashboard_page_draws_svg_charts_with_links(server, console, now) -> None:
    fill(console, now)
    page = logged_in(server, "viewer").get("/").text
    assert page.count("<svg") == 5 and "Conversations per day" in page
    assert "/conversations?since=" in page and "topic=faq_contagious" in page
    assert "<script" not in page and "http://" not in page.replace("http://127.0.0.1", "")


def test_each_table_exports_as_csv(server, console, now) -> None:
    fill(console, now)
    viewer = logged_in(server, "viewer")
    response = viewer.get("/dashboard.csv?table=topics")
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/csv")
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["topic", "messages"] and ["faq_contagious", "3"] in rows
    for table in ("per_day", "outcomes", "safety", "callbacks"):
        assert viewer.get(f"/dashboard.csv?table={table}").status_code == 200
    assert viewer.get("/dashboard.csv?table=nope").status_code == 404
