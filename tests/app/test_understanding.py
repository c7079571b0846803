"""People are understood in their own words, and answers are read against what was asked
(issue 10). Every text goes through the signed webhook."""

from __future__ import annotations

from datetime import timedelta

import pytest

from chalicelib.adapters.dynamodb import DynamoPeople, RecordModel, UserModel
from chalicelib.content import render_reply
from chalicelib.domain import dialogue
from scripts.drive import Backend
from tests.app.test_hard_moments import deliver_delayed, to
from tests.fakes.fake_twilio import FakeTwilio
from tests.support import ManualClock, Phone

KEPT = ["Yes. rough one, 4", "2 yes", "yup (4/5)", "Kept it! 3 \U0001f62e\u200d\U0001f4a8",
        "a 4 today but yes", "survived another day", "didn't message her \U0001f4aa",
        "nope, didn't reach out. 2", "yas", "yrs", "didn`t text him"]  # fmt: skip
RATINGS = {"Yes. rough one, 4": 4, "2 yes": 2, "yup (4/5)": 4,
           "Kept it! 3 \U0001f62e\u200d\U0001f4a8": 3, "a 4 today but yes": 4,
           "nope, didn't reach out. 2": 2}  # fmt: skip
CONTACTED = ["no... I phoned her", "caved \U0001f629 texted him", "sent her a paragraph at 2am",
             "showed up at his place", "we talked for an hour",
             "No \U0001f61e messaged him"]  # fmt: skip
LOOKED = ["looked her up on google", "checked where she is on find my", "watched his story",
          "checked her playlists"]  # fmt: skip
EX_REACHED_OUT = ["got a DM from him, didn't open it", "she liked my pic, I did nothing"]
URGE = ["literally about to text her", "pls talk me out of calling him", "gonna break tonight",
        "thumb is on his name"]  # fmt: skip
STATUS = ["which day am i on now", "how long have I gone?", "statsu", "streak?"]
HELP = ["how do i use u", "what can I say to you"]
OPT_OUT = ["Stop pls", "STOP \u270b", "please stop sending these", "get me off this list",
           "no more messages pls", "remove this number", "stop stop", "Stop. Thanks"]  # fmt: skip
NOT_OPT_OUT = ["can't stop eating ice cream lol", "stop playing our song, radio",
               "when does the ache end", "I cancelled the concert tickets"]  # fmt: skip
REACTIONS = ["Liked \u201cDay 4 of 21\u2026\u201d", "Loved \u201c\u2026\u201d",
             "Laughed at \u201c\u2026\u201d", "Emphasized \u201c\u2026\u201d",
             "Reacted \U0001f44d to \u201c\u2026\u201d"]  # fmt: skip


@pytest.mark.parametrize("body", KEPT)
def test_a_check_in_in_their_own_words_is_kept_with_its_rating(enrolled: Phone, body: str) -> None:
    reply = enrolled.say(body)
    assert "no contact kept" in reply, reply
    person = DynamoPeople().get(enrolled.number)
    assert person.kept_checkins == 1
    if body in RATINGS:
        assert f"difficulty {RATINGS[body]}/5" in reply
        assert person.ratings == (RATINGS[body],)


@pytest.mark.parametrize("body", CONTACTED)
def test_a_slip_in_natural_words_restarts_the_clock(enrolled: Phone, body: str) -> None:
    assert "restarts" in enrolled.say(body)
    assert DynamoPeople().get(enrolled.number).contacts_reported == 1


@pytest.mark.parametrize("body", LOOKED)
def test_looking_is_not_contact(enrolled: Phone, body: str) -> None:
    assert "Looking isn't contact" in enrolled.say(body)
    assert DynamoPeople().get(enrolled.number).looks == 1


@pytest.mark.parametrize("body", EX_REACHED_OUT)
def test_the_ex_reaching_out_unanswered_is_praised(enrolled: Phone, body: str) -> None:
    assert "Your ex reached out" in enrolled.say(body)


@pytest.mark.parametrize("body", URGE)
def test_an_urge_in_their_words_gets_urge_support(enrolled: Phone, body: str) -> None:
    enrolled.say(body)
    assert DynamoPeople().get(enrolled.number).urges == 1


@pytest.mark.parametrize("body", STATUS)
def test_status_in_their_words(enrolled: Phone, body: str) -> None:
    assert enrolled.say(body).startswith("Day 1 of 21. No contact for")


@pytest.mark.parametrize("body", HELP)
def test_help_in_their_words(enrolled: Phone, body: str) -> None:
    assert "Not therapy" in enrolled.say(body)


@pytest.mark.parametrize("body", OPT_OUT)
def test_opt_out_in_plain_words_with_one_confirmation(enrolled: Phone, body: str) -> None:
    assert enrolled.say(body) == render_reply("opted_out")
    assert DynamoPeople().get(enrolled.number).status.value == "opted_out"
    assert enrolled.text("are you there?") == [], "then silence"


