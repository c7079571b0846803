"""What a second fresh tester found, each through the signed webhook."""

from __future__ import annotations

import pytest
from chalice.test import Client

from chalicelib.adapters.dynamodb import DynamoPeople, RecordModel
from chalicelib.content import render_reply
from chalicelib.domain import dialogue, safety
from chalicelib.domain.model import Status
from tests.support import ManualClock, Phone

US = safety.resources("US")
GB = safety.resources("GB")


@pytest.mark.parametrize("body", ["end it", "End it.", "end everything", "end it now pls"])
def test_end_it_is_asked_about_never_an_opt_out(enrolled: Phone, body: str) -> None:
    reply = enrolled.say(body)
    assert reply in (US["ask"], US["self_harm"]), reply
    assert DynamoPeople().get(enrolled.number).status is Status.ACTIVE


def test_end_alone_and_end_these_texts_still_opt_out(client: Client) -> None:
    for number, body in (("+14155550131", "END"), ("+14155550132", "end these texts")):
        phone = Phone(client, number)
        phone.say("hi")
        phone.say("YES")
        assert phone.say(body) == render_reply("opted_out"), body


@pytest.mark.parametrize("body", ["i'm done", "I am so done"])
def test_im_done_alone_is_heard_and_names_the_crisis_line(enrolled: Phone, body: str) -> None:
    # "I'm so done" alone is a labelled look-alike (tests/data/crisis_labelled.tsv), so it is
    # not asked about; but it is never the menu, and the line is there if it means more.
    reply = enrolled.say(body)
    assert reply == render_reply("heard_done", crisis_line="call/text 988"), reply


def test_a_text_after_the_danger_resources_is_heard_with_the_line_not_the_menu(
    enrolled: Phone,
) -> None:
    assert enrolled.say("he hit me and i'm scared he's coming back") == US["danger"]
    heard = enrolled.say("he's still out there")
    assert heard in (US["listening_danger"], US["listening_danger_2"])


def test_ok_or_thanks_after_the_resources_stays_on_their_safety(enrolled: Phone) -> None:
    enrolled.say("i want to kill myself")
    for body in ("ok", "thanks", "thank you"):
        reply = enrolled.say(body)
        assert reply == render_reply("after_resources"), body
        assert "Any time" not in reply


def test_possible_risk_soon_after_the_full_resources_gets_them_again(enrolled: Phone) -> None:
    assert enrolled.say("i want to kill myself") == US["self_harm"]
    assert enrolled.say("i feel like such a burden") == US["self_harm"]


def test_a_number_kept_after_a_crisis_text_is_welcomed_properly_when_it_says_hi(
    client: Client,
) -> None:
    stranger = Phone(client, "+13125550199", from_state="IL")
    assert stranger.say("i want to die") == US["self_harm"]
    reply = stranger.say("hi")
    assert reply == render_reply("welcome", program_days=21)


@pytest.mark.parametrize(
    ("body", "reply"),
    [
        ("honestly im a mess", "heard_mess"),
        ("i feel so alone tonight", "heard_lonely"),
        ("cant stop crying \U0001f62d", "heard_crying"),
        ("i miss her so much it hurts", "heard_feeling"),
    ],
)
def test_feelings_are_heard_in_their_own_kind(enrolled: Phone, body: str, reply: str) -> None:
    assert enrolled.say(body) == render_reply(reply)


def test_the_uk_danger_reply_names_a_line_for_northern_ireland() -> None:
    assert "0808 802 1414" in str(GB["danger"])


def test_yes_straight_after_signing_up_never_says_zero_hours(phone: Phone) -> None:
    phone.say("hi")
    phone.say("YES")
    reply = phone.say("YES")
    assert reply == render_reply("checkin_kept_just_started", day=1, program_days=21)
    assert "0 hours" not in reply


def test_not_anymore_answers_still_want_to_send_it(enrolled: Phone, clock: ManualClock) -> None:
    person = DynamoPeople().get(enrolled.number)
    assert person is not None
    # As if a vaulted draft had just come back with "Still want to send it?".
    DynamoPeople().save(dialogue.ask(person, dialogue.DRAFT_RETURN, clock.now))
    reply = enrolled.say("not anymore")
    assert reply not in (US["ask"], US["self_harm"]), reply


def test_a_draft_with_crisis_words_gets_the_crisis_reply_and_is_still_kept(
    enrolled: Phone,
) -> None:
    reply = enrolled.say("DRAFT i cant live without you, i want to die")
    assert reply == US["self_harm"]
    person = DynamoPeople().get(enrolled.number)
    assert person is not None and person.drafts == 1
    kept = [
        item.text for item in RecordModel.query(enrolled.number) if item.key.startswith("draft#")
    ]
    assert kept == ["i cant live without you, i want to die"]
