"""Extra support where slips cluster, opt-in; no I/O.

Lapses cluster in days 4-17, in the evenings and at weekends (PROGRAM.md), so a person who
replies EXTRA gets one more text on Friday and Saturday evenings of those days, and five
restart days after a reported contact instead of three. A hard date told by text ("DATE 3/14
anniversary") brings a text the evening before and the evening of, for anyone. The default
stays one text a day; evenings never fall in quiet hours (they go at 19:00 local).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil import parser as date_parser

from chalicelib.domain.model import Person

EVENING = time(19, 0)
# A send time from this on is an evening already; a day's text before it, even sent three
# hours late (cadence.LATE_LIMIT), is still before EVENING, so the hour tells the two apart.
LATEST_DAY_SEND = time(16, 0)
EVENING_DAYS = range(4, 18)
WEEKEND_EVENINGS = {4: "friday", 5: "saturday"}  # date.weekday()
RESTART_DAYS = range(2, 5)
EXTRA_RESTART_DAYS = range(2, 7)
MAX_HARD_DATES = 5
# Month first where the country writes it so; day first everywhere else (3/14 vs 14/3).
MONTH_FIRST_COUNTRIES = frozenset({"US", "CA"})
# A hard date needs a day number: "date night was fun" is not one.
_HAS_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}[/.-]\d{1,2}\b")
_NO_DAY = datetime(2000, 1, 1)  # a leap year, so 29 February can be kept


def parse_hard_date(text: str, country: str | None) -> str | None:
    """ "3/14 anniversary" -> "03-14" (month-day, no year), or None when no date can be read.

    Parsing is python-dateutil's fuzzy parser; the order of 3/14 follows the country.
    """
    if _HAS_DAY.search(text) is None:
        return None  # without a day number, the fuzzy parser would make one up
    day_first = country not in MONTH_FIRST_COUNTRIES
    try:
        parsed = date_parser.parse(text, fuzzy=True, dayfirst=day_first, default=_NO_DAY)
    except (ValueError, OverflowError):
        return None
    return f"{parsed.month:02d}-{parsed.day:02d}"


def shown(hard_date: str, country: str | None = None) -> str:
    """ "03-14" -> "Mar 14" (US, CA) or "14 Mar" (elsewhere)."""
    month, day = (int(part) for part in hard_date.split("-"))
    name = f"{date(2000, month, day):%b}"
    return f"{name} {day}" if country in MONTH_FIRST_COUNTRIES else f"{day} {name}"


def extra_reply(person: Person, calendar_day: int) -> str:
    """The replies.json key for EXTRA: what will come, honestly."""
    if person.send_time >= LATEST_DAY_SEND:
        return "extra_on_evening_sender"  # the day's text is the evening one already
    if calendar_day > EVENING_DAYS[-1]:
        return "extra_on_late"  # only the longer relapse track is left to give
    return "extra_on"


def date_reply(person: Person, hard_date: str, today: date, calendar_day: int, days: int) -> str:
    """The replies.json key for a hard date just saved: whether evening texts will come (none
    on or after day `days`, none for an evening send time) and when."""
    if person.send_time >= LATEST_DAY_SEND:
        return "date_saved_evening_sender"
    until = _days_until(hard_date, today)
    if calendar_day + until - 1 >= days:
        return "date_saved_after"  # even the evening before falls after the program
    return "date_saved_today" if until == 0 else "date_saved"


def _days_until(hard_date: str, today: date) -> int:
    """Days from `today` to the next `hard_date` ("MM-DD"), 0 when it is today."""
    month, day = (int(part) for part in hard_date.split("-"))
    for year in range(today.year, today.year + 9):
        try:
            when = date(year, month, day)
        except ValueError:
            continue  # 29 February, outside a leap year
        if when >= today:
            return (when - today).days
    return 0


def restart_days(person: Person) -> range:
    """The days of a new clock that get the restart texts after a reported contact."""
    return EXTRA_RESTART_DAYS if person.extra_support else RESTART_DAYS


def evening_kind(person: Person, on: date, calendar_day: int, program_days: int) -> str | None:
    """Which evening text `on` (their local date) brings: a hard date's eve or day, or a
    weekend evening of days 4-17 for those who chose EXTRA; None for no evening text."""
    if person.send_time >= LATEST_DAY_SEND or calendar_day >= program_days:
        return None  # the day's text is an evening one already; day 21 has its own hour
    today, tomorrow = f"{on:%m-%d}", f"{on + timedelta(days=1):%m-%d}"
    if today in person.hard_dates:
        return "date_day"
    if tomorrow in person.hard_dates:
        return "date_eve"
    if person.extra_support and calendar_day in EVENING_DAYS:
        return WEEKEND_EVENINGS.get(on.weekday())
    return None


def evening_at(person: Person, on: date) -> datetime:
    return datetime.combine(on, EVENING, tzinfo=ZoneInfo(person.timezone))


def is_evening(person: Person, local: datetime) -> bool:
    """Whether a scheduled text due at `local` (their time) is the evening one."""
    return person.send_time < LATEST_DAY_SEND and local.time() >= EVENING
