"""What a stranger found on 2026-12-01 (the sixth stop) through `make run` and `make phone`,
each through the signed webhook: the ex's threats in single quotes, STOP an hour after an
overdose, a draft asked for in plain words, calls let ring and ice cream read as a crisis, a 5/5
day met with the words a 1/5 gets, and the goodbye that forgot the follow-ups."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from chalice.test import Client

from chalicelib.adapters.dynamodb import DynamoPeople, RecordModel
from chalicelib.content import render_reply
from chalicelib.domain import safety
from chalicelib.domain.model import Status
from scripts.drive import Backend
from tests.app.sending import care_text_after
from tests.fakes.fake_twilio import FakeTwilio
from tests.support import ManualClock, Phone

US = safety.resources("US")
GB = safety.resources("GB")


@pytest.mark.parametrize(
    "text",
    [
        "he texted me 'if i cant have you no one can'",
        "got a msg from her: 'if i cant have you nobody will'",
        "my ex texted 'if you dont answer im coming over' and i didnt answer",
    ],
)
def test_the_exs_threat_in_single_quotes_is_danger_not_praise(enrolled: Phone, text: str) -> None:
    reply = enrolled.say(text)
    assert reply == US["danger"], reply
    assert "Your silence says plenty" not in enrolled.say("yes")


def test_stop_an_hour_after_an_overdose_keeps_the_emergency_number(client: Client) -> None:
    londoner = Phone(client, "+447700900166", from_state="", from_country="GB")
    londoner.say("hi")
    londoner.say("YES")
    assert londoner.say("took loads of paracetamol about an hour ago") == GB["self_harm_taken"]
    reply = londoner.say("STOP")
    assert reply == render_reply("opted_out_medical", emergency="999"), reply
    assert londoner.stored().status is Status.OPTED_OUT


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "save this msg for my ex pls - why did you leave without even talking to me",
            "why did you leave without even talking to me",
        ),
        ("hold on to this one for me, i wanna tell him i'm done waiting", "i'm done waiting"),
    ],
)
def test_a_draft_asked_for_in_plain_words_is_held(enrolled: Phone, text: str, kept: str) -> None:
    reply = enrolled.say(text)
    assert "no contact kept" not in reply and "I want to get this right" not in reply, reply
    assert enrolled.stored().drafts == 1 and enrolled.stored().checkins == 0
    vault = [r.text for r in RecordModel.query(enrolled.number) if r.key.startswith("draft#")]
    assert vault == [kept]


@pytest.mark.parametrize(
    "text",
    ["he called me 3 times tonight and i let it ring", "gonna overdose on ben & jerrys tonight"],
)
def test_calls_let_ring_and_ice_cream_are_not_a_crisis(enrolled: Phone, text: str) -> None:
    reply = enrolled.say(text)
    assert "911" not in reply and "988" not in reply, reply


def test_a_hard_rated_day_is_not_met_with_the_easy_days_words(
    enrolled: Phone, clock: ManualClock
) -> None:
    clock.advance(hours=20)
    reply = enrolled.say("yes, didnt contact him. but today was a 5, i couldnt stop crying at work")
    assert "difficulty 5/5" in reply and "gentle" in reply, reply


def test_the_first_check_in_invites_their_reason_without_asking_why(enrolled: Phone) -> None:
    reply = enrolled.say("yes")
    assert "Why are you doing this" not in reply and "Text WHY" in reply, reply


def test_done_says_the_follow_ups_will_come_and_keeps_them(enrolled: Phone) -> None:
    graduated = datetime(2026, 11, 23, 23, 0, tzinfo=UTC)
    DynamoPeople().save(replace(enrolled.stored(), graduated_at=graduated))
    reply = enrolled.say("DONE")
    assert reply == render_reply("done_goodbye") and "one question in a month" in reply
    person = enrolled.stored()
    assert person.status is Status.COMPLETED
    assert person.next_send_at == datetime(2026, 12, 23, 17, 0, tzinfo=UTC)  # 30 days on, 09:00


def test_a_threat_after_pills_keeps_the_emergency_number_in_every_reply(enrolled: Phone) -> None:
    enrolled.say("i took all my pills")
    assert enrolled.say("hes outside banging on my door") == US["danger"]
    assert "call 911" in enrolled.say("im ok")
    assert enrolled.say("STOP") == render_reply("opted_out_medical", emergency="911")


@pytest.mark.parametrize(
    "correction",
    [
        "wait no, i meant nope i didnt contact her",
        "you reset my clock by mistake, i never talked to her",
        "wrong button, sorry",
    ],
)
def test_a_slip_taken_back_puts_the_clock_back(
    enrolled: Phone, clock: ManualClock, correction: str
) -> None:
    clock.advance(hours=100)
    before = enrolled.stored()
    assert "clock restarts now" in enrolled.say("nope")
    reply = enrolled.say(correction)
    assert reply.startswith("Sorry, my mistake. Your clock is back as it was: 100 hours"), reply
    after = enrolled.stored()
    assert after.last_contact_at == before.last_contact_at
    assert after.contacts_reported == 0 and after.banked_seconds == 0
    assert after.checkins == before.checkins and after.last_checkin_on == before.last_checkin_on


def test_a_complaint_about_the_clock_never_restarts_it(enrolled: Phone, clock: ManualClock) -> None:
    clock.advance(hours=100)
    before = enrolled.stored()
    reply = enrolled.say("you reset my clock by mistake")
    assert reply == render_reply("undo_too_late")
    assert enrolled.stored().last_contact_at == before.last_contact_at


def test_the_slips_trigger_is_still_kept_when_it_is_one(enrolled: Phone) -> None:
    enrolled.say("i texted him")
    assert "I kept your words" in enrolled.say("it was the wine")
    assert enrolled.stored().contacts_reported == 1


def test_the_morning_after_a_crisis_reply_asks_how_they_are(
    enrolled: Phone, clock: ManualClock, backend: Backend, fake_twilio: FakeTwilio
) -> None:
    reply, care = care_text_after(enrolled, clock, backend, fake_twilio, "i took all my pills")
    assert reply == US["self_harm_taken"]
    assert care.startswith("Day 2 of 21: I've been thinking of you") and "988" in care, care
    clock.set(datetime(2026, 11, 25, 17, 0, tzinfo=UTC))  # Wednesday: the days go on
    backend.run_tick()
    assert fake_twilio.messages_sent[-1].body.startswith("Day 3 of 21: Mute your ex")


def test_words_on_the_decision_days_get_the_choice_not_the_menu(enrolled: Phone) -> None:
    person = enrolled.stored()
    graduated = datetime(2026, 11, 23, 23, 0, tzinfo=UTC)
    DynamoPeople().save(replace(person, graduated_at=graduated))
    reply = enrolled.say("honestly i think im good now, i dont need him")
    assert reply == render_reply("decision_menu"), reply


def test_a_cut_still_bleeding_later_gets_its_first_aid_and_911_again(enrolled: Phone) -> None:
    enrolled.say("i cut my arm again tonight, its deep")
    enrolled.say("im ok")
    assert enrolled.say("its not stopping bleeding tho") == US["self_harm_injury"]
    assert "911" in enrolled.say("no")


def test_after_no_to_the_question_a_program_question_gets_its_answer(enrolled: Phone) -> None:
    enrolled.say("i just want the pain to stop")
    enrolled.say("no not like that")
    reply = enrolled.say("can i at least text her happy bday next week?")
    assert reply == render_reply("asked_special_day"), reply


def test_scratch_that_takes_a_slip_back(enrolled: Phone, clock: ManualClock) -> None:
    clock.advance(hours=100)
    enrolled.say("i messaged him on ig 😞")
    reply = enrolled.say("wait no scratch that, i typed it but deleted it before sending")
    assert reply.startswith("Sorry, my mistake."), reply


@pytest.mark.parametrize(
    "text",
    [
        "Can you save this for me privately: I deserve better",
        "can you save this as a journal entry - I'm starting to remember who I was before her",
    ],
)
def test_words_kept_for_themselves_stay_a_journal_not_a_draft(enrolled: Phone, text: str) -> None:
    enrolled.say(text)
    person = enrolled.stored()
    assert person.journal_entries == 1 and person.drafts == 0
