"""Erasure wins (issue 13): a send that read the person just before DELETE erased them neither
texts them nor leaves a record behind. Real DynamoDB (moto) and the real sender."""

from __future__ import annotations

from typing import Any

from chalicelib.adapters.dynamodb import DynamoPeople, RecordModel, UserModel
from chalicelib.bootstrap import Services
from chalicelib.domain.model import Person
from tests.app.sending import due_now, sender_with
from tests.fakes.fake_twilio import FakeTwilio
from tests.support import ManualClock, Phone


class ErasedRightAfterTheRead:
    """The sender's storage, with the person's DELETE landing between its read and its claim."""

    def __init__(self, real: DynamoPeople) -> None:
        self._real = real

    def get(self, phone: str) -> Person | None:
        person = self._real.get(phone)
        self._real.erase(phone)
        return person

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


def test_a_send_racing_delete_texts_nobody_and_keeps_nothing(
    enrolled: Phone, services: Services, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    job = due_now(enrolled.number, clock)
    racing = sender_with(services, people=ErasedRightAfterTheRead(DynamoPeople()))
    report = racing.handle_batch([job.to_json()])
    assert report.outcomes == ["skipped:claimed_erased"]
    assert fake_twilio.messages_sent == []
    assert UserModel.count(enrolled.number) == 0
    assert RecordModel.count(enrolled.number) == 0
