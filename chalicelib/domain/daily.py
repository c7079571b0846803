"""What today's scheduled text says, whether it is due, and when the next one goes; no I/O."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from chalicelib.content import render_daily
from chalicelib.domain import cadence, dialogue, extra_support, follow_up, program, safety
from chalicelib.domain.model import Person, ProgramSettings, Status

DECISION_DAYS = 3
# Scheduled texts that ask an open question, by (section, index in daily.json): their answer
# is kept privately and acknowledged (see answers.py).
OPEN_QUESTIONS: dict[tuple[str, int], str] = {
    ("daily", 18): dialogue.REFLECT,  # "Name one change."
    ("restart", 0): dialogue.SLIP_TRIGGER,  # "What set it off?"
    ("restart", 1): dialogue.REFLECT,  # "What would make tonight easier?"
    ("decision", 1): dialogue.DECISION,  # "Which voice is talking?"
    ("decision", 2): dialogue.DECISION,  # "What did these weeks teach you?"
    ("care", 0): dialogue.CARE,  # "How are you today?", the morning after a crisis reply
    ("care", 1): dialogue.CARE,  # the same, after danger
}


class Skip(StrEnum):
    NOT_ACTIVE = "not_active"
    PAUSED = "paused"
    STALE = "stale"  # the person's next send moved since this job was queued
    TOO_LATE = "too_late"
    QUIET_HOURS = "quiet_hours"


@dataclass(frozen=True)
class ScheduledText:
    kind: str  # daily, restart, decision, weekly, follow_up
    body: str
    milestones: frozenset[int]
    next_send_at: datetime | None
    graduated_at: datetime | None
    # The open question the text asks (dialogue.py), whose answer is read next, and what about.
    asks: str | None = None
    about: str | None = None
    # For a follow-up: how many follow-ups will have gone once this one has.
    follow_ups_sent: int | None = None
    # The day's ideas this text delivers (indices of daily.json "daily").
    ideas: frozenset[int] = frozenset()


def check_due(person: Person | None, due_at: datetime, now: datetime) -> Skip | None:
    if person is None or person.status not in (Status.ACTIVE, Status.COMPLETED):
        return Skip.NOT_ACTIVE
    if person.status is Status.COMPLETED and follow_up.due(person, due_at) is None:
        return Skip.NOT_ACTIVE  # after DONE only the follow-up questions go
    if person.next_send_at != due_at:
        return Skip.STALE
    if person.paused_until is not None and person.paused_until > now:
        return Skip.PAUSED
    if now - due_at > cadence.LATE_LIMIT:
        return Skip.TOO_LATE
    if cadence.in_quiet_hours(person, now):
        return Skip.QUIET_HOURS
    return None


def evening_due(person: Person, due_at: datetime, settings: ProgramSettings) -> str | None:
    """The evening text (daily.json "evening" key) a text due at `due_at` is, or None for the
    day's own. Only an evening that is due: "21 days!" at a 19:30 hour, or a day's text due at
    19:00, is the day's own text, whatever the hour."""
    local = program.local_now(person, due_at)
    if not extra_support.is_evening(person, local):
        return None
    day = program.read_clock(person, due_at, settings).calendar_day
    return extra_support.evening_kind(person, local.date(), day, settings.program_days)


def _reported_contact_restarted_clock(person: Person) -> bool:
    return (
        person.contacts_reported > 0
        and person.consent_at is not None
        and person.last_contact_at is not None
        and person.last_contact_at > person.consent_at
    )


