"""What a third fresh tester found on safety, each through the signed webhook, in their words."""

from __future__ import annotations

import pytest

from chalicelib.content import render_reply
from chalicelib.domain import safety
from chalicelib.domain.model import Status
from tests.support import Phone

US = safety.resources("US")


def _asked(phone: Phone) -> None:
    assert phone.say("nobody would even notice if i was gone") == US["ask"]


@pytest.mark.parametrize(
    "answer",
    ["ys", "yse", "no... maybe", "i've thought about it", "its crossed my mind", "every night",
     "i mean its crossed my mind a few times this week", "i dont know anymore"],
)  # fmt: skip
def test_an_answer_to_the_direct_question_in_their_own_words(enrolled: Phone, answer: str) -> None:
    _asked(enrolled)
    assert enrolled.say(answer) == US["self_harm"], answer
    person = enrolled.stored()
    assert (person.checkins, person.contacts_reported) == (0, 0)


def test_not_right_now_is_a_no_and_gets_support(enrolled: Phone) -> None:
    _asked(enrolled)
    assert enrolled.say("not rn") == US["support"]


@pytest.mark.parametrize(
    ("body", "reply"),
    [("i have the rope", "self_harm"),
     ("i looked up how many of my meds it would take", "self_harm"),
     ("tonight is the night. goodbye", "self_harm"),
     ("said goodbye to my mom today, she doesnt know it was the last time", "self_harm"),
     ("i want out of this pain", "ask")],
)  # fmt: skip
def test_warning_signs_get_the_resources(enrolled: Phone, body: str, reply: str) -> None:
    assert enrolled.say(body) == US[reply]


def test_after_no_a_check_in_is_a_check_in_not_the_resources(enrolled: Phone) -> None:
    assert enrolled.say("im so tired of everything") == US["ask"]
    assert enrolled.say("no") == US["support"]
    reply = enrolled.say("yes i kept no contact today, 3/5")
    assert "no contact kept" in reply, reply
    assert enrolled.stored().checkins == 1


def test_calling_the_crisis_line_is_praised_never_a_slip(enrolled: Phone) -> None:
    enrolled.say("i dont want to be alive anymore")
    assert enrolled.say("i called 988 and talked to someone, thank u") == render_reply(
        "reached_help"
    )
    assert enrolled.stored().contacts_reported == 0


def test_after_the_danger_resources_thanks_and_safety_are_met_in_kind(enrolled: Phone) -> None:
    assert enrolled.say("he hit me and i'm scared he's coming back") == US["danger"]
    assert enrolled.say("ok thank u") == render_reply("after_danger")
    assert enrolled.say("he left. im ok now i think") == render_reply("glad_safe")


def test_after_the_resources_what_they_say_is_heard(enrolled: Phone) -> None:
    enrolled.say("i dont want to be alive anymore")
    for body in ("i cant call, my roommate will hear", "can you just talk to me instead"):
        assert enrolled.say(body) in (US["listening"], US["listening_2"]), body


def test_stop_with_a_crisis_text_gets_the_resources_and_the_opt_out(enrolled: Phone) -> None:
    replies = enrolled.text("stop texting me. i wont be around much longer anyway")
    assert replies == [
        US["self_harm"],
        render_reply("opted_out_in_crisis", crisis_line=safety.crisis_line("US")),
    ]
    assert enrolled.stored().status is Status.OPTED_OUT
    assert enrolled.text("hello?") == []


@pytest.mark.parametrize(
    "body", ["this is what he sent me", "he asked me to leave him alone so im trying"]
)
def test_ordinary_words_about_him_are_not_danger(enrolled: Phone, body: str) -> None:
    assert enrolled.say(body) not in (US["danger"], US["self_harm"], US["ask"])


def test_no_more_texts_to_him_is_a_promise_not_an_opt_out(enrolled: Phone) -> None:
    enrolled.say("no more texts to him, promise")
    assert enrolled.stored().status is Status.ACTIVE


def test_unblocking_only_to_look_is_a_look_and_quitting_looking_is_no_look(
    enrolled: Phone,
) -> None:
    enrolled.say("i unblocked him just to check if he changed his pic")
    assert enrolled.stored().contacts_reported == 0
    assert enrolled.stored().looks == 1
    enrolled.say("i quit checking his stories")
    assert enrolled.stored().looks == 1


def test_a_first_text_that_mentions_help_gets_the_welcome(phone: Phone) -> None:
    first = phone.say(
        "hey... my friend said this might help? just got dumped 3 days ago \U0001f62d"
    )
    assert first == render_reply("welcome", program_days=21)


def test_one_day_ago_is_said_right(phone: Phone) -> None:
    phone.say("hi")
    assert "counting from 1 day ago" in phone.say("YES 1")


def test_thinking_about_her_is_heard(enrolled: Phone) -> None:
    assert enrolled.say("cant stop thinking about her") == render_reply("heard_feeling")
