"""Callback windows in the clinic's time zone (Europe/London).

A :class:`CallbackWindow` is a pair of aware datetimes in the clinic's zone.
Two entry points:

* :func:`next_windows` - the next few standard windows (morning 9-12,
  afternoon 12-17, evening 17-20, clipped to the day's callback hours) for
  quick-reply buttons, each with a machine payload ("2026-12-01 morning") that
  :func:`parse_callback_time` accepts back, and a button label.
* :func:`parse_callback_time` - free text ("tomorrow afternoon", "Friday
  10.30am", "1/12 at 2pm", "asap", ...) to a window, or a :class:`TimeError`
  with a machine reason.

Rules (all times local; arithmetic and comparisons are done in UTC, so BST/GMT
changes are handled):

* A window is *available* when it ends at least one hour after ``now``; a
  window already under way starts at ``now`` rounded up to the next 15 minutes.
* A specific time ("3pm", "friday 10:30") gives a one-hour window starting
  there, cut at closing; it must start no earlier than ``now`` and at least
  15 minutes before closing, and not before opening.
* A day alone ("tomorrow", "Monday", "1 Dec") means that day's whole callback
  hours; a part of day ("morning") the standard window on that day.
* "asap" / "as soon as possible" / "anytime" / "whenever" / "now" with nothing
  else: the first window :func:`next_windows` would offer. With a day, part or
  time they add nothing ("anytime tomorrow" = tomorrow).
* Weekday names: "Monday" is today when today is Monday and the asked window
  is still available today, else the coming Monday. "next Monday" is the first
  Monday after today (never today) - so on a Sunday, "next Monday" is
  tomorrow, the same as "Monday".
* No day at all ("2pm", "morning"): the first day, from today on, on which
  that time or part is available - closed days and days whose hours do not
  cover it are skipped.
* A bare hour without am/pm: 1-7 means pm, 8-12 as said, 13-23 and 0 on the
  24-hour clock; with a part of day ("3 in the afternoon") the part decides.
* Dates are UK day/month ("1/12" = 1 December). Without a year, a date
  earlier this year by up to ~6 months is in the ``past``; further back it
  means next year.
* A negation ("not today", "can't do mornings") is ``unparseable``: the
  form asks again rather than guess.
* Errors: ``unparseable``, ``past``, ``closed_day`` (no callbacks that day),
  ``out_of_hours`` (time/part outside that day's hours), ``too_far`` (beyond
  ``callback_horizon_days`` from today).
"""
from __future__ import annotations

import difflib
import enum
import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Dict, Iterable, List, Optional, Tuple, Union
from zoneinfo import ZoneInfo

from milia.config.settings import ClinicSettings

MIN_LEAD = timedelta(hours=1)  # a window must end at least this long after now
SLOT = timedelta(minutes=15)  # start times are rounded up to this
SPECIFIC_WINDOW = timedelta(hours=1)  # length of a window asked as one time
MIN_WINDOW = timedelta(minutes=15)  # shortest window worth booking
PAST_DATE_DAYS = 183  # "1 Dec" on 5 Dec is past; on 5 Jul it means next year
MAX_INPUT_CHARS = 200


class Part(str, enum.Enum):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"


PART_HOURS: Dict[Part, Tuple[time, time]] = {
    Part.MORNING: (time(9), time(12)),
    Part.AFTERNOON: (time(12), time(17)),
    Part.EVENING: (time(17), time(20)),
}


class TimeReason(str, enum.Enum):
    UNPARSEABLE = "unparseable"
    PAST = "past"
    CLOSED_DAY = "closed_day"
    OUT_OF_HOURS = "out_of_hours"
    TOO_FAR = "too_far"


@dataclass(frozen=True)
class TimeError:
    """Why a text gave no window; ``day`` is the day asked about, if known."""

    reason: TimeReason
    day: Optional[date] = None


