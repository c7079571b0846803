"""What a stranger found on 2026-12-01 trying the coach through `make run` and `make phone`, each
through the signed webhook: a victim who cannot call as the first sign of danger, laughing read
as a crisis, a bleeding cut told "what you took", opt-outs read as slips, a question saved as a
reason, and check-ins, answers and questions the menu used to meet."""

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
AU = safety.resources("AU")


@pytest.mark.parametrize(
    "text",
    [
        "i cant call, he'll hear me",
        "i can't talk, he's in the next room",
        "she's in the other room, i can only text",
    ],
)
def test_someone_who_cannot_call_for_fear_of_being_heard_gets_the_silent_line(
    enrolled: Phone, text: str
) -> None:
    assert enrolled.say(text) == US["danger_silent"]


def test_a_first_text_that_cannot_call_is_answered_before_any_sign_up(client: Client) -> None:
    stranger = Phone(client, "+14155551020")
    assert stranger.say("he's in the other room, i can only text") == US["danger_silent"]
    aussie = Phone(client, "+61491570110", from_state="", from_country="AU")
    reply = aussie.say("cant call, he'll hear me")
    assert reply == AU["danger_silent"] and "0458 737 732" in reply and "911" not in reply


@pytest.mark.parametrize(
    "text", ["idk maybe", "i'm dead 💀 he posted a pic with his new gf", "im dead lmao"]
)
def test_hedges_and_laughing_are_not_a_crisis(enrolled: Phone, text: str) -> None:
    reply = enrolled.say(text)
    assert "988" not in reply and "911" not in reply


def test_a_bleeding_cut_gets_first_aid_and_the_emergency_number_first(client: Client) -> None:
    us = Phone(client, "+14155550801")
    reply = us.say("i cut too deep and it wont stop bleeding")
    assert reply == US["self_harm_injury"] and reply.startswith("Please call 911")
    assert "took" not in reply
    londoner = Phone(client, "+447700900105", from_state="", from_country="GB")
    reply = londoner.say("i cut myself and its bleeding a lot")
    assert reply == GB["self_harm_injury"] and reply.startswith("Please call 999")


@pytest.mark.parametrize("text", ["no more", "nope not doing this anymore"])
def test_no_more_is_an_opt_out_not_a_slip(enrolled: Phone, text: str) -> None:
    assert enrolled.say(text) == render_reply("opted_out")
    person = enrolled.stored()
    assert person.status is Status.OPTED_OUT and person.contacts_reported == 0


def test_a_question_about_21_days_is_answered_not_kept_as_a_reason(enrolled: Phone) -> None:
    assert enrolled.say("why 21 days") == render_reply("asked_why_21")
    assert enrolled.say("WHY").startswith("You haven't told me your why yet")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("can i unfollow him or is that contact", "asked_boundaries"),
        ("is blocking him contact?", "asked_boundaries"),
        ("does muting count", "asked_boundaries"),
        ("he's my coworker what do i do", "asked_work"),
        ("what if i see him at work every day", "asked_work"),
        ("can i talk to him at my friends wedding", "asked_what_counts"),
    ],
)
def test_questions_about_boundaries_and_work_are_answered(
    enrolled: Phone, text: str, key: str
) -> None:
    assert enrolled.say(text) == render_reply(key)


def test_a_rating_first_is_kept_when_the_check_in_follows(enrolled: Phone) -> None:
    assert enrolled.say("a 3") == render_reply("rating_without_checkin")
    assert "difficulty 3/5" in enrolled.say("yes")
    person = enrolled.stored()
    assert person.kept_checkins == 1 and person.ratings


@pytest.mark.parametrize(
    "text",
    ["ok day 1 done, its a 4/5 i guess", "made it thru another day, rough one tho, like a 2"],
)
def test_a_day_told_as_done_is_a_check_in_not_a_guess(enrolled: Phone, text: str) -> None:
    assert enrolled.say(text).startswith("Day 1 of 21: no contact kept")
    assert enrolled.stored().kept_checkins == 1


@pytest.mark.parametrize(
    ("text", "kept", "looked"),
    [
        ("dont stop texting me pls i need this", 0, False),
        ("I need to stop checking his page", 0, True),
    ],
)
def test_pleas_and_confessions_are_not_check_ins(
    enrolled: Phone, text: str, kept: int, looked: bool
) -> None:
    reply = enrolled.say(text)
    assert enrolled.stored().kept_checkins == kept
    assert (reply == render_reply("looked", clock="under an hour")) is looked


def test_a_hard_day_kept_is_heard(enrolled: Phone) -> None:
    reply = enrolled.say("havent texted him, pretty bad day tho")
    assert reply == render_reply("checkin_kept_hard", day=1, program_days=21)


def test_putting_the_phone_down_after_an_urge_is_praised(enrolled: Phone) -> None:
    enrolled.say("URGE")
    assert enrolled.say("ok i put the phone down") == render_reply("urge_held")


def test_signing_up_with_the_days_since_contact_in_words(client: Client) -> None:
    phone = Phone(client, "+14155551402")
    phone.say("hi")
    assert "counting from 4 days ago" in phone.say("yes, last talked to him 4 days ago")
    assert phone.stored().status is Status.ACTIVE


