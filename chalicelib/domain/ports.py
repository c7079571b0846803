"""The interfaces the services need from the outside world, as Protocols."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from chalicelib.domain.model import Person, PrivateRecord

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
        self,
        person: Person,
        message_sid: str,
        replies: tuple[str, ...],
        now: datetime,
        records: tuple[PrivateRecord, ...] = (),
    ) -> Person: ...

    def previous_replies(self, phone: str, message_sid: str) -> tuple[str, ...] | None: ...

    def erase(self, phone: str) -> int: ...


class DeliveryRepository(Protocol):
    def get(self, phone: str) -> Person | None: ...

    def save_delivery_report(
        self, person: Person, message_sid: str, status: str, now: datetime
    ) -> None: ...


class ScheduleRepository(Protocol):
    def get(self, phone: str) -> Person | None: ...

    def save(self, person: Person) -> Person: ...

    def due_for_slot(self, slot: datetime) -> Iterator[SendJob]: ...

    def claim(
        self, phone: str, key: str, now: datetime, kind: str = "", body_sha256: str = ""
    ) -> Claim | None:
        """Claims a scheduled text before it is sent, recording its kind and the SHA-256 of its
        body; returns the existing claim if taken."""
        ...

    def take_over_claim(
        self, phone: str, key: str, seen: datetime, now: datetime, body_sha256: str = ""
    ) -> bool:
        """Re-claims a claim left `sending` at `seen`; False if someone else moved it since."""
        ...

    def set_claim_state(self, phone: str, key: str, state: str, now: datetime) -> None: ...

    def finish_send(
        self,
        person: Person,
        claim_key: str,
        state: str,
        message_sid: str | None,
        now: datetime,
        returned_draft: str | None = None,
    ) -> Person: ...

    def private_text(self, phone: str, key: str) -> str | None: ...

    def move_draft(self, phone: str, key: str, due_at: datetime) -> None: ...

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


class UncertainSend(TemporarySendFailure):
    """The request may have reached Twilio (a read timeout): look before sending again."""


@dataclass(frozen=True)
class Claim:
    """A scheduled text's claim: `sending` before Twilio is called, then sent, failed..."""

    state: str
    updated_at: datetime | None
    # SHA-256 (hex) of the body about to be sent: what Twilio's list is searched for, since the
    # same day's text composed later may read differently ("25 hours" an hour on).
    body_sha256: str = ""


def sha256_hex(body: str) -> str:
    """SHA-256 of a text's UTF-8 bytes, in hex: how a claim names the body it is sending."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


class SmsSender(Protocol):
    def send(self, to: str, body: str) -> str:
        """Sends one text and returns its id; raises a SendFailure subclass."""
        ...

    def find_sent(self, to: str, since: datetime, body_sha256: str) -> str | None:
        """The id of a text whose body has this SHA-256 (hex), sent to `to` at or after
        `since`, or None. Raises TemporarySendFailure when the provider cannot be asked."""
        ...


@dataclass(frozen=True)
class SendJob:
    """One scheduled text to send: the daily text, an urge follow-up, or a returned draft."""

    phone: str
    due_at: datetime
    attempt: int = 0
    kind: str = "daily"  # daily, urge, draft
    # For a draft: the vault item's key. For an urge: when the urge was reported.
    key: str = ""

    def to_json(self) -> str:
        return json.dumps(
            {
                "phone": self.phone,
                "due_at": self.due_at.isoformat(),
                "attempt": self.attempt,
                "kind": self.kind,
                "key": self.key,
            }
        )

    @classmethod
    def from_json(cls, body: str) -> SendJob:
        data = json.loads(body)
        return cls(
            str(data["phone"]),
            datetime.fromisoformat(data["due_at"]),
            int(data.get("attempt", 0)),
            str(data.get("kind", "daily")),
            str(data.get("key", "")),
        )

    def with_attempt(self, attempt: int) -> SendJob:
        return SendJob(self.phone, self.due_at, attempt, self.kind, self.key)


class SendQueue(Protocol):
    def enqueue(self, jobs: Iterable[SendJob]) -> int: ...

    def enqueue_later(self, job: SendJob, delay_seconds: int) -> None: ...
