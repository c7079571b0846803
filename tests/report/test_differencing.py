"""No group of 1 to 4 people can be worked out from the report by subtracting or dividing its
published numbers (a stranger worked hidden counts out of the earlier report: the people
censored on a day from the fall in those at risk, opt-outs from day-to-day falls in the daily
texts sent, hour 23 from the weekday total less the other hours, a day's contacts from the
survival curve's step).

Every count published is 0, "<5" or a multiple of 5, so every sum and difference of them is a
multiple of 5 too; every share is a ratio of counts in its own row; the survival curve is the
product worked out from its own row's counts. Then no arithmetic on the tables gives 1 to 4.
"""

from __future__ import annotations

import csv
import re
from itertools import pairwise
from pathlib import Path

import pytest

from outcomes import page
from outcomes.cohort import Participant
from outcomes.disclosure import MEANS, SHARES
from outcomes.figures import Tables, tables
from scripts.simulate import play

# Numbers in readings that count no one: days, hours, shares, means, the weekend's 3 of 7 days.
NOT_COUNTS_IN_WORDS = (
    r"\(3 of 7 days",
    r"\b(?:week|weeks|day|days) \d+(?:-\d+)?",
    r"\d+ (?:days|weeks?|months?)\b",
    r"1 to 5",
    r"\d+:\d+",
    r"\d+%",
    r"\d+\.\d",
)
NOT_COUNTS = {"day", "hour", "weekday", "week", "stage", "follow_up", "without_contact"}


@pytest.fixture(scope="module", params=[(60, 11), (150, 12)], ids=["60 people", "150 people"])
def made(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[
    Tables, Path
]:  # fmt: skip
    people, seed = request.param
    played = play(people=people, days=70, seed=seed)
    exact = tables([Participant.of(p) for p in played.people], played.ended_at)
    folder = tmp_path_factory.mktemp("report")
    page.write(folder, exact, played.ended_at, "a simulation")
    return exact, folder


def _rows(folder: Path, name: str) -> list[dict[str, str]]:
    with (folder / f"{name}.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_the_cohort_has_small_groups_the_old_report_gave_away(
    made: tuple[Tables, Path],
) -> None:
    """The attacks have something to find: exact groups of 1 to 4 where the stranger looked."""
    exact, _ = made
    sent = [r["sent_daily"] for r in exact.checkins_by_day]
    stages = [r["people"] for r in exact.funnel]
    clock = [*exact.urges_slips_by_hour, *exact.urges_slips_by_weekday]
    found = {
        "censored on a day": any(0 < r["censored"] < 5 for r in exact.survival),
        "a day's first contacts": any(0 < r["contacts"] < 5 for r in exact.survival),
        "a fall in daily texts sent": any(0 < a - b < 5 for a, b in pairwise(sent)),
        "a fall between funnel stages": any(0 < a - b < 5 for a, b in pairwise(stages)),
        "an hour or weekday": any(0 < r[k] < 5 for r in clock for k in ("urges", "contacts")),
    }
    assert sum(found.values()) >= 4, found


def test_every_published_count_is_0_under_5_or_a_multiple_of_5(made: tuple[Tables, Path]) -> None:
    exact, folder = made
    for name in exact.named():
        for row in _rows(folder, name):
            for key, cell in row.items():
                if key in NOT_COUNTS or key in SHARES or key in MEANS or cell in ("", "<5"):
                    continue
                assert int(cell) % 5 == 0, (name, key, cell)


def test_shares_add_nothing_to_the_counts_beside_them(made: tuple[Tables, Path]) -> None:
    exact, folder = made
    for name in exact.named():
        for row in _rows(folder, name):
            for key, (part, whole) in SHARES.items():
                if key in row and row[key] not in ("", "n<5"):
                    ratio = int(row[part]) / int(row[whole])
                    assert float(row[key]) == pytest.approx(ratio, abs=1e-4), (name, row)


def test_the_survival_table_adds_up_and_its_curve_is_its_own_counts(
    made: tuple[Tables, Path],
) -> None:
    _, folder = made
    rows = [r for r in _rows(folder, "survival") if r["without_contact"]]
    assert len(rows) >= 14
    share = 1.0
    for row, after in zip(rows, [*rows[1:], None], strict=True):
        at_risk, contacts, censored = (int(row[k]) for k in ("at_risk", "contacts", "censored"))
        share *= 1 - contacts / at_risk
        assert float(row["without_contact"]) == pytest.approx(share, abs=1e-4)
        if after is not None:  # the fall in those at risk is exactly what the table shows
            assert int(after["at_risk"]) == at_risk - contacts - censored


def test_readings_quote_counts_only_as_published(made: tuple[Tables, Path]) -> None:
    _, folder = made
    html = (folder / "report.html").read_text(encoding="utf-8")
    for reading in re.findall(r'<p class="reading">([^<]*)</p>', html):
        words = reading
        for not_a_count in NOT_COUNTS_IN_WORDS:
            words = re.sub(not_a_count, "", words)
        for number in re.findall(r"\b\d[\d,]*\b", words):
            assert int(number.replace(",", "")) % 5 == 0, (number, reading)


def test_a_mean_never_pins_the_number_of_ratings_behind_it(made: tuple[Tables, Path]) -> None:
    """A stranger read "5 ratings, mean 3.14" as exactly 7 ratings summing to 22. Every mean
    published fits at least two counts within the rounding of the count beside it."""
    _, folder = made
    shown = 0
    for row in _rows(folder, "checkins_by_day"):
        mean = row["mean_difficulty"]
        if mean in ("", "n<20"):
            continue
        shown += 1
        near = int(row["ratings"])
        fits = {
            n
            for n in range(max(1, near - 2), near + 3)
            for total in range(n, 5 * n + 1)
            if round(total / n, 1) == float(mean)
        }
        assert len(fits) >= 2, (row, fits)
    assert shown or "n<20" in (folder / "checkins_by_day.csv").read_text(encoding="utf-8")


def test_a_reading_never_pins_hidden_cells_or_counts_events_of_few_people() -> None:
    """A stranger read "<5 opted out (<5 in week 1)" over four "<5" days as one person on each
    day; and "5 crisis replies" under a week shown "<5" (seven replies from one person)."""
    from outcomes.charts import TOO_FEW, _crisis_reading, _leaving_reading, _read
    from outcomes.disclosure import published

    days = [{"day": d, "opt_outs": int(d in (2, 4, 8, 17)), "completions": 0} for d in range(1, 29)]
    reading = _read(_leaving_reading, published("optouts_completions_by_day", days), days, False)
    assert "opted out" not in reading, reading
    seven = [{"day": d, "opt_outs": int(d <= 7), "completions": 0} for d in range(1, 29)]
    reading = _read(_leaving_reading, published("optouts_completions_by_day", seven), seven, False)
    assert "opted out" not in reading, reading  # "5" over seven "<5" days: each is 1
    week = [{"week": "2026-W49", "crisis_replies": 7, "crisis_replies:people": 1}]
    shown = published("crisis_by_week", week)
    assert shown[0]["crisis_replies"] == "<5"
    assert _read(_crisis_reading, shown, week, False) == TOO_FEW
