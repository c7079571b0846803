"""The outcomes report against a simulated cohort's ground truth.

1,000 simulated people over 120 days go through the real webhook, tick and sender
(scripts/simulate.py). Every number the report's CSVs hold is computed again here, from what
the simulation made each person do (Truth), with this file's own arithmetic, the Kaplan-Meier
curve included; the report computed its numbers from the journeys the app stored.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from outcomes import page
from outcomes.cohort import Participant
from outcomes.figures import tables
from scripts.simulate import Played, Truth, play

DAYS = range(1, 29)
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@pytest.fixture(scope="module")
def played() -> Played:
    return play(people=1000, days=120, seed=7)


@pytest.fixture(scope="module")
def report(played: Played, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    participants = [Participant.of(p) for p in played.people]
    page.write(folder, tables(participants, played.ended_at), played.ended_at, "a simulation")
    return folder


class Truths:
    """The ground truth, put on program days by this test's own arithmetic."""

    def __init__(self, played: Played) -> None:
        self.end = played.ended_at
        self.texted = [t for t in played.truths if t.texted_at < self.end]
        self.enrolled = [t for t in self.texted if t.consent_at is not None]

    @staticmethod
    def day(t: Truth, at: datetime) -> int:
        zone = ZoneInfo(t.zone)
        assert t.consent_at is not None
        return (at.astimezone(zone).date() - t.consent_at.astimezone(zone).date()).days + 1

    def on_day(self, t: Truth, day: int) -> bool:
        out = t.opted_out_at
        return self.day(t, self.end) >= day and (out is None or self.day(t, out) >= day)

    def sent_daily_on(self, t: Truth, day: int) -> bool:
        graduated = t.graduated_at
        return self.on_day(t, day) and (graduated is None or day < self.day(t, graduated))

    def time_to_contact(self, t: Truth) -> tuple[int, bool]:
        if t.contacts:
            return min(self.day(t, c) for c in t.contacts), True
        heard = [*t.checkins, *t.urges, *(x for x in (t.opted_out_at, t.decided_at) if x)]
        days = [1, *(self.day(t, at) for at in heard)]
        if t.graduated_at is not None:
            days.append(self.day(t, t.graduated_at) - 1)
        return max(days), False


