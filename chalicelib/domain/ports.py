"""The interfaces the services need from the outside world, as Protocols."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
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
