"""The interfaces the services need from the outside world, as Protocols."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from chalicelib.domain.model import Person

Clock = Callable[[], datetime]


class DuplicateDelivery(Exception):
    """This MessageSid was already applied."""


class ConcurrentUpdate(Exception):
    """Someone else changed the person since we read them; read again and retry."""


class PeopleRepository(Protocol):
    def get(self, phone: str) -> Person | None: ...

    def load_for_inbound(
        self, phone: str, message_sid: str
    ) -> tuple[Person | None, tuple[str, ...] | None]: ...

    def save_inbound(
        self, person: Person, message_sid: str, replies: tuple[str, ...], now: datetime
    ) -> Person: ...

    def previous_replies(self, phone: str, message_sid: str) -> tuple[str, ...] | None: ...


class ScheduleRepository(Protocol):
    def get(self, phone: str) -> Person | None: ...

    def save(self, person: Person) -> Person: ...

    def due_for_slot(self, slot: datetime) -> Iterator[tuple[str, datetime]]: ...

    def claim_daily(self, phone: str, local_day: date, now: datetime) -> str | None: ...

    def set_claim_state(self, phone: str, local_day: date, state: str, now: datetime) -> None: ...

    def finish_daily(
        self, person: Person, local_day: date, state: str, message_sid: str | None, now: datetime
    ) -> Person: ...

    def scheduler_cursor(self) -> datetime | None: ...

    def advance_scheduler_cursor(self, slot: datetime) -> None: ...


class SendFailure(Exception):
    """Twilio did not take the text. `code` is Twilio's error code when it gave one."""

    def __init__(self, code: int | None, status: int | None = None) -> None:
        super().__init__(f"Twilio error {code} (HTTP {status})")
        self.code = code
        self.status = status


class RecipientOptedOut(SendFailure):
    """21610: the number replied STOP to this sender; texting it is not allowed."""


class RecipientUnreachable(SendFailure):
    """21211 / 21614: not a valid number, or not one that can receive SMS."""


class TemporarySendFailure(SendFailure):
    """429 or 5xx, or Twilio could not be reached: the same text may be tried again later."""


class SmsSender(Protocol):
    def send(self, to: str, body: str) -> str:
        """Sends one text and returns its id; raises a SendFailure subclass."""
        ...


@dataclass(frozen=True)
class DailyJob:
    phone: str
    due_at: datetime
    attempt: int = 0

    def to_json(self) -> str:
        return json.dumps(
            {"phone": self.phone, "due_at": self.due_at.isoformat(), "attempt": self.attempt}
        )

    @classmethod
    def from_json(cls, body: str) -> DailyJob:
        data = json.loads(body)
        return cls(str(data["phone"]), datetime.fromisoformat(data["due_at"]), int(data["attempt"]))


class SendQueue(Protocol):
    def enqueue(self, jobs: Iterable[DailyJob]) -> int: ...

    def enqueue_later(self, job: DailyJob, delay_seconds: int) -> None: ...
