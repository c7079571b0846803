"""Use cases: find who is due each tick and queue them; send each one's text exactly once a day."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from chalicelib.content import render_reply, variant
from chalicelib.domain import cadence, daily, dialogue, planner, program
from chalicelib.domain.model import Person, ProgramSettings
from chalicelib.domain.ports import (
    Claim,
    Clock,
    ConcurrentUpdate,
    RecipientOptedOut,
    RecipientUnreachable,
    ScheduleRepository,
    SendFailure,
    SendJob,
    SendQueue,
    SmsSender,
    TemporarySendFailure,
    UncertainSend,
    sha256_hex,
)
from chalicelib.domain.quoting import fit_quote
from chalicelib.domain.schedule import SLOT, slot_start, slots_between
from chalicelib.observability import count, log_event

_Change = Callable[[Person], Person]

# After an outage each tick catches up at most a day of slots; the next tick goes on from there.
MAX_SLOTS_PER_TICK = 96
# Each tick also re-reads the slot this long ago. Anyone still due there was stranded (their job
# died in the dead-letter queue, so nothing moved them on); the sender finds the job too late and
# moves them to their next send time, which is still ahead: they get the next day's text.
STRANDED_AFTER = timedelta(hours=23, minutes=30)
MAX_SEND_ATTEMPTS = 5
RETRY_BASE_SECONDS = 60
MAX_WRITE_ATTEMPTS = 8
# A claim still `sending` this long after it was made belongs to a worker that is gone (the
# sender's Lambda times out at 60 s; SQS redelivers after its 360 s visibility timeout). Whether
# the text went is then asked of Twilio, never guessed.
IN_DOUBT_AFTER = timedelta(seconds=360)
# Room for their draft inside the one-segment "still want to send this?" text.
DRAFT_QUOTE_SEPTETS = 80


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
        queued = 0
        for slot in slots_between(first, last):
            queued += self._queue.enqueue(self._people.due_for_slot(slot))
            # Slot by slot, so a tick that runs out of time resumes where it stopped.
            self._people.advance_scheduler_cursor(slot)
        behind = slot_start(current - STRANDED_AFTER)
        stranded = self._queue.enqueue(self._people.due_for_slot(behind))
        if stranded:
            log_event("stranded_found", count=stranded)
            count("StrandedRescheduled", value=stranded)
        log_event("tick", first_slot=first, last_slot=last, queued=queued)
        return TickReport(first, last, queued)


class RetryLater(Exception):
    """Twilio could not take the text now; the job should come back after a delay."""

    def __init__(self, at_least_seconds: int = 0) -> None:
        super().__init__(at_least_seconds)
        self.at_least_seconds = at_least_seconds


@dataclass
class BatchReport:
    sent: int = 0
    skipped: int = 0
    retried: int = 0
    failed: int = 0
    outcomes: list[str] = field(default_factory=list)

    def record(self, outcome: str) -> None:
        self.outcomes.append(outcome)
        if outcome == "sent":
            self.sent += 1
        elif outcome == "retry":
            self.retried += 1
        elif outcome.startswith(("failed", "error", "gave_up")):
            self.failed += 1
        else:
            self.skipped += 1


class UnexpectedFailures(Exception):
    """Some jobs failed in ways we did not expect; SQS should deliver the batch again."""


class DailySender:
    """Sends each queued job's text once: the daily text, an urge follow-up, a returned draft."""

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
            try:
                job = SendJob.from_json(body)
                outcome = self._send_or_retry(job)
            except Exception as error:
                # Re-delivery is safe: the claim stops a second text.
                log_event("send_error", error=type(error).__name__)
                unexpected += 1
                outcome = "error"
            report.record(outcome)
        if unexpected:
            raise UnexpectedFailures(f"{unexpected} of {len(report.outcomes)} jobs")
        return report

    def _send_or_retry(self, job: SendJob) -> str:
        try:
            return self.send(job)
        except RetryLater as later:
            return self._retry(job, later.at_least_seconds)

    def send(self, job: SendJob) -> str:
        if job.kind == "urge":
            return self._send_urge_follow_up(job)
        if job.kind == "draft":
            return self._send_draft_back(job)
        return self._send_daily(job)

    # -- the three kinds ------------------------------------------------------------------

    def _send_daily(self, job: SendJob) -> str:
        now = self._clock()
        person = self._people.get(job.phone)
        plan = planner.plan(job, person, now)
        if plan.action is planner.Action.DROP or person is None:
            return f"skipped:{plan.reason}"
        if plan.action is planner.Action.MOVE:
            self._save(person, lambda p: cadence.skip_today(p, now))
            log_event("daily_skipped", phone=job.phone, reason=plan.reason)
            return f"skipped:{plan.reason}"
        text = daily.compose(person, now, self._settings)
        claim_key = _daily_claim(person, job.due_at, self._settings)
        return self._claim_and_send(
            person,
            claim_key,
            text.body,
            kind=text.kind,
            on_sent=lambda p: daily.after_send(p, text, now, composed_for=person),
            on_skip=lambda p: cadence.skip_today(p, now),
        )

    def _send_urge_follow_up(self, job: SendJob) -> str:
        person = self._people.get(job.phone)
        plan = planner.plan(job, person, self._clock())
        if plan.action is not planner.Action.SEND or person is None:
            log_event("follow_up_dropped", phone=job.phone, reason=plan.reason)
            return f"skipped:{plan.reason}"
        body = render_reply(variant("urge_followup", person.urges_beaten))
        return self._claim_and_send(
            person,
            f"urge#{job.key}",
            body,
            kind="urge_followup",
            on_sent=lambda p: dialogue.ask(
                replace(p, urges_beaten=p.urges_beaten + 1), dialogue.URGE_RATING, self._clock()
            ),
        )

    def _send_draft_back(self, job: SendJob) -> str:
        now = self._clock()
        person = self._people.get(job.phone)
        draft = self._people.private_text(job.phone, job.key)
        plan = planner.plan(job, person, now)
        if person is None or draft is None or plan.action is planner.Action.DROP:
            return "skipped:not_active"
        if plan.action is planner.Action.MOVE and plan.at is not None:
            self._people.move_draft(job.phone, job.key, plan.at)
            return f"skipped:{plan.reason}"
        body = render_reply("draft_return", draft=fit_quote(draft, DRAFT_QUOTE_SEPTETS))
        return self._claim_and_send(
            person,
            f"return#{job.key}",
            body,
            kind="draft_return",
            on_sent=lambda p: dialogue.ask(p, dialogue.DRAFT_RETURN, now, about=job.key),
            returned_draft=job.key,
        )

    # -- shared ---------------------------------------------------------------------------

    def _claim_and_send(
        self,
        person: Person,
        claim_key: str,
        body: str,
        kind: str,
        on_sent: _Change = lambda p: p,
        on_skip: _Change = lambda p: p,
        returned_draft: str | None = None,
    ) -> str:
        now = self._clock()
        digest = sha256_hex(body)
        existing = self._people.claim(person.phone, claim_key, now, kind, digest)
        if existing is not None:
            settled = self._claimed_before(
                person, claim_key, existing, digest, kind, on_sent, on_skip, returned_draft
            )
            if settled is not None:
                return settled
        try:
            sid = self._sms.send(person.phone, body)
        except RecipientOptedOut as error:
            _report_failure(person, kind, error)
            self._finish(person, claim_key, "opted_out", None, daily.after_opt_out_by_carrier)
            return "failed:opted_out"
        except RecipientUnreachable as error:
            _report_failure(person, kind, error)
            self._finish(person, claim_key, "undeliverable", None, daily.after_undeliverable)
            return "failed:undeliverable"
        except UncertainSend as error:
            # Twilio may have the text: the claim stays `sending`, and the retry comes after it
            # is in doubt, when Twilio's list of messages says whether it went.
            _report_failure(person, kind, error)
            raise RetryLater(int(IN_DOUBT_AFTER.total_seconds())) from error
        except TemporarySendFailure as error:
            _report_failure(person, kind, error)
            self._people.set_claim_state(person.phone, claim_key, "retry", now)
            raise RetryLater from error
        except SendFailure as error:
            _report_failure(person, kind, error)
            self._finish(person, claim_key, "failed", None, on_skip)
            return "failed:other"
        self._finish(person, claim_key, "sent", sid, _then_sent(on_sent, sid), returned_draft)
        log_event("send_sent", phone=person.phone, kind=kind)
        count("ScheduledTextsSent", kind=kind)
        return "sent"

    def _claimed_before(
        self,
        person: Person,
        claim_key: str,
        claim: Claim,
        digest: str,
        kind: str,
        on_sent: _Change,
        on_skip: _Change,
        returned_draft: str | None,
    ) -> str | None:
        """The outcome when the text was claimed already, or None to send it after all (a claim
        in doubt that Twilio never saw, now taken over)."""
        now = self._clock()
        if not _in_doubt(claim, now) or claim.updated_at is None:
            if claim.state == "sending":
                # Another worker is sending it now; it moves them on. If it dies, SQS delivers
                # this job again, and then the claim is in doubt.
                return "skipped:claimed_sending"
            # Already settled: never a second text, but do move them on.
            self._save(person, on_skip)
            return f"skipped:claimed_{claim.state}"
        found = self._reconcile(person.phone, claim.updated_at, claim.body_sha256 or digest)
        if found is not None:
            self._finish(
                person, claim_key, "sent", found, _then_sent(on_sent, found), returned_draft
            )
            log_event("send_reconciled", phone=person.phone, kind=kind)
            return "reconciled"
        if not self._people.take_over_claim(person.phone, claim_key, claim.updated_at, now, digest):
            return "skipped:claimed_sending"
        return None

    def _reconcile(self, phone: str, claimed_at: datetime, body_sha256: str) -> str | None:
        try:
            return self._sms.find_sent(phone, claimed_at, body_sha256)
        except TemporarySendFailure as error:
            raise RetryLater from error

    def _retry(self, job: SendJob, at_least_seconds: int = 0) -> str:
        if job.attempt + 1 >= MAX_SEND_ATTEMPTS:
            self._give_up(job)
            return "gave_up"
        delay = max(RETRY_BASE_SECONDS * 2**job.attempt, at_least_seconds)
        self._queue.enqueue_later(job.with_attempt(job.attempt + 1), delay)
        log_event("send_retry", phone=job.phone, attempt=job.attempt + 1, delay=delay)
        return "retry"

    def _give_up(self, job: SendJob) -> None:
        """Twilio kept failing: this one text is dropped, and a daily person moves to tomorrow."""
        now = self._clock()
        person = self._people.get(job.phone)
        if person is None:
            return
        if job.kind == "daily":
            claim_key = _daily_claim(person, job.due_at, self._settings)
            self._finish(person, claim_key, "failed", None, lambda p: cadence.skip_today(p, now))
        log_event("send_gave_up", phone=job.phone, kind=job.kind)

    def _finish(
        self,
        person: Person,
        claim_key: str,
        state: str,
        sid: str | None,
        change: _Change,
        returned_draft: str | None = None,
    ) -> None:
        now = self._clock()
        self._write_fresh(
            person,
            lambda p: self._people.finish_send(
                change(p), claim_key, state, sid, now, returned_draft
            ),
        )

    def _save(self, person: Person, change: _Change) -> None:
        self._write_fresh(person, lambda p: self._people.save(change(p)))

    def _write_fresh(self, person: Person, write: Callable[[Person], object]) -> None:
        """Writes; if someone changed the person meanwhile, re-reads and applies it to that."""
        for _ in range(MAX_WRITE_ATTEMPTS):
            try:
                write(person)
                return
            except ConcurrentUpdate:
                fresh = self._people.get(person.phone)
                if fresh is None:
                    return
                person = fresh
        raise ConcurrentUpdate(person.phone)


def _report_failure(person: Person, kind: str, error: SendFailure) -> None:
    log_event("send_failed", phone=person.phone, kind=kind, code=error.code, status=error.status)
    count("SendFailures", TwilioErrorCode=str(error.code or error.status or "none"))


def _then_sent(change: _Change, message_sid: str) -> _Change:
    """The change for a sent text, remembering its MessageSid for the delivery reports."""
    return lambda person: replace(change(person), last_message_sid=message_sid)


def _in_doubt(claim: Claim, now: datetime) -> bool:
    return (
        claim.state == "sending"
        and claim.updated_at is not None
        and now - claim.updated_at >= IN_DOUBT_AFTER
    )


def _daily_claim(person: Person, due_at: datetime, settings: ProgramSettings) -> str:
    """The day a text belongs to is the person's local date when it was due, not when it ran;
    an evening text (extra support) has a claim of its own beside the day's."""
    kind = "evening" if daily.evening_due(person, due_at, settings) is not None else "daily"
    return f"{kind}#{program.local_now(person, due_at).date().isoformat()}"
