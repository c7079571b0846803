"""What a fourth fresh tester found, each through the signed webhook, in their words."""

from __future__ import annotations

import pytest

from chalicelib.content import render_reply
from chalicelib.domain import safety
from chalicelib.domain.model import Status
from tests.support import Phone

US = safety.resources("US")


@pytest.mark.parametrize(
    ("crisis", "after"),
    [("hes outside banging on my door im scared", "called the cops"),
     ("hes outside banging on my door im scared", "i called them"),
     ("i want to kill myself", "i called the line"),
     ("i want to kill myself", "texted HOME like u said"),
     ("i want to kill myself", "im on the phone with them now")],
)  # fmt: skip
def test_following_the_crisis_advice_is_praised_never_a_slip(
    enrolled: Phone, crisis: str, after: str
) -> None:
    enrolled.say(crisis)
    assert enrolled.say(after) == render_reply("reached_help")
    assert enrolled.stored().contacts_reported == 0


@pytest.mark.parametrize(
    ("crisis", "after"),
    [("hes outside banging on my door im scared", "police are here now"),
     ("hes outside banging on my door im scared", "im at my moms now"),
     ("i want to kill myself", "im ok now i promise"),
     ("i want to kill myself", "ok im not going to do anything")],
)  # fmt: skip
def test_safe_now_is_met_with_relief(enrolled: Phone, crisis: str, after: str) -> None:
    enrolled.say(crisis)
    assert enrolled.say(after) == render_reply("glad_safe")


@pytest.mark.parametrize(
    ("body", "reply"),
    [("id rather be dead than without him", "ask"), ("i might do something stupid tonight", "ask"),
     ("i have a plan", "ask"), ("im scared of what i might do", "self_harm"),
     ("i have my dad's gun in my room", "self_harm"), ("i'm gonna neck myself", "self_harm"),
     ("ive got a stash of pills saved up", "self_harm")],
)  # fmt: skip
def test_crisis_words_get_the_self_harm_reply(enrolled: Phone, body: str, reply: str) -> None:
    assert enrolled.say(body) == US[reply]


@pytest.mark.parametrize(
    ("answer", "reply"),
    [("not really... idk", "self_harm"),
     ("i wouldnt do anything but i think about it", "self_harm"),
     ("i mean... not today", "self_harm"), ("lol no", "support")],
)  # fmt: skip
def test_unsure_answers_to_the_direct_question(enrolled: Phone, answer: str, reply: str) -> None:
    assert enrolled.say("nobody would even notice if i was gone") == US["ask"]
    assert enrolled.say(answer) == US[reply]


@pytest.mark.parametrize(
    "body",
    ["he called me twice tonight and i didnt pick up",
     "what should i do if he texts me on my birthday",
     "its 2am and i cant sleep, i keep thinking abt him"],
)  # fmt: skip
def test_ordinary_nights_are_not_crises(enrolled: Phone, body: str) -> None:
    assert enrolled.say(body) not in (US["danger"], US["self_harm"], US["ask"])


def test_a_promise_is_not_a_slip_and_done_with_him_is_not_an_opt_out(enrolled: Phone) -> None:
    enrolled.say("no more texts to him, promise")
    enrolled.say("i'm done with this whole thing with him")
    person = enrolled.stored()
    assert (person.contacts_reported, person.status) == (0, Status.ACTIVE)


def test_pause_for_a_week_is_seven_days(enrolled: Phone) -> None:
    assert "until Mon Nov 30" in enrolled.say("pause for a week pls")


@pytest.mark.parametrize("answer", ["no", "nope", "idk", "nothing"])
def test_a_bare_no_to_what_set_it_off_is_not_a_second_slip(enrolled: Phone, answer: str) -> None:
    enrolled.say("I texted him")
    reply = enrolled.say(answer)
    assert reply.startswith("That's OK, it isn't always clear."), reply
    assert enrolled.stored().contacts_reported == 1
