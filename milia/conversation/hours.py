"""The clinic's callback hours as a short phrase, e.g. 'Monday to Friday 9am-8pm and Saturday 9am-5pm (UK time)'."""

from __future__ import annotations

import datetime as dt
from typing import List, Optional, Sequence, Tuple

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _clock(t: dt.time) -> str:
    hour = t.hour % 12 or 12
    suffix = "am" if t.hour < 12 else "pm"
    return f"{hour}{suffix}" if t.minute == 0 else f"{hour}.{t.minute:02d}{suffix}"


def describe_hours(hours: Sequence[Optional[Tuple[dt.time, dt.time]]]) -> str:
    """`hours` is indexed by weekday (0 = Monday); consecutive days with the same hours are grouped."""
    groups: List[Tuple[List[int], str]] = []
    for day, span in enumerate(hours):
        if not span:
            continue
        text = f"{_clock(span[0])}-{_clock(span[1])}"
        if groups and groups[-1][1] == text and groups[-1][0][-1] == day - 1:
            groups[-1][0].append(day)
        else:
            groups.append(([day], text))
    parts = [
        (DAY_NAMES[days[0]] if len(days) == 1 else f"{DAY_NAMES[days[0]]} to {DAY_NAMES[days[-1]]}") + " " + text
        for days, text in groups
    ]
    joined = ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else "".join(parts)
    return joined + " (UK time)"


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def describe_window(start: dt.datetime, end: dt.datetime, today: dt.date) -> str:
    """A callback window read back to the visitor, e.g. 'tomorrow (Sat 29 Nov) between 9am and 12pm'."""
    day = start.date()
    date_text = f"{DAY_NAMES[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1]}"
    if day == today:
        when = f"today ({date_text})"
    elif day == today + dt.timedelta(days=1):
        when = f"tomorrow ({date_text})"
    else:
        when = f"on {date_text}"
    return f"{when} between {_clock(start.time())} and {_clock(end.time())}"
