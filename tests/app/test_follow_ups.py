"""After day 21 (issue 12): one question a month on and one three months on, through the real
tick, SQS sender, Twilio SDK and signed webhook; each answer kept as an outcome and counted.

`graduated` holds someone whose decision texts went in December 2026 (graduated on Monday
2026-12-14 at 09:00 in California), as daily.compose leaves them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from chalicelib.adapters.dynamodb import DynamoPeople
from chalicelib.content import render_daily, render_reply
from chalicelib.domain import follow_up
from chalicelib.domain.model import Status
from chalicelib.domain.schedule import SLOT, slot_start
from scripts.drive import Backend
from tests.fakes.fake_twilio import FakeTwilio
from tests.support import ManualClock, Phone

GRADUATED = datetime(2026, 12, 14, 17, 0, tzinfo=UTC)  # Monday 09:00 in Los Angeles
MONTH_ON = datetime(2027, 1, 13, 17, 0, tzinfo=UTC)  # 30 days on, 09:00 local
THREE_MONTHS_ON = datetime(2027, 3, 14, 16, 0, tzinfo=UTC)  # 90 days on, 09:00 PDT


@pytest.fixture
def graduated(enrolled: Phone, clock: ManualClock) -> Phone:
    person = enrolled.stored()
    DynamoPeople().save(
        replace(person, graduated_at=GRADUATED, next_send_at=follow_up.next_at(
            replace(person, graduated_at=GRADUATED)))
    )  # fmt: skip
    clock.set(datetime(2026, 12, 20, 20, 0, tzinfo=UTC))
    return enrolled


def _tick_at(when: datetime, clock: ManualClock, backend: Backend, fake: FakeTwilio) -> list[str]:
    """The texts the tick at `when` sends. Deployed, a tick runs every 15 minutes; here weeks
    pass between two, so the scheduler's cursor is moved to the slot before (a tick catches up
    at most a day of slots, daily.MAX_SLOTS_PER_TICK)."""
    before = len(fake.messages_sent)
    clock.set(when)
    DynamoPeople().advance_scheduler_cursor(slot_start(when) - SLOT)
    backend.run_tick()
    return [m.body for m in fake.messages_sent[before:]]


def test_a_month_and_three_months_on_one_question_each_and_the_answers_are_kept(
    graduated: Phone,
    clock: ManualClock,
    backend: Backend,
    fake_twilio: FakeTwilio,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert graduated.stored().next_send_at == MONTH_ON
    assert _tick_at(MONTH_ON, clock, backend, fake_twilio) == [render_daily("follow_up", 0)]
    clock.advance(hours=3)
    capsys.readouterr()
    assert graduated.say("yes! still going strong") == render_reply("follow_up_no_contact")
    person = graduated.stored()
    assert person.outcome_1m == follow_up.NO_CONTACT and person.contacts_reported == 0
    out = capsys.readouterr().out
    assert '"FollowUpAnswers"' in out and '"FollowUpNoContact"' in out
    assert person.next_send_at == THREE_MONTHS_ON
    assert _tick_at(THREE_MONTHS_ON, clock, backend, fake_twilio) == [render_daily("follow_up", 1)]
    clock.advance(hours=1)
    assert graduated.say("yes i texted him once") == render_reply("follow_up_contact")
    person = graduated.stored()
    assert person.outcome_3m == follow_up.CONTACT and person.next_send_at is None
    assert person.outcome_1m == follow_up.NO_CONTACT


def test_nothing_between_the_follow_ups(
    graduated: Phone, clock: ManualClock, backend: Backend, fake_twilio: FakeTwilio
) -> None:
    for day in (
        datetime(2026, 12, 21, 17, 0, tzinfo=UTC),
        datetime(2027, 1, 12, 17, 0, tzinfo=UTC),
    ):
        assert _tick_at(day, clock, backend, fake_twilio) == []


def test_after_done_the_follow_ups_still_come(
    graduated: Phone, clock: ManualClock, backend: Backend, fake_twilio: FakeTwilio
) -> None:
    graduated.say("DONE")
    assert graduated.stored().status is Status.COMPLETED
    assert _tick_at(MONTH_ON, clock, backend, fake_twilio) == [render_daily("follow_up", 0)]
    clock.advance(hours=1)
    assert graduated.say("havent spoken to him at all") == render_reply("follow_up_no_contact")


def test_weekly_support_gets_the_question_in_place_of_that_weeks_text(
    graduated: Phone, clock: ManualClock, backend: Backend, fake_twilio: FakeTwilio
) -> None:
    graduated.say("CONTINUE")
    sent: list[str] = []
    for _ in range(6):
        person = graduated.stored()
        assert person.next_send_at is not None
        texts = _tick_at(person.next_send_at, clock, backend, fake_twilio)
        sent += texts
        if render_daily("follow_up", 0) in texts:
            clock.advance(hours=2)
            # Already on weekly support: thanked without being offered it again.
            assert graduated.say("yes") == render_reply("follow_up_no_contact_weekly")
    assert sent.count(render_daily("follow_up", 0)) == 1, sent
    assert len(sent) == 6  # still one text a week


def test_after_stop_no_follow_up(
    graduated: Phone, clock: ManualClock, backend: Backend, fake_twilio: FakeTwilio
) -> None:
    graduated.say("STOP")
    assert _tick_at(MONTH_ON, clock, backend, fake_twilio) == []


def test_an_unclear_answer_is_read_as_usual_and_the_question_stays_open(
    graduated: Phone, clock: ManualClock, backend: Backend, fake_twilio: FakeTwilio
) -> None:
    _tick_at(MONTH_ON, clock, backend, fake_twilio)
    clock.advance(hours=1)
    graduated.say("what do you mean")
    assert graduated.stored().outcome_1m is None
    assert graduated.say("YES") == render_reply("follow_up_no_contact")


def test_nope_with_words_of_no_contact_is_no_contact(
    graduated: Phone, clock: ManualClock, backend: Backend, fake_twilio: FakeTwilio
) -> None:
    _tick_at(MONTH_ON, clock, backend, fake_twilio)
    clock.advance(hours=1)
    assert graduated.say("nope havent talked to her at all 🙌") == render_reply(
        "follow_up_no_contact"
    )
    assert graduated.stored().outcome_1m == follow_up.NO_CONTACT
