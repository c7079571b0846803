"""10,000 people across time zones: one tick reads the people due, not everyone (no Scan)."""

from __future__ import annotations

import math
import random
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime, time

from bench.aws_calls import record_aws_calls
from chalicelib.adapters.dynamodb import UserModel, _to_model
from chalicelib.domain import cadence
from chalicelib.domain.model import Person, Status
from chalicelib.domain.ports import SendJob
from chalicelib.domain.schedule import slot_start
from chalicelib.services.daily import Scheduler
from tests.support import ManualClock

ZONES = [
    "America/Los_Angeles", "America/Denver", "America/Chicago", "America/New_York",
    "Europe/London", "Europe/Berlin", "Asia/Kolkata", "Asia/Tokyo", "Australia/Sydney",
    "Pacific/Auckland", "America/Sao_Paulo", "Africa/Lagos",
]  # fmt: skip
SEND_TIMES = [time(hour, minute) for hour in range(8, 21) for minute in (0, 15, 30, 45)]
PEOPLE = 10_000


class CountingQueue:
    def __init__(self) -> None:
        self.jobs: list[str] = []

    def enqueue(self, jobs: Iterable[SendJob]) -> int:
        batch = [job.phone for job in jobs]
        self.jobs.extend(batch)
        return len(batch)

    def enqueue_later(self, job: SendJob, delay_seconds: int) -> None:
        raise AssertionError("the scheduler never delays")


def _population(now: datetime) -> list[Person]:
    rng = random.Random(20261126)
    people = []
    for n in range(PEOPLE):
        person = Person(
            phone=f"+1{2000000000 + n}",
            status=Status.ACTIVE,
            timezone=rng.choice(ZONES),
            send_time=rng.choice(SEND_TIMES),
            created_at=now,
            consent_at=now,
            last_contact_at=now,
        )
        people.append(replace(person, next_send_at=cadence.next_send_after(person, now)))
    return people


def test_one_tick_reads_only_the_people_due_among_10000(aws: None) -> None:
    seeded_at = datetime(2026, 11, 26, 3, 50, tzinfo=UTC)
    people = _population(seeded_at)
    with UserModel.batch_write() as batch:
        for person in people:
            batch.save(_to_model(person))

    tick_at = datetime(2026, 11, 26, 14, 0, tzinfo=UTC)
    due = [p.phone for p in people if p.next_send_at and slot_start(p.next_send_at) == tick_at]
    assert 20 < len(due) < PEOPLE / 20, "the population spreads over many slots"

    from chalicelib.adapters.dynamodb import DynamoPeople

    queue = CountingQueue()
    repository = DynamoPeople()
    scheduler = Scheduler(repository, queue, ManualClock(tick_at))
    with record_aws_calls() as calls:
        report = scheduler.tick()

    assert sorted(queue.jobs) == sorted(due)
    assert report.queued == len(due)
    assert calls.count("Scan") == 0
    items_read = sum(call.items_read for call in calls.calls if call.operation == "Query")
    assert items_read <= math.ceil(1.05 * len(due))
    # One Query per shard of the slot and one for vaulted drafts, then the same for the slot the
    # stranded sweep re-reads (23.5 hours back, empty here: nobody was stranded).
    assert calls.count("Query") == 18
    print(
        f"\n10,000 people: {len(due)} due, "
        f"{items_read} items read by {calls.count('Query')} Queries"
    )
