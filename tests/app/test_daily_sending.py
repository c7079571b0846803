"""The daily text end to end: Chalice schedule, SQS, sender, real twilio SDK, fake Twilio API."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from chalice.test import Client

from chalicelib.adapters.dynamodb import DynamoPeople, RecordModel
from chalicelib.domain.model import Status
from scripts.drive import Backend
from tests.conftest import FROM_NUMBER
from tests.fakes.fake_twilio import FakeTwilio
from tests.support import ManualClock, Phone

TUESDAY_9AM_LA = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)


def enroll(client: Client, number: str, state: str = "CA", country: str = "US") -> Phone:
    phone = Phone(client, number, from_state=state, from_country=country)
    phone.say("hi")
    phone.say("YES")
    return phone


def texts_to(fake: FakeTwilio, number: str) -> list[str]:
    return [m.body for m in fake.messages_sent if m.to == number]


def test_the_next_morning_brings_day_2_at_nine_local(
    client: Client, backend: Backend, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    phone = enroll(client, "+14155550123")
    clock.set(TUESDAY_9AM_LA)
    assert backend.run_tick() == 1
    [sent] = fake_twilio.messages_sent
    assert sent.to == phone.number and sent.from_ == FROM_NUMBER
    assert sent.body.startswith("Day 2 of 21: ")
    person = DynamoPeople().get(phone.number)
    assert person.next_send_at == TUESDAY_9AM_LA + timedelta(days=1)
    assert RecordModel.get(phone.number, "daily#2026-11-24").state == "sent"


def test_a_tick_before_the_send_time_sends_nothing(
    client: Client, backend: Backend, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    enroll(client, "+14155550123")
    clock.set(TUESDAY_9AM_LA - timedelta(minutes=15))
    assert backend.run_tick() == 0
    assert fake_twilio.messages_sent == []


def test_a_double_tick_still_gives_one_text(
    client: Client, backend: Backend, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    phone = enroll(client, "+14155550123")
    clock.set(TUESDAY_9AM_LA)
    backend.tick()
    backend.tick()
    assert backend.drain() == 2
    assert len(texts_to(fake_twilio, phone.number)) == 1


def test_a_double_sqs_delivery_still_gives_one_text(
    client: Client, backend: Backend, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    phone = enroll(client, "+14155550123")
    clock.set(TUESDAY_9AM_LA)
    backend.tick()
    [message] = backend.receive()
    backend.client.lambda_.invoke("send_daily", backend.sqs_event([message]))
    backend.client.lambda_.invoke("send_daily", backend.sqs_event([message]))
    assert len(texts_to(fake_twilio, phone.number)) == 1


def test_unsubscribed_at_twilio_marks_the_person_opted_out_without_retry(
    client: Client, backend: Backend, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    phone = enroll(client, "+14155550123")
    fake_twilio.fail_next(phone.number, 400, 21610)
    clock.set(TUESDAY_9AM_LA)
    backend.run_tick()
    person = DynamoPeople().get(phone.number)
    assert person.status is Status.OPTED_OUT
    assert person.next_send_at is None
    assert backend.delayed_messages() == 0
    clock.advance(days=1)
    assert backend.run_tick() == 0


@pytest.mark.parametrize("code", [21211, 21614])
def test_an_invalid_or_landline_number_is_marked_undeliverable(
    client: Client, backend: Backend, clock: ManualClock, fake_twilio: FakeTwilio, code: int
) -> None:
    phone = enroll(client, "+14155550123")
    fake_twilio.fail_next(phone.number, 400, code)
    clock.set(TUESDAY_9AM_LA)
    backend.run_tick()
    person = DynamoPeople().get(phone.number)
    assert person.status is Status.UNDELIVERABLE
    assert person.next_send_at is None


@pytest.mark.parametrize(("status", "code"), [(429, 20429), (500, 20500), (503, 20503)])
def test_a_temporary_twilio_failure_is_retried_later_and_sends_once(
    client: Client,
    backend: Backend,
    clock: ManualClock,
    fake_twilio: FakeTwilio,
    status: int,
    code: int,
) -> None:
    phone = enroll(client, "+14155550123")
    fake_twilio.fail_next(phone.number, status, code)
    clock.set(TUESDAY_9AM_LA)
    backend.run_tick()
    assert texts_to(fake_twilio, phone.number) == []
    assert backend.delayed_messages() == 1, "the job comes back after a delay"
    assert RecordModel.get(phone.number, "daily#2026-11-24").state == "retry"

    # The delayed retry arrives a minute later.
    clock.advance(minutes=1)
    from chalicelib.domain.ports import SendJob

    retry = SendJob(phone.number, TUESDAY_9AM_LA, attempt=1)
    backend.client.lambda_.invoke(
        "send_daily",
        backend.sqs_event(
            [
                {
                    "MessageId": "retry-1",
                    "ReceiptHandle": "r",
                    "Body": retry.to_json(),
                    "MD5OfBody": "",
                }
            ]
        ),
    )
    assert len(texts_to(fake_twilio, phone.number)) == 1
    assert RecordModel.get(phone.number, "daily#2026-11-24").state == "sent"


def test_one_failing_person_does_not_block_the_others(
    client: Client, backend: Backend, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    numbers = [f"+1415555{n:04d}" for n in range(5)]
    for number in numbers:
        enroll(client, number)
    fake_twilio.fail_next(numbers[2], 500, 20500)
    clock.set(TUESDAY_9AM_LA)
    backend.run_tick()
    sent_to = {m.to for m in fake_twilio.messages_sent}
    assert sent_to == set(numbers) - {numbers[2]}


def test_people_who_opted_out_or_never_confirmed_are_never_due(
    client: Client, backend: Backend, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    stopped = enroll(client, "+14155550001")
    stopped.say("STOP")
    Phone(client, "+14155550002").say("hi")  # never said YES
    clock.set(TUESDAY_9AM_LA)
    assert backend.run_tick() == 0
    assert fake_twilio.messages_sent == []


def test_after_a_two_hour_outage_the_next_tick_catches_up(
    client: Client, backend: Backend, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    phone = enroll(client, "+14155550123")
    clock.set(TUESDAY_9AM_LA - timedelta(minutes=15))
    backend.run_tick()
    clock.set(TUESDAY_9AM_LA + timedelta(hours=2))
    backend.run_tick()
    assert len(texts_to(fake_twilio, phone.number)) == 1


def test_after_a_long_outage_a_late_text_is_skipped_not_sent_at_an_odd_hour(
    client: Client, backend: Backend, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    phone = enroll(client, "+14155550123")
    clock.set(TUESDAY_9AM_LA - timedelta(minutes=15))
    backend.run_tick()
    clock.set(TUESDAY_9AM_LA + timedelta(hours=5))
    backend.run_tick()
    assert texts_to(fake_twilio, phone.number) == []
    assert DynamoPeople().get(phone.number).next_send_at == TUESDAY_9AM_LA + timedelta(days=1)
    clock.set(TUESDAY_9AM_LA + timedelta(days=1))
    backend.run_tick()
    assert len(texts_to(fake_twilio, phone.number)) == 1


@pytest.mark.parametrize(
    ("number", "state", "country", "zone", "start"),
    [
        ("+12125550123", "NY", "US", "America/New_York", datetime(2026, 10, 31, 4, 0, tzinfo=UTC)),
        ("+447700900123", "", "GB", "Europe/London", datetime(2026, 10, 23, 23, 0, tzinfo=UTC)),
    ],
)
def test_ticks_every_15_minutes_across_a_dst_change_send_once_a_day_at_nine_local(
    client: Client,
    backend: Backend,
    clock: ManualClock,
    fake_twilio: FakeTwilio,
    number: str,
    state: str,
    country: str,
    zone: str,
    start: datetime,
) -> None:
    from zoneinfo import ZoneInfo

    clock.set(start - timedelta(hours=12))
    enroll(client, number, state, country)
    sent_at: list[datetime] = []
    clock.set(start)
    for _ in range(4 * 96):
        before = len(fake_twilio.messages_sent)
        backend.run_tick()
        sent_at.extend([clock.now] * (len(fake_twilio.messages_sent) - before))
        clock.advance(minutes=15)
    local = [moment.astimezone(ZoneInfo(zone)) for moment in sent_at]
    assert [(t.hour, t.minute) for t in local] == [(9, 0)] * 4
    assert len({t.date() for t in local}) == 4
    utc_hours = {t.hour for t in sent_at}
    assert len(utc_hours) == 2, "the UTC send hour moves with daylight saving"
