"""A second implementation of the storage ports, in memory, with faults to inject.

It keeps DynamoDB's promises as chalicelib/adapters/dynamodb keeps them (versioned saves,
put-if-absent receipts, conditional claims, erasure wins), and tests/integration/
test_repository_contract.py runs the same contract against both. Faults (Faults) let a test say
"storage is down", "someone writes the person during the send", or "the worker dies after the
claim", which moto cannot do on cue. Not deployed.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from chalicelib.domain.model import Person, PrivateRecord
from chalicelib.domain.ports import (
    Claim,
    ConcurrentUpdate,
    DuplicateDelivery,
    SendJob,
    TemporarySendFailure,
    UncertainSend,
    sha256_hex,
)
from chalicelib.domain.schedule import BUCKET_SHARDS, SLOT, bucket_for, bucket_key, slot_start

JOURNAL_LIFETIME = timedelta(days=90)


class StorageDown(Exception):
    """What the store raises while Faults.storage_down is set (DynamoDB unreachable)."""


class WorkerDies(Exception):
    """The Lambda stops here: a timeout, out of memory, a deploy."""


@dataclass
class Faults:
    storage_down: bool = False
    # The next N finish_send calls find the person changed by someone else (a text mid-send).
    conflicts_on_final_write: int = 0
    # The next claim is written, then the worker dies before Twilio is called.
    crash_after_claim: bool = False


@dataclass
class _Item:
    """One record under a person: a receipt, a send claim, a journal note or a draft."""

    replies: tuple[str, ...] = ()
    text: str | None = None
    state: str | None = None
    message_sid: str | None = None
    kind: str | None = None
    body_sha256: str = ""
    updated_at: datetime | None = None
    due_at: datetime | None = None  # a draft still to come back
    expires_at: datetime | None = None


@dataclass
class MemoryPeople:
    """People, delivery and schedule repositories in memory (the ports in domain/ports.py)."""

    faults: Faults = field(default_factory=Faults)
    people: dict[str, Person] = field(default_factory=dict)
    records: dict[str, dict[str, _Item]] = field(default_factory=dict)
    cursor: datetime | None = None
    # Phones that ever vaulted a draft: the scheduler looks only at theirs, as its index does.
    vaults: set[str] = field(default_factory=set)

    def _up(self) -> None:
        if self.faults.storage_down:
            raise StorageDown

    # -- people ----------------------------------------------------------------------------

    def get(self, phone: str) -> Person | None:
        self._up()
        return self.people.get(phone)

    def save(self, person: Person) -> Person:
        self._up()
        return self._put_person(person)

    def _check_version(self, person: Person) -> None:
        stored = self.people.get(person.phone)
        if person.version != (stored.version if stored else 0):
            raise ConcurrentUpdate(person.phone)

    def _put_person(self, person: Person) -> Person:
        self._check_version(person)
        saved = replace(person, version=person.version + 1)
        self.people[person.phone] = saved
        return saved

    # -- inbound texts ---------------------------------------------------------------------

    def load_for_inbound(
        self, phone: str, message_sid: str
    ) -> tuple[Person | None, tuple[str, ...] | None]:
        self._up()
        return self.people.get(phone), self._replies(phone, f"inbound#{message_sid}")

    def save_inbound(
        self,
        person: Person,
        message_sid: str,
        replies: tuple[str, ...],
        now: datetime,
        records: tuple[PrivateRecord, ...] = (),
    ) -> Person:
        self._up()
        return self._save_with_receipt(person, f"inbound#{message_sid}", replies, now, records)

    def save_delivery_report(
        self, person: Person, message_sid: str, status: str, now: datetime
    ) -> None:
        self._up()
        self._save_with_receipt(person, f"status#{message_sid}#{status}", (), now, ())

    def _save_with_receipt(
        self,
        person: Person,
        receipt_key: str,
        replies: tuple[str, ...],
        now: datetime,
        records: Iterable[PrivateRecord],
    ) -> Person:
        # One transaction: the receipt's put-if-absent is checked first, as DynamoDB reports it.
        if receipt_key in self.records.get(person.phone, {}):
            raise DuplicateDelivery(receipt_key)
        saved = self._put_person(person)
        mine = self.records.setdefault(person.phone, {})
        mine[receipt_key] = _Item(replies=replies, expires_at=now + timedelta(days=7))
        sid = receipt_key.split("#")[1]
        for record in records:
            key = f"{record.kind}#{record.created_at.astimezone(UTC).isoformat()}#{sid}"
            expires = (record.return_at or record.created_at) + (
                timedelta(days=7) if record.return_at else JOURNAL_LIFETIME
            )
            mine[key] = _Item(text=record.text, state="kept", due_at=record.return_at,
                              expires_at=expires)  # fmt: skip
            if record.return_at is not None:
                self.vaults.add(person.phone)
        return saved

    def previous_replies(self, phone: str, message_sid: str) -> tuple[str, ...] | None:
        self._up()
        return self._replies(phone, f"inbound#{message_sid}")

    def _replies(self, phone: str, key: str) -> tuple[str, ...] | None:
        item = self.records.get(phone, {}).get(key)
        return None if item is None else item.replies

    def private_text(self, phone: str, key: str) -> str | None:
        self._up()
        item = self.records.get(phone, {}).get(key)
        return None if item is None else item.text

    # -- scheduled texts -------------------------------------------------------------------

    def due_for_slot(self, slot: datetime) -> Iterator[SendJob]:
        self._up()
        buckets = {bucket_key(slot, shard) for shard in range(BUCKET_SHARDS)}
        # A cheap window test first: a simulated cohort asks for thousands of slots.
        start = slot_start(slot)
        end = start + SLOT
        due = [p for p in self.people.values() if p.next_send_at and start <= p.next_send_at < end]
        for person in sorted(due, key=lambda p: (p.next_send_at, p.phone)):
            assert person.next_send_at is not None
            if bucket_for(person.next_send_at, person.phone) in buckets:
                yield SendJob(person.phone, person.next_send_at)
        for phone in sorted(self.vaults):
            for key, item in self.records.get(phone, {}).items():
                if item.due_at is not None and bucket_key(item.due_at, 0) == bucket_key(slot, 0):
                    yield SendJob(phone, item.due_at, kind="draft", key=key)

    def claim(
        self, phone: str, key: str, now: datetime, kind: str = "", body_sha256: str = ""
    ) -> Claim | None:
        self._up()
        if phone not in self.people:
            return Claim("erased", None)
        existing = self.records[phone].get(key) if phone in self.records else None
        if existing is not None and existing.state != "retry":
            return Claim(existing.state or "unknown", existing.updated_at, existing.body_sha256)
        self.records.setdefault(phone, {})[key] = _Item(
            state="sending", kind=kind or None, body_sha256=body_sha256, updated_at=now,
            expires_at=now + timedelta(days=35),
        )  # fmt: skip
        if self.faults.crash_after_claim:
            self.faults.crash_after_claim = False
            raise WorkerDies
        return None

    def take_over_claim(
        self, phone: str, key: str, seen: datetime, now: datetime, body_sha256: str = ""
    ) -> bool:
        self._up()
        item = self.records.get(phone, {}).get(key)
        if item is None or item.state != "sending" or item.updated_at != seen:
            return False
        item.updated_at, item.body_sha256 = now, body_sha256
        return True

    def set_claim_state(self, phone: str, key: str, state: str, now: datetime) -> None:
        self._up()
        item = self.records.get(phone, {}).get(key)
        if item is not None:  # erasure wins: nothing comes back
            item.state, item.updated_at = state, now

    def finish_send(
        self,
        person: Person,
        claim_key: str,
        state: str,
        message_sid: str | None,
        now: datetime,
        returned_draft: str | None = None,
    ) -> Person:
        self._up()
        if self.faults.conflicts_on_final_write:
            self.faults.conflicts_on_final_write -= 1
            stored = self.people[person.phone]
            # Someone else's write lands first (they texted YES mid-send): a new version.
            self.people[person.phone] = replace(stored, version=stored.version + 1)
        saved = self._put_person(person)
        mine = self.records.setdefault(person.phone, {})
        claim = mine.setdefault(claim_key, _Item())
        claim.state, claim.updated_at = state, now
        if message_sid:
            claim.message_sid = message_sid
        if returned_draft is not None and returned_draft in mine:
            mine[returned_draft].due_at = None
            mine[returned_draft].state = "returned"
        return saved

    def move_draft(self, phone: str, key: str, due_at: datetime) -> None:
        self._up()
        item = self.records.get(phone, {}).get(key)
        if item is not None:
            item.due_at, item.expires_at = due_at, due_at + timedelta(days=7)

    def scheduler_cursor(self) -> datetime | None:
        self._up()
        return self.cursor

    def advance_scheduler_cursor(self, slot: datetime) -> None:
        self._up()
        if self.cursor is None or self.cursor < slot:
            self.cursor = slot

    # -- erasure ---------------------------------------------------------------------------

    def erase(self, phone: str) -> int:
        self._up()
        deleted = len(self.records.pop(phone, {}))
        return deleted + (1 if self.people.pop(phone, None) is not None else 0)

    def claim_state(self, phone: str, key: str) -> str | None:
        """Test-only: a claim's state, or None."""
        item = self.records.get(phone, {}).get(key)
        return None if item is None else item.state


