"""One person's first days, through the real Chalice app, PynamoDB on moto and a manual clock."""

from __future__ import annotations

from chalicelib.adapters.dynamodb import DynamoPeople
from chalicelib.domain.gsm7 import fits_one_segment
from chalicelib.domain.model import Status
from tests.support import ManualClock, Phone


def test_sign_up_three_days_with_a_slip_status_stop_and_start(
    phone: Phone, clock: ManualClock
) -> None:
    people = DynamoPeople()
    sent: list[str] = []

    def say(text: str) -> str:
        reply = phone.say(text)
        sent.append(reply)
        return reply

    # Monday 14:00 in California: a first text, then consent.
    assert "Reply YES to start" in say("hi, a friend told me about this")
    assert people.get(phone.number).status is Status.PENDING
    assert "Day 1 of 21" in say("YES")
    joined = people.get(phone.number)
    assert joined.status is Status.ACTIVE
    # Carriers can ask for proof of opt-in: when, and to which wording.
    assert joined.consent_at == clock.now
    assert joined.consent_version == "2026-11-v1"
    assert joined.timezone == "America/Los_Angeles"

    # Day 1, 20:00: kept it; a second answer the same evening is not counted.
    clock.advance(hours=6)
    assert "Day 1 of 21: no contact kept, 6 hours" in say("yes")
    assert "already have your check-in" in say("Yep!")
    assert people.get(phone.number).checkins == 1

    # Day 2, 20:00: they texted their ex. The clock restarts; 30 hours stay their best.
    clock.advance(hours=24)
    slip_reply = say("I texted him")
    assert "clock restarts now" in slip_reply
    assert "best streak of 1 day" in slip_reply
    after_slip = people.get(phone.number)
    assert after_slip.last_contact_at == clock.now
    assert after_slip.best_streak_seconds == 30 * 3600
    assert "Day 1 of 21. No contact for 0d 0h. Best streak 1d" in say("STATUS")

    # Day 3, 20:00: kept it, and it was a 2 out of 5.
    clock.advance(hours=24)
    assert "Day 2 of 21: no contact kept, difficulty 2/5, 24 hours" in say("YES 2")

    # Thursday 09:00, the third calendar day since the slip on Tuesday evening.
    clock.advance(hours=13)
    assert say("status") == (
        "Day 3 of 21. No contact for 1d 13h. Best streak 1d. Total no-contact days 2. "
        "You're doing this."
    )
    state = people.get(phone.number)
    assert state.checkins == 3
    assert state.contacts_reported == 1
    assert state.banked_seconds == 30 * 3600

    # STOP: one confirmation, then silence.
    assert "unsubscribed" in say("STOP")
    assert people.get(phone.number).status is Status.OPTED_OUT
    assert phone.text("YES") == []
    assert phone.text("are you there?") == []

    # START: back in, and the clock kept running while they were away.
    clock.advance(hours=2)
    back = say("START")
    assert back.startswith(
        "No Contact Coach: welcome back. Your clock kept running: day 3 of 21, 39 hours"
    )
    assert people.get(phone.number).status is Status.ACTIVE

    assert all(fits_one_segment(text) for text in sent), [
        t for t in sent if not fits_one_segment(t)
    ]
    assert len(sent) == 10


def test_missing_check_ins_never_reset_the_clock(phone: Phone, clock: ManualClock) -> None:
    phone.say("hello")
    phone.say("yes")
    clock.advance(days=6, hours=5)
    assert phone.say("STATUS").startswith("Day 7 of 21. No contact for 6d 5h.")


def test_yes_with_days_starts_the_clock_at_the_named_past_contact(phone: Phone) -> None:
    phone.say("hello")
    reply = phone.say("YES 3")
    assert "day 4 of 21 counting from 3 days ago" in reply
    assert phone.say("status").startswith("Day 4 of 21. No contact for 3d 0h.")
