"""What the fifth tester left open (the closing note of 2026-12-01), each through the signed
webhook, in their words: the answer beside a "no", questions after the resources, an overdose
already taken, the ex's words reported, and a number not yet signed up after a crisis."""

from __future__ import annotations

import pytest

from chalicelib.content import render_reply
from chalicelib.domain import safety
from chalicelib.domain.model import Status
from scripts.drive import Backend
from tests.app.test_hard_moments import deliver_delayed, to
from tests.fakes.fake_twilio import FakeTwilio
from tests.support import ManualClock, Phone

US = safety.resources("US")
GB = safety.resources("GB")


@pytest.mark.parametrize("answer", ["no but im scared", "no. just really sad", "nah, lonely tho"])
def test_a_no_with_a_feeling_is_answered_with_the_feeling_heard(
    enrolled: Phone, answer: str
) -> None:
    assert enrolled.say("whats even the point of me anymore") == US["ask"]
    assert enrolled.say(answer) == US["support_feeling"]
    assert enrolled.stored().contacts_reported == 0


def test_a_plain_no_still_gets_the_plain_support(enrolled: Phone) -> None:
    enrolled.say("whats even the point of me anymore")
    assert enrolled.say("no") == US["support"]


@pytest.mark.parametrize(
    "question", ["what is 988?", "are you a real person?", "will they call the cops on me?"]
)
def test_a_question_after_the_resources_is_answered(enrolled: Phone, question: str) -> None:
    enrolled.say("i want to kill myself")
    reply = enrolled.say(question)
    assert reply == US["about_help"]
    assert "not a person" in reply and "988" in reply and "911" in reply


@pytest.mark.parametrize(
    "text",
    [
        "i took a bunch of my sleeping pills",
        "swallowed 20 paracetamol an hour ago",
        "mixed my xanax with vodka",
        "i cut my wrists and the bleeding wont stop",
    ],
)
def test_something_already_taken_leads_with_the_emergency_number(
    enrolled: Phone, text: str
) -> None:
    reply = enrolled.say(text)
    # A cut gets first aid for bleeding instead of "what you took" (test_tenth_round).
    assert reply == US["self_harm_injury" if "cut" in text else "self_harm_taken"]
    assert reply.startswith("Please call 911 now")


def test_in_britain_something_taken_leads_with_999(client) -> None:
    briton = Phone(client, "+447700900123", from_state="", from_country="GB")
    assert briton.say("took all my tablets").startswith("Please call 999 now")


@pytest.mark.parametrize(
    "text",
    [
        'he sent me this: "ill kill myself"',
        '"ill make u pay" is what he texted',
        'he sent me "ill kill myself if you dont come back"',
        'my ex wrote "watch your back"',
    ],
)
def test_the_exs_words_reported_are_danger_to_them_not_their_self_harm(
    enrolled: Phone, text: str
) -> None:
    assert enrolled.say(text) == US["danger"]


def test_their_own_words_beside_a_quote_still_come_first(enrolled: Phone) -> None:
    assert enrolled.say('he said "ur dead to me" and i want to die') == US["self_harm"]


def test_a_number_not_signed_up_is_heard_after_the_resources(phone: Phone) -> None:
    assert phone.say("i want to kill myself") == US["self_harm"]
    thanks = phone.say("thanks")
    assert "Reply YES to start" not in thanks and "YES" not in thanks
    assert phone.say("i called the line") != US["self_harm"]
    assert "Reply YES to start" not in phone.say("i called the line")
    assert phone.stored().status is Status.PENDING


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("how do i stop wanting him", "asked_stop_wanting"),
        ("is liking his post breaking no contact?", "asked_reacting"),
        ("can i text him on his birthday?", "asked_special_day"),
        ("will he come back if i do no contact?", "asked_come_back"),
        ("does replying to a group chat she's in count as breaking nc?", "asked_what_counts"),
    ],
)
def test_questions_about_no_contact_are_answered_not_menued(
    enrolled: Phone, question: str, key: str
) -> None:
    assert enrolled.say(question) == render_reply(key)


def test_a_pause_longer_than_the_longest_says_so(enrolled: Phone) -> None:
    reply = enrolled.say("PAUSE 30")
    assert reply.startswith("14 days is the longest pause")


def test_no_i_texted_him_after_the_urge_follow_up_is_a_slip(
    enrolled: Phone, backend: Backend, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    enrolled.say("URGE")
    clock.advance(minutes=10)
    deliver_delayed(backend)
    assert "still holding on? Reply 1 (faded) to 5" in to(fake_twilio, enrolled.number)[-1]
    assert "What set it off" in enrolled.say("no i texted him")
    assert enrolled.stored().contacts_reported == 1


def test_what_set_it_off_hears_an_answer_that_names_the_ex(enrolled: Phone) -> None:
    assert "What set it off" in enrolled.say("NO")
    checkins = enrolled.stored().checkins
    reply = enrolled.say("he didnt even answer")
    assert reply.startswith("Thank you. Knowing what set it off")
    assert enrolled.stored().checkins == checkins
