"""The fault table (issue 13): each fault injected into the real services over the in-memory
repository (tests/fakes/memory_store.py, held to DynamoDB's contract by
tests/integration/test_repository_contract.py), then SQS's and Twilio's redeliveries played out.

| fault                                              | texts | claim  | after                 |
| nothing goes wrong                                 | 1     | sent   | next text tomorrow    |
| storage down when the job arrives, back later      | 1     | sent   | next text tomorrow    |
| the worker dies after the claim, before Twilio     | 1     | sent   | next text tomorrow    |
| Twilio takes the text but its answer times out     | 1     | sent   | next text tomorrow    |
| Twilio answers 5xx once                            | 1     | sent   | next text tomorrow    |
| Twilio answers 5xx on every attempt                | 0     | failed | next text tomorrow    |
| their own text lands during the send (conflict)    | 1     | sent   | their check-in kept   |
| storage down, a crisis text comes in               | 1     | -      | resources, not stored |
| storage down, an ordinary text; Twilio retries it  | 1     | -      | applied once          |
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest

from chalicelib.bootstrap import Services, build_services
from chalicelib.domain import safety
from chalicelib.domain.outcome import InboundText
from chalicelib.domain.ports import SendJob
from chalicelib.services.daily import IN_DOUBT_AFTER, UnexpectedFailures, _daily_claim
from chalicelib.services.inbound import Delivery
from chalicelib.settings import Settings
from tests.fakes.memory_store import MemoryPeople, MemoryQueue, MemorySms
from tests.support import ManualClock

PHONE = "+14155550123"
# SQS makes a message visible again after its visibility timeout; IN_DOUBT_AFTER is longer.
REDELIVERY = IN_DOUBT_AFTER + timedelta(seconds=1)


@dataclass
class World:
    clock: ManualClock
    people: MemoryPeople
    sms: MemorySms
    queue: MemoryQueue
    services: Services

    def text(self, body: str, sid: str) -> tuple[str, ...]:
        delivery = Delivery(sid, InboundText(PHONE, body, "CA", "US"))
        return self.services.inbound.handle(delivery)

    def due_job(self) -> SendJob:
        person = self.people.get(PHONE)
        assert person is not None and person.next_send_at is not None
        self.clock.set(person.next_send_at)
        return SendJob(PHONE, person.next_send_at)

    def deliver_until_settled(self, job: SendJob, heal: bool = True) -> None:
        """SQS's part: a job that raised is delivered again; a retry comes after its delay.
        With heal, injected storage trouble ends after the first delivery."""
        pending = [(job, 0)]
        for _ in range(20):
            if not pending:
                return
            next_job, delay = pending.pop(0)
            self.clock.advance(seconds=delay)
            try:
                self.services.sender.handle_batch([next_job.to_json()])
            except UnexpectedFailures:
                pending.append((next_job, int(REDELIVERY.total_seconds())))
            if heal:
                self.people.faults.storage_down = False
            pending.extend(self.queue.take())
        raise AssertionError("never settled")

    def claim_state(self, job: SendJob) -> str | None:
        person = self.people.get(PHONE)
        assert person is not None
        claim = _daily_claim(person, job.due_at, self.services.sender._settings)
        return self.people.claim_state(PHONE, claim)


@pytest.fixture
def world(clock: ManualClock, settings: Settings) -> World:
    people, queue = MemoryPeople(), MemoryQueue()
    sms = MemorySms(clock)
    services = build_services(settings, clock=clock, people=people, sms=sms, queue=queue)
    built = World(clock, people, sms, queue, services)
    built.text("hi", "SMin1")
    built.text("YES", "SMin2")
    queue.take()
    return built


def _next_text_tomorrow(world: World, job: SendJob) -> bool:
    person = world.people.get(PHONE)
    assert person is not None and person.next_send_at is not None
    return timedelta(hours=20) < person.next_send_at - job.due_at < timedelta(hours=28)


def test_nothing_goes_wrong(world: World) -> None:
    job = world.due_job()
    world.deliver_until_settled(job)
    assert (len(world.sms.texts_to(PHONE)), world.claim_state(job)) == (1, "sent")
    assert _next_text_tomorrow(world, job)


def test_storage_down_when_the_job_arrives(world: World) -> None:
    job = world.due_job()
    world.people.faults.storage_down = True
    world.deliver_until_settled(job)
    assert (len(world.sms.texts_to(PHONE)), world.claim_state(job)) == (1, "sent")
    assert _next_text_tomorrow(world, job)


def test_the_worker_dies_after_the_claim(world: World) -> None:
    job = world.due_job()
    world.people.faults.crash_after_claim = True
    world.deliver_until_settled(job)
    assert (len(world.sms.texts_to(PHONE)), world.claim_state(job)) == (1, "sent")
    assert _next_text_tomorrow(world, job)


@pytest.mark.parametrize(
    ("faults", "texts", "claim"),
    [(["timeout"], 1, "sent"), (["5xx"], 1, "sent"), (["5xx"] * 5, 0, "failed")],
    ids=["timeout_after_taking_it", "5xx_once", "5xx_always"],
)
def test_twilio_faults(world: World, faults: list[str], texts: int, claim: str) -> None:
    job = world.due_job()
    world.sms.fail_next = list(faults)
    world.deliver_until_settled(job)
    assert (len(world.sms.texts_to(PHONE)), world.claim_state(job)) == (texts, claim)
    assert _next_text_tomorrow(world, job)


def test_their_own_text_lands_during_the_send(world: World) -> None:
    job = world.due_job()
    # Their YES is applied between the sender's read and its final write.
    real_send = world.sms.send

    def send_while_they_text(to: str, body: str) -> str:
        sid = real_send(to, body)
        world.text("YES", "SMin3")
        return sid

    world.sms.send = send_while_they_text  # type: ignore[method-assign]
    world.deliver_until_settled(job)
    person = world.people.get(PHONE)
    assert person is not None and person.checkins == 1
    assert (len(world.sms.texts_to(PHONE)), world.claim_state(job)) == (1, "sent")
    assert _next_text_tomorrow(world, job)


def test_a_conflict_injected_on_the_final_write(world: World) -> None:
    job = world.due_job()
    world.people.faults.conflicts_on_final_write = 1
    world.deliver_until_settled(job)
    assert (len(world.sms.texts_to(PHONE)), world.claim_state(job)) == (1, "sent")
    assert _next_text_tomorrow(world, job)


def test_storage_down_a_crisis_text_still_gets_the_resources(world: World) -> None:
    before = world.people.get(PHONE)
    world.people.faults.storage_down = True
    assert world.text("i want to kill myself tonight", "SMin9") == (
        safety.resources("US")["self_harm"],
    )
    world.people.faults.storage_down = False
    assert world.people.get(PHONE) == before


def test_storage_down_an_ordinary_text_is_applied_once_when_twilio_retries(world: World) -> None:
    world.people.faults.storage_down = True
    (trouble,) = world.text("URGE", "SMin9")
    assert trouble == safety.trouble_reply("US")
    world.people.faults.storage_down = False
    first = world.text("URGE", "SMin9")
    again = world.text("URGE", "SMin9")
    person = world.people.get(PHONE)
    assert person is not None and person.urges == 1 and first == again