def _csv(report: Path, name: str) -> list[dict[str, str]]:
    with (report / f"{name}.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _shown(value: int) -> str:
    """A count as the report publishes it: "<5" for 1 to 4, others to the nearest 5."""
    if 0 < value < 5:
        return "<5"
    return str(5 * int(value / 5 + 0.5))


def _events(n: int, people: int) -> str:
    """An event count as published: "<5" when 1 to 4 people are behind it, however many."""
    return "<5" if 0 < people < 5 else _shown(n)


def _ratio(part: int, whole: int) -> Any:
    """A share as published: of the published counts; "n<5" when part, whole or rest is 1-4."""
    if not whole:
        return ""
    if any(0 < n < 5 for n in (part, whole, whole - part)):
        return "n<5"
    return round(int(_shown(part)) / int(_shown(whole)), 4)


def _same(got: list[dict[str, str]], expected: list[dict[str, Any]]) -> None:
    assert len(got) == len(expected)
    for row, want in zip(got, expected, strict=True):
        for key, value in want.items():
            if isinstance(value, float):
                assert float(row[key]) == pytest.approx(value, abs=1e-4), (row, key)
            else:
                assert row[key] == value, (row, key, value)


def test_the_funnel_counts_each_stage(played: Played, report: Path) -> None:
    t = Truths(played)
    stages = [("texted in", len(t.texted)), ("consented", len(t.enrolled))]
    stages += [(f"day {d}", sum(t.on_day(p, d) for p in t.enrolled)) for d in (7, 14, 21)]
    stages += [("decision", sum(p.decided_at is not None for p in t.enrolled))]
    stages += [("follow-up answered", sum(bool(p.answers) for p in t.enrolled))]
    _same(_csv(report, "funnel"), [{"stage": s, "people": _shown(n)} for s, n in stages])
    assert len(t.enrolled) > 700 and stages[4][1] > 300  # a cohort big enough to mean something


def test_the_survival_curve_is_kaplan_meier_with_quiet_people_censored(
    played: Played, report: Path
) -> None:
    """Published as OpenSAFELY publishes a Kaplan-Meier curve: running totals of contacts and
    of censored people rounded down to 5, at risk from those, the curve from the published
    counts; it ends where fewer than 5 are at risk. Checked against the exact curve too."""
    t = Truths(played)
    times = [t.time_to_contact(p) for p in t.enrolled]
    cohort = int(_shown(len(times)))
    expected: list[dict[str, Any]] = []
    exact, share, exact_share = {}, 1.0, 1.0
    shown_contacts = shown_censored = 0
    for day in DAYS:
        at_risk = sum(d >= day for d, _ in times)
        contacts = sum(d == day and seen for d, seen in times)
        if at_risk:
            exact_share *= 1 - contacts / at_risk
        exact[day] = exact_share
        risk = cohort - shown_contacts - shown_censored
        upto_contacts = sum(d <= day and seen for d, seen in times)
        upto_censored = sum(d <= day and not seen for d, seen in times)
        step_contacts = upto_contacts // 5 * 5 - shown_contacts
        step_censored = upto_censored // 5 * 5 - shown_censored
        shown_contacts += step_contacts
        shown_censored += step_censored
        if at_risk < 5:
            expected.append({"day": str(day), "at_risk": "", "contacts": "", "censored": "",
                             "without_contact": ""})  # fmt: skip
            continue
        share *= 1 - step_contacts / risk
        expected.append(
            {
                "day": str(day),
                "at_risk": str(risk),
                "contacts": str(step_contacts),
                "censored": str(step_censored),
                "without_contact": round(share, 4),
            }
        )
    got = _csv(report, "survival")
    _same(got, expected)
    at = {int(row["day"]): float(row["without_contact"]) for row in got if row["without_contact"]}
    assert 1.0 > at[7] > at[14] > at[21] > 0.2  # contacts happen, and most people keep going
    for day in (7, 14, 21):  # a step waits for 5 contacts: late, never far off
        assert at[day] == pytest.approx(exact[day], abs=0.02)
    print(
        "survival published (exact): "
        + ", ".join(f"day {d} {at[d]:.3f} ({exact[d]:.3f})" for d in (7, 14, 21))
    )


def test_contacts_and_urges_by_day_hour_and_weekday(played: Played, report: Path) -> None:
    t = Truths(played)
    by_day = Counter(t.day(p, c) for p in t.enrolled for c in p.contacts)
    who_by_day = Counter(d for p in t.enrolled for d in {t.day(p, c) for c in p.contacts})
    in_chart = set(DAYS)
    _same(
        _csv(report, "contacts_by_day"),
        [{"day": str(d), "contacts": _events(by_day[d], who_by_day[d])} for d in DAYS],
    )

    def local(p: Truth, at: datetime) -> datetime:
        return at.astimezone(ZoneInfo(p.zone))

    parts: list[tuple[str, str, Callable[[datetime], int], list[str]]] = [
        ("urges_slips_by_hour", "hour", lambda at: at.hour, [str(h) for h in range(24)]),
        ("urges_slips_by_weekday", "weekday", lambda at: at.weekday(), list(WEEKDAYS)),
    ]
    for name, key, part, labels in parts:
        # Days 1-28 only, as contacts_by_day: the tables' totals agree.
        cells: dict[str, tuple[Counter[int], Counter[int]]] = {}
        for kind, attribute in (("urges", "urges"), ("contacts", "contacts")):
            each: list[set[int]] = [
                {part(local(p, at)) for at in getattr(p, attribute) if t.day(p, at) in in_chart}
                for p in t.enrolled
            ]
            events = Counter(
                part(local(p, at))
                for p in t.enrolled
                for at in getattr(p, attribute)
                if t.day(p, at) in in_chart
            )
            cells[kind] = (events, Counter(c for mine in each for c in mine))
        expected = [
            {
                key: label,
                **{kind: _events(n[i], who[i]) for kind, (n, who) in cells.items()},
            }
            for i, label in enumerate(labels)
        ]
        _same(_csv(report, name), expected)


def test_checkin_reply_rate_and_mean_difficulty_by_day(played: Played, report: Path) -> None:
    t = Truths(played)
    expected = []
    for day in range(2, 29):  # the first daily text goes the morning after joining
        asked = [p for p in t.enrolled if t.sent_daily_on(p, day)]
        checked = sum(any(t.day(p, c) == day for c in p.checkins) for p in asked)
        ratings = [r for p in asked for at, r in p.ratings if t.day(p, at) == day]
        raters = sum(any(t.day(p, at) == day for at, _ in p.ratings) for p in asked)
        expected.append(
            {
                "day": str(day),
                "sent_daily": _shown(len(asked)),
                "checked_in": _shown(checked),
                "reply_rate": _ratio(checked, len(asked)),
                "ratings": _events(len(ratings), raters),
                "mean_difficulty": (
                    ""
                    if not ratings
                    else "n<20"
                    if len(ratings) < 20 or raters < 5
                    else round(sum(ratings) / len(ratings), 1)
                ),
            }
        )
    _same(_csv(report, "checkins_by_day"), expected)


def test_opt_outs_completions_crisis_replies_and_follow_up_outcomes(
    played: Played, report: Path
) -> None:
    t = Truths(played)
    out = Counter(t.day(p, p.opted_out_at) for p in t.enrolled if p.opted_out_at)
    done = Counter(t.day(p, p.graduated_at) - 1 for p in t.enrolled if p.graduated_at)
    last = max([28, *out, *done])
    _same(
        _csv(report, "optouts_completions_by_day"),
        [
            {"day": str(d), "opt_outs": _shown(out[d]), "completions": _shown(done[d])}
            for d in range(1, last + 1)
        ],
    )
    crises = sorted(c for p in t.texted for c in p.crises)
    weeks = Counter("{}-W{:02d}".format(*c.isocalendar()[:2]) for c in crises)
    who = Counter(
        week
        for p in t.texted
        for week in {"{}-W{:02d}".format(*c.isocalendar()[:2]) for c in p.crises}
    )
    every = (
        {  # each week from the first crisis reply's to the last's, quiet ones as 0
            "{}-W{:02d}".format(*(crises[0] + timedelta(days=d)).isocalendar()[:2])
            for d in range((crises[-1] - crises[0]).days + 1)
        }
        | {"{}-W{:02d}".format(*crises[-1].isocalendar()[:2])}
    )
    _same(
        _csv(report, "crisis_by_week"),
        [{"week": w, "crisis_replies": _events(weeks[w], who[w])} for w in sorted(every)],
    )
    rows = []
    for label, which in (("1 month", "1m"), ("3 months", "3m")):
        asked = [p for p in t.texted if which in p.asked]
        answered = [p for p in asked if which in p.answers]
        kept = sum(p.answers[which] == "no_contact" for p in answered)
        rows.append(
            {
                "follow_up": label,
                "asked": _shown(len(asked)),
                "answered": _shown(len(answered)),
                "no_contact": _shown(kept),
                "no_contact_of_answered": _ratio(kept, len(answered)),
                "no_contact_of_asked": _ratio(kept, len(asked)),
            }
        )
    _same(_csv(report, "outcomes"), rows)
    month = rows[0]
    assert float(month["no_contact_of_asked"]) < float(month["no_contact_of_answered"])


def test_the_page_is_self_contained_and_holds_no_personal_data(
    played: Played, report: Path
) -> None:
    html = (report / "report.html").read_text(encoding="utf-8")
    assert html.count("<svg") == 9  # every chart drawn
    # url(#id) is a clip path inside the SVG itself; nothing may point outside the page.
    outside = r"<script|<link|<img|@import|url\((?!#)|https?://(?!www\.w3\.org)"
    assert not re.search(outside, html)
    numbers = {p.phone for p in played.people}
    everything = html + "".join(f.read_text() for f in report.glob("*.csv"))
    assert not any(n in everything or n[2:] in everything for n in numbers)
    assert "want to die" not in everything  # the only words of their own they sent
