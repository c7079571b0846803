"""Texts a person asked for (an urge check-in, a returned draft) keep the quiet-hours promise even
when a queue delivers them hours late after an outage (issue 13). Through the real handlers."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from chalicelib.adapters.dynamodb import DynamoPeople, RecordModel
from scripts.drive import Backend
from tests.app.test_hard_moments import deliver_delayed, to
from tests.fakes.fake_twilio import FakeTwilio
from tests.support import ManualClock, Phone

LOS_ANGELES = ZoneInfo("America/Los_Angeles")


def test_an_urge_follow_up_hours_late_is_dropped_not_sent_at_night(
    enrolled: Phone, backend: Backend, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    clock.set(datetime(2026, 11, 25, 20, 50, tzinfo=LOS_ANGELES).astimezone(UTC))
    enrolled.say("URGE")
    clock.set(datetime(2026, 11, 26, 2, 30, tzinfo=LOS_ANGELES).astimezone(UTC))
    deliver_delayed(backend)
    assert to(fake_twilio, enrolled.number) == []
    assert DynamoPeople().get(enrolled.number).urges_beaten == 0


def test_an_urge_follow_up_a_little_late_still_goes(
    enrolled: Phone, backend: Backend, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    clock.set(datetime(2026, 11, 25, 17, 0, tzinfo=LOS_ANGELES).astimezone(UTC))
    enrolled.say("URGE")
    clock.set(datetime(2026, 11, 25, 17, 50, tzinfo=LOS_ANGELES).astimezone(UTC))
    deliver_delayed(backend)
    [follow_up] = to(fake_twilio, enrolled.number)
    assert "still holding on" in follow_up


def test_a_draft_that_comes_due_in_the_night_after_an_outage_waits_for_8am(
    enrolled: Phone, backend: Backend, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    clock.set(datetime(2026, 11, 23, 18, 0, tzinfo=LOS_ANGELES).astimezone(UTC))
    enrolled.say("DRAFT can we talk")
    backend.run_tick()
    # Due Tuesday 18:00; the scheduler is down until Wednesday 03:00 and then catches up.
    clock.set(datetime(2026, 11, 25, 3, 0, tzinfo=LOS_ANGELES).astimezone(UTC))
    backend.run_tick()
    assert not any("can we talk" in body for body in to(fake_twilio, enrolled.number))
    [draft] = [r for r in RecordModel.query(enrolled.number) if r.key.startswith("draft#")]
    assert draft.due_at.astimezone(LOS_ANGELES) == datetime(2026, 11, 25, 8, 0, tzinfo=LOS_ANGELES)

    clock.set(datetime(2026, 11, 25, 8, 0, tzinfo=LOS_ANGELES).astimezone(UTC))
    backend.run_tick()
    returned = [body for body in to(fake_twilio, enrolled.number) if "can we talk" in body]
    assert len(returned) == 1
