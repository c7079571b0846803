"""After the program: one question a month and three months on, its answer kept as an outcome;
no I/O.

SMS cessation programs measure the same way: SmokefreeTXT asks about abstinence at the end of
the program and at 1, 3 and 6 months (Abroms et al., "Text2Quit", Am J Prev Med 2014; the
smokefree.gov SmokefreeTXT evaluations). Here the question is the program's own, asked the way
every check-in was ("Kept no contact with your ex in the last 7 days? YES or NO"): the point
prevalence of no contact.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from chalicelib.domain import program
from chalicelib.domain.model import Person

# Days after graduation (the first decision text) that each follow-up is due, and its label.
FOLLOW_UP_DAYS = (30, 90)
LABELS = ("1m", "3m")
NO_CONTACT = "no_contact"
CONTACT = "contact"


def due_at(person: Person, index: int) -> datetime | None:
    """When follow-up `index` (0 for one month, 1 for three) is due: their send time on the
    local day that many days after graduating; None before graduating or past the last."""
    if person.graduated_at is None or index >= len(FOLLOW_UP_DAYS):
        return None
    graduated_on = program.local_now(person, person.graduated_at).date()
    return program.daily_send_at(person, graduated_on + timedelta(days=FOLLOW_UP_DAYS[index]))


def next_at(person: Person) -> datetime | None:
    """The next follow-up not yet sent, or None when both have gone."""
    return due_at(person, person.follow_ups_sent)


def due(person: Person, now: datetime) -> int | None:
    """The index of the follow-up to send now (its time has come and it has not gone)."""
    at = next_at(person)
    # A follow-up whose day was skipped (quiet hours, a pause) still goes at the next send.
    if at is None or now < at - timedelta(minutes=1):
        return None
    return person.follow_ups_sent


def record(person: Person, label: str, contact: bool) -> Person:
    """Their answer to follow-up `label` ("1m", "3m"), kept as the outcome for that time."""
    value = CONTACT if contact else NO_CONTACT
    if label == LABELS[0]:
        return replace(person, outcome_1m=value)
    return replace(person, outcome_3m=value)
