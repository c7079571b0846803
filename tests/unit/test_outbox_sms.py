"""The local outbox sender (make run) answers the same questions as Twilio's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from chalicelib.adapters.outbox_sms import OutboxSms
from chalicelib.domain.ports import sha256_hex
from tests.support import ManualClock

ME = "+14155550123"


def test_a_sent_text_is_found_by_number_body_and_time(tmp_path: Path) -> None:
    clock = ManualClock(datetime(2026, 11, 25, 17, 0, tzinfo=UTC))
    outbox = OutboxSms(tmp_path / "outbox.jsonl", clock, echo=False)
    day_2 = sha256_hex("Day 2 of 21")
    assert outbox.find_sent(ME, clock.now, sha256_hex("hi")) is None
    sid = outbox.send(ME, "Day 2 of 21")
    assert outbox.find_sent(ME, clock.now - timedelta(minutes=1), day_2) == sid
    assert outbox.find_sent(ME, clock.now + timedelta(minutes=1), day_2) is None
    assert outbox.find_sent("+14155550199", clock.now, day_2) is None
    assert outbox.find_sent(ME, clock.now, sha256_hex("Day 3 of 21")) is None
