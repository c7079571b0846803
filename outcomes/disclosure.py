"""What the report may publish: statistical disclosure control for its tables; pure, no I/O.

Hiding each count of 1 to 4 is not enough: a hidden count can be worked out from others (the
people censored on a day are the fall in those at risk less that day's contacts; hour 23 is the
weekday total less the other hours). So:

- **Counts**: 0 stays 0, 1 to 4 are "<5", and 5 and above are rounded to the nearest 5. Every
  count shown is then 0 or a multiple of 5, and so is every sum or difference of them: none
  pins down a group of 1 to 4 people. (Rounding to base 5 alongside suppression is the practice
  of, e.g., the UK Office for National Statistics and OpenSAFELY's output checking.)
- **The survival table** follows OpenSAFELY's kaplan-meier-function (opensafely-actions/
  kaplan-meier-function, analysis/time-rounding.R, `round_cmlcount`): the running totals of
  contacts and of censored people are each rounded down to a multiple of 5 (an event is shown
  once 5 have gathered), those at risk are the rounded cohort less the shown events before the
  day, and the Kaplan-Meier curve is computed from those published counts. The curve is then
  a little late at each step, and gives nothing the counts beside it do not. It ends on the
  first day fewer than 5 people are at risk.
- **Shares** are computed from the published counts; a share over 1 to 4 people, or whose
  part or rest is 1 to 4 people, is "n<5".
- **Events** (urges, contacts, ratings, crisis replies) are counted as events but shown only
  when 5 or more people are behind them: 7 urges from one person are "<5", not 5.
- **Means** (of ratings) are shown to one decimal over 20 or more ratings, else "n<20": a mean
  to two places over a few ratings pinned their exact number beside its rounded count, and two
  reports a day apart then told a new rater's rating (a stranger did both). Over 20 or more,
  one decimal fits more than one count within the rounding.
"""

from __future__ import annotations

from itertools import accumulate, pairwise
from typing import Any

Row = dict[str, Any]
SMALLEST_CELL = 5
HIDDEN_COUNT = f"<{SMALLEST_CELL}"
HIDDEN_FIGURE = f"n<{SMALLEST_CELL}"  # a share over too few: not "less than 5"
SMALLEST_MEAN = 20
HIDDEN_MEAN = f"n<{SMALLEST_MEAN}"
PEOPLE = ":people"  # figures.people(column): the people behind an event count
LABELS = frozenset({"day", "hour", "weekday", "week", "stage", "follow_up"})

# A share's (part, whole), both published counts of the same row.
SHARES = {
    "reply_rate": ("checked_in", "sent_daily"),
    "no_contact_of_answered": ("no_contact", "answered"),
    "no_contact_of_asked": ("no_contact", "asked"),
}
# A mean and the count it is over.
MEANS = {"mean_difficulty": "ratings"}


def small(n: int) -> bool:
    return 0 < n < SMALLEST_CELL


def count(n: int) -> int | str:
    """A count as published: 0, "<5" for 1 to 4, else rounded to the nearest 5 (n/5 is never
    exactly half-way for a whole n, so the rounding has no ties)."""
    if small(n):
        return HIDDEN_COUNT
    return SMALLEST_CELL * round(n / SMALLEST_CELL)


def share(part: int, whole: int) -> float | str | None:
    """part/whole from their published counts, to 4 places; "n<5" if part, whole or the rest
    is 1 to 4 people; None when there is no one to share among."""
    if not whole:
        return None
    if small(part) or small(whole) or small(whole - part):
        return HIDDEN_FIGURE
    shown_part, shown_whole = count(part), count(whole)
    assert isinstance(shown_part, int) and isinstance(shown_whole, int)
    return round(shown_part / shown_whole, 4)


def too_few(named: dict[str, list[Row]]) -> bool:
    """Fewer than 5 people consented: each 0 against "<5" would trace their own days (a
    stranger read one person's urge hour, check-in and quiet day so), so only the funnel shows."""
    return any(r["stage"] == "consented" and small(r["people"]) for r in named["funnel"])


def blank(row: Row) -> Row:
    """A row with its labels and nothing else: nothing about it is published."""
    return {k: (v if k in LABELS else None) for k, v in row.items() if not k.endswith(PEOPLE)}


def published_tables(named: dict[str, list[Row]]) -> dict[str, list[Row]]:
    """Every table as published; all but the funnel blank while fewer than 5 have consented."""
    few = too_few(named)
    return {
        # The survival table blanks itself below 5 at risk, keeping its curve's column.
        name: [blank(r) for r in rows]
        if few and name not in ("funnel", "survival")
        else published(name, rows)
        for name, rows in named.items()
    }


def published(name: str, rows: list[Row]) -> list[Row]:
    """A table's rows as the CSV, the charts and the page show them."""
    if name == "survival":
        return survival(rows)
    shown = []
    for row in rows:
        out: Row = {}
        for key, value in row.items():
            if key.endswith(PEOPLE):
                continue  # read beside its count, never published
            if small(row.get(key + PEOPLE, SMALLEST_CELL)):
                out[key] = HIDDEN_COUNT  # events of 1 to 4 people, however many events
            elif key in SHARES:
                part, whole = SHARES[key]
                out[key] = share(row[part], row[whole])
            elif key in MEANS:
                over = row[MEANS[key]]
                raters = int(row.get(MEANS[key] + PEOPLE) or over or 0)
                if not over or value is None:
                    out[key] = None
                elif over < SMALLEST_MEAN or small(raters):
                    out[key] = HIDDEN_MEAN
                else:
                    out[key] = round(value, 1)
            elif key in LABELS or not isinstance(value, int):
                out[key] = value
            else:
                out[key] = count(value)
        shown.append(out)
    return shown


def _stepped(total: int) -> int:
    """A running total as the survival table shows it: rounded down to a multiple of 5."""
    return total - total % SMALLEST_CELL


def survival(rows: list[Row]) -> list[Row]:
    """The survival table (day, at_risk, contacts, censored: exact) as published, its
    Kaplan-Meier curve computed from the published counts (see the module's docstring)."""
    from outcomes.figures import kaplan_meier  # the statistics live with the figures

    start = count(rows[0]["at_risk"]) if rows else 0
    if not isinstance(start, int):  # 1 to 4 people: every day is the tail
        start = 0
    # Running totals rounded down to 5; a day's step is the rise in them.
    seen = [0, *(_stepped(n) for n in accumulate(r["contacts"] for r in rows))]
    quiet = [0, *(_stepped(n) for n in accumulate(r["censored"] for r in rows))]
    contacts = [b - a for a, b in pairwise(seen)]
    censored = [b - a for a, b in pairwise(quiet)]
    curve = kaplan_meier([r["day"] for r in rows], contacts, censored, start)
    out = []
    for i, (row, share_) in enumerate(zip(rows, curve, strict=True)):
        # The tail, fewer than 5 left, is blank: 0 against "<5" there would tell who is left.
        tail = row["at_risk"] < SMALLEST_CELL
        out.append(
            {
                "day": row["day"],
                "at_risk": None if tail else start - seen[i] - quiet[i],
                "contacts": None if tail else contacts[i],
                "censored": None if tail else censored[i],
                "without_contact": None if tail or share_ is None else round(share_, 4),
            }
        )
    return out
