"""Use case: apply one inbound text to a person exactly once and choose the replies."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from chalicelib.domain.conversation import InboundText, respond
from chalicelib.domain.model import ProgramSettings
from chalicelib.domain.ports import Clock, ConcurrentUpdate, DuplicateDelivery, PeopleRepository
from chalicelib.observability import log_event

logger = logging.getLogger(__name__)

# Enough for a burst of texts from one phone; each retry re-reads and re-decides.
MAX_ATTEMPTS = 12


class StillConflicting(Exception):
    """The person kept changing under us; the text was not applied."""


@dataclass(frozen=True)
class Delivery:
    message_sid: str
    text: InboundText


class InboundTexts:
    def __init__(self, people: PeopleRepository, clock: Clock, settings: ProgramSettings) -> None:
        self._people = people
        self._clock = clock
        self._settings = settings

    def handle(self, delivery: Delivery) -> tuple[str, ...]:
        phone, sid = delivery.text.phone, delivery.message_sid
        for _attempt in range(MAX_ATTEMPTS):
            person, earlier_replies = self._people.load_for_inbound(phone, sid)
            if earlier_replies is not None:
                log_event(logger, "inbound_duplicate", phone=phone)
                return earlier_replies
            now = self._clock()
            outcome = respond(person, delivery.text, now, self._settings)
            if not outcome.changed:
                log_event(logger, "inbound", phone=phone, status=outcome.person.status.value)
                return outcome.replies
            try:
                self._people.save_inbound(outcome.person, sid, outcome.replies, now)
            except ConcurrentUpdate:
                continue
            except DuplicateDelivery:
                return self._people.previous_replies(phone, sid) or ()
            log_event(
                logger,
                "inbound",
                phone=phone,
                status=outcome.person.status.value,
                events=list(outcome.events),
            )
            return outcome.replies
        raise StillConflicting(phone)
