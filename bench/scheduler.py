"""One scheduler tick among 100,000 people: the items it reads against the people due (no Scan).

The people are written straight into the users table with PynamoDB's batch_write (the
repository's own model mapping, bypassing the webhook: 100,000 sign-ups through it would take
far longer and measure nothing this group is about). Then the real Scheduler ticks with the real
DynamoDB repository, once for the busiest 15-minute slot and once for a median one.
"""

from __future__ import annotations

import math
import random
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from bench.aws_calls import AwsCallLog, record_aws_calls
from bench.common import Measurement, Metric, module_main, stopwatch, use_local_aws

if TYPE_CHECKING:
    from chalicelib.domain.model import Person
    from chalicelib.domain.ports import SendJob

PEOPLE = 100_000
SEED = 20261126
SEEDED_AT = datetime(2026, 11, 26, 3, 50, tzinfo=UTC)
ALLOWED_READ_RATIO = 1.05
# Where people are, weighted: mostly North America, some of everywhere else.
ZONES: tuple[tuple[str, int], ...] = (
    ("America/New_York", 30), ("America/Chicago", 14), ("America/Denver", 5),
    ("America/Phoenix", 2), ("America/Los_Angeles", 15), ("America/Anchorage", 1),
    ("Pacific/Honolulu", 1), ("America/Toronto", 3), ("America/Sao_Paulo", 2),
    ("Europe/London", 8), ("Europe/Berlin", 5), ("Africa/Lagos", 2), ("Asia/Kolkata", 3),
    ("Asia/Tokyo", 2), ("Australia/Sydney", 5), ("Pacific/Auckland", 2),
)  # fmt: skip
# Most keep the operator's 09:00; the rest pick any quarter hour outside quiet hours.
DEFAULT_SEND_SHARE = 0.6
SEND_TIMES = [time(hour, minute) for hour in range(8, 21) for minute in (0, 15, 30, 45)]
STATUS_SHARES = (("active", 0.94), ("opted_out", 0.03), ("completed", 0.03))


class CountingQueue:
    """Takes the tick's jobs in memory: SQS is measured by bench.fanout, not here."""

    def __init__(self) -> None:
        self.phones: list[str] = []

    def enqueue(self, jobs: Iterable[SendJob]) -> int:
        before = len(self.phones)
        self.phones.extend(job.phone for job in jobs)
        return len(self.phones) - before

    def enqueue_later(self, job: SendJob, delay_seconds: int) -> None:
        raise AssertionError("the scheduler never delays a job")


def population() -> list[Person]:
    from chalicelib.domain import cadence
    from chalicelib.domain.model import Person, Status

    rng = random.Random(SEED)  # noqa: S311 - a reproducible population, not a secret
    zones = rng.choices([z for z, _ in ZONES], weights=[w for _, w in ZONES], k=PEOPLE)
    statuses = rng.choices(
        [Status(s) for s, _ in STATUS_SHARES], weights=[w for _, w in STATUS_SHARES], k=PEOPLE
    )
    people = []
    for n in range(PEOPLE):
        default = rng.random() < DEFAULT_SEND_SHARE
        person = Person(
            phone=f"+1{2_000_000_000 + n}",
            status=statuses[n],
            timezone=zones[n],
            send_time=time(9, 0) if default else rng.choice(SEND_TIMES),
            created_at=SEEDED_AT,
            consent_at=SEEDED_AT,
            last_contact_at=SEEDED_AT,
        )
        if person.status is Status.ACTIVE:
            person = replace(person, next_send_at=cadence.next_send_after(person, SEEDED_AT))
        people.append(person)
    return people


def _read_units(calls: AwsCallLog) -> float:
    """Eventually consistent Query pages: half a unit per 4 KB read, at least half a unit each."""
    return sum(
        0.5 * max(1, math.ceil(call.bytes_read / 4096))
        for call in calls.calls
        if call.operation == "Query"
    )


