"""Safety leftovers found on 2026-12-01 and mended on 2026-12-02, each through the signed
webhook: "he's not here" after the abuse resources heard as relief, not as a new alarm; the
morning-after care text names the abuse line after danger; not eating or sleeping heard."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from chalice.test import Client

from chalicelib.adapters.dynamodb import DynamoPeople
from chalicelib.content import render_daily, render_reply
from chalicelib.domain import dialogue, safety
from chalicelib.domain.gsm7 import fits_one_segment
from scripts.drive import Backend
from tests.app.sending import care_text_after
from tests.fakes.fake_twilio import FakeTwilio
from tests.support import ManualClock, Phone

US = safety.resources("US")
LA = ZoneInfo("America/Los_Angeles")
MENUS = ("menu", "menu_2", "menu_3")


@pytest.mark.parametrize(
    "after", ["no hes not here, im just anxious", "she isnt home", "they're not coming"]
)
def test_the_ex_not_being_there_after_danger_is_relief(enrolled: Phone, after: str) -> None:
    assert enrolled.say("he grabbed my throat") == US["danger"]
    assert enrolled.say(after) == render_reply("glad_safe")


def test_he_is_not_here_outside_the_window_is_no_relief(enrolled: Phone) -> None:
    assert enrolled.say("he's not here") != render_reply("glad_safe")


def test_the_morning_after_danger_names_the_abuse_line(
    enrolled: Phone, clock: ManualClock, backend: Backend, fake_twilio: FakeTwilio
) -> None:
    reply, care = care_text_after(enrolled, clock, backend, fake_twilio, "he grabbed my throat")
    assert reply == US["danger"]
    assert care.startswith("Day 2 of 21: I've been thinking of you"), care
    assert "1-800-799-7233" in care and "988" not in care, care


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("not suicidal but haven't eaten in 3 days", "heard_not_eating"),
        ("barely eating since he left", "heard_not_eating"),
        ("cant sleep", "heard_not_sleeping"),
        ("i havent slept in 2 days", "heard_not_sleeping"),
    ],
)
def test_not_eating_or_sleeping_is_heard(enrolled: Phone, text: str, key: str) -> None:
    assert enrolled.say(text) == render_reply(key)


REASON = "I deserve someone who chooses me and treats me with respect every day"


def test_their_reason_comes_back_in_the_first_urge(enrolled: Phone) -> None:
    enrolled.say(f"WHY {REASON}")
    reply = enrolled.say("URGE")
    assert reply.startswith('Urge noticed. You told me: "I deserve someone who chooses me'), reply
    assert fits_one_segment(reply)


def test_without_a_reason_the_urge_reply_is_the_plain_one(enrolled: Phone) -> None:
    assert enrolled.say("URGE") == render_reply("urge_0")


def test_their_reason_comes_back_after_the_slips_trigger(enrolled: Phone) -> None:
    enrolled.say(f"WHY {REASON}")
    enrolled.say("i texted him")
    reply = enrolled.say("it was the wine")
    assert 'You also told me: "I deserve someone who chooses me' in reply, reply
    assert "Day 1 again" in reply and fits_one_segment(reply)


def test_their_reason_comes_back_after_the_decision_answer(
    enrolled: Phone, clock: ManualClock
) -> None:
    enrolled.say(f"WHY {REASON}")
    person = enrolled.stored()
    DynamoPeople().save(dialogue.ask(person, dialogue.DECISION, clock()))
    reply = enrolled.say("from reason i think, i feel calmer")
    assert 'You also once said: "I deserve someone' in reply and "CONTINUE" in reply, reply


def test_the_menu_has_three_wordings_chosen_by_the_words(enrolled: Phone) -> None:
    texts = ("blorp", "asdf qwer", "zzz", "qqq", "wibble", "flumph")
    replies = [enrolled.say(text) for text in texts]
    wordings = {render_reply(k, day=1, program_days=21) for k in MENUS}
    assert set(replies) <= wordings and len(set(replies)) >= 2, replies
    assert all("I want to get this right" in r and fits_one_segment(r) for r in replies)
    assert enrolled.say("blorp") == replies[0]  # the same words, the same wording
    assert enrolled.stored().version == 2  # the menu writes nothing


def test_extra_support_sends_the_friday_evening_text_through_the_tick(
    client: Client, backend: Backend, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    start = datetime(2026, 11, 23, 14, 0, tzinfo=LA)  # a Monday: Friday is day 5
    clock.set(start.astimezone(UTC))
    phone = Phone(client, "+14155550181")
    phone.say("hi")
    phone.say("YES")
    assert phone.say("EXTRA") == render_reply("extra_on")
    assert phone.say("DATE 11/28 our anniversary").startswith("Saved: Nov 28.")
    sent: list[tuple[datetime, str]] = []
    while len(sent) < 7:
        person = phone.stored()
        assert person.next_send_at is not None
        clock.set(person.next_send_at)
        before = len(fake_twilio.messages_sent)
        assert backend.run_tick() == 1
        [body] = [m.body for m in fake_twilio.messages_sent[before:]] or [f"NOTHING {sent}"]
        sent.append((clock().astimezone(LA), body))
    evenings = [(at.strftime("%a %H:%M"), body) for at, body in sent if at.hour == 19]
    assert evenings == [
        ("Fri 19:00", render_daily("evening", "date_eve")),  # the hard date wins the evening
        ("Sat 19:00", render_daily("evening", "date_day")),
    ], sent
