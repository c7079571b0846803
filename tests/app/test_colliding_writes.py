"""A person's own change during a send wins over the state the text was composed from (issue
13): TIME during the send keeps the new time; RESTART during a send keeps the new clock's
milestones ahead of them. The person texts through the signed webhook while the real
sender is between its read and its write."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from chalicelib.adapters.dynamodb import DynamoPeople
from chalicelib.bootstrap import Services
from chalicelib.domain.model import Person
from chalicelib.domain.ports import SendJob, SmsSender
from tests.app.sending import due_now, sender_with
from tests.fakes.fake_twilio import FakeTwilio
from tests.support import ManualClock, Phone


class TextsWhileSending:
    """The real sender; the person texts the coach just before Twilio is called."""

    def __init__(self, real: SmsSender, phone: Phone, body: str) -> None:
        self._real, self._phone, self._body = real, phone, body

    def send(self, to: str, body: str) -> str:
        self._phone.say(self._body)
        return self._real.send(to, body)

    def find_sent(self, to: str, since: datetime, body_sha256: str) -> str | None:
        return self._real.find_sent(to, since, body_sha256)


def _stored(phone: str) -> Person:
    person = DynamoPeople().get(phone)
    assert person is not None
    return person


def _send_due(services: Services, sms: SmsSender, job: SendJob) -> list[str]:
    return sender_with(services, sms).handle_batch([job.to_json()]).outcomes


def test_time_during_a_send_keeps_the_new_time(
    enrolled: Phone, services: Services, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    job = due_now(enrolled.number, clock)
    sms = TextsWhileSending(services.sender._sms, enrolled, "TIME 7pm")
    assert _send_due(services, sms, job) == ["sent"]
    after = _stored(enrolled.number)
    assert after.send_time == time(19, 0)
    assert after.next_send_at is not None and after.next_send_at > clock.now
    assert after.next_send_at.astimezone(ZoneInfo(after.timezone)).time() == time(19, 0)


def test_restart_during_a_send_keeps_the_new_clocks_milestones(
    enrolled: Phone, services: Services, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    job = due_now(enrolled.number, clock)
    # 30 hours without contact, the first 24 hours already named on a check-in.
    person = _stored(enrolled.number)
    DynamoPeople().save(
        replace(
            person,
            last_contact_at=clock.now - timedelta(hours=30),
            milestones_celebrated=frozenset({24}),
        )
    )
    sms = TextsWhileSending(services.sender._sms, enrolled, "RESTART")
    assert _send_due(services, sms, job) == ["sent"]
    assert fake_twilio.messages_sent[-1].body.startswith("Day 2 of 21: ")
    after = _stored(enrolled.number)
    assert after.last_contact_at == clock.now
    assert 24 not in after.milestones_celebrated  # the new clock's 24 hours are still ahead
