"""The anonymous journey kept for the outcomes report (domain/journey.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta

from chalicelib.domain import journey, program
from chalicelib.domain.model import JourneyEvent, Person, Status

NOW = datetime(2026, 3, 2, 20, 0, tzinfo=UTC)


def person(**changes: object) -> Person:
    base = Person("+14155550123", Status.ACTIVE, "America/Los_Angeles", time(9), NOW)
    return replace(base, **changes)  # type: ignore[arg-type]


def test_consent_check_in_rating_slip_urge_and_opt_out_each_leave_one_event() -> None:
    pending = person(status=Status.PENDING)
    joined = journey.recorded(pending, replace(pending, consent_at=NOW), (), NOW)
    assert [e.kind for e in joined.journey] == ["consent"]
    later = NOW + timedelta(days=1)
    checked = replace(joined, checkins=1, ratings=(4,), ratings_given=1)
    checked = journey.recorded(joined, checked, ("checkin",), later)
    assert checked.journey[1:] == (
        JourneyEvent("checkin", later),
        JourneyEvent("rating", later, 4),
    )
    slipped = journey.recorded(checked, replace(checked, contacts_reported=1, urges=1), (), later)
    assert [e.kind for e in slipped.journey][-2:] == ["contact", "urge"]
    out = journey.recorded(slipped, replace(slipped, status=Status.OPTED_OUT), ("opt_out",), later)
    assert out.journey[-1].kind == "optout"


def test_a_slip_taken_back_takes_its_contact_event_with_it() -> None:
    slipped = person(contacts_reported=1, journey=(JourneyEvent("contact", NOW),))
    undone = journey.recorded(slipped, replace(slipped, contacts_reported=0), (), NOW)
    assert undone.journey == ()


def test_decisions_and_crisis_replies_come_from_the_outcome_events_and_nothing_else_does() -> None:
    someone = person()
    assert journey.recorded(someone, someone, ("help", "unheard"), NOW) is someone
    decided = journey.recorded(someone, someone, ("done", "crisis", "crisis_explicit"), NOW)
    assert [e.kind for e in decided.journey] == ["decision", "crisis"]


def test_the_journey_keeps_its_newest_events_only() -> None:
    full = person(journey=tuple(JourneyEvent("urge", NOW) for _ in range(journey.MAX_EVENTS)))
    one_more = journey.recorded(full, replace(full, urges=1), (), NOW + timedelta(hours=1))
    assert len(one_more.journey) == journey.MAX_EVENTS
    assert one_more.journey[-1].at == NOW + timedelta(hours=1)


def test_encoding_round_trips_and_skips_kinds_it_does_not_know() -> None:
    events = (JourneyEvent("consent", NOW), JourneyEvent("rating", NOW, 3))
    text = journey.encode(events)
    assert text is not None and "+1415" not in text
    assert journey.decode(text) == events
    assert journey.decode('[["teleport",1767225600,null]]') == ()
    assert journey.encode(()) is None and journey.decode(None) == ()


def test_a_rating_like_the_last_twenty_one_still_counts() -> None:
    """ratings keeps the newest 21, so a 22nd "3" leaves it unchanged; the count moves."""
    steady = person(ratings=(3,) * 21, ratings_given=21)
    again = program.with_rating(steady, 3)
    assert again.ratings == steady.ratings
    assert journey.recorded(steady, again, (), NOW).journey == (JourneyEvent("rating", NOW, 3),)