@dataclass(frozen=True)
class CallbackWindow:
    """[start, end) as aware datetimes in the clinic's zone."""

    start: datetime
    end: datetime

    def to_dict(self) -> Dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}

    @classmethod
    def from_iso(cls, start: str, end: str) -> "CallbackWindow":
        first, last = datetime.fromisoformat(start), datetime.fromisoformat(end)
        if first.tzinfo is None or last.tzinfo is None:
            raise ValueError("callback window needs offsets")
        return cls(first, last)


@dataclass(frozen=True)
class WindowOption:
    """A quick-reply choice: the window, its payload and its button text."""

    window: CallbackWindow
    payload: str
    label: str


# --------------------------------------------------------------------------
# Time helpers (all comparisons in UTC)


def _utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("aware datetime required")
    return value.astimezone(timezone.utc)


def _at(day: date, clock: time, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, clock, tzinfo=tz)


def _ceil_slot(value: datetime, tz: ZoneInfo) -> datetime:
    step = SLOT.total_seconds()
    stamp = math.ceil(value.timestamp() / step) * step
    return datetime.fromtimestamp(stamp, tz)


def _plus(value: datetime, delta: timedelta, tz: ZoneInfo) -> datetime:
    """Absolute-time addition (not wall-clock), result in ``tz``."""
    return (_utc(value) + delta).astimezone(tz)


def _earlier(a: datetime, b: datetime) -> datetime:
    return a if _utc(a) <= _utc(b) else b


def _later(a: datetime, b: datetime) -> datetime:
    return a if _utc(a) >= _utc(b) else b


def _opening(day: date, settings: ClinicSettings) -> Optional[Tuple[datetime, datetime]]:
    hours = settings.hours_on(day.weekday())
    if hours is None:
        return None
    return _at(day, hours[0], settings.tz), _at(day, hours[1], settings.tz)


def _finish(
    start: datetime, end: datetime, now: datetime, tz: ZoneInfo
) -> Optional[CallbackWindow]:
    """The window still available at ``now`` (start moved up), or None."""
    if _utc(end) - _utc(now) < MIN_LEAD:
        return None
    return CallbackWindow(_later(start, _ceil_slot(now, tz)).astimezone(tz), end.astimezone(tz))


# --------------------------------------------------------------------------
# Standard windows and their button labels

_WEEKDAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _clock(value: time) -> str:
    hour = value.hour % 12 or 12
    return f"{hour}:{value.minute:02d}" if value.minute else str(hour)


def _span(start: time, end: time) -> str:
    end_pm = end > time(12)
    start_suffix = "am" if end_pm and start < time(12) else ""
    return f"{_clock(start)}{start_suffix}\u2013{_clock(end)}{'pm' if end_pm else ''}"


def window_label(part: Part, window: CallbackWindow, today: date) -> str:
    """Button text, e.g. "Tomorrow morning (9–12)", "Tue 1 Dec afternoon (12–5pm)"."""
    day = window.start.date()
    if day == today:
        name = f"This {part.value}"
    elif day == today + timedelta(days=1):
        name = f"Tomorrow {part.value}"
    else:
        name = f"{_WEEKDAY_ABBR[day.weekday()]} {day.day} {_MONTH_ABBR[day.month - 1]} {part.value}"
    return f"{name} ({_span(window.start.time(), window.end.time())})"


def window_payload(day: date, part: Part) -> str:
    return f"{day.isoformat()} {part.value}"


def _part_window(
    day: date, parts: Iterable[Part], settings: ClinicSettings
) -> Union[Tuple[datetime, datetime], TimeReason]:
    opening = _opening(day, settings)
    if opening is None:
        return TimeReason.CLOSED_DAY
    chosen = list(parts)
    first = min(PART_HOURS[p][0] for p in chosen)
    last = max(PART_HOURS[p][1] for p in chosen)
    start = _later(_at(day, first, settings.tz), opening[0])
    end = _earlier(_at(day, last, settings.tz), opening[1])
    if _utc(end) - _utc(start) < MIN_WINDOW:
        return TimeReason.OUT_OF_HOURS
    return start, end


