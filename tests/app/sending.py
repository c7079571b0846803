"""Helpers for tests that drive the real sender between its read and its write."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from chalicelib.adapters.dynamodb import DynamoPeople
from chalicelib.bootstrap import Services
from chalicelib.domain.ports import SendJob, SmsSender
from chalicelib.services.daily import DailySender
from scripts.drive import Backend
from tests.fakes.fake_twilio import FakeTwilio
from tests.support import ManualClock, Phone


def due_now(phone: str, clock: ManualClock) -> SendJob:
    """The person's next scheduled text as a job, with the clock set to when it is due."""
    person = DynamoPeople().get(phone)
    assert person is not None and person.next_send_at is not None
    clock.set(person.next_send_at)
    return SendJob(phone, person.next_send_at)


def sender_with(
    services: Services, sms: SmsSender | None = None, people: Any = None
) -> DailySender:
    """The real sender of `services`, with its Twilio sender or its storage swapped for a
    wrapper that injects a fault."""
    real = services.sender
    return DailySender(
        people or real._people, sms or real._sms, real._queue, real._clock, real._settings
    )


def care_text_after(
    phone: Phone, clock: ManualClock, backend: Backend, fake_twilio: FakeTwilio, crisis: str
) -> tuple[str, str]:
    """`crisis` texted at 23:00 on Monday in Los Angeles, then Tuesday 09:00's tick: the reply to
    the crisis text and the scheduled text that followed (the care text)."""
    clock.set(datetime(2026, 11, 24, 7, 0, tzinfo=UTC))
    reply = phone.say(crisis)
    clock.set(datetime(2026, 11, 24, 17, 0, tzinfo=UTC))
    backend.run_tick()
    return reply, fake_twilio.messages_sent[-1].body
