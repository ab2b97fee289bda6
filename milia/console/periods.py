"""The period a page shows: ``?since=YYYY-MM-DD&until=YYYY-MM-DD`` in the clinic's time zone
(``until`` inclusive); by default the last 30 days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Mapping, Optional
from urllib.parse import urlencode

DEFAULT_DAYS = 30
MAX_DAYS = 366


@dataclass(frozen=True)
class Period:
    since: date
    until: date  # inclusive
    tz: Any

    @property
    def start(self) -> float:
        return datetime.combine(self.since, time.min, self.tz).timestamp()

    @property
    def end(self) -> float:
        return datetime.combine(self.until + timedelta(days=1), time.min, self.tz).timestamp()

    def days(self):
        day = self.since
        while day <= self.until:
            yield day
            day += timedelta(days=1)

    def day_of(self, stamp: float) -> date:
        return datetime.fromtimestamp(stamp, self.tz).date()

    def query(self, **extra: str) -> str:
        return urlencode({"since": self.since.isoformat(), "until": self.until.isoformat(),
                          **{k: v for k, v in extra.items() if v}})


def _day(text: Optional[str]) -> Optional[date]:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def period_from(query: Mapping[str, str], tz: Any, today: Optional[date] = None) -> Period:
    today = today or datetime.now(tz).date()
    until = _day(query.get("until")) or today
    since = _day(query.get("since")) or until - timedelta(days=DEFAULT_DAYS - 1)
    if since > until:
        since, until = until, since
    if (until - since).days >= MAX_DAYS:
        since = until - timedelta(days=MAX_DAYS - 1)
    return Period(since, until, tz)