def _horizon_days(today: date, settings: ClinicSettings) -> List[date]:
    return [today + timedelta(days=n) for n in range(settings.callback_horizon_days + 1)]


def next_windows(now: datetime, settings: ClinicSettings, count: int = 3) -> List[WindowOption]:
    """The next ``count`` available standard windows within the horizon."""
    tz = settings.tz
    local_now = _utc(now).astimezone(tz)
    options: List[WindowOption] = []
    if count <= 0:
        return options
    for day in _horizon_days(local_now.date(), settings):
        for part in Part:
            bounds = _part_window(day, [part], settings)
            if isinstance(bounds, TimeReason):
                continue
            window = _finish(bounds[0], bounds[1], local_now, tz)
            if window is None:
                continue
            options.append(
                WindowOption(window, window_payload(day, part), window_label(part, window, local_now.date()))
            )
            if len(options) >= count:
                return options
    return options


# --------------------------------------------------------------------------
# Free-text parsing: normalise -> tokens -> spec -> window


_PHRASES: Tuple[Tuple[str, str], ...] = (
    (r"\b(as soon as (possible|poss|you can)|a\.?s\.?a\.?p\.?)", " asap "),
    (r"\b(right|straight) ?away\b|\bfirst available\b|\bearliest\b", " asap "),
    (r"\bany ?time\b|\bwhenever\b|\bany day\b", " asap "),
    (r"\bday after (tomorrow|tomorow|tommorow|tmrw)\b", " overmorrow "),
    (r"\b2day\b", " today "),
    (r"\b2(moro+w?|morrow|mrw|mora)\b", " tomorrow "),
    (r"\b2ni(te|ght)\b", " tonight "),
    (r"\bo'? ?clock\b", " "),
    (r"\b([ap])\.m\.?", r"\1m"),
    (r"\bhalf (past )?(\d{1,2})\b", r" \2:30 "),
    (r"\bquarter past (\d{1,2})\b", r" \1:15 "),
)

_TOKEN = re.compile(
    r"""
    (?P<iso>\d{4}-\d{1,2}-\d{1,2})
  | (?P<dmy>\d{1,2})/(?P<dmy_m>\d{1,2})(?:/(?P<dmy_y>\d{4}|\d{2}))?(?![\d/])
  | (?P<ord>\d{1,2})(?:st|nd|rd|th)\b
  | (?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?(?:\s*(?P<mer>am|pm))?(?![a-z0-9:])
  | (?P<num>\d+)
  | (?P<word>[a-z]+)
  | (?P<dash>[-\u2013\u2014])
    """,
    re.VERBOSE,
)

_NEGATION = re.compile(r"\b(not|don'?t|can'?t|cannot|won'?t|except|unless|busy)\b")

