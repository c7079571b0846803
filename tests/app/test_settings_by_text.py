"""TIME, TZ, PAUSE, RESTART and DELETE by text, through the Chalice app."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from chalicelib.adapters.dynamodb import DynamoPeople, RecordModel, UserModel
from scripts.drive import Backend
from tests.fakes.fake_twilio import FakeTwilio
from tests.support import ManualClock, Phone


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TIME 8pm", time(20, 0)),
        ("TIME 20:30", time(20, 30)),
        ("send at 8 in the morning", time(8)),
    ],
)
def test_time_changes_the_send_time_and_the_next_send(
    enrolled: Phone, text: str, expected: time
) -> None:
    reply = enrolled.say(text)
    assert reply.startswith("Done: I'll text each day around")
    person = DynamoPeople().get(enrolled.number)
    assert person.send_time == expected
    assert person.next_send_at is not None
    local = person.next_send_at.astimezone(__import__("zoneinfo").ZoneInfo(person.timezone))
    assert local.time() == expected


def test_a_new_evening_time_sends_tonight_through_the_scheduler(
    enrolled: Phone, backend: Backend, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    enrolled.say("TIME 8pm")  # Monday 14:00 in Los Angeles: tonight's 20:00 is still ahead
    clock.set(datetime(2026, 11, 24, 4, 0, tzinfo=UTC))
    backend.run_tick()
    assert len([m for m in fake_twilio.messages_sent if m.to == enrolled.number]) == 1


@pytest.mark.parametrize("text", ["TIME 11pm", "TIME 6am", "TIME 21:00"])
def test_a_time_in_quiet_hours_is_refused_with_a_suggestion(enrolled: Phone, text: str) -> None:
    before = DynamoPeople().get(enrolled.number)
    assert "quiet from 9pm to 8am" in enrolled.say(text)
    assert DynamoPeople().get(enrolled.number).send_time == before.send_time


def test_an_unreadable_time_gets_examples(enrolled: Phone) -> None:
    assert "TIME 8pm" in enrolled.say("TIME whenever")


def test_tz_moves_the_person_and_their_next_send(enrolled: Phone) -> None:
    assert "Europe/London" in enrolled.say("TZ Europe/London")
    person = DynamoPeople().get(enrolled.number)
    assert person.timezone == "Europe/London"
    assert person.next_send_at == datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    assert "America/Los_Angeles" in enrolled.say("tz pacific")
    assert "don't know that time zone" in enrolled.say("TZ Narnia")


def test_pause_stops_scheduled_texts_for_those_days_and_the_clock_keeps_running(
    enrolled: Phone, backend: Backend, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    assert "no texts from me until" in enrolled.say("PAUSE 3")
    for day in range(1, 5):
        clock.set(datetime(2026, 11, 23, 17, 0, tzinfo=UTC) + timedelta(days=day))
        backend.run_tick()
    sent = [m for m in fake_twilio.messages_sent if m.to == enrolled.number]
    assert len(sent) == 1, "only the morning after the pause"
    assert sent[0].body.startswith("Day 5 of 21")


def test_restart_is_a_fresh_day_1_on_their_word(enrolled: Phone, clock: ManualClock) -> None:
    clock.advance(days=4)
    assert "Fresh start: day 1 of 21" in enrolled.say("RESTART")
    person = DynamoPeople().get(enrolled.number)
    assert person.last_contact_at == clock.now
    assert person.contacts_reported == 0
    assert person.best_streak_seconds == 4 * 24 * 3600


def test_delete_erases_every_item_after_a_yes_confirmation(enrolled: Phone) -> None:
    enrolled.say("JOURNAL private words")
    enrolled.say("DRAFT come back")
    enrolled.say("WHY because")
    assert "Reply YES within 10 minutes" in enrolled.say("DELETE")
    assert "erased" in enrolled.say("YES")
    assert list(UserModel.scan()) == []
    assert [r for r in RecordModel.scan() if r.phone == enrolled.number] == []
    assert "Reply YES to start" in enrolled.say("hello again")


def test_delete_without_a_yes_in_time_erases_nothing(enrolled: Phone, clock: ManualClock) -> None:
    enrolled.say("DELETE")
    clock.advance(minutes=11)
    assert "no contact kept" in enrolled.say("YES")
    assert DynamoPeople().get(enrolled.number) is not None
