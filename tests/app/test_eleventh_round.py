"""Safety findings from the last strangers, each through the signed webhook: the hours after an
overdose or a bleeding cut keep the emergency number first whatever they answer; a draft asked
for in plain words is kept, not asked about suicide; the ex's threat in single quotes is
danger; one sleeping pill taken to sleep and a worry for the ex's life are not a crisis."""

from __future__ import annotations

import pytest
from chalice.test import Client

from chalicelib.content import render_reply
from chalicelib.domain import safety
from tests.support import ManualClock, Phone

US = safety.resources("US")
GB = safety.resources("GB")


@pytest.mark.parametrize("answer", ["no", "nope", "im fine now", "i feel ok", "ok thanks", "..."])
def test_after_an_overdose_every_answer_keeps_the_emergency_number(
    enrolled: Phone, answer: str
) -> None:
    assert enrolled.say("i took all my pills") == US["self_harm_taken"]
    reply = enrolled.say(answer)
    assert reply in (US["listening_taken"], US["listening_taken_2"]), reply
    assert "call 911" in reply


@pytest.mark.parametrize("answer", ["idk", "yes", "maybe"])
def test_after_an_overdose_unsure_gets_the_first_reply_again(enrolled: Phone, answer: str) -> None:
    enrolled.say("i took all my pills")
    assert enrolled.say(answer) == US["self_harm_taken"]


def test_after_a_bleeding_cut_idk_is_first_aid_not_what_you_took(enrolled: Phone) -> None:
    enrolled.say("i cut too deep and it wont stop bleeding")
    reply = enrolled.say("idk")
    assert reply == US["self_harm_injury"] and "took" not in reply
    reply = enrolled.say("no")
    assert reply in (US["listening_injury"], US["listening_injury_2"]), reply
    assert "pressure" in reply or "pressing" in reply
    assert "took" not in reply


def test_an_ambulance_on_its_way_is_praised(enrolled: Phone) -> None:
    enrolled.say("i took too many pills")
    assert enrolled.say("ambulance is coming") == render_reply("reached_help")


def test_the_emergency_window_after_a_stranger_overdose_too(client: Client) -> None:
    londoner = Phone(client, "+447700900188", from_state="", from_country="GB")
    assert londoner.say("i took all my tablets") == GB["self_harm_taken"]
    reply = londoner.say("no")
    assert reply in (GB["listening_taken"], GB["listening_taken_2"]), reply
    assert "999" in reply and "A&E" in reply


def test_the_window_ends_and_a_no_is_ordinary_again(enrolled: Phone, clock: ManualClock) -> None:
    enrolled.say("i took all my pills")
    clock.advance(hours=13)
    assert "911" not in enrolled.say("no")


def test_a_draft_asked_for_in_plain_words_is_kept_not_a_suicide_question(enrolled: Phone) -> None:
    reply = enrolled.say("can you hold onto a message i wanna send him: im sorry for everything")
    assert "suicide" not in reply and "988" not in reply, reply
    person = enrolled.stored()
    assert person.drafts == 1 and person.asked != "safety"
    # The next "yes" is not an answer to a question we never asked.
    assert "988" not in enrolled.say("yes")


@pytest.mark.parametrize(
    "text", ["he sent me 'you'll regret this'", "she texted me \u2018watch your back\u2019"]
)
def test_the_exs_threat_in_single_quotes_is_danger(enrolled: Phone, text: str) -> None:
    assert enrolled.say(text) == US["danger"]


def test_an_apostrophe_is_not_a_quote(enrolled: Phone) -> None:
    reply = enrolled.say("he's mad i didn't answer, he'll get over it")
    assert "911" not in reply and "1-800-799-7233" not in reply


@pytest.mark.parametrize(
    "text",
    [
        "took a sleeping pill so i dont lie awake",
        "had a sleeping pill to get some sleep tonight",
        "what if he dies and i never said sorry",
    ],
)
def test_ordinary_worries_are_not_a_crisis(enrolled: Phone, text: str) -> None:
    reply = enrolled.say(text)
    assert "911" not in reply and "988" not in reply and "suicide" not in reply, reply


@pytest.mark.parametrize(
    "text",
    ["took a sleeping pill so i can sleep forever", "took a sleeping pill so i dont wake up"],
)
def test_a_sleeping_pill_to_never_wake_is_still_a_crisis(enrolled: Phone, text: str) -> None:
    assert "911" in enrolled.say(text)


def test_three_answers_after_an_overdose_are_not_met_with_one_text(enrolled: Phone) -> None:
    enrolled.say("i took all my pills")
    replies = [enrolled.say(text) for text in ("no", "im fine", "seriously im fine stop")]
    assert len(set(replies)) >= 2 and all("call 911" in r for r in replies), replies


def test_a_cut_that_has_stopped_bleeding_gets_aftercare_not_keep_pressing(enrolled: Phone) -> None:
    enrolled.say("i cut too deep and it wont stop bleeding")
    reply = enrolled.say("im fine, its stopped")
    assert reply == render_reply("injury_stopped", emergency="911"), reply
    assert "keep pressing" not in reply
