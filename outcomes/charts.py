"""Each published table drawn by matplotlib as inline SVG, with a one-line reading under it.

Charts see only what the CSVs publish (outcomes/disclosure.py): a hidden count is drawn as a
hatched stub ("1 to 4") and a hidden share as a gap. Readings of a column's total read the raw
rows and publish the total as any count is published (rounded to 5, "<5" for 1 to 4), and a
share of totals from those rounded totals; the others read the published rows, and say there
are too few people yet when they would need a hidden number. Text is drawn as paths
(svg.fonttype "path"), so the SVG needs no font and opens offline.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import matplotlib

matplotlib.use("svg")  # no display, no GUI toolkit: only SVG is ever written
import matplotlib.pyplot as plt
from matplotlib.axes import Axes

from outcomes.disclosure import HIDDEN_COUNT, PEOPLE, SMALLEST_CELL, count, share
from outcomes.figures import Row

plt.rcParams.update({"svg.fonttype": "path", "font.size": 9, "svg.hashsalt": "ncc"})
INK, ACCENT, SOFT = "#26435c", "#c8553d", "#9bb7cf"


@dataclass(frozen=True)
class Chart:
    name: str  # the CSV's name too
    title: str
    svg: str
    reading: str


def charts(
    published: dict[str, list[Row]], raw: dict[str, list[Row]], few: bool = False
) -> list[Chart]:
    """One chart per table, in the page's order: drawn from the published rows (figures.
    suppressed applied); a reading of column totals reads the raw rows, but quotes no count
    from 1 to 4 and no share whose part, whole or rest is 1 to 4 (_TOTALS)."""
    drawn = [
        ("funnel", "Who texted in, and how far they came", _funnel, _funnel_reading),
        ("survival", "Staying without contact (Kaplan-Meier)", _survival, _survival_reading),
        ("contacts_by_day", "Reported contacts by program day", _contacts, _contacts_reading),
        (
            "urges_slips_by_hour",
            "Urges and reported contacts by local hour",
            _by_hour,
            _hour_reading,
        ),
        (
            "urges_slips_by_weekday",
            "Urges and reported contacts by weekday",
            _by_weekday,
            _week_reading,
        ),
        ("checkins_by_day", "Check-ins and difficulty by day", _checkins, _checkin_reading),
        ("optouts_completions_by_day", "Opt-outs and completions", _leaving, _leaving_reading),
        ("crisis_by_week", "Crisis replies per week", _crisis, _crisis_reading),
        ("outcomes", "No contact in the last 7 days, after", _outcomes, _outcome_reading),
    ]
    return [
        Chart(
            name,
            title,
            _svg(draw, published[name]),
            _read(reading, published[name], raw[name], few),
        )
        for name, title, draw, reading in drawn
    ]


def _read(reading: Callable[[list[Row]], str], shown: list[Row], raw: list[Row], few: bool) -> str:
    """A chart's line: totals from the raw rows (quoted as published), unless fewer than 5
    consented; the rest from the published rows."""
    if reading in _TOTALS:
        paired = [
            {**row, **{key + SHOWN: value for key, value in published.items()}}
            for row, published in zip(raw, shown, strict=True)
        ]
        return TOO_FEW if few else reading(paired)
    return reading(shown)


def _svg(draw: Callable[[Axes, list[Row]], None], rows: list[Row]) -> str:
    figure, axes = plt.subplots(figsize=(6.4, 3.0))
    try:
        draw(axes, rows)
        axes.spines[["top", "right"]].set_visible(False)
        figure.tight_layout()
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    finally:
        plt.close(figure)
    svg = buffer.getvalue()
    # The RDF metadata block only names namespaces; the page is smaller and plainer without it.
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, flags=re.DOTALL)
    return svg[svg.index("<svg") :]


TOO_FEW = "Too few people yet to say."
HIDDEN = 2.5  # the height a hidden count (1 to 4) is drawn at, hatched


def _known(value: Any) -> float | None:
    """A published cell as a number; None when hidden ("<5", "n<5") or empty."""
    return float(value) if isinstance(value, int | float) else None


def _n(value: Any) -> str:
    """A count as a reading may quote it: a raw total as published; a published cell as is."""
    if isinstance(value, int):
        shown = count(value)
        return f"{shown:,}" if isinstance(shown, int) else shown
    return str(value)


SHOWN = ":shown"  # beside each raw cell in a totals reading's rows: the cell as published


def _total(rows: list[Row], key: str) -> int | None:
    """A raw column's total over `rows` (readings in _TOTALS only), or None when quoting it
    could give people away: fewer than 5 people surely behind it (the most behind any one
    cell, for counts of events), or its "<5" cells (each 1 to 4) pinned by it: a stranger
    read "<5 opted out" over four "<5" days as one person on each."""
    total = sum(int(row[key]) for row in rows)
    if total == 0:
        return 0
    # Events: the most people behind any one cell; people: each counted is someone different.
    events = key + PEOPLE in rows[0]
    behind = max(int(row[key + PEOPLE]) for row in rows) if events else total
    if behind < SMALLEST_CELL:
        return None
    return None if _pins_hidden(rows, key, total) else total


def _pins_hidden(rows: list[Row], key: str, total: int) -> bool:
    """Whether the published total, with the published cells, pins the hidden ones: their sum
    to one value, or every one of them to 1 or to 4."""
    shown = [row[key + SHOWN] for row in rows]
    hidden = sum(cell == HIDDEN_COUNT for cell in shown)
    if not hidden:
        return False
    published = count(total)
    assert isinstance(published, int)  # a total of 5 or more people
    known = [cell for cell in shown if isinstance(cell, int) and cell > 0]
    # Each published count is within 2 of the truth; a 0 is exact.
    low = max(hidden, published - 2 - sum(c + 2 for c in known))
    high = min(4 * hidden, published + 2 - sum(c - 2 for c in known))
    return bool(low >= high or high == hidden or low == 4 * hidden)


def _split_pct(rows: list[Row], key: str, chosen: Callable[[Row], bool]) -> str | None:
    """The chosen rows' share of a column's total, when the chosen part, the rest and the
    whole may each be quoted (_total)."""
    part = _total([row for row in rows if chosen(row)], key)
    rest = _total([row for row in rows if not chosen(row)], key)
    return None if rest is None else _safe_pct(part, _total(rows, key))


def _safe_pct(part: int | None, whole: int | None) -> str | None:
    """part/whole of raw totals as published (from the rounded totals), unless either may not
    be quoted, or part, whole or the rest is 1 to 4 people."""
    if part is None or whole is None:
        return None
    value = share(part, whole)
    return _pct(value) if isinstance(value, float) else None


def _pct(part: float | None, whole: float | None = 1.0) -> str | None:
    if part is None or not whole:
        return None
    return f"{100 * part / whole:.0f}%"


def _column(rows: list[Row], key: str) -> list[Any]:
    return [row[key] for row in rows]


def _bars(ax: Axes, xs: list[Any], values: list[Any], **style: Any) -> None:
    """Bars for the known counts; hidden ones (1 to 4) as hatched stubs."""
    ax.bar(xs, [_known(v) or 0 for v in values], **style)
    hidden = [x for x, v in zip(xs, values, strict=True) if _known(v) is None and v]
    if hidden:
        hatch = {k: v for k, v in style.items() if k == "width"}
        ax.bar(hidden, [HIDDEN] * len(hidden), color="none", edgecolor=style.get("color"),
               hatch="////", linewidth=0, **hatch)  # fmt: skip


def _line(values: list[Any]) -> list[float]:
    return [float("nan") if _known(v) is None else float(v) for v in values]


def _funnel(ax: Axes, rows: list[Row]) -> None:
    stages = _column(rows, "stage")[::-1]
    ax.barh(stages, [_known(v) or 0 for v in _column(rows, "people")[::-1]], color=INK)
    ax.set_xlabel("people")


def _funnel_reading(rows: list[Row]) -> str:
    n = {row["stage"]: _n(row["people"]) for row in rows}
    return (
        f"Of {n['texted in']} who texted in, {n['consented']} consented and {n['day 21']} reached "
        f"program day 21 without opting out; {n['decision']} chose CONTINUE or DONE. Follow-ups "
        f"go to everyone whose 21 days came, decided or not: {n['follow-up answered']} answered."
    )


def _survival(ax: Axes, rows: list[Row]) -> None:
    shares = _line(_column(rows, "without_contact"))
    ax.step([0, *_column(rows, "day")], [1.0, *shares], where="post", color=INK)
    ax.set_ylim(0, 1.02)
    ax.set_xlabel("program day")
    ax.set_ylabel("share without contact")
    for day in (4, 17):
        ax.axvline(day, color=SOFT, linewidth=0.8, linestyle=":")


def _survival_reading(rows: list[Row]) -> str:
    at = {row["day"]: _known(row["without_contact"]) for row in rows}
    parts = [f"day {d}: {_pct(at[d])}" for d in (7, 14, 21) if at[d] is not None]
    if not parts:
        return TOO_FEW
    return (
        "Estimated share still without a reported contact, "
        + ", ".join(parts)
        + " (quiet and opted-out people censored, not counted as slips; steps of 5 contacts)."
    )


def _contacts(ax: Axes, rows: list[Row]) -> None:
    _bars(ax, _column(rows, "day"), _column(rows, "contacts"), color=ACCENT)
    ax.axvspan(3.5, 17.5, color=SOFT, alpha=0.25, linewidth=0)
    ax.set_xlabel("program day (shaded: days 4-17)")


def _contacts_reading(rows: list[Row]) -> str:
    share = _split_pct(rows, "contacts", lambda row: 4 <= row["day"] <= 17)
    return TOO_FEW if share is None else f"{share} of reported contacts came on days 4-17."


def _clock(ax: Axes, rows: list[Row], key: str) -> None:
    labels = [str(label) for label in _column(rows, key)]
    _bars(ax, labels, _column(rows, "urges"), color=SOFT, label="urges")
    _bars(ax, labels, _column(rows, "contacts"), color=ACCENT, label="contacts", width=0.5)
    ax.legend(frameon=False)


def _by_hour(ax: Axes, rows: list[Row]) -> None:
    _clock(ax, rows, "hour")
    ax.set_xlabel("local hour (contacts: when reported)")
    ax.tick_params(axis="x", labelsize=7)


def _by_weekday(ax: Axes, rows: list[Row]) -> None:
    _clock(ax, rows, "weekday")


def _hour_reading(rows: list[Row]) -> str:
    share = _split_pct(rows, "urges", lambda row: row["hour"] >= 18)
    return TOO_FEW if share is None else f"{share} of urges came in the evening (18:00-24:00)."


def _week_reading(rows: list[Row]) -> str:
    share = _split_pct(rows, "contacts", lambda row: row["weekday"] in ("Fri", "Sat", "Sun"))
    if share is None:
        return TOO_FEW
    return f"{share} of reported contacts came Friday to Sunday (3 of 7 days: 43% if even)."


def _checkins(ax: Axes, rows: list[Row]) -> None:
    days = _column(rows, "day")
    ax.bar(days, [_known(r) or 0 for r in _column(rows, "reply_rate")], color=SOFT)
    ax.set_ylim(0, 1.0)
    ax.set_xlabel("program day")
    ax.set_ylabel("reply rate (bars)")
    twin = ax.twinx()
    twin.plot(days, _line(_column(rows, "mean_difficulty")), color=INK, marker=".")
    twin.set_ylim(1, 5)
    twin.set_ylabel("mean difficulty, 1-5 (line)")


def _checkin_reading(rows: list[Row]) -> str:
    means = {row["day"]: _known(row["mean_difficulty"]) for row in rows}
    first = [m for day, m in means.items() if day <= 7 and m is not None]
    third = [m for day, m in means.items() if 15 <= day <= 21 and m is not None]
    if not first or not third:
        return "Too few ratings yet to say whether hard days get easier."
    week1, week3 = sum(first) / len(first), sum(third) / len(third)
    return f"Mean difficulty went from {week1:.1f} in week 1 to {week3:.1f} in week 3 (1 to 5)."


def _leaving(ax: Axes, rows: list[Row]) -> None:
    days = _column(rows, "day")
    _bars(ax, days, _column(rows, "opt_outs"), color=ACCENT, label="opt-outs")
    _bars(ax, days, _column(rows, "completions"), color=INK, label="completed 21 days", width=0.5)
    ax.set_xlabel("program day")
    ax.legend(frameon=False)


def _leaving_reading(rows: list[Row]) -> str:
    out, done = _total(rows, "opt_outs"), _total(rows, "completions")
    early = _total([row for row in rows if row["day"] <= 7], "opt_outs")
    parts = []
    if out is not None:
        parts.append(f"{_n(out)} opted out" + (f" ({_n(early)} in week 1)" if early is not None
                                                else ""))  # fmt: skip
    if done is not None:
        parts.append(f"{_n(done)} completed 21 days")
    return "; ".join(parts) + "." if parts else TOO_FEW


def _crisis(ax: Axes, rows: list[Row]) -> None:
    _bars(ax, _column(rows, "week"), _column(rows, "crisis_replies"), color=ACCENT)
    ax.tick_params(axis="x", labelrotation=60, labelsize=6)


def _crisis_reading(rows: list[Row]) -> str:
    if not rows:
        return "No crisis replies yet."
    total = _total(rows, "crisis_replies")
    if total is None:
        return TOO_FEW
    weeks = "1 week" if len(rows) == 1 else f"{len(rows)} weeks"
    return f"{_n(total)} crisis replies over {weeks} (a count only)."


# Readings of column totals: they read raw rows, and quote them through _n and _safe_pct only.
_TOTALS = {_contacts_reading, _hour_reading, _week_reading, _leaving_reading, _crisis_reading}


def _outcomes(ax: Axes, rows: list[Row]) -> None:
    labels = _column(rows, "follow_up")
    answered = [_known(r) or 0 for r in _column(rows, "no_contact_of_answered")]
    asked = [_known(r) or 0 for r in _column(rows, "no_contact_of_asked")]
    xs = range(len(labels))
    ax.bar([x - 0.2 for x in xs], answered, width=0.4, color=SOFT, label="of those who answered")
    ax.bar([x + 0.2 for x in xs], asked, width=0.4, color=INK, label="of all asked (conservative)")
    ax.set_xticks(list(xs), labels)
    ax.set_ylim(0, 1.0)
    ax.legend(frameon=False)


def _outcome_reading(rows: list[Row]) -> str:
    parts = [
        f"{r['follow_up']}: {_pct(_known(r['no_contact_of_answered']))} of {_n(r['answered'])} "
        f"who answered, {_pct(_known(r['no_contact_of_asked']))} of {_n(r['asked'])} asked"
        for r in rows
        if _known(r["no_contact_of_answered"]) is not None
        and _known(r["no_contact_of_asked"]) is not None
    ]
    return "No contact in the last 7 days. " + "; ".join(parts) + "." if parts else TOO_FEW
