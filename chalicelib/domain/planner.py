"""Whether a scheduled text goes now, later or never: one plan for every kind; no I/O.

plan(job, person, now) answers for the daily text, an urge follow-up and a returned draft with
the same promise: never while paused, never in quiet hours, and never so late that it arrives
out of the blue. After an outage a queue may deliver any of them hours late.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from chalicelib.domain import cadence, daily
from chalicelib.domain.model import Person, Status
from chalicelib.domain.ports import SendJob

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


# Who may get a follow-up or a draft back: anyone still in touch with us, weekly included.
REACHABLE = frozenset({Status.ACTIVE, Status.COMPLETED})


def plan(job: SendJob, person: Person | None, now: datetime) -> Plan:
    """SEND, MOVE (to Plan.at: the daily text to its next day, a draft past quiet hours) or
    DROP, with the reason as a short word for logs."""
    if job.kind == "daily":
        return plan_daily(person, job.due_at, now)
    if person is None or person.status not in REACHABLE:
        return Plan(Action.DROP, "not_active")
    if job.kind == "urge":
        urge_at = datetime.fromisoformat(job.key)
        if person.last_contact_at is not None and person.last_contact_at > urge_at:
            return Plan(Action.DROP, "contact_since")
        return plan_urge_follow_up(person, job.due_at, now)
    return plan_draft_return(person, now)


def plan_daily(person: Person | None, due_at: datetime, now: datetime) -> Plan:
    """The daily text goes when due; a stale job is dropped; paused, too late or in quiet
    hours, today's text is skipped and the next one planned (cadence.skip_today)."""
    skip = daily.check_due(person, due_at, now)
    if skip is None:
        return Plan(Action.SEND)
    if skip in (daily.Skip.NOT_ACTIVE, daily.Skip.STALE) or person is None:
        return Plan(Action.DROP, str(skip))
    return Plan(Action.MOVE, str(skip), cadence.skip_today(person, now).next_send_at)


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
        return Plan(Action.MOVE, "paused", cadence.next_send_after(person, person.paused_until))
    if cadence.in_quiet_hours(person, now):
        return Plan(Action.MOVE, "quiet_hours", cadence.next_morning(person, now))
    return Plan(Action.SEND)