@pytest.mark.parametrize("body", NOT_OPT_OUT)
def test_stopping_something_else_never_opts_out(enrolled: Phone, body: str) -> None:
    assert "unsubscribed" not in enrolled.say(body)
    assert DynamoPeople().get(enrolled.number).status.value == "active"


@pytest.mark.parametrize("body", REACTIONS)
def test_a_reaction_is_acknowledged_never_reread(enrolled: Phone, body: str) -> None:
    assert enrolled.say(body) == render_reply("reaction_ack")
    assert DynamoPeople().get(enrolled.number).checkins == 0


def test_a_modifier_apostrophe_signs_up_like_a_straight_one(phone: Phone) -> None:
    phone.say("hi")
    assert phone.say("I\u02bcm in").startswith("No Contact Coach: you're in")


def test_the_menu_names_the_tools_in_one_segment(enrolled: Phone) -> None:
    reply = enrolled.say("purple monkey dishwasher")
    for tool in ("URGE", "DRAFT", "WHY", "STATUS", "HELP", "STOP"):
        assert tool in reply
    assert len(reply) <= 160


# -- context: answers read against what was asked --------------------------------------------


def test_an_unsure_reading_is_confirmed_before_it_counts(enrolled: Phone) -> None:
    long_yes = "yes I think so, it was a long day at work and I am tired but I got through it"
    assert enrolled.say(long_yes) == render_reply("clarify_kept")
    assert DynamoPeople().get(enrolled.number).checkins == 0
    assert "no contact kept" in enrolled.say("yes")
    assert DynamoPeople().get(enrolled.number).kept_checkins == 1


def test_after_delete_only_a_clear_yes_erases(enrolled: Phone) -> None:
    enrolled.say("DELETE")
    for not_a_confirmation in ("I did it", "nc", "DELETE"):
        enrolled.say(not_a_confirmation)
        assert UserModel.count() == 1, not_a_confirmation
    assert enrolled.say("no") == render_reply("delete_kept")
    enrolled.say("DELETE")
    enrolled.say("YES")
    assert UserModel.count() == 0


def _return_a_draft(enrolled: Phone, backend: Backend, clock: ManualClock) -> None:
    enrolled.say("DRAFT I miss you")
    clock.advance(hours=24)
    backend.run_tick()


