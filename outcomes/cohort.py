"""The people in the report, anonymous: no phone, no words, only their journey's events.

A `Participant` is what the report reads of one person (outcomes/source.py reads it from the
people table without the phone number). `Course` puts their events on program days: day 1 is the
local date they consented (YES), so a slip on day 9 is on day 9 even after the clock restarted.
Someone who joined with "YES 3" (3 days without contact already) is told "day 4" by the coach,
but the report counts from the day they joined, so that program days mean the same for all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cached_property
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from chalicelib.domain.model import JourneyEvent, Person

# What says we heard from someone taking part (a crisis text alone says nothing of contact).
HEARD = frozenset({"consent", "checkin", "rating", "contact", "urge", "optout", "decision"})


@dataclass(frozen=True)
class Participant:
    """One person's anonymous row: time zone, status, graduation, follow-ups and journey."""

    timezone: str
    status: str
    graduated_at: datetime | None
    follow_ups_sent: int
    outcome_1m: str | None
    outcome_3m: str | None
    journey: tuple[JourneyEvent, ...]

    @classmethod
    def of(cls, person: Person) -> Participant:
        return cls(
            person.timezone,
            person.status.value,
            person.graduated_at,
            person.follow_ups_sent,
            person.outcome_1m,
            person.outcome_3m,
            person.journey,
        )


@dataclass(frozen=True)
class Course:
    """A participant's events on program days, as of `now`."""

    participant: Participant
    now: datetime

    @cached_property
    def zone(self) -> ZoneInfo:
        try:
            return ZoneInfo(self.participant.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            return ZoneInfo("UTC")

    @cached_property
    def consented_at(self) -> datetime | None:
        return next((e.at for e in self.participant.journey if e.kind == "consent"), None)

    def local(self, at: datetime) -> datetime:
        return at.astimezone(UTC).astimezone(self.zone)

    def day_of(self, at: datetime) -> int:
        """The program day of `at`: 1 on the local date of consent. Needs a consent."""
        assert self.consented_at is not None
        return (self.local(at).date() - self._first_date).days + 1

    @cached_property
    def _first_date(self) -> date:
        assert self.consented_at is not None
        return self.local(self.consented_at).date()

    def events(self, kind: str) -> list[JourneyEvent]:
        return [e for e in self.participant.journey if e.kind == kind]

    @cached_property
    def _days(self) -> dict[str, list[int]]:
        """Each kind's events as program days, worked out once (a report reads them often)."""
        found: dict[str, list[int]] = {}
        if self.consented_at is not None:
            for event in self.participant.journey:
                found.setdefault(event.kind, []).append(self.day_of(event.at))
        return found

    def days(self, kind: str) -> list[int]:
        return self._days.get(kind, [])

    @cached_property
    def ratings(self) -> list[tuple[int, int]]:
        """(program day, rating 1-5) for each rating given."""
        return [
            (self.day_of(e.at), e.value)
            for e in self.events("rating")
            if e.value is not None and self.consented_at is not None
        ]

    @cached_property
    def today(self) -> int:
        return self.day_of(self.now)

    @cached_property
    def opted_out_day(self) -> int | None:
        days = self.days("optout")
        return min(days) if days else None

    @cached_property
    def graduated_day(self) -> int | None:
        graduated = self.participant.graduated_at
        return self.day_of(graduated) if graduated else None

    def enrolled_on(self, day: int) -> bool:
        """Still in the program on `day`: reached it, not opted out before it."""
        out = self.opted_out_day
        return self.consented_at is not None and day <= self.today and (out is None or out >= day)

    def asked_checkin_on(self, day: int) -> bool:
        """Enrolled on `day` and sent its daily text: from day 2 (the first goes the morning
        after joining), not past their graduation."""
        graduated = self.graduated_day
        return day >= 2 and self.enrolled_on(day) and (graduated is None or day < graduated)

    def time_to_contact(self) -> tuple[int, bool]:
        """(program day, observed): the first reported contact, or the last day known without
        one. Silence is not failure: someone who goes quiet or opts out is censored at the
        last day we heard from them (or day 21 if their 21 days came without contact)."""
        contacts = self.days("contact")
        if contacts:
            return min(contacts), True
        heard = [day for kind in HEARD for day in self.days(kind)]
        if self.graduated_day is not None:
            heard.append(self.graduated_day - 1)
        return max([1, *heard]), False
