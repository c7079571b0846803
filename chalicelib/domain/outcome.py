"""What goes in and out of the conversation: an inbound text, the outcome, a follow-up; no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from chalicelib.domain.model import Person, PrivateRecord, ProgramSettings, Status
from chalicelib.domain.timezones import infer_timezone


@dataclass(frozen=True)
class InboundText:
    phone: str
    body: str
    from_state: str | None = None
    from_country: str | None = None
    media_count: int = 0


@dataclass(frozen=True)
class FollowUp:
    kind: str  # urge
    due_at: datetime


@dataclass(frozen=True)
class Outcome:
    person: Person
    replies: tuple[str, ...]
    changed: bool
    # Names of what happened, for metrics; never the text itself.
    events: tuple[str, ...] = ()
    records: tuple[PrivateRecord, ...] = ()
    follow_up: FollowUp | None = None
    erase: bool = False


def new_person(text: InboundText, now: datetime, settings: ProgramSettings) -> Person:
    return Person(
        phone=text.phone,
        status=Status.PENDING,
        timezone=infer_timezone(
            text.phone, text.from_state, text.from_country, settings.default_timezone
        ),
        send_time=settings.default_send_time,
        created_at=now,
    )
