"""What rides on a kept check-in: a milestone when it becomes true, a reflection on days 7, 14
and 21; never in place of the day's idea, which the scheduled text always carries; no I/O.

A reflection is built only from what the person did (days kept, urges beaten, notes, the
hardest day they rated, their own reason), so it never reads as a line of zeros.
"""

from __future__ import annotations

from chalicelib.content import render_daily
from chalicelib.domain.gsm7 import SINGLE_SEGMENT_SEPTETS, septet_length
from chalicelib.domain.model import Person
from chalicelib.domain.quoting import MIN_QUOTE, fit_quote

MILESTONE_HOURS = (24, 72, 168, 336)
REFLECTION_DAYS = (7, 14, 21)


def new_milestone(person: Person, hours: int) -> int | None:
    """The largest milestone (in hours of the clock) that is true now and not yet named."""
    due = [h for h in MILESTONE_HOURS if h <= hours and h not in person.milestones_celebrated]
    return max(due) if due else None


def celebrated(person: Person, hours: int) -> frozenset[int]:
    """Every milestone true at `hours`: once the largest is named, the smaller ones are too."""
    return person.milestones_celebrated | frozenset(h for h in MILESTONE_HOURS if h <= hours)


def milestone_words(hours: int) -> str:
    """The sentence for a milestone ("3 days, 72 hours! ..."), from daily.json."""
    return render_daily("milestones", hours)


def reflect(person: Person, day: int, program_days: int, held: str) -> str:
    """Day 7, 14 or 21's look back, one GSM-7 segment, from the facts that are not zero.

    `held` is the clock as words ("6 days", program.describe_duration); `person` already holds
    the check-in this rides on.
    """
    facts = [f"{held} without contact", *_facts(person)]
    head = f"Day {day} of {program_days}: no contact kept. Looking back: "
    closing = REFLECTION_DAYS.index(day) if day in REFLECTION_DAYS else 0
    tail = " " + render_daily("reflection", closing)
    # Their own reason is handed back before any count but the clock; facts are dropped from
    # the end until all fits (the clock alone always does).
    for count in range(len(facts), 0, -1):
        text = head + ", ".join(facts[:count]) + "."
        if person.why:
            room = SINGLE_SEGMENT_SEPTETS - septet_length(text + tail) - len(' You said: "".')
            if room < MIN_QUOTE and count > 1:
                continue
            if room >= MIN_QUOTE:
                text += f' You said: "{fit_quote(person.why, room)}".'
        if septet_length(text + tail) <= SINGLE_SEGMENT_SEPTETS:
            break
    return text + tail


def _facts(person: Person) -> list[str]:
    """What they did, most telling first, each only when it is not zero."""
    facts = []
    if person.ratings and max(person.ratings) >= 4:
        facts.append(f"a {max(person.ratings)}/5 day survived")
    if hardness_trend(person.ratings) == "easier":
        facts.append("hard days easing")
    if person.urges_beaten:
        n = person.urges_beaten
        facts.append(f"{n} urge{'s' if n != 1 else ''} beaten")
    if person.ex_reached_out:
        facts.append("your ex ignored")
    if person.journal_entries:
        n = person.journal_entries
        facts.append(f"{n} note{'s' if n != 1 else ''} written")
    if person.kept_checkins >= 2:
        facts.append(f"{person.kept_checkins} check-ins kept")
    return facts


def hardness_trend(ratings: tuple[int, ...]) -> str:
    """How the 1-5 "how hard was it" ratings moved: earlier half against recent half."""
    if len(ratings) < 2:
        return "clearer as you rate them"
    half = len(ratings) // 2
    earlier = sum(ratings[:half]) / half
    recent = sum(ratings[half:]) / (len(ratings) - half)
    if recent <= earlier - 0.5:
        return "easier"
    if recent >= earlier + 0.5:
        return "harder, so lean on me"
    return "steadier"
