"""What a stranger found on 2026-12-02 through `make run` and `make phone`, each through the
signed webhook: help refused after the resources read as a check-in, an opt-out inside the
answer to the safety question, the care text's question unheard, a reversed rating scale, a
slip taken back in their words, the urge follow-up answered in words or out of 10, a plain
opt-out, no way to end a pause, a contact from before sign-up, and the first day's STATUS."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from chalicelib.content import render_reply
from chalicelib.domain import safety
from chalicelib.domain.model import Status
from scripts.drive import Backend
from tests.app.sending import care_text_after
from tests.app.test_hard_moments import deliver_delayed
from tests.fakes.fake_twilio import FakeTwilio
from tests.support import ManualClock, Phone

US = safety.resources("US")


@pytest.mark.parametrize(
    "refusal", ["i dont want to call anyone", "i didnt call anyone", "not calling them"]
)
def test_refusing_help_after_the_resources_is_heard_not_a_check_in(
    enrolled: Phone, refusal: str
) -> None:
    assert enrolled.say("honestly i just want to disappear") == US["ask"]
    assert enrolled.say("idk maybe") == US["self_harm"]
    before = enrolled.stored().checkins
    reply = enrolled.say(refusal)
    assert reply in (US["listening"], US["listening_2"]), reply
    assert enrolled.stored().checkins == before


def test_an_opt_out_in_the_answer_to_the_safety_question_is_honoured(enrolled: Phone) -> None:
    assert enrolled.say("i just want this to stop") == US["ask"]
    reply = enrolled.say("no i meant the texts. stop texting me")
    assert reply == render_reply("opted_out_in_crisis", crisis_line="call/text 988"), reply
    assert enrolled.stored().status is Status.OPTED_OUT


@pytest.mark.parametrize(
    ("answer", "key"),
    [
        ("a bit better. slept a little", "care_easier"),
        ("not great but im still here", "care_heard"),
    ],
)
def test_the_care_texts_question_is_heard(
    enrolled: Phone,
    clock: ManualClock,
    backend: Backend,
    fake_twilio: FakeTwilio,
    answer: str,
    key: str,
) -> None:
    reply, care = care_text_after(enrolled, clock, backend, fake_twilio, "i want to kill myself")
    assert reply == US["self_harm"] and "How are you today?" in care
    clock.advance(hours=2)
    assert enrolled.say(answer) == render_reply(key, crisis_line="call/text 988")


def test_worst_day_ever_1_of_5_is_noted_as_they_meant_it(
    enrolled: Phone, clock: ManualClock
) -> None:
    clock.advance(hours=20)
    reply = enrolled.say("no contact but honestly worst day ever. 1/5 😭")
    assert "I noted 5/5" in reply, reply
    assert enrolled.stored().ratings == (5,)


@pytest.mark.parametrize(
    "taken_back",
    [
        "wait no i didnt actually call, i hung up before it rang",
        "wait no i didnt, i only typed it out and deleted it",
    ],
)
def test_a_slip_taken_back_in_their_words_puts_the_clock_back(
    enrolled: Phone, clock: ManualClock, taken_back: str
) -> None:
    clock.advance(hours=20)
    before = enrolled.stored().last_contact_at
    enrolled.say("i called her")
    assert enrolled.say(taken_back).startswith("Sorry, my mistake. Your clock is back")
    assert enrolled.stored().last_contact_at == before


def _urge_followed_up(
    enrolled: Phone, clock: ManualClock, backend: Backend, fake_twilio: FakeTwilio
) -> None:
    enrolled.say("URGE")
    clock.advance(minutes=10)
    deliver_delayed(backend)
    assert "still holding on?" in fake_twilio.messages_sent[-1].body


@pytest.mark.parametrize(
    ("answer", "starts"),
    [
        ("idk its fading i guess", "Good: it's fading, and you didn't reach out."),
        ("like a 9 out of 10", "Noted: 5/5, still strong."),
        ("5 minutes later and i didnt do it", "That's it. Putting the phone down"),
    ],
)
def test_the_urge_follow_up_is_answered_in_words_or_out_of_ten(
    enrolled: Phone,
    clock: ManualClock,
    backend: Backend,
    fake_twilio: FakeTwilio,
    answer: str,
    starts: str,
) -> None:
    _urge_followed_up(enrolled, clock, backend, fake_twilio)
    assert enrolled.say(answer).startswith(starts)


def test_i_dont_need_these_texts_anymore_opts_out(enrolled: Phone) -> None:
    assert enrolled.say("i dont need these texts anymore, im good") == render_reply("opted_out")


@pytest.mark.parametrize("resume", ["RESUME", "unpause pls", "PAUSE 0", "pause off"])
def test_a_pause_can_be_ended(enrolled: Phone, clock: ManualClock, resume: str) -> None:
    enrolled.say("PAUSE 5")
    assert enrolled.stored().paused_until is not None
    reply = enrolled.say(resume)
    assert reply.startswith("Pause off: your texts start again tomorrow."), reply
    stored = enrolled.stored()
    assert stored.paused_until is None and stored.next_send_at is not None
    assert stored.next_send_at - clock() < timedelta(days=1)


def test_contact_from_before_sign_up_is_not_a_slip(enrolled: Phone) -> None:
    reply = enrolled.say("ok so i caved and called her last night 😭")
    assert reply.startswith("Thank you for telling me. That was before you started"), reply
    assert enrolled.stored().contacts_reported == 0


def test_status_on_the_first_day_lists_no_zeros(enrolled: Phone) -> None:
    reply = enrolled.say("STATUS")
    assert "Best streak 0d" not in reply and "days 0" not in reply, reply


def test_a_morning_time_in_quiet_hours_is_offered_a_morning(enrolled: Phone) -> None:
    assert enrolled.say("TIME 7am") == render_reply("time_quiet_morning")


def test_is_it_ok_to_reply_if_he_texts_first_is_answered(enrolled: Phone) -> None:
    assert enrolled.say("is it ok to reply if he texts me first?") == render_reply("asked_ex_first")


def test_a_time_told_after_a_refused_one_is_the_setting(enrolled: Phone) -> None:
    enrolled.say("TIME 11pm")
    assert enrolled.say("ok 8pm then").startswith("Done: I'll text each day around 8:00pm")
    assert enrolled.stored().send_time == time(20, 0)


def test_an_answer_to_the_exs_text_is_contact(enrolled: Phone, clock: ManualClock) -> None:
    clock.advance(hours=20)
    reply = enrolled.say("she texted me happy birthday and i said thanks")
    assert "Your clock restarts" in reply or "clock starts again" in reply or "fresh clock" in reply
    assert enrolled.stored().contacts_reported == 1


def test_almost_is_a_close_call_kept(enrolled: Phone, clock: ManualClock) -> None:
    clock.advance(hours=30)
    assert enrolled.say("ngl i almost dmd him tonight") == render_reply(
        "checkin_close_call", day=2, program_days=21
    )
    stored = enrolled.stored()
    assert stored.kept_checkins == 1 and stored.urges_beaten == 1
