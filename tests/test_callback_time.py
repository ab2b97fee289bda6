from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from milia.config.settings import settings_from_mapping
from milia.conversation.callback_time import (
    CallbackWindow,
    Part,
    TimeError,
    TimeReason,
    next_windows,
    parse_callback_time,
    window_label,
)

LONDON = ZoneInfo("Europe/London")
SETTINGS = settings_from_mapping(
    {
        "name": "Test Clinic",
        "phone": "0121 567 8111",
        "timezone": "Europe/London",
        "privacy_url": "/privacy.html",
        "callback_hours": {
            "mon": ["09:00", "20:00"], "tue": ["09:00", "20:00"], "wed": ["09:00", "20:00"],
            "thu": ["09:00", "20:00"], "fri": ["09:00", "20:00"], "sat": ["09:00", "17:00"],
        },
        "callback_horizon_days": 14,
        "duplicate_window_minutes": 10,
    }
)
# Thursday 26 November 2026, 10:07 (GMT)
NOW = datetime(2026, 11, 26, 10, 7, tzinfo=LONDON)


def at(day: str, hhmm: str) -> datetime:
    return datetime.fromisoformat(f"{day}T{hhmm}").replace(tzinfo=LONDON)


def span(day: str, start: str, end: str, end_day: str = "") -> CallbackWindow:
    return CallbackWindow(at(day, start), at(end_day or day, end))


def same(result, expected: CallbackWindow) -> bool:
    return (
        isinstance(result, CallbackWindow)
        and result.start == expected.start
        and result.end == expected.end
        and result.start.utcoffset() == expected.start.utcoffset()
    )


GOOD = [
    ("tomorrow afternoon", span("2026-11-27", "12:00", "17:00")),
    ("Monday morning", span("2026-11-30", "09:00", "12:00")),
    ("next Tuesday at 3pm", span("2026-12-01", "15:00", "16:00")),
    ("Friday 10.30am", span("2026-11-27", "10:30", "11:30")),
    ("friday 10:30", span("2026-11-27", "10:30", "11:30")),
    ("tomorrow at 9", span("2026-11-27", "09:00", "10:00")),
    ("today evening", span("2026-11-26", "17:00", "20:00")),
    ("this evening", span("2026-11-26", "17:00", "20:00")),
    ("tonight", span("2026-11-26", "17:00", "20:00")),
    ("As soon as possible", span("2026-11-26", "10:15", "12:00")),
    ("asap", span("2026-11-26", "10:15", "12:00")),
    ("ASAP please!", span("2026-11-26", "10:15", "12:00")),
    ("anytime", span("2026-11-26", "10:15", "12:00")),
    ("any time", span("2026-11-26", "10:15", "12:00")),
    ("whenever", span("2026-11-26", "10:15", "12:00")),
    ("now", span("2026-11-26", "10:15", "12:00")),
    ("1 Dec morning", span("2026-12-01", "09:00", "12:00")),
    ("1st of December in the morning", span("2026-12-01", "09:00", "12:00")),
    ("December 1st afternoon", span("2026-12-01", "12:00", "17:00")),
    ("1/12 at 2pm", span("2026-12-01", "14:00", "15:00")),
    ("1/12/2026 2pm", span("2026-12-01", "14:00", "15:00")),
    ("2pm", span("2026-11-26", "14:00", "15:00")),
    ("2 pm", span("2026-11-26", "14:00", "15:00")),
    ("14:00", span("2026-11-26", "14:00", "15:00")),
    ("morning", span("2026-11-26", "10:15", "12:00")),
    ("afternoon", span("2026-11-26", "12:00", "17:00")),
    ("2026-12-01 morning", span("2026-12-01", "09:00", "12:00")),
    ("2026-11-28 afternoon", span("2026-11-28", "12:00", "17:00")),
    # typos and short forms
    ("tommorow afternoon", span("2026-11-27", "12:00", "17:00")),
    ("tmrw arvo", span("2026-11-27", "12:00", "17:00")),
    ("tomorow morning", span("2026-11-27", "09:00", "12:00")),
    ("2moro pm", span("2026-11-27", "12:00", "17:00")),
    ("mon morning", span("2026-11-30", "09:00", "12:00")),
    ("tues 3pm", span("2026-12-01", "15:00", "16:00")),
    ("weds morning", span("2026-12-02", "09:00", "12:00")),
    ("wensday afternon", span("2026-12-02", "12:00", "17:00")),
    ("thurs afternoon", span("2026-11-26", "12:00", "17:00")),
    ("fri evening", span("2026-11-27", "17:00", "20:00")),
    ("sat morning", span("2026-11-28", "09:00", "12:00")),
    # whole days
    ("tomorrow", span("2026-11-27", "09:00", "20:00")),
    ("Saturday", span("2026-11-28", "09:00", "17:00")),
    ("thursday", span("2026-11-26", "10:15", "20:00")),  # today, rest of the day
    ("next thursday", span("2026-12-03", "09:00", "20:00")),
    ("anytime tomorrow", span("2026-11-27", "09:00", "20:00")),
    ("the 30th", span("2026-11-30", "09:00", "20:00")),
    ("tomorrow (Friday)", span("2026-11-27", "09:00", "20:00")),
    # times with a part of day, bare hours, ranges, relative
    ("tomorrow morning at 10", span("2026-11-27", "10:00", "11:00")),
    ("3 in the afternoon", span("2026-11-26", "15:00", "16:00")),
    ("at 5", span("2026-11-26", "17:00", "18:00")),
    ("noon tomorrow", span("2026-11-27", "12:00", "13:00")),
    ("half past 2", span("2026-11-26", "14:30", "15:30")),
    ("7:30pm", span("2026-11-26", "19:30", "20:00")),  # cut at closing
    ("Saturday 4.30pm", span("2026-11-28", "16:30", "17:00")),
    ("between 2 and 4", span("2026-11-26", "14:00", "16:00")),
    ("2-4pm tomorrow", span("2026-11-27", "14:00", "16:00")),
    ("11-1pm tomorrow", span("2026-11-27", "11:00", "13:00")),
    ("after 3pm", span("2026-11-26", "15:00", "20:00")),
    ("before 11 tomorrow", span("2026-11-27", "09:00", "11:00")),
    ("morning or afternoon tomorrow", span("2026-11-27", "09:00", "17:00")),
    ("Tue 1 Dec afternoon (12\u20135pm)", span("2026-12-01", "12:00", "17:00")),
    ("in 2 hours", span("2026-11-26", "12:15", "13:15")),
    ("in an hour", span("2026-11-26", "11:15", "12:15")),
    ("Monday is a good day", span("2026-11-30", "09:00", "20:00")),
]


