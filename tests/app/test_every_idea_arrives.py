"""Every day's idea reaches everyone (issue 12): the schedule played through the real tick, SQS
sender and webhook, checking in an hour after each text.

A milestone or reflection rides on the check-in reply and never takes the place of the day's
idea. The first daily text is the morning after joining (Day 2), and opens with the first day's
idea too.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from chalice.test import Client

from chalicelib.content import render_daily
from chalicelib.domain import reflection
from chalicelib.domain.gsm7 import fits_one_segment
from scripts.drive import Backend
from tests.fakes.fake_twilio import FakeTwilio
from tests.support import ManualClock, Phone

LA = ZoneInfo("America/Los_Angeles")
IDEAS = 21


def _idea_of(body: str, day: int) -> int | None:
    """Which of the 21 daily ideas this scheduled text is, or None for any other text."""
    for index in range(IDEAS):
        if body == render_daily("daily", index, day=day, program_days=21):
            return index
    return None


def test_each_days_idea_is_sent_once_and_milestones_ride_on_check_ins(
    client: Client, backend: Backend, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    """Through the real handlers for one sign-up hour; tests/unit/test_every_idea.py plays six
    hours through the same domain functions, faster."""
    start = datetime(2026, 11, 23, 14, 0, tzinfo=LA)
    clock.set(start.astimezone(UTC))
    phone = Phone(client, "+14155550177")
    phone.say("hi")
    phone.say("YES")
    ideas: list[int] = []
    named: dict[int, int] = {}  # milestone hours -> hours on the clock when it was named
    reflections: list[str] = []
    for _ in range(25):
        person = phone.stored()
        if person.next_send_at is None or person.next_send_at > start + timedelta(days=26):
            break  # the decision days are over; the follow-ups (a month on) are their own test
        clock.set(person.next_send_at)
        before = len(fake_twilio.messages_sent)
        # A tick catches up at most a day of slots; "21 days!" waits for the 504th hour, more
        # than a day after day 21's text, so a second tick at the same moment reaches it.
        assert backend.run_tick() + backend.run_tick() == 1
        [text] = [m.body for m in fake_twilio.messages_sent[before:]]
        assert fits_one_segment(text)
        if text.startswith("Day ") and " of 21: " in text:
            day = int(text.split()[1])
            idea = _idea_of(text, day)
            assert idea is not None, f"a celebration took the place of day {day}'s idea: {text}"
            assert idea == day - 1, (idea, day)
            ideas.append(idea)
        clock.advance(hours=1)
        reply = phone.say("YES")
        hours = int((clock() - start).total_seconds() // 3600)
        for milestone in reflection.MILESTONE_HOURS:
            if reflection.milestone_words(milestone) in reply:
                named[milestone] = hours
        if "Looking back:" in reply:
            reflections.append(reply)
    assert ideas == list(range(1, IDEAS)), ideas  # days 2 to 21, each once, in order
    for milestone, at in named.items():
        assert at >= milestone, f"{milestone} hours named at hour {at}"
    assert set(named) | {168} >= {24, 72, 336}  # a week may fall on a reflection day
    assert len(reflections) == 3 == len(set(reflections))
    assert all(" 0 " not in r for r in reflections)


def test_after_a_slip_each_idea_still_arrives_once(
    client: Client, backend: Backend, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    """A slip on day 10 restarts the clock: days 2-4 get the restart texts, days 5-10 (ideas
    already sent) other words, and days 11-21 the ideas not yet sent, each once."""
    start = datetime(2026, 11, 23, 19, 0, tzinfo=LA)
    clock.set(start.astimezone(UTC))
    phone = Phone(client, "+14155550178")
    phone.say("hi")
    phone.say("YES")
    ideas: list[int] = []
    texts: list[str] = []
    slipped = False
    for _ in range(40):
        person = phone.stored()
        assert person.next_send_at is not None
        clock.set(person.next_send_at)
        before = len(fake_twilio.messages_sent)
        assert backend.run_tick() + backend.run_tick() == 1
        [text] = [m.body for m in fake_twilio.messages_sent[before:]]
        assert fits_one_segment(text)
        if not text.startswith("Day "):
            break  # "21 days!": the decision days begin
        texts.append(text)
        day = int(text.split()[1])
        idea = _idea_of(text, day)
        if idea is not None:
            ideas.append(idea)
        clock.advance(hours=1)
        slip = not slipped and day == 10
        phone.say("no... i called her" if slip else "YES")
        slipped = slipped or slip
    assert slipped and ideas == list(range(1, IDEAS)), ideas
    assert len(texts) == 20 + 9 and all(a != b for a, b in pairwise(texts))