_WEEKDAYS = {
    "monday": 0, "mon": 0, "mondays": 0,
    "tuesday": 1, "tue": 1, "tues": 1, "tuesdays": 1,
    "wednesday": 2, "wed": 2, "weds": 2, "wednesdays": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "thursdays": 3,
    "friday": 4, "fri": 4, "fridays": 4,
    "saturday": 5, "sat": 5, "saturdays": 5, "weekend": 5,
    "sunday": 6, "sun": 6, "sundays": 6,
}
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_RELATIVE_DAYS = {
    "today": 0, "tday": 0, "tomorrow": 1, "tomorow": 1, "tommorow": 1, "tommorrow": 1,
    "tmrw": 1, "tmr": 1, "tmrow": 1, "tmoro": 1, "tomoz": 1, "tomo": 1, "overmorrow": 2,
}
_PARTS = {
    "morning": Part.MORNING, "mornings": Part.MORNING, "morn": Part.MORNING,
    "afternoon": Part.AFTERNOON, "afternoons": Part.AFTERNOON, "arvo": Part.AFTERNOON,
    "aft": Part.AFTERNOON, "evening": Part.EVENING, "evenings": Part.EVENING,
    "eve": Part.EVENING,
}
_TONIGHT = {"tonight", "tonite"}
_NOON = {"noon", "midday", "lunchtime", "lunch"}
_ASAP = {"asap", "now", "soon", "immediately", "whenever", "anytime"}
_UNITS = {"hour": 60, "hours": 60, "hr": 60, "hrs": 60, "minute": 1, "minutes": 1, "min": 1, "mins": 1}
_UNSUPPORTED_UNITS = {"day", "days", "week", "weeks", "fortnight", "month", "months", "year", "years"}
_QUANTIFIERS = {"a", "an", "one", "next", "this", "few", "couple", "following", "of"}
_RANGE_JOINERS = {"to", "till", "til", "until", "and"}
_FUZZY_TARGETS = sorted(
    set(_WEEKDAYS) | set(_MONTHS) | set(_RELATIVE_DAYS) | set(_PARTS) | _TONIGHT | _NOON
    | {"anytime", "whenever", "immediately"}
)


@dataclass
class _Token:
    kind: str  # iso|dmy|ord|time|num|word|dash
    text: str
    hour: int = 0
    minute: Optional[int] = None
    mer: Optional[str] = None
    numbers: Tuple[Optional[int], ...] = ()


@dataclass
class _Spec:
    asap: bool = False
    days: List[date] = field(default_factory=list)  # fixed days named
    weekday: Optional[int] = None
    next_week: bool = False  # "next Monday": strictly after today
    parts: List[Part] = field(default_factory=list)
    times: List[_Token] = field(default_factory=list)
    range_from: Optional[_Token] = None
    range_to: Optional[_Token] = None
    relative: Optional[timedelta] = None


def _normalise(text: str) -> str:
    lowered = text.lower().replace("\u2019", "'")[:MAX_INPUT_CHARS]
    for pattern, replacement in _PHRASES:
        lowered = re.sub(pattern, replacement, lowered)
    return lowered


def _fix_word(word: str) -> str:
    known = (
        word in _WEEKDAYS or word in _MONTHS or word in _RELATIVE_DAYS or word in _PARTS
        or word in _TONIGHT or word in _NOON or word in _ASAP or word in _UNITS
        or word in _UNSUPPORTED_UNITS
    )
    if known or len(word) < 5:
        return word
    close = difflib.get_close_matches(word, _FUZZY_TARGETS, n=1, cutoff=0.8)
    return close[0] if close else word


def _tokens(text: str) -> List[_Token]:
    found: List[_Token] = []
    for match in _TOKEN.finditer(_normalise(text)):
        kind = match.lastgroup or ""
        if match.group("iso"):
            year, month, day = (int(x) for x in match.group("iso").split("-"))
            found.append(_Token("iso", match.group(0), numbers=(day, month, year)))
        elif match.group("dmy"):
            year = match.group("dmy_y")
            found.append(
                _Token(
                    "dmy",
                    match.group(0),
                    numbers=(
                        int(match.group("dmy")),
                        int(match.group("dmy_m")),
                        None if year is None else int(year) + (2000 if len(year) == 2 else 0),
                    ),
                )
            )
        elif match.group("ord"):
            found.append(_Token("ord", match.group(0), hour=int(match.group("ord"))))
        elif match.group("hour"):
            minute = match.group("minute")
            found.append(
                _Token(
                    "time",
                    match.group(0),
                    hour=int(match.group("hour")),
                    minute=None if minute is None else int(minute),
                    mer=match.group("mer"),
                )
            )
        elif kind == "word":
            found.append(_Token("word", _fix_word(match.group(0))))
        else:
            found.append(_Token(kind, match.group(0)))
    return found


def _is_bare_number(token: _Token) -> bool:
    return token.kind == "ord" or (token.kind == "time" and token.minute is None and token.mer is None)


