"""Every day's idea reaches everyone (issue 12), for sign-ups at six hours of the day: the
schedule played through the domain's own functions (daily.compose and after_send for each
text, conversation.respond for a check-in an hour later), the way the sender and webhook do.

The first daily text is the morning after joining (Day 2), so it opens with the first day's
idea ("This is for you, not a move...") as well as its own: all 21 arrive, days 2 to 21 each
exactly once and in order.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest

from chalicelib.content import render_daily
from chalicelib.domain import conversation, daily, reflection
from chalicelib.domain.gsm7 import fits_one_segment
from chalicelib.domain.model import Person, ProgramSettings, Status
from chalicelib.domain.outcome import InboundText

SETTINGS = ProgramSettings()
LA = ZoneInfo("America/Los_Angeles")
PHONE = "+14155550177"


def _say(person: Person | None, body: str, now: datetime) -> tuple[Person, str]:
    outcome = conversation.respond(person, InboundText(PHONE, body, "CA", "US"), now, SETTINGS)
    [reply] = outcome.replies
    return outcome.person, reply


def _idea_of(body: str, day: int) -> int | None:
    for index in range(21):
        if body == render_daily("daily", index, day=day, program_days=21):
            return index
    return None


@pytest.mark.parametrize(
    "joined_at", [time(0, 30), time(7), time(10), time(14), time(19), time(23, 30)]
)
@pytest.mark.parametrize("checks_in", [True, False])
def test_each_idea_is_sent_once_whatever_the_sign_up_hour(joined_at: time, checks_in: bool) -> None:
    start = datetime.combine(datetime(2026, 11, 23), joined_at, tzinfo=LA).astimezone(UTC)
    person, _ = _say(None, "hi", start)
    person, _ = _say(person, "YES", start + timedelta(minutes=1))
    assert person.status is Status.ACTIVE
    ideas: list[int] = []
    named: list[int] = []
    first: str | None = None
    while person.next_send_at is not None and len(ideas) < 30:
        now = person.next_send_at
        assert daily.check_due(person, now, now) is None
        text = daily.compose(person, now, SETTINGS)
        assert fits_one_segment(text.body)
        person = daily.after_send(person, text, now)
        if text.kind == "daily":
            first = first or text.body
            day = int(text.body.split()[1])
            assert _idea_of(text.body, day) == day - 1, text.body
            ideas.append(day - 1)
        if checks_in and text.kind == "daily":
            later = now + timedelta(hours=1)
            person, reply = _say(person, "YES", later)
            hours = int((later - start).total_seconds() // 3600)
            named += [
                h for h in reflection.MILESTONE_HOURS if reflection.milestone_words(h) in reply
            ]
            assert all(h <= hours for h in named), (named, hours)
    assert ideas == list(range(1, 21)), ideas
    assert first is not None and "This is for you, not a move" in first
    if checks_in:
        assert len(named) == len(set(named)) and {24, 72, 336} <= set(named)


@pytest.mark.parametrize(
    "joined_at", [time(0, 30), time(7), time(10), time(14), time(19), time(23, 30)]
)
@pytest.mark.parametrize("slips_on", [2, 3, 5, 10, 17, 21])
def test_each_idea_is_sent_once_with_a_slip(joined_at: time, slips_on: int) -> None:
    """A slip restarts the clock and its days; a replayed day whose idea has gone gets the
    restart's or other words, so every idea still arrives exactly once, and no text twice
    running."""
    start = datetime.combine(datetime(2026, 11, 23), joined_at, tzinfo=LA).astimezone(UTC)
    person, _ = _say(None, "hi", start)
    person, _ = _say(person, "YES", start + timedelta(minutes=1))
    ideas: list[int] = []
    bodies: list[str] = []
    kinds: list[str] = []
    slipped = False
    while person.next_send_at is not None and len(bodies) < 60:
        now = person.next_send_at
        text = daily.compose(person, now, SETTINGS)
        assert fits_one_segment(text.body)
        person = daily.after_send(person, text, now)
        bodies.append(text.body)
        kinds.append(text.kind)
        if text.kind == "daily":
            day = int(text.body.split()[1])
            assert _idea_of(text.body, day) == day - 1, text.body
            ideas.append(day - 1)
        if text.kind not in ("daily", "restart", "again"):
            break  # the decision days: the 21 are over
        slip = not slipped and text.kind == "daily" and int(text.body.split()[1]) == slips_on
        person, _ = _say(person, "no, i texted him" if slip else "YES", now + timedelta(hours=1))
        slipped = slipped or slip
    assert slipped
    assert sorted(ideas) == ideas == list(range(1, 21)), ideas
    assert "restart" in kinds or slips_on <= 3, kinds
    assert all(a != b for a, b in pairwise(bodies))
