"""The clinic's callback hours and a callback window as phrases for the visitor."""

import datetime as dt

import pytest

from milia.config.settings import load_settings
from milia.conversation.hours import describe_hours, describe_window

T = dt.time
NINE_TO_FIVE = (T(9), T(17))
CLOSED = None


@pytest.mark.parametrize(
    "hours, expected",
    [
        (
            [(T(9), T(20))] * 5 + [(T(9), T(17)), CLOSED],
            "Monday to Friday 9am-8pm and Saturday 9am-5pm (UK time)",
        ),
        ([NINE_TO_FIVE] * 5 + [CLOSED, CLOSED], "Monday to Friday 9am-5pm (UK time)"),
        ([NINE_TO_FIVE] * 7, "Monday to Sunday 9am-5pm (UK time)"),
        ([CLOSED, CLOSED, (T(10, 30), T(14)), CLOSED, CLOSED, CLOSED, CLOSED], "Wednesday 10.30am-2pm (UK time)"),
        ([CLOSED] * 6 + [(T(11), T(15, 45))], "Sunday 11am-3.45pm (UK time)"),
        # same hours on days that are not next to each other: not grouped
        (
            [NINE_TO_FIVE, CLOSED, NINE_TO_FIVE, CLOSED, CLOSED, CLOSED, CLOSED],
            "Monday 9am-5pm and Wednesday 9am-5pm (UK time)",
        ),
        # a closed day splits a run; different hours start a new group
        (
            [NINE_TO_FIVE, NINE_TO_FIVE, CLOSED, NINE_TO_FIVE, NINE_TO_FIVE, (T(10), T(12)), CLOSED],
            "Monday to Tuesday 9am-5pm, Thursday to Friday 9am-5pm and Saturday 10am-12pm (UK time)",
        ),
        (
            [(T(9), T(17)), (T(9), T(18)), (T(9), T(17)), CLOSED, CLOSED, CLOSED, CLOSED],
            "Monday 9am-5pm, Tuesday 9am-6pm and Wednesday 9am-5pm (UK time)",
        ),
        ([(T(0), T(12))] + [CLOSED] * 6, "Monday 12am-12pm (UK time)"),
        ([(T(12, 30), T(23, 59))] + [CLOSED] * 6, "Monday 12.30pm-11.59pm (UK time)"),
    ],
)
def test_describe_hours(hours, expected):
    assert describe_hours(hours) == expected


def test_describe_hours_of_the_clinic():
    assert describe_hours(load_settings().callback_hours) == (
        "Monday to Friday 9am-8pm and Saturday 9am-5pm (UK time)"
    )


TODAY = dt.date(2026, 12, 1)  # a Tuesday


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute)


@pytest.mark.parametrize(
    "start, end, today, expected",
    [
        (at(TODAY, 9), at(TODAY, 12), TODAY, "today (Tue 1 Dec) between 9am and 12pm"),
        (at(TODAY, 10, 15), at(TODAY, 11, 15), TODAY, "today (Tue 1 Dec) between 10.15am and 11.15am"),
        (
            at(dt.date(2026, 12, 2), 12),
            at(dt.date(2026, 12, 2), 17),
            TODAY,
            "tomorrow (Wed 2 Dec) between 12pm and 5pm",
        ),
        (
            at(dt.date(2026, 12, 3), 17),
            at(dt.date(2026, 12, 3), 20),
            TODAY,
            "on Thu 3 Dec between 5pm and 8pm",
        ),
        (
            at(dt.date(2026, 12, 14), 9),
            at(dt.date(2026, 12, 14), 20),
            TODAY,
            "on Mon 14 Dec between 9am and 8pm",
        ),
        # tomorrow across a year end
        (
            at(dt.date(2027, 1, 1), 9),
            at(dt.date(2027, 1, 1), 12),
            dt.date(2026, 12, 31),
            "tomorrow (Fri 1 Jan) between 9am and 12pm",
        ),
        # a day before today is named by its date
        (
            at(dt.date(2026, 11, 30), 9),
            at(dt.date(2026, 11, 30), 10),
            TODAY,
            "on Mon 30 Nov between 9am and 10am",
        ),
    ],
)
def test_describe_window(start, end, today, expected):
    assert describe_window(start, end, today) == expected


def test_describe_window_with_aware_datetimes():
    london = dt.timezone(dt.timedelta(hours=1))
    start = dt.datetime(2026, 6, 2, 14, 30, tzinfo=london)
    end = dt.datetime(2026, 6, 2, 15, 30, tzinfo=london)
    assert describe_window(start, end, dt.date(2026, 6, 1)) == "tomorrow (Tue 2 Jun) between 2.30pm and 3.30pm"