def _make_date(day: int, month: int, year: Optional[int], today: date) -> Optional[date]:
    """A date; without a year the nearest sensible one (see module doc)."""
    try:
        if year is not None:
            return date(year, month, day)
        guess = date(today.year, month, day)
    except ValueError:
        return None
    if guess < today and (today - guess).days > PAST_DATE_DAYS:
        try:
            return date(today.year + 1, month, day)
        except ValueError:
            return None
    return guess


def _month_day(day: int, today: date) -> Optional[date]:
    """"the 3rd": the next date (from today) with that day of the month."""
    year, month = today.year, today.month
    for _ in range(3):
        try:
            candidate = date(year, month, day)
            if candidate >= today:
                return candidate
        except ValueError:
            pass
        month, year = (1, year + 1) if month == 12 else (month + 1, year)
    return None


def _build_spec(tokens: List[_Token], today: date) -> Optional[_Spec]:
    """Turn tokens into a spec, or None when the text is not understood."""
    spec = _Spec()
    i = 0
    n = len(tokens)

    def word(k: int) -> str:
        return tokens[k].text if 0 <= k < n and tokens[k].kind == "word" else ""

    def is_time(k: int) -> bool:
        return 0 <= k < n and tokens[k].kind == "time"

    while i < n:
        tok = tokens[i]
        text = tok.text if tok.kind == "word" else ""
        # dates: "1 dec", "1st of december", "december 1st", "1/12", ISO
        if _is_bare_number(tok):
            j = i + 1 + (word(i + 1) == "of")
            if word(j) in _MONTHS:
                found = _make_date(tok.hour, _MONTHS[word(j)], None, today)
                if found is None:
                    return None
                spec.days.append(found)
                i = j + 1
                continue
        if text in _MONTHS and i + 1 < n and _is_bare_number(tokens[i + 1]):
            found = _make_date(tokens[i + 1].hour, _MONTHS[text], None, today)
            if found is None:
                return None
            spec.days.append(found)
            i += 2
            continue
        if tok.kind in ("iso", "dmy"):
            day, month, year = tok.numbers
            found = (
                _make_date(day, month, year, today)  # type: ignore[arg-type]
                if tok.kind == "dmy"
                else _safe_date(year, month, day)
            )
            if found is None:
                return None
            spec.days.append(found)
        elif tok.kind == "ord":
            found = _month_day(tok.hour, today)
            if found is None:
                return None
            spec.days.append(found)
        elif tok.kind == "time":
            # ranges: "2-4pm", "2 to 4", "between 2 and 4", "after 3", "before 11"
            joiner = word(i + 1) in _RANGE_JOINERS or (i + 1 < n and tokens[i + 1].kind == "dash")
            if joiner and is_time(i + 2) and (word(i + 1) != "and" or word(i - 1) == "between"):
                spec.range_from, spec.range_to = tok, tokens[i + 2]
                i += 3
                continue
            if word(i - 1) in ("after", "from"):
                spec.range_from = tok
            elif word(i - 1) in ("before", "by", "until", "till", "til"):
                spec.range_to = tok
            else:
                spec.times.append(tok)
        elif tok.kind == "num":
            return None
        elif text in ("in", "within") and i + 2 < n and word(i + 2) in _UNITS:
            amount = tokens[i + 1]
            if amount.kind == "word" and amount.text in ("a", "an", "one"):
                count = 1
            elif _is_bare_number(amount):
                count = amount.hour
            else:
                return None
            spec.relative = timedelta(minutes=count * _UNITS[word(i + 2)])
            i += 3
            continue
        elif (text in _UNSUPPORTED_UNITS or text in _UNITS) and (
            word(i - 1) in _QUANTIFIERS or (i > 0 and _is_bare_number(tokens[i - 1]))
        ):
            return None  # "next week", "2 days", "in a fortnight": not understood
        elif text in _RELATIVE_DAYS:
            spec.days.append(today + timedelta(days=_RELATIVE_DAYS[text]))
        elif text in _TONIGHT:
            spec.days.append(today)
            spec.parts.append(Part.EVENING)
        elif text == "this" and word(i + 1) in _PARTS:
            spec.days.append(today)
        elif text in _WEEKDAYS:
            if spec.weekday is not None and spec.weekday != _WEEKDAYS[text]:
                return None
            spec.weekday = _WEEKDAYS[text]
            spec.next_week = spec.next_week or word(i - 1) == "next"
        elif text in _PARTS:
            spec.parts.append(_PARTS[text])
        elif text in ("am", "pm"):
            spec.parts.append(Part.MORNING if text == "am" else Part.AFTERNOON)
        elif text in _NOON:
            spec.times.append(_Token("time", text, hour=12, minute=0, mer="pm"))
        elif text in _ASAP:
            spec.asap = True
        i += 1
    return spec


