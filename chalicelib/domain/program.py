"""The no-contact clock, streaks, check-in days and send times: pure rules over Person."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from chalicelib.domain.model import Person, ProgramSettings, Status

HOUR = 3600
MAX_RATINGS_KEPT = 21
DAY = 24 * HOUR


@dataclass(frozen=True)
class ClockReading:
    seconds: int
    # Days are the person's calendar days: the day of their last contact is day 1.
    calendar_day: int
    day_of_program: int  # calendar_day capped at the program length
    best_streak_seconds: int
    total_no_contact_seconds: int
    program_complete: bool

    @property
    def hours(self) -> int:
        return self.seconds // HOUR

    @property
    def whole_days(self) -> int:
        return self.seconds // DAY

    @property
    def best_days(self) -> int:
        return self.best_streak_seconds // DAY

    @property
    def total_days(self) -> int:
        return self.total_no_contact_seconds // DAY


def describe_duration(seconds: int) -> str:
    """In days from a day on ("1 day", "3 days"), in hours below that (describe_hours)."""
    days = seconds // DAY
    if days >= 1:
        return "1 day" if days == 1 else f"{days} days"
    return describe_hours(seconds)


def describe_best_kept(best_streak_seconds: int) -> str:
    """After a slip or RESTART: the best streak kept, when there is one worth naming (an hour or
    more), else the hours held ("your best streak of under an hour" read oddly)."""
    if best_streak_seconds < HOUR:
        return "every hour you held still counts"
    return f"your best streak of {describe_duration(best_streak_seconds)} stays yours"


def describe_hours(seconds: int) -> str:
    """The no-contact clock in hours, as a person would say it: "under an hour", "1 hour",
    "36 hours" (never "0 hours")."""
    hours = seconds // HOUR
    if hours < 1:
        return "under an hour"
    return "1 hour" if hours == 1 else f"{hours} hours"


def local_now(person: Person, now: datetime) -> datetime:
    return now.astimezone(ZoneInfo(person.timezone))


def read_clock(person: Person, now: datetime, settings: ProgramSettings) -> ClockReading:
    started = person.last_contact_at or now
    current = max(0, int((now - started).total_seconds()))
    calendar_day = max(
        1, (local_now(person, now).date() - local_now(person, started).date()).days + 1
    )
    return ClockReading(
        seconds=current,
        calendar_day=calendar_day,
        day_of_program=min(calendar_day, settings.program_days),
        best_streak_seconds=max(person.best_streak_seconds, current),
        total_no_contact_seconds=person.banked_seconds + current,
        program_complete=current >= settings.program_hours * HOUR,
    )


def enroll(
    person: Person, now: datetime, days_since_contact: int, settings: ProgramSettings
) -> Person:
    """Double opt-in confirmed: the clock starts now, or at the past contact they name."""
    days = max(0, min(days_since_contact, settings.max_backdated_days))
    enrolled = replace(
        person,
        status=Status.ACTIVE,
        consent_at=now,
        consent_version=settings.consent_version,
        last_contact_at=now - timedelta(days=days),
    )
    return replace(enrolled, next_send_at=first_daily_send(enrolled, now))


def report_contact(person: Person, now: datetime, settings: ProgramSettings) -> Person:
    """They reached out: the clock restarts; best streak and total time are kept."""
    reading = read_clock(person, now, settings)
    return replace(
        person,
        last_contact_at=now,
        best_streak_seconds=reading.best_streak_seconds,
        banked_seconds=person.banked_seconds + reading.seconds,
        contacts_reported=person.contacts_reported + 1,
    )


def undo_contact(
    person: Person, previous_contact: datetime, previous_checkin_on: date | None, recorded: bool
) -> Person:
    """report_contact taken back: the clock from `previous_contact` again, the time banked at
    the slip returned to the streak, and the check-in the slip recorded (when `recorded`)
    removed. The best streak stays: it already counts the streak that now goes on."""
    slip_at = person.last_contact_at or previous_contact
    held = max(0, int((slip_at - previous_contact).total_seconds()))
    undone = replace(
        person,
        last_contact_at=previous_contact,
        banked_seconds=max(0, person.banked_seconds - held),
        contacts_reported=max(0, person.contacts_reported - 1),
    )
    if not recorded:
        return undone
    return replace(
        undone, checkins=max(0, undone.checkins - 1), last_checkin_on=previous_checkin_on
    )


def checkin_day(person: Person, now: datetime, settings: ProgramSettings) -> date:
    """The local day a check-in answers for.

    Yesterday's answer is still accepted in the morning, as long as yesterday has
    none yet and they were already in the program yesterday.
    """
    local = local_now(person, now)
    today = local.date()
    yesterday = today - timedelta(days=1)
    joined_on = local_now(person, person.consent_at).date() if person.consent_at else today
    if (
        local.hour < settings.morning_grace_hour
        and joined_on <= yesterday
        and (person.last_checkin_on is None or person.last_checkin_on < yesterday)
    ):
        return yesterday
    return today


def already_checked_in(person: Person, day: date) -> bool:
    return person.last_checkin_on is not None and person.last_checkin_on >= day


def record_checkin(person: Person, day: date, kept: bool, rating: int | None = None) -> Person:
    """One counted check-in for a local day: kept no contact or not, and how hard it was."""
    checked = replace(
        person,
        checkins=person.checkins + 1,
        kept_checkins=person.kept_checkins + (1 if kept else 0),
        last_checkin_on=day,
    )
    return with_rating(checked, rating)


def with_rating(person: Person, rating: int | None) -> Person:
    """The person with a "how hard was it" rating kept: the recent ones, oldest first, for the
    mood trend in reflections, and a count of every one given (the report's journey)."""
    if rating is None:
        return person
    recent = (*person.ratings, rating)[-MAX_RATINGS_KEPT:]
    return replace(person, ratings=recent, ratings_given=person.ratings_given + 1)


def first_daily_send(person: Person, now: datetime) -> datetime:
    """The first daily text goes the morning after joining: the welcome already spoke today."""
    tomorrow = local_now(person, now).date() + timedelta(days=1)
    return daily_send_at(person, tomorrow)


def daily_send_at(person: Person, day: date) -> datetime:
    """The UTC instant of this person's send time on a local day, DST-correct."""
    zone = ZoneInfo(person.timezone)
    local = datetime.combine(day, person.send_time, tzinfo=zone)
    return local.astimezone(ZoneInfo("UTC"))
