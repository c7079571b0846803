"""Writes the report: one self-contained HTML page and one CSV per chart, in a folder.

The page has no scripts, fonts, stylesheets or images from anywhere: its style is inline and
its charts are inline SVG, so it opens offline and can be mailed as one file.
"""

from __future__ import annotations

import csv
import html
from datetime import datetime
from pathlib import Path

from outcomes.charts import Chart, charts
from outcomes.disclosure import published_tables, too_few
from outcomes.figures import COLUMNS, Tables

_STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:46rem;margin:2rem auto;
padding:0 1rem;color:#1d2b36;line-height:1.45}
h1{font-size:1.5rem}h2{font-size:1.1rem;margin-top:2.2rem}
figure{margin:0}svg{max-width:100%;height:auto}
p.reading{margin:.3rem 0 0;font-weight:600}
p.small,td,th{font-size:.85rem;color:#4a5a66}
table{border-collapse:collapse;margin-top:.4rem}td,th{padding:.1rem .5rem;text-align:right}
details{margin-top:.3rem}
"""


def write(folder: Path, tables: Tables, now: datetime, source: str) -> Path:
    """Writes report.html and <chart>.csv into `folder`; returns the page's path."""
    folder.mkdir(parents=True, exist_ok=True)
    published = published_tables(tables.named())
    few = too_few(tables.named())
    for name, rows in published.items():
        _write_csv(folder / f"{name}.csv", rows, COLUMNS[name])
    page = folder / "report.html"
    drawn = charts(published, tables.named(), few=few)
    page.write_text(_html(drawn, published, now, source, few), encoding="utf-8")
    return page


def _write_csv(path: Path, rows: list[dict[str, object]], columns: tuple[str, ...]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns))
        writer.writeheader()  # a table with no rows yet still says what it would hold
        writer.writerows({k: "" if v is None else v for k, v in row.items()} for row in rows)


def _html(drawn: list[Chart], published: dict[str, list[dict[str, object]]], now: datetime,
          source: str, few: bool) -> str:  # fmt: skip
    sections = "\n".join(_section(chart, published[chart.name]) for chart in drawn)
    stamp = now.strftime("%Y-%m-%d %H:%M UTC")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>No Contact Coach: outcomes report</title><style>{_STYLE}</style></head>
<body><h1>No Contact Coach: outcomes report</h1>
<p class="small">As of {html.escape(stamp)}, from {html.escape(source)}. Program day 1 is the
day someone replied YES. No phone numbers, no words, no row per person. Counts from 1 to 4 are
shown as &lt;5 and the others are rounded to the nearest 5, so that no group of fewer than 5
people can be worked out by subtracting one number from another; counts of urges, contacts,
ratings and crisis replies show only when 5 or more people are behind them. Shares are worked
out from the rounded counts (n&lt;5 over fewer than 5 people), means over 20 or more ratings
(n&lt;20). The survival curve steps only when 5 contacts have gathered. Each chart's numbers
are in the CSV of the same name beside this file.{_FEW if few else ""}</p>
{sections}
</body></html>
"""


_FEW = " Fewer than 5 people have consented yet, so only the funnel is shown."


def _section(chart: Chart, rows: list[dict[str, object]]) -> str:
    return f"""<section><h2>{html.escape(chart.title)}</h2>
<figure>{chart.svg}</figure>
<p class="reading">{html.escape(chart.reading)}</p>
<details><summary class="small">The numbers ({html.escape(chart.name)}.csv)</summary>
{_table(rows)}</details></section>"""


def _table(rows: list[dict[str, object]]) -> str:
    if not rows:
        return "<p class='small'>None yet.</p>"
    head = "".join(f"<th>{html.escape(str(k))}</th>" for k in rows[0])
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(_cell(v))}</td>" for v in row.values()) + "</tr>"
        for row in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>"


def _cell(value: object) -> str:
    return "" if value is None else str(value)
