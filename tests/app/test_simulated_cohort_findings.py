"""What the simulated cohort (scripts/simulate.py) found the coach misreading.

`enrolled` joined on Monday 2026-11-23 at 14:00 in California.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from chalicelib.adapters.dynamodb import DynamoPeople
from chalicelib.domain import dialogue
from scripts.drive import Backend
from tests.fakes.fake_twilio import FakeTwilio
from tests.support import ManualClock, Phone


def _slip_on_day_8(phone: Phone, clock: ManualClock, backend: Backend) -> None:
    """A slip on day 8, Monday 22:00 in LA, after the first week's ideas; then Tuesday
    09:00's text, the restart day's: "What set it off...? Kept no contact? Reply YES or NO."."""
    DynamoPeople().save(replace(phone.stored(), ideas_sent=frozenset(range(8))))
    clock.set(datetime(2026, 12, 1, 6, 0, tzinfo=UTC))
    phone.say("NO")
    clock.set(datetime(2026, 12, 1, 17, 0, tzinfo=UTC))
    backend.run_tick()


def test_a_bare_no_to_the_restart_days_yes_or_no_is_a_second_slip(
    enrolled: Phone, clock: ManualClock, backend: Backend, fake_twilio: FakeTwilio
) -> None:
    _slip_on_day_8(enrolled, clock, backend)
    restart = fake_twilio.messages_sent[-1].body
    assert "What set it off" in restart and restart.endswith("Reply YES or NO.")
    clock.set(datetime(2026, 12, 2, 4, 30, tzinfo=UTC))  # Tuesday 20:30 LA
    reply = enrolled.say("NO")
    assert enrolled.stored().contacts_reported == 2
    assert "isn't always clear" not in reply


def test_a_bare_yes_to_it_is_the_check_in_and_words_still_answer_the_question(
    enrolled: Phone, clock: ManualClock, backend: Backend, fake_twilio: FakeTwilio
) -> None:
    _slip_on_day_8(enrolled, clock, backend)
    assert "What set it off" in fake_twilio.messages_sent[-1].body
    checkins = enrolled.stored().checkins
    clock.set(datetime(2026, 12, 1, 19, 0, tzinfo=UTC))  # Tuesday 11:00 LA
    answer = enrolled.say("he posted a pic with someone new")
    assert dialogue.open_question(enrolled.stored(), clock()) is None, answer  # answered
    clock.set(datetime(2026, 12, 2, 4, 30, tzinfo=UTC))
    enrolled.say("yes")
    assert enrolled.stored().checkins == checkins + 1
    assert enrolled.stored().contacts_reported == 1
