"""The program a person receives (issue 12): settings by text keep their promises.

`enrolled` joined on Monday 2026-11-23 at 14:00 in California; their first daily text is
Tuesday 09:00 local (17:00 UTC).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

from chalice.test import Client

from chalicelib.adapters.dynamodb import DynamoPeople
from chalicelib.content import render_reply
from chalicelib.domain import program
from tests.support import ManualClock, Phone

LA = ZoneInfo("America/Los_Angeles")


def _local_next(phone: Phone) -> datetime:
    person = phone.stored()
    assert person.next_send_at is not None
    return program.local_now(person, person.next_send_at)


def test_time_with_a_leading_zero_is_the_morning(enrolled: Phone) -> None:
    assert enrolled.say("TIME 07:30") == render_reply("time_quiet_morning")  # 7:30am: quiet
    enrolled.say("TIME 0830")
    assert enrolled.stored().send_time == time(8, 30)


def test_time_after_todays_text_has_gone_promises_tomorrow_not_today(
    enrolled: Phone, clock: ManualClock
) -> None:
    clock.set(datetime(2026, 11, 24, 17, 0, tzinfo=UTC))  # Tuesday 09:00 LA: the text goes
    person = enrolled.stored()
    # As if Tuesday's text had just gone: the next one is Wednesday's.
    DynamoPeople().save(replace(person, next_send_at=datetime(2026, 11, 25, 17, 0, tzinfo=UTC)))
    clock.set(datetime(2026, 11, 24, 20, 0, tzinfo=UTC))  # Tuesday noon LA
    reply = enrolled.say("TIME 7pm")
    assert "starting tomorrow" in reply, reply
    assert _local_next(enrolled) == datetime(2026, 11, 25, 19, 0, tzinfo=LA)


def test_time_before_todays_text_still_means_today(enrolled: Phone, clock: ManualClock) -> None:
    clock.set(datetime(2026, 11, 24, 15, 0, tzinfo=UTC))  # Tuesday 07:00 LA, text due 09:00
    assert "starting today" in enrolled.say("TIME 6pm")
    assert _local_next(enrolled) == datetime(2026, 11, 24, 18, 0, tzinfo=LA)


def _weekly(phone: Phone, clock: ManualClock) -> None:
    """On weekly support, with the next text on Thursday 2026-12-17 at 09:00 LA."""
    person = phone.stored()
    DynamoPeople().save(
        replace(
            person,
            weekly=True,
            graduated_at=datetime(2026, 12, 14, tzinfo=UTC),
            next_send_at=datetime(2026, 12, 17, 17, 0, tzinfo=UTC),
        )
    )
    clock.set(datetime(2026, 12, 14, 20, 0, tzinfo=UTC))  # Monday noon LA


def test_weekly_support_keeps_its_weekday_across_time(enrolled: Phone, clock: ManualClock) -> None:
    _weekly(enrolled, clock)
    reply = enrolled.say("TIME 6pm")
    assert "once a week, on Thursdays" in reply and "each day" not in reply, reply
    assert _local_next(enrolled) == datetime(2026, 12, 17, 18, 0, tzinfo=LA)


def test_weekly_support_keeps_its_weekday_across_tz(enrolled: Phone, clock: ManualClock) -> None:
    _weekly(enrolled, clock)
    reply = enrolled.say("TZ eastern")
    assert "once a week, on Thursdays" in reply, reply
    nyc = _local_next(enrolled)
    assert (nyc.strftime("%A"), nyc.hour) == ("Thursday", 9)


def test_weekly_support_keeps_its_weekday_after_a_pause(
    enrolled: Phone, clock: ManualClock
) -> None:
    _weekly(enrolled, clock)
    enrolled.say("PAUSE 5")  # until Saturday: Thursday's text waits to the next Thursday
    assert _local_next(enrolled) == datetime(2026, 12, 24, 9, 0, tzinfo=LA)


def test_a_daily_pause_resumes_the_day_it_ends(enrolled: Phone, clock: ManualClock) -> None:
    enrolled.say("PAUSE 3")  # Monday 14:00 LA + 3 days: Thursday 14:00, so Friday 09:00
    assert _local_next(enrolled) == datetime(2026, 11, 27, 9, 0, tzinfo=LA)


def test_every_opt_in_text_names_the_program_frequency_rates_help_and_stop(client: Client) -> None:
    # CTIA Messaging Principles: the opt-in confirmation names the program, the frequency,
    # "msg & data rates may apply", HELP and STOP. Welcome, enrolment and coming back all count.
    first = Phone(client, "+14155550141")
    late = Phone(client, "+14155550142")
    texts = [first.say("hi"), first.say("YES"), late.say("hi"), late.say("YES 3")]
    first.say("STOP")
    texts.append(first.say("START"))
    for text in texts:
        for needed in ("No Contact Coach", "1 msg/day", "Msg&data rates may apply", "HELP", "STOP"):
            assert needed in text, (needed, text)
