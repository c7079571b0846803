"""Extra support, opt-in (issue 12 item 6): EXTRA brings Friday and Saturday evening texts of
days 4-17 and five restart days after a slip; DATE brings a text the evening before and of a
hard date. Played through the domain's own functions (daily.compose and after_send for each
text, conversation.respond for each text of theirs), the way the sender and webhook do."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from chalicelib.content import render_daily
from chalicelib.domain import conversation, daily, extra_support, program
from chalicelib.domain.gsm7 import fits_one_segment
from chalicelib.domain.intents import IntentKind
from chalicelib.domain.model import Person, ProgramSettings
from chalicelib.domain.outcome import InboundText
from chalicelib.domain.understanding import reader

SETTINGS = ProgramSettings()
LA = ZoneInfo("America/Los_Angeles")
PHONE = "+14155550179"
MONDAY = datetime(2026, 11, 23, 14, 0, tzinfo=LA)  # days 4-17: Thu 26 Nov to Wed 9 Dec


def _say(person: Person | None, body: str, now: datetime, country: str = "US") -> Person:
    text = InboundText(PHONE, body, "CA", country)
    return conversation.respond(person, text, now, SETTINGS).person


def _reply(person: Person, body: str, now: datetime, country: str = "US") -> str:
    text = InboundText(PHONE, body, "CA", country)
    [reply] = conversation.respond(person, text, now, SETTINGS).replies
    return reply


def _joined(*texts: str) -> Person:
    start = MONDAY.astimezone(UTC)
    person = _say(_say(None, "hi", start), "YES", start + timedelta(minutes=1))
    for body in texts:
        person = _say(person, body, start + timedelta(minutes=2))
    return person


def _play(person: Person, slip_on: int | None = None) -> list[tuple[datetime, str, str]]:
    """Every scheduled text to the decision: (local time, kind, body); YES an hour after each
    morning text, or a slip on day `slip_on`."""
    sent: list[tuple[datetime, str, str]] = []
    slipped = False
    while person.next_send_at is not None and len(sent) < 80:
        now = person.next_send_at
        assert daily.check_due(person, now, now) is None
        text = daily.compose(person, now, SETTINGS)
        assert fits_one_segment(text.body), text.body
        person = daily.after_send(person, text, now)
        sent.append((program.local_now(person, now), text.kind, text.body))
        if text.kind == "decision":
            break
        if text.kind != "evening":
            day = int(text.body.split()[1])
            slip = slip_on == day and not slipped
            person = _say(person, "i texted him" if slip else "YES", now + timedelta(hours=1))
            slipped = slipped or slip
    return sent


def _evenings(sent: list[tuple[datetime, str, str]]) -> list[tuple[date, str]]:
    return [(at.date(), body) for at, kind, body in sent if kind == "evening"]


def test_by_default_one_text_a_day_and_no_evenings() -> None:
    sent = _play(_joined())
    assert _evenings(sent) == []
    days = [at.date() for at, _, _ in sent]
    assert len(days) == len(set(days))


def test_extra_brings_friday_and_saturday_evenings_of_days_4_to_17() -> None:
    sent = _play(_joined("EXTRA"))
    evenings = _evenings(sent)
    assert [d for d, _ in evenings] == [
        date(2026, 11, 27), date(2026, 11, 28), date(2026, 12, 4), date(2026, 12, 5)
    ]  # fmt: skip
    assert [body for _, body in evenings] == [
        render_daily("evening", "friday"), render_daily("evening", "saturday")
    ] * 2  # fmt: skip
    assert all(at.time() == time(19, 0) for at, kind, _ in sent if kind == "evening")
    ideas = [body for _, kind, body in sent if kind == "daily"]
    assert len(ideas) == 20  # every idea still, each once


def test_a_hard_date_brings_the_evening_before_and_of_for_anyone() -> None:
    evenings = _evenings(_play(_joined("DATE 12/2 his birthday")))
    assert evenings == [
        (date(2026, 12, 1), render_daily("evening", "date_eve")),
        (date(2026, 12, 2), render_daily("evening", "date_day")),
    ]


def test_extra_off_drops_the_planned_evening() -> None:
    person = _joined("EXTRA")
    friday_evening = datetime(2026, 11, 27, 19, 0, tzinfo=LA)
    while person.next_send_at is not None and person.next_send_at < friday_evening:
        now = person.next_send_at
        person = daily.after_send(person, daily.compose(person, now, SETTINGS), now)
    assert person.next_send_at == friday_evening  # after Friday's morning text
    off = _say(person, "EXTRA OFF", friday_evening - timedelta(hours=6))
    assert not off.extra_support
    assert off.next_send_at == datetime(2026, 11, 28, 9, 0, tzinfo=LA)
    assert _evenings(_play(off)) == []


def test_extra_on_a_friday_afternoon_plans_that_evening() -> None:
    person = _joined()
    friday_evening = datetime(2026, 11, 27, 19, 0, tzinfo=LA)
    while person.next_send_at is not None and person.next_send_at < friday_evening:
        now = person.next_send_at
        person = daily.after_send(person, daily.compose(person, now, SETTINGS), now)
    on = _say(person, "extra", friday_evening - timedelta(hours=3))
    assert on.extra_support and on.next_send_at == friday_evening


def test_with_extra_a_slip_gets_five_restart_days() -> None:
    sent = _play(_joined("EXTRA"), slip_on=8)
    restarts = [body for _, kind, body in sent if kind == "restart"]
    assert restarts == [
        render_daily("restart", i, day=i + 2, program_days=21, best="6 days") for i in range(5)
    ], restarts


def test_without_extra_a_slip_gets_three() -> None:
    sent = _play(_joined(), slip_on=8)
    assert len([kind for _, kind, _ in sent if kind == "restart"]) == 3


def test_the_offer_comes_once_on_an_unrated_check_in_of_day_3_to_5() -> None:
    person = _joined()
    replies: list[str] = []
    while len(replies) < 6 and person.next_send_at is not None:
        now = person.next_send_at
        text = daily.compose(person, now, SETTINGS)
        person = daily.after_send(person, text, now)
        replies.append(_reply(person, "yes", now + timedelta(hours=1)))
        person = _say(person, "yes", now + timedelta(hours=1))
    offers = [r for r in replies if "Reply EXTRA" in r]
    assert len(offers) == 1 and person.extra_offered


@pytest.mark.parametrize(
    ("body", "country", "stored"),
    [
        ("DATE 3/14 anniversary", "US", "03-14"),
        ("date 14/3 anniversary", "GB", "03-14"),
        ("DATE March 14th", "AU", "03-14"),
        ("dates: 2 feb, the day we met", "US", "02-02"),
        ("DATE 29 feb", "GB", "02-29"),
    ],
)
def test_a_hard_date_is_read_in_the_countrys_order(body: str, country: str, stored: str) -> None:
    person = _joined()
    assert _say(person, body, MONDAY.astimezone(UTC), country).hard_dates == (stored,)


@pytest.mark.parametrize(
    "body", ["date night was fun", "extra sad today", "dates are the worst", "extra tired lol"]
)
def test_the_words_in_a_sentence_are_not_the_keywords(body: str) -> None:
    assert reader.read(body).kind not in (IntentKind.EXTRA, IntentKind.HARD_DATE)


def test_a_sixth_date_is_refused_and_off_clears_them() -> None:
    person = _joined(*(f"DATE 1/{day}" for day in range(1, 6)))
    assert len(person.hard_dates) == extra_support.MAX_HARD_DATES
    now = MONDAY.astimezone(UTC)
    assert "5 hard dates saved" in _reply(person, "DATE 2/1", now)
    assert _say(person, "DATE OFF", now).hard_dates == ()
    assert "I couldn't read that date" in _reply(person, "DATE 44/44", now)
    assert "DATE 3/14" in _reply(person, "DATE", now)


def test_the_offer_rides_on_a_milestone_when_both_fit() -> None:
    person = _joined()
    day_3 = datetime(2026, 11, 25, 20, 0, tzinfo=LA).astimezone(UTC)
    reply = _reply(person, "yes", day_3)
    assert reply.startswith("Day 3 of 21: no contact kept. 24 hours!"), reply
    assert reply.endswith("Reply EXTRA.") and fits_one_segment(reply)
    assert _say(person, "yes", day_3).extra_offered


def test_a_day_text_due_at_19_00_is_not_an_evening_one() -> None:
    """The claim and the words follow what is due, not the hour: a day's text can be due at
    19:00 (a late first text, a test's forced slot), and only a due evening is 'evening'."""
    friday_evening = datetime(2026, 11, 27, 19, 0, tzinfo=LA)
    assert daily.evening_due(_joined(), friday_evening, SETTINGS) is None
    assert daily.evening_due(_joined("EXTRA"), friday_evening, SETTINGS) == "friday"
    assert (
        daily.evening_due(_joined("EXTRA"), friday_evening - timedelta(hours=9), SETTINGS) is None
    )
