"""People coming back from edge states, and the fixes a review of those states asked for."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from chalice.test import Client

from chalicelib.adapters.dynamodb import DynamoPeople, RecordModel, UserModel
from chalicelib.bootstrap import Services
from chalicelib.domain.model import Person, Status
from chalicelib.domain.ports import SendJob
from chalicelib.services.daily import UnexpectedFailures
from scripts.drive import Backend
from tests.fakes.fake_twilio import FakeTwilio
from tests.support import ManualClock, Phone


def _stored(phone: str) -> Person:
    person = DynamoPeople().get(phone)
    assert person is not None
    return person


def _graduate_and_finish(enrolled: Phone, clock: ManualClock) -> None:
    people = DynamoPeople()
    person = _stored(enrolled.number)
    people.save(replace(person, graduated_at=clock.now, next_send_at=None))
    assert "No more daily texts" in enrolled.say("DONE")


def test_a_text_from_an_undeliverable_number_brings_the_texts_back(enrolled: Phone) -> None:
    people = DynamoPeople()
    person = _stored(enrolled.number)
    people.save(
        replace(person, status=Status.UNDELIVERABLE, next_send_at=None, delivery_failures=3)
    )
    enrolled.say("yes")
    back = people.get(enrolled.number)
    assert back.status is Status.ACTIVE
    assert back.delivery_failures == 0
    assert back.next_send_at is not None


@pytest.mark.parametrize("body", ["STATUS", "HELP", "hi"])
def test_any_text_from_an_undeliverable_number_is_saved_as_reachable(
    enrolled: Phone, body: str
) -> None:
    people = DynamoPeople()
    person = _stored(enrolled.number)
    people.save(
        replace(person, status=Status.UNDELIVERABLE, next_send_at=None, delivery_failures=3)
    )
    enrolled.say(body)
    back = _stored(enrolled.number)
    assert back.status is Status.ACTIVE, body
    assert back.delivery_failures == 0 and back.next_send_at is not None


def test_start_after_done_brings_back_weekly_support(enrolled: Phone, clock: ManualClock) -> None:
    _graduate_and_finish(enrolled, clock)
    assert "Weekly it is" in enrolled.say("START")
    person = DynamoPeople().get(enrolled.number)
    assert person.status is Status.ACTIVE and person.weekly
    assert person.next_send_at is not None


def test_an_urge_after_done_still_gets_its_follow_up(
    enrolled: Phone, clock: ManualClock, services: Services, fake_twilio: FakeTwilio
) -> None:
    _graduate_and_finish(enrolled, clock)
    enrolled.say("URGE")
    clock.advance(minutes=10)
    urge_at = (clock.now - timedelta(minutes=10)).isoformat()
    job = SendJob(enrolled.number, clock.now, kind="urge", key=urge_at)
    assert services.sender.send(job) == "sent"
    assert "still holding on" in fake_twilio.messages_sent[-1].body


@pytest.mark.parametrize(
    "slip",
    ["I called my ex for no reason", "I texted him, it got personal", "I texted him apparently"],
)
def test_logistics_words_are_matched_whole_so_a_real_slip_still_counts(
    enrolled: Phone, slip: str
) -> None:
    enrolled.say("LOGISTICS the dog")
    assert "clock restarts" in enrolled.say(slip)
    assert DynamoPeople().get(enrolled.number).contacts_reported == 1


def test_common_words_of_a_logistics_note_are_not_logistics(enrolled: Phone) -> None:
    enrolled.say("LOGISTICS about the kids")
    assert "clock restarts" in enrolled.say("I texted him about us")
    assert DynamoPeople().get(enrolled.number).contacts_reported == 1
    assert "clock restarts" not in enrolled.say("texted him about the kids pickup")


def test_someone_who_never_said_yes_can_delete_too(phone: Phone) -> None:
    phone.say("hello")
    assert "Reply YES within 10 minutes" in phone.say("DELETE")
    assert "erased" in phone.say("YES")
    assert list(UserModel.scan()) == []
    assert list(RecordModel.scan()) == []


def test_someone_who_opted_out_can_delete_without_a_round_trip(enrolled: Phone) -> None:
    enrolled.say("STOP")
    assert "erased" in enrolled.say("DELETE")
    assert list(UserModel.scan()) == []


def test_a_draft_held_back_by_a_pause_keeps_living_until_it_returns(
    enrolled: Phone, backend: Backend, clock: ManualClock
) -> None:
    clock.set(datetime(2026, 11, 24, 2, 0, tzinfo=UTC))  # Monday 18:00 in Los Angeles
    enrolled.say("DRAFT come back")
    enrolled.say("PAUSE 14")
    clock.advance(hours=24)
    backend.run_tick()
    [draft] = [r for r in RecordModel.query(enrolled.number) if r.key.startswith("draft#")]
    assert draft.due_at > clock.now + timedelta(days=12)
    assert draft.expires_at == draft.due_at + timedelta(days=7)


def test_a_malformed_queue_message_does_not_cost_the_others_their_text(
    enrolled: Phone, client: Client, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    due = _stored(enrolled.number).next_send_at
    assert due is not None
    clock.set(due)
    good = {
        "MessageId": "good",
        "ReceiptHandle": "-",
        "Body": SendJob(enrolled.number, due).to_json(),
    }
    bad = {"MessageId": "bad", "ReceiptHandle": "-", "Body": json.dumps({"nonsense": True})}
    event = Backend(client, "ncc-test-send").sqs_event(
        [{**bad, "MD5OfBody": "-"}, {**good, "MD5OfBody": "-"}]
    )
    with pytest.raises(UnexpectedFailures):
        client.lambda_.invoke("send_daily", event)
    assert len(fake_twilio.messages_sent) == 1


def test_a_morning_slip_makes_that_day_not_kept_whatever_came_before(
    enrolled: Phone, clock: ManualClock
) -> None:
    from zoneinfo import ZoneInfo

    la = ZoneInfo("America/Los_Angeles")
    # Enrolled Monday; Tuesday goes unanswered; a slip on Wednesday morning.
    clock.set(datetime(2026, 11, 25, 8, 30, tzinfo=la))
    assert "restarts" in enrolled.say("I texted him")
    clock.set(datetime(2026, 11, 25, 20, 0, tzinfo=la))
    assert "already have your check-in" in enrolled.say("yes")
    person = _stored(enrolled.number)
    assert person.kept_checkins == 0, "Wednesday had a contact: it cannot be a kept day"
    assert person.last_checkin_on is not None and person.last_checkin_on.isoformat() == "2026-11-25"
