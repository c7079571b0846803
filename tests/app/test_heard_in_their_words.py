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


def test_questions_after_the_crisis_resources_are_each_answered(evening: Phone) -> None:
    """A stranger's questions after the resources each got the same reply, and "can i text
    them instead" was praised as done (then read as an urge to text the ex)."""
    first = evening.say("i dont want to be here anymore")
    assert "988" in first
    how = evening.say("what do i say when i call")
    assert how.startswith('Start with "I\'m not OK"') and "988" in how
    instead = evening.say("can i text them instead")
    assert "by call or text" in instead and evening.stored().urges == 0
    assert "glad you reached out" not in instead
    assert "glad you reached out" in evening.say("i called 988")


def test_status_on_day_2_without_a_slip_names_no_best_streak(evening: Phone) -> None:
    reply = evening.say("STATUS")
    assert reply.startswith("Day 2 of 21") and "best streak" not in reply.lower(), reply


def test_a_second_warning_sign_instead_of_an_answer_gets_the_resources(evening: Phone) -> None:
    """A stranger sent "nobody would care if i was gone" six times and got the question six
    times; the README promised the resources for a second warning sign."""
    asked = evening.say("i want to disappear, nobody would care if i was gone")
    assert "Are you thinking about suicide?" in asked
    again = evening.say("nobody would even notice if i was gone")
    assert "Are you thinking about suicide?" not in again
    assert "988" in again and "911" in again, again


def test_a_yes_again_just_after_joining_is_not_day_ones_check_in(
    phone: Phone, clock: ManualClock
) -> None:
    """A stranger's "ok yes i'm 19, sign me up" a minute after YES was filed as day 1's
    check-in, and their real check-in then got "I already have your check-in"."""
    clock.set(datetime(2026, 11, 23, 22, 0, tzinfo=UTC))
    phone.say("hi")
    phone.say("YES")
    again = phone.say("ok yes i'm 19, sign me up 😭😭")
    assert again.startswith("You're in, and your clock is running"), again
    assert phone.stored().checkins == 0


def test_a_question_in_answer_to_what_set_it_off_is_answered(evening: Phone) -> None:
    evening.say("i called him")
    reply = evening.say("he didnt pick up so does that count??")
    assert "contact" in reply.lower() and "restarts" in reply, reply
    assert evening.stored().contacts_reported == 1


@pytest.mark.parametrize(
    "text", ["can u stop texting me so early in the morning", "pls dont text me so early"]
)
def test_texts_too_early_asks_for_a_time_and_does_not_opt_out(evening: Phone, text: str) -> None:
    """A stranger's "can u stop texting me so early" unsubscribed them."""
    reply = evening.say(text)
    assert reply.startswith("Happy to move them") and "STOP" in reply
    assert evening.stored().status.value == "active"
    moved = evening.say("10am")
    assert "10" in moved and evening.stored().send_time.hour == 10, moved


def test_text_me_later_with_a_time_sets_it(evening: Phone) -> None:
    evening.say("can you text me later like 10am instead")
    assert evening.stored().send_time.hour == 10
    assert evening.say("stop texting me").startswith("You're unsubscribed")


def test_a_boundary_they_set_is_met_as_one(evening: Phone) -> None:
    reply = evening.say("i blocked him finally")
    assert reply.startswith("Blocking, muting or unfollowing isn't contact"), reply


def test_a_warning_sign_after_no_to_the_question_is_met_and_saved(evening: Phone) -> None:
    """A stranger's "whats the point of any of this anymore" after "no" to the direct question
    raised in the handler ('support' read as a crisis kind): the fallback sent the resources,
    and nothing of the text was kept."""
    assert "Are you thinking about suicide?" in evening.say("i just wanna dissapear tbh")
    evening.say("no")
    reply = evening.say("whats the point of any of this anymore 💔")
    assert "988" in reply and "couldn't save" not in reply
    kept = evening.stored()
    assert sum(e.kind == "crisis" for e in kept.journey) == 2, kept.journey


@pytest.mark.parametrize(
    "text",
    [
        "no more messages before 10 pls",
        "STOP texting me at 9am its too early",
        "pls stop the morning texts so early, 11 is better",
    ],
)
def test_asking_for_a_later_time_in_other_words_asks_which(evening: Phone, text: str) -> None:
    reply = evening.say(text)
    assert reply.startswith("Happy to move them") and evening.stored().status.value == "active"
