"""The person in the program, as plain immutable data; no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum


class Status(StrEnum):
    PENDING = "pending"  # texted in, has not confirmed with YES yet
    ACTIVE = "active"
    OPTED_OUT = "opted_out"
    COMPLETED = "completed"
    UNDELIVERABLE = "undeliverable"


@dataclass(frozen=True)
class ProgramSettings:
    """What an operator chooses for everyone; per-person choices live on Person."""

    default_timezone: str = "America/New_York"
    default_send_time: time = time(9, 0)
    program_days: int = 21
    consent_version: str = "2026-11-v1"
    operator_contact: str = "help@example.org"
    # Check-ins before this local hour may still count for yesterday.
    morning_grace_hour: int = 12
    max_backdated_days: int = 20
    # ISO codes of the countries whose numbers may sign up; empty means every country that
    # has crisis resources (chalicelib/content/crisis_resources.json).
    enrol_countries: frozenset[str] = frozenset()

    @property
    def program_hours(self) -> int:
        return self.program_days * 24


@dataclass(frozen=True)
class JourneyEvent:
    """One thing that happened (domain/journey.py): `kind`, `at` in UTC, a rating 1-5 or None."""

    kind: str
    at: datetime
    value: int | None = None


@dataclass(frozen=True)
class Person:
    phone: str
    status: Status
    timezone: str
    send_time: time
    created_at: datetime
    consent_at: datetime | None = None
    consent_version: str | None = None
    # The no-contact clock counts from here; only a reported contact moves it.
    last_contact_at: datetime | None = None
    best_streak_seconds: int = 0
    # No-contact time from streaks that a reported contact ended.
    banked_seconds: int = 0
    contacts_reported: int = 0
    checkins: int = 0
    last_checkin_on: date | None = None
    milestones_celebrated: frozenset[int] = field(default_factory=frozenset)
    # The day's ideas sent (indices of daily.json "daily"): after a slip, a day whose idea has
    # gone gets another text instead (daily.compose), so each idea arrives once.
    ideas_sent: frozenset[int] = field(default_factory=frozenset)
    # When the next daily (or weekly) text is due; None means no scheduled texts.
    next_send_at: datetime | None = None
    graduated_at: datetime | None = None
    # After the program (follow_up.py): how many follow-up questions went, and the answers at
    # one and three months ("no_contact" or "contact"), kept as outcomes.
    follow_ups_sent: int = 0
    outcome_1m: str | None = None
    outcome_3m: str | None = None
    weekly: bool = False
    # Extra support (extra_support.py): opted in by EXTRA, offered once, and hard dates as
    # "MM-DD" (no year, no words of theirs).
    extra_support: bool = False
    extra_offered: bool = False
    hard_dates: tuple[str, ...] = ()
    kept_checkins: int = 0
    # Recent "how hard was it" ratings, oldest first (program.with_rating keeps them).
    ratings: tuple[int, ...] = ()
    # Every rating ever given (ratings keeps only the recent ones).
    ratings_given: int = 0
    urges: int = 0
    last_urge_at: datetime | None = None
    # Urges that passed without contact; never reset.
    urges_beaten: int = 0
    looks: int = 0
    ex_reached_out: int = 0
    journal_entries: int = 0
    drafts: int = 0
    # Their own words for why they are doing this, handed back on WHY.
    why: str | None = None
    # Declared up front: contact about these (children, a lease, legal matters) is not a slip.
    logistics: str | None = None
    paused_until: datetime | None = None
    # Consecutive carrier failures (unreachable, unknown, landline) since the last delivery.
    delivery_failures: int = 0
    # Twilio's MessageSid of the latest scheduled text: only its "delivered" resets the count,
    # so a late report for an older text cannot hide a dead number.
    last_message_sid: str | None = None
    delete_requested_at: datetime | None = None
    # The question the coach is waiting on (see domain/dialogue.py), until when, and what about.
    asked: str | None = None
    asked_until: datetime | None = None
    asked_about: str | None = None
    # Anonymous events for the outcomes report (domain/journey.py): kinds and times, no words.
    journey: tuple[JourneyEvent, ...] = ()
    # Optimistic-lock token owned by the repository: 0 means never stored.
    version: int = 0


@dataclass(frozen=True)
class PrivateRecord:
    """A journal entry or a vaulted draft: their own words, stored beside the change."""

    kind: str  # journal, draft
    text: str
    created_at: datetime
    return_at: datetime | None = None
