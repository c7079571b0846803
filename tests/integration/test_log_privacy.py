"""No log line carries a phone number or a word a person wrote, even with the root logger at DEBUG.

A whole journey runs through the Chalice app (webhook, scheduler tick and SQS sender) while every
log record is captured: the root logger at DEBUG, plus any logger that does not propagate. Each
record is searched whole (message, args, exception text and every extra field), as is everything
printed to stdout or stderr (the EMF metrics lines). The app's own per-library levels stay as
app.py sets them, as they would in production when an operator turns on debug logging.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from chalice.test import Client

from chalicelib.adapters.dynamodb import UserModel
from chalicelib.observability import redact_phone
from scripts.drive import Backend
from tests.fakes.fake_twilio import FakeTwilio
from tests.support import ManualClock, Phone

NUMBER = "+14155550123"
SECRET_DRAFT = "Persephone I still think about the quokka cafe every night"
SECRET_JOURNAL = "Thessaloniki and the blue umbrella made me cry again"
SECRET_WHY = "Because Wexford taught me I deserve marigold kindness"
SECRET_WORDS = ("Persephone", "quokka", "Thessaloniki", "umbrella", "Wexford", "marigold")
# Test stand-ins for AWS and Twilio; production has neither.
TEST_INFRASTRUCTURE = ("moto", "werkzeug", "responses", "tests.")
TUESDAY_9AM_LA = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)


class _EveryRecord(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def every_record() -> Iterator[_EveryRecord]:
    handler = _EveryRecord()
    root = logging.getLogger()
    previous_level = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(handler)
    # A logger that does not propagate would hide its records from the root handler.
    islands = [
        logger
        for logger in logging.root.manager.loggerDict.values()
        if isinstance(logger, logging.Logger) and not logger.propagate
    ]
    for logger in islands:
        logger.addHandler(handler)
    try:
        yield handler
    finally:
        for logger in islands:
            logger.removeHandler(handler)
        root.removeHandler(handler)
        root.setLevel(previous_level)


def _searchable(record: logging.LogRecord) -> str:
    """Everything a log line could be built from: message, args, exception and extra fields."""
    parts = [record.getMessage(), repr(record.args), record.exc_text or ""]
    if record.exc_info:
        parts.append(logging.Formatter().formatException(record.exc_info))
    parts.append(repr(vars(record)))
    return "\n".join(parts)


def _journey(client: Client, clock: ManualClock) -> list[str]:
    """Returns every body the person sent."""
    phone = Phone(client, NUMBER)
    backend = Backend(client, "ncc-test-send")
    sent: list[str] = []

    def text(body: str) -> list[str]:
        sent.append(body)
        return phone.text(body)

    text("hi, a friend told me about this coach")
    text("YES")
    clock.advance(hours=6)
    text("yes I kept it today")
    clock.set(TUESDAY_9AM_LA)
    assert backend.run_tick() == 1  # day 2's text
    clock.advance(hours=3)
    text("I texted him last night after the party")
    text("URGE")
    text(f"DRAFT {SECRET_DRAFT}")
    text(f"JOURNAL {SECRET_JOURNAL}")
    text(f"WHY {SECRET_WHY}")
    assert "Wexford" in text("WHY")[0]  # the coach may quote it back, by SMS only
    text("STATUS")
    clock.set(TUESDAY_9AM_LA.replace(day=25))
    assert backend.run_tick() == 1  # Wednesday's text
    clock.advance(hours=3, minutes=15)
    assert backend.run_tick() == 1  # the draft comes back a day later
    clock.advance(hours=1)
    text("STOP")
    text("START")
    text("DELETE")
    assert "erased" in text("YES")[0]
    assert list(UserModel.scan()) == []
    return sent


def test_a_whole_journey_logs_no_phone_number_and_no_words_of_theirs(
    client: Client,
    clock: ManualClock,
    fake_twilio: FakeTwilio,
    every_record: _EveryRecord,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bodies = _journey(client, clock)
    printed = capsys.readouterr()
    assert any("quokka" in m.body for m in fake_twilio.messages_sent), "the draft came back"

    records = [r for r in every_record.records if not r.name.startswith(TEST_INFRASTRUCTURE)]
    assert len(records) >= len(bodies), "the journey was logged"
    texts = [_searchable(r) for r in records] + [printed.out, printed.err]
    digits = NUMBER.lstrip("+")
    forbidden = {
        NUMBER,
        digits,
        digits[1:],  # national format
        "415-555-0123",
        "(415) 555-0123",
        *(body for body in bodies if len(body) >= 6),
        *SECRET_WORDS,
    }
    leaks = sorted(
        {
            (word, r.name)
            for r, t in zip(records, texts, strict=False)
            for word in forbidden
            if word in t
        }
        | {
            (word, "stdout/stderr")
            for word in forbidden
            for t in texts[len(records) :]
            if word in t
        }
    )
    assert leaks == []
    redacted = redact_phone(NUMBER)
    mentioning = [t for t in texts if redacted in t]
    assert len(mentioning) >= len(bodies) - 2, "each inbound text is logged with the redacted phone"


def test_a_number_is_hashed_only_under_the_stages_own_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("LOG_HASH_KEY", raising=False)
    assert redact_phone("+14155550177") == "***0177"  # no public-key hash anyone could reverse
    monkeypatch.setenv("LOG_HASH_KEY", "a-stage-secret")
    keyed = redact_phone("+14155550177")
    assert keyed.startswith("***0177#") and len(keyed) == len("***0177#") + 12
    monkeypatch.setenv("LOG_HASH_KEY", "another-secret")
    assert redact_phone("+14155550177") != keyed
