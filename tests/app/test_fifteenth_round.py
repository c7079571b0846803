"""What a second stranger found on 2026-12-02 in the newest features, each through the signed
webhook: "no extra please" read as a slip, symptoms the morning after pills met with the direct
question, promises of evening texts that would never come, sentences that start with "date",
"ok unpause me", and the offer a person who always rates never heard."""

from __future__ import annotations

import pytest
from chalice.test import Client

from chalicelib.content import render_reply
from chalicelib.domain import safety
from scripts.drive import Backend
from tests.app.sending import care_text_after
from tests.fakes.fake_twilio import FakeTwilio
from tests.support import ManualClock, Phone

US = safety.resources("US")
TAKEN = (US["listening_taken"], US["listening_taken_2"])


@pytest.mark.parametrize(
    "off", ["no extra please", "no more extra texts pls", "stop the extra texts", "extra off pls"]
)
def test_asking_for_fewer_texts_turns_extra_off_and_is_never_a_slip(
    enrolled: Phone, off: str
) -> None:
    enrolled.say("EXTRA")
    assert enrolled.say(off) == render_reply("extra_off")
    stored = enrolled.stored()
    assert not stored.extra_support and stored.contacts_reported == 0


@pytest.mark.parametrize(
    "answer",
    ["honestly pretty rough. my stomach still hurts and i feel kind of foggy", "a bit better"],
)
def test_the_morning_after_pills_any_answer_keeps_the_emergency_first(
    enrolled: Phone,
    clock: ManualClock,
    backend: Backend,
    fake_twilio: FakeTwilio,
    answer: str,
) -> None:
    reply, care = care_text_after(enrolled, clock, backend, fake_twilio, "i took a bunch of pills")
    assert reply == US["self_harm_taken"] and "How are you today?" in care
    clock.advance(hours=3)
    assert enrolled.say(answer) in TAKEN


def test_extra_with_an_evening_send_time_says_no_extra_text_will_come(enrolled: Phone) -> None:
    enrolled.say("TIME 7pm")
    assert enrolled.say("EXTRA") == render_reply("extra_on_evening_sender")


def test_extra_after_day_17_says_the_evenings_are_past(client: Client) -> None:
    late = Phone(client, "+14155550191")
    late.say("hi")
    late.say("YES 19")  # last contact 19 days ago: day 20
    assert late.say("EXTRA") == render_reply("extra_on_late")


def test_a_date_after_the_21_days_is_saved_but_promises_nothing(enrolled: Phone) -> None:
    assert enrolled.say("DATE 3/14 anniversary") == render_reply("date_saved_after", date="Mar 14")


def test_a_uk_date_is_shown_day_first_and_saved_once(client: Client) -> None:
    uk = Phone(client, "+447700900123", from_state="", from_country="GB")
    uk.say("hi")
    uk.say("YES")
    assert uk.say("DATE 1/12 his birthday").startswith("Saved: 1 Dec.")
    assert uk.say("date 1/12").startswith("Already saved: 1 Dec.")
    assert uk.stored().hard_dates == ("12-01",)


@pytest.mark.parametrize(
    "sentence", ["date with my friend on 12/10 was fun", "dates are hard, his bday is 6/2"]
)
def test_a_sentence_that_starts_with_date_saves_no_date(enrolled: Phone, sentence: str) -> None:
    enrolled.say(sentence)
    assert enrolled.stored().hard_dates == ()


@pytest.mark.parametrize("resume", ["ok unpause me", "please resume my texts", "resme"])
def test_a_pause_ends_in_their_words(enrolled: Phone, resume: str) -> None:
    enrolled.say("PAUSE 5")
    assert enrolled.say(resume).startswith("Pause off")
    assert enrolled.stored().paused_until is None


def test_someone_who_rates_hears_of_extra_too(enrolled: Phone, clock: ManualClock) -> None:
    clock.advance(hours=70)  # day 4
    assert enrolled.say("yes 4/5") == render_reply(
        "checkin_rated_offer", day=4, program_days=21, rating=4
    )
    assert enrolled.stored().ratings == (4,)
