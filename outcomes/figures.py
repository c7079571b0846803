"""Each chart's numbers, as tables of rows; pure, no I/O.

Every table is a list of dicts with the same keys (the CSV's columns). Counts are of people or
of events, exact: outcomes/disclosure.py decides what of them is published.

Sources of the conventions: Kaplan-Meier with right-censoring (Kaplan & Meier, JASA 1958),
computed by lifelines' KaplanMeierFitter; the follow-up figures side by side as in smoking
cessation trials, where non-responders are counted as not abstinent (West et al., Addiction
2005, "Outcome criteria in smoking cessation trials: proposal for a common standard").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import accumulate
from typing import Any

from outcomes.cohort import Course, Participant
from outcomes.disclosure import PEOPLE

Row = dict[str, Any]
PROGRAM_DAYS = 21
CHART_DAYS = 28  # a slip restarts the 21 days, so check-ins run past day 21
DAYS = range(1, CHART_DAYS + 1)
CHECKIN_DAYS = range(2, CHART_DAYS + 1)
SURVIVAL_DAYS = (7, 14, 21)
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
FOLLOW_UPS = (("1 month", "outcome_1m", 1), ("3 months", "outcome_3m", 2))


# Each table's columns, in order (the CSV header, also when a table has no rows yet).
COLUMNS: dict[str, tuple[str, ...]] = {
    "funnel": ("stage", "people"),
    "survival": ("day", "at_risk", "contacts", "censored", "without_contact"),
    "contacts_by_day": ("day", "contacts"),
    "urges_slips_by_hour": ("hour", "urges", "contacts"),
    "urges_slips_by_weekday": ("weekday", "urges", "contacts"),
    "checkins_by_day": (
        "day", "sent_daily", "checked_in", "reply_rate", "ratings", "mean_difficulty",
    ),
    "optouts_completions_by_day": ("day", "opt_outs", "completions"),
    "crisis_by_week": ("week", "crisis_replies"),
    "outcomes": (
        "follow_up", "asked", "answered", "no_contact", "no_contact_of_answered",
        "no_contact_of_asked",
    ),
}  # fmt: skip


@dataclass(frozen=True)
class Tables:
    funnel: list[Row]
    survival: list[Row]
    contacts_by_day: list[Row]
    urges_slips_by_hour: list[Row]
    urges_slips_by_weekday: list[Row]
    checkins_by_day: list[Row]
    optouts_completions_by_day: list[Row]
    crisis_by_week: list[Row]
    outcomes: list[Row]

    def named(self) -> dict[str, list[Row]]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


def tables(participants: Sequence[Participant], now: datetime) -> Tables:
    courses = [Course(p, now) for p in participants]
    enrolled = [c for c in courses if c.consented_at is not None]
    return Tables(
        funnel=funnel(courses),
        survival=survival(enrolled),
        contacts_by_day=_by_day(enrolled, ("contact",), ("contacts",)),
        urges_slips_by_hour=_by_clock(enrolled, range(24), "hour", lambda t: t.hour),
        urges_slips_by_weekday=_by_clock(enrolled, WEEKDAYS, "weekday", lambda t: t.weekday()),
        checkins_by_day=checkins_by_day(enrolled),
        optouts_completions_by_day=optouts_completions(enrolled),
        crisis_by_week=crisis_by_week(courses),
        outcomes=outcomes(courses),
    )


def funnel(courses: list[Course]) -> list[Row]:
    enrolled = [c for c in courses if c.consented_at is not None]
    stages = [("texted in", len(courses)), ("consented", len(enrolled))]
    stages += [(f"day {d}", sum(c.enrolled_on(d) for c in enrolled)) for d in SURVIVAL_DAYS]
    stages.append(("decision", sum(bool(c.events("decision")) for c in enrolled)))
    answered = sum(
        c.participant.outcome_1m is not None or c.participant.outcome_3m is not None
        for c in enrolled
    )
    stages.append(("follow-up answered", answered))
    return [{"stage": stage, "people": n} for stage, n in stages]


def survival(enrolled: list[Course]) -> list[Row]:
    """Each day's people at risk, first reported contacts and people censored, exact; never
    published as it is: disclosure.survival steps it and fits its curve."""
    times = [c.time_to_contact() for c in enrolled]
    return [
        {
            "day": day,
            "at_risk": sum(t >= day for t, _ in times),
            "contacts": sum(t == day and seen for t, seen in times),
            "censored": sum(t == day and not seen for t, seen in times),
        }
        for day in DAYS
    ]


def kaplan_meier(
    days: list[int], contacts: list[int], censored: list[int], cohort: int
) -> list[float | None]:
    """The Kaplan-Meier estimate at the end of each day, from counts per day (lifelines'
    KaplanMeierFitter, the counts as weights); those still at risk after the last day are
    censored after it. None from the first day no one is at risk (the curve says nothing)."""
    from lifelines import KaplanMeierFitter  # heavy: imported only when a report is made

    durations, observed, weights = [], [], []
    for day, seen, quiet in zip(days, contacts, censored, strict=True):
        for n, event in ((seen, True), (quiet, False)):
            if n:
                durations.append(day)
                observed.append(event)
                weights.append(n)
    rest = cohort - sum(contacts) - sum(censored)
    if rest > 0:
        durations.append(days[-1] + 1)
        observed.append(False)
        weights.append(rest)
    if not durations:
        return [None] * len(days)
    fitter = KaplanMeierFitter().fit(durations, observed, weights=weights)
    curve = [float(s) for s in fitter.survival_function_at_times(days)]
    gone = [0, *accumulate(a + b for a, b in zip(contacts, censored, strict=True))]
    return [share if cohort - gone[i] > 0 else None for i, share in enumerate(curve)]


def people(column: str) -> str:
    """The key beside an event count that counts the people behind it (never published: the
    disclosure rules read it, so 7 urges from one person are "<5", not 5)."""
    return column + PEOPLE


def _by_day(enrolled: list[Course], kinds: tuple[str, ...], names: tuple[str, ...]) -> list[Row]:
    counts = [Counter(d for c in enrolled for d in c.days(kind)) for kind in kinds]
    who = [Counter(d for c in enrolled for d in set(c.days(kind))) for kind in kinds]
    return [
        {
            "day": day,
            **{name: n[day] for name, n in zip(names, counts, strict=True)},
            **{people(name): n[day] for name, n in zip(names, who, strict=True)},
        }
        for day in DAYS
    ]


def _by_clock(enrolled: list[Course], labels: Any, column: str, part: Any) -> list[Row]:
    """Urges and reported contacts on program days 1-28 (those of contacts_by_day, so the
    tables' totals agree) by the person's local hour or weekday."""
    counts: dict[str, Counter[int]] = {"urges": Counter(), "contacts": Counter()}
    who: dict[str, Counter[int]] = {"urges": Counter(), "contacts": Counter()}
    for course in enrolled:
        mine: dict[str, set[int]] = {"urges": set(), "contacts": set()}
        for event in course.participant.journey:
            if event.kind in ("urge", "contact") and course.day_of(event.at) in DAYS:
                name = "urges" if event.kind == "urge" else "contacts"
                counts[name][part(course.local(event.at))] += 1
                mine[name].add(part(course.local(event.at)))
        for name, cells in mine.items():
            who[name].update(cells)
    return [
        {
            column: label,
            **{name: counts[name][i] for name in counts},
            **{people(name): who[name][i] for name in who},
        }
        for i, label in enumerate(labels)
    ]


def checkins_by_day(enrolled: list[Course]) -> list[Row]:
    """Of those sent the daily text on each day (enrolled, not yet past their 21 days), the
    share who checked in, and their ratings (1-5): one group per day for every column. From
    day 2: the first daily text goes the morning after joining (program.first_daily_send)."""
    sent: Counter[int] = Counter()
    checked: Counter[int] = Counter()
    rated: dict[int, list[int]] = {}
    raters: Counter[int] = Counter()
    for course in enrolled:
        checkins = set(course.days("checkin"))
        given = course.ratings
        for day in CHECKIN_DAYS:
            if course.asked_checkin_on(day):
                sent[day] += 1
                checked[day] += day in checkins
                theirs = [r for d, r in given if d == day]
                rated.setdefault(day, []).extend(theirs)
                raters[day] += bool(theirs)
    rows = []
    for day in CHECKIN_DAYS:
        ratings = rated.get(day, [])
        rows.append(
            {
                "day": day,
                "sent_daily": sent[day],
                "checked_in": checked[day],
                "reply_rate": _share(checked[day], sent[day]),
                "ratings": len(ratings),
                people("ratings"): raters[day],
                "mean_difficulty": sum(ratings) / len(ratings) if ratings else None,
            }
        )
    return rows


def optouts_completions(enrolled: list[Course]) -> list[Row]:
    """Opt-outs by the program day they came; completions by the day 21 days were reached."""
    out = Counter(c.opted_out_day for c in enrolled if c.opted_out_day is not None)
    done = Counter(c.graduated_day - 1 for c in enrolled if c.graduated_day is not None)
    last = max([CHART_DAYS, *out, *done])
    return [{"day": d, "opt_outs": out[d], "completions": done[d]} for d in range(1, last + 1)]


def crisis_by_week(courses: list[Course]) -> list[Row]:
    """Crisis replies sent to people in the program, by ISO week (UTC); a count only."""
    at = [e.at for c in courses for e in c.events("crisis")]
    weeks = Counter(_week(t) for t in at)
    who = Counter(week for c in courses for week in {_week(e.at) for e in c.events("crisis")})
    every = []
    if at:  # every week from the first to the last, quiet ones as 0, so the axis is time
        first, last = min(at).date(), max(at).date()
        monday = first - timedelta(days=first.weekday())
        while monday <= last:
            every.append(_week(monday))
            monday += timedelta(days=7)
    return [
        {"week": week, "crisis_replies": weeks[week], people("crisis_replies"): who[week]}
        for week in every
    ]


def _week(at: date) -> str:
    """The ISO week of a UTC date or time, e.g. "2026-W05"."""
    year, week, _ = at.isocalendar()
    return f"{year}-W{week:02d}"


def outcomes(courses: list[Course]) -> list[Row]:
    """No contact in the last 7 days, at 1 and 3 months: among those who answered, and among
    all who were asked, non-answers counted as contact (the conservative figure)."""
    rows = []
    for label, attribute, needs_sent in FOLLOW_UPS:
        asked = [c for c in courses if c.participant.follow_ups_sent >= needs_sent]
        answers = [getattr(c.participant, attribute) for c in asked]
        answered = sum(a is not None for a in answers)
        kept = sum(a == "no_contact" for a in answers)
        rows.append(
            {
                "follow_up": label,
                "asked": len(asked),
                "answered": answered,
                "no_contact": kept,
                "no_contact_of_answered": _share(kept, answered),
                "no_contact_of_asked": _share(kept, len(asked)),
            }
        )
    return rows


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None