@pytest.mark.parametrize("text,expected", GOOD, ids=[t for t, _ in GOOD])
def test_parses(text, expected):
    result = parse_callback_time(text, NOW, SETTINGS)
    assert same(result, expected), result


BAD = [
    ("Sunday", TimeReason.CLOSED_DAY, date(2026, 11, 29)),
    ("sunday morning", TimeReason.CLOSED_DAY, date(2026, 11, 29)),
    ("Monday 8pm", TimeReason.OUT_OF_HOURS, date(2026, 11, 30)),
    ("Saturday 6pm", TimeReason.OUT_OF_HOURS, date(2026, 11, 28)),
    ("tuesday 7am", TimeReason.OUT_OF_HOURS, date(2026, 12, 1)),
    ("Saturday evening", TimeReason.OUT_OF_HOURS, date(2026, 11, 28)),
    ("8 in the evening", TimeReason.OUT_OF_HOURS, date(2026, 11, 26)),
    ("7:50pm", TimeReason.OUT_OF_HOURS, date(2026, 11, 26)),  # under 15 minutes left
    ("9pm", TimeReason.OUT_OF_HOURS, date(2026, 11, 26)),
    ("today at 9", TimeReason.PAST, date(2026, 11, 26)),
    ("1/11", TimeReason.PAST, date(2026, 11, 1)),
    ("25 Nov", TimeReason.PAST, date(2026, 11, 25)),
    ("16/12", TimeReason.TOO_FAR, date(2026, 12, 16)),
    ("11 Dec afternoon", TimeReason.TOO_FAR, date(2026, 12, 11)),
    ("1/3", TimeReason.TOO_FAR, date(2027, 3, 1)),  # far back = next year
    ("dunno", TimeReason.UNPARSEABLE, None),
    ("", TimeReason.UNPARSEABLE, None),
    ("next week", TimeReason.UNPARSEABLE, None),
    ("in 3 days", TimeReason.UNPARSEABLE, None),
    ("in a fortnight", TimeReason.UNPARSEABLE, None),
    ("2 hours", TimeReason.UNPARSEABLE, None),
    ("31/2", TimeReason.UNPARSEABLE, None),
    ("tomorrow or Monday", TimeReason.UNPARSEABLE, None),
    ("2pm or 3pm", TimeReason.UNPARSEABLE, None),
    ("tomorrow (Monday)", TimeReason.UNPARSEABLE, None),
    ("25:00", TimeReason.UNPARSEABLE, None),
    ("room 101", TimeReason.UNPARSEABLE, None),
    ("not now", TimeReason.UNPARSEABLE, None),
    ("not today, tomorrow", TimeReason.UNPARSEABLE, None),
    ("I can't do mornings", TimeReason.UNPARSEABLE, None),
]


