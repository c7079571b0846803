"""Several sender workers with the same job at once still produce exactly one text."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

from chalicelib.bootstrap import Services
from chalicelib.domain.conversation import InboundText
from chalicelib.domain.ports import SendJob
from chalicelib.services.inbound import Delivery
from tests.fakes.fake_twilio import FakeTwilio
from tests.support import ManualClock

PHONE = "+14155550123"


def test_four_workers_racing_on_one_job_send_one_text(
    services: Services, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    services.inbound.handle(Delivery("SM1", InboundText(PHONE, "hi")))
    services.inbound.handle(Delivery("SM2", InboundText(PHONE, "YES")))
    due = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)
    clock.set(due)
    job = SendJob(PHONE, due)

    with ThreadPoolExecutor(max_workers=4) as pool:
        outcomes = list(pool.map(lambda _: services.sender.send(job), range(4)))

    assert outcomes.count("sent") == 1
    assert len([m for m in fake_twilio.messages_sent if m.to == PHONE]) == 1
