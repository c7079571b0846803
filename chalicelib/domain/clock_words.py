"""Reads a time of day from how people text it ("8pm", "20:30", "7 in the morning"); no I/O."""

from __future__ import annotations

import re
from datetime import time

_SPOKEN = {"noon": time(12, 0), "midday": time(12, 0), "midnight": time(0, 0)}
_CLOCK = re.compile(
    r"^(?:at\s+)?(?P<hour>\d{1,2})(?:[:.h]?(?P<minute>(?<=\d\d)\d{2}|(?<=[:.h])\d{2}))?\s*"
    r"(?P<half>a\.?m\.?|p\.?m\.?|in the morning|in the evening|at night|in the afternoon)?$"
)
_EVENING = ("p", "in the evening", "at night", "in the afternoon")


def parse_time_of_day(text: str) -> time | None:
    words = " ".join(text.lower().split()).strip(" .!")
    if words in _SPOKEN:
        return _SPOKEN[words]
    # "830pm" is 8:30pm; three digits alone ("730") stay unread, as they could be anything.
    words = re.sub(r"^(\d)(\d{2})(?=\s*[ap]\.?m)", r"\1:\2", words)
    match = _CLOCK.match(words)
    if not match:
        return None
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    half = match["half"] or ""
    if minute > 59 or hour > 23 or (half and not 1 <= hour <= 12):
        return None
    if half.startswith(_EVENING) and hour != 12:
        hour += 12
    elif not half and 1 <= hour <= 7 and not match["hour"].startswith("0"):
        # "TIME 7" means the evening (7am is inside quiet hours anyway); "07:30" or "0730" is a
        # 24-hour clock and means the morning.
        hour += 12
    elif half and not half.startswith(_EVENING) and hour == 12:
        hour = 0
    return time(hour, minute)


def round_to_quarter_hour(value: time) -> time:
    """The scheduler works in 15-minute slots, so send times are kept on them."""
    minutes = (value.hour * 60 + value.minute + 7) // 15 * 15
    minutes = min(minutes, 23 * 60 + 45)
    return time(minutes // 60, minutes % 60)
