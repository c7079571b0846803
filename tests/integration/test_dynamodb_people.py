"""The PynamoDB repository on moto: round trips, receipts, optimistic locking, the sparse index."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest

from chalicelib.adapters.dynamodb import DynamoPeople, UserModel
from chalicelib.domain.model import Person, Status
from chalicelib.domain.ports import ConcurrentUpdate, DuplicateDelivery
from chalicelib.domain.schedule import bucket_for

NOW = datetime(2026, 11, 23, 22, 0, tzinfo=UTC)


def someone(**changes: object) -> Person:
    base = Person(
        phone="+14155550123",
        status=Status.ACTIVE,
        timezone="America/Los_Angeles",
        send_time=time(9, 0),
        created_at=NOW,
        consent_at=NOW,
        consent_version="v1",
        last_contact_at=NOW - timedelta(days=2),
        best_streak_seconds=3600,
        banked_seconds=7200,
        contacts_reported=1,
        checkins=4,
        last_checkin_on=date(2026, 11, 23),
        ratings=(4, 3),
        milestones_celebrated=frozenset({24, 72}),
        ideas_sent=frozenset({0, 1, 2, 3}),
        next_send_at=datetime(2026, 11, 24, 17, 0, tzinfo=UTC),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_a_person_round_trips_through_dynamodb(aws: None) -> None:
    people = DynamoPeople()
    stored = people.save_inbound(someone(), "SM1", ("hi",), NOW)
    assert stored.version == 1
    assert people.get(stored.phone) == stored


def test_an_unknown_number_is_none(aws: None) -> None:
    assert DynamoPeople().get("+19999999999") is None
    assert DynamoPeople().load_for_inbound("+19999999999", "SM1") == (None, None)


def test_a_saved_delivery_is_remembered_with_its_replies(aws: None) -> None:
    people = DynamoPeople()
    people.save_inbound(someone(), "SM1", ("first", "second"), NOW)
    person, replies = people.load_for_inbound("+14155550123", "SM1")
    assert person is not None
    assert replies == ("first", "second")


def test_the_same_message_sid_cannot_be_applied_twice(aws: None) -> None:
    people = DynamoPeople()
    stored = people.save_inbound(someone(), "SM1", ("hi",), NOW)
    with pytest.raises(DuplicateDelivery):
        people.save_inbound(replace(stored, checkins=99), "SM1", ("hi",), NOW)
    assert people.get(stored.phone).checkins == 4


def test_a_stale_version_is_a_concurrent_update_not_a_lost_write(aws: None) -> None:
    people = DynamoPeople()
    stored = people.save_inbound(someone(), "SM1", ("hi",), NOW)
    people.save_inbound(replace(stored, checkins=5), "SM2", ("a",), NOW)
    with pytest.raises(ConcurrentUpdate):
        people.save_inbound(replace(stored, checkins=6), "SM3", ("b",), NOW)
    assert people.get(stored.phone).checkins == 5
    assert people.load_for_inbound(stored.phone, "SM3")[1] is None


def test_a_second_new_person_with_the_same_number_conflicts(aws: None) -> None:
    people = DynamoPeople()
    people.save_inbound(someone(), "SM1", ("hi",), NOW)
    with pytest.raises(ConcurrentUpdate):
        people.save_inbound(someone(), "SM2", ("hi",), NOW)


def test_only_people_with_a_next_send_are_in_the_send_index(aws: None) -> None:
    people = DynamoPeople()
    due = someone()
    people.save_inbound(due, "SM1", (), NOW)
    people.save_inbound(someone(phone="+14155550124", next_send_at=None), "SM2", (), NOW)
    assert due.next_send_at is not None
    bucket = bucket_for(due.next_send_at, due.phone)
    in_index = [item.phone for item in UserModel.send_bucket_index.query(bucket)]
    assert in_index == [due.phone]
    total_in_index = sum(
        1
        for _ in UserModel.send_bucket_index.scan()  # test-only look at the whole index
    )
    assert total_in_index == 1


def test_receipts_expire_after_a_week(aws: None) -> None:
    from chalicelib.adapters.dynamodb import RecordModel

    DynamoPeople().save_inbound(someone(), "SM1", ("hi",), NOW)
    receipt = RecordModel.get("+14155550123", "inbound#SM1")
    assert receipt.expires_at == NOW + timedelta(days=7)
