"""One slip told twice is one slip: a stranger texted "caved 😩 texted him" and then "SLIP" a
minute later, and their clock counted two."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.support import ManualClock, Phone


def test_slip_a_minute_after_telling_it_in_words_counts_once(
    enrolled: Phone, clock: ManualClock
) -> None:
    clock.set(datetime(2026, 11, 24, 20, 0, tzinfo=UTC))
    enrolled.say("caved 😩 texted him")
    assert enrolled.stored().contacts_reported == 1
    clock.set(clock() + timedelta(minutes=1))
    reply = enrolled.say("SLIP")
    assert enrolled.stored().contacts_reported == 1
    assert "haven't counted it twice" in reply and "SLIP AGAIN" in reply


def test_slip_again_is_a_second_slip(enrolled: Phone, clock: ManualClock) -> None:
    clock.set(datetime(2026, 11, 24, 20, 0, tzinfo=UTC))
    enrolled.say("caved 😩 texted him")
    clock.set(clock() + timedelta(minutes=30))
    enrolled.say("SLIP AGAIN")
    assert enrolled.stored().contacts_reported == 2
    clock.set(clock() + timedelta(minutes=10))
    enrolled.say("ugh i called her again")
    assert enrolled.stored().contacts_reported == 3


def test_a_slip_told_hours_later_is_a_new_one(enrolled: Phone, clock: ManualClock) -> None:
    clock.set(datetime(2026, 11, 24, 18, 0, tzinfo=UTC))
    enrolled.say("i texted her")
    clock.set(clock() + timedelta(hours=3))
    enrolled.say("SLIP")
    assert enrolled.stored().contacts_reported == 2


def test_status_after_an_early_slip_names_the_best_streak(
    enrolled: Phone, clock: ManualClock
) -> None:
    clock.set(datetime(2026, 11, 24, 20, 0, tzinfo=UTC))
    enrolled.say("caved 😩 texted him")
    clock.set(clock() + timedelta(hours=3))
    reply = enrolled.say("STATUS")
    assert "Day 1 of 21" in reply and "best streak, 22 hours, stays yours" in reply, reply
