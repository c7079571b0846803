"""Each table drawn by matplotlib as inline SVG, with a one-line reading under it.

Text is drawn as paths (svg.fonttype "path"), so the SVG needs no font and opens offline. The
readings are computed from the unsuppressed numbers but never quote a count under 5.
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

from outcomes.figures import SMALLEST_CELL, Row, Tables

plt.rcParams.update({"svg.fonttype": "path", "font.size": 9, "svg.hashsalt": "ncc"})
INK, ACCENT, SOFT = "#26435c", "#c8553d", "#9bb7cf"


@dataclass(frozen=True)
class Chart:
    name: str  # the CSV's name too
    title: str
    svg: str
    reading: str


def charts(t: Tables) -> list[Chart]:
    drawn = [
        ("funnel", "Who texted in, and how far they came", _funnel, _funnel_reading),
        ("survival", "Staying without contact (Kaplan-Meier)", _survival, _survival_reading),
        ("contacts_by_day", "Reported contacts by program day", _contacts, _contacts_reading),
        ("urges_slips_by_hour", "Urges and contacts by local hour", _by_hour, _hour_reading),
        ("urges_slips_by_weekday", "Urges and contacts by weekday", _by_weekday, _week_reading),
        ("checkins_by_day", "Check-ins and difficulty by day", _checkins, _checkin_reading),
        ("optouts_completions_by_day", "Opt-outs and completions", _leaving, _leaving_reading),
        ("crisis_by_week", "Crisis replies per week", _crisis, _crisis_reading),
        ("outcomes", "No contact in the last 7 days, after", _outcomes, _outcome_reading),
    ]
    return [
        Chart(name, title, _svg(draw, getattr(t, name)), reading(getattr(t, name)))
        for name, title, draw, reading in drawn
    ]


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


def _n(value: int) -> str:
    """A count as it may be quoted: "<5" for 1 to 4."""
    return f"<{SMALLEST_CELL}" if 0 < value < SMALLEST_CELL else f"{value:,}"


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.0f}%"


def _column(rows: list[Row], key: str) -> list[Any]:
    return [row[key] for row in rows]


def _funnel(ax: Axes, rows: list[Row]) -> None:
    ax.barh(_column(rows, "stage")[::-1], _column(rows, "people")[::-1], color=INK)
    ax.set_xlabel("people")


def _funnel_reading(rows: list[Row]) -> str:
    n = {row["stage"]: row["people"] for row in rows}
    return (
        f"Of {_n(n['texted in'])} who texted in, {_n(n['consented'])} consented; "
        f"{_n(n['day 21'])} were still enrolled on day 21 and {_n(n['decision'])} made the "
        f"decision; {_n(n['follow-up answered'])} answered a follow-up."
    )


def _survival(ax: Axes, rows: list[Row]) -> None:
    shares = [float("nan") if s is None else s for s in _column(rows, "without_contact")]
    ax.step([0, *_column(rows, "day")], [1.0, *shares], where="post", color=INK)
    ax.set_ylim(0, 1.02)
    ax.set_xlabel("program day")
    ax.set_ylabel("share without contact")
    for day in (4, 17):
        ax.axvline(day, color=SOFT, linewidth=0.8, linestyle=":")


def _survival_reading(rows: list[Row]) -> str:
    at = {row["day"]: row for row in rows}
    parts = [f"day {d}: {_pct(at[d]['without_contact'])}" for d in (7, 14, 21)]
    return (
        "Estimated share still without a reported contact, "
        + ", ".join(parts)
        + " (people who went quiet or opted out are censored, not counted as slips)."
    )


def _contacts(ax: Axes, rows: list[Row]) -> None:
    ax.bar(_column(rows, "day"), _column(rows, "contacts"), color=ACCENT)
    ax.axvspan(3.5, 17.5, color=SOFT, alpha=0.25, linewidth=0)
    ax.set_xlabel("program day (shaded: days 4-17)")


def _contacts_reading(rows: list[Row]) -> str:
    total = sum(_column(rows, "contacts"))
    risky = sum(row["contacts"] for row in rows if 4 <= row["day"] <= 17)
    return f"{_pct(risky / total if total else None)} of reported contacts came on days 4-17."


def _clock(ax: Axes, rows: list[Row], key: str) -> None:
    labels = [str(label) for label in _column(rows, key)]
    ax.bar(labels, _column(rows, "urges"), color=SOFT, label="urges")
    ax.bar(labels, _column(rows, "contacts"), color=ACCENT, label="contacts", width=0.5)
    ax.legend(frameon=False)


def _by_hour(ax: Axes, rows: list[Row]) -> None:
    _clock(ax, rows, "hour")
    ax.set_xlabel("local hour")
    ax.tick_params(axis="x", labelsize=7)


def _by_weekday(ax: Axes, rows: list[Row]) -> None:
    _clock(ax, rows, "weekday")


def _hour_reading(rows: list[Row]) -> str:
    urges = sum(_column(rows, "urges"))
    evening = sum(row["urges"] for row in rows if row["hour"] >= 18)
    return f"{_pct(evening / urges if urges else None)} of urges came in the evening (18:00-24:00)."


def _week_reading(rows: list[Row]) -> str:
    contacts = sum(_column(rows, "contacts"))
    weekend = sum(row["contacts"] for row in rows if row["weekday"] in ("Fri", "Sat", "Sun"))
    share = _pct(weekend / contacts if contacts else None)
    return f"{share} of reported contacts came Friday to Sunday (3 of 7 days: 43% if even)."


def _checkins(ax: Axes, rows: list[Row]) -> None:
    days = _column(rows, "day")
    ax.bar(days, [r or 0 for r in _column(rows, "reply_rate")], color=SOFT, label="reply rate")
    ax.set_ylim(0, 1.0)
    ax.set_xlabel("program day")
    twin = ax.twinx()
    twin.plot(days, _column(rows, "mean_difficulty"), color=INK, marker=".", label="difficulty")
    twin.set_ylim(1, 5)
    twin.set_ylabel("mean difficulty (1-5)")


def _checkin_reading(rows: list[Row]) -> str:
    rated = [r["mean_difficulty"] if r["ratings"] >= SMALLEST_CELL else None for r in rows]
    first = [m for m in rated[:7] if m is not None]
    third = [m for m in rated[14:21] if m is not None]
    if not first or not third:
        return "Too few ratings yet to say whether hard days get easier."
    week1, week3 = sum(first) / len(first), sum(third) / len(third)
    return f"Mean difficulty went from {week1:.1f} in week 1 to {week3:.1f} in week 3 (1 to 5)."


def _leaving(ax: Axes, rows: list[Row]) -> None:
    days = _column(rows, "day")
    ax.bar(days, _column(rows, "opt_outs"), color=ACCENT, label="opt-outs")
    ax.bar(days, _column(rows, "completions"), color=INK, label="completed 21 days", width=0.5)
    ax.set_xlabel("program day")
    ax.legend(frameon=False)


def _leaving_reading(rows: list[Row]) -> str:
    out = sum(_column(rows, "opt_outs"))
    early = sum(row["opt_outs"] for row in rows if row["day"] <= 7)
    done = sum(_column(rows, "completions"))
    return f"{_n(out)} opted out ({_n(early)} in week 1); {_n(done)} completed 21 days."


def _crisis(ax: Axes, rows: list[Row]) -> None:
    ax.bar(_column(rows, "week"), _column(rows, "crisis_replies"), color=ACCENT)
    ax.tick_params(axis="x", labelrotation=60, labelsize=6)


def _crisis_reading(rows: list[Row]) -> str:
    total = sum(_column(rows, "crisis_replies"))
    return f"{_n(total)} crisis replies over {len(rows)} weeks (a count only)."


def _outcomes(ax: Axes, rows: list[Row]) -> None:
    labels = _column(rows, "follow_up")
    answered = [r or 0 for r in _column(rows, "no_contact_of_answered")]
    asked = [r or 0 for r in _column(rows, "no_contact_of_asked")]
    xs = range(len(labels))
    ax.bar([x - 0.2 for x in xs], answered, width=0.4, color=SOFT, label="of those who answered")
    ax.bar([x + 0.2 for x in xs], asked, width=0.4, color=INK, label="of all asked (conservative)")
    ax.set_xticks(list(xs), labels)
    ax.set_ylim(0, 1.0)
    ax.legend(frameon=False)


def _outcome_reading(rows: list[Row]) -> str:
    parts = [
        f"{r['follow_up']}: {_pct(r['no_contact_of_answered'])} of {_n(r['answered'])} who "
        f"answered, {_pct(r['no_contact_of_asked'])} of {_n(r['asked'])} asked"
        for r in rows
    ]
    return "No contact in the last 7 days. " + "; ".join(parts) + "."
