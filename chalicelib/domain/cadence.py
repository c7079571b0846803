"""When scheduled texts go: the one cadence policy (daily, weekly, paused, the evening texts of
extra support, the 504th hour, quiet hours); pure, no I/O. Every reschedule goes through it:
after a text (daily.compose), after TIME, TZ, PAUSE, EXTRA or DATE (settings_by_text), when a
day is skipped or a job stranded (planner)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from chalicelib.domain import extra_support, program
from chalicelib.domain.model import Person, ProgramSettings, Status
from chalicelib.domain.schedule import SLOT, slot_start

# A text this late would arrive at an odd hour; skip the day instead.
LATE_LIMIT = timedelta(hours=3)
QUIET_FROM = time(21, 0)
QUIET_UNTIL = time(8, 0)
WEEK = timedelta(days=7)


def in_quiet_hours(person: Person, now: datetime) -> bool:
    local = program.local_now(person, now).time()
    return local >= QUIET_FROM or local < QUIET_UNTIL


def next_morning(person: Person, now: datetime) -> datetime:
    """The end of the quiet hours that `now` is in (08:00 local), as an aware datetime."""
    local = program.local_now(person, now)
    day = local.date() if local.time() < QUIET_UNTIL else local.date() + timedelta(days=1)
    return datetime.combine(day, QUIET_UNTIL, tzinfo=ZoneInfo(person.timezone))


def next_send_after(person: Person, now: datetime, earliest_day_offset: int = 0) -> datetime:
    """The first send time at least one whole slot ahead.

    The slot right after the current one could be written moments before its tick runs, and the
    index is eventually consistent: a tick that missed it would never look at that slot again.
    """
    current_slot = slot_start(now) + SLOT
    today = program.local_now(person, now).date()
    offset = earliest_day_offset
    while True:
        candidate = program.daily_send_at(person, today + timedelta(days=offset))
        if slot_start(candidate) > current_slot:
            return candidate
        offset += 1


def repair_stranded(person: Person, now: datetime) -> Person | None:
    """The person with their next send moved ahead, if it is so far behind that no queued job
    can still send it (the job died); else None."""
    if person.status is not Status.ACTIVE or person.next_send_at is None:
        return None
    if now - person.next_send_at <= LATE_LIMIT:
        return None
    return skip_today(person, now)


def next_send_keeping_day(person: Person, planned_at: datetime, after: datetime) -> datetime:
    """The next send after TIME, TZ or PAUSE changed `person`: the first send time after
    `after`, never on a local day before the one `planned_at` falls on (so a day whose text has
    gone gets no second promise), and on that day's weekday for weekly support."""
    planned_day = program.local_now(person, planned_at).date()
    start_day = program.local_now(person, after).date()
    # On the day they joined no daily text has gone (the first is planned for the morning
    # after), so a new evening time may still mean tonight.
    joined_today = program.local_now(person, person.created_at).date() == start_day
    offset = 0 if joined_today else max(0, (planned_day - start_day).days)
    candidate = next_send_after(person, after, offset)
    if person.weekly:
        while program.local_now(person, candidate).weekday() != planned_day.weekday():
            candidate = next_send_after(person, candidate)
    return candidate


def tonights_evening(
    person: Person, now: datetime, calendar_day: int, settings: ProgramSettings
) -> datetime | None:
    """Tonight's evening text (19:00 local) when extra support makes one due and it is still
    ahead of `now`; else None."""
    local = program.local_now(person, now)
    if extra_support.evening_kind(person, local.date(), calendar_day, settings.program_days):
        at = extra_support.evening_at(person, local.date())
        return at if at > now else None
    return None


def with_evening(person: Person, now: datetime, settings: ProgramSettings) -> Person:
    """The person with tonight's evening text planned, when EXTRA or a DATE just made one due
    and the day's text has gone (its next send is tomorrow's); else unchanged."""
    planned = person.next_send_at
    if planned is None or person.graduated_at is not None:
        return person
    day = program.read_clock(person, now, settings).calendar_day
    at = tonights_evening(person, now, day, settings)
    if at is None or slot_start(at) <= slot_start(now) + SLOT or planned <= at:
        return person  # none due, too late tonight, or the day's own text is still to come
    return replace(person, next_send_at=at)


def without_evening(person: Person, now: datetime) -> Person:
    """The person without a planned evening text no longer due (EXTRA OFF, DATE OFF): the next
    send is the next day's text instead."""
    planned = person.next_send_at
    if planned is None or not extra_support.is_evening(person, program.local_now(person, planned)):
        return person
    return replace(person, next_send_at=next_send_after(person, now))


def skip_today(person: Person, now: datetime) -> Person:
    """Today's text is dropped: the next one is tomorrow's, or the first after a pause."""
    if person.paused_until is not None and person.paused_until > now:
        return replace(person, next_send_at=next_send_after(person, person.paused_until))
    # The next send time after now: after an outage past midnight, that is today's, not tomorrow's.
    # The day's claim stops a second text on a day that already had one.
    return replace(person, next_send_at=next_send_after(person, now))


def after_the_days_text(
    person: Person, now: datetime, calendar_day: int, settings: ProgramSettings
) -> datetime:
    """When the next text goes after the day's own (sent at `now`): tonight's evening text when
    extra support makes one due, the 504th hour after day 21's, else tomorrow's send time."""
    evening = tonights_evening(person, now, calendar_day, settings)
    if evening is not None:
        return evening
    tomorrow = next_send_after(person, now, earliest_day_offset=1)
    if calendar_day == settings.program_days and person.graduated_at is None:
        return at_the_last_hour(person, tomorrow, settings)
    return tomorrow


def at_the_last_hour(person: Person, planned: datetime, settings: ProgramSettings) -> datetime:
    """The first decision text ("21 days!") at the program's last hour (the 504th by default),
    or when quiet hours end if it falls in them; never at the send time before it."""
    completes = (person.last_contact_at or planned) + timedelta(hours=settings.program_hours)
    if planned >= completes:
        return planned
    return next_morning(person, completes) if in_quiet_hours(person, completes) else completes
