"""What a fifth fresh tester found, each through the signed webhook, in their words."""

from __future__ import annotations

import pytest

from chalicelib.content import render_reply
from chalicelib.domain import safety
from chalicelib.domain.model import Status
from tests.support import Phone

US = safety.resources("US")


@pytest.mark.parametrize("answer", ["noo", "nooo", "noooo im ok", "n\u00f6"])
def test_a_drawn_out_no_to_the_direct_question_is_a_no_never_a_slip(
    enrolled: Phone, answer: str
) -> None:
    assert enrolled.say("whats even the point of me anymore") == US["ask"]
    assert enrolled.say(answer) == US["support"]
    assert enrolled.stored().contacts_reported == 0


def test_a_thumbs_up_to_the_direct_question_is_asked_again(enrolled: Phone) -> None:
    enrolled.say("whats even the point of me anymore")
    assert enrolled.say("\U0001f44d") == US["ask_again"]


def test_yes_with_a_rating_after_a_safety_no_is_a_check_in(enrolled: Phone) -> None:
    enrolled.say("whats even the point of me anymore")
    assert enrolled.say("nah im ok") == US["support"]
    assert "no contact kept" in enrolled.say("yes 3")
    assert enrolled.stored().checkins == 1


def test_he_left_after_self_harm_resources_is_not_taken_for_safety(enrolled: Phone) -> None:
    enrolled.say("i want to kill myself")
    assert enrolled.say("he left") != render_reply("glad_safe")


def test_stop_with_possible_risk_gets_the_full_resources_then_the_opt_out(
    enrolled: Phone,
) -> None:
    replies = enrolled.text("stop. i cant take it anymore")
    assert replies == [
        US["self_harm"],
        render_reply("opted_out_in_crisis", crisis_line=safety.crisis_line("US")),
    ]
    assert enrolled.stored().status is Status.OPTED_OUT


def test_giving_away_a_pet_is_asked_about(enrolled: Phone) -> None:
    reply = enrolled.say("gave my dog to my sister today, she'll take better care of him")
    assert reply == US["ask"]