def _safe_date(year: Optional[int], month: int, day: int) -> Optional[date]:
    try:
        return date(year or 0, month, day)
    except ValueError:
        return None


def _clock_time(token: _Token, parts: List[Part]) -> Optional[time]:
    hour, minute = token.hour, token.minute or 0
    if minute > 59 or hour > 23:
        return None
    if token.mer == "am":
        if hour > 12:
            return None
        hour = 0 if hour == 12 else hour
    elif token.mer == "pm":
        if hour < 12:
            hour += 12
    elif 1 <= hour < 12 and parts and parts[0] != Part.MORNING:
        hour += 12
    elif 1 <= hour <= 7 and not parts:
        hour += 12
    return time(hour, minute)


@dataclass(frozen=True)
class _Ask:
    """What is asked, independent of the day."""

    start: Optional[time] = None  # a specific time: one-hour window
    range_from: Optional[time] = None
    range_to: Optional[time] = None
    parts: Tuple[Part, ...] = ()
    relative: Optional[timedelta] = None


def _ask_from_spec(spec: _Spec) -> Optional[_Ask]:
    if len(spec.times) > 1:
        return None
    if spec.times and (spec.range_from or spec.range_to):
        return None
    parts = list(dict.fromkeys(spec.parts))
    if spec.times:
        start = _clock_time(spec.times[0], parts)
        return None if start is None else _Ask(start=start, parts=tuple(parts))
    if spec.range_from or spec.range_to:
        first = last = None
        if spec.range_to is not None:
            last = _clock_time(spec.range_to, parts)
            if last is None:
                return None
        if spec.range_from is not None:
            source = spec.range_from
            if source.mer is None and spec.range_to is not None and spec.range_to.mer:
                # "2-4pm": the first end takes the second's am/pm if that makes sense
                same = _clock_time(_Token("time", "", source.hour, source.minute, spec.range_to.mer), parts)
                if same is not None and last is not None and same < last:
                    first = same
            if first is None:
                first = _clock_time(source, parts)
            if first is None:
                return None
        if first is not None and last is not None and first >= last:
            return None
        return _Ask(range_from=first, range_to=last, parts=tuple(parts))
    return _Ask(parts=tuple(parts), relative=spec.relative)


