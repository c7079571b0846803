"""What the second fresh tester and crisis v13 left open (closing note of 2026-12-01), each
through the signed webhook: a danger thread asking about the number, a "no" after the
resources, a DRAFT that apologises, seeing the ex by chance, declining to say what set a slip
off, and questions about the program itself."""

from __future__ import annotations

import pytest
from chalice.test import Client

from chalicelib.content import render_reply
from chalicelib.domain import safety
from tests.support import Phone

US = safety.resources("US")
DANGER_NOW = "he's outside my flat banging on the door saying he'll kill me"


def test_a_question_in_a_danger_thread_names_the_abuse_line_not_the_suicide_line(
    enrolled: Phone,
) -> None:
    assert enrolled.say(DANGER_NOW) == US["danger"]
    reply = enrolled.say("what is this number")
    assert reply == US["about_help_danger"]
    assert "1-800-799-7233" in reply and "911" in reply and "988" not in reply


@pytest.mark.parametrize(
    ("crisis", "heard"),
    [(DANGER_NOW, "listening_danger"), ("i want to kill myself", "listening")],
)
@pytest.mark.parametrize("answer", ["no", "no but im scared"])
def test_a_no_after_the_full_resources_is_heard_not_answered_word_for_word(
    enrolled: Phone, crisis: str, heard: str, answer: str
) -> None:
    first = enrolled.say(crisis)
    reply = enrolled.say(answer)
    assert reply in (US[heard], US[f"{heard}_2"]) and reply != first
    assert enrolled.stored().contacts_reported == 0


def test_a_yes_after_the_full_resources_gets_them_again(enrolled: Phone) -> None:
    first = enrolled.say("i want to kill myself")
    assert enrolled.say("yes") == first


def test_an_apology_in_a_draft_is_kept_in_the_vault_not_asked_about(enrolled: Phone) -> None:
    reply = enrolled.say("DRAFT i'm sorry for everything")
    assert reply == render_reply("draft_saved")
    assert enrolled.stored().drafts == 1


@pytest.mark.parametrize(
    "text",
    [
        "saw her at the gym with some guy",
        "i saw him with his new gf",
        "saw them together at the pub",
    ],
)
def test_seeing_the_ex_by_chance_never_restarts_the_clock(enrolled: Phone, text: str) -> None:
    enrolled.say(text)
    assert enrolled.stored().contacts_reported == 0


@pytest.mark.parametrize(
    "text", ["saw him for coffee", "saw him at the pub and we talked for ages"]
)
def test_seeing_the_ex_to_talk_is_still_contact(enrolled: Phone, text: str) -> None:
    enrolled.say(text)
    assert enrolled.stored().contacts_reported == 1


@pytest.mark.parametrize(
    "decline", ["nope not for me", "maybe later", "rather not say", "no thanks"]
)
def test_declining_to_say_what_set_a_slip_off_is_an_answer_not_a_second_slip(
    enrolled: Phone, decline: str
) -> None:
    enrolled.say("I texted him")
    reply = enrolled.say(decline)
    assert reply.startswith("That's OK, it isn't always clear.")
    assert enrolled.stored().contacts_reported == 1


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("how long is the program?", "asked_length"),
        ("what happens after day 21?", "asked_after"),
        ("are you a real person?", "asked_person"),
        ("is this a bot", "asked_person"),
        ("can i reply if he texts me first?", "asked_ex_first"),
        ("what if she calls me", "asked_ex_first"),
        ("what counts as contact?", "asked_what_counts"),
        ("what if we have kids together", "asked_shared"),
    ],
)
def test_questions_about_the_program_are_answered_not_menued(
    enrolled: Phone, question: str, key: str
) -> None:
    reply = enrolled.say(question)
    assert reply == render_reply(key, day=1, program_days=21)
    assert enrolled.stored().contacts_reported == 0


def test_the_keyword_help_still_gets_the_help(enrolled: Phone) -> None:
    reply = enrolled.say("HELP")
    assert reply.startswith("No Contact Coach:") and "STOP" in reply and "988" in reply


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("what happens at the end of the 21 days", "asked_after"),
        ("r u a real person or a bot", "asked_person"),
        ("what counts as contact", "asked_what_counts"),
    ],
)
def test_program_questions_without_a_question_mark_are_answered(
    enrolled: Phone, question: str, key: str
) -> None:
    assert enrolled.say(question) == render_reply(key, day=1, program_days=21)


