"""What a fresh tester found after this round, each through the signed webhook."""

from __future__ import annotations

from chalice.test import Client

from chalicelib.adapters.dynamodb import DynamoPeople, UserModel
from chalicelib.content import render_reply
from chalicelib.domain import dialogue, safety
from chalicelib.domain.model import Status
from tests.app.test_hard_moments import delayed_messages
from tests.support import ManualClock, Phone

US = safety.resources("US")
GB = safety.resources("GB")


def test_a_yes_in_a_sentence_after_the_resources_gets_them_again_not_a_check_in(
    enrolled: Phone,
) -> None:
    assert enrolled.say("whats the point of anything anymore") == US["self_harm"]
    assert enrolled.say("actually yes i am thinking about it") == US["self_harm"]
    assert enrolled.say("actually yes") == US["self_harm"]
    person = DynamoPeople().get(enrolled.number)
    assert person is not None and person.checkins == 0


def test_yes_after_no_to_the_direct_question_gets_the_resources_not_im_glad(
    enrolled: Phone,
) -> None:
    assert enrolled.say("i feel like such a burden to everyone") == US["ask"]
    assert enrolled.say("no") == US["support"]
    assert enrolled.say("yes i am") == US["self_harm"]
    assert enrolled.say("yes") == US["self_harm"]


def test_a_new_number_that_got_the_resources_is_answered_in_context(client: Client) -> None:
    londoner = Phone(client, "+447700900123", from_state="", from_country="GB")
    assert londoner.say("i want to kill myself tonight") == GB["self_harm"]
    assert londoner.say("yes") == GB["self_harm"]
    # "no" to no question of ours is heard, with the line that asks least (test_eighth_round).
    assert londoner.say("no") in (GB["listening"], GB["listening_2"])
    person = DynamoPeople().get(londoner.number)
    assert person is not None and person.status is Status.PENDING and person.consent_at is None


def test_the_resources_speak_to_someone_who_already_took_something(enrolled: Phone) -> None:
    reply = enrolled.say("took a bunch of pills, sorry")
    assert reply.startswith("Please call 911 now") and "988" in reply


def test_someone_elses_leaving_alone_or_stopping_is_never_an_opt_out(enrolled: Phone) -> None:
    for body in ("I wish he would leave me alone", "why cant he just leave me alone",
                 "i blocked him so he'd stop texting me"):  # fmt: skip
        enrolled.say(body)
    assert DynamoPeople().get(enrolled.number).status is Status.ACTIVE


def test_a_second_delete_asks_again_and_erases_nothing(enrolled: Phone) -> None:
    enrolled.say("DELETE")
    enrolled.say("DELETE")
    assert UserModel.count() == 1


def test_missing_someone_late_at_night_is_heard_not_menued(enrolled: Phone) -> None:
    for body, key in (("i miss her so much it hurts", "heard_feeling"),
                      ("i feel so alone tonight", "heard_lonely"),
                      ("cant stop crying tonight \U0001f62d", "heard_crying")):  # fmt: skip
        assert enrolled.say(body) == render_reply(key), body
    assert "Any time" in enrolled.say("thank you")


def test_a_strong_urge_rating_is_not_told_it_rode_it_out(
    enrolled: Phone, clock: ManualClock
) -> None:
    enrolled.say("URGE")
    person = DynamoPeople().get(enrolled.number)
    assert person is not None
    # As if the follow-up had just asked "how strong, 1-5?"; answered in their own words.
    DynamoPeople().save(dialogue.ask(person, dialogue.URGE_RATING, clock.now))
    reply = enrolled.say("honestly like a 5 still. i want him back")
    assert reply.startswith("Noted: 5/5, still strong"), reply


def test_urges_in_a_burst_get_one_follow_up(enrolled: Phone) -> None:
    for _ in range(4):
        enrolled.say("URGE")
    assert len([job for _, job in delayed_messages() if job["kind"] == "urge"]) == 1


def test_kept_it_rough_one_is_not_a_rating_of_one(enrolled: Phone) -> None:
    reply = enrolled.say("kept it, rough one")
    assert "no contact kept" in reply and "1/5" not in reply


def test_more_readings_the_tester_found(enrolled: Phone) -> None:
    enrolled.say("don't let me text him tonight")
    assert DynamoPeople().get(enrolled.number).urges == 1
    enrolled.say("he won't stop texting me")
    assert DynamoPeople().get(enrolled.number).ex_reached_out == 1


def test_signing_up_in_their_own_words(client: Client) -> None:
    weeks = Phone(client, "+14155550140")
    weeks.say("hi")
    assert "15 of 21" in weeks.say("yes, last time we talked was 2 weeks ago")
    emoji = Phone(client, "+14155550141")
    emoji.say("hi")
    assert "counting from 5 days ago" in emoji.say("YES 5 \U0001f62d")
    capped = Phone(client, "+14155550142")
    capped.say("hi")
    assert "20+ days ago" in capped.say("YES 30")
    okay = Phone(client, "+14155550143")
    okay.say("hi")
    assert okay.say("ok im in").startswith("No Contact Coach: you're in")