def test_no_to_a_returned_draft_is_the_outcome_we_hope_for_not_a_slip(
    enrolled: Phone, backend: Backend, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    _return_a_draft(enrolled, backend, clock)
    assert "Still want to?" in to(fake_twilio, enrolled.number)[-1]
    assert "draft stays unsent" in enrolled.say("no")
    person = DynamoPeople().get(enrolled.number)
    assert person.contacts_reported == 0 and person.urges_beaten == 1


def test_yes_to_a_returned_draft_is_not_a_check_in(
    enrolled: Phone, backend: Backend, clock: ManualClock
) -> None:
    _return_a_draft(enrolled, backend, clock)
    assert enrolled.say("yes") == render_reply("draft_still_want")
    assert DynamoPeople().get(enrolled.number).checkins == 0


def test_the_answer_to_what_set_it_off_is_kept_and_acknowledged(enrolled: Phone) -> None:
    assert "What set it off" in enrolled.say("I texted him")
    reply = enrolled.say("a song came on in the car and I just broke")
    assert "Knowing what set it off" in reply
    [trigger] = [r for r in RecordModel.query(enrolled.number) if r.key.startswith("trigger#")]
    assert trigger.text == "a song came on in the car and I just broke"
    assert trigger.expires_at is not None


def test_a_rating_rates_the_urge_only_while_the_follow_up_is_fresh(
    enrolled: Phone, backend: Backend, clock: ManualClock
) -> None:
    enrolled.say("URGE")
    clock.advance(minutes=10)
    deliver_delayed(backend)
    assert "You rode it out" in enrolled.say("3")
    enrolled.say("URGE")
    clock.advance(minutes=10)
    deliver_delayed(backend)
    clock.advance(hours=3)
    assert "You rode it out" not in enrolled.say("4"), "hours later, a 4 rates the day"


def test_a_question_expires(enrolled: Phone, clock: ManualClock) -> None:
    enrolled.say("I texted him")
    clock.advance(hours=13)
    assert "Knowing what set it off" not in enrolled.say("blue skies and sunshine")
    assert dialogue.WINDOWS[dialogue.SLIP_TRIGGER] == timedelta(hours=12)


# -- what a new user found through `make run` --------------------------------------------------


def test_after_the_crisis_resources_a_plain_no_is_never_a_slip(enrolled: Phone) -> None:
    enrolled.say("i want to kill myself")
    heard = enrolled.say("no")
    assert "988" in heard and "741741" in heard, "heard, with the line that asks least"
    assert DynamoPeople().get(enrolled.number).contacts_reported == 0


def test_after_no_to_the_safety_question_a_second_no_is_not_a_slip(enrolled: Phone) -> None:
    enrolled.say("nobody would care if i was gone")
    support = enrolled.say("no")
    assert enrolled.say("no") == support, "warm support again, not the resources"
    assert "988" in enrolled.say("yes"), "a yes after a no is them telling us: the resources"
    person = DynamoPeople().get(enrolled.number)
    assert person.contacts_reported == 0 and person.checkins == 0


def test_the_crisis_follow_up_lasts_the_whole_window_not_one_reply(enrolled: Phone) -> None:
    first = enrolled.say("everyone would be better off without me tbh")
    assert "988" in first
    for answer in ("no", "yes", "idk", "no", "yes"):
        assert "988" in enrolled.say(answer), answer
    person = DynamoPeople().get(enrolled.number)
    assert person.contacts_reported == 0 and person.checkins == 0


def test_yes_after_the_danger_resources_is_not_a_check_in(enrolled: Phone) -> None:
    danger = enrolled.say("he grabbed my throat")
    assert enrolled.say("yes") == danger
    assert DynamoPeople().get(enrolled.number).checkins == 0


@pytest.mark.parametrize(
    "body",
    ["she said 'stop texting me' months ago and it still hurts",
     "leave me alone is what i should tell him"],
)  # fmt: skip
def test_someone_elses_words_never_opt_out(enrolled: Phone, body: str) -> None:
    enrolled.say(body)
    assert DynamoPeople().get(enrolled.number).status.value == "active"


def test_seeing_her_profile_is_a_look_not_a_slip(enrolled: Phone) -> None:
    assert "Looking isn't contact" in enrolled.say("i saw her profile")
    assert DynamoPeople().get(enrolled.number).contacts_reported == 0


def test_no_i_didnt_is_kept(enrolled: Phone) -> None:
    assert "no contact kept" in enrolled.say("no i didnt")


def test_an_unclear_answer_to_delete_asks_again(enrolled: Phone) -> None:
    enrolled.say("DELETE")
    assert enrolled.say("I did it") == render_reply("delete_unclear")
    assert DynamoPeople().get(enrolled.number).checkins == 0
    enrolled.say("yes")
    assert UserModel.count() == 0


def test_no_to_the_urge_follow_up_is_more_support_not_a_slip(
    enrolled: Phone, backend: Backend, clock: ManualClock
) -> None:
    enrolled.say("URGE")
    clock.advance(minutes=10)
    deliver_delayed(backend)
    enrolled.say("no")
    person = DynamoPeople().get(enrolled.number)
    assert person.contacts_reported == 0 and person.urges == 2


# -- Found by a fresh tester after the sixth held-out round ------------------------------------


def test_a_rating_while_signing_up_is_not_days_since_contact(phone: Phone) -> None:
    phone.say("hi")
    reply = phone.say("didnt text her \U0001f44d 3/5")
    assert reply.startswith("No Contact Coach: you're in.") and "days ago" not in reply, reply
    person = DynamoPeople().get(phone.number)
    assert person.last_contact_at == person.consent_at


@pytest.mark.parametrize("days", [6, 12, 20])
def test_yes_with_more_than_five_days_backdates_the_clock(phone: Phone, days: int) -> None:
    phone.say("hi")
    reply = phone.say(f"yes {days}")
    assert f"day {days + 1} of 21 counting from {days} days ago" in reply, reply


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("i only replied k", "restarts"),
        ("sitting here with her number pulled up", "urge"),
        ("sooo close to txting him rn", "urge"),
    ],
)
def test_more_wordings_a_tester_sent(enrolled: Phone, body: str, expected: str) -> None:
    reply = enrolled.say(body)
    if expected == "restarts":
        assert "restarts" in reply, reply
        assert DynamoPeople().get(enrolled.number).contacts_reported == 1
    else:
        assert DynamoPeople().get(enrolled.number).urges == 1, reply


def test_giving_up_on_the_program_in_plain_words_opts_out(enrolled: Phone) -> None:
    assert enrolled.say("this isn't helping, i'm out") == render_reply("opted_out")
    assert DynamoPeople().get(enrolled.number).status == "opted_out"


def test_an_answer_to_a_clarifying_question_that_says_more_than_no(enrolled: Phone) -> None:
    long_yes = "yes I think so, it was a long day at work and I am tired but I got through it"
    assert enrolled.say(long_yes) == render_reply("clarify_kept")
    reply = enrolled.say("no contact today, felt like a 1")
    assert "no contact kept" in reply and "difficulty 1/5" in reply, reply
    assert DynamoPeople().get(enrolled.number).kept_checkins == 1


def test_a_check_in_with_its_rating_while_erase_is_asked_is_recorded(enrolled: Phone) -> None:
    enrolled.say("DELETE")
    assert "no contact kept" in enrolled.say("kept it, 3")
    assert DynamoPeople().get(enrolled.number).kept_checkins == 1
    assert UserModel.count() == 1
