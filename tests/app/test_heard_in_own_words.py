"""Texts the menu used to meet (issue 10), each through the signed webhook: a number or "ok"
straight after URGE, "lol no" to the optional rating, being left on read, a looping mind, a
dark joke, and overthinking read as a crisis."""

from __future__ import annotations

import pytest

from chalicelib.content import render_reply
from chalicelib.domain import safety
from tests.support import ManualClock, Phone

MENU = "I want to get this right"


def test_a_number_straight_after_urge_is_how_strong_it_is(enrolled: Phone) -> None:
    enrolled.say("URGE")
    assert enrolled.say("3").startswith("Noted: 3/5 right now.")
    assert enrolled.say("5").startswith("Noted: 5/5, still strong.")
    assert enrolled.stored().ratings == ()  # not a rating of the day


def test_ok_to_the_grounding_step_is_met_in_the_urge_not_with_thanks(enrolled: Phone) -> None:
    enrolled.say("URGE")
    assert enrolled.say("ok") == render_reply("urge_ack")


def test_the_urge_window_closes(enrolled: Phone, clock: ManualClock) -> None:
    enrolled.say("URGE")
    clock.advance(hours=2)
    assert enrolled.say("ok") != render_reply("urge_ack")


def test_lol_no_to_the_optional_rating_keeps_the_check_in(
    enrolled: Phone, clock: ManualClock
) -> None:
    clock.advance(hours=20)
    enrolled.say("yes")
    assert enrolled.say("lol no") == render_reply("checkin_no_rating")
    assert enrolled.stored().contacts_reported == 0


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("he left me on read lol", "heard_on_read"),
        ("she ghosted me again", "heard_on_read"),
        ("stop it brain", "heard_rumination"),
        ("my mind keeps racing", "heard_rumination"),
        ("overthinking everything tonight", "heard_rumination"),
    ],
)
def test_feelings_are_heard_not_menued(enrolled: Phone, text: str, key: str) -> None:
    reply = enrolled.say(text)
    assert reply == render_reply(key), reply


@pytest.mark.parametrize("text", ["end me lol", "kill me lmao", "someone end me 😂"])
def test_a_dark_joke_gets_a_gentle_check_and_the_line(enrolled: Phone, text: str) -> None:
    reply = enrolled.say(text)
    assert reply.startswith("Rough moment?") and safety.crisis_line("US") in reply, reply
    assert MENU not in reply and "Are you thinking about suicide" not in reply


@pytest.mark.parametrize("text", ["im overthinking again", "overthinking everything tonight"])
def test_overthinking_is_not_a_crisis(enrolled: Phone, text: str) -> None:
    assert "suicide" not in enrolled.say(text)


def test_the_joke_that_is_not_one_still_gets_the_crisis_reply(enrolled: Phone) -> None:
    assert "988" in enrolled.say("end me. i mean it, i have the pills here")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("he said he misses me", "heard_misses_me"),
        ("he wrote 'nobody else will ever want you'", "heard_cruel_words"),
        ("my therapist says i should text him closure. should i?", "asked_closure"),
        ("how do i stop checking her spotify", "asked_checking"),
        ("can i txt him happy bday next week", "asked_special_day"),
        ("how long does this take to stop hurting", "asked_heal"),
    ],
)
def test_a_strangers_questions_and_news_get_their_own_answer(
    enrolled: Phone, text: str, key: str
) -> None:
    reply = enrolled.say(text)
    assert reply == render_reply(key, day=1, program_days=21), reply


@pytest.mark.parametrize("text", ["🥺🥺🥺", "today was a 5. worst day"])
def test_sadness_in_emoji_or_a_worst_day_is_heard(enrolled: Phone, text: str) -> None:
    reply = enrolled.say(text)
    assert MENU not in reply and reply == render_reply("heard_feeling"), reply
