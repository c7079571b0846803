"""Flying with the coach (issue 12): Tokyo -> Los Angeles and Los Angeles -> Tokyo, with `TZ`
texted on arrival. Day N stays continuous, no idea is lost, no local day gets two texts, and
every day's check-in counts; played through the domain's own functions."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from chalicelib.domain import conversation, daily, program
from chalicelib.domain.model import Person, ProgramSettings
from chalicelib.domain.outcome import InboundText

SETTINGS = ProgramSettings()
PHONE = "+14155550188"


def _say(person: Person | None, body: str, now: datetime) -> Person:
    return conversation.respond(person, InboundText(PHONE, body, "CA", "US"), now, SETTINGS).person


def _send(person: Person) -> tuple[Person, int, str]:
    assert person.next_send_at is not None
    now = person.next_send_at
    assert daily.check_due(person, now, now) is None
    text = daily.compose(person, now, SETTINGS)
    sent = daily.after_send(person, text, now)
    day = int(text.body.split()[1])
    checked = _say(sent, "YES", now + timedelta(hours=1))
    return checked, day, f"{program.local_now(sent, now):%Y-%m-%d}"


@pytest.mark.parametrize(
    ("home", "away"),
    [("Asia/Tokyo", "America/Los_Angeles"), ("America/Los_Angeles", "Asia/Tokyo")],
)
def test_a_trip_keeps_day_n_continuous_and_loses_no_text_or_check_in(home: str, away: str) -> None:
    now = datetime(2026, 11, 23, 5, 0, tzinfo=UTC)
    person = _say(_say(None, "hi", now), "YES", now)
    person = replace(person, timezone=home)
    person = replace(person, next_send_at=program.first_daily_send(person, now))
    days: list[int] = []
    local_dates: list[str] = []
    for _ in range(2):
        person, day, on = _send(person)
        days.append(day)
        local_dates.append(on)
    assert person.next_send_at is not None
    landed = person.next_send_at - timedelta(hours=21)  # three hours after the last text
    person = _say(person, f"TZ {away}", landed)
    assert person.timezone == away
    for _ in range(3):
        person, day, on = _send(person)
        days.append(day)
        local_dates.append(on)
    assert days == [2, 3, 4, 5, 6], days  # no day skipped, none twice
    assert len(set(local_dates[2:])) == 3  # one text per local day in the new zone
    assert person.ideas_sent == frozenset(range(6))  # ideas of days 1-6, each sent
    assert person.kept_checkins == 5  # every text's check-in counted