@dataclass
class MemorySms:
    """An SMS sender in memory; `fail_next` makes the next sends fail as Twilio can."""

    clock: Any
    sent: list[tuple[str, str, datetime, str]] = field(default_factory=list)
    # "timeout": Twilio takes the text but the answer never comes; "5xx": Twilio refuses.
    fail_next: list[str] = field(default_factory=list)

    def send(self, to: str, body: str) -> str:
        fault = self.fail_next.pop(0) if self.fail_next else None
        if fault == "5xx":
            raise TemporarySendFailure(None, 503)
        sid = f"SM{len(self.sent):032x}"
        self.sent.append((to, body, self.clock(), sid))
        if fault == "timeout":
            raise UncertainSend(None)
        return sid

    def find_sent(self, to: str, since: datetime, body_sha256: str) -> str | None:
        for number, body, at, sid in self.sent:
            if number == to and at >= since and sha256_hex(body) == body_sha256:
                return sid
        return None

    def texts_to(self, number: str) -> list[str]:
        return [body for to, body, _, _ in self.sent if to == number]


@dataclass
class MemoryQueue:
    """The send queue in memory: what was enqueued, and after how long."""

    jobs: list[tuple[SendJob, int]] = field(default_factory=list)

    def enqueue(self, jobs: Iterable[SendJob]) -> int:
        batch = list(jobs)
        self.jobs.extend((job, 0) for job in batch)
        return len(batch)

    def enqueue_later(self, job: SendJob, delay_seconds: int) -> None:
        self.jobs.append((job, delay_seconds))

    def take(self) -> list[tuple[SendJob, int]]:
        taken, self.jobs = self.jobs, []
        return copy.copy(taken)
