"""Use case: apply one inbound text to a person exactly once and choose the replies."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from chalicelib.domain import journey, safety
from chalicelib.domain.conversation import FollowUp, InboundText, Outcome, respond
from chalicelib.domain.crisis_kinds import CrisisSignal
from chalicelib.domain.model import ProgramSettings
from chalicelib.domain.ports import (
    Clock,
    ConcurrentUpdate,
    DuplicateDelivery,
    PeopleRepository,
    SendJob,
    SendQueue,
)
from chalicelib.observability import EVENT_METRICS, count, log_event

# Enough for a burst of texts from one phone; each retry re-reads and re-decides.
MAX_ATTEMPTS = 20
# Racing writers back off a little, at random, so they stop colliding on the next try.
BACKOFF_SECONDS = 0.005


class StillConflicting(Exception):
    """The person kept changing under us; the text was not applied."""


@dataclass(frozen=True)
class Delivery:
    message_sid: str
    text: InboundText


class InboundTexts:
    def __init__(
        self,
        people: PeopleRepository,
        clock: Clock,
        settings: ProgramSettings,
        queue: SendQueue | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._people = people
        self._clock = clock
        self._settings = settings
        self._queue = queue
        self._sleep = sleep

    def handle(self, delivery: Delivery) -> tuple[str, ...]:
        """The replies to one inbound text, applied to the person at most once.

        Safety runs before storage: the crisis check needs only the text and the number's
        country, so if storage fails a crisis text still gets its resources, and any other
        text gets "try again in a minute" with the crisis line.
        """
        text = delivery.text
        crisis = safety.crisis_signal(text.body)
        count("TextsIn")
        try:
            return self._apply(delivery, crisis)
        except Exception as error:
            log_event("inbound_failed", phone=text.phone, error=type(error).__name__)
            count("InboundFailures")
            if crisis is not None:
                count("CrisisReplies")
            return (safety.fallback_reply(text.body, text.phone, text.from_country),)

    def _apply(self, delivery: Delivery, crisis: CrisisSignal | None) -> tuple[str, ...]:
        phone, sid = delivery.text.phone, delivery.message_sid
        for attempt in range(MAX_ATTEMPTS):
            person, earlier_replies = self._people.load_for_inbound(phone, sid)
            if earlier_replies is not None:
                log_event("inbound_duplicate", phone=phone)
                return earlier_replies
            now = self._clock()
            outcome = respond(person, delivery.text, now, self._settings, crisis=crisis)
            if outcome.erase:
                erased = self._people.erase(phone)
                log_event("erased", phone=phone, items=erased)
            elif outcome.changed:
                changed = journey.recorded(person, outcome.person, outcome.events, now)
                try:
                    self._people.save_inbound(changed, sid, outcome.replies, now, outcome.records)
                except ConcurrentUpdate:
                    self._sleep(random.uniform(0, BACKOFF_SECONDS * (attempt + 1)))  # noqa: S311
                    continue
                except DuplicateDelivery:
                    return self._people.previous_replies(phone, sid) or ()
                self._schedule_follow_up(phone, outcome.follow_up, now)
            self._report(phone, outcome)
            return outcome.replies
        raise StillConflicting(phone)

    def _report(self, phone: str, outcome: Outcome) -> None:
        log_event(
            "inbound", phone=phone, status=outcome.person.status.value, events=list(outcome.events)
        )
        for event in outcome.events:
            if event in EVENT_METRICS:
                count(EVENT_METRICS[event])

    def _schedule_follow_up(self, phone: str, follow_up: FollowUp | None, now: datetime) -> None:
        if follow_up is None or self._queue is None:
            return
        delay = int((follow_up.due_at - now).total_seconds())
        job = SendJob(phone, follow_up.due_at, kind=follow_up.kind, key=now.isoformat())
        try:
            self._queue.enqueue_later(job, delay)
        except Exception as error:
            # The reply matters more than the follow-up: the person still gets their answer.
            log_event("follow_up_not_queued", phone=phone, error=type(error).__name__)