def measure(m: Measurement) -> None:
    use_local_aws()
    import moto

    from chalicelib.domain.schedule import BUCKET_SHARDS, SLOT, bucket_for, slot_start
    from scripts.drive import ManualClock

    with stopwatch() as built:
        people = population()
    due_by_slot: dict[datetime, list[Person]] = {}
    for person in people:
        if person.next_send_at is not None:
            due_by_slot.setdefault(slot_start(person.next_send_at), []).append(person)
    by_size = sorted(due_by_slot, key=lambda slot: (len(due_by_slot[slot]), slot))
    busiest = by_size[-1]
    median = next(s for s in by_size[len(by_size) // 2 :] if abs(s - busiest) > SLOT)

    with moto.mock_aws():
        from chalicelib.adapters.dynamodb import DynamoPeople, UserModel, _to_model
        from chalicelib.services.daily import Scheduler
        from scripts.provision import ensure_tables

        ensure_tables()
        with stopwatch() as seeded, UserModel.batch_write() as batch:
            for person in people:
                batch.save(_to_model(person))
        repository = DynamoPeople()
        ticks: dict[str, dict[str, Any]] = {}
        with record_aws_calls() as all_ticks:
            for label, slot in sorted((("busiest", busiest), ("median", median)), key=_slot):
                repository.advance_scheduler_cursor(slot - SLOT)  # the last tick's
                queue = CountingQueue()
                scheduler = Scheduler(repository, queue, ManualClock(slot + timedelta(minutes=1)))
                with record_aws_calls() as calls, stopwatch() as ticked:
                    report = scheduler.tick()
                due = sorted(p.phone for p in due_by_slot[slot])
                if sorted(queue.phones) != due or report.first_slot != slot:
                    raise RuntimeError(f"the {label} tick queued the wrong people")
                shards = Counter(bucket_for(slot, p.phone) for p in due_by_slot[slot])
                ticks[label] = {
                    "slot": slot.isoformat(),
                    "due": len(due),
                    "items_read": calls.items_read(),
                    "query_items_read": sum(
                        c.items_read for c in calls.calls if c.operation == "Query"
                    ),
                    "queries": calls.count("Query"),
                    "scans": calls.count("Scan"),
                    "operations": dict(calls.operations()),
                    "query_bytes_read": calls.bytes_read("Query"),
                    "read_units_estimate": _read_units(calls),
                    "index_item_bytes_mean": round(calls.bytes_read("Query") / max(1, len(due)), 1),
                    "people_per_shard_max": max(shards.values()),
                    "people_per_shard_min": min(shards.values()),
                    "shards_used": f"{len(shards)} of {BUCKET_SHARDS}",
                    "seconds_in_moto": round(ticked(), 2),
                }

    busy, typical = ticks["busiest"], ticks["median"]
    m.add(Metric("enrolled_people", PEOPLE, "people", note=_population_note(people)))
    m.add(Metric("tick_people_due_busiest_slot", busy["due"], "people", note=busy["slot"]))
    for label, tick in (("busiest", busy), ("median", typical)):
        m.add(
            Metric.judged(
                f"tick_items_read_per_due_{label}_slot",
                round(tick["items_read"] / tick["due"], 4),
                "ratio",
                "<=",
                ALLOWED_READ_RATIO,
                f"{tick['items_read']} items read ({tick['queries']} Queries + cursor) "
                f"for {tick['due']} due at {tick['slot']}",
            )
        )
    m.add(
        Metric.judged(
            "tick_scans",
            all_ticks.count("Scan"),
            "requests",
            "==",
            0,
            "Scan requests during both ticks",
        )
    )
    m.add(
        Metric(
            "tick_queries_busiest_slot",
            busy["queries"],
            "requests",
            note=f"one per shard + one for drafts = {BUCKET_SHARDS + 1}, plus moto's extra pages: "
            "moto cuts 1 MB pages by whole items, DynamoDB by the projected index items",
        )
    )
    m.add(
        Metric(
            "tick_read_units_busiest_slot",
            busy["read_units_estimate"],
            "RCU",
            note=f"estimate from {busy['query_bytes_read']:,} bytes of KEYS_ONLY index items",
        )
    )
    m.add(
        Metric(
            "tick_people_per_shard_busiest_slot",
            busy["people_per_shard_max"],
            "people",
            note="the most people one bucket partition holds in that slot (8 shards)",
        )
    )
    m.add(Metric("seed_seconds", round(seeded(), 1), "s", note="100k items into moto"))
    m.details.update(
        ticks=ticks,
        population_seconds=round(built(), 2),
        slots_with_people=len(due_by_slot),
        active_people=sum(len(group) for group in due_by_slot.values()),
        busiest_slot_share_of_active=round(
            len(due_by_slot[busiest]) / sum(len(group) for group in due_by_slot.values()), 4
        ),
        seeding="PynamoDB batch_write of the repository's own models, bypassing the webhook",
    )


def _slot(labelled: tuple[str, datetime]) -> datetime:
    return labelled[1]


def _population_note(people: list[Person]) -> str:
    statuses = Counter(p.status.value for p in people)
    return ", ".join(f"{count:,} {status}" for status, count in sorted(statuses.items()))


if __name__ == "__main__":
    sys.exit(module_main("scheduler", measure))
