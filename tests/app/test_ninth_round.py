"""What crisis v14 and intents v15 left open after their one measurement (closing note of
2026-12-01), and a tester's "i cant call hes gonna hear me", each through the signed webhook:
a means already in place told without a word of intent, the ex's threat by photo, a silent
line for someone who cannot talk, and readings the menu used to answer."""

from __future__ import annotations

import pytest
from chalice.test import Client

from chalicelib.adapters.dynamodb import DynamoPeople
from chalicelib.content import render_reply
from chalicelib.domain import safety
from chalicelib.domain.model import Status
from tests.support import ManualClock, Phone

US = safety.resources("US")
GB = safety.resources("GB")
DANGER_NOW = "he's outside my flat banging on the door saying he'll kill me"


@pytest.mark.parametrize(
    "text",
    [
        "turned all the gas rings on and taped the door shut",
        "found a strong beam in the garage. testing the rope tonight",
        "on the viaduct. climbed over the railings",
        "up on the car park roof. sorry. i've had enough",
        "pills. all of them",
        "sitting on the railing on the 9th floor with my legs over",
        "made my peace. the 3rd is the day i've picked",
        "by then it'll all be done. the texts to my family are scheduled",
    ],
)
def test_a_means_in_place_gets_the_full_resources(enrolled: Phone, text: str) -> None:
    assert enrolled.say(text) in (US["self_harm"], US["self_harm_taken"], US["self_harm_now"])


@pytest.mark.parametrize(
    "text",
    [
        "maybe it's time i ended it",
        "can't see how i get through to christmas honestly",
        "tried once when i was 17. feeling like that again",
        "if i'm not around anymore who would take my cat",
    ],
)
def test_possible_risk_in_new_words_gets_the_direct_question(enrolled: Phone, text: str) -> None:
    assert enrolled.say(text) == US["ask"]


def test_a_weapon_with_their_name_is_danger(enrolled: Phone) -> None:
    assert enrolled.say("he sent a photo of a knife with my name written on it") == US["danger"]


@pytest.mark.parametrize(
    "text",
    [
        "doctor put me on sertraline, first tablet tonight",
        "3 years clean from self harm today!",
        "my dog keeps trying to kill himself jumping off the sofa lol",
        "i'm going to jump out of my skin waiting for results",
        "cant make it tonight, raincheck?",
        "essay on the overdose crisis due friday, grim reading",
    ],
)
def test_everyday_words_are_not_a_crisis(enrolled: Phone, text: str) -> None:
    reply = enrolled.say(text)
    assert "988" not in reply and "911" not in reply


def test_someone_who_cannot_call_is_given_a_line_that_takes_texts(enrolled: Phone) -> None:
    reply = enrolled.say("he's in the next room saying he'll kill me, i cant call he'll hear me")
    assert reply == US["danger_silent"]
    assert "88788" in reply and "911" in reply
    # After the danger resources, the same words later in the window get it too.
    enrolled.say(DANGER_NOW)
    assert enrolled.say("i cant call hes gonna hear me") == US["danger_silent"]


def test_a_london_number_that_cannot_talk_is_told_of_the_silent_999_call(client: Client) -> None:
    londoner = Phone(client, "+447700900123", from_state="", from_country="GB")
    reply = londoner.say("my ex is downstairs and threatening to kill me, can't talk")
    assert reply == GB["danger_silent"]
    assert "999" in reply and "55" in reply and "911" not in reply


@pytest.mark.parametrize(
    "text",
    ["Lose my number", "I'd rather not get these anymore, thank you", "u can stop now, I'm good"],
)
def test_dismissals_in_so_many_words_opt_out(enrolled: Phone, text: str) -> None:
    assert enrolled.say(text) == render_reply("opted_out")
    assert enrolled.stored().status is Status.OPTED_OUT


def test_a_voicemail_from_the_ex_left_unanswered_is_not_a_slip(enrolled: Phone) -> None:
    enrolled.say("Got a voicemail from her. Deleted it without calling back")
    assert enrolled.stored().contacts_reported == 0


def test_a_dm_sent_is_a_slip(enrolled: Phone, clock: ManualClock) -> None:
    # A day in: "last night" is in the program (the same words a minute after YES are from
    # before it, and no slip: tests/app/test_fourteenth_round.py).
    clock.advance(hours=30)
    enrolled.say("sent him a DM on insta last night, it was like a 4")
    assert enrolled.stored().contacts_reported == 1


def test_words_to_keep_unsent_after_a_colon_are_held_as_a_draft(enrolled: Phone) -> None:
    reply = enrolled.say("can you keep this for me instead of me sending it: i still love you")
    assert reply == render_reply("draft_saved")
    assert enrolled.stored().drafts == 1


def test_someone_at_a_height_now_is_told_to_call_the_emergency_number_first(
    enrolled: Phone,
) -> None:
    reply = enrolled.say("im on the ledge of the car park roof right now, going to jump")
    assert reply == US["self_harm_now"]
    assert reply.index("911") < reply.index("988")


def test_asking_who_we_are_after_the_resources_is_answered_not_repeated(enrolled: Phone) -> None:
    first = enrolled.say("i want to kill myself")
    reply = enrolled.say("idk. who is this even")
    assert reply == US["about_help"] and reply != first


@pytest.mark.parametrize("crisis", ["i want to kill myself", "i feel like such a burden"])
def test_an_opt_out_after_a_crisis_reply_names_the_line_once_more(
    enrolled: Phone, crisis: str
) -> None:
    enrolled.say(crisis)
    reply = enrolled.say("STOP")
    assert reply == render_reply("opted_out_in_crisis", crisis_line=safety.crisis_line("US"))
    assert "988" in reply and "tonight" not in reply
    assert enrolled.stored().status is Status.OPTED_OUT


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("is liking his post breaking nc", "asked_reacting"),
        ("We have a kid together so how is no contact even supposed to work", "asked_shared"),
        ("he just texted me back wtf do i do", "asked_ex_first"),
        ("we have a dog together, he has to pick her up saturday", "asked_shared"),
    ],
)
def test_a_question_with_program_words_in_it_is_answered_not_recorded(
    enrolled: Phone, question: str, key: str
) -> None:
    assert enrolled.say(question) == render_reply(key, day=1, program_days=21)
    person = enrolled.stored()
    assert person.checkins == 0 and person.contacts_reported == 0


def test_a_bare_no_after_todays_yes_is_asked_about_not_taken_as_a_slip(enrolled: Phone) -> None:
    enrolled.say("yes 3")
    assert enrolled.say("nope") == render_reply("clarify_contacted")
    assert enrolled.stored().contacts_reported == 0
    enrolled.say("yes")
    assert enrolled.stored().contacts_reported == 1


def test_yes_with_words_confirms_the_erase(enrolled: Phone) -> None:
    enrolled.say("DELETE")
    assert enrolled.say("yes delete it all") == render_reply("deleted")
    assert DynamoPeople().get(enrolled.number) is None


def test_a_time_said_with_like_is_set(enrolled: Phone) -> None:
    assert enrolled.say("can u text me at like noon instead").startswith("Done: I'll text each day")