@pytest.mark.parametrize("text,reason,day", BAD, ids=[t or "empty" for t, _, _ in BAD])
def test_refuses(text, reason, day):
    result = parse_callback_time(text, NOW, SETTINGS)
    assert result == TimeError(reason, day)


def test_boundaries_of_horizon():
    assert isinstance(parse_callback_time("10/12", NOW, SETTINGS), CallbackWindow)  # today + 14
    assert parse_callback_time("11/12", NOW, SETTINGS).reason is TimeReason.TOO_FAR


@pytest.mark.parametrize(
    "now,text,expected",
    [
        # "Monday" said on a Monday: today while it still works, else next week
        (at("2026-11-30", "08:00"), "Monday", span("2026-11-30", "09:00", "20:00")),
        (at("2026-11-30", "08:00"), "Monday morning", span("2026-11-30", "09:00", "12:00")),
        (at("2026-11-30", "11:30"), "Monday morning", span("2026-12-07", "09:00", "12:00")),
        (at("2026-11-30", "19:30"), "monday", span("2026-12-07", "09:00", "20:00")),
        (at("2026-11-30", "08:00"), "next Monday", span("2026-12-07", "09:00", "20:00")),
        # "next Tuesday" = the first Tuesday after today
        (at("2026-11-30", "08:00"), "next Tuesday", span("2026-12-01", "09:00", "20:00")),
        (at("2026-11-29", "12:00"), "next Monday", span("2026-11-30", "09:00", "20:00")),
        # a bare part or time: the first day it is still available
        (at("2026-11-26", "11:30"), "morning", span("2026-11-27", "09:00", "12:00")),
        (at("2026-11-28", "15:00"), "2pm", span("2026-11-30", "14:00", "15:00")),
        (at("2026-11-28", "15:00"), "evening", span("2026-11-30", "17:00", "20:00")),
        # asap: the first standard window, from now rounded up to 15 minutes
        (at("2026-11-26", "10:00"), "asap", span("2026-11-26", "10:00", "12:00")),
        (at("2026-11-26", "11:30"), "asap", span("2026-11-26", "12:00", "17:00")),
        (at("2026-11-26", "06:10"), "asap", span("2026-11-26", "09:00", "12:00")),
        (at("2026-11-27", "21:00"), "as soon as possible", span("2026-11-28", "09:00", "12:00")),
        (at("2026-11-28", "18:00"), "whenever", span("2026-11-30", "09:00", "12:00")),
    ],
)
def test_relative_to_now(now, text, expected):
    assert same(parse_callback_time(text, now, SETTINGS), expected)


def test_dates_across_new_year():
    now = at("2026-12-28", "10:00")
    assert same(parse_callback_time("4 Jan", now, SETTINGS), span("2027-01-04", "09:00", "20:00"))
    assert same(parse_callback_time("5/1 3pm", now, SETTINGS), span("2027-01-05", "15:00", "16:00"))
    # 3 January 2027 is a Sunday
    assert parse_callback_time("3rd Jan", now, SETTINGS) == TimeError(TimeReason.CLOSED_DAY, date(2027, 1, 3))


def test_spring_clock_change():
    # Saturday 28 March 2026 18:00 GMT; clocks go forward on Sunday 29 March
    now = datetime(2026, 3, 28, 18, 0, tzinfo=timezone.utc)
    monday_9 = parse_callback_time("Monday 9am", now, SETTINGS)
    assert monday_9.start == datetime(2026, 3, 30, 8, 0, tzinfo=timezone.utc)
    assert monday_9.start.utcoffset() == timedelta(hours=1)
    assert (monday_9.end - monday_9.start) == timedelta(hours=1)
    assert parse_callback_time("tomorrow", now, SETTINGS) == TimeError(TimeReason.CLOSED_DAY, date(2026, 3, 29))
    asap = parse_callback_time("asap", now, SETTINGS)
    assert asap.start == datetime(2026, 3, 30, 8, 0, tzinfo=timezone.utc)
    options = next_windows(now, SETTINGS)
    assert [o.payload for o in options] == ["2026-03-30 morning", "2026-03-30 afternoon", "2026-03-30 evening"]
    assert options[0].window.start.isoformat() == "2026-03-30T09:00:00+01:00"
    assert options[0].label == "Mon 30 Mar morning (9\u201312)"
    # just before the jump (00:30 GMT on the Sunday)
    night = datetime(2026, 3, 29, 0, 30, tzinfo=timezone.utc)
    assert parse_callback_time("tomorrow at 9", night, SETTINGS).start.isoformat() == "2026-03-30T09:00:00+01:00"