def test_go_on_then_is_consent(client: Client) -> None:
    londoner = Phone(client, "+447700900123", from_state="", from_country="GB")
    londoner.say("hi")
    assert londoner.say("go on then").startswith("No Contact Coach: you're in")


def test_asking_what_delete_does_explains_it_before_any_erase(enrolled: Phone) -> None:
    enrolled.say("DELETE")
    assert enrolled.say("wait what does that do") == render_reply("delete_confirm")
    assert DynamoPeople().get(enrolled.number) is not None


@pytest.mark.parametrize(("rating", "key"), [("1", "easy"), ("3", ""), ("5", "hard")])
def test_the_rating_reply_answers_the_number(
    enrolled: Phone, clock: ManualClock, rating: str, key: str
) -> None:
    clock.advance(hours=3)
    asked = enrolled.say("yes")
    assert "1 (easy) to 5 (hardest)" in asked
    reply = enrolled.say(rating)
    name = f"rating_logged_{key}" if key else "rating_logged"
    assert reply == render_reply(name, rating=int(rating))


# -- A second stranger, the same day ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["i texted him hi and he said hi back", 'i texted him happy thanksgiving and he said "u too"'],
)
def test_the_exs_plain_reply_in_a_slip_is_a_slip_not_danger(enrolled: Phone, text: str) -> None:
    reply = enrolled.say(text)
    assert "911" not in reply and "988" not in reply
    assert enrolled.stored().contacts_reported == 1


def test_a_cut_gone_too_deep_gets_first_aid(enrolled: Phone) -> None:
    assert (
        enrolled.say("theres blood everywhere i went too deep this time") == US["self_harm_injury"]
    )
    assert enrolled.say("i cut again and it wont stop bleeding") == US["self_harm_injury"]


@pytest.mark.parametrize(
    "text",
    ["on the roof of my building. just looking down", "sitting on the platform edge, next one"],
)
def test_high_or_on_the_edge_now_gets_the_emergency_number_first(
    enrolled: Phone, text: str
) -> None:
    assert enrolled.say(text) == US["self_harm_now"]


def test_stop_after_danger_names_the_abuse_line_not_the_suicide_line(enrolled: Phone) -> None:
    enrolled.say("he's outside my flat banging on the door saying he'll kill me")
    reply = enrolled.say("STOP")
    assert reply == render_reply("opted_out_in_crisis", crisis_line=safety.danger_line("US"))
    assert "1-800-799-7233" in reply and "988" not in reply


def test_a_canadian_who_cannot_call_is_not_sent_to_the_suicide_line(client: Client) -> None:
    canadian = Phone(client, "+16045551706", from_state="BC", from_country="CA")
    reply = canadian.say("i cant call anyone, hes in the house and he'll hear me")
    assert "988" not in reply and "911" in reply and "sheltersafe.ca" in reply


@pytest.mark.parametrize(
    ("text", "days"),
    [("can you stop texting for like 2 weeks im on vacation", 14), ("dont text me tomorrow", 1)],
)
def test_a_stop_with_an_end_in_sight_is_a_pause(enrolled: Phone, text: str, days: int) -> None:
    assert enrolled.say(text).startswith("Paused: no texts from me until")
    person = enrolled.stored()
    assert person.status is Status.ACTIVE and person.paused_until is not None


def test_a_month_long_pause_is_told_it_is_capped(enrolled: Phone) -> None:
    assert enrolled.say("pause for a month").startswith("14 days is the longest pause")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("should i block him on everything", "asked_boundaries"),
        ("is it ok if i unfollow him or is that petty", "asked_boundaries"),
        ("we have mutual friends and theres a party saturday", "asked_mutual"),
        ("we work at the same company. i literally see him at standup", "asked_work"),
        ("his birthday is friday, is it ok to just say hbd", "asked_special_day"),
        ("he wants his hoodie back, can i drop it off", "asked_belongings"),
    ],
)
def test_more_program_questions_are_answered(enrolled: Phone, text: str, key: str) -> None:
    assert enrolled.say(text) == render_reply(key)


def test_a_reason_that_starts_with_he_is_kept(enrolled: Phone) -> None:
    assert enrolled.say("WHY he cheated twice") == render_reply("why_saved")


def test_ok_confirms_and_a_rating_in_the_answer_is_kept(enrolled: Phone) -> None:
    assert enrolled.say("yeah it was a weird one at work today though") == render_reply(
        "clarify_kept"
    )
    assert "difficulty 4/5" in enrolled.say("yes 4/5")


def test_letting_the_ex_ring_out_is_logged(enrolled: Phone) -> None:
    enrolled.say("my ex just called me twice, i let it ring out")
    assert enrolled.stored().ex_reached_out == 1


@pytest.mark.parametrize(
    "crisis", ["standing on the bridge rn", "i took like 20 of my sleeping pills"]
)
def test_no_im_fine_after_a_crisis_reply_is_never_a_slip(enrolled: Phone, crisis: str) -> None:
    enrolled.say(crisis)
    replies = enrolled.text("no im fine")
    assert len(replies) == 1 and "clock restarts" not in replies[0]
    assert enrolled.stored().contacts_reported == 0
