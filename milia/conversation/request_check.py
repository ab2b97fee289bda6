"""The last check before a callback request is stored: what the form collected, checked again.

The action server trusts nothing it is sent: a forged request to its webhook can carry any slot
values. :func:`request_problems` lists what is wrong with them (empty: store the request).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import List, Optional

from milia.config.settings import ClinicSettings
from milia.conversation.callback_time import MIN_LEAD, CallbackWindow
from milia.conversation.form_answers import valid_name
from milia.conversation.phone import parse_phone

# Markup, control characters and the like have no place in a name read out by a receptionist.
NOT_IN_A_NAME = re.compile(r"[<>{}\[\]\\/|`$=;\x00-\x1f\x7f]")


def name_problem(name: object) -> Optional[str]:
    if not isinstance(name, str) or valid_name(name) != name.strip() or valid_name(name) is None:
        return "the name is empty, too long or has no letters"
    if NOT_IN_A_NAME.search(name):
        return "the name has characters a name does not have"
    return None


def phone_problem(phone: object) -> Optional[str]:
    if not isinstance(phone, str):
        return "no phone number"
    parsed = parse_phone(phone)
    if not parsed.ok or parsed.e164 != phone:
        return "the phone number is not a valid UK number in E.164 form"
    return None


def window_problem(window: Optional[CallbackWindow], now: datetime, settings: ClinicSettings) -> Optional[str]:
    """The window must lie inside one day's callback hours, within the horizon, and not be over."""
    if window is None:
        return "no callback window"
    start, end = window.start.astimezone(settings.tz), window.end.astimezone(settings.tz)
    if end <= start or start.date() != end.date():
        return "the callback window is not a span within one day"
    hours = settings.hours_on(start.weekday())
    if hours is None or start.timetz().replace(tzinfo=None) < hours[0] or end.timetz().replace(tzinfo=None) > hours[1]:
        return "the callback window is outside the callback hours"
    today = now.astimezone(settings.tz).date()
    if end - now < MIN_LEAD or start.date() > today + timedelta(days=settings.callback_horizon_days):
        return "the callback window is in the past or too far ahead"
    return None


def request_problems(
    name: object, phone: object, window: Optional[CallbackWindow], consent: object, confirmed: object,
    now: datetime, settings: ClinicSettings,
) -> List[str]:
    problems = [p for p in (name_problem(name), phone_problem(phone), window_problem(window, now, settings)) if p]
    if consent is not True:
        problems.append("no consent")
    if confirmed is not True:
        problems.append("not confirmed")
    return problems
