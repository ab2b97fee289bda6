"""The clinic's callback hours as a short phrase, e.g. 'Monday to Friday 9am-8pm and Saturday 9am-5pm (UK time)'."""

from __future__ import annotations

import datetime as dt
from typing import Any, List, Mapping, Optional, Sequence, Tuple

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = dict(zip(DAYS, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")))


def _as_time(value: Any) -> dt.time:
    if isinstance(value, dt.time):
        return value
    hours, minutes = str(value).split(":")
    return dt.time(int(hours), int(minutes))


def _clock(t: dt.time) -> str:
    hour = t.hour % 12 or 12
    suffix = "am" if t.hour < 12 else "pm"
    return f"{hour}{suffix}" if t.minute == 0 else f"{hour}.{t.minute:02d}{suffix}"


def describe_hours(hours: Mapping[str, Optional[Sequence[Any]]]) -> str:
    """Group consecutive days with the same hours."""
    groups: List[Tuple[List[str], str]] = []
    for day in DAYS:
        span = hours.get(day)
        if not span:
            continue
        text = f"{_clock(_as_time(span[0]))}-{_clock(_as_time(span[1]))}"
        last = groups[-1] if groups else None
        if last and last[1] == text and DAYS.index(last[0][-1]) == DAYS.index(day) - 1:
            last[0].append(day)
        else:
            groups.append(([day], text))
    parts = [
        (DAY_NAMES[days[0]] if len(days) == 1 else f"{DAY_NAMES[days[0]]} to {DAY_NAMES[days[-1]]}") + " " + text
        for days, text in groups
    ]
    joined = ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else "".join(parts)
    return joined + " (UK time)"
