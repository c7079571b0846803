"""The local outbox sender (make run) answers the same questions as Twilio's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from chalicelib.adapters.outbox_sms import OutboxSms
from tests.support import ManualClock


def test_a_sent_text_is_found_by_number_body_and_time(tmp_path: Path) -> None:
    clock = ManualClock(datetime(2026, 11, 25, 17, 0, tzinfo=UTC))
    outbox = OutboxSms(tmp_path / "outbox.jsonl", clock, echo=False)
    assert outbox.find_sent("+14155550123", clock.now, "hi") is None
    sid = outbox.send("+14155550123", "Day 2 of 21")
    assert outbox.find_sent("+14155550123", clock.now - timedelta(minutes=1), "Day 2 of 21") == sid
    assert outbox.find_sent("+14155550123", clock.now + timedelta(minutes=1), "Day 2 of 21") is None
    assert outbox.find_sent("+14155550199", clock.now, "Day 2 of 21") is None
    assert outbox.find_sent("+14155550123", clock.now, "Day 3 of 21") is None
