"""Nobody is stranded: when a daily text's job dies (the sender failed until SQS gave it to the
dead-letter queue), the person still gets the next day's text, and any text from them repairs
their schedule (issue 13). Through the real tick and sender handlers."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from chalicelib.adapters.dynamodb import DynamoPeople
from chalicelib.domain.model import Person
from scripts.drive import Backend
from tests.app.test_hard_moments import to
from tests.fakes.fake_twilio import FakeTwilio
from tests.support import ManualClock, Phone


def _stored(phone: str) -> Person:
    person = DynamoPeople().get(phone)
    assert person is not None
    return person


def _next_send(phone: str) -> datetime:
    due = _stored(phone).next_send_at
    assert due is not None
    return due


def _lose_every_queued_job(backend: Backend) -> int:
    """The sender is down: each job is received and never succeeds, so SQS dead-letters it."""
    lost = backend.receive()
    for message in lost:
        backend.sqs.delete_message(
            QueueUrl=backend.queue_url, ReceiptHandle=message["ReceiptHandle"]
        )
    return len(lost)


def test_two_hours_of_a_dead_sender_still_brings_the_next_days_text(
    enrolled: Phone, backend: Backend, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    due = _next_send(enrolled.number)
    backend.run_tick()
    clock.set(due)
    lost = 0
    for _ in range(8):  # two hours of ticks while send_daily fails
        backend.tick()
        lost += _lose_every_queued_job(backend)
        clock.advance(minutes=15)
    assert lost == 1 and to(fake_twilio, enrolled.number) == []
    for _ in range(4 * 24):  # the next day, with the sender working again
        backend.run_tick()
        clock.advance(minutes=15)
    texts = to(fake_twilio, enrolled.number)
    assert len(texts) == 1, texts
    assert _next_send(enrolled.number) > clock.now


def test_any_text_from_a_stranded_person_moves_their_next_send_ahead(
    enrolled: Phone, clock: ManualClock
) -> None:
    person = _stored(enrolled.number)
    DynamoPeople().save(replace(person, next_send_at=clock.now - timedelta(hours=5)))
    enrolled.say("STATUS")
    assert _next_send(enrolled.number) > clock.now