def test_autumn_clock_change():
    # Saturday 24 October 2026 16:30 BST; clocks go back on Sunday 25 October
    now = datetime(2026, 10, 24, 16, 30, tzinfo=LONDON)
    assert now.utcoffset() == timedelta(hours=1)
    asap = parse_callback_time("asap", now, SETTINGS)  # 30 min left today: too little
    assert asap.start.isoformat() == "2026-10-26T09:00:00+00:00"
    monday = parse_callback_time("Monday 2pm", now, SETTINGS)
    assert monday.start == datetime(2026, 10, 26, 14, 0, tzinfo=timezone.utc)
    # during the repeated hour (01:30 BST then 01:30 GMT) "today" is the closed Sunday
    repeated = datetime(2026, 10, 25, 1, 30, tzinfo=LONDON, fold=1)
    assert parse_callback_time("today", repeated, SETTINGS).reason is TimeReason.CLOSED_DAY
    assert parse_callback_time("tomorrow 9am", repeated, SETTINGS).start.utcoffset() == timedelta(0)


def test_now_in_any_zone():
    utc_now = NOW.astimezone(timezone.utc)
    assert same(parse_callback_time("2pm", utc_now, SETTINGS), span("2026-11-26", "14:00", "15:00"))
    with pytest.raises(ValueError):
        parse_callback_time("2pm", NOW.replace(tzinfo=None), SETTINGS)


def test_next_windows_labels_and_payloads():
    options = next_windows(NOW, SETTINGS, count=6)
    assert [(o.payload, o.label) for o in options] == [
        ("2026-11-26 morning", "This morning (10:15\u201312)"),
        ("2026-11-26 afternoon", "This afternoon (12\u20135pm)"),
        ("2026-11-26 evening", "This evening (5\u20138pm)"),
        ("2026-11-27 morning", "Tomorrow morning (9\u201312)"),
        ("2026-11-27 afternoon", "Tomorrow afternoon (12\u20135pm)"),
        ("2026-11-27 evening", "Tomorrow evening (5\u20138pm)"),
    ]
    later = next_windows(at("2026-11-27", "19:30"), SETTINGS, count=3)
    assert [o.label for o in later] == [
        "Tomorrow morning (9\u201312)", "Tomorrow afternoon (12\u20135pm)", "Mon 30 Nov morning (9\u201312)"
    ]


@pytest.mark.parametrize(
    "now",
    [NOW, at("2026-11-26", "11:05"), at("2026-11-28", "16:10"), at("2026-11-29", "23:59"),
     datetime(2026, 3, 28, 18, 0, tzinfo=timezone.utc)],
)
def test_payloads_round_trip(now):
    for option in next_windows(now, SETTINGS, count=5):
        assert same(parse_callback_time(option.payload, now, SETTINGS), option.window)
        assert _utc(option.window.end) - _utc(now) >= timedelta(hours=1)
        assert _utc(option.window.start) >= _utc(now) - timedelta(hours=3)


def _utc(value: datetime) -> datetime:
    return value.astimezone(timezone.utc)


def test_next_windows_skip_closed_days_and_respect_horizon():
    saturday_late = at("2026-11-28", "16:30")
    first = next_windows(saturday_late, SETTINGS, count=1)[0]
    assert first.payload == "2026-11-30 morning"  # Sat afternoon ends in < 1 h; Sunday closed
    everything = next_windows(NOW, SETTINGS, count=1000)
    assert max(o.window.start.date() for o in everything) == date(2026, 12, 10)
    assert all(o.window.start.weekday() != 6 for o in everything)
    assert not any(o.payload.endswith("evening") and o.window.start.weekday() == 5 for o in everything)


def test_window_label_formats():
    window = span("2026-12-01", "12:00", "17:00")
    assert window_label(Part.AFTERNOON, window, date(2026, 11, 26)) == "Tue 1 Dec afternoon (12\u20135pm)"
    assert window_label(Part.MORNING, span("2026-11-27", "09:00", "12:00"), date(2026, 11, 26)) == \
        "Tomorrow morning (9\u201312)"
    assert window_label(Part.MORNING, span("2026-11-27", "10:30", "13:00"), date(2026, 11, 27)) == \
        "This morning (10:30am\u20131pm)"


def test_window_iso_round_trip():
    window = span("2026-12-01", "12:00", "17:00")
    assert window.to_dict() == {"start": "2026-12-01T12:00:00+00:00", "end": "2026-12-01T17:00:00+00:00"}
    assert CallbackWindow.from_iso(**window.to_dict()) == window
    with pytest.raises(ValueError):
        CallbackWindow.from_iso("2026-12-01T12:00:00", "2026-12-01T17:00:00")
