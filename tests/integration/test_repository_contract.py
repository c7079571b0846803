"""One contract, two repositories: DynamoDB (PynamoDB on moto) and the in-memory one.

Every promise the services rely on is asserted through the ports alone, so the in-memory
repository used for the fault table (tests/app/test_fault_table.py) behaves as DynamoDB does.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from typing import Any

import pytest

from chalicelib.adapters.dynamodb import DynamoPeople
from chalicelib.domain.model import Person, PrivateRecord, Status
from chalicelib.domain.ports import ConcurrentUpdate, DuplicateDelivery
from chalicelib.domain.schedule import slot_start as slot_of
from tests.fakes.memory_store import MemoryPeople

NOW = datetime(2026, 11, 23, 22, 0, tzinfo=UTC)
PHONE = "+14155550123"


@pytest.fixture(params=["dynamodb", "memory"])
def store(request: pytest.FixtureRequest) -> Iterator[Any]:
    if request.param == "memory":
        yield MemoryPeople()
    else:
        request.getfixturevalue("aws")
        yield DynamoPeople()


def someone(**changes: Any) -> Person:
    base = Person(
        phone=PHONE,
        status=Status.ACTIVE,
        timezone="America/Los_Angeles",
        send_time=time(9, 0),
        created_at=NOW,
        consent_at=NOW,
        consent_version="v1",
        last_contact_at=NOW - timedelta(days=2),
        ratings=(4, 3),
        milestones_celebrated=frozenset({24}),
        ideas_sent=frozenset({0, 1, 2}),
        extra_support=True,
        extra_offered=True,
        hard_dates=("02-29", "12-24"),
        next_send_at=datetime(2026, 11, 24, 17, 0, tzinfo=UTC),
    )
    return replace(base, **changes)


def test_a_person_round_trips_and_counts_versions(store: Any) -> None:
    stored = store.save_inbound(someone(), "SM1", ("hi",), NOW)
    assert stored.version == 1
    assert store.get(PHONE) == stored
    assert store.save(replace(stored, checkins=1)).version == 2
    assert store.get("+19999999999") is None
    assert store.load_for_inbound("+19999999999", "SM1") == (None, None)


def test_a_message_sid_is_applied_once_and_its_replies_remembered(store: Any) -> None:
    stored = store.save_inbound(someone(), "SM1", ("first", "second"), NOW)
    assert store.load_for_inbound(PHONE, "SM1") == (stored, ("first", "second"))
    assert store.previous_replies(PHONE, "SM1") == ("first", "second")
    with pytest.raises(DuplicateDelivery):
        store.save_inbound(stored, "SM1", ("again",), NOW)
    assert store.get(PHONE) == stored


def test_a_stale_version_or_a_second_new_person_is_a_concurrent_update(store: Any) -> None:
    stored = store.save_inbound(someone(), "SM1", (), NOW)
    store.save(replace(stored, checkins=1))
    with pytest.raises(ConcurrentUpdate):
        store.save_inbound(replace(stored, checkins=9), "SM2", (), NOW)
    with pytest.raises(ConcurrentUpdate):
        store.save(someone())
    assert store.get(PHONE).checkins == 1


def test_a_delivery_report_is_applied_once(store: Any) -> None:
    stored = store.save_inbound(someone(), "SM1", (), NOW)
    store.save_delivery_report(replace(stored, delivery_failures=1), "SMx", "failed", NOW)
    with pytest.raises(DuplicateDelivery):
        store.save_delivery_report(
            replace(store.get(PHONE), delivery_failures=2), "SMx", "failed", NOW
        )
    assert store.get(PHONE).delivery_failures == 1


def test_people_and_drafts_are_due_in_their_slot_only(store: Any) -> None:
    due_at = someone().next_send_at
    assert due_at is not None
    back_at = NOW + timedelta(hours=24)
    draft = PrivateRecord("draft", "i miss you", NOW, back_at)
    store.save_inbound(someone(), "SM1", (), NOW, (draft,))
    store.save_inbound(someone(phone="+14155550124", next_send_at=None), "SM2", (), NOW)
    assert [(j.phone, j.due_at, j.kind) for j in store.due_for_slot(slot_of(due_at))] == [
        (PHONE, due_at, "daily")
    ]
    drafts = list(store.due_for_slot(slot_of(back_at)))
    assert [(j.kind, store.private_text(PHONE, j.key)) for j in drafts] == [("draft", "i miss you")]


def test_a_claim_is_taken_once_a_retry_may_be_taken_again(store: Any) -> None:
    store.save_inbound(someone(), "SM1", (), NOW)
    assert store.claim(PHONE, "daily#1", NOW, "daily", "abc") is None
    taken = store.claim(PHONE, "daily#1", NOW + timedelta(minutes=1), "daily", "abc")
    assert taken is not None and (taken.state, taken.updated_at) == ("sending", NOW)
    assert taken.body_sha256 == "abc"
    store.set_claim_state(PHONE, "daily#1", "retry", NOW)
    assert store.claim(PHONE, "daily#1", NOW, "daily", "def") is None


def test_a_claim_in_doubt_is_taken_over_once(store: Any) -> None:
    store.save_inbound(someone(), "SM1", (), NOW)
    store.claim(PHONE, "daily#1", NOW, "daily", "abc")
    later = NOW + timedelta(minutes=10)
    assert store.take_over_claim(PHONE, "daily#1", NOW, later, "def") is True
    assert store.take_over_claim(PHONE, "daily#1", NOW, later, "def") is False
    claim = store.claim(PHONE, "daily#1", later, "daily", "xyz")
    assert (claim.updated_at, claim.body_sha256) == (later, "def")


def test_finishing_a_send_moves_the_person_only_from_their_version(store: Any) -> None:
    stored = store.save_inbound(someone(), "SM1", (), NOW)
    store.claim(PHONE, "daily#1", NOW, "daily", "abc")
    store.save(replace(stored, checkins=1))  # they texted while the text was going out
    with pytest.raises(ConcurrentUpdate):
        store.finish_send(replace(stored, next_send_at=None), "daily#1", "sent", "SM9", NOW)
    fresh = store.get(PHONE)
    finished = store.finish_send(replace(fresh, next_send_at=None), "daily#1", "sent", "SM9", NOW)
    assert finished.checkins == 1 and finished.next_send_at is None
    assert store.claim(PHONE, "daily#1", NOW, "daily", "abc").state == "sent"


def test_a_returned_draft_is_never_due_again_and_a_moved_one_is(store: Any) -> None:
    back_at = NOW + timedelta(hours=24)
    stored = store.save_inbound(
        someone(), "SM1", (), NOW, (PrivateRecord("draft", "x", NOW, back_at),)
    )
    (job,) = [j for j in store.due_for_slot(slot_of(back_at)) if j.kind == "draft"]
    later = back_at + timedelta(hours=10)
    store.move_draft(PHONE, job.key, later)
    assert [j.key for j in store.due_for_slot(slot_of(later)) if j.kind == "draft"] == [job.key]
    store.claim(PHONE, f"return#{job.key}", NOW, "draft_return", "h")
    store.finish_send(stored, f"return#{job.key}", "sent", "SM9", NOW, returned_draft=job.key)
    assert [j for j in store.due_for_slot(slot_of(later)) if j.kind == "draft"] == []
    assert store.private_text(PHONE, job.key) == "x"


def test_erasure_wins_over_a_send_racing_it(store: Any) -> None:
    store.save_inbound(someone(), "SM1", (), NOW, (PrivateRecord("journal", "note", NOW),))
    store.claim(PHONE, "daily#1", NOW, "daily", "abc")
    assert store.erase(PHONE) == 4  # person, receipt, note, claim
    assert store.claim(PHONE, "daily#2", NOW, "daily", "abc").state == "erased"
    store.set_claim_state(PHONE, "daily#1", "sent", NOW)
    store.move_draft(PHONE, "draft#x", NOW)
    assert store.get(PHONE) is None
    assert store.private_text(PHONE, "daily#1") is None
    assert store.erase(PHONE) == 0


def test_the_scheduler_cursor_only_moves_forward(store: Any) -> None:
    assert store.scheduler_cursor() is None
    store.advance_scheduler_cursor(NOW)
    store.advance_scheduler_cursor(NOW - timedelta(minutes=15))
    assert store.scheduler_cursor() == NOW
    store.advance_scheduler_cursor(NOW + timedelta(minutes=15))
    assert store.scheduler_cursor() == NOW + timedelta(minutes=15)
