"""A person's journey as anonymous events, for the outcomes report; no I/O.

Kept on the person's own item, so the inbound path still makes one read and at most one write,
and erasing the person erases their journey. An event is what happened and when, never their
words: consent, check-in, rating (1-5), contact (a reported slip), urge, opt-out, decision
(CONTINUE or DONE), crisis (a crisis reply was sent). The report (outcomes/) turns them into
program days and local hours with the person's time zone.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

from chalicelib.domain.model import JourneyEvent, Person, Status

# A year of daily texting fits; an item stays far under DynamoDB's 400 KB (about 30 bytes each).
MAX_EVENTS = 600
KINDS = ("consent", "checkin", "rating", "contact", "urge", "optout", "decision", "crisis")
# Outcome events (conversation) that are journey events of their own.
_FROM_OUTCOME = {"continue": "decision", "done": "decision", "crisis": "crisis"}


def recorded(
    before: Person | None, after: Person, events: tuple[str, ...], now: datetime
) -> Person:
    """`after` with the journey events that the change from `before` makes.

    Counters say what happened (a check-in, a slip, an urge), so every path that changes them is
    recorded; a slip taken back removes its contact event. `events` are the conversation's
    outcome events, for what no counter holds (a decision, a crisis reply).
    """
    was = before or replace(after, checkins=0, contacts_reported=0, urges=0, ratings_given=0)
    now = now.astimezone(UTC).replace(microsecond=0)  # as stored: whole seconds
    new: list[JourneyEvent] = []
    if was.consent_at is None and after.consent_at is not None:
        new.append(JourneyEvent("consent", now))
    new += [JourneyEvent("checkin", now)] * max(0, after.checkins - was.checkins)
    if after.ratings_given > was.ratings_given and after.ratings:
        new.append(JourneyEvent("rating", now, after.ratings[-1]))
    new += [JourneyEvent("contact", now)] * max(0, after.contacts_reported - was.contacts_reported)
    new += [JourneyEvent("urge", now)] * max(0, after.urges - was.urges)
    if after.status is Status.OPTED_OUT and was.status is not Status.OPTED_OUT:
        new.append(JourneyEvent("optout", now))
    named = (_FROM_OUTCOME[e] for e in dict.fromkeys(events) if e in _FROM_OUTCOME)
    new += [JourneyEvent(kind, now) for kind in named]
    journey = after.journey
    taken_back = was.contacts_reported - after.contacts_reported
    for _ in range(max(0, taken_back)):
        journey = _without_last(journey, "contact")
    if not new and journey == after.journey:
        return after
    return replace(after, journey=(journey + tuple(new))[-MAX_EVENTS:])


def _without_last(journey: tuple[JourneyEvent, ...], kind: str) -> tuple[JourneyEvent, ...]:
    for index in range(len(journey) - 1, -1, -1):
        if journey[index].kind == kind:
            return journey[:index] + journey[index + 1 :]
    return journey


def encode(journey: tuple[JourneyEvent, ...]) -> str | None:
    """Compact JSON, `[[kind, epoch seconds, value], ...]`; None for no events."""
    if not journey:
        return None
    rows = [[e.kind, int(e.at.timestamp()), e.value] for e in journey]
    return json.dumps(rows, separators=(",", ":"))


def decode(text: str | None) -> tuple[JourneyEvent, ...]:
    """The events `encode` wrote; unknown kinds (a newer version's) are skipped."""
    if not text:
        return ()
    return tuple(
        JourneyEvent(kind, datetime.fromtimestamp(at, UTC), value)
        for kind, at, value in json.loads(text)
        if kind in KINDS
    )