def _window_on(
    day: date, ask: _Ask, now: datetime, settings: ClinicSettings
) -> Union[CallbackWindow, TimeReason]:
    """The asked window on one day, or why there is none."""
    tz = settings.tz
    today = now.date()
    if day < today:
        return TimeReason.PAST
    if day > today + timedelta(days=settings.callback_horizon_days):
        return TimeReason.TOO_FAR
    opening = _opening(day, settings)
    if opening is None:
        return TimeReason.CLOSED_DAY
    opens, closes = opening
    if ask.start is not None:
        start = _at(day, ask.start, tz)
        if _utc(start) < _utc(opens) or _utc(closes) - _utc(start) < MIN_WINDOW:
            return TimeReason.OUT_OF_HOURS
        if _utc(start) < _utc(now):
            return TimeReason.PAST
        return CallbackWindow(start, _earlier(_plus(start, SPECIFIC_WINDOW, tz), closes))
    if ask.range_from is not None or ask.range_to is not None:
        start = opens if ask.range_from is None else _later(_at(day, ask.range_from, tz), opens)
        end = closes if ask.range_to is None else _earlier(_at(day, ask.range_to, tz), closes)
        if _utc(end) - _utc(start) < MIN_WINDOW:
            return TimeReason.OUT_OF_HOURS
    elif ask.parts:
        bounds = _part_window(day, ask.parts, settings)
        if isinstance(bounds, TimeReason):
            return bounds
        start, end = bounds
    else:
        start, end = opens, closes
    window = _finish(start, end, now, tz)
    return TimeReason.PAST if window is None else window


_ERROR_PRIORITY = (TimeReason.OUT_OF_HOURS, TimeReason.CLOSED_DAY, TimeReason.PAST, TimeReason.TOO_FAR)


def _first_available(
    days: List[date], ask: _Ask, now: datetime, settings: ClinicSettings, search: bool = False
) -> Union[CallbackWindow, TimeError]:
    """The first day that works. For named days (``search`` False) the error is
    about the first one that is not simply past; when searching, the most
    telling error over all days."""
    errors: List[Tuple[TimeReason, date]] = []
    for day in days:
        result = _window_on(day, ask, now, settings)
        if isinstance(result, CallbackWindow):
            return result
        errors.append((result, day))
    if not errors:
        return TimeError(TimeReason.UNPARSEABLE)
    if not search:
        for reason, day in errors:
            if reason is not TimeReason.PAST:
                return TimeError(reason, day)
        return TimeError(errors[0][0], errors[0][1])
    reason, day = min(errors, key=lambda pair: _ERROR_PRIORITY.index(pair[0]))
    return TimeError(reason, day)


def parse_callback_time(
    text: str, now: datetime, settings: ClinicSettings
) -> Union[CallbackWindow, TimeError]:
    """Free text to a callback window (rules in the module docstring)."""
    tz = settings.tz
    local_now = _utc(now).astimezone(tz)
    today = local_now.date()
    if _NEGATION.search(_normalise(text or "")):  # "not today", "can't do mornings": ask again
        return TimeError(TimeReason.UNPARSEABLE)
    spec = _build_spec(_tokens(text or ""), today)
    if spec is None:
        return TimeError(TimeReason.UNPARSEABLE)
    ask = _ask_from_spec(spec)
    if ask is None:
        return TimeError(TimeReason.UNPARSEABLE)
    days = list(dict.fromkeys(spec.days))
    if len(days) > 1:
        return TimeError(TimeReason.UNPARSEABLE)
    if days and spec.weekday is not None and days[0].weekday() != spec.weekday:
        return TimeError(TimeReason.UNPARSEABLE)

    if ask.relative is not None:
        if days or spec.weekday is not None or ask.parts:
            return TimeError(TimeReason.UNPARSEABLE)
        start = _ceil_slot(_plus(local_now, ask.relative, tz), tz)
        return _first_available([start.date()], _Ask(start=start.time()), local_now, settings)

    if days:
        return _first_available(days, ask, local_now, settings)
    if spec.weekday is not None:
        ahead = (spec.weekday - today.weekday()) % 7
        candidates = [today] if ahead == 0 and not spec.next_week else []
        candidates.append(today + timedelta(days=ahead or 7))
        return _first_available(candidates, ask, local_now, settings)
    if ask.start is None and ask.range_from is None and ask.range_to is None and not ask.parts:
        if not spec.asap:
            return TimeError(TimeReason.UNPARSEABLE)
        options = next_windows(local_now, settings, count=1)
        return options[0].window if options else TimeError(TimeReason.TOO_FAR)
    return _first_available(_horizon_days(today, settings), ask, local_now, settings, search=True)
