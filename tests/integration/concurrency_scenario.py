"""`python -m tests.integration.concurrency_scenario`: 20 texts from one person at once, over HTTP.

Runs in its own process because PynamoDB and botocore fix their endpoints when first imported,
and the test suite's conftest points them at an in-process moto. Here they point at a moto
server on 127.0.0.1, so every read and conditional write crosses a real socket and the server's
own threads, as against DynamoDB.

One person signs up, then 20 deliveries (check-ins, rated check-ins and slips, each with its
own MessageSid) arrive from 20 threads released together. Five of them are then delivered again.
Finally the same deliveries are applied one by one, for a second number, in the order the
concurrent run applied them (by the version each one read and wrote), and both people are
printed for comparison. The last line of stdout is one JSON object; the test reads it.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from tests.deploy.aws_on_moto import moto_server

PHONE = "+14155550123"
SERIAL_PHONE = "+14155550188"
# A bare "no" right after a slip answers "What set it off?", so the NO here says more.
# "again": each slip is a new one, not the last one told twice (answers._told_twice).
TEXTS = ("I texted him again", "yes", "yes 3", "no, I called him again")
SLIPS = frozenset({"I texted him again", "no, I called him again"})
DELIVERIES = 20
REPLAYED = 5
# Monday 14:00 in California; the storm comes at 19:00, the same local day.
START = datetime(2026, 11, 23, 22, 0, tzinfo=UTC)


def _point_at(endpoint: str) -> None:
    os.environ.update(
        {
            "AWS_ENDPOINT_URL": endpoint,
            "AWS_ACCESS_KEY_ID": "local",
            "AWS_SECRET_ACCESS_KEY": "local",
            "AWS_SESSION_TOKEN": "local",
            "AWS_DEFAULT_REGION": "us-east-1",
            "AWS_REGION": "us-east-1",
            "USERS_TABLE": "ncc-race-users",
            "RECORDS_TABLE": "ncc-race-records",
            "SEND_QUEUE_NAME": "ncc-race-send",
        }
    )


def main() -> int:
    started = time.perf_counter()
    # The deploy tests' moto server: it handles one DynamoDB request at a time, as DynamoDB
    # applies each atomically (moto's server threads alone let two writes claim one version).
    with moto_server() as endpoint:
        _point_at(endpoint)
        summary = run(int(endpoint.rsplit(":", 1)[1]))
    summary["elapsed_seconds"] = round(time.perf_counter() - started, 3)
    print(json.dumps(summary, default=str))
    return 0


def run(port: int) -> dict[str, Any]:
    # Imported only now that the environment points at the server.
    from chalicelib.adapters.dynamodb import DynamoPeople, RecordModel, UserModel
    from chalicelib.domain.conversation import InboundText
    from chalicelib.domain.model import Person, PrivateRecord, ProgramSettings
    from chalicelib.domain.ports import ConcurrentUpdate
    from chalicelib.services.inbound import MAX_ATTEMPTS, Delivery, InboundTexts
    from scripts.drive import ManualClock
    from scripts.provision import ensure_queues, ensure_tables

    class RecordingPeople(DynamoPeople):
        """Notes the version each delivery last read and the version its write produced."""

        def __init__(self) -> None:
            super().__init__()
            self.read: dict[str, int] = {}
            self.attempts: dict[str, int] = {}
            self.wrote: dict[str, int] = {}
            self.conflicts = 0
            self._lock = threading.Lock()

        def load_for_inbound(
            self, phone: str, message_sid: str
        ) -> tuple[Person | None, tuple[str, ...] | None]:
            person, earlier = super().load_for_inbound(phone, message_sid)
            with self._lock:
                self.read[message_sid] = person.version if person else 0
                self.attempts[message_sid] = self.attempts.get(message_sid, 0) + 1
            return person, earlier

        def save_inbound(
            self,
            person: Person,
            message_sid: str,
            replies: tuple[str, ...],
            now: datetime,
            records: tuple[PrivateRecord, ...] = (),
        ) -> Person:
            try:
                saved = super().save_inbound(person, message_sid, replies, now, records)
            except ConcurrentUpdate:
                with self._lock:
                    self.conflicts += 1
                raise
            with self._lock:
                self.wrote[message_sid] = saved.version
            return saved

    def state(phone: str) -> dict[str, Any]:
        person = DynamoPeople().get(phone)
        assert person is not None
        return {k: v for k, v in asdict(person).items() if k != "phone"}

    def receipts(phone: str) -> int:
        return sum(1 for _ in RecordModel.query(phone))

    ensure_tables()
    ensure_queues()
    clock = ManualClock(START)
    settings = ProgramSettings(operator_contact="help@nocontact.example")
    people = RecordingPeople()
    service = InboundTexts(people, clock, settings)
    for phone in (PHONE, SERIAL_PHONE):
        service.handle(Delivery(f"SM-signup-{phone}", InboundText(phone, "hi")))
        service.handle(Delivery(f"SM-consent-{phone}", InboundText(phone, "YES")))
    clock.advance(hours=5)

    deliveries = [(f"SM{n:032d}", TEXTS[n % len(TEXTS)]) for n in range(DELIVERIES)]
    gate = threading.Barrier(DELIVERIES)

    def deliver(sid: str, body: str) -> tuple[str, ...]:
        gate.wait()
        return service.handle(Delivery(sid, InboundText(PHONE, body)))

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=DELIVERIES) as pool:
        futures = [pool.submit(deliver, sid, body) for sid, body in deliveries]
        replies = {sid: list(f.result()) for (sid, _), f in zip(deliveries, futures, strict=True)}
    storm_seconds = time.perf_counter() - started
    read, wrote, attempts = dict(people.read), dict(people.wrote), dict(people.attempts)
    after_storm = state(PHONE)
    receipts_after_storm = receipts(PHONE)

    replayed = deliveries[:REPLAYED]
    with ThreadPoolExecutor(max_workers=REPLAYED) as pool:
        again = list(
            pool.map(
                lambda pair: list(service.handle(Delivery(pair[0], InboundText(PHONE, pair[1])))),
                replayed,
            )
        )
    after_replays = state(PHONE)

    # Writers in version order; a delivery that changed nothing sits right after what it read.
    def order(item: tuple[str, str]) -> tuple[int, int, str]:
        sid = item[0]
        if sid in wrote:
            return (wrote[sid] - 1, 1, sid)
        return (read[sid], 0, sid)

    serial_order = sorted(deliveries, key=order)
    serial_replies = {}
    for sid, body in serial_order:
        serial_sid = sid.replace("SM", "SS", 1)
        serial_replies[sid] = list(
            service.handle(Delivery(serial_sid, InboundText(SERIAL_PHONE, body)))
        )

    return {
        "moto_server_port": port,
        "deliveries": [
            {
                "sid": sid,
                "text": body,
                "read_version": read[sid],
                "wrote_version": wrote.get(sid),
                "replies": replies[sid],
            }
            for sid, body in serial_order
        ],
        "distinct_slip_deliveries": sum(1 for _, body in deliveries if body in SLIPS),
        "replies_count": sum(len(r) for r in replies.values()),
        "conflicts_retried": people.conflicts,
        "most_attempts": max(attempts[sid] for sid, _ in deliveries),
        "max_attempts_allowed": MAX_ATTEMPTS,
        "storm_seconds": round(storm_seconds, 3),
        "concurrent": after_storm,
        "receipts_after_storm": receipts_after_storm,
        "replays": [
            {"sid": sid, "wrote_version": wrote.get(sid), "replies": r, "same": r == replies[sid]}
            for (sid, _), r in zip(replayed, again, strict=True)
        ],
        "after_replays": after_replays,
        "receipts_after_replays": receipts(PHONE),
        "serial": state(SERIAL_PHONE),
        "serial_replies_identical": serial_replies == replies,
        "users_in_table": sum(1 for _ in UserModel.scan()),
    }


if __name__ == "__main__":
    sys.exit(main())
