"""Texts strangers sent that got the menu or the wrong help, through the signed webhook: the
ex's acts (blocked, unfollowed), watching them online, an urge beside sleeplessness, status in
slang, a slip told with self-blame, feeling a failure, asking leave to look."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.support import ManualClock, Phone

MENU = "I want to get this right"


@pytest.fixture
def evening(enrolled: Phone, clock: ManualClock) -> Phone:
    clock.set(datetime(2026, 11, 24, 20, 0, tzinfo=UTC))
    return enrolled


@pytest.mark.parametrize("text", ["he blocked me everywhere", "she unfollowed me"])
def test_the_exs_act_is_heard_as_theirs_not_a_slip(evening: Phone, text: str) -> None:
    reply = evening.say(text)
    assert "their choice, not your slip" in reply and MENU not in reply
    assert evening.stored().contacts_reported == 0 and evening.stored().ex_reached_out == 0


def test_checking_if_they_are_online_is_a_look(evening: Phone) -> None:
    reply = evening.say("i keep checking if hes online")
    assert "Looking isn't contact" in reply and evening.stored().looks == 1


def test_an_urge_beside_sleeplessness_gets_urge_help(evening: Phone) -> None:
    reply = evening.say("cant sleep. thinking abt texting her")
    assert "Sleep often runs off" not in reply and MENU not in reply
    assert evening.stored().urges == 1 and "Urge noticed" in reply, reply  # the urge's steps


def test_status_in_slang(evening: Phone) -> None:
    assert evening.say("wat day am i on").startswith("Day 2 of 21")


def test_a_slip_told_with_self_blame_is_a_slip_met_with_kindness(evening: Phone) -> None:
    reply = evening.say("im so stupid for texting her")
    assert evening.stored().contacts_reported == 1
    assert "What set it off" in reply or "What was going on" in reply, reply


def test_feeling_a_failure_is_heard(evening: Phone) -> None:
    reply = evening.say("i feel like such a failure tbh")
    assert reply.startswith("You're not a failure") and evening.stored().contacts_reported == 0


def test_asking_leave_to_look_is_answered_not_logged(evening: Phone) -> None:
    reply = evening.say("is it ok to check her insta if i dont message")
    assert "won't reset your clock" in reply and evening.stored().looks == 0
