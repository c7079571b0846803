"""Crisis language gets resources first, at any hour and in any state; coaching pauses that day."""

from __future__ import annotations

from datetime import UTC, datetime

from chalice.test import Client

from chalicelib.adapters.dynamodb import DynamoPeople, UserModel
from scripts.drive import Backend
from tests.fakes.fake_twilio import FakeTwilio
from tests.support import ManualClock, Phone


def test_self_harm_language_gets_988_before_anything_else(enrolled: Phone) -> None:
    reply = enrolled.say("yes but honestly i want to kill myself")
    assert "988" in reply and "741741" in reply and "911" in reply
    assert DynamoPeople().get(enrolled.number).checkins == 0, "not read as a check-in"


def test_danger_from_the_ex_gets_911_and_the_hotline(enrolled: Phone) -> None:
    reply = enrolled.say("he keeps showing up at my house and said he'd hurt me")
    assert "911" in reply and "1-800-799-7233" in reply


def test_a_look_alike_is_not_a_crisis(enrolled: Phone) -> None:
    assert "988" not in enrolled.say("I'm dying to see him lol")


def test_a_crisis_at_3am_is_answered_in_quiet_hours(enrolled: Phone, clock: ManualClock) -> None:
    clock.set(datetime(2026, 11, 24, 11, 0, tzinfo=UTC))  # 03:00 in Los Angeles
    assert "988" in enrolled.say("i dont want to be here anymore")


def test_a_crisis_from_an_unknown_number_gets_resources_and_signs_nobody_up(
    client: Client,
) -> None:
    stranger = Phone(client, "+13125550100", from_state="IL")
    assert "988" in stranger.say("i took a bunch of pills")
    assert [user.status for user in UserModel.scan()] == ["pending"]
    # Read as about how they are, not a sign-up answer: after pills, the emergency number again.
    assert "call 911" in stranger.say("no")


def test_someone_who_opted_out_still_gets_crisis_resources(enrolled: Phone) -> None:
    enrolled.say("STOP")
    assert enrolled.text("random") == []
    assert "988" in enrolled.say("I want to end my life")


def test_after_a_crisis_the_days_routine_coaching_pauses(
    enrolled: Phone, client: Client, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    clock.set(datetime(2026, 11, 24, 15, 0, tzinfo=UTC))  # Tuesday 07:00 in Los Angeles
    enrolled.say("i want to die")
    clock.set(datetime(2026, 11, 24, 17, 0, tzinfo=UTC))
    backend = Backend(client, "ncc-test-send")
    backend.run_tick()
    assert [m for m in fake_twilio.messages_sent if m.to == enrolled.number] == []
    clock.set(datetime(2026, 11, 25, 17, 0, tzinfo=UTC))
    backend.run_tick()
    assert len([m for m in fake_twilio.messages_sent if m.to == enrolled.number]) == 1
