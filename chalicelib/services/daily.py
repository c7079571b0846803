"""Use cases: find who is due each tick and queue them; send each one's text exactly once a day."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from chalicelib.domain import daily, program
from chalicelib.domain.model import Person, ProgramSettings
from chalicelib.domain.ports import (
    Clock,
    ConcurrentUpdate,
    DailyJob,
    RecipientOptedOut,
    RecipientUnreachable,
    ScheduleRepository,
    SendFailure,
    SendQueue,
    SmsSender,
    TemporarySendFailure,
)
from chalicelib.domain.schedule import SLOT, slot_start, slots_between
from chalicelib.observability import log_event

logger = logging.getLogger(__name__)
_Change = Callable[[Person], Person]

# After an outage each tick catches up at most a day of slots; the next tick goes on from there.
MAX_SLOTS_PER_TICK = 96
MAX_SEND_ATTEMPTS = 5
RETRY_BASE_SECONDS = 60
MAX_WRITE_ATTEMPTS = 8


@dataclass(frozen=True)
class TickReport:
    first_slot: datetime
    last_slot: datetime
    queued: int


class Scheduler:
    def __init__(self, people: ScheduleRepository, queue: SendQueue, clock: Clock) -> None:
        self._people = people
        self._queue = queue
        self._clock = clock

    def tick(self) -> TickReport:
        current = slot_start(self._clock())
        cursor = self._people.scheduler_cursor()
        first = current
        if cursor is not None and cursor < current:
            first = cursor + SLOT
        last = min(current, first + (MAX_SLOTS_PER_TICK - 1) * SLOT)
        queued = self._queue.enqueue(self._due_jobs(first, last))
        self._people.advance_scheduler_cursor(last)
        log_event(logger, "tick", first_slot=first, last_slot=last, queued=queued)
        return TickReport(first, last, queued)

    def _due_jobs(self, first: datetime, last: datetime) -> Iterator[DailyJob]:
        for slot in slots_between(first, last):
            for phone, due_at in self._people.due_for_slot(slot):
                yield DailyJob(phone, due_at)


class RetryLater(Exception):
    """Twilio could not take the text now; the job should come back after a delay."""


@dataclass
class BatchReport:
    sent: int = 0
    skipped: int = 0
    retried: int = 0
    failed: int = 0
    outcomes: list[str] = field(default_factory=list)


class UnexpectedFailures(Exception):
    """Some jobs failed in ways we did not expect; SQS should deliver the batch again."""


class DailySender:
    def __init__(
        self,
        people: ScheduleRepository,
        sms: SmsSender,
        queue: SendQueue,
        clock: Clock,
        settings: ProgramSettings,
    ) -> None:
        self._people = people
        self._sms = sms
        self._queue = queue
        self._clock = clock
        self._settings = settings

    def handle_batch(self, bodies: Iterable[str]) -> BatchReport:
        """One person's trouble never stops the others: each job is handled on its own."""
        report = BatchReport()
        unexpected = 0
        for body in bodies:
            job = DailyJob.from_json(body)
            try:
                outcome = self.send(job)
            except RetryLater:
                outcome = self._retry(job)
            except Exception as error:
                # Re-delivery is safe: the claim stops a second text.
                log_event(logger, "daily_error", phone=job.phone, error=type(error).__name__)
                unexpected += 1
                outcome = "error"
            report.outcomes.append(outcome)
            if outcome == "sent":
                report.sent += 1
            elif outcome == "retry":
                report.retried += 1
            elif outcome in ("error", "gave_up") or outcome.startswith("failed"):
                report.failed += 1
            else:
                report.skipped += 1
        if unexpected:
            raise UnexpectedFailures(f"{unexpected} of {len(report.outcomes)} jobs")
        return report

    def _retry(self, job: DailyJob) -> str:
        if job.attempt + 1 >= MAX_SEND_ATTEMPTS:
            self._give_up(job)
            return "gave_up"
        delay = RETRY_BASE_SECONDS * 2**job.attempt
        self._queue.enqueue_later(DailyJob(job.phone, job.due_at, job.attempt + 1), delay)
        log_event(logger, "daily_retry", phone=job.phone, attempt=job.attempt + 1, delay=delay)
        return "retry"

    def _give_up(self, job: DailyJob) -> None:
        person = self._people.get(job.phone)
        if person is None:
            return
        now = self._clock()
        local_day = _local_day(person, job.due_at)
        self._finish(person, local_day, "failed", None, lambda p: daily.skip_today(p, now))
        log_event(logger, "daily_gave_up", phone=job.phone)

    def send(self, job: DailyJob) -> str:
        now = self._clock()
        person = self._people.get(job.phone)
        skip = daily.check_due(person, job.due_at, now)
        if skip in (daily.Skip.NOT_ACTIVE, daily.Skip.STALE) or person is None:
            return f"skipped:{skip}"
        if skip is not None:
            self._save(person, lambda p: daily.skip_today(p, now))
            log_event(logger, "daily_skipped", phone=job.phone, reason=str(skip))
            return f"skipped:{skip}"

        local_day = _local_day(person, job.due_at)
        text = daily.compose(person, now, self._settings)
        existing = self._people.claim_daily(person.phone, local_day, now)
        if existing is not None:
            # Already sent (or in doubt) today: never a second text, but do move them on.
            self._save(person, lambda p: daily.skip_today(p, now))
            return f"skipped:claimed_{existing}"
        try:
            sid = self._sms.send(person.phone, text.body)
        except RecipientOptedOut as error:
            self._finish(person, local_day, "opted_out", None, daily.after_opt_out_by_carrier)
            log_event(logger, "daily_failed", phone=job.phone, code=error.code)
            return "failed:opted_out"
        except RecipientUnreachable as error:
            self._finish(person, local_day, "undeliverable", None, daily.after_undeliverable)
            log_event(logger, "daily_failed", phone=job.phone, code=error.code)
            return "failed:undeliverable"
        except TemporarySendFailure as error:
            self._people.set_claim_state(person.phone, local_day, "retry", now)
            log_event(logger, "daily_failed", phone=job.phone, code=error.code, status=error.status)
            raise RetryLater from error
        except SendFailure as error:
            self._finish(person, local_day, "failed", None, lambda p: daily.skip_today(p, now))
            log_event(logger, "daily_failed", phone=job.phone, code=error.code, status=error.status)
            return "failed:other"
        self._finish(person, local_day, "sent", sid, lambda p: daily.after_send(p, text))
        log_event(logger, "daily_sent", phone=job.phone, kind=text.kind)
        return "sent"

    def _finish(
        self,
        person: Person,
        local_day: date,
        state: str,
        sid: str | None,
        change: _Change,
    ) -> None:
        now = self._clock()
        for _ in range(MAX_WRITE_ATTEMPTS):
            try:
                self._people.finish_daily(change(person), local_day, state, sid, now)
                return
            except ConcurrentUpdate:
                fresh = self._people.get(person.phone)
                if fresh is None:
                    return
                person = fresh
        raise ConcurrentUpdate(person.phone)

    def _save(self, person: Person, change: _Change) -> None:
        for _ in range(MAX_WRITE_ATTEMPTS):
            try:
                self._people.save(change(person))
                return
            except ConcurrentUpdate:
                fresh = self._people.get(person.phone)
                if fresh is None:
                    return
                person = fresh
        raise ConcurrentUpdate(person.phone)


def _local_day(person: Person, due_at: datetime) -> date:
    """The day a text belongs to is the person's local date when it was due, not when it ran."""
    return program.local_now(person, due_at).date()
