"""What the coach asked and is waiting on, and how long an answer to it is awaited; no I/O.

A person carries at most one open question (Person.asked, asked_until, asked_about). The next
text is read against it first; once it expires, texts are read as if nothing had been asked.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from chalicelib.domain.model import Person

# The direct safety question ("Are you thinking about suicide?").
SAFETY = "safety"
# "Reply YES within 10 minutes to confirm" (DELETE).
DELETE = "delete"
# "Still want to?" with a vaulted draft handed back.
DRAFT_RETURN = "draft_return"
# "What set it off?" after a reported contact, and on the first restart day.
SLIP_TRIGGER = "slip_trigger"
# "Reply 1-5 for how strong the urge is now" (the urge follow-up).
URGE_RATING = "urge_rating"
# The decision days' questions ("Which voice is talking?").
DECISION = "decision"
# A daily text's open question ("Name one change").
REFLECT = "reflect"
# "Sounds like you kept no contact today, is that right?" (asked_about: the guess).
CLARIFY = "clarify"
# A month or three on: "Kept no contact with your ex in the last 7 days?" (asked_about: "1m", "3m").
FOLLOW_UP = "follow_up"

# The morning after a crisis reply, the care text's "How are you today?" (asked_about: the
# crisis kind).
CARE = "care"
# "Pick a time from 8am to 8:45pm": a time told next ("ok 8pm then") is the setting.
TIME_RETRY = "time_retry"

# After the crisis resources (or "no" to the safety question): a plain yes or no that follows
# is about how they are, never a check-in (asked_about: the crisis kind).
CRISIS_FOLLOW = "crisis_follow"
# CRISIS_FOLLOW's asked_about after "no" to the safety question: warm support, not the resources.
ABOUT_SUPPORT = "support"
# SLIP_TRIGGER's asked_about when a scheduled text asked it and then "Reply YES or NO": a bare
# yes or no answers the check-in, the last question (a simulated "NO" there lost a slip).
ABOUT_CHECKIN = "checkin"
# What follows the crisis kind in asked_about ("self_harm:taken") once something was taken or a
# wound bleeds: every reply in the window puts the emergency number first, whatever they say.
MEDICAL = ("taken", "injury")

# How long each question waits for its answer.
WINDOWS: dict[str, timedelta] = {
    SAFETY: timedelta(hours=12),
    CRISIS_FOLLOW: timedelta(hours=12),
    DELETE: timedelta(minutes=10),
    DRAFT_RETURN: timedelta(hours=24),
    SLIP_TRIGGER: timedelta(hours=12),
    URGE_RATING: timedelta(hours=1),
    DECISION: timedelta(hours=24),
    REFLECT: timedelta(hours=20),
    CLARIFY: timedelta(hours=2),
    FOLLOW_UP: timedelta(days=3),
    CARE: timedelta(hours=20),
    TIME_RETRY: timedelta(hours=1),
}


def ask(person: Person, question: str, now: datetime, about: str | None = None) -> Person:
    """The person, now carrying `question` (a key of WINDOWS) until its window closes."""
    return replace(person, asked=question, asked_until=now + WINDOWS[question], asked_about=about)


def open_question(person: Person, now: datetime) -> str | None:
    """The question still awaiting an answer at `now`, or None."""
    if person.asked is None or person.asked_until is None or now > person.asked_until:
        return None
    return person.asked


def answered(person: Person) -> Person:
    """The person with no open question."""
    if person.asked is None and person.asked_until is None and person.asked_about is None:
        return person
    return replace(person, asked=None, asked_until=None, asked_about=None)
