"""Whether a follow-up text (an urge check-in, a returned draft) goes now, later or never; no I/O.

The daily text has its own rules (daily.check_due). These two are texts the person asked for,
so they follow the same promise: never in quiet hours, and never so late that they arrive out of
the blue. After an outage a queue may deliver them hours late.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from chalicelib.domain import daily, program
from chalicelib.domain.model import Person

# "Still holding on?" means something 10 minutes after an urge, not the next morning.
URGE_LATE_LIMIT = timedelta(hours=1)


class Action(StrEnum):
    SEND = "send"
    MOVE = "move"  # to Plan.at
    DROP = "drop"


@dataclass(frozen=True)
class Plan:
    action: Action
    reason: str = ""
    at: datetime | None = None


def plan_urge_follow_up(person: Person, due_at: datetime, now: datetime) -> Plan:
    """An urge follow-up goes if it is under an hour late and they are not paused."""
    if person.paused_until is not None and person.paused_until > now:
        return Plan(Action.DROP, "paused")
    if now - due_at > URGE_LATE_LIMIT:
        return Plan(Action.DROP, "too_late")
    return Plan(Action.SEND)


def plan_draft_return(person: Person, now: datetime) -> Plan:
    """A returned draft waits out a pause, and quiet hours until the next 08:00 local."""
    if person.paused_until is not None and person.paused_until > now:
        return Plan(Action.MOVE, "paused", daily.next_send_after(person, person.paused_until))
    if daily.in_quiet_hours(person, now):
        return Plan(Action.MOVE, "quiet_hours", next_morning(person, now))
    return Plan(Action.SEND)


def next_morning(person: Person, now: datetime) -> datetime:
    """The end of the quiet hours that `now` is in (08:00 local), as an aware datetime."""
    local = program.local_now(person, now)
    day = local.date() if local.time() < daily.QUIET_UNTIL else local.date() + timedelta(days=1)
    return datetime.combine(day, daily.QUIET_UNTIL, tzinfo=ZoneInfo(person.timezone))