def compose(person: Person, now: datetime, settings: ProgramSettings) -> ScheduledText:
    reading = program.read_clock(person, now, settings)
    values: dict[str, object] = {
        "day": reading.day_of_program,
        "program_days": settings.program_days,
        "hours": reading.hours,
        "best_days": reading.best_days,
        "best": program.describe_duration(reading.best_streak_seconds),
        "total_days": reading.total_days,
    }
    celebrated = person.milestones_celebrated
    evening = evening_due(person, now, settings)
    if evening is not None:
        body = render_daily("evening", evening)
        next_day = cadence.next_send_after(person, now)
        return ScheduledText("evening", body, celebrated, next_day, None)
    tomorrow = cadence.after_the_days_text(person, now, reading.calendar_day, settings)

    def text(kind: str, body: str, index: int = -1) -> ScheduledText:
        asks = OPEN_QUESTIONS.get((kind, index))
        # The first daily text (Day 2) opens with the first day's idea too.
        ideas = frozenset(range(index + 1) if index <= 1 else (index,))
        delivered = ideas if kind == "daily" else frozenset()
        graduated = person.graduated_at
        about = dialogue.ABOUT_CHECKIN if asks == dialogue.SLIP_TRIGGER else None
        return ScheduledText(
            kind, body, celebrated, tomorrow, graduated, asks, about=about, ideas=delivered
        )

    follow_up_index = follow_up.due(person, now)
    if follow_up_index is not None:
        return _follow_up(person, follow_up_index, now)
    if person.weekly and person.graduated_at is not None:
        # Rounded, not floored: the first decision text can go at the 504th hour, after the
        # morning send time, and a floor then read "Week 1" twice.
        weeks = max(1, round((now - person.graduated_at) / cadence.WEEK))
        body = render_daily("weekly", weeks - 1, weeks=weeks, **values)
        next_week = cadence.next_send_after(person, now, earliest_day_offset=7)
        return ScheduledText("weekly", body, celebrated, next_week, person.graduated_at)
    decision_day = reading.calendar_day - settings.program_days
    deciding = person.graduated_at is not None and (
        person.last_contact_at is None or person.last_contact_at < person.graduated_at
    )  # a contact reported since graduating starts the days over, as before it
    if decision_day >= 1 or deciding:
        graduated = person.graduated_at or now
        # Counted from the first decision text, which may have waited out quiet hours.
        since = program.local_now(person, now).date() - program.local_now(person, graduated).date()
        index = min(since.days, DECISION_DAYS - 1)
        body = render_daily("decision", index, **values)
        # After the last decision text, quiet until CONTINUE, DONE or the first follow-up.
        month_on = follow_up.next_at(replace(person, graduated_at=graduated))
        after = tomorrow if index < DECISION_DAYS - 1 else month_on
        asks = OPEN_QUESTIONS.get(("decision", index))
        return ScheduledText("decision", body, celebrated, after, graduated, asks)
    if _after_a_crisis(person, now):
        # The morning after the resources, how they are comes before any idea (a stranger got
        # "An urge feels endless..." the morning after an overdose).
        # After danger from the ex, the abuse line, not the suicide line (the second wording).
        danger = person.asked_about is not None and person.asked_about.startswith("danger")
        country = safety.country_of(person.phone)
        line = safety.danger_line(country) if danger else safety.crisis_line(country)
        care = text(
            "care", render_daily("care", int(danger), crisis_line=line, **values), int(danger)
        )
        # The crisis it follows, as asked_about ("self_harm:taken"): symptoms told in answer
        # after an overdose still get the emergency number first (crisis_window.first_words).
        return replace(care, about=person.asked_about or "self_harm")
    # Milestones and reflections ride on the kept check-in (reflection.py): every day's idea is
    # sent, none replaced by a celebration.
    index = reading.day_of_program - 1
    restart_days = extra_support.restart_days(person)  # days 2-4 of the new clock, or 2-6
    restarting = _reported_contact_restarted_clock(person) and reading.calendar_day in restart_days
    # After a slip, a day whose idea has gone gets other words, and one whose idea has not
    # (a slip in the first days) gets its idea: each of the 21 ideas arrives once.
    if restarting and index in person.ideas_sent:
        step = reading.calendar_day - restart_days.start
        return text("restart", render_daily("restart", step, **values), index=step)
    if index in person.ideas_sent:
        # Taken in turn by day (render_daily wraps), so no two days running read the same.
        again = render_daily("again", reading.day_of_program, **values)
        return text("again", again)
    return text("daily", render_daily("daily", index, **values), index=index)


def _after_a_crisis(person: Person, now: datetime) -> bool:
    """A crisis reply's window open, or closed within the last day, and not yet followed by a
    scheduled text (after_send closes it)."""
    if person.asked not in (dialogue.CRISIS_FOLLOW, dialogue.SAFETY) or person.asked_until is None:
        return False
    return now - person.asked_until < timedelta(hours=24)


def _follow_up(person: Person, index: int, now: datetime) -> ScheduledText:
    """The question a month or three on; weekly support goes on around it."""
    sent = index + 1
    if person.weekly:
        after: datetime | None = cadence.next_send_after(person, now, earliest_day_offset=7)
    else:
        after = follow_up.next_at(replace(person, follow_ups_sent=sent))
    body = render_daily("follow_up", index)
    return ScheduledText(
        "follow_up", body, person.milestones_celebrated, after, person.graduated_at,
        dialogue.FOLLOW_UP, follow_up.LABELS[index], sent,
    )  # fmt: skip


def after_send(
    person: Person, text: ScheduledText, now: datetime, composed_for: Person | None = None
) -> Person:
    """The person once the text went out; applied to a fresh read if a write conflicts.

    `composed_for` is the read the text was composed from. If the person changed since (RESTART
    started a new clock, TIME or CONTINUE moved the next send), their change wins: the text's
    milestones and next send time belong to the old state.
    """
    base = composed_for or person
    same_clock = person.last_contact_at == base.last_contact_at
    same_schedule = person.next_send_at == base.next_send_at and person.weekly == base.weekly
    sent = replace(
        person,
        milestones_celebrated=text.milestones if same_clock else person.milestones_celebrated,
        ideas_sent=person.ideas_sent | text.ideas,
        next_send_at=text.next_send_at if same_schedule else person.next_send_at,
        graduated_at=(text.graduated_at or person.graduated_at)
        if same_clock
        else (person.graduated_at),
    )
    if text.follow_ups_sent is not None:
        sent = replace(sent, follow_ups_sent=text.follow_ups_sent)
    if text.asks:
        return dialogue.ask(sent, text.asks, now, about=text.about)
    # The daily text asks "kept no contact?" itself: a YES to it is a check-in, never taken for
    # an answer about their safety from the night before.
    return dialogue.answered(sent) if sent.asked == dialogue.CRISIS_FOLLOW else sent


def after_opt_out_by_carrier(person: Person) -> Person:
    return replace(person, status=Status.OPTED_OUT, next_send_at=None)


def after_undeliverable(person: Person) -> Person:
    return replace(person, status=Status.UNDELIVERABLE, next_send_at=None)