def test_a_question_after_no_to_the_direct_question_is_answered(enrolled: Phone) -> None:
    assert enrolled.say("honestly whats the point of any of this anymore") == US["ask"]
    assert enrolled.say("no") == US["support"]
    assert enrolled.say("what is 988") == US["about_help"]


def test_what_do_i_do_after_danger_gets_the_first_practical_steps(enrolled: Phone) -> None:
    enrolled.say(DANGER_NOW)
    reply = enrolled.say("what do i do")
    assert reply == US["danger_steps"]
    assert reply.index("911") < reply.index("1-800-799-7233") and "kitchen" in reply


def test_safe_now_with_a_check_in_is_met_with_relief_and_the_check_in_is_kept(
    enrolled: Phone,
) -> None:
    enrolled.say(DANGER_NOW)
    replies = enrolled.text("im ok now he left. checking in, no contact today, 5/5 hard")
    assert replies[0] == render_reply("glad_safe")
    assert len(replies) == 2 and "5/5" in replies[1]
    person = enrolled.stored()
    assert person.checkins == 1 and person.ratings == (5,) and person.contacts_reported == 0


def test_safe_now_alone_is_only_relief(enrolled: Phone) -> None:
    enrolled.say(DANGER_NOW)
    assert enrolled.text("he left, im ok") == [render_reply("glad_safe")]
    assert enrolled.stored().checkins == 0


def test_a_second_no_with_a_feeling_is_heard(enrolled: Phone) -> None:
    enrolled.say("whats even the point of me anymore")
    assert enrolled.say("no") == US["support"]
    assert enrolled.say("no im just tired lol") == US["support_feeling"]


def test_a_number_that_never_signed_up_is_told_who_is_texting(client: Client) -> None:
    stranger = Phone(client, "+14155550199")
    stranger.say("i want to kill myself")
    assert stranger.say("who is this").startswith("No Contact Coach:")


@pytest.mark.parametrize(("text", "slips"), [("nope not for me", 0), ("no. I broke", 1)])
def test_a_no_that_may_answer_something_else_is_confirmed_first(
    enrolled: Phone, text: str, slips: int
) -> None:
    enrolled.say(text)
    assert enrolled.stored().contacts_reported == slips


def test_a_check_in_right_after_signing_up_never_says_0_hours(enrolled: Phone) -> None:
    reply = enrolled.say("kept it, 2")
    assert "under an hour of choosing yourself" in reply and "0 hours" not in reply
    assert "0 hours" not in enrolled.say("kept it, 4")


@pytest.mark.parametrize("puzzled", ["what set what off", "wdym?", "huh", "what do you mean?"])
def test_puzzled_by_what_set_it_off_gets_the_question_explained_and_kept_open(
    enrolled: Phone, puzzled: str
) -> None:
    enrolled.say("I texted him")
    assert enrolled.say(puzzled) == render_reply("trigger_explain")
    assert enrolled.say("he posted a pic with someone").startswith("Thank you. Knowing what set")


def test_a_liked_tapback_on_the_resources_is_thanks_not_the_listening_line(
    enrolled: Phone,
) -> None:
    first = enrolled.say("i want to kill myself")
    assert enrolled.say(f"Liked \u201c{first}\u201d") == render_reply("after_resources")


def test_different_words_after_the_resources_are_not_all_met_word_for_word(
    enrolled: Phone,
) -> None:
    enrolled.say("everyone would be better off without me")
    enrolled.say("yes")
    bodies = ["🙃🙃🙃", "asdfghjkl", "can't stop thinking about him lol", "...", "ugh"]
    replies = {enrolled.say(body) for body in bodies}
    assert replies == {US["listening"], US["listening_2"]}


def test_a_second_warning_sign_after_no_gets_the_resources_not_the_question_again(
    enrolled: Phone,
) -> None:
    assert enrolled.say("ive been giving my stuff away") == US["ask"]
    assert enrolled.say("not like that lol") in (US["support"], US["support_feeling"])
    assert enrolled.say("wrote goodbye letters to my family last night") == US["self_harm"]


@pytest.mark.parametrize(
    "text",
    [
        "he kept saying he would change",
        "my ex said hed change",
        "he always said things would be different",
    ],
)
def test_the_exs_promises_reported_are_not_danger(enrolled: Phone, text: str) -> None:
    reply = enrolled.say(text)
    assert "911" not in reply and "1-800-799-7233" not in reply


def test_giving_a_pet_away_because_it_is_better_off_is_asked_about(enrolled: Phone) -> None:
    assert enrolled.say("i gave my dog to my sister today, shes better off with her") == US["ask"]
